"""RDF serialisations of the export: Turtle, N-Triples and TriG, byte-for-byte stable.

Stable means: the same triples give the same bytes whatever order they were added in
and whatever PYTHONHASHSEED is. rdflib's Turtle writer sorts subjects, predicates and
objects; its N-Triples and TriG writers follow the store's order, so N-Triples lines are
sorted here and TriG is written graph by graph, in order of graph name, each graph body
as sorted N-Triples-style lines. Prefixes are fixed (no rdflib defaults such as `schema1:`), and a
namespace nobody bound gets a prefix derived from the sorted list of such namespaces.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCAT, RDF, VOID

from kg1956.errors import GraphDataError
from kg1956.vocab import PREFIXES

Triple = tuple
NamedGraphs = Mapping[URIRef, Iterable[Triple]]

EXPORT_PREFIXES = {**{k: str(v) for k, v in PREFIXES.items()}, "void": str(VOID), "dcat": str(DCAT)}
_INDENT = "    "


def export_prefixes(triples: Iterable[Triple]) -> dict[str, str]:
    """The fixed prefixes, plus `ns1`, `ns2` … for predicate or class namespaces they miss."""
    known = tuple(EXPORT_PREFIXES.values())
    extra = set()
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


def turtle_bytes(graph: Graph) -> bytes:
    """Turtle with subjects, predicates and objects in sorted order (rdflib sorts them);
    only the prefixes the graph uses are declared."""
    return graph.serialize(format="turtle", encoding="utf-8")


def ntriples_bytes(graph: Graph) -> bytes:
    """N-Triples (UTF-8, one triple a line), lines sorted."""
    lines = graph.serialize(format="nt11", encoding="utf-8").decode("utf-8").splitlines()
    return "".join(line + "\n" for line in sorted(set(lines)) if line.strip()).encode("utf-8")


def trig_bytes(graphs: NamedGraphs) -> bytes:
    """TriG: one block per named graph, in order of graph name, graph names as full IRIs.

    Each block holds its triples as sorted N-Triples-style lines (valid TriG, and fast: a
    book's thousand note graphs through rdflib's Turtle writer took a minute). Triples under
    `DATASET_DEFAULT_GRAPH_ID` (rdflib's name for the default graph) come first, in a block
    without a name."""
    triples = {name: set(ts) for name, ts in graphs.items()}
    out = []
    for name in sorted(triples, key=lambda n: (n != DATASET_DEFAULT_GRAPH_ID, str(n))):
        if not triples[name]:
            continue
        lines = sorted(f"{_INDENT}{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples[name])
        label = "" if name == DATASET_DEFAULT_GRAPH_ID else URIRef(name).n3() + " "
        out.append(label + "{\n" + "\n".join(lines) + "\n}\n")
    return "\n".join(out).encode("utf-8")


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
