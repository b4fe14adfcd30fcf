"""The build's index keeps few objects per predicate in tuples (a set past SMALL), and the
named graphs are flat lists made sets on demand: both answer as the sets did."""

from __future__ import annotations

from rdflib import RDF, XSD, Literal, URIRef

from kg1956.named_graphs import NamedGraphs
from kg1956.triples import SMALL, TripleIndex

S, P, Q = URIRef("urn:s"), URIRef("urn:p"), URIRef("urn:q")
RDF_TYPE = RDF.type


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


def _as_dicts(index: TripleIndex) -> dict:
    return {
        s: {p: set(objects) for p, objects in predicates.items()} for s, predicates in index.subjects_index().items()
    }


def test_predicates_read_as_a_dict_and_share_their_shape():
    index = TripleIndex()
    a, b = URIRef("urn:a"), URIRef("urn:b")
    for s in (a, b):
        index.add((s, P, Literal(1)))
        index.add((s, Q, Literal(2)))
    index.add((a, P, Literal(3)))  # a second object: the same shape
    pa, pb = index.subjects_index()[a], index.subjects_index()[b]
    assert pa.shape is pb.shape and list(pa) == [P, Q] and len(pa) == 2
    assert dict(pa) == {P: (Literal(1), Literal(3)), Q: (Literal(2),)} and pa == dict(pa)
    assert pa[Q] == pa.get(Q) == (Literal(2),) and pa.get(S) is None and pa.get(S, ()) == ()
    assert P in pa and S not in pa and list(pa.items()) == list(dict(pa).items())
    assert list(pa.values()) == [pa[P], pa[Q]] and list(pa.keys()) == [P, Q]
    try:
        pa[S]
    except KeyError:
        pass
    else:
        raise AssertionError("a missing predicate is a KeyError")
    c = URIRef("urn:c")  # the same predicates in another order: another shape, its own order
    index.add((c, Q, Literal(2)))
    index.add((c, P, Literal(1)))
    assert list(index.subjects_index()[c]) == [Q, P] and index.subjects_index()[c].shape is not pa.shape


def test_predicates_answer_as_dicts_did_through_adds_and_discards():
    import random

    rng = random.Random(7)
    terms = [URIRef(f"urn:t{i}") for i in range(6)]
    index, reference = TripleIndex(), {}
    for _ in range(3000):
        s, p, o = rng.choice(terms[:3]), rng.choice(terms), Literal(rng.randrange(SMALL + 4))
        if rng.random() < 0.35:
            index.discard((s, p, o))
            objects = reference.get(s, {}).get(p, set())
            objects.discard(o)
            if not objects:
                reference.get(s, {}).pop(p, None)
                if s in reference and not reference[s]:
                    del reference[s]
        else:
            index.add((s, p, o))
            reference.setdefault(s, {}).setdefault(p, set()).add(o)
        assert len(index) == sum(len(objs) for preds in reference.values() for objs in preds.values())
    assert _as_dicts(index) == reference
    assert {t for t in index} == {(s, p, o) for s, ps in reference.items() for p, os in ps.items() for o in os}


def test_a_discarded_predicate_leaves_the_shape_and_the_others_keep_their_objects():
    index = TripleIndex([(S, P, Literal(1)), (S, Q, Literal(2)), (S, RDF_TYPE, S)])
    index.discard((S, Q, Literal(2)))
    predicates = index.subjects_index()[S]
    assert list(predicates) == [P, RDF_TYPE] and predicates[RDF_TYPE] == (S,) and predicates[P] == (Literal(1),)
    assert index.instances(S) == {S} and index.value(S, P) == Literal(1)
    index.add((S, Q, Literal(5)))
    assert list(index.subjects_index()[S]) == [P, RDF_TYPE, Q]


def test_merged_copies_a_shared_subject_before_changing_it():
    small = TripleIndex([(S, P, Literal(1)), (URIRef("urn:other"), P, Literal(1))])
    big = TripleIndex((S, Q, Literal(i)) for i in range(SMALL * 2))  # a set of objects
    for base in (small, big):
        before = _as_dicts(base)
        merged = base.merged([(S, P, Literal(9)), (S, Q, Literal(99))])
        assert _as_dicts(base) == before
        assert (S, P, Literal(9)) in merged and (S, Q, Literal(99)) in merged and len(merged) == len(base) + 2
        other = URIRef("urn:other")
        if other in base.subjects_index():  # a subject the merge did not touch is shared
            assert merged.subjects_index()[other] is base.subjects_index()[other]


def test_a_merged_index_reads_through_to_the_original_in_its_order():
    a, b, c = URIRef("urn:a"), URIRef("urn:b"), URIRef("urn:c")
    base = TripleIndex([(a, P, Literal(1)), (b, P, Literal(2)), (b, RDF_TYPE, S)])
    merged = base.merged([(c, P, Literal(3)), (b, Q, Literal(4)), (c, RDF_TYPE, S)])
    spo = merged.subjects_index()
    assert list(spo) == [a, b, c] and len(spo) == 3 and len(merged) == 6
    assert [s for s, _ in spo.items()] == [a, b, c] and len(list(spo.values())) == 3
    assert spo[a] is base.subjects_index()[a] and spo.get(b) is not base.subjects_index()[b]
    assert dict(spo[b]) == {P: (Literal(2),), RDF_TYPE: (S,), Q: (Literal(4),)} and Q not in base.subjects_index()[b]
    assert spo.get(URIRef("urn:none")) is None and spo.get(URIRef("urn:none"), 0) == 0 and c in spo and S not in spo
    assert set(merged) == set(base) | {(c, P, Literal(3)), (b, Q, Literal(4)), (c, RDF_TYPE, S)}
    assert merged.instances(S) == {b, c} and base.instances(S) == {b}
    assert (b, Q, Literal(4)) in merged and merged.value(c, P) == Literal(3)
    merged.discard((c, P, Literal(3)))  # the merged index takes a dict of its own to lose a subject's triple
    merged.discard((c, RDF_TYPE, S))
    assert list(merged.subjects_index()) == [a, b] and len(merged) == 4 and len(base) == 3
    twice = merged.merged([(a, Q, Literal(5))])
    assert len(twice) == 5 and (a, Q, Literal(5)) not in merged and (a, Q, Literal(5)) not in base
