"""The last check of a note's conversations: one that names a single person and no other side
("Там же. Л. 22–24 (запись беседы с Л. Фиглем 26 марта 1955 г.)") was held by whoever recorded
it, whom the note does not name; that side is kept as an unnamed party, as the record readers do."""

from __future__ import annotations

from dataclasses import replace

from kg1956.models import NoteExtraction

RECORDER = "the recorder (not named)"


def with_two_sides(extraction: NoteExtraction) -> NoteExtraction:
    """`extraction` with the unnamed recorder added to every conversation that has one side only."""
    changed = False
    citations = []
    for citation in extraction.citations:
        comms = tuple(
            replace(c, unnamed=(RECORDER,))
            if c.kind == "conversation" and len(c.participants) == 1 and not c.unnamed
            else c
            for c in citation.communications
        )
        if any(a is not b for a, b in zip(comms, citation.communications, strict=True)):
            changed = True
            citation = replace(citation, communications=comms)
        citations.append(citation)
    return replace(extraction, citations=tuple(citations)) if changed else extraction
