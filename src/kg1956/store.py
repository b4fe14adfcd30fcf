"""The Oxigraph store a build leaves beside its Turtle, so queries open it instead of
parsing the graph again (a 100,000-note graph takes rdflib about 45 s to parse).

Loading is Oxigraph's own work (it releases the GIL), so `StoreWriter` loads in a
background thread while the build goes on validating and writing files."""

from __future__ import annotations

import shutil
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from kg1956.datasource import STORE_DIR


class StoreWriter:
    """Builds `out/kg1956.oxigraph/` in a temporary folder, loading in the background;
    `commit()` moves it into place, `discard()` throws it away, so a failed or refused
    build keeps the previous store."""

    def __init__(self, out: Path) -> None:
        import pyoxigraph

        self._ox = pyoxigraph
        self.out = out
        self._tmp = Path(tempfile.mkdtemp(prefix=f".{STORE_DIR}.", dir=out))
        self._store = pyoxigraph.Store(str(self._tmp))
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg1956-store")
        self._jobs: list[Future] = []

    def load(self, data: bytes, fmt: str, *, default_graph: bool = False) -> None:
        """Queue `data` ("turtle" or "trig") for loading; Turtle goes to the default graph."""
        rdf_format = {"turtle": self._ox.RdfFormat.TURTLE, "trig": self._ox.RdfFormat.TRIG}[fmt]
        to_graph = self._ox.DefaultGraph() if default_graph else None
        self._jobs.append(self._pool.submit(self._store.bulk_load, data, rdf_format, to_graph=to_graph))

    def _finish(self) -> None:
        try:
            for job in self._jobs:
                job.result()
        finally:
            self._pool.shutdown(wait=True)

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
