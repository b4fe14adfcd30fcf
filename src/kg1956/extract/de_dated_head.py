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

from kg1956.extract.parties import RuleResult
from kg1956.extract.records_eu import read_european_conversation
from kg1956.models import Span

_DATED_NOUN = re.compile(
    r"^(?P<noun>(?:akten)?vermerke?|niederschrift|aufzeichnung|aktennotiz|gesprächsnotiz|protokoll|information)"
    r"\s+vom\s+(?P<date>\d{1,2}\.\s?(?:\d{1,2}\.|[A-Za-zäöü]+)\s?\d{4})\s+(?=über\s)",
    re.IGNORECASE,
)
# the parties end at a comma, unless an office's holder follows it ("mit dem Botschafter der KDVR, Genossen X")
_END = re.compile(r",(?!\s*(?:Genossen|Genosse|Genossin|Herrn|Frau)\s)|[;(\[\"“”„]|$")


def read_german_dated_head(text: str, offset: int) -> RuleResult | None:
    """The head read as if its date stood after the parties (offsets kept: the date is blanked where
    it stands and written again after the parties' end)."""
    m = _DATED_NOUN.match(text)
    if m is None:
        return None
    stop = _END.search(text, m.end()).start()
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
