"""A person the author names in full later in the note, in so many words:

    "Molotov's conversation with …, 10 April 1953, AVPRF, … The Soviet record names the minister
    in full as V.M. Molotov."

The full name is another spelling of the one participant of that note whose surname it bears.
"""

from __future__ import annotations

import re

from kg1956.models import NameMention, Note, Span
from kg1956.romanize import name_key

_IN_FULL = re.compile(
    r"\bin\s+full\s+as\s+(?P<name>(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3}[A-ZА-ЯЁ][\w’'-]+|[A-Z][a-z]+\s+[A-Z][\w’'-]+)"
)


# the words before "in full" that name someone other than the participant: "names the Secretary's
# brother in full as Allen Dulles", "the ambassador's wife is named in full as Lotte Ulbricht"
_SOMEONE_ELSE = re.compile(
    r"\b(?:brother|wife|son|daughter|widow|sister|father|mother|husband|nephew|niece|cousin|uncle|aunt|relative"
    r"|interpreter|translator|aide|assistant|driver|bodyguard|secretary's|successor|predecessor)s?\b"
    r"|['’]s\s+(?!(?:full\s+)?name\b|record\b|signature\b)\w",
    re.IGNORECASE,
)


def _initials(name: str) -> str:
    """The given names' first letters ("A.A. Gromyko" → "A", "Allen Dulles" → "A"); "" when none."""
    words = name.replace(".", ". ").split()
    return "".join(w[0] for w in words[:-1] if w[:1].isupper())


def named_in_full(notes: list[Note], mentions: list[tuple[Note, NameMention]]) -> list[tuple[Note, NameMention]]:
    """The full names a note gives with "in full as" for one of its own participants (the one
    whose surname, bare or after initials, the full name ends with); none when no participant,
    or more than one, bears that surname."""
    by_note: dict[tuple[str, int], list[NameMention]] = {}
    for note, m in mentions:
        if not m.is_organization:
            by_note.setdefault((note.source, note.number), []).append(m)
    out = []
    for note in notes:
        for found in _IN_FULL.finditer(note.text):
            name = found.group("name")
            sentence = re.split(r"[.;:]\s+(?=[A-ZА-ЯЁ])", note.text[: found.start()])[-1]
            if _SOMEONE_ELSE.search(sentence):
                continue  # the full name is a relative's or an aide's, not the participant's
            surname = name_key(name).surname
            own = by_note.get((note.source, note.number), [])
            holders = {m.text for m in own if name_key(m.text).surname == surname}
            known = {_initials(h)[:1] for h in holders} - {""}
            if known and _initials(name)[:1] not in known:
                continue  # "J.F. Dulles" is no "Allen Dulles"
            if len(holders) == 1 and name not in holders:
                span = Span(found.start("name"), found.end("name"))
                out.append((note, NameMention(name, span)))
    return out
