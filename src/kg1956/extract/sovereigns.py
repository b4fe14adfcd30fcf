"""The sovereigns of the period, read from data/sovereigns.toml: after "King" or "Queen" only
their names make the word a title ("King Hussein"), never a man's name ("J. King Gordon")."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from kg1956.errors import SourceError

SOVEREIGNS_FILE = Path(__file__).resolve().parents[3] / "data" / "sovereigns.toml"

# words after the sovereign's name that make the phrase a body or a place named after one
# ("Queen Mary College", "King George Street")
_NAMED_AFTER = (
    "College",
    "Syndicate",
    "Street",
    "Island",
    "Islands",
    "Line",
    "Hall",
    "Hospital",
    "Road",
    "School",
    "Foundation",
    "Society",
)


def load_sovereign_names(path: Path = SOVEREIGNS_FILE) -> tuple[str, ...]:
    """Every name of every entry, longest first then alphabetical (so the pattern is the same in
    every process); each entry must give its names and a source."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"{path}: cannot read the list of sovereigns ({exc})") from None
    names: set[str] = set()
    for i, entry in enumerate(data.get("sovereign", []), start=1):
        written = entry.get("names")
        if not isinstance(written, list) or not written or not all(isinstance(n, str) and n.strip() for n in written):
            raise SourceError(f"{path}: sovereign entry {i} needs 'names', a list of names")
        if not str(entry.get("source", "")).strip():
            raise SourceError(f"{path}: sovereign entry {i} ({written[0]}) needs a 'source'")
        names.update(n.strip() for n in written)
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@cache
def sovereign_title() -> re.Pattern[str]:
    """ "King"/"Queen" (group `title`) and the space after it, matched only before a sovereign's name."""
    names = "|".join(map(re.escape, load_sovereign_names()))
    after = "|".join(_NAMED_AFTER)
    return re.compile(rf"(?P<title>King|Queen)\s+(?=(?:{names})\b)(?!\S+\s+(?:{after})\b)")
