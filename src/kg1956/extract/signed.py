"""A report or letter named by its title, then who signed it, then the date:

    "Embassy political report for 1958, signed by Iudin, 19 January 1959"
    "Политический отчет посольства СССР в ВНР за 1956 г. (подписан Ю.В. Андроповым), 15 февраля 1957 г."

The signer is the writer; the title names no one else.
"""

from __future__ import annotations

import re

from kg1956.extract.kinds import KINDS
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, people_until_date
from kg1956.extract.ru_nonparty import names_no_one
from kg1956.models import Communication, Participant, Span

_SIGNED = re.compile(
    r"^(?P<title>[^;()\[\]]{5,160}?)(?:,\s*|\s*\()(?:signed\s+by|подписан[аоы]?|подписанн(?:ый|ая|ое|ую))\s+"
    r"(?P<x>[^,;()\[\]]{2,60}?)\)?(?=\s*,\s*\d)",
    re.IGNORECASE,
)
_KIND_WORD = re.compile(r"[^\W\d_]+")
# the kinds a title names a record by (a treaty or a speech is none)
_TITLE_KINDS = frozenset({"report", "letter", "memo", "telegram"})
# a title that names its own parties or a conversation: "Memorandum of conversation between Rusk and
# Dobrynin", "Letter from the CC CPSU to the CC CCP", "Iudin's report", "Запись беседы …": the signer is
# then no sender of his own (the title's reader knows who wrote to whom)
_TITLE_NAMES_PARTIES = re.compile(
    r"\b(?:conversations?|talks?|minutes|meetings?|interviews?|discussions?)\b"
    r"|\b(?:between|with|from|to|by|of)\s+(?:the\s+)?(?:[A-Z][a-z]*\.?\s+)?[A-Z]"
    r"|[’']s\s"
    r"|(?i:бесед|разговор|запис[ьи]|протокол|между\s|от\s+[А-ЯЁ]|\bс\s+[А-ЯЁ])",
)


def read_signed(text: str, offset: int) -> RuleResult | None:
    """ "Title, signed by X, date": X's report (or the kind the title's first kind word says);
    None when the title names no kind of record or the date does not follow."""
    m = _SIGNED.match(text)
    if m is None:
        return None
    kind = next(
        (KINDS[w.lower()] for w in _KIND_WORD.findall(m.group("title")) if KINDS.get(w.lower()) in _TITLE_KINDS),
        None,
    )
    if kind is None:
        return None  # "The ceremony, signed by …": no record named
    if _TITLE_NAMES_PARTIES.search(m.group("title")):
        return None  # the title's own parties (or a conversation's record) are read by the record's reader
    signer = parse_participant(m.group("x"), offset + m.start("x"))
    if signer is None or signer.is_organization:
        return None
    if re.search(r"[А-ЯЁа-яё]", signer.text) and names_no_one(signer.text):
        return None  # "подписанная Москвой", "подписанный Советником Посольства": no one named
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.body.strip(" ,"):
        return None
    end = m.end() + cut.end
    comm = Communication(kind, cut.date.value, (Participant(signer, "sender"),), Span(offset, offset + end))
    return RuleResult(comm, end, cut.more)
