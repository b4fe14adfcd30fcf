"""A conversation told in Russian prose, with its record cited in brackets:

    "8 ноября 1956 г. Андропов изложил Кадару мнение Москвы … [запись беседы: АВП РФ. Ф. …]"

The one who spoke in the nominative, a verb of telling, the one spoken to in the dative; the
date is the sentence's own, written before them. The English form is read in `told`.

A verb of a message ("сообщил", "передал", "ответил") tells a talk only when the bracket names a
record of talk without its parties ("[запись беседы: …]"): "сообщил Хрущеву", "передал Серову
список" with only a call number in brackets may be a telegram or a report; a verb of speaking
("сказал", "напомнил") may have the call number alone. A record that names its own parties
("запись беседы Андропова с Кадаром: …") is read as written, not as the sentence's pair. A
place, a newspaper or an unnamed body ("Пекину", "Правда", "Центру") on either side is no party,
and nothing is read.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates
from kg1956.extract.names import parse_participant
from kg1956.extract.ru_in_talk import read_in_talk
from kg1956.extract.ru_nonparty import names_no_one, not_a_russian_party
from kg1956.extract.ru_said_to import undeclined_in_o
from kg1956.extract.ru_sides import indeclinable_surname
from kg1956.extract.ru_talked import read_talked
from kg1956.extract.ru_told_dated import read_told_dated
from kg1956.models import Communication, Participant, Span

_NAME = r"(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_VERB = r"(?:изложил|сообщил|сказал|заявил|передал|рассказал|пояснил|ответил|обещал|напомнил|разъяснил)[аи]?"
# how or when he said it, between the speaker and the verb: "прямо", "впервые", "ещё раз", "неоднократно"
_ADVERB = (
    r"(?:также|вновь|снова|затем|прямо|открыто|откровенно|впервые|уже|ещ[её]\s+раз|неоднократно|не\s+раз"
    r"|дважды|лично|официально|тв[её]рдо|категорически|доверительно|конфиденциально)"
)
_MESSAGE_VERB = re.compile(r"(?:сообщил|передал|ответил)[аи]?")
_TOLD_RU = re.compile(
    # "Дэн Сяопин прямо заявил Червоненко": a Chinese name of two words, an adverb, a surname Russian
    # does not decline (checked below)
    rf"(?P<a>{_NAME}(?:\s[А-ЯЁ][а-яё]+(?=\s+(?:{_ADVERB}|{_VERB})\s))?)"
    rf"\s+(?:{_ADVERB}\s+)?(?P<verb>{_VERB})\s+(?P<b>{_NAME})(?=[\s,])"
)
_DATIVE_END = re.compile(r"(?:у|ю|ому|ему)$")
_BRACKET = re.compile(r"\((?P<p>[^()]{8,})\)|\[(?P<s>[^\[\]]{8,})\]")
# a record of talk: named without its parties ("запись беседы: АВП РФ …", "стенограмма беседы — РГАНИ
# …") or with them ("запись беседы Андропова с Кадаром: …", group "named")
_TALK_RECORD = re.compile(
    r"\s*(?:запись|стенограмма|протокол)\s+(?:беседы|разговора|переговоров|встречи)\s*(?:см\.\s*)?(?:[:—–-]|(?P<named>))",
    re.IGNORECASE,
)


def read_told_ru(text: str, offset: int) -> tuple[Communication, str, int, int] | None:
    """The conversation a Russian sentence tells, dated in the sentence before the names, when it
    cites a record in brackets: (the conversation, the bracket's text, where it begins and where
    the bracket closes in `text`); None otherwise."""
    dated = read_told_dated(text, offset)  # "X сказал Y-у, что … (беседа 2 сентября 1964 г.: …)"
    if dated is not None:
        return dated
    talked = read_talked(text, offset)  # "X беседовал с Y-ом 9 октября 1958 г. (АВП РФ. …)"
    if talked is not None:
        return talked
    in_talk = read_in_talk(text, offset)  # "X в беседе с Y-ом 9 октября 1958 г. заявил … (АВП РФ. …)"
    if in_talk is not None:
        return in_talk
    bracket = _BRACKET.search(text)
    if bracket is None:
        return None
    key = "p" if bracket.group("p") is not None else "s"
    record = _TALK_RECORD.match(bracket.group(key))
    if record is not None and record.group("named") is not None:
        return None  # the bracket's own record, with its own parties
    prose = text[: bracket.start()]
    m = _TOLD_RU.search(prose)
    if m is None or not_a_russian_party(m.group("a")) or not_a_russian_party(m.group("b")):
        return None
    if names_no_one(m.group("a")) or names_no_one(m.group("b")):
        return None  # "8 ноября 1956 г. Затем Андропов сказал …", "… Он сказал …": an adverb or a pronoun
    if not (_DATIVE_END.search(m.group("b")) or indeclinable_surname(m.group("b")) or undeclined_in_o(m.group("b"))):
        return None  # the one spoken to in the dative, or undeclined ("Червоненко")
    if record is None and _MESSAGE_VERB.fullmatch(m.group("verb")):
        return None  # "сообщил Хрущеву о … (АВП РФ …)": maybe a telegram, no talk
    dates = [d for d in find_dates(prose[: m.start()]) if d.value is not None and d.value.precision == "day"]
    if not dates or prose[dates[-1].span.end : m.start()].strip(" .,г"):
        return None  # the date written right before the names: "8 ноября 1956 г. Андропов …"
    speaker = parse_participant(m.group("a"), offset + m.start("a"))
    other = parse_participant(m.group("b"), offset + m.start("b"))
    if speaker is None or other is None or speaker.is_organization or other.is_organization:
        return None
    people = (Participant(speaker, "interlocutor"), Participant(other, "interlocutor"))
    comm = Communication("conversation", dates[-1].value, people, Span(offset + m.start(), offset + m.end()))
    return comm, bracket.group(key), bracket.start(key), bracket.end()
