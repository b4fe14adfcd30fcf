"""Errors kg1956 raises; the CLI turns each into one line and an exit code."""


class Kg1956Error(Exception):
    """Base class: something the user can fix (bad input, bad query, bad shapes)."""

    exit_code = 2


class SourceError(Kg1956Error):
    """A notes file cannot be read or holds no notes."""


class ShapesError(Kg1956Error):
    """The SHACL shapes cannot be loaded."""


class QueryError(Kg1956Error):
    """A query is unknown, malformed, or its data cannot be loaded."""


class GraphDataError(Kg1956Error):
    """A built graph (build folder or file) cannot be found or parsed."""
