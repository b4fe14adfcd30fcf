"""A Russian message headed by the place it came from, its writer in brackets after the place:
"Шифртелеграмма из Пекина (С.В. Червоненко) от 17.IV.1962", "Телеграмма из Ханоя (посол И.С.
Щербаков) в МИД СССР, 3 мая 1965 г." (the Russian form of the English "Telegram from Hanoi
(Shcherbakov)"). The place and the brackets are blanked (offsets stay), so the writer is read as
the sender; a bracket that says what the copy is ("(копия)", "(расшифровка)") names no one, and a
place no lexicon knows is left alone."""

from __future__ import annotations

import re

from kg1956.extract.names import parse_participant
from kg1956.extract.places import is_place_any_case
from kg1956.extract.roles import is_role_word

_FROM_PLACE = re.compile(r"^\s*из\s+(?P<place>[А-ЯЁ][а-яё-]+)\s*\((?P<writer>[^()]{3,80})\)")


def writer_after_place(body: str) -> str:
    """`body` (a message's head after its kind) with "из <place> (" and ")" blanked when the
    bracket names the writer; otherwise `body` unchanged."""
    m = _FROM_PLACE.match(body)
    if m is None or not is_place_any_case(m.group("place")):
        return body
    if re.search(r"\s[–—-]|[–—-]\s", m.group("writer")):
        return body  # "(Чжоу Эньлай – Молотову)": the two ends of the message, no writer alone
    writer = parse_participant(m.group("writer"), 0)
    if writer is None or writer.is_organization or writer.text[:1].islower():
        return body
    if writer.role and not is_role_word(writer.role.split()[0]):
        return body  # words the name does not cover are no office: not the writer alone
    return " " * m.start("writer") + m.group("writer") + " " + body[m.end() :]
