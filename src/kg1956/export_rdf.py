"""RDF serialisations of the export: Turtle, N-Triples and TriG, byte-for-byte stable.

Stable means: the same triples give the same bytes whatever order they were added in
and whatever PYTHONHASHSEED is. Turtle comes from our own writer (rdflib's spent minutes
computing qnames on a big graph), which sorts subjects, predicates and objects; TriG is
written graph by graph, in order of graph name, each graph body by the same writer;
rdflib's N-Triples writer follows the store's order, so its lines are sorted here.
Prefixes are fixed (no rdflib defaults such as `schema1:`), and a namespace nobody bound
gets a prefix derived from the sorted list of such namespaces.
"""

from __future__ import annotations

import io
import re
import shutil
import tempfile
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCAT, RDF, VOID

from kg1956.errors import GraphDataError
from kg1956.triples import Predicates, TripleIndex
from kg1956.vocab import PREFIXES

Triple = tuple
NamedGraphs = Mapping[URIRef, Iterable[Triple]]

EXPORT_PREFIXES = {**{k: str(v) for k, v in PREFIXES.items()}, "void": str(VOID), "dcat": str(DCAT)}
_INDENT = "    "


def export_prefixes(triples: Iterable[Triple]) -> dict[str, str]:
    """The fixed prefixes, plus `ns1`, `ns2` … for predicate or class namespaces they miss."""
    known = tuple(EXPORT_PREFIXES.values())
    extra = set()
    if isinstance(triples, TripleIndex):  # what matters is which predicates and classes are used
        predicates, classes = triples.predicates_and_classes()
        triples = [(None, p, None) for p in predicates] + [(None, RDF.type, c) for c in classes]
    for _, p, o in triples:
        for iri in (p, o) if p == RDF.type else (p,):
            if isinstance(iri, URIRef) and not str(iri).startswith(known):
                cut = max(str(iri).rfind("#"), str(iri).rfind("/"))
                extra.add(str(iri)[: cut + 1])
    return {**EXPORT_PREFIXES, **{f"ns{i}": ns for i, ns in enumerate(sorted(extra), start=1)}}


def make_graph(triples: Iterable[Triple], prefixes: Mapping[str, str], identifier: URIRef | None = None) -> Graph:
    """A fresh graph holding `triples` with exactly `prefixes` bound."""
    graph = Graph(identifier=identifier, bind_namespaces="none")
    for prefix, ns in prefixes.items():
        graph.bind(prefix, ns, override=True, replace=True)
    for t in triples:
        graph.add(t)
    return graph


# A conservative Turtle PN_LOCAL: ASCII letters, digits, '_' and '-', with '.' inside but
# not at the end; must not start with '-' or '.'. Anything else is written as a full IRI.
_PN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?\Z")
# Strings are written on one line, escaped as N-Triples does: not Literal.n3()'s """long
# strings""", which serd misreads when a newline is followed by a closing '"'.
_STRING_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r"}
# Characters IRIREF forbids (N-Triples / Turtle): written as \uXXXX escapes.
_IRI_ESCAPES = {c: f"\\u{c:04X}" for c in [*range(0x21), *map(ord, '<>"{}|^`\\')]}


def _last_separator(iri: str) -> int:
    """Where the last '/' or '#' of `iri` is (-1: none)."""
    return max(iri.rfind("/"), iri.rfind("#"))


# IRIs whose Turtle `_TurtleTerms` keeps at most: all of them took ~130 bytes an IRI, 250 MB
# for the 2 million IRIs of a 100,000-note graph.
KNOWN_MAX = 50_000


class _TurtleTerms:
    """Writes terms as Turtle, prefixing IRIs with the graph's bound namespaces.

    One dict lookup per IRI seen before, so writing a graph is linear in its triples.
    Records which prefixes were used, so only those are declared."""

    def __init__(self, namespaces: Iterable[tuple[str, URIRef]]) -> None:
        # longest namespace first: the most specific prefix wins
        self.namespaces = sorted(((str(ns), prefix) for prefix, ns in namespaces), key=lambda x: -len(x[0]))
        # A local name holds no '/' or '#', so only a namespace reaching past an IRI's last
        # '/' or '#' can prefix it, and such a namespace ends its own text up to its last
        # '/' or '#' where the IRI does: namespaces by that head, longest first.
        self._by_head: dict[str, list[tuple[str, str]]] = {}
        for ns, prefix in self.namespaces:
            self._by_head.setdefault(ns[: _last_separator(ns) + 1], []).append((ns, prefix))
        self.used: dict[str, str] = {}  # prefix → namespace, for the prefixes written
        self._iris: dict[str, str] = {}
        # the Turtle of the URIRefs written lately, keyed by the URIRef itself: its hash is
        # str's (cached in the object) and the graph's terms are the very keys, so a lookup
        # compares no text and makes no copy. Literals are not kept: equal literals may
        # differ in text ("01" and "1" as xsd:integer), and there are many, each seen twice.
        # Emptied when it holds KNOWN_MAX: most IRIs are written twice at most (a node as
        # subject and as the object pointing to it), close together in the sorted document,
        # and those written often (a note, a class) are soon known again.
        self.known: dict[URIRef, str] = {}

    def iri(self, iri: str) -> str:
        text = self._iris.get(iri)
        if text is None:
            text = self._iris[iri] = self._prefixed(iri)
        return text

    def _prefixed(self, iri: str) -> str:
        for ns, prefix in self._by_head.get(iri[: _last_separator(iri) + 1], ()):
            if iri.startswith(ns) and _PN_LOCAL.match(iri, len(ns)):
                self.used[prefix] = ns
                return f"{prefix}:{iri[len(ns) :]}"
        return "<" + iri.translate(_IRI_ESCAPES) + ">"

    def term(self, term) -> str:  # noqa: ANN001 - an rdflib term
        if type(term) is URIRef:  # the common case: kept here only, not also by its text
            known = self.known
            text = known.get(term)
            if text is None:
                if len(known) >= KNOWN_MAX:
                    known.clear()
                text = known[term] = self._prefixed(str(term))
            return text
        if isinstance(term, URIRef):
            return self.iri(str(term))
        if isinstance(term, Literal):
            text = _quoted(term)
            if term.language:
                return f"{text}@{term.language}"
            return text if term.datatype is None else f"{text}^^{self.iri(str(term.datatype))}"
        if isinstance(term, BNode):
            return "_:" + str(term)
        raise GraphDataError(f"cannot write {term!r} as Turtle")


def _nt_key(term) -> str:  # noqa: ANN001 - an rdflib term
    """The N-Triples form of a term, the key subjects and objects are sorted by."""
    if isinstance(term, URIRef):
        return _nt_iri(term)
    if isinstance(term, BNode):
        return "_:" + str(term)
    return term.n3()  # a literal: sorted by its N-Triples-like form, full datatype IRI


def _subject_key(term) -> tuple[bool, str]:  # noqa: ANN001 - an rdflib term
    """IRIs in code-point order, then blank nodes: plain str comparisons, no rdflib `__lt__`."""
    return isinstance(term, BNode), str(term)


# Subjects are sorted about this many at once at most: sorting by text makes a copy of
# every key (a URIRef's str() is a new str), 150–200 bytes a subject, 400 MB for the 1.9
# million subjects of a 100,000-note graph.
SORT_BATCH = 50_000


def _sorted_subjects(subjects: Iterable) -> Iterator:
    """`subjects` in `_subject_key` order, sorted a part at a time: the texts of a regular
    sample of the subjects, sorted, give the bounds of parts of about SORT_BATCH / 2
    subjects (a part holds the texts from one bound up to the next), each subject is put
    in its part (its text copied one at a time), and each part is sorted alone, in order."""
    subjects = list(subjects)
    if len(subjects) <= SORT_BATCH or any(isinstance(s, BNode) for s in subjects):
        yield from sorted(subjects, key=_subject_key)
        return
    parts = 2 * -(-len(subjects) // SORT_BATCH)
    sample = sorted({str(s) for s in subjects[:: max(1, len(subjects) // (parts * 16))]})
    bounds = sample[16::16]
    by_part: list[list | None] = [[] for _ in range(len(bounds) + 1)]
    for s in subjects:
        by_part[bisect_right(bounds, str(s))].append(s)  # type: ignore[union-attr]
    del subjects
    for i, part in enumerate(by_part):
        by_part[i] = None  # each part let go once written
        part.sort(key=str)  # type: ignore[union-attr]
        yield from part  # type: ignore[misc]


def _predicates(subjects: Mapping) -> set:
    found: set = set()
    for by_predicate in subjects.values():
        found.update(by_predicate)
    return found


def _subject_blocks(subjects: Mapping, terms: _TurtleTerms, indent: str = "") -> Iterator[str]:
    """One Turtle block per subject, in N-Triples order: `rdf:type` first (as `a`), then
    the other predicates and each predicate's objects in N-Triples order, grouped with `;`
    and `,`; every line starts with `indent`."""
    type_iri = str(RDF.type)
    # predicates are few: their sort keys and Turtle once each ("a" for rdf:type, first)
    verbs = {
        p: (("0", "a") if str(p) == type_iri else ("1" + _nt_key(p), terms.term(p))) for p in _predicates(subjects)
    }
    term, known = terms.term, terms.known
    separator = f" ;\n{indent}{_INDENT}"
    orders: dict = {}  # id of a compacted subject's shape → (predicate, position), in writing order
    for s in _sorted_subjects(subjects):
        predicates = subjects[s]
        lines = []
        if type(predicates) is Predicates:
            shape = predicates.shape
            order = orders.get(id(shape))
            if order is None:  # (shapes live as long as the index: their ids are theirs)
                order = orders[id(shape)] = sorted(shape.items(), key=lambda pi: verbs[pi[0]])
            row = predicates.row
            pairs = [(p, row[i]) for p, i in order]
        elif len(predicates) > 1:
            pairs = [(p, predicates[p]) for p in sorted(predicates, key=verbs.__getitem__)]
        else:
            pairs = list(predicates.items())
        for p, objects in pairs:
            if len(objects) > 1:
                text = ", ".join([term(o) for o in sorted(objects, key=_nt_key)])
            else:
                for o in objects:
                    text = (known.get(o) if type(o) is URIRef else None) or term(o)
            lines.append(verbs[p][1] + " " + text)
        yield indent + term(s) + " " + separator.join(lines) + " .\n"


def turtle_terms(prefixes: Mapping[str, str] | None) -> _TurtleTerms:
    """The term writer of the Turtle and TriG exports, with `prefixes` to choose from."""
    return _TurtleTerms(((k, URIRef(v)) for k, v in (prefixes or {}).items()))


def prefix_header(prefixes: Mapping[str, str]) -> str:
    """`@prefix` lines for every one of `prefixes`: what a piece of a document written
    with `turtle_terms(prefixes)` needs to be parsed alone."""
    return "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in sorted(prefixes.items()))


def turtle_parts(data: TripleIndex, terms: _TurtleTerms) -> Iterator[str]:
    """The body of the Turtle export, one subject block at a time (blocks are separated
    by a blank line in the document; see `document_bytes`)."""
    return _subject_blocks(data.subjects_index(), terms)


def document_bytes(parts: Iterable[str], terms: _TurtleTerms) -> bytes:
    """The document of `parts`, in memory: the prefixes `terms` used, a blank line, the
    parts separated by blank lines (what `write_document` writes)."""
    out = io.BytesIO()
    write_document(out, parts, terms)
    return out.getvalue()


def write_document(out: BinaryIO, parts: Iterable[str], terms: _TurtleTerms) -> None:
    """`document_bytes(parts, terms)` written to `out` without holding the document: the
    head (the prefixes used) is known only after the body, so the body goes to a scratch
    file first and is copied after the head."""
    with tempfile.TemporaryFile() as body:
        empty = True
        for part in parts:
            if not empty:
                body.write(b"\n")
            body.write(part.encode("utf-8"))
            empty = False
        head = prefix_header(terms.used).encode("utf-8")
        out.write(head)
        if head and not empty:
            out.write(b"\n")
        body.seek(0)
        shutil.copyfileobj(body, out, 1 << 20)


def turtle_bytes(data: Graph | TripleIndex, prefixes: Mapping[str, str] | None = None) -> bytes:
    """Turtle, byte-for-byte stable: the prefixes used (sorted by prefix), then one block
    per subject in N-Triples order, `rdf:type` first (as `a`), then the other predicates
    and each predicate's objects in N-Triples order, grouped with `;` and `,`.

    `data` is an rdflib Graph (its bound prefixes are used) or a `TripleIndex` with the
    `prefixes` to use. Our own writer: rdflib's Turtle serializer spends minutes computing
    qnames on a big graph; this one is linear in the triples (after the sort)."""
    if isinstance(data, Graph):
        terms = _TurtleTerms(data.namespaces())
        data = TripleIndex(data)
    else:
        terms = turtle_terms(prefixes)
    return document_bytes(turtle_parts(data, terms), terms)


_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_UNSAFE = re.compile(r'[\\"\n\r]')


def _quoted(literal: Literal) -> str:
    text = str(literal)
    return '"' + (text.translate(_STRING_ESCAPES) if _STRING_UNSAFE.search(text) else text) + '"'


def _nt_iri(iri: str) -> str:
    # an f-string, not "<" + iri: URIRef.__radd__ would make (and warn about) a new URIRef
    return f"<{iri.translate(_IRI_ESCAPES) if _IRI_UNSAFE.search(iri) else iri}>"


def nt_term(term) -> str:  # noqa: ANN001 - an rdflib term
    """A term in N-Triples syntax (strings on one line, escaped)."""
    if isinstance(term, URIRef):
        return _nt_iri(term)
    if isinstance(term, Literal):
        text = _quoted(term)
        if term.language:
            return f"{text}@{term.language}"
        return text if term.datatype is None else text + "^^" + _nt_iri(term.datatype)
    if isinstance(term, BNode):
        return "_:" + str(term)
    raise GraphDataError(f"cannot write {term!r} as N-Triples")


class _NtTerms:
    """`nt_term` remembering the IRIs it wrote (they repeat; literals mostly do not)."""

    def __init__(self) -> None:
        self._iris: dict = {}

    def __call__(self, term) -> str:  # noqa: ANN001 - an rdflib term
        text = self._iris.get(term)
        if text is None:
            text = nt_term(term)
            if not isinstance(term, Literal):
                self._iris[term] = text
        return text


def ntriples_text(triples: Iterable[Triple]) -> str:
    """The triples as N-Triples, in the order given (for loading into a store, not publishing)."""
    term = _NtTerms()
    return "".join(f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in triples)


def ntriples_bytes(graph: Graph) -> bytes:
    """N-Triples (UTF-8, one triple a line), lines sorted."""
    # split on "\n" only: str.splitlines() also splits inside literals holding U+000B,
    # U+0085, U+2028 and the like, which N-Triples writes unescaped
    lines = graph.serialize(format="nt11", encoding="utf-8").decode("utf-8").split("\n")
    return "".join(line + "\n" for line in sorted(set(lines)) if line.strip()).encode("utf-8")


def _by_subject(triples: Iterable[Triple]) -> dict:
    """subject → predicate → objects (a list) of distinct `triples`: what `_subject_blocks`
    reads, without a `TripleIndex`'s upkeep (a graph of the TriG is written once)."""
    out: dict = {}
    for s, p, o in triples if isinstance(triples, (set, frozenset)) else set(triples):
        by_predicate = out.get(s)
        if by_predicate is None:
            out[s] = {p: [o]}
        else:
            objects = by_predicate.get(p)
            if objects is None:
                by_predicate[p] = [o]
            else:
                objects.append(o)
    return out


def by_subject(graphs: NamedGraphs, name: URIRef) -> Mapping:
    """The graph `name` of `graphs`, subject → predicate → objects, grouped by `graphs`
    itself if it can (`kg1956.named_graphs.NamedGraphs.by_subject`)."""
    grouped = getattr(graphs, "by_subject", None)
    if grouped is not None:
        return grouped(name)
    triples = graphs[name]
    return triples.subjects_index() if isinstance(triples, TripleIndex) else _by_subject(triples)


def trig_parts(graphs: NamedGraphs, terms: _TurtleTerms) -> Iterator[str]:
    """The body of the TriG export, one named graph block at a time, in order of graph
    name (graph names as full IRIs), each holding its subjects as the Turtle writer writes
    them, indented; triples under `DATASET_DEFAULT_GRAPH_ID` (rdflib's name for the
    default graph) come first, in a block without a name. `graphs` may group a graph by
    subject itself (a `by_subject(name)` method), sparing a set of triples per graph."""
    for name in sorted(graphs, key=lambda n: (n != DATASET_DEFAULT_GRAPH_ID, str(n))):
        subjects = by_subject(graphs, name)
        if not subjects:
            continue
        body = "\n".join(_subject_blocks(subjects, terms, _INDENT))
        label = "" if name == DATASET_DEFAULT_GRAPH_ID else _nt_iri(str(name)) + " "
        yield label + "{\n" + body + "}\n"


def trig_bytes(graphs: NamedGraphs, prefixes: Mapping[str, str] | None = None) -> bytes:
    """TriG, byte-for-byte stable: the prefixes used, then the blocks of `trig_parts`."""
    terms = turtle_terms(prefixes)
    return document_bytes(trig_parts(graphs, terms), terms)


def load_named_graphs(path: Path) -> dict[URIRef, set[Triple]]:
    """The named graphs of a TriG (or N-Quads) file, by graph name; triples outside any
    named graph come under `DATASET_DEFAULT_GRAPH_ID`.

    Raises:
        GraphDataError: the file is missing or is not valid TriG.
    """
    if not path.exists():
        raise GraphDataError(f"{path}: no TriG file; run `kg1956 build` first or pass --data")
    dataset = Dataset()
    try:
        dataset.parse(path, format="nquads" if path.suffix == ".nq" else "trig")
    except (SyntaxError, ValueError) as exc:  # rdflib's BadSyntax is a SyntaxError
        raise GraphDataError(f"{path}: cannot parse TriG ({str(exc).splitlines()[0]})") from None
    graphs: dict[URIRef, set[Triple]] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = g.identifier if isinstance(g, Graph) else g
        graphs.setdefault(URIRef(name), set()).add((s, p, o))
    return graphs
