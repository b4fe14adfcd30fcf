"""A Russian message whose writer or addressee is named by a participle after its head:

    "Информация X о пребывании делегации в Варшаве, направленная в Президиум ЦК КПСС, 24 июля 1956 г."
    "Годовой политический отчет за 1959 г., направленный А.М. Пузановым в МИД СССР 14 января 1960 г."
    "Записка X о положении в КНДР, адресованная Н.С. Хрущеву, 5 мая 1957 г."
    "Письмо X, отправленное на имя Y 3 марта 1958 г."

The participle (направленный, адресованный, отправленный, посланный, переданный, in any gender)
says who the message went to (after "в", "на имя" or in the dative) and, with a name in the
instrumental, who sent it. The subject and the period between the head and the participle are
blanked (the offsets kept) and the head is read as `read_russian_message` reads it."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult
from kg1956.extract.records_ru import read_russian_message
from kg1956.models import Participant

_PARTICIPLE = re.compile(
    r",?\s+(?:направленн|адресованн|отправленн|посланн|переданн|napravlenn|adresovann|otpravlenn)"
    r"(?:ая|ый|ое|ые|ую|oe|aia|yi)\s+(?=\S)",
    re.IGNORECASE,
)
# the message's kind and its adjectives, at the start
_HEAD = re.compile(
    r"(?:[А-ЯЁа-яё]+(?:ая|ый|ой|ое|ий)\s+){0,2}(?:информация|записка|докладная\s+записка|справка|письмо|телеграмма"
    r"|шифр(?:о)?телеграмма|отч[её]т|доклад|донесение|сообщение|послание|меморандум)\s+",
    re.IGNORECASE,
)
# what stands between the writer and the participle: the subject or the period reported on
_SUBJECT = re.compile(r"\s(?:о|об|обо|за|по|относительно|касательно)\s")
# a name in the instrumental right after the participle: the writer ("направленный А.М. Пузановым")
_INSTRUMENTAL = re.compile(r"(?:(?:[А-ЯЁ]\.\s?){1,2})?[А-ЯЁ][а-яё-]+(?:ым|им|ом|ем|ой|ей)(?=\s)")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def read_russian_sent_by(text: str, offset: int) -> RuleResult | None:
    """The message, its addressee or writer read from the participle (see the module docstring)."""
    head = _HEAD.match(text)
    if head is None:
        return None
    part = _PARTICIPLE.search(text, head.end())
    if part is None:
        return None
    between = text[head.end() : part.start()]
    if "//" in between or ";" in between:
        return None
    if (by := _INSTRUMENTAL.match(text, part.end())) is not None:
        # "Отчет за 1959 г., направленный А.М. Пузановым в МИД СССР": the writer after the participle
        if re.search(r"[А-ЯЁ]\.\s?[А-ЯЁ]", between):
            return None  # a writer named before too: no second one
        found = read_russian_message(_blank(text, head.end(), part.end()), offset)
        if found is not None and not any(
            by.group(0) in (p.mention.role or "") for p in found.communication.participants
        ):
            return found
        return _by_then_to(text, offset, head.end(), by)  # "переданная X-ом премьер-министру Y-у": X wrote to Y
    else:
        subject = _SUBJECT.search(text, head.end(), part.start())
        if re.search(r"\d", between[: (subject.start() - head.end()) if subject else len(between)]):
            return None  # a date before the participle: the message was dated before it was sent on
        blanked = _blank(text, subject.start() if subject else part.start(), part.end())
    return read_russian_message(blanked, offset)


def _by_then_to(text: str, offset: int, start: int, by: re.Match[str]) -> RuleResult | None:
    """ "Записка, переданная А.И. Домницким премьер-министру Хатояме 25 января 1955 г.": the one in the
    instrumental handed it over, to the one in the dative after him (maybe after his office)."""
    found = read_russian_message(_blank(text, start, by.end()), offset)
    if found is None or len({p.function for p in found.communication.participants}) != 1:
        return None  # the head read with two sides: no one left for the one who handed it over
    # the one side read is whom it was handed to (a head with one side reads it as the writer)
    to = tuple(Participant(p.mention, "recipient") for p in found.communication.participants)
    writer = parse_participant(by.group(0), offset + by.start())
    if writer is None or writer.is_organization or writer.text != by.group(0):
        return None
    comm = found.communication
    comm = replace(comm, participants=(Participant(writer, "sender"), *to))
    return replace(found, communication=comm)
