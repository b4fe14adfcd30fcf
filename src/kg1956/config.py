"""Project configuration: the base IRI from pyproject.toml's [tool.kg1956] table."""

from __future__ import annotations

import tomllib
from pathlib import Path

from kg1956.vocab import DEFAULT_BASE


def configured_base(start: Path | None = None) -> str:
    """The `base` set under [tool.kg1956] in the nearest pyproject.toml, else the default."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.exists():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                return DEFAULT_BASE
            return str(data.get("tool", {}).get("kg1956", {}).get("base", DEFAULT_BASE))
    return DEFAULT_BASE
