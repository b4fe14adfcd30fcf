"""Where a Russian message head's writer ends and its addressee begins when no preposition
parts them: the writer in the genitive, the addressee in the dative ("Письмо Ким Ир Сена Н.С.
Хрущеву")."""

from __future__ import annotations

import re

from kg1956.extract.bodies import starts_with_body
from kg1956.extract.names import parse_participant
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.places import is_place_any_case
from kg1956.extract.ru_sides import indeclinable_surname, name_and_patronymic, opens_on_own_name

# (and in Library of Congress transliteration: "Kim Ir Sena N.S. Khrushchevu", "Iu.V. Andropova")
_GENITIVE = ("а", "я", "ого", "его", "ых", "a", "ia", "ogo", "ego", "ykh")
_DATIVE = ("у", "ю", "ому", "ему", "ым", "u", "iu", "omu", "emu", "ym")
# ("Дж. Кеннеди", "Dzh. Kennedi": the two letters Russian writes for an English J)
_RU_INITIAL = re.compile(r"^(?:(?:Дж|[А-ЯЁ]|Dzh|[A-Z][a-z]?)\.\s?){1,2}")


def _surname_next(text: str) -> bool:
    """Whether `text` opens on a surname in the writer's genitive or one Russian leaves undeclined
    ("Громыко …", "Хрущева …"), not on initials or an addressee's dative."""
    first = text.split()[0] if text.split() else ""
    return _RU_INITIAL.match(first) is None and (indeclinable_surname(first) or first.lower().endswith(_GENITIVE))


# the words of a body's name in an office written with capitals ("Председателя Совета Министров СССР",
# "Председателя Президиума Великого Народного Хурала"), in any case: never a person's name alone
_OFFICE_PART = re.compile(
    r"(?:[Сс]овет|[Пп]резидиум|[Мм]инистр|[Кк]омитет|[Хх]урал|[Сс]обрани|[Сс]ейм|[Сс]купщин|[Пп]равительств"
    r"|[Нн]ародн|[Вв]ерховн|[Вв]елик|[Гг]осударствен|[Цц]ентральн|[Ии]сполнительн|[Нн]ациональн|[Рр]еспублик"
    r"|[Пп]арти|[Сс]екретар|[Пп]редседател)[а-яё]*"
)
# a body's own noun in the dative: the body a message was written to
# (maybe after its adjectives: "Центральному комитету КПСС", "Советскому правительству")
DATIVE_BODY = re.compile(
    r"(?:[А-ЯЁа-яё]+(?:ому|ему)\s+)*(?:посольству|министерству|правительству|комитету|президиуму|секретариату|совету)\s",
    re.I,
)


_RU_INITIAL_IN = re.compile(r"(?:^|\s)[А-ЯЁ]\.\s?[А-ЯЁ]")
# A name written in full, the given name declined with the surname: the writer's genitive ends the
# left side ("Энвера Ходжи", "Сталина", "Georgiu-Dezha"), the addressee's dative given name opens
# the right ("Энверу Ходже", "Владиславу Гомулке", "Иосипу Броз Тито", "Enveru Khodzhe")
_FULL_GENITIVE = re.compile(r"(?:[А-ЯЁ][а-яё-]*(?:[аяиы]|ого|его)|[A-Z][a-z'-]*(?:a|ia|y|i|ogo|ego))$")
_FULL_DATIVE = re.compile(
    r"(?:[А-ЯЁ][а-яё]*[бвгджзклмнпрстфхцчшщ][ую]\s+[А-ЯЁ]|[A-Z][a-z]*[bvgdzklmnprstfkh](?:u|iu)\s+[A-Z]"
    r"|[А-ЯЁ][а-яё]+е\s+[А-ЯЁ][а-яё-]*(?:[ую]|ому|ему)(?:\W|$)|[A-Z][a-z]+e\s+[A-Z][a-z'-]*(?:u|iu|omu|emu)(?:\W|$))"
)


def _case_turns(left: str, right: str) -> bool:
    """Whether the genitive of a name ends `left` and a given name in the dative opens `right`
    with a surname after it (a consonant stem: "Сталина | Энверу Ходже"; a stem in -а before a
    surname in the dative: "Ходжи | Никите Хрущёву"): the writer's full name ends where the
    addressee's begins."""
    return bool(_FULL_GENITIVE.search(left) and _FULL_DATIVE.match(right))


def split_by_case(body: str) -> tuple[str, int, str, int] | None:
    """ "Ким Ир Сена Н.С. Хрущеву", "посла СССР в КНДР А.М. Пузанова А.А. Громыко",
    "Н.Т. Федоренко послу СССР в КНДР В.И. Иванову": the sender in the genitive, then
    the addressee in the dative (maybe after a role), with no preposition between them."""
    tokens = list(re.finditer(r"\S+", body))
    best, best_score = None, 0
    for i in range(1, len(tokens)):
        if tokens[i].group()[0] in "([" or tokens[i].group() in ("и", "i"):
            continue  # "Филиппова [Сталина] Т.Ф. Штыкову": a bracket stays with the name before it
        left, right = body[: tokens[i].start()].strip(), body[tokens[i].start() :].strip(" ,")
        sender, recipient = parse_participant(left, 0), parse_participant(right, 0)
        if re.search(r"\s(?:и|i)\s", left):  # "Ким Ир Сена и Пак Хон Ёна И.В. Сталину": two who wrote
            senders = parse_participants(left, 0)
            sender = senders[-1] if senders and len(senders) > 1 else sender
        bare_left = re.sub(r"\s*[(\[][^()\[\]]*[)\]]$", "", left)  # "Филиппова [Сталина]"
        if sender is None or recipient is None or not bare_left.endswith(sender.text):
            continue
        if re.search(r"(?:ому|ему)$", left) and DATIVE_BODY.match(right):
            continue  # "ЦК КПСС Центральному | комитету СКЮ": an adjective of the body written to, no writer's end
        words = sender.text.split()
        office_goes_on = len(words) > 1 or _OFFICE_PART.fullmatch(right.split()[0])
        if all(_OFFICE_PART.fullmatch(w) for w in words) and office_goes_on:
            # "Председателя Совета | Министров СССР …", "Председателя | Совета Министров": a word of a
            # capitalised office, no name (one word alone may be a surname: "Советова Н.С. Хрущеву")
            continue
        if is_place_any_case(sender.text) or (sender.role and _RU_INITIAL_IN.search(sender.role)):
            # "К.Е. Ворошилова Президенту Египта | Г.А. Насеру": a state is no writer, and a man named
            # with his initials is no part of another's office
            continue
        if (
            not recipient.is_organization
            and not (recipient.role and recipient.role.split()[0].lower().endswith(_DATIVE))
            and re.search(r"(?:[а-яё][ая]|ого|его)$", recipient.text)
            and not indeclinable_surname(recipient.text)
        ):
            continue  # "командующего войсками … фронта | К.А. Мерецкова": a name in the genitive wrote, got nothing
        if opens_on_own_name(right):
            continue  # "Андрея | Андреевича Громыко", "Громыко | Андрея Андреевича Ким Ир Сену": the writer's name
        if name_and_patronymic(sender.text) and _surname_next(right):
            continue  # "Андрея Андреевича | Громыко Ким Ир Сену": his surname follows
        role_first = bool(recipient.role and recipient.role[:1].islower())  # "послу СССР …", not "Си [Сталина]"
        score = 2 if _RU_INITIAL.match(right) or (role_first and _RU_INITIAL.match(recipient.text)) else 0
        score += sender.text.lower().endswith(_GENITIVE) + recipient.text.lower().endswith(_DATIVE)
        # "телеграмма Громыко Червоненко": a surname Russian does not decline may be either end; not
        # before a bare name and patronymic, the rest of his own name ("Письмо Громыко Андрею Андреевичу")
        own_name = " " not in left and name_and_patronymic(recipient.text)
        score += (indeclinable_surname(sender.text) and not own_name) + indeclinable_surname(recipient.text)
        if not sender.text.lower().endswith(_GENITIVE) and sender.alias:
            # "Фын Си (И.В. Сталина) Мао Цзэдуну": a pseudonym that does not decline, the real name
            # in brackets in the genitive
            score += sender.alias.lower().endswith(_GENITIVE)
        score += bool(recipient.role and recipient.role.split()[0].lower().endswith(_DATIVE))
        score += 2 * _case_turns(bare_left, right)
        if sender.is_organization and recipient.is_organization and starts_with_body(right):
            score += 2  # "Письмо ЦК КПСС ЦК МНРП": one body's name, then the next body's
        if recipient.is_organization and DATIVE_BODY.match(right):
            score += 2  # "Письмо А.А. Громыко посольству СССР в КНДР": a body in the dative, written to
        if score > best_score:
            best, best_score = (left, 0, right, tokens[i].start()), score
    return best if best_score >= 2 else None
