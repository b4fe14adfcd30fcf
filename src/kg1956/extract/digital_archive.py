"""Citations copied from the Wilson Center Digital Archive's "get citation" box:

    "<title>," <Month D, YYYY>, History and Public Policy Program Digital Archive,
    <original archive and call number>. Translated for NKIDP by <name>. https://…

The title is the record's head in the archive's own English, which differs from the forms
historians write:

    "Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 21 August 1957"  (a diary entry)
    "From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung" (the diarist's talk)
    "Note about a Meeting on 29 November 1957 between X with Y and Comrade Z"   (dated in the title)
    "Record of Second Conversation of Premier X and Vice Premier Y with Z"       (an ordinal; two roles)
    "Record of Conversation from Premier Zhou Enlai's Reception of X"          (host and guest)
    "Information Report Sent by X to Y, 'subject'"                              (the subject names no one)

A date in the title (the day of a meeting, a diary entry, a telegram) is the communication's;
otherwise the citation's date after the title is. The rule claims the citation only when the
archive's name follows the title (and its date), so a quoted title in the author's prose is
left alone; what it cannot read it leaves to the other rules.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import find_dates
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import AND, WITH, RuleResult, side, split_top
from kg1956.extract.records_en import read_record
from kg1956.extract.text import blank_matches
from kg1956.models import Communication, DateValue, NameMention, Participant, Span

_QUOTED = re.compile(r"^(?:source\s*:\s*)?[“\"](?P<title>[^”\"]{5,400}?)[,.]?\s*[”\"]", re.IGNORECASE)
_ARCHIVE = re.compile(
    r"\s*,?\s*(?:the\s+)?(?:History\s+and\s+Public\s+Policy\s+Program|Wilson\s+Center|CWIHP|NKIDP)\s+Digital\s+Archive\b",
    re.IGNORECASE,
)
_COMRADE = re.compile(r"\b(?:Comrades?|Tov\.|Tovarishch)\s+", re.IGNORECASE)
_ORDINAL = re.compile(
    r"\b(?:First|Second|Third|Fourth|Fifth|Sixth|Final|Last|\d+(?:st|nd|rd|th))\s+(?=(?:conversation|meeting|talk)s?\b)",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r",?\s*['‘][^'‘’]{3,}['’]\s*$")  # "…, 'The Visit of the Soviet Delegation'"
_LIST_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|&|–|-)\s*$")  # "10 and | 12 October 1958"
_KIND_COMMA = re.compile(
    r"^(?:minutes|record|memorandum|notes|transcript|excerpts?)\s*,\s*(?=[^,;]{3,80}?[’']s\s)", re.IGNORECASE
)
_SPAN = re.compile(r"\d\s*(?:to|until|through|–|—|-)\s*\d|\d\s*(?:to|until|through|–|—|-)\s+[A-Z][a-z]+\s+\d")
_DATE_LEAD = re.compile(r"(?:,\s*|\s+(?:on|for|of|dated)\s+)$", re.IGNORECASE)
_SENT_BY = re.compile(
    r"^(?:information\s+)?(?P<noun>report|memorandum|letter|telegram|cable|note)\s+sent\s+by\s+", re.I
)

_DIARY = re.compile(
    r"^(?:(?:an?\s+)?(?:excerpts?|extracts?)\s+from\s+|from\s+)?(?:the\s+)?(?:journal|diary)\s+of\s+", re.IGNORECASE
)
_DIARY_TALK = re.compile(
    r",?\s*(?:record|memorandum|minutes|notes?)\s+(?:of|on|about)\s+(?:a\s+|the\s+)?(?:conversation|meeting|talk)s?"
    r"\s+with\s+",
    re.IGNORECASE,
)
_RECEPTION = re.compile(
    r"^(?:record|memorandum|minutes|notes?)\s+(?:of|on)\s+(?:a\s+|the\s+)?conversations?\s+(?:from|at|during)\s+"
    r"(?P<host>[^,;]{3,80}?)[’']s\s+(?:reception|meeting)\s+(?:of|with)\s+(?P<guest>.+)$",
    re.IGNORECASE,
)
_TALK = re.compile(
    r"^(?:(?:record|memorandum|memo|minutes|notes?|transcript|summary)\s+(?:of|on|about)\s+(?:a\s+|the\s+)?)?"
    r"(?:conversations?|meetings?|talks?)\s+(?P<conn>between|of|with)\s+",
    re.IGNORECASE,
)


_LIST = DateValue("0000-00-00")  # a marker: the title dates a list of days


def _title_date(title: str) -> tuple[str, DateValue | None]:
    """The first day-precision date written in the title, and the title without it."""
    for d in find_dates(title):
        if d.value is None or d.value.precision != "day":
            continue
        if d.more or d.range_start or _LIST_BEFORE.search(title[: d.span.start]):
            return title, _LIST  # "… Kim Il Sung, 10 and 12 October 1958": left to the rules that read lists
        lead = _DATE_LEAD.search(title[: d.span.start])
        start = lead.start() if lead else d.span.start
        return title[:start] + " " * (d.span.end - start) + title[d.span.end :], d.value
    return title, None


def _named(text: str, at: int) -> tuple[list[NameMention], list[str]] | None:
    """One side of a title: "Premier Zhou Enlai and Vice Premier Chen Yi" (each with a role
    before the name), or whatever `side` reads whole ("the Central Committee of the …")."""
    parts: list[tuple[str, int]] = []
    rest, rest_at = text, at
    while True:
        split = split_top(rest, AND)
        if split is None:
            parts.append((rest, rest_at))
            break
        parts.append((split[0], rest_at))
        rest, rest_at = split[2], rest_at + split[3]
    if len(parts) > 1:
        named: list[NameMention] = []
        unnamed: list[str] = []
        for part, part_at in parts:
            found = side(part, part_at)
            if found is None:
                break
            named += [_clean(m) for m in found[0]]
            unnamed += found[1]
        else:
            return _sort(named, unnamed)
    found = side(text, at)
    return _sort([_clean(m) for m in found[0]], found[1]) if found else None


_COLLECTIVE = re.compile(
    r"^(?:delegations?|party|parties|government|governments|side|leadership|leaders|comrades|embassy|legation)$",
    re.IGNORECASE,
)


def _sort(mentions: list[NameMention], unnamed: list[str]) -> tuple[list[NameMention], list[str]]:
    """ "the Korean Delegation", "the Hungarian Party": a collective noun read as a surname
    names no one."""
    named = [m for m in mentions if not _COLLECTIVE.match(m.text.split()[-1]) or m.is_organization]
    return named, unnamed + [" ".join(filter(None, (m.role, m.text))) for m in mentions if m not in named]


def _clean(mention: NameMention) -> NameMention:
    """A role read across a blanked "Comrade" keeps single spaces."""
    if mention.role and "  " in mention.role:
        return replace(mention, role=" ".join(mention.role.split()))
    return mention


def _talk(parties: str, at: int, conn: str) -> tuple[list[Participant], list[str]] | None:
    """ "X and Y", "X with Y and Z" (between/of), or "with Y" (the recorder not named)."""
    if conn == "with":
        found = _named(parties, at)
        return ([Participant(m, "interlocutor") for m in found[0]], found[1]) if found else None
    split = split_top(parties, WITH)
    if split is not None:
        left, right = _named(split[0], at), _named(split[2], at + split[3])
    else:
        left, right = _named(parties, at), ([], [])
    if left is None or right is None:
        return None
    people = [Participant(_clean(m), "interlocutor") for m in (*left[0], *right[0])]
    unnamed = left[1] + right[1]
    if not people or len(people) + len(unnamed) < 2:
        return None
    return people, unnamed


def read_title(title: str, at: int, date: DateValue | None) -> Communication | None:
    """The communication an archive title names; `date` is the citation's, used when the
    title gives none."""
    text = blank_matches(blank_matches(title, _COMRADE), _ORDINAL)
    text = blank_matches(text, _SUBJECT)
    text, in_title = _title_date(text)
    if in_title is _LIST:
        return None
    when = in_title or date
    span = Span(at, at + len(title))
    diary = _DIARY.match(text)
    if diary:
        rest = text[diary.end() :]
        talk = _DIARY_TALK.search(rest)
        keeper = rest[: talk.start()] if talk else rest
        diarist = parse_participant(keeper, at + diary.end())
        if diarist is None:
            return None
        diarist = _clean(diarist)
        if talk:  # "From the Journal of X, Record of a Conversation with Y": X's talk with Y
            other = _named(rest[talk.end() :], at + diary.end() + talk.end())
            if other is None or not other[0]:
                return None
            people = (Participant(diarist, "recorder"), *(Participant(m, "interlocutor") for m in other[0]))
            return Communication("conversation", when, people, span, tuple(other[1]))
        if in_title is None or _SPAN.search(title):  # a journal cited whole or for a span: no entry
            return None
        return Communication("diary_entry", in_title, (Participant(diarist, "diarist"),), span)
    reception = _RECEPTION.match(text)
    if reception:  # "Record of Conversation from Premier Zhou Enlai's Reception of X": host and guest
        host = _named(reception.group("host"), at + reception.start("host"))
        guest = _named(reception.group("guest"), at + reception.start("guest"))
        if host is None or guest is None or not host[0] or not guest[0]:
            return None
        people = tuple(Participant(m, "interlocutor") for m in (*host[0], *guest[0]))
        return Communication("conversation", when, people, span, tuple(host[1] + guest[1]))
    talk = _TALK.match(text)
    if talk:
        sides = _talk(text[talk.end() :].rstrip(" ,."), at + talk.end(), talk.group("conn").lower())
        if sides is not None:
            return Communication("conversation", when, tuple(sides[0]), span, tuple(sides[1]))
    sent = _SENT_BY.match(text)
    if sent:  # "Information Report Sent by X to Y": a report from X to Y
        noun = sent.group("noun")
        text = noun + " " * (sent.end() - len(noun) - len("from ")) + "from " + text[sent.end() :]
    lead = _KIND_COMMA.match(text)  # "Minutes, Mao Zedong's Conversation with …": the possessive head
    skip = lead.end() if lead else 0
    found = read_record(text[skip:].rstrip(" ,."), at + skip)
    if found is None or found.more_dates:
        return None
    comm = found.communication
    named, unnamed = _sort([p.mention for p in comm.participants], list(comm.unnamed))
    people = tuple(p for p in comm.participants if p.mention in named)
    if not people:
        return None
    return Communication(comm.kind, in_title or comm.date or date, people, span, tuple(unnamed))


def read_digital_archive(text: str, offset: int) -> RuleResult | None:
    """A citation from the Digital Archive: the quoted title, its date and the archive's
    name (the call number after it is read as the record's locator)."""
    m = _QUOTED.match(text)
    if m is None:
        return None
    end = m.end()
    date = None
    after = text[end:]
    dates = find_dates(after[:60])
    if dates and dates[0].value is not None and not after[: dates[0].span.start].strip(" ,"):
        date, end = dates[0].value, end + dates[0].span.end
    archive = _ARCHIVE.match(text, end)
    if archive is None:
        return None
    comm = read_title(m.group("title"), offset + m.start("title"), date)
    if comm is None:
        return None
    end = archive.end()
    return RuleResult(
        Communication(comm.kind, comm.date, comm.participants, Span(offset, offset + end), comm.unnamed), end
    )
