"""Records cited by a title in their own language with an English translation in brackets:

    "Mao Zedong jiejian Sulian dashi Youjin tanhua jilu [Record of Mao Zedong's conversation on
    receiving Soviet Ambassador Yudin], 2 April 1958, PRC FMA 109-00830-03"

The original (pinyin, Vietnamese, Mongolian …) is read by no rule; the translation is an
English head, and the date and call number follow the bracket. The translation is read in
place, with the original and the brackets blanked, so offsets stay those of the note. Titles
in the translation ("Soviet Ambassador Yudin") are the translator's words, not roles the
record attests: the people are kept without them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import find_dates
from kg1956.extract.parties import RuleResult
from kg1956.extract.records_en import read_record

_TRANSLATED = re.compile(r"^(?P<orig>[^\[\]()\d]{8,240}?)\s*\[(?P<tr>[^\[\]]{10,300})\]")


def read_translated_title(text: str, offset: int) -> RuleResult | None:
    m = _TRANSLATED.match(text)
    if m is None or find_dates(m.group("orig")):
        return None
    after = text[m.end() :]
    dates = find_dates(after)
    if not dates or not re.fullmatch(r"[\s,]*(?:[A-Z][\w'’-]+,\s*)?", after[: dates[0].span.start]):
        return None  # the date (after a place at most) must follow the bracket
    start = m.start("tr")
    blanked = text[start : m.end("tr")] + " " + text[m.end() :]
    found = read_record(blanked, offset + start)
    if found is None or found.communication.date is None or found.consumed <= m.end("tr") - start:
        return None  # the date must come after the bracket: a translation alone dates nothing
    comm = found.communication
    people = tuple(replace(p, mention=replace(p.mention, role=None)) for p in comm.participants)
    return RuleResult(replace(comm, participants=people), found.consumed + start, found.more_dates, found.reply)
