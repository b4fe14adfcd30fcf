"""A Russian letter's answer named after it: "Письмо Хатоямы Итиро Н.А. Булганину, 11.IX.1956, и
ответ Булганина от 13 сентября"; "Письмо X на имя Y от 30.XII.1956 и ответ Y от 14.I.1957". The
answer goes back from the letter's recipient to its sender, on its own date (a day without a
year takes the letter's year, or the next one across a year's end: a letter of 30 December and
an answer of 2 January; an answer that would fall before its letter otherwise is not read).
A kind in brackets after the answer's date ("ответ Андропова от 4 ноября (телеграмма)") is the
answer's kind."""

from __future__ import annotations

import datetime
import re

from kg1956.extract.dates import find_dates, make_date
from kg1956.extract.ru_dash import kind_after
from kg1956.models import Communication, DateValue, NameMention, Participant, Span
from kg1956.surname_keys import bare_surname_keys

# a body that answers, by its initials: "ЦК АПТ", "МИД КНР", "Президиум ЦК КПСС"
_BODY = r"(?:(?:Президиум|Политбюро|Секретариат)\s+)?(?:ЦК|МИД|ЦК\s+и\s+СМ)\s+[А-ЯЁ]{2,6}"
# the answer's addressee, named too, in the dative ("ответ Ф. Кастро Н.С. Хрущеву от 31 октября"): the
# letter's writer, whatever case his surname takes (a surname Russian does not decline stands as it is)
_INITIALS = r"(?:(?:Дж|[А-ЯЁ])\.\s?)"  # "Н.С.", "Дж." (the two letters Russian writes for an English J)
_TO_WHOM = (
    r"(?:(?P<to>" + _INITIALS + r"{1,2}[А-ЯЁ][а-яё-]+|(?:[А-ЯЁ][а-яё-]+\s+){0,2}[А-ЯЁ][а-яё-]+(?:у|ю|е|ому|ему))\s+)?"
)
# the writer's first name written out before his surname, in the genitive ("ответ Фиделя Кастро",
# "ответ Иосипа Броз Тито" is not: one first name, then the surname, never a dative after it)
_FIRST_NAME = r"(?:[А-ЯЁ][а-яё]{2,}[ая]\s+(?=[А-ЯЁ][а-яё-]+(?<![уюе])\s+(?:от\s+)?\d))?"
_ANSWER = re.compile(
    r"[\s,]*(?:и|а\s+также)\s+(?:его\s+|её\s+|ее\s+)?ответ(?:ное\s+письмо)?\s+"
    r"(?P<who>(?:(?:Дж|[А-ЯЁ])\.\s?){0,2}"
    + _FIRST_NAME
    + r"[А-ЯЁ][а-яё-]+|"
    + _BODY
    + r")\s+"
    + _TO_WHOM
    + r"(?:от\s+)?(?=\d)"
)
# the answer as a clause of its own, after the letter's clause closed with a semicolon or a full stop:
# "Кадар — Хрущеву, 17 декабря 1956 г. (письмо); ответ Хрущева от 20 декабря", "…. Ответ Н.С. Хрущева от …"
_ANSWER_CLAUSE = re.compile(
    r"\s*(?:(?:и|а\s+также)\s+)?(?:его\s+|её\s+|ее\s+)?(?i:о)твет(?:ное\s+письмо)?\s+"
    r"(?P<who>(?:(?:Дж|[А-ЯЁ])\.\s?){0,2}[А-ЯЁ][а-яё-]+|" + _BODY + r")\s+" + _TO_WHOM + r"(?:от\s+)?(?=\d)"
)
_DAY_MONTH = re.compile(r"(?P<d>\d{1,2})\s+(?P<m>[а-яё]+)(?![\s.]*(?:19|20)\d\d)")


def _date_after(text: str, letter: DateValue) -> tuple[DateValue | None, int] | None:
    """The answer's date at the start of `text`, and its length: a full date, or a day and
    month that take the letter's year (None for the date of one that would fall before it)."""
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
        if value is None or _days(letter, value) > _YEAR_END_GAP:
            return None, m.end()  # "от 5.XI.1956 … ответ от 4 ноября": no answer a year later, a slip
    return (value, m.end()) if value else None


# the most days between a letter and an answer whose day and month, without a year, fell before it
_YEAR_END_GAP = 92


def _days(a: DateValue, b: DateValue) -> int:
    return (datetime.date.fromisoformat(b.iso) - datetime.date.fromisoformat(a.iso)).days


# "… на письмо Тито": the letter the answer answers, named after its date
_TO_LETTER = re.compile(
    r"(?:\s*гг?\.)?\s+на\s+(?:его\s+|её\s+|ее\s+)?(?:письмо|послание|телеграмму|записку|обращение)"
    r"\s+(?:(?:(?:Дж|[А-ЯЁ])\.\s?){0,2})(?P<whose>[А-ЯЁ][а-яё-]+|)"
)


def _initials(name: str) -> str:
    m = re.match(r"^((?:(?:Дж|[А-ЯЁ])\.\s?)+)", name)
    if m is None and len(name.split()) == 2:  # "Фиделя Кастро": the first name's initial
        return ("Дж" if name.startswith("Дж") else name[0]) + "."
    return re.sub(r"\s", "", m.group(1)) if m else ""


def _initials_agree(who: str, recipient: str) -> bool:
    """Whether the answer's writer and the letter's recipient, both written with initials, have the same."""
    a, b = _initials(who), _initials(recipient)
    return not a or not b or a == b


_CASE_END = re.compile(r"(?:ого|его|ому|ему|ым|им|ой|ей|ом|ем|а|я|у|ю|е|и|ы)$")


def _same_surname(a: str, b: str) -> bool:
    """Whether two written names end in one surname in any Russian case ("Гомулке", "В. Гомулки")."""
    stems = []
    for name in (a, b):
        last = re.sub(r"^(?:(?:Дж|[А-ЯЁ])\.\s?)+", "", name).split()
        word = last[-1].lower() if last else ""
        stems.append(_CASE_END.sub("", word) if len(word) >= 4 else word)
    return len(stems[0]) >= 3 and stems[0] == stems[1]


def _surname_keys(mention) -> set[str]:
    last = re.sub(r"^(?:[А-ЯЁA-Z]\.\s?)+", "", mention.text).split()
    return bare_surname_keys(last[-1]) if last else set()


def read_answer(
    text: str, offset: int, letter: Communication, own_clause: bool = False
) -> tuple[Communication | None, int] | None:
    """The answer `text` names right after `letter` (a dated letter of one sender to one
    recipient), and the characters read; None unless the answer's writer is the recipient. An
    answer whose day and month would fall before the letter is read over (the characters, no
    communication): no date is guessed for it. `own_clause`: `text` is a clause that opens on the
    answer (the letter's clause ended before it), so no "и" need join them."""
    if letter.kind != "letter" or letter.date is None or letter.date.precision != "day":
        return None
    senders = [p for p in letter.participants if p.function == "sender"]
    recipients = [p for p in letter.participants if p.function == "recipient"]
    if len(senders) != 1 or len(recipients) != 1:
        return None
    m = (_ANSWER_CLAUSE if own_clause else _ANSWER).match(text)
    if m is None:
        return None
    if recipients[0].mention.is_organization or re.fullmatch(_BODY, m.group("who")):
        # "Письмо ЦК КПСС ЦК АПТ …; ответ ЦК АПТ от 27 августа": a body answers, written as the letter wrote it
        if m.group("who") != recipients[0].mention.text or m.group("to"):
            return None
    else:
        who = bare_surname_keys(re.sub(r"^(?:(?:Дж|[А-ЯЁ])\.\s?)+", "", m.group("who")).split()[-1])
        if not who & _surname_keys(recipients[0].mention) or who & _surname_keys(senders[0].mention):
            return None
    if m.group("to") and not _same_surname(m.group("to"), senders[0].mention.text):
        return None  # "ответ Y Z от …": an answer to someone else than the letter's writer
    if not _initials_agree(m.group("who"), recipients[0].mention.text):
        return None  # "ответ С.Н. Хрущева" to a letter to Н.С. Хрущев: another man of that surname
    dated = _date_after(text[m.end() :], letter.date)
    if dated is None:
        return None
    value, length = dated
    end = m.end() + length
    to = _TO_LETTER.match(text, end)
    if to and not bare_surname_keys(to.group("whose")) & _surname_keys(senders[0].mention):
        return None  # "ответ Хрущева от 11 марта 1957 г. на письмо Тито": the answer to another letter
    said = kind_after(text, end)  # "от 4 ноября (телеграмма)"
    kind = "letter"
    if said is not None:
        kind, end = said
        if kind == "conversation":
            return None
    if value is None:
        return None, end
    parts = (
        Participant(NameMention(m.group("who"), Span(offset + m.start("who"), offset + m.end("who"))), "sender"),
        Participant(senders[0].mention, "recipient"),
    )
    return Communication(kind, value, parts, Span(offset + m.start(), offset + end)), end
