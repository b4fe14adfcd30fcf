"""A party of the note's record named again in a later sentence, in full and with his office:

    "Gromyko's memorandum for Molotov, 30 April 1954, AVPRF, … A.A. Gromyko was then First Deputy
    Foreign Minister."

The sentence, nothing but the name and "was then" and the office written as a title, gives the bare
surname of one party its full name and the office he held when the record was written: the party is
that person, with that role. Read narrowly, since a later sentence may name someone else of the same
surname (brothers: "Kennedy to Khrushchev, … Robert Kennedy, the Attorney General, took the letter to
Dobrynin"), so an apposition in a sentence that goes on to tell something ("X, the office, had …")
is not read:

- the name must be a person's, with initials or a given name, of a family that is no Korean or
  Chinese one (where one surname covers many people: "Kim Il" is not "Kim Il Sung");
- exactly one party of the note is written with that surname alone, and no party with initials
  or a given name shares it;
- the words must read as an office written as a title ("First Deputy Foreign Minister"), never a
  kinship, a possessive or a clause ("Attorney General and carried the letter"), and the sentence
  must cite nothing (no call number, no date).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import find_dates
from kg1956.extract.locators import parse_locator
from kg1956.extract.names import parse_participant
from kg1956.extract.roles import reads_as_office
from kg1956.models import Fragment, NameMention, Span
from kg1956.romanize import fold, name_key

_NAME = r"(?:[A-Z][a-z]?\.\s?){1,3}[A-Z][\w'’-]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+[A-Z][\w'’-]+"
_WAS_THEN = re.compile(
    rf"^(?P<name>{_NAME})\s+was\s+(?:then|at\s+the\s+time|at\s+that\s+time)\s+(?:the\s+)?(?P<office>[^.;,()]{{3,80}}?)\s*[.;]?\s*$"
)
# an office written as a title: capitalised words and the few words that join them
_TITLE_WORDS = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|in|at|to|the|on)\s+)*[A-Z][\w'’.-]*)*")
_KIN = re.compile(
    r"['’]s\b|\b(?:wife|husband|son|daughter|brother|sister|widow|father|mother|nephew|niece|cousin|friend)\b",
    re.IGNORECASE,
)


def read_later_office(reader, text: str, off: int) -> bool:
    """Give the party of the note's record the full name and office a later sentence gives him (see
    the module docstring); False when the sentence is not so read."""
    m = _WAS_THEN.match(text)
    if m is None or not reader.citations:
        return False
    name, office = m.group("name"), m.group("office").strip()
    if not reads_as_office(office) or _KIN.search(office) or not _TITLE_WORDS.fullmatch(office):
        return False  # "… was then Attorney General and carried the letter": more than his office
    if parse_locator(text, 0) is not None or any(d.value for d in find_dates(text)):
        return False  # a sentence that cites a record of its own
    if name_key(name).family in ("korean", "chinese"):
        return False
    person = parse_participant(name, off + m.start("name"))
    if person is None or person.is_organization or person.text != name:
        return False
    surname = fold(name.split()[-1]).lower()
    bare, fuller = [], 0
    for draft in reader.citations:
        for i, comm in enumerate(draft.communications):
            for j, p in enumerate(comm.participants):
                written = fold(p.mention.text).lower()
                if written == surname:
                    bare.append((draft, i, j))
                elif written.split()[-1:] == [surname]:
                    fuller += 1
    if fuller or not bare:
        return False  # no party by that surname alone, or one already written in full: no guess
    full = NameMention(name, person.span, office)
    for draft, i, j in bare:
        comm = draft.communications[i]
        people = list(comm.participants)
        people[j] = replace(people[j], mention=full)
        draft.communications[i] = replace(comm, participants=tuple(people))
    reader.fragments.append(Fragment(text.strip(), Span(off, off + len(text)), "prose"))
    return True
