"""Whether the words a reader took as a person's role can be one. A call number, a date, the
name of a record ("the so-called Armageddon letter", "cable", "Rejtjeltávirat no. 117") or a
cover name's gloss ("the cover name under which …") is no role, whatever reader took it; a
role's tail that names a record or an occasion ("Minister of Industries, letter",
"interpreter, on X's farewell call") is cut off. What is cut is reported, not lost."""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates
from kg1956.extract.kinds import KINDS
from kg1956.extract.locators import find_repository
from kg1956.extract.roles import is_role_word

# ", letter to …", ", telegram of …": the record the note goes on to name
_KIND_WORDS = "|".join(sorted((re.escape(k) for k in KINDS if " " not in k), key=len, reverse=True))
_KIND_TAIL = re.compile(rf",\s+(?:{_KIND_WORDS})\b.*$", re.IGNORECASE | re.DOTALL)
# ", on X's farewell call", ", at the talks": the occasion, not the office
_OCCASION_TAIL = re.compile(r",\s+(?:on|at|during|after|before|about|concerning)\s.*$", re.IGNORECASE | re.DOTALL)
# the words of a cover name's gloss in the genre's languages
_GLOSS_WORDS = re.compile(
    r"(?<!\w)(?:names?|cover|code|alias|pseudonym|cryptonym|псевдоним\w*|кличк\w*|Deckname\w*|kryptonim\w*)(?!\w)",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"(?<!\w)(?:no|nr|č|sz|№)\.?\s*\d", re.IGNORECASE)
# what a record is to the historian, never an office: "(source)", "(copy)"
_PAPER_WORDS = frozenset("source copy original translation draft excerpt extract transcript summary".split())


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w.'’-]*", text)


def _holds_office(text: str) -> bool:
    return any(is_role_word(w) for w in _words(text))


def _is_no_role(role: str) -> bool:
    bare = role.strip(" ,;:()[]")
    if not bare:
        return True
    if find_repository(bare) and re.search(r"\d", bare):
        return True  # "AVPRF, f. 079, op. 17, …": a call number
    dates = find_dates(bare)
    if dates and dates[0].span.start == 0 and dates[0].span.end >= len(bare.rstrip(". г")):
        return True  # "3 августа": a date
    if _holds_office(bare):
        return False
    words = [w.lower().strip(".’'") for w in _words(bare)]
    if not words:
        return True
    return bool(
        _NUMBERED.search(bare)  # "Rejtjeltávirat no. 117": a record's number
        or words[-1] in KINDS  # "the so-called Armageddon letter", "cable"
        or (len(words) == 1 and words[0] in _PAPER_WORDS)
        or _GLOSS_WORDS.search(bare)  # "the cover name under which …"
    )


def checked_role(role: str | None) -> tuple[str | None, str]:
    """The role as it may stand, and the text cut from it that nothing read ("" when nothing
    was cut, or only the kind of record the reader took the communication's kind from)."""
    if not role:
        return role, ""
    if _is_no_role(role):
        return None, role
    for tail, unread in ((_KIND_TAIL, False), (_OCCASION_TAIL, True)):
        m = tail.search(role)
        if m and m.start() > 0 and not _is_no_role(role[: m.start()]) and _holds_office(role[: m.start()]):
            return role[: m.start()], role[m.start() :] if unread else ""
    return role, ""
