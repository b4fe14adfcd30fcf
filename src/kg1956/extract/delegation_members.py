"""A delegation named with its members in brackets, as one side of a conversation:

    "Protokół rozmowy delegacji KC KPZR (N. Chruszczow, W. Mołotow, A. Mikojan) z Biurem …"
    "the Soviet delegation (Khrushchev, Mikoyan, Molotov)"

The members are that side's people; the delegation itself is no one more.
"""

from __future__ import annotations

import re

from kg1956.extract.bodies import is_press
from kg1956.extract.lexicon import COUNTRIES, STATE_NAMES
from kg1956.extract.names import parse_participant
from kg1956.extract.places import is_place_any_case
from kg1956.models import NameMention

_DELEGATION = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+)?(?:delegations?|delegacj[aiąę]|delegace|delegáció|делегаци[яиюей]|Delegation)\b"
    r"(?P<between>[^()\[\]]{0,60}?)\s*[(\[](?P<list>[^()\[\]]{3,200})[)\]]\s*$",
    re.IGNORECASE,
)
# the delegation's head, named between "delegation" and the bracket of its members
_HEADED_BY = re.compile(
    r"(?:headed|led|chaired)\s+by|under\s+(?:the\s+)?(?:leadership|chairmanship)\s+of|pod\s+przewodnictwem|"
    r"во\s+главе\s+с|под\s+руководством|unter\s+(?:der\s+)?Leitung\s+von|condus[ăa]\s+de|v[ée]ieden[áa]|vezet[ée]s[ée]vel",
    re.IGNORECASE,
)


# the members' names between commas or "and"
_SEPARATOR = re.compile(r"[^,]+?(?=\s*(?:,|\s(?:and|i|и|und|a)\s|$))")


def delegation_members(text: str, at: int) -> list[NameMention] | None:
    """The people a delegation's bracket names, when every one of them is a person; None for
    any other side."""
    m = _DELEGATION.match(text.strip())
    if m is None:
        return None
    lead = at + len(text) - len(text.lstrip())
    start = lead + m.start("list")
    members = []
    between = m.group("between")
    head = _HEADED_BY.search(between)
    if head is not None:
        # "the Soviet delegation headed by N.S. Khrushchev (A.I. Mikoyan, M.A. Suslov)": the head, then the others
        name = between[head.end() :].strip()
        found = parse_participant(name, lead + m.start("between") + between.index(name, head.end()))
        if not name or found is None or found.is_organization or found.role or found.text != name:
            return None
        members.append(found)
    else:
        qualifier = re.sub(r"^(?:of\s+)?(?:the\s+)?", "", between.strip(), flags=re.IGNORECASE)
        named = parse_participant(qualifier, 0) if qualifier else None
        state = qualifier.lower() in COUNTRIES or qualifier.lower() in STATE_NAMES or is_place_any_case(qualifier)
        if named is not None and not named.is_organization and not state:
            return None  # someone named beside the delegation, in a way not read: not its members alone
    for part in _SEPARATOR.finditer(m.group("list")):
        found = parse_participant(part.group(0), start + part.start())
        if (
            found is None
            or found.is_organization
            or found.role
            or found.text != part.group(0).strip()
            or is_press(found.text)  # "the Soviet delegation (Pravda, Izvestiia)": journalists, no one named
        ):
            return None  # every piece one person's name and nothing more
        members.append(found)
    return members if len(members) >= 2 else None
