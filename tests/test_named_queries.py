"""Every named query in queries/, run on the seed build's store, against what the query
asks for worked out independently: by walking the built Turtle's triples in Python (no
SPARQL). Rows are compared as multisets of plain values, so a change to a query's shape
(for speed) cannot change what it answers."""

from __future__ import annotations

from collections import Counter
from itertools import product

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from kg1956.datasource import GRAPH_FILE

KG = Namespace("https://w3id.org/kg1956/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
RICO = Namespace("https://www.ica.org/standards/RiC/ontology#")

WORK_TYPES = {
    KG.Book: "book",
    KG.Article: "article",
    KG.Chapter: "chapter",
    KG.WorkingPaper: "working paper",
    KG.WebPage: "web page",
    KG.NewspaperArticle: "newspaper article",
    KG.Periodical: "periodical",
    KG.DocumentCollection: "document collection",
    KG.Manuscript: "manuscript",
}
FUNCTIONS = {KG.recorder, KG.interlocutor, KG.sender, KG.recipient, KG.diarist}


@pytest.fixture(scope="module")
def graph(seed_build_dir) -> Graph:
    g = Graph()
    g.parse(seed_build_dir / GRAPH_FILE, format="turtle")
    return g


@pytest.fixture(scope="module")
def source(seed_build_dir):
    from kg1956.datasource import open_source

    return open_source(seed_build_dir)


def _answer(source, name: str, params: dict[str, str] | None = None) -> Counter:
    from kg1956 import query as q

    result = q.run_query(source, q.load_query(name), params or {})
    return Counter(tuple(None if t is None else str(t) for t in row) for row in result.rows)


def _expect(rows) -> Counter:  # noqa: ANN001 - tuples of terms
    return Counter(tuple(None if t is None else str(t) for t in row) for row in rows)


def _opt(values) -> list:  # noqa: ANN001 - an iterable of solutions of an OPTIONAL
    values = list(values)
    return values or [None]


def _of(g: Graph, s, p) -> list:  # noqa: ANN001 - rdflib terms
    return list(g.objects(s, p))


def _notes(g: Graph, node) -> list:  # noqa: ANN001 - an rdflib term
    return [n for nn in _of(g, node, PROV.wasDerivedFrom) for n in _of(g, nn, KG.noteNumber)]


def _note_pairs(g: Graph, node) -> list:  # noqa: ANN001 - an rdflib term
    return [(nn, n) for nn in _of(g, node, PROV.wasDerivedFrom) for n in _of(g, nn, KG.noteNumber)]


def test_people(graph, source):
    rows = []
    for p in graph.subjects(RDF.type, KG.Person):
        for name, unc, alt in product(_of(graph, p, SKOS.prefLabel), _of(graph, p, KG.nameUncertain),
                                      _opt(_of(graph, p, SKOS.altLabel))):  # fmt: skip
            rows.append((p, name, alt, unc))
    assert rows
    assert _answer(source, "people") == _expect(rows)


def test_roles(graph, source):
    rows = []
    for a in graph.subjects(RDF.type, KG.RoleAttestation):
        orgs = _opt(lab for o in _of(graph, a, ORG.organization) for lab in _of(graph, o, SKOS.prefLabel))
        kinds = _opt(Literal(str(k).rpartition("#")[2]) for k in _of(graph, a, ORG.role))
        for person, role, note, org, date, kind in product(
            _of(graph, a, ORG.member), _of(graph, a, KG.roleLabel), _notes(graph, a), orgs,
            _opt(_of(graph, a, KG.attestedOn)), kinds,
        ):  # fmt: skip
            for name in _of(graph, person, SKOS.prefLabel):
                rows.append((person, name, role, org, date, note, kind))
    assert rows
    assert _answer(source, "roles") == _expect(rows)


def _communication_rows(g: Graph, comm, with_roles: bool) -> list:  # noqa: ANN001 - an rdflib term
    rows = []
    for kind, participant, (node, note), date, doc in product(
        _of(g, comm, KG.kind), _of(g, comm, KG.participant), _note_pairs(g, comm),
        _opt(_of(g, comm, KG.date)), _opt(_of(g, comm, KG.documentedIn)),
    ):  # fmt: skip
        for name in _of(g, participant, SKOS.prefLabel):
            if not with_roles:
                rows.append((comm, kind, date, participant, name, note, doc))
                continue
            roles = [
                role
                for a in g.subjects(KG.attestedIn, comm)
                if (a, RDF.type, KG.RoleAttestation) in g
                and (a, ORG.member, participant) in g
                and (a, PROV.wasDerivedFrom, node) in g
                for role in _of(g, a, KG.roleLabel)
            ]
            for role in _opt(roles):
                rows.append((comm, kind, date, participant, name, role, note, doc))
    return rows


def test_conversations(graph, source):
    rows = [r for c in graph.subjects(RDF.type, KG.Communication) for r in _communication_rows(graph, c, True)]
    assert any(r[5] is not None for r in rows)
    assert _answer(source, "conversations") == _expect(rows)


def _people_with_communications(g: Graph) -> list[URIRef]:
    return sorted({p for c in g.subjects(RDF.type, KG.Communication) for p in _of(g, c, KG.participant)})


def test_communications_of_each_person(graph, source):
    for person in _people_with_communications(graph):
        comms = [c for c in graph.subjects(KG.participant, person) if (c, RDF.type, KG.Communication) in graph]
        rows = [r for c in comms for r in _communication_rows(graph, c, False)]
        assert _answer(source, "communications-of", {"person": str(person)}) == _expect(rows), person


def test_roles_in_communications_of_each_person(graph, source):
    seen_roles = False
    for person in _people_with_communications(graph):
        rows = []
        for conv in graph.subjects(KG.participant, person):
            for a in graph.subjects(KG.attestedIn, conv):
                if (a, RDF.type, KG.RoleAttestation) not in graph:
                    continue
                rows += list(product([conv], _of(graph, a, ORG.member), _of(graph, a, KG.roleLabel), _notes(graph, a)))
        seen_roles |= bool(rows)
        assert _answer(source, "roles-in-communications-of", {"person": str(person)}) == _expect(rows), person
    assert seen_roles


def _interlocutors(g: Graph, wanted: str) -> set:
    selves = {
        p
        for p in g.subjects(RDF.type, KG.Person)
        if str(p) == wanted
        or any(str(label).lower() == wanted.lower() for label in _of(g, p, SKOS.prefLabel) + _of(g, p, SKOS.altLabel))
    }
    if wanted.startswith("https://"):  # bound as an IRI: only the person with that IRI
        selves = {p for p in selves if str(p) == wanted}
    rows = set()
    for me in selves:
        for comm in g.subjects(KG.participant, me):
            if (comm, RDF.type, KG.Communication) not in g:
                continue
            for other, kind, note, date in product(
                _of(g, comm, KG.participant), _of(g, comm, KG.kind), _notes(g, comm), _opt(_of(g, comm, KG.date))
            ):
                if other != me:
                    rows |= {(other, name, date, kind, note) for name in _of(g, other, SKOS.prefLabel)}
    return rows


@pytest.mark.parametrize(
    "wanted",
    ["Yi Sang-jo", "yi sang-jo", "YI SANG-CHO", "Kim Il Song", "https://w3id.org/kg1956/person/nam-il", "Nobody"],
)
def test_interlocutors(graph, source, wanted):
    expected = _interlocutors(graph, wanted)
    assert bool(expected) == (wanted != "Nobody")
    assert _answer(source, "interlocutors", {"person": wanted}) == _expect(expected)


def test_interlocutors_of_every_spelling(graph, source):
    labels = sorted({str(lab) for p in graph.subjects(RDF.type, KG.Person) for lab in _of(graph, p, SKOS.altLabel)})
    assert labels
    for label in labels[:40]:
        assert _answer(source, "interlocutors", {"person": label}) == _expect(_interlocutors(graph, label)), label


def test_pairs(graph, source):
    comms: dict[tuple, set] = {}
    dates: dict[tuple, list] = {}
    for c in graph.subjects(RDF.type, KG.Communication):
        people = _of(graph, c, KG.participant)
        for a, b in product(people, people):
            if str(a) < str(b):
                for na, nb in product(_of(graph, a, SKOS.prefLabel), _of(graph, b, SKOS.prefLabel)):
                    comms.setdefault((a, na, b, nb), set()).add(c)
                    dates.setdefault((a, na, b, nb), []).extend(_of(graph, c, KG.date))
    assert comms
    answer = {}
    for row, n in _answer(source, "pairs").items():
        assert n == 1
        answer[row[:4]] = row[4:]
    assert set(answer) == set(_expect(comms))
    for key, found in comms.items():
        count, first, last = answer[tuple(str(t) for t in key)]
        assert int(count) == len(found)
        kinds = {d.datatype for d in dates[key]}
        if len(kinds) == 1:  # one datatype: compare as text (ISO forms order as dates)
            assert (first, last) == (min(map(str, dates[key])), max(map(str, dates[key])))
        elif not dates[key]:
            assert (first, last) == (None, None)


def _type_of(g: Graph, doc) -> list[str]:  # noqa: ANN001 - an rdflib term
    types = set(_of(g, doc, RDF.type))
    out = ["record"] if KG.Record in types else []
    out += [label for cls, label in WORK_TYPES.items() if cls in types]
    if KG.Work in types and not types & set(WORK_TYPES):
        out.append("work")
    return out


def test_documents(graph, source):
    rows = []
    for doc in set(graph.subjects(RDF.type, None)):
        for kind, note, title, issued, part in product(
            _type_of(graph, doc), _notes(graph, doc), _opt(_of(graph, doc, DCTERMS.title)),
            _opt(_of(graph, doc, DCTERMS.issued)),
            _opt(t for c in _of(graph, doc, DCTERMS.isPartOf) for t in _of(graph, c, DCTERMS.title)),
        ):  # fmt: skip
            rows.append((doc, Literal(kind), title, issued, part, note))
    assert {r[1] for r in rows} >= {Literal("record"), Literal("book")}
    assert _answer(source, "documents") == _expect(rows)


def test_archival_references(graph, source):
    rows = []
    for doc in graph.subjects(RDF.type, KG.Record):
        for copy in _of(graph, doc, RICO.hasInstantiation):
            if (copy, RDF.type, KG.ArchivalCopy) not in graph:
                continue
            parts = [_opt(_of(graph, copy, p)) for p in (KG.fond, KG.opis, KG.delo, KG.papka, KG.list)]
            for repo, note, title, *call in product(
                _of(graph, copy, KG.repository), _notes(graph, copy), _opt(_of(graph, doc, DCTERMS.title)), *parts
            ):
                for repository in _of(graph, repo, SKOS.prefLabel):
                    rows.append((doc, title, repository, *call, note))
    assert rows
    assert _answer(source, "archival-references") == _expect(rows)


def test_network_affiliations(graph, source):
    rows = set()
    for a in graph.subjects(RDF.type, KG.RoleAttestation):
        comms = [(c, k) for c in _of(graph, a, KG.attestedIn) for k in _opt(_of(graph, c, KG.kind))] or [(None, None)]
        for person, org, role, note, date, (comm, kind) in product(
            _of(graph, a, ORG.member), _of(graph, a, ORG.organization), _of(graph, a, KG.roleLabel),
            _notes(graph, a), _opt(_of(graph, a, KG.attestedOn)), comms,
        ):  # fmt: skip
            if (person, RDF.type, KG.Person) not in graph or (org, RDF.type, KG.Organization) not in graph:
                continue
            for name, org_name in product(_of(graph, person, SKOS.prefLabel), _of(graph, org, SKOS.prefLabel)):
                rows.add((a, person, name, org, org_name, role, date, comm, kind, note))
    assert rows
    assert _answer(source, "network-affiliations") == _expect(rows)


def test_network_participations(graph, source):
    rows = set()
    for c in graph.subjects(RDF.type, KG.Communication):
        docs = [(d, t) for d in _of(graph, c, KG.documentedIn) for t in _opt(_of(graph, d, DCTERMS.title))]
        for kind, p, note, date, (doc, title) in product(
            _of(graph, c, KG.kind), _of(graph, c, KG.participant), _notes(graph, c), _opt(_of(graph, c, KG.date)),
            docs or [(None, None)],
        ):  # fmt: skip
            functions = _opt(f for f in graph.predicates(c, p) if f in FUNCTIONS)
            roles = _opt(
                r
                for a in graph.subjects(KG.attestedIn, c)
                if (a, ORG.member, p) in graph and (a, RDF.type, KG.RoleAttestation) in graph
                for r in _of(graph, a, KG.roleLabel)
            )
            for ptype in set(_of(graph, p, RDF.type)) & {KG.Person, KG.Organization}:
                for name, function, role in product(_of(graph, p, SKOS.prefLabel), functions, roles):
                    rows.add((c, kind, date, p, name, ptype, function, role, note, doc, title))
    assert rows
    assert _answer(source, "network-participations") == _expect(rows)


def test_person_labels_preferred_first_then_the_others_sorted_in_iri_order(graph, source):
    from kg1956.datasource import RdflibSource

    expected = {}
    for p in sorted(graph.subjects(RDF.type, KG.Person), key=str):
        pref = str(graph.value(p, SKOS.prefLabel))
        expected[p] = [pref, *sorted({str(a) for a in _of(graph, p, SKOS.altLabel)} - {pref})]
    for found in (source.person_labels(), RdflibSource(graph).person_labels()):
        assert list(found.items()) == list(expected.items())


def _two_people_one_name() -> Graph:
    """Two persons who share a spelling ("Kim"), each in one talk with someone else."""
    g = Graph()
    base = "https://w3id.org/kg1956/"
    kim1, kim2, other1, other2 = (URIRef(f"{base}person/{n}") for n in ("kim-a", "kim-b", "pak", "li"))
    for person, pref in ((kim1, "Kim A"), (kim2, "Kim B"), (other1, "Pak"), (other2, "Li")):
        g.add((person, RDF.type, KG.Person))
        g.add((person, SKOS.prefLabel, Literal(pref)))
    g.add((kim1, SKOS.altLabel, Literal("Kim")))
    g.add((kim2, SKOS.altLabel, Literal("KIM")))
    for n, (me, other) in enumerate(((kim1, other1), (kim2, other2)), start=1):
        comm, note = URIRef(f"{base}communication/{n}"), URIRef(f"{base}source/s/note/{n}")
        g.add((comm, RDF.type, KG.Communication))
        g.add((comm, KG.kind, Literal("conversation")))
        g.add((comm, KG.participant, me))
        g.add((comm, KG.participant, other))
        g.add((comm, PROV.wasDerivedFrom, note))
        g.add((note, KG.noteNumber, Literal(n)))
    return g


@pytest.mark.parametrize("store", ["rdflib", "oxigraph"])
def test_interlocutors_of_a_name_two_people_share(store):
    """A name is looked up before the query runs; every person bearing it is asked about."""
    import pyoxigraph

    from kg1956.datasource import OxigraphSource, RdflibSource

    g = _two_people_one_name()
    if store == "rdflib":
        source = RdflibSource(g)
    else:
        ox = pyoxigraph.Store()
        ox.load(g.serialize(format="nt").encode("utf-8"), pyoxigraph.RdfFormat.N_TRIPLES)
        source = OxigraphSource(ox, "memory")
    for wanted in ("kim", "Kim", "Pak", "https://w3id.org/kg1956/person/kim-b", "Nobody"):
        assert _answer(source, "interlocutors", {"person": wanted}) == _expect(_interlocutors(g, wanted)), wanted
    assert {row[1] for row in _answer(source, "interlocutors", {"person": "kim"})} == {"Pak", "Li"}
