"""A talk a Russian sentence tells in the passive: one was received by another.

    "4 февраля 1955 г. Домницкий вновь был принят Хатоямой, на этот раз у него дома. См. шифртелеграмму …"
    "Посол П.Ф. Юдин был принят Мао Цзэдуном 31 марта 1956 г. (АВП РФ …)"

The one received is a name in the nominative (maybe after his office), "был(а) принят(а)", the one who
received him in the instrumental; the day opens the sentence or follows the names. The record is
cited after the sentence: in the bracket that closes it, after "//" or a colon, or in the next
sentence after "См." (whatever record that names is read from there). What the sentence adds after a
comma must name no other day, bracket or record. A capital or an unnamed body on either side ("был
принят в Кремле", "был принят руководством") is no party, nor a paper adopted ("Проект Юдина был
принят …"), nor a range of days; "к сведению" or a negation after the day ("но разговора не
получилось") says no talk: nothing is read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import find_dates
from kg1956.extract.locators import find_repository
from kg1956.extract.names import parse_participant
from kg1956.extract.ru_nonparty import is_russian_function_word, names_no_one, not_a_russian_party
from kg1956.models import Communication, NameMention, Participant, Span

_ONE = r"(?:(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})"
_OFFICE = r"(?:(?:[Пп]осол|[Сс]оветник|[Пп]оверенный\s+в\s+делах|[Пп]редставитель)(?:\s+[А-ЯЁ]{2,6})?\s+)?"
_RECEIVED = re.compile(
    rf"(?P<a>{_ONE})\s+(?:(?:вновь|снова|также|впервые|наконец)\s+)?был[аи]?\s+принят[аыо]?\s+(?P<b>{_ONE})(?=[\s,.(])"
)
_OFFICE_RE = re.compile(_OFFICE)
_RECORD = re.compile(r"запис|письм|послан|телеграм|шифр|дневник|отч[её]т|доклад|донесени|справк|стенограм", re.I)
_SEE_NEXT = re.compile(r"\.\s+(?=[Сс]м\.)")
_CITE = re.compile(r"\s*(?:\(|//|:)\s*")
# a paper, not a man, is what "был принят" (adopted) says of these: "Проект Юдина был принят Мао Цзэдуном …"
_PAPER = re.compile(
    r"(?:Проект|Документ|План|Текст|Меморандум|Закон|Указ|Устав|Предложени[ея]|Решени[ея]|Ответ|Доклад|Письмо"
    r"|Заявлени[ея]|Протокол|Договор|Соглашени[ея]|Запрос|Вопрос|Отч[её]т|Резолюци[яи]|Программа|Постановлени[ея]"
    r"|Совет|Пункт|Вариант|Порядок|Курс|Тезис|Принцип|Обращени[ея]|Послани[ея]|Приглашени[ея]|Перечень)"
    r"(?![а-яё])"
)
# what "принят" says after the day when no talk was had: "к сведению" (noted), "в члены" (admitted), a
# negation ("но разговора не получилось", "но не беседовал")
_NO_TALK = re.compile(r"к\s+(?:сведению|исполнению|руководству)|в\s+члены|(?<![а-яё])(?:не|ни)\s", re.I)


def _person(text: str, at: int, instrumental: bool) -> NameMention | None:
    if is_russian_function_word(text.split()[0]) or not_a_russian_party(text.split()[-1]) or names_no_one(text):
        return None
    if instrumental and not re.search(r"(?:ом|ем|ым|им|ой|ей)$", text):
        return None
    found = parse_participant(text, at)
    if found is None or found.is_organization or found.text != text:
        return None
    return found


def read_received_by(text: str, offset: int) -> tuple[list[Communication], int] | None:
    """The talk the sentence tells and where what cites it starts (see the module docstring)."""
    lead = find_dates(text[:30])
    start = 0
    day = None
    if lead and lead[0].span.start == 0 and lead[0].value is not None and lead[0].value.precision == "day":
        if lead[0].range_start is not None:
            return None  # "31 марта – 2 апреля 1956 г. X был принят Y-ом": days of talks, not one
        day, start = lead[0].value, lead[0].span.end
    pos = start + len(text[start:]) - len(text[start:].lstrip())
    office = _OFFICE_RE.match(text, pos)
    m = _RECEIVED.match(text, office.end())
    if m is None:
        return None
    a = _person(m.group("a"), offset + m.start("a"), False)
    b = _person(m.group("b"), offset + m.start("b"), True)
    if a is None or b is None or _PAPER.match(m.group("a")):
        return None
    if office.group(0).strip():  # "Посол П.Ф. Юдин был принят …": his office, his role
        a = replace(a, role=office.group(0).strip())
    end = m.end()
    after = find_dates(text[end : end + 40])
    if day is None:
        if not after or after[0].span.start > 1 or after[0].value is None or after[0].value.precision != "day":
            return None
        if after[0].range_start is not None:
            return None  # "31 марта – 2 апреля 1956 г.": days of talks, not one
        day, end = after[0].value, end + after[0].span.end
    if after and day is not None and after[0].span.start <= 1 and end == m.end():
        return None  # a day on both sides: which is the talk's is unsaid
    stop = _SEE_NEXT.search(text, end)
    cite = _CITE.search(text, end)
    if cite is not None and (stop is None or cite.start() < stop.start()):
        rest = text[cite.end() :]
        repo = find_repository(rest)
        if repo is None or repo.start() != 0:
            return None
        call_at = cite.end()
        between = text[end : cite.start()]
    elif stop is not None:
        call_at = stop.end()
        between = text[end : stop.start()]
    else:
        return None
    if find_dates(between) or re.search(r"[()\[\];]", between) or _RECORD.search(between) or _NO_TALK.search(between):
        return None
    parts = (Participant(a, "interlocutor"), Participant(b, "interlocutor"))
    return [Communication("conversation", day, parts, Span(offset + m.start(), offset + end))], call_at
