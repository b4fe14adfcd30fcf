"""The Oxigraph store a build leaves beside its Turtle, so queries open it instead of
parsing the graph again (a 100,000-note graph takes rdflib about 45 s to parse)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from kg1956.datasource import STORE_DIR


def write_store(out: Path, turtle: Path, trig: Path | None = None) -> Path:
    """Write `out/kg1956.oxigraph/`: the whole graph as the default graph (from `turtle`)
    and one named graph per note (from `trig`). Built in a temporary folder and moved into
    place, so a failed build keeps the previous store."""
    import pyoxigraph

    target = out / STORE_DIR
    tmp = Path(tempfile.mkdtemp(prefix=f".{STORE_DIR}.", dir=out))
    try:
        store = pyoxigraph.Store(str(tmp))
        store.bulk_load(path=str(turtle), format=pyoxigraph.RdfFormat.TURTLE, to_graph=pyoxigraph.DefaultGraph())
        if trig is not None and trig.exists():
            store.bulk_load(path=str(trig), format=pyoxigraph.RdfFormat.TRIG)
        store.flush()
        del store
        old = out / f".{STORE_DIR}.old"
        if target.exists():
            shutil.rmtree(old, ignore_errors=True)
            target.rename(old)
        tmp.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target
