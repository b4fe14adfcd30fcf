"""A list of two people whose first carries an office in apposition, closed by commas:
"R.Ia. Malinovskii, Marshal of the Soviet Union, and B.N. Ponomarev". The office is the
first person's; the name after ", and" is a second person, not part of that office."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.roles import is_role_word
from kg1956.models import NameMention

# name, office (opening with a role word, no digits, no inner comma), ", and", name
_APPOSED_AND = re.compile(r"^(?P<first>[^,]+?),\s+(?P<office>[^,\d]+?),\s+and\s+(?P<second>[^,]+?)\s*$")


def read_apposed_and(
    text: str, offset: int, parse: Callable[[str, int], NameMention | None]
) -> list[NameMention] | None:
    """The two people of "A, <office>, and B", or None unless both ends read as names and the
    middle opens with a role word ("Marshal", "ambassador"); the three of "A, Marshal B, and C"
    when the words after the role word are a name."""
    m = _APPOSED_AND.match(text)
    if m is None:
        return None
    office = m.group("office")
    first_word = office.split()[0]
    if not is_role_word(first_word.strip(".")) or looks_like_name(office):
        return None
    rest = office[len(first_word) :].strip()
    if rest and looks_like_name(rest):  # "Zhou Enlai, Marshal Chen Yi, and Wang Jiaxiang": three people
        return _three(m, offset, parse)
    if not (looks_like_name(m.group("first")) and looks_like_name(m.group("second"))):
        return None
    first = parse(text[: m.end("office")], offset)
    second = parse(m.group("second"), offset + m.start("second"))
    if first is None or second is None or first.role is None or second.role is not None:
        return None
    if first.is_organization or second.is_organization:
        return None
    return [first, second]


def _three(m: re.Match[str], offset: int, parse: Callable[[str, int], NameMention | None]) -> list[NameMention] | None:
    """ "A, Marshal B, and C": three people, the middle one with the title before his name."""
    if not (looks_like_name(m.group("first")) and looks_like_name(m.group("second"))):
        return None
    people = [parse(m.group(g), offset + m.start(g)) for g in ("first", "office", "second")]
    if any(p is None or p.is_organization for p in people) or people[1].role is None:
        return None
    return people
