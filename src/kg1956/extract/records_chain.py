"""A talk given by its parties joined by dashes, then its date, then what the record is:

    "Ivanov – Ch'oe Ch'ang-ik, 5 September 1956, memorandum of conversation, AVPRF, …"
    "Nguyen Duy Trinh – J. Siedlecki, Polish ambassador, 11 January 1967, record of conversation; …"
    "Lewandowski – D'Orlandi – Lodge, Saigon, 2 December 1966, record of the three-way meeting, …"

Two or more parties (each may carry its office after a comma or in brackets), an optional
place, the date, and a kind word that names a talk; the kind word is what makes the dashes
a conversation rather than a route ("Moscow – Beijing") or a span of years.
"""

from __future__ import annotations

import re

from kg1956.extract.kinds import fuzzy_alternation
from kg1956.extract.lexicon import COUNTRIES, STATE_NAMES
from kg1956.extract.parties import DASH_PAIR, RuleResult, people_until_date, side, split_top
from kg1956.extract.places import is_place
from kg1956.models import Communication, Participant, Span

_TALK = fuzzy_alternation(("conversations", "conversation", "talks", "talk", "meeting", "discussion"))
_RECORD = fuzzy_alternation(
    (
        "memoranda",
        "memorandum",
        "memo",
        "records",
        "record",
        "minutes",
        "notes",
        "note",
        "transcripts",
        "transcript",
        "stenograms",
        "stenogram",
        "summary",
    )
)
# the kind after the date: "memorandum of conversation", "record of the three-way meeting", "conversation"
# a record's noun that alone names the record of a talk, in the languages of the archives cited
_TALK_RECORD = "|".join(
    ("memcon", "minutes", "stenogram", "vermerk", "gesprächsvermerk", "aktenvermerk", "niederschrift")
    + ("notatka", "notatka z rozmowy", "záznam", "záznam o rozhovoru", "feljegyzés", "stenograma")
)
# states and regions, as file headings in the archives' languages name them ("Sowjetunion – China",
# "Ost – West")
_STATES_AND_REGIONS = (
    COUNTRIES
    | STATE_NAMES
    | frozenset("ost west nord süd osten westen norden süden east north south eastern western".split())
)
_KIND_AFTER_DATE = re.compile(
    rf"\s*,\s*(?:(?:(?:{_RECORD})\s+of\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+)?)?(?:{_TALK})|{_TALK_RECORD})\b"
    r"(?=\s*(?:[,;.(]|$))",
    re.IGNORECASE,
)
_KIND_AFTER_PARTIES = re.compile(
    rf"^(?P<chain>[^,;()]{{5,160}}?)(?:,\s*|\s+)(?:(?:{_RECORD})\s+of\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+)?)?"
    rf"(?:{_TALK})\s*,\s*(?=\S)",
    re.IGNORECASE,
)
# the record's kind again after the date: "Zhivkov–Pham Van Dong talks, Sofia, 21 October 1965, minutes, TsDA, …"
_RECORD_AFTER = re.compile(
    rf"\s*,\s*(?:{_RECORD})(?:\s+of\s+(?:(?:a|an|the|their)\s+)?(?:{_TALK}))?(?=\s*(?:[,;(]|\.?\s*$))", re.IGNORECASE
)
_PLACE_AFTER = re.compile(r",\s*(?P<place>[A-Z][\w'’ -]{2,30})$")


def _chain(body: str, at: int) -> list[tuple[str, int]] | None:
    """The parties of "A – B – C", each with its offset; None when there is no dash."""
    parts: list[tuple[str, int]] = []
    rest, rest_at = body, at
    while True:
        split = split_top(rest, DASH_PAIR)
        if split is None:
            parts.append((rest, rest_at))
            break
        parts.append((split[0], rest_at))
        rest, rest_at = split[2], rest_at + split[3]
    return parts if len(parts) >= 2 else None


def chain_sides(body: str, at: int, least: int = 2) -> tuple[list[Participant], list[str]] | None:
    """The parties of "A – B – C" (at least `least` links), each link one party, person or
    role; None when a link is a place, a body or several people, or when nobody is named."""
    chain = _chain(body, at)
    if chain is None or len(chain) < least:
        return None
    last, last_at = chain[-1]
    place = _PLACE_AFTER.search(last)
    if place is not None and is_place(place.group("place").strip()):
        chain[-1] = (last[: place.start()], last_at)  # "Molotov–Zhou Enlai–Kim Il Sung, Geneva": where they met
    named: list[Participant] = []
    unnamed: list[str] = []
    for part, part_at in chain:
        stripped = part.strip()
        if not stripped or is_place(stripped):
            return None
        if all(w.lower().strip(".,") in _STATES_AND_REGIONS for w in stripped.split()):
            return None  # "Sowjetunion – China", "Ost – West": relations between states, a topic
        found = side(stripped, part_at + len(part) - len(part.lstrip()))
        if found is None or len(found[0]) + len(found[1]) != 1:
            return None  # each link of the chain is one party
        if "," in stripped and found[0] and not found[0][0].role:
            return None  # "Jarząbek – Skobelski, Polska wobec Wietnamu, 2011": a title after co-authors, no office
        if any(m.is_organization for m in found[0]):
            return None
        named += [Participant(m, "interlocutor") for m in found[0]]
        unnamed += found[1]
    return (named, unnamed) if named else None


def read_dash_chain(text: str, offset: int) -> RuleResult | None:
    """The parties joined by dashes, the date, then the kind of record ("…, memorandum of
    conversation"), or the kind before the date ("A – B – C, record of the three-way meeting,
    2 December 1966"): one conversation of every party named."""
    kind_first = _KIND_AFTER_PARTIES.match(text)
    if kind_first is not None:  # "A – B – C, record of …, date"; "A – B talks, Sofia, date"
        sides = chain_sides(kind_first.group("chain"), offset)
        cut = people_until_date(text[kind_first.end() :], offset)
        if sides is None or cut.date is None or cut.date.value is None:
            return None
        if cut.body.strip(" ,") and not is_place(cut.body.strip(" ,")):
            return None
        end = kind_first.end() + cut.end
        again = _RECORD_AFTER.match(text, end)
        end = again.end() if again else end
    else:
        cut = people_until_date(text, offset)
        if cut.date is None or cut.date.value is None:
            return None
        kind = _KIND_AFTER_DATE.match(text, cut.end)
        if kind is None:
            return None
        noun_alone = re.fullmatch(rf"\s*,\s*(?:{_TALK_RECORD})", kind.group(0), re.IGNORECASE)
        if noun_alone and cut.date.value.precision != "day":
            return None  # "…, 2011, notatka, s. 45": a record's noun alone after a bare year is a work's page
        body = cut.body.rstrip(" ,")
        place = _PLACE_AFTER.search(body)
        if place and is_place(place.group("place")):
            body = body[: place.start()]
        sides = chain_sides(body, offset)
        if sides is None:
            return None
        end = kind.end()
    named, unnamed = sides
    comm = Communication("conversation", cut.date.value, tuple(named), Span(offset, offset + end), tuple(unnamed))
    return RuleResult(comm, end, cut.more)
