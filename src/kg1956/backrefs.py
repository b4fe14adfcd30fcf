"""Resolve "Ibid.", "idem", "Там же" and short titles to the citation they point back to.

Runs over a source's notes in order, after extraction: "Ibid., 6–7" takes the work or
record of the citation just before it and keeps its own pages; "Lankov, Crisis in North
Korea, 194–6" and "Pyŏngyang chuchae … …" find the earlier full reference whose title
starts the same way. A reference that points nowhere is reported, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.models import Citation, Fragment, Locator, NoteExtraction, PublishedCopy, Span, Work
from kg1956.romanize import fold


def _title_key(title: str) -> str:
    """Compare titles on letters and digits only: "yŏnkuso. Pyŏngyang" = "yŏnkuso, Pyŏngyang"."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(title)).split())


def _matches(short: str, full: str) -> bool:
    s, f = _title_key(short), _title_key(full)
    return bool(s) and len(s) >= 4 and f.startswith(s)


class _Registry:
    """Full references seen so far, newest first when searched."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self.works: list[Work] = []

    def add(self, citation: Citation) -> None:
        self.citations.append(citation)
        if citation.work is not None and citation.form == "full":
            self.works.append(citation.work)
        for copy in citation.copies:
            if copy.work is not None and (copy.work.year or copy.work.publisher):
                self.works.append(copy.work)

    def find_work(self, title: str, author: str | None) -> Work | None:
        for work in reversed(self.works):
            names = " ".join(work.authors)
            if _matches(title, work.title) and (author is None or fold(author) in fold(names)):
                return work
        return None

    def find_citation(self, title: str) -> Citation | None:
        for c in reversed(self.citations):
            if c.title and _matches(title, c.title):
                return c
        return None


def _fill_copies(
    copies: tuple[PublishedCopy, ...], registry: _Registry, fallback: Work | None
) -> tuple[PublishedCopy, ...]:
    out = []
    for copy in copies:
        work = copy.work or fallback
        if work is not None and work.year is None and work.publisher is None and work.url is None:
            full = registry.find_work(work.title, work.authors[0] if work.authors else None)
            work = full or work
        out.append(replace(copy, work=work))
    return tuple(out)


def resolve_back_references(
    extractions: list[NoteExtraction],
) -> tuple[list[NoteExtraction], list[tuple[int, Fragment]]]:
    """Return extractions with back-references filled in, and those left unresolved."""
    registry = _Registry()
    unresolved: list[tuple[int, Fragment]] = []
    result: list[NoteExtraction] = []
    for ex in extractions:
        citations: list[Citation] = []
        for c in ex.citations:
            resolved = _resolve(c, registry)
            if resolved is None:
                unresolved.append(
                    (ex.note.number, Fragment(ex.note.text[c.span.start : c.span.end], c.span, "unparsed"))
                )
                continue
            citations.append(resolved)
            registry.add(resolved)
        result.append(replace(ex, citations=tuple(citations)))
    return result, unresolved


def _inherited(locators: tuple[Locator, ...]) -> tuple[Locator, ...]:
    """Locators taken over from the cited note: their spans belong to that note, so
    they are emptied (the citation's own mention covers the reference)."""
    return tuple(replace(loc, span=Span(0, 0)) for loc in locators)


def _resolve(c: Citation, registry: _Registry) -> Citation | None:
    last_copy_work = None
    if registry.citations and registry.citations[-1].copies:
        last_copy_work = registry.citations[-1].copies[-1].work
    if c.form == "ibid":
        if not registry.citations:
            return None
        target = registry.citations[-1]
        return replace(
            c,
            title=target.title,
            communications=target.communications,
            work=target.work,
            locators=c.locators or _inherited(target.locators),
            copies=_fill_copies(c.copies, registry, last_copy_work),
            covers=target.covers,
        )
    if c.form == "short" and c.back_reference and c.back_reference.title:
        ref = c.back_reference
        work = registry.find_work(ref.title, ref.author)
        if work is not None:
            return replace(c, title=work.title, work=work)
        target = registry.find_citation(ref.title)
        if target is None:
            return None
        return replace(
            c,
            title=target.title,
            communications=target.communications,
            work=target.work,
            locators=c.locators or target.locators,
        )
    return replace(c, copies=_fill_copies(c.copies, registry, last_copy_work))
