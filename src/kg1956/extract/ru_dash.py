"""Russian messages given by their two ends: "Штыков – Вышинскому, 28.VIII.1950", "Пузанов –
Громыко, шифртелеграмма, 12.XI.1957 г." (the writer, a dash, the addressee, the kind, the date)."""

from __future__ import annotations

import re

from kg1956.extract.bodies import is_generic_body
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, people_until_date
from kg1956.models import Communication, Participant, Span

_RU_DASH_KINDS = {
    # several papers of one kind between the same ends: "Микоян – в ЦК КПСС, шифртелеграммы от 6 и 8 ноября"
    "шифртелеграммы": "telegram",
    "шифротелеграммы": "telegram",
    "телеграммы": "telegram",
    "шифровки": "telegram",
    "письма": "letter",
    "записки": "memo",
    "донесения": "report",
    "шифротелеграмма": "telegram",
    "шифртелеграмма": "telegram",
    "телеграмма": "telegram",
    "шифровка": "telegram",
    "письмо": "letter",
    "докладная записка": "memo",
    "записка": "memo",
    "донесение": "report",
    "доклад": "report",
    "беседы": "conversation",  # "Пузанов – Ким Ир Сен, беседы 2, 9 и 16 мая 1958 г.": their talks
    "беседа": "conversation",
}
# the plural kinds: several papers, each dated only in a list of days ("от 6 и 8 ноября")
_RU_DASH_PLURALS = frozenset(
    ("шифртелеграммы", "шифротелеграммы", "телеграммы", "шифровки", "письма", "записки", "донесения")
)


def plural_over_range(kind: str | None, date) -> bool:  # noqa: ANN001 - a DateMatch
    """Whether a plural kind ("донесения", "письма") is dated by a range or a month, not by its days."""
    return (
        bool(kind)
        and kind.lower() in _RU_DASH_PLURALS
        and (date.range_start is not None or date.value is None or date.value.precision != "day")
    )


_RU_DASH = re.compile(
    # the writer may carry an office in brackets: "Курдюков И.Ф. (зав. … отделом МИД СССР) – Громыко А.А."
    # or after it, set off by commas: "Нам Ир, министр иностранных дел КНДР, — Громыко"
    r"^(?P<a>[^–—,;:()\[\]/]{2,60}?(?:\s*\([^()]{2,120}\)|,\s+[а-яё][^–—,;:()\[\]/]{2,100}?,)?)\s+[–—]\s+(?P<b>[^–—,;:()\[\]/]{2,60}?)"
    # "…, письмо от 22 декабря 1956 г.": the kind, then "от" before the date; or after a full stop:
    # "… – Громыко А.А. Докладная записка, 10.X.1956"
    r"(?:(?:,|(?<=[А-ЯЁ]\.))\s*(?P<kind>" + "|".join(_RU_DASH_KINDS) + r"))?"
    r"(?:\s*№\s*\d[\w/-]*)?(?=,?\s*(?:от\s+)?\d)",  # "…, шифртелеграмма № 412 от 2.XII.1957": its number
    re.IGNORECASE,
)
_RU_DATIVE_NAME = re.compile(r"[А-ЯЁ][а-яё-]*(?:у|ю|ому|ему)$")
# the kind in brackets after a message's date, maybe with where it was sent from: "…, 5 мая 1957 г.
# (шифртелеграмма из Пхеньяна)", "… от 4 ноября (телеграмма)"; the year's "г." may stand before it
_KIND_AFTER = re.compile(
    r"(?:\s*гг?\.)?\.?\s*\((?P<kind>" + "|".join(_RU_DASH_KINDS) + r")\b[^()]{0,60}\)",
    re.IGNORECASE,
)


# what a bracket's kind goes on to say that makes it another's paper: its writer by office, or a talk it reports
_KIND_DESCRIBED = re.compile(
    r"(?<![а-яё])(?:посла|посольства|советника|поверенного|консула|посланника|резидента|корреспондента"
    r"|(?:о|об)\s+(?:беседе|беседах|разговоре|встрече|переговорах))(?![а-яё])",
    re.IGNORECASE,
)


def kind_after(text: str, end: int) -> tuple[str, int] | None:
    """The kind a bracket right after `end` names, and where the bracket closes; None if none."""
    said = _KIND_AFTER.match(text, end)
    return (_RU_DASH_KINDS[said.group("kind").lower()], said.end()) if said else None


# States and unions as an end of a message, in any case ("Китай", "Китаю", "Советский Союз"): no person
_RU_STATE = re.compile(
    r"(?:китай|вьетнам|коре|польш|венгри|чехословаки|румыни|болгари|албани|монголи|югослави|куб|япони|инди"
    r"|индонези|бирм|лаос|камбодж|англи|франци|германи|америк|союз|россия|росси)(?:а|я|и|е|ю|у|ом|ей|ой)?",
    re.IGNORECASE,
)
# a capitalised adjective before the name ("Советский", "Китайская"): part of a body's or state's name,
# where a person's role would be written in lower case ("посол СССР")
_RU_ADJECTIVE_ROLE = re.compile(r"[А-ЯЁ][а-яё]+(?:ский|ская|ское|цкий|цкая|ный|ная|ное|ий|ая|ое|ой)")


def _ru_person_end(mention) -> bool:
    """Whether one end of a message given by its two ends is a person: no state and no name
    that a capitalised adjective belongs to."""
    if _RU_STATE.fullmatch(mention.text):
        return False
    return not (mention.role and _RU_ADJECTIVE_ROLE.fullmatch(mention.role.split()[-1]))


def read_russian_dash_message(text: str, offset: int) -> RuleResult | None:
    """ "Штыков – Вышинскому, 28.VIII.1950 // АПРФ …": a message given by its two ends, the
    writer in the nominative, a dash, the addressee in the dative, then the date; or with its kind
    after the ends ("Пузанов – Громыко, шифртелеграмма, 12.XI.1957 г."), the addressee in any case."""
    m = _RU_DASH.match(text)
    if not m or _RU_DATIVE_NAME.search(m.group("a")):
        return None
    # "Молотов — в МИД СССР, шифртелеграмма …": to a body, after "в"
    to_body = re.match(r"в\s+(?=[А-ЯЁ])", m.group("b"))
    if to_body and re.search(r"\.\s", m.group("b")):
        return None  # "Громыко А.А. — в ЦК КПСС. Записка о …, <date>": the kind in a sentence of its own
    if not m.group("kind") and not _RU_DATIVE_NAME.search(m.group("b")) and not to_body:
        # "Пузанов – Громыко, шифртелеграмма, …": the kind says who wrote to whom, whatever the case; so
        # does a kind in brackets after the date ("Нам Ир — Громыко, 6 мая 1960 г. (письмо)")
        dated = people_until_date(text[m.end() :], offset)
        said = _KIND_AFTER.match(text, m.end() + dated.end)
        if dated.date is None or dated.more or said is None:
            return None
        if re.search(r"(?<!из\s)(?<![А-Яа-яЁё])[А-ЯЁ][а-яё]{2,}", said.group(0)[said.end("kind") - said.start() :]):
            return None  # "(письмо Хрущева)": someone else's letter, no kind of this one
        if _KIND_DESCRIBED.search(said.group(0)[said.end("kind") - said.start() :]):
            return None  # "(донесение посла о беседе)": whose report of a talk the two ends held, no kind of theirs
    sender = parse_participant(m.group("a").rstrip(" ,"), offset)
    b_at = m.start("b") + (to_body.end() if to_body else 0)
    recipient = parse_participant(text[b_at : m.end("b")], offset + b_at)
    if sender is None or recipient is None or sender.is_organization:
        return None
    if recipient.is_organization != bool(to_body) or (to_body and is_generic_body(recipient.text)):
        return None  # a body only after "в" ("— в МИД СССР"), a person only without it
    if not all(_ru_person_end(end) for end in (sender, recipient)):
        return None  # "Советский Союз – Китай, письмо": two states, no people
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.body.strip(" ,"):
        return None
    end = m.end() + cut.end
    if plural_over_range(m.group("kind"), cut.date):
        return None  # "донесения от 1–4 ноября 1956 г.": several papers over a range, none dated (test_review19_ru H11)
    kind = _RU_DASH_KINDS[m.group("kind").lower()] if m.group("kind") else "letter"
    said = kind_after(text, end) if not m.group("kind") and not cut.more else None
    if said is not None:  # "…, 5 мая 1957 г. (шифртелеграмма из Пхеньяна)": the kind, with the head
        kind, end = said
    ends = ("interlocutor", "interlocutor") if kind == "conversation" else ("sender", "recipient")
    parts = (Participant(sender, ends[0]), Participant(recipient, ends[1]))
    comm = Communication(kind, cut.date.value, parts, Span(offset, offset + end))
    return RuleResult(comm, end, cut.more)
