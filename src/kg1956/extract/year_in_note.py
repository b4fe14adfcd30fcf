"""A communication dated by day and month alone takes its year from the note that cites it:
"…, 3 May, AVPRF …; …, 7 May 1957, ibid." and "on 3 May and 7 June 1957" date the first
talk in 1957 — the year the note itself writes next (or, when none follows, last before),
never one from another note."""

from __future__ import annotations

from dataclasses import replace

from kg1956.extract.dates import find_dates, make_date
from kg1956.models import Communication


def _years(text: str) -> list[tuple[int, int]]:
    """(offset, year) of every date in the note that writes its year."""
    return [(d.span.start, int(d.value.iso[:4])) for d in find_dates(text) if d.value is not None]


def dated_from_note(comm: Communication, note_text: str) -> Communication:
    """`comm` with the year of its note when it has no date and its own text one day and month."""
    if comm.date is not None:
        return comm
    own = note_text[comm.span.start : comm.span.end]
    found = find_dates(own)
    partial = [d for d in found if d.partial and d.month and d.day]
    if len(partial) != 1 or len(found) != 1:
        return comm  # no day and month, an "n.d.", or several: nothing to date it by
    at = comm.span.start + partial[0].span.start
    years = _years(note_text)
    after = [year for offset, year in years if offset > at]
    before = [year for offset, year in years if offset < at]
    year = after[0] if after else before[-1] if before else None
    value = make_date(year, partial[0].month, partial[0].day) if year else None
    return replace(comm, date=value) if value else comm
