"""Further addressees of a message, named after its call number in a clause of their own:
"…, ll. 15–17; also sent to F.R. Kozlov.", "…; copy to A.A. Gromyko", "…; copies to Mikoyan and
Suslov", "…; also addressed to the CC CPSU", "cc: Ambassador Iudin", "a copy went to Ulbricht".

Each named person (or named body) becomes a recipient of the message just cited. Only a clause
that is nothing but this phrase and the names is taken; an office that does not say who holds it
("copy to the Foreign Ministry", "copies to the embassies") adds no one and the clause is left to
the other readers. A record of conversation takes no addressee.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.parties import side
from kg1956.extract.places import is_place_any_case, is_site
from kg1956.models import Participant
from kg1956.romanize import fold

_LEAD = re.compile(
    r"(?:and\s+)?(?:(?:also|simultaneously)\s+(?:sent|addressed|circulated|copied)\s+to"
    r"|(?:a\s+)?cop(?:y|ies)\s+(?:(?:was|were)\s+)?(?:(?:also\s+)?(?:sent|went)\s+)?to"
    r"|cc\s*:?)\s+(?=\S)",
    re.IGNORECASE,
)
_MESSAGES = frozenset({"letter", "telegram", "memo", "report"})


def _last(name: str) -> str:
    """A name's last word, folded: "A.A. Gromyko" and "Gromyko" are one party of the message."""
    words = name.split()
    return fold(words[-1]).lower() if words else ""


def read_copies_to(reader, text: str, off: int) -> bool:  # noqa: ANN001 - the note reader
    """Add the addressees a "copy to"/"also sent to" clause names to the message just cited."""
    m = _LEAD.match(text)
    cur = reader.current
    if m is None or cur is None or not cur.communications:
        return False
    comm = cur.communications[-1]
    if comm.kind not in _MESSAGES:
        return False
    names = text[m.end() :].rstrip(" .;")
    if not names or len(names) > 120 or re.search(r"\d", names):
        return False  # a call number or a date: more than names
    found = side(names, off + m.end())
    if found is None or not found[0] or found[1]:
        return False
    people = found[0]
    if any(is_place_any_case(p.text) or is_site(p.text) for p in people):
        return False  # "copy to Moscow", "a copy went to Kremlin", "cc: Kremlin Hospital": a place, no party
    have = {_last(p.mention.text) for p in comm.participants}
    added = tuple(Participant(p, "recipient") for p in people if _last(p.text) not in have)
    if not added:
        return False
    cur.communications[-1] = replace(comm, participants=(*comm.participants, *added))
    cur.extend(off + len(text.rstrip(" .;")))
    return True
