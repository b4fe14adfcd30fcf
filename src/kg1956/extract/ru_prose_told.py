"""A message or a talk told in a Russian sentence whose call number follows it (after a colon,
"См.:" or in the bracket that closes it):

    "О репатриации поляков Ю. Циранкевич писал Н.А. Булганину 14 февраля 1957 г.: АВП РФ. …"
    "О беседе с Бласом Рокой 2 марта 1963 г. Алексеев телеграфировал в Москву на следующий день (АВП РФ …)"
    "Громыко доложил в ЦК КПСС 5 мая 1957 г.; см.: РГАНИ. …"
    "Те же оценки Рапацкий повторил в беседе с П.К. Пономаренко 3 июня 1957 г. См.: Там же. Л. 40–43."

The one who wrote or spoke is a name in the nominative right before the verb; a message goes to
a person in the dative, or to a body or a place after "в"/"на имя" (a place, "Москву", is no
party: the message keeps its writer alone); a talk is with people in the instrumental after "в
беседе с", "в разговоре с", "во время встречи с". What the message was about may open the
sentence ("О … "); when that is a talk with someone ("О беседе с Y <date>"), the talk is the
writer's and is read too. The message's day is written, or is "на следующий день" or "в тот же
день" after the talk's. Verbs: писал, написал (a letter), телеграфировал (a telegram), доложил,
докладывал (a report). The sentence must end on a call number or "Там же"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kg1956.extract.bodies import is_generic_body
from kg1956.extract.dates import find_dates, make_date, shared_precision
from kg1956.extract.locators import find_repository
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import side
from kg1956.extract.ru_headed import read_headed
from kg1956.extract.ru_in_letter import read_in_letter
from kg1956.extract.ru_message_named import read_message_named
from kg1956.extract.ru_met import read_met
from kg1956.extract.ru_nonparty import names_no_one, not_a_russian_party
from kg1956.extract.ru_received_by import read_received_by
from kg1956.extract.ru_said_to import read_said_to
from kg1956.extract.ru_sides import trim_circumstance
from kg1956.extract.ru_writer_lead import ABOUT, day_opening, office_before
from kg1956.models import Communication, DateValue, NameMention, Participant, Span

_VERBS = {
    "писал": "letter",
    "написал": "letter",
    "писала": "letter",
    "написала": "letter",
    "телеграфировал": "telegram",
    "телеграфировала": "telegram",
    "доложил": "report",
    "докладывал": "report",
    "доложила": "report",
    "сообщал": "report",
    "сообщил": "report",
    "сообщала": "report",
    "сообщила": "report",
}
# verbs of telling that say a report only when it went to a body or a place ("сообщал в МИД СССР")
_TO_BODY_ONLY = ("сообщал", "сообщил", "сообщала", "сообщила")
# a verb of sending, the kind in the noun it governs: "X направил Н.С. Хрущеву письмо 3 мая 1960 г."
_SENDING = ("направил", "направила", "отправил", "отправила", "послал", "послала")
_SENT_NOUN = re.compile(
    r"(?<![а-яё])(?P<noun>письмо|послание|телеграмму|шифр(?:о)?телеграмму|докладную\s+записку|записку|доклад"
    r"|отч[её]т|донесение)(?![а-яё])"
)
_NOUN_KINDS = {"письмо": "letter", "послание": "letter", "доклад": "report", "отчет": "report", "отчёт": "report"}
_NOUN_KINDS |= {"донесение": "report", "записку": "memo", "докладную записку": "memo"}
_TALK_VERBS = r"(?:повторил|заявил|сказал|подтвердил|изложил|высказал|развил|говорил|сообщил|признал)а?"
# the talk named first: "В беседе с Пузановым 12 марта 1958 г. Ким Ир Сен (впервые) заявил, что …"
_TALK_FIRST = re.compile(r"(?:в\s+(?:беседе|разговоре)|во\s+время\s+(?:беседы|встречи))\s+со?\s+", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(
    r"\s*,?\s*"
    + r"(?P<who>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|(?:[А-ЯЁ][а-яё-]+\s+){1,2}[А-ЯЁ][а-яё-]*|[А-ЯЁ][а-яё-]{2,})"
    r"(?:\s+(?:впервые|вновь|снова|также|тогда|уже|ещ[её]\s+раз|[а-яё]+о))*\s+" + _TALK_VERBS + r"\b"
)
_NAME = r"(?P<who>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|(?:[А-ЯЁ][а-яё-]+\s+){1,2}[А-ЯЁ][а-яё-]*|[А-ЯЁ][а-яё-]{2,})"
_MESSAGE = re.compile(
    _NAME + r"\s+(?:(?:также|вновь|затем|сам)\s+)?(?P<verb>" + "|".join((*_VERBS, *_SENDING)) + r")\s+"
)
_TALK = re.compile(
    _NAME + r"\s+" + _TALK_VERBS + r"\s+(?:(?:это|то\s+же(?:\s+самое)?)\s+)?(?:в\s+(?:своей\s+)?(?:беседе|разговоре)"
    r"|во\s+время\s+(?:беседы|встречи))\s+со?\s+"
)
# what was reported, in the accusative, before the writer: "Итоги поездки", "Свои выводы", "Эти соображения"
_OBJECT_FIRST = re.compile(r"[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){1,5}")
_ABOUT_TALK = re.compile(
    r"^(?:о|об)\s+(?:(?:телефонном|своем|своём)\s+)?(?:беседе|разговоре|встрече)\s+со?\s+", re.IGNORECASE
)
_RELATIVE = re.compile(r"\s*(?P<rel>на\s+следующий\s+день|на\s+другой\s+день|в\s+тот\s+же\s+день)")
# after the day: the call number, behind a colon, "См.:", a bracket or the GOST "//"
_TAIL = re.compile(
    r"\s*(?:г\.)?\s*(?:[:;.]\s*)?(?://\s*)?(?:(?:см|ср)\.:?\s*)?\(?\s*(?:запись\s+беседы\s*(?:см\.)?:?\s*)?",
    re.IGNORECASE,
)
_IBID = re.compile(r"там\s+ж[еe]\b", re.IGNORECASE)
# "в Москву", "в ЦК КПСС", "на имя X", "на заседании Президиума ЦК КПСС" (a report to a body at its session)
_TO = re.compile(r"(?:в|во|на\s+имя|на\s+(?:заседании|пленуме|совещании))\s+")
# where "сообщал" went, to say a report: "в" + a named body or a capital in the accusative ("в МИД СССР",
# "в Москву", "в Центр"); not "в речи", "в печати", "в мемуарах", "в Пекине", "на пленуме ЦК"
_TO_NAMED = re.compile(r"(?:в|во)\s+(?:[А-ЯЁ]{2,}|[А-ЯЁ][а-яё-]*[а-дж-яё])(?=[\s,.;:(]|$)")


# what was said, after the day: ", что …", the bracket that closes the sentence then cites the record
_SAID = re.compile(r",\s*(?:что|будто|как)\s+[^()]*?\((?:запись\s+беседы\s*(?:см\.)?:?\s*)?", re.IGNORECASE)


def _cited(text: str, at: int) -> int | None:
    """Where the call number (or "Там же") starts after the day read up to `at`; None if another thing does."""
    tail = _TAIL.match(text, at)
    pos = tail.end()
    said = _SAID.match(text, at)
    if said is not None and not find_dates(text[at : said.end()]):
        pos = said.end()  # "… 22 июля 1958 г., что «…» (АВП РФ …)"
    rest = text[pos:]
    repo = find_repository(rest)
    if (repo is not None and repo.start() == 0) or _IBID.match(rest):
        return pos
    return None


def _day(text: str, year_from: DateValue | None, no_range: bool = False) -> tuple[DateValue, int] | None:
    """The full day `text` opens with (a day and month take `year_from`'s year), and its length; with
    `no_range`, None for a range ("9–12 февраля 1956 г.": a message is not dated by the day a range ends on)."""
    found = find_dates(text[:40])
    if not found or found[0].span.start != 0:
        return None
    first = found[0]
    if no_range and first.range_start is not None:
        return None
    if first.value is not None and first.value.precision == "day":
        return first.value, first.span.end
    if first.partial and first.day and first.month and year_from is not None:
        value = make_date(int(year_from.iso[:4]), first.month, first.day)
        return (value, first.span.end) if value else None
    return None


def _person(text: str, at: int) -> NameMention | None:
    who = parse_participant(text, at)
    if who is None or who.is_organization or names_no_one(who.text) or not_a_russian_party(who.text.split()[-1]):
        return None
    return who


def read_ru_prose_told(text: str, offset: int) -> tuple[list[Communication], int] | None:
    """The communications the sentence tells and where its call number starts (see the module docstring)."""
    return (
        _read_message(text, offset)
        or _read_talk(text, offset)
        or _read_talk_first(text, offset)
        or _read_received(text, offset)
        or _read_with_him(text, offset)
        or read_message_named(text, offset)
        or read_said_to(text, offset, _cited)
        or read_met(text, offset)
        or read_in_letter(text, offset, _cited)
        or read_headed(text, offset)
        or read_received_by(text, offset)
    )


# a verb whose object is the other side of a talk, in the accusative: one received or called on
# another ("принял посла НРА Н. Насе"), or told him ("информировал Н.С. Хрущёва"); telling may be
# done by letter, so those verbs read a talk only when the note names its record ("запись беседы")
_RECEIVED = re.compile(
    _NAME + r"\s+(?:(?:также|вновь|снова|затем|лично|подробно)\s+)?"
    r"(?P<verb>принял[аи]?|посетил[аи]?|(?:про)?информировал[аи]?|ознакомил[аи]?|известил[аи]?|уведомил[аи]?)\s+"
)
_TALK_BY_NATURE = ("принял", "посетил")
# where the talk was held, after its day: "в Гаграх", "в Кремле", "на даче в Пицунде"
_HELD_AT = re.compile(r"\s*,?\s*(?:в|во|на)\s+(?:[а-яё]+\s+(?:в|во)\s+)?[А-ЯЁ][а-яё-]+(?=[\s,.;:(]|$)")
_RECORD_OF_TALK = re.compile(r"запис[ьи]\s+бесед|бесед[аеы]\b", re.IGNORECASE)


def _read_received(text: str, offset: int) -> tuple[list[Communication], int] | None:
    """ "О поездке в Пекин И.Г. Маурер информировал Н.С. Хрущёва 21 марта 1964 г. в Гаграх; запись беседы
    см.: …", "Н.С. Хрущёв принял посла НРА Н. Насе 7 сентября 1961 г. (РГАНИ …)": the talk of the two."""
    m = _RECEIVED.search(text[:200])
    if m is None:
        return None
    before = text[: m.start()].strip()
    if before and (not re.match(r"(?:о|об)\s", before, re.IGNORECASE) or re.search(r"[;:()]|[а-яё]{2}\.\s", before)):
        return None  # what the talk was about may open the sentence ("О поездке в Пекин …")
    who = _person(m.group("who"), offset + m.start("who"))
    found = find_dates(text[m.end() : m.end() + 160])
    if who is None or not found or found[0].value is None or found[0].value.precision != "day":
        return None
    date = found[0].value
    if found[0].range_start is not None:  # "5–7 мая 1957 г.": the range kept, at the precision both ends share
        date = shared_precision(found[0].range_start, date)
        if date is None:
            return None
    names = text[m.end() : m.end() + found[0].span.start].strip(" ,")
    if re.search(r"\s(?:и|или)\s|,", names):
        return None  # "принял Мао Цзэдуна и Чжоу Эньлая": two received, no pair
    other = _person(names, offset + m.end()) if names else None
    if other is None or not names.endswith(other.text) or other.text == who.text:
        return None
    office = names[: -len(other.text)].strip()
    if office and not re.match(r"(?:[а-яё-]+(?:а|я))(?:\s+(?:[А-ЯЁ]{2,}|[а-яё-]+(?:а|я|ой|ей|ого|его)))*$", office):
        # only an office in the accusative may stand before him ("посла КНДР"); anything else is what was
        # received ("приглашение", "отставку", "к сведению информацию", "верительные грамоты посла ДРВ")
        return None
    end = m.end() + found[0].span.end
    held = _HELD_AT.match(text, end)
    if held is not None:
        end = held.end()
    call_at = _cited(text, end)
    if call_at is None:
        return None
    if m.group("verb").rstrip("аи") not in _TALK_BY_NATURE and not _RECORD_OF_TALK.search(text[end:call_at]):
        return None  # "X информировал Y 5 мая (АВП РФ …)": by letter as often as in a talk
    parts = (Participant(who, "interlocutor"), Participant(other, "interlocutor"))
    return [Communication("conversation", date, parts, Span(offset + m.start(), offset + end))], call_at


def _read_talk_first(text: str, offset: int) -> tuple[list[Communication], int] | None:
    """ "В беседе с Y <date> X заявил, что … (…)": the talk named before the one who spoke."""
    m = _TALK_FIRST.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    found = find_dates(rest[:120])
    if not found or found[0].value is None or found[0].value.precision != "day":
        return None
    speaker = _SPEAKER_AFTER.match(rest, found[0].span.end)
    if speaker is None:
        return None
    names = rest[: found[0].span.start].strip(" ,")
    people = side(trim_circumstance(names), offset + m.end())
    who = _person(speaker.group("who"), offset + m.end() + speaker.start("who"))
    if who is None or people is None or not people[0] or any(p.is_organization for p in people[0]):
        return None
    call_at = _cited(text, m.end() + speaker.end())
    if call_at is None:
        return None
    parts = (Participant(who, "interlocutor"), *(Participant(p, "interlocutor") for p in people[0]))
    span = Span(offset + m.start(), offset + m.end() + speaker.end())
    return [Communication("conversation", found[0].value, parts, span)], call_at


def _read_talk(text: str, offset: int) -> tuple[list[Communication], int] | None:
    m = _TALK.search(text)
    if m is None or re.search(r"[.;:()]", text[: m.start()]):
        return None
    rest = text[m.end() :]
    found = find_dates(rest[:160])
    if not found or found[0].value is None or found[0].value.precision != "day":
        return None
    names = rest[: found[0].span.start].strip(" ,")
    people = side(trim_circumstance(names), offset + m.end())
    who = _person(m.group("who"), offset + m.start("who"))
    if who is None or people is None or not people[0] or any(p.is_organization for p in people[0]):
        return None
    call_at = _cited(text, m.end() + found[0].span.end)
    if call_at is None:
        return None
    parts = (Participant(who, "interlocutor"), *(Participant(p, "interlocutor") for p in people[0]))
    span = Span(offset + m.start(), offset + m.end() + found[0].span.end)
    return [Communication("conversation", found[0].value, parts, span)], call_at


def _read_message(text: str, offset: int) -> tuple[list[Communication], int] | None:
    m = _MESSAGE.search(text)
    if m is None:
        return None
    before = text[: m.start()].strip()
    opening = day_opening(before)  # "Ещё 9 февраля 1956 г. посол X докладывал в МИД СССР о … // …"
    if opening is not None:
        before = opening[1]
    office = office_before(before)  # "посол СССР в МНР X докладывал …": his office, his role
    if office is not None:
        before = office[0]
    if before and not re.match(r"(?:о|об)\s", before, re.IGNORECASE) and not _OBJECT_FIRST.fullmatch(before):
        return None  # what the message was about may stand before the writer ("О репатриации …", "Итоги поездки")
    if re.search(r"[;:()]", before):
        return None
    who = _person(m.group("who"), offset + m.start("who"))
    if who is None:
        return None
    if office is not None:
        who = replace(who, role=office[1])
    if m.group("verb") in _TO_BODY_ONLY and _TO_NAMED.match(text, m.end()) is None:
        return None  # "сообщил Хрущеву 5 мая": told in a talk as often as in writing; "сообщал в МИД СССР" is a report
    if opening is not None:
        return _read_dated_first(text, offset, m, who, opening[0])
    kind = _VERBS.get(m.group("verb"))
    if kind is None:  # "направил (Y-у) письмо (в Z) <date>": the kind is the noun's; blanked, the rest reads alike
        noun = _SENT_NOUN.search(text, m.end(), m.end() + 80)
        if noun is None or find_dates(text[m.end() : noun.start()]):
            return None
        word = re.sub(r"\s+", " ", noun.group("noun"))
        kind = _NOUN_KINDS.get(word, "telegram")
        text = text[: noun.start()] + " " * (noun.end() - noun.start()) + text[noun.end() :]
    talk = None
    about = _ABOUT_TALK.match(before)
    if about is not None:  # "О беседе с Y 2 марта 1963 г. X телеграфировал …": the talk, then its report
        found = find_dates(before[about.end() :])
        if found and found[0].value is not None and found[0].value.precision == "day":
            names = before[about.end() : about.end() + found[0].span.start].strip(" ,")
            people = side(trim_circumstance(names), offset + about.end())
            if people and people[0] and not any(p.is_organization for p in people[0]):
                parts = (Participant(who, "interlocutor"), *(Participant(p, "interlocutor") for p in people[0]))
                span = Span(offset + about.start(), offset + about.end() + found[0].span.end)
                talk = Communication("conversation", found[0].value, parts, span)
    rest_at = m.end() + len(text[m.end() :]) - len(text[m.end() :].lstrip())
    recipients: list[NameMention] = []
    to = _TO.match(text, rest_at)
    words = text[rest_at:].split()
    if to is not None:  # "в Москву", "в ЦК КПСС", "на имя Н.С. Хрущева"
        dated = _first_date_at(text, to.end())
        if dated is None:
            return None
        addressee = text[to.end() : dated].strip(" ,")
        body = parse_participant(addressee, offset + to.end()) if addressee else None
        if body is not None and body.is_organization and not is_generic_body(addressee):
            recipients.append(body)  # "в ЦК КПСС", "на заседании Президиума ЦК КПСС": a body that says whose
        elif body is not None and not body.is_organization and _person(addressee, offset + to.end()) is not None:
            recipients.append(body)  # "на имя Н.С. Хрущева"
        rest_at = dated
    elif words and re.match(r"[А-ЯЁ]", words[0]):  # "писал Н.А. Булганину 14 февраля": to him, in the dative
        dated = _first_date_at(text, rest_at)
        if dated is None:
            return None
        addressee = text[rest_at:dated].strip(" ,")
        person = _person(addressee, offset + rest_at)
        if person is None or not re.search(r"(?:у|ю|ому|ему|е)$", person.text):
            return None
        recipients.append(person)
        rest_at = dated
    relative = _RELATIVE.match(text, rest_at)
    if relative is not None:
        if talk is None or talk.date is None:
            return None
        day = date.fromisoformat(talk.date.iso)
        if not relative.group("rel").startswith("в тот"):
            day += timedelta(days=1)
        when, end = DateValue(day.isoformat()), relative.end()
    else:
        dated = _day(text[rest_at:].lstrip(), talk.date if talk else None, no_range=True)
        if dated is None:
            return None
        when, end = dated[0], rest_at + (len(text[rest_at:]) - len(text[rest_at:].lstrip())) + dated[1]
    call_at = _cited(text, end)
    if call_at is None:
        return None
    parts = (Participant(who, "sender"), *(Participant(r, "recipient") for r in recipients))
    message = Communication(kind, when, parts, Span(offset + m.start(), offset + end))
    return ([talk] if talk else []) + [message], call_at


def _read_dated_first(
    text: str, offset: int, m: re.Match[str], who: NameMention, day: DateValue
) -> tuple[list[Communication], int] | None:
    """ "Ещё 9 февраля 1956 г. посол X докладывал в МИД СССР о … // АВП РФ …": the day opened the sentence;
    the one the message went to (a body after "в", a person in the dative) comes before what it was about."""
    kind = _VERBS.get(m.group("verb"))
    if kind is None:
        return None
    rest_at = m.end()
    to = _TO.match(text, rest_at)
    about = ABOUT.search(text, rest_at, rest_at + 120)
    if about is None or find_dates(text[rest_at : about.start()]):
        return None
    addressee = text[(to.end() if to else rest_at) : about.start()].strip(" ,")
    at = offset + (to.end() if to else rest_at)
    recipient = parse_participant(addressee, at) if addressee else None
    if recipient is None or recipient.text != addressee:
        return None
    recipients = [recipient]
    if to is not None and not (recipient.is_organization and not is_generic_body(addressee)):
        if recipient.is_organization or not not_a_russian_party(addressee.split()[-1]):
            return None
        recipients = []  # "в Москву": a place is no party, the message keeps its writer alone
    if to is None and (_person(addressee, at) is None or not re.search(r"(?:у|ю|ому|ему|е)$", addressee)):
        return None
    call = re.compile(r"\s*(?://|\(|:|[Сс]м\.:?)\s*").search(text, about.end())
    while call is not None:
        call_at = _cited(text, call.start())
        if call_at is not None and not find_dates(text[about.end() : call.start()]):
            break
        call = re.compile(r"\s*(?://|\(|:|[Сс]м\.:?)\s*").search(text, call.end())
    else:
        return None
    parts = (Participant(who, "sender"), *(Participant(r, "recipient") for r in recipients))
    return [Communication(kind, day, parts, Span(offset + m.start(), offset + about.start()))], call_at


def _first_date_at(text: str, at: int) -> int | None:
    """Where the message's day (or "на следующий день") starts after its addressee, within a few words."""
    window = text[at : at + 80]
    rel = re.search(r"(?:на\s+следующий\s+день|на\s+другой\s+день|в\s+тот\s+же\s+день)", window)
    found = find_dates(window)
    starts = [x for x in ((rel.start() if rel else None), (found[0].span.start if found else None)) if x is not None]
    if not starts:
        return None
    return at + min(starts)


# "О настроениях Пак Чан Ока накануне пленума см. запись беседы В.И. Иванова с ним от 21 июля 1956 г.: …":
# the one the talk was with is named in what the note is about, and the record says "с ним" (with him)
_WITH_HIM = re.compile(
    r"^(?:о|об)\s+(?P<about>[^;:()\[\]]{3,160}?)[\s,]+(?:см\.|ср\.)(?:\s+также)?:?\s+"
    r"(?:запись|записи)\s+бесед[ыи]\s+(?P<x>[^;:()]{3,80}?)\s+с\s+(?:ним|нею|ней)\s+(?:от\s+)?(?=\d)",
    re.IGNORECASE,
)
# what the note is about names a message (its writer no "him": the one it went to may be) or a relative
_NOT_HIM = re.compile(
    r"(?:(?:его|её|ее|этом|этой)\s+)?(?:письм|послани|телеграмм|шифр|записк|донесени|ответ|обращени|жен[еы]|супруг|"
    r"дочер|сестр|матер|вдов|сын|брат|отц|муж)",
    re.IGNORECASE,
)
# a run of capitalised words that may be a name ("Пак Чан Ока", "В.И. Иванова", "Гомулки")
_NAME_RUN = re.compile(r"(?:(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})")


def _read_with_him(text: str, offset: int) -> tuple[list[Communication], int] | None:
    """The talk a record "с ним" has with the one person the note's subject names (see `_WITH_HIM`)."""
    m = _WITH_HIM.match(text)
    if m is None:
        return None
    runs = [r for r in _NAME_RUN.finditer(m.group("about")) if r.start() > 0 or m.group("about")[:1].isupper()]
    if len(runs) != 1:
        return None  # no one, or two who might be "him"
    if _NOT_HIM.match(m.group("about")):
        # "О письме Н.С. Хрущёва …", "О жене Т. Живкова …": "him/her" may be the letter's reader or the wife
        return None
    feminine = re.search(r"(?:ой|ей)$", runs[0].group(0)) is not None  # "Е.А. Фурцевой"
    if feminine != (re.search(r"\sс\s+(?:ней|нею)\s", m.group(0)) is not None):
        return None  # "с ней" is a woman, "с ним" a man
    him = _person(runs[0].group(0), offset + m.start("about") + runs[0].start())
    recorder = _person(m.group("x").strip(), offset + m.start("x"))
    if him is None or recorder is None or him.text != runs[0].group(0) or recorder.text != m.group("x").strip():
        return None
    dated = _day(text[m.end() :], None)
    if dated is None:
        return None
    call_at = _cited(text, m.end() + dated[1])
    if call_at is None:
        return None
    parts = (Participant(recorder, "interlocutor"), Participant(him, "interlocutor"))
    return [
        Communication("conversation", dated[0], parts, Span(offset + m.start(), offset + m.end() + dated[1]))
    ], call_at
