"""Networks of who communicated with whom, projected from a kg1956 graph through SPARQL.

Stage: query → network. Everything starts from the named queries `network-participations`
and `network-affiliations` (queries/), never from extractor internals, so any kg1956 graph
works, whoever built it. Projections are networkx graphs whose nodes are the IRIs of the
kg:Person and kg:Organization resources that take part (and of kg:Record resources in the
document projection), inserted in sorted order so every result and export is deterministic.

Dates stay as the graph has them (xsd:date, gYearMonth or gYear literals) and are compared
as ISO strings truncated to the coarser of the two precisions: "1956" falls inside
--from 1956-06, and 1956-06-16 inside --to 1956-06.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations, islice

import networkx as nx
from rdflib import Graph

from kg1956.datasource import DataSource, as_source
from kg1956.errors import Kg1956Error
from kg1956.people import find_people, person_labels
from kg1956.query import load_query, run_query
from kg1956.romanize import fold, name_key
from kg1956.vocab import KIND_CLASSES

SEED = 1956
"""Seed of every randomised step (community detection, layout): same graph, same answer."""

KINDS: tuple[str, ...] = tuple(KIND_CLASSES)
PROJECTIONS: tuple[str, ...] = ("person", "directed", "document", "organization")
_SOURCE_FUNCTIONS = {"recorder", "sender"}
_TARGET_FUNCTIONS = {"interlocutor", "recipient"}
_DATE_BOUND = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class NetworkError(Kg1956Error):
    """A network question cannot be answered as asked: unknown or ambiguous name, malformed
    date bound, unknown kind or projection. (Kept here rather than in errors.py, which this
    stage does not own; it is a Kg1956Error, so the CLI maps it to exit code 2.)"""


# ── records read from the graph ───────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Participant:
    """One person or organisation taking part in one communication."""

    iri: str
    name: str
    type: str  # "person" or "organization"
    functions: tuple[str, ...]  # recorder, interlocutor, sender, recipient, diarist
    roles: tuple[str, ...]  # role labels attested for it in this communication


@dataclass(frozen=True)
class Communication:
    """A conversation, letter, memo, diary entry, telegram or report, with its participants."""

    iri: str
    kind: str
    date: str  # ISO string as in the graph ("1956-06-16", "1956-06", "1956"); "" if undated
    notes: tuple[int, ...]
    document: str
    document_title: str
    participants: tuple[Participant, ...]


@dataclass(frozen=True)
class Affiliation:
    """A role attestation that ties a person to an organisation (org:organization)."""

    attestation: str
    person: str
    name: str
    organization: str
    organization_name: str
    role: str
    date: str
    communication: str
    kind: str
    notes: tuple[int, ...]


@dataclass(frozen=True)
class NetworkData:
    """Everything the projections need, as read from one graph (possibly narrowed by `select`)."""

    communications: tuple[Communication, ...]
    affiliations: tuple[Affiliation, ...]

    def communication(self, iri: str) -> Communication:
        """The communication with this IRI (KeyError if it is not in the data)."""
        return self._by_iri[iri]

    @cached_property
    def _by_iri(self) -> dict[str, Communication]:
        return {c.iri: c for c in self.communications}


def _text(term: object) -> str:
    return "" if term is None else str(term)


def _local(iri: object) -> str:
    return _text(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def load_network_data(graph: Graph) -> NetworkData:
    """Read communications, participants and affiliations from a kg1956 graph.

    Raises:
        QueryError: a named query is missing or malformed.
    """
    return NetworkData(_read_communications(graph), _read_affiliations(graph))


def _read_communications(graph: Graph) -> tuple[Communication, ...]:
    comms: dict[str, dict] = {}
    for comm, kind, date, part, pname, ptype, function, role, note, document, title in run_query(
        graph, load_query("network-participations")
    ).rows:
        c = comms.setdefault(
            str(comm),
            {
                "kind": _text(kind),
                "date": _text(date),
                "notes": set(),
                "document": _text(document),
                "title": _text(title),
                "participants": {},
            },
        )
        c["notes"].add(int(note))
        p = c["participants"].setdefault(
            str(part), {"name": str(pname), "type": _local(ptype).lower(), "functions": set(), "roles": set()}
        )
        if function is not None:
            p["functions"].add(_local(function))
        if role is not None:
            p["roles"].add(str(role))
    return tuple(
        Communication(
            iri=iri,
            kind=c["kind"],
            date=c["date"],
            notes=tuple(sorted(c["notes"])),
            document=c["document"],
            document_title=c["title"],
            participants=tuple(
                Participant(p_iri, p["name"], p["type"], tuple(sorted(p["functions"])), tuple(sorted(p["roles"])))
                for p_iri, p in sorted(c["participants"].items())
            ),
        )
        for iri, c in sorted(comms.items(), key=lambda item: (item[1]["date"] or "~", item[0]))
    )


def _read_affiliations(graph: Graph) -> tuple[Affiliation, ...]:
    # One row per attestation and note; the columns before `note` are the Affiliation's fields.
    rows: dict[str, tuple] = {}
    notes: dict[str, set[int]] = defaultdict(set)
    for row in run_query(graph, load_query("network-affiliations")).rows:
        rows.setdefault(str(row[0]), row)
        notes[str(row[0])].add(int(row[-1]))
    return tuple(
        Affiliation(*(_text(v) for v in rows[att][:-1]), notes=tuple(sorted(notes[att]))) for att in sorted(rows)
    )


# ── selecting by date and kind ────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Selection:
    """Which communications to keep: a date range (inclusive, any ISO precision) and kinds."""

    start: str | None = None
    end: str | None = None
    kinds: frozenset[str] | None = None

    def describe(self) -> str:
        """ "1956-06 to 1956-12, conversation, letter" or "all dates, all kinds"."""
        if self.start and self.start == self.end:
            dates = self.start
        elif self.start and self.end:
            dates = f"{self.start} to {self.end}"
        elif self.start:
            dates = f"from {self.start}"
        elif self.end:
            dates = f"up to {self.end}"
        else:
            dates = "all dates"
        kinds = ", ".join(sorted(self.kinds)) if self.kinds else "all kinds"
        return f"{dates}, {kinds}"

    def admits_date(self, date: str) -> bool:
        """Whether `date` overlaps the range; an undated item is admitted only without a range."""
        if not date:
            return self.start is None and self.end is None
        if self.start and date < self.start[: len(date)]:
            return False
        return not (self.end and date[: len(self.end)] > self.end)


def parse_date_bound(text: str, option: str = "--from") -> str:
    """Check a YYYY, YYYY-MM or YYYY-MM-DD bound and return it.

    Raises:
        NetworkError: the text is not such a date (say which option it came from).
    """
    m = _DATE_BOUND.match(text.strip())
    try:
        if not m:
            raise ValueError
        year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        dt.date(year, month, day)
    except ValueError:
        raise NetworkError(f"{option} {text!r}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD") from None
    return text.strip()


def parse_kinds(text: str) -> frozenset[str]:
    """Comma-separated kinds of communication ("conversation,letter"; "diary entry" is diary_entry).

    Raises:
        NetworkError: a kind is unknown; the message lists the known ones.
    """
    kinds = set()
    for raw in text.split(","):
        kind = re.sub(r"[\s-]+", "_", raw.strip().lower())
        if not kind:
            continue
        if kind not in KINDS:
            raise NetworkError(f"--kind {raw.strip()!r}: unknown kind; known kinds: {', '.join(KINDS)}")
        kinds.add(kind)
    if not kinds:
        raise NetworkError(f"--kind is empty; known kinds: {', '.join(KINDS)}")
    return frozenset(kinds)


def make_selection(start: str | None = None, end: str | None = None, kinds: str | None = None) -> Selection:
    """A Selection from command-line text, checked.

    Raises:
        NetworkError: a malformed bound or kind, or --from after --to.
    """
    start = parse_date_bound(start, "--from") if start else None
    end = parse_date_bound(end, "--to") if end else None
    if start and end and start[: len(end)] > end[: len(start)]:
        raise NetworkError(f"--from {start} is after --to {end}")
    return Selection(start, end, parse_kinds(kinds) if kinds else None)


def select(data: NetworkData, selection: Selection) -> NetworkData:
    """The communications (and affiliations) that fall inside `selection`."""

    def kind_ok(kind: str) -> bool:
        return selection.kinds is None or kind in selection.kinds

    return NetworkData(
        tuple(c for c in data.communications if kind_ok(c.kind) and selection.admits_date(c.date)),
        tuple(a for a in data.affiliations if kind_ok(a.kind) and selection.admits_date(a.date)),
    )


# ── projections ───────────────────────────────────────────────────────────────────────────


def _span(dates: Iterable[str]) -> tuple[str, str]:
    dated = sorted(d for d in dates if d)
    return (dated[0], dated[-1]) if dated else ("", "")


def _tie(comms: list[Communication]) -> dict:
    """Edge attributes for the communications behind one tie, sorted."""
    comms = sorted(comms, key=lambda c: (c.date or "~", c.iri))
    first, last = _span(c.date for c in comms)
    return {
        "weight": len(comms),
        "communications": [c.iri for c in comms],
        "dates": sorted(c.date for c in comms if c.date),
        "kinds": sorted({c.kind for c in comms}),
        "notes": sorted({n for c in comms for n in c.notes}),
        "first": first,
        "last": last,
    }


def _participant_nodes(data: NetworkData) -> dict[str, dict]:
    nodes: dict[str, dict] = {}
    for c in data.communications:
        for p in c.participants:
            n = nodes.setdefault(p.iri, {"label": p.name, "type": p.type, "comms": [], "roles": set()})
            n["comms"].append(c)
            n["roles"].update(p.roles)
    return nodes


def _add_nodes(graph: nx.Graph, nodes: dict[str, dict]) -> None:
    for iri, n in sorted(nodes.items(), key=lambda item: (fold(item[1]["label"]), item[0])):
        first, last = _span(c.date for c in n["comms"])
        graph.add_node(
            iri,
            label=n["label"],
            type=n["type"],
            communications=len({c.iri for c in n["comms"]}),
            first=first,
            last=last,
            kinds=sorted({c.kind for c in n["comms"]}),
            roles=sorted(n["roles"]),
        )


def _add_ties(graph: nx.Graph, ties: dict[tuple[str, str], list[Communication]]) -> None:
    order = {node: i for i, node in enumerate(graph.nodes)}
    for u, v in sorted(ties, key=lambda pair: (order[pair[0]], order[pair[1]])):
        graph.add_edge(u, v, **_tie(ties[(u, v)]))


def person_network(data: NetworkData) -> nx.Graph:
    """Undirected person–person network: one edge per pair who took part in a communication
    together, weight = number of distinct communications; edges carry sorted `dates`,
    `kinds`, `notes`, `communications` (IRIs), `first` and `last`. Organisations that take
    part (a memo to the CPSU Central Committee) are nodes too, with type "organization"."""
    graph = nx.Graph(projection="person")
    _add_nodes(graph, _participant_nodes(data))
    order = {node: i for i, node in enumerate(graph.nodes)}
    ties: dict[tuple[str, str], list[Communication]] = defaultdict(list)
    for c in data.communications:
        members = sorted({p.iri for p in c.participants}, key=order.__getitem__)
        for u, v in combinations(members, 2):
            ties[(u, v)].append(c)
    _add_ties(graph, ties)
    return graph


def directed_network(data: NetworkData) -> nx.DiGraph:
    """Directed network: recorder → interlocutor and sender → recipient, one edge per ordered
    pair with the same attributes as `person_network`. Participants whose function the graph
    does not state (or diarists) are nodes without directed edges."""
    graph = nx.DiGraph(projection="directed")
    _add_nodes(graph, _participant_nodes(data))
    ties: dict[tuple[str, str], list[Communication]] = defaultdict(list)
    for c in data.communications:
        sources = [p.iri for p in c.participants if _SOURCE_FUNCTIONS & set(p.functions)]
        targets = [p.iri for p in c.participants if _TARGET_FUNCTIONS & set(p.functions)]
        for u in sources:
            for v in targets:
                if u != v:
                    ties[(u, v)].append(c)
    _add_ties(graph, ties)
    return graph


def document_network(data: NetworkData) -> nx.Graph:
    """Bipartite network: person (or organisation, `bipartite=0`) — record that documents a
    communication they took part in (`type` "record", `bipartite=1`); weight = number of
    such communications."""
    graph = nx.Graph(projection="document")
    nodes = _participant_nodes(data)
    records: dict[str, dict] = {}
    ties: dict[tuple[str, str], list[Communication]] = defaultdict(list)
    for c in data.communications:
        if not c.document:
            continue
        r = records.setdefault(
            c.document, {"label": c.document_title or _local(c.document), "type": "record", "comms": [], "roles": set()}
        )
        r["comms"].append(c)
        for p in c.participants:
            ties[(p.iri, c.document)].append(c)
    _add_nodes(graph, nodes)
    _add_nodes(graph, records)
    for _, attrs in graph.nodes(data=True):
        attrs["bipartite"] = 1 if attrs["type"] == "record" else 0
    _add_ties(graph, ties)
    return graph


def organization_network(data: NetworkData) -> nx.Graph:
    """Bipartite person — organisation network through role attestations (org:organization);
    weight = number of communications (or undated attestations) in which the person's role
    in the organisation is attested; edges carry the sorted `roles`, `dates` and `notes`."""
    graph = nx.Graph(projection="organization")
    nodes: dict[str, dict] = {}
    ties: dict[tuple[str, str], list[Affiliation]] = defaultdict(list)
    for a in data.affiliations:
        for iri, label, kind in ((a.person, a.name, "person"), (a.organization, a.organization_name, "organization")):
            n = nodes.setdefault(iri, {"label": label, "type": kind, "affs": [], "roles": set()})
            n["affs"].append(a)
            n["roles"].add(a.role)
        ties[(a.person, a.organization)].append(a)
    for iri, n in sorted(nodes.items(), key=lambda item: (fold(item[1]["label"]), item[0])):
        first, last = _span(a.date for a in n["affs"])
        graph.add_node(
            iri,
            label=n["label"],
            type=n["type"],
            communications=len({a.communication or a.attestation for a in n["affs"]}),
            first=first,
            last=last,
            kinds=sorted({a.kind for a in n["affs"] if a.kind}),
            roles=sorted(n["roles"]),
            bipartite=0 if n["type"] == "person" else 1,
        )
    order = {node: i for i, node in enumerate(graph.nodes)}
    for u, v in sorted(ties, key=lambda pair: (order[pair[0]], order[pair[1]])):
        affs = ties[(u, v)]
        # One role in one communication may be attested by several notes (several attestations):
        # count it once.
        dated = {a.communication or a.attestation: a.date for a in affs}
        first, last = _span(dated.values())
        graph.add_edge(
            u,
            v,
            weight=len(dated),
            roles=sorted({a.role for a in affs}),
            communications=sorted({a.communication for a in affs if a.communication}),
            dates=sorted(d for d in dated.values() if d),
            kinds=sorted({a.kind for a in affs if a.kind}),
            notes=sorted({n for a in affs for n in a.notes}),
            first=first,
            last=last,
        )
    return graph


def project(data: NetworkData, projection: str = "person") -> nx.Graph:
    """The named projection of `data`: person, directed, document or organization.

    Raises:
        NetworkError: an unknown projection name.
    """
    builders = {
        "person": person_network,
        "directed": directed_network,
        "document": document_network,
        "organization": organization_network,
    }
    if projection not in builders:
        raise NetworkError(f"unknown projection {projection!r}; choose one of: {', '.join(PROJECTIONS)}")
    return builders[projection](data)


# ── finding people ────────────────────────────────────────────────────────────────────────


def resolve_node(graph: Graph, network: nx.Graph, name: str) -> str:
    """The node of `network` that `name` designates: any spelling of a person's name
    (kg1956.people.find_people), an organisation's label, a bare surname that only one
    person of the network bears, or a node IRI.

    Raises:
        NetworkError: nobody is called so (with the closest spellings as a suggestion),
            the name fits several people, or the person took part in no communication here.
    """
    if name in network:
        return name
    wanted = fold(name).strip()
    people, suggestions = find_people(graph, name)
    if not people:
        orgs = sorted(n for n, a in network.nodes(data=True) if a["type"] != "person" and fold(a["label"]) == wanted)
        if orgs:
            return orgs[0]
        people = _by_surname(graph, network, name)
    if not people:
        # closest first, as find_people gives them, but people who took part in a communication
        # before those who did not (authors of works, say); then organisations of the network
        taking_part = {label for p, labels in person_labels(graph).items() if str(p) in network for label in labels}
        suggestions = sorted(suggestions, key=lambda label: label not in taking_part)
        orgs = {fold(a["label"]): a["label"] for _, a in network.nodes(data=True) if a["type"] != "person"}
        suggestions += [orgs[m] for m in difflib.get_close_matches(wanted, list(orgs), n=3, cutoff=0.6)]
        hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
        raise NetworkError(f"nobody called {name!r} in the graph{hint}")
    if len(people) > 1:
        labels = sorted(_pref_label(graph, p) for p in people)
        raise NetworkError(f"{name!r} fits {len(people)} people: {', '.join(labels)}; give more of the name")
    person = str(people[0])
    if person not in network:
        raise NetworkError(f"{_pref_label(graph, people[0])} took part in no communication in this selection")
    return person


def _by_surname(graph: Graph, network: nx.Graph, name: str) -> list:
    """People of `network` whose surname is `name`, a bare surname ("Vereshchagin", "Kim")."""
    if len(name.split()) != 1 or "." in name:
        return []
    surname = name_key(name).surname
    return sorted(
        person
        for person, labels in person_labels(graph).items()
        if str(person) in network and any(name_key(label).surname == surname for label in labels)
    )


def _pref_label(graph: DataSource | Graph, node: object) -> str:
    return as_source(graph).pref_label(node)


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


def date_interval(date: str) -> tuple[str, str]:
    """First and last day an ISO date of any precision covers: "1956-02" → ("1956-02-01", "1956-02-29")."""
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:7])
        return f"{date}-01", f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    return date, date
