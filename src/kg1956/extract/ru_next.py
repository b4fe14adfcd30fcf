"""A Russian note's next talk of the same recorder, after a semicolon: "Запись беседы А.Н.
Косыгина с Фам Ван Донгом, 7 февраля 1965 г. // РГАНИ …; беседа с Хо Ши Мином 8 февраля – там
же. Л. 19–30." The recorder is the record's before; the day takes its year when it has none."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import days_of_month, find_dates
from kg1956.extract.names import KINSHIP
from kg1956.extract.parties import side
from kg1956.extract.places import is_place_any_case
from kg1956.extract.ru_nonparty import not_a_russian_party
from kg1956.extract.ru_sides import trim_circumstance
from kg1956.models import Communication, Participant, Span

# lower case only: the clause goes on from the record before it
# "его же беседа с …", "а также его беседу с …": his (the recorder's) talk; "их" theirs, when the
# record had several recorders; "её беседа" is a woman's, never the (male) recorder's
_NEXT = re.compile(
    r"(?:а\s+также\s+)?(?:(?P<whose>его|её|ее|их)(?:\s+же)?\s+)?"
    r"(?:беседа|беседу|беседы|запись\s+беседы|записи\s+бесед)\s+с\s+(?=\S)"
)
# a day in Roman-numeral style: "16.VIII.1955"
_ROMAN_DAY = re.compile(r"[\s,]+(?P<date>\d{1,2}\.[IVX]{1,4}\.(?:19|20)\d\d)(?:\s*г\.)?(?=[\s,.;:–—(/]|$)")
_DAYS = re.compile(
    r"[\s,]+(?P<days>\d{1,2}(?:\s*(?:,|и)\s*\d{1,2})*)\s+(?P<month>[а-яё]+)"
    r"(?:\s+(?P<year>(?:19|20)\d\d)(?:\s*гг?\.)?)?(?=[\s,.;:–—(]|$)"
)
_IBID_DASH = re.compile(r"\s*[–—]\s*(?=там\s+же\b)")
# the talk did not take place, or was only planned: "не состоялась", "намеченная на 8 февраля"
_DENIED = re.compile(
    r"\bне\s+(?:состоял|проводил|был|имел)|\bнамечен|\bпланир|\bотмен[её]н|\bперенес[её]н|\bсорвал",
    re.IGNORECASE,
)
# a role that is a source's remark, not an office: "по воспоминаниям переводчика", "(не состоялась)"
_REMARK_ROLE = re.compile(r"^(?:по|согласно|со\s+слов|в|во|на|из|как|\()|[()]", re.IGNORECASE)


def denied(clause: str) -> bool:
    """Whether a clause says a talk did not take place or was only planned."""
    return _DENIED.search(clause) is not None


def named_interlocutors(people, clause: str):
    """The interlocutors of a next talk read from `clause`, or None when the clause names no
    one who could be one: a place or a state in any case ("с Ханоем", "с Вьетнамом"), a kinship
    word before a genitive name ("с женой Ким Ир Сена": his wife, unnamed), a talk the clause
    denies ("не состоялась"). A role that is a source's remark is dropped."""
    if denied(clause):
        return None
    out = []
    for x in people:
        if x.is_organization or is_place_any_case(x.text):
            return None
        if len(x.text.split()) == 1 and "." not in x.text:
            return None  # one capitalised word, no initials: a place or a state as often as a person
        role = x.role
        if role and any(KINSHIP.match(w.strip(" ,.")) for w in role.split()):
            return None
        if role and _REMARK_ROLE.search(role.strip()):
            x = replace(x, role=None)
        out.append(x)
    return out or None


def read_next_talk(text: str, offset: int, talk: Communication) -> tuple[list[Communication], int] | None:
    """The talks `text` names when it goes on from `talk` (a dated conversation with a
    recorder), and the characters read; None otherwise."""
    m = _NEXT.match(text)
    if m is None or talk.kind != "conversation" or talk.date is None or talk.date.precision != "day":
        return None
    recorders = tuple(
        Participant(replace(p.mention, role=None), p.function) for p in talk.participants if p.function == "recorder"
    )
    if not recorders or not _whose_fits(m.group("whose"), recorders):
        return None
    rest = text[m.end() :]
    d = _DAYS.search(rest)
    roman = _ROMAN_DAY.search(rest)
    if roman is not None and (d is None or roman.start() < d.start()):
        return _roman_talk(rest, roman, offset + m.end(), m.end(), text, talk)
    if d is None:
        return None
    who = side(trim_circumstance(rest[: d.start()]), offset + m.end())
    if not who or not who[0] or who[1]:
        return None
    clause = rest.split(";", 1)[0]
    people = named_interlocutors(who[0], clause)
    if people is None:
        return None
    year = int(d.group("year") or talk.date.iso[:4])
    dates = days_of_month(d.group("days"), d.group("month"), year)
    if dates is None:
        return None
    if not d.group("year") and any(v is not None and v.iso < talk.date.iso for v in dates):
        # "30 декабря 1964 г. …; беседа с Хо Ши Мином 2 января": the next talk is in the next year
        dates = days_of_month(d.group("days"), d.group("month"), year + 1)
        if dates is None or any(v is not None and v.iso < talk.date.iso for v in dates):
            return None
    end = m.end() + d.end()
    span = Span(offset, offset + end)
    parts = (*recorders, *(Participant(x, "interlocutor") for x in people))
    dash = _IBID_DASH.match(text, end)  # "… 8 февраля – там же. Л. 19–30": the leaves in the file before
    return [Communication("conversation", v, parts, span) for v in dates if v is not None], dash.end() if dash else end


def _whose_fits(whose: str | None, recorders: tuple[Participant, ...]) -> bool:
    """Whether the possessive before "беседа" can be the recorders': none, "его" of one, "их" of
    several ("ее беседа" after "Запись беседы В.И. Иванова" is some woman's talk, not his)."""
    if whose is None:
        return True
    whose = whose.lower()
    if whose == "их":
        return len(recorders) >= 2
    return whose == "его" and len(recorders) == 1


def _roman_talk(rest: str, roman: re.Match[str], at: int, head: int, text: str, talk: Communication):
    """The next talk dated in Roman-numeral style ("его же беседа с Мацумото 16.VIII.1955")."""
    recorders = tuple(
        Participant(replace(p.mention, role=None), p.function) for p in talk.participants if p.function == "recorder"
    )
    who = side(trim_circumstance(rest[: roman.start()]), at)
    if not recorders or not who or not who[0] or who[1]:
        return None
    people = _named_bare_too(who[0], rest.split(";", 1)[0])
    found = find_dates(roman.group("date"))
    if people is None or not found or found[0].value is None:
        return None
    end = head + roman.end()
    parts = (*recorders, *(Participant(x, "interlocutor") for x in people))
    dash = _IBID_DASH.match(text, end)
    return [Communication("conversation", found[0].value, parts, Span(at - head, at - head + end))], (
        dash.end() if dash else end
    )


def _named_bare_too(people, clause: str):
    """`named_interlocutors`, a surname written alone kept when it is no place or state, no
    newspaper and no unnamed body ("с Мацумото", not "с Правдой"): a Roman-numeral date names a
    day of a record, not a prose span."""
    if denied(clause):
        return None
    out = []
    for x in people:
        if x.is_organization or is_place_any_case(x.text) or not_a_russian_party(x.text):
            return None
        role = x.role
        if role and (any(KINSHIP.match(w.strip(" ,.")) for w in role.split()) or _REMARK_ROLE.search(role.strip())):
            return None
        out.append(x)
    return out or None
