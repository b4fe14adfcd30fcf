"""A talk named in the lead-in to "see", its record cited after it by kind and call number alone:

    "for Kosygin's exchange with Mao Zedong in Beijing on 11 February 1965 see the Chinese record,
    PRC FMA 109-03971-01, 4–18"
    "For the meeting between A.N. Kosygin and Zhou Enlai at Beijing airport on 11 September 1969 see
    the Soviet record, APRF, f. 3, …"

The lead-in must read as a dated talk by itself (its parties named, its day given after "on"), and
what follows "see" must be a record ("the Chinese record", "the minutes") followed by a call number,
so a lead-in that names a visit, a crisis or a book yields nothing.
"""

from __future__ import annotations

import re

from kg1956.extract.communications import first_rule
from kg1956.extract.locators import parse_locator
from kg1956.models import Communication

_LEAD = re.compile(
    r"^(?:[Ff]or|[Oo]n)\s+(?P<talk>[^:;()\[\]]{8,200}?)\s+on\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|"
    r"[A-Z][a-z]+\s+\d{1,2},\s+\d{4})\s*,?\s+see(?:\s+also)?\s+"
    r"(?P<record>the\s+(?:[A-Z][\w-]*\s+|[a-z]+\s+)?(?:record|minutes|transcript|memorandum|summary|notes)"
    r"(?:\s+of\s+(?:the\s+)?(?:conversation|talks?|meeting))?)\s*,\s*"
)
# an exchange in writing, which is no talk: "the exchange of letters between Khrushchev and Mao",
# "the correspondence between …", "the messages between …"
_IN_WRITING = re.compile(
    r"\b(?:exchanges?\s+of\s+(?:letters|telegrams|messages|notes|cables|memoranda|notes\s+verbales)"
    r"|correspondence|letters?|telegrams?|messages?|cables?|notes)\b",
    re.IGNORECASE,
)
# "exchange", bare: of words or of letters, a talk only where a place says they met
_EXCHANGE = re.compile(r"\bexchanges?\b", re.IGNORECASE)
# where they met, after the parties: "in Beijing", "at Beijing airport", "at the Kremlin"
_WHERE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}$")


def read_for_see(text: str, offset: int) -> tuple[Communication, int] | None:
    """The talk the lead-in names and where its record's citation begins in `text`."""
    m = _LEAD.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    if parse_locator(rest, 0) is None:
        return None
    talk = m.group("talk")
    if _IN_WRITING.search(talk):
        return None
    where = _WHERE.search(talk)
    if where is None and _EXCHANGE.search(talk):
        return None  # "the exchange between Khrushchev and Kennedy on 26 October 1962": letters, as likely
    if where is not None:
        talk = talk[: where.start()]  # the parties' offsets stay those of the note
    article = re.match(r"(?:the|a)\s+", talk)
    skip = article.end() if article else 0
    head = talk[skip:].rstrip() + ", " + m.group("date")
    found = first_rule(head, offset + m.start("talk") + skip)
    if found is None or found.communication.date is None or found.communication.date.precision != "day":
        return None
    if found.consumed < len(head) - 1 or found.communication.kind != "conversation":
        return None
    if len(found.communication.participants) < 2:
        return None
    if any(re.search(r"\bbetween$", p.mention.role or "") for p in found.communication.participants):
        return None  # "letters between" glued onto a party's role: the head was not read as a talk
    return found.communication, m.start("record")
