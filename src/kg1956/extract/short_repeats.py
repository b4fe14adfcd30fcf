"""A record cited again in the Chicago style's shortened form: its parties and date only, then the
leaf or page now meant, with no archive ("Khrushchëv–Sukarno conversation, 24 February 1960, l.
14."; "Chen Yi–Subandrio talk, 24 January 1965, 22."). It lies in the file an earlier note cited in
full for the same talk (same day, same parties), and repeats that call number with its own leaf.

Only a note that ends right after the leaf is read so, and only when an earlier record of the same
day has the same parties, so a sentence that mentions a talk and a page of a book does not borrow a
call number. Also an Ibid. that names another PRC Foreign Ministry file by its number alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.locators import parse_locator
from kg1956.models import Citation, Communication, Locator, Span
from kg1956.romanize import fold

# what follows the date of a shortened repeat: the leaf or page alone, then the end of the note
_LEAF_ONLY = re.compile(
    r"\s*,\s*(?:(?:ll?|pp?|ff?)\.\s*)?(?P<pages>\d{1,4}(?:\s*(?:ob\.?|об\.?|v))?(?:\s*[–-]\s*\d{1,4}"
    r"(?:\s*(?:ob\.?|об\.?|v))?)?)\s*\.?\s*$"
)


def repeated_leaf(note_text: str, end: int) -> str | None:
    """The leaf or page written after a shortened record at `end`, when nothing else follows."""
    m = _LEAF_ONLY.match(note_text, end)
    return m.group("pages").rstrip(" .") if m else None


def _surname(text: str) -> str:
    words = re.sub(r"[^\w\s'’-]", " ", fold(text)).split()
    # the old Indonesian spelling's "oe" is the new "u" ("Soebandrio", "Subandrio")
    return words[-1].replace("oe", "u") if words else ""


def _same_name(a: str, b: str) -> bool:
    """The same surname, or one misread by a letter near its end ("Soebandrlo" for "Soebandrio")."""
    return a == b or (
        len(a) >= 6 and len(b) == len(a) and a[:5] == b[:5] and sum(x != y for x, y in zip(a, b, strict=True)) == 1
    )


def same_talk(a: Communication, b: Communication) -> bool:
    """The same record: the same day, and the same parties by surname."""
    if a.date is None or b.date is None or a.date.iso != b.date.iso or a.date.precision != "day":
        return False
    left = sorted(_surname(p.mention.text) for p in a.participants)
    right = sorted(_surname(p.mention.text) for p in b.participants)
    return len(left) == len(right) >= 2 and all(_same_name(x, y) for x, y in zip(left, right, strict=True))


def earlier_record(c: Citation, citations: list[Citation]) -> Citation | None:
    """The latest earlier citation with a call number of the same talk as `c`'s only one."""
    if len(c.communications) != 1:
        return None
    talk = c.communications[0]
    for earlier in reversed(citations):
        if earlier.locators and any(same_talk(talk, e) for e in earlier.communications):
            return earlier
    return None


# "ibid. 105-01817-03, 4–8": after an Ibid., another PRC Foreign Ministry file, known by its number's
# shape (which no other archive writes), with its pages
_IBID_FMA = re.compile(r"(?:ibid|ibidem)\.?,?\s+(?P<rest>\d{3}-\d{5}-\d{2}\b[^;]*)", re.IGNORECASE)


def ibid_fma_file(text: str, at: int) -> Locator | None:
    """The PRC Foreign Ministry file an Ibid. gives by its number alone, with the Ibid.'s span."""
    m = _IBID_FMA.fullmatch(text.strip().rstrip("."))
    if m is None:
        return None
    loc = parse_locator("PRC FMA " + m.group("rest"), 0)
    if loc is None or loc.repository != "PRC-FMA":
        return None
    return replace(loc, repository_text="ibid.", text=text.strip(), span=Span(at, at + len(text)))
