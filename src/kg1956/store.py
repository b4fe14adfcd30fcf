"""The Oxigraph store a build leaves beside its Turtle, so queries open it instead of
parsing the graph again (a 100,000-note graph takes rdflib about 45 s to parse).

Opening and loading are Oxigraph's own work (they release the GIL), so `StoreWriter` opens
the store and loads it in a background thread while the build goes on rendering, validating
and writing files (opening a new store on disk waits ~0.1–0.2 s on the disk). It is
given the graph a few megabytes at a time: one Oxigraph bulk load of a whole big file
holds about a gigabyte, one of a 16 MB piece about 200 MB, one of 4 MB about 50 MB.
Pieces given faster than they load wait in a scratch file rather than in memory, so
rendering never waits for loading."""

from __future__ import annotations

import shutil
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from kg1956.datasource import STORE_DIR

# pieces given to `load` and not loaded yet kept in memory, at most: the rest wait on disk
MAX_QUEUED = 2


class StoreWriter:
    """Builds `out/kg1956.oxigraph/` in a temporary folder, loading in the background;
    `commit()` moves it into place, `discard()` throws it away, so a failed or refused
    build keeps the previous store."""

    def __init__(self, out: Path) -> None:
        import pyoxigraph

        self._ox = pyoxigraph
        self.out = out
        self._tmp = Path(tempfile.mkdtemp(prefix=f".{STORE_DIR}.", dir=out))
        self._store = None  # opened by the first job, before any load (one worker: jobs run in order)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg1956-store")
        self._jobs: list[Future] = [self._pool.submit(self._open)]
        self._room = threading.BoundedSemaphore(MAX_QUEUED)
        self._spool: Path | None = None  # scratch folder of the pieces waiting on disk
        self._optimized = False

    def load(self, data: bytes, fmt: str, *, default_graph: bool = False) -> None:
        """Queue `data` ("turtle" or "trig") for loading; Turtle goes to the default graph.
        While MAX_QUEUED pieces wait in memory, `data` waits in a scratch file."""
        rdf_format = {"turtle": self._ox.RdfFormat.TURTLE, "trig": self._ox.RdfFormat.TRIG}[fmt]
        to_graph = self._ox.DefaultGraph() if default_graph else None
        if self._room.acquire(blocking=False):
            try:
                job = self._pool.submit(self._load, data, rdf_format, to_graph)
            except BaseException:
                self._room.release()
                raise
        else:
            if self._spool is None:
                self._spool = Path(tempfile.mkdtemp(prefix=f".{STORE_DIR}-pieces.", dir=self.out))
            piece = self._spool / f"{len(self._jobs)}.{fmt}"
            piece.write_bytes(data)
            job = self._pool.submit(self._load_file, piece, rdf_format, to_graph)
        self._jobs.append(job)

    def _open(self) -> None:
        self._store = self._ox.Store(str(self._tmp))

    def _load(self, data: bytes, rdf_format, to_graph) -> None:  # noqa: ANN001 - pyoxigraph values
        try:
            self._store.bulk_load(data, rdf_format, to_graph=to_graph)
        finally:
            self._room.release()

    def _load_file(self, piece: Path, rdf_format, to_graph) -> None:  # noqa: ANN001 - pyoxigraph values
        try:
            self._store.bulk_load(path=str(piece), format=rdf_format, to_graph=to_graph)
        finally:
            piece.unlink(missing_ok=True)

    def loaded(self):  # noqa: ANN201 - a pyoxigraph Store
        """The store being written, once everything queued is loaded and the store
        compacted (for queries before `commit`, such as a SPARQL constraint no screen
        cleared; `publish_build` also calls it to learn of a failed load before it
        replaces any file).

        Raises:
            SyntaxError, OSError: a piece could not be loaded.
        """
        for job in self._jobs:
            job.result()
        if not self._optimized:  # a store bulk-loaded in many pieces answers faster compacted
            self._store.optimize()
            self._optimized = True
        return self._store

    def _finish(self) -> None:
        try:
            for job in self._jobs:
                job.result()
        finally:
            self._pool.shutdown(wait=True)
            if self._spool is not None:
                shutil.rmtree(self._spool, ignore_errors=True)

    def commit(self) -> Path:
        """Wait for the loads, then put the store in place of the previous one."""
        target = self.out / STORE_DIR
        try:
            self._finish()
            self._store.flush()
            del self._store
            old = self.out / f".{STORE_DIR}.old"
            if target.exists():
                shutil.rmtree(old, ignore_errors=True)
                target.rename(old)
            self._tmp.rename(target)
            shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(self._tmp, ignore_errors=True)
            raise
        return target

    def discard(self) -> None:
        """Wait for the loads (they cannot be interrupted) and remove the temporary store."""
        try:
            self._finish()
        finally:
            shutil.rmtree(self._tmp, ignore_errors=True)
