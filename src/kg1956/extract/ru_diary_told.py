"""A diary entry a Russian sentence tells: "Как записал Штыков в дневнике 16 ноября 1946 г., …",
"Как записал в своем дневнике А.М. Пузанов 5 мая 1958 г., …", "Т.Ф. Штыков записал в дневнике 3
марта 1947 г., что …".

A verb of writing down, the diarist in the nominative, "в (своем) дневнике" and the day itself
right after: one entry of that diarist on that day (docs/gold-format.md: entries named are one
communication each). A diary without a day ("в дневнике за 1947 г."), a diary of a body ("в
дневнике посольства") or a name that is a place is not read.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult
from kg1956.extract.ru_nonparty import is_russian_function_word, names_no_one, not_a_russian_party
from kg1956.models import Communication, Participant, Span

_NAME = r"(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_WROTE = r"(?:записал|отметил|писал|зафиксировал)а?"
_IN_DIARY = r"в\s+(?:своем\s+|своём\s+)?(?:служебном\s+|рабочем\s+)?дневнике"
# case-sensitive: the diarist is a capitalised name; only "Как" may open the sentence in capitals
_DIARY_TOLD = re.compile(
    rf"^(?:[Кк]ак\s+)?(?:(?i:{_WROTE})\s+(?:{_IN_DIARY}\s+(?P<a>{_NAME})|(?P<b>{_NAME})\s+{_IN_DIARY})"
    rf"|(?P<c>{_NAME})\s+{_WROTE}\s+{_IN_DIARY})\s+"
)


def read_diary_told(text: str, offset: int) -> RuleResult | None:
    """The diary entry a sentence tells, dated by the day written right after the diary; None for
    any other text."""
    m = _DIARY_TOLD.match(text)
    if m is None:
        return None
    key = next(k for k in "abc" if m.group(k) is not None)
    name = m.group(key)
    if not name[:1].isupper() or not_a_russian_party(name):
        return None
    if is_russian_function_word(name) or names_no_one(name) or not looks_like_name(name):
        return None  # "Он записал в дневнике …", "Позднее записал …": no diarist named
    dates = find_dates(text[m.end() : m.end() + 40])
    if not dates or dates[0].span.start != 0 or dates[0].value is None or dates[0].value.precision != "day":
        return None
    if dates[0].range_start is not None:
        return None  # "в дневнике 5–9 марта": a span, no entry singled out
    diarist = parse_participant(name, offset + m.start(key))
    if diarist is None or diarist.is_organization:
        return None
    end = m.end() + dates[0].span.end
    comm = Communication("diary_entry", dates[0].value, (Participant(diarist, "diarist"),), Span(offset, offset + end))
    return RuleResult(comm, end)
