"""A record's head in its own language, translated in square brackets right after it:

    "List Gomułki do Chruszczowa [Gomułka's letter to Khrushchev], Oct. 28, 1962, AAN, …"
    "Szyfrogram nr 14532 z Hawany [Cipher telegram no. 14532 from Havana], T. Wolniak to Rapacki, …"
    "Jelentés [Report], Kovács Imre, Hungarian ambassador in Havana, to Foreign Minister Péter János, …"

The English translation must not be read as the head (its "letter to" would make the head's
own words a role). A head that names its parties is read without the translation by the rules
of its language; a head that is only its kind (a number and a place of sending may follow) is
the kind of the message whose sender and addressee follow the translation in English.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.bare_letters import read_bare_letter
from kg1956.extract.eu_head_parts import with_gloss_spellings
from kg1956.extract.hu_records import read_hungarian_record
from kg1956.extract.parties import RuleResult
from kg1956.extract.records_en import read_record
from kg1956.extract.records_eu import (
    read_european_conversation,
    read_european_message,
    read_european_titled_message,
    read_polish_kind_first,
)
from kg1956.models import Communication, Participant, Span

# The first word of a head in Polish, Hungarian or Czech, and the kind of record it names
_ORIGINAL_KINDS = {
    "szyfrogram": "telegram",
    "depesza": "telegram",
    "list": "letter",
    "pismo": "letter",
    "notatka": "memo",
    "sprawozdanie": "report",
    "jelentés": "report",
    "feljegyzés": "memo",
    "levél": "letter",
    "rejtjeltávirat": "telegram",
    "távirat": "telegram",
    "zpráva": "report",
    "dopis": "letter",
    "záznam": "conversation",
    "beszélgetés": "conversation",
}
_KIND_WORDS = "|".join(sorted(_ORIGINAL_KINDS, key=len, reverse=True))
_GLOSSED = re.compile(
    # the head may stand in quotes ("'Feljegyzés X és Y beszélgetéséről' [Memorandum on …]")
    rf"^(?P<q>[‘'„“])?(?P<head>(?P<kind>{_KIND_WORDS})\b[^\[\],;()\"“”‘’]{{0,160}}?)(?(q)[’'“”])"
    rf"\s*\[(?P<gloss>[^\[\]]{{3,300}})\]",
    re.IGNORECASE,
)
# a quoted head that opens with its parties ("'Sík Endre és Beavogui tárgyalása' [Talks]"): read by the
# rules of its language only, never as the kind word's
_QUOTED_GLOSSED = re.compile(
    r"^(?P<q>[‘'„“])(?P<head>(?P<kind>)[A-ZÁÉÍÓÖŐÚÜŰČŘŠŽ][^\[\],;()\"“”‘’]{4,160}?)[’'“”]\s*\[(?P<gloss>[^\[\]]{3,300})\]"
)
_SIGNED_AFTER_GLOSS = re.compile(r"\s*,\s*(?:gez\.|signed\s+by|podepsal|podpisał|unterzeichnet)", re.IGNORECASE)
# the head is its kind alone, with a number and where it was sent from: "Szyfrogram nr 14532 z Hawany"
_KIND_ONLY = re.compile(
    rf"^(?:{_KIND_WORDS})(?:\s+(?:nr|no\.|č\.|sz\.)\s*[\w./-]+)?(?:\s+(?:z|ze|from)\s+[A-ZŁŚŻ][^\s,;]{{1,30}})?$",
    re.IGNORECASE,
)
_AFTER_GLOSS = re.compile(r"[\s.]*,\s*")
_BY_AFTER_GLOSS = re.compile(r",?\s+(?P<by>by\s+(?-i:[A-Z]))", re.IGNORECASE)
_HEAD_RULES = (read_european_titled_message, read_polish_kind_first, read_european_conversation, read_european_message)


def read_glossed_original_head(text: str, offset: int) -> RuleResult | None:
    """A head in Polish, Hungarian or Czech with its English translation in brackets (see the
    module docstring); None when the head is not of that shape or no rule reads it."""
    m = _GLOSSED.match(text)
    rules = (*_HEAD_RULES, read_hungarian_record) if m is not None and m.group("q") else _HEAD_RULES
    if m is None:
        m, rules = _QUOTED_GLOSSED.match(text), (*_HEAD_RULES, read_hungarian_record)
        if m is not None and _SIGNED_AFTER_GLOSS.match(text, m.end()):
            return None  # "'Bericht der Botschaft …' […], gez. X": the signer writes it, read elsewhere
    if m is None:
        return None
    head, gloss_end = m.group("head"), m.end()
    if _KIND_ONLY.fullmatch(head.strip()):
        return None if m.group("q") else _kind_then_english_pair(text, offset, m)
    at = m.start("head")  # after an opening quote
    shift = gloss_end - m.end("head")
    bare = text[at : m.end("head")] + text[gloss_end:]
    for rule in rules:
        found = rule(bare, offset + at)
        if found is None or found.communication.date is None or found.consumed <= len(head):
            continue
        parts = found.communication.participants
        if not parts or any(p.mention.span.end > offset + at + len(head) for p in parts):
            continue  # only the head's own people: the rest of the note is no part of them
        parts = with_gloss_spellings(parts, m.group("gloss"))
        comm = found.communication
        comm = replace(comm, participants=parts, span=Span(offset, comm.span.end + shift))
        return replace(found, communication=comm, consumed=found.consumed + shift + at)
    return None


def _kind_then_english_pair(text: str, offset: int, m: re.Match[str]) -> RuleResult | None:
    """ "Jelentés [Report], X, role, to Y, date": the message of the head's kind between the two;
    "Feljegyzés [Memorandum] by X, role, for Y on …, date": the translation and what follows it
    read as one English head."""
    by = _BY_AFTER_GLOSS.match(text, m.end())
    if by is not None:
        at = m.start("gloss")
        english = text[at : m.end("gloss")] + " " * (by.start("by") - m.end("gloss")) + text[by.start("by") :]
        found = read_record(english, offset + at)
        if found is None or found.communication.date is None or found.communication.kind == "conversation":
            return None
        kind = _ORIGINAL_KINDS[m.group("kind").lower()]
        comm = replace(found.communication, kind=kind, span=Span(offset, found.communication.span.end))
        return replace(found, communication=comm, consumed=found.consumed + at)
    after = _AFTER_GLOSS.match(text, m.end())
    if after is None:
        return None
    at = after.end()
    found = read_bare_letter(text[at:], offset + at)
    if found is None or found.communication.date is None:
        return None
    kind = _ORIGINAL_KINDS[m.group("kind").lower()]
    if kind == "conversation":
        return None  # "Záznam [Record], X to Y": no record of a talk is sent from one to the other
    comm: Communication = found.communication
    parts = tuple(Participant(p.mention, p.function) for p in comm.participants)
    comm = replace(comm, kind=kind, participants=parts, span=Span(offset, comm.span.end))
    return replace(found, communication=comm, consumed=found.consumed + at)


# "Kovács Imre's conversation with X: Beszélgetés X-zel [Conversation with X], date": the head in
# English, then the record's own title in its language and its translation
_ENGLISH_THEN_ORIGINAL = re.compile(
    rf"^(?P<en>[^:;\[\]()\"“”]{{5,200}}?):\s+(?P<orig>(?:{_KIND_WORDS})\b[^\[\]:;()]{{0,160}}?\s*\[[^\[\]]{{3,300}}\])",
    re.IGNORECASE,
)


def read_english_head_then_original_title(text: str, offset: int) -> RuleResult | None:
    """The English head is read as if the original title and its translation after the colon were
    not there (their spellings of the same people are found later, as every spelling is)."""
    m = _ENGLISH_THEN_ORIGINAL.match(text)
    return None if m is None else _read_english_head(text, offset, m)


def _read_english_head(text: str, offset: int, m: re.Match[str]) -> RuleResult | None:
    """The record read from the English head (`m`'s group "en") with what follows it up to `m`'s
    end blanked; None unless it is dated, reads past the blank and names no one after the head."""
    blanked = text[: m.end("en")] + " " * (m.end() - m.end("en")) + text[m.end() :]
    found = read_record(blanked, offset)
    if found is None or found.communication.date is None or found.consumed <= m.end():
        return None
    if any(p.mention.span.end > offset + m.end("en") for p in found.communication.participants):
        return None
    return found


# "Note on the conversation of X with Y [Notatka z rozmowy X z Y], 25 August 1967": the head in English,
# the record's own title in its language in brackets after it
_ENGLISH_THEN_BRACKETED = re.compile(
    rf"^(?P<en>[^:;\[\]()\"“”]{{5,240}}?)\s*\[(?P<orig>(?:{_KIND_WORDS})\b[^\[\]]{{3,300}})\]",
    re.IGNORECASE,
)


def read_english_head_then_bracketed_original(text: str, offset: int) -> RuleResult | None:
    """The English head read as if the original title in brackets after it were not there."""
    m = _ENGLISH_THEN_BRACKETED.match(text)
    if m is None or _KIND_WORDS_RE.match(m.group("en")):
        return None  # an original head glossed in English is read by `read_glossed_original_head`
    return _read_english_head(text, offset, m)


_KIND_WORDS_RE = re.compile(rf"(?:{_KIND_WORDS})\b", re.IGNORECASE)
