"""Named SPARQL queries from queries/: load, bind parameters as RDF terms, run, format.

Parameters are never pasted into query text: each `--param key=value` is bound with
initBindings as a literal (or an IRI when it looks like one), so a value containing
quotes, braces or `UNION` stays a value. A parameter a query names on a `# Lookup:` line
is a person: a name given there is first looked up among the persons' labels (ignoring
case) and the query is bound to the IRIs of the persons so named.
"""

from __future__ import annotations

import csv
import io
import json
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg1956.datasource import GRAPH_FILE, DataSource, QueryResult, as_source
from kg1956.errors import GraphDataError, QueryError

QUERIES_DIR = Path(__file__).resolve().parents[2] / "queries"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    text: str
    description: str
    parameters: tuple[str, ...]
    lookups: tuple[str, ...] = ()  # parameters naming a person: a name is looked up first


def list_queries(queries_dir: Path = QUERIES_DIR) -> list[NamedQuery]:
    return [load_query(p.stem, queries_dir) for p in sorted(queries_dir.glob("*.rq"))]


def load_query(name: str, queries_dir: Path = QUERIES_DIR) -> NamedQuery:
    """A query by name (queries/NAME.rq) or by path to a .rq file."""
    path = Path(name)
    if not (path.suffix == ".rq" and path.exists()):
        path = queries_dir / f"{name}.rq"
    if not path.exists():
        known = ", ".join(p.stem for p in sorted(queries_dir.glob("*.rq")))
        raise QueryError(f"unknown query {name!r}; named queries: {known}")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise QueryError(f"{path}: not a SPARQL query (the file is not UTF-8 text)") from None
    except OSError as e:
        raise QueryError(f"{path}: cannot read the query ({e.strerror or e})") from None
    comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    params: tuple[str, ...] = ()
    lookups: tuple[str, ...] = ()
    for line in comments:
        m = re.match(r"(?i)(parameters?|lookups?):\s*(.*)", line)
        if m:
            # "person (any spelling, or an IRI), other": names before any bracketed description
            listed = re.sub(r"\([^)]*\)", "", m.group(2))
            names = tuple(p.strip().split()[0] for p in listed.split(",") if p.strip() and p.strip().lower() != "none")
            if m.group(1).lower().startswith("param"):
                params = names
            else:
                lookups = names
    description = comments[0] if comments else ""
    return NamedQuery(path.stem, path, text, description, params, tuple(n for n in lookups if n in params))


def load_graph(data: Path) -> Graph:
    """A built graph from a build folder or a graph file (Turtle, N-Triples, …)."""
    path = data / GRAPH_FILE if data.is_dir() else data
    if not path.exists():
        raise GraphDataError(f"{path}: no graph found; run `kg1956 build` first or pass --data")
    graph = Graph()
    fmt = {".nt": "nt", ".ttl": "turtle", ".jsonld": "json-ld", ".trig": "trig", ".nq": "nquads"}.get(
        path.suffix, "turtle"
    )
    try:
        graph.parse(path, format=fmt)
    except (SyntaxError, ValueError) as exc:
        raise GraphDataError(f"{path}: cannot parse the graph ({str(exc).splitlines()[0]})") from None
    return graph


def _term(value: str) -> URIRef | Literal:
    if re.match(r"^(?:https?|urn):", value):
        return URIRef(value)
    return Literal(value)


# The persons a name (bound to ?name) is a label of, ignoring case: how a `# Lookup:`
# parameter given as a name is turned into persons before its query runs.
PERSONS_NAMED = """
PREFIX kg: <https://w3id.org/kg1956/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?person WHERE {
  ?person a kg:Person ; skos:prefLabel|skos:altLabel ?label .
  FILTER (LCASE(STR(?label)) = LCASE(STR(?name)))
}
"""


def _looked_up(source: DataSource, term: URIRef | Literal) -> URIRef | tuple[URIRef, ...]:
    """A `# Lookup:` parameter's binding: an IRI as given; a name, the persons it is a
    label of, bound together as several solutions (a name nobody bears stays the literal,
    which no person is, so the query answers nothing)."""
    if isinstance(term, URIRef):
        return term
    persons = sorted({row[0] for row in source.select(PERSONS_NAMED, {"name": term}).rows}, key=str)
    return tuple(persons) if persons else term


def _check_syntax(query: NamedQuery) -> None:
    """Parse `query` with rdflib only to report a malformed one with its line and column.

    Raises:
        QueryError: the query is malformed.
    """
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepareQuery(query.text)
    except Exception as exc:  # pyparsing's ParseException and rdflib's errors
        where = f":{exc.lineno}:{exc.col}" if hasattr(exc, "lineno") and hasattr(exc, "col") else ""
        message = str(exc).split(", (line:")[0].splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"{query.path}{where}: malformed SPARQL: {message}") from None


def run_query(
    data: DataSource | Graph, query: NamedQuery, params: dict[str, str] | None = None, timeout: float | None = None
) -> QueryResult:
    """Run `query` over `data` (a DataSource or an rdflib Graph) with `params` bound as RDF terms.

    Args:
        timeout: seconds after which the query is stopped (QueryError); None waits.

    Raises:
        QueryError: the query is malformed (with its line and column), a parameter is
            unknown, or the query ran past `timeout`.
    """
    params = params or {}
    unknown = sorted(set(params) - set(query.parameters))
    if unknown:
        raise QueryError(
            f"query {query.name!r} has no parameter {unknown[0]!r}; it takes: {', '.join(query.parameters) or 'none'}"
        )
    if query.path.parent.resolve() != QUERIES_DIR:  # the shipped queries are parsed by the tests
        _check_syntax(query)
    source = as_source(data)

    def select() -> QueryResult:
        bindings = {k: _term(v) for k, v in params.items()}
        for name in query.lookups:
            if name in bindings:
                bindings[name] = _looked_up(source, bindings[name])
        return source.select(query.text, bindings)

    try:
        if timeout and getattr(source, "runs_outside_python", False):
            return _in_thread(select, timeout, query)
        with _deadline(timeout, query):
            return select()
    except QueryError as exc:
        if str(exc).startswith(str(query.path)):
            raise
        raise QueryError(f"{query.path}: {exc}") from None
    except Exception as exc:  # evaluation errors: a type error in a FILTER, …
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"{query.path}: {message}") from None


def _in_thread(work, seconds: float, query: NamedQuery):  # noqa: ANN001, ANN202 - a callable and its result
    """Run `work` in a daemon thread and give up after `seconds`: a query inside Oxigraph
    cannot be interrupted by a signal, but the command can stop waiting for it."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = work()
        except BaseException as exc:  # handed to the caller below
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise QueryError(f"{query.path}: stopped after {seconds:g} s (--timeout); narrow the query or raise the limit")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]


@contextmanager
def _deadline(seconds: float | None, query: NamedQuery) -> Iterator[None]:
    """Stop a query that runs past `seconds` (SIGALRM: the main thread only, as in the CLI)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise QueryError(f"{query.path}: stopped after {seconds:g} s (--timeout); narrow the query or raise the limit")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _plain(term: object) -> str:
    if term is None:
        return ""
    return str(term)


def format_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON Format."""
    bindings = []
    for row in result.rows:
        b = {}
        for var, term in zip(result.variables, row, strict=True):
            if term is None:
                continue
            if isinstance(term, URIRef):
                b[var] = {"type": "uri", "value": str(term)}
            elif isinstance(term, BNode):
                b[var] = {"type": "bnode", "value": str(term)}
            else:
                lit = {"type": "literal", "value": str(term)}
                if term.language:
                    lit["xml:lang"] = term.language
                elif term.datatype and term.datatype != XSD.string:
                    lit["datatype"] = str(term.datatype)
                b[var] = lit
        bindings.append(b)
    doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def format_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV Format (plain values, CRLF line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_plain(t) for t in row])
    return out.getvalue()


def _tsv_term(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        # one line, one cell: the characters TSV and Turtle's short strings cannot hold are escaped
        text = '"' + str(term).translate(_TSV_ESCAPES) + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype and term.datatype != XSD.string:  # RDF 1.1: a simple literal is an xsd:string
            return f"{text}^^<{term.datatype}>"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def format_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV Format (terms in Turtle syntax)."""
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def shorten(term: object, graph: Graph | None = None) -> str:
    """A readable cell: IRIs as their last path segments, literals as text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        m = re.search(r"/(person|organization|communication|record|work|archive|source)/(.+)$", text)
        return m.group(2) if m else text
    return str(term)
