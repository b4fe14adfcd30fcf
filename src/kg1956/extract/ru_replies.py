"""A Russian reply named with the message it answers: "Ответ ЦК КПК на письмо ЦК КПСС от 29
февраля 1964 г. был отправлен лишь 7 мая 1964 г."; "Ответ Н.С. Хрущева от 5 мая 1958 г. на
послание Мао Цзэдуна от 2 апреля 1958 г.". Two messages: the one answered (its writer to the
replier, on its own date) and the reply (back, on the date it was sent, if the note gives it)."""

from __future__ import annotations

import re

from kg1956.extract.kinds import KINDS
from kg1956.extract.parties import RuleResult, people_until_date, side
from kg1956.models import Communication, DateValue, Participant, Span

_REPLY = re.compile(
    r"^(?:ответное\s+(?:письмо|послание)|ответ|otvetnoe\s+(?:pis['’ʹ]mo|poslanie)|otvet)\s+(?P<x>\S.*?)\s+(?:на|na)\s+"
    r"(?P<noun>письмо|послание|телеграмму|шифртелеграмму|записку|обращение"
    r"|pis['’ʹ]mo|poslanie|telegrammu|shifrtelegrammu|zapisku|obrashchenie)\s+(?=\S)",
    re.IGNORECASE | re.S,
)
_NOUN_KINDS = {"послание": "letter", "обращение": "letter", "телеграмму": "telegram", "шифртелеграмму": "telegram"}
_NOUN_KINDS |= {"telegrammu": "telegram", "shifrtelegrammu": "telegram", "zapisku": "memo"}
# "… был отправлен лишь 7 мая 1964 г.": when the reply went out
_SENT = re.compile(
    r"^[\s,]*(?:и\s+)?(?:был[аои]?\s+)?(?:отправлен|направлен|передан|вручен|датирован|подписан)[аоы]?"
    r"\s+(?:лишь\s+|только\s+|уже\s+)?(?=\d)",
    re.IGNORECASE,
)


# "на письмо Y от 12 июня 1965 г.": the answered message's own day ("от" before it)
_FROM_DAY = re.compile(r"\s(?:от|ot)\s*$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:датированн|посланн|отправленн|направленн|переданн|подписанн)[а-яё]*", re.IGNORECASE)
# "…, 28 июня 1965 г." right after the answered message's day: the reply's own day, as a head gives it
_OWN_DAY = re.compile(r"^\s*,\s*(?=\d)")


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
    writer = side(re.sub(r"\s+ot$", "", cut.body), offset + m.end())  # "pis'mo X ot …": Latin "от" stays in the body
    if not replier or not writer or not replier[0] or not writer[0] or replier[1] or writer[1]:
        return None
    end = m.end() + cut.end
    reply_date = own.date.value if own.date else None
    before_day = text[m.end() : m.end() + cut.date.span.start]
    lead = before_day.rstrip()
    if (
        not _FROM_DAY.search(before_day)
        and reply_date is None
        and lead.endswith(",")
        and "," not in lead[:-1]  # "на письмо Мао Цзэдуна, Пекин, 5 мая 1958 г.": a place marks the letter's own day
        and not _PARTICIPLE.search(lead)  # "…, датированное 26 октября 1962 г.": the answered letter's day
    ):
        # "Ответ ЦК АПТ на письмо ЦК КПСС, 27 августа 1960 г.": the head's date right after the writer and a
        # comma is the reply's own; the letter answered is not dated, so only the reply is read
        if cut.more:
            return None
        reply = _message("letter", cut.date.value, replier[0], writer[0], Span(offset, offset + end))
        return RuleResult(reply, end)
    own_day = _OWN_DAY.match(text[end:])
    if own_day and reply_date is None:  # "… на письмо Y от 12 июня 1965 г., 28 июня 1965 г.": the reply's day
        later = people_until_date(text[end + own_day.end() :], offset)
        if later.date is not None and later.date.value is not None and not later.body.strip() and not later.more:
            reply_date = later.date.value
            end += own_day.end() + later.end
    sent = _SENT.match(text[end:])
    if sent:
        later = people_until_date(text[end + sent.end() :], offset)
        if later.date is not None and later.date.value is not None and not later.body.strip():
            reply_date = later.date.value
            end += sent.end() + later.end
    span = Span(offset, offset + end)
    kind = _NOUN_KINDS.get(m.group("noun").lower(), KINDS.get(m.group("noun").lower(), "letter"))
    answered = _message(kind, cut.date.value, writer[0], replier[0], span)
    reply = _message("letter", reply_date, replier[0], writer[0], span)
    return RuleResult(reply, end, also=(answered,))


def _message(kind: str, day: DateValue | None, senders: list, recipients: list, span: Span) -> Communication:
    parts = [Participant(x, "sender") for x in senders] + [Participant(x, "recipient") for x in recipients]
    return Communication(kind, day, tuple(parts), span)
