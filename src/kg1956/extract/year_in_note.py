"""A communication dated by day and month alone takes its year from another communication the
same note dates in full: "…, 3 May, AVPRF …; …, 7 May 1957, ibid." dates the first talk in
1957 — the year of the next such communication (the year before when that one's month comes
earlier: "28 December, …; …, 4 January 1957" is 1956), or, when none follows, of the last
before. Only a day and month standing as the record's own date (after a comma, before a comma,
a bracket or the end), never one inside its title ("on the Soviet note of 3 May"); never a
year from another note, nor from a paper's or a book's date."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import find_dates, make_date
from kg1956.models import Communication

# ", 3 May," / ", May 3." / ", 3 мая;": a day and month set off as the record's date
_OWN_SLOT_BEFORE = re.compile(r"(?:,|\bdated)\s*$")
_OWN_SLOT_AFTER = re.compile(r"^\s*(?:[,.;:(\[]|$)")


def note_years(comms: list[Communication]) -> list[tuple[int, int, int]]:
    """(offset, year, month or 0) of every communication of a note that has a year."""
    return sorted(
        (c.span.start, int(c.date.iso[:4]), int(c.date.iso[5:7]) if len(c.date.iso) >= 7 else 0)
        for c in comms
        if c.date is not None
    )


def dated_from_note(comm: Communication, note_text: str, years: list[tuple[int, int, int]]) -> Communication:
    """`comm` with the year of its note's other communications (`note_years`) when it has no
    date and its own text one day and month, set off as its date, and no other date."""
    if comm.date is not None:
        return comm
    own = note_text[comm.span.start : comm.span.end]
    found = find_dates(own)
    if len(found) != 1 or not (found[0].partial and found[0].month and found[0].day):
        return comm  # no day and month, an "n.d.", or several: nothing to date it by
    span = found[0].span
    if not (
        _OWN_SLOT_BEFORE.search(own[: span.start]) and _OWN_SLOT_AFTER.match(note_text[comm.span.start + span.end :])
    ):
        return comm  # "on the Soviet note of 3 May": a date inside the title, not the record's
    after = [(year, month) for offset, year, month in years if offset > comm.span.start]
    before = [year for offset, year, _ in years if offset < comm.span.start]
    if after:
        year, month = after[0]
        year = year - 1 if month and month < found[0].month else year
    elif before:
        year = before[-1]
    else:
        return comm
    value = make_date(year, found[0].month, found[0].day)
    return replace(comm, date=value) if value else comm
