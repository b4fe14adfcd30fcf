"""The communication rules, in the order they are tried, and the lead-ins that may stand
before a citation ("For example, see:", "As Kim told the ambassador …:").

Each rule reads one family of conventions and returns a `RuleResult` or None; a rule
never guesses (a phrase that names nobody is not a person). Rules live in their own
modules: `records_en` (English heads), `records_ru` (Russian), `memos` (memos to a body),
`diaries` (diaries, read separately because a diary also sets the recorder of what follows).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg1956.extract.diaries import Diary, entry_dates, read_diary
from kg1956.extract.digital_archive import read_digital_archive
from kg1956.extract.handed import read_handed_paper
from kg1956.extract.memos import read_memo_to_body, read_signers
from kg1956.extract.parties import RuleResult
from kg1956.extract.records_balkan import read_balkan_record
from kg1956.extract.records_en import read_bare_letter, read_pair_then_kind, read_quoted_record, read_record
from kg1956.extract.records_eu import (
    read_european_conversation,
    read_european_message,
    read_european_titled_message,
    read_hungarian_record,
    read_polish_kind_first,
    read_quoted_european,
)
from kg1956.extract.records_ru import read_russian_conversation, read_russian_dash_message, read_russian_message
from kg1956.extract.translated import read_translated_title
from kg1956.models import Span

__all__ = [
    "CONVERSATION_RULES",
    "Diary",
    "RuleResult",
    "entry_dates",
    "first_rule",
    "read_conversation",
    "read_diary",
    "read_signers",
    "strip_lead_in",
]

_LEAD_IN = re.compile(
    r"^(?:[^:;]{0,80}?\b(?:see(?:\s+also)?|cf\.|e\.g\.|as cited in|quoted in|for example)\b[^:;]{0,40}?:\s*"
    r"|(?:see(?:\s+also)?|cf\.)\s+)",
    re.IGNORECASE,
)
_SEE_LEAD = re.compile(r"^.{0,240}?\bsee(?:\s+[a-z]+){0,6}\s+(?=[A-Z])")
_PROSE_LEAD = re.compile(r"^(?P<lead>[^:;()\[\]]{20,240}?):\s+(?=\S)")


def strip_lead_in(text: str) -> int:
    """Length of a lead-in such as "For example, see:" or a sentence ending in a colon
    ("There are a few short summaries …: ") before a citation."""
    m = _LEAD_IN.match(text)
    if m:
        return m.end()
    m = _PROSE_LEAD.match(text)
    if m and len(re.findall(r"\b[a-z][a-z]+\b", m.group("lead"))) >= 4:
        return m.end()
    m = _SEE_LEAD.match(text)  # "…, see a recent publication by Igor Selivanov, …"
    if m and len(re.findall(r"\b[a-z][a-z]+\b", m.group(0))) >= 4:
        return m.end()
    return 0


CONVERSATION_RULES: tuple[Callable[[str, int], RuleResult | None], ...] = (
    read_digital_archive,  # a Digital Archive citation: the archive's own title, its date, the archive
    read_hungarian_record,  # first: "X levele Y-nak [X's letter to Y]" must not be read as English
    read_handed_paper,  # "Aide-mémoire handed by X to Y": before "X to Y" is read as a letter
    read_balkan_record,  # Albanian and Serbo-Croatian heads: before their English gloss is read
    read_record,
    read_russian_conversation,
    read_russian_message,
    read_russian_dash_message,
    read_memo_to_body,
    read_pair_then_kind,
    read_bare_letter,
    read_quoted_record,
    read_quoted_european,
    read_european_conversation,
    read_european_message,
    read_european_titled_message,
    read_polish_kind_first,
    read_translated_title,
)


_QUOTED_TITLE = re.compile(r"^«(?P<title>[^«»]{10,300})»(?=,?\s*\d)")


def read_quoted_title(text: str, offset: int) -> RuleResult | None:
    """ "«Записка Б.Н. Пономарева Н.С. Хрущеву о положении в ЦК ТПК», 28 июля 1956 г.": a whole
    record head in guillemets with its date after the closing quote, read as if unquoted."""
    m = _QUOTED_TITLE.match(text)
    if not m:
        return _read_quoted_russian_head(text, offset)
    inner = m.group("title")
    bare = inner + text[m.end() + 1 :]
    for rule in CONVERSATION_RULES:
        found = rule(bare, offset + 1)
        if found is not None and found.consumed > len(inner) and found.communication.date is not None:
            comm = found.communication
            end = found.consumed + 2
            comm = replace(comm, span=Span(offset, offset + end))
            return replace(found, communication=comm, consumed=end)
    return None


_OPEN_QUOTE_RU = re.compile(r"^[“«\"](?=[А-ЯЁ])")


def _read_quoted_russian_head(text: str, offset: int) -> RuleResult | None:
    """ "“Беседа тов. Мао Цзэдуна с послом СССР в КНР П.Ф. Юдиным, 31 марта 1956 г.,” APRF, …": a
    Russian head in quotes with its date inside them, read from after the opening quote."""
    if not _OPEN_QUOTE_RU.match(text):
        return None
    for rule in CONVERSATION_RULES:
        found = rule(text[1:], offset + 1)
        if found is not None and found.communication.date is not None:
            comm = replace(found.communication, span=Span(offset, offset + found.consumed + 1))
            return replace(found, communication=comm, consumed=found.consumed + 1)
    return None


def read_conversation(text: str, offset: int) -> RuleResult | None:
    """A conversation head (used for continuations such as "…, and between X and Y, date")."""
    result = read_record(text, offset)
    if result is None or result.communication.kind != "conversation":
        return None
    return result


CONVERSATION_RULES = (*CONVERSATION_RULES, read_quoted_title)


def first_rule(text: str, offset: int) -> RuleResult | None:
    """The first communication rule that reads `text`, skipping a leading article."""
    article = re.match(r"(?:the|a|his|her|their)\s+", text, re.IGNORECASE)
    if article:
        text, offset = text[article.end() :], offset + article.end()
    for rule in CONVERSATION_RULES:
        found = rule(text, offset)
        if found is not None:
            return found
    return None
