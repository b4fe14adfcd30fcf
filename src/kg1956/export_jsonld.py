"""JSON-LD export: compact, flat, with readable keys from ontology/context.jsonld.

A web developer reads `{"id": …, "type": "Person", "name": "Yi Sang-cho",
"alternateName": ["Li Sang-cho"], "note": […]}` without knowing RDF; an RDF tool expands
the same file back into exactly the triples of the Turtle export. The context is inlined
(not referenced by URL), so the file is complete offline.

The compaction is done here rather than by a JSON-LD processor so that the output is
byte-stable and shaped the same way every time: one node object per subject, in order of
IRI; keys `id`, `type`, then the rest alphabetically; values sorted. A value the context
cannot shorten stays explicit: a date known only to the month is
`{"@value": "1956-06", "@type": "xsd:gYearMonth"}` under `date`, whose plain strings
are `xsd:date`; a predicate without a key in the context appears under its prefixed
name (`kg:newTerm`) with explicit values, so nothing is lost when the graph grows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, XSD

CONTEXT_FILE = Path(__file__).resolve().parents[2] / "ontology" / "context.jsonld"
_NATIVE_INTEGERS = {str(XSD.integer), str(XSD.nonNegativeInteger)}


@dataclass(frozen=True)
class _Term:
    name: str
    iri: str
    type: str | None  # "@id", "@vocab", a datatype IRI, or None
    is_set: bool


def load_context(path: Path = CONTEXT_FILE) -> dict:
    """The `@context` object of ontology/context.jsonld."""
    return json.loads(path.read_text(encoding="utf-8"))["@context"]


class _Compactor:
    def __init__(self, context: dict) -> None:
        self.prefixes: dict[str, str] = {}
        self.terms: dict[str, _Term] = {}
        self.classes: dict[str, str] = {}
        self.aliases = {v: k for k, v in context.items() if isinstance(v, str) and v.startswith("@")}
        for key, value in context.items():
            if isinstance(value, str) and value.endswith(("#", "/")) and not value.startswith("@"):
                self.prefixes[key] = value
        for key, value in context.items():
            if key in self.prefixes or (isinstance(value, str) and value.startswith("@")):
                continue
            if isinstance(value, str):
                iri, type_, container = self.expand(value), None, None
            else:
                iri, type_, container = self.expand(value["@id"]), value.get("@type"), value.get("@container")
            if type_ and not type_.startswith("@"):
                type_ = self.expand(type_)
            if key[:1].isupper():
                self.classes[iri] = key
            else:
                self.terms[iri] = _Term(key, iri, type_, container == "@set")

    def expand(self, value: str) -> str:
        prefix, sep, local = value.partition(":")
        if sep and prefix in self.prefixes and not local.startswith("//"):
            return self.prefixes[prefix] + local
        return value

    def compact_iri(self, iri: str) -> str:
        """`kg:Person` for an IRI in a declared namespace (longest namespace wins), else the IRI."""
        best = ""
        for prefix, ns in self.prefixes.items():
            if iri.startswith(ns) and len(ns) > len(self.prefixes.get(best, "")) and iri != ns:
                best = prefix
        return f"{best}:{iri[len(self.prefixes[best]) :]}" if best else iri

    def key(self, predicate: str) -> _Term:
        term = self.terms.get(predicate)
        return term or _Term(self.compact_iri(predicate), predicate, None, False)

    def value(self, term: _Term, obj: object) -> object:
        if isinstance(obj, BNode):
            return {self.aliases.get("@id", "@id"): obj.n3()}
        if isinstance(obj, URIRef):
            if term.type == "@id":
                return str(obj)
            if term.type == "@vocab":
                return self.type_value(obj)
            return {self.aliases.get("@id", "@id"): str(obj)}
        lexical = str(obj)
        if obj.language:
            return {"@value": lexical, "@language": obj.language}
        datatype = str(obj.datatype or XSD.string)
        if datatype in _NATIVE_INTEGERS and _canonical_integer(lexical):
            if term.type == datatype or (term.type is None and datatype == str(XSD.integer)):
                return int(lexical)  # a JSON number expands back to the same typed literal
        if term.type == datatype:
            return lexical
        if term.type is None:
            if datatype == str(XSD.string):
                return lexical
            if datatype == str(XSD.boolean) and lexical in ("true", "false"):
                return lexical == "true"
        if datatype == str(XSD.string):
            return {"@value": lexical}
        return {"@value": lexical, "@type": self.compact_iri(datatype)}

    def type_value(self, obj: URIRef) -> str:
        return self.classes.get(str(obj)) or self.compact_iri(str(obj))


def _canonical_integer(lexical: str) -> bool:
    try:
        return str(int(lexical)) == lexical
    except ValueError:
        return False


def _node_id(node: object) -> str:
    return node.n3() if isinstance(node, BNode) else str(node)


def _sort_key(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def jsonld_document(graph: Graph, context: dict | None = None) -> dict:
    """`graph` as a compact JSON-LD document: the context inline, then a flat `@graph`."""
    context = context if context is not None else load_context()
    comp = _Compactor(context)
    id_key, type_key = comp.aliases.get("@id", "@id"), comp.aliases.get("@type", "@type")
    nodes: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in graph:
        if p == RDF.type and isinstance(o, URIRef):
            nodes[_node_id(s)][type_key].append(comp.type_value(o))
            continue
        term = comp.key(str(p))
        nodes[_node_id(s)][term.name].append((term, o))
    out = []
    for subject in sorted(nodes):  # a blank node (none in kg1956 data) keeps its "_:" label
        props = nodes[subject]
        node: dict[str, object] = {id_key: subject}
        if type_key in props:
            types = sorted(set(props[type_key]))
            node[type_key] = types[0] if len(types) == 1 else types
        for name in sorted(k for k in props if k != type_key):
            unique = {_sort_key(v): v for v in (comp.value(t, o) for t, o in props[name])}
            values = [unique[k] for k in sorted(unique)]
            is_set = props[name][0][0].is_set
            node[name] = values if is_set or len(values) > 1 else values[0]
        out.append(node)
    return {"@context": context, "@graph": out}


def jsonld_bytes(graph: Graph, context: dict | None = None) -> bytes:
    """The compact JSON-LD document as UTF-8, indented, with a final newline."""
    text = json.dumps(jsonld_document(graph, context), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
