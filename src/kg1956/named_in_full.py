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
            surname = name_key(name).surname
            own = by_note.get((note.source, note.number), [])
            holders = {m.text for m in own if name_key(m.text).surname == surname}
            if len(holders) == 1 and name not in holders:
                span = Span(found.start("name"), found.end("name"))
                out.append((note, NameMention(name, span)))
    return out
