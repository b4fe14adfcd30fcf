"""A Russian talk and the message that told of it: "Беседа А.И. Микояна и Пэн Дэхуая с Ким Ир
Сеном 20 сентября 1956 г. изложена в их телеграмме в ЦК КПСС от 21.IX.1956 (там же …)". Two
communications: the talk, and the message its first side ("их", "его") sent about it, to the
addressee named, on its own date.

The pronoun must fit the side: "их" for a first side of several, "его"/"её" for one person,
and then only one written as a Soviet official is, with the initials of a given name and a
patronymic ("Беседа Ю.В. Андропова с И. Надем … изложена в его шифртелеграмме в МИД СССР"): a
foreign host named first ("Беседа Мао Цзэдуна с П.Ф. Юдиным … изложена в его письме на имя Н.С.
Хрущева") is never made the writer of the ambassador's report. When the pronoun does not fit,
the talk is read alone.

The message may name its writer and addressee instead of a pronoun: "… изложена в письме Шепилова
Фирюбину от 21 июня", "… в телеграмме П.Ф. Юдина Н.С. Хрущеву от 16 октября" (the writer in the
genitive, the addressee in the dative; a day without its year is in the talk's year). A capital
at either end ("письме Москвы Пекину") is no party: the talk is read alone.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates, make_date
from kg1956.extract.kinds import KINDS
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, side
from kg1956.extract.records_ru import read_russian_conversation
from kg1956.extract.ru_nonparty import names_no_one, not_a_russian_party
from kg1956.models import Communication, Participant, Span

_TOLD_IN = re.compile(
    r"\s+(?:был[аи]?\s+)?(?:изложен[аы]?|описан[аы]?|отражен[аы]?)\s+в\s+(?P<whose>его|её|ее|их)\s+"
    r"(?P<kind>шифр(?:о)?телеграмме|телеграмме|докладной\s+записке|записке|письме|донесении|отч[её]те|докладе|информации)\s+"
    # the addressee may go unsaid: "… изложена в их телеграмме от того же числа (АПРФ …)"
    r"(?:(?:в|во|на\s+имя)\s+(?P<to>[^()]{2,80}?)\s+)?"
    # the message's own date, or the talk's: "от того же числа", "того же дня", "в тот же день"
    r"(?:от\s+(?=\d)|(?P<same>(?:от\s+)?того\s+же\s+(?:числа|дня)|в\s+тот\s+же\s+день)(?=\s*(?:[.,;)(]|//|$)))"
)  # "того же числа следующего месяца": another day, not the talk's
_KIND = {
    "шифротелеграмме": "telegram",
    "шифртелеграмме": "telegram",
    "телеграмме": "telegram",
    "докладной записке": "memo",
    "записке": "memo",
    "письме": "letter",
    "донесении": "report",
    "отчете": "report",
    "отчёте": "report",
    "докладе": "report",
    "информации": "report",
}


# "… изложена в письме Шепилова Фирюбину от 21 июня": the message's writer (genitive) and addressee
# (dative) named; the day without a year is in the talk's year
_NAMED_WORD = r"(?:(?:[А-ЯЁ]\.\s?){1,2})?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_TOLD_IN_NAMED = re.compile(
    r"\s+(?:был[аи]?\s+)?(?:изложен[аы]?|описан[аы]?|отражен[аы]?|отражён[аы]?|пересказан[аы]?)\s+в\s+"
    r"(?P<kind>шифр(?:о)?телеграмме|телеграмме|докладной\s+записке|записке|письме|донесении|отч[её]те|докладе)\s+"
    rf"(?P<writer>{_NAMED_WORD})\s+(?P<to>{_NAMED_WORD})\s+от\s+(?=\d)"
)


def _read_told_in_named(text: str, offset: int) -> RuleResult | None:
    """The talk and the message a named writer sent a named addressee about it (see `_TOLD_IN_NAMED`)."""
    told = _TOLD_IN_NAMED.search(text)
    if told is None:
        return None
    talk = read_russian_conversation(text[: told.start()], offset)
    if talk is None or talk.communication.date is None or talk.communication.date.precision != "day":
        return None
    conv = talk.communication
    found = find_dates(text[told.end() : told.end() + 40])
    if not found or found[0].span.start != 0:
        return None
    sent = found[0].value
    if sent is None and found[0].partial and found[0].month and found[0].day:
        year = int(conv.date.iso[:4])
        sent = make_date(year, found[0].month, found[0].day)
        if sent is not None and sent.iso < conv.date.iso:  # a talk of 31 December told "от 3 января": the next year
            sent = make_date(year + 1, found[0].month, found[0].day)
    if sent is None:
        return None
    writer = parse_participant(told.group("writer"), offset + told.start("writer"))
    to = parse_participant(told.group("to"), offset + told.start("to"))
    if writer is None or to is None or writer.is_organization or to.is_organization:
        return None
    if not re.search(r"(?:а|я|о|и|ы)$", writer.text) or not re.search(r"(?:у|ю|е|о|и)$", to.text):
        return None  # the writer in the genitive, the addressee in the dative (or a surname Russian does not decline)
    if re.search(r"(?:ого|его)$", to.text):
        return None  # "в письме Антонина Новотного": a given name and a surname, both in the genitive
    if any(names_no_one(x.text) or not_a_russian_party(x.text) for x in (writer, to)):
        return None
    end = told.end() + found[0].span.end
    kind = _KIND.get(re.sub(r"\s+", " ", told.group("kind").lower()), "letter")
    sides = (Participant(writer, "sender"), Participant(to, "recipient"))
    message = Communication(kind, sent, sides, Span(offset + told.start(), offset + end))
    interlocutors = tuple(Participant(p.mention, "interlocutor") for p in conv.participants)
    return RuleResult(Communication("conversation", conv.date, interlocutors, conv.span), end, (), also=(message,))


def read_told_in(text: str, offset: int) -> RuleResult | None:
    """The talk `text` opens with ("Беседа X с Y <date>") and the message of its first side that
    told of it ("изложена в их телеграмме в ЦК КПСС от <date>"); None unless both are dated."""
    if not re.match(r"(?:беседа|беседы|переговоры)\s", text, re.IGNORECASE):
        return None
    told = _TOLD_IN.search(text)
    if told is None:
        return _read_told_in_named(text, offset)
    talk = read_russian_conversation(text[: told.start()], offset)
    if talk is None or talk.communication.date is None:
        return None
    conv = talk.communication
    if told.group("same"):  # "от того же числа": the message went out on the talk's day
        sent, end = conv.date, told.end()
    else:
        found = find_dates(text[told.end() : told.end() + 40])
        if not found or found[0].span.start != 0 or found[0].value is None:
            return None
        sent, end = found[0].value, told.end() + found[0].span.end
    to = side(told.group("to"), offset + told.start("to")) if told.group("to") else ([], [])
    if to is None or (told.group("to") and not to[0]):
        return None
    writers = [p.mention for p in conv.participants if p.function == "recorder"]
    interlocutors = tuple(Participant(p.mention, "interlocutor") for p in conv.participants)
    if not writers:
        return None
    if not _whose_fits(told.group("whose").lower(), writers):  # the talk alone, its record the message's
        return RuleResult(Communication("conversation", conv.date, interlocutors, conv.span), end, ())
    kind = _KIND.get(re.sub(r"\s+", " ", told.group("kind").lower()), KINDS.get("телеграмма", "telegram"))
    parts = (*(Participant(w, "sender") for w in writers), *(Participant(x, "recipient") for x in to[0]))
    message = Communication(kind, sent, parts, Span(offset + told.start(), offset + end))
    return RuleResult(Communication("conversation", conv.date, interlocutors, conv.span), end, (), also=(message,))


# a Russian official's initials: given name and patronymic ("Ю.В.", "П.Ф.")
_TWO_INITIALS = re.compile(r"[А-ЯЁ][а-яё]?\.\s?[А-ЯЁ][а-яё]?\.\s?[А-ЯЁ]")


def _whose_fits(whose: str, writers: list) -> bool:
    """Whether "их"/"его" can only mean the talk's first side (see the module's note)."""
    if whose == "их":
        return len(writers) >= 2
    return len(writers) == 1 and not writers[0].is_organization and bool(_TWO_INITIALS.match(writers[0].text))
