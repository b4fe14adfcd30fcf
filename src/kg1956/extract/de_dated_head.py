"""A German record head dated right after its noun, before what it is about:

    "Aktenvermerk vom 4.2.1963 über eine Unterredung mit Nam Il"
    "Vermerk vom 12. November 1968 über das Gespräch des Botschafters X mit Y"
    "Niederschrift vom 3.8.1961 über die Unterredung zwischen A und B"

(the same words as `records_eu` reads with the date at the end: "Vermerk über … am 4.2.1963"). The
parties end at the first comma, semicolon, bracket or quote after them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import find_dates
from kg1956.extract.parties import RuleResult
from kg1956.extract.places import is_place
from kg1956.extract.records_eu import read_european_conversation
from kg1956.models import Span

_DATED_NOUN = re.compile(
    r"^(?P<noun>(?:akten)?vermerke?|niederschrift|aufzeichnung|aktennotiz|gesprächsnotiz|protokoll|information)"
    r"\s+vom\s+(?P<date>\d{1,2}\.\s?(?:\d{1,2}\.|[A-Za-zäöü]+)\s?\d{4})\s+(?=über\s)",
    re.IGNORECASE,
)
# the parties end at a comma, unless an office's holder follows it ("mit dem Botschafter der KDVR, Genossen X")
# a lowercase preposition's phrase closing the parties ("am Vortag", "in der vergangenen Woche"): when
# the talk was held, which this reader would mistake for a name
_WHEN_TAIL = re.compile(r"\s(?:am|an|in|im|zum|zur|nach|vor|seit|während|auf|anlässlich)(?:\s+\S+){1,4}\s*$")
# where the talk was held ("zwischen Ulbricht und Chruschtschow in Moskau"): cut off, not refused
_IN_PLACE = re.compile(r"\s+in\s+(?P<p>\S+(?:\s\S+)?)\s*$")
_END = re.compile(r",(?!\s*(?:Genossen|Genosse|Genossin|Herrn|Frau)\s)|[;(\[\"“”„]|$")


def read_german_dated_head(text: str, offset: int) -> RuleResult | None:
    """The head read as if its date stood after the parties (offsets kept: the date is blanked where
    it stands and written again after the parties' end)."""
    m = _DATED_NOUN.match(text)
    if m is None:
        return None
    stop = _END.search(text, m.end()).start()
    held = _IN_PLACE.search(text, m.end(), stop)
    if held and is_place(held.group("p")):
        stop = held.start()
    if _WHEN_TAIL.search(text, m.end(), stop):
        return None  # "… mit Nam Il und Ri Jong Ok am Vortag": the talk's own time, not the record's date
    later = [d for d in find_dates(text[stop:]) if d.value is not None and d.value.precision == "day"]
    if later:
        return None  # "… mit Nam Il, die am 2.2.1963 stattfand, …": the talk has a date of its own
    blanked = text[: m.end("noun")] + " " * (m.end() - m.end("noun")) + text[m.end() : stop]
    probe = blanked.rstrip() + " am " + m.group("date")
    found = read_european_conversation(probe, offset)
    if found is None or found.communication.date is None or found.consumed <= len(blanked.rstrip()):
        return None
    end = len(text[:stop].rstrip())
    if any(p.mention.span.end > offset + end for p in found.communication.participants):
        return None
    comm = replace(found.communication, span=Span(offset, offset + end))
    return RuleResult(comm, end, ())
