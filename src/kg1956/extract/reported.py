"""A talk that the author's prose says someone reported, with the report cited in brackets:

    "Jean Sainteny, délégué général of France in Hanoi, reported a long conversation with Ho Chi
    Minh on 3 January 1956 (telegram, Sainteny to Quai d'Orsay, 4 January 1956, MAE, …)"
    "X, head of the Polish delegation, described his talk with Y of 25 August 1963 in a cable to
    Warsaw two days later (X to Warsaw, no. 9174, 27 August 1963, AMSZ, …)"

The reporters (one, or two joined by "and", each with an office set off by commas), the one
they talked with and the day of the talk are the prose's; the bracket must cite a message
whose sender is one of the reporters (by surname), which is what makes the talk a record's
and not the author's remark. The office written beside a reporter is attested by that message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg1956.extract.dates import find_dates, make_date
from kg1956.extract.names import parse_participant
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.parties import AND, split_pair
from kg1956.models import Communication, NameMention, Participant, Span
from kg1956.romanize import fold

_REPORTED = re.compile(
    r"(?P<a>[A-Z][^()\[\];]{1,160}?)\s+(?:reported|described|recounted|summari[sz]ed|related)\s+"
    r"(?:a|an|the|his|her|their)\s+(?:(?:long|lengthy|short|brief|first|second|private|frank|secret)\s+)?"
    r"(?:conversations?|talks?|meetings?|discussions?)\s+with\s+(?P<b>[A-Z][^,;()\[\]]{1,60}?)\s+(?:on|of)\s+"
    r"(?=\d|[A-Z][a-z]+\s+\d)"
)
_BRACKET = re.compile(r"\((?P<inner>[^()]{8,})\)")


@dataclass(frozen=True)
class Reported:
    """The talk the prose names, its reporters (with their offices), and the bracket."""

    talk: Communication
    reporters: tuple[NameMention, ...]
    inner: str
    inner_at: int  # offset of the bracket's text within the clause
    inner_end: int  # end of the closing bracket within the clause


def surname(mention: NameMention) -> str:
    """The last word of a name, folded: "Jean Sainteny" and "Sainteny" share it."""
    words = mention.text.split()
    return fold(words[-1]) if words else ""


def _reporters(text: str, at: int) -> list[NameMention] | None:
    pair = split_pair(text, AND)
    parts = [(pair[0], at), (pair[2], at + pair[3])] if pair else [(text, at)]
    out = []
    for part, where in parts:
        found = parse_participant(part, where)
        if found is None or found.is_organization:
            return None
        out.append(found)
    return out


def read_reported(text: str, offset: int) -> Reported | None:
    """The talk a sentence says its participants reported, when the sentence cites in brackets
    a message they sent; None otherwise."""
    m = _REPORTED.search(text)
    if m is None or m.start() > 0 and not re.fullmatch(r"[\s,]*", text[: m.start()]):
        return None
    bracket = _BRACKET.search(text, m.end())
    if bracket is None:
        return None
    reporters = _reporters(m.group("a"), offset + m.start("a"))
    other = parse_participants(m.group("b"), offset + m.start("b"))
    if not reporters or not other or any(p.is_organization for p in other):
        return None
    dates = find_dates(text[m.end() : bracket.start()])
    if not dates or dates[0].span.start != 0:
        return None
    date = dates[0].value
    if date is None or date.precision != "day":
        later = [d.value for d in find_dates(bracket.group("inner")) if d.value is not None]
        if not (dates[0].partial and dates[0].month and dates[0].day and later):
            return None
        year = int(later[0].iso[:4])  # "on 3 January": the report's year
        date = make_date(year, dates[0].month, dates[0].day)
        if date is not None and date.iso > later[0].iso:
            # a talk is no later than the report of it: "on 30 December (…, 2 January 1957, …)" is 1956
            date = make_date(year - 1, dates[0].month, dates[0].day)
    if date is None:
        return None
    people = [Participant(NameMention(r.text, r.span, None, alias=r.alias), "interlocutor") for r in reporters]
    people += [Participant(x, "interlocutor") for x in other]
    talk = Communication("conversation", date, tuple(people), Span(offset + m.start(), offset + m.end()))
    return Reported(talk, tuple(reporters), bracket.group("inner"), bracket.start("inner"), bracket.end())
