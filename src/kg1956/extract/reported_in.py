"""The message that reports a talk, named right after the talk's record:

    "Benediktov's conversation with Krishna Menon on 2 May 1960 is summarised in his cable of 3 May, AVPRF, …"
    "U Thant's conversation with Lewandowski, Oct. 30, 1962, reported in Lewandowski's cable of the same day, …"
    "X's talk with Y, 5 March 1961, as related in X's report to Gromyko dated 7 March, …"

The message is its writer's alone (or to the one it names, when he is a person): "his"/"her" is the
talk's recorder (the possessive head's owner), a name must be one of the talk's parties. Its day is
written after "of", "dated" or "sent on", in the talk's year ("3 May"), or as "the same day", "the
next (following) day"; a day before the talk's is no report of it. Nothing else is read here: "is
discussed in his memoirs", "was reported in Pravda of 3 May" name no message of a party.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kg1956.extract.bodies import is_press
from kg1956.extract.dates import find_dates, make_date
from kg1956.extract.lexicon import STATES_EN
from kg1956.extract.names import is_place, parse_participant
from kg1956.models import Communication, DateValue, NameMention, Participant, Span
from kg1956.romanize import fold

_KIND = {
    "cable": "telegram",
    "telegram": "telegram",
    "report": "report",
    "letter": "letter",
    "despatch": "report",
    "dispatch": "report",
    "memorandum": "memo",
    "memo": "memo",
    "note": "memo",
    "message": "letter",
}
_REPORTED_IN = re.compile(
    r"[\s,]*(?:(?:is|was|are|were)\s+)?(?:(?:as|later|then|also)\s+)?"
    r"(?:summari[sz]ed|reported|recounted|described|related|relayed|set\s+out|recorded)\s+in\s+"
    r"(?P<who>his|her|(?P<name>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'-]+)[’']s)\s+(?:own\s+)?"
    r"(?:(?:ciphered|cipher|coded|secret|urgent|long|lengthy|brief|short|detailed|covering)\s+)*"
    rf"(?P<kind>{'|'.join(_KIND)})(?:\s+to\s+(?P<to>[^,;()]{{2,40}}?))?\s+"
    r"(?:(?:of|dated|sent\s+on)\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?)"
    r"|(?:of|on|sent)\s+the\s+(?P<rel>same|next|following)\s+day)"
    r"(?=\s*[,;.)]|\s*$)",
)


def read_reported_in(text: str, offset: int, talk: Communication) -> tuple[Communication, int] | None:
    """The message `text` names as reporting `talk` (see the module docstring), and the characters read."""
    m = _REPORTED_IN.match(text)
    if m is None or talk.kind != "conversation" or talk.date is None or talk.date.precision != "day":
        return None
    if m.group("name"):
        surname = fold(m.group("name").split()[-1]).lower()
        writer = next(
            (p.mention for p in talk.participants if fold(p.mention.text.split()[-1]).lower() == surname), None
        )
        if writer is None:
            # "Daud's talk with the American ambassador … is reported in Degtiar's telegram of 10 May": a third
            # man's message, which heard of the talk; only when he is plainly a person (no paper, agency, place)
            writer = _outsider(m.group("name"), offset + m.start("name"))
    else:
        writer = next((p.mention for p in talk.participants if p.function == "recorder"), None)
    if writer is None or writer.is_organization:
        return None
    when = _day(m, talk.date)
    if when is None:
        return None
    people = [Participant(replace(writer, role=None), "sender")]
    if m.group("to") and not is_place(m.group("to")):
        to = parse_participant(m.group("to"), offset + m.start("to"))
        if to is not None and not to.is_organization:
            people.append(Participant(to, "recipient"))
    kind = _KIND[m.group("kind")]
    return Communication(kind, when, tuple(people), Span(offset + m.start("who"), offset + m.end())), m.end()


def _outsider(name: str, at: int) -> NameMention | None:
    """The writer named in the possessive when he is no party of the talk: a person, not the press,
    a body or a place."""
    found = parse_participant(name, at)
    if found is None or found.is_organization or is_press(found.text) or is_place(found.text):
        return None
    if is_press(found.text.upper()):
        return None  # "Tass's report": an agency written as a name (a surname "Pap" is refused too)
    if found.text.lower().removeprefix("the ") in STATES_EN:
        return None  # "Afghanistan's note of 10 May": the state's, no man's
    return found


def _day(m: re.Match[str], talk: DateValue) -> DateValue | None:
    told = date.fromisoformat(talk.iso)
    if m.group("rel"):
        day = told if m.group("rel") == "same" else told + timedelta(days=1)
        return DateValue(day.isoformat())
    found = find_dates(m.group("date"))
    if not found:
        return None
    d = found[0]
    if d.value is not None and d.value.precision == "day":
        value = d.value
    elif d.partial and d.month and d.day:
        value = make_date(told.year, d.month, d.day)
    else:
        return None
    if value is None or not 0 <= (date.fromisoformat(value.iso) - told).days <= 60:
        return None  # a day before the talk, or long after it, is no report of it
    return value
