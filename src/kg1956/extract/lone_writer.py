"""A last reading of messages and diaries that name one party only: their writer.

docs/gold-format.md keeps a communication with its named participants, so a cable to "Moscow", a
report to "the Center" or a diary is a communication of its writer alone. The rules read most such
heads; these are the shapes they leave, each a structure of the note, in the genre's languages:

- WRITER_KIND: a writer, a message noun and the message's date, set off by commas, at the head
  of a citation: "V.K. Ryan, cable, 4 May 1961", "Ryan (consul in Aden), annual report, 4 May
  1961", "Ryan, szyfrogram, 4 V 1961", "Рябов, шифртелеграмма, 4 мая 1961 г.";
- DIARY_OF: a diarist and a diary word, whatever stands between ("Ryan diary", "Ryan's pocket
  diary", "Napló [Diary] of P. Ryan"), then the span or entry: a span with no entry singled out
  is one entry dated with what both ends share; a list of entries gives its first here;
- POSSESSIVE: "X's [adjectives] KIND [to PLACE] of DATE" and, in a sentence that opens with
  "X's …", "his/her KIND of DATE"; "of the same day/evening" takes the last full day written
  before it in the note;
- KIND_OF: "the KIND(s) of/from [Ambassador] X [on a topic] of/, DATE" (the first day of a list).
- SIGNED: a message whose signer follows its head ('Cipher telegram … signed "X," no. 4, DATE',
  "Informacja …, DATE (podpisał X)", "Report on …, DATE, signed by X"); one signer only.

The writer must read as a person: never a place, a state, the press or a body; a book's
author is never read because a message noun and the message's date must follow him at once.
What is found joins the citation that holds it, unless a rule already read a communication of
that kind on that day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.bodies import is_organization, is_press
from kg1956.extract.dates import DateMatch, find_dates, make_date, read_date_list, shared_precision
from kg1956.extract.gloss_fallback import holding_citation
from kg1956.extract.lexicon import COUNTRIES
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant
from kg1956.extract.places import is_place
from kg1956.extract.titled_entries import could_keep_a_diary
from kg1956.models import Citation, Communication, DateValue, NameMention, NoteExtraction, Participant, Span
from kg1956.romanize import fold

# message nouns of the genre's languages -> kind (lower case, as a note writes them)
MESSAGE_NOUNS = {
    # English
    "telegram": "telegram", "cable": "telegram", "ciphered telegram": "telegram", "cipher telegram": "telegram",
    "report": "report", "dispatch": "report", "despatch": "report", "memorandum": "memo", "letter": "letter",
    # Russian
    "телеграмма": "telegram", "шифртелеграмма": "telegram", "шифровка": "telegram", "донесение": "report",
    "доклад": "report", "отчет": "report", "отчёт": "report", "докладная записка": "memo", "записка": "memo",
    "письмо": "letter",
    # Polish
    "szyfrogram": "telegram", "depesza": "telegram", "raport": "report", "sprawozdanie": "report",
    "notatka": "memo",
    # German
    "telegramm": "telegram", "fernschreiben": "telegram", "bericht": "report",
    # Czech, Slovak
    "šifrovaný telegram": "telegram", "šifrovka": "telegram", "zpráva": "report", "dopis": "letter",
    # Hungarian
    "rejtjeltávirat": "telegram", "távirat": "telegram", "jelentés": "report", "levél": "letter",
    "feljegyzés": "memo",
    # Serbo-Croatian
    "šifrovani telegram": "telegram", "izveštaj": "report", "izvještaj": "report", "pismo": "letter",
    "zabeleška": "memo",
    # Romanian, Bulgarian, Albanian
    "telegramă": "telegram", "notă": "memo", "scrisoare": "letter", "телеграма": "telegram",
    "шифрограма": "telegram", "писмо": "letter", "relacion": "report", "letër": "letter",
    "informacion": "report", "informacja": "report", "informace": "report", "информация": "report",
    # French, Italian, Spanish
    "télégramme": "telegram", "rapport": "report", "lettre": "letter", "telegramma": "telegram",
    "rapporto": "report", "lettera": "letter", "telegrama": "telegram", "informe": "report", "carta": "letter",
}  # fmt: skip
_GERMAN = frozenset({"telegramm", "fernschreiben", "bericht"})  # nouns written capitalised
# an adjective a message noun may carry ("political report", "annual report", "ciphered cable")
_ADJ = (
    r"(?i:(?:political|annual|monthly|quarterly|final|valedictory|farewell|covering|personal|secret|urgent|"
    r"long|short|first|second|own|ciphered|cipher|coded|top[- ]secret|политический|годовой|срочная|"
    r"polityczny|roczne|politischer|politický|politikai|éves)\s+)"
)
_NOUN = "(?i:" + "|".join(sorted((re.escape(n) for n in MESSAGE_NOUNS), key=len, reverse=True)) + ")"
_UP = r"A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_NAME = rf"(?:[{_UP}][\w.'’-]*\s+){{0,3}}[{_UP}][\w'’-]+"
_HEAD = r"(?:^|(?<=[(;:])\s*|(?<=\.)\s+)"  # a citation's head: the note's start, or after ( ; : or a sentence

_UNDATED = r"(?:n\.\s?d\.|b\.\s?d\.|o\.\s?D\.|б\.\s?д\.|без\s+даты)"  # "n.d.": the message is undated
_WRITER_KIND = re.compile(
    rf"{_HEAD}(?P<x>{_NAME})(?:\s*\((?P<role>[^()]{{3,90}})\))?,\s+{_ADJ}{{0,2}}(?P<kind>{_NOUN})"
    rf"(?:\s*\([^()]{{2,40}}\))?(?:\s+for\s+\d{{4}})?(?:,\s*|\s+(?:delivered\s+on|sent\s+on|dated|of|from)\s+)(?=\d|[{_UP}][a-z]+\.?\s+\d|{_UNDATED})",
)

_DIARY_WORDS = (
    r"(?i:(?:desk\s+|pocket\s+|personal\s+|private\s+|office\s+|official\s+|working\s+)?diary|journal|tagebuch|"
    r"taschenkalender|dnevnik|дневник|dziennik|deník|denník|napló|nikki|riji|jurnal|diario)"
)
# words that are also newspapers' titles ("Wall Street Journal", "Esti Napló", "Ljubljanski Dnevnik"):
# a diary only after a possessive or before "of X"
_PAPER_DIARY = r"(?i:journal|napló|dnevnik|diario|jurnal)"
_DIARY_OF = re.compile(
    rf"{_HEAD}(?:the\s+)?(?:(?P<x>{_NAME}?)(?:(?P<poss>['’]s)|(?!['’]s))\s+(?P<word>{_DIARY_WORDS})|(?:{_DIARY_WORDS})(?:\s*\[[^\[\]]{{2,40}}\])\s+of\s+(?P<y>{_NAME}))"
    r"(?:\s*\[[^\[\]]{2,40}\])?(?:,\s*|\s+for\s+)(?:entr(?:y|ies)\s+(?:for|of|from)\s+)?(?=\d|[A-Z][a-z]+\.?\s+\d)",
)

_POSSESSIVE = re.compile(
    rf"(?:\b(?P<x>{_NAME})['’]s|\b(?P<pro>[Hh]is|[Hh]er))\s+{_ADJ}{{0,2}}(?P<kind>{_NOUN})\s+"
    rf"(?:to\s+(?P<to>(?:the\s+)?[{_UP}][\w-]+)\s+)?(?:of|dated)\s+(?:(?P<same>the\s+same\s+(?:day|evening|night|date))\b|(?=\d|[{_UP}][a-z]+\.?\s+\d))",
)
_NO_MESSAGE_DAY = re.compile(r"(?i:interview|published|printed)")  # a day no message was sent
_OPENS_WITH = re.compile(rf"(?:^|(?<=[.;])\s+)(?P<x>{_NAME})['’]s\s+[a-z]")

_ROLE = (
    r"(?:(?:Ambassador|Minister|Foreign\s+Minister|Consul(?:\s+General)?|Chargé|Envoy|Counsellor|General|Marshal"
    r"|Comrade)\s+)"
)
_KIND_OF = re.compile(
    rf"\b(?P<kind>{_NOUN})s?\s+(?:of|from|by)\s+(?P<x>{_ROLE}?{_NAME})"
    r"(?P<topic>\s+(?:on|about|concerning)\s+(?:the\s+)?[a-z][^,;()]{3,80}?)?(?:,\s*|\s+(?:of|dated)\s+)(?=\d|[A-Z][a-z]+\.?\s+\d)",
)

# who signed a message, after its head: "signed by X", 'signed "X"', "(подписал X)", "podpisał X"
_SIGNED = re.compile(
    rf"(?:\(\s*)?(?:signed(?:\s+by)?|подписал[аи]?|podpisał[a]?|podpisany\s+przez|unterzeichnet\s+von|podepsal|podepsán)"
    rf"\s+[\"“«„]?(?P<x>{_NAME})(?![\w'’-])(?!\s+(?:and|и|i|und|a)\s)"
)
_ANSWERED = re.compile(r"\b(?:reply|replies|answer|answers|response|responses)\s+to\s+$", re.IGNORECASE)
_TALK_HEAD = re.compile(
    r"(?i:\b(?:conversations?|talks?|rozmow\w*|gespräch\w*|unterredung\w*|бесед\w*|rozhovor\w*|razgovor\w*"
    r"|beszélgetés\w*|convorbir\w*|разговор\w*|spotkani\w*|meetings?|jednání|találkoz\w*|приём\w*|прием\w*"
    r"|sastan\w*|întâlnir\w*))"
)
_PASSIM = re.compile(r"[^;]*?\bpassim\b")
_TALK_TOPIC = re.compile(
    r"\b(?:conversations?|talks?|meetings?|discussions?|interviews?|audience|negotiations?|visit)\s+(?:with|between|to)\b"
)


# a "report" that is a speech: to a congress or plenum, printed in its record or a newspaper, read out
_SPEECH = re.compile(
    r"(?i:secret\s+report|\bto\s+the\s+(?:[\w-]+\s+){0,3}(?:congress|plenum)|s[\"”']?ezd|съезд|plenum|пленум|stenogra"
    r"|стеногра|nowe\s+drogi|pravda|правд|renmin\s+ribao|read\s+out|speech|выступлени|przemówieni|beszéd|comrade\s)"
)
_IN_TITLE = re.compile(r"\bin\s+[\"“«]?[A-Z][\w\"”']*\s+[\w\"”']+")  # "…, in XX s"ezd KPSS …": printed
# another person made the subject of a verb between "X's …" and "his": "his" may be his
_OTHER_SUBJECT = re.compile(
    rf"\b[{_UP}][a-z]{{2,}}\s+(?:had|has|was|is|sent|wrote|said|told|signed|answered|replied)\b"
)
# a message told of as never sent, lost or rumoured, not cited
_NOT_SENT = re.compile(
    r"(?i:\b(?:never|not)\s+(?:sent|found|confirmed|dispatched|delivered)|\bunsent\b|\bwas\s+to\s+be\b|\bdraft\b)"
)
_RUMOUR = re.compile(r"(?i:\b(?:rumou?rs?\s+of|alleged|reported|supposed)\s+(?:the\s+)?$)")


def _clause(text: str, start: int) -> str:
    """The clause from `start` to the next semicolon or sentence end."""
    end = re.search(r";|(?<![A-ZА-Я])\.(?:\s+[A-ZА-Я]|\s*$)", text[start:])
    return text[start : start + end.start()] if end else text[start:]


def _unsent(text: str, m: re.Match[str]) -> bool:
    """Whether the message at `m` is told of as never sent, not found, rumoured or a draft."""
    return bool(_NOT_SENT.search(_clause(text, m.start())) or _RUMOUR.search(text[max(0, m.start() - 30) : m.start()]))


def _writer(text: str, start: int, end: int) -> NameMention | None:
    """The writer named at text[start:end], if he reads as a person."""
    phrase = text[start:end]
    if re.match(r"(?:idem|ibid|id|see|cf|in|the|and|from|on|to|an|do|к|ко)\b", phrase, re.IGNORECASE):
        return None
    mention = parse_participant(phrase, start)
    if mention is None or mention.is_organization or is_organization(mention.text) or is_press(mention.text):
        return None
    if is_place(mention.text) or fold(mention.text).lower() in COUNTRIES or not looks_like_name(mention.text):
        return None
    return mention


def _date_at(text: str, at: int, limit: int = 60) -> DateValue | None:
    """The message's date at `at`: a span's shared precision, a list's first day (the rest of
    the list is the list readers' to expand), a day without its year in the year of the last
    full date before it."""
    listed = read_date_list(text[at : at + limit])
    if listed is not None:
        return listed[0][0]
    dates = find_dates(text[at : at + limit])
    if not dates or dates[0].span.start > 2:
        return None
    first = dates[0]
    if first.value is None and first.partial and first.month and first.day:
        before = [d.value for d in find_dates(text[:at]) if d.value is not None]
        return make_date(int(before[-1].iso[:4]), first.month, first.day) if before else None
    return _value(first) if first.value is not None else None


def _value(d: DateMatch) -> DateValue | None:
    if d.range_start is not None and d.range_start != d.value:
        return shared_precision(d.range_start, d.value)
    return d.value


def _last_day_before(text: str, at: int) -> DateValue | None:
    days = [d.value for d in find_dates(text[:at]) if d.value is not None and len(d.value.iso) == 10]
    return days[-1] if days else None


def _found(text: str) -> list[Communication]:
    out: list[Communication] = []
    for m in _WRITER_KIND.finditer(text):
        if m.group("kind")[0].isupper() and m.group("kind").lower() not in _GERMAN:
            continue  # "Kennan, Memoirs …", "Smith, Report on …": a work's title after its author
        writer = _writer(text, m.start("x"), m.end("x"))
        undated = re.match(_UNDATED, text[m.end() :]) is not None
        date = None if undated else _date_at(text, m.end())
        if writer is not None and (date is not None or undated):
            if m.group("role"):
                writer = replace(writer, role=m.group("role").strip())
            out.append(_comm(MESSAGE_NOUNS[m.group("kind").lower()], date, writer, "sender", m))
    for m in _DIARY_OF.finditer(text):
        x = "x" if m.group("x") else "y"
        if (
            x == "x"
            and not m.group("poss")
            and re.fullmatch(_PAPER_DIARY, m.group("word"))
            and not re.search(r"\bentr(?:y|ies)\b|\bfor\s*$", m.group(0))
            and not re.search(r"[A-ZА-Я]\.", m.group("x"))
        ):
            continue  # "Wall Street Journal, 5 November 1956", "Esti Napló, 26 October 1956": a newspaper
        if not could_keep_a_diary(m.group(x).strip()):
            continue  # "Senate Journal", "Gaimusho nikki", "Dziennik [Diary] of Polish Radio": no one's diary
        writer = _writer(text, m.start(x), m.end(x))
        date = _date_at(text, m.end())
        if _PASSIM.match(text, m.end()):
            continue  # "X diary, 1–15 June 1956, …, passim": the diary drawn on throughout, no entry cited
        if writer is not None and date is not None:
            out.append(_comm("diary_entry", date, writer, "diarist", m))
    for m in _POSSESSIVE.finditer(text):
        if _ANSWERED.search(text, 0, m.start()):
            continue  # "X's reply to Y's letter of D": Y's letter was to X, the rules' to read
        if _unsent(text, m):
            continue  # "the rumour of X's letter of D", "X's telegram of the same day was not found"
        if m.group("x"):
            writer = _writer(text, m.start("x"), m.end("x"))
        else:
            sentence = text.rfind(". ", 0, m.start()) + 1
            opens = _OPENS_WITH.match(text, sentence) if sentence else _OPENS_WITH.match(text)
            writer = _writer(text, opens.start("x"), opens.end("x")) if opens else None
            if opens and _OTHER_SUBJECT.search(text, opens.end(), m.start()):
                writer = None  # "X's cable reported that Y had sent his letter": "his" is Y's
        to = m.group("to")
        if to and not (is_place(to) or re.fullmatch(r"the\s+Cent(?:er|re)", to)):
            continue  # "X's letter to Y of 5 May": a letter with two parties, the rules' to read
        if m.group("same") and _NO_MESSAGE_DAY.search(text[: m.start()].rsplit(";", 1)[0][-80:]):
            continue  # "Interview …, 3 May 1992; X's telegram of the same day": a day of no message
        date = _last_day_before(text, m.start()) if m.group("same") else _date_at(text, m.end())
        told = _last_day_before(text[: m.start()], len(text[: m.start()]))
        if date is not None and told is not None and m.group("pro") and date.iso < told.iso[: len(date.iso)]:
            continue  # "X's talk on 2 May … is summarised in his cable of 30 April": no message before its talk
        if writer is not None and date is not None:
            out.append(_comm(MESSAGE_NOUNS[m.group("kind").lower()], date, writer, "sender", m))
    out.extend(_signed(text))
    for m in _KIND_OF.finditer(text):
        if m.group("topic") and _TALK_TOPIC.search(m.group("topic")):
            continue  # "Report by X on his conversation with Y, date": the record of a talk, the rules' to read
        if _unsent(text, m):
            continue  # "The letter of Ambassador X, D, was never sent"
        writer = _writer(text, m.start("x"), m.end("x"))
        date = _date_at(text, m.end())
        if writer is not None and date is not None:
            out.append(_comm(MESSAGE_NOUNS[m.group("kind").lower()], date, writer, "sender", m))
    return out


def _signed(text: str) -> list[Communication]:
    """A message whose signer is named after its head ("Cipher telegram from Peking signed "X", no. 4,
    3 August 1962", "Report on …, 20 April 1955, signed by X", "Informacion …, 15 prill 1961 (подписал
    X)"): the kind is the head's first message noun, the date the one set off right before the
    signature, else the first after it."""
    out = []
    for m in _SIGNED.finditer(text):
        head = text[: m.start()]
        if _TALK_HEAD.search(head):
            continue  # "Memorandum of conversation between X and Y, signed by Z": the talk's record, Z its writer
        if ";" in head or re.search(r"\.\s+[A-ZА-Я]", head):
            continue  # the signature of another clause's paper
        if re.search(r"\b(?:to\s+be|was\s+to\s+be|never|not|unsigned|draft)\s*$", head, re.IGNORECASE):
            continue  # "…, to be signed by X on 8 May": a signature only planned
        if re.match(rf"\s*,\s*{_NAME},?\s+(?:and|и|i|und|a|oraz|és)\s", text[m.end() :]):
            continue  # "signed by Acheson, Bevin and Schuman": several signers
        if re.match(r"(?i:draft)\b", head.lstrip(" 0123456789.")):
            continue  # "Draft letter from X to Y …, to be signed …": a paper not sent as it stands
        noun = re.search(rf"(?<!\w)(?P<kind>{_NOUN})(?!\w)", head)
        writer = _writer(text, m.start("x"), m.end("x"))
        if noun is None or writer is None:
            continue
        before = [d for d in find_dates(head) if d.value is not None]
        date = None
        if before and re.fullmatch(r"[\s,(]*", head[before[-1].span.end :]):
            date = _value(before[-1])
        else:
            after = [d for d in find_dates(text[m.end() : m.end() + 60]) if d.value is not None]
            date = _value(after[0]) if after else None
        if date is not None:
            out.append(_comm(MESSAGE_NOUNS[noun.group("kind").lower()], date, writer, "sender", m))
    return out


def _comm(kind: str, date: DateValue | None, writer: NameMention, function: str, m: re.Match[str]) -> Communication:
    return Communication(kind, date, (Participant(writer, function),), Span(m.start(), m.end()))


def _home(citations: tuple[Citation, ...], span: Span) -> int | None:
    """The citation that holds `span`, else the nearest after it, else the nearest before."""
    held = holding_citation(citations, span)
    if held is not None:
        return held
    after = [i for i, c in enumerate(citations) if c.span.start >= span.end]
    before = [i for i, c in enumerate(citations) if c.span.end <= span.start]
    return after[0] if after else (before[-1] if before else None)


_MESSAGES = frozenset({"telegram", "letter", "report", "memo"})


def _same_writer(comm: Communication, other: Communication) -> bool:
    """Whether `other` has `comm`'s writer among its participants (by surname)."""
    mine = fold(comm.participants[0].mention.text).lower().split()[-1:]
    return any(fold(p.mention.text).lower().split()[-1:] == mine for p in other.participants)


def _speech(text: str, citations: tuple[Citation, ...], home: int | None, comm: Communication) -> bool:
    """Whether the report `comm` is a speech (told so in its clause or before it in its sentence: "In his
    speech …", "the report of Comrade X"), or has no locator in its own citation."""
    if home is None or not citations[home].locators:
        return True
    opens = max(text.rfind(";", 0, comm.span.start), text.rfind(". ", 0, comm.span.start)) + 1
    clause = _clause(text, comm.span.start)
    return bool(_SPEECH.search(text[opens : comm.span.start] + clause) or _IN_TITLE.search(clause))


def read_lone_writers(first: NoteExtraction) -> NoteExtraction:
    """`first` with the one-party messages and diaries its rules left, each in the citation that
    holds it; none on a day and of a kind a rule already read."""
    citations = first.citations
    read = [c for cit in citations for c in cit.communications]
    found: dict[int, list[Communication]] = {}
    new = list(citations)
    archival = any(cit.locators for cit in citations)
    for comm in _found(first.note.text):
        if comm.kind != "diary_entry" and not archival:
            continue  # "Kim Il Sung, report, 3 May 1956." with no call number: a speech, a work, no record
        if any(c.date == comm.date and c.kind in _MESSAGES and _same_writer(comm, c) for c in read):
            continue  # "Thompson to Rusk, D; Thompson's telegram of D": one paper, whatever kind each rule gave it
        if any(c.kind == comm.kind and c.date == comm.date for c in read):
            continue
        if comm.kind == "diary_entry" and any(c.date == comm.date for c in read):
            continue  # "X diary, entry of 9 April 1957 (conversation with Y)": the entry is the talk's record
        if any(c.span.start <= comm.span.start < c.span.end and c.kind == comm.kind for c in read):
            continue
        home = _home(citations, comm.span)
        if comm.kind == "report" and _speech(first.note.text, citations, home, comm):
            continue  # "Khrushchev's secret report of 25 February 1956", "X, report, D, in XX s\"ezd …": a speech
        if home is None and comm.span.start == 0:
            # "X diary, 3–9 May 1960 (private collection)": a head no rule took for a citation
            new.append(Citation(Span(0, len(first.note.text)), "full", first.note.text[: comm.span.end].strip(" ,")))
            home = len(new) - 1
        if home is None:
            continue
        read.append(comm)
        found.setdefault(home, []).append(comm)
    if not found:
        return first
    for i, comms in found.items():
        new[i] = replace(new[i], communications=new[i].communications + tuple(comms))
        back = new[i].back_reference
        if (
            back is not None
            and back.author
            and any(back.author == p.mention.text for c in comms for p in c.participants)
        ):
            # "X, report, 5 May 1961, …" read as a short reference to X's work: it is X's message
            new[i] = replace(new[i], form="full", back_reference=None)
    return replace(first, citations=tuple(new))
