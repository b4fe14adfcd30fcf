"""A minute (or comment) written on another record, as the Foreign Office's files cite them:

    "Minute by a Foreign Office official (illegible initials) on Trevelyan's despatch of 2 April 1955
    to the Foreign Office, TNA, FO 371/…"

The record minuted ("Trevelyan's despatch of 2 April 1955 to …") is read by the record rules as if
the note began with it; the minute's writer is left out (often unnamed, and a minute is no message
between parties the note names). Only a possessive record after "on" is read so: "Minute by X on
the despatch" or "on the Korean question" leaves the clause to the other readers.
"""

from __future__ import annotations

import re

_NAME = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+"
_MINUTE_ON = re.compile(
    rf"^(?:(?:a|the)\s+)?(?:minutes?|comments?|annotations?)\s+by\s+[^;:]{{1,100}}?\s+on\s+(?=(?:{_NAME})['’]s\s)",
    re.IGNORECASE,
)


def minuted_record_at(text: str) -> int | None:
    """Where the minuted record's head begins in `text`; None unless the clause is a minute on one."""
    m = _MINUTE_ON.match(text)
    return m.end() if m is not None else None
