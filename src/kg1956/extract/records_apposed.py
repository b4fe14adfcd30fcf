"""A writer named with the office set off by commas, then what he wrote of his own talk, and a
message whose writer is not named that tells of a talk between two others:

    "Ferenc Baranyai, chargé d'affaires in Hanoi, on his conversation with Nguyễn Duy Trinh, 3 March 1967, …"
    "János Péter, foreign minister, memorandum of his conversation with Nguyen Duy Trinh, Budapest, 25 October 1967"
    "N.A. Mikhailov, Soviet ambassador, conversation with Sukarno, 28 September 1963, AVPRF, …"
    "Kim Tu-bong in conversation with the Soviet chargé d'affaires A.M. Petrov, 30 August 1956 (AVPRF, …)"

    "Report from Beijing, 18 April 1967, on the conversation of Zhou Enlai and Phạm Văn Đồng of 10 April, …"

The writer took part in the talk (his own conversation); the one he spoke with may be named
only by role ("the Canadian commissioner"), and is then kept unnamed. The head must end at
the date, and the date be followed by the call number, a back reference or nothing, so a
sentence of prose that happens to start this way yields nothing.
"""

from __future__ import annotations

import re

from kg1956.extract.bodies import is_generic_body
from kg1956.extract.dates import find_dates, make_date
from kg1956.extract.kinds import KINDS, fuzzy_alternation
from kg1956.extract.locators import find_repository
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import AND, RuleResult, conversation_sides, people_until_date, side, split_pair
from kg1956.extract.places import is_place
from kg1956.extract.roles import reads_as_office
from kg1956.models import Communication, Participant, Span

_TALK = fuzzy_alternation(("conversations", "conversation", "talks", "talk", "meeting", "discussion"))
_RECORD = fuzzy_alternation(("memorandum", "memo", "record", "minutes", "notes", "note", "report"))
# "X, office, [memorandum of|report on] his conversation with "
_APPOSED = re.compile(
    r"^(?P<x>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
    r"(?:,\s+(?P<role>[A-Za-z][^,;:()\[\]“”\"]{2,100}?),\s+|\s*\((?P<brole>[^()\[\]]{2,100})\),?\s+)"
    rf"(?:(?:(?:{_RECORD})\s+(?:of|on|about)\s+|on\s+|about\s+)(?:his|her)\s+|(?=[a-z]))(?:{_TALK})\s+with\s+",
)
# "X in conversation with Y"
_IN_CONVERSATION = re.compile(
    rf"^(?P<x>(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+)\s+in\s+(?:a\s+)?(?:{_TALK})\s+with\s+",
)
# "…, on his talk with U Thant the same day, telegram no. 883, Oct. 25, 1962": the talk on the day of
# the message that tells of it, which the writer sent
_SAME_DAY_MESSAGE = re.compile(
    r"\s+(?:the\s+same\s+day|that\s+day|on\s+the\s+same\s+day),\s+"
    r"(?P<kind>(?:cipher(?:ed)?\s+)?(?:telegram|cable|report))(?:\s+(?:no\.|nos?\.|№)\s*[\w/–-]+)?$",
    re.IGNORECASE,
)
_PLACE_TAIL = re.compile(r",\s*(?P<place>[A-Z][\w'’ -]{2,30})$")
_BACK = re.compile(r"(?:ibid|ibidem|idem|ebd|ebenda|tamże|tamtéž)\b", re.IGNORECASE)


def _cited_after(text: str, bare: bool = True) -> bool:
    """What follows the date is the call number, a back reference, or (when `bare`) nothing."""
    rest = text.lstrip(" ,;:(")
    if not rest.strip(" .)"):
        return bare
    if _BACK.match(rest):
        return True
    repo = find_repository(rest)
    return repo is not None and repo.start() == 0


def read_apposed_writer(text: str, offset: int) -> RuleResult | None:
    """ "X, office, on his conversation with Y, date, <call number>" and "X in conversation with
    Y, date (<call number>)": the conversation of X and Y, X's office attested by the record."""
    m = _APPOSED.match(text)
    told = m is None  # "X in conversation with Y": who recorded it is not said, so its call number must follow
    m = m or _IN_CONVERSATION.match(text)
    if m is None:
        return None
    if not looks_like_name(m.group("x")):
        return None
    office = m.groupdict().get("role") or m.groupdict().get("brole")
    if m.groupdict().get("brole") and not reads_as_office(m.group("brole")):
        return None  # "Novotný (in a letter to Brezhnev)", "Pudlák (1961)": a remark, no office
    if m.groupdict().get("role"):
        writer_end = m.end("role")  # "X, office"
    elif office:
        writer_end = m.end("brole") + 1  # "X (office)"
    else:
        writer_end = m.end("x")
    writer = parse_participant(text[:writer_end], offset)
    if writer is None or writer.is_organization or (office and not writer.role):
        return None
    cut = people_until_date(text[m.end() :], offset + m.end())
    if cut.date is None or cut.date.value is None:
        return None
    end = m.end() + cut.end
    if not _cited_after(text[end:], bare=not told):
        return None  # "Chen Jian in conversation with Shen Zhihua, Shanghai, 14 June 2005.": two historians talking
    body = cut.body.rstrip(" ,")
    sent = _SAME_DAY_MESSAGE.search(body) if office else None
    if sent is not None:
        body = body[: sent.start()]  # "… with U Thant the same day, telegram no. 883, Oct. 25": his message of that day
    place = _PLACE_TAIL.search(body)
    if place and is_place(place.group("place")):
        body = body[: place.start()]  # "…, Budapest, 25 October 1967": where they met
    other = side(body, offset + m.end())
    if other is None or any(x.is_organization for x in other[0]) or (other[1] and other[0]):
        return None  # one named by role alone, or people each named
    # the writer of "X, office, on his conversation with Y" recorded it; "X in conversation with Y" says not who did
    function = "recorder" if office else "interlocutor"
    parts = (Participant(writer, function), *(Participant(x, "interlocutor") for x in other[0]))
    comm = Communication("conversation", cut.date.value, parts, Span(offset, offset + end), tuple(other[1]))
    if sent is not None:
        kind = KINDS[sent.group("kind").lower().split()[-1]]  # "ciphered telegram": a telegram
        message = Communication(kind, cut.date.value, (Participant(writer, "sender"),), Span(offset, offset + end))
        return RuleResult(comm, end, cut.more, also=(message,))
    return RuleResult(comm, end, cut.more)


# ", on the conversation of A and B of 10 April": the talk of two others that a message tells of
_ON_OTHERS_TALK = re.compile(
    rf"\s*,?\s*(?:on|about|concerning|reporting)\s+the\s+(?:{_TALK})\s+(?:of|between)\s+(?P<pair>[^,;()]{{3,120}}?)"
    r"\s+(?:of|on)\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?)(?=\s*(?:[,;]|\.?\s*$))"
)
_MESSAGE_HEAD = re.compile(
    r"^(?:(?:cipher(?:ed)?|coded|political)\s+)?(?:report|telegram|cable|dispatch|despatch|information|letter|memo(?:randum)?)"
    r"\b[^,;:()]{0,80}$",
    re.IGNORECASE,
)


def read_report_on_others_talk(text: str, offset: int) -> RuleResult | None:
    """ "Report from Beijing, 18 April 1967, on the conversation of Zhou Enlai and Phạm Văn Đồng of 10
    April, MOL, …": a message whose writer the head does not name (a capital, an embassy) tells of
    a talk between two others; the talk is their conversation, its year the message's (never later)."""
    cut = people_until_date(text, offset)
    if cut.date is None or cut.date.value is None or cut.date.value.precision != "day":
        return None
    if not _MESSAGE_HEAD.match(cut.body.strip(" ,")):
        return None
    m = _ON_OTHERS_TALK.match(text, cut.end)
    if m is None:
        return None
    pair = split_pair(m.group("pair"), AND)
    if pair is None:
        return None
    at = offset + m.start("pair")
    sides = conversation_sides(pair[0], at, pair[2], at + pair[3], True)
    if sides is None or sides[1] or len(sides[0]) != 2 or any(p.mention.is_organization for p in sides[0]):
        return None
    day = find_dates(m.group("day") if re.search(r"\d{4}$", m.group("day")) else f"{m.group('day')} 2000")
    if not day or day[0].value is None or day[0].value.precision != "day":
        return None
    sent = cut.date.value
    year = int(day[0].value.iso[:4]) if re.search(r"\d{4}$", m.group("day")) else int(sent.iso[:4])
    month, dom = int(day[0].value.iso[5:7]), int(day[0].value.iso[8:10])
    date = make_date(year, month, dom)
    if date is not None and date.iso > sent.iso and not re.search(r"\d{4}$", m.group("day")):
        date = make_date(year - 1, month, dom)  # "Report, 3 January 1967, on the talks … of 28 December"
    if date is None or date.iso > sent.iso:
        return None
    comm = Communication("conversation", date, tuple(sides[0]), Span(offset, offset + m.end()))
    return RuleResult(comm, m.end())


# "Pak Hŏn-yŏng's second letter, addressed to Filippov, 20 November 1950": the writer's possessive,
# an ordinal, the kind, then the addressee after "addressed/sent to"
_OWN_MESSAGE_TO = re.compile(
    r"^(?P<x>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)[’']s\s+"
    r"(?:(?:first|second|third|fourth|last|final|further|next|earlier|later|own)\s+)?"
    r"(?P<kind>letter|telegram|cable|message|report|memorandum)\s*,?\s+(?:addressed|sent|written)\s+to\s+"
)
# "… via Kovalev", "through the embassy", "c/o …": who carried the message, no addressee
_CARRIED_BY = re.compile(r"\s+(?:via|through|c/o|care\s+of|by\s+way\s+of)\s+", re.IGNORECASE)
# "the Party", "the Centre": a body that the article and one word leave unnamed, never a person
_ARTICLE_AND_ONE_WORD = re.compile(r"(?:the|a|an)\s+[\w’'-]+", re.IGNORECASE)
_MESSAGE_KINDS = {"cable": "telegram", "message": "letter", "memorandum": "memo"}


def read_own_message_to(text: str, offset: int) -> RuleResult | None:
    """ "X's second letter, addressed to Y, <date>": X's message to Y."""
    m = _OWN_MESSAGE_TO.match(text)
    if m is None or not looks_like_name(m.group("x")):
        return None
    writer = parse_participant(m.group("x"), offset)
    if writer is None or writer.is_organization:
        return None
    cut = people_until_date(text[m.end() :], offset + m.end())
    if cut.date is None or cut.date.value is None:
        return None
    end = m.end() + cut.end
    if not _cited_after(text[end:]):
        return None
    body = cut.body.rstrip(" ,")
    carrier = _CARRIED_BY.search(body)
    if carrier is not None:
        body = body[: carrier.start()]  # "addressed to Mao via Kovalev": Kovalev carried it, Mao is its addressee
    if is_place(body) or is_generic_body(body) or _ARTICLE_AND_ONE_WORD.fullmatch(body):
        return None  # "sent to Haiphong", "written to the Party": no one named
    other = side(body, offset + m.end())
    if other is None or len(other[0]) + len(other[1]) != 1:
        return None
    kind = _MESSAGE_KINDS.get(m.group("kind"), m.group("kind"))
    parts = (Participant(writer, "sender"), *(Participant(x, "recipient") for x in other[0]))
    comm = Communication(kind, cut.date.value, parts, Span(offset, offset + end), tuple(other[1]))
    return RuleResult(comm, end, cut.more)
