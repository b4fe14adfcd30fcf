"""The people of a conversation listed after its date: "…, 12 November 1960, with N.S.
Khrushchev, A.I. Mikoyan and F.R. Kozlov on the Soviet side and Enver Hoxha and Mehmet
Shehu on the Albanian", "…, 10.VII.1963 (speakers: M.A. Suslov, Teng Hsiao-p'ing)", "… of 21 February 1964
(interventions of Gheorghiu-Dej, Maurer and Bodnăraş)", "(present: Khrushchev, Mikoyan; Gomułka, Ochab)"."""

from __future__ import annotations

import re

from kg1956.extract.locators import find_repository
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.places import is_place_any_case
from kg1956.models import Participant

_LISTED = re.compile(r"[\s,]*(?:with|participants?:?|present:?|those\s+present:?)\s+(?=[A-Z])")
_LISTED_KEYWORD = re.compile(
    r"[\s,]*\(\s*(?:(?:speakers|participants|present|those\s+present|in\s+attendance|attending)\s*:"
    # "(interventions of Gheorghiu-Dej, Maurer and Bodnăraş)", "(speeches by …)", "(with contributions by …)"
    r"|(?:interventions|speeches|statements|contributions|remarks)\s+(?:of|by)|with\s+(?:contributions|speeches)\s+by)"
    r"\s*(?P<list>[^()]+?)\s*\)",
    re.IGNORECASE,
)
# the two sides listed in brackets without a keyword, a semicolon between them: "(Gomułka,
# Cyrankiewicz, Ochab; Chou En-lai, Ho Lung)"
_SIDES_IN_BRACKETS = re.compile(r"[\s,]*\(\s*(?P<list>[^();:]+(?:;\s*[^();:]+)+?)\s*\)")
_ON_SIDE = re.compile(r"\s+on\s+the\s+[A-Z][\w-]*(?:\s+side)?(?=\s+and\s|\s*[,;.)]|\s*$)")
_LIST_END = re.compile(r"(?<![A-Z])\.(?:\s|$)|;|\(|$")


def listed_after(text: str, at: int, offset: int, named: bool = False) -> tuple[list[Participant], int] | None:
    """ "…, 12 November 1960, with N.S. Khrushchev, A.I. Mikoyan and F.R. Kozlov on the Soviet side
    and Enver Hoxha and Mehmet Shehu on the Albanian": the people who took part, listed after the
    date by side. Taken only when each side is marked ("on the Soviet side", "on the Albanian") and
    every part is a name."""
    keyed = _LISTED_KEYWORD.match(text, at)
    if keyed and ";" in keyed.group("list"):  # "(present: Khrushchev, Mikoyan; Gomułka, Cyrankiewicz)": by side
        sides = _SIDES_IN_BRACKETS.match(f"({keyed.group('list')})")
        found_sides = _sides_in_brackets(sides, offset + keyed.start("list") - 1) if sides else None
        return (found_sides[0], keyed.end()) if found_sides else None
    if keyed:  # "(speakers: M. A. Suslov, Teng Hsiao-p'ing)"
        found = parse_participants(keyed.group("list"), offset + keyed.start("list"))
        if not found or len(found) < 2 or any(p.is_organization for p in found):
            return None
        return [Participant(p, "interlocutor") for p in found], keyed.end()
    sided = None if named else _SIDES_IN_BRACKETS.match(text, at)  # (only for a head that names no one)
    if sided:
        return _sides_in_brackets(sided, offset)
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


def _sides_in_brackets(sided: re.Match[str], offset: int) -> tuple[list[Participant], int] | None:
    """ "…, 11.I.1957 (Gomułka, Cyrankiewicz, Ochab, Rapacki; Chou En-lai, Ho Lung)": each side a list
    of names and nothing else (no body, no place, no office alone, no number), the sides set apart by
    a semicolon; None otherwise ("(Moscow; 1998)", "(copy; not signed)")."""
    people: list[Participant] = []
    sizes: list[int] = []
    pos = sided.start("list")
    for group in sided.group("list").split(";"):
        at = pos + len(group) - len(group.lstrip())
        pos += len(group) + 1
        if re.search(r"\d", group) or not group.strip():
            return None
        found = parse_participants(group.strip(), offset + at)
        named = " ".join(p.text for p in found or ())
        if not found or any(p.is_organization or p.role or is_place_any_case(p.text) for p in found):
            return None
        if len(re.findall(r"[A-ZÀ-ŽА-ЯЁ]", named)) < len(re.findall(r"(?<![\w'’-])[A-ZÀ-ŽА-ЯЁ]", group)):
            return None  # a part of the group was left unread: not names only
        people += [Participant(p, "interlocutor") for p in found]
        sizes.append(len(found))
    if max(sizes, default=0) < 2:
        return None  # "(Kersten; Paczkowski)": one name a side is as often the historians the record is cited after
    return (people, sided.end()) if len(people) >= 2 else None
