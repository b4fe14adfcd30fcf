"""The talk a Russian message reports when its writer is named by his office alone:

    "Шифртелеграмма посла СССР в МНР о беседе с Ю. Цэдэнбалом 14 января 1960 г."
    "Телеграмма советника посольства в МИД СССР о его беседе с Ким Ир Сеном 3 мая 1957 г."
    "Донесение временного поверенного в делах СССР о беседе с министром Y 5 июня 1958 г."
    "Информация от посланика в Ханой за разговора му с Y на 1 юни 1965 г." (Bulgarian)

The message's writer is an office with no name (lower-case words, a state's or body's capitals),
maybe with where the message went ("в МИД СССР", "в Москву"); the talk is with the people named
after "о (его) беседе с", on the day written after them. An office is no party (docs/gold-format.md):
the talk keeps the people named alone, and the message, named by no one, is not read. A talk with
no one named ("о беседе с послом"), no day of its own, or a writer with a name is read elsewhere
(`ru_message_talk`) or not at all.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates
from kg1956.extract.lexicon import ROLE_WORDS
from kg1956.extract.parties import RuleResult
from kg1956.extract.places import is_place_any_case
from kg1956.extract.ru_sides import side_with_present
from kg1956.models import Communication, Participant, Span

_HEAD = re.compile(
    r"^(?:Шифр(?:о)?телеграмма|Телеграмма|Шифровка|Донесение|Письмо|Записка|Информация|Отч[её]т)\s+"
    r"(?P<office>(?:(?:[а-яё-]+|[А-ЯЁ]{2,6})\s+){1,8}?)"
    r"(?:(?:о|об)\s+(?:его\s+|своей\s+)?(?:беседе|разговоре|встрече)\s+со?\s+)"
)
# an office's word in the genitive: "посла", "советника", "поверенного", "первого секретаря"
_GENITIVE_OFFICE = re.compile(r"(?:посла|советника|поверенного|консула|секретаря|атташе|представителя|сотрудника)")
# the same in Bulgarian, the writer after "от" and the talk after "за": "Информация [Report] от посланика
# в Ханой за разговора му с Y на 1 юни 1965 г.", "Доклад от временно управляващия посолството за срещата с Y"
_BG_HEAD = re.compile(
    r"^(?:Информация|Доклад|Писмо|Телеграма|Шифрограма|Отчет)\s+(?:\[[^\[\]]{2,60}\]\s+)?от\s+"
    # (a capitalised word only as a place after "в"/"на": "от посланика Петров" names the writer; test_review19_ru H7)
    r"(?P<office>(?:(?:[а-яё-]+|[А-ЯЁ]{2,6}|(?:в|на)\s+[А-ЯЁ][а-яё]+)\s+){1,8}?)"
    r"за\s+(?:разговора|срещата|беседата)(?:\s+(?:му|си))?\s+с\s+"
)
_BG_OFFICE = re.compile(r"(?:посланика|съветника|управляващия|секретаря|консула|аташето|представителя)")


def read_unnamed_writer_talk(text: str, offset: int) -> RuleResult | None:
    """The talk (see the module docstring), or None."""
    m = _HEAD.match(text)
    bulgarian = m is None
    m = m or _BG_HEAD.match(text)
    if m is None:
        return None
    office = m.group("office").split()
    if bulgarian:
        if not any(_BG_OFFICE.fullmatch(w) for w in office):
            return None
    elif not any(_GENITIVE_OFFICE.fullmatch(w) for w in office) or any(w in ROLE_WORDS for w in office[:1]):
        return None
    found = find_dates(text[m.end() : m.end() + 160])
    if not found or found[0].value is None or found[0].value.precision != "day" or found[0].range_start:
        return None
    names = text[m.end() : m.end() + found[0].span.start].strip(" ,")
    if bulgarian:  # "… с Фам Ван Донг на 1 юни": the day after "на"
        names = re.sub(r"\s+на$", "", names)
        if re.search(r",\s*(?:насрочен|предвиден|планиран|набелязан|определен|предстоящ)", names):
            return None  # "за срещата с Y, насрочена на 1 юни": the day it was planned for (test_review19_ru H7)
    if not names or re.search(r"[;:()\[\]]|,$", names):
        return None
    if re.search(r"(?<![а-яё])(?:о|об|обо|про)\s", names, re.IGNORECASE):
        return None  # "о беседе с Ким Ир Сеном о визите Пэн Дэхуая 5 июня": the one spoken about; whose day is unsaid
    people = side_with_present(names, offset + m.end())  # "с Y при участии Z": Z took part too
    if people is None or not people[0] or any(p.is_organization or is_place_any_case(p.text) for p in people[0]):
        return None
    end = m.end() + found[0].span.end
    parts = tuple(Participant(p, "interlocutor") for p in people[0])
    unnamed = (" ".join(m.group("office").split()),)  # the writer, named by his office alone
    comm = Communication("conversation", found[0].value, parts, Span(offset, offset + end), unnamed)
    return RuleResult(comm, end)
