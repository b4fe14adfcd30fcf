"""A Russian transcript of talks or a session whose speakers a bracket lists after the title,
before or after the date:

    "Стенограмма переговоров в Чиерне-над-Тисой, 29 июля 1968 г. (выступления X, Y, Z)"
    "Стенограмма переговоров делегаций КПСС и КПЧ (X, Y; Z, W), 26 августа 1968 г."
    "Запись переговоров делегаций, Белград, 27 мая 1955 г. (с советской стороны — X, Y; с югославской — Z)"
    "Протокол совещания, 3 мая 1957 г. (участники: X, Y, Z)", "(присутствовали: …)", "(с участием …)"

The head is a record's noun ("стенограмма", "запись", "протокол") and a talk or a session
("переговоров", "заседания", "совещания", "встречи", "бесед"), then words that name no one (where,
of which delegations), without "с" before a name (a talk with someone is read by records_ru). The
bracket lists people only: what it opens with (speeches, those present, a side's name) is dropped,
the sides are parted by semicolons, and every name of every side takes part alike. A bracket that
lists a body, or names fewer than two people, reads nothing: the delegations are no people.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates, read_date_list
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.parties import RuleResult
from kg1956.extract.ru_sides import OTHERS as _OTHERS
from kg1956.models import Communication, Participant, Span

_HEAD = re.compile(
    r"^(?:стенограмм[аы]|запис[ьи]|протоколы?|(?:из\s+)?стенограммы)\s+"
    r"(?:переговоров|заседани[яй]|совещани[яй]|встреч[иь]?|бесед[ы]?|консультаций)\b"
    r"(?P<words>[^()\d;]{0,160}?)[\s,]*(?=\(|\d)",
    re.IGNORECASE,
)
# a talk with someone named: "… с Х", "… со Y" (read by records_ru)
_WITH_NAME = re.compile(r"\s(?:с|со)\s+(?:[А-ЯЁ]\.|[А-ЯЁ][а-яё]+[а-яё])")
# the head names its people itself: initials anywhere, or a name right after the head's nouns
_HEAD_NAME = re.compile(r"^(?:[^()]*?[А-ЯЁ]\.\s?[А-ЯЁ]|\s*[А-ЯЁ][а-яё])")
_LIST = re.compile(r"\((?P<list>[^()]{5,500})\)")
# a body's assembly, sitting over several days: its days are no separate talks
_ASSEMBLY = re.compile(r"пленум|съезд|конференци|сесси", re.IGNORECASE)
# what the bracket says before its names: speeches, those present, those taking part
_LEAD = re.compile(
    r"^\s*(?:выступлени[яе]|выступали|выступавшие|участники|участвовали|присутствовали|в\s+присутствии"
    r"|с\s+участием|говорили|стороны|председательствовал[аи]?)\s*[:—–-]?\s*",
    re.IGNORECASE,
)
# a side's name before its people: "с советской стороны —", "с югославской:", "советская делегация:", "ЧССР:"
_SIDE_NAME = re.compile(
    r"^\s*(?:(?:с|со)\s+[а-яё]+(?:\s+стороны)?|[а-яё]+(?:\s+(?:делегаци[яи]|сторона))?|[А-ЯЁ]{2,6})\s*[:—–-]\s*"
)


def read_listed_sides(text: str, offset: int) -> RuleResult | None:
    """The transcript's talk among the people its bracket lists (see the module docstring)."""
    m = _HEAD.match(text)
    if m is None or _WITH_NAME.search(" " + m.group("words")) or _HEAD_NAME.match(m.group("words")):
        return None  # "Запись беседы Л.И. Брежнева и А. Дубчека … (присутствовали: …)": the principals named
    at = m.end()
    listed = _LIST.match(text, at)
    if listed is not None:  # the sides before the date: "(X, Y; Z), 26 августа 1968 г."
        at = listed.end()
        at += len(re.match(r"[\s,]*", text[at:]).group(0))
    dates = find_dates(text[at : at + 60])
    days = read_date_list(text[at : at + 60])  # "15 и 17 ноября 1956 г.": one talk a day
    if days is not None and len(days[0]) > 1 and _ASSEMBLY.search(m.group(0)):
        return None  # "Стенограмма заседаний пленума ЦК КПСС 5, 6 и 7 июля": one body's sitting, no talks
    if days is not None and len(days[0]) > 1:
        values, end = days[0], at + days[1]
    else:
        if not dates or dates[0].span.start != 0 or dates[0].value is None or dates[0].value.precision != "day":
            return None
        if dates[0].range_start is not None:
            return None  # "29 июля — 1 августа 1968 г.": talks over several days, no one day
        values, end = [dates[0].value], at + dates[0].span.end
    if listed is None:
        listed = _LIST.match(text, end + len(re.match(r"[\s.,]*(?:гг?\.)?[\s,]*", text[end:]).group(0)))
        if listed is None:
            return None
        end = listed.end()
    people = _listed_people(listed.group("list"), offset + listed.start("list"))
    if people is None or len(people) < 2:
        return None
    comm = Communication("conversation", values[0], tuple(people), Span(offset, offset + end))
    return RuleResult(comm, end, tuple(values[1:]))


def _listed_people(inside: str, at: int) -> list[Participant] | None:
    """Every person of every side the bracket lists, or None if some part is not a name."""
    inside = _OTHERS.sub("", inside)  # "X, Y и др.": the others unnamed
    lead = _LEAD.match(inside)
    start = lead.end() if lead else 0
    people: list[Participant] = []
    for part in inside[start:].split(";"):
        name = _SIDE_NAME.match(part)
        skip = name.end() if name else 0
        names = part[skip:]
        chaired = _LEAD.match(names)
        if chaired:  # "(председательствовал X; выступали Y, Z)": each side its own lead word
            skip, names = skip + chaired.end(), names[chaired.end() :]
        if re.search(r"\s[—–-]\s", names):
            return None  # "(Мао Цзэдун — П.Ф. Юдин; Чжоу Эньлай — П.Ф. Юдин)": pairs, each its own talk
        pieces = [p.strip() for p in re.split(r",|\s+и\s+", names) if p.strip()]
        found = parse_participants(names, at + start + skip)
        if not found or any(x.is_organization for x in found):
            return None
        if len(found) != len(pieces):
            return None  # a part that is no name ("и др.", a place): the list is not only people
        if any(not piece.startswith(x.text) for piece, x in zip(pieces, found, strict=True)):
            return None  # "(подготовили X, Y)", "(Сост. X)", "(председательствовал)": each piece opens with its name
        people += [Participant(x, "interlocutor") for x in found]
        start += len(part) + 1
    return people
