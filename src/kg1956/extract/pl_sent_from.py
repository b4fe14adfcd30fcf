"""A Polish head that names the writer and the place he sent from, no addressee:

    "Szyfrogram J. Knothego z Pekinu, 26 VII 1963 r."   (a cipher cable of J. Knothe from Beijing)
    "Raport ambasadora H. Grochulskiego z Moskwy, 3 V 1959 r."

The kind, the writer in the genitive (maybe after his office), "z" and a place, then the date.
"""

from __future__ import annotations

import re

from kg1956.extract.bodies import is_organization, plainly_person
from kg1956.extract.lexicon import PRESS_NAMES
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, people_until_date
from kg1956.extract.places import is_place_any_case
from kg1956.models import Communication, NameMention, Participant, Span

_KINDS = {
    "szyfrogram": "telegram",
    "telegram": "telegram",
    "depesza": "telegram",
    "raport": "report",
    "sprawozdanie": "report",
    "list": "letter",
}
_SENT_FROM = re.compile(
    r"^(?P<kind>" + "|".join(_KINDS) + r")(?:\s+nr\s*[\w/-]+)?\s+(?P<x>[^,;()\[\]]{3,80}?)\s+z\s+(?P<place>[A-ZŁŚŻ]\w+)"
    r"(?=\s*,\s*\d)",
    re.IGNORECASE,
)


# "Szyfrogram z Phenianu (Marczak), 2.12.1963": the place first, the signer in brackets after it
_FROM_SIGNED = re.compile(
    r"^(?P<kind>(?i:" + "|".join(_KINDS) + r"))(?:\s+nr\s*[\w/-]+)?\s+z\s+(?P<place>[A-ZŁŚŻ]\w+)\s*"
    r"\((?P<x>[A-ZŁŚŻ][^,;()\[\]]{2,60})\)(?=\s*,\s*\d)"
)


def _read_signed_from(text: str, offset: int) -> RuleResult | None:
    m = _FROM_SIGNED.match(text)
    if m is None or not is_place_any_case(m.group("place")):
        return None
    writer = parse_participant(m.group("x"), offset + m.start("x"))
    if writer is None or writer.is_organization or is_organization(m.group("x")) or writer.text.lower() in PRESS_NAMES:
        return None
    if is_place_any_case(writer.text) or not looks_like_name(writer.text):
        return None
    return _dated_from(text, offset, m, writer)


def read_polish_sent_from(text: str, offset: int) -> RuleResult | None:
    """ "Szyfrogram X z Pekinu, date": X's message sent from that place (see the module
    docstring); None unless the word after "z" is a place and a date follows. Also "Szyfrogram z
    Phenianu (Marczak), date": the signer in brackets after the place."""
    signed = _read_signed_from(text, offset)
    if signed is not None:
        return signed
    m = _SENT_FROM.match(text)
    if m is None or not is_place_any_case(m.group("place")):
        return None
    writer = parse_participant(m.group("x"), offset + m.start("x"))
    if writer is None or writer.is_organization or is_organization(m.group("x")) or not plainly_person(writer):
        return None
    return _dated_from(text, offset, m, writer)


def _dated_from(text: str, offset: int, m: re.Match[str], writer: NameMention) -> RuleResult | None:
    """The writer's message of the kind matched, when a date and nothing else follows the match."""
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.body.strip(" ,"):
        return None
    end = m.end() + cut.end
    kind = _KINDS[m.group("kind").lower()]
    comm = Communication(kind, cut.date.value, (Participant(writer, "sender"),), Span(offset, offset + end))
    return RuleResult(comm, end, cut.more)
