"""A conversation a Russian sentence tells with a verb of talking, its record's call number in the
bracket that closes the sentence:

    "С.Ф. Антонов беседовал с Чэнь И 9 октября 1958 г. (АВП РФ. Ф. 0100. …)"
    "9 октября 1958 г. П.Ф. Юдин встречался с Ван Цзясяном (АВП РФ. Ф. 0100. …)"

The one who spoke in the nominative (a name, maybe with an adverb after it), "беседовал",
"встречался" or "встретился" with the other in the instrumental (maybe after his office: "с
послом КНР Лю Сяо"), and the day written right after the other's name or right before the first's;
the bracket opens with the call number (or "запись беседы:"). A negation ("не беседовал"), a
pronoun, a capital, the press or an unnamed body on either side, a bracket that cites no archive,
or a day that is not the sentence's own is not read: a day governed by a preposition or a record before
the speaker ("Получив телеграмму от 30 июля 1958 г., Юдин …") is another paper's, a range of days
("31 июля – 3 августа") gives no single day. An adverb that opens the sentence ("Вечером Хрущев …",
"Накануне Юдин …") is no part of the speaker's name; a plural verb reads both speakers ("Хрущев и Мао
Цзэдун беседовали с …") or nothing.

The sentence may go on about the same talk after a semicolon before its call number closes it:

    "С.Ф. Антонов беседовал с Пэн Дэ-хуаем 9 октября 1958 г.; советник посольства подробно передал
    его оценку … (АВП РФ. Ф. 0100. …)."

Then the first clause must be the talk alone (the names and the day), and what lies between it and the
bracket must name no other record: no date, no digit, no word of a record ("запись", "беседа",
"письмо", "телеграмма", "дневник", "отчет", "записка", "доклад"), no full stop that ends a sentence.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates
from kg1956.extract.locators import find_repository
from kg1956.extract.names import parse_participant
from kg1956.extract.ru_nonparty import is_russian_function_word, names_no_one, not_a_russian_party
from kg1956.extract.ru_sides import indeclinable_surname
from kg1956.models import Communication, Participant, Span

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?"
_SPEAKER = rf"(?:(?:[А-ЯЁ]\.\s?){{1,2}}{_WORD}|{_WORD}(?:\s{_WORD}){{0,2}})"
_ADVERB = r"(?:вновь|также|затем|тогда|снова|подробно|долго)"
# the verbs of talking with someone: "беседовал", "встречался", "разговаривал", "обсуждал" (what, before
# or after: "Вопрос … X обсуждал с Y"), "говорил с", "провел беседу с", "имел беседу с"
_TALK_VERB = (
    r"(?:беседовал|встречался|встретился|разговаривал|переговорил|обсуждал|обсудил|говорил)[аи]?"
    r"|(?:провел|провёл|имел)[аи]?\s+бесед[уы]"
)
_TALKED = re.compile(
    rf"(?P<a>{_SPEAKER})\s+(?:{_ADVERB}\s+)?(?P<verb>{_TALK_VERB})\s+со?\s+"
    rf"(?P<b>(?:[а-яё]+\s+(?:[А-ЯЁ]{{2,5}}\s+)?)?(?P<name>(?:(?:[А-ЯЁ]\.\s?){{1,2}})?{_WORD}(?:\s[А-ЯЁ][а-яё]*(?:-[а-яё]+)?){{0,2}}))"
    r"(?=[\s,(])"
)
# a capitalised word that opens the sentence before the speaker's name and is no name: an adverb of
# time or manner ("Вечером", "Утром", "Накануне", "Лично", "Дважды") or a closed word ("Наконец", "Сам")
_OPENER = re.compile(
    r"(?:[А-ЯЁ][а-яё]{2,}(?:ом|ем|ой|ью|не|но|жды|ее|ше)|Наконец|Сам|Сама|Сами|Сначала|Затем|Потом|Тут|Здесь|Там"
    r"|Однажды|Вновь|Снова|Уже|Еще|Ещё|Лишь|Только|Даже|Именно|Впервые|Сегодня|Вчера|Вдруг|Опять|Вместе|Также"
    r"|Тоже|Сразу|Вот|Теперь|Ранее|Прежде|Днем|Днём|Ночью|Весной|Летом|Осенью|Зимой)\s+"
)
# what makes a day before the speaker another paper's or another event's: a preposition that governs it
# ("телеграмму от 30 июля", "после 7 сентября") or a record named before it ("После письма Мао Цзэдуна …")
_GOVERNED = re.compile(
    r"(?:^|\s)(?:от|до|после|с|со|к|на|по|за|около|накануне)\s*$"
    r"|запис|бесед|письм|послан|телеграм|шифр|дневник|отч[её]т|доклад|донесени|справк|стенограм|получив|выступлен",
    re.IGNORECASE,
)
_INSTRUMENTAL_END = re.compile(r"(?:ом|ем|ым|им|ой|ей|ою|ею)$")
_BRACKET = re.compile(r"\((?P<p>[^()]{8,})\)\s*\.?\s*$")
# "(запись беседы: АВП РФ …)", "(Запись беседы // АВП РФ …)": the record named, then its call number
_RECORD_LEAD = re.compile(r"\s*(?:запись|записи|стенограмма)\s+бесед[ыа]?\s*(?::|//)\s*", re.IGNORECASE)


def read_talked(text: str, offset: int) -> tuple[Communication, str, int, int] | None:
    """The talk a sentence tells (see the module docstring): (the conversation, the bracket's text,
    where it begins and where it closes); None otherwise."""
    bracket = _BRACKET.search(text)
    if bracket is None:
        return None
    inner = bracket.group("p")
    lead = _RECORD_LEAD.match(inner)
    repo = find_repository(inner[lead.end() if lead else 0 :])
    if repo is None or repo.start() != 0:
        return None  # the bracket cites no archive: a memoir, a newspaper, a book
    prose = text[: bracket.start()]
    m = _TALKED.search(prose)
    if m is None:
        return None
    a, b = m.group("a"), m.group("b")
    a_at = m.start("a")
    opener = _OPENER.match(a)
    if opener is not None and " " in a:  # "Вечером Хрущев", "Накануне Юдин", "Лично Мао": an adverb, then the name
        a_at += opener.end()
        a = a[opener.end() :]
    b_name = b.split()[-1]
    if any(not_a_russian_party(x) or names_no_one(x) for x in (a, b_name)) or is_russian_function_word(a.split()[0]):
        return None  # "Пекин встречался с …", "Он беседовал с …", "Тогда Юдин …"
    if not (_INSTRUMENTAL_END.search(b_name) or indeclinable_surname(m.group("name"))):
        return None  # the other in the instrumental, or undeclined ("Чэнь И", "Тито")
    before = [d for d in find_dates(prose[: m.start()]) if d.value is not None and d.value.precision == "day"]
    after = find_dates(prose[m.end() :])
    if (
        after
        and after[0].value is not None
        and after[0].value.precision == "day"
        and not prose[m.end() : m.end() + after[0].span.start].strip(" ,")
    ):
        if after[0].range_start is not None or after[0].more:
            return None  # "31 июля – 3 августа 1958 г.": talks of several days, none of them the one
        date = after[0].value
    elif (
        before
        and not prose[before[-1].span.end : m.start()].strip(" .,г")
        and before[-1].range_start is None
        and not _GOVERNED.search(prose[: before[-1].span.start])
    ):
        date = before[-1].value
    else:
        return None  # the day must be the sentence's own, written next to the names
    speaker = parse_participant(a, offset + a_at)
    other = parse_participant(b, offset + m.start("b"))
    if speaker is None or other is None or speaker.is_organization or other.is_organization or speaker.role:
        return None
    people: tuple[Participant, ...] = (Participant(speaker, "interlocutor"), Participant(other, "interlocutor"))
    if m.group("verb").split()[0].endswith("и"):  # "Хрущев и Мао Цзэдун беседовали (провели беседу) с …"
        first = _first_of_two(prose[: m.start("a")], offset)
        if first is None:
            return None  # "Лидеры Китая беседовали …": the plural's other speaker is not named
        people = (Participant(first, "interlocutor"), *people)
    comm = Communication("conversation", date, people, Span(offset + m.start(), offset + m.end()))
    return comm, inner, bracket.start("p"), bracket.end()


_AND_BEFORE = re.compile(rf"(?P<x>{_SPEAKER})\s+и\s+$")


def _first_of_two(before: str, offset: int):
    """The first of two speakers joined by "и" right before the second ("Хрущев и …"), or None."""
    both = _AND_BEFORE.search(before)
    if both is None:
        return None
    x, at = both.group("x"), both.start("x")
    opener = _OPENER.match(x)
    if opener is not None and " " in x:
        x, at = x[opener.end() :], at + opener.end()
    if not_a_russian_party(x) or names_no_one(x) or is_russian_function_word(x.split()[0]):
        return None
    found = parse_participant(x, offset + at)
    if found is None or found.is_organization or found.role:
        return None
    return found


_TALK_ALONE = re.compile(r"(?P<talk>[^;()]+?\d{4}\s*г\.)\s*;")
_RECORD_WORD = re.compile(
    r"запис|бесед|письм|послан|телеграм|шифр|дневник|отч[её]т|доклад|донесени|справк|стенограм", re.I
)


def read_talked_on(note_text: str, at: int) -> tuple[Communication, str, int, int] | None:
    """The talk the clause at `at` of a note tells when the sentence goes on after a semicolon
    before the call number that closes it (see the module docstring): as `read_talked`, with the
    bracket's place counted from `at`."""
    rest = note_text[at:]
    alone = _TALK_ALONE.match(rest)
    if alone is None:
        return None
    bracket = _BRACKET.search(rest)
    if bracket is None or bracket.end() != len(rest.rstrip()):
        return None
    middle = rest[alone.end() : bracket.start()]
    if re.search(r"\d", middle) or _RECORD_WORD.search(middle) or re.search(r"\.\s+[А-ЯЁA-Z]", middle):
        return None
    blanked = rest[: alone.end("talk")] + " " * (bracket.start() - alone.end("talk")) + rest[bracket.start() :]
    found = read_talked(blanked, at)
    if found is None or found[0].span.end > at + alone.end("talk"):
        return None
    return found
