"""The people of a conversation listed after its date: "…, 12 November 1960, with N.S.
Khrushchev, A.I. Mikoyan and F.R. Kozlov on the Soviet side and Enver Hoxha and Mehmet
Shehu on the Albanian", "…, 10.VII.1963 (speakers: M.A. Suslov, Teng Hsiao-p'ing)"."""

from __future__ import annotations

import re

from kg1956.extract.locators import find_repository
from kg1956.extract.participant_lists import parse_participants
from kg1956.models import Participant

_LISTED = re.compile(r"[\s,]*(?:with|participants?:?|present:?|those\s+present:?)\s+(?=[A-Z])")
_LISTED_KEYWORD = re.compile(
    r"[\s,]*\(\s*(?:speakers|participants|present|those\s+present)\s*:\s*(?P<list>[^()]+?)\s*\)", re.IGNORECASE
)
_ON_SIDE = re.compile(r"\s+on\s+the\s+[A-Z][\w-]*(?:\s+side)?(?=\s+and\s|\s*[,;.)]|\s*$)")
_LIST_END = re.compile(r"(?<![A-Z])\.(?:\s|$)|;|\(|$")


def listed_after(text: str, at: int, offset: int) -> tuple[list[Participant], int] | None:
    """ "…, 12 November 1960, with N.S. Khrushchev, A.I. Mikoyan and F.R. Kozlov on the Soviet side
    and Enver Hoxha and Mehmet Shehu on the Albanian": the people who took part, listed after the
    date by side. Taken only when each side is marked ("on the Soviet side", "on the Albanian") and
    every part is a name."""
    keyed = _LISTED_KEYWORD.match(text, at)
    if keyed:  # "(speakers: M. A. Suslov, Teng Hsiao-p'ing)"
        found = parse_participants(keyed.group("list"), offset + keyed.start("list"))
        if not found or len(found) < 2 or any(p.is_organization for p in found):
            return None
        return [Participant(p, "interlocutor") for p in found], keyed.end()
    m = _LISTED.match(text, at)
    if m is None:
        return None
    stop = _LIST_END.search(text, m.end())
    repo = find_repository(text[m.end() : stop.start()])
    limit = m.end() + repo.start() if repo else stop.start()
    span = text[m.end() : limit].rstrip(" ,")
    sides = list(_ON_SIDE.finditer(span))
    if not sides or sides[-1].end() != len(span):
        return None
    blanked = span
    for side_m in sides:
        blanked = blanked[: side_m.start()] + " " * (side_m.end() - side_m.start()) + blanked[side_m.end() :]
    people = []
    start = 0
    for side_m in sides:
        group = blanked[start : side_m.start()]
        lead = re.match(r"[\s,]*(?:and\s+)?", group)
        found = parse_participants(group[lead.end() :], offset + m.end() + start + lead.end())
        if not found or any(p.is_organization or p.role for p in found):
            return None
        people += [Participant(p, "interlocutor") for p in found]
        start = side_m.end()
    return people, m.end() + len(span)
