"""Russian messages given by their two ends, in the shapes `read_russian_dash_message` leaves:

    "Ф. Мюнних (заместитель председателя СМ ВНР) — председателю СМ СССР Н.А. Булганину, 3 декабря 1956 г."
    "А.И. Микоян — в ЦК КПСС, 14 июля 1956 г."            (to a body: "в" and its name)
    "Серов — Хрущеву, донесение об аресте П. Малетера, 4 ноября 1956 г."   (the kind, then its subject)

The writer in the nominative (a role in brackets after the name), a dash, the addressee in the
dative (or a surname Russian does not decline, before the kind: "Серов — Громыко, донесение о …")
or a party's body after "в", then the date. A capital or an unnamed body at either end ("—
Будапешту") is no party, and nothing is read.
"""

from __future__ import annotations

import re

from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, people_until_date
from kg1956.extract.ru_dash import _RU_DASH_KINDS, _RU_DATIVE_NAME, _ru_person_end, kind_after, plural_over_range
from kg1956.extract.ru_nonparty import not_a_russian_party
from kg1956.extract.ru_sides import indeclinable_surname
from kg1956.models import Communication, Participant, Span

_DASH_MORE = re.compile(
    r"^(?P<a>[^–—,;:()\[\]/]{2,60}?(?:\s*\([^()]{3,120}\))?)\s+[–—]\s+(?P<b>[^–—,;:()\[\]/]{2,120}?)"
    # the kind after a comma, or as a sentence of its own ("Громыко А.А. — в ЦК КПСС. Записка о …, 3 декабря")
    r"(?:(?:,|(?<=\w)\.)\s*(?P<kind>" + "|".join(_RU_DASH_KINDS) + r")(?P<topic>\s+(?:об?|обо|по)\s+[^,;()]{2,80})?)?"
    r"(?=,?\s*(?:от\s+)?\d)",
    re.IGNORECASE,
)
_TO_BODY = re.compile(r"^в\s+(?=[А-ЯЁ])")


def read_russian_dash_more(text: str, offset: int) -> RuleResult | None:
    """A message given by its two ends, with the writer's role in brackets, the addressee's
    role before the name, a party's body as the addressee ("в ЦК КПСС") or the kind's subject
    after it (see the module docstring); None for any other text."""
    m = _DASH_MORE.match(text)
    if m is None:
        return None
    a, b = m.group("a"), m.group("b")
    b_at = m.start("b")
    to_body = _TO_BODY.match(b)
    if to_body is not None:
        b, b_at = b[to_body.end() :], b_at + to_body.end()
    elif not _RU_DATIVE_NAME.search(b) and not (m.group("kind") and m.group("topic") and indeclinable_surname(b)):
        # the addressee in the dative, or one Russian leaves undeclined before the kind ("Серов —
        # Громыко, донесение о …"); "Серов — П. Малетер, донесение об аресте": the report's subject
        return None
    sender = parse_participant(a, offset + m.start("a"))
    recipient = parse_participant(b, offset + b_at)
    if sender is None or recipient is None or sender.is_organization:
        return None
    if not_a_russian_party(sender.text):
        return None
    # "Ю.В. Андропов — Будапешту, телеграмма …": a capital standing for its government, no party
    place = to_body is None and not_a_russian_party(recipient.text)
    if recipient.is_organization != (to_body is not None) and not place:
        return None  # "в" before a body only; a person in the dative
    if not _ru_person_end(sender) or (not recipient.is_organization and not place and not _ru_person_end(recipient)):
        return None
    if _RU_DATIVE_NAME.search(sender.text):
        return None  # the writer in the nominative
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.body.strip(" ,"):
        return None
    if plural_over_range(m.group("kind"), cut.date):
        return None  # "донесения от 1–4 ноября": several papers over a range (test_review19_ru H11)
    end = m.end() + cut.end
    kind = _RU_DASH_KINDS[m.group("kind").lower()] if m.group("kind") else "letter"
    said = kind_after(text, end) if not m.group("kind") else None
    if said is not None:  # "…, 14 июля 1956 г. (шифртелеграмма из Будапешта)"
        kind, end = said
    if kind == "conversation":
        return None
    if place:  # the writer's message alone, its addressee unnamed
        comm = Communication(kind, cut.date.value, (Participant(sender, "sender"),), Span(offset, offset + end), (b,))
        return RuleResult(comm, end, cut.more)
    parts = (Participant(sender, "sender"), Participant(recipient, "recipient"))
    return RuleResult(Communication(kind, cut.date.value, parts, Span(offset, offset + end)), end, cut.more)
