"""kg1956: turn Cold War history footnotes into a validated RDF knowledge graph."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg1956 import pattern_cache
from kg1956.errors import Kg1956Error, QueryError, ShapesError, SourceError

if TYPE_CHECKING:
    from kg1956.pipeline import BuildResult, build

__version__ = "0.1.0"

# before any module of the package compiles its patterns
pattern_cache.install()

__all__ = [
    "BuildResult",
    "Kg1956Error",
    "QueryError",
    "ShapesError",
    "SourceError",
    "build",
    "__version__",
]


def __getattr__(name: str) -> object:
    """`build` and `BuildResult` load the pipeline (rdflib and the extractor) on first use,
    so `kg1956 --help` and commands that never build start quickly."""
    if name in ("build", "BuildResult"):
        from kg1956 import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'kg1956' has no attribute {name!r}")
