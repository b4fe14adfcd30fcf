"""The talk a Russian message reports or encloses, named in the message's head:

    "Телеграмма X в МИД СССР о беседе с маршалом Y, состоявшейся в тот же день, 10 ноября 1956 г."
    "Записка X в ЦК КПСС от 10 октября 1963 г. с приложением записи его беседы с министром Y 2 октября"
    "Шифртелеграмма X о его беседе с Y накануне, 5 мая 1957 г."
    "Telegramma X v MID SSSR o besede s Y, sostoiavsheisia v tot zhe den', 3 marta 1958 g."

The talk is the writer's (one person) with the people named after "с"; its day is written
(a day and month take the message's year), or is "the same day" or "the day before" the
message's. A talk with no day of its own is not read (what the message is about is not
always a talk that it reports: "о беседах с китайскими товарищами в 1957 г."), nor one with
no one named ("о беседе с послом")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kg1956.extract.dates import find_dates, make_date
from kg1956.extract.parties import side
from kg1956.extract.places import is_place_any_case
from kg1956.extract.ru_sides import trim_circumstance
from kg1956.models import Communication, DateValue, Participant, Span

_MESSAGES = ("telegram", "letter", "memo", "report")
_TALK = r"(?:беседе|беседах|разговоре|встрече|переговорах|besede|besedakh|razgovore|vstreche|peregovorakh)"
_TALK_GEN = r"(?:беседы|бесед|разговора|встречи|переговоров|besedy|besed|razgovora|vstrechi|peregovorov)"
_HIS = r"(?:(?:его|её|ее|своей|своих|своем|своём|этой|этих|ego|ee|svoei|svoikh|etoi|etikh)\s+)?"
# "о беседе с", "с приложением записи его беседы с", "s prilozheniem zapisi besedy s"
_ABOUT = re.compile(
    rf"(?:^|[\s,(])(?:(?:о|об|o|ob)\s+{_HIS}{_TALK}"
    rf"|(?:с|s)\s+(?:приложением|prilozheniem)\s+(?:записи|записей|стенограммы|zapisi|zapisei|stenogrammy)\s+"
    rf"{_HIS}{_TALK_GEN})\s+(?:со?|so?)\s+(?=\S)",
    re.IGNORECASE,
)
# "состоявшейся в тот же день", "в тот же день", "накануне": the day the message names by its own
_SAME_DAY = re.compile(
    r"(?:,?\s*(?:состоявш[а-яё]+|проведенн[а-яё]+|проведённ[а-яё]+|sostoiavsh[a-z]+))?,?\s*"
    r"(?P<rel>в\s+тот\s+же\s+день|в\s+этот\s+же\s+день|накануне|v\s+tot\s+zhe\s+den['’ʹ]|nakanune)",
    re.IGNORECASE,
)
_TOOK_PLACE = re.compile(r",?\s*(?:состоявш[а-яё]+|проведенн[а-яё]+|проведённ[а-яё]+|sostoiavsh[a-z]+)\s*$", re.I)
_STOP = re.compile(r"//|\s[—–]\s|;|\[|\([^()]*\d")  # a bracket with a name in it stays: "«Бевцем» (Э. Кардель)"


def _writer(message: Communication) -> Participant | None:
    senders = [p for p in message.participants if p.function == "sender"]
    if len(senders) != 1 or senders[0].mention.is_organization:
        return None
    return senders[0]


def talk_in_message(text: str, offset: int, message: Communication) -> Communication | None:
    """The talk `text` (a message's head and what follows its date, up to its call number) says
    `message` reports or encloses; None when it names none (see the module docstring)."""
    if message.kind not in _MESSAGES or message.date is None or message.date.precision != "day":
        return None
    writer = _writer(message)
    if writer is None:
        return None
    head = text.split("//", 1)[0]
    about = _ABOUT.search(head)
    if about is None:
        return None
    stop = _STOP.search(head, about.end())
    # "(о беседе с Чжоу Эньлаем и о переговорах с Кан Шэном 9 ноября)": a second talk named before the day;
    # the day is the last one's, and the last one's partner is read
    while (again := _ABOUT.search(head, about.end(), stop.start() if stop else len(head))) is not None:
        about = again
    rest = head[about.end() : stop.start() if stop else len(head)]
    when: DateValue | None = None
    rel = _SAME_DAY.search(rest)
    found = find_dates(rest)
    first = found[0] if found else None
    if rel is not None and (first is None or rel.start() <= first.span.start):
        names = rest[: rel.start()]
        day = date.fromisoformat(message.date.iso)
        if rel.group("rel").lower().startswith(("накануне", "nakanune")):
            day -= timedelta(days=1)
        when = DateValue(day.isoformat())
    elif first is not None:
        names = rest[: first.span.start]
        took = _TOOK_PLACE.search(names)
        if took is not None:
            names = names[: took.start()]
        elif names.rstrip().endswith(","):
            return None  # "о беседе с Y, 10 ноября 1956 г.": the message's own date, the talk's day unsaid
        if first.value is not None and first.value.precision == "day":
            when = first.value
        elif first.partial and first.day and first.month:
            when = make_date(int(message.date.iso[:4]), first.month, first.day)
    if when is None:
        return None
    names = names.strip(" ,")
    people = side(trim_circumstance(names), offset + about.end())
    if people is None or not people[0] or any(p.is_organization or is_place_any_case(p.text) for p in people[0]):
        return None  # "о переговорах с Японией": a state, no one named
    parts = (
        Participant(replace(writer.mention, role=None), "interlocutor"),
        *(Participant(p, "interlocutor") for p in people[0]),
    )
    return Communication("conversation", when, parts, Span(offset + about.start(), offset + about.end() + len(names)))
