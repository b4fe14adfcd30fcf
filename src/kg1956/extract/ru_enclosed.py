"""A second Russian message named in the head of the first, as its enclosure or its companion:

    "Записка X в ЦК КПСС …, 30 декабря 1964 г., с приложением письма Y на имя Z от 24 декабря 1964 г."
    "Письмо ЦК A в ЦК B от 1 декабря 1965 г. … и сопроводительное письмо Y Z-у того же числа"
    "Телеграмма X от 3 мая 1957 г. вместе с запиской Y в ЦК КПСС от 2 мая 1957 г."

The second message's head ("письма Y на имя Z", "сопроводительное письмо Y Z-у") is read as
`read_russian_message` reads a head, its noun put back in the nominative in place (the same length:
"письма" → "Письмо", "записки" → "Записка", "телеграммы" → "Телеграмма"); its date is its own, or
the first's when it is "того же числа" / "того же дня" / "в тот же день". A second message with no
one named, or with neither a date nor those words, is not read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.records_ru import read_russian_message
from kg1956.models import Communication, Span

_NOUNS = {
    "письма": "Письмо",
    "письмо": "Письмо",
    "послания": "Послание",
    "послание": "Послание",
    "записки": "Записка",
    "телеграммы": "Телеграмма",
}
_LEAD = re.compile(
    r"(?:,\s*|\s+)(?:с\s+приложением\s+(?:копии\s+)?(?P<gen>письма|послания|записки|телеграммы)"
    r"|(?:и|а\s+также)\s+(?:сопроводительное\s+)?(?P<nom>письмо|послание))\s+(?=[А-ЯЁ])"
)
# the enclosed message not sent, or its day another's (the press that mentioned it)
_NOT_SENT_OR_DATED = re.compile(
    r"не\s*отправлен|неотправленн|проект|черновик|упомянут|опубликован|цитирован|напечатан|в\s+печати|в\s+газете|«",
    re.IGNORECASE,
)
_SAME_DAY = re.compile(r"[\s,]*(?:того\s+же\s+(?:числа|дня)|в\s+тот\s+же\s+день)")


def enclosed_message(text: str, off: int, first: Communication) -> Communication | None:
    """The second message `text` (the first's clause, from its start) names after `first`, or None."""
    if first.date is None or first.kind not in ("letter", "memo", "telegram", "report"):
        return None
    start = first.span.end - off
    m = _LEAD.search(text, max(start - 2, 0))
    if m is None or re.search(r"[;(]|//", text[start : m.start()]):
        return None
    word = m.group("gen") or m.group("nom")
    at = m.start("gen") if m.group("gen") else m.start("nom")
    head = text[:at] + _NOUNS[word] + text[at + len(word) :]
    same = None
    for sd in _SAME_DAY.finditer(head, at, at + 160):
        same = sd
        break
    if same is not None:
        head = head[: same.start()] + " " * (same.end() - same.start()) + head[same.end() :]
    found = read_russian_message(head[at:], off + at)
    if found is None or found.more_dates:
        return None
    comm = found.communication
    if _NOT_SENT_OR_DATED.search(head[at : comm.span.end - off]):
        return None  # "письма X на имя Y (не отправлено) от …", "письмо X, упомянутое 24 декабря в «Правде»"
    senders = [p for p in comm.participants if p.function == "sender"]
    if not senders:
        return None
    if comm.date is None:
        if same is None:
            return None
        comm = replace(comm, date=first.date)
    elif same is not None:
        return None
    return replace(comm, span=Span(off + m.start(), comm.span.end))
