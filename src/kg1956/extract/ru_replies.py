"""A Russian reply named with the message it answers: "Ответ ЦК КПК на письмо ЦК КПСС от 29
февраля 1964 г. был отправлен лишь 7 мая 1964 г."; "Ответ Н.С. Хрущева от 5 мая 1958 г. на
послание Мао Цзэдуна от 2 апреля 1958 г.". Two messages: the one answered (its writer to the
replier, on its own date) and the reply (back, on the date it was sent, if the note gives it)."""

from __future__ import annotations

import re

from kg1956.extract.kinds import KINDS
from kg1956.extract.parties import RuleResult, people_until_date, side
from kg1956.models import Communication, Participant, Span

_REPLY = re.compile(
    r"^(?:ответное\s+(?:письмо|послание)|ответ)\s+(?P<x>\S.*?)\s+на\s+"
    r"(?P<noun>письмо|послание|телеграмму|шифртелеграмму|записку|обращение)\s+(?=\S)",
    re.IGNORECASE | re.S,
)
_NOUN_KINDS = {"послание": "letter", "обращение": "letter", "телеграмму": "telegram", "шифртелеграмму": "telegram"}
# "… был отправлен лишь 7 мая 1964 г.": when the reply went out
_SENT = re.compile(
    r"^[\s,]*(?:и\s+)?(?:был[аои]?\s+)?(?:отправлен|направлен|передан|вручен|датирован|подписан)[аоы]?"
    r"\s+(?:лишь\s+|только\s+|уже\s+)?(?=\d)",
    re.IGNORECASE,
)


def read_russian_reply(text: str, offset: int) -> RuleResult | None:
    """The reply and the message it answers, when both writers are named and the answered
    message is dated."""
    m = _REPLY.match(text)
    if m is None:
        return None
    own = people_until_date(m.group("x"), offset)  # "Ответ Н.С. Хрущева от 5 мая 1958 г. на …"
    replier = side(own.body, offset + m.start("x"))
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.date.value is None or cut.more:
        return None
    writer = side(cut.body, offset + m.end())
    if not replier or not writer or not replier[0] or not writer[0] or replier[1] or writer[1]:
        return None
    end = m.end() + cut.end
    reply_date = own.date.value if own.date else None
    sent = _SENT.match(text[end:])
    if sent:
        later = people_until_date(text[end + sent.end() :], offset)
        if later.date is not None and later.date.value is not None and not later.body.strip():
            reply_date = later.date.value
            end += sent.end() + later.end
    span = Span(offset, offset + end)
    kind = _NOUN_KINDS.get(m.group("noun").lower(), KINDS.get(m.group("noun").lower(), "letter"))
    answered = Communication(
        kind,
        cut.date.value,
        tuple([Participant(x, "sender") for x in writer[0]] + [Participant(x, "recipient") for x in replier[0]]),
        span,
    )
    reply = Communication(
        "letter",
        reply_date,
        tuple([Participant(x, "sender") for x in replier[0]] + [Participant(x, "recipient") for x in writer[0]]),
        span,
    )
    return RuleResult(reply, end, also=(answered,))
