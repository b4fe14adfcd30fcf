"""Questions asked of a network: summaries (degree, betweenness, communities, activity by
year), a person's contacts and timeline, the path between two people, counts by month."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice

import networkx as nx

from kg1956.network import person_network
from kg1956.network_data import Communication, NetworkData, NetworkError, Selection
from kg1956.romanize import fold

SEED = 1956
"""Seed of every randomised step (community detection, layout): same graph, same answer."""


# ── summaries ─────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Ranked:
    """A node with a score: degree, number of communications or betweenness."""

    iri: str
    name: str
    score: float
    contacts: int
    communications: int


@dataclass(frozen=True)
class Community:
    number: int
    members: tuple[str, ...]  # names, sorted
    iris: tuple[str, ...]


@dataclass(frozen=True)
class YearActivity:
    year: str  # "1956", or "n.d." for undated communications
    communications: int
    people: int
    kinds: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class NetworkSummary:
    """What `kg1956 network summary` prints, for the person projection of one selection."""

    selection: str
    people: int
    persons: int
    organizations: int
    ties: int
    communications: int
    undated: int
    components: int
    largest_component: int
    density: float
    by_degree: tuple[Ranked, ...]
    by_communications: tuple[Ranked, ...]
    by_betweenness: tuple[Ranked, ...]
    communities: tuple[Community, ...]
    years: tuple[YearActivity, ...]


def find_communities(network: nx.Graph) -> list[list[str]]:
    """Louvain communities (weight = communications, seed `SEED`), each sorted by name,
    biggest first; every node is in exactly one (an isolated person is a community of one)."""
    if network.number_of_nodes() == 0:
        return []
    undirected = network.to_undirected() if network.is_directed() else network
    found = nx.community.louvain_communities(undirected, weight="weight", seed=SEED)

    def key(node: str) -> tuple[str, str]:
        return (fold(network.nodes[node]["label"]), node)

    groups = [sorted(group, key=key) for group in found]
    return sorted(groups, key=lambda g: (-len(g), key(g[0])))


def community_of(network: nx.Graph) -> dict[str, int]:
    """Node → community number (1 = biggest) as `find_communities` numbers them."""
    return {node: i for i, group in enumerate(find_communities(network), start=1) for node in group}


def _ranked(network: nx.Graph, scores: dict[str, float], top: int) -> tuple[Ranked, ...]:
    def label(node: str) -> str:
        return network.nodes[node]["label"]

    order = sorted((n for n in scores if scores[n] > 0), key=lambda n: (-scores[n], fold(label(n)), n))
    return tuple(
        Ranked(n, label(n), scores[n], network.degree(n), network.nodes[n]["communications"]) for n in order[:top]
    )


def summarize_network(data: NetworkData, selection: Selection | None = None, top: int = 10) -> NetworkSummary:
    """People, ties, components, density, the top `top` people by contacts, communications
    and betweenness (brokers), Louvain communities and activity per year of `data` (already
    selected; `selection` only describes it)."""
    network = person_network(data)
    nodes = network.number_of_nodes()
    components = list(nx.connected_components(network))
    years: dict[str, list[Communication]] = defaultdict(list)
    for c in data.communications:
        years[c.date[:4] or "n.d."].append(c)
    return NetworkSummary(
        selection=(selection or Selection()).describe(),
        people=nodes,
        persons=sum(1 for _, a in network.nodes(data=True) if a["type"] == "person"),
        organizations=sum(1 for _, a in network.nodes(data=True) if a["type"] == "organization"),
        ties=network.number_of_edges(),
        communications=len(data.communications),
        undated=sum(1 for c in data.communications if not c.date),
        components=len(components),
        largest_component=max((len(c) for c in components), default=0),
        density=nx.density(network) if nodes > 1 else 0.0,
        by_degree=_ranked(network, dict(network.degree()), top),
        by_communications=_ranked(network, dict(network.nodes(data="communications")), top),
        by_betweenness=_ranked(network, nx.betweenness_centrality(network) if nodes else {}, top),
        communities=tuple(
            Community(i, tuple(network.nodes[n]["label"] for n in group), tuple(group))
            for i, group in enumerate(find_communities(network), start=1)
        ),
        years=tuple(
            YearActivity(
                year,
                len(comms),
                len({p.iri for c in comms for p in c.participants}),
                dict(sorted(Counter(c.kind for c in comms).items())),
            )
            for year, comms in sorted(years.items())
        ),
    )


# ── ego networks, paths, timelines ────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Contact:
    """Someone within reach of a person: directly (distance 1) or through `via`."""

    iri: str
    name: str
    distance: int
    via: str  # name of the previous person on the chain; "" for a direct contact
    communications: int
    dates: tuple[str, ...]  # of the tie to `via` (or to the person); "n.d." for undated ones
    kinds: tuple[str, ...]
    roles: tuple[str, ...]  # the contact's roles as attested in those communications
    notes: tuple[int, ...]


def _dates(data: NetworkData, comm_iris: Iterable[str]) -> tuple[str, ...]:
    dates = [data.communication(i).date for i in comm_iris]
    return tuple(sorted(d for d in dates if d)) + ("n.d.",) * dates.count("")


def _roles(data: NetworkData, comm_iris: Iterable[str], node: str) -> tuple[str, ...]:
    return tuple(
        sorted({r for i in comm_iris for p in data.communication(i).participants if p.iri == node for r in p.roles})
    )


def ego_contacts(data: NetworkData, person: str, radius: int = 1) -> list[Contact]:
    """The contacts of `person` (a node IRI) up to `radius` steps away, nearest first, each
    with the communications of the tie that reaches them (dates, kinds, roles, notes).

    Raises:
        NetworkError: `person` is not in the network or `radius` < 1.
    """
    if radius < 1:
        raise NetworkError(f"--radius must be at least 1, got {radius}")
    network = person_network(data)
    if person not in network:
        raise NetworkError(f"{person} took part in no communication in this selection")
    paths = nx.single_source_shortest_path(network, person, cutoff=radius)
    out = []
    for node, path in paths.items():
        if node == person:
            continue
        prev = path[-2]
        tie = network.edges[prev, node]
        out.append(
            Contact(
                iri=node,
                name=network.nodes[node]["label"],
                distance=len(path) - 1,
                via="" if prev == person else network.nodes[prev]["label"],
                communications=tie["weight"],
                dates=_dates(data, tie["communications"]),
                kinds=tuple(tie["kinds"]),
                roles=_roles(data, tie["communications"], node),
                notes=tuple(tie["notes"]),
            )
        )
    return sorted(out, key=lambda c: (c.distance, -c.communications, fold(c.name), c.iri))


@dataclass(frozen=True)
class Step:
    """One link of a chain: the communications between two people."""

    source: str
    source_name: str
    target: str
    target_name: str
    dates: tuple[str, ...]
    kinds: tuple[str, ...]
    notes: tuple[int, ...]
    communications: tuple[str, ...]


def find_path(data: NetworkData, source: str, target: str) -> list[Step] | None:
    """The shortest chain of communications from `source` to `target` (node IRIs), or None
    when no chain links them. Among chains of equal length the one with the strongest
    weakest link wins, then the most communications, then alphabetical order of names.

    Raises:
        NetworkError: the two are the same node, or one took part in nothing here.
    """
    if source == target:
        raise NetworkError("the two names designate the same person")
    network = person_network(data)
    for node in (source, target):
        if node not in network:
            raise NetworkError(f"{node} took part in no communication in this selection")
    if not nx.has_path(network, source, target):
        return None

    def strength(path: list[str]) -> tuple:
        weights = [network.edges[u, v]["weight"] for u, v in zip(path, path[1:], strict=False)]
        return (-min(weights), -sum(weights), [fold(network.nodes[n]["label"]) for n in path], path)

    # Bounded so a dense graph cannot make this explode; 1000 candidates is plenty to choose from.
    best = min(islice(nx.all_shortest_paths(network, source, target), 1000), key=strength)
    steps = []
    for u, v in zip(best, best[1:], strict=False):
        tie = network.edges[u, v]
        steps.append(
            Step(
                u,
                network.nodes[u]["label"],
                v,
                network.nodes[v]["label"],
                _dates(data, tie["communications"]),
                tuple(tie["kinds"]),
                tuple(tie["notes"]),
                tuple(tie["communications"]),
            )
        )
    return steps


@dataclass(frozen=True)
class TimelineEntry:
    """One communication of a person's timeline."""

    date: str  # "" if undated
    kind: str
    others: tuple[str, ...]  # names of the other participants
    roles: tuple[str, ...]  # the person's roles as attested in it
    notes: tuple[int, ...]
    document: str  # title of the record, if any
    communication: str


def person_timeline(data: NetworkData, person: str) -> list[TimelineEntry]:
    """Every communication `person` (a node IRI) took part in, dated ones in date order, then the undated."""
    out = []
    for c in data.communications:
        me = [p for p in c.participants if p.iri == person]
        if not me:
            continue
        others = tuple(sorted((p.name for p in c.participants if p.iri != person), key=fold))
        out.append(TimelineEntry(c.date, c.kind, others, me[0].roles, c.notes, c.document_title, c.iri))
    return sorted(out, key=lambda e: (e.date or "~", e.communication))


@dataclass(frozen=True)
class MonthCount:
    """Communications in one month ("1956-06"), one year whose month is unknown ("1956"), or undated ("n.d.")."""

    month: str
    communications: int
    people: int
    kinds: dict[str, int]


def monthly_counts(data: NetworkData) -> list[MonthCount]:
    """Number of communications (and of people taking part) per month, in date order."""
    months: dict[str, list[Communication]] = defaultdict(list)
    for c in data.communications:
        months[c.date[:7] or "n.d."].append(c)
    return [
        MonthCount(
            month,
            len(comms),
            len({p.iri for c in comms for p in c.participants}),
            dict(sorted(Counter(c.kind for c in comms).items())),
        )
        for month, comms in sorted(months.items(), key=lambda item: item[0].replace("n.d.", "~"))
    ]
