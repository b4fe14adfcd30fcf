"""A delegation named with its members in brackets, as one side of a conversation:

    "Protokół rozmowy delegacji KC KPZR (N. Chruszczow, W. Mołotow, A. Mikojan) z Biurem …"
    "the Soviet delegation (Khrushchev, Mikoyan, Molotov)"

The members are that side's people; the delegation itself is no one more.
"""

from __future__ import annotations

import re

from kg1956.extract.bodies import is_press
from kg1956.extract.names import parse_participant
from kg1956.models import NameMention

_DELEGATION = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+)?(?:delegations?|delegacj[aiąę]|delegace|delegáció|делегаци[яиюей]|Delegation)\b"
    r"[^()\[\]]{0,60}?\s*[(\[](?P<list>[^()\[\]]{3,200})[)\]]\s*$",
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
    start = at + len(text) - len(text.lstrip()) + m.start("list")
    members = []
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
