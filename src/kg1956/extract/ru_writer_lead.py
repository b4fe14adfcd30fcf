"""What a Russian sentence that tells a message may put before its writer's name, and after the
one it went to:

    "Посол СССР в МНР В.М. Молотов докладывал в МИД СССР 24 ноября 1958 г. // …"   his office (his role)
    "О смещении Д. Дамбы посол СССР в МНР В.М. Молотов сообщал в МИД СССР …"      what it was about, then his office
    "Ещё 9 февраля 1956 г. посол В. Писарев докладывал в МИД СССР о разногласиях … // …"
                                                                        the day first, what it was about last

The office is in the nominative: it opens with a word of office ("посол", "первый заместитель",
"временный поверенный") and goes on in lower case or in a state's or body's capitals ("СССР в
МНР", "ЦК КПСС") to the name. The day that opens the sentence may follow an adverb ("Ещё",
"Уже", "Тогда же") and is the message's own only when the sentence gives no other day; what the
message was about ("о разногласиях между …") may then close the sentence before its call number.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates
from kg1956.extract.lexicon import ROLE_WORDS
from kg1956.models import DateValue

# a word an office goes on with: lower case, a state's or body's capitals, a preposition
_OFFICE_WORD = re.compile(r"[а-яё-]+|[А-ЯЁ]{2,6}|(?:в|во|при|по|на)")
_NOMINATIVE_ADJECTIVE = re.compile(r"[а-яё]+(?:ый|ий|ой)")
# the adverbs that may open a sentence before its day: "Ещё 9 февраля …", "Уже 3 мая …"
_OPENING = re.compile(r"^(?:(?:Ещё|Еще|Уже|Тогда\s+же|Вскоре|Наконец|Затем|Позднее|Позже),?\s+)?", re.IGNORECASE)
# what the message was about, after the one it went to: "о разногласиях …", "об итогах …"
ABOUT = re.compile(r"(?:о|об|обо)\s+[а-яё]")


def office_before(before: str) -> tuple[str, str] | None:
    """(what stands before the office, the office) when `before` ends on an office in the
    nominative (see the module docstring); None otherwise."""
    words = before.split()
    start = len(words)
    while start > 0:
        word = words[start - 1]
        if not (_OFFICE_WORD.fullmatch(word) or (start == 1 and _OFFICE_WORD.fullmatch(word.lower()))):
            break  # a capitalised word inside the sentence ("Дамбы") ends the office; the first may be "Посол"
        start -= 1
    run = words[start:]
    heads = [i for i, w in enumerate(run) if w.lower() in ROLE_WORDS]
    if not heads:
        return None
    first = heads[0]
    while first > 0 and _NOMINATIVE_ADJECTIVE.fullmatch(run[first - 1].lower()):
        first -= 1  # "временный поверенный", "первый заместитель"
    office = " ".join(run[first:])
    rest = " ".join(words[: start + first])
    if re.search(r"[;:()\d]", office) or office.lower().split()[-1] in {"в", "во", "при", "по", "на"}:
        return None
    return rest, office


def day_opening(before: str) -> tuple[DateValue, str] | None:
    """(the day, what follows it) when `before` opens on a full day, maybe after an adverb; None otherwise."""
    lead = _OPENING.match(before)
    rest = before[lead.end() :]
    found = find_dates(rest[:40])
    if not found or found[0].span.start != 0 or found[0].value is None or found[0].value.precision != "day":
        return None
    if found[0].range_start is not None or found[0].more:
        return None
    after = rest[found[0].span.end :].strip(" ,")
    if find_dates(after):
        return None
    return found[0].value, after
