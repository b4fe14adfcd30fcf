"""SHACL validation of a kg1956 graph against shapes/, with a readable report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, SH

from kg1956.errors import ShapesError

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


def _note_of(data: Graph, focus: URIRef) -> tuple[str, ...]:
    return tuple(sorted(str(n).rsplit("/source/", 1)[-1] for n in data.objects(focus, PROV.wasDerivedFrom)))


def validate_graph(data: Graph, shapes: Graph | None = None, *, whole_graph_sparql: bool = True) -> ValidationReport:
    """Validate `data` against the shapes; never raises on a non-conforming graph.

    By default pySHACL checks the core constraints and the SHACL-SPARQL constraints run
    as one query each over the whole graph (`sparql_constraints`), which finds the same
    violations ~25 times faster; `whole_graph_sparql=False` leaves everything to pySHACL.
    """
    import pyshacl  # heavy; imported only when validating

    from kg1956.sparql_constraints import run_sparql_constraints, split_sparql_constraints

    shapes = shapes if shapes is not None else load_shapes()
    core, constraints = split_sparql_constraints(shapes) if whole_graph_sparql else (shapes, [])
    conforms, results, _ = pyshacl.validate(
        data_graph=data,
        shacl_graph=core,
        inference="none",
        advanced=True,
        abort_on_first=False,
        allow_warnings=True,
    )
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        violations.append(_violation(data, focus, path, str(message or "violates a shape"), severity))
    for found in run_sparql_constraints(data, shapes, constraints):
        path = URIRef(found.path) if found.path else None
        violations.append(_violation(data, found.focus, path, found.message, SH.Violation))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(bool(conforms) and not constraints_failed(violations, constraints), tuple(violations))


def constraints_failed(violations: list[Violation], constraints: list) -> bool:
    return bool(constraints) and any(v.severity == "Violation" for v in violations)


def _violation(data: Graph, focus, path, message: str, severity) -> Violation:  # noqa: ANN001 - rdflib terms
    return Violation(
        focus=str(focus),
        path=data.namespace_manager.normalizeUri(path) if isinstance(path, URIRef) else str(path or ""),
        message=message,
        severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
        notes=_note_of(data, focus) if isinstance(focus, URIRef) else (),
    )
