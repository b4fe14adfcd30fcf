"""Another's talk a message reports, on a day counted from the message's own:

    "Cable, A, 3 May 1958, reporting a talk between B and the Polish commissioner the day before"
    "Telegram, A, 3 May 1958, on B's briefing of the heads of mission the previous day"

The talk is not the writer's: its parties are the people named ("between B and C", "B's talk with
C"); an office or a body beside them ("the Polish commissioner") is no one named and is left out,
and a talk with no one named is not read. Its day is the message's less the days the relative
phrase counts back (`rel_day_words`). Hearsay ("what B had told C") is no talk read here."""

from __future__ import annotations

import re

from kg1956.extract.parties import side
from kg1956.extract.places import is_place_any_case
from kg1956.extract.rel_day_words import REL_DAY, days_back
from kg1956.models import NameMention

_OTHERS = re.compile(
    r"(?:reporting(?:\s+on)?|on|about|describing|concerning|recounting)\s+"
    r"(?:(?:a|the)\s+(?:[a-z]+\s+)?(?:conversation|talk|meeting|discussion)\s+between\s+(?P<between>[^;.()]{3,90}?)"
    r"|(?P<owner>(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))['’]s\s+(?:[a-z]+\s+)?"
    r"(?:conversation|talk|meeting|discussion|briefing|audience)(?:\s+(?:with|of)\s+(?P<with>[^;.()]{3,90}?))?)"
    rf"\s+(?={REL_DAY.pattern})",
    re.IGNORECASE,
)


def _named(text: str, offset: int) -> list[NameMention]:
    """The people named in one side's text (an office or a body beside them is no one)."""
    out: list[NameMention] = []
    at = 0
    for part in re.split(r"\s+and\s+|\s*,\s*", text):
        at = text.find(part, at)
        found = side(part, offset + at) if part.strip() else None
        if found and found[0]:
            out += [p for p in found[0] if not p.is_organization and not is_place_any_case(p.text)]
    return out


# a talk that may not have taken place: "rumours about a meeting between …", "the planned meeting"
_UNSURE = re.compile(
    r"\b(?:rumou?rs?|reports?|speculation|alleged(?:ly)?|planned|proposed|expected|possible|intended|rumou?red)\W+"
    r"(?:\w+\W+){0,2}(?:conversation|talk|meeting|discussion|briefing|audience)\b",
    re.IGNORECASE,
)
# "…, postponed the day before": the group ends at a comma, and a participle after it undoes the talk
_UNDONE = re.compile(
    r",\s*(?:postponed|cancell?ed|planned|proposed|called\s+off|put\s+off|scheduled|deferred|delayed|rumou?red)\b",
    re.IGNORECASE,
)
# a body or an audience, not a person: "Mao's meeting with the Politburo", "Nehru's briefing of the Lok
# Sabha", "Gomułka's meeting with the party aktiv"; a broadcast: "Kennedy's television talk"
_BODY = re.compile(
    r"\b(?:politburo|presidium|praesidium|aktiv|activists?|plenum|congress|parliament|assembly|committee|council"
    r"|cabinet|government|party|delegation|press|journalists|students|workers|lok\s+sabha|rajya\s+sabha|sejm"
    r"|volkskammer|bundestag|commons|lords|duma|soviet|diet|senate|national\s+assembly|politbüro|zk|cc)\b",
    re.IGNORECASE,
)
_BROADCAST = re.compile(r"['’]s\s+(?:television|radio|tv|public|press|broadcast|televised)\s", re.IGNORECASE)


def others_talk(text: str, start: int, end: int) -> tuple[list[NameMention], int, int] | None:
    """The people, days back and end of another's talk told in text[start:end], or None."""
    for m in _OTHERS.finditer(text, start, end):
        rel = REL_DAY.match(text, m.end())
        if rel is None:
            continue
        if _UNSURE.search(text, max(start, m.start() - 40), m.end(0)):
            continue
        if _UNDONE.search(m.group(0)) or _BROADCAST.search(m.group(0)):
            continue
        if m.group("with") and _BODY.search(m.group("with")):
            continue
        if m.group("between"):
            people = _named(m.group("between"), m.start("between"))
        else:
            people = _named(m.group("owner"), m.start("owner"))
            if not people:
                continue
            if m.group("with"):
                people += _named(m.group("with"), m.start("with"))
        if people:
            return people, days_back(rel), rel.end()
    return None
