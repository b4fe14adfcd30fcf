"""A talk titled by its first party "in conversation with" the other, the way archives and editions
list talks by who held them:

    "Artur Starewicz (Secretary of the CC PUWP) in conversation with Hermann Axen, Berlin, 22 January 1968"
    "Hermann Axen im Gespräch mit Artur Starewicz, 22.1.1968"
    "A. Starewicz w rozmowie z H. Axenem, 22 I 1968"; "V. David v rozhovoru s Nkrumahem, 2.8.1961"

Each side a named person, with his office in brackets after the name if any; the place after the
other side is skipped; the date must follow, and the call number after it (without one, "Chen Jian in
conversation with Shen Zhihua, Shanghai, 2005" is two historians' interview). A sentence of prose
("… was seen in conversation with …") does not begin with a name and the phrase, and is not read."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.locators import find_repository
from kg1956.extract.names import is_place, parse_participant
from kg1956.extract.parties import RuleResult, people_until_date
from kg1956.models import Communication, Participant, Span

_IN_CONVERSATION = re.compile(
    r"^(?P<a>(?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆČŠŽŘ][\w.'’-]*\s+){0,3}[A-ZÀ-ÖØ-ÞŁŚŻŹĆČŠŽŘ][\w'’-]+)"
    r"(?:\s+\((?P<office>[^()]{2,80})\))?\s+"
    r"(?:in\s+(?:conversation|talks?|discussion)\s+with|im\s+(?:Gespräch|Gespräche)\s+mit"
    r"|w\s+rozmowie\s+z|v\s+rozhovoru\s+(?:se|s))\s+",
)


def read_in_conversation(text: str, offset: int) -> RuleResult | None:
    """ "X (office) in conversation with Y, place, date": a conversation of X and Y; None otherwise."""
    m = _IN_CONVERSATION.match(text)
    if m is None:
        return None
    first = parse_participant(m.group("a"), offset + m.start("a"))
    if first is None or first.is_organization or is_place(first.text):
        return None
    if m.group("office") and first.role is None:
        first = replace(first, role=m.group("office").strip())
    cut = people_until_date(text[m.end() :], offset + m.end())
    if cut.date is None or cut.date.value is None:
        return None
    pieces = [p.strip() for p in cut.body.split(",") if p.strip()]
    if not pieces or any(not is_place(p) for p in pieces[1:]):
        return None  # only a place may stand between the other side and the date
    other = parse_participant(pieces[0], offset + m.end() + cut.body.find(pieces[0]))
    if other is None or other.is_organization or is_place(other.text):
        return None
    end = m.end() + cut.end
    repo = find_repository(text[end:].lstrip(" ,.;:"))
    if repo is None or repo.start() != 0:
        return None  # "Chen Jian in conversation with Shen Zhihua, Shanghai, 2005.": historians, no record cited
    comm = Communication(
        "conversation",
        cut.date.value,
        (Participant(first, "interlocutor"), Participant(other, "interlocutor")),
        Span(offset, offset + end),
    )
    return RuleResult(comm, end, cut.more)
