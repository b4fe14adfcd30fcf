"""SHACL-SPARQL constraints (SHACL §5) evaluated once over the whole graph.

pySHACL runs a SPARQL constraint once per focus node; on a kg1956 graph that is 95% of
validation time. Here `$this` becomes a variable bound to every target of the shape at
once, which gives the same results (the constraint's SELECT pre-binds `$this`, SHACL
§5.3.1) in one query per constraint. Messages are filled in as SHACL §5.3.2 says:
`{?var}` and `{$var}` take the value of that variable in the result row.

Before a constraint is run, its screen (`sparql_screens`) may show in Python that no
focus node can have a row; then the query is skipped, and a graph that conforms needs
no store at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from kg1956.export_rdf import ntriples_text
from kg1956.shacl_core import Targets
from kg1956.sparql_screens import constraint_key, might_fault
from kg1956.triples import TripleIndex


@dataclass(frozen=True)
class SparqlConstraint:
    """One sh:sparql constraint of one node shape."""

    shape: URIRef
    targets: tuple[URIRef, ...]
    select: str
    message: str
    prefixes: str


@dataclass(frozen=True)
class SparqlResult:
    focus: object
    path: object
    value: object
    message: str


def _prefix_block(shapes: Graph, node) -> str:  # noqa: ANN001 - rdflib term
    lines = []
    for decl_owner in shapes.objects(node, SH.prefixes):
        for decl in shapes.objects(decl_owner, SH.declare):
            prefix = shapes.value(decl, SH.prefix)
            namespace = shapes.value(decl, SH.namespace)
            if prefix is not None and namespace is not None:
                lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(sorted(set(lines)))


def split_sparql_constraints(shapes: Graph) -> tuple[Graph, list[SparqlConstraint]]:
    """The shapes graph without its SPARQL constraints, and those constraints."""
    core = Graph()
    for triple in shapes:
        core.add(triple)
    constraints = []
    for shape, constraint in sorted(shapes.subject_objects(SH.sparql)):
        if shapes.value(constraint, SH.deactivated) == Literal(True):
            continue
        select = shapes.value(constraint, SH.select)
        targets = tuple(sorted(shapes.objects(shape, SH.targetClass)))
        message = shapes.value(constraint, SH.message) or shapes.value(shape, SH.message) or ""
        constraints.append(
            SparqlConstraint(shape, targets, str(select), str(message), _prefix_block(shapes, constraint))
        )
        core.remove((shape, SH.sparql, constraint))
    return core, constraints


_THIS = re.compile(r"\$this\b")
_PLACEHOLDER = re.compile(r"\{[?$](\w+)\}")


def run_sparql_constraints(
    data: TripleIndex,
    shapes: Graph,
    constraints: list[SparqlConstraint],
    targets: Targets | None = None,
    store: Callable[[], object] | None = None,
    *,
    store_data: TripleIndex | None = None,
    screens: bool = True,
) -> list[SparqlResult]:
    """Evaluate every constraint over the whole graph in Oxigraph; one result per violating row.

    `store`, if given, returns a pyoxigraph Store whose default graph holds `data` (the
    build loads one in the background); otherwise one is made here. A constraint whose
    screen (`sparql_screens`) finds that none of its focus nodes can fault is not run, and
    when no constraint has to run the store is not asked for at all. `store_data` is
    what the store's default graph holds, if more than `data` (the build's store also
    holds the dataset description); `screens=False` runs every constraint."""
    if not constraints:
        return []
    screened = store_data if store_data is not None else data
    targets = targets or Targets(data, shapes)
    run = None
    results = []
    for c in constraints:
        focus_nodes = {f for cls in c.targets for f in targets(cls)}
        if not focus_nodes:
            continue
        if screens and not might_fault(constraint_key(c.prefixes, c.select), screened, focus_nodes):
            continue
        if run is None:
            run = _oxigraph_runner(store() if store is not None else memory_store(data))
        focus = {str(f) for f in focus_nodes}
        select = _THIS.sub("?this", c.select)
        head = select.split("WHERE", 1)[0]
        if "?this" not in head:  # project the focus node so each row says whose violation it is
            select = re.sub(r"(?i)SELECT\s+(DISTINCT\s+)?", lambda m: m.group(0) + "?this ", select, count=1)
        for bound in run(f"{c.prefixes}\n{select}"):
            this = bound.get("this")
            if this is None or this not in focus:
                continue

            def fill(m: re.Match[str], bound: dict = bound) -> str:
                value = bound.get(m.group(1))
                return value if value is not None else m.group(0)

            results.append(
                SparqlResult(URIRef(this), bound.get("path"), bound.get("value"), _PLACEHOLDER.sub(fill, c.message))
            )
    return results


def memory_store(data: TripleIndex | bytes):  # noqa: ANN201 - a pyoxigraph Store
    """An in-memory Oxigraph store whose default graph holds `data` (triples, or Turtle bytes)."""
    import pyoxigraph

    store = pyoxigraph.Store()
    if isinstance(data, bytes):
        store.load(data, format=pyoxigraph.RdfFormat.TURTLE)
    else:
        store.load(ntriples_text(data).encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store


def _oxigraph_runner(store):  # noqa: ANN001, ANN202 - a pyoxigraph Store; a query function
    def run(query: str) -> list[dict[str, str]]:
        solutions = store.query(query)
        names = [v.value for v in solutions.variables]
        return [{n: s[n].value for n in names if s[n] is not None} for s in solutions]

    return run
