"""Validation: the fast path (core shapes in pySHACL, SPARQL constraints as whole-graph
queries) reports exactly what a single whole-graph pySHACL run reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef, namespace

from kg1956.pipeline import build
from kg1956.validate import validate_graph

KG = "https://w3id.org/kg1956/ontology#"
NOTES = """# title: A small test
1 Memo of Conversation of I.F. Kurdiukov (head of the Far Eastern Department) with Yi Sang-cho, 9 August 1956. AVPRF, fond 0102, opis 12, delo 4, papka 68.

2 Letter by Yi Sang-cho to Kim Il Song, 3 September 1956.
"""


def _report(graph, **kw):
    return sorted((v.focus, v.path, v.message) for v in validate_graph(graph, **kw).violations)


def _small_graph(tmp_path):
    path = tmp_path / "small.txt"
    path.write_text(NOTES, encoding="utf-8")
    return build([path]).graph


def test_fast_and_whole_graph_validation_agree_on_a_conforming_graph(tmp_path):
    graph = _small_graph(tmp_path)
    assert _report(graph) == _report(graph, engine="pyshacl") == []


def test_fast_and_whole_graph_validation_agree_on_a_broken_graph(tmp_path):
    graph = _small_graph(tmp_path)
    conv = next(graph.subjects(namespace.RDF.type, URIRef(KG + "Conversation")))
    yi = next(s for s in graph.subjects(namespace.RDF.type, URIRef(KG + "Person")) if "yi-sang-cho" in str(s))
    graph.add((conv, URIRef(KG + "recorder"), yi))  # talks with himself
    graph.add((conv, URIRef(KG + "date"), Literal("9 August 1956")))  # not an xsd date
    graph.remove((conv, URIRef(KG + "kind"), None))
    selector = next(graph.subjects(namespace.RDF.type, URIRef("http://www.w3.org/ns/oa#TextPositionSelector")))
    graph.set((selector, URIRef("http://www.w3.org/ns/oa#end"), Literal(0, datatype=namespace.XSD.nonNegativeInteger)))
    fast = _report(graph)
    slow = _report(graph, engine="pyshacl")
    assert fast == slow
    messages = " ".join(m for _, _, m in fast)
    assert "nobody converses with themselves" in messages
    assert "not less than oa:end" in messages
    assert "kg:kind" in messages
    assert len(fast) >= 4


def test_fast_and_whole_graph_validation_agree_on_the_seed_graph(seed_graph):
    assert _report(seed_graph) == _report(seed_graph, engine="pyshacl") == []


def _first(graph, cls):
    return sorted(graph.subjects(namespace.RDF.type, URIRef(cls)))[0]


def test_every_engine_reports_the_same_on_a_graph_broken_in_every_way_the_shapes_check(tmp_path):
    """One fault per constraint component the shapes use (class, datatype, nodeKind,
    minCount, maxCount, minLength, minInclusive, in, disjoint, or; inverse and alternative
    paths): the native checker, pySHACL for the core, and one whole pySHACL run agree."""
    g = _small_graph(tmp_path)
    oa, skos, rico = "http://www.w3.org/ns/oa#", namespace.SKOS, "https://www.ica.org/standards/RiC/ontology#"
    conv = _first(g, KG + "Conversation")
    yi = next(s for s in g.subjects(namespace.RDF.type, URIRef(KG + "Person")) if "yi-sang-cho" in str(s))
    note = _first(g, KG + "Note")
    record = _first(g, KG + "Record")
    g.add((conv, URIRef(KG + "date"), Literal("1956-08-10", datatype=namespace.XSD.date)))  # maxCount
    g.add((conv, URIRef(KG + "participant"), note))  # sh:or of sh:class
    g.add((conv, URIRef(KG + "recorder"), Literal("somebody")))  # a literal where a node belongs
    g.set((conv, URIRef(KG + "kind"), Literal("chat")))  # sh:in
    g.add((yi, skos.altLabel, g.value(yi, skos.prefLabel)))  # sh:disjoint
    g.set((yi, URIRef(KG + "nameUncertain"), Literal("no")))  # sh:datatype xsd:boolean
    g.set((note, URIRef(KG + "noteNumber"), Literal(0)))  # sh:minInclusive
    g.add((_first(g, KG + "Mention"), URIRef(oa + "hasBody"), Literal("a string")))  # sh:nodeKind
    for mention in list(g.subjects(URIRef(oa + "hasBody"), conv)):  # inverse path, minCount
        g.remove((mention, URIRef(oa + "hasBody"), conv))
    g.add((record, URIRef(rico + "hasOrHadInstantiation"), yi))  # alternative path
    g.remove((conv, namespace.RDF.type, URIRef(KG + "Communication")))  # sh:class on a node shape
    org = _first(g, KG + "Organization") if (None, namespace.RDF.type, URIRef(KG + "Organization")) in g else None
    if org is not None:
        g.set((org, skos.prefLabel, Literal("")))  # sh:minLength
    native, core, whole = (_report(g, engine=e) for e in ("native", "pyshacl-core", "pyshacl"))
    assert native == core == whole
    assert any("must also be typed kg:Communication" in message for _, _, message in native)
    paths = {path for _, path, _ in native}
    assert {"kg:date", "kg:participant", "kg:recorder", "kg:kind", "skos:altLabel", "kg:nameUncertain"} <= paths
    assert {"kg:noteNumber", "oa:hasBody", "^oa:hasBody", "(rico:hasInstantiation|rico:hasOrHadInstantiation)"} <= paths


def test_shapes_beyond_the_native_checker_fall_back_to_pyshacl(tmp_path):
    from kg1956.validate import load_shapes

    g = _small_graph(tmp_path)
    shapes = load_shapes()
    extra = URIRef("https://example.org/shapes#NoteHasSource")
    prop = URIRef("https://example.org/shapes#prop")
    sh = namespace.SH
    shapes.add((extra, namespace.RDF.type, sh.NodeShape))
    shapes.add((extra, sh.targetClass, URIRef(KG + "Note")))
    shapes.add((extra, sh.property, prop))
    shapes.add((prop, sh.path, URIRef("http://purl.org/dc/terms/isPartOf")))
    shapes.add((prop, sh.hasValue, URIRef("https://example.org/nowhere")))  # not in the native checker
    shapes.add((prop, sh.message, Literal("every note is part of nowhere")))
    native = validate_graph(g, shapes)
    assert not native.conforms
    assert _report(g, shapes=shapes) == _report(g, shapes=shapes, engine="pyshacl")


TESTS = Path(__file__).parent
NOTE_SETS = sorted(p for p in TESTS.iterdir() if p.is_dir() and any(p.glob("*.gold.json")))


@pytest.mark.parametrize("folder", NOTE_SETS, ids=lambda p: p.name)
def test_every_set_of_notes_builds_a_graph_that_conforms(folder):
    """The shapes hold on notes other than the seed: each development and evaluation set
    (several files in one build, as a historian's corpus comes)."""
    report = validate_graph(build(sorted(folder.glob("*.txt"))).triples)
    assert report.conforms, report.violations[:3]


def test_a_recorder_in_one_note_and_interlocutor_in_another_stays_the_recorder(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(
        "1 From the diary of P.F. Yudin. Record of conversation with Mao Zedong, 22 July 1958. "
        "AVPRF, f. 0100, op. 51, d. 6, l. 3.\n\n"
        "2 Conversation between Mao Zedong and P.F. Yudin, 22 July 1958. APRF, f. 3, op. 65, d. 366, l. 12.\n",
        encoding="utf-8",
    )
    result = build([path])
    rows = result.graph.query(
        """PREFIX kg: <https://w3id.org/kg1956/ontology#>
           PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
           SELECT ?function ?name WHERE {
             ?c a kg:Communication ; ?f ?p . ?p skos:prefLabel ?name .
             VALUES (?f ?function) { (kg:recorder "recorder") (kg:interlocutor "interlocutor") } }
           ORDER BY ?function ?name"""
    )
    assert [(str(f), str(n)) for f, n in rows] == [("interlocutor", "Mao Zedong"), ("recorder", "P.F. Yudin")]
    assert validate_graph(result.triples).conforms


def test_nothing_between_two_clauses_read_is_no_empty_fragment(tmp_path):
    """A quoted Russian head read whole left a zero-length 'unparsed fragment' behind it,
    which the shapes (rightly) refuse."""
    path = tmp_path / "notes.txt"
    path.write_text(
        "1. «Запись беседы с товарищем Нам Иром», 3 июня 1957 г. (from the diary of A.M. Puzanov), "
        "AVPRF f. 0102, op. 13, d. 5, l. 40.\n",
        encoding="utf-8",
    )
    result = build([path])
    assert all(f.text.strip() and f.span.end > f.span.start for _, f in result.fragments)
    assert validate_graph(result.triples).conforms
