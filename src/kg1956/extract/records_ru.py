"""Russian record heads: "Запись беседы X с Y", "Письмо X Y", "Телеграмма X в Y" (names
in the genitive, dative or instrumental as Russian declines them)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.bodies import is_generic_body, is_organization, starts_with_body
from kg1956.extract.kinds import KINDS
from kg1956.extract.locators import find_repository
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, people_until_date, side, split_top
from kg1956.extract.places import is_place_any_case
from kg1956.extract.roles import is_role_word
from kg1956.extract.ru_alias_bracket import blank_alias_brackets
from kg1956.extract.ru_case_split import DATIVE_BODY, split_by_case
from kg1956.extract.ru_cover_gloss import rewrite_cover_gloss
from kg1956.extract.ru_from_place import writer_after_place
from kg1956.extract.ru_nonparty import names_no_one
from kg1956.extract.ru_sides import (
    genitive_pair,
    side_with_present,
    split_for,
    split_presence,
    split_session,
    surname_in_dative_patronymic,
    trim_circumstance,
)
from kg1956.extract.ru_subjects import TALK_SUBJECT, blank_emptied_brackets, cut_subject, topic_before_call
from kg1956.extract.ru_told_record import (
    HELD_BEFORE_BRACKET,
    OTHER_RECORD,
    RECORD_TOLD,
    TOOK_PLACE_BEFORE_DAY,
    cited_at_end,
    dated_record_cut,
)
from kg1956.extract.ru_told_record import TOOK_PLACE as _TOOK_PLACE
from kg1956.extract.ru_unnamed_to import unnamed_addressee
from kg1956.models import Communication, NameMention, Participant, Span


def _breakable(*words: str) -> str:
    """The words, each also broken by a printed line's hyphen between any two letters ("бе- седы")."""
    return "|".join(r"(?:-\s+)?".join(word) for word in words)


_RU_CONV_HEAD = re.compile(
    # OCR reads "и" as "н" ("Запнсь беседы") and "З" as the digit "3" ("3апись беседы")
    # and splits a word at a line break ("Зап ись")
    # "Из записи беседы X с Y": an excerpt from the record
    # and a Latin "e" for the Cyrillic one ("3апись бeседы")
    # "Запись (телефонного) разговора X с Y": a talk, face to face or by telephone
    # and a printed line's hyphen kept inside a word ("Запись бе- седы", "перего- воров")
    r"(?:(?:из\s+)?(?:[з3]ап\s?[ин]с[иь]|протоколы?|стенограмм[аы]?)\s+"
    rf"(?:б[еe]с[еe]д(?:ы|а)?|переговоров|встречи|(?:телефонного\s+)?разговора|{_breakable('беседы', 'переговоров')})"
    r"|(?:информация|сообщение|справка)\s+о\s+(?:беседе|беседах|переговорах|встрече|(?:телефонном\s+)?разговоре)"
    # "О беседе X с Y 30 января 1964 г. см.: …"
    r"|о\s+(?:беседе|беседах|переговорах|встрече|(?:телефонном\s+)?разговоре)"
    # the talk itself: "Беседы А.М. Пузанова с Ким Ир Сеном 9, 14 и 28 августа"; "Из беседы X с Y …" a sentence draws on
    r"|(?:из\s+)?бесед[аы]|из\s+бесед|переговоры"
    # "Разговор X с Y", "Телефонный разговор X с Y", "Встреча X с Y": the talk named by another noun
    r"|(?:телефонный\s+)?разговор(?:\s+по\s+(?:ВЧ|телефону|прямому\s+проводу))?|встреча"
    # Library of Congress transliteration: "Zapis' besedy", "Spravka o besede"; OCR's c for e ("bcsedy")
    r"|(?:iz\s+)?(?:zapis['’ʹ]|zapisi|protokoly?|stenogramm[ay]?)\s+(?:b[ec]s[ec]dy|besed|(?:telefonnogo\s+)?razgovora|peregovorov|vstrechi"
    rf"|{_breakable('besedy', 'peregovorov')})"
    r"|(?:informatsiia|soobshchenie|spravka)\s+o\s+(?:besede|besedakh|razgovore|peregovorakh|vstreche))\s+(?=\S)",
    re.IGNORECASE,
)
_RU_WITH = re.compile(r"(?:^|\s+)(?:со?|(?-i:so?))\s+")
# Bulgarian: "Запис от разговора между другарите Тодор Живков и Хо Ши Мин, 22.VIII.1957 г."
# (the noun with its article or without: "Запис на разговор между …"; an English gloss may stand before
# "между": "Запис на разговор [Record of conversation] между …")
_BG_CONV_HEAD = re.compile(
    r"(?:запис|протокол|стенограма)\s+(?:от|на)\s+(?:разговор(?:а|ите|и)?|беседата|беседа|срещата|срещите|среща)\s+"
    r"(?:\[[^\[\]]{3,80}\]\s+)?между\s+(?:другарите\s+|др\.\s*)?(?=\S)"
    # transliterated: "Zapis ot razgovora mezhdu Todor Zhivkov i Kim Ir Sen"
    r"|(?:zapis|protokol|stenograma)\s+(?:ot|na)\s+(?:razgovor(?:a|ite|i)?|besedata|beseda|sreshtata|sreshtite|sreshta)\s+"
    r"(?:\[[^\[\]]{3,80}\]\s+)?mezhdu\s+(?:drugarite\s+|dr\.\s*)?(?=\S)",
    re.IGNORECASE,
)
# a side that is a body: a delegation, a central committee, a government (Bulgarian and transliterated)
_BG_BODY_SIDE = re.compile(
    r"^(?:делегаци|правителств|ЦК\b|политбюро|парти[яи]|delegatsi|pravitelstv|TsK\b)", re.IGNORECASE
)
_BG_AND = re.compile(r"\s+(?:и|i)\s+(?:другаря\s+|drugaria\s+|др\.\s*|dr\.\s*)?")


def _read_bulgarian_conversation(text: str, offset: int) -> RuleResult | None:
    """ "Запис от разговора между другарите X и Y, date": the two, named in the nominative; one
    may be named by office only ("между новия посланик на НРБ в Пекин и Чжоу Енлай"): unnamed."""
    m = _BG_CONV_HEAD.match(text)
    if not m:
        return None
    cut = people_until_date(text[m.end() :], offset)
    split = split_top(cut.body, _BG_AND)
    if split is None or cut.date is None:
        return None
    at = offset + m.end()
    first, second = side(split[0], at), side_with_present(split[2], at + split[3])  # "при участието на Z"
    if first is None or second is None or not (first[0] or second[0]):
        return None
    if not (first[0] and second[0]) and (any(x.is_organization for x in (*first[0], *second[0]))):
        return None  # one side by office alone ("между временно управляващия посолството и Дзи Пънфей"): a person
    if any(not named and any(_BG_BODY_SIDE.match(u.strip()) for u in unnamed) for named, unnamed in (first, second)):
        return None  # "между Т. Живков и делегацията на ЦК на ККП": a body, not a person (test_review19_ru H9)
    parts = tuple(Participant(x, "interlocutor") for x in (*first[0], *second[0]))
    end = m.end() + cut.end
    comm = Communication("conversation", cut.date.value, parts, Span(offset, offset + end), (*first[1], *second[1]))
    return RuleResult(comm, end, cut.more)


# hearsay or a guess before "состоялась": "по слухам", "якобы", "вероятно", "должна была"
_HEARSAY = re.compile(
    r"(?<![а-яё])(?:по\s+слухам|якобы|будто|вероятно|видимо|по-видимому|возможно|предположительно|кажется"
    r"|должн[аоы]?\s+был[аио]?|мог(?:ла|ло|ли)?|могла\s+бы"
    # "которая, как утверждал Ходжа, проходила …": another's claim (test_review19_ru H8)
    r"|утвержда[а-яё]*|по\s+утверждению|как\s+писал[аи]?|как\s+вспоминал[аи]?)(?![а-яё])",
    re.IGNORECASE,
)


_HEAD_STOP = re.compile(r"(?<=[а-яё]{2})\.\s*$")
_BARE_OFFICE_END = re.compile(r"(?<=[А-ЯЁа-яё]{2}),?\s+и\s+(?P<office>(?:[а-яё-]+\s+){0,1}[а-яё-]+)\s*$")


def read_russian_conversation(text: str, offset: int) -> RuleResult | None:
    """ "Запись беседы X (role) с Y (role). 3 апреля 1957 г."; "Записи бесед X с Y 3, 8 и 15
    марта 1958 г."; "Запись беседы с Y" (recorder from the diary cited before); names
    may be declined (the resolver reduces them to their base form). Also the Bulgarian
    "Запис от разговора между другарите X и Y"."""
    bulgarian = _read_bulgarian_conversation(text, offset)
    if bulgarian is not None:
        return bulgarian
    m = _RU_CONV_HEAD.match(text)
    if not m:
        return None
    took_place = None
    topic = None
    # "Беседа X со Y (запись от 2 декабря 1968 г., …) // …": the day only the record's bracket gives
    cut = dated_record_cut(text[m.end() :]) or people_until_date(text[m.end() :], offset)
    body, date = blank_alias_brackets(cut.body, keep_real=True), cut.date  # "С.С. Бирюзова (под фамилией Петров)"
    end = m.end() + cut.end
    # "Беседа X с Y состоялась 9 мая 1956 г. в Кремле (…)": the verb that says the talk took place may
    # stand before its day as well as after it; the parties are the words before the verb
    verb_first = TOOK_PLACE_BEFORE_DAY.search(body) if date is not None else None
    if verb_first is not None:
        body = body[: verb_first.start()]
        if re.search(r"(?:^|\s)не$", body):
            return None  # "Беседа X с Y не состоялась 5 мая": no talk
        if _HEARSAY.search(body) or re.search(r",\s*котор", body):
            # "Беседа X с Y, по слухам, состоялась 3 августа": a rumour or a guess, no talk told; ", которая …
            # проходила": the verb of a relative clause, the sentence says something else of the talk
            return None
    if date is not None and _PLANNED.search(body):
        return None  # "Беседа X с Y, намеченная на 31 марта": the day it was planned for, not the day it took place
    split = split_top(body, _RU_WITH)
    paired = split is None  # "переговоров М.А. Суслова и Дэн Сяопина": both took part alike
    if paired:
        split = genitive_pair(body)
    if split is None and len(_SPACED_DASH.findall(body)) == 1:
        # "Записи бесед Мацумото – Малика": the two sides joined by a spaced dash, as by "и" (same length)
        split = genitive_pair(_SPACED_DASH.sub(" и ", body))
    if split is None:
        return None
    left, _, right, right_at = split
    present = split_presence(right)
    if present is not None:  # "… с Y в присутствии Z": Z took part too
        right = present[0]
    # "… и статс-секретарём Б. Крейским. 12 апреля 1955 г.": the stop that closes the head ends no name
    right = _HEAD_STOP.sub("", right)
    # "… с Ю. Раабом и вице-канцлером.", "… с Я. Кадаром и председателем": a list that ends in an office with
    # no name after it; the named people before it are read, the office stands for someone unnamed
    # (test_review19_ru H5)
    second = None
    bare_office = _BARE_OFFICE_END.search(right)
    if bare_office is not None and all(is_role_word(w) for w in bare_office.group("office").split()):
        named = side(trim_circumstance(right[: bare_office.start()]), offset + m.end() + right_at)
        if named is not None and named[0]:
            second = (named[0], [*named[1], bare_office.group("office")])
    second = second or side(trim_circumstance(right), offset + m.end() + right_at)
    if second is None:
        return None
    if present is not None:
        also = side(present[1], offset + m.end() + right_at + present[2])
        if also and not any(p.is_organization for p in also[0]):
            second = (second[0] + also[0], second[1] + also[1])
    parts = [Participant(x, "interlocutor") for x in second[0]]
    unnamed = list(second[1])
    if left.strip():
        first = side(left, offset + m.end())
        if first is None:
            return None
        parts = [Participant(x, "interlocutor" if paired else "recorder") for x in first[0]] + parts
        unnamed += first[1]
    if not parts and not (unnamed and not left.strip()):
        # "Iz dnevnika V.I. Ivanova. Zapis' besedy s poslom VNR v KNDR" (or in Cyrillic): the
        # diary's keeper is the recorder, the other side named by role only (docs/gold-format.md)
        return None
    if re.match(r"о\s", m.group(0), re.IGNORECASE):
        # "О беседе Ле Зуана с Хрущевым 30 января 1964 г. см.: …": the author points to where the talk is told
        # (what the talk was about may stand before "см.": "… 10 февраля 1950 г. по монгольскому вопросу см.: …")
        if date is None or not _SEE_AFTER_TALK.match(text[end:]):
            return None
        parts = [Participant(p.mention, "interlocutor") for p in parts]  # the talk told, not a record's writer
    elif re.match(r"(?:из\s+)?(?:бесед|переговор|разговор|телефонный|встреча)", m.group(0), re.IGNORECASE):
        # "Беседы X с Y 9, 14 и 28 августа 1957 г. — АВП РФ …": a talk named without "Запись" is a
        # citation only when the call number (or nothing) follows; otherwise it is the author's sentence
        # (a head quoted whole closes its quote before the call number: "…, 31 марта 1956 г.,” APRF")
        tail = re.sub(r"^[\s.,;:—–/\"”»-]*(?:гг?\.)?[\s.,;:—–/\"”»-]*(?:см\.:?\s*)?", "", text[end:])
        # "…, ноябрь 1960 г. (без точной даты) // АП РФ": a remark on the date, then the call number
        # (not a short call number: "(АВП РФ. Ф. 0146. Оп. 39. П. 300. Д. 2. Л. 4)")
        remark = re.match(r"^\(([^()]{1,60})\)[\s.,;:—–/]*", tail)
        if remark and find_repository(remark.group(1)) is None:
            tail = tail[remark.end() :]
        # "… 9 мая 1956 г. в Кремле (АВП РФ …)", "… на даче в Пицунде (…)": where the talk was held
        tail = HELD_BEFORE_BRACKET.sub("", tail)
        # "… 4 октября 1952 г. Монгольская запись // …": whose record or what copy, then the call number
        tail = _RECORD_REMARK.sub("", tail)
        topic = topic_before_call(tail)
        if topic is not None:
            tail = tail[topic.end() :]
        recorded = RECORD_TOLD.match(tail) is not None  # "… изложена в письме …", "… известен лишь по записи …"
        opens = re.match(r"из\s", m.group(0), re.IGNORECASE)
        # "… состоялась 9 мая в Кремле (…)", "… проходили без переводчика. Японские записи: GGS …": the
        # sentence says the talk took place; its record is cited in the bracket that closes it or after a colon
        took = verb_first is not None or _TOOK_PLACE.match(tail) is not None
        cited = (
            cited_at_end(tail, colon=recorded or took) if opens or tail.startswith("(") or recorded or took else None
        )
        told = (opens or took or recorded or tail.startswith("(")) and cited
        if told and not recorded and re.search(r"\d", tail[: cited.start()]):
            return None  # "…, намеченная на 31 марта 1956 г., состоялась лишь 3 апреля (АВП РФ …)": another day
        # "Беседы X с Y 16 и 18 октября 1956 г. проходили без переводчиков; … Записи: …": the sentence says the
        # talk took place and no more (no other day, no other record); its record is cited after it
        only_took = took and date is not None and not told and not opens and not re.search(r"[\d()\[\]:]", tail)
        if only_took and (
            TALK_SUBJECT.match(tail)  # "… была посвящена разоружению.": its subject, no record cited
            or OTHER_RECORD.search(tail)
            or any(p.mention.is_organization or names_no_one(p.mention.text) for p in parts)
        ):
            only_took = False
        if only_took:
            end = len(text)
        elif date is None or (tail and not _starts_with_archive(tail) and not _IBID_NEXT.match(tail) and not told):
            # "Из беседы X с Y 12 февраля 1946 г. явствует, что … (АВП РФ. Ф. …)": the talk a sentence
            # draws on, its record cited in the bracket that closes the sentence
            return None
        if told and any(p.mention.is_organization or names_no_one(p.mention.text) for p in parts):
            return None  # "Из беседы Москвы с Пекином …", "Из беседы Тогда с Мао …": the prose names no one
        took_place = told and not opens
    comm = Communication(
        "conversation", date.value if date else None, tuple(parts), Span(offset, offset + end), tuple(unnamed)
    )
    if took_place:  # "… состоялась по инициативе … (АВП РФ …)": the sentence read, its bracket the record's call number
        at = text.rindex("(") if cited.group(0).startswith("(") else len(text) - len(tail) + cited.start()
        return RuleResult(comm, at, cut.more)
    if topic is not None and text.endswith(tail):  # the talk's topic read with its head, up to the call number
        end = max(end, len(text) - len(tail))
        comm = replace(comm, span=Span(offset, offset + end))
    return RuleResult(comm, end, cut.more)


# a year in brackets with the head going on in lower case after it: "Октябрьского (1964 г.) пленума"
_YEAR_INSIDE = re.compile(r"\(\s*(?:19|20)\d\d\s*гг?\.?\s*\)(?=\s+[а-яё])")
_SPACED_DASH = re.compile(r" [–—] ")
# "… 30 января 1964 г. см.:", "… 10 февраля 1950 г. по монгольскому вопросу см.:": where the talk is told
_SEE_AFTER_TALK = re.compile(r"[\s.,]*(?:гг?\.)?(?:\s+(?:по|о|об)\s+[^.;:()\d]{1,80}?)?[\s.,]*см\.")
# a day a talk was planned, put off or moved to: not the day it took place
_PLANNED = re.compile(
    r"(?:намечен|запланирован|планировал|назначен|перенесен|перенесён|отложен|предполага|ожида)[а-яё]*"
    r"(?:\s+[а-яё]+)?\s+(?:на|до)\s*$",
    re.IGNORECASE,
)
_IBID_NEXT = re.compile(r"там\s+ж[еe]\b", re.IGNORECASE)  # "… 23 февраля 1968 г. см.: Там же. Оп. 23 …"


# what a talk's record is, said after its date: whose record it is ("Монгольская запись", "Запись
# китайской стороны"), a copy or a translation; and an archive named in words ("Центральный архив МНРП")
_RECORD_REMARK = re.compile(
    r"^(?:[А-ЯЁ][а-яё]+(?:ская|цкая)\s+(?:запись|копия|версия|стенограмма)|[Зз]апись\s+[а-яё]+(?:ской|цкой)\s+стороны"
    r"|(?:[А-ЯЁ][а-яё]+(?:ая|ый)\s+)?[Кк]опия|[Пп]еревод\s+с\s+[а-яё]+(?:ского|цкого)(?:\s+языка)?)[\s.,;:—–/]*"
)
# … only before its call number ("Архив МИД КНР. 106-00012-03", "… архив МНРП. Ф. 1"): "Архив ЦК КПК ее
# записи до сих пор не открыл" is the author's sentence about a record, no citation
_ARCHIVE_IN_WORDS = re.compile(
    r"(?:[А-ЯЁ][а-яё]+\s+){0,2}[Аа]рхив(?:\s+[А-ЯЁ][А-ЯЁа-яё]*){0,4}[.,]\s*(?:Ф\.|Оп\.|Д\.|Ед\.\s*хр\.|№|\d)"
)


def _starts_with_archive(text: str) -> bool:
    repo = find_repository(text)
    return (repo is not None and repo.start() == 0) or _ARCHIVE_IN_WORDS.match(text) is not None


_RU_MESSAGE = re.compile(
    # the kind's adjectives: "ответное", "личное", "Совместная", "Срочная", "Политический", "Информационное",
    # "Служебная", "Закрытое", "Годовой" (any one or two; "Докладная" and "Памятная" записка are memos too)
    # (a listed adjective only: "Отчетный доклад ЦК КПСС XX съезду", "Открытое письмо ЦК КПСС партийным
    # организациям", "Секретный доклад", "Советский меморандум правительству США" are no messages between people)
    r"^(?:ответное\s+|личное\s+|секретное\s+|политическое\s+|politicheskoe\s+|памятная\s+"
    r"|(?:(?i:ответн|личн|секретн(?=ое|ая)|политическ|информационн|служебн|закрыт|годов|совместн|срочн"
    r"|перв|последн|нов|очередн|доверительн)[а-яё]{2,3}\s+){1,2}(?=[а-яё]))?(?P<kind>докладная\s+записка|записка|письма|письмо|послание|телеграммы|телеграмма|шифр(?:о)?телеграмма|докладную\s+записку|записку|телеграмму|шифр(?:о)?телеграмму|справку|отч[её]т|донесение|доклад|шифровк[ау]|сообщение|рапорт|меморандум|"
    r"информация|справка|ответ(?!\s+на\b)"
    r"|dokladnaia\s+zapiska|zapiska|pis['’ʹ]m[oa]|telegramm[ay]|shifr(?:o)?telegramma|otchet|donesenie|doklad|informatsiia)(?:\s*№\s*[\w/-]+)?\s+(?P<rest>.+)$",
    re.IGNORECASE | re.S,
)
# "Справка к беседе X с Y", "для беседы", "по беседе", "для подготовки визита": the talk, visit or
# session a paper was written for is its subject; the people of that talk wrote and got nothing
_OCCASION = re.compile(
    r"(?:^|\s+)(?:к|ко|для|по)\s+(?:бесед|переговор|встреч|визит|поездк|пребывани|приезд|при[её]м|совещани|заседани"
    r"|выступлени|доклад|подготовк|вопрос|итог|повод)[а-яё]*(?:\s.*)?$"
    r"|(?:^|\s+)(?:k|dlia|po)\s+(?:besed|peregovor|vstrech|vizit|poezdk|prebyvani|priezd|priem|soveshchani"
    r"|zasedani|vystuplen|doklad|podgotovk|vopros|itog|povod)[a-z]*(?:\s.*)?$",
    re.S,
)
# a role is an office; one that ends in a preposition ("к беседе Н.С. Хрущева с") is the head's words
_ROLE_ENDS_IN_PREPOSITION = re.compile(r"(?:^|\s)(?:с|со|к|ко|для|по|о|об|на|в|во|от|из|и)$")
# "было передано", "вручено": a predicate (a form of "быть" or a neuter short participle) is no office
_ROLE_IS_A_PREDICATE = re.compile(r"(?:был[аио]?|будет|[а-яё]+(?:ано|ено|ято))(?:\s|$)")
_RU_TO = re.compile(r"\s+(?P<prep>в|на\s+имя|к|до|(?-i:v)|na\s+imia)\s+")  # Bulgarian "до МВнР": to the ministry


def _split_to(body: str) -> tuple[str, int, str, int] | None:
    """ "… в ЦК КПСС", "… на имя Н.С. Хрущева": an addressee after a preposition; "в" only
    before a body ("посла СССР в КНДР" is a role, not an address)."""
    for m in _RU_TO.finditer(body):
        right = body[m.end() :]
        if m.group("prep") in ("в", "v") and not (is_organization(right) and starts_with_body(right)):
            continue  # "посольства СССР в КНДР в МИД СССР": the first "в" names a country
        if m.group("prep") == "до" and not (is_organization(right) or is_generic_body(right.strip(" ,"))):
            continue  # Bulgarian "до" before a body only (Russian "до" is "until")
        if parse_participant(body[: m.start()], 0) is None:
            continue
        return body[: m.start()], 0, right, m.end()
    return None


# "Вьетнамских товарищей", "Советского руководства": people described by their nation, not named
_DESCRIBED_PEOPLE = re.compile(
    r"^[А-ЯЁ][а-яё]+(?:ских|ского|ские|ский|ская|ской|цких|цкого|ных|ного)$|(?:товарищ|руководител|руководств)[а-яё]*$"
)


def _no_places(people: list[NameMention]) -> list[NameMention]:
    """The people and bodies of a message's side without its places: a person any of whose words
    is a capital, a city or a state in any case ("Пекина Москве", "Ханоя") or who is a nation's
    adjective ("Вьетнамских") is no one; a body keeps its name without the place after it ("МИД
    СССР Тиране": the ministry; Tirana is no part of it)."""
    out = []
    for x in people:
        words = x.text.split()
        if x.is_organization:
            while len(words) > 1 and not words[-1].isupper() and is_place_any_case(words[-1], states=False):
                words.pop()
            if len(words) < len(x.text.split()):
                name = " ".join(words)
                x = replace(x, text=name, span=Span(x.span.start, x.span.start + len(name)))
            out.append(x)
        elif not any(is_place_any_case(w) for w in words) and not _DESCRIBED_PEOPLE.search(x.text):
            out.append(x)
    return out


# a legislature, a body or an office read as a person's name ("Конгрессу", "Президента", "Верховного
# Совета СССР парламентам всех стран"): the message is a public address, between no people named
_BODY_OR_OFFICE = re.compile(
    r"(?:^|\s)(?:(?:конгресс|сенат|съезд|президент|премьер|канцлер|министр|совет|парламент|народ)(?:а|у|ом|е|ы|ам|ами|ах)?"
    r"|правительств[оауе]|правительством|собрани[еяюи]|собранием|сесси[яиюей]|палат[аеыуой]|палатам"
    r"|председател[ьяюе]|председателем)(?:\s|$)",
    re.IGNORECASE,
)


# a news agency, a paper or a radio station before the name: the source of a news item, no party
_PRESS_ROLE = re.compile(
    r"^(?:информационного\s+)?(?:агентств|газет|журнал|радио|радиостанци|телеграфн)[а-яё]*(?:\s|$)", re.IGNORECASE
)


# "Отчет посольства … за 1960 г. Подписан послом А.М. Пузановым, 15.I.1961": who signed the paper
# … or the participle after a comma: "Ответ ЦК СКЮ ЦК КПСС, подписанный И. Броз Тито, датирован 11 августа"
_SIGNED = re.compile(r"[.,]?\s+(?:[Пп]одписан[аоы]?|[Пп]одпись)\s+(?=\S)|,\s+подписанн(?:ый|ое|ая)\s+(?=[А-ЯЁ])")
_DATED = re.compile(r",?\s+датирован[аоы]?\s*$")


def _signed_by(body: str, at: int) -> tuple[list[NameMention], str]:
    """The person a message's head says signed it ("Подписан послом А.М. Пузановым": the
    ambassador, with his office), and the head without that clause."""
    m = _SIGNED.search(body)
    if m is None:
        return [], body
    found = parse_participant(_DATED.sub("", body[m.end() :]).strip(" ,"), at + m.end())
    if found is None or found.is_organization or names_no_one(found.text):
        return [], body[: m.start()]  # "подписанный Позднее", "… Москвой": no one named
    return [found], body[: m.start()]


# a message's number before its date: "№ 3301", "№ 112-с"
_MESSAGE_NUMBER = re.compile(r"\s+№\s*\d[\w/-]*(?=(?:\s+от)?\s*,?\s*$)")
# a party's or a ministry's committee by its initials, which Russian does not decline: the addressee
# after the writer in the genitive ("Письмо Н.С. Хрущева ЦК КПК")
_PARTY_BODY_TAIL = re.compile(r"\s+(?P<body>(?:ЦК|МИД)\s+[А-ЯЁ]{2,6})\s*$")


def _to_party_body(body: str) -> tuple[str, int, str, int] | None:
    """ "Н.С. Хрущева ЦК КПК": the writer, then the body written to."""
    m = _PARTY_BODY_TAIL.search(body)
    words = body[: m.start()].split() if m else []
    if not words or not words[-1][:1].isupper():
        return None  # "Справка Дальневосточного отдела МИД СССР": the department of the ministry, no addressee
    return body[: m.start()], 0, m.group("body"), m.start("body")


_GUILLEMETS = re.compile(r"«(?P<crypt>[^»]*)»(?P<gloss>\s*(?P<open>[\[(])(?P<names>[^\[\]()]*)(?P<close>[\])]))?")
_MESSAGE_NOUN = re.compile(
    r"(?:записк[аиу]|письм[оа]|послани[ея]|телеграмм[аыу]|шифр(?:о)?телеграмм[аыу]|донесени[ея]|доклад|справк[аиу]"
    r"|ответ|информаци[яи]|отч[её]т|№\s*[\w/-]+)",
    re.IGNORECASE,
)
_INITIALLED = r"(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?"
_GLOSS_OF_ONE = re.compile(_INITIALLED)
_GLOSS_OF_TWO = re.compile(rf"{_INITIALLED}\s+и\s+{_INITIALLED}")


def _unquote(t: re.Match, covers: dict[str, str] | None = None) -> str:
    """A title or cryptonym in guillemets, blanked (offsets stay): «О положении …» is no party.
    «Павлова» [П.Ф. Юдина]: one real man of another surname, so the cover word stays, the gloss its
    alias. «Друзей» [К.Е. Ворошилова и Н.А. Булганина], «Ковалева» [И.В. Ковалева]: the gloss, not
    the word, names who wrote (a cover word for two, or the man's own surname)."""
    crypt, names = t.group("crypt"), t.group("names")
    blank = " " * (len(t.group(0)) - len(t.group("gloss") or ""))
    if names is None:
        return blank
    explained = rewrite_cover_gloss(names) if re.fullmatch(r"[А-ЯЁ][а-яё]+", crypt) else None
    if explained is not None:  # «Смирнова» (под этим псевдонимом … И.А. Серов подписывал …): a cover name
        gloss = t.group("gloss")
        at = t.start("names") - t.start("gloss")
        real = explained.split(",")[0].strip()
        if _surname_keys(crypt) & _surname_keys(real.split()[-1]):
            return blank + gloss[:at] + explained + gloss[at + len(names) :]  # his own surname: the name alone
        if covers is not None:
            covers[crypt] = real
        return f" {crypt} " + gloss[:at] + explained + gloss[at + len(names) :]
    before = re.search(r"(\S+)\s*$", t.string[: t.start()])
    # "капитана теплохода «Ленинград» (И.С. Петров)": a ship's or a paper's name, no cover; the man named after it
    titled = before and before.group(1)[:1].islower() and not _MESSAGE_NOUN.fullmatch(before.group(1))
    if not titled and _GLOSS_OF_ONE.fullmatch(names.strip()) and re.fullmatch(r"[А-ЯЁ][а-яё]+", crypt):
        if not _surname_keys(crypt) & _surname_keys(names.split()[-1]):
            return f" {crypt} " + t.group("gloss")  # the bracket stays beside the word, read as its alias
    one_word = re.fullmatch(r"[А-ЯЁ][а-яё]+", crypt)  # a cover word or a ship's name, not a title («О положении …»)
    if one_word and (_GLOSS_OF_ONE.fullmatch(names.strip()) or _GLOSS_OF_TWO.fullmatch(names.strip())):
        gloss = t.group("gloss")
        at = t.start("open") - t.start("gloss")
        return blank + gloss[:at] + " " + names + " "
    return blank + t.group("gloss")


def _covered(x: NameMention, covers: dict[str, str], text: str, offset: int) -> NameMention:
    """A cover word explained in its bracket ("«Серова» (так в шифровках именовался А.И. Микоян)")
    read as its bearer, the word an alias for this note only (`NameMention.cover`): the same word
    written plainly elsewhere ("Записка Серова в ЦК КПСС") is its own man's surname."""
    real = covers.get(x.text)
    if real is None or x.alias != real:
        return x
    at = text.find(real, x.span.end - offset)
    if at < 0:
        return x
    return replace(x, text=real, span=Span(offset + at, offset + at + len(real)), alias=x.text, cover=True)


def _surname_keys(word: str) -> set[str]:
    from kg1956.surname_keys import bare_surname_keys

    return bare_surname_keys(word)


def read_russian_message(text: str, offset: int) -> RuleResult | None:
    """ "Письмо Ким Ир Сена в ЦК КПСС, март 1957 г."; "Записка Б.Н. Пономарева в ЦК КПСС";
    "Телеграмма А.М. Пузанова на имя Н.С. Хрущева" (names in the genitive); "ответное письмо
    В. Гомулки Н.С. Хрущеву" and "ответ Н.С. Хрущева Хо Ши Мину от 17 февраля 1963 г." (a reply)."""
    m = _RU_MESSAGE.match(text)
    if not m:
        return None
    kind = KINDS.get(re.sub(r"\s+", " ", m.group("kind").lower().replace("’", "'").replace("ʹ", "'")), "letter")
    rest_at = m.start("rest")
    bulgarian = re.match(r"на\s+(?!имя\b)(?=[а-яё])", m.group("rest"))
    if bulgarian:  # Bulgarian "Доклад на посланика …": "на" marks the writer
        rest_at += bulgarian.end()
    # «О положении …»: a title, not a party; «Павлова» [П.Ф. Юдина]: a cryptonym glossed with the real name
    # "(«Из Будапешта. Особая»)": a heading; covers: each cover word → its bearer, as the bracket names him
    covers: dict[str, str] = {}
    titled = blank_emptied_brackets(_GUILLEMETS.sub(lambda t: _unquote(t, covers), text))
    titled = blank_alias_brackets(titled)  # "Письмо А.И. Алексеева (настоящая фамилия – Шитов) …"
    # "Шифртелеграмма из Пекина (С.В. Червоненко) от …": the writer in brackets after the place
    titled = titled[:rest_at] + writer_after_place(titled[rest_at:])
    # "об итогах Октябрьского (1964 г.) пленума ЦК КПСС, 16 октября 1964 г.": a year in brackets inside the
    # subject qualifies a word of it, and the head goes on; it is not the paper's date (blanked: offsets stay)
    titled = _YEAR_INSIDE.sub(lambda t: " " * len(t.group(0)), titled)
    cut = people_until_date(titled[rest_at:], offset)
    period = re.search(r"\s+за\s*$", cut.body)
    if period and cut.date is not None:  # "Отчет посольства МНР в Пекине за 1960 г.": the year reported on, no date
        cut = replace(cut, body=cut.body[: period.start()], date=None, more=())
    # "… в ЦК КПСС о положении в КНДР", "… о Бухарестском совещании": the subject
    # ("Справка о пребывании …": the subject alone)
    body = re.sub(r"(?:^|\s+)(?:о|об)\s+[А-ЯЁа-яё].*$", "", cut.body)
    body = re.sub(r"\s+(?:o|ob)\s+[a-z].*$", "", body)  # "… v MID SSSR o besede s …": the same in Latin letters
    body = _OCCASION.sub("", body)  # "Справка к беседе X с Y", "Записка X для беседы Y с Z": what it was for
    body = cut_subject(body)  # "… в Президиум ЦК КПСС с просьбой …", "… относительно …": its purpose
    # "… П.Ф. Юдина из Пекина", "… из Нью-Йорка": a place
    # (the head's stop may close the place: "Шифротелеграмма С.Г. Лапина из Вены. 7 ноября 1956 г.")
    # (after "от" only a place known as one: "Письмо Н.С. Хрущёву от Тито." names the writer; test_review19_ru H6)
    body = re.sub(
        r"\s+(?:из|от)\s+(?P<w>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?P<stop>\.?)\s*$",
        lambda t: (
            t.group(0)
            if t.group("stop") and t.group(0).lstrip().startswith("от") and not is_place_any_case(t.group("w"))
            else ""
        ),
        body,
    )
    # "… М.А. Суслова из Будапешта в ЦК КПСС": a place before the addressee (blanked: offsets stay)
    body = re.sub(r"\s+из\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?=\s+в\s)", lambda t: " " * len(t.group(0)), body)
    signers, body = _signed_by(body, offset + rest_at)  # "… за 1960 г. Подписан послом А.М. Пузановым"
    body = _MESSAGE_NUMBER.sub("", body)  # "Шифртелеграмма посла С.В. Червоненко № 3301 от …": its number
    away = unnamed_addressee(body) if cut.date is not None else None  # "… в Москву", "… в штаб фронта"
    if away is not None:
        body = away[0]
    split = _split_to(body) or split_for(body) or split_session(body) or split_by_case(body) or _to_party_body(body)
    if split is None:
        if cut.date is None:
            return None
        split = (body, 0, "", len(body))  # one-sided: "Телеграмма посла П.Ф. Юдина, 9 ноября 1956 г."
        if DATIVE_BODY.match(body.strip(" ,") + " "):
            return None  # "Меморандум посольству США", "письмо Посольству СССР в КНР": written to, by no one named
        if surname_in_dative_patronymic(body):  # "Письмо Громыко Андрею Андреевичу": to him
            split = ("", 0, body, 0)
    sender = side(split[0], offset + rest_at) if split[0].strip() else ([], [])
    recipient = side(split[2], offset + rest_at + split[3]) if split[2].strip() else ([], [])
    if sender is None or recipient is None or not (sender[0] or recipient[0]):
        return None
    if any(_ROLE_ENDS_IN_PREPOSITION.search(x.role or "") for x in (*sender[0], *recipient[0])):
        return None  # "к беседе Н.С. Хрущева с": head words before a name, no office
    if any(_ROLE_IS_A_PREDICATE.match(x.role or "") for x in (*sender[0], *recipient[0])):
        return None  # "Послание было передано Хрущеву …": the noun is a sentence's subject, no head
    senders, recipients = _no_places(sender[0]), _no_places(recipient[0])
    if covers:  # "«Серова» (так в шифровках именовался А.И. Микоян)": the bearer, the word his cover in this note only
        senders = [_covered(x, covers, text, offset) for x in senders]
        recipients = [_covered(x, covers, text, offset) for x in recipients]
    if away is not None and any(names_no_one(x.text) for x in (*senders, *recipients)):
        return None  # "Телеграмма Резидентуры в Центр": a body capitalised, no one named
    if any(_BODY_OR_OFFICE.search(x.text) for x in (*senders, *recipients) if not x.is_organization):
        return None  # "Послание Президента США Конгрессу", "… Верховного Совета СССР парламентам": no one named
    if any(_PRESS_ROLE.search(x.role or "") for x in (*senders, *recipients)):
        return None  # "Телеграмма агентства Синьхуа", "Сообщение газеты …": a news source, no party
    if m.group("kind").lower() in ("послание", "сообщение") and not (senders and recipients):
        # "Послание Верховного Совета СССР парламентам всех стран": an address, to no one named;
        # "Сообщение Н.С. Хрущева о поездке в Китай": a speech as often as a message, unless it went to someone
        return None
    if not (senders or recipients):
        return None  # "Памятная записка Пекина Москве", "… Ханоя", "… Вьетнамских товарищей": no one named
    senders += [x for x in signers if x not in senders]
    parts = [Participant(x, "sender") for x in senders] + [Participant(x, "recipient") for x in recipients]
    end = rest_at + cut.end
    comm = Communication(
        kind,
        cut.date.value if cut.date else None,
        tuple(parts),
        Span(offset, offset + end),
        tuple(sender[1] + recipient[1]) + ((away[1],) if away else ()),
    )
    return RuleResult(comm, end, cut.more)
