"""Memos to a body and their signers: "To the CPSU Central Committee, 14 March 1957. Memo
signed by … I. Vinogradov and I. Shcherbakov, …"."""

from __future__ import annotations

import re

from kg1956.extract.names import parse_participant
from kg1956.extract.parties import AND, RuleResult, date_in, make_comm, split_top
from kg1956.models import NameMention, Participant, Span

_TO_BODY = re.compile(r"^To\s+(?:the\s+)?(?P<org>[^,.;]+?)(?:,|\.)\s*", re.IGNORECASE)


def read_memo_to_body(text: str, offset: int) -> RuleResult | None:
    """ "To the CPSU Central Committee, 14 March 1957": a memo to a body; its signers
    come from a following "Memo signed by …" clause (see `read_signers`)."""
    m = _TO_BODY.match(text)
    if not m:
        return None
    org = parse_participant(m.group("org"), offset + m.start("org"))
    if org is None or not org.is_organization:
        return None
    date = date_in(text, m.end())
    end = date.span.end if date else m.end()
    parts = [Participant(org, "recipient")]
    return RuleResult(make_comm("memo", date, parts, Span(offset, offset + end)), end)


_SIGNED = re.compile(r"^(?:(?:memo|memorandum|note|letter)\b[^;]*?)?,?\s*signed\s+by\s+", re.IGNORECASE)
_SIGNERAND = re.compile(r",?\s+(?:and|и)\s+(?=(?:[A-ZА-Я][a-zа-я]?\.\s?)+[A-ZА-Я])")


def read_signers(text: str, offset: int) -> list[Participant] | None:
    """ "Memo signed by deputy head of … I. Vinogradov and I. Shcherbakov, deputy sector
    head of the same department": the senders of the memo before it."""
    m = _SIGNED.match(text)
    if not m:
        return None
    parts: list[Participant] = []
    rest, at = text[m.end() :].rstrip(". "), m.end()
    while rest:
        split = split_top(rest, _SIGNERAND) or split_top(rest, AND)
        piece, nxt, nxt_at = (split[0], split[2], split[3]) if split else (rest, "", 0)
        mention = _signer(piece, offset + at)
        if mention:
            parts.append(Participant(mention, "sender"))
        rest, at = nxt, at + nxt_at
    return parts or None


_INITIALS_NAME = re.compile(r"(?:[A-ZА-Я][a-zа-я]?\.\s?){1,3}[A-ZА-Я][\w’'\-]+")


def _signer(piece: str, offset: int) -> NameMention | None:
    """A signer written as "role I. Name" or "I. Name, role"."""
    found = list(_INITIALS_NAME.finditer(piece))
    if not found:
        return parse_participant(piece, offset)
    name = found[0]
    before = piece[: name.start()].strip(" ,")
    after = piece[name.end() :].strip(" ,")
    role = before or after or None
    return NameMention(name.group(), Span(offset + name.start(), offset + name.end()), role)
