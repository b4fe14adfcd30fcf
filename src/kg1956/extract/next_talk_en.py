"""An English note's next talk, told right after a record of conversation in the same note:

* the same people again, named by an ordinal: "…; a second conversation, 13 Feb., ibid., ll. 42–58",
  "…; their third meeting on 5 June (ibid.)", "…; another talk, 3 Nov. 1962, ibid., pp. 13–15";
* the record's own side with someone new: "…, and the conversation with Liu Shaoqi the following
  day, k. 45–51", "…; his talk with Chen Yi on 12 April, ibid." — only when the record before says
  whose conversation it was (a possessive head, "X's conversation with Y": X, its recorder).

The day is written out, or a day and month in the year of the record before (the next year when
it would fall before it), or "the following/next day", "the day after". Anything else (prose
about the talks, a talk with a place or a body) is left to the other readers.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from kg1956.extract.dates import days_of_month, find_dates
from kg1956.extract.names import parse_person
from kg1956.extract.places import is_place_any_case
from kg1956.models import Communication, DateValue, Participant, Span
from kg1956.romanize import fold

_ORDINAL = r"(?:second|third|fourth|fifth|further|next|later|subsequent|follow-up|final|last)"
_NOUN = r"(?:conversation|talk|meeting|discussion|interview)"
# the same parties again: "a second conversation", "their further talk", "another meeting"
# ("and of their second conversation, 13 Feb., ibid.", "for the second conversation, on 13 Feb., see ibid.",
# "a second meeting took place on 13 Feb. (ibid., …)")
_SAME = re.compile(
    rf"(?:and\s+)?(?:(?:of|for)\s+)?(?:(?:(?:a|the|their)\s+{_ORDINAL}|another)\s+{_NOUN})"
    r"(?:\s*,\s*(?:on\s+)?|\s+(?:on|of)\s+|\s+(?:took\s+place|was\s+held|followed)\s+on\s+)",
    re.IGNORECASE,
)
# the record's side with a new interlocutor: "the conversation with X", "his second talk with X"
_WITH = re.compile(rf"(?:and\s+)?(?:the|his|her|a)\s+(?:{_ORDINAL}\s+)?{_NOUN}\s+with\s+(?=[A-Z])", re.IGNORECASE)
# a day and month with no year: "13 Feb.", "2 November"
_DAY_MONTH = re.compile(r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]{2,8}\.?)")
# the day after the record's: "the following day", "the next day", "the day after"
_NEXT_DAY = re.compile(r"(?:on\s+)?(?:the\s+(?:following|next)\s+day|the\s+day\s+after)", re.IGNORECASE)
# what may follow the date: the end of the note or clause, the bracket that holds its call number, or its
# call number ("ibid.", "see ibid.", a leaf, an archive's initials); never more words about the talk
# ("…, 13 April, between X and Y", "…, 2 April, with Liu Shaoqi", "…, of the Politburo", "…, was not recorded")
_AFTER = re.compile(
    r"\s*(?:$|[;(]|\.\s*$|,\s*(?:see\s+)?ibid\b|,\s*(?:pp?|ll?|k|ff?|fol|fols|Bl|S)\.\s*\d"
    r"|,\s*file\s+(?:no\.\s*)?\d|,\s*[A-Z]{2,}\b(?!\s+[a-z]))"
)
# "…, 13 Feb., see ibid., ll. 42–58": the pointer before the call number
_SEE = re.compile(r"\s*,\s*see\s+(?=ibid\b)", re.IGNORECASE)
# a page or leaf alone after a record read in the file cited before: ", p. 24.", ", ll. 5–7", ", k. 45–51"
BARE_LEAVES = re.compile(r"\s*,\s*(?:pp?|ll?|k|ff?|fol|fols|Bl)\.\s*(?P<pages>\d+(?:\s?[–-]\s?\d+)?)\s*[.;]?\s*")


@dataclass(frozen=True)
class NextTalk:
    talk: Communication
    consumed: int


def _date_at(text: str, at: int, before: DateValue) -> tuple[DateValue, int] | None:
    """The date written at `at` (a full day; a day and month in the year of `before`; the day after
    `before`) and where it ends, when the clause may end there."""
    rel = _NEXT_DAY.match(text, at)
    if rel is not None:
        day = datetime.date.fromisoformat(before.iso) + datetime.timedelta(days=1)
        value, end = DateValue(day.isoformat()), rel.end()
    else:
        dated = find_dates(text[at : at + 40])
        if not dated or dated[0].span.start != 0:
            return None
        value, end = dated[0].value, at + dated[0].span.end
        if value is None:
            m = _DAY_MONTH.match(text, at)
            if m is None:
                return None
            year = int(before.iso[:4])
            days = days_of_month(m.group("day"), m.group("month"), year)
            if days is not None and days[0].iso < before.iso:
                days = days_of_month(m.group("day"), m.group("month"), year + 1)
            if days is None:
                return None
            value, end = days[0], m.end()
    if value is None or value.precision != "day" or _AFTER.match(text, end) is None:
        return None
    return value, end


def read_next_talk_en(text: str, offset: int, talk: Communication) -> NextTalk | None:
    """The talk `text` names when it goes on from `talk` (a conversation dated to the day), and
    the characters read; None when it names none so."""
    if talk.kind != "conversation" or talk.date is None or talk.date.precision != "day":
        return None
    people = tuple(Participant(replace(p.mention, role=None), p.function) for p in talk.participants)
    same = _SAME.match(text)
    if same is not None:
        if len(people) < 2:
            return None
        dated = _date_at(text, same.end(), talk.date)
        if dated is None:
            return None
        value, end = dated
        span = Span(offset, offset + end)
        see = _SEE.match(text, end)
        return NextTalk(replace(talk, date=value, participants=people, span=span), see.end() if see else end)
    with_ = _WITH.match(text)
    if with_ is None:
        return None
    own = [p for p in people if p.function == "recorder"]
    if len(own) != 1:
        return None  # "conversation between X and Y": whose side goes on is not said
    # the name runs to the date: " on 12 April", ", 12 April", " the following day"
    stop = re.compile(r"\s*,\s*(?=\d)|\s+on\s+(?=\d|the\s)|\s+(?=the\s+(?:following|next)\s+day|the\s+day\s+after)")
    cut = stop.search(text, with_.end(), with_.end() + 60)
    if cut is None:
        return None
    name = text[with_.end() : cut.start()]
    person = parse_person(name, offset + with_.end())
    if person is None or person.is_organization or person.text != name.strip() or is_place_any_case(person.text):
        return None
    last = fold(person.text.split()[-1]).lower()
    if any(fold(p.mention.text.split()[-1]).lower() == last for p in people):
        return None  # one of the record's own parties: the same talk told again
    at = cut.end()
    dated = _date_at(text, at, talk.date)
    if dated is None:
        return None
    value, end = dated
    span = Span(offset, offset + end)
    parts = (own[0], Participant(person, "interlocutor"))
    return NextTalk(Communication("conversation", value, parts, span), end)


# "…; Nehru replied on 5 December (ibid., ll. 44–46)": the one written to answers, the answer's call number
# in brackets right after its day
_REPLIED = re.compile(
    r"(?:and\s+)?(?P<y>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+(?:replied|answered|responded)"
    r"(?:\s+by\s+(?P<kind>letter|cable|telegram))?\s+on\s+"
)
_MESSAGE_KINDS = frozenset({"letter", "telegram", "memo", "report"})


def read_replied(text: str, offset: int, message: Communication) -> NextTalk | None:
    """The reply `text` tells after `message` (dated to the day), and the characters read: its writer
    must be one the message was addressed to (and share no surname with its writer: "Letter from Nehru to
    B.K. Nehru …; Nehru replied" says not which Nehru wrote), written as the message named him, and a bracket
    must follow its day ("… replied on 5 December
    that …" with no call number is the author's prose)."""
    if message.kind not in _MESSAGE_KINDS or message.date is None or message.date.precision != "day":
        return None
    m = _REPLIED.match(text)
    if m is None:
        return None
    writer = parse_person(m.group("y"), offset + m.start("y"))
    if writer is None or writer.is_organization or writer.text != m.group("y"):
        return None
    last = fold(writer.text.split()[-1]).lower()
    addressed = [p for p in message.participants if p.function == "recipient"]
    senders = [p for p in message.participants if p.function == "sender"]
    answering = [p for p in addressed if fold(p.mention.text.split()[-1]).lower() == last]
    if not senders or len(answering) != 1:
        return None
    if any(fold(p.mention.text.split()[-1]).lower() == last for p in senders):
        return None  # "Letter from Nehru to B.K. Nehru …; Nehru replied": which Nehru wrote is not said
    # the writer as the message named him ("Letter from J. Nehru to B.K. Nehru …": B.K. Nehru), never the
    # bare surname that may be another's
    writer = replace(answering[0].mention, role=None)
    dated = _date_at(text, m.end(), message.date)
    if dated is None or not re.match(r"\s*\(", text[dated[1] :]):
        return None
    value, end = dated
    kind = "telegram" if m.group("kind") in ("cable", "telegram") else "letter"
    parts = (
        Participant(writer, "sender"),
        *(Participant(replace(p.mention, role=None), "recipient") for p in senders),
    )
    return NextTalk(Communication(kind, value, parts, Span(offset, offset + end)), end)
