"""A Russian letter and its answer that share one date, written once after both:

    "Письмо Мацумото А.А. Громыко и ответное письмо Громыко, оба от 29 сентября 1956 г."
    "Послание Н.С. Хрущева Дж. Кеннеди и ответ Кеннеди (оба – 27 октября 1962 г.)"
    "Письмо ЦК КПСС ЦК МНРП и ответ ЦК МНРП того же дня, 3 мая 1964 г."

The letter is read as `read_russian_message` reads a head ("Письмо X Y <date>") with the answer's
words blanked; the answer goes back from the letter's one recipient to its one sender on the same
day, and only when the answer's writer is that recipient (the same surname, or the same body
written alike). An answer of another day ("и ответ Y от 13 сентября") is `ru_answer`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.parties import RuleResult
from kg1956.extract.records_ru import read_russian_message
from kg1956.models import Communication, NameMention, Participant, Span
from kg1956.surname_keys import bare_surname_keys

_BODY = r"(?:(?:Президиум|Политбюро|Секретариат)\s+)?(?:ЦК|МИД)\s+[А-ЯЁ]{2,6}"
_WHO = r"(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё-]+"
_AND_ANSWER = re.compile(
    r"[\s,]+(?:и|а\s+также)\s+(?:его\s+|её\s+|ее\s+)?(?:ответ|ответное\s+(?:письмо|послание)|ответная\s+телеграмма)\s+"
    rf"(?P<who>{_BODY}|{_WHO})"
    r"(?:[\s,]+(?:оба|обе)(?:\s+от)?|\s*\((?:оба|обе)(?:\s+от)?|[\s,]+того\s+же\s+(?:дня|числа)[\s,]*)[\s,–—-]*(?=\d)"
)
_HEAD = re.compile(r"^(?:Письмо|Послание|Телеграмма|Шифртелеграмма)\s+")


def _keys(text: str) -> set[str]:
    """The keys of the surname `text` ends in, with its stem without a Russian case ending
    ("Хатоямы", "Хатояме" → "хатоям")."""
    words = re.sub(r"^(?:[А-ЯЁ]\.\s?)+", "", text).split()
    if not words:
        return set()
    word = words[-1].lower()
    stem = _CASE_END.sub("", word) if len(word) >= 5 else word
    return bare_surname_keys(words[-1]) | {"stem:" + stem}


_CASE_END = re.compile(r"(?:ого|его|ому|ему|ым|им|ой|ей|ом|ем|а|я|у|ю|е|ы)$")


def read_letter_and_answer(text: str, offset: int) -> RuleResult | None:
    """The letter and its answer (see the module docstring), or None."""
    if _HEAD.match(text) is None:
        return None
    m = _AND_ANSWER.search(text, 0, 200)
    if m is None or re.search(r"\d", text[: m.start()]):
        return None
    blanked = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    close = blanked.find(")", m.end()) if "(" in m.group(0) else -1
    if close > 0:  # "(оба от 27 октября 1962 г.)": the bracket closes after the date
        blanked = blanked[:close] + " " + blanked[close + 1 :]
    found = read_russian_message(blanked, offset)
    if found is None or found.more_dates or found.also:
        return None
    letter = found.communication
    senders = [p for p in letter.participants if p.function == "sender"]
    recipients = [p for p in letter.participants if p.function == "recipient"]
    if letter.date is None or letter.date.precision != "day" or len(senders) != 1 or len(recipients) != 1:
        return None
    who, to = m.group("who"), recipients[0].mention
    if re.fullmatch(_BODY, who) or to.is_organization:
        if who != to.text:
            return None
    elif not _keys(who) & _keys(to.text) or _keys(who) & _keys(senders[0].mention.text):
        return None
    writer = NameMention(who, Span(offset + m.start("who"), offset + m.end("who")), is_organization=to.is_organization)
    parts = (Participant(writer, "sender"), Participant(senders[0].mention, "recipient"))
    answer = Communication(letter.kind, letter.date, parts, Span(offset + m.start(), offset + found.consumed))
    letter = replace(letter, span=Span(letter.span.start, offset + m.start()))
    return replace(found, communication=letter, also=(answer,))
