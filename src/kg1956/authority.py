"""Authority data about people (data/authority/*.toml): names the notes cannot join by
themselves, such as cryptonyms, each entry with its source."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from kg1956.errors import SourceError

AUTHORITY_DIR = Path(__file__).resolve().parents[2] / "data" / "authority"


@dataclass(frozen=True)
class AuthorityEntry:
    """One person: the names they go under, and where that is established."""

    name: str
    names: tuple[str, ...]
    source: str


def load_authority(paths: list[Path] | None = None) -> list[AuthorityEntry]:
    """Read authority files (default: every *.toml in data/authority/)."""
    files = paths if paths is not None else sorted(AUTHORITY_DIR.glob("*.toml"))
    entries: list[AuthorityEntry] = []
    for path in files:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise SourceError(f"{path}: cannot read the authority file ({exc})") from None
        for i, person in enumerate(data.get("person", []), start=1):
            names = person.get("names") or []
            if not person.get("source") or not names:
                raise SourceError(f"{path}: person entry {i} needs 'names' and a 'source'")
            entries.append(
                AuthorityEntry(str(person.get("name", names[0])), tuple(map(str, names)), str(person["source"]))
            )
    return entries
