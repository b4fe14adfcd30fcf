"""Publishing the graph: Turtle, N-Triples, TriG, JSON-LD and CSV, deterministic and atomic.

What is exported is the build's graph plus its dataset description (VoID + DCAT, see
`kg1956.dataset_description`). The TriG file carries everything the other formats need,
one named graph per note (what that note asserts), one per source (the article-level
facts: the source, its notes and their text, what it cites) and one for the
description, `BASE/dataset/description`. So:

- at build time, `render(export_dataset(result), fmt)` gives the bytes of each format
  straight from the `BuildResult` (`kg1956.publish` writes them with the store;
  `write_exports(result, out_dir, formats)` writes them alone);
- later, `export_build(data, out_dir, formats)` (the `kg1956 export` command) reads the
  build folder's `kg1956.trig` and writes any format again, TriG included, with the same
  bytes.

Same notes in, same bytes out, in every format: sorted output, fixed prefixes, no blank
nodes, no clock.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from rdflib import Graph, URIRef

from kg1956.dataset_description import (
    Distribution,
    dataset_base,
    describe_dataset,
    description_root,
    split_description,
)
from kg1956.errors import GraphDataError, make_output_folder
from kg1956.export_csv import CSV_TABLES, csv_files
from kg1956.export_jsonld import jsonld_bytes
from kg1956.export_rdf import (
    by_subject,
    export_prefixes,
    load_named_graphs,
    ntriples_bytes,
    prefix_header,
    trig_bytes,
    trig_parts,
    turtle_bytes,
    turtle_parts,
    turtle_terms,
    write_document,
)
from kg1956.named_graphs import NamedGraphs
from kg1956.pending import PendingFile
from kg1956.triples import TripleIndex

if TYPE_CHECKING:
    from kg1956.pipeline import BuildResult

__all__ = [
    "DISTRIBUTIONS",
    "FORMATS",
    "Export",
    "atomic_write",
    "export_build",
    "export_dataset",
    "load_export",
    "render",
    "render_to",
    "turtle_bytes",
    "write_exports",
    "write_turtle",
]

TRIG_FILE = "kg1956.trig"
TURTLE_FILE = "kg1956.ttl"
# format name → the files it writes (CSV is one file per table)
FORMATS: dict[str, tuple[str, ...]] = {
    "turtle": (TURTLE_FILE,),
    "ntriples": ("kg1956.nt",),
    "trig": (TRIG_FILE,),
    "jsonld": ("kg1956.jsonld",),
    "csv": tuple(t.file for t in CSV_TABLES),
}
# Announced in every export whichever formats were written, so the description (and the
# bytes of every file) do not depend on which formats were asked for.
DISTRIBUTIONS = (
    Distribution("turtle", TURTLE_FILE, "Turtle: the whole graph", "text/turtle"),
    Distribution("ntriples", "kg1956.nt", "N-Triples: the whole graph, one triple a line", "application/n-triples"),
    Distribution("trig", TRIG_FILE, "TriG: a graph per note, per source, and this description", "application/trig"),
    Distribution("jsonld", "kg1956.jsonld", "JSON-LD: the whole graph, compact, readable keys", "application/ld+json"),
    *(
        Distribution(f"csv-{t.file.removesuffix('.csv')}", t.file, f"CSV: the `{t.query}` query", "text/csv", rdf=False)
        for t in CSV_TABLES
    ),
)

Triple = tuple


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename, so a failed or
    interrupted write leaves the previous file as it was. The file gets the mode a plain
    `open()` would give it (0644 under the usual umask), so a web server can publish it."""
    pending = PendingFile(path)
    try:
        pending.fh.write(data)
    except BaseException:
        pending.discard()
        raise
    pending.commit()


def write_turtle(graph: Graph, path: Path) -> None:
    """Serialise `graph` as Turtle to `path` atomically."""
    atomic_write(path, turtle_bytes(graph))


@dataclass(frozen=True)
class Export:
    """What the export files hold: the data, its description and, when known, what each
    note and source asserts (`named_graphs`, needed for TriG)."""

    base: str
    data: TripleIndex
    description: Graph
    named_graphs: Mapping[URIRef, Iterable[Triple]] | None
    origin: str = "the build"

    @property
    def description_graph(self) -> URIRef:
        return URIRef(f"{description_root(self.base)}/description")

    @cached_property
    def everything(self) -> TripleIndex:
        """Data and description, in one index."""
        return self.data.merged(self.description)

    @cached_property
    def prefixes(self) -> dict[str, str]:
        return export_prefixes(self.everything)

    @cached_property
    def graph(self) -> Graph:
        """The whole exported graph as an rdflib Graph (for the JSON-LD and CSV writers)."""
        return self.everything.to_graph(self.prefixes)

    def graphs(self) -> Mapping[URIRef, Iterable[Triple]]:
        """The named graphs of the TriG export.

        Raises:
            GraphDataError: the export was read from a plain graph file, which has no
                per-note graphs; export from a build folder (its kg1956.trig) instead.
        """
        if self.named_graphs is None:
            raise GraphDataError(
                f"{self.origin}: TriG needs the per-note graphs, which only a build folder's {TRIG_FILE} "
                "holds; run `kg1956 build` and export from its folder"
            )
        return _Graphs({self.description_graph: set(self.description)}, self.named_graphs)


class _Graphs(ChainMap):
    """The description's graph, then the notes' and sources': each graph grouped by
    subject by the mapping that holds it (see `kg1956.export_rdf.by_subject`)."""

    def by_subject(self, name: URIRef) -> Mapping:
        for graphs in self.maps:
            if name in graphs:
                return by_subject(graphs, name)
        raise KeyError(name)


def _export_of_file(triples: Iterable[Triple], named_graphs: dict | None, origin: str) -> Export:
    """The export of triples read back from a file: the description found in them is
    dropped and made again (same data, same description)."""
    everything = TripleIndex(triples)
    base = dataset_base(everything)
    data, _old = split_description(everything, base)
    if named_graphs is not None:
        named_graphs = {
            name: split_description(ts, base)[0]
            for name, ts in named_graphs.items()
            if name != URIRef(f"{description_root(base)}/description")
        }
    return _export(TripleIndex(data), base, named_graphs, origin)


def _export(data: TripleIndex, base: str, named_graphs: dict | None, origin: str) -> Export:
    return Export(base, data, describe_dataset(data, DISTRIBUTIONS, base), named_graphs, origin)


def export_dataset(result: BuildResult) -> Export:
    """The export of a build: its graph, per-note and per-source graphs, and description."""
    named = result.named_graphs
    if not isinstance(named, NamedGraphs):  # a BuildResult made by hand
        named = {URIRef(k): v for k, v in named.items()}
    return _export(result.triples, result.base, named or None, "the build")


def load_export(data: Path) -> Export:
    """The export held by a build folder (its kg1956.trig, else its kg1956.ttl) or a graph
    file (.trig, .ttl, .nt, .jsonld).

    Raises:
        GraphDataError: nothing to read there, or it cannot be parsed.
    """
    path = data
    if data.is_dir():
        path = data / TRIG_FILE if (data / TRIG_FILE).exists() else data / TURTLE_FILE
    if path.suffix in (".trig", ".nq"):
        graphs = load_named_graphs(path)
        return _export_of_file((t for ts in graphs.values() for t in ts), graphs, str(path))
    from kg1956.query import load_graph

    return _export_of_file(load_graph(path), None, str(path))


def render(export: Export, fmt: str) -> dict[str, bytes]:
    """The files of one format, by file name.

    Raises:
        ValueError: `fmt` is not one of FORMATS.
        GraphDataError: TriG asked of an export without per-note graphs.
    """
    if fmt == "turtle":
        return {TURTLE_FILE: turtle_bytes(export.everything, export.prefixes)}
    if fmt == "ntriples":
        return {"kg1956.nt": ntriples_bytes(export.graph)}
    if fmt == "trig":
        return {TRIG_FILE: trig_bytes(export.graphs(), export.prefixes)}
    if fmt == "jsonld":
        return {"kg1956.jsonld": jsonld_bytes(export.graph)}
    if fmt == "csv":
        return csv_files(export.graph)
    raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")


# the formats whose file is written as it is rendered (see `render_to`)
STREAMED = ("trig", "turtle")
# how much text the store is given at a time while a file is rendered: Oxigraph's bulk
# load holds about 12 times its piece (16 MB: ~190 MB; 4 MB: ~46 MB) for no less CPU
CHUNK_CHARS = 4 << 20


def render_to(export: Export, fmt: str, out: BinaryIO, chunks: Callable[[bytes], None] | None = None) -> None:
    """Write the file of `fmt` ("turtle" or "trig") to `out` as it is rendered, the same
    bytes `render` gives, without holding them. `chunks`, if given, is handed the
    document piece by piece as it is written, each piece with every prefix declared so
    that it parses alone (for a store to load while the rest is rendered).

    Raises:
        ValueError: `fmt` is not one of STREAMED.
        GraphDataError: TriG asked of an export without per-note graphs.
    """
    terms = turtle_terms(export.prefixes)
    if fmt == "turtle":
        parts = turtle_parts(export.everything, terms)
    elif fmt == "trig":
        parts = trig_parts(export.graphs(), terms)
    else:
        raise ValueError(f"{fmt!r} is not written as it is rendered; known: {', '.join(STREAMED)}")
    if chunks is not None:
        parts = _handing_on(parts, chunks, prefix_header(export.prefixes))
    write_document(out, parts, terms)


def _handing_on(parts: Iterable[str], chunks: Callable[[bytes], None], header: str) -> Iterator[str]:
    """`parts`, each also collected into chunks of about CHUNK_CHARS handed to `chunks`."""
    batch: list[str] = []
    size = 0
    for part in parts:
        yield part
        batch.append(part)
        size += len(part)
        if size >= CHUNK_CHARS:
            chunks((header + "".join(batch)).encode("utf-8"))
            batch, size = [], 0
    if batch:
        chunks((header + "".join(batch)).encode("utf-8"))


def _write(export: Export, out_dir: Path, formats: Sequence[str]) -> list[Path]:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown export format {unknown[0]!r}; known: {', '.join(FORMATS)}")
    files: dict[str, bytes] = {}
    for fmt in dict.fromkeys(formats):  # render everything first: a failure writes nothing
        files.update(render(export, fmt))
    written = []
    for name, content in files.items():
        atomic_write(out_dir / name, content)
        written.append(out_dir / name)
    return written


def write_exports(result: BuildResult, out_dir: Path, formats: Sequence[str] = ("turtle",)) -> list[Path]:
    """Write `out_dir/kg1956.trig` (always: `kg1956 export` reads it) and each format in
    `formats` ("turtle", "ntriples", "trig", "jsonld", "csv"); return the paths written.

    Raises:
        ValueError: an unknown format name.
    """
    return _write(export_dataset(result), out_dir, ["trig", *formats])


def export_build(data: Path, out_dir: Path, formats: Sequence[str]) -> list[Path]:
    """Read a build folder (or graph file) and write `formats` into `out_dir`.

    Raises:
        GraphDataError: the build cannot be read, or TriG is asked of a plain graph file.
        OutputError: `out_dir` is a file or cannot be made.
        ValueError: an unknown format name.
    """
    export = load_export(data)
    make_output_folder(out_dir)
    return _write(export, out_dir, list(formats))
