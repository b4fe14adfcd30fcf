"""Hungarian record heads whose parties stand name first with the office after the name, as
Hungarian writes them ("Oláh Gyula nagykövet", "Kovács Béla ügyvivő"; with "-val/-vel", the
instrumental, for the one talked with: "Pak Szong Csol külügyminiszter-helyettessel"):

    "Feljegyzés. Oláh Gyula nagykövet beszélgetése Pak Szong Csol külügyminiszter-helyettessel,
    1963. március 2." (a note: X's conversation with Y)
    "Feljegyzés Kim Ir Szen és Kovács Béla ügyvivő beszélgetéséről, 1969. szeptember 9." (on the
    conversation of X and Y)

The office after the name is the person's role, as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.lexicon import PLACES
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, people_until_date, side
from kg1956.extract.roles import is_role_word
from kg1956.models import Communication, NameMention, Participant, Span

_LOWER = "a-záéíóöőúüű"
# the name, then its office in lower case (a word of it a role word): "Kovács Béla ügyvivő"
_NAME_OFFICE = re.compile(
    rf"^(?P<name>(?:[A-ZÁÉÍÓÖŐÚÜŰ][\w'’.-]*\s+){{0,3}}[A-ZÁÉÍÓÖŐÚÜŰ][\w'’.-]*?)"
    # the office in lower case, maybe after a party body's acronym: "KB-titkárral", "PB-tag"
    rf"\s+(?P<role>(?:[A-ZÁÉÍÓÖŐÚÜŰ]{{2,4}}-)?[{_LOWER}-]+(?:\s+[{_LOWER}-]+){{0,3}})$"
)
_OWNED_TALK = re.compile(
    # the kind may stand apart, with a bracketed gloss and a comma: "Feljegyzés [memorandum], X …"
    r"^(?:(?:feljegyzés|jelentés)(?:\.?\s+|\s*(?:\[[^\[\]]{3,40}\]\s*)?,\s+))?(?P<a>[^,;()\[\]]{3,80}?)\s+(?:beszélgetése|megbeszélése|tárgyalása)\s+"
    r"(?P<with>[^,;()\[\]]{3,80}?)\s*,\s*",
    re.IGNORECASE,
)
# Hungarian offices, declined by suffixes ("külügyminiszterrel", "nagykövettel", "ügyvivővel")
_HU_OFFICES = (
    "nagykövet",
    "követ",
    "külügyminiszter",
    "miniszter",
    "ügyvivő",
    "titkár",
    "tanácsos",
    "elnök",
    "attasé",
    "konzul",
    "helyettes",
    "vezető",
    "miniszterelnök",
    "főkonzul",
)
_GLOSS = re.compile(r"[\s.]*\[[^\[\]]{3,400}\]")
# a body or a state's adjective, never a name: "A Szovjet Nagykövetség tanácsosa", "Szovjet nagykövettel"
_NOT_NAMES = re.compile(
    r"(?:^|\s)(?:Az?|Szovjet|Kínai|Koreai|Magyar|Csehszlovák|Lengyel|Román|Bolgár|Német|Jugoszláv|Albán|Mongol"
    r"|Vietnami|Nagykövetség\w*|Követség\w*|Minisztérium\w*|Bizottság\w*|Külügyminisztérium\w*|Kormány\w*"
    r"|Párt\w*|Tanács\w*|Hivatal\w*|Osztály\w*)(?=\s|$)"
)
# the instrumental on a name no office follows: "Pak Hion Jonggal", "Kim Ir Szennel", "Nam Illel"
_INSTRUMENTAL = re.compile(r"(?:(?<=[aeiouáéíóöőúüű])v[ae]l|(?<=([bcdfghjklmnprstvz]))\1[ae]l)$")


def _nominative_name(text: str) -> str:
    """The name with the instrumental of its last word taken off ("Pak Hion Jonggal" → "Pak Hion Jong")."""
    words = text.split()
    if len(words) < 2:
        return text
    last = _INSTRUMENTAL.sub("", words[-1])
    if len(last) < 2 or last == words[-1]:
        return text
    return " ".join([*words[:-1], last])


def hungarian_party(phrase: str, offset: int) -> NameMention | None:
    """A person written name first with the office after the name, or None."""
    phrase = phrase.strip()
    m = _NAME_OFFICE.match(phrase)
    if m is None or not looks_like_name(m.group("name")) or _NOT_NAMES.search(m.group("name")):
        return None
    roles = [re.sub(r"^[A-ZÁÉÍÓÖŐÚÜŰ]{2,4}-", "", w) for w in m.group("role").split()]
    if not any(is_role_word(w) or w.lower().startswith((*_HU_OFFICES, "tag")) for w in roles):
        return None
    person = parse_participant(m.group("name"), offset)
    if person is None or person.is_organization or person.role:
        return None
    return replace(person, role=m.group("role"))


def hungarian_sides(left: str, left_at: int, right: str, right_at: int) -> list[Participant] | None:
    """Both parties of a talk, when at least one is written name first with its office after it."""
    named = [hungarian_party(left, left_at), hungarian_party(right, right_at)]
    if not any(named):
        return None
    parts = []
    for person, text, at in zip(named, (left, right), (left_at, right_at), strict=True):
        if person is None:
            if _NOT_NAMES.search(text.strip()):
                return None  # "A Szovjet Nagykövetség tanácsosa": a body's officer, no one named
            found = side(text, at)
            if not found or len(found[0]) != 1 or found[1]:
                return None
            person = found[0][0]
            if text is right and not person.role:  # "… beszélgetése Pak Hion Jonggal": the instrumental
                bare = _nominative_name(person.text)
                person = replace(person, text=bare, span=replace(person.span, end=person.span.start + len(bare)))
        parts.append(Participant(person, "interlocutor"))
    return parts


def read_hungarian_owned_talk(text: str, offset: int) -> RuleResult | None:
    """ "Feljegyzés. X nagykövet beszélgetése Y külügyminiszter-helyettessel, 1963. március 2.":
    X's conversation with Y, each with the office written after the name."""
    m = _OWNED_TALK.match(text)
    if m is None:
        return None
    parts = hungarian_sides(m.group("a"), offset + m.start("a"), m.group("with"), offset + m.start("with"))
    if parts is None:
        return None
    cut = people_until_date(text[m.end() :], offset)
    if (
        cut.date is None
        or cut.date.value is None
        or cut.body.strip(" ,")
        and cut.body.strip(" ,").lower() not in PLACES
    ):
        return None
    end = m.end() + cut.end
    gloss = _GLOSS.match(text, end)
    end = gloss.end() if gloss else end
    parts[0] = Participant(parts[0].mention, "recorder")
    comm = Communication("conversation", cut.date.value, tuple(parts), Span(offset, offset + end))
    return RuleResult(comm, end, cut.more)


# "Jelentés [report], Bálint Sándor hanoi nagykövet: "<title>", 12 January 1967": the kind, its
# gloss, the writer by name with his office after it, a colon, the title in quotes, the date
_KIND_WRITER_TITLE = re.compile(
    r"^(?P<kind>jelentés|feljegyzés|rejtjeltávirat)\s*(?:\[[^\[\]]{3,40}\]\s*)?,\s+"
    r"(?P<a>[^,;:()\[\]\"“”„]{3,80}?):\s+[\"“„][^\"“”„]{3,300}[\"”“]\s*,\s*",
    re.IGNORECASE,
)
_KIND = {"jelentés": "report", "feljegyzés": "memo", "rejtjeltávirat": "telegram"}


def read_hungarian_writer_title(text: str, offset: int) -> RuleResult | None:
    """The writer of a Hungarian record named before its quoted title: his report, memo or
    telegram, when he is one person with his office after the name."""
    m = _KIND_WRITER_TITLE.match(text)
    if m is None:
        return None
    writer = hungarian_party(m.group("a"), offset + m.start("a"))
    if writer is None:
        return None
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.date.value is None or cut.body.strip(" ,"):
        return None
    end = m.end() + cut.end
    comm = Communication(
        _KIND[m.group("kind").lower()], cut.date.value, (Participant(writer, "sender"),), Span(offset, offset + end)
    )
    return RuleResult(comm, end, cut.more)
