"""A talk a Russian sentence tells with a verb of saying, the one spoken to in the dative, then the
day (or days), then the call number:

    "Ту же мысль Цэдэнбал высказывал советскому послу 4 и 11 марта 1963 г. // АВП РФ …"
    "Громыко вновь заявил Мацумото 29 сентября 1956 г., что … (АВП РФ …)"
    "О том же Чжоу Эньлай говорил П.Ф. Юдину 2 июня 1958 г.: АВП РФ …"

The speaker is a name in the nominative right before the verb (maybe with an adverb between); what
was said ("Ту же мысль", "Аналогичные соображения") or what about ("О том же …") may open the
sentence. The one spoken to is a person in the dative (an undeclined foreign surname too), maybe
after his office ("послу СССР Молотову"), or named by his office alone ("советскому послу",
"китайскому представителю"): then the talk keeps the speaker alone (docs/gold-format.md). Each day
of a list is a talk of its own. A verb of a message ("сообщил", "передал", "ответил", "написал")
is not read here: those may tell a letter; nor a day that the addressee's words do not reach right
after them, nor a sentence whose call number does not follow the day.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates, read_date_list
from kg1956.extract.names import parse_participant
from kg1956.extract.places import is_place_any_case
from kg1956.extract.ru_nonparty import is_russian_function_word, names_no_one, not_a_russian_party
from kg1956.extract.ru_sides import indeclinable_surname
from kg1956.models import Communication, DateValue, NameMention, Participant, Span

_NAME = r"(?P<who>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|(?:[А-ЯЁ][а-яё-]+\s+){1,2}[А-ЯЁ][а-яё-]*|[А-ЯЁ][а-яё-]{2,})"
_ADVERB = r"(?:вновь|снова|также|впервые|прямо|открыто|откровенно|неоднократно|не\s+раз|ещ[её]\s+раз|уже|лично)"
_VERB = (
    r"(?:сказал|заявил|заявлял|говорил|высказал|высказывал|повторил|повторял|пояснил|разъяснил|напомнил"
    r"|рассказал|рассказывал|изложил|излагал|жаловался|признался|признавался|подтвердил|подчеркнул|обещал)"
    r"(?:а|и|ась|ся)?"
)
_SAID = re.compile(_NAME + rf"\s+(?:{_ADVERB}\s+)?(?P<verb>{_VERB})\s+")
# what was said, before the speaker: "Ту же мысль", "Аналогичные мысли", "Эти соображения"
_OBJECT_FIRST = re.compile(r"[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){1,4}")
# an office alone in the dative: "советскому послу", "послу СССР", "китайскому представителю"
_OFFICE_DATIVE = re.compile(
    r"(?:[а-яё]+(?:ому|ему)\s+)*(?:послу|послам|советнику|представителю|поверенному(?:\s+в\s+делах)?|министру"
    r"|дипломату|консулу|атташе|собеседнику)(?:\s+(?:[А-ЯЁ]{2,6}|в|во|при))*"
)
_DATIVE = re.compile(r"(?:у|ю|ому|ему|е)$")
# a foreign surname in -о or -э, which Russian leaves undeclined ("Мацумото", "Коно", "Сукарно"), written
# alone; an adjective's genitive ("Первого", "Советского") is none
_UNDECLINED_O = re.compile(r"(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]{2,}(?<![ое]г)[оэ]")


# words in -о/-э that are no surname: places ("Осло", "Киото", "Токио") and bodies ("Бюро", "Радио",
# "Правительство"), which decline no more than the surnames do
_NOT_A_SURNAME_O = re.compile(
    r"(?:Осло|Киото|Токио|Монако|Чикаго|Торонто|Мехико|Сантьяго|Сан-Франциско|Бордо|Конго|Того|Марокко"
    r"|Сараево|Косово|Бюро|Политбюро|Оргбюро|Радио|Депо|Кино|Метро|Бюро\w*|[А-ЯЁ][а-яё]*(?:ство|ние|тие|бюро|радио))"
)


def undeclined_in_o(name: str) -> bool:
    """Whether `name` is one foreign surname in -о or -э (maybe after initials), which does not decline;
    not a place ("Осло", "Токио") nor a body ("Бюро", "Радио")."""
    if _UNDECLINED_O.fullmatch(name) is None:
        return False
    last = name.split()[-1].split(".")[-1]
    return _NOT_A_SURNAME_O.fullmatch(last) is None and not is_place_any_case(last)


def _one(phrase: str, at: int) -> NameMention | None:
    """The person named at the end of `phrase`, in the dative or undeclined, after his office if any."""
    found = parse_participant(phrase, at)
    if found is None or found.is_organization or not phrase.endswith(found.text):
        return None
    last = found.text.split()[-1]
    if not_a_russian_party(last) or names_no_one(found.text):
        return None
    if not (_DATIVE.search(last) or indeclinable_surname(found.text) or undeclined_in_o(found.text)):
        return None
    office = phrase[: -len(found.text)].strip()
    if office and not _OFFICE_DATIVE.fullmatch(office):
        return None
    return found


def read_said_to(text: str, offset: int, cited) -> tuple[list[Communication], int] | None:
    """The talks the sentence tells and where its call number starts (see the module docstring);
    `cited(text, at)` says where the call number starts after the day that ends at `at`."""
    m = _SAID.search(text[:220])
    if m is None:
        return None
    before = text[: m.start()].strip()
    if before and not (_OBJECT_FIRST.fullmatch(before) or re.match(r"(?:о|об)\s+[^;:()\d]+$", before, re.I)):
        return None
    who_text = m.group("who")
    if is_russian_function_word(who_text.split()[0]) or not_a_russian_party(who_text) or names_no_one(who_text):
        return None
    who = parse_participant(who_text, offset + m.start("who"))
    if who is None or who.is_organization or who.text != who_text:
        return None
    found = find_dates(text[m.end() : m.end() + 120])
    if not found:
        return None
    digit = re.search(r"\d", text[m.end() : m.end() + found[0].span.start + 1])
    addressee = text[m.end() : m.end() + digit.start()].strip(" ,")  # a list's first day: "4, 11 и 19 марта"
    if not addressee:
        return None
    other = None if _OFFICE_DATIVE.fullmatch(addressee) else _one(addressee, offset + m.end())
    if other is None and not _OFFICE_DATIVE.fullmatch(addressee):
        return None
    day_at = m.end() + digit.start()
    listed = read_date_list(text[day_at:])
    days: list[DateValue]
    if listed is not None:
        days, end = listed[0], day_at + listed[1]
    else:
        first = found[0]
        if digit.start() != first.span.start or first.value is None or first.value.precision != "day":
            return None
        if first.range_start is not None or first.more:
            return None
        days, end = [first.value], m.end() + first.span.end
    call_at = cited(text, end)
    if call_at is None:
        return None
    people = [Participant(who, "interlocutor")] + ([Participant(other, "interlocutor")] if other else [])
    unnamed = () if other else (" ".join(addressee.split()),)  # "советскому послу": named by his office alone
    span = Span(offset + m.start(), offset + end)
    return [Communication("conversation", day, tuple(people), span, unnamed) for day in days], call_at
