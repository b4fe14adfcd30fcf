"""A Russian message whose kind, where it was sent from and its number stand before a colon, and its
two ends after it: "Шифртелеграмма из Белграда № 512: поверенный в делах СССР в ФНРЮ Г.А. X — В.М.
Y-у, 14 октября 1955 г." The ends are read as a head of their own ("X — Y-dative, date"), the kind
from the words before the colon."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.parties import RuleResult
from kg1956.extract.ru_dash import read_russian_dash_message

_KINDS = {
    "шифртелеграмма": "telegram",
    "телеграмма": "telegram",
    "шифровка": "telegram",
    "письмо": "letter",
    "записка": "memo",
    "донесение": "report",
}
_LEAD = re.compile(
    r"(?P<kind>шифртелеграмма|телеграмма|шифровка|письмо|записка|донесение)"
    r"(?:\s+из\s+[А-ЯЁ][а-яё]+)?(?:\s+№\s*\d[\w/-]*)?:\s+(?=\S)",
    re.IGNORECASE,
)


def read_russian_kind_colon(text: str, offset: int) -> RuleResult | None:
    """ "Шифртелеграмма из Белграда № 512: X — Y-у, date": the dash head after the colon, its kind
    the word before (a head the dash rule does not read, such as prose after the colon, is none)."""
    m = _LEAD.match(text)
    if m is None:
        return None
    found = read_russian_dash_message(text[m.end() :], offset + m.end())
    if found is None:
        return None
    comm = replace(
        found.communication,
        kind=_KINDS[m.group("kind").lower()],
        span=replace(found.communication.span, start=offset),
    )
    return replace(found, communication=comm, consumed=m.end() + found.consumed)
