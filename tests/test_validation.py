"""Validation: the fast path (core shapes in pySHACL, SPARQL constraints as whole-graph
queries) reports exactly what a single whole-graph pySHACL run reports."""

from __future__ import annotations

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
    assert _report(graph) == _report(graph, whole_graph_sparql=False) == []


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
    slow = _report(graph, whole_graph_sparql=False)
    assert fast == slow
    messages = " ".join(m for _, _, m in fast)
    assert "nobody converses with themselves" in messages
    assert "not less than oa:end" in messages
    assert "kg:kind" in messages
    assert len(fast) >= 4


def test_fast_and_whole_graph_validation_agree_on_the_seed_graph(seed_graph):
    assert _report(seed_graph) == _report(seed_graph, whole_graph_sparql=False) == []
