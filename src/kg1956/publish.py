"""Writing a build into its folder: the export files, the Oxigraph store and the report
of unparsed fragments, all or nothing.

The store loads in a background thread (Oxigraph works outside the GIL) while the graph
is rendered and validated, so the largest costs of a big build overlap."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from kg1956.answers import forget_answers
from kg1956.errors import make_output_folder
from kg1956.export import STREAMED, TRIG_FILE, TURTLE_FILE, atomic_write, export_dataset, render, render_to
from kg1956.pending import PendingFile
from kg1956.pipeline import BuildResult
from kg1956.reports import unparsed_tsv
from kg1956.store import StoreWriter
from kg1956.validate import ValidationReport, validate_graph

UNPARSED_FILE = "unparsed.tsv"


def publish_build(
    result: BuildResult,
    out: Path,
    formats: Sequence[str],
    *,
    strict: bool = False,
    progress: Callable[[str], None] = lambda message: None,
) -> ValidationReport:
    """Render the exports (Turtle and TriG always, plus `formats`), load the Turtle into a
    new store as it is rendered, validate the graph, then put files and store in place,
    unless `strict` and the graph does not conform, in which case the previous build stays
    as it was.

    The store holds the whole graph once, in its default graph: the TriG's per-note graphs
    would hold every triple again (and a union of them as the default graph would repeat a
    triple once per note asserting it), for nothing the named queries or the shapes ask.
    Turtle and TriG are written straight to temporary files beside their place, the
    Turtle first, handed to the store a piece at a time (so it loads while the TriG is
    rendered), so neither is held whole in memory. The
    graph is validated while the store loads: the core constraints and the screens of the
    SPARQL constraints in Python; a SPARQL constraint a screen cannot clear runs over the
    new store's default graph (the Turtle) once it is loaded. `progress` hears of each step.

    Raises:
        ValueError: an unknown format name.
    """
    export = export_dataset(result)
    files: dict[str, bytes] = {}
    make_output_folder(out)
    store = StoreWriter(out)
    pending: list[PendingFile] = []

    def discard() -> None:
        for f in pending:
            f.discard()
        store.discard()

    try:
        progress("rendering Turtle and TriG")
        for fmt, name in (("turtle", TURTLE_FILE), ("trig", TRIG_FILE)):
            pending.append(PendingFile(out / name))
            to_store = partial(store.load, fmt=fmt, default_graph=True) if fmt == "turtle" else None
            render_to(export, fmt, pending[-1].fh, chunks=to_store)
        for fmt in dict.fromkeys(f for f in formats if f not in STREAMED):
            files.update(render(export, fmt))
        progress("validating against shapes/ while the store loads")
        report = validate_graph(result.triples, sparql_store=store.loaded, store_data=export.everything)
    except BaseException:
        discard()
        raise
    if strict and not report.conforms:
        discard()
        return report
    progress("writing files; waiting for the store")
    try:
        store.loaded()  # a piece that failed to load fails the build before any file is replaced
        for name, content in files.items():
            atomic_write(out / name, content)
        while pending:
            pending.pop(0).commit()
    except BaseException:
        discard()
        raise
    store.commit()
    forget_answers(out)  # answers of queries over the store just replaced
    atomic_write(out / UNPARSED_FILE, unparsed_tsv(result).encode("utf-8"))
    return report
