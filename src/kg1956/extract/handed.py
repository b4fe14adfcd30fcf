"""A paper handed over in person: "Aide-mémoire handed by X to Y, date"; "Памятная записка,
врученная X (instrumental) Y (dative), date"; "Памятная записка МИД ДРВ, переданная советской
стороне 12.VII.1966" (the body whose paper it is, handed to a side named by no one)."""

from __future__ import annotations

import re

from kg1956.extract.parties import RuleResult, people_until_date, side
from kg1956.extract.ru_case_split import split_by_case
from kg1956.models import Communication, Participant, Span

_PAPERS_EN = r"aide-m[ée]moire|memorandum|memo|note(?:\s+verbale)?|statement|letter|message|proposals?"
_HANDED_EN = re.compile(
    rf"^(?:(?:the|a|an)\s+)?(?P<kind>{_PAPERS_EN})\s*,?\s+(?:handed|delivered|passed|presented|given)"
    r"(?:\s+over)?\s+by\s+(?P<by>.+?)\s+to\s+(?P<to>.+)$",
    re.IGNORECASE | re.S,
)
# a paper laid before a gathering or the press is no message to anyone: "Proposals presented by X to
# the Geneva Conference", "Statement handed by X to the press"
_ASSEMBLY = re.compile(
    r"(?:the\s+)?(?:[\w.-]+\s+){0,4}?(?:conference|congress|plenum|session|assembly|press|meeting|correspondents"
    r"|journalists|reporters|editors|parliament|delegates)\b",
    re.IGNORECASE,
)
_PAPERS_RU = r"памятная\s+записка|записка|нота|меморандум|заявление|письмо|pamiatnaia\s+zapiska|zapiska|nota"
_HANDED_RU = re.compile(
    rf"^(?P<kind>{_PAPERS_RU})(?:\s+(?P<owner>[^,]+?))?\s*,?\s+"
    r"(?:врученн|переданн|вручённ|передан|vruchenn|peredann)[а-яёa-z]*\s+(?P<rest>.+)$",
    re.IGNORECASE | re.S,
)
_SIDE = re.compile(r"(?:[а-яё]+\s+)?сторон[еы]|(?:the\s+)?[A-Za-z]+\s+side", re.IGNORECASE)  # "советской стороне"
_KIND = {"letter": "letter", "message": "letter", "письмо": "letter", "statement": "memo"}


def _kind(word: str) -> str:
    return _KIND.get(word.lower(), "memo")


def read_handed_paper(text: str, offset: int) -> RuleResult | None:
    """ "Aide-mémoire handed by Shigemitsu Mamoru to D.T. Shepilov, 13 August 1956": who handed
    the paper over is its sender, who received it its addressee."""
    m = _HANDED_EN.match(text)
    if m and _ASSEMBLY.match(m.group("to")):
        return None
    if m:
        cut = people_until_date(m.group("to"), offset + m.start("to"))
        sender = side(m.group("by"), offset + m.start("by"))
        recipient = side(cut.body, offset + m.start("to"))
        if cut.date is None or sender is None or recipient is None or not (sender[0] or recipient[0]):
            return None
        return _result(_kind(m.group("kind")), sender, recipient, cut, offset, m.start("to"))
    m = _HANDED_RU.match(text)
    if not m:
        return None
    rest_at = m.start("rest")
    cut = people_until_date(m.group("rest"), offset + rest_at)
    if cut.date is None:
        return None
    if m.group("owner"):  # "Памятная записка МИД ДРВ, переданная советской стороне": the owner sent it
        sender = side(m.group("owner"), offset + m.start("owner"))
        recipient = side(cut.body, offset + rest_at) or _SIDE.fullmatch(cut.body.strip()) and ([], [cut.body.strip()])
    else:  # "…, врученная Чжоу Эньлаем послу СССР С.В. Червоненко": the one who handed it, then to whom
        split = split_by_case(cut.body)
        if split is None:
            return None
        sender = side(split[0], offset + rest_at)
        recipient = side(split[2], offset + rest_at + split[3])
    if sender is None or recipient is None or not (sender[0] or recipient[0]):
        return None
    return _result(_kind(m.group("kind")), sender, recipient, cut, offset, rest_at)


def _result(kind, sender, recipient, cut, offset: int, at: int) -> RuleResult:  # noqa: ANN001 - sides and a DateCut
    parts = [Participant(x, "sender") for x in sender[0]] + [Participant(x, "recipient") for x in recipient[0]]
    end = at + cut.end
    comm = Communication(
        kind,
        cut.date.value if cut.date else None,
        tuple(parts),
        Span(offset, offset + end),
        (*sender[1], *recipient[1]),
    )
    return RuleResult(comm, end, cut.more)
