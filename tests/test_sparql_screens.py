"""The Python screens of the SPARQL constraints (`sparql_screens`): every constraint in
shapes/ has one, a conforming build never needs the store, and no screen clears a
constraint whose query has a result row (so reports are the same with and without them)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from kg1956.pipeline import build
from kg1956.shacl_core import Targets
from kg1956.sparql_constraints import memory_store, run_sparql_constraints, split_sparql_constraints
from kg1956.sparql_screens import SCREENS, constraint_key, might_fault
from kg1956.triples import TripleIndex
from kg1956.validate import load_shapes, validate_graph

ROOT = Path(__file__).resolve().parents[1]
KG, OA = "https://w3id.org/kg1956/ontology#", "http://www.w3.org/ns/oa#"
CITO, DCTERMS = "http://purl.org/spar/cito/", "http://purl.org/dc/terms/"
RICO = "https://www.ica.org/standards/RiC/ontology#"
NOTES = """# title: A small test
1 Memo of Conversation of I.F. Kurdiukov (head of the Far Eastern Department) with Yi Sang-cho, 9 August 1956. AVPRF, fond 0102, opis 12, delo 4, papka 68.

2 Letter by Yi Sang-cho to Kim Il Song, 3 September 1956.
"""


@pytest.fixture(scope="module")
def shapes():
    return load_shapes()


@pytest.fixture(scope="module")
def constraints(shapes):
    return split_sparql_constraints(shapes)[1]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("screens") / "small.txt"
    path.write_text(NOTES, encoding="utf-8")
    return build([path]).triples


def _k(name: str) -> URIRef:
    prefix, local = name.split(":")
    return URIRef({"kg": KG, "oa": OA, "cito": CITO, "dcterms": DCTERMS, "rico": RICO}[prefix] + local)


def _first(index: TripleIndex, cls: str):  # noqa: ANN202 - an rdflib term
    return sorted(index.instances(_k(cls)))[0]


def _faulted(index: TripleIndex, shapes, constraints) -> dict[str, tuple[int, bool]]:
    """Per constraint: how many rows its query has over `index`, and whether its screen
    says it might have any."""
    targets, store = Targets(index, shapes), memory_store(index)
    out = {}
    for c in constraints:
        rows = run_sparql_constraints(index, shapes, [c], targets, lambda: store, screens=False)
        focus = {f for cls in c.targets for f in targets(cls)}
        out[c.select] = (len(rows), might_fault(constraint_key(c.prefixes, c.select), index, focus))
    return out


def test_every_sparql_constraint_of_the_shapes_has_a_screen(constraints):
    keys = {constraint_key(c.prefixes, c.select) for c in constraints}
    assert keys == set(SCREENS)


def test_a_conforming_build_never_asks_for_the_store(seed, shapes, constraints, tmp_path):
    def no_store():
        raise AssertionError("the store was asked for")

    synthetic = tmp_path / "synthetic.txt"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "300", "--out", str(synthetic)], check=True)
    for index in (seed.triples, build([synthetic]).triples):
        assert run_sparql_constraints(index, shapes, constraints, store=no_store) == []
        assert all(not screened for _, screened in _faulted(index, shapes, constraints).values())


def test_an_edited_constraint_has_no_screen_and_runs_as_sparql(small, shapes, constraints):
    edited = [type(c)(c.shape, c.targets, c.select + " ", c.message, c.prefixes) for c in constraints]
    assert all(constraint_key(c.prefixes, c.select) in SCREENS for c in edited)  # whitespace aside
    changed = [type(c)(c.shape, c.targets, c.select.replace("SELECT", "SELECT DISTINCT"), c.message, c.prefixes)
               for c in constraints]  # fmt: skip
    asked = []
    store = memory_store(small)
    run_sparql_constraints(small, shapes, changed, store=lambda: asked.append(1) or store)
    assert asked


def _break(index: TripleIndex, how: str) -> TripleIndex:
    """A copy of `index` broken in one way (one or more constraints' queries get rows)."""
    g = TripleIndex(index)
    mention, fragment = _first(g, "kg:Mention"), URIRef("https://example.org/fragment")
    target = next(g.objects(mention, _k("oa:hasTarget")))
    selector = next(g.objects(target, _k("oa:hasSelector")))
    note = next(g.objects(target, _k("oa:hasSource")))
    conv, citation = _first(g, "kg:Conversation"), _first(g, "kg:Citation")
    persons = sorted(g.instances(_k("kg:Person")))
    start, end = g.value(selector, _k("oa:start")), g.value(selector, _k("oa:end"))

    def set_(s, p, o):  # noqa: ANN001, ANN202
        for old in list(g.objects(s, p)):
            g.discard((s, p, old))
        g.add((s, p, o))

    nni = XSD.nonNegativeInteger
    if how == "reversed span":
        set_(selector, _k("oa:end"), Literal(start.value, datatype=nni))
    elif how == "span as strings":
        set_(selector, _k("oa:start"), Literal(str(start.value)))
    elif how == "ill-typed offset":
        set_(selector, _k("oa:end"), Literal("ten", datatype=nni))
    elif how == "span off by one":
        set_(selector, _k("oa:start"), Literal(start.value + 1, datatype=nni))
        set_(selector, _k("oa:end"), Literal(end.value + 1, datatype=nni))
    elif how == "span past the text":
        set_(selector, _k("oa:end"), Literal(10_000, datatype=nni))
    elif how == "surface form changed":
        set_(mention, _k("kg:surfaceForm"), Literal("Somebody Else"))
    elif how == "surface form typed":
        set_(mention, _k("kg:surfaceForm"), Literal(str(g.value(mention, _k("kg:surfaceForm"))), datatype=XSD.token))
    elif how == "body from another note":
        body = g.value(mention, _k("oa:hasBody"))
        set_(body, PROV.wasDerivedFrom, URIRef("https://example.org/other-note"))
    elif how == "body derived from a literal":
        g.add((g.value(mention, _k("oa:hasBody")), PROV.wasDerivedFrom, Literal(str(note))))
    elif how == "fragment reversed":
        g.add((fragment, RDF.type, _k("kg:UnparsedFragment")))
        g.add((fragment, _k("oa:start"), Literal(5, datatype=nni)))
        g.add((fragment, _k("oa:end"), Literal(5, datatype=nni)))
    elif how == "fragment fine":
        g.add((fragment, RDF.type, _k("kg:UnparsedFragment")))
        g.add((fragment, _k("oa:start"), Literal(5, datatype=nni)))
        g.add((fragment, _k("oa:end"), Literal(6, datatype=nni)))
    elif how == "talks with self":
        g.add((conv, _k("kg:recorder"), g.value(conv, _k("kg:interlocutor"))))
    elif how == "literal recorder and interlocutor":
        g.add((conv, _k("kg:recorder"), Literal("X")))
        g.add((conv, _k("kg:interlocutor"), Literal("X", datatype=XSD.string)))
    elif how == "sender is recipient":
        g.add((conv, _k("kg:sender"), persons[0]))
        g.add((conv, _k("kg:recipient"), persons[0]))
    elif how == "one participant":
        for p in list(g.objects(conv, _k("kg:participant")))[1:]:
            g.discard((conv, _k("kg:participant"), p))
    elif how == "kind says conversation":
        letter = _first(g, "kg:Letter")
        set_(letter, _k("kg:kind"), Literal("conversation", datatype=XSD.string))
        for p in list(g.objects(letter, _k("kg:participant")))[1:]:
            g.discard((letter, _k("kg:participant"), p))
    elif how == "role not participant":
        g.add((conv, _k("kg:diarist"), persons[-1]))
        g.discard((conv, _k("kg:participant"), persons[-1]))
    elif how == "literal role":
        g.add((conv, _k("kg:interlocutor"), Literal("somebody")))
    elif how == "record set in itself":
        sets = sorted(g.instances(_k("kg:RecordSet")))
        g.add((sets[0], _k("rico:isOrWasIncludedIn"), sets[-1]))
        g.add((sets[-1], _k("rico:isOrWasIncludedIn"), sets[0]))
    elif how == "citation from another note":
        set_(citation, PROV.wasDerivedFrom, URIRef("https://example.org/other-note"))
    elif how == "source does not cite":
        for source in {
            s for n in g.objects(citation, _k("cito:hasCitingEntity")) for s in g.objects(n, _k("dcterms:isPartOf"))
        }:
            for cited in list(g.objects(source, _k("cito:cites"))):
                g.discard((source, _k("cito:cites"), cited))
    else:
        raise ValueError(how)
    return g


BREAKS = [
    "reversed span", "span as strings", "ill-typed offset", "span off by one", "span past the text",
    "surface form changed", "surface form typed", "body from another note", "body derived from a literal",
    "fragment reversed", "fragment fine", "talks with self", "literal recorder and interlocutor",
    "sender is recipient", "one participant", "kind says conversation", "role not participant",
    "literal role", "record set in itself", "citation from another note", "source does not cite",
]  # fmt: skip


@pytest.mark.parametrize("how", BREAKS)
def test_no_screen_clears_a_constraint_whose_query_has_rows(small, shapes, constraints, how):
    broken = _break(small, how)
    faulted = _faulted(broken, shapes, constraints)
    missed = [select for select, (rows, screened) in faulted.items() if rows and not screened]
    assert missed == []
    if how != "fragment fine":
        assert any(rows for rows, _ in faulted.values()) or not validate_graph(broken).conforms


@pytest.mark.parametrize("how", ["reversed span", "talks with self", "source does not cite", "record set in itself"])
def test_reports_are_the_same_with_and_without_screens(small, shapes, how):
    broken = _break(small, how)
    core, constraints = split_sparql_constraints(shapes)
    targets = Targets(broken, shapes)
    screened = run_sparql_constraints(broken, shapes, constraints, targets)
    unscreened = run_sparql_constraints(broken, shapes, constraints, targets, screens=False)
    assert sorted(map(repr, screened)) == sorted(map(repr, unscreened)) != []
