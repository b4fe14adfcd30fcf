"""A set of triples indexed by subject: what a build produces before anything is written.

rdflib's `Graph.add` costs ~15 µs a triple (three indexes, events, contexts); a build adds
hundreds of thousands. `TripleIndex` keeps one index, subject → predicate → objects,
which is what the Turtle writer groups by, what the SHACL checker walks and what the
graph builder asks ("has this node a title yet?"). It answers the few `Graph` questions
the build needs (`value`, `objects`, `subjects`, `in`); `to_graph()` gives a real rdflib
graph for everything else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

Triple = tuple


# A predicate's objects are a tuple up to this many (most subjects have one object per
# predicate: a set costs 216 bytes, a 1-tuple 48), a set beyond (adding stays O(1)).
SMALL = 8


class Predicates(Mapping):
    """A subject's predicates → objects, read-only to everyone but its `TripleIndex`: the
    objects in a tuple (`row`), the position of each predicate in a dict (`shape`) shared
    by every subject with the same predicates added in the same order (a build's graph
    has a few dozen shapes for hundreds of thousands of subjects). 48 bytes and a tuple of
    40 + 8 per predicate, against 224 (up to 5 predicates) or 352 (up to 10) for a dict of
    its own. Iterates in the order the predicates were added, as a dict would."""

    __slots__ = ("shape", "row")

    def __init__(self, shape: dict, row: tuple) -> None:
        self.shape = shape  # predicate → position in `row` (shared: never changed)
        self.row = row

    def get(self, p, default=None):  # noqa: ANN001, ANN201 - an rdflib term, what was given
        i = self.shape.get(p)
        return default if i is None else self.row[i]

    def __getitem__(self, p):  # noqa: ANN001, ANN204 - an rdflib term
        return self.row[self.shape[p]]

    def __contains__(self, p: object) -> bool:
        return p in self.shape

    def __iter__(self) -> Iterator:
        return iter(self.shape)

    def __len__(self) -> int:
        return len(self.row)

    def items(self) -> Iterator[tuple]:  # type: ignore[override]
        """(predicate, objects) pairs, in order (an iterator, not a view)."""
        return zip(self.shape, self.row, strict=True)

    def values(self) -> Iterator:  # type: ignore[override]
        return iter(self.row)

    def __repr__(self) -> str:
        return f"Predicates({dict(self.items())!r})"


_NO_PREDICATES: dict = {}  # the shape of a subject before its first triple


class _Layered(Mapping):
    """Subject → predicates: a base index's (not copied, and not to change while this is
    read) with a few subjects added or replaced on top, in the base's order, then the
    new subjects'. What `TripleIndex.merged` holds instead of a copy of the base's dict
    (~45 bytes a subject, 85 MB for a 100,000-note graph, for the description's few)."""

    __slots__ = ("base", "top")

    def __init__(self, base: dict) -> None:
        self.base = base
        self.top: dict = {}

    def get(self, s, default=None):  # noqa: ANN001, ANN201 - an rdflib term, what was given
        found = self.top.get(s)
        return self.base.get(s, default) if found is None else found

    def __getitem__(self, s):  # noqa: ANN001, ANN204 - an rdflib term
        found = self.top.get(s)
        return self.base[s] if found is None else found

    def __setitem__(self, s, predicates) -> None:  # noqa: ANN001 - an rdflib term, its Predicates
        self.top[s] = predicates

    def __contains__(self, s: object) -> bool:
        return s in self.top or s in self.base

    def __iter__(self) -> Iterator:
        yield from self.base
        yield from (s for s in self.top if s not in self.base)

    def __len__(self) -> int:
        return len(self.base) + sum(1 for s in self.top if s not in self.base)

    def items(self) -> Iterator[tuple]:  # type: ignore[override]
        top = self.top
        if not top:
            yield from self.base.items()
        else:
            for s, predicates in self.base.items():
                yield s, top.get(s, predicates)
        yield from ((s, predicates) for s, predicates in top.items() if s not in self.base)

    def values(self) -> Iterator:  # type: ignore[override]
        return (predicates for _, predicates in self.items())


class TripleIndex:
    """Triples of rdflib terms, deduplicated, indexed subject → predicate → objects (a
    tuple when few, a set when many: read them as a collection, never change them).

    With `intern=True` (the graph builder's index) equal terms are kept once: a builder
    makes a new term object for every triple it adds (a note's IRI, a class, an offset
    again and again), and an index that kept each triple's own objects held 2.2 objects
    per distinct term. Interned, every term is the first equal object added, and a
    predicate's single object is one shared 1-tuple per term, not one per subject (most
    objects are single: a class, a note's IRI, an offset). Only terms whose equality is
    exact are interned (equal means the same text, type, datatype): IRIs, blank nodes and
    literals without a language tag (tags compare without case). `stop_interning()` lets
    go of the table once no more triples are coming.

    Each subject's predicates are a `Predicates`, changed in place as triples come."""

    __slots__ = ("_spo", "_len", "_by_type", "_canon", "_ones", "_shapes", "_next", "_met")

    def __init__(self, triples: Iterable[Triple] = (), *, intern: bool = False) -> None:
        self._spo: dict = {}
        self._len = 0
        self._by_type: dict | None = None  # rdf:type object → subjects, built on demand
        self._canon: dict | None = None  # predicate or class → the index's own object
        self._ones: dict | None = {} if intern else None  # term → the 1-tuple of its kept object
        self._shapes: dict = {}  # tuple of predicates → its shape (see `Predicates`)
        # (id of a shape, predicate) → the shape with the predicate added; and id → shape,
        # each shape met kept alive so that its id stays its own
        self._next: dict = {}
        self._met: dict = {}
        for t in triples:
            self.add(t)

    def stop_interning(self) -> None:
        """Forget the table of interned terms (the index keeps working, without interning)."""
        self._ones = None

    def interned(self, term):  # noqa: ANN001, ANN201 - an rdflib term
        """The kept object equal to `term` (`term` itself if new, kept from now on; `term`
        when the index does not intern)."""
        if self._ones is None:
            return term
        return (self._ones.get(term) or self._one(term))[0]

    def _one(self, term) -> tuple:  # noqa: ANN001 - an rdflib term
        """The 1-tuple of the kept object equal to `term` (made and kept if new)."""
        if type(term) is Literal and term.language:
            return (term,)  # "a"@en == "a"@EN, written differently: not interned
        one = self._ones[term] = (term,)
        return one

    def _shape(self, predicates: tuple) -> dict:
        """The shape of subjects with `predicates`, in this order."""
        shape = self._shapes.get(predicates)
        if shape is None:
            shape = self._shapes[predicates] = {p: i for i, p in enumerate(predicates)}
        return shape

    def _then(self, shape: dict, p) -> dict:  # noqa: ANN001 - an rdflib term
        """The shape of `shape`'s predicates followed by `p` (`add_terms` asks `_next` first)."""
        after = self._next.get((id(shape), p))
        if after is None:
            self._met[id(shape)] = shape
            after = self._next[(id(shape), p)] = self._shape((*shape, p))
        return after

    def add(self, triple: Triple) -> None:
        self.add_terms(*triple)

    def add_terms(self, s, p, o) -> tuple:  # noqa: ANN001 - rdflib terms
        """Add (s, p, o); (s, o) as kept by the index (interned: perhaps equal objects
        added before), for a caller that keeps references to them too."""
        ones = self._ones
        if ones is None:
            one = None
        else:
            one = ones.get(s)
            s = (one or self._one(s))[0]
            one = ones.get(o) or self._one(o)
            o = one[0]
        predicates = self._spo.get(s)
        if predicates is None:
            shape = self._next.get((id(_NO_PREDICATES), p)) or self._then(_NO_PREDICATES, p)
            self._spo[s] = Predicates(shape, (one or (o,),))
        else:
            shape = predicates.shape
            i = shape.get(p)
            if i is None:
                predicates.shape = self._next.get((id(shape), p)) or self._then(shape, p)
                predicates.row = (*predicates.row, one or (o,))
            else:
                row = predicates.row
                objects = row[i]
                if o in objects:
                    return s, o
                if type(objects) is set:
                    objects.add(o)
                else:
                    objects = (*objects, o) if len(objects) < SMALL else {*objects, o}
                    predicates.row = (*row[:i], objects, *row[i + 1 :])
        self._len += 1
        self._canon = None
        if self._by_type is not None and p == RDF.type:
            self._by_type.setdefault(o, set()).add(s)
        return s, o

    def discard(self, triple: Triple) -> None:
        """Remove a triple if it is there."""
        s, p, o = triple
        objects = self._spo.get(s, {}).get(p)
        if objects is None or o not in objects:
            return
        if type(self._spo) is not dict:  # a merged index: its own dict before anything goes
            self._spo = dict(self._spo.items())
        predicates = self._spo[s]
        if type(objects) is set:
            objects.discard(o)
        else:
            objects = tuple(x for x in objects if x != o)
        self._len -= 1
        self._canon = None
        i = predicates.shape[p]
        if objects:
            predicates.row = (*predicates.row[:i], objects, *predicates.row[i + 1 :])
        elif len(predicates) == 1:
            del self._spo[s]
        else:
            predicates.shape = self._shape(tuple(q for q in predicates.shape if q != p))
            predicates.row = (*predicates.row[:i], *predicates.row[i + 1 :])
        if self._by_type is not None and p == RDF.type:
            self._by_type.get(o, set()).discard(s)

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[Triple]:
        for s, predicates in self._spo.items():
            for p, objects in predicates.items():
                for o in objects:
                    yield s, p, o

    def __contains__(self, triple: Triple) -> bool:
        """`(s, p, o) in index`, where `o` (or `p` and `o`) may be None for "any"."""
        s, p, o = triple
        predicates = self._spo.get(s)
        if not predicates:
            return False
        if p is None:
            return True
        objects = predicates.get(p)
        if not objects:
            return False
        return o is None or o in objects

    def subjects_index(self) -> Mapping:
        """The index itself: subject → `Predicates` (predicate → objects, a tuple or a set);
        do not modify."""
        return self._spo

    def objects(self, subject, predicate) -> Iterator:  # noqa: ANN001 - rdflib terms
        yield from self._spo.get(subject, {}).get(predicate, ())

    def value(self, subject, predicate):  # noqa: ANN001, ANN201 - rdflib terms
        """One object of (subject, predicate), the smallest if several; None if none."""
        objects = self._spo.get(subject, {}).get(predicate)
        return min(objects, key=lambda t: (type(t).__name__, str(t))) if objects else None

    def subjects(self, predicate, obj) -> Iterator:  # noqa: ANN001 - rdflib terms
        """Subjects with (predicate, obj); fast for rdf:type, a scan otherwise."""
        if predicate == RDF.type:
            yield from self.instances(obj)
            return
        for s, predicates in self._spo.items():
            if obj in predicates.get(predicate, ()):
                yield s

    def instances(self, cls: URIRef) -> set:
        """Every subject typed `cls` (exactly; no subclass reasoning)."""
        if self._by_type is None:
            by_type: dict = {}
            for s, predicates in self._spo.items():
                for o in predicates.get(RDF.type, ()):
                    by_type.setdefault(o, set()).add(s)
            self._by_type = by_type
        return self._by_type.get(cls, set())

    def predicates_and_classes(self) -> tuple[set, set]:
        """Every predicate in use, and every class used with rdf:type."""
        predicates: set = set()
        classes: set = set()
        for by_predicate in self._spo.values():
            predicates.update(by_predicate)
            classes.update(by_predicate.get(RDF.type, ()))
        return predicates, classes

    def canonical(self, term):  # noqa: ANN001, ANN201 - an rdflib term
        """The index's own object for a predicate or class equal to `term` (or `term`).

        A dict lookup with the very key object it holds skips rdflib's Python-level
        `__eq__`; checks that look up millions of times ask with these."""
        if self._canon is None:
            predicates, classes = self.predicates_and_classes()
            self._canon = {t: t for t in (*predicates, *classes)}
        return self._canon.get(term, term)

    def merged(self, other: Iterable[Triple]) -> TripleIndex:
        """A new index holding these triples and `other`'s; this one is left as it is.
        Subjects `other` does not touch are this index's own, read through (not copied):
        this index must not change while the merged one is in use."""
        out = TripleIndex()
        layered = out._spo = _Layered(self._spo)  # type: ignore[assignment]
        out._len = self._len
        for s, p, o in other:
            if s not in layered.top and s in self._spo:  # copy before changing a shared subject
                mine = self._spo[s]
                layered.top[s] = Predicates(mine.shape, tuple(set(x) if type(x) is set else x for x in mine.row))
            out.add((s, p, o))
        return out

    def to_graph(self, prefixes: Mapping[str, str] | None = None) -> Graph:
        """An rdflib Graph holding these triples, with `prefixes` bound."""
        graph = Graph(bind_namespaces="none") if prefixes is not None else Graph()
        for prefix, ns in (prefixes or {}).items():
            graph.bind(prefix, ns, override=True, replace=True)
        graph.addN((s, p, o, graph) for s, p, o in self)
        return graph
