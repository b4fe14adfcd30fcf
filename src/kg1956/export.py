"""Writing graphs to disk: deterministic serialisation, atomic replacement."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Graph


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename, so a failed or
    interrupted write leaves the previous file as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def turtle_bytes(graph: Graph) -> bytes:
    """Turtle with stable prefixes and subjects in sorted order (rdflib sorts them)."""
    return graph.serialize(format="turtle", encoding="utf-8")


def write_turtle(graph: Graph, path: Path) -> None:
    """Serialise `graph` as Turtle to `path` atomically."""
    atomic_write(path, turtle_bytes(graph))
