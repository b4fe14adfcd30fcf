"""A Russian record's head written in Library of Congress letters inside an English note ("Zapis'
besedy A.N. Kosygina s Le Zuanom [Record of …], Hanoi, 8 September 1969"), read by the Russian
reader before the English reader takes the head's translation in brackets for the record."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import find_dates
from kg1956.extract.parties import RuleResult
from kg1956.extract.records_en import printed_or_broadcast
from kg1956.extract.records_ru import read_russian_conversation

# a Russian head in Library of Congress letters: read before the English reader, which would take the
# head's English translation in brackets after it ("Zapis' besedy X s Y [Record of X's conversation …]")
_LATIN_HEAD = re.compile(
    r"(?:iz\s+)?(?:zapis['’ʹ]|zapisi|protokoly?|stenogramm[ay]?)\s+(?:b[ec]s[ec]dy|besed|razgovora|peregovorov|vstrechi)\s",
    re.IGNORECASE,
)


_CLOSING_QUOTE = re.compile(r"[\"”»](?=[\s,.;\[]|$)")
# between a quoted head and its date: its translation in brackets and the place it was held, nothing else
_QUOTE_TO_DATE = re.compile(r"[\s,]*(?:\[[^\[\]]*\])?[\s,]*(?:[A-Z][\w'’-]+,\s*)?")
_GLOSS_AFTER_QUOTE = re.compile(r"\s*\[[^\[\]]+\]")


def read_latin_russian_head(text: str, offset: int) -> RuleResult | None:
    """ "Zapis' besedy A.N. Kosygina s Le Zuanom [Record of …], Hanoi, 8 September 1969": a
    transliterated Russian head, whatever English follows it (see `read_russian_conversation`)."""
    quote = len(text) - len(text.lstrip("\"“„«'‘ "))  # '"Zapis' besedy …" [Record of …], date': quoted whole
    if not _LATIN_HEAD.match(text, quote):
        return None
    found = read_russian_conversation(text[quote:], offset + quote)
    if found is None or (quote and found.communication.date is None):
        return None  # 'the Soviet record ("Zapis' besedy …") is in …': a title the sentence names and dates
    consumed = found.consumed + quote
    if quote:
        close = _CLOSING_QUOTE.search(text, quote)
        if close is None:
            return None
        if close.start() < consumed:  # '"Zapis' besedy …" [Record …], 16 December 1955': its gloss and place between
            dated = find_dates(text[close.end() : consumed])
            if not dated or not _QUOTE_TO_DATE.fullmatch(text[close.end() : close.end() + dated[0].span.start]):
                return None  # '"Zapis' besedy s Y" of 2 and 5 October 1959, X diary': the author's English words
        else:  # '"Zapis' besedy …, 5 marta 1949 g." [Record of …]': the date inside; the gloss after it is the head's
            gloss = _GLOSS_AFTER_QUOTE.match(text, close.end())
            consumed = gloss.end() if gloss else close.end()
        if printed_or_broadcast(text[consumed:]):
            return None  # '"Zapis' besedy s Y", 3 May 1960, Radio Moscow broadcast': a programme, no record
    return replace(found, consumed=consumed)
