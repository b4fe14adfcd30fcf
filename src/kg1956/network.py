"""Networks of who communicated with whom, projected from a kg1956 graph through SPARQL
(the data in `network_data`, the questions asked of a network in `network_analysis`).

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

import difflib
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

import networkx as nx
from rdflib import Graph

from kg1956.datasource import DataSource, as_source
from kg1956.network_data import Affiliation, Communication, NetworkData, NetworkError, local_name
from kg1956.people import find_people, person_labels
from kg1956.romanize import fold, name_key

PROJECTIONS: tuple[str, ...] = ("person", "directed", "document", "organization")
_SOURCE_FUNCTIONS = {"recorder", "sender"}
_TARGET_FUNCTIONS = {"interlocutor", "recipient"}


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
        label = c.document_title or local_name(c.document)
        r = records.setdefault(c.document, {"label": label, "type": "record", "comms": [], "roles": set()})
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
