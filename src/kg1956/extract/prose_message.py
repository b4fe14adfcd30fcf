"""A message told in the author's prose, its call number right after the day, behind a colon or in
brackets:

    "A.M. Vasilevskii (First Deputy Minister of Defence) reported to Malenkov on the withdrawal plan
    on 8 Oct. 1954: RGANI, f. 5, …"
    "V.V. Kuznetsov wrote to Molotov on 2 May 1953 (AVPRF, f. 06, …)."

The writer must be plainly a person (initials, two capitalised words or an office in brackets), never
the press, a capital or a body ("Pravda reported on …", "Moscow wrote to Beijing …"); the one written
to is a named person, or left out when only described ("reported to the Presidium"); the day is the
one "on" gives, and what the message is on, if said, is a few lower-case words naming a thing
("on the withdrawal plan"), never an event or a clause the day may belong to ("on the talk he had
held with Mao on 5 May", "about the prisoners repatriated on 5 August"); the call number must
follow it with nothing between. Verbs: "reported" (a report),
"wrote" (a letter), "cabled", "telegraphed", "wired" (a telegram).
"""

from __future__ import annotations

import re

from kg1956.extract.bodies import is_press, plainly_person
from kg1956.extract.dates import find_dates
from kg1956.extract.lexicon import COUNTRIES
from kg1956.extract.locators import parse_locator
from kg1956.extract.names import parse_participant
from kg1956.extract.places import is_place
from kg1956.extract.roles import reads_as_office
from kg1956.extract.told import _no_person as no_person
from kg1956.models import Communication, NameMention, Participant, Span
from kg1956.romanize import fold

_NAME = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+"
_KINDS = {"reported": "report", "wrote": "letter", "cabled": "telegram", "telegraphed": "telegram", "wired": "telegram"}
_TOLD = re.compile(
    rf"^(?P<a>{_NAME})(?:\s*\((?P<office>[^()]{{3,90}})\))?\s+(?P<verb>reported|wrote|cabled|telegraphed|wired)\s+to\s+"
    rf"(?P<b>{_NAME}|the\s+[\w\s'’-]{{3,60}}?)(?=\s+(?:on|about|that)\b)(?P<mid>[^:;()\[\]]{{0,160}}?)\s+on\s+(?=\d|[A-Z][a-z]+\.?\s+\d)"
)

# what the message is on, when the day may be the message's own: a few lower-case words naming a
# thing ("on the withdrawal plan"), never an event of its own ("talks", "conversation") or a clause
# ("the instructions sent to …", "the prisoners repatriated"), which the day may belong to instead
_EVENT = r"talks?|conversations?|meetings?|visits?|interviews?|audiences?|discussions?|negotiations?|exchanges?|session"
_SUBJECT = re.compile(
    rf"(?:\s+(?:on|about)\s+(?:the|his|her|their|a|an)(?:\s+(?!(?:{_EVENT})\b)(?![a-z]+(?:ed|en|wn)\b)"
    r"(?!(?:held|sent|made|given|taken|done|had|been|being|written|drawn|begun|seen|told|which|who|that|when|where)\b)"
    r"[a-z][a-z-]*){1,4})?"
)


def _person(text: str, at: int) -> NameMention | None:
    if is_place(text) or fold(text).lower() in COUNTRIES or is_press(text) or no_person(text):
        return None  # a capital, a state, the press, a body ("Xinhua News Agency", "Hanoi Radio")
    person = parse_participant(text, at)
    if person is None or person.is_organization or person.text != text:
        return None
    return person


def read_prose_message(text: str, offset: int) -> tuple[Communication, int] | None:
    """The message a sentence tells and where its call number begins in `text` (see the module
    docstring); None otherwise."""
    m = _TOLD.match(text)
    if m is None or not _SUBJECT.fullmatch(m.group("mid")):
        return None  # "… on the talk he had held with Mao on 5 May": the day is the talk's, not the report's
    dates = find_dates(text[m.end() : m.end() + 30])
    if not dates or dates[0].span.start != 0 or dates[0].value is None or dates[0].value.precision != "day":
        return None
    after = m.end() + dates[0].span.end
    lead = re.match(r"\s*(?::\s*|\(\s*)", text[after:])
    if lead is None or not lead.group(0).strip():
        return None
    call_at = after + lead.end()
    loc = parse_locator(text[call_at:], 0)
    if loc is None or loc.span.start != 0:
        return None
    writer = _person(m.group("a"), offset + m.start("a"))
    if writer is None:
        return None
    office = m.group("office")
    if office is not None:
        if not reads_as_office(office):
            return None
        writer = NameMention(writer.text, writer.span, office)
    if not plainly_person(writer):
        return None  # "Pravda reported …", one bare word: too easily a paper, an agency or a body
    people = [Participant(writer, "sender")]
    spoken = m.group("b")
    if not spoken.startswith("the "):
        addressee = _person(spoken, offset + m.start("b"))
        if addressee is None:
            return None
        people.append(Participant(addressee, "recipient"))
    kind = _KINDS[m.group("verb")]
    return Communication(kind, dates[0].value, tuple(people), Span(offset, offset + after)), call_at
