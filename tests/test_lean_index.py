"""The build's index keeps few objects per predicate in tuples (a set past SMALL), and the
named graphs are flat lists made sets on demand: both answer as the sets did."""

from __future__ import annotations

from rdflib import XSD, Literal, URIRef

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


def test_an_interning_index_keeps_one_object_per_term():
    index = TripleIndex(intern=True)
    first = URIRef("urn:o")
    index.add((S, P, first))
    s, o = index.add_terms(URIRef("urn:q1"), P, URIRef("urn:o"))  # equal objects, new ones
    assert o is first and s == URIRef("urn:q1")
    assert index.subjects_index()[s][P] is index.subjects_index()[S][P]  # one shared 1-tuple
    kept = index.add_terms(URIRef("urn:s"), Q, Literal("x"))
    assert kept[0] is next(k for k in index.subjects_index() if k == S)
    assert index.interned(Literal("x")) is kept[1] and index.interned(URIRef("urn:new")) == URIRef("urn:new")
    # a language tag compares without case but is written as given: such literals stay apart
    en, upper = Literal("a", lang="en"), Literal("a", lang="EN")
    assert index.add_terms(S, Q, en)[1] is en and index.interned(upper) is upper
    # an equal typed literal is the same text ("01" is normalised to "1")
    assert str(index.add_terms(S, Q, Literal("01", datatype=XSD.integer))[1]) == "1"
    index.stop_interning()
    late = URIRef("urn:o")
    assert index.add_terms(URIRef("urn:q2"), P, late)[1] is late
    assert (URIRef("urn:q1"), P, first) in index and len(index) == 6


def test_subjects_are_sorted_a_batch_at_a_time_in_the_order_of_their_text(monkeypatch):
    from kg1956 import export_rdf

    monkeypatch.setattr(export_rdf, "SORT_BATCH", 20)
    heads = ["", "https://w3id.org/kg1956/source/c/note/", "x" * 70]
    subjects = [URIRef(h + t) for h in heads for t in ("", "1", "10", "2", "2/a", "9" * 60, "a-b", "a/b")]
    subjects += [URIRef(heads[1] + f"{i}/span/{j}") for i in range(30) for j in range(3)]
    got = list(export_rdf._sorted_subjects(dict.fromkeys(reversed(subjects))))
    assert got == sorted(subjects, key=str) and len(got) == len(set(subjects))
