"""A message dated by the day named just before it:

    "A's talk with B on 3 May 1957 is reported in his cable of the same day, AVPRF, …"
    "…, 3 May 1957, …; A's report to the Centre of the same day is summarised in RGANI, …"
    "A's conversations with B on 3 and 9 May 1957 are reported in his cables of the same days"
    "…, 3.5.1957, mit seinem Telegramm vom selben Tag" / "…, его шифртелеграмма того же дня"

The message word (cable, report, letter, memorandum …; Telegramm, телеграмма, szyfrogram …) is
owned by a name's possessive ("A's cable") or by the sentence's subject ("his cable", "in a cable"
in a sentence that opens with A, the talk's party named first); it is dated "of the same day"
("evening", "date"), the last day the text named before it ("of the same days": each day of the
talks the sentence has read). The message is its writer's, and goes to the person after "to" when
one is named ("to Mao"; "to Moscow", "to the Centre" name no one). A message owned by no one named
(the press, a ministry, "the same day's Pravda") is not read, nor one "from"/"by" another, one whose
clause has another subject ("Ulbricht antwortete mit seinem Schreiben"), an enclosure or a copy of
the record before, a message denied ("Neither X nor Y wrote"), nor one after a press citation's date
or a date that is no day."""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.bodies import is_press
from kg1956.extract.dates import find_dates
from kg1956.extract.parties import side
from kg1956.extract.places import is_place_any_case
from kg1956.models import Communication, DateValue, NameMention, NoteExtraction, Participant, Span
from kg1956.romanize import fold

_KINDS = {
    "cable": "telegram", "telegram": "telegram", "telegramm": "telegram", "fernschreiben": "telegram",
    "телеграмм": "telegram", "шифртелеграмм": "telegram", "шифротелеграмм": "telegram", "szyfrogram": "telegram",
    "depesz": "telegram", "télégramme": "telegram", "report": "report", "despatch": "report", "dispatch": "report",
    "bericht": "report", "донесени": "report", "отчет": "report", "отчёт": "report", "raport": "report",
    "sprawozdani": "report", "rapport": "report", "zpráv": "report", "letter": "letter", "brief": "letter",
    "schreiben": "letter", "письм": "letter", "list": "letter", "dopis": "letter", "lettre": "letter",
    "memorandum": "memo", "memo": "memo", "записк": "memo", "notatk": "memo",
}  # fmt: skip
_EN_KIND = r"(?P<kind>cable|telegram|report|despatch|dispatch|letter|memorandum|memo)(?:s|es|a)?"
_OWNER = r"(?P<owner>his|her|their|a|an|(?P<name>(?-i:(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'-]+))[’']s)"
_ADJ = r"(?:(?:own|ciphered|cipher|coded|secret|urgent|long|lengthy|brief|short|detailed|covering|first|second)\s+)*"
_SAME = r"(?P<same>day|days|evening|morning|afternoon|night|date)"
_OF_SAME = re.compile(
    rf"(?<![\w-]){_OWNER}\s+{_ADJ}{_EN_KIND}(?:\s+to\s+(?P<to>[^,;()]{{2,40}}?))?\s+(?:of|from|dated)\s+the\s+same\s+{_SAME}\b"
    # the genre's other languages: "seinem Telegramm vom selben Tag", "его шифртелеграмма того же дня"
    r"|(?<![\w-])(?P<owner2>sein|seine[mnrs]?|ihr|ihre[mnrs]?|его|её|ее|своей|своем|своём|swoim|swojego|swoją|jeho|svém|son|sa)\s+"
    r"(?P<kind2>Telegramm|Fernschreiben|Bericht|Schreiben|Brief|телеграмм\w*|шифртелеграмм\w*|шифротелеграмм\w*"
    r"|донесени\w*|отч[её]т\w*|письм\w*|записк\w*|szyfrogram\w*|depesz\w*|raport\w*|sprawozdani\w*|notatk\w*"
    r"|list\w*|telegram\w*|zpráv\w*|dopis\w*|télégramme|rapport|lettre)\s+"
    r"(?P<same2>vom\s+(?:selben|gleichen)\s+Tag(?:e)?|(?:от\s+)?того\s+же\s+(?:дня|числа)|z\s+tego\s+samego\s+dnia"
    r"|z\s+téhož\s+dne|ze\s+stejného\s+dne|du\s+même\s+jour)(?![\w-])",
    re.IGNORECASE,
)


# "the same day he cabled Y", "X wrote the same day to Y", "which X forwarded to Y the same day"
_SAME_DAY = r"(?:on\s+)?the\s+same\s+day"
_SENT = re.compile(
    rf"(?:(?P<rel1>{_SAME_DAY})\s*,?\s+)?(?:which\s+)?(?P<who>he|she|(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}}))"
    r"(?:,[^,;()]{3,80},)?\s+(?:also\s+)?(?P<verb>cabled|telegraphed|wired|wrote|forwarded)"
    rf"(?:\s+(?:it|this|them|the\s+letter|the\s+text))?(?:\s+(?P<rel2>{_SAME_DAY}))?(?:\s+to)?"
    r"\s+(?P<to>[^,;.()]{2,40}?(?:\s*\([^()]{2,30}\))?)"
    rf"(?:\s+(?P<rel3>{_SAME_DAY}))?(?=\s*[,;.(]|\s+(?:privately|at\s+once|by\s+cable)\b|\s*$)",
    re.IGNORECASE,
)
_DOUBT = re.compile(r"\b(?:neither|nor|not|never|whether|if|no\s+one)\b", re.IGNORECASE)
_VERB_KIND = {"cabled": "telegram", "telegraphed": "telegram", "wired": "telegram", "forwarded": "telegram"}
_VERB_KIND["wrote"] = "letter"

# capitals a message goes to ("his telegram to Helsinki") that the place lexicon keeps only in Russian
_CAPITALS = frozenset(
    "helsinki stockholm oslo copenhagen bonn brussels lisbon madrid athens ankara tehran teheran canberra"
    " the-hague centre center".split()
)


def _kind(word: str) -> str | None:
    w = word.lower()
    return next((k for stem, k in _KINDS.items() if w.startswith(stem)), None)


def _person(text: str, offset: int) -> NameMention | None:
    if not text.strip() or re.search(r"\d", text) or is_press(text):
        return None
    found = side(text, offset)
    if found is None or len(found[0]) != 1 or found[1]:
        return None
    p = found[0][0]
    if p.is_organization or is_place_any_case(p.text) or p.text.lower().replace(" ", "-") in _CAPITALS:
        return None
    return p


def _surname(text: str) -> str:
    words = text.split()
    return fold(words[-1]).lower().strip(".,'’") if words else ""


def _antecedent(comms: list[Communication], at: int, talks: bool = True) -> NameMention | None:
    """Whom "his cable" is: the writer of the last record read before `at` (a message's sender, or
    with `talks` a talk's party named first: "A's conversation with B … his cable")."""
    before = [c for c in comms if c.span.start < at]
    if not before:
        return None
    last = max(before, key=lambda c: c.span.start)
    if last.kind == "conversation":
        if not talks:
            return None
        people = [p.mention for p in last.participants if not p.mention.is_organization]
        return min(people, key=lambda p: p.span.start) if people else None
    senders = [p.mention for p in last.participants if p.function == "sender"]
    return senders[0] if len(senders) == 1 and not senders[0].is_organization else None


# a clause's subject: a name before its verb ("Ulbricht antwortete mit seinem Schreiben", "Ким Ир Сен
# изложил это в своей записке"), or an office ("the ambassador summarised it in his cable")
_SUBJECT = re.compile(
    r"\s*(?:and\s+|then\s+)?(?:(?P<office>(?:the|der|die)\s+(?:ambassador|minister|envoy|chargé|Botschafter|Gesandte)"
    r"|посол|посланник|ambasador|velvyslanec|l['’]ambassadeur)"
    r"|(?P<name>(?-i:[A-ZА-ЯЁŁŚŻ][\w.-]*)(?:\s+(?-i:[A-ZА-ЯЁŁŚŻ][\w.-]*)){0,3}))\s+(?-i:[a-zа-яёäöüßąćęłńóśźżáčéěířšúý])",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r";\s*|(?:(?<=[^\W\d_][^\W\d_])|(?<=\d))\.\s+(?=[A-ZА-ЯЁ])")


def _other_subject(text: str, at: int, writer: NameMention) -> bool:
    """Whether the clause the owner at `at` stands in has a subject other than `writer`: another
    person named before the verb, or an office ("the ambassador"), whose "his" is not the record's
    first-named party's (review 20: "Ulbricht antwortete mit seinem Schreiben vom selben Tag")."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, at)]
    clause = text[starts[-1] if starts else 0 : at]
    m = _SUBJECT.match(clause)
    if m is None:
        return False
    if m.group("office"):
        return True
    name = m.group("name")
    if re.search(r"['’]s?$", name) or _kind(name.split()[0]) is not None or "'" in name or "’" in name:
        return False
    a, b = fold(name.split()[-1]).lower(), _surname(writer.text)
    n = min(len(a), len(b), 5)
    return not (n >= 3 and a[:n] == b[:n])


def _days(text: str, at: int, plural: bool, comms: list[Communication]) -> list[DateValue]:
    """The day or days "the same day(s)" points back to: the talks the sentence has read (for "days"),
    else the last day written before `at`."""
    if plural:
        # only the talks of the phrase's own clause: a record cited before it is not one of "the same days"
        starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, at)]
        since = starts[-1] if starts else 0
        days = sorted(
            {c.date.iso for c in comms if c.date and c.date.precision == "day" and since <= c.span.start < at}
        )
        if len(days) >= 2:
            return [DateValue(d) for d in days]
    before = [d for d in find_dates(text[:at]) if d.value is not None and not _in_press(text, d.span.start)]
    # the nearest date of any precision: "…, April 1957, …; his letter of the same day" gives no day
    if not before or before[-1].value.precision != "day":
        return []
    return [before[-1].value]


def _in_press(text: str, at: int) -> bool:
    """Whether the date at `at` dates a press citation: "see the New York Times, 4 April 1957"."""
    lead = re.split(r"[;(]|\.\s", text[max(0, at - 80) : at])[-1]
    lead = re.sub(r"^\s*(?:see\s+(?:also\s+)?|cf\.\s+|also\s+)", "", lead, flags=re.IGNORECASE)
    head = lead.split(",")[0]
    return bool(head.strip()) and is_press(head)


def _home(first: NoteExtraction, at: int) -> int | None:
    """The citation a message told at `at` joins: the full citation it lies in, else the last full one
    before it (a short citation's records are replaced by those of the one it points back to)."""
    full = [k for k, cit in enumerate(first.citations) if cit.form == "full" and cit.span.start <= at]
    return full[-1] if full else None


def _merges(comms: tuple[Communication, ...], kind: str, day: DateValue, parts: tuple[Participant, ...]) -> bool:
    """Whether a message of the same kind and day in the same citation names a subset or a superset of
    these parties: the graph would take the two for one record, and the one already read is kept."""
    names = {_surname(p.mention.text) for p in parts}
    for c in comms:
        if c.kind == kind and c.date == day:
            other = {_surname(p.mention.text) for p in c.participants}
            if other <= names or names <= other:
                return True
    return False


# the message is the record's enclosure or copy: "…'s report of the same day, ll. 39–40, is its enclosure"
_COPY = re.compile(
    r"\b(?:enclosures?|enclosed|attach(?:ed|ment)|annex(?:ed)?|repeats?|repeating|copy|copies|duplicates?|Anlage"
    r"|приложени\w*|копи\w*|załącznik\w*|příloh\w*)\b",
    re.IGNORECASE,
)


def _same_document(first: NoteExtraction, home: int, text: str, at: int) -> bool:
    """Whether the message told at `at` is the record before it again: its clause calls it an enclosure
    or a copy, or its citation carries the same document number as the citation before (review 20)."""
    clause = re.split(r";|\.\s+(?=[A-Z])", text[at:])[0]
    if _COPY.search(clause):
        return True
    if home == 0:
        return False
    numbers = (
        [{v for k, v in loc.fields if k == "document"} for loc in first.citations[home].locators],
        [{v for k, v in loc.fields if k == "document"} for loc in first.citations[home - 1].locators],
    )
    here = set().union(*numbers[0]) if numbers[0] else set()
    there = set().union(*numbers[1]) if numbers[1] else set()
    return bool(here & there)


# what a note says of a message it cannot cite
_NOT_THERE = re.compile(
    r"\s*(?:has|have|was|were|is|are)\s+(?:not\s+(?:been\s+)?(?:found|located|preserved)|never\s+been\s+found"
    r"|(?:been\s+)?(?:lost|missing|destroyed))\b",
    re.IGNORECASE,
)


def read_relative_messages(first: NoteExtraction) -> NoteExtraction:
    """`first` with the messages dated "of the same day" (see the module docstring), each added to
    the citation the phrase lies in."""
    text = first.note.text
    every = [c for cit in first.citations for c in cit.communications]
    added: dict[int, list[Communication]] = {}
    for m in _OF_SAME.finditer(text):
        if _NOT_THERE.match(text, m.end()):
            continue  # "X's telegram of the same day was not found", "… is lost": no paper to cite
        home = _home(first, m.start())
        if home is None:
            continue
        # the records of this citation and of the one before it ("…, AVPRF, …; his cable of the same day")
        here = [c for cit in first.citations[max(0, home - 1) : home + 1] for c in cit.communications]
        kind = _kind(m.group("kind") or m.group("kind2"))
        if kind is None:
            continue
        if m.group("name"):
            writer = _person(m.group("name"), m.start("name"))
        else:
            # "Беседа A с B … в его письме": whose "его" is after a talk is not said; a message's writer is
            writer = _antecedent(here, m.start(), talks=m.group("owner2") is None)
            # "a letter of the same day from Mao Zedong", "… by Dulles's assistant": another's message
            if writer is not None and re.match(r"\s*,?\s+(?:from|by|of)\s", text[m.end() :]):
                continue
            if writer is not None and _other_subject(text, m.start(), writer):
                continue
        if writer is None:
            continue
        if _same_document(first, home, text, m.end()):
            continue
        to = _person(m.group("to"), m.start("to")) if m.group("to") else None
        plural = (m.group("same") or "").lower() == "days"
        days = _days(text, m.start(), plural, here)
        for day in days:
            known = any(
                c.kind == kind
                and c.date == day
                and any(_surname(p.mention.text) == _surname(writer.text) for p in c.participants)
                for c in every
            )
            parts = (Participant(replace(writer, role=None), "sender"),)
            if to is not None:
                parts += (Participant(to, "recipient"),)
            if known or _merges(first.citations[home].communications, kind, day, parts):
                continue
            comm = Communication(kind, day, parts, Span(m.start(), m.end()))
            added.setdefault(home, []).append(comm)
            every.append(comm)
    for m in _SENT.finditer(text):
        if not (m.group("rel1") or m.group("rel2") or m.group("rel3")):
            continue
        # "Neither Grotewohl nor Rau wrote …", "Whether he cabled …": no message (review 20)
        if _DOUBT.search(text[max(0, m.start("who") - 40) : m.end("verb")]):
            continue
        home = _home(first, m.start())
        if home is None:
            continue
        here = [c for cit in first.citations[max(0, home - 1) : home + 1] for c in cit.communications]
        who = m.group("who")
        writer = _antecedent(here, m.start()) if who.lower() in ("he", "she") else _person(who, m.start("who"))
        to = _person(m.group("to"), m.start("to"))
        if writer is None or to is None:
            continue
        kind = _VERB_KIND[m.group("verb").lower()]
        for day in _days(text, m.start(), False, here):
            known = any(
                c.kind == kind and c.date == day and _surname(p.mention.text) == _surname(to.text)
                for c in every
                for p in c.participants
                if p.function == "recipient"
            )
            parts = (Participant(replace(writer, role=None), "sender"), Participant(to, "recipient"))
            if known or _merges(first.citations[home].communications, kind, day, parts):
                continue
            comm = Communication(kind, day, parts, Span(m.start(), m.end()))
            added.setdefault(home, []).append(comm)
            every.append(comm)
    if not added:
        return first
    new = list(first.citations)
    for k, comms in added.items():
        new[k] = replace(new[k], communications=new[k].communications + tuple(comms))
    return replace(first, citations=tuple(new))
