"""Where queries run: a built folder's Oxigraph store, a graph file, an rdflib Graph, or a
remote SPARQL 1.1 endpoint — one interface, the same answers.

Every command that reads a graph opens a `DataSource` with `open_source(data, endpoint)`.
Parameters are always bound as RDF terms: rdflib's initBindings, or (Oxigraph, remote
endpoints, and rdflib for a parameter bound to several terms) a VALUES block at the top of
the WHERE clause holding the term serialised as N-Triples, so a name with quotes or braces
stays a literal. Named queries therefore use their parameters in the top-level group,
where both ways bind them alike.
"""

from __future__ import annotations

import base64
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable

from kg1956.errors import GraphDataError, QueryError
from kg1956.vocab import trusted_iri

if TYPE_CHECKING:
    from kg1956.triples import TripleIndex

GRAPH_FILE = "kg1956.ttl"
STORE_DIR = "kg1956.oxigraph"
AUTH_ENV = "KG1956_ENDPOINT_AUTH"  # "user:password" for endpoints behind basic auth

_LABELS = """
PREFIX kg: <https://w3id.org/kg1956/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?person ?pref ?alt WHERE {
  ?person a kg:Person ; skos:prefLabel ?pref .
  OPTIONAL { ?person skos:altLabel ?alt }
}
"""
# (No ORDER BY: `_labels_by_person` sorts. Sorting IRIs inside the on-disk store decodes
# each of them again and again: at 100,000 notes 0.23 of the query's 0.30 s.)


# a parameter's binding: one term, or several (a non-empty tuple: one solution each)
Binding = URIRef | Literal | tuple[URIRef | Literal, ...]


@dataclass(frozen=True)
class QueryResult:
    variables: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


class DataSource:
    """A graph to query. Subclasses implement `_select`."""

    description = "graph"

    def select(self, text: str, bindings: dict[str, Binding] | None = None) -> QueryResult:
        """Run a SELECT (or ASK) query; values come back as rdflib terms. A binding to a
        (non-empty) tuple of terms binds the variable to each in turn."""
        return self._select(text, bindings or {})

    def _select(self, text: str, bindings: dict[str, Binding]) -> QueryResult:
        raise NotImplementedError

    def person_labels(self) -> dict[URIRef, list[str]]:
        """Every person's labels, preferred first (persons in the order of their IRIs)."""
        return _labels_by_person(self._label_rows())

    def _label_rows(self) -> Iterable[tuple[URIRef, str, str | None]]:
        """(person, preferred label, other label or None) for every person."""
        for person, pref, alt in self.select(_LABELS).rows:
            yield person, str(pref), None if alt is None else str(alt)

    def pref_label(self, node: object) -> str:
        """The preferred label of a resource (its IRI when it has none)."""
        rows = self.select(
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?l WHERE { ?n skos:prefLabel ?l }",
            {"n": URIRef(str(node))},
        ).rows
        return str(rows[0][0]) if rows else str(node)


def _labels_by_person(rows: Iterable[tuple[URIRef, str, str | None]]) -> dict[URIRef, list[str]]:
    """`person_labels` from label rows, in the order `ORDER BY ?person ?alt` gave."""
    out: dict[URIRef, list[str]] = {}
    for person, pref, alt in sorted(rows, key=lambda r: (str(r[0]), r[2] is not None, r[2] or "")):
        labels = out.setdefault(person, [pref])
        if alt is not None and alt not in labels:
            labels.append(alt)
    return {p: [ls[0], *sorted(ls[1:])] for p, ls in out.items()}


class RdflibSource(DataSource):
    """An rdflib Graph in memory (the library's own graphs, small graph files)."""

    def __init__(self, graph: Graph, description: str = "graph") -> None:
        self.graph = graph
        self.description = description

    def _select(self, text: str, bindings: dict[str, Binding]) -> QueryResult:
        if any(isinstance(v, tuple) for v in bindings.values()):  # initBindings binds one term each
            result = self.graph.query(_with_values(text, bindings))
        else:
            result = self.graph.query(text, initBindings={Variable(k): v for k, v in bindings.items()})
        if result.type == "ASK":
            return QueryResult(("ask",), ((Literal(bool(result.askAnswer)),),))
        return QueryResult(tuple(str(v) for v in result.vars or ()), tuple(tuple(row) for row in result))


def _from_oxigraph(term: object) -> object:
    import pyoxigraph

    if term is None:
        return None
    if isinstance(term, pyoxigraph.NamedNode):
        return trusted_iri(term.value)  # the store holds only valid IRIs
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=trusted_iri(term.datatype.value))


class _TermCache:
    """`_from_oxigraph` once per distinct term of a result (rows repeat the same IRIs,
    labels and dates; an rdflib Literal costs ~15 µs to make)."""

    def __init__(self) -> None:
        self._seen: dict = {}

    def __call__(self, term: object) -> object:
        if term is None:
            return None
        found = self._seen.get(term)
        if found is None:
            found = self._seen[term] = _from_oxigraph(term)
        return found


class OxigraphSource(DataSource):
    """An Oxigraph store: the one `kg1956 build` writes (opens without parsing anything)."""

    runs_outside_python = True  # a signal cannot interrupt a query: time it out from a thread

    def __init__(self, store, description: str) -> None:  # noqa: ANN001 - pyoxigraph.Store
        self.store = store
        self.description = description

    def _select(self, text: str, bindings: dict[str, Binding]) -> QueryResult:
        try:
            result = self.store.query(_with_values(text, bindings))
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from None
        if isinstance(result, bool):
            return QueryResult(("ask",), ((Literal(result),),))
        names = tuple(v.value for v in result.variables)
        convert = _TermCache()
        # a solution iterates its values in the order of `variables` (unbound: None), ~10%
        # faster than looking each up by name
        return QueryResult(names, tuple(tuple(map(convert, s)) for s in result))

    def _label_rows(self) -> Iterable[tuple[URIRef, str, str | None]]:
        # labels as plain strings: no rdflib Literal made for each (~15 µs; 8,000 at 100,000 notes)
        convert = _TermCache()
        for person, pref, alt in self.store.query(_LABELS):
            yield convert(person), pref.value, None if alt is None else alt.value


class EndpointSource(DataSource):
    """A SPARQL 1.1 Protocol endpoint (Oxigraph, Fuseki, QLever, Virtuoso, GraphDB …)."""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise QueryError(f"endpoint {url!r}: expected an http:// or https:// URL")
        self.url = url
        self.timeout = timeout
        self.description = url

    def _select(self, text: str, bindings: dict[str, Binding]) -> QueryResult:
        query = _with_values(text, bindings)
        request = urllib.request.Request(
            self.url,
            data=urllib.parse.urlencode({"query": query}).encode("utf-8"),
            headers={
                "Accept": "application/sparql-results+json",
                "Content-Type": "application/x-www-form-urlencoded",
                **auth_header(),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                doc = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()[:1]
            raise QueryError(f"{self.url}: HTTP {exc.code} {detail[0] if detail else exc.reason}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise QueryError(f"{self.url}: cannot reach the endpoint ({getattr(exc, 'reason', exc)})") from None
        except json.JSONDecodeError:
            raise QueryError(f"{self.url}: the answer is not SPARQL results JSON") from None
        if "boolean" in doc:
            return QueryResult(("ask",), ((Literal(bool(doc["boolean"])),),))
        names = tuple(doc["head"]["vars"])
        rows = tuple(tuple(_from_json(b.get(n)) for n in names) for b in doc["results"]["bindings"])
        return QueryResult(names, rows)


def auth_header() -> dict[str, str]:
    """Basic-auth header from $KG1956_ENDPOINT_AUTH ("user:password"), never from the command line."""
    credentials = os.environ.get(AUTH_ENV)
    if not credentials:
        return {}
    return {"Authorization": "Basic " + base64.b64encode(credentials.encode("utf-8")).decode("ascii")}


def _from_json(binding: dict | None) -> object:
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in binding:
        return Literal(value, lang=binding["xml:lang"])
    if "datatype" in binding:
        return Literal(value, datatype=URIRef(binding["datatype"]))
    return Literal(value)


def _with_values(text: str, bindings: dict[str, Binding]) -> str:
    """Bind parameters for a remote endpoint: a VALUES block after the query's first "{"
    of WHERE, each value written as an N-Triples term (escaped, so it is only ever a term);
    a tuple of terms gives one row each (rows of several such: every combination)."""
    if not bindings:
        return text
    names = sorted(bindings)
    rows = product(*(v if isinstance(v, tuple) else (v,) for v in (bindings[n] for n in names)))
    body = " ".join("(" + " ".join(term.n3() for term in row) + ")" for row in rows)
    values = "VALUES (" + " ".join(f"?{n}" for n in names) + ") { " + body + " }"
    upper = text.upper()
    at = upper.find("WHERE")
    brace = text.find("{", at if at >= 0 else 0)
    if brace < 0:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    return text[: brace + 1] + " " + values + " " + text[brace + 1 :]


def as_source(data: DataSource | Graph) -> DataSource:
    """Wrap an rdflib Graph; pass a DataSource through."""
    return data if isinstance(data, DataSource) else RdflibSource(data)


def open_store(folder: Path) -> DataSource:
    """The Oxigraph store of a build folder, opened read-only."""
    import pyoxigraph

    try:
        return OxigraphSource(pyoxigraph.Store.read_only(str(folder)), str(folder))
    except OSError as exc:
        raise GraphDataError(f"{folder}: cannot open the store ({exc}); rebuild with `kg1956 build`") from None


def open_source(data: Path | None = None, endpoint: str | None = None, timeout: float = 60.0) -> DataSource:
    """Open what a command reads: an endpoint, a build folder (its store, else its Turtle)
    or a graph file (Turtle, N-Triples, TriG, JSON-LD)."""
    if endpoint:
        return EndpointSource(endpoint, timeout)
    data = data or Path("build")
    if data.is_dir():
        if (data / STORE_DIR).is_dir():
            return open_store(data / STORE_DIR)
        data = data / GRAPH_FILE
    return _parse_file(data)


_PARSE_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".trig": "TRIG", ".nq": "N_QUADS"}


def read_triples(data: Path) -> TripleIndex:
    """The graph of a build folder (its Turtle) or of a graph file, as a `TripleIndex`
    (what validation walks), parsed by Oxigraph's parser (~10 times faster than rdflib).

    Not read from the build's store: Oxigraph stores derived integer types such as
    xsd:nonNegativeInteger as xsd:integer, and validation must see the datatypes written.
    Of a TriG or N-Quads file, the triples of every graph are read.

    Raises:
        GraphDataError: nothing to read there, or it cannot be parsed.
    """
    import pyoxigraph

    from kg1956.triples import TripleIndex  # validation only: queries need none of it

    path = data / GRAPH_FILE if data.is_dir() else data
    fmt = _PARSE_FORMATS.get(path.suffix)
    if fmt is None or not path.exists():  # JSON-LD (rdflib reads it), or the error for a missing file
        from kg1956.query import load_graph

        return TripleIndex(load_graph(path))
    convert = _TermCache()
    index = TripleIndex()
    try:
        for quad in pyoxigraph.parse(path=str(path), format=getattr(pyoxigraph.RdfFormat, fmt)):
            index.add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))
    except SyntaxError as exc:
        raise GraphDataError(f"{path}: cannot parse the graph ({str(exc).splitlines()[0]})") from None
    return index


def _parse_file(path: Path) -> DataSource:
    """Load a graph file into an in-memory Oxigraph store (fast), or rdflib without it."""
    if not path.exists():
        raise GraphDataError(f"{path}: no graph found; run `kg1956 build` first or pass --data")
    fmt = {".nt": "nt", ".ttl": "turtle", ".jsonld": "json-ld", ".trig": "trig", ".nq": "nquads"}.get(path.suffix)
    if fmt is None:
        raise GraphDataError(f"{path}: unknown graph format (use .ttl, .nt, .trig, .nq or .jsonld)")
    try:
        import pyoxigraph
    except ImportError:
        pyoxigraph = None
    if pyoxigraph is not None and fmt in ("nt", "turtle"):
        store = pyoxigraph.Store()
        kind = pyoxigraph.RdfFormat.N_TRIPLES if fmt == "nt" else pyoxigraph.RdfFormat.TURTLE
        try:
            store.load(path=str(path), format=kind)
        except (SyntaxError, ValueError, OSError) as exc:
            raise GraphDataError(f"{path}: cannot parse the graph ({str(exc).splitlines()[0]})") from None
        return OxigraphSource(store, str(path))
    graph = Dataset(default_union=True) if fmt in ("trig", "nquads") else Graph()
    try:
        graph.parse(path, format=fmt)
    except (SyntaxError, ValueError) as exc:
        raise GraphDataError(f"{path}: cannot parse the graph ({str(exc).splitlines()[0]})") from None
    return RdflibSource(graph, str(path))
