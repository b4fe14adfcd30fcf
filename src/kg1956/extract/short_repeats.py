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
from itertools import permutations

from kg1956.extract.locators import parse_locator
from kg1956.models import Citation, Communication, Locator, Span
from kg1956.romanize import name_key

# what follows the date of a shortened repeat: the leaf or page alone, then the end of the note
_LEAF_ONLY = re.compile(
    r"\s*,\s*(?:(?P<key>ll?|pp?|ff?)\.\s*)?(?P<pages>\d{1,4}(?:\s*(?:ob\.?|об\.?|v))?(?:\s*[–-]\s*\d{1,4}"
    r"(?:\s*(?:ob\.?|об\.?|v))?)?)\s*\.?\s*$"
)


def repeated_leaf(note_text: str, end: int) -> str | None:
    """The leaf or page written after a shortened record at `end`, when nothing else follows."""
    m = _LEAF_ONLY.match(note_text, end)
    return m.group("pages").rstrip(" .") if m else None


def repeated_leaf_key(note_text: str, end: int) -> str | None:
    """The key before that leaf ("l", "ll", "p"), None for a bare number."""
    m = _LEAF_ONLY.match(note_text, end)
    return m.group("key").lower() if m and m.group("key") else None


# the letters an OCR confuses in a name ("Soebandrlo" for "Soebandrio")
_OCR_PAIRS = {frozenset("il"), frozenset("ce")}


def _ocr_same(a: str, b: str) -> bool:
    """Two keys of six letters or more that differ in one place, by a letter the OCR confuses."""
    if len(a) < 6 or len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and frozenset(diff[0]) in _OCR_PAIRS


def _same_person(a: str, b: str) -> bool:
    """Two spellings of one party by the whole name key: "Kim Il" is not "Nam Il", "Choe Chang-ik" not
    "Pak Chang-ok", "Sukarni" not "Sukarno". A surname written alone ("Mikoyan") is the person written
    with initials or in full ("A.I. Mikoyan", "Zhou Enlai"), but never a Korean family name alone."""
    ka, kb = name_key(a), name_key(b)
    if not ka.strong or not kb.strong:
        return False
    if ka.strong == kb.strong or _ocr_same(ka.strong, kb.strong):
        return True
    for bare, other, full in ((ka, kb, a), (kb, ka, b)):
        if bare.family == "plain" and " " not in bare.strong and len(full.split()) == 1:
            if other.family in ("initials", "chinese") or (other.family == "plain" and " " in other.strong):
                if bare.strong == other.surname or _ocr_same(bare.strong, other.surname):
                    return True
    return False


def same_talk(a: Communication, b: Communication) -> bool:
    """The same record: the same day, and the same parties by their whole names, one for one."""
    if a.date is None or b.date is None or a.date.iso != b.date.iso or a.date.precision != "day":
        return False
    left = [p.mention.text for p in a.participants]
    right = [p.mention.text for p in b.participants]
    if len(left) != len(right) or len(left) < 2:
        return False
    return any(all(_same_person(x, y) for x, y in zip(left, order, strict=True)) for order in permutations(right))


# the archives that count leaves in a fond, opis and delo: a repeat's "l."/"ll." is one of their files
_LEAF_KEYS = {"l", "ll"}


def earlier_record(c: Citation, citations: list[Citation], key: str | None = None) -> Citation | None:
    """The earlier citation with a call number of the same talk as `c`'s only one; none when two
    earlier records of two files could be meant. A leaf written "l." or "ll." is in a file counted
    by leaves (fond, opis, delo), never in an archive that numbers pages."""
    if len(c.communications) != 1:
        return None
    talk = c.communications[0]
    found: list[Citation] = []
    for earlier in reversed(citations):
        if not earlier.locators or not any(same_talk(talk, e) for e in earlier.communications):
            continue
        if key in _LEAF_KEYS and not all(_by_leaves(loc) for loc in earlier.locators):
            continue
        found.append(earlier)
    files = {tuple((loc.repository, _file_of(loc)) for loc in f.locators) for f in found}
    return found[0] if len(files) == 1 else None


def _by_leaves(loc: Locator) -> bool:
    keys = dict(loc.fields)
    return "fond" in keys and ("delo" in keys or "file" in keys)


def _file_of(loc: Locator) -> tuple[tuple[str, str], ...]:
    """The call number without its leaves or pages."""
    return tuple((k, v) for k, v in loc.fields if k not in ("list", "pages", "page"))


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
