"""kg1956: turn Cold War history footnotes into a validated RDF knowledge graph."""

from kg1956.errors import Kg1956Error, QueryError, ShapesError, SourceError
from kg1956.pipeline import BuildResult, build

__version__ = "0.1.0"

__all__ = [
    "BuildResult",
    "Kg1956Error",
    "QueryError",
    "ShapesError",
    "SourceError",
    "build",
    "__version__",
]
