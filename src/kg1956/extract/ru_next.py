"""A Russian note's next talk of the same recorder, after a semicolon: "Запись беседы А.Н.
Косыгина с Фам Ван Донгом, 7 февраля 1965 г. // РГАНИ …; беседа с Хо Ши Мином 8 февраля – там
же. Л. 19–30." The recorder is the record's before; the day takes its year when it has none."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import days_of_month
from kg1956.extract.parties import side
from kg1956.extract.ru_sides import trim_circumstance
from kg1956.models import Communication, Participant, Span

# lower case only: the clause goes on from the record before it
_NEXT = re.compile(r"(?:беседа|беседы|запись\s+беседы|записи\s+бесед)\s+с\s+(?=\S)")
_DAYS = re.compile(
    r"[\s,]+(?P<days>\d{1,2}(?:\s*(?:,|и)\s*\d{1,2})*)\s+(?P<month>[а-яё]+)"
    r"(?:\s+(?P<year>(?:19|20)\d\d)(?:\s*гг?\.)?)?(?=[\s,.;:–—(]|$)"
)
_IBID_DASH = re.compile(r"\s*[–—]\s*(?=там\s+же\b)")


def read_next_talk(text: str, offset: int, talk: Communication) -> tuple[list[Communication], int] | None:
    """The talks `text` names when it goes on from `talk` (a dated conversation with a
    recorder), and the characters read; None otherwise."""
    m = _NEXT.match(text)
    if m is None or talk.kind != "conversation" or talk.date is None or talk.date.precision != "day":
        return None
    recorders = tuple(
        Participant(replace(p.mention, role=None), p.function) for p in talk.participants if p.function == "recorder"
    )
    if not recorders:
        return None
    rest = text[m.end() :]
    d = _DAYS.search(rest)
    if d is None:
        return None
    who = side(trim_circumstance(rest[: d.start()]), offset + m.end())
    if not who or not who[0] or who[1] or any(x.is_organization for x in who[0]):
        return None
    dates = days_of_month(d.group("days"), d.group("month"), int(d.group("year") or talk.date.iso[:4]))
    if dates is None:
        return None
    end = m.end() + d.end()
    span = Span(offset, offset + end)
    parts = (*recorders, *(Participant(x, "interlocutor") for x in who[0]))
    dash = _IBID_DASH.match(text, end)  # "… 8 февраля – там же. Л. 19–30": the leaves in the file before
    return [Communication("conversation", v, parts, span) for v in dates if v is not None], dash.end() if dash else end
