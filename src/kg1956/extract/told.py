"""A conversation told in the author's prose, with its record cited in brackets:

    "On 12 May 1957 Puzanov told Kim Il Sung that … (Record of conversation, AVPRF, …)"
    "Kim Il Sung told Pecka on 24.9.1956 that … (Pecka to Prague, telegram, 25.9.1956, …)"
    "As Mao put it to Yudin, … (Yudin's record of the conversation, July 22, 1958, AVPRF, …)"

The speaker and the one spoken to are named around a verb of telling; the date is the
prose's own ("on 24.9.1956", "On 12 May" with the year of the record) or, failing that, the
date of the record in the brackets. Without a citation in brackets the sentence is the
author's remark and yields nothing (see tests/corpora/prose-negatives.txt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg1956.extract.bodies import is_press, plainly_person
from kg1956.extract.dates import find_dates, make_date, read_date_list
from kg1956.extract.lexicon import COUNTRIES, LOWERCASE_MONTHS, MONTHS, PLACES
from kg1956.extract.locators import find_repository, parse_locator
from kg1956.extract.names import is_place, parse_participant, unnamed_party
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.places import is_site
from kg1956.extract.roles import is_role_word, reads_as_office
from kg1956.extract.ru_told import read_told_ru
from kg1956.models import Communication, DateValue, NameMention, Participant, Span
from kg1956.romanize import fold

_VERB = (
    r"(?:told|informed|assured|warned|reminded|promised|urged|advised|asked|summoned|received|met(?:\s+with)?|"
    r"(?:complained|said|explained|confided|remarked|declared|admitted|replied|put\s+it|spoke|talked)\s+to|"
    # "saw", "called on", "conferred with", "had a long talk with": a meeting, its other side a person
    r"saw|called\s+on|conferred\s+with|(?:spoke|talked)\s+with|"
    # pressing, sounding or briefing a man is talking to him: "pressed Roa on the point", "sounded out X"
    r"pressed|sounded\s+out|sounded|briefed|questioned|reproached|rebuked|lectured|cautioned|reassured|"
    r"had\s+(?:a|an|his|their)\s+(?:[a-z]+\s+){0,2}?(?:talk|conversation|meeting|discussion|exchange)\s+with|"
    # a subject taken up with a man: "discussed the credits with X", "raised the question of … with X"
    r"(?:discussed|raised|(?:took|taken)\s+up|broached)\s+(?:[^,;:()\[\]]{3,80}?\s+)?with)"
)
# the one spoken to named only as the speaker's opposite number: "told his Czechoslovak colleague"
_COLLEAGUE = r"(?:his|her)\s+(?:[A-Z][\w-]*\s+)?(?:colleague|counterpart|opposite\s+number|host|guest)"
_NAME = r"(?:[A-ZĐÐ][\w.'’-]*\s+){0,3}[A-ZĐÐ][\w'’-]+"  # Vietnamese "Đồng" too
# a party's body named in full: "the Presidium of the CC CPSU", "the Politburo of the PUWP"
_BODY = (
    r"the\s+(?:Presidium|Politburo|Political\s+Bureau|Secretariat|Central\s+Committee)"
    r"\s+of\s+the\s+(?:[A-Z][\w-]*\s?){1,3}"
)
# "Nguyen Duy Trinh, the DRV foreign minister, told Winzer …": the speaker's office set off by commas
_SPEAKER_OFFICE = r"(?:,\s+(?P<office>the\s+[^,()\[\]]{3,60}?),)?"
# "Le Duan repeated the point to Axen …": a point made again, to the one spoken to
# the one spoken to by his office, then his name set off by commas: "told the Soviet Ambassador, V.V.
# Kuznetsov, on …" (the office must read as one, the name must be a person's: `_office_then_name`)
_OFFICE_THEN_NAME = rf"the\s+(?:[\w'’-]+\s+){{0,3}}[\w'’-]+,\s+{_NAME}(?=,)"
# the one spoken to by his office in lower case, his name right after it: "received the Chinese
# ambassador Liu Xiao on …", "told the Soviet chargé d'affaires S.F. Antonov that …"
_OFFICE_BEFORE_NAME = rf"the\s+(?:[A-Z][\w'’-]*\s+){{0,2}}(?:[a-z][\w'’-]*\s+){{1,3}}{_NAME}"
_MADE_TO = (
    r"(?:repeated|made|pressed|put)\s+(?:the|this|that|his|her|the\s+same)\s+"
    r"(?:point|argument|case|demand|request|offer)\s+to"
)
_TOLD = re.compile(
    rf"(?P<a>[Tt]he\s+(?:[\w-]+\s+){{0,3}}[a-z][\w-]*|{_NAME}(?:\s+and\s+{_NAME})?){_SPEAKER_OFFICE}"
    rf"\s+(?:had\s+)?(?:later\s+|again\s+|also\s+)?"
    rf"(?P<verb>{_VERB}|{_MADE_TO})\s+(?P<b>{_BODY}|{_COLLEAGUE}|{_OFFICE_THEN_NAME}|{_OFFICE_BEFORE_NAME}|the\s+(?:[\w'’-]+\s+){{0,3}}[a-z][\w'’-]*|{_NAME})"
    rf"(?:\s+and\s+(?P<b2>{_NAME}))?"  # "Mao received Le Duan and Pham Van Dong on …": two spoken to
    r"(?=\s+(?:(?:again|twice|first|once\s+more)\s+)?"  # "saw Zhou again on 3 September"
    r"(?:on|that|in|at|about|what|how|of|during|to\s+(?:tell|inform|say|ask|explain|discuss|convey|hand))\b"
    r"|\s*[,:;“\"‘]|\s*$)"
)
# verbs of meeting, whose object is as often a thing as a person ("received the letter", "met the
# deadline"): the one met must be named, a body, or a party described by his office
_MEETING_VERBS = re.compile(
    r"summoned|received|met\b|saw|called\s+on|pressed|sounded|briefed|questioned|reproached|rebuked|lectured|"
    r"cautioned|reassured"
)
# the verbs whose object is as often a place, a country or a thing as a man ("saw India", "called on the
# powers to …"): the one seen must be plainly a person (initials, two names, an office before the name)
_WEAK_VERBS = re.compile(r"saw|called\s+on")
# a man pressed or rebuked in a speech, an article or a report is spoken of, not talked to
_IN_PUBLIC = re.compile(
    r"\s+in\s+(?:his|her|their|a|an|the)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:speech|speeches|article|articles|address|report|broadcast|editorial|interview|statement|press\s+conference)\b"
)
# a subject taken up with someone, which may be done in public or in writing as well as in a talk
_TAKEN_UP = re.compile(r"(?:discussed|raised|took|taken|broached)\s")
# "… by letter on 5 December", "in a letter of …": taken up in writing, no talk
_IN_WRITING = re.compile(
    r"\s+(?:by\s+(?:letter|cable|telegram|note|wire)|in\s+writing|in\s+(?:his|her|their|a|an|the)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:letter|letters|cable|telegram|note|message|memorandum)\b)"
)
# the verbs whose object may be a capital or a country as well as a man ("pressed Hanoi", "sounded out
# Peking"): the one pressed must be no place, press or body
_PRESSING_VERBS = re.compile(
    r"pressed|sounded(?:\s+out)?|briefed|questioned|reproached|rebuked|lectured|cautioned|reassured"
)
# the verbs of meeting added for English ("saw", "called on", "conferred with", "had a talk with", "spoke
# with"): only a named speaker's ("The Indian Embassy conferred with X" may be another's talk that day)
_NEW_VERBS = re.compile(
    r"saw|called\s+on|conferred\s+with|(?:spoke|talked)\s+with|had\s+.+\s+with|(?:discussed|raised|took|taken|broached)\s.*with"
)
# a pronoun is no speaker: "He told Nehru on 5 May …" names only the one spoken to
_PRONOUNS = frozenset("he she they we it i you his her their one".split())
# what is received or met and is no one: a document or a demand ("the Soviet reply", "the instructions")
_THINGS = frozenset(
    (
        "letter letters note notes reply replies answer message messages cable cables telegram telegrams report "
        "reports instructions instruction proposal proposals memorandum document documents text draft request "
        "requests demand demands deadline news invitation order orders appeal protest statement decision "
        "resolution plan news ultimatum offer aid delivery shipment visa credentials"
    ).split()
)
# a place before the speaker: "In Moscow Khrushchev and Mikoyan met …"
_PLACE_LEAD = frozenset("in at from near outside".split())
_LEAD_WORDS = frozenset("as when on then in but and later here there also while after before so yet".split())
# (a call number with brackets of its own inside: "(record in NAI, MEA, file no. 9(2)-EUR/61, pp. 3–5)")
_BRACKET = re.compile(r"\((?P<p>(?:[^()]|\([^()]{0,12}\)){8,})\)|\[(?P<s>[^\[\]]{8,})\]")
# "on 24.9.1956", "On the evening of Oct. 26, 1962": the prose's own day
_ON_DATE = re.compile(r"(?:^|\b[Oo]n\s+|\b[Oo]n\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+)$")


@dataclass(frozen=True)
class Told:
    """What the prose tells: the conversation (its date may still be missing) and where the
    bracketed citation lies in the clause."""

    communication: Communication
    inner: str
    inner_at: int  # offset of the bracket's text within the clause
    inner_end: int  # end of the closing bracket within the clause
    # the same parties' further talks the prose dates after the first, joined by "and" ("on 3 October
    # and again on 19 October 1960", "on 3 and 19 October 1960")
    more: tuple[Communication, ...] = ()


def _month_word(word: str) -> bool:
    """A month's name, not a capitalised Romance month that is a name ("Marshal Juin")."""
    key = word.lower().strip(".,")
    return key in MONTHS and not (word[:1].isupper() and key in LOWERCASE_MONTHS)


def _speaker(text: str, at: int) -> NameMention | None:
    words = text.split()
    while words and (words[0].lower().strip(".,") in _LEAD_WORDS or _month_word(words[0])):
        lead = words.pop(0).lower().strip(".,")
        if lead in _PLACE_LEAD and len(words) > 1 and _is_place(words[0]):
            words.pop(0)  # "In Moscow Khrushchev …": the place, then the speaker
    if not words:
        return None
    name = " ".join(words)
    return parse_participant(name, at + text.rfind(name))


# the nouns that end the name of a body, not a man: "Hanoi Radio", "Vietnam News Agency"
_BODY_NOUN = re.compile(
    r"(?:radio|agency|service|ministry|embassy|legation|consulate|committee|press|bureau|broadcasting|news"
    r"|television|station|office|department|council|party|front|army|government|delegation|mission|union"
    r"|league|federation|association|assembly|congress|secretariat|politburo|presidium|command|headquarters"
    r"|newspaper|daily|journal|review|times|post|herald|tribune|gazette)",
    re.IGNORECASE,
)


def _no_person(name: str) -> bool:
    """A second party spoken to that is a place, a country, the press or a body ("Albania", "Hanoi
    Radio", "Vietnam News Agency"), or a title alone ("General Secretary")."""
    words = [w.strip(".,'’") for w in name.split()]
    return (
        is_place(name)
        or fold(name).lower() in COUNTRIES
        or is_press(name)
        or any(_BODY_NOUN.fullmatch(w) for w in words)
        or all(is_role_word(w) for w in words)
    )


def _is_place(word: str) -> bool:
    bare = word.strip(".,;:")
    return bare.lower() in PLACES or is_place(bare)


def _prose_date(prose: str, year: int | None) -> DateValue | None:
    found = _prose_days(prose, year)
    return found[0][0] if found else None


def _prose_days(prose: str, year: int | None, after: int = 0) -> list[tuple[DateValue, int]]:
    """The prose's own day ("on 24.9.1956", "on October 3" with the year of the date that ends its
    and-chain), or the days of a list after "on" past the verb (`after`) or opening the sentence
    ("on 3 and 19 October 1960", "On 31 May and 5 June 1951, …"), each with where it ends."""
    for on in re.finditer(r"\b[Oo]n\s+", prose):
        if on.start() < after and not (on.group(0).startswith("O") and not prose[: on.start()].strip()):
            continue  # "After the Politburo met on 3 and 5 May 1957, Kim told …": another's days
        listed = read_date_list(prose[on.end() :])
        if listed is not None:
            return [(v, on.end() + listed[1]) for v in listed[0]]
        break
    for d in find_dates(prose):
        if not _ON_DATE.search(prose[: d.span.start]):
            continue
        if d.value is not None and d.value.precision == "day":
            return [(d.value, d.span.end)]
        # "first on October 3 and again on October 19, 1960": the year of the day that ends the chain
        known = year if year is not None else _chain_year(prose, d.span.end)
        if d.partial and known and d.month and d.day and d.day <= 31:
            value = make_date(known, d.month, d.day)
            return [(value, d.span.end)] if value is not None else []
    return []


def _chain_year(prose: str, end: int) -> int | None:
    """The year of the first full day joined to a partial one by "and … on" (see `_AND_AGAIN`)."""
    while (m := _AND_AGAIN.match(prose, end)) is not None:
        dated = find_dates(prose[m.end() : m.end() + 30])
        if not dated or dated[0].span.start != 0:
            return None
        d = dated[0]
        if d.value is not None and d.value.precision == "day":
            return int(d.value.iso[:4])
        if not d.partial:
            return None
        end = m.end() + d.span.end
    return None


# a further talk after the first's day: "… and again, more bluntly, on 19 October", "… and, with X and Y
# present, on 4 September 1952"; an aside set off by commas is either words of manner in lower case
# or those present besides
_AND_AGAIN = re.compile(
    r"\s*,?\s*and\b\s*(?:(?:again|later|once\s+more|then|also|a\s+second\s+time)\b\s*)*"
    r"(?:,\s*(?P<aside>[^,()\[\]]{1,80}?)\s*,\s*)?on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
)
# what may follow a further talk's day: a stop, "that", the bracket of its record
_ENDS_TALK = re.compile(r"\s*(?:[,;.)(\[]|that\b|$)")
_PRESENT = re.compile(r"(?:with\s+(?P<a>.+?)\s+(?:also\s+)?present|in\s+the\s+presence\s+of\s+(?P<b>.+))$")


def _further_talks(prose: str, end: int, year: int | None, comm: Communication, offset: int) -> list:
    """The same parties' later talks joined to the first day by "and" (see `_AND_AGAIN`)."""
    out = []
    while (m := _AND_AGAIN.match(prose, end)) is not None:
        dated = find_dates(prose[m.end() : m.end() + 30])
        if not dated or dated[0].span.start != 0:
            break
        d = dated[0]
        value = d.value if d.value is not None and d.value.precision == "day" else None
        if value is None and d.partial and year and d.month and d.day:
            value = make_date(year, d.month, d.day)
        if value is None:
            break
        again = re.search(r"\band\b\s*(?:,\s*)?(?:again|once\s+more|a\s+second\s+time)\b", m.group(0))
        if not again and not _ENDS_TALK.match(prose, m.end() + d.span.end):
            break  # "…, and on 6 May Puzanov cabled Moscow": a new clause, another's deed
        people = comm.participants
        aside = m.group("aside")
        if aside is not None:
            present = _PRESENT.match(aside)
            if present is not None:
                at = m.start("aside") + present.start("a" if present.group("a") else "b")
                names = parse_participants(present.group("a") or present.group("b"), offset + at)
                if not names or any(x.is_organization for x in names):
                    break
                people = (*people, *(Participant(x, "interlocutor") for x in names))
            elif not re.fullmatch(r"[a-z][a-z\s]*", aside):
                break  # "and, Kim told him, on …": no manner, no one present
        out.append(replace(comm, date=value, participants=people))
        end = m.end() + d.span.end
    return out


def read_told(text: str, offset: int) -> Told | None:
    """The conversation a sentence tells, when the sentence cites a record in brackets. Of two
    clauses that tell a talk ("Ulbricht met Pieck …, as Grotewohl later told Semenov on 8 May
    (Semenov to Moscow, …)"), the one a party of which the bracket names is taken; failing that,
    the first."""
    bracket = _BRACKET.search(text) or colon_call_number(text) or semicolon_record(text)
    if bracket is None:
        return None
    prose = text[: bracket.start()]
    matches = []
    at = 0
    while (m := _TOLD.search(prose, at)) is not None:
        matches.append(m)
        at = m.start() + 1
    if not matches:
        russian = read_told_ru(text, offset)  # "8 ноября 1956 г. Андропов изложил Кадару … [запись беседы: …]"
        return Told(*russian) if russian is not None else None
    inner_key = "p" if bracket.group("p") is not None else "s"
    inner = bracket.group(inner_key)
    found = []
    since = 0
    for m in matches:
        if m.start() < since:
            continue  # a clause within the one before
        # a later clause's date is its own ("…, as Grotewohl later told Semenov on 8 May")
        told = _told(m, prose[m.start() :] if since else prose, inner, offset, m.start() if since else 0)
        if told is not None:
            found.append(told)
        since = m.end()
    if not found:
        return None
    cited = fold(inner)
    named = [c for c in found if any(_cited(p.mention.text, cited) for p in c[0].participants)]
    comm, more = named[0] if len(found) > 1 and named else found[0]
    return Told(comm, inner, bracket.start(inner_key), bracket.end(), more)


class _ColonCitation:
    """The call number after a colon that ends the sentence, in the place of a bracket's."""

    def __init__(self, start: int, inner_at: int, end: int, inner: str) -> None:
        self._start, self._inner_at, self._end, self._inner = start, inner_at, end, inner

    def start(self, key: str | None = None) -> int:
        return self._inner_at if key else self._start

    def end(self) -> int:
        return self._end

    def group(self, key: str) -> str | None:
        return self._inner if key == "p" else None


def colon_call_number(text: str) -> _ColonCitation | None:
    """ "Solod told his colleague on 14 December 1961 that …: AMZV, TO-T …, č.j. 0518/61.": a call number
    alone after the sentence's last colon cites the record of what it tells."""
    colon = text.rfind(":")
    if colon < 20:
        return None
    inner = text[colon + 1 :].strip().rstrip(".")
    repo = find_repository(inner)
    if not inner or repo is None or repo.start() != 0 or parse_locator(inner, 0) is None:
        return None
    inner_at = text.index(inner, colon)
    return _ColonCitation(colon, inner_at, inner_at + len(inner), inner)


# the record after a semicolon: "…; see his report to Z, D, <call number>", "…; the conversation is
# reported in szyfrogram nr 1310 z Hanoi, D, <call number>"
_SEMICOLON_RECORD = re.compile(
    r";\s+(?:see\s+(?=(?:his|her|their)\s)|the\s+(?:conversation|talk|meeting|interview)\s+is\s+"
    r"(?:reported|recorded|described)\s+in\s+)",
    re.IGNORECASE,
)


def semicolon_record(text: str) -> _ColonCitation | None:
    """ "X received Y on 3 February 1959; the conversation is reported in szyfrogram …, AMSZ, …": the
    record after the semicolon, a call number in it, cites what the clause before tells."""
    m = _SEMICOLON_RECORD.search(text)
    if m is None or m.start() < 20:
        return None
    inner = text[m.end() :].strip().rstrip(".")
    if not inner or find_repository(inner) is None:
        return None
    inner_at = m.end() + (len(text[m.end() :]) - len(text[m.end() :].lstrip()))
    return _ColonCitation(m.start(), inner_at, inner_at + len(inner), inner)


def _office_then_name(apposed: re.Match[str], at: int) -> NameMention | None:
    """ "the Soviet Ambassador, V.V. Kuznetsov": the person, with the office as his role; None when the
    words before the comma are no office ("the press, Xinhua") or the name is no person's (a place,
    a country, the press, a body)."""
    office, name = apposed.group("office").strip(), apposed.group("name")
    if not reads_as_office(office) or _no_person(name):
        return None
    person = parse_participant(name, at + apposed.start("name"))
    if person is None or person.is_organization or person.text != name:
        return None
    return replace(person, role=office)


# "in July 1963", right after the one spoken to: the month the talk was held
_IN_MONTH = re.compile(
    # "… with X in Conakry in 1965": the place of the talk, then its month or year
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    r"\s+in\s+(?=(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\b)"
)


def _month_after(prose: str, end: int) -> DateValue | None:
    """The month written right after the one spoken to ("told X in July 1963 that"), never a later
    date in the sentence (which may be the date of what was spoken about)."""
    m = _IN_MONTH.match(prose, end)
    if m is None:
        return None
    dates = find_dates(prose[m.end() : m.end() + 20])
    if not dates or dates[0].span.start != 0 or dates[0].value is None or dates[0].value.precision == "day":
        return None
    return dates[0].value


def _cited(name: str, cited: str) -> bool:
    """Whether a party's surname (its last word) is written in the bracket."""
    words = name.split()
    return bool(words) and re.search(rf"\b{re.escape(fold(words[-1]))}\b", cited) is not None


def _told(
    m: re.Match[str], prose: str, inner: str, offset: int, base: int = 0
) -> tuple[Communication, tuple[Communication, ...]] | None:
    """The conversation one telling clause names, and the same parties' further talks the prose dates
    after it; None when its parties are not both read. `prose` begins `base` characters into the clause."""
    unnamed: list[str] = []
    said = m.group("a")
    pair = re.fullmatch(rf"(?P<x>.+?)\s+and\s+(?P<y>{_NAME})", said)
    joint = None  # "Liu Shaoqi and Deng Xiaoping met …": both speak
    if pair is not None:
        joint = parse_participant(pair.group("y"), offset + m.start("a") + pair.start("y"))
        said = pair.group("x")
        if joint is None:
            return None
    if said.lower() in _PRONOUNS or re.match(r"(?:both|the\s+two)\b", said, re.IGNORECASE):
        return None  # "He told Nehru …", "She saw N.S. Khrushchev …": the speaker is not named here
    speaker = None if said.lower().startswith("the ") else _speaker(said, offset + m.start("a"))
    if speaker is None and _NEW_VERBS.fullmatch(m.group("verb")):
        return None  # "The Indian Embassy conferred with Ch'en Yi": these verbs tell a named man's meeting only
    office = m.group("office")
    if office is not None:
        if speaker is None or pair is not None:
            return None
        if reads_as_office(re.sub(r"^the\s+", "", office)):  # "Kim, the old partisan, told …": no role
            speaker = replace(speaker, role=office)
    if speaker is None:
        if not said.lower().startswith("the ") or unnamed_party(said) is None:
            return None
        unnamed.append(said)  # "The ambassador told Kim Il Sung …": a party named by role
    spoken = m.group("b")
    meeting = _MEETING_VERBS.match(m.group("verb")) is not None
    if meeting and re.sub(r"[’']s?$", "", spoken.split()[-1].lower()) in _THINGS:
        return None  # "Tito received the letter on 5 May": no talk
    if is_place(spoken) or any(is_press(x.text) for x in (speaker, joint) if x is not None) or is_press(spoken):
        return None  # "Puzanov told Moscow …", "Pravda and Izvestiia told …": a capital, the press, no talk
    apposed = re.fullmatch(rf"the\s+(?P<office>[^,]+),\s+(?P<name>{_NAME})", spoken)
    if apposed is not None:
        other = _office_then_name(apposed, offset + m.start("b"))
        if other is None:
            return None
    else:
        other = parse_participant(spoken, offset + m.start("b"))
        if other is not None and re.fullmatch(_OFFICE_BEFORE_NAME, spoken) and other.text != spoken:
            # "the Chinese ambassador Liu Xiao": the office as written, without the article; words that
            # are no office ("the letter from Nehru") make no one spoken to
            office = re.sub(r"^the\s+", "", other.role or "", flags=re.IGNORECASE)
            if not office or not reads_as_office(office):
                return None
            other = replace(other, role=office)
    if _WEAK_VERBS.fullmatch(m.group("verb")) and (
        other is None or _no_person(spoken) or not plainly_person(other) or is_site(other.text)
    ):
        return None  # "saw Gandhi Maidan", "saw Lenin Mausoleum": a site, no one met
    if _PRESSING_VERBS.fullmatch(m.group("verb")) and (other is None or _no_person(spoken)):
        return None  # "pressed Hanoi on …", "briefed the press": no one named
    if _PRESSING_VERBS.fullmatch(m.group("verb")) and _IN_PUBLIC.match(m.string, m.end()):
        return None  # "rebuked Mao in his speech at Bucharest": words in public, no talk
    if _TAKEN_UP.match(m.group("verb")) and (
        _IN_PUBLIC.match(m.string, m.end()) or _IN_WRITING.search(m.string, m.start("b"), m.end() + 60)
    ):
        return None  # "raised the matter with the Soviet leadership in his speech / by letter": no talk
    if m.group("verb").endswith("with") and _no_person(spoken):
        return None  # "talked with Peking", "conferred with the Central Committee": no one named
    if other is None:
        described = unnamed_party(spoken) or (spoken if spoken.startswith("the ") and not meeting else None)
        if re.fullmatch(_COLLEAGUE, spoken):
            described = spoken  # "his Czechoslovak colleague": a party not named
        if described is None:
            return None
        unnamed.append(described)
    if speaker is None and other is None:
        return None
    also = None
    if m.group("b2") is not None:
        also = parse_participant(m.group("b2"), offset + m.start("b2"))
        if also is None or other is None or also.is_organization or _no_person(m.group("b2")):
            return None  # "… told Kosygin and Moscow …": both must be people
    inner_dates = [d.value for d in find_dates(inner) if d.value is not None]
    year = int(inner_dates[0].iso[:4]) if inner_dates else None
    days = _prose_days(prose, year, m.end() - base)  # (the prose from the clause before's end)
    date = days[0][0] if days else None
    if date is None:  # "… told the Romanian ambassador in July 1963 that …": the month of the talk
        date = _month_after(m.string, m.end())
        if date is not None and date.precision == "year" and any(d.precision == "day" for d in inner_dates):
            date = None  # a year alone gives way to the cited record's own day
    people = [Participant(x, "interlocutor") for x in (speaker, joint, other, also) if x is not None]
    comm = Communication(
        "conversation", date, tuple(people), Span(offset + m.start(), offset + m.end()), tuple(unnamed)
    )
    if not days:
        return comm, ()
    if year is None:  # a later day's year written after it, or else the year of the day before it
        year = _chain_year(prose, days[-1][1]) or int(days[-1][0].iso[:4])
    listed = tuple(replace(comm, date=v) for v, _ in days[1:])
    return comm, listed + tuple(_further_talks(prose, days[-1][1], year, comm, offset + base))
