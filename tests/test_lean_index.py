"""The build's index keeps few objects per predicate in tuples (a set past SMALL), and the
named graphs are flat lists made sets on demand: both answer as the sets did."""

from __future__ import annotations

from rdflib import Literal, URIRef

from kg1956.named_graphs import NamedGraphs
from kg1956.triples import SMALL, TripleIndex

S, P, Q = URIRef("urn:s"), URIRef("urn:p"), URIRef("urn:q")


def test_objects_grow_from_a_tuple_to_a_set_and_stay_deduplicated():
    index = TripleIndex()
    for i in range(SMALL + 3):
        index.add((S, P, Literal(i)))
        index.add((S, P, Literal(i)))  # an equal literal, another object
    objects = index.subjects_index()[S][P]
    assert isinstance(objects, set)
    assert len(index) == SMALL + 3 == len(objects)
    assert (S, P, Literal(0)) in index


def test_discard_from_a_tuple_and_from_a_set():
    index = TripleIndex([(S, P, Literal(1)), (S, P, Literal(2)), (S, Q, Literal(3))])
    index.discard((S, P, Literal(1)))
    assert set(index) == {(S, P, Literal(2)), (S, Q, Literal(3))}
    index.discard((S, P, Literal(2)))
    index.discard((S, Q, Literal(3)))
    assert len(index) == 0 and not index.subjects_index()
    big = TripleIndex((S, P, Literal(i)) for i in range(SMALL * 2))
    big.discard((S, P, Literal(0)))
    assert len(big) == SMALL * 2 - 1 and (S, P, Literal(0)) not in big


def test_merged_leaves_the_original_as_it_was():
    big = TripleIndex((S, P, Literal(i)) for i in range(SMALL * 2))
    merged = big.merged([(S, P, Literal("new")), (S, Q, Literal("x"))])
    assert len(big) == SMALL * 2 and (S, P, Literal("new")) not in big
    assert len(merged) == SMALL * 2 + 2


def test_named_graphs_deduplicate_and_drop_what_left_the_index():
    index = TripleIndex()
    graphs = NamedGraphs(index)
    g1, g2 = URIRef("urn:g1"), URIRef("urn:g2")
    for g, triples in ((g1, [(S, P, Literal(1)), (S, P, Literal(1)), (S, Q, S)]), (g2, [(S, Q, S)])):
        flat = graphs.open(g)
        for t in triples:
            index.add(t)
            flat += t
    graphs.open(URIRef("urn:empty"))
    assert graphs[g1] == {(S, P, Literal(1)), (S, Q, S)}
    index.discard((S, Q, S))
    assert graphs[g1] == {(S, P, Literal(1))} and graphs[g2] == set()
    assert set(graphs) == {g1, g2, URIRef("urn:empty")} and g2 in graphs and len(graphs) == 3
