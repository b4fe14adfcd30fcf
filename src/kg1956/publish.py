"""Writing a build into its folder: the export files, the Oxigraph store and the report
of unparsed fragments, all or nothing.

The store loads in a background thread (Oxigraph works outside the GIL) while the graph
is validated, so the two largest costs of a big build overlap."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kg1956.export import TRIG_FILE, TURTLE_FILE, atomic_write, export_dataset, render
from kg1956.pipeline import BuildResult
from kg1956.reports import unparsed_tsv
from kg1956.sparql_constraints import memory_store
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
    """Render the exports (Turtle and TriG always, plus `formats`), load them into a new
    store while the graph is validated, then put files and store in place, unless `strict`
    and the graph does not conform, in which case the previous build stays as it was.

    The SPARQL constraints run over an in-memory Oxigraph copy of the Turtle, also loaded
    in the background while the core constraints are checked. `progress` hears of each step.

    Raises:
        ValueError: an unknown format name.
    """
    export = export_dataset(result)
    files: dict[str, bytes] = {}
    out.mkdir(parents=True, exist_ok=True)
    store = StoreWriter(out)
    try:
        progress("rendering TriG and Turtle")
        files.update(render(export, "trig"))
        store.load(files[TRIG_FILE], "trig")
        for fmt in dict.fromkeys(f for f in ["turtle", *formats] if f != "trig"):  # TriG is rendered
            files.update(render(export, fmt))
        store.load(files[TURTLE_FILE], "turtle", default_graph=True)
        with ThreadPoolExecutor(max_workers=1) as pool:
            memory = pool.submit(memory_store, files[TURTLE_FILE])
            progress("validating against shapes/ while the store loads")
            report = validate_graph(result.triples, sparql_store=memory.result)
    except BaseException:
        store.discard()
        raise
    if strict and not report.conforms:
        store.discard()
        return report
    progress("writing files; waiting for the store")
    try:
        for name, content in files.items():
            atomic_write(out / name, content)
    except BaseException:
        store.discard()
        raise
    store.commit()
    atomic_write(out / UNPARSED_FILE, unparsed_tsv(result).encode("utf-8"))
    return report
