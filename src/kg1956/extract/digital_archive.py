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

Real titles carry more than the heads historians write (docs/real-conventions.md): the paper's
author before its own quoted title ("A, 'Record of a Conversation of …'"), ranks and "Com."/"Cde."
before names, names in the capitals of a Russian original, "(Excerpt)", a meeting's hours, a
registry number and secrecy grade, "via" a channel, a city and "[undated]", and the subject after
the parties in title case ("…, containing a message from …", "… on Meetings with …"); all of these
name no party.

A date in the title (the day of a meeting, a diary entry, a telegram) is the communication's;
otherwise the citation's date after the title is. The rule claims the citation only when the
archive's name follows the title (and its date), so a quoted title in the author's prose is
left alone; what it cannot read it leaves to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg1956.extract.bare_letters import read_bare_letter
from kg1956.extract.dates import find_dates, shared_precision
from kg1956.extract.head_parties import BY_MEANS, recorder_named
from kg1956.extract.kinds import KINDS, MODIFIERS
from kg1956.extract.lexicon import COUNTRIES, OFFICE_NOUNS, PLACES, STATE_NAMES
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant, parse_person
from kg1956.extract.parties import AND, DASH_PAIR, WITH, RuleResult, side, split_top
from kg1956.extract.records_en import read_record
from kg1956.extract.roles import is_role_word
from kg1956.extract.text import blank_matches
from kg1956.models import Communication, DateValue, NameMention, Participant, Span

# 'Stanisław Kramarz, "Record of a Conversation of …"': the Digital Archive names the paper's
# author before its title when the title does not
_QUOTED = re.compile(
    r"^(?:(?i:source)\s*:\s*)?(?:(?P<author>[A-Z][^,;:()\[\]“”\"]{2,60}?),\s*)?"
    r"[“\"](?P<title>[^”\"]{5,400}?)[,.]?\s*[”\"]"
)
_ARCHIVE = re.compile(
    r"\s*,?\s*(?:the\s+)?(?:History\s+and\s+Public\s+Policy\s+Program|Wilson\s+Center|CWIHP|NKIDP)\s+Digital\s+Archive\b",
    re.IGNORECASE,
)
_COMRADE = re.compile(
    r"\b(?:Comrades?|Tov\.|Tovarishch|Cdes?\.|Com\.(?=\s+[A-Z])"
    # a military rank before the name, after the office ("USSR Military Attaché Col. Latishev")
    r"|(?-i:Col|Lt|Gen|Maj|Capt|Adm)\.(?=\s+[A-Z]))\s+",
    re.IGNORECASE,
)
# "(Excerpt)": which part of the document was translated, no party
_PART = re.compile(r"\s*[(\[](?:excerpts?|extracts?|fragments?|abridged|summary|draft)[)\]]", re.IGNORECASE)
# "on 26 July 1968 between 11:00 and 12:30 hours": the hours of a meeting, after its day
_HOURS = re.compile(
    r",?\s*(?:between|from)\s+\d{1,2}[:.]\d{2}\s*(?:and|to|until|-|–)\s*\d{1,2}[:.]\d{2}(?:\s*hours|\s*h\b)?"
    r"|,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*hours"
    r"|,?\s*at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.\s?m\.?|[ap]m\b)",  # "at 11:45 a.m."
    re.IGNORECASE,
)
# "Telegram from … to …, January 12, 1980, 057016, Secret": the registry number and the secrecy
# grade after the date in the title
_REGISTRY = re.compile(
    r"(?:,\s*(?:No\.\s*)?\d{3,}(?:/\d+)*)?(?:,\s*(?:strictly\s+|top\s+)?(?:secret|confidential|urgent))+\s*$"
    r"|,\s*(?:No\.\s*)?\d{4,}(?:/\d+)*\s*$",
    re.IGNORECASE,
)
# "Record of a conversation with X by Y": Y wrote the record
_BY = re.compile(r"\s+by\s+(?=[A-Z])")
# "…with a Yugoslavian Communist Union Delegation, Beijing, [undated]": where the talk was, and the
# archive's note that the paper bears no date
_PLACE_TAIL = re.compile(r",\s*(?P<place>[A-Z][a-z]+)(?=\s*(?:,|$))")
# "…, Voden Residence [Bulgaria]", "…, Kuntsevo Dacha": a named house where the talk was, its country after
_RESIDENCE_TAIL = re.compile(
    r",\s*(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,2}(?:Residence|Palace|Dacha|Villa|Castle|Lodge|Guest\s+House)"
    r"(?:\s*\[[A-Z][\w\s]{2,30}\])?\s*$"
)
_UNDATED = re.compile(r",?\s*\[(?:undated|n\.\s?d\.|no\s+date)\]", re.IGNORECASE)
# "Cable from Cde. Mikoyan from Beijing concerning …": where the writer was, no party
_PLACE_FROM = re.compile(r"\s+from\s+(?P<place>[A-Z][a-z]+)\b(?=\s*(?:,|$|\s+(?:to|on|about|concerning)\b))")
# "… to Kim Il Sung via Krasovsky": the channel a message went through takes no part
_VIA = re.compile(r"\s+via\s+[^,;]+$", re.IGNORECASE)
# "Cable … from X to Y, containing a message from Z", "Report from X to Y on Meetings with …",
# "… with Y during Com. X's Visit in the DPRK":
# what the message is about, in the title case of the archive's titles
_TITLE_SUBJECT = re.compile(
    r"(?:,\s*|\s+)(?:on|about|concerning|regarding|re:?|containing|with\s+regard\s+to|in\s+connection\s+with|during)\s+",
    re.IGNORECASE,
)

_ORDINAL = re.compile(
    r"\b(?:First|Second|Third|Fourth|Fifth|Sixth|Final|Last|\d+(?:st|nd|rd|th))\s+(?=(?:conversation|meeting|talk)s?\b)",
    re.IGNORECASE,
)
# "Letter from X to Y, Marked 'Final Version'": what the archive's copy bears, no party
_MARKED = re.compile(r",?\s*(?:marked|stamped|labell?ed|inscribed|annotated)\s+['‘\"][^'‘’\"]{2,60}['’\"]\s*$", re.I)
# "…, 'The Visit of the Soviet Delegation'", "…, 'Visits of the DPRK’s Delegations'" (an apostrophe inside)
_SUBJECT = re.compile(r",?\s*['‘](?:[^'‘’]|[’'](?=[a-z]))(?:[^'‘’]|[’'](?=[a-z])){2,}['’]\s*$")
# "A Conversation Between …", "The Record of Conversation …": the article before the head; "Verbal Message"
_LEAD_ARTICLE = re.compile(
    r"^(?:(?:an?|the)\s+(?=(?:record|conversation|memorandum|minutes|meeting|talk|note|report|letter|telegram|cable)s?\b)"
    # "Verbal Message from X to Y": the archive's name for a message its bearer delivered, read as one
    r"|(?:verbal|oral)\s+(?=message\s+from\s))",
    re.IGNORECASE,
)
# "… which Occurred in the Kremlin": where the talk was, after its parties (its day is read before)
_OCCURRED = re.compile(r"\s+(?:which|that)\s+(?:occurred|took\s+place|was\s+held)\b[^,;]*$", re.IGNORECASE)
# "Memorandum for the Record from X": a memo to file, its writer after "from"
_FOR_RECORD = re.compile(r"(?<=memorandum)\s+for\s+the\s+record(?=\s+(?:from|by)\s)", re.IGNORECASE)
# "Report of Cde. Peng Dehuai about the Situation …": "of" names the writer when a subject follows
_REPORT_OF = re.compile(
    r"^(?:report|memorandum|letter|note|information)\s+(?P<of>of)\s+(?=(?!the\s)[^,;]{3,60}?\s(?:about|on|concerning|regarding)\s)",
    re.IGNORECASE,
)
_LIST_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|&|–|-)\s*$")  # "10 and | 12 October 1958"
_KIND_COMMA = re.compile(
    r"^(?:minutes|record|memorandum|notes|transcript|excerpts?)\s*,\s*(?=[^,;]{3,80}?[’']s\s)", re.IGNORECASE
)
_SPAN = re.compile(r"\d\s*(?:to|until|through|–|—|-)\s*\d|\d\s*(?:to|until|through|–|—|-)\s+[A-Z][a-z]+\s+\d")
_DATE_LEAD = re.compile(r"(?:,\s*|\s+(?:on|for|of|dated|at)\s+)$", re.IGNORECASE)
_SENT_BY = re.compile(
    r"^(?:information\s+)?(?P<noun>report|memorandum|letter|telegram|cable|note)\s+sent\s+by\s+", re.I
)

_DIARY = re.compile(
    r"^(?:(?:an?\s+)?(?:excerpts?|extracts?)\s+from\s+|from\s+)?(?:the\s+)?(?:journal|diary)\s+of\s+", re.IGNORECASE
)
# "Record of a Conversation with X", "Note About a Conversation with X": a record that names the other side only
_RECORD_OF_TALK_WITH = re.compile(
    # "From the Journal of Molotov: Top Secret Memorandum of Conversation with …": its grade is no party
    r"[,:]?\s*(?:(?:top\s+secret|secret|(?:strictly\s+)?confidential)\s+)?(?:record|memorandum|minutes|notes?)\s+(?:of|on|about)\s+(?:a\s+|the\s+)?(?:conversation|meeting|talk)s?"
    r"\s+with\s+",
    re.IGNORECASE,
)
# "Excerpts from X's diary on his conversation with Y on …": the diarist's own talk
_OWN_DIARY = re.compile(
    r"^(?:(?:excerpts?|extracts?)\s+from\s+)?(?P<x>[^,;:()]{2,60}?)[’']s\s+(?:diary|journal)(?:\s+entry)?\s+"
    r"(?:on|about|of)\s+(?:his|her|a|the)\s+(?:conversation|meeting|talk)s?\s+with\s+",
    re.IGNORECASE,
)
_RECEPTION = re.compile(
    r"^(?:(?:record|memorandum|minutes|notes?)\s+(?:of|on)\s+(?:a\s+|the\s+)?)?conversations?\s+(?:from|at|during)\s+"
    r"\[?(?P<host>[^,;\[\]]{3,80}?)[’']s\]?\s+(?:reception|meeting)\s+(?:of|with)\s+(?P<guest>.+)$",
    re.IGNORECASE,
)
# "Reception by Soviet Vice Foreign Minister X for the General Director …, Cde. Y": host and guest
_RECEIVED_BY = re.compile(r"^reception\s+by\s+(?P<host>[^,;]{3,80}?)\s+(?:for|of)\s+(?P<guest>.+)$", re.IGNORECASE)
_TALK = re.compile(
    # "Memorandum, Conversation of Mao and …": the kind, a comma, then the talk
    r"^(?:(?:record|memorandum|memo|minutes|notes?|transcript|summary)(?:\s+(?:of|on|about|from)\s+(?:a\s+|the\s+)?|,\s+))?"
    r"(?:conversations?|meetings?|talks?|(?:(?:farewell|courtesy|inaugural|introductory|protocol)\s+)?(?:visit|call)"
    r"(?=\s+of\s))\s+(?P<conn>between|of|with)\s+",
    re.IGNORECASE,
)


_INNER_TALK = re.compile(
    r"[‘']\s*(?=(?:record|memorandum|minutes|notes?)\s+(?:of|on|about)\s+(?:a\s+|the\s+)?(?:conversation|meeting|talk))",
    re.IGNORECASE,
)


def _unquote_talk(title: str) -> str:
    """ "Journal of X, 'Record of a Conversation with Y, role'": the record a journal holds is
    quoted in the title, and is no subject; a closing quote with no opening one ("… on 11 October
    1957'") is a slip of the archive's."""
    chars = list(title)
    inner = _INNER_TALK.search(title)
    if inner:
        rest = title[inner.end() :]
        close = max(rest.rfind("’"), rest.rfind("'"))
        chars[inner.start()] = " "
        if close >= 0:
            chars[inner.end() + close] = " "
    elif title.endswith(("'", "’")) and not re.search(r"(?:^|\s)[‘']", title):
        chars[-1] = " "
    return "".join(chars)


# "Record of a Conversation with GONG PUSHENG, Chief of …": the archive copies the capitals the
# Russian original writes a foreign name in
_CAPS_NAME = re.compile(
    r"\b(?P<lead>with|between|and|of)\s+(?P<name>[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){1,2})"
    r"(?=\s*(?:,|$|\(|\[)|\s+(?:and|on|in|at)\s)"
)
_ACRONYMS = frozenset(
    "USSR CPSU DPRK PRC KWP CCP MFA CC UN GDR FRG SED MPR MPRP DRV VWP USA PZPR KSC KSČ NKVD KGB TASS CPC".split()
)


def _recase(title: str) -> str:
    """A name in capitals after a connector, written as a name ("HUANG ZHEN" → "Huang Zhen");
    acronyms and words without a vowel stay as they are."""

    def fix(m: re.Match[str]) -> str:
        words = m.group("name").split()
        if any(w in _ACRONYMS or not re.search(r"[AEIOUY]", w) or len(w) > 10 for w in words):
            return m.group(0)
        name = re.sub(r"\S+", lambda w: w.group(0).capitalize(), m.group("name"))
        return m.group(0)[: m.start("name") - m.start()] + name

    return _CAPS_NAME.sub(fix, title)


_LIST = DateValue("0000-00-00")  # a marker: the title dates a list of days


def _title_date(title: str) -> tuple[str, DateValue | None]:
    """The first day-precision date written in the title, and the title without it."""
    for d in find_dates(title):
        if d.value is None or d.value.precision != "day":
            continue
        if d.more or _LIST_BEFORE.search(title[: d.span.start]):
            return title, _LIST  # "… Kim Il Sung, 10 and 12 October 1958": left to the rules that read lists
        value = d.value
        if d.range_start:  # "… Comrade Pimenov of 26-27.III.1957": one talk over days, dated by what they share
            value = shared_precision(d.range_start, d.value)
            if value is None:
                return title, _LIST
        lead = _DATE_LEAD.search(title[: d.span.start])
        start = lead.start() if lead else d.span.start
        return title[:start] + " " * (d.span.end - start) + title[d.span.end :], value
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
            found = side(_without_state(part), part_at)
            if found is None:
                break
            named += [_clean(m) for m in found[0]]
            unnamed += found[1]
        else:
            return _sort(named, unnamed)
    found = side(_without_state(text), at)
    return _sort([_clean(m) for m in found[0]], found[1]) if found else None


# "President Ho Chi Minh of the DRV": the state after a man's name is no part of it
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>(?:(?:North|South|East|West)\s+)?[A-Z][\w-]+)\s*$")


def _without_state(text: str) -> str:
    """`text` with the state after the last name blanked, when the words before it are a name
    (no office: "Minister of Foreign Affairs of the DRV" keeps its state)."""
    m = _OF_STATE.search(text)
    if m is None:
        return text
    state = m.group("state").split()[-1]
    if state.lower() not in COUNTRIES | STATE_NAMES and state not in _ACRONYMS:
        return text
    words = text[: m.start()].split()
    name: list[str] = []
    while words and words[-1][:1].isupper() and not is_role_word(words[-1]) and words[-1].lower() not in OFFICE_NOUNS:
        name.insert(0, words.pop())
    if not name or not words or _COLLECTIVE.match(name[-1]) or not looks_like_name(" ".join(name)):
        return text  # "Minister of Foreign Affairs of the DRV": an office's state; a bare name has no office first
    return text[: m.start()] + " " * (len(text) - m.start())


_COLLECTIVE = re.compile(
    r"^(?:delegations?|party|parties|government|governments|side|leadership|leaders|comrades|embassy|legation"
    r"|republic|union|kingdom|federation)$",  # "Foreign Minister of Mongolian People's Republic": a state
    re.IGNORECASE,
)


def _sort(mentions: list[NameMention], unnamed: list[str]) -> tuple[list[NameMention], list[str]]:
    """ "the Korean Delegation", "the Hungarian Party": a collective noun read as a surname
    names no one."""
    named = [m for m in mentions if not _COLLECTIVE.match(m.text.split()[-1]) or m.is_organization]
    return named, unnamed + [" ".join(filter(None, (m.role, m.text))) for m in mentions if m not in named]


def _clean(mention: NameMention) -> NameMention:
    """A role read across a blanked "Comrade" keeps single spaces; "Embassy Counselor Com. B.
    Lis" is the counselor, not a body."""
    if mention.is_organization:
        person = parse_person(mention.text, mention.span.start)
        if person is not None and not person.is_organization:
            mention = person
    if mention.role and "  " in mention.role:
        return replace(mention, role=" ".join(mention.role.split()))
    return mention


def _office_holder(mention: NameMention) -> NameMention:
    """A body's name that ends in an office and a man's name ("CC CCP Secretary Liu Shaoqi",
    "Politburo Members Peng Zhen") is that man; a body with a place last ("Embassy of Hungary
    in North Korea") stays the body."""
    if not mention.is_organization:
        return mention
    person = parse_person(mention.text, mention.span.start)
    if person is None or person.is_organization or not person.role or not is_role_word(person.role.split()[-1]):
        return mention
    return _clean(person)


def _talk(parties: str, at: int, conn: str) -> tuple[list[Participant], list[str]] | None:
    """ "X and Y", "X with Y and Z" (between/of), or "with Y" (the recorder not named)."""
    if conn == "with":
        by = split_top(parties, _BY)
        if by is not None and BY_MEANS.match(by[2]):
            parties, by = by[0], None  # "with Y by Telephone": Y alone, no recorder
        if by is not None:  # "with DPRK Minister X by Soviet Embassy Counsellor Y": Y's record of the talk
            other, writer = _named(by[0], at), _named(by[2], at + by[3])
            if other and writer and other[0] and recorder_named(writer[0]):
                people = [Participant(m, "recorder") for m in writer[0]]
                return [*people, *(Participant(m, "interlocutor") for m in other[0])], other[1] + writer[1]
        found = _named(parties, at)
        return ([Participant(m, "interlocutor") for m in found[0]], found[1]) if found else None
    split = split_top(parties, WITH)
    if split is None and conn == "between" and split_top(parties, AND) is None:
        split = split_top(parties, DASH_PAIR)  # "between Todor Zhivkov – Leonid I. Brezhnev"
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


# "Stanisław Kramarz, 'Record of a Conversation of …'": the paper's author, then its own title in
# single quotes, all inside the archive's title
_AUTHOR_TITLE = re.compile(r"^(?P<author>[A-Z][^,;:'‘’\[\]()]{2,60}?),\s*['‘](?P<inner>.{5,}?)['’]?\s*$")
_RANK = re.compile(r"^(?:(?:Col|Lt|Gen|Maj|Capt|Adm|Cdes?|Com)\.|Comrade)\s+")
_KIND_ONLY = re.compile(r"(?P<kind>report|information|memorandum|note|letter|telegram|cable)\b", re.IGNORECASE)


# "East German Ambassador in Mogadishu Herklotz": the post's city, then the holder's name
_POST_THEN_NAME = re.compile(
    r"^(?P<role>[A-Z][^,;:]*?\b(?:in|to|at)\s+(?P<place>[A-Z][\w'’-]+))\s+(?P<name>[A-Z][^\s,;:]*(?:\s+[A-Z][^\s,;:]*)?)$"
)


def _author_person(author: str, at: int) -> NameMention | None:
    """The person an author's words name, with an office before the name even when it ends in
    the post's city."""
    post = _POST_THEN_NAME.match(author.strip())
    if post and post.group("place").lower() in PLACES and looks_like_name(post.group("name")):
        start = at + author.find(post.group("name"))
        return NameMention(post.group("name"), Span(start, start + len(post.group("name"))), post.group("role"))
    found = parse_person(author, at)
    return found if found is not None and not found.is_organization else None


def _author_by_office(author: str, at: int) -> bool:
    """An author the archive names by office and name ("East German Ambassador in Mogadishu
    Herklotz") or a body ("Embassy of the GDR in the PR China")."""
    found = _author_person(author, at)
    if found is not None:
        return bool(found.role) and looks_like_name(found.text)
    found = parse_participant(author, at)
    return found is not None and found.is_organization


def _authored(title: str, at: int, date: DateValue | None) -> Communication | None:
    """The record an author's quoted title names; a report with no parties in its title
    ("I.I. Shtodin, 'Report about the Trip of a Delegation'") is the author's."""
    m = _AUTHOR_TITLE.match(title)
    if m is None:
        return None
    written = _RANK.sub("", m.group("author")).strip()
    named = looks_like_name(written)
    if not named and not _author_by_office(m.group("author"), at):
        return None  # "Cable from X to Y, 'subject'", "From the Journal of X, 'Record …'": no author first
    found = read_title(m.group("inner"), at + m.start("inner"), date)
    if found is not None and _RECORD_OF_TALK_WITH.match(m.group("inner")) and found.kind == "conversation":
        # "Herklotz, 'Note About a Conversation with the USSR Ambassador …'": the author's own talk
        author = _author_person(m.group("author"), at)
        if author is not None and len(found.participants) == 1:
            return replace(found, participants=(Participant(_clean(author), "recorder"), *found.participants))
    if found is not None or not named:
        return found  # a body's paper ("Embassy of the GDR, 'Note about …'") only for the record it names
    kind = _KIND_ONLY.match(m.group("inner"))
    author = parse_participant(m.group("author"), at)
    if kind is None or author is None or author.is_organization or date is None:
        return None
    word = kind.group("kind").lower()
    kind_name = {"information": "report", "cable": "telegram", "note": "memo", "memorandum": "memo"}.get(word, word)
    return Communication(kind_name, date, (Participant(_clean(author), "sender"),), Span(at, at + len(title)))


def read_title(title: str, at: int, date: DateValue | None) -> Communication | None:
    """The communication an archive title names; `date` is the citation's, used when the
    title gives none."""
    article = _LEAD_ARTICLE.match(title)
    if article:  # "A Conversation Between …": read from the head
        found = read_title(title[article.end() :], at + article.end(), date)
        return replace(found, span=Span(at, at + len(title))) if found is not None else None
    authored = _authored(title, at, date)
    if authored is not None:
        return authored
    text = blank_matches(blank_matches(_recase(title), _COMRADE), _ORDINAL)
    text = blank_matches(text, _FOR_RECORD)
    report_of = _REPORT_OF.match(text)
    if report_of:
        text = text[: report_of.start("of")] + "by" + text[report_of.end("of") :]
    text = _unquote_talk(text)
    text = blank_matches(blank_matches(blank_matches(blank_matches(text, _MARKED), _SUBJECT), _PART), _HOURS)
    text, in_title = _title_date(text)
    text = blank_matches(blank_matches(text, _REGISTRY), _VIA)
    text = _PLACE_FROM.sub(lambda m: " " * len(m.group(0)) if m.group("place").lower() in PLACES else m.group(0), text)
    text = _PLACE_TAIL.sub(lambda m: " " * len(m.group(0)) if m.group("place").lower() in PLACES else m.group(0), text)
    text = blank_matches(blank_matches(blank_matches(text, _UNDATED), _RESIDENCE_TAIL), _OCCURRED)
    if in_title is _LIST:
        return None
    when = in_title or date
    span = Span(at, at + len(title))
    diary = _DIARY.match(text)
    if diary:
        rest = text[diary.end() :]
        talk = _RECORD_OF_TALK_WITH.search(rest)
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
    own = _OWN_DIARY.match(text)
    if own:
        diarist = parse_participant(own.group("x"), at + own.start("x"))
        other = _parties_before_subject(text[own.end() :], at + own.end(), _named)
        if diarist is None or other is None:
            return None
        people = (Participant(_clean(diarist), "recorder"), *(Participant(m, "interlocutor") for m in other[0]))
        return Communication("conversation", when, people, span, tuple(other[1]))
    reception = _RECEPTION.match(text) or _RECEIVED_BY.match(text.rstrip())
    if reception:  # "Record of Conversation from Premier Zhou Enlai's Reception of X": host and guest
        host = _named(reception.group("host"), at + reception.start("host"))
        guest = _named(reception.group("guest"), at + reception.start("guest"))
        if host is None or guest is None or not host[0] or not (guest[0] or guest[1]):
            return None
        people = tuple(Participant(m, "interlocutor") for m in (*host[0], *guest[0]))
        return Communication("conversation", when, people, span, tuple(host[1] + guest[1]))
    talk = _TALK.match(text)
    if talk:
        conn = talk.group("conn").lower()
        # "… with X and Y on the Plan": the parties, then what they talked about
        sides = _parties_before_subject(text[talk.end() :], at + talk.end(), lambda t, a: _talk(t, a, conn))
        if sides is not None:
            return Communication("conversation", when, tuple(sides[0]), span, tuple(sides[1]))
    sent = _SENT_BY.match(text)
    if sent:  # "Information Report Sent by X to Y": a report from X to Y
        noun = sent.group("noun")
        text = noun + " " * (sent.end() - len(noun) - len("from ")) + "from " + text[sent.end() :]
    writer = _WRITER_THEN_KIND.match(text)
    if writer and writer.group("x").strip().lower() in (*MODIFIERS, *KINDS, "excerpt", "copy", "translation"):
        writer = None  # "Draft, Report to the CC CPSU Plenum": the paper's state, no writer
    if writer:  # "Bulgarian UN Representative Milko Tarabanov, Report to the Politburo on …"
        sender = _author_person(writer.group("x"), at) or parse_participant(writer.group("x"), at)
        rest = text[writer.end() :]
        found = _record(rest, at + writer.end())
        if sender is None or found is None or found.more_dates:
            return None  # "Pyongyang, Report to …": no writer named, or a head not read
        comm = found.communication
        if any(p.function == "sender" for p in comm.participants) or comm.kind == "conversation":
            return None
        people = (Participant(_clean(sender), "sender"), *comm.participants)
        return Communication(comm.kind, in_title or comm.date or date, people, span, comm.unnamed)
    lead = _KIND_COMMA.match(text)  # "Minutes, Mao Zedong's Conversation with …": the possessive head
    skip = lead.end() if lead else 0
    bare_from = _BARE_FROM.match(text)
    if bare_from:  # "From Gr. Shopov to T. Zhivkov on …": a message with no kind word
        skip = bare_from.end()
    found = _record(text[skip:], at + skip)
    if found is not None and bare_from and not all(_full_name(p.mention) for p in found.communication.participants):
        found = None  # "From Lenin to Stalin": a span of time or a book's title, not two ends
    if found is None or found.more_dates:
        return None
    comm = found.communication
    named, unnamed = _sort([p.mention for p in comm.participants], list(comm.unnamed))
    # "with CC CCP Secretary Liu Shaoqi": an office that begins like a body, then the man
    people = tuple(replace(p, mention=_office_holder(p.mention)) for p in comm.participants if p.mention in named)
    if not people:
        return None
    return Communication(comm.kind, in_title or comm.date or date, people, span, tuple(unnamed))


# "Bulgarian UN Representative Milko Tarabanov, Report to …": the writer by office and name, then
# the paper's kind and its addressee
_WRITER_THEN_KIND = re.compile(
    r"^(?P<x>[A-Z][^,;:'‘’()\[\]]{3,80}?),\s+(?=(?:report|letter|cable|telegram|memorandum|note|message)\s+to\s)",
    re.IGNORECASE,
)
# "From Gr. Shopov to T. Zhivkov on …": the archive's title of a message named by its two ends alone
_BARE_FROM = re.compile(r"^From\s+(?!the\s|a\s|an\s)(?=[^,;:]{3,80}?\s+to\s+[A-Z])")

_SUBJECT_WORD = re.compile(r"\b(?:on|about|concerning|regarding|containing|re)\b", re.IGNORECASE)


def _parties_before_subject(
    text: str, at: int, read: Callable[[str, int], tuple[list, list[str]] | None]
) -> tuple[list, list[str]] | None:
    """What `read` (`_named` or `_talk`) finds in `text`, or in its head before a subject ("… with
    Soviet leader X on Wool"): the first reading whose roles carry no subject's words."""
    for cut in (len(text), *(m.start() for m in _TITLE_SUBJECT.finditer(text))):
        found = read(text[:cut].rstrip(" ,."), at)
        if found is None:
            continue
        mentions = [getattr(x, "mention", x) for x in found[0]]
        if mentions and not any(m.role and _SUBJECT_WORD.search(m.role) for m in mentions):
            return found
    return None


def _full_name(mention: NameMention) -> bool:
    """A named body, or a person named with initials or more than one word and no role: what
    a title with no kind word must give at both ends ("G. Zhukov to the CPSU CC")."""
    if mention.is_organization:
        return True
    return not mention.role and ("." in mention.text or len(mention.text.split()) > 1)


def _record(text: str, at: int) -> RuleResult | None:
    """The record a title names; when the whole title reads as none, its head before the
    subject ("Cable from X to Y, containing a message from Z", "Report from X to Y on Meetings
    with the Leaders of …")."""
    heads = [text] + [
        text[: subject.start()]
        for subject in _TITLE_SUBJECT.finditer(text)
        if re.search(r"\b(?:from|to|by)\s", text[: subject.start()], re.IGNORECASE)
    ]
    for head in heads:
        envoy = _envoy_only(head.rstrip(" ,."), at)
        if envoy is not None:
            return envoy
    for head in heads:
        head = head.rstrip(" ,.")
        # the citation dates the title: "n.d." stands in for its date, so that a paper with
        # one named writer ("Untitled report from X, role") is read as the rules read a dated one
        found = read_record(head, at) or read_record(head + ", n.d.", at)
        if found is None and not re.match(r"(?:cable|telegram|letter|report|memo)", head, re.IGNORECASE):
            found = read_bare_letter(head + ", n.d.", at)  # "G. Zhukov to the CPSU CC": no kind word
            if found is not None and not all(_full_name(p.mention) for p in found.communication.participants):
                found = None  # "Proposals to the Soviet Government": a title, not two ends
        if found is not None and any(
            (p.mention.role and _SUBJECT_WORD.search(p.mention.role))
            or _SUBJECT_WORD.search(head, 0, max(0, p.mention.span.start - at))
            for p in found.communication.participants
        ):
            found = None  # "Cable from X from Geneva concerning Conversations with Y": Y is the subject's
        if found is not None:
            return found
    return None


# "Cable from Soviet Ambassador to the PRC P. Yudin", "Letter of the Acting Ambassador of East Germany to
# North Korea, Comrade Jarck": the "to" of an envoy's post, no addressee
_FROM_ENVOY = re.compile(
    r"^(?:(?:an?\s+)?(?:excerpts?|extracts?)\s+from\s+(?:an?\s+|the\s+)?)?(?:(?:[\w-]+\s+)*?)"
    r"(?P<kind>letter|cable|telegram|report|memorandum|note|message)[\s,]+(?:(?:from|of)\s+|.*\sfrom\s+)"
    r"(?P<x>[^,;]*?\b(?:ambassador|envoy|representative|chargé\s+d['’]\s?affaires|consul|counsell?or|attaché"
    r"|minister)\b[^,;]*?\s+to\s+[^,;]+?(?:,\s*[^,;]+)?)$",
    re.IGNORECASE,
)


def _envoy_only(head: str, at: int) -> RuleResult | None:
    """A message whose only "to" is its writer's post ("… Ambassador to the PRC P. Yudin"): the
    envoy sent it, to no one the title names."""
    m = _FROM_ENVOY.match(head)
    if m is None:
        return None
    x = m.group("x")
    post = re.search(r"\sto\s", x)
    if post is None or re.search(r"\sto\s", x[post.end() :]):
        return None  # "… to the PRC P. Yudin to the CC CPSU": the second "to" is the addressee's
    writer = parse_participant(x[: post.start()], at)
    if writer is not None and writer.text.lower() not in COUNTRIES | PLACES | STATE_NAMES:
        return None  # "Foreign Minister Chen Yi to Ambassador X": a name before "to", the writer, then his addressee
    envoy = _author_person(x, at + m.start("x")) or parse_participant(x, at + m.start("x"))
    if envoy is None or envoy.is_organization or not envoy.role or " to " not in f" {envoy.role} ":
        return None
    if _SUBJECT_WORD.search(envoy.role):
        return None  # "… P. Yudin re meeting with Mao Zedong": the subject's man, read from the head before it
    sender = (Participant(_clean(envoy), "sender"),)
    kind = KINDS.get(m.group("kind").lower(), "letter")
    return RuleResult(Communication(kind, None, sender, Span(at, at + len(head))), len(head))


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
