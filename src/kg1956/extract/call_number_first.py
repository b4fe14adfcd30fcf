"""A call number first, then a colon, then the record it holds — how articles that quote archival
heads lay out their notes:

    "RGANI, f. 5, op. 49, d. 380, ll. 12–16: A.A. Epishev, Soviet Ambassador in Bucharest, to the CC CPSU,
    report, 7.I.1961."
    "SAPMO-BArch, DY 30/J IV 2/202/280, Bl. 4–9: Walter Ulbricht to Khrushchev, letter, 30.XI.1961."

The call number must begin the clause and end at the colon, and what follows the colon must be read
by a record rule with a date; the record and its call number then make one citation (so an "Ibid."
after it repeats both). Anything else (a sentence before a colon, a call number inside prose, a
colon after something that is no call number, a record after the colon with a call number or an
"ibid." of its own, or one the author points to with "see") is left to the other readers; a call number is never
a party ("SAPMO-BArch … : Walter Ulbricht to …" is Ulbricht's letter).
"""

from __future__ import annotations

import re

from kg1956.extract.communications import first_rule
from kg1956.extract.locators import parse_locator
from kg1956.models import Span

_COLON = re.compile(r"\s*:\s+(?=\S)")
# a comma after the call number ends it as well ("AVPRF, f. 079, …, l. 102, X to Y, letter, date"): the
# record after it must then begin the clause's prose (a name, a kind word), read with a date
_COMMA = re.compile(r"\s*,\s+(?=[A-Za-zÀ-žĐ\"“„«])")
# the record after the colon cites its own place, or is one the author refers to
# ("…, 106-01479-06, 1–4, same, 13 April 1967": the record before again, which the Idem reader reads)
_OWN_PLACE = re.compile(
    r"^(?:see|cf\.?|compare)\b|\b(?:ibid|idem|op\.\s*cit)\b|^(?:the\s+)?same\s*,\s*\d", re.IGNORECASE
)
_QUOTES = "\"“„«‘'"


def read_call_number_first(reader, text: str, off: int) -> bool:
    """Read "CALL NUMBER: record" as one citation (see the module docstring); False when not so laid out."""
    loc = parse_locator(text, off)
    if loc is None or text[: loc.span.start - off].strip(" ,.;("):
        return False
    colon = _COLON.match(text, loc.span.end - off) or _COMMA.match(text, loc.span.end - off)
    if colon is None:
        return False
    rest, at = text[colon.end() :], off + colon.end()
    if _OWN_PLACE.search(rest) or parse_locator(rest, at) is not None:
        # "…, l. 5: see X to Y, date, ibid., l. 7": the call number is the author's, the record says
        # where it is itself; each is read on its own, the call number first ("ibid." points to it)
        reader.read_locator(text[: colon.start()], off)
        reader.read_clause(rest, at)
        return True
    if rest[:1] in _QUOTES:
        return _quoted_after(reader, text, off, loc)
    found = first_rule(rest, at)
    if found is None or found.communication.date is None:
        return False
    before = len(reader.citations)
    reader.read_clause(rest, at)
    record = next((d for d in reader.citations[before:] if d.communications), None)
    if record is None:  # the record was not read after all: the call number on its own
        return reader.read_locator(text[: colon.start()], off) or True
    record.locators.insert(0, loc)
    record.span = Span(min(off, record.span.start), record.span.end)
    return True


def _quoted_after(reader, text: str, off: int, loc) -> bool:
    """ "ANIC, …, f. 3–28: "Notă privind convorbirea …" (Note on …), 23.VI.1960.": a title quoted in
    its own language, which the readers of those heads take with the call number before it; the
    call number is added to the record they read when they leave it out."""
    if getattr(reader, "_reading_call_number_first", False):
        return False
    before = len(reader.citations)
    reader._reading_call_number_first = True
    try:
        reader.read_clause(text, off)
    finally:
        reader._reading_call_number_first = False
    new = reader.citations[before:]
    record = next((d for d in new if d.communications), None)
    lone = [d for d in new if d.locators and not d.communications]
    if (
        record is not None
        and not record.locators
        and len(lone) == 1
        and lone[0].work is None
        and not lone[0].copies
        and lone[0].span.start < record.span.start
    ):
        # the call number read on its own before the quoted head: it holds that record, and an
        # "Ibid., k. 20" after it repeats both
        record.locators[0:0] = lone[0].locators
        record.span = Span(min(lone[0].span.start, record.span.start), record.span.end)
        reader.citations.remove(lone[0])
        return True
    if any(d.locators for d in new):
        return True
    if record is not None:
        record.locators.insert(0, loc)
        record.span = Span(min(off, record.span.start), record.span.end)
    return True
