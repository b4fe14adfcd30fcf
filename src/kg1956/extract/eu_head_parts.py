"""What record heads in the East European languages share: the writer named before the title
with his role after the name ("Práth Károly ideiglenes ügyvivő, Feljegyzés …"), the bracketed
English translation after a title, and the other spellings that translation gives."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant
from kg1956.extract.records_en import read_record
from kg1956.models import NameMention, Participant, Span

# The writer named before the record's title: "Karel Klos, Záznam o rozhovoru s …",
# "Práth Károly ideiglenes ügyvivő, Feljegyzés … folytatott beszélgetésről".
# The writer's role may follow in brackets: "Richard Fischer (Botschafter der DDR in der KDVR), Aktenvermerk …".
AUTHOR_FIRST = re.compile(r"^(?P<author>[^,;:()\[\]]{3,60}?(?P<bracket>\s*\([^()]{2,80}\))?),\s+(?=\S)")
# A translation of the title in brackets right after it: "… dne 8. 9. 1956 [Record of a conversation …]".
GLOSS = re.compile(r"[\s,]*\[[^\[\]]{5,300}\]")


def gloss_end(text: str, end: int) -> int:
    """Where a bracketed translation of the title that follows it ends (or `end`)."""
    gloss = GLOSS.match(text, end)
    return gloss.end() if gloss else end


def author_before_title(text: str, offset: int) -> tuple[Participant, int] | None:
    """The writer named before the record's title, with a role after the name in the
    Hungarian manner ("Práth Károly ideiglenes ügyvivő"): the recorder, and where the title starts."""
    m = AUTHOR_FIRST.match(text)
    if not m:
        return None
    if m.group("bracket"):
        named = parse_participant(m.group("author"), offset)
        if named is None or named.is_organization or not named.role:
            return None
        return Participant(named, "recorder"), m.end()
    found = name_then_role(m.group("author"), offset)
    return None if found is None else (found, m.end())


def name_then_role(phrase: str, offset: int) -> Participant | None:
    """ "Práth Károly ideiglenes ügyvivő": a name, then its role in lower case."""
    words = phrase.split()
    named = 0
    while named < len(words) and words[named][:1].isupper():
        named += 1
    name = " ".join(words[:named])
    if not named or not looks_like_name(name):
        return None
    role = " ".join(words[named:]) or None
    if role and not all(w.islower() for w in words[named:]):
        return None
    mention = NameMention(name, Span(offset, offset + len(name)), role)
    return Participant(mention, "recorder")


def with_gloss_spellings(parts: tuple[Participant, ...], gloss: str) -> tuple[Participant, ...]:
    """The participants, each with the spelling the bracketed translation of the title gives
    for the one person in the same function (sender, recipient), when the translation reads
    as a record of the same shape."""
    from kg1956.extract.eu_glosses import same_person  # eu_glosses reads with this module's readers

    found = read_record(gloss, 0)
    if found is None:
        return parts
    translated = found.communication.participants
    out = []
    for p in parts:
        same = [q for q in parts if q.function == p.function]
        other = [q for q in translated if q.function == p.function]
        if (
            len(same) == 1
            and len(other) == 1
            and other[0].mention.text != p.mention.text
            and not p.mention.alias
            and same_person(p.mention.text, other[0].mention.text)
        ):
            p = Participant(replace(p.mention, alias=other[0].mention.text, alias_translated=True), p.function)
        out.append(p)
    return tuple(out)


# An office, a comma, then a form of address and the name: "dem Leiter der 1. Abteilung des MID der
# KDVR, Genossen Ri Hjo Sun"; Czech "s velvyslancem KLDR, s. Ri Sin Pcholem"; Polish "z ambasadorem
# KRL-D, tow. Ri Sin Palem"
_APPOSED_COMRADE = re.compile(
    r"^\s*(?:(?:dem|der|den)\s+)?(?P<role>[^,;()\[\]]{3,120}?),\s*"
    r"(?:genossen|genosse|genossin|s\.|soudruhem|soudruha|tow\.|towarzyszem|towarzysza)\s+"
    r"(?P<name>[^,;()\[\]]{3,60}?)\s*,?\s*$",
    re.IGNORECASE,
)


# "und", "a", "i", "oraz", "sowie": the office is two people's ("Frau" and "Herrn" are no comrade's address:
# "der Ehefrau des Botschafters, Frau Pak" keeps her "Frau", whom "Pak" alone would merge with her husband)
_JOINED = re.compile(r"\s(?:und|sowie|a|i|oraz|and)\s")


def apposed_comrade(text: str, at: int) -> list[NameMention] | None:
    """The one person `text` names by an office, a comma and a form of address before the name, with
    the office as his role; None for any other shape."""
    m = _APPOSED_COMRADE.match(text)
    if m is None or not m.group("role")[:1].isupper() and not m.group("role")[:1].islower():
        return None
    joined = list(_JOINED.finditer(m.group("role")))
    if joined:  # "Botschafter Pak und dem Leiter der 1. Abteilung, Genossen X": two people, not one office
        cut = joined[-1]
        first = parse_participant(m.group("role")[: cut.start()].strip(), at + m.start("role"))
        rest = apposed_comrade(text[m.start("role") + cut.end() :], at + m.start("role") + cut.end())
        if first is None or first.is_organization or not looks_like_name(first.text) or not rest:
            return None
        return [first, *rest]
    person = parse_participant(m.group("name"), at + m.start("name"))
    if person is None or person.is_organization or person.role or not looks_like_name(person.text):
        return None
    return [replace(person, role=m.group("role").strip())]
