"""The ontology declares every kg: term the graphs use, documents each one, and
docs/ontology.md is what the ontology makes of it now."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from kg1956.ontology_docs import DOCS_FILE, ONTOLOGY_FILE, REGENERATE, declared_terms, render_from_files
from kg1956.pipeline import build
from kg1956.vocab import KG

CORPORA = Path(__file__).parent / "corpora"
CONTEXT_FILE = Path(__file__).parents[1] / "ontology" / "context.jsonld"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def declared(ontology) -> set[URIRef]:
    return set(declared_terms(ontology))


def _kg_terms(graph: Graph) -> set[URIRef]:
    return {t for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(str(KG))}


def _undeclared_message(missing: set[URIRef], where: str) -> str:
    names = ", ".join(f"kg:{str(t)[len(str(KG)) :]}" for t in sorted(missing))
    return f"{where} uses kg: terms that ontology/kg1956.ttl does not declare: {names}"


def test_every_kg_term_of_the_seed_graph_is_declared(seed_graph, declared):
    missing = _kg_terms(seed_graph) - declared
    assert not missing, _undeclared_message(missing, "the seed graph")


def test_every_kg_term_of_the_development_corpora_is_declared(declared):
    graph = build(sorted(CORPORA.glob("*.txt"))).graph
    missing = _kg_terms(graph) - declared
    assert not missing, _undeclared_message(missing, "the graph of tests/corpora")


def test_every_declared_term_has_a_label_and_a_comment(ontology, declared):
    assert len(declared) > 50
    unlabelled = sorted(str(t) for t in declared if ontology.value(t, RDFS.label) is None)
    uncommented = sorted(str(t) for t in declared if ontology.value(t, RDFS.comment) is None)
    assert not unlabelled, f"no rdfs:label: {unlabelled}"
    assert not uncommented, f"no rdfs:comment: {uncommented}"


def test_the_jsonld_context_names_only_declared_kg_terms(declared):
    context = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    kg = context["kg"]
    iris = set()
    for value in context.values():
        iri = value if isinstance(value, str) else value["@id"]
        if iri.startswith("kg:"):
            iris.add(URIRef(kg + iri[3:]))
    assert iris, "the context maps no kg: term"
    assert not iris - declared, _undeclared_message(iris - declared, "ontology/context.jsonld")


def test_docs_ontology_md_is_up_to_date(seed_graph):
    rendered = render_from_files(seed_graph)
    current = DOCS_FILE.read_text(encoding="utf-8") if DOCS_FILE.exists() else ""
    assert current == rendered, f"docs/ontology.md is stale: run `{REGENERATE}` to regenerate it"


def test_docs_ontology_md_lists_every_declared_term(declared):
    text = DOCS_FILE.read_text(encoding="utf-8")
    for term in declared:
        assert f"`kg:{str(term)[len(str(KG)) :]}`" in text
