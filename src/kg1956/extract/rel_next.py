"""A further talk dated from the talk cited just before it:

    "Record of conversation, A with B, 8 May 1957, …; a second, shorter talk between the two the
     next day is at ll. 20–24."
    "Record of conversation between A and B, 16 June 1954, …. The two met again the following evening."
    "Record of conversation between A and C, 16 February 1960, …. A also received B the next day."

After a record of conversation dated to the day, a clause before the next record names a further
talk of the same people (an ordinal or "another" talk, "between the two", "the two (men) met
again") or says that one of its parties, by his surname, received, saw or met someone named, on
a day counted forward (`rel_day_words.NEXT_DAY`). Nothing is read when the clause names a body
or no one, nor a talk dated by a day of its own (left to the other readers), nor one the clause
refuses, asks for or rumours ("Lloyd declined another meeting"), one cancelled or denied after its
day, or "the two" after others are named."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kg1956.extract.parties import side
from kg1956.extract.places import is_place_any_case
from kg1956.extract.rel_day_words import NEXT_DAY, days_on
from kg1956.models import Communication, DateValue, NoteExtraction, Participant, Span
from kg1956.romanize import fold

_NOUN = r"(?:conversation|talk|meeting|discussion|interview|exchange)"
# "a second, shorter talk between the two", "another meeting between them", "their further talk"
_AGAIN_TALK = re.compile(
    rf"(?:(?:a|the|their)\s+(?:second|third|fourth|further|new|later)|another)(?:\s*,?\s*[a-z]+(?:er|ly)?)?\s*,?\s+{_NOUN}"
    r"(?:\s+(?:between\s+(?:the\s+two|them|both)|of\s+the\s+two))?\s+(?:took\s+place\s+|followed\s+|was\s+held\s+)?",
    re.IGNORECASE,
)
# "The two met again", "the two co-chairmen met again", "they talked again"
_MET_AGAIN = re.compile(
    r"(?:the\s+two(?:\s+[a-z-]+)?|they|both\s+men)\s+(?:met|talked|spoke|conferred)\s+again\s+",
    re.IGNORECASE,
)
# "A also received B", "A saw B again"
_RECEIVED = re.compile(
    r"(?P<who>(?-i:[A-Z][\w'’.-]+))\s+(?:also\s+|again\s+)?(?:received|saw|met(?:\s+with)?|talked\s+with|spoke\s+with)"
    r"\s+(?P<names>[^,;.()]{2,60}?)\s+(?:again\s+)?$",
    re.IGNORECASE,
)


def _surname(text: str) -> str:
    words = text.split()
    return fold(words[-1]).lower().strip(".,'’") if words else ""


def _unroled(parts: tuple[Participant, ...]) -> tuple[Participant, ...]:
    """The roles the record before gave are attested on its day, not on the further talk's."""
    return tuple(replace(p, mention=replace(p.mention, role=None)) for p in parts)


# what may stand before the further talk in its clause: nothing, or a conjunction ("Lloyd declined
# another meeting", "Kim asked for another meeting", "Rumours that the two met again" are not talks)
_OPENS = re.compile(r"\s*(?:(?:and|then|later|but)\s*,?\s*)?$", re.IGNORECASE)
# the further talk did not take place, or is denied, after its day
_UNDONE = re.compile(
    r"^[^;.]{0,40}?\b(?:was|were|had\s+been|is|are)\s+(?:cancell?ed|postponed|called\s+off|put\s+off|unfounded"
    r"|denied|untrue|planned|proposed)\b|^[^;.]{0,40}?\b(?:did\s+not|never|came\s+to\s+nothing|fell\s+through)\b",
    re.IGNORECASE,
)


def _others_between(text: str, talk: Communication) -> bool:
    """Whether someone not of `talk` is named in `text` (after the record's call numbers): "Kim then
    summoned Choe and Pak; the two met again" (the two are Choe and Pak)."""
    tail = re.split(r"\d", text)[-1]
    own = {fold(w).lower().strip(".,'’") for p in talk.participants for w in p.mention.text.split()}
    for w in re.findall(r"(?<![\w'’-])[A-Z][a-z]{2,}[\w-]*", tail):
        if fold(w).lower() not in own and w.lower() not in ("the", "then", "later", "ibid", "see", "also", "both"):
            return True
    return False


def _again(pattern: re.Pattern[str], clause: str) -> bool:
    m = pattern.search(clause + " ")
    return m is not None and m.end() >= len(clause) and _OPENS.match(clause[: m.start()]) is not None


def _next_talk(text: str, start: int, end: int, talk: Communication) -> tuple[Communication, int] | None:
    """The further talk told in text[start:end] after `talk`, and the days after it, or None."""
    base = date.fromisoformat(talk.date.iso)
    for m in NEXT_DAY.finditer(text, start, end):
        lead = text[max(start, m.start() - 120) : m.start()]
        clause = re.split(r"[;.]\s", lead)[-1]
        when = DateValue((base + timedelta(days=days_on(m))).isoformat())
        span = Span(m.start() - len(clause), m.end())
        if _UNDONE.search(text[m.end() : end]):
            continue
        if _again(_AGAIN_TALK, clause) or _again(_MET_AGAIN, clause):
            if _others_between(text[start : m.start() - len(clause)], talk):
                continue
            return Communication("conversation", when, _unroled(talk.participants), span), 0
        got = _RECEIVED.search(clause)
        if got is None:
            continue
        host = next((p for p in talk.participants if _surname(p.mention.text) == fold(got.group("who")).lower()), None)
        if host is None:
            continue
        found = side(got.group("names"), span.start + got.start("names"))
        if found is None or not found[0] or found[1]:
            continue
        if any(p.is_organization or is_place_any_case(p.text) for p in found[0]):
            continue
        parts = _unroled(
            (Participant(host.mention, "interlocutor"), *(Participant(p, "interlocutor") for p in found[0]))
        )
        return Communication("conversation", when, parts, span), 0
    return None


def read_next_talks(first: NoteExtraction) -> NoteExtraction:
    """`first` with the further talks told after its records of conversation (see the module docstring)."""
    text = first.note.text
    every = [(k, c) for k, cit in enumerate(first.citations) for c in cit.communications]
    starts = sorted(c.span.start for _, c in every)
    added: dict[int, list[Communication]] = {}
    for k, talk in every:
        if talk.kind != "conversation" or talk.date is None or talk.date.precision != "day":
            continue
        if len([p for p in talk.participants if not p.mention.is_organization]) < 2:
            continue
        later = [s for s in starts if s > talk.span.start]
        end = min(later) if later else len(text)
        got = _next_talk(text, talk.span.end, end, talk)
        if got is None:
            continue
        new = got[0]
        names = {_surname(p.mention.text) for p in new.participants}
        if any(
            c.date == new.date and {_surname(p.mention.text) for p in c.participants} & names == names for _, c in every
        ):
            continue
        added.setdefault(k, []).append(new)
    if not added:
        return first
    cits = list(first.citations)
    for k, comms in added.items():
        cits[k] = replace(cits[k], communications=cits[k].communications + tuple(comms))
    return replace(first, citations=tuple(cits))
