"""What each note (and each source) asserts: the named graphs of the TriG export, kept
lean while the graph is built.

A set of triple tuples per graph cost ~95 bytes a triple on top of the build's index
(every triple is asserted by at least one graph). Here each graph is one flat list,
three references a triple (~25 bytes), duplicates and all; a graph is made a set when it
is asked for, keeping only the triples still in the build's index, so a triple the
builder dropped afterwards (`GraphBuilder.settle_functions`) leaves every graph at once."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from kg1956.triples import TripleIndex

Triple = tuple


class NamedGraphs(Mapping):
    """Graph name → the set of triples asserted under it (made on each lookup)."""

    def __init__(self, index: TripleIndex) -> None:
        self._index = index
        self._flat: dict = {}

    def open(self, name) -> list:  # noqa: ANN001 - an rdflib term
        """The flat list (s, p, o, s, p, o …) the graph `name` is written into."""
        flat = self._flat.get(name)
        if flat is None:
            flat = self._flat[name] = []
        return flat

    def __getitem__(self, name) -> set[Triple]:  # noqa: ANN001 - an rdflib term
        flat = self._flat[name]
        spo = self._index.subjects_index()
        out = set()
        for triple in zip(flat[0::3], flat[1::3], flat[2::3], strict=True):
            s, p, o = triple
            if o in spo.get(s, {}).get(p, ()):
                out.add(triple)
        return out

    def by_subject(self, name) -> dict:  # noqa: ANN001 - an rdflib term
        """The graph `name` as the TriG writer reads it: subject → predicate → its objects
        (the keys of a dict, in the order first asserted), the same triples `self[name]`
        holds, grouped without making a set of triple tuples first."""
        flat = self._flat[name]
        spo = self._index.subjects_index()
        out: dict = {}
        for s, p, o in zip(flat[0::3], flat[1::3], flat[2::3], strict=True):
            if o not in spo.get(s, {}).get(p, ()):
                continue
            by_predicate = out.get(s)
            if by_predicate is None:
                out[s] = {p: {o: None}}
            else:
                objects = by_predicate.get(p)
                if objects is None:
                    by_predicate[p] = {o: None}
                else:
                    objects[o] = None
        return out

    def __contains__(self, name: object) -> bool:
        return name in self._flat

    def __iter__(self) -> Iterator:
        return iter(self._flat)

    def __len__(self) -> int:
        return len(self._flat)
