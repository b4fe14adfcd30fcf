"""Errors kg1956 raises; the CLI turns each into one line and an exit code."""

from pathlib import Path


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


class ConfigError(Kg1956Error):
    """A setting (an option or pyproject.toml's [tool.kg1956]) has a value kg1956 cannot use."""


class OutputError(Kg1956Error):
    """The output folder cannot be made or written (a file in its place, no permission)."""


def make_output_folder(out: Path) -> None:
    """Make `out` (and its parents) if missing.

    Raises:
        OutputError: `out` or one of its parents is a file, or the folder cannot be made.
    """
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder; pass --out a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{out}: cannot make the output folder ({e.strerror or e})") from None
