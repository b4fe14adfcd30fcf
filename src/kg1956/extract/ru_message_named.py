"""A message a Russian sentence names by its noun after "в", with its day, and its writer as the
sentence's subject; the call number closes the sentence (in a bracket or after a colon):

    "В телеграммах от 26 и 28 июля 1961 г. посол сообщал …"            (the writer after the day)
    "В своей записке от 5 мая 1960 г. Ю.В. Андропов предлагал … (РГАНИ …)"
    "В письме Н.С. Хрущёву от 2 марта 1958 г. В. Ульбрихт просил …: АВП РФ …"   (the addressee in the head)
    "И.К. Жегалин в шифровке в МИД СССР 3 мая 1963 г. вновь докладывал … (АВП РФ …)"  (the writer first)
    "В докладной записке Ю.В. Андропова в ЦК КПСС от 20 октября 1960 г. говорилось …: РГАНИ …"
                                               (the head itself in the prepositional: the writer in the genitive)

The noun says the kind (телеграмма, шифртелеграмма, шифровка: telegram; письмо, послание:
letter; записка, докладная записка: memo; донесение, отчёт, информация: report) and stands in
the prepositional case, maybe after "своей" or an adjective ("ответной"); a list of days
("26 и 28 июля") is one message each. The writer is a person or a named body in the nominative
(an office before the name is his role) right before a verb in the past tense; an addressee
between the noun and the day is a person in the dative or a body after "в"/"на имя" (a capital
there, "в Москву", is no party); or the words between the noun and the day are a head's own
(the writer in the genitive, the addressee after him), read as `read_russian_message` reads the head
in the nominative, and then any verb may follow. "В докладе" is not read: a report as often as a speech. A
sentence with no day, no writer named, a verb that is not right after him, another date before
the call number, or no call number at its end reads nothing.
"""

from __future__ import annotations

import re

from kg1956.extract.bodies import is_generic_body
from kg1956.extract.dates import find_dates, read_date_list, shared_precision
from kg1956.extract.lexicon import ROLE_WORDS
from kg1956.extract.locators import find_repository
from kg1956.extract.names import parse_participant
from kg1956.extract.records_ru import read_russian_message
from kg1956.extract.ru_nonparty import names_no_one, not_a_russian_party
from kg1956.models import Communication, DateValue, NameMention, Participant, Span

_KINDS = (
    (r"шифр(?:о)?телеграмм(?:е|ах)|телеграмм(?:е|ах)|шифровк(?:е|ах)", "telegram"),
    (r"письм(?:е|ах)|послани(?:и|ях)", "letter"),
    (r"(?:докладной\s+|служебной\s+)?записк(?:е|ах)|(?:докладных\s+|служебных\s+)?записках", "memo"),
    (r"донесени(?:и|ях)|отч[её]т(?:е|ах)|информаци(?:и|ях)", "report"),
)
_NOUN = "|".join(f"(?P<k{i}>{rx})" for i, (rx, _) in enumerate(_KINDS))
_HEAD = re.compile(
    r"(?:^|(?<=\s))(?:[Вв]|[Вв]о)\s+(?:(?:своей|своих|своем|своём|его|её|ее|их)\s+)?"
    rf"(?:(?:ответной|ответном|ответных|личной|личном|секретной|очередной|очередном|последней|последнем)\s+)?"
    rf"(?:{_NOUN})(?![а-яё])"
)
# a verb of reporting or writing in the past tense right after the writer ("сообщал", "писала",
# "предупреждал", "жаловался"), maybe after an adverb ("вновь", "прямо"); any other verb ("упоминался",
# "объявил", "прилетел") tells what was reported, and its subject is no writer
_REPORTING = (
    r"(?:со|про|)общ(?:ал|ил)|доклад(?:ывал|ал)|доложил|(?:на|с|от|)писал|(?:про)?информировал|(?:по)?просил"
    r"|предлага?л|предложил|предупре(?:ждал|дил)|жаловал(?:ся|ась|ись)|пожаловал(?:ся|ась|ись)|указ(?:ывал|ал)"
    r"|объясн(?:ял|ил)|разъясн(?:ял|ил)|обвин(?:ял|ил)|отмеч(?:ал)|отметил|подч[её]ркивал|подчеркнул"
    r"|излагал|изложил|переда(?:вал|л)|выраж(?:ал)|выразил|настаивал|(?:по)?требовал|завер(?:ял|ил)"
    r"|высказ(?:ывал|ал)|рассказ(?:ывал|ал)|запрашивал|запросил|характеризовал|оценивал|оценил"
    r"|критиковал|раскритиковал|упрекал|упрекнул|убеждал|(?:по)?советовал|рекомендовал|говорил|сказал"
    r"|заявлял|заявил|призывал|призвал|благодарил|поблагодарил|напоминал|напомнил|ставил|поставил|поднимал"
    r"|поднял|сетовал|возражал|протестовал|опровергал|уверял|извещал|известил|уведомлял|уведомил|приводил|привёл"
    r"|привел|описывал|описал|анализировал|отвечал|ответил|соглашался|согласился|одобрял|одобрил|поддерживал"
    r"|поддержал|сомневал(?:ся|ась)|опасал(?:ся|ась)|признавал|признал|констатировал|делал\s+вывод"
    r"|пришёл\s+к\s+выводу|(?:по)?обещал|поздравлял|поздравил|отвергал|отверг|отклонял|отклонил|соглашал(?:ся|ась)"
    r"|согласил(?:ся|ась)|добивал(?:ся|ась)|интересовал(?:ся|ась)|осведомлял(?:ся|ась)|выступал\s+за|отрицал|утверждал|подтверждал|подтвердил"
    r"|обосновывал|ссылал(?:ся|ась)|угрожал|грозил|извинял(?:ся|ась)|извинил(?:ся|ась)|приглашал|пригласил"
)
_VERB = re.compile(
    r"\s+(?:(?:вновь|снова|также|уже|прямо|подробно|впервые|не|откровенно|резко)\s+)?"
    rf"(?:{_REPORTING})(?:а|и)?(?![а-яё])"  # no reflexive but those listed: "характеризовался" is what was told
)
_FROM = re.compile(r"\s*(?:от\s+)?")
_SENTENCE_END = re.compile(r"[.!?]\s+[А-ЯЁ]|;")
_IBID = re.compile(r"там\s+ж[еe]\b", re.IGNORECASE)
_INITIALS = re.compile(r"(?:^|\s)[А-ЯЁ]\.\s?[А-ЯЁ]")


def _kind(m: re.Match[str]) -> str:
    return next(kind for i, (_, kind) in enumerate(_KINDS) if m.group(f"k{i}"))


def _days(text: str) -> tuple[list[DateValue], int] | None:
    """The day or days `text` opens with (after "от"), and where they end."""
    listed = read_date_list(text)
    if listed is not None:
        return listed
    found = find_dates(text[:40])
    if not found or found[0].span.start != 0 or found[0].value is None or found[0].value.precision != "day":
        return None
    if found[0].range_start is not None:  # "от 4–6 августа 1968 г.": the range kept, at the precision both ends share
        shared = shared_precision(found[0].range_start, found[0].value)
        return ([shared], found[0].span.end) if shared is not None else None
    return [found[0].value], found[0].span.end


def _party(text: str, at: int) -> NameMention | None:
    who = parse_participant(text, at)
    if who is None or names_no_one(who.text) or not_a_russian_party(who.text.split()[-1]):
        return None
    if who.is_organization and is_generic_body(text):
        return None
    if not who.is_organization and not re.search(r"[А-ЯЁ][а-яё-]+$", who.text):
        return None
    return who


def _writer(phrase: str, at: int) -> NameMention | None:
    """The writer `phrase` names in full: a name, maybe after an office in the nominative ("посол
    СССР в РНР И.К. Жегалин"); None for anything else before him ("Позднее", "Запись беседы X с")."""
    stripped = phrase.strip(" ,")
    writer = _party(stripped, at + len(phrase) - len(phrase.lstrip(" ,")))
    if writer is None or not stripped.endswith(writer.text):
        return None
    office = stripped[: -len(writer.text)].strip(" ,")
    if office and (_INITIALS.search(office) or not ROLE_WORDS & set(office.lower().split())):
        return None
    return writer


def _addressee(text: str, at: int) -> tuple[list[NameMention], bool]:
    """Who the message went to, written between its noun and its day; (people, whether read)."""
    stripped = text.strip(" ,")
    if not stripped:
        return [], True
    lead = len(text) - len(text.lstrip(" ,"))
    to = re.match(r"(?:в|во|на\s+имя)\s+", stripped)
    if to is not None:
        body = parse_participant(stripped[to.end() :], at + lead + to.end())
        if body is None:
            return [], False
        if body.is_organization:
            return ([] if is_generic_body(stripped[to.end() :]) else [body]), True
        if stripped.startswith("на"):
            return [body], True
        return [], not_a_russian_party(body.text.split()[-1]) or names_no_one(body.text)  # "в Москву"
    to_him = re.match(r"к\s+", stripped)  # "в письме к Н.С. Хрущёву"
    if to_him is not None:
        lead += to_him.end()
        stripped = stripped[to_him.end() :]
    person = _party(stripped, at + lead)
    if person is None or person.is_organization or not re.search(r"(?:у|ю|ому|ему|е)$", person.text):
        return [], False
    return [person], True


def _cited(text: str, at: int) -> int | None:
    """Where the call number that closes the sentence begins after `at` (inside its bracket or
    after a colon); None when the sentence ends first, or names another day before it."""
    for m in re.finditer(r"\(|:\s*", text[at:]):
        start = at + m.end()
        between = text[at : at + m.start()]
        if _SENTENCE_END.search(between) or find_dates(between):
            return None
        rest = text[start:].lstrip()
        repo = find_repository(rest)
        if (repo is not None and repo.start() == 0) or _IBID.match(rest):
            return start + len(text[start:]) - len(rest)
    return None


def _nominative(words: str) -> str:
    """The head's noun (and its adjective) in the nominative, as long as written ("телеграмме" →
    "телеграмма", "докладной записке" → "докладная записка", "письме" → "письмо")."""

    def one(word: str) -> str:
        low = word.lower()
        if low == "письме":
            new = "письмо"
        elif low == "информации":
            new = "информация"
        elif low.endswith("ах"):
            new = word[:-2] + "ы"
        elif low.endswith("ии"):
            new = word[:-1] + "е"
        elif low.endswith("ой"):
            new = word[:-2] + "ая"
        elif low.endswith("те"):
            new = word[:-1]
        elif low.endswith("е"):
            new = word[:-1] + "а"
        else:
            new = word
        return new.ljust(len(word))

    return re.sub(r"[а-яё]+", lambda w: one(w.group(0)), words, flags=re.IGNORECASE)


def _whose(text: str, head: re.Match[str], end: int, offset: int) -> tuple[Participant, ...] | None:
    """The writer (in the genitive) and the addressee a head in the prepositional names between its
    noun and its day ("в телеграмме И.В. Шикина в МИД СССР от …"), read as the head in the nominative."""
    noun = next(head.start(f"k{i}") for i in range(len(_KINDS)) if head.group(f"k{i}"))
    nominative = _nominative(text[noun : head.end()]) + text[head.end() : end]
    read = read_russian_message(nominative[:1].upper() + nominative[1:], offset + noun)
    if read is None or not any(p.function == "sender" for p in read.communication.participants):
        return None
    return read.communication.participants


def read_message_named(text: str, offset: int) -> tuple[list[Communication], int] | None:
    """The messages the sentence `text` opens with and where its call number starts (see the module docstring)."""
    head = _HEAD.search(text[:200])
    if head is None:
        return None
    before = text[: head.start()].strip()
    kind = _kind(head)
    if before:  # "И.К. Жегалин в шифровке …": the writer first, the verb after the day
        if re.search(r"[;:()]|[а-яё]{2}\.\s", before):
            return None
        writer = _writer(before, offset)
        if writer is None:
            return None
    else:
        writer = None
    dated = None
    for d in re.finditer(r"(?:от\s+)?\d", text[head.end() : head.end() + 120]):
        at = head.end() + d.start()
        days = _days(text[at + (len(d.group(0)) - 1) :])
        if days is not None:
            dated = (at, at + (len(d.group(0)) - 1) + days[1], days[0])
        break
    if dated is None:
        return None
    start, end, days = dated
    recipients, ok = _addressee(text[head.end() : start], offset + head.end())
    whose = None
    tail = re.match(r"\s*(?:гг?\.)?\s*,?\s*", text[end:])
    if not ok and writer is None:
        # "В письме Ф. Кастро от … Хрущёв объяснял …", "В письме Матьяшу Ракоши от … М. Суслов сообщал …": a writer
        # named as the verb's subject after the day makes the words before it the addressee (an undeclined name)
        after = end + (tail.end() if tail else 0)
        verb = _VERB.search(text, after, after + 160)
        subject = _writer(text[after : verb.start()], offset + after) if verb is not None else None
        if subject is not None:
            between = text[head.end() : start]
            to = _party(between.strip(" ,"), offset + head.end() + len(between) - len(between.lstrip(" ,")))
            if to is not None and (to.is_organization or to.text != between.strip(" ,")):
                to = None
            recipients, ok = ([to] if to is not None else []), True
    if not ok:
        whose = None if writer is not None else _whose(text, head, end, offset)
        if whose is None:
            return None
    end += tail.end() if tail else 0
    if whose is not None:  # "В телеграмме И.В. Шикина от 26 июля 1961 г. сообщалось …": the head in the prepositional
        call_at = _cited(text, end)
        if call_at is None:
            return None
        return [Communication(kind, day, whose, Span(offset + head.start(), offset + end)) for day in days], call_at
    if writer is None:
        verb = _VERB.search(text, end, end + 160)
        if verb is None:
            return None
        writer = _writer(text[end : verb.start()], offset + end)
        if writer is None:
            return None
        end = verb.end()
    else:
        verb = _VERB.match(text, end - 1 if text[end - 1 : end].isspace() else end)
        if verb is None:
            return None
        end = verb.end()
    call_at = _cited(text, end)
    if call_at is None:
        return None
    parts = (Participant(writer, "sender"), *(Participant(r, "recipient") for r in recipients))
    span = Span(offset + head.start() if before == "" else offset, offset + end)
    return [Communication(kind, day, parts, span) for day in days], call_at
