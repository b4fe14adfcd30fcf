"""A Russian letter's answer named after it: "Письмо Хатоямы Итиро Н.А. Булганину, 11.IX.1956, и
ответ Булганина от 13 сентября"; "Письмо X на имя Y от 30.XII.1956 и ответ Y от 14.I.1957". The
answer goes back from the letter's recipient to its sender, on its own date (a day without a
year takes the letter's year, or the next one when it would fall before the letter)."""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates, make_date
from kg1956.models import Communication, DateValue, NameMention, Participant, Span
from kg1956.surname_keys import bare_surname_keys

_ANSWER = re.compile(
    r"[\s,]*(?:и|а\s+также)\s+(?:его\s+|её\s+|ее\s+)?ответ(?:ное\s+письмо)?\s+"
    r"(?P<who>(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё-]+)\s+(?:от\s+)?(?=\d)"
)
_DAY_MONTH = re.compile(r"(?P<d>\d{1,2})\s+(?P<m>[а-яё]+)(?![\s.]*(?:19|20)\d\d)")


def _date_after(text: str, letter: DateValue) -> tuple[DateValue, int] | None:
    """The answer's date at the start of `text`, and its length: a full date, or a day and
    month that take the letter's year."""
    found = find_dates(text[:40])
    if found and found[0].span.start == 0 and found[0].value is not None:
        return found[0].value, found[0].span.end
    m = _DAY_MONTH.match(text)
    if m is None:
        return None
    got = find_dates(f"{m.group('d')} {m.group('m')} {letter.iso[:4]}")
    if not got or got[0].value is None or got[0].value.precision != "day":
        return None
    value = got[0].value
    if value.iso < letter.iso:
        value = make_date(int(letter.iso[:4]) + 1, int(value.iso[5:7]), int(value.iso[8:10]))
    return (value, m.end()) if value else None


def _surname_keys(mention) -> set[str]:
    last = re.sub(r"^(?:[А-ЯЁA-Z]\.\s?)+", "", mention.text).split()
    return bare_surname_keys(last[-1]) if last else set()


def read_answer(text: str, offset: int, letter: Communication) -> tuple[Communication, int] | None:
    """The answer `text` names right after `letter` (a dated letter of one sender to one
    recipient), and the characters read; None unless the answer's writer is the recipient."""
    if letter.kind != "letter" or letter.date is None or letter.date.precision != "day":
        return None
    senders = [p for p in letter.participants if p.function == "sender"]
    recipients = [p for p in letter.participants if p.function == "recipient"]
    if len(senders) != 1 or len(recipients) != 1 or recipients[0].mention.is_organization:
        return None
    m = _ANSWER.match(text)
    if m is None:
        return None
    who = bare_surname_keys(re.sub(r"^(?:[А-ЯЁ]\.\s?)+", "", m.group("who")))
    if not who & _surname_keys(recipients[0].mention) or who & _surname_keys(senders[0].mention):
        return None
    dated = _date_after(text[m.end() :], letter.date)
    if dated is None:
        return None
    value, length = dated
    end = m.end() + length
    parts = (
        Participant(NameMention(m.group("who"), Span(offset + m.start("who"), offset + m.end("who"))), "sender"),
        Participant(senders[0].mention, "recipient"),
    )
    return Communication("letter", value, parts, Span(offset + m.start(), offset + end)), end
