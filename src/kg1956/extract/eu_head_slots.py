"""Two slots of an East European record head that hold no party: the place written after the parties
before the date ("Notatka z rozmowy X z Y [gloss], Khang Khay, 14 IX 1961"), and the writer named
between the record's kind and its talk ("Notatka tow. X z rozmowy z Y", "Záznam s. X o rozhovoru s Y")."""

from __future__ import annotations

import re

from kg1956.extract.bodies import plainly_person
from kg1956.extract.lexicon import CHINESE_SURNAMES, KOREAN_SURNAMES, VIETNAMESE_SURNAMES
from kg1956.extract.names import parse_participant
from kg1956.extract.places import is_place
from kg1956.extract.roles import is_role_word
from kg1956.models import NameMention

_ASIAN_SURNAMES = VIETNAMESE_SURNAMES | CHINESE_SURNAMES | KOREAN_SURNAMES
# a place after the parties, set off by a comma before the date: "Notatka z rozmowy X z Y, Khang Khay,
# 14 IX 1961", "Záznam o rozhovoru s X, Vientiane, 3. 4. 1962", "Vermerk über ein Gespräch mit X, Sam Neua,
# am …": one to three capitalised words, no office, no Asian surname first ("z X, Liu Shaoqi"), and a
# known place always, since a name stands there too ("[Note …], Jan Siedlecki, 7 V 1965")
_PLACE_SEGMENT = re.compile(
    r"(?P<cut>(?:\]\s*)?,\s*)(?P<place>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]+(?:[\s-][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]+){0,2})\s*,?\s*$"
)


def place_before_date(body: str, with_word: re.Pattern[str]) -> str:
    """The parties without a place written after them (see `_PLACE_SEGMENT`), blanked: a known
    place after the second of two sides (`with_word` joins them) or after a bracketed gloss; a
    name after a gloss is the writer's or signer's ("[Note …], Jan Siedlecki, 7 V 1965") and stays."""
    m = _PLACE_SEGMENT.search(body)
    glossed = "]" in (m.group("cut") if m else "")
    if not m or not with_word.search(body[: m.start()]) and not glossed:
        return body
    words = m.group("place").replace("-", " ").split()
    if any(is_role_word(w) for w in words) or words[0].lower() in _ASIAN_SURNAMES:
        return body
    if not is_place(m.group("place")):  # after a gloss too: a person stands there as often
        return body
    keep = m.start("cut") + (1 if glossed else 0)
    return body[:keep] + " " * (len(body) - keep)


# the writer named between the kind of record and its talk, in the genitive: "Notatka M. Manelego z
# rozmowy z …", "Notatki tow. J. Siedleckiego z rozmów z …", "Záznam s. J. Nováka o rozhovoru s …": his
# own talk, "with" right after it ("z rozmowy premiera z Y" is someone else's talk he wrote down)
_WRITER_INSIDE = re.compile(
    r"^(?:notatk[ai]|záznamy?)\s+(?P<writer>(?:(?:tow\.|s\.|amb\.|ambasadora|velvyslance|soudruha)\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆČŠŘŽ][a-zł]?\.\s?){0,2}[A-ZÀ-ÖØ-ÞŁŚŻŹĆČŠŘŽ][\w'’-]+)"
    r"\s+(?=(?:z|ze)\s+(?:rozmowy|rozmów)\s+(?:z|ze)\s|o\s+(?:rozhovoru|rozhovorech)\s+(?:s|se)\s)",
    re.IGNORECASE,
)
_NOT_WRITER = frozenset("informacyjna służbowa poufna tajna końcowa".split())  # "Notatka informacyjna z rozmowy"


def writer_inside(text: str, offset: int) -> tuple[NameMention, str] | None:
    """The writer of `_WRITER_INSIDE` and the head with his name blanked; None unless he is plainly
    a person, or addressed or titled ("Notatka Wydziału z rozmowy …": a department's, no writer)."""
    m = _WRITER_INSIDE.match(text)
    if m is None or m.group("writer").split()[-1].lower() in _NOT_WRITER:
        return None
    writer = parse_participant(m.group("writer"), offset + m.start("writer"))
    if writer is None or writer.is_organization:
        return None
    if not (plainly_person(writer) or writer.role or m.group("writer") != writer.text):
        return None
    blank = text[: m.start("writer")] + " " * (m.end("writer") - m.start("writer")) + text[m.end("writer") :]
    return writer, blank
