"""The side of a Russian talk after its last name: where and at what the talk was held ("с
Дэн Сяопином и Чжоу Эньлаем в Москве", "с Чжоу Эньлаем в аэропорту Пекина", "с Пэн Чжэнем
и Кан Шэном на Бухарестском совещании") and the others left unnamed ("с Мао Цзэдуном, Чжоу
Эньлаем, Лю Шаоци и др."), none of them a party or a role."""

from __future__ import annotations

import re

from kg1956.extract.lexicon import TETE_A_TETE
from kg1956.extract.name_shape import is_name_token
from kg1956.extract.names import parse_participant, unnamed_party
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.places import is_place_any_case
from kg1956.romanize import name_key

# "и др.", "и другими": the others, unnamed (docs/gold-format.md lists only who is named)
# ("и другими китайскими руководителями": the others described, never named)
OTHERS = re.compile(r"(?:\s*,)?\s+(?:и|i)\s+(?:др\.?|други(?:ми|х|е)|drugimi|dr\.)(?:\s+(?:[а-яё]+|[А-ЯЁ]{2,}))*\s*$")
_IN_PRIVATE = re.compile(rf"[\s,]+(?:{TETE_A_TETE}|наедине|без\s+свидетелей|без\s+переводчиков?)[\s,]*$", re.IGNORECASE)
# "в Москве", "во Внукове", "на Бухарестском совещании", "v Pekine": a place or an occasion after a name
# (and the occasion after "при", in Russian or Bulgarian: "при первой встрече", "при първото му посещение")
_WHERE = re.compile(r"\s+(?:(?:в|во|на|v|vo|na)\s+(?=\S)|при\s+(?=[а-яё]))")
# "в присутствии X", "при участии X", "при участието на X" (Bulgarian), "при содействии X": X took part
# (never trimmed away; test_review19_ru H3); "на имя X": an addressee
_NOT_WHERE = re.compile(
    r"(?:присутствии|prisutstvii|имя|imia|участи(?:и|ем|ето)|содействи[иея]|посредничеств[еау])\b", re.IGNORECASE
)


# what a head may carry between its last name and its date: the head's translation in square brackets
# ("s Le Zuanom [Record of … with Le Duan], 8 September 1969") and the place written as a heading of
# its own ("… с Дж. Кеннеди. Вашингтон, 29 ноября", "… s Fam Van Dongom, Hanoi, 8 September")
_GLOSS_END = re.compile(r"\s*\[[^\[\]]{3,}\]\s*$")
_PLACE_END = re.compile(r"\s*[.,]\s+(?P<place>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+)?)\s*$")


def _trim_heading(text: str) -> str:
    """`text` without a place standing alone after it and a bracketed translation, in either order."""
    for _ in range(2):
        place = _PLACE_END.search(text)
        if place and is_place_any_case(place.group("place")) and _ends_in_name(text[: place.start()]):
            text = text[: place.start()]
        gloss = _GLOSS_END.search(text)
        if gloss and _ends_in_name(text[: gloss.start()].rstrip("\"”»’' ,")):
            text = text[: gloss.start()].rstrip("\"”»’' ,")  # '… s Y" [Record of …]': the closing quote too
    return text


def trim_circumstance(text: str) -> str:
    """`text` without the place, the occasion or the unnamed others after its last name; the
    same text when the words before them do not end in a name (then "в" may belong to a role
    before the name: "с послом КНР в СССР Лю Сяо")."""
    text = _trim_heading(text)
    text = OTHERS.sub("", text)
    text = _IN_PRIVATE.sub("", text)  # "с Дубчеком с глазу на глаз", "… наедине": how the talk was held
    for m in _WHERE.finditer(text):
        tail = text[m.end() :]
        if _NOT_WHERE.match(tail) or not _ends_in_name(text[: m.start()]):
            continue
        return text[: m.start()]
    return text


def _ends_in_name(head: str) -> bool:
    """Whether every part of `head` names someone and the last name ends it."""
    people = parse_participants(head, 0)
    if not people or any(p.is_organization for p in people):
        return False
    last = people[-1]
    return head.rstrip(" ,").endswith(last.text) and is_name_token(last.text.split()[-1])


_AND = re.compile(r"\s+(?:и|i)\s+")


def genitive_pair(body: str) -> tuple[str, int, str, int] | None:
    """ "Стенограмма переговоров М.А. Суслова и Дэн Сяопина в Москве": a talk between people
    named in the genitive and joined by "и" (no "с" between them), split before the last of
    them; None unless every part is a person's name."""
    # "Запись беседы между Н.С. Хрущевым и Мао Цзэдуном": "между" blanked, the offsets kept
    bare = trim_circumstance(re.sub(r"^между\s+", lambda m: " " * len(m.group(0)), body))
    people = parse_participants(bare, 0)
    if not people or len(people) < 2 or any(p.is_organization or p.role for p in people):
        return None
    joints = [m for m in _AND.finditer(bare) if "(" not in bare[m.end() :] and ")" not in bare[m.end() :]]
    if not joints or not bare.rstrip(" ,").endswith(people[-1].text):
        return None
    last = joints[-1]
    return bare[: last.start()], 0, bare[last.end() :], last.end()


_PRESENCE = re.compile(
    r",?\s+(?:(?:в|v)\s+(?:присутствии|prisutstvii)|при\s+(?:участии|участието\s+на|содействии|посредничестве))\s+(?=\S)",
    re.IGNORECASE,
)


def split_presence(text: str) -> tuple[str, str, int] | None:
    """ "с Ким Ир Сеном в присутствии Пак Чен Ая": (the side before, who else was present, where
    they begin) when a name ends the side before; who was present may be named by role only
    ("в присутствии переводчика")."""
    m = _PRESENCE.search(text)
    if m is None or not _ends_in_name(text[: m.start()]):
        return None
    return text[: m.start()], trim_circumstance(text[m.end() :]), m.end()


def side_with_present(text: str, at: int) -> tuple[list, list] | None:
    """`side` of `text` (its circumstance trimmed), with those present after "в присутствии"/"при участии"
    ("с Мао Цзэдуном при участии Лю Шаоци": both took part); None as `side` gives it."""
    from kg1956.extract.parties import side  # noqa: PLC0415 - parties reads ru_sides' neighbours

    present = split_presence(text)
    found = side(trim_circumstance(present[0] if present else text), at)
    if found is None or present is None:
        return found
    also = side(present[1], at + present[2])
    if also and not any(p.is_organization for p in also[0]):
        return (list(found[0]) + list(also[0]), list(found[1]) + list(also[1]))
    return found


# Surnames Russian does not decline (Громыко, Червоненко, Гречко; Georgian Мжаванадзе,
# Джугашвили): the same in the genitive of a writer and the dative of an addressee
# (and a foreign surname that ends in a vowel no Russian case ends in: the Mongolian long vowels of
# "Самбуу", "Жамбалдоо", the Hungarian "Герё"; not "-о", which ends Japanese given names too: "Като Тадао")
_INDECLINABLE = re.compile(r"[А-ЯЁ][а-яё]{3,}(?:ко|дзе|швили)|[А-ЯЁ][а-яё]{2,}(?:уу|ээ|үү|ё)")


# a patronymic, in any case ("Андреевич", "Андреевичу", "Васильевны"): the given name before it and
# the surname before or after belong to one man or woman (a Serbian surname in -ович looks the same:
# "Александру Ранковичу", so a patronymic alone never keeps two ends apart)
_PATRONYMIC = re.compile(r"[А-ЯЁ][а-яё]+(?:ович|евич|ьич|ич)(?:а|у|ем|е)?|[А-ЯЁ][а-яё]+(?:овн|евн|ичн)(?:а|ы|е|у|ой)")
_GIVEN = re.compile(r"[А-ЯЁ][а-яё]+")


def name_and_patronymic(text: str) -> bool:
    """Whether `text` is a given name and a patronymic alone ("Андрею Андреевичу")."""
    words = text.split()
    return len(words) == 2 and _GIVEN.fullmatch(words[0]) is not None and bool(_PATRONYMIC.fullmatch(words[1]))


def opens_on_own_name(text: str) -> bool:
    """Whether `text` opens on a patronymic in the genitive, or a given name and one ("Андреевича
    Громыко", "Андрея Андреевича Ким Ир Сену"): the writer's own name runs on, for an addressee
    stands in the dative."""
    words = [w.strip(",") for w in text.split()]
    for at in (0, 1):
        if len(words) > at and _PATRONYMIC.fullmatch(words[at]) and words[at].endswith(("а", "ы")):
            return at == 0 or _GIVEN.fullmatch(words[0]) is not None
    return False


def surname_in_dative_patronymic(text: str) -> bool:
    """Whether `text` is a surname, a given name and a patronymic in the dative, in either order
    ("Громыко Андрею Андреевичу", "Андрею Андреевичу Громыко"): the one man a message went to."""
    words = text.split()
    if len(words) != 3 or not all(_GIVEN.fullmatch(w) for w in words):
        return False
    pair = " ".join(words[1:]) if _PATRONYMIC.fullmatch(words[2]) else " ".join(words[:2])
    return name_and_patronymic(pair) and pair.split()[1].endswith(("у", "е"))


def indeclinable_surname(name: str) -> bool:
    """Whether the last word of `name` is a surname Russian leaves undeclined, or `name` a
    Chinese name ending in a vowel, which Russian does not decline either ("Лю Шаоци", "Чэнь И")."""
    words = name.split()
    if not words:
        return False
    if _INDECLINABLE.fullmatch(words[-1]) is not None:
        return True
    # a surname and one given name ("Лю Шаоци", "Ху Цяому"): a third word is no part of it ("Ху Цяому Ли"
    # is Hu Qiaomu and the next man's surname); a given name in -ю, or in -у after "н", may be a dative
    # ("Мао Цзэдуну", "Ли Фучуню", "Чжоу Эньлаю"), one in -у after another consonant or "о" is not
    # ("Ху Цяому", "Чжоу")
    return len(words) == 2 and _CHINESE_UNDECLINED.search(words[-1]) is not None and name_key(name).family == "chinese"


_CHINESE_UNDECLINED = re.compile(r"(?:[иоэ]|[^нйрьюаея]у)$", re.IGNORECASE)


_FOR = re.compile(r"\s+(?:для|dlia)\s+(?=\S)")


def split_for(body: str) -> tuple[str, int, str, int] | None:
    """ "Информация ЦК КПСС для руководства братских партий", "Записка Ю.В. Андропова для
    Н.С. Хрущева": the writer, then whom the paper was for. The addressee is kept when it names
    someone; a readership named by no one ("руководства братских партий") is left out."""
    m = _FOR.search(body)
    left = body[: m.start()] if m else ""
    if m is None or "(" in left or (parse_participant(left, 0) is None and unnamed_party(left) is None):
        return None
    right = body[m.end() :]
    if parse_participants(right, 0) is None:
        return left, 0, "", len(body)
    return left, 0, right, m.end()


_SESSION = re.compile(r"\s+на\s+(?:заседании|заседаниях)\s+(?=\S)")


def split_session(body: str) -> tuple[str, int, str, int] | None:
    """ "Доклад А.И. Микояна на заседании Президиума ЦК КПСС": a report made at a session of a
    named body is made to that body (a gathering that is no body, "на совещании", is not split)."""
    m = _SESSION.search(body)
    if m is None:
        return None
    left, right = body[: m.start()], body[m.end() :]
    found = parse_participant(right, 0)
    if parse_participant(left, 0) is None or found is None or not found.is_organization:
        return None
    return left, 0, right, m.end()
