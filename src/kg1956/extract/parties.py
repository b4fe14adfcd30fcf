"""What every record rule needs: splitting outside brackets, cutting the people from the
date, reading one side of a communication (named people, or a party named by role)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg1956.extract.dates import DateMatch, find_dates, read_date_list, shared_precision
from kg1956.extract.delegation_members import delegation_members
from kg1956.extract.lexicon import PLACES
from kg1956.extract.locators import find_repository
from kg1956.extract.memo import of_clauses
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import KINSHIP, parse_participant, unnamed_party
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.roles import reads_as_office
from kg1956.models import Communication, DateValue, NameMention, Participant, Span
from kg1956.romanize import name_key

DASH_PAIR = re.compile(r"\s*[–—]\s*|\s+-\s+")


@dataclass(frozen=True)
class RuleResult:
    """What a rule read: the communication and where its citation head ends."""

    communication: Communication
    consumed: int  # characters of the clause the rule understood
    more_dates: tuple[DateValue, ...] = ()  # "7, 18 and 27 December 1956": one communication each
    reply: bool = False  # "Grotewohl's reply of 12 January 1957": addressed to whoever wrote the record before
    also: tuple[Communication, ...] = ()  # "Ответ X на письмо Y от …": the message answered, cited with the reply


def split_top(text: str, sep: re.Pattern[str]) -> tuple[str, int, str, int] | None:
    """Split at the first match of `sep` outside brackets and quotes."""
    depth = 0
    quote = False
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "‘" and (i == 0 or not text[i - 1].isalpha()):
            quote = True
        elif ch == "’" and quote and (i + 1 == len(text) or not text[i + 1].isalpha()):
            quote = False
        if depth or quote:
            continue
        m = sep.match(text, i)
        if m and m.end() > m.start():
            return text[:i], 0, text[m.end() :], m.end()
    return None


# an author–date reference, "(Sen 2004, 7)", "Sen-Hallam 2004, 115": a work's year, no record's date
_AUTHOR_YEAR = re.compile(r"(?<![\w.-])[A-Z][\w'’-]+\s+$")
_AFTER_AUTHOR_YEAR = re.compile(r"[a-z]?\s*(?:,\s*\d|\))")
# out of brackets, a head's party right before the year: "Letter from Nehru to Chou En-lai 1959, 12 pp." is
# dated 1959 (the year is the letter's)
_PARTY_BEFORE_YEAR = re.compile(r"\b(?:from|to|between|and|with)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+\s+$")


def _author_year(text: str, at: int, end: int) -> bool:
    """Whether the year at `at` (ending at `end`) is an author–date reference's: "(Sen 2004, 7)", "described
    in Sen-Hallam 2004, 115"; never a head's own year after its last party."""
    if not _AUTHOR_YEAR.search(text, 0, at) or not _AFTER_AUTHOR_YEAR.match(text, end):
        return False
    bracketed = text.count("(", 0, at) > text.count(")", 0, at)
    return bracketed or _PARTY_BEFORE_YEAR.search(text, 0, at) is None


def date_in(text: str, start: int) -> DateMatch | None:
    for d in find_dates(text[start:]):
        at = start + d.span.start
        if d.value is not None and d.value.precision == "year" and _author_year(text, at, start + d.span.end):
            continue
        if not d.partial and d.value is not None or d.value is None and not d.partial:
            value = d.value
            if d.range_start is not None and value is not None:
                # "22–23.VI.1962", "11–14 февраля 1965 г.": talks over days, dated with what both days share
                value = shared_precision(d.range_start, value)
            return DateMatch(value, Span(d.span.start + start, d.span.end + start), d.range_start, more=d.more)
    return None


@dataclass(frozen=True)
class DateCut:
    """Where the people end and the date (or list of dates) begins."""

    body: str
    date: DateMatch | None
    more: tuple[DateValue, ...]
    end: int  # end of the date (list) in the text, or of the body when undated


# "for 1965", "за 1957 г.", German "für 1959", "im ersten Halbjahr 1959", "im Jahre 1958", "on its work in
# 1957": the year reported on (only when the record's own date follows it)
_PERIOD = re.compile(
    r"\s+(?:for|за|für|im\s+Jahre?|im\s+(?:ersten|zweiten|1\.|2\.)\s+(?:Halbjahr|Quartal)"
    r"|in\s+the\s+(?:first|second)\s+half\s+of|in"
    # "for the first quarter of 1957", "for the second half of 1960", "for the year 1958", "for March 1961"
    r"|for\s+the\s+(?:(?:first|second|third|fourth|last)\s+(?:quarter|half|half-year)\s+of(?:\s+the\s+year)?|year)"
    r"|for\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))"
    r"\s+(?:1[89]\d\d|20\d\d)(?:\s*г(?:г|од)?\.?)?(?=[\s,.;]|$)"
)
_PERIOD_SPAN = re.compile(r"\s+(?:for|covering)\s+the\s+period(?:\s+(?:from|of))?\s+|\s+за\s+период\s+(?:с\s+)?")
_DAY = re.compile(
    r"(?<![\w./–-])\d{1,2}(?=[\s,]|[–-]\d{1,2}[\s,][\d\s,.–-]*(?:(?:i|a)\s[\d\s,.–-]*)*[IVX])"
)  # "2–4 i 9 IX 1963": a range of days
# a record's title quoted inside round brackets: "('Politicheskii otchet … za 1960 g.')"
_QUOTED_IN_BRACKETS = re.compile(r"\(\s*[‘'\"“«„][^()]{3,200}[’'\"”»“]\s*\)")


@of_clauses
def people_until_date(text: str, offset: int = 0) -> DateCut:
    """Cut `text` at its first date or list of dates ("7, 18 and 27 December 1956")."""
    stop = re.search(r",?\s*\b(?:In|В):\s", text)
    scope = text[: stop.start()] if stop else text
    titled = _QUOTED_IN_BRACKETS.search(scope)
    if (
        titled
        and (after := date_in(scope, titled.end())) is not None
        and after.value
        and after.value.precision == "day"
    ):
        # "X's annual report for 1960 ('Politicheskii otchet … za 1960 g.'), 31 Jan. 1961": the title's years
        # are its subject's; the record is dated after it
        blank = " " * (titled.end() - titled.start())
        text = text[: titled.start()] + blank + text[titled.end() :]
        scope = scope[: titled.start()] + blank + scope[titled.end() :]
    period = _PERIOD.search(scope)
    if period and date_in(scope, period.end()) is not None:
        # "Report of the Soviet Embassy in the PRC for 1965, 10 January 1966": the year reported on
        # is the subject; the record is dated after it
        blank = " " * (period.end() - period.start())
        text = text[: period.start()] + blank + text[period.end() :]
        scope = scope[: period.start()] + blank + scope[period.end() :]
    span = _PERIOD_SPAN.search(scope)
    spanned = date_in(scope, span.end()) if span else None
    if span and spanned is not None and date_in(scope, spanned.span.end) is not None:
        # "Report of the Polish Embassy in Hanoi for the period 1 January–30 June 1972, dated 15 July
        # 1972": the period reported on is the subject; the record is dated after it
        blank = " " * (spanned.span.end - span.start())
        text = text[: span.start()] + blank + text[spanned.span.end :]
        scope = scope[: span.start()] + blank + scope[spanned.span.end :]
    date = date_in(scope, 0)
    if date is not None and date.value is not None and date.value.precision != "day":
        undated = next((d for d in find_dates(scope[date.span.end :]) if d.value is None and not d.partial), None)
        if undated is not None:  # "Отчет … о работе … в 1957 г. [Б.д.]": the year is the subject's, the record undated
            at = date.span.end
            date = DateMatch(None, Span(undated.span.start + at, undated.span.end + at))
    for m in _DAY.finditer(scope):
        if date is not None and m.start() >= date.span.start:
            break
        listed = read_date_list(scope[m.start() :], scope[: m.start()])
        if listed:
            values, end = listed
            first = DateMatch(values[0], Span(m.start(), m.start() + end))
            body = re.sub(r"(?:,|\s)+(?:on|dated|of|от)?\s*$", "", text[: m.start()])
            return DateCut(body, first, tuple(values[1:]), m.start() + end)
    if date is None:  # "Undated memorandum by X to Y, SAPMO-BArch, …": the people end at the archive
        repo = find_repository(scope)
        before = scope[: repo.start()].rstrip() if repo else ""
        if before.endswith(","):
            scope = before[:-1]
        else:  # "record of conversation with X and Y, ibid., ll. 48–53": the people end at the back reference
            back = re.search(r",\s*(?:ibid|ibidem|там\s+же|ebd|ebenda|tamtéž|tamże)\b", scope, re.IGNORECASE)
            if back:
                scope = scope[: back.start()]
    body = text[: date.span.start] if date else scope
    # "Castro's reply to Ulbricht, dated only “febrero de 1963”": a date the record gives, quoted
    # "X's talk with Y in Moscow in November 1957": "in" before a month or a year
    month = date is not None and date.value is not None and date.value.precision != "day"
    lead = r"on|dated|of|от|in" if month else r"on|dated|of|от"
    body = re.sub(rf"(?:,|\s)+(?:{lead})?\s*$|,?\s+dated(?:\s+only)?\s*[\"“„]\s*$", "", body)
    return DateCut(body, date, date.more if date else (), date.span.end if date else len(body))


def make_comm(kind: str, date: DateMatch | None, parts: list[Participant], span: Span) -> Communication:
    return Communication(kind, date.value if date else None, tuple(parts), span)


WITH = re.compile(r"\s+with\s+", re.IGNORECASE)
AND = re.compile(r"\s+and\s+", re.IGNORECASE)
# "between X, head of the department for relations with communist and workers' parties, and Y":
# after an apposition the pair is joined by a comma and "and" (German "und", Czech/Polish "a"/"i")
COMMA_AND = re.compile(r",\s+(?:and|und|a|i)\s+")


def split_pair(body: str, joint: re.Pattern[str]) -> tuple[str, int, str, int] | None:
    """Split a pair at `joint`, or at ", and" when the first party carries an apposition."""
    comma = split_top(body, COMMA_AND)
    if comma and "," in comma[0]:
        return comma
    pair = split_top(body, joint)
    if (
        pair
        and joint is AND
        and _JOINT_TITLE.fullmatch(pair[0].strip())
        and reads_as_office(pair[0].strip())
        and parse_participant(pair[0], 0) is None
    ):
        # "between Vice-Premier and Foreign Minister Chen Yi and Subandrio": two titles of one man
        further = split_top(pair[2], AND)
        if further is not None and further[0].strip():
            return body[: pair[3] + len(further[0])], 0, further[2], pair[3] + further[3]
    return pair


# a title in capitals alone, no article and no name ("Vice-Premier", "Deputy Prime Minister")
_JOINT_TITLE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}")


HYPHEN_PAIR = re.compile(r"-(?=[A-ZА-Я])")


_TITLE_AFTER = re.compile(r",\s*[“\"„«][^“”\"„«»]{3,300}[”\"“»][\s,.]*(?:\[[^\[\]]{3,300}\])?[\s,]*$")


_DELEGATIONS = re.compile(r"\s*(?:the\s+)?delegations?\s+of\s+", re.IGNORECASE)
_DELEGATIONS_PLURAL = re.compile(r"\s*(?:the\s+)?delegations\s+of\s+", re.IGNORECASE)


_AND_OTHERS = re.compile(r"(?:,?\s+(?:and|&)\s+others|,?\s+et\s+al\.?)(?=\s*(?:,\s*[A-Z][\w-]+)?\s*$)")


def side(text: str, offset: int) -> tuple[list[NameMention], list[str]] | None:
    """The people on one side of a conversation, or the role that stands for an unnamed one."""
    # "Molotov V.M., "O khode podgotovki …" [On the preparations …]": the record's title is no role
    text = _TITLE_AFTER.sub("", text)
    if _DELEGATIONS.match(text):  # "the Delegations of the Korean Workers' Party": its people, not the party
        return [], [" ".join(text.split())]
    # "Mao Zedong, Liu Shaoqi, Zhou Enlai and others": the named ones; the others are no one named
    text = _AND_OTHERS.sub("", text)
    people = parse_participants(text, offset)
    if any(KINSHIP.match(w.strip(" ,.")) for p in people or () for w in (p.role or "").split()):
        # "с женой Мао Цзэдуна", "with the wife of Kim Il Sung": his wife, unnamed; he is no party
        return [], [" ".join(text.split())]
    if people:
        return people, []
    unnamed = unnamed_party(text)
    if unnamed is None and re.match(r"[а-яё]+\s+[А-ЯЁ][а-яё]+[”»\"]", text):
        # '"… с послом Румынии" (… with the Romanian ambassador)': a quoted Russian head's office of a
        # country, its English translation after the closing quote
        unnamed = unnamed_party(re.split(r"[”»\"]", text, maxsplit=1)[0])
    return ([], [unnamed]) if unnamed else None


def pair_split(body: str):
    """ "Ivanov–Kim Il Sung", "A.M. Petrov — Ch'oe Ch'ang-ik", "V.I. Ivanov-Pak Ch'ang-ok"."""
    dashed = split_top(body, DASH_PAIR)
    if dashed:
        return dashed
    for m in HYPHEN_PAIR.finditer(body):
        left = body[: m.start()]
        if name_key(left).family in ("korean", "chinese") and _given_syllables(left, body[m.end() :]):
            continue  # "Kim Il-Sung", "Mao Tse-Tung": a hyphen inside the given name
        if _hyphen_party(left.strip()):
            return left, 0, body[m.end() :], m.end()
    return None


# one romanised Korean or Chinese syllable: "Il", "Sung", "Tse", "Chang" (not "Zedong", "Roshchin")
_SYLLABLE = re.compile(r"[^aeiouy\W\d]*[aeiouyŏŭ]+(?:ng|n|m|k|l|r|p|t)?", re.IGNORECASE)


def _given_syllables(left: str, right: str) -> bool:
    """Whether the words either side of a hyphen are one syllable each, the halves of an East
    Asian given name ("Il-Sung", "Sang-Cho"); "Mao Zedong-Roshchin" joins two people."""
    before = re.split(r"[\s-]", left.strip())[-1]
    after = re.split(r"[\s-]", right.strip(), maxsplit=1)[0]
    return bool(_SYLLABLE.fullmatch(before) and _SYLLABLE.fullmatch(after))


def _hyphen_party(left: str) -> bool:
    """Whether what stands before a hyphen is one party: a name, a name with its role in brackets
    ("V. V. Vaskov (Chargé d' affaires)"), or an office before a name ("Soviet ambassador Pavel
    Iudin")."""
    left = re.sub(r"\s*\([^()]{2,60}\)$", "", left)
    if looks_like_name(left):
        return True
    person = parse_participant(left, 0)
    return bool(
        person is not None
        and not person.is_organization
        and person.role
        and looks_like_name(person.text)
        and len(person.text.split()) > 1
    )


_PRESENT = re.compile(r",?\s+(?:in\s+the\s+presence\s+of|also\s+present:?)\s+(?=[A-Z])")
_IN_PLACE = re.compile(r"\s+in\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s*$")
# where the talk was held after the last name: "… with Ho Chi Minh and Vo Nguyen Giap at Liuzhou"
_AT_PLACE = re.compile(r"(?<=[a-zà-ÿ])\s+at\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s*$")
# a role in apposition whose post the place names: "I.S. Shcherbakov, Soviet ambassador in Hanoi"
_ROLE_BEFORE_PLACE = re.compile(
    r",\s*(?:the\s+)?(?:[A-Z]\w+\s+)?(?:ambassador|envoy|minister|chargé d'affaires|consul|counsellor|correspondent"
    r"|representative|attaché|resident)$",
    re.IGNORECASE,
)
_SUBJECT_AFTER = re.compile(r"\s+(?:on|about|concerning|regarding)\s+(?:the\s+)?(?=[a-z])")


def conversation_sides(
    left: str, left_at: int, right: str, right_at: int, symmetric: bool
) -> tuple[list[Participant], list[str]] | None:
    present = _PRESENT.search(right)
    also: list[NameMention] = []
    if present:  # "… and Kim Il Sung, in the presence of Nam Il": Nam Il took part too
        found = parse_participants(right[present.end() :], right_at + present.end())
        if found and not any(m.is_organization for m in found):
            also, right = found, right[: present.start()]
    place = _IN_PLACE.search(right)
    if place and place.group("place").lower() in PLACES and not _ROLE_BEFORE_PLACE.search(right[: place.start()]):
        right = right[: place.start()]  # "… talks with Khrushchev in Moscow" (not "…, Soviet ambassador in Hanoi")
    at_place = _AT_PLACE.search(right)
    if at_place and re.search(r"[A-Z][\w'’-]*$", right[: at_place.start()]):
        right = right[: at_place.start()]  # "… with Ho Chi Minh at Liuzhou": after a name, a place
    members = delegation_members(left, left_at)  # "delegacji KC KPZR (N. Chruszczow, W. Mołotow, …)"
    first = (members, []) if members else side(left, left_at)
    members = delegation_members(right, right_at)
    second = (members, []) if members else side(right, right_at)
    if second is not None and also:
        second = ([*second[0], *also], second[1])
    subject = _SUBJECT_AFTER.search(right)
    if second is None and subject:  # "… talks with Kim Il-sung on the withdrawal of the CPV": what they were about
        second = side(right[: subject.start()], right_at)
    if first is None or second is None:
        return None
    if _DELEGATIONS_PLURAL.match(left):
        # "between the Delegations of the KWP and the VWP": the second party's delegation too
        second = ([], [*second[1], *(m.text for m in second[0])])
    people = [Participant(m, "interlocutor" if symmetric else "recorder") for m in first[0]]
    people += [Participant(m, "interlocutor") for m in second[0]]
    unnamed = first[1] + second[1]
    if not people or len(people) + len(unnamed) < 2:
        return None
    return people, unnamed
