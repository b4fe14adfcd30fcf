"""A report or letter named by its title, then who signed it, then the date:

    "Embassy political report for 1958, signed by Iudin, 19 January 1959"
    "Политический отчет посольства СССР в ВНР за 1956 г. (подписан Ю.В. Андроповым), 15 февраля 1957 г."

The signer is the writer; the title names no one else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import find_dates
from kg1956.extract.kinds import KINDS
from kg1956.extract.names import is_place, parse_participant
from kg1956.extract.parties import RuleResult, people_until_date
from kg1956.extract.ru_nonparty import names_no_one
from kg1956.models import Communication, NameMention, Participant, Span

_SIGNED = re.compile(
    r"^(?P<title>[^;()\[\]]{5,160}?)(?:,\s*|,[”\"’]\s+|\s*\()"  # '"Report on …," signed by X'
    r"(?:signed\s+by|(?P<submitted>submitted|presented)\s+by|подписан[аоы]?(?:\s+от)?|подписанн(?:ый|ая|ое|ую)"
    # the same in the other languages of the bloc's archives: Romanian "semnată (de)", German "gez.",
    # "gezeichnet", "unterzeichnet von", Polish "podpisany przez", Czech "podepsaný", "podepsal"
    r"|(?P<bloc>semnat[ăae]?(?:\s+de)?|gez\.|gezeichnet|unterzeichnet\s+von|podpisan[ayeo]?\s+przez"
    r"|podepsan[áýé]|podepsal[a]?))\s+"
    r"(?P<x>[^,;()\[\]]{2,60}?)\)?"
    # "submitted by Ulbricht to the Politburo of the SED, D": the body it went to
    r"(?(submitted)(?:\s+to\s+(?:the\s+)?(?P<to>[A-Z][^,;()\[\]]{2,80}?))?)"
    # "signed by S.A. Skachkov, chairman of the GKES, 17 October 1958": his office in small letters after him
    r"(?:,\s*(?P<office>[a-z][^,;()\[\]]{2,80}?))?(?=\s*,\s*\d)",
    re.IGNORECASE,
)
# the signer after the date: "'Zpráva o …' [Report on …], 30.6.1959, signed by Lt-Col. Jaroslav Hrubeš."
_SIGNED_AFTER = re.compile(
    r",\s*signed\s+by\s+(?P<x>[^,;()\[\]]{2,60}?)(?:,\s*(?P<office>[a-z][^,;()\[\]]{2,80}?))?\s*[.;]?\s*$"
)
_QUOTED_TITLE = re.compile(r"[‘'\"“«„][^‘’'\"“”«»„]{5,300}[’'\"”»“](?:\s*\[[^\[\]]{3,300}\])?")
_GLOSS = re.compile(r"\s*\[[^\[\]]*\]")
_KIND_WORD = re.compile(r"[^\W\d_]+")
# the kinds a title names a record by (a treaty or a speech is none)
_TITLE_KINDS = frozenset({"report", "letter", "memo", "telegram"})
# a title that names its own parties or a conversation: "Memorandum of conversation between Rusk and
# Dobrynin", "Letter from the CC CPSU to the CC CCP", "Iudin's report", "Запись беседы …": the signer is
# then no sender of his own (the title's reader knows who wrote to whom)
_TITLE_NAMES_PARTIES = re.compile(
    r"\b(?:conversations?|talks?|minutes|meetings?|interviews?|discussions?)\b"
    r"|\b(?:between|with|from|to|by)\s+(?:the\s+)?(?:[A-Z][a-z]*\.?\s+)?[A-Z]"
    r"|\bof\s+(?:[A-Z][a-z]*\.?\s+)?[A-Z]"  # "Report of Ambassador X", not "of the GKES expert group"
    r"|[A-Z][\w.-]*[’']s\s"  # "Iudin's report", never "the delegation's journey"
    r"|(?i:бесед|разговор|запис[ьи]|протокол|между\s|от\s+[А-ЯЁ]|\bс\s+[А-ЯЁ])",
)


def read_signed(text: str, offset: int) -> RuleResult | None:
    """ "Title, signed by X, date": X's report (or the kind the title's first kind word says);
    None when the title names no kind of record or the date does not follow."""
    m = _SIGNED.match(text)
    if m is None:
        return _signed_after_date(text, offset)
    x, x_at = m.group("x"), offset + m.start("x")
    if m.group("bloc"):
        if re.search(r"[‘’'\"“”„«»]", m.group("title")):
            return None  # "'Brief an die Jugend', gez. X": a quoted, printed text, no paper the archive keeps
        if not _bloc_title(m.group("title")):
            return None  # "Dopis A. Novotného Chruščovovi", "Telegramm … an das ZK": its own reader's parties
        on_behalf = _ON_BEHALF.match(x)
        if on_behalf:  # "gez. i.A. Hermann Axen": signed on another's behalf, no office of his
            x, x_at = x[on_behalf.end() :], x_at + on_behalf.end()
        if not _bloc_signer(x):
            return None  # "unterzeichnet von Heym und Wolf", "gezeichnet Botschaft": no one signer by name
    signer = _signer(m.group("title"), x, x_at, m.group("office"))
    if signer is None:
        return None
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.body.strip(" ,"):
        return None
    end = m.end() + cut.end
    people = [Participant(signer, "sender")]
    if m.group("to"):
        to = parse_participant(m.group("to"), offset + m.start("to"))
        if to is None or not to.is_organization or " " not in to.text:
            return None  # only a body that says whose it is ("the Politburo of the SED"), never "Moscow"
        people.append(Participant(to, "recipient"))
    comm = Communication(_kind(m.group("title")), cut.date.value, tuple(people), Span(offset, offset + end))
    return RuleResult(comm, end, cut.more)


# the bloc's title read here is its kind word, lower-case words and where it came from: "Telegramă
# cifrată de la Praga", "Telegramm der Botschaft in Prag", "Szyfrogram z Moskwy"; a title that names
# a recipient ("an X", "către X", "до X"), a second record ("Komuniqué und Telegramm") or a person
# ("Dopis Antonína Novotného Chruščovovi") or an open letter is left to the record readers
_BLOC_TO = re.compile(r"(?i)\b(?:an|către|catre|do|до|to|für|pentru|dla|und|și|şi|i|a)\s")
_BLOC_OPEN = re.compile(r"(?i)\b(?:offener|offenes|deschis[ăa]|otwarty|otevřený|open)\b")
_BLOC_FROM = frozenset({"aus", "in", "de", "la", "din", "z", "ze", "w", "v", "ve", "from"})
_BLOC_BODY_WORDS = frozenset({"botschaft", "gesandtschaft", "vertretung", "handelsvertretung", "ambasadei", "ambasada"})
_ON_BEHALF = re.compile(r"(?:i\.\s?A\.|i\.\s?V\.|im\s+Auftrag|in\s+Vertretung)\s+")
# a signer that is a body or many: "Botschaft", "den Delegationen", "Ministerul Afacerilor Interne"
_BLOC_NOT_SIGNER = re.compile(
    r"(?i)^(?:den|die|der|das|dem|ambele|cei|toți|toti)\s"
    r"|\b(?:botschaft|botschafter|gesandtschaft|konsulat|delegation\w*|ministerium|ministerul|ministerstv\w*"
    r"|ambasada|ambasadei|ambasadă|delegați\w*|delegati\w*|comitetul|comisia|abteilung|kommission|komitee|legați\w*"
    r"|velvyslanectví|botschafts\w*|zentralkomitee|politbüro)\b"
    r"|\s(?:und|și|şi|i|a|and|oraz)\s",
)


def _bloc_title(title: str) -> bool:
    if _BLOC_TO.search(title) or _BLOC_OPEN.search(title):
        return False
    words = title.split()
    if not words or _kind_of(words[0]) is None:
        return False
    for k, w in enumerate(words[1:], 1):
        bare = w.strip(".,")
        if not bare[:1].isupper():
            continue
        if words[k - 1].lower() in _BLOC_FROM or bare.lower() in _BLOC_BODY_WORDS:
            continue
        return False
    return True


def _bloc_signer(x: str) -> bool:
    return not _BLOC_NOT_SIGNER.search(x.strip())


# the kind words of titles in other languages of the bloc's archives
_EUROPEAN_KINDS = {
    "bericht": "report",
    "zpráva": "report",
    "jelentés": "report",
    "sprawozdanie": "report",
    "raport": "report",
    "brief": "letter",
    "dopis": "letter",
    "schreiben": "letter",
    "telegramă": "telegram",
    "telegrama": "telegram",
    "telegramm": "telegram",
    "szyfrogram": "telegram",
    "depesza": "telegram",
    "šifrogram": "telegram",
    "informare": "report",
    "scrisoare": "letter",
}


def _kind_of(word: str) -> str | None:
    kind = KINDS.get(word.lower()) or _EUROPEAN_KINDS.get(word.lower())
    return kind if kind in _TITLE_KINDS else None


def _kind(title: str) -> str:
    return next(k for w in _KIND_WORD.findall(title) if (k := _kind_of(w)) is not None)


def _names_parties(title: str) -> bool:
    """Whether the title names its own parties; "journey to Cairo" names a place, no party."""
    for m in _TITLE_NAMES_PARTIES.finditer(title):
        after = re.match(r"[A-Z][\w’'-]*", title[m.end() - 1 :])
        if after is not None and re.match(r"(?:to|from|in)\s", m.group(0)) and is_place(after.group(0)):
            continue
        return True
    return False


def _signer(title: str, x: str, x_at: int, office: str | None) -> NameMention | None:
    """The signer of a title that names a kind of record and no parties of its own; None otherwise."""
    if not any(_kind_of(w) for w in _KIND_WORD.findall(title)):
        return None  # "The ceremony, signed by …": no record named
    if _names_parties(_GLOSS.sub("", title)):
        return None  # the title's own parties (or a conversation's record) are read by the record's reader
    signer = parse_participant(x, x_at)
    if signer is None or signer.is_organization:
        return None
    if re.search(r"[А-ЯЁа-яё]", signer.text) and names_no_one(signer.text):
        return None  # "подписанная Москвой", "подписанный Советником Посольства": no one named
    if office and signer.role is None:
        signer = replace(signer, role=office.strip())
    return signer


def _signed_after_date(text: str, offset: int) -> RuleResult | None:
    """ "Title [gloss], DATE, signed by [office] X[, office]": the title, its date, then its signer, who
    ends the clause."""
    m = _SIGNED_AFTER.search(text)
    if m is None:
        return None
    dates = find_dates(text[: m.start()])
    if not dates or dates[-1].value is None or text[dates[-1].span.end : m.start()].strip():
        return None
    title = text[: dates[-1].span.start].rstrip(" ,")
    if not _QUOTED_TITLE.fullmatch(title):
        return None  # only a quoted title, maybe glossed in brackets: prose or a call number before a date is none
    signer = _signer(title, m.group("x"), offset + m.start("x"), m.group("office"))
    if signer is None:
        return None
    kind = _kind(title)
    comm = Communication(kind, dates[-1].value, (Participant(signer, "sender"),), Span(offset, offset + m.end()))
    return RuleResult(comm, len(text), ())
