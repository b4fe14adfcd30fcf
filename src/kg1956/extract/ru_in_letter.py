"""A message a Russian sentence names after its verb, "в письме (от) <date>", its writer the subject:

    "Цэдэнбал благодарил Хрущёва за поддержку в письме от 2 ноября 1961 г. // РГАНИ …"
    "Ульбрихт просил о помощи в письме Н.С. Хрущёву от 18 января 1961 г. (РГАНИ …)"
    "Гомулка настаивал на этом в своей телеграмме в ЦК КПСС 3 мая 1957 г.: АВП РФ …"

The writer is a name in the nominative that opens the sentence (what it was about, "О …", may come
first), right before a verb in the past tense. The one written to is named right after the verb
(a person in the accusative or dative: "благодарил Хрущёва", "напомнил Мао Цзэдуну"), only after a verb
addressed to someone (not "упоминал", "цитировал", "хвалил"), or after the noun (a person in the dative,
"на имя" a person, "в" a body); a capital ("Москву") is no party. A verb of receiving or learning
("получил", "узнал") makes the subject the reader: nothing is read. The
noun says the kind (письмо, послание: letter; телеграмма, шифртелеграмма: telegram; записка: memo)
in the prepositional, maybe after "своём", "личном", "ответном"; the day follows it (after "от"),
and the call number closes the sentence. Words between the verb and the noun must hold no date,
no bracket and no other record.
"""

from __future__ import annotations

import re

from kg1956.extract.bodies import is_generic_body
from kg1956.extract.dates import find_dates
from kg1956.extract.names import parse_participant
from kg1956.extract.ru_nonparty import is_russian_function_word, names_no_one, not_a_russian_party
from kg1956.models import Communication, NameMention, Participant, Span

_NAME = r"(?P<who>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})"
_VERB = r"(?P<verb>[а-яё]{3,}(?:ал|ял|ил|ел|ыл|ул)(?:а|и|ся|ась|ись)?)"
_ABOUT = r"(?:(?:о|об)\s+[^;:()\[\]\d]{3,160}?\s+)?"
_HEAD = re.compile(rf"^{_ABOUT}{_NAME}\s+(?:(?:вновь|снова|также|горячо|тепло|прямо)\s+)?{_VERB}\s+")
_NOUN = re.compile(
    r"\s(?:в|во)\s+(?:(?:своем|своём|своей|личном|личной|ответном|ответной|специальном|новом|новой)\s+)?"
    r"(?P<noun>письме|послании|телеграмме|шифртелеграмме|шифротелеграмме|шифровке|докладной\s+записке|записке)\s+"
)
_KINDS = {"письме": "letter", "послании": "letter", "записке": "memo", "докладной записке": "memo"}
_RECORD = re.compile(r"запис|бесед|письм|послан|телеграм|шифр|дневник|отч[её]т|доклад|донесени|справк", re.I)
_PERSON_CASE = re.compile(r"(?:а|я|у|ю|ого|его|ому|ему|е|о|и)$")
# the verbs addressed to the one named right after them ("благодарил Хрущёва", "напомнил Мао Цзэдуну"): only
# after these is that one the letter's reader ("упоминал Хрущёва", "цитировал Ленина", "хвалил Гомулку": no)
_ADDRESSING = re.compile(
    r"(?:по)?благодарил|(?:по)?просил|поздравлял|поздравил|напомнил|напоминал|ответил|отвечал|заверял|заверил"
    r"|предупреждал|предупредил|убеждал|призывал|призвал|приглашал|пригласил|(?:про)?информировал|уведомлял"
    r"|уведомил|извещал|известил|упрекал|упрекнул|уговаривал|сообщал|сообщил|предлагал|предложил|(?:по)?обещал"
    r"|(?:по)?советовал|(?:на)?писал|телеграфировал"
)
# verbs of receiving or learning: the subject read the message, he did not write it ("Хрущёв получил это в
# письме Цэдэнбала", "узнал об этом в телеграмме")
_RECEIVING = re.compile(r"(?:по|у|про|за)?(?:получ|узна|узнава|чит|ч[её]л|видел|слыш|наш[её]л|находил|обнаруж|нашл)")
# the one written to, after the noun: in the dative ("Н.С. Хрущёву"), not the writer in the genitive
_DATIVE = re.compile(r"(?:у|ю|ому|ему|е)$")


def _named(text: str, at: int) -> NameMention | None:
    found = parse_participant(text, at)
    if found is None or found.text != text or found.is_organization:
        return None
    if not_a_russian_party(text.split()[-1]) or names_no_one(text) or is_russian_function_word(text.split()[0]):
        return None
    return found


def read_in_letter(text: str, offset: int, cited) -> tuple[list[Communication], int] | None:
    """The message the sentence names and where its call number starts (see the module docstring);
    `cited(text, at)` says where the call number starts after the day that ends at `at`."""
    m = _HEAD.match(text)
    if m is None or is_russian_function_word(m.group("who").split()[0]):
        return None
    verb = re.sub(r"(?:ся|сь)$", "", m.group("verb"))
    verb = re.sub(r"(?<=л)[аи]$", "", verb)
    if _RECEIVING.match(verb):
        return None
    noun = _NOUN.search(text, m.end() - 1, m.end() + 200)
    if noun is None:
        return None
    between = text[m.end() : noun.start()]
    if re.search(r"[\d;:()\[\]]", between) or _RECORD.search(between):
        return None
    who = _named(m.group("who"), offset + m.start("who"))
    if who is None:
        return None
    recipients: list[NameMention] = []
    first = re.match(r"(?:(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})", between)
    if first is not None:  # "благодарил Хрущёва за …": the one written to, right after the verb
        person = _named(first.group(0), offset + m.end())
        if person is None or not _PERSON_CASE.search(person.text) or not _ADDRESSING.fullmatch(verb):
            return None
        recipients.append(person)
    found = find_dates(text[noun.end() : noun.end() + 120])
    if not found or found[0].value is None or found[0].value.precision != "day" or found[0].more:
        return None
    to = text[noun.end() : noun.end() + found[0].span.start].strip(" ,")
    to = re.sub(r"\s*\bот$", "", to).strip(" ,")
    if to:
        at = offset + noun.end() + text[noun.end() :].find(to[:3])
        body = re.match(r"(?:в|во)\s+", to)
        named = re.match(r"на\s+имя\s+", to)
        if body is not None:
            org = parse_participant(to[body.end() :], at + body.end())
            if org is None or not org.is_organization or is_generic_body(to[body.end() :]):
                return None
            addressee = org
        else:
            addressee = _named(to[named.end() :] if named else to, at + (named.end() if named else 0))
            if addressee is None or (named is None and not _DATIVE.search(addressee.text)):
                return None
        if recipients:
            return None  # named twice: not one plain message
        recipients.append(addressee)
    end = noun.end() + found[0].span.end
    call_at = cited(text, end)
    if call_at is None:
        return None
    word = re.sub(r"\s+", " ", noun.group("noun"))
    kind = _KINDS.get(word, "telegram")
    parts = (Participant(who, "sender"), *(Participant(r, "recipient") for r in recipients))
    return [Communication(kind, found[0].value, parts, Span(offset + m.start("who"), offset + end))], call_at
