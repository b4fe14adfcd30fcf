"""An excerpt of a Russian message cited by its head: "Из телеграммы А.И. Алексеева от 12 июня
1963 г.", "Из письма Н.С. Хрущева В. Гомулке, 7 декабря 1956 г.", "Из докладной записки X в ЦК
КПСС", "Iz pis'ma X Y" (the kind in the genitive after "из"/"iz"). It is the message itself, read
as `read_russian_message` reads its head in the nominative; what follows must be a message's
parties, so "Из телеграммы видно, что …" is no citation."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.parties import RuleResult
from kg1956.extract.records_ru import read_russian_message

# the kind in the genitive → the nominative the message reader knows
_NOMINATIVE = {
    "телеграммы": "телеграмма",
    "шифртелеграммы": "шифртелеграмма",
    "шифротелеграммы": "шифротелеграмма",
    "письма": "письмо",
    "послания": "послание",
    "записки": "записка",
    "докладной записки": "докладная записка",
    "справки": "справка",
    "доклада": "доклад",
    "отчета": "отчет",
    "отчёта": "отчёт",
    "донесения": "донесение",
    "сообщения": "сообщение",
    "telegrammy": "telegramma",
    "shifrtelegrammy": "shifrtelegramma",
    "pis'ma": "pis'mo",
    "zapiski": "zapiska",
    "dokladnoi zapiski": "dokladnaia zapiska",
    "doklada": "doklad",
    "otcheta": "otchet",
    "doneseniia": "donesenie",
}
_EXCERPT = re.compile(
    r"(?:из|iz)\s+(?P<kind>"
    + "|".join(sorted((k.replace("'", "['’ʹ]") for k in _NOMINATIVE), key=len, reverse=True))
    + r")\s+(?=\S)",
    re.IGNORECASE,
)


def read_russian_excerpt(text: str, offset: int) -> RuleResult | None:
    """The message an excerpt is cited from (see the module docstring)."""
    m = _EXCERPT.match(text)
    if m is None:
        return None
    written = re.sub(r"\s+", " ", m.group("kind").lower()).replace("’", "'").replace("ʹ", "'")
    head = _NOMINATIVE[written] + " "
    shift = m.end() - len(head)  # the head written shorter: every offset after it moves by this much
    found = read_russian_message(head + text[m.end() :], offset + shift)
    if found is None:
        return None
    comm = replace(found.communication, span=replace(found.communication.span, start=offset))
    return replace(found, communication=comm, consumed=found.consumed + shift)
