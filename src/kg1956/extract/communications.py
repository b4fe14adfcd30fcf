"""The communication rules, in the order they are tried, and the lead-ins that may stand
before a citation ("For example, see:", "As Kim told the ambassador …:").

Each rule reads one family of conventions and returns a `RuleResult` or None; a rule
never guesses (a phrase that names nobody is not a person). Rules live in their own
modules: `records_en` (English heads), `records_ru` (Russian), `memos` (memos to a body),
`diaries` (diaries, read separately because a diary also sets the recorder of what follows).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from kg1956.extract.authored import read_authored_title
from kg1956.extract.bare_letters import read_bare_letter
from kg1956.extract.cz_submitted import read_czech_submitted
from kg1956.extract.dates import find_dates
from kg1956.extract.de_dated_head import read_german_dated_head
from kg1956.extract.diaries import Diary, entry_dates, read_diary
from kg1956.extract.digital_archive import read_digital_archive
from kg1956.extract.eu_glosses import read_single_quoted_head, with_gloss
from kg1956.extract.eu_report_on_talk import read_report_on_own_talk
from kg1956.extract.glossed_heads import (
    read_english_head_then_bracketed_original,
    read_english_head_then_original_title,
    read_glossed_original_head,
)
from kg1956.extract.glossed_kind import read_glossed_kind
from kg1956.extract.handed import read_handed_paper
from kg1956.extract.hu_records import read_hungarian_record
from kg1956.extract.in_conversation import read_in_conversation
from kg1956.extract.locators import find_repository, parse_locator
from kg1956.extract.memos import read_memo_to_body, read_signers
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult
from kg1956.extract.pl_sent_from import read_polish_sent_from
from kg1956.extract.records_apposed import read_apposed_writer, read_own_message_to, read_report_on_others_talk
from kg1956.extract.records_balkan import read_balkan_record
from kg1956.extract.records_chain import read_dash_chain
from kg1956.extract.records_en import printed_or_broadcast, read_pair_then_kind, read_quoted_record, read_record
from kg1956.extract.records_eu import (
    read_dash_pair,
    read_european_conversation,
    read_european_message,
    read_european_titled_message,
    read_polish_kind_first,
    read_quoted_european,
    read_writer_then_titled,
)
from kg1956.extract.records_ro_bg import read_romanian_bulgarian_record
from kg1956.extract.records_romance import read_romance_message, read_romance_talk
from kg1956.extract.records_ru import read_russian_conversation, read_russian_message
from kg1956.extract.records_vi import read_vietnamese_record
from kg1956.extract.round_glossed import read_quoted_balkan_head, read_round_glossed
from kg1956.extract.ru_both_dated import read_letter_and_answer
from kg1956.extract.ru_dash import read_russian_dash_message
from kg1956.extract.ru_dash_more import read_russian_dash_more
from kg1956.extract.ru_delegations import read_delegations_session
from kg1956.extract.ru_diary_told import read_diary_told
from kg1956.extract.ru_excerpt import read_russian_excerpt
from kg1956.extract.ru_kind_colon import read_russian_kind_colon
from kg1956.extract.ru_latin_head import read_latin_russian_head
from kg1956.extract.ru_listed_sides import read_listed_sides
from kg1956.extract.ru_replies import read_russian_reply
from kg1956.extract.ru_sent_by import read_russian_sent_by
from kg1956.extract.ru_told_in import read_told_in
from kg1956.extract.ru_unnamed_writer_talk import read_unnamed_writer_talk
from kg1956.extract.signed import read_signed
from kg1956.extract.signed_original import read_signed_original
from kg1956.extract.titled import read_prepared_by, read_titled_message, read_titled_pair
from kg1956.extract.translated import read_translated_title
from kg1956.models import Participant, Span

__all__ = [
    "CONVERSATION_RULES",
    "Diary",
    "RuleResult",
    "entry_dates",
    "first_rule",
    "read_conversation",
    "read_diary",
    "read_signers",
    "strip_lead_in",
]

_LEAD_IN = re.compile(
    # "For example, see:", "Подробнее см.:" (see for more)
    r"^(?:[^:;]{0,80}?(?:\b(?:see(?:\s+also)?|cf\.|e\.g\.|as cited in|quoted in|for example)\b|(?<!\w)(?:см|ср)\.)"
    r"[^:;]{0,40}?:\s*"
    r"|(?:see(?:\s+also)?|cf\.|(?:подробнее\s+)?(?:см|ср)\.(?:\s+также)?:?)\s+"
    # "О позиции Пак Чен Ая см. телеграмму …": what the paper is cited for, then "см." and the paper
    r"|(?:о|об)\s+[^:;()]{3,80}?\s+см\.\s+(?=(?:телеграмму|шифр(?:о)?телеграмму|записку|докладную\s+записку"
    r"|справку|письмо|отч[её]т|донесение|доклад)\s))",
    re.IGNORECASE,
)
_SEE_LEAD = re.compile(r"^.{0,240}?\bsee(?:\s+[a-z]+){0,6}\s+(?=[A-Z])")
_FOR_SEE = re.compile(
    r"^(?:for|on)\s+[^:;()\[\]]{2,160}?,?\s+see(?:\s+also)?\s+"
    # "For X's contacts see the report of A.B. Ivanov, …": a record's noun after the article
    r"(?:the\s+(?=(?:report|record|telegram|cable|letter|memorandum)\s+(?:of|from|by)\s+(?-i:[A-Z])))?"
    r"(?=(?-i:[A-Z\"“])|(?:report|record|telegram|cable|letter|memorandum)\s)",
    re.IGNORECASE,
)
_AND_OF = re.compile(
    r"^(?:and|as\s+well\s+as)\s+of\s+(?=[A-Z][^,;:]{0,60}?[’']s\s+(?:[a-z]+\s+)?"
    r"(?:talks?|conversations?|meetings?|letters?|telegrams?|cables?|reports?|memorand(?:um|a))\b)"
)
_PROSE_LEAD = re.compile(r"^(?P<lead>[^:;()\[\]]{20,240}?):\s+(?=\S)")


def strip_lead_in(text: str) -> int:
    """Length of a lead-in such as "For example, see:" or a sentence ending in a colon
    ("There are a few short summaries …: ") before a citation."""
    m = _LEAD_IN.match(text)
    if m:
        return m.end()
    m = _PROSE_LEAD.match(text)
    if m and len(re.findall(r"\b[a-z][a-z]+\b", m.group("lead"))) >= 4:
        return m.end()
    m = _AND_OF.match(text)  # "…; and of Stalin’s talk with Zhou on D": the next record after "the records of"
    if m:
        return m.end()
    m = _FOR_SEE.match(text)  # "For Zhou Enlai's visit see Diary of …": what the citation is for, then "see"
    if m:
        return m.end()
    m = _SEE_LEAD.match(text)  # "…, see a recent publication by Igor Selivanov, …"
    if m and len(re.findall(r"\b[a-z][a-z]+\b", m.group(0))) >= 4:
        return m.end()
    return 0


CONVERSATION_RULES: tuple[Callable[[str, int], RuleResult | None], ...] = (
    read_digital_archive,  # a Digital Archive citation: the archive's own title, its date, the archive
    read_hungarian_record,  # first: "X levele Y-nak [X's letter to Y]" must not be read as English
    read_handed_paper,  # "Aide-mémoire handed by X to Y": before "X to Y" is read as a letter
    read_in_conversation,  # "X (office) in conversation with Y, place, date", "X im Gespräch mit Y, D"
    read_report_on_own_talk,  # "Informare a X privind convorbirea din D cu Y, D2": the talk, then the report
    read_round_glossed,  # '"<Romanian or Albanian head>" (<translation>), date': the bracket as a square one
    read_romanian_bulgarian_record,  # Romanian and Bulgarian heads, quoted or not, before their English gloss
    read_balkan_record,  # Albanian and Serbo-Croatian heads: before their English gloss is read
    read_romance_talk,  # Italian, French, Spanish, Portuguese heads: "Nota sul colloquio di X con Y", …
    read_romance_message,  # "Lettera di X a Y", "Lettre de X à Y", "Carta de X a Y"
    read_vietnamese_record,  # "Báo cáo của X gửi Y, ngày …", "Biên bản cuộc hội đàm giữa X và Y"
    read_quoted_balkan_head,  # the same quoted, the date after the quotes and the translation
    read_glossed_original_head,  # "List X do Y [X's letter to Y]": likewise for Polish, Hungarian, Czech heads
    read_english_head_then_original_title,  # "X's conversation with Y: Beszélgetés Y-nal [Conversation with Y]"
    read_english_head_then_bracketed_original,  # "Note on the conversation of X with Y [Notatka z rozmowy …], D"
    read_apposed_writer,  # "X, office, on his conversation with Y, date": before "office to …" is read as an address
    read_own_message_to,  # "X's second letter, addressed to Y, date"
    read_signed,  # "Embassy political report for 1958, signed by X, date": before the periodic report is refused
    read_latin_russian_head,  # "Zapis' besedy X s Y [Record of …]": before its English translation is read
    read_record,
    read_delegations_session,  # "Стенограмма заседания делегаций … (советская делегация: X; китайская: Y)"
    read_listed_sides,  # "Стенограмма переговоров …, <date> (выступления X, Y; Z)": the speakers listed
    read_diary_told,  # "Как записал Штыков в дневнике 16 ноября 1946 г., …": that day's entry
    read_told_in,  # "Беседа X с Y <date> изложена в их телеграмме в Z от <date>": before the talk alone
    read_russian_conversation,
    read_russian_reply,  # "Ответ X на письмо Y от …": before the reply is read as one message
    read_letter_and_answer,  # "Письмо X Y и ответное письмо Y, оба от <date>": before the letter alone
    read_unnamed_writer_talk,  # "Шифртелеграмма посла СССР о беседе с Y <date>": the talk, the writer unnamed
    read_russian_kind_colon,  # "Шифртелеграмма из Белграда № 5: X — Y-у, date": before the kind takes all
    read_russian_sent_by,  # "Информация X о …, направленная в Президиум ЦК КПСС, <date>"
    read_russian_excerpt,  # "Из телеграммы X от …": the message an excerpt is cited from
    read_russian_message,
    read_russian_dash_message,
    read_russian_dash_more,  # "X (role) — role Y-dative", "X — в ЦК КПСС", "X — Y, донесение об …"
    read_memo_to_body,
    read_pair_then_kind,
    read_dash_chain,  # "A – B, role, date, memorandum of conversation"
    read_dash_pair,  # "Fischer–Kim Il Sung, 5.1.1956": after every rule with a kind word
    read_bare_letter,
    read_quoted_record,
    read_authored_title,  # '"Information über …" (Verfasser: X), date': before the title is read alone
    read_quoted_european,
    read_czech_submitted,  # "Zpráva o …, předložil X, date": the report of who submitted it
    read_single_quoted_head,  # "'Záznam o rozhovoru … dne 14.9.1955' [Record of …]": a head in single quotes
    read_signed_original,  # "'Sprawozdanie …' [Report …], signed by X, date": the signer's report
    read_european_conversation,
    read_german_dated_head,  # "Aktenvermerk vom 4.2.1963 über eine Unterredung mit Y": the date before "über"
    read_european_message,
    read_european_titled_message,
    read_polish_sent_from,  # "Szyfrogram X z Pekinu, date": the writer and where he sent it from
    read_polish_kind_first,
    read_translated_title,
    read_writer_then_titled,  # 'Kleinert, "Information über …" […], 19.4.1966': before the title is read alone
    read_titled_message,  # last: "Hungarian Embassy in Pyongyang, "title" [gloss], report, date"
    read_titled_pair,
    read_prepared_by,
    read_report_on_others_talk,  # "Report from Beijing, D, on the conversation of A and B of 10 April": last
)


_BASE_RULES = CONVERSATION_RULES
_QUOTED_TITLE = re.compile(r"^«(?P<title>[^«»]{10,300})»(?=,?\s*\d)")


def read_quoted_title(text: str, offset: int) -> RuleResult | None:
    """ "«Записка Б.Н. Пономарева Н.С. Хрущеву о положении в ЦК ТПК», 28 июля 1956 г.": a whole
    record head in guillemets with its date after the closing quote, read as if unquoted."""
    m = _QUOTED_TITLE.match(text)
    if not m:
        return _read_quoted_russian_head(text, offset)
    inner = m.group("title")
    bare = inner + text[m.end() + 1 :]
    for rule in CONVERSATION_RULES:
        found = rule(bare, offset + 1)
        if found is not None and found.consumed > len(inner) and found.communication.date is not None:
            comm = found.communication
            end = found.consumed + 2
            comm = replace(comm, span=Span(offset, offset + end))
            return replace(found, communication=comm, consumed=end)
    return None


_OPEN_QUOTE_RU = re.compile(r"^[“«\"„](?=[А-ЯЁ])")
_OPEN_QUOTE_LATIN = re.compile(r"^[“«\"„](?P<inner>[A-Z][^“”«»\"„]{10,300}?)[”»\"“]")
_CLOSE_AND_GLOSS = re.compile(r"[\s,.]*[”»\"“][\s,.]*(?:\[[^\[\]]{3,300}\])?")


def _read_quoted_russian_head(text: str, offset: int) -> RuleResult | None:
    """ "“Беседа тов. Мао Цзэдуна с послом СССР в КНР П.Ф. Юдиным, 31 марта 1956 г.,” APRF, …": a
    Russian head in quotes with its date inside them, read from after the opening quote; also a
    head in its own language in Latin letters, quoted whole with the date and glossed in English
    ('"Zapis' besedy tov. Stalina s Kim Ir Senom, 5 marta 1949 g." [Record of …], APRF, …'): the
    gloss translates the head and is read no further."""
    latin = None if _OPEN_QUOTE_RU.match(text) else _OPEN_QUOTE_LATIN.match(text)
    if not _OPEN_QUOTE_RU.match(text) and latin is None:
        return None
    for found in _dated_readings(text[1:], offset + 1):
        consumed = found.consumed + 1
        if latin is not None:
            if consumed > latin.end("inner") + 1:
                continue  # the head must be read inside the quotes, its date too
            closing = _CLOSE_AND_GLOSS.match(text, consumed)
            if closing is None:
                continue
            consumed = closing.end()
        comm = replace(found.communication, span=Span(offset, offset + consumed))
        return replace(found, communication=comm, consumed=consumed)
    return None if latin is None else _latin_head_dated_after_quotes(text, offset, latin)


def _dated_readings(text: str, offset: int) -> Iterator[RuleResult]:
    """What each rule but the quoted title's own reads of `text` with a date, rule by rule."""
    for rule in CONVERSATION_RULES:
        if rule is read_quoted_title:
            continue
        found = rule(text, offset)
        if found is not None and found.communication.date is not None:
            yield found


# the date right after a quoted head's closing quote: '"Zapis' besedy X s Y", 25 Apr. 1961, RGANI …'
_DATE_AFTER_CLOSE = re.compile(r"[”\"“],?\s+(?=\d)")


def _latin_head_dated_after_quotes(text: str, offset: int, latin: re.Match) -> RuleResult | None:
    """'"Zapis' besedy A.I. Mikoiana s Val'terom Ul'brikhtom", 25 Apr. 1961, RGANI, …': a head in its
    own language in Latin letters, quoted without its date, the date after the closing quote. The
    head is read with the quote blanked (offsets kept); every party must stand inside the quotes."""
    close = latin.end("inner")
    if not _DATE_AFTER_CLOSE.match(text, close) or find_dates(latin.group("inner")):
        return None
    dates = find_dates(text[close : close + 40])
    if dates and printed_or_broadcast(text[close + dates[0].span.end :]):
        return None  # '"Conversations with Mao", 3 May 1960, BBC broadcast': a programme, no record
    probe = text[1:close] + " " + text[close + 1 :]
    for found in _dated_readings(probe, offset + 1):
        if found.consumed + 1 <= close + 1:
            continue
        if any(p.mention.span.end > offset + close for p in found.communication.participants):
            continue  # a party read after the closing quote: the quotes held a title, not a head
        comm = replace(found.communication, span=Span(offset, offset + found.consumed + 1))
        return replace(found, communication=comm, consumed=found.consumed + 1)
    return None


_WRITER_QUOTED = re.compile(
    r"^(?P<w>[^“”\"„«»,;:()\[\]]{3,60}?)"
    r"(?:(?P<own>[’']s\s+(?:own\s+)?(?:record|notes|memorandum|minutes))|,[^“”\"„«»;:()\[\]]{3,120}?)?,\s+(?=[“\"„«])"
)
_QUOTED_INNER = re.compile(r"[“\"„«](?P<inner>[^“”\"„«»]{5,300}?)[,.]?[”\"“»]")


_GLOSS_AFTER = re.compile(r"[\s,.]*\[[^\[\]]{3,400}\]")
# the leaves of the file cited before: "ibid., k. 11–14", "там же. Л. 5"
_IBID_LEAVES = re.compile(r"(?:ibid|ebd|там\s+же)\.?,?\s*(?:ll?|k|bl|fl|ff?|pp?|л|лл)\.\s*\d", re.IGNORECASE)


def read_writer_then_quoted(text: str, offset: int) -> RuleResult | None:
    """ "A. M. Ignat'ev, "Zapis' besedy s Kho Ka I" [Record of conversation with Hŏ Ka-i], 2.VI.1948";
    "Janusz Lewandowski, Polish commissioner …, "Notatka z rozmowy z Pham Van Dongiem, 14 XI 1966"";
    "Shcherbakov's record, “Запись беседы с … Хо Ши Мином, 7 мая 1967 г.,”": who wrote the record,
    then its quoted head naming only the other side. The writer is the recorder."""
    m = _WRITER_QUOTED.match(text)
    if m is None or re.match(r"(?:see|cf|also|and|in|by)\b", text, re.IGNORECASE):
        return None
    writer = parse_participant(m.group("w") if m.group("own") else text[: m.end()].rstrip(" ,"), offset)
    if writer is None or writer.is_organization:
        return None
    at = m.end()
    quoted = _QUOTED_INNER.match(text, at)
    if quoted is None:
        return None
    inner = quoted.group("inner")
    found = None
    for rule in _BASE_RULES:
        found = rule(inner, offset + at + 1)
        if found is not None:
            break
    if found is None or found.communication.kind != "conversation":
        return None
    found = replace(found, consumed=quoted.end() - at)
    comm = found.communication
    if len(comm.participants) != 1 or comm.participants[0].function != "interlocutor":
        return None
    if comm.participants[0].mention.text.split()[-1][:4].lower() == writer.text.split()[-1][:4].lower():
        return None
    if comm.date is None:
        after = re.match(r"[\s,]*(?:\[[^\[\]]{3,300}\])?[\s,]*", text[at + found.consumed :])
        pos = at + found.consumed + (after.end() if after else 0)
        dated = find_dates(text[pos : pos + 40])
        if not dated or dated[0].span.start != 0 or dated[0].value is None:
            return None
        comm = replace(comm, date=dated[0].value)
        consumed = pos + dated[0].span.end
    else:
        consumed = at + found.consumed
    gloss = _GLOSS_AFTER.match(text, consumed)  # '"Note on …" ["Notatka z …"], ibid., k. 11–14': its translation
    tail = text[gloss.end() if gloss else consumed :].strip(" ,.;:")
    repo = find_repository(tail)
    if tail and (repo is None or repo.start() != 0) and parse_locator(tail, 0) is None and not _IBID_LEAVES.match(tail):
        return None  # an article's title in quotes, by its author: what follows is no call number
    unnamed = tuple(u for u in comm.unnamed if u != "the recorder (not named)")
    comm = replace(
        comm,
        participants=(Participant(writer, "recorder"), *comm.participants),
        unnamed=unnamed,
        span=Span(offset, offset + consumed),
    )
    return replace(found, communication=comm, consumed=consumed)


def read_conversation(text: str, offset: int) -> RuleResult | None:
    """A conversation head (used for continuations such as "…, and between X and Y, date")."""
    result = read_record(text, offset)
    if result is None or result.communication.kind != "conversation":
        return None
    return result


# last: "szyfrogram (cipher telegram) from X, …": the record once its kind word's gloss is set aside
CONVERSATION_RULES = (read_writer_then_quoted, *CONVERSATION_RULES, read_quoted_title, read_glossed_kind)


def first_rule(text: str, offset: int) -> RuleResult | None:
    """The first communication rule that reads `text`, skipping a leading article."""
    article = re.match(r"(?:the|a|his|her|their)\s+", text, re.IGNORECASE)
    if article:
        text, offset = text[article.end() :], offset + article.end()
    for rule in CONVERSATION_RULES:
        found = rule(text, offset)
        if found is not None and not dated_by_imprint(text, found):
            return with_gloss(text, offset, found)  # the head's translation: its roles and spellings
    return None


# a book's imprint: "(New York: Harcourt, 1962)", "(Beijing: Central Documents Press, 1998)"
_IMPRINT = re.compile(r"\((?:[A-Z][\w.'’ -]+):\s*[^():;]{2,80},\s*(?P<year>(?:18|19|20)\d\d)\)")


def dated_by_imprint(text: str, found: RuleResult) -> bool:
    """ "Milovan Djilas, Conversations with Stalin (New York: Harcourt, 1962)": a book's title, dated
    only by the year its imprint gives, is no talk."""
    date = found.communication.date
    if date is None or date.precision != "year":
        return False
    return any(m.group("year") == date.iso and m.start() < found.consumed for m in _IMPRINT.finditer(text))
