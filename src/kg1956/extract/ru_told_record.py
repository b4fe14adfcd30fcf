"""What a Russian sentence that opens with a talk ("Беседа X с Y <date>", "Разговор X с Y …",
"Встреча X с Y …", "Переговоры X с Y …") says of it before the bracket that cites its record:

    "… 14 апреля 1955 г. состоялась по инициативе посла (АВП РФ. …)"         the talk took place
    "… 19 июня 1956 г. изложена в письме посла министру (АВП РФ. …)"          its record is a message
    "… 1 августа 1968 г. известен лишь по чешской записи (NA, f. …)"          it is known from a record
    "… 3 мая 1957 г. записана советником посольства (там же. Л. 5)"           someone wrote it down
    "… 5 июня 1960 г. (китайская запись: Zhou — Tsedenbal talks // PRC FMA …)" the bracket is the record
    "Беседа X с Y (запись от 2 декабря 1968 г., составлена послом) // …"      the record's date, in brackets

The talk's parties are read as the head names them; the date is the head's own, or, when the head
has none, the date of the record in the bracket right after the parties ("(запись от …)"). The
bracket that closes the sentence must cite an archive (any the locator reader knows, Russian or
foreign) or "Там же". A sentence that says the talk was planned, put off or did not happen is
read elsewhere (records_ru's _PLANNED) or not at all.
"""

from __future__ import annotations

import re

from kg1956.extract.dates import DateMatch, find_dates
from kg1956.extract.locators import find_repository
from kg1956.extract.parties import DateCut
from kg1956.models import Span

# the talk took place: "состоялась", "проходила", "прошла", "велась", "длилась", "продолжалась"
# (or what it was about: "была посвящена …", "касалась …": a talk told with its subject, the record cited after)
TOOK_PLACE = re.compile(
    r"(?:состоял[аиось]*|проходил[аио]?|прош[её]?л[аио]?|вел[аи]сь|длил[аи]сь|продолжал[аи]сь"
    r"|(?:был[аио]?\s+)?(?:(?:целиком|главным\s+образом|почти\s+целиком|в\s+основном)\s+)?посвящен[аоы]?"
    r"|касал[аи]сь)\s"
)
# a word of another record in a sentence that says a talk took place: not read without a call number
OTHER_RECORD = re.compile(r"запис|письм|послан|телеграм|шифр|дневник|отч[её]т|доклад|донесени|справк|стенограм", re.I)
# where a talk was held, between its day and the bracket that cites its record
HELD_BEFORE_BRACKET = re.compile(
    r"^,?\s*(?:в|во|на)\s+(?:[а-яё]+\s+(?:в|во)\s+)?[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?\s*(?=\(|$)"
)
# the talk took place, said before its day: "состоялась", "проходили", "прошла", "имела место"
# (where it was held may stand between the verb and the day: "состоялась в Москве 28 сентября",
# "проходила на даче в Пицунде 2 октября", "состоялась во Дворце правительства 5 мая")
TOOK_PLACE_BEFORE_DAY = re.compile(
    r"\s+(?:состоял[аои]?с[ья]|проходил[аио]?|прош[её]?л[аио]?|вел[аи]сь|имел[аио]?\s+место)"
    # (a place: a capitalised name, maybe with one word of it after, or a noun and a name after "в"/"на";
    # never "в ответ на письмо от": another paper's day; test_review19_ru H8)
    r"(?:\s+(?:в|во|на)\s+(?:[А-ЯЁ][а-яё-]+(?:\s+(?!(?:от|после|до|ко?|со?|по|при|о|об)\s*$)[А-ЯЁа-яё][а-яё-]+)?"
    r"|[а-яё]+\s+(?:в|во|на)\s+[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?))?\s*$"
)
# what became of its record: written down, set out in another paper, kept, known from a record, told again
# ("была изложена", "известен лишь по", "сохранилась только в", "дошла до нас в", "пересказана в")
RECORD_TOLD = re.compile(
    r"(?:(?:был[аои]?|были)\s+)?(?:(?:лишь|только|также|подробно|кратко)\s+)?"
    r"(?:изложен|описан|отраж[её]н|зафиксирован|записан|запротоколирован|застенографирован|пересказан|передан"
    r"|известн|известен|сохранил|дош[её]?л|документирован)[а-яё]*\s",
    re.IGNORECASE,
)
# a bracket that closes the sentence: "(АВП РФ. …)", "(NA, f. …)", "(там же. Л. 5)", "(китайская запись: … // Архив …)"
_LAST_BRACKET = re.compile(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)\.?\s*$")
_IBID = re.compile(r"^\s*(?:см\.:?\s*)?там\s+ж[еe]\b", re.IGNORECASE)
_IBID_PAGE = re.compile(r"^\s*(?:см\.:?\s*)?там\s+ж[еe][.,]?\s*(?:[СC]|[Pp]p?)\.\s*\d", re.IGNORECASE)
# what a bracket may say of the record before its call number: "запись беседы:", "китайская запись:",
# "чешская запись —", "запись:"
_RECORD_LEAD = re.compile(
    r"^\s*(?:[а-яё]+(?:ская|цкая)\s+)?(?:запись|стенограмма|протокол|копия|перевод)(?:\s+(?:беседы|разговора|переговоров|встречи))?"
    r"(?:\s+[а-яё]+(?:ской|цкой)\s+стороны)?\s*[:—–-]\s*",
    re.IGNORECASE,
)
# "(запись от 2 декабря 1968 г.", "(стенограмма от …": the record's date, in a bracket after the parties
_DATED_RECORD = re.compile(
    r"\s*\(\s*(?:запись|стенограмма|протокол)(?:\s+(?:беседы|разговора))?\s+(?:от\s+)?(?=\d)", re.IGNORECASE
)


# "… изложена в записи, разосланной членам Президиума: РГАНИ. Ф. 3 …", "…; см.: АВП РФ …": the call
# number after a colon closes the sentence instead of a bracket
_COLON_CITED = re.compile(r"(?:[.;,]?\s+[Сс]м\.:?|\s*[:;])\s+(?=\S)")


def _cited_after_colon(tail: str) -> re.Match[str] | None:
    """The colon (or "см.:") after which the rest of `tail` is an archive's call number."""
    for m in _COLON_CITED.finditer(tail):
        rest = tail[m.end() :]
        repo = find_repository(rest)
        if (repo is not None and repo.start() == 0) or _IBID.match(rest) and not _IBID_PAGE.match(rest):
            return m
    return None


def cited_at_end(tail: str, colon: bool = False) -> re.Match[str] | None:
    """The bracket that closes `tail` when it cites a record: an archive's call number (after the
    words that say whose record it is) or "Там же"; with `colon`, also the call number that a
    colon or "см.:" puts after the sentence; None otherwise."""
    m = _LAST_BRACKET.search(tail)
    if m is None:
        return _cited_after_colon(tail) if colon else None
    inside = _RECORD_LEAD.sub("", m.group(1), count=1)
    if _IBID.match(inside):
        # "(Там же. С. 130)": a page of the book cited before, no record's call number
        return None if _IBID_PAGE.match(inside) else m
    repo = find_repository(inside)
    if repo is not None and repo.start() == 0:
        return m
    if "//" in inside:  # "Zhou Enlai — Tsedenbal talks // Архив МИД КНР. 106-…": a record's title, then its archive
        after = inside.split("//", 1)[1]
        repo = find_repository(after)
        if repo is not None and repo.start() <= 2:
            return m
    return None


def dated_record_cut(rest: str) -> DateCut | None:
    """The parties of a talk whose date only its record gives, in the bracket right after them
    ("С.В. Червоненко со Смрковским (запись от 2 декабря 1968 г., составлена послом)"): the
    parties, the record's date and where the bracket ends; None when no such bracket comes
    first or a date stands before it."""
    m = _DATED_RECORD.search(rest)
    if m is None or "(" in rest[: m.start()] or find_dates(rest[: m.start()]):
        return None
    close = rest.find(")", m.end())
    if close < 0:
        return None
    found = find_dates(rest[m.end() : close])
    if not found or found[0].span.start != 0 or found[0].value is None or found[0].value.precision != "day":
        return None
    if len(found) > 1:
        return None  # "(запись от 2 декабря 1968 г., беседа 28 ноября 1968 г.)": the talk's own day differs
    at = m.end() + found[0].span.start
    date = DateMatch(found[0].value, Span(at, m.end() + found[0].span.end))
    return DateCut(rest[: m.start()], date, (), close + 1)
