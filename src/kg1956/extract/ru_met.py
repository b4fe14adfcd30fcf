"""A talk a Russian sentence tells with two subjects and a verb of meeting in the plural, its record
cited after it:

    "Н.С. Хрущёв и Ю. Цэдэнбал встречались в Пекине 2 октября 1959 г.; краткая запись беседы: РГАНИ …"
    "Ким Ир Сен и П.Ф. Юдин беседовали 5 мая 1957 г. (АВП РФ …)"
    "Мао Цзэдун и Н.С. Хрущёв вновь встретились 3 августа 1958 г. на даче в Пекине // АП РФ …"

Both are names in the nominative joined by "и" and open the sentence (maybe after an adverb of time:
"Тогда же", "Вновь"); the verb is "встречались", "встретились", "беседовали", "виделись", "провели
переговоры" (maybe after an adverb); where they met ("в Пекине", "на даче в Пицунде") may stand
before or after the day. What follows the day up to the citation must name no other date; the
citation is a bracket, "//", or a record of talk after a semicolon or full stop ("краткая запись
беседы:", "запись беседы см.:"), then a call number or "Там же". A pronoun, a capital, the press or
an unnamed body on either side ("Москва и Пекин встречались …") is no party: nothing is read.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates
from kg1956.extract.locators import find_repository
from kg1956.extract.names import parse_participant
from kg1956.extract.ru_nonparty import is_russian_function_word, names_no_one, not_a_russian_party
from kg1956.models import Communication, NameMention, Participant, Span

_ONE = r"(?:(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})"
_OPENER = r"(?:(?:Тогда\s+же|Вновь|Снова|Позднее|Затем|Вскоре|Впервые|Ещ[её]\s+раз),?\s+)?"
_MET = re.compile(
    rf"^{_OPENER}(?P<a>{_ONE})\s+и\s+(?P<b>{_ONE})\s+(?:(?:вновь|снова|впервые|также|ещ[её]\s+раз)\s+)?"
    r"(?:встречались|встретились|беседовали|виделись|(?:провели|вели)\s+переговоры)\s+"
)
_PLACE = re.compile(r"(?:в|во|на)\s+(?:[а-яё]+\s+(?:в|во)\s+)?[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?[\s,]*")
_CITED = re.compile(
    r"\s*(?:"
    r"\(\s*(?:запись\s+беседы\s*:?\s*)?"
    r"|//\s*"
    r"|[;.:]\s*(?:[А-ЯЁа-яё]+\s+)?(?:запись|записи|стенограмма)\s+бесед[ыа]?\s*(?:см\.)?\s*:\s*"
    r"|[;.]\s*(?:[Сс]м\.:?\s*)"
    r")"
)
_IBID = re.compile(r"там\s+ж[еe]\b", re.IGNORECASE)


def _person(text: str, at: int) -> NameMention | None:
    if is_russian_function_word(text.split()[0]) or not_a_russian_party(text.split()[-1]) or names_no_one(text):
        return None
    found = parse_participant(text, at)
    if found is None or found.is_organization or found.text != text:
        return None
    return found


# what, after the day, says they met without a talk: a negation ("но не беседовали"), an event ("на банкете",
# "на приёме", "на съезде")
_NOT_TALKED = re.compile(r"(?<![а-яё])(?:не|ни|но)\s|банкет|при[её]м|съезд|торжеств|парад|концерт", re.IGNORECASE)


def read_met(text: str, offset: int) -> tuple[list[Communication], int] | None:
    """The talk the sentence tells and where its call number starts (see the module docstring)."""
    m = _MET.match(text)
    if m is None:
        return None
    a = _person(m.group("a"), offset + m.start("a"))
    b = _person(m.group("b"), offset + m.start("b"))
    if a is None or b is None:
        return None
    at = m.end()
    place = _PLACE.match(text, at)
    if place is not None:
        at = place.end()
    found = find_dates(text[at : at + 40])
    if not found or found[0].span.start != 0 or found[0].value is None or found[0].value.precision != "day":
        return None
    if found[0].range_start is not None or found[0].more:
        return None
    end = at + found[0].span.end
    tail = end
    place = _PLACE.match(text, tail + len(text[tail:]) - len(text[tail:].lstrip(" ,")))
    if place is not None:
        tail = place.end()
    for cite in _CITED.finditer(text, tail):
        if find_dates(text[end : cite.start()]) or re.search(r"[()]", text[end : cite.start()]):
            return None  # another date before the call number: another paper's
        if _NOT_TALKED.search(text[end : cite.start()]):
            return None  # "встречались … на банкете, но не беседовали": met, no talk
        rest = text[cite.end() :]
        repo = find_repository(rest)
        if (repo is not None and repo.start() == 0) or _IBID.match(rest):
            parts = (Participant(a, "interlocutor"), Participant(b, "interlocutor"))
            return [Communication("conversation", found[0].value, parts, Span(offset, offset + end))], cite.end()
        if text[cite.start() : cite.end()].lstrip().startswith(("(", "//")):
            return None
    return None
