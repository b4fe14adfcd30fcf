"""Read a list of participants: "Kim Il Sung and Pak Chŏng-ae", "с Председателем ЦК КПК Мао Цзэдуном,
заместителями … Лю Шаоци", "Mao Zedong, Huairentang, Beijing" (a place is no one)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.apposed_and import read_apposed_and
from kg1956.extract.bodies import is_generic_body, is_organization
from kg1956.extract.kinds import KINDS
from kg1956.extract.memo import listed
from kg1956.extract.name_shape import QUOTES, looks_like_name
from kg1956.extract.names import office_named_in_bracket, parse_participant
from kg1956.extract.places import is_place, is_place_any_case
from kg1956.extract.roles import is_role_word
from kg1956.extract.ru_role_ends import without_apposed_office
from kg1956.models import NameMention

_ADDRESS = re.compile(r"^(?:genossen?|genossin|soudruh[a-zěů]*|s\.|tow\.|towarzysz[a-z]*)\s+(?=[A-Z])", re.I)
_LIST_AND = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|und|и|i)\s+")


# "Mao Zedong and other Chinese leaders", "и другими членами делегации": unnamed others after the named
_AND_OTHERS = re.compile(
    r",?\s+(?:and|и)\s+(?:other|others|другими|другие|других)\b(?:\s+[^\W\d_][\w-]*){0,3}\s*$", re.IGNORECASE
)


@listed
def parse_participants(text: str, offset: int) -> list[NameMention] | None:
    """ "Kim Il Sung and Pak Chŏng-ae": several people, when every part is a name;
    otherwise the phrase as one participant (None if it names nobody). Places and
    weekdays in the list ("…, Pyongyang, Friday") are not people; "… and other Chinese
    leaders" names no one more."""
    others = _AND_OTHERS.search(text)
    if others is not None and others.start() > 0:
        text = text[: others.start()]
    bodies = _office_of_bodies(text, offset)
    if bodies is not None:
        return [bodies]
    every = _split_list(text)
    parts = [(p, at) for p, at in every if not is_place(p) or _named_in_bracket(p)]
    if len(parts) >= 2 and _is_place_slot(text, parts[-2], parts[-1]):
        parts.pop()  # "Mao Zedong, Huairentang, Beijing": one word after a comma, where a place stands
    elif len(every) >= 3 and len(parts) == len(every) - 1 and every[-1] not in parts and is_place(every[-1][0]):
        # "the UAR Minister of Industry, Aziz Sidqi, Moscow": the office, the name, then where the talk was
        text = text[: every[-1][1]].rstrip(" ,")
    if not parts:
        return None
    if len(parts) == 1 and len(every) > 1:
        text, offset = parts[0][0], offset + parts[0][1]
    bare = [re.sub(r"\s*[(\[].*?[)\]]", "", part).strip(" ,.;") for part, _ in parts]
    bare = [_ADDRESS.sub("", b) for b in bare]  # "der Genossen Ulbricht und Grotewohl": a form of address before a list
    if len(parts) > 1:  # "… и Чвэ Ён Гоном, председателем Президиума ВНС КНДР": the office is the last one's
        bare[-1] = without_apposed_office(bare[-1], is_role_word)
    named_office = [_office_in_bracket_part(part) for part, _ in parts]
    if len(parts) > 1 and all(
        looks_like_name(b.strip(QUOTES))
        or is_organization(b)
        or office
        or (re.search(r"(?<!,)\s+and\s+$", text[:at]) is not None and _titled_name(b))
        or _titled_first(b)  # "Ambassador V.V. Kuznetsov, N.T. Fedorenko": a list, no apposition
        for b, office, (_, at) in zip(bare, named_office, parts, strict=True)
    ):
        mentions = [parse_participant(part, offset + at) for part, at in parts]
        if any(named_office) and any(mentions):
            # "the Chairman [Mao Zedong] and the Politburo": a body that says not whose it is names no one
            kept = [
                (m, p, o)
                for m, p, o in zip(mentions, parts, named_office, strict=True)
                if m or not is_generic_body(p[0])
            ]
            mentions, parts, named_office = [k[0] for k in kept], [k[1] for k in kept], [k[2] for k in kept]
        if all(mentions) and all(
            not m.role or _bracketed(m.role, part) or office or _role_first(m, part)
            for m, (part, _), office in zip(mentions[:-1], parts, named_office, strict=False)
        ):  # "Kim Tu-bong (Chairman …) and Ch'oe Yong-gŏn": a role in brackets ends where it closes
            return mentions  # type: ignore[return-value]
    listed = _roles_then_names(text, offset) or read_apposed_and(text, offset, parse_participant)
    if listed:
        return listed
    single = parse_participant(text, offset) or _titled_then_apposed(text, offset)
    return [single] if single else None


# a name, then its office of two bodies joined by "and": "Lt. Gen. Nam Il, chief delegate of the Korean
# People's Army and the Chinese People's Volunteers" (one man; the "and" joins the bodies, not people)
_OFFICE_OF_BODIES = re.compile(
    r"(?P<x>[^,;()\[\]]{3,60}),\s+(?P<office>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+of\s+(?:the\s+)?"
    r"[A-Z][^,;()\[\]]*?\s+and\s+(?:the\s+)?[A-Z][^,;()\[\]]*)"
)


def _office_of_bodies(text: str, offset: int) -> NameMention | None:
    """The one person of `_OFFICE_OF_BODIES`, with the office as his role; None unless the office
    starts with an office word and the name is a person's."""
    m = _OFFICE_OF_BODIES.fullmatch(text.strip())
    if m is None or not any(is_role_word(w) for w in m.group("office").split()[:3]):
        return None
    found = parse_participant(m.group("x"), offset + text.find(m.group("x")))
    if found is None or found.is_organization or not looks_like_name(found.text):
        return None
    return found if found.role else replace(found, role=m.group("office"))


def _titled_then_apposed(text: str, offset: int) -> NameMention | None:
    """ "Col. Vladimír Mašek, head of the advisory group": a name with its title before it and its office
    after a comma; the title stays the role (a mention carries one)."""
    m = re.fullmatch(r"(?P<x>[^,;()\[\]]{3,60}),\s+(?:the\s+)?(?P<office>[a-z][^,;()\[\]]{2,80})", text.strip())
    if m is None:
        return None
    found = parse_participant(m.group("x"), offset + text.find(m.group("x")))
    if found is None or found.is_organization or not found.role or not is_role_word(m.group("office").split()[0]):
        return None
    return found


# a state written with its adjective, in any case: "Северной Кореи", "Южному Вьетнаму"
_STATE_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:ая|ой|ую|ого|ому|ом|ый|ий|ей|ым|им)")


def _state_named(text: str) -> bool:
    """Whether a Russian name is a state's, alone or after its adjective ("Кореи", "Северной Кореи")."""
    words = text.split()
    if len(words) == 2 and _STATE_ADJECTIVE.fullmatch(words[0]):
        words = words[1:]
    return len(words) == 1 and is_place_any_case(words[0])


def _roles_then_names(text: str, offset: int) -> list[NameMention] | None:
    """ "с Председателем ЦК КПК Мао Цзэдуном, заместителями Председателя ЦК КПК Лю Шаоци, Чжоу
    Эньлаем и членом Политбюро Пэн Чжэнем": a Russian list whose parts begin with a role in lower
    case; read so only when every part is a name, or a role and then a name."""
    if not re.search(r"[а-яё]", text):
        return None
    parts = _split_list(text, before_role=True)
    if len(parts) < 2:
        return None
    mentions = [parse_participant(part, offset + at) for part, at in parts]
    if any(m and m.role and _state_named(m.text) for m in mentions):
        return None  # "…, председателем ЦК Трудовой партии Северной Кореи": the office ends on its state
    if not all(
        m and not m.is_organization and (not m.role or _role_first(m, part))
        for m, (part, _) in zip(mentions, parts, strict=True)
    ):
        return None
    return mentions  # type: ignore[return-value]


def _role_first(mention: NameMention | None, part: str) -> bool:
    """ "Председателем ЦК КПК Мао Цзэдуном, заместителями … Лю Шаоци": each part of a list a role
    and then the name, the name ending the part."""
    if mention is None or not mention.role or mention.is_organization:
        return False
    bare = part.strip(" ,")
    return bare.endswith(mention.text) and bare[: len(bare) - len(mention.text)].strip(" ,") == mention.role


def _named_in_bracket(part: str) -> bool:
    """ "Hanoi (Shcherbakov)": a place, and in brackets the person who wrote from it."""
    m = re.search(r"\((?P<name>[^()\[\]]{3,40})\)\s*$", part)  # a square bracket translates a title
    name = m.group("name").strip() if m else ""
    return bool(name) and looks_like_name(name) and not is_place(name) and name.lower() not in KINDS


def _titled_name(part: str) -> bool:
    """ "Third Deputy Prime Minister Chairul Saleh" in "Subandrio and Third Deputy Prime Minister
    Chairul Saleh": an English title before a name, a part of a list of its own ("Vice-Premier" alone,
    in "Vice-Premier and Foreign Minister Chen Yi", is no part: it names no one)."""
    if not re.match(r"[A-Z][a-z]", part):
        return False
    mention = parse_participant(part, 0)
    return (
        mention is not None
        and not mention.is_organization
        and _role_first(mention, part)
        and any(is_role_word(w) for w in (mention.role or "").split())
    )


def _titled_first(part: str) -> bool:
    """ "Ambassador V.V. Kuznetsov" first in "Ambassador V.V. Kuznetsov, N.T. Fedorenko and Mao Zedong":
    a title and a whole name (initials or two words) before a comma are a list's first part; an
    office apposed to the next name has no name of its own ("the Soviet Ambassador, N.T. Fedorenko")."""
    if not _titled_name(part):
        return False
    mention = parse_participant(part, 0)
    if mention is None or re.search(r"\b(?:of|the|for|to|in|at|and|des|der|de)\b", mention.role or "", re.I):
        return False  # "Commander of the Chinese People's Volunteers": the body an office is of, no name
    return (
        looks_like_name(mention.text)
        and not is_place(mention.text)
        and ("." in mention.text or len(mention.text.split()) >= 2)
    )


def _office_in_bracket_part(part: str) -> bool:
    """ "the Chairman [Mao Zedong]": an office, its holder named in the bracket after it."""
    bracket = re.search(r"[(\[](?P<name>[^()\[\]]{3,40})[)\]]\s*$", part.strip(" ,.;"))
    if bracket is None or not looks_like_name(bracket.group("name").strip()):
        return False
    return office_named_in_bracket(part[: bracket.start()], bracket.group("name").strip()) is not None


def _bracketed(role: str, part: str) -> bool:
    return f"({role})" in part or f"[{role}]" in part


def _is_place_slot(text: str, before: tuple[str, int], last: tuple[str, int]) -> bool:
    """The last part of "people, place" is a place when it is one capitalised word set off
    by a comma (not "and") after a name of two or more words: "Ho Chi Minh, Liuzhou"."""
    word = last[0].strip(" ,.")
    prev = re.sub(r"\s*[(\[].*?[)\]]", "", before[0]).strip(" ,.")
    joint = text[before[1] + len(before[0]) : last[1]]
    if _ru_place_slot(word, prev, joint):
        return True
    return (
        re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", word) is not None
        and "," in joint
        and " and " not in f" {joint} "
        and len(prev.split()) >= 2
        and looks_like_name(prev)
        and not is_role_word(word)
    )


# a Russian surname in the instrumental after "с" ("с А. Ранковичем", "с Э. Карделем", "с Н.С. Хрущевым")
_RU_INSTRUMENTAL = re.compile(r"[А-ЯЁ][а-яё-]*(?:ом|ем|ём|ым|им|ой|ей|ою|ею)")


def _ru_place_slot(word: str, prev: str, joint: str) -> bool:
    """ "… с Э. Карделем и А. Ранковичем, Снагов, 2 августа 1957 г.": after people named in the
    instrumental, one capitalised word in the nominative, set off by a comma, is where they met.
    A word in the instrumental ("…, Булганиным") is one more person; a word ending in a vowel may
    be an indeclinable name ("Тито", "Ракоши") and stays a person; so does a South Slavic surname
    left in the nominative ("Попович", "Тодорович"): no place ends in "-ич"."""
    words = prev.split()
    return (
        re.fullmatch(r"[А-ЯЁ][а-яё]{3,}", word) is not None
        and word[-1] not in "аеёиоуыэюяй"
        and not word.endswith("ич")
        and _RU_INSTRUMENTAL.fullmatch(word) is None
        and "," in joint
        and " и " not in f" {joint} "
        and len(words) >= 2
        and re.fullmatch(r"(?:[А-ЯЁ]\.\s*){1,2}", " ".join(words[:-1]) + " ") is not None
        and _RU_INSTRUMENTAL.fullmatch(words[-1]) is not None
        and not is_role_word(word)
    )


def _split_list(text: str, before_role: bool = False) -> list[tuple[str, int]]:
    """The parts of a list, split at commas and "and" before a capital (with `before_role`, also
    before a role word in lower case)."""
    parts, depth, start = [], 0, 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = _LIST_AND.match(text, i)
            if m and m.end() > i:
                the = re.match(r"the\s+(?=[A-ZА-Я])", text[m.end() :])
                word = re.match(r"\S+", text[m.end() :])
                role = before_role and word is not None and is_role_word(word.group(0))
                if text[m.end() : m.end() + 1].isupper() or the or role:
                    parts.append((text[start:i], start))
                    start = i = m.end()
                    continue
        i += 1
    parts.append((text[start:], start))
    return parts
