"""A communication dated by day and month alone takes its year from another communication the
same note dates in full: "…, 3 May, AVPRF …; …, 7 May 1957, ibid." dates the first talk in
1957 — the year of the next such communication (or, when none follows, of the last before).
Never a year from another note, nor from a paper's or a book's date ("see Pravda, 7 May 1957")."""

from __future__ import annotations

from dataclasses import replace

from kg1956.extract.dates import find_dates, make_date
from kg1956.models import Communication


def note_years(comms: list[Communication]) -> list[tuple[int, int]]:
    """(offset, year) of every communication of a note that has a year."""
    return sorted((c.span.start, int(c.date.iso[:4])) for c in comms if c.date is not None)


def dated_from_note(comm: Communication, note_text: str, years: list[tuple[int, int]]) -> Communication:
    """`comm` with the year of its note's other communications (`note_years`) when it has no
    date and its own text one day and month and no other date."""
    if comm.date is not None:
        return comm
    found = find_dates(note_text[comm.span.start : comm.span.end])
    if len(found) != 1 or not (found[0].partial and found[0].month and found[0].day):
        return comm  # no day and month, an "n.d.", or several: nothing to date it by
    after = [year for offset, year in years if offset > comm.span.start]
    before = [year for offset, year in years if offset < comm.span.start]
    year = after[0] if after else before[-1] if before else None
    value = make_date(year, found[0].month, found[0].day) if year else None
    return replace(comm, date=value) if value else comm
