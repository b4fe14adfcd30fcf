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
from kg1956.export import (
    STREAMED,
    TRIG_FILE,
    TURTLE_FILE,
    Export,
    atomic_write,
    export_dataset,
    render,
    render_to,
)
from kg1956.forked import ForkedJob, can_fork
from kg1956.pending import PendingFile
from kg1956.pipeline import BuildResult
from kg1956.reports import unparsed_tsv
from kg1956.store import StoreWriter
from kg1956.validate import ValidationReport, validate_graph

UNPARSED_FILE = "unparsed.tsv"
# Below this many triples the TriG is rendered in process: a fork would cost more than it saves.
PARALLEL_MIN_TRIPLES = 50_000


def publish_build(
    result: BuildResult,
    out: Path,
    formats: Sequence[str],
    *,
    strict: bool = False,
    progress: Callable[[str], None] = lambda message: None,
    parallel: bool | None = None,
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

    The TriG is rendered in a forked child (`kg1956.forked`) while this process renders
    the Turtle and validates, when `parallel` (None: when the platform forks and the
    graph has at least PARALLEL_MIN_TRIPLES triples); the same bytes either way. A child
    that fails fails the build with its own exception; a refused build stops it.

    Raises:
        ValueError: an unknown format name.
    """
    export = export_dataset(result)
    _ = export.prefixes  # worked out once, before a child renders with them
    files: dict[str, bytes] = {}
    make_output_folder(out)
    pending = {fmt: PendingFile(out / name) for fmt, name in (("turtle", TURTLE_FILE), ("trig", TRIG_FILE))}
    child: ForkedJob | None = None
    store: StoreWriter | None = None

    def discard() -> None:
        if child is not None:
            child.cancel()
        for f in pending.values():
            f.discard()
        if store is not None:
            store.discard()

    try:
        progress("rendering Turtle and TriG")
        if _render_beside(result, parallel):  # forked before the store starts its thread
            child = ForkedJob(partial(_render_file, export, "trig", pending["trig"]), f"rendering {TRIG_FILE}")
        store = StoreWriter(out)
        render_to(export, "turtle", pending["turtle"].fh, chunks=partial(store.load, fmt="turtle", default_graph=True))
        if child is None:
            render_to(export, "trig", pending["trig"].fh)
        for fmt in dict.fromkeys(f for f in formats if f not in STREAMED):
            files.update(render(export, fmt))
        progress("validating against shapes/ while the store loads")
        report = validate_graph(result.triples, sparql_store=store.loaded, store_data=export.everything)
        if child is not None and not (strict and not report.conforms):
            child.wait()
            child = None
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
        for f in pending.values():  # the Turtle, then the TriG
            f.commit()
    except BaseException:
        discard()
        raise
    store.commit()
    forget_answers(out)  # answers of queries over the store just replaced
    atomic_write(out / UNPARSED_FILE, unparsed_tsv(result).encode("utf-8"))
    return report


def _render_beside(result: BuildResult, parallel: bool | None) -> bool:
    """Whether the TriG is rendered in a forked child."""
    if parallel is None:
        return len(result.triples) >= PARALLEL_MIN_TRIPLES and can_fork()
    return parallel and can_fork()


def _render_file(export: Export, fmt: str, pending: PendingFile) -> None:
    """Render `fmt` into `pending`'s temporary file, flushed (the work of the child)."""
    render_to(export, fmt, pending.fh)
    pending.fh.flush()
