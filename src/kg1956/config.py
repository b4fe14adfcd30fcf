"""Project configuration: the base IRI from pyproject.toml's [tool.kg1956] table."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from kg1956.errors import ConfigError
from kg1956.vocab import DEFAULT_BASE

# an absolute IRI: a scheme, a colon, then no character RDF forbids in an IRI (RFC 3987)
_ABSOLUTE_IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*')


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


def checked_base(base: str, where: str = "--base") -> str:
    """`base` if it is an absolute IRI that data resources can be minted under.

    Raises:
        ConfigError: it is not (no scheme, or a space or another character IRIs forbid).
    """
    if not _ABSOLUTE_IRI.fullmatch(base):
        raise ConfigError(f"{where} {base!r}: not an absolute IRI (for example https://example.org/kg1956/)")
    return base
