"""A record's head quoted in its own language, its English translation in round brackets, then
the date (and a place before it), as English-language articles on East European archives cite them:

    "Procesverbal i bisedës së shokut Enver Hoxha me ambasadorin kinez Lo Shih-i" (Minutes of
    Comrade Enver Hoxha's conversation with the Chinese ambassador Luo Shiyi), 12.VII.1960.
    "Notă privind convorbirea tovarășului Gh. Gheorghiu-Dej cu N.S. Hrușciov" (Note on …), 23.VI.1960.

Two conventions:

* the round bracket is the translation the square one is elsewhere ("[Minutes of …]") when the
  quoted head is not English and the bracket reads as an English title (a capital, three words or
  more, an English function word; no date, no call number, no imprint): the rules then read it as
  they read a square one, for the same people's spellings (`square_round_gloss`);
* an Albanian or Serbo-Croatian head in double quotes with its date after the quotes and the
  translation is read as if unquoted (`read_quoted_balkan_head`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import find_dates
from kg1956.extract.locators import find_repository
from kg1956.extract.parties import RuleResult
from kg1956.models import Span

_QUOTED_ROUND = re.compile(r"^[“\"„](?P<inner>[^“”\"„\[\]()]{10,300}?)[,.]?[”\"“]\s*\((?P<gloss>[^()\[\]]{10,300})\)")
_ENGLISH = re.compile(r"\b(?:of|with|to|the|on|from|between|by|and)\b")
_ENGLISH_INNER = re.compile(r"\b(?:of\s+the|with\s+the|the|with|between|conversation|letter|record)\b", re.IGNORECASE)


def square_round_gloss(text: str) -> str:
    """`text` with the round bracket of a quoted foreign head's English translation written as a
    square one (offsets kept), or `text` itself."""
    m = _QUOTED_ROUND.match(text)
    if m is None:
        return text
    gloss, inner = m.group("gloss"), m.group("inner")
    if not gloss[:1].isupper() or len(gloss.split()) < 3 or not _ENGLISH.search(gloss):
        return text
    if _ENGLISH_INNER.search(inner) or find_dates(gloss) or find_repository(gloss) or ":" in gloss:
        return text
    open_at, close_at = m.start("gloss") - 1, m.end("gloss")
    return text[:open_at] + "[" + gloss + "]" + text[close_at + 1 :]


# the first word of an Albanian or Serbo-Croatian head (a cheap test before the rules run)
_BALKAN_KIND = re.compile(
    r"(?:procesverbal|proces-verbal|shënim|informacion|relacion|telegram|letër|letra|raport|zabeleška|zabilješka"
    r"|beleška|bilješka|zapisnik|informacija|pismo|depeša|poruka)",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^[“\"„](?P<inner>[^“”\"„\[\]]{10,300}?)[,.]?[”\"“](?P<gloss>\s*\[[^\[\]]{3,300}\])?")


def read_quoted_balkan_head(text: str, offset: int) -> RuleResult | None:
    """An Albanian or Serbo-Croatian head in double quotes, its translation and its date after the
    quotes (the date inside the quotes is read by the rule itself): read with the quotes and the
    translation blanked, offsets kept."""
    from kg1956.extract.records_balkan import read_balkan_record

    m = _QUOTED.match(text)
    if m is None or not _BALKAN_KIND.match(m.group("inner")) or find_dates(m.group("inner")):
        return None
    bare = " " + m.group("inner") + " " * (m.end() - m.end("inner")) + text[m.end() :]
    found = read_balkan_record(bare[1:], offset + 1)
    if found is None or found.communication.date is None:
        return None
    end = found.consumed + 1
    if end <= m.end():
        return None
    comm = replace(found.communication, span=Span(offset, offset + end))
    return replace(found, communication=comm, consumed=end)


def read_round_glossed(text: str, offset: int) -> RuleResult | None:
    """A Romanian, Bulgarian, Albanian or Serbo-Croatian quoted head with its translation in round
    brackets (`square_round_gloss`), read by the rules of its language as beside a square one, the
    translation giving the same people's spellings."""
    from kg1956.extract.eu_glosses import with_gloss
    from kg1956.extract.records_ro_bg import read_romanian_bulgarian_record

    squared = square_round_gloss(text)
    if squared == text:
        return None
    for rule in (read_romanian_bulgarian_record, read_quoted_balkan_head):
        found = rule(squared, offset)
        if found is not None and found.communication.date is not None:
            return with_gloss(squared, offset, found)
    return None
