"""A Russian message sent to an addressee it does not name: "Телеграмма посла С.Г. Лапина в Москву,
14 октября 1966 г.", "Телеграмма … И.М. Чистякова в штаб фронта", "… в Центр".

A capital or a state in the accusative after "в" (where it was sent: "в Москву", "в Пекин", "в
Китай"), the Center, or a headquarters named by what it commands ("в штаб фронта") is no party
(docs/gold-format.md): the message is its writer's alone. A place in the prepositional ("посла СССР
в Китае", "в Пекине") says where the writer served and stays part of the role; a body written in
capitals ("в КНДР", "в ЦК КПСС") is left to the readers of addressees.
"""

from __future__ import annotations

import re

from kg1956.extract.places import is_place_any_case

_TO_UNNAMED = re.compile(
    r"\s+в\s+(?P<to>[Цц]ентр|[Гг]енштаб|штаб\s+(?:фронта|армии|округа|флота|корпуса|группы\s+войск)"
    r"|(?P<place>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?))\s*,?\s*$"
)


def unnamed_addressee(body: str) -> tuple[str, str] | None:
    """The head without an addressee it does not name, and that addressee ("в Москву"); None when
    the head ends in no such addressee."""
    m = _TO_UNNAMED.search(body)
    if m is None:
        return None
    place = m.group("place")
    if place is not None and (place[-1] in "еи" or not is_place_any_case(place)):
        return None  # "посла СССР в Китае": where he served; "в Пекине", "в Софии": the prepositional
    return body[: m.start()], m.group("to")
