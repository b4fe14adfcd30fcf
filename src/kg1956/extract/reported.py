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
from kg1956.models import Communication, DateValue, NameMention, Participant, Span
from kg1956.romanize import fold

_REPORTED = re.compile(
    r"(?P<a>[A-Z][^()\[\];]{1,160}?)\s+(?:reported|described|recounted|summari[sz]ed|related)\s+"
    r"(?:a|an|the|his|her|their)\s+(?:(?:long|lengthy|short|brief|first|second|private|frank|secret)\s+)?"
    r"(?:conversations?|talks?|meetings?|discussions?|exchanges?)\s+with\s+(?P<b>[A-Z][^,;()\[\]]{1,60}?)"
    # where it was had: "… with Zhou Enlai at the National Day reception on 1 October 1969"
    r"(?:\s+at\s+(?:the|a|an)\s+[^,;()\[\]\d]{2,60}?)?\s+(?:on|of)\s+"
    r"(?=\d|[A-Z][a-z]+\s+\d)"
)
# the message the prose names after the talk's day, its own day after "of": "… in cipher telegram no. 7703
# of 2 October", "… in his report of 4 May"
_IN_MESSAGE = re.compile(
    r"\s+in\s+(?:his|her|a|an|the)?\s*(?:(?:cipher|ciphered|coded|long|brief|short)\s+)*"
    r"(?P<kind>telegram|cable|report|letter|despatch|dispatch)(?:\s+(?:no\.|nr)\s*[\w/.-]+)?"
    r"\s+(?:of|dated)\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?)\s*$"
)
_MESSAGE_KIND = {"telegram": "telegram", "cable": "telegram", "report": "report", "letter": "letter"}
_BRACKET = re.compile(r"\((?P<inner>[^()]{8,})\)")


@dataclass(frozen=True)
class Reported:
    """The talk the prose names, its reporters (with their offices), and the bracket."""

    talk: Communication
    reporters: tuple[NameMention, ...]
    inner: str
    inner_at: int  # offset of the bracket's text within the clause
    inner_end: int  # end of the closing bracket within the clause
    # the reporter's message the prose names with its day ("… in cipher telegram no. 7703 of 2 October"), if any
    message: Communication | None = None


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
    message = _message(text, offset, dates[0].span.end + m.end(), bracket.start(), reporters, date)
    return Reported(talk, tuple(reporters), bracket.group("inner"), bracket.start("inner"), bracket.end(), message)


def _message(text: str, offset: int, start: int, end: int, reporters: list[NameMention], talk: DateValue):
    """The one reporter's message named in the prose after the talk's day, dated after "of" in the talk's
    year and no earlier than the talk; None otherwise."""
    m = _IN_MESSAGE.match(text[start:end])
    if m is None or len(reporters) != 1:
        return None
    found = find_dates(m.group("date"))
    if not found:
        return None
    day = found[0]
    value = day.value if day.value is not None and day.value.precision == "day" else None
    if value is None and day.partial and day.month and day.day:
        value = make_date(int(talk.iso[:4]), day.month, day.day)
    if value is None or value.iso < talk.iso:
        return None
    sender = Participant(NameMention(reporters[0].text, reporters[0].span, None, alias=reporters[0].alias), "sender")
    kind = _MESSAGE_KIND.get(m.group("kind"), "report")
    return Communication(kind, value, (sender,), Span(offset + start + m.start(), offset + start + m.end()))
