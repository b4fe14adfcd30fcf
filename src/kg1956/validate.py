"""SHACL validation of a kg1956 graph against shapes/, with a readable report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV, RDF, SH

from kg1956.errors import ShapesError
from kg1956.triples import TripleIndex
from kg1956.vocab import short_iri

SHAPES_DIR = Path(__file__).resolve().parents[2] / "shapes"


@dataclass(frozen=True)
class Violation:
    """One SHACL result, with the note the focus node came from."""

    focus: str
    path: str
    message: str
    severity: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]

    def lines(self) -> list[str]:
        """One readable line per violation."""
        out = []
        for v in self.violations:
            where = f" (from {', '.join(v.notes)})" if v.notes else ""
            out.append(f"{v.severity}: {v.focus} {v.path}: {v.message}{where}")
        return out


def load_shapes(shapes_dir: Path = SHAPES_DIR) -> Graph:
    """Every Turtle file in shapes/, as one graph."""
    files = sorted(shapes_dir.glob("*.ttl"))
    if not files:
        raise ShapesError(f"{shapes_dir}: no SHACL shapes (*.ttl) found")
    shapes = Graph()
    for f in files:
        try:
            shapes.parse(f, format="turtle")
        except (SyntaxError, ValueError) as exc:
            raise ShapesError(f"{f}: cannot parse shapes ({exc})") from None
    return shapes


ENGINES = ("native", "pyshacl-core", "pyshacl")


def _note_of(data: TripleIndex, focus: URIRef) -> tuple[str, ...]:
    return tuple(sorted(str(n).rsplit("/source/", 1)[-1] for n in data.objects(focus, PROV.wasDerivedFrom)))


def validate_graph(
    data: Graph | TripleIndex,
    shapes: Graph | None = None,
    *,
    engine: str = "native",
    sparql_store: Callable[[], object] | None = None,
    store_data: TripleIndex | None = None,
) -> ValidationReport:
    """Validate `data` against the shapes; never raises on a non-conforming graph.

    Engines, all giving the same report (tests prove it):
    - "native" (default): the core constraints checked in Python over the subject index
      (`shacl_core`; pySHACL if the shapes use a feature it lacks), the SHACL-SPARQL
      constraints as one query each over the whole graph in Oxigraph (`sparql_constraints`),
      each only when its Python screen cannot clear it (`sparql_screens`);
    - "pyshacl-core": pySHACL for the core constraints, the SPARQL ones as above;
    - "pyshacl": one pySHACL run for everything (slowest: it runs each SPARQL constraint
      once per focus node).

    `sparql_store` may supply a pyoxigraph Store already holding `data` for the SPARQL
    constraints (called only when one of them has to run: most are screened out by
    `sparql_screens`); `store_data` is what that store's default graph holds, if more
    than `data`.
    """
    from kg1956.shacl_core import Targets, Unsupported, check_core
    from kg1956.sparql_constraints import run_sparql_constraints, split_sparql_constraints

    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}; known: {', '.join(ENGINES)}")
    shapes = shapes if shapes is not None else load_shapes()
    index = data if isinstance(data, TripleIndex) else TripleIndex(data)
    core, constraints = split_sparql_constraints(shapes) if engine != "pyshacl" else (shapes, [])
    found: list[tuple] = []  # (focus, path, message, severity)
    targets = Targets(index, shapes)
    if engine == "native":
        try:
            found = [(r.focus, r.path, r.message, r.severity) for r in check_core(index, core, targets)]
        except Unsupported:
            engine = "pyshacl-core"
    if engine != "native":
        graph = data if isinstance(data, Graph) else index.to_graph()
        found = _pyshacl_results(graph, core)
    for result in run_sparql_constraints(index, shapes, constraints, targets, sparql_store, store_data=store_data):
        path = URIRef(result.path) if result.path else None
        found.append((result.focus, path, result.message, SH.Violation))
    violations = sorted(
        (_violation(index, shapes, focus, path, message, severity) for focus, path, message, severity in found),
        key=lambda v: (v.focus, v.path, v.message),
    )
    return ValidationReport(not any(v.severity == "Violation" for v in violations), tuple(violations))


def _pyshacl_results(graph: Graph, shapes: Graph) -> list[tuple]:
    import pyshacl  # heavy; imported only when asked for

    _, results, _ = pyshacl.validate(
        data_graph=graph,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        abort_on_first=False,
        allow_warnings=True,
    )
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        message = results.value(result, SH.resultMessage)
        found.append(
            (
                results.value(result, SH.focusNode),
                results.value(result, SH.resultPath),
                str(message or "violates a shape"),
                results.value(result, SH.resultSeverity),
            )
        )
    return found


def path_text(shapes: Graph, path) -> str:  # noqa: ANN001 - an rdflib term
    """A SHACL path as SPARQL property-path text with prefixes: `kg:participant`,
    `^oa:hasBody`, `(rico:a|rico:b)`."""
    if path is None:
        return ""
    if isinstance(path, URIRef):
        return short_iri(str(path))
    inverse = shapes.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + path_text(shapes, inverse)
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(path_text(shapes, p) for p in Collection(shapes, alternatives)) + ")"
    if (path, RDF.first, None) in shapes:
        return "/".join(path_text(shapes, p) for p in Collection(shapes, path))
    return str(path)


def _violation(data: TripleIndex, shapes: Graph, focus, path, message: str, severity) -> Violation:  # noqa: ANN001
    return Violation(
        focus=str(focus),
        path=path_text(shapes, path),
        message=message,
        severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
        notes=_note_of(data, focus) if isinstance(focus, URIRef) else (),
    )
