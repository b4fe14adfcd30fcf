"""A message the author mentions right after the record it followed, dated by that record:

    "Diary of V.I. Ivanov, memorandum of conversation with Kim Il Sung, 12 April 1957, AVP RF, ….
    On the same day Ivanov reported the substance of the talk to Moscow by telegram."

The sentence names its writer, says that he sent something on the same day (or the next), and
how: "by telegram", "in a letter", "by cable". Nothing else in the sentence is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLAUSE_WORDS = (
    "that|whether|as|because|since|if|when|while|which|who|whom|after|before|although|though|"
    "nothing|not|never|no|neither|nor|none|forbidden|refused|declined"
)
_SAME_DAY = re.compile(
    r"^(?:On\s+)?(?P<when>the\s+same\s+day|that\s+(?:same\s+)?day|the\s+(?:next|following)\s+day),?\s+"
    r"(?P<x>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+"
    r"(?:reported|wrote|informed|cabled|telegraphed|notified|sent|passed|conveyed|forwarded)\b"
    # between the verb and the medium only what was sent and to whom ("the substance of the talk to
    # Moscow"), never a clause whose own act the medium may be ("reported that Kim had complained to
    # Mao in a letter") or a negation ("sent nothing, as Moscow had forbidden contacts by telegram")
    rf"(?:(?!\b(?:{_CLAUSE_WORDS})\b)[^;()]){{0,120}}?\s+"
    r"(?:by|in\s+an?|in\s+his)\s+(?:(?:ciphered|cipher|coded|long|short|personal)\s+)?"
    r"(?P<kind>telegram|cable|letter|report|memorandum)\b[^;()]{0,60}?\.?\s*$",
    re.IGNORECASE,
)
_KINDS = {"cable": "telegram", "memorandum": "memo"}


@dataclass(frozen=True)
class SameDay:
    writer: str
    writer_at: int  # offset of the writer's name in the sentence
    kind: str
    next_day: bool


def read_same_day(text: str) -> SameDay | None:
    m = _SAME_DAY.match(text.strip())
    if m is None or not m.group("x")[:1].isupper():
        return None
    lead = len(text) - len(text.lstrip())
    kind = m.group("kind").lower()
    if kind == "report" and re.search(r"\bin\s+an?\s+(?:\w+\s+)?report\b", m.group(0), re.IGNORECASE):
        return None  # "Pravda reported the talk in a short report": what was published, no message
    when = m.group("when").lower()
    return SameDay(m.group("x"), lead + m.start("x"), _KINDS.get(kind, kind), "next" in when or "following" in when)
