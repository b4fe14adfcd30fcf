"""A second reading of an archival citation no rule understood: without its bracketed
glosses, through them, or without the place of a talk.

Authors cite records by their original-language titles and gloss them in square brackets,
one way or the other: "Note on the conversation of X with Y [Notatka z rozmowy …], 25 August
1967", or "'Zhou Enlai yu Nihelu huitan jilu' [Record of the talks between Zhou Enlai and
Nehru], 22 April 1960"; and they put the place of a talk where a reader expects the date
("… with Y in Hradec Králové, 3 August 1961"). So when a note that cites an archive (and no
published work) yields no communication, it is read again, as text cut from the note itself,
in this order: without its glosses; with each gloss in place of the title before it; without
"in/at Place" before a comma or a bracket; without both. The first reading that finds
communications is kept, if:
- no party is a place, a state, the archive itself or a word in capitals alone;
- read through a gloss, each communication is dated and names two parties or more (a gloss
  shortens: "[Report on the talk with Tsedenbal]" drops the ambassador the title names).
A bracket that says who a cover name stands for is no gloss. Every span is mapped back to the
note, and a name is kept only where the note's own text at its span is the name read. The
communications join the citations of the first reading that hold them (titles, call numbers and
works stay as the first reading found them); a reading whose talks fall in none is not kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import fields, is_dataclass, replace

from kg1956.extract.places import is_place_any_case
from kg1956.models import Citation, Communication, NameMention, Note, NoteExtraction, Span

# a bracket that glosses: two words or more, eight letters or more, no nested brackets
_GLOSS = re.compile(r"\[(?P<gloss>[^\[\]]*?[^\W\d_]{2,}[^\[\]]*?\s[^\[\]]*?)\]")
_QUOTED_BEFORE = re.compile(r"(?:['‘’\"“”«„])(?:[^'‘’\"“”«»„\[\]]{8,}?)(?:['’\"”»“])\s*$")
_LETTERS = re.compile(r"[^\W\d_]")
# a bracket that explains a name rather than translating a title: '"Sever" [the code name for …]'
_NAMING = re.compile(
    r"(?i:\b(?:code|cover)[\s-]?name|\bcryptonym|\bpseudonym|\bi\.\s?e\.|\bthat\s+is\b|"
    r"псевдоним|криптоним|\bт\.\s?е\.)"
)
_PLACE_PHRASE = re.compile(r"(?<=\S)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?=\s*[,\[(])")

Pieces = tuple[tuple[int, int], ...]  # the note's text as (start, end) slices, in the order read


def _glosses(text: str) -> list[re.Match[str]]:
    """The brackets that translate, never those that say who a cover name stands for."""
    return [
        m
        for m in _GLOSS.finditer(text)
        if len(_LETTERS.findall(m.group("gloss"))) >= 8 and not _NAMING.search(m.group("gloss"))
    ]


def _without(text: str, cuts: list[re.Match[str]]) -> Pieces:
    """The note with every cut (and the spaces before it) taken out; cuts do not overlap."""
    pieces, at = [], 0
    for m in cuts:
        if m.start() < at:
            continue
        cut = m.start()
        while cut > at and text[cut - 1] == " ":
            cut -= 1
        pieces.append((at, cut))
        at = m.end()
    pieces.append((at, len(text)))
    return tuple(p for p in pieces if p[1] > p[0])


def _gloss_for_title(text: str, glosses: list[re.Match[str]]) -> Pieces | None:
    """The note with each quoted title (or the head the note opens with) replaced by the
    gloss in the bracket after it; None when no gloss follows a title."""
    pieces, at, swapped = [], 0, False
    for m in glosses:
        before = text[at : m.start()]
        quoted = _QUOTED_BEFORE.search(before)
        if quoted:
            title_start = at + quoted.start()
        elif at == 0 and "," not in before and len(_LETTERS.findall(before)) >= 8:
            title_start = 0  # the note opens with an unquoted original-language head
        else:
            continue
        pieces.append((at, title_start))
        pieces.append(m.span("gloss"))
        at, swapped = m.end(), True
    if not swapped:
        return None
    pieces.append((at, len(text)))
    return tuple(p for p in pieces if p[1] > p[0])


def _readings(text: str) -> Iterator[tuple[Pieces, bool]]:
    """The note's other readings, in the order tried, each with whether it reads a gloss in
    place of a title: without its glosses; with each gloss in place of its title; without
    the place a talk was held in; without both glosses and place."""
    glosses = _glosses(text)
    places = list(_PLACE_PHRASE.finditer(text))
    if glosses:
        yield _without(text, glosses), False
        swapped = _gloss_for_title(text, glosses)
        if swapped:
            yield swapped, True
    if places:
        yield _without(text, places), False
        if glosses:
            yield _without(text, sorted(glosses + places, key=lambda m: m.start())), False


class _Mapping:
    """Offsets in a text made of the note's pieces, back to offsets in the note."""

    def __init__(self, pieces: Pieces) -> None:
        self.pieces = pieces
        self.starts, at = [], 0
        for a, b in pieces:
            self.starts.append(at)
            at += b - a

    def start(self, p: int) -> int:
        for (a, b), s in zip(self.pieces, self.starts, strict=True):
            if s <= p < s + (b - a):
                return a + p - s
        return self.pieces[-1][1]

    def end(self, p: int) -> int:
        for (a, b), s in zip(self.pieces, self.starts, strict=True):
            if s < p <= s + (b - a):
                return a + p - s
        return self.pieces[0][0]

    def span(self, span: Span) -> Span:
        return Span(self.start(span.start), max(self.start(span.start), self.end(span.end)))


def _remapped(value: object, mapping: _Mapping, text: str) -> object:
    """`value` with every span mapped back to the note; raises ValueError when a name's
    mapped span does not hold that name in the note."""
    if isinstance(value, Span):
        return mapping.span(value)
    if isinstance(value, tuple):
        return tuple(_remapped(v, mapping, text) for v in value)
    if not is_dataclass(value) or isinstance(value, type):
        return value
    changes = {f.name: _remapped(getattr(value, f.name), mapping, text) for f in fields(value)}
    mapped = replace(value, **changes)
    if isinstance(mapped, NameMention) and text[mapped.span.start : mapped.span.end] != mapped.text:
        raise ValueError(mapped.text)
    return mapped


def _grafted(first: NoteExtraction, second: NoteExtraction, mapping: _Mapping) -> NoteExtraction | None:
    """The first reading with the second reading's communications added to the citations
    they fall in; None when one of them falls in none or a name does not map back."""
    text = first.note.text
    added: dict[int, list[Communication]] = {}
    for citation in second.citations:
        for comm in citation.communications:
            try:
                mapped = _remapped(comm, mapping, text)
            except ValueError:
                return None
            assert isinstance(mapped, Communication)
            home = holding_citation(first.citations, mapped.span)
            if home is None:
                return None
            added.setdefault(home, []).append(mapped)
    citations = list(first.citations)
    for i, comms in added.items():
        citations[i] = replace(citations[i], communications=citations[i].communications + tuple(comms))
    return replace(first, citations=tuple(citations))


def holding_citation(citations: tuple[Citation, ...], span: Span) -> int | None:
    """The citation whose span holds most of `span`."""
    best, most = None, 0
    for i, citation in enumerate(citations):
        overlap = min(citation.span.end, span.end) - max(citation.span.start, span.start)
        if overlap > most:
            best, most = i, overlap
    return best


def read_through_glosses(first: NoteExtraction, read: Callable[[Note], NoteExtraction]) -> NoteExtraction:
    """`first`, or, when it found no communication and the note glosses a title in
    brackets, `first` with the communications of a reading through the glosses."""
    if any(c.communications for c in first.citations) or not _archival(first):
        return first
    note = first.note
    for pieces, glossed in _readings(note.text):
        variant = "".join(note.text[a:b] for a, b in pieces)
        second = read(replace(note, text=variant))
        if _trusted(second, glossed):
            grafted = _grafted(first, second, _Mapping(pieces))
            if grafted is not None:
                return grafted
    return first


def _archival(extraction: NoteExtraction) -> bool:
    """Whether a reading cites an archive and no published work: a quoted or glossed title
    in a note citing a book or an article is that work's title, never a record's."""
    citations = extraction.citations
    return any(c.locators for c in citations) and not any(c.work or c.copies for c in citations)


def _trusted(extraction: NoteExtraction, glossed: bool) -> bool:
    """Whether a second reading's communications may be kept: it found some, each names its
    parties as people or bodies; and, read through a gloss, each is dated and names two
    parties or more (a gloss shortens: "[Report on the talk with Tsedenbal]" drops the
    ambassador whose report the original title names)."""
    comms = [comm for c in extraction.citations for comm in c.communications]
    if not comms or not _named_people(extraction):
        return False
    return not glossed or all(comm.date is not None and len(comm.participants) >= 2 for comm in comms)


def _named_people(extraction: NoteExtraction) -> bool:
    """Whether every party a second reading found is named as a person or a body is: not a
    place or a state ("to Guinea"), not an archive, not a word in capitals alone."""
    archives = {loc.repository_text for c in extraction.citations for loc in c.locators}
    for citation in extraction.citations:
        for comm in citation.communications:
            for party in comm.participants:
                name = party.mention.text
                if party.mention.is_organization:
                    continue
                if name in archives or name.upper() == name or is_place_any_case(name):
                    return False
    return True
