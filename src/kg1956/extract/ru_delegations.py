"""A session of two delegations whose members a bracket lists side by side:

    "Стенограмма заседания делегаций СССР и КНР по пограничному вопросу, 25 февраля 1964 г.
    (советская делегация: начальник … П.И. Зырянов; китайская: заместитель министра … Цзэн Юнцюань)"

The head names a session ("заседание", "переговоры", "встреча") of delegations, then the date;
the bracket right after it names each side after a colon ("советская делегация:", "китайская:"),
the sides parted by semicolons. The people of every side took part alike; an office before a name
is that person's role. A bracket that names no one on some side, or a side that is a body, reads
nothing: the delegations themselves are no people.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.parties import RuleResult
from kg1956.models import Communication, Participant, Span

_HEAD = re.compile(
    r"^(?:(?:стенограмма|протокол|запись)\s+)?(?:заседания|переговоров|встречи)\s+(?:правительственных\s+)?"
    r"делегаций\s+[^,()]{2,120}?,\s*",
    re.IGNORECASE,
)
_SIDE = re.compile(r"^\s*[а-яё]+(?:\s+делегаци[яи])?\s*:\s*(?P<names>.+?)\s*$", re.S)


def read_delegations_session(text: str, offset: int) -> RuleResult | None:
    """The session and the people of both delegations (see the module docstring); None otherwise."""
    m = _HEAD.match(text)
    if m is None:
        return None
    dates = find_dates(text[m.end() : m.end() + 40])
    if not dates or dates[0].span.start != 0 or dates[0].value is None:
        return None
    after = re.match(r"\s*(?:гг?\.)?\s*\((?P<list>[^()]{10,400})\)", text[m.end() + dates[0].span.end :])
    if after is None:
        return None
    list_at = m.end() + dates[0].span.end + after.start("list")
    people: list[Participant] = []
    at = 0
    sides = after.group("list").split(";")
    if len(sides) < 2:
        return None
    for part in sides:
        side = _SIDE.match(part)
        if side is None:
            return None
        found = parse_participants(side.group("names"), offset + list_at + at + side.start("names"))
        if not found or any(x.is_organization for x in found):
            return None
        people += [Participant(x, "interlocutor") for x in found]
        at += len(part) + 1
    end = m.end() + dates[0].span.end + after.end()
    comm = Communication("conversation", dates[0].value, tuple(people), Span(offset, offset + end))
    return RuleResult(comm, end, ())
