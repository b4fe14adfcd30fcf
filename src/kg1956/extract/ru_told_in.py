"""A Russian talk and the message that told of it: "Беседа А.И. Микояна и Пэн Дэхуая с Ким Ир
Сеном 20 сентября 1956 г. изложена в их телеграмме в ЦК КПСС от 21.IX.1956 (там же …)". Two
communications: the talk, and the message its first side ("их", "его") sent about it, to the
addressee named, on its own date."""

from __future__ import annotations

import re

from kg1956.extract.dates import find_dates
from kg1956.extract.kinds import KINDS
from kg1956.extract.parties import RuleResult, side
from kg1956.extract.records_ru import read_russian_conversation
from kg1956.models import Communication, Participant, Span

_TOLD_IN = re.compile(
    r"\s+(?:был[аи]?\s+)?(?:изложен[аы]?|описан[аы]?|отражен[аы]?)\s+в\s+(?:его|её|ее|их)\s+"
    r"(?P<kind>шифр(?:о)?телеграмме|телеграмме|докладной\s+записке|записке|письме|донесении|отч[её]те)\s+"
    r"(?:в|во|на\s+имя)\s+(?P<to>[^()]{2,80}?)\s+от\s+(?=\d)"
)
_KIND = {
    "шифротелеграмме": "telegram",
    "шифртелеграмме": "telegram",
    "телеграмме": "telegram",
    "докладной записке": "memo",
    "записке": "memo",
    "письме": "letter",
    "донесении": "report",
    "отчете": "report",
    "отчёте": "report",
}


def read_told_in(text: str, offset: int) -> RuleResult | None:
    """The talk `text` opens with ("Беседа X с Y <date>") and the message of its first side that
    told of it ("изложена в их телеграмме в ЦК КПСС от <date>"); None unless both are dated."""
    if not re.match(r"(?:беседа|беседы|переговоры)\s", text, re.IGNORECASE):
        return None
    told = _TOLD_IN.search(text)
    if told is None:
        return None
    talk = read_russian_conversation(text[: told.start()], offset)
    if talk is None or talk.communication.date is None:
        return None
    found = find_dates(text[told.end() : told.end() + 40])
    if not found or found[0].span.start != 0 or found[0].value is None:
        return None
    to = side(told.group("to"), offset + told.start("to"))
    if not to or not to[0]:
        return None
    conv = talk.communication
    writers = [p.mention for p in conv.participants if p.function == "recorder"]
    if not writers:
        return None
    kind = _KIND.get(re.sub(r"\s+", " ", told.group("kind").lower()), KINDS.get("телеграмма", "telegram"))
    end = told.end() + found[0].span.end
    parts = (*(Participant(w, "sender") for w in writers), *(Participant(x, "recipient") for x in to[0]))
    message = Communication(kind, found[0].value, parts, Span(offset + told.start(), offset + end))
    interlocutors = tuple(Participant(p.mention, "interlocutor") for p in conv.participants)
    return RuleResult(Communication("conversation", conv.date, interlocutors, conv.span), end, (), also=(message,))
