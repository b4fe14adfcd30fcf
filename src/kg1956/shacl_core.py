"""The SHACL Core constraints kg1956's shapes use, checked in plain Python.

pySHACL spends ~9 s on the core shapes of a 1,000-note graph, most of it in per-node
bookkeeping; walking the build's subject index does the same checks in a fraction of
that. This checker knows class targets, predicate, inverse and alternative paths, and
the components sh:class, sh:datatype, sh:nodeKind, sh:minCount, sh:maxCount,
sh:minLength, sh:minInclusive, sh:in, sh:disjoint and sh:or, with pySHACL's reading of
each (ill-typed literals fail sh:datatype; a simple literal is an xsd:string). A shapes
graph that uses anything else is refused (`Unsupported`), and the caller falls back to
pySHACL; tests prove both give the same report on the seed graph and on broken ones.
SPARQL constraints are not handled here (see `sparql_constraints`).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from kg1956.triples import TripleIndex

_TYPE = RDF.type

# what the checker reads off a shape; anything else in the sh: namespace is refused
_KNOWN = {
    SH.path, SH.property, SH.targetClass, SH.message, SH.name, SH.description, SH.severity,
    SH.deactivated, SH.sparql, SH.declare, SH.prefixes, SH.order, SH.group,
    SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.minLength,
    SH.minInclusive, SH["in"], SH.disjoint, SH["or"], SH.inversePath, SH.alternativePath,
    SH.select, SH.prefix, SH.namespace,
}  # fmt: skip
_PYTHON_TYPES = {
    XSD.string: (str,),
    XSD.integer: (int,),
    XSD.decimal: (Decimal,),
    XSD.boolean: (bool,),
    XSD.date: (datetime.date,),
    XSD.dateTime: (datetime.datetime,),
    XSD.time: (datetime.time,),
    XSD.float: (float,),
}
_NODE_KINDS = {
    SH.IRI: (URIRef,),
    SH.BlankNode: (BNode,),
    SH.Literal: (Literal,),
    SH.BlankNodeOrIRI: (URIRef, BNode),
    SH.BlankNodeOrLiteral: (BNode, Literal),
    SH.IRIOrLiteral: (URIRef, Literal),
}


class Unsupported(Exception):
    """The shapes use a SHACL feature this checker does not implement."""


@dataclass(frozen=True)
class CoreResult:
    """One validation result, as pySHACL would report it."""

    focus: object
    path: object  # the shape's sh:path node (an IRI, or the blank node of a complex path)
    value: object
    message: str
    severity: URIRef


Values = Callable[[object], Iterable]
Check = Callable[[object, set], Iterator[tuple[object, bool]]]  # yields (value or None, failed)


class Targets:
    """SHACL instances of a class in the data (SHACL §2.1.3.2): nodes typed with it or
    with a class below it by rdfs:subClassOf* (from the data and the shapes graph)."""

    def __init__(self, data: TripleIndex, shapes: Graph) -> None:
        self.index = data
        self.spo = data.subjects_index()
        subclass_of: dict = {}
        for s, predicates in self.spo.items():
            for o in predicates.get(RDFS.subClassOf, ()):
                subclass_of.setdefault(o, set()).add(s)
        for sub, sup in shapes.subject_objects(RDFS.subClassOf):
            subclass_of.setdefault(sup, set()).add(sub)
        self._subclass_of = subclass_of
        self._closure: dict = {}
        self._type = data.canonical(_TYPE)

    def classes_under(self, cls: URIRef) -> frozenset:
        """`cls` and every class below it by rdfs:subClassOf*."""
        found = self._closure.get(cls)
        if found is None:
            seen, frontier = {cls}, [cls]
            while frontier:
                for sub in self._subclass_of.get(frontier.pop(), ()):
                    if sub not in seen:
                        seen.add(sub)
                        frontier.append(sub)
            found = self._closure[cls] = frozenset(seen)
        return found

    def is_instance(self, node, cls: URIRef) -> bool:  # noqa: ANN001 - an rdflib term
        types = self.spo.get(node, {}).get(self._type)
        return bool(types) and not self.classes_under(cls).isdisjoint(types)

    def __call__(self, cls: URIRef) -> set:
        out: set = set()
        for c in self.classes_under(cls):
            out |= self.index.instances(c)
        return out


class _Data:
    """The data as the checks read it: subjects, classes, inverse predicates."""

    def __init__(self, targets: Targets, inverse_predicates: set) -> None:
        self.spo = targets.spo
        self.targets = targets
        self.is_instance = targets.is_instance
        self.inverse: dict = {}
        for p in inverse_predicates:
            by_object: dict = {}
            for s, predicates in self.spo.items():
                for o in predicates.get(p, ()):
                    by_object.setdefault(o, set()).add(s)
            self.inverse[p] = by_object


_STRING, _DATE, _INTEGER = str(XSD.string), str(XSD.date), str(XSD.integer)
_ANY_LITERAL, _ANY_DATATYPE, _LANG_STRING = str(RDFS.Literal), str(RDFS.Datatype), str(RDF.langString)
# plain-string keys: comparing str to str stays in C (rdflib's URIRef.__eq__ is Python)
_EXPECTED_TYPES = {str(k): v for k, v in _PYTHON_TYPES.items()}


def _datatype_ok(value, datatype: str) -> bool:  # noqa: ANN001 - an rdflib term
    """pySHACL's sh:datatype: the literal's datatype, well formed; a simple literal is an
    xsd:string, a language-tagged one an rdf:langString."""
    if not isinstance(value, Literal):
        return False
    datatype = str(datatype)
    own = value.datatype
    if own is not None and str.__eq__(own, datatype):
        if getattr(value, "ill_typed", None) is True:
            return False
        expected = _EXPECTED_TYPES.get(datatype)
        if expected is None:
            return True
        python_value = value.value
        if datatype == _DATE and isinstance(python_value, datetime.datetime):
            return False
        if datatype == _INTEGER and isinstance(python_value, bool):
            return False
        return isinstance(python_value, expected)
    if datatype == _ANY_LITERAL:
        return True
    if datatype == _ANY_DATATYPE:
        return own is not None
    if own is None and value.language is None and datatype == _STRING:
        return isinstance(value.value, str) or value.value is None
    return datatype == _LANG_STRING and bool(value.language)


def _at_least(value, bound: Literal) -> bool:  # noqa: ANN001 - an rdflib term
    if not isinstance(value, Literal) or getattr(value, "ill_typed", None):
        return False
    try:
        return value.toPython() >= bound.toPython()
    except TypeError:
        return False


class _Compiler:
    def __init__(self, shapes: Graph, canonical: Callable = lambda term: term) -> None:
        self.shapes = shapes
        self.data: _Data | None = None
        self.canonical = canonical  # shape terms → the data's own objects, for fast lookups
        self.inverse_predicates: set = set()

    def values(self, path) -> Values:  # noqa: ANN001 - an rdflib term
        """The value nodes of `path` for a focus node."""
        shapes = self.shapes
        if isinstance(path, URIRef):
            path = self.canonical(path)
            return lambda focus: self.data.spo.get(focus, {}).get(path, ())
        inverse = shapes.value(path, SH.inversePath)
        if isinstance(inverse, URIRef):
            inverse = self.canonical(inverse)
            self.inverse_predicates.add(inverse)
            return lambda focus: self.data.inverse[inverse].get(focus, ())
        alternatives = shapes.value(path, SH.alternativePath)
        if alternatives is not None:
            parts = [self.values(p) for p in Collection(shapes, alternatives)]
            return lambda focus: {v for part in parts for v in part(focus)}
        raise Unsupported(f"path {path}")

    def value_checks(self, shape) -> list[Check]:  # noqa: ANN001 - an rdflib term
        """Checks on each value node (and on the count of them) a shape declares."""
        g, checks = self.shapes, []

        def one(parameter: URIRef):  # noqa: ANN202 - an rdflib term or None
            found = list(g.objects(shape, parameter))
            if len(found) > 1:  # several constraints of one kind on a shape: left to pySHACL
                raise Unsupported(f"{len(found)} values of {parameter} on {shape}")
            return found[0] if found else None

        def each(ok: Callable[[object], bool]) -> Check:
            def check(focus, values):  # noqa: ANN001, ANN202
                for v in values:
                    if not ok(v):
                        yield v, True

            return check

        if (cls := one(SH["class"])) is not None:
            cls = self.canonical(cls)
            checks.append(each(lambda v, cls=cls: not isinstance(v, Literal) and self.data.is_instance(v, cls)))
        if (dt := one(SH.datatype)) is not None:
            checks.append(each(lambda v, dt=str(dt): _datatype_ok(v, dt)))
        if (kind := one(SH.nodeKind)) is not None:
            allowed = _NODE_KINDS.get(kind)
            if allowed is None:
                raise Unsupported(f"sh:nodeKind {kind}")
            checks.append(each(lambda v, allowed=allowed: isinstance(v, allowed)))
        if (n := one(SH.minLength)) is not None:
            checks.append(each(lambda v, n=int(n): not isinstance(v, BNode) and len(str(v)) >= n))
        if (bound := one(SH.minInclusive)) is not None:
            checks.append(each(lambda v, bound=bound: _at_least(v, bound)))
        if (members := one(SH["in"])) is not None:
            allowed_terms = frozenset(Collection(g, members))
            checks.append(each(lambda v, allowed_terms=allowed_terms: v in allowed_terms))
        if (other := one(SH.disjoint)) is not None:

            def disjoint(focus, values, other=other):  # noqa: ANN001, ANN202
                theirs = self.data.spo.get(focus, {}).get(self.canonical(other), ())
                for v in values:
                    if v in theirs:
                        yield v, True

            checks.append(disjoint)
        if (alternatives := one(SH["or"])) is not None:
            options = []
            for member in Collection(g, alternatives):
                if (member, SH.path, None) in g or (member, SH.property, None) in g:
                    raise Unsupported(f"sh:or member {member} with a path or properties")
                options.append(self.value_checks(member))

            def conforms(v, options=options) -> bool:  # noqa: ANN001
                return any(all(not failed for c in option for _, failed in c(v, (v,))) for option in options)

            checks.append(each(conforms))
        low, high = one(SH.minCount), one(SH.maxCount)
        if low is not None or high is not None:
            low_n, high_n = int(low) if low is not None else 0, int(high) if high is not None else None

            def count(focus, values, low_n=low_n, high_n=high_n):  # noqa: ANN001, ANN202
                n = len(values)
                if n < low_n:
                    yield None, True
                if high_n is not None and n > high_n:
                    yield None, True

            checks.append(count)
        return checks


@dataclass(frozen=True)
class _PropertyRule:
    targets: tuple[URIRef, ...]
    path: object
    values: Values
    checks: tuple[Check, ...]
    message: str
    severity: URIRef


def _message(shapes: Graph, shape) -> str:  # noqa: ANN001 - an rdflib term
    messages = sorted(str(m) for m in shapes.objects(shape, SH.message))
    return messages[0] if messages else f"Value does not conform to shape {shape}"


def _active(shapes: Graph, shape) -> bool:  # noqa: ANN001 - an rdflib term
    return shapes.value(shape, SH.deactivated) != Literal(True)


def _refuse_unknown(shapes: Graph) -> None:
    for p in set(shapes.predicates()):
        if str(p).startswith(str(SH)) and p not in _KNOWN:
            raise Unsupported(f"{p} is not implemented")
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        if (shape, RDF.type, RDFS.Class) in shapes:
            raise Unsupported(f"{shape} is a class and a shape (implicit class target)")


def _rules(shapes: Graph, compiler: _Compiler) -> list[_PropertyRule]:
    _refuse_unknown(shapes)
    rules = []
    for node_shape in sorted(set(shapes.subjects(SH.targetClass, None))):
        if not _active(shapes, node_shape):
            continue
        targets = tuple(sorted(shapes.objects(node_shape, SH.targetClass)))
        node_checks = compiler.value_checks(node_shape)  # on the focus node itself
        if node_checks:
            severity = shapes.value(node_shape, SH.severity) or SH.Violation
            rules.append(
                _PropertyRule(
                    targets, None, lambda focus: (focus,), tuple(node_checks), _message(shapes, node_shape), severity
                )
            )
        for prop in sorted(shapes.objects(node_shape, SH.property)):
            if not _active(shapes, prop):
                continue
            path = shapes.value(prop, SH.path)
            rules.append(
                _PropertyRule(
                    targets,
                    path,
                    compiler.values(path),
                    tuple(compiler.value_checks(prop)),
                    _message(shapes, prop),
                    shapes.value(prop, SH.severity) or SH.Violation,
                )
            )
    return rules


def check_core(data: TripleIndex, shapes: Graph, targets: Targets | None = None) -> list[CoreResult]:
    """Every result of the core constraints of `shapes` on `data` (SPARQL constraints left
    out). `targets` may be shared with the SPARQL constraints' run.

    Raises:
        Unsupported: the shapes use a feature this checker does not implement.
    """
    compiler = _Compiler(shapes, data.canonical)
    rules = _rules(shapes, compiler)
    compiler.data = _Data(targets or Targets(data, shapes), compiler.inverse_predicates)
    results = []
    for rule in rules:
        focus_nodes: set = set()
        for cls in rule.targets:
            focus_nodes |= compiler.data.targets(cls)
        for focus in focus_nodes:
            values = rule.values(focus)
            for check in rule.checks:
                for value, _ in check(focus, values):
                    results.append(CoreResult(focus, rule.path, value, rule.message, rule.severity))
    return results
