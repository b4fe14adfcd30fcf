"""A record a sentence names by its Russian heading in quotes, its date after the quotes:

    'The Soviet record, headed “Zapis' besedy A.I. Mikoiana s D. Vidichem,” is dated 7 fevralia 1956 g.: RGANI, …'
    'The record in Firiubin's diary is headed “Zapis' besedy s A. Rankovichem i E. Kardelem” (5 October 1956): AVPRF, …'
    "Запись озаглавлена «Беседа тов. Хрущева с тов. Цеденбалом» и датирована 5 июля 1962 г.: РГАНИ …"

The heading (in Cyrillic or in Library-of-Congress letters, its names declined) follows a word that
says it is the record's heading ("headed", "entitled", "titled", "under the heading", "под
заголовком", "озаглавлена"); it is read as `read_russian_conversation` reads a head, and its date is
its own or the one right after the quotes ("is dated", "dated", "of", "от", "датирована", or in
brackets), then the call number. A heading with no one on the recorder's side ("Zapis' besedy s
Y") takes the keeper of the diary the sentence names ("in X's diary", "в дневнике X"), if any.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import find_dates
from kg1956.extract.locators import find_repository
from kg1956.extract.names import parse_participant
from kg1956.extract.places import is_place
from kg1956.extract.records_ru import read_russian_conversation
from kg1956.models import Communication, Participant, Span

_HEADED = re.compile(
    r"(?:headed|entitled|titled|under\s+the\s+(?:heading|title)|под\s+заголовком|озаглавлен[а-яё]*)\s+"
    r"[“«\"](?P<inner>[^“”«»\"]{8,200}?)[,.]?[”»\"]",
    re.IGNORECASE,
)
_DATED = re.compile(
    r"[\s,]*(?:(?:and\s+|и\s+)?(?:is\s+|was\s+)?dated|of|от|(?:и\s+)?датирован[а-яё]*(?:\s+от)?)?\s*(?P<open>\()?\s*"
)
_THEN_CALL = re.compile(r"\s*\)?\s*[:,.;]?\s*(?://\s*)?")
_DIARY = re.compile(
    r"(?:in|from)\s+(?P<en>[A-Z][\w-]+)[’']s?\s+diary|(?:в|из)\s+дневник[еа]\s+(?P<ru>(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё-]+)"
)


# the case endings a place takes in Library-of-Congress letters ("Moskvoi", "Pekinom", "Belgrade")
_LATIN_CASES = ("oiu", "oi", "oj", "oy", "ei", "om", "em", "u", "y", "e", "a", "i")


def _latin_place(text: str) -> bool:
    """Whether one word in Latin letters is a place in some Russian case ("Moskvoi", "Pekine")."""
    word = text.strip(" ,.;:")
    if " " in word or not re.fullmatch(r"[A-Z][a-z'-]+", word):
        return False
    if is_place(word):
        return True
    for end in _LATIN_CASES:
        if word.endswith(end) and len(word) - len(end) >= 3:
            stem = word[: -len(end)]
            if any(is_place(stem + tail) for tail in ("", "a", "o", "y")):
                return True
    return False


def read_headed(text: str, offset: int) -> tuple[list[Communication], int] | None:
    """The talk the quoted heading records and where its call number starts (see the module
    docstring); None otherwise."""
    m = _HEADED.search(text[:300])
    if m is None:
        return None
    inner = m.group("inner")
    found = read_russian_conversation(inner, offset + m.start("inner"))
    if found is None or found.more_dates:
        return None
    comm = found.communication
    if any(_latin_place(p.mention.text) for p in comm.participants):
        return None  # "Zapis' besedy s Moskvoi": a capital in Library-of-Congress letters, no party
    at = m.end()
    if comm.date is None:
        dated = _DATED.match(text, at)
        days = find_dates(text[dated.end() : dated.end() + 40])
        if not days or days[0].span.start != 0 or days[0].value is None or days[0].range_start is not None:
            return None
        comm = replace(comm, date=days[0].value)
        at = dated.end() + days[0].span.end
    call = _THEN_CALL.match(text, at)
    repo = find_repository(text[call.end() :])
    if repo is None or repo.start() != 0:
        return None
    if not any(p.function == "recorder" for p in comm.participants):
        diary = _DIARY.search(text[: m.start()])
        if diary is not None:
            name = diary.group("en") or diary.group("ru")
            at_name = diary.start("en") if diary.group("en") else diary.start("ru")
            keeper = parse_participant(name, offset + at_name)
            if keeper is not None and not keeper.is_organization:
                comm = replace(comm, participants=(Participant(keeper, "recorder"), *comm.participants))
    comm = replace(comm, span=Span(offset + m.start(), offset + at))
    return [comm], call.end()
