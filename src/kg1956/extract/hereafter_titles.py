"""A record given a short title of the author's own with "hereafter", then cited again by it:

    "Record of conversation between X and Y, 9 March 1953 (hereafter X–Y record), AVPRF, f. 06, …"
    … "X–Y record (n. 2), l. 15."
    "X's memorandum for Y, 30 April 1954, AVPRF, …, ll. 2–4 (hereafter cited as X memorandum)."
    … "X memorandum, l. 3."

The Chicago style's "hereafter cited as" is how monographs shorten a record they come back to.
The later note repeats the record (its communications) and its call number with its own leaf.

Read narrowly: the short title must be declared in brackets after a record that has both a
communication and a call number (an archive's own initials, "(hereafter AVPRF)", and a book's
short title are no record), and never after where the record is printed ("…, ll. 1-5, published
in … Bulletin (hereafter Bulletin)" names the journal); the later note must be nothing but the short title, an optional
cross-reference to the note ("(n. 2)", "(see n. 2 above)") and a leaf or page. A sentence that
speaks of the record ("The X–Y record is silent on this") repeats nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.lexicon import LOCATOR_ORDER
from kg1956.extract.locators import find_repository
from kg1956.models import Citation, Span
from kg1956.romanize import fold

_DECLARED = re.compile(
    r"\(\s*(?:hereafter|henceforth)(?:\s+(?:cited|referred\s+to)\s+as)?[\s:]+"
    r"(?P<title>[^()\[\];,]{3,60}?)\s*\)",
    re.IGNORECASE,
)
# the declaration alone, between a record's date and its call number
HEREAFTER_BRACKET = re.compile(r"\(\s*(?:hereafter|henceforth)\b[^()\[\]]{3,80}\)", re.IGNORECASE)
# the record's call number followed by where it is printed: a title declared after this names the print
_PRINTED_IN = re.compile(
    r"\b(?:published|reprinted|printed|reproduced|translated|excerpted|quoted|cited)\b|\bin\s+[\"“«‘A-ZА-Я]"
)
_CROSS_REF = r"(?:\s*\(\s*(?:see\s+)?nn?\.\s*\d{1,3}(?:\s+above)?\s*\))?"
_LEAF = r"(?:(?:ll?|ff?|fl|pp?|Bl)\.\s*)?(?P<leaf>\d{1,4}(?:\s*(?:ob\.?|v))?(?:\s*[–—-]\s*\d{1,4}(?:\s*(?:ob\.?|v))?)?)"


def _key(title: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(title)).split())


def declared_titles(note_text: str) -> list[tuple[str, int]]:
    """The short titles a note declares for a record, with where each is declared."""
    out = []
    for m in _DECLARED.finditer(note_text):
        title = m.group("title").strip(" \"'“”‘’")
        if not re.search(r"[a-zа-я]", title):
            continue  # "(hereafter AVPRF)", "(hereafter PRC FMA)": an archive's or a series' initials
        repo = find_repository(title)
        if repo is not None and repo.group(0).strip() == title:
            continue
        out.append((_key(title), m.start()))
    return out


def record_titled(citations: list[Citation], at: int, note_text: str = "") -> Citation | None:
    """The record a short title declared at `at` names: the citation of the note nearest before it,
    when that one has both a communication and a call number (a book's short title declared after a
    record in the same note names the book, never the record before it)."""
    before = [c for c in citations if c.span.start <= at]
    if not before:
        return None
    nearest = max(before, key=lambda c: c.span.start)
    if note_text and note_text[nearest.span.end : at].strip(" ,"):
        return None  # words no rule read between the record and the declaration: it names something else
    if note_text and nearest.locators:
        first = min(loc.span.start for loc in nearest.locators)
        if first < at and _PRINTED_IN.search(note_text[first:at]):
            return None  # "…, ll. 1-5, published in … Bulletin (hereafter Bulletin)": the journal's title
    return nearest if nearest.communications and nearest.locators else None


def repeat_by_title(note_text: str, titles: dict[str, Citation]) -> Citation | None:
    """ "X–Y record (n. 2), l. 15.": the titled record again, in the same file with this leaf."""
    text = note_text.strip()
    for key, target in titles.items():
        m = re.match(r"(?P<title>[^,()]{3,60}?)" + _CROSS_REF + r",\s*" + _LEAF + r"\s*\.?$", text)
        if m is None or _key(m.group("title")) != key:
            continue
        leaf = m.group("leaf")
        locators = []
        for loc in target.locators:
            fields = dict(loc.fields)
            fields["list"] = leaf
            ordered = tuple((k, fields[k]) for k in LOCATOR_ORDER if k in fields)
            locators.append(replace(loc, fields=ordered, span=Span(0, 0), text=f"{loc.text} (list {leaf})"))
        return replace(
            target,
            span=Span(0, len(note_text)),
            form="short",
            locators=tuple(locators),
            copies=(),
        )
    return None
