"""Hungarian record heads whose parties stand name first with the office after the name, as
Hungarian writes them ("Oláh Gyula nagykövet", "Kovács Béla ügyvivő"; with "-val/-vel", the
instrumental, for the one talked with: "Pak Szong Csol külügyminiszter-helyettessel"):

    "Feljegyzés. Oláh Gyula nagykövet beszélgetése Pak Szong Csol külügyminiszter-helyettessel,
    1963. március 2." (a note: X's conversation with Y)
    "Feljegyzés Kim Ir Szen és Kovács Béla ügyvivő beszélgetéséről, 1969. szeptember 9." (on the
    conversation of X and Y)

The office after the name is the person's role, as written. Also the writer's own records with a
possessive ending ("Práth rejtjeltávirata", "Lőrincz jelentései"), notes "on the conversation of X
and Y" or "held with Y" (on a day the title gives), and heads that start with the kind
("Rejtjeles távirat, Peking, …, X nagykövet – Y külügyminiszter"): `read_hungarian_record`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.dates import find_dates
from kg1956.extract.eu_head_parts import GLOSS, author_before_title, gloss_end, name_then_role, with_gloss_spellings
from kg1956.extract.lexicon import PLACES
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult, conversation_sides, people_until_date, side, split_top
from kg1956.extract.places import is_place, is_place_any_case
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


# Hungarian: the writer, then the record with a possessive ending ("Práth rejtjeltávirata").
_HU_OWNED = {
    "rejtjeltávirat": "telegram",
    "távirat": "telegram",
    "jelentés": "report",
    "levél": "letter",
    "level": "letter",
    "feljegyzés": "memo",
}
_HU_OWNED_HEAD = re.compile(
    r"^(?P<a>[^,;()]{2,60}?)\s+(?P<kind>" + "|".join(sorted(_HU_OWNED, key=len, reverse=True)) + r")(?:e|a|ei|ai)\b",
    re.IGNORECASE,
)
# A Hungarian addressee in the dative ("Kim Ir Szennek", "N. Sz. Hruscsovnak", "… elvtársnak"): the
# name as written, declined; "elvtárs" (comrade) is neither name nor role.
# The allative names the addressee too: "Hruscsov elvtárs levele Kádár Jánoshoz" (to János Kádár).
_HU_DATIVE = re.compile(
    r"(?P<comrade>[A-ZÁÉÍÓÖŐÚÜŰ][^,;()\[\]]{1,60}?)\s+elvtárs(?:nak|hoz)"
    r"|(?P<to>[A-ZÁÉÍÓÖŐÚÜŰ][^,;()\[\]]{1,60}?(?:nak|nek|hoz|hez|höz))"
)
# "Hruscsov elvtárs levele": "elvtárs" (comrade) after the writer's name is no part of it
_HU_COMRADE_AFTER = re.compile(r"\s+elvtárs(?:nő)?$")
# A Hungarian subject after the record: "a koreai–kínai viszonyról" (about the Korean–Chinese relations).
_HU_SUBJECT = re.compile(r"(?:az?\s+)?[^,;]{0,80}?\w(?:ról|ről)", re.IGNORECASE)
# a date written as an adjective before the talk's noun: "1957. január 16-i", "1962. március 1-jei"
_HU_DATE_ADJECTIVE = re.compile(
    r"\s+(?P<date>(?:19|20)\d\d\.\s*[a-záéíóöőúüű]+\.?\s*\d{1,2})\.?-(?:i|ai|ei|jei|ji)$", re.IGNORECASE
)
_HU_NOTE_ON = re.compile(
    r"^(?:feljegyzés|jelentés|jegyzőkönyv)\s+(?P<body>[^,;]{5,160}?)\s+"
    r"(?:beszélgetéséről|megbeszéléséről|tárgyalásáról|tárgyalásairól)\b"
    # the talk titled by itself, its parties in the nominative: "Sík Endre és Beavogui tárgyalása"
    r"|^(?P<bare>[^,;:()\[\]'‘’\"“”]{5,160}?\s+és\s+[^,;:()\[\]'‘’\"“”]{3,80}?)\s+"
    r"(?:beszélgetése|megbeszélése|tárgyalása|tárgyalásai)(?=[\s,.'’\"”\]]|$)",
    re.IGNORECASE,
)
# where the talk was held, as an adjective before its noun: "New York-i", "Kuala Lumpur-i"
_HU_PLACE_ADJECTIVE = re.compile(r"\s+(?P<place>(?:[A-ZÁÉÍÓÖŐÚÜŰ]\w*\s+)?[A-ZÁÉÍÓÖŐÚÜŰ]\w*)-i$")


def _without_place_adjective(body: str) -> str:
    """The parties without the place adjective at their end ("… Sékou Touré New York-i"): two words
    when they name a known place ("New York"), else one."""
    m = _HU_PLACE_ADJECTIVE.search(body)
    if m is None:
        lower = re.search(r"\s+(?P<stem>[a-záéíóöőúüű]{3,})i$", body)  # "budapesti", "pekingi"
        if lower is not None and is_place(lower.group("stem").capitalize()):
            return body[: lower.start()]
        return body
    words = m.group("place").split()
    if len(words) == 2 and not is_place(m.group("place")):
        return body[: m.start("place") + len(words[0])]  # "Touré Moszkva-i": only the last word is the place
    return body[: m.start()]


# "Feljegyzés Kim Ir Szen elvtárssal folytatott beszélgetésről": a note on the conversation held
# with someone (the writer is named before the title, or not at all).
_HU_HELD_WITH = re.compile(
    r"^(?:feljegyzés|jelentés|jegyzőkönyv)\s+(?P<with>[^,;]{3,80}?)(?:\s+elvtárssal|\s+elvtársnővel)?\s+"
    r"folytatott\s+(?:beszélgetésről|megbeszélésről|tárgyalásról|tárgyalásokról)\b",
    re.IGNORECASE,
)


# "Rejtjeles távirat, Peking, 1961. november 3., Martin Ferenc nagykövet – Péter János
# külügyminiszter": the kind, where and when, then sender – addressee, each a name and a role.
_HU_KIND_FIRST = re.compile(
    r"^(?P<kind>rejtjeles\s+távirat|rejtjeltávirat|távirat|jelentés|levél|feljegyzés)\s*(?:\[[^\[\]]{3,40}\]\s*)?,\s*",
    re.IGNORECASE,
)
# "Rejtjeltávirat, Bálint, Hanoi, 1968. április 3.": after the kind, the writer and where he wrote from
_HU_WRITER_PLACE = re.compile(r"^(?P<w>[^,;:()\[\]]{2,60}?),\s*(?P<p>[^\W\d][\w-]+)\s*,?\s*$")
# not a writer: an addressee in the dative ("Péter Jánosnak"), an agency's initials ("MTI"), a state
# ("Kína", "Vietnam", "Korea")
_HU_NOT_WRITER = re.compile(
    r"(?:nak|nek)$|^[A-ZÁÉÍÓÖŐÚÜŰ]{2,}$|^(?:Kína|Vietnam|Korea|KNDK|KNK|VDK|Szovjetunió|Mongólia|Albánia|Kuba)$"
)
_HU_KIND = {"rejtjeles távirat": "telegram", "rejtjeltávirat": "telegram", **_HU_OWNED}
_HU_SENDER_TO = re.compile(r"[\s,]*(?P<a>[^,;–—]{3,80}?)\s+[–—]\s+(?P<b>[^,;–—]{3,80}?)(?=\s*[,;.]|$)")


def _read_hungarian_kind_first(text: str, offset: int) -> RuleResult | None:
    m = _HU_KIND_FIRST.match(text)
    if not m:
        return None
    cut = people_until_date(text[m.end() :], offset)
    placed = _HU_WRITER_PLACE.match(cut.body) if cut.date is not None and cut.date.value is not None else None
    if placed and is_place(placed.group("p")):  # the writer named before the place he wrote from
        writer = parse_participant(placed.group("w"), offset + m.end() + placed.start("w"))
        body = re.search(
            r"(?:minisztérium|követség|bizottság|hivatal|osztály|titkárság)\w*$", writer.text if writer else ""
        )
        if writer is not None and not writer.is_organization and looks_like_name(writer.text) and not body:
            writer = None if _HU_NOT_WRITER.search(writer.text) or is_place_any_case(writer.text) else writer
        if writer is not None and not writer.is_organization and looks_like_name(writer.text) and not body:
            kind = _HU_KIND[re.sub(r"\s+", " ", m.group("kind").lower())]
            end = m.end() + cut.end
            comm = Communication(kind, cut.date.value, (Participant(writer, "sender"),), Span(offset, offset + end))
            return RuleResult(comm, end, cut.more)
    if cut.date is None or (cut.body.strip(" ,") and cut.body.strip(" ,").lower() not in PLACES):
        return None
    after = m.end() + cut.end
    pair = _HU_SENDER_TO.match(text, after)
    if pair is None:
        return None
    sender = name_then_role(pair.group("a"), offset + pair.start("a"))
    recipient = name_then_role(pair.group("b"), offset + pair.start("b"))
    if sender is None or recipient is None:
        return None
    parts = (Participant(sender.mention, "sender"), Participant(recipient.mention, "recipient"))
    kind = _HU_KIND[re.sub(r"\s+", " ", m.group("kind").lower())]
    return RuleResult(
        Communication(kind, cut.date.value, parts, Span(offset, offset + pair.end())), pair.end(), cut.more
    )


# "Szyfrogram z Hanoi, 7 II 1965, ambasador J. Siedlecki do MSZ": the kind, where from, the date,
# then sender "do" addressee (Polish; "z" + a place in the genitive).


# '"Feljegyzés a Pak Szong Csol elvtárssal 1962. október 3-án folytatott beszélgetésről" [Memorandum …],
# dated 5 October 1962': the note on a conversation held with Y on the day its title gives
_HU_HELD_ON = re.compile(
    r"^(?P<q>[“\"„])?(?:feljegyzés|jelentés|jegyzőkönyv)\s+(?:az?\s+)?(?P<with>[^,;\"“”„]{3,80}?)"
    r"(?:\s+elvtárssal|\s+elvtársnővel)?\s+(?P<date>(?:1[89]|20)\d\d\.\s*[a-záéíóöőúüű]+\.?\s*\d{1,2})-(?:án|én|jén|ján|i)"
    r"\s+folytatott\s+(?:beszélgetésről|megbeszélésről|tárgyalásról|tárgyalásokról)(?(q)[”\"“])",
    re.IGNORECASE,
)
_DATED_AFTER = re.compile(r"[\s,]*(?:dated|keltezve)\s+")


def _read_hungarian_held_on(text: str, offset: int) -> RuleResult | None:
    m = _HU_HELD_ON.match(text)
    if m is None:
        return None
    dates = find_dates(m.group("date"))
    other = side(m.group("with"), offset + m.start("with"))
    if not dates or dates[0].value is None or other is None or not other[0]:
        return None
    end = gloss_end(text, m.end())
    dated = _DATED_AFTER.match(text, end)
    if dated:  # the document's own date, after the conversation's
        later = find_dates(text[dated.end() : dated.end() + 40])
        if later and later[0].span.start == 0:
            end = dated.end() + later[0].span.end
    parts = tuple(Participant(x, "interlocutor") for x in other[0])
    comm = Communication("conversation", dates[0].value, parts, Span(offset, offset + end), tuple(other[1]))
    return RuleResult(comm, end)


def read_hungarian_record(text: str, offset: int) -> RuleResult | None:
    """Hungarian record titles: "Práth rejtjeltávirata, 1956. november 2." (the writer's
    cipher telegram), "Lőrincz jelentései, 1957. május 3. és 17." (his reports), and
    "Feljegyzés Práth Károly és Pak Chang-ok beszélgetéséről, 1956-07-30" (a note on the
    conversation of the two); "Rejtjeles távirat, Peking, 1961. november 3., X nagykövet – Y
    külügyminiszter" (the kind first, then sender – addressee)."""
    kind_first = _read_hungarian_kind_first(text, offset) or _read_hungarian_held_on(text, offset)
    if kind_first is not None:
        return kind_first
    owned_talk = read_hungarian_owned_talk(text, offset)  # "X nagykövet beszélgetése Y-nal": X's talk with Y
    owned_talk = owned_talk or read_hungarian_writer_title(text, offset)  # 'Jelentés, X nagykövet: "…", date'
    if owned_talk is not None:
        return owned_talk
    author = author_before_title(text, offset)
    # without a writer before it, the head is the note's own: "Feljegyzés X elvtárssal folytatott
    # beszélgetésről, 1959. október 6." names the one talked with only (as "Notatka z rozmowy z X")
    held = _HU_HELD_WITH.match(text)
    if held is not None:
        author = None
    elif author is not None:
        held = _HU_HELD_WITH.match(text[author[1] :])
    if held is not None:
        skip = author[1] if author is not None else 0
        other = side(held.group("with"), offset + skip + held.start("with"))
        named = hungarian_party(held.group("with"), offset + skip + held.start("with"))
        other = ([named], []) if named is not None else other  # "Pham Van Dong miniszterelnökkel"
        cut = people_until_date(text[skip + held.end() :], offset)
        if other is None or not other[0] or cut.body.strip(" ,") and cut.body.strip(" ,").lower() not in PLACES:
            return None
        if author is None and (
            cut.date is None
            or any(re.search(r"\sés\s", x.text) or re.search(r"(?:^|\s)és(?:\s|$)", x.role or "") for x in other[0])
            or not re.search(r"\selvtárs(?:sal|nővel)\s", held.group(0))
            and not all(looks_like_name(x.text) and not _NOT_NAMES.search(x.text) for x in other[0])
        ):
            return None  # "Feljegyzés a Külügyminisztériummal folytatott tárgyalásokról": a ministry, no one
        end = gloss_end(text, skip + held.end() + cut.end)
        parts = (*((author[0],) if author else ()), *(Participant(x, "interlocutor") for x in other[0]))
        comm = Communication(
            "conversation", cut.date.value if cut.date else None, parts, Span(offset, offset + end), tuple(other[1])
        )
        return RuleResult(comm, end, cut.more)
    note_on = _HU_NOTE_ON.match(text)
    if note_on:
        key = "body" if note_on.group("body") is not None else "bare"
        body = _without_place_adjective(note_on.group(key))
        # "Kádár János és Csou En-laj 1957. január 16-i beszélgetéséről": the date as an adjective
        adjective = _HU_DATE_ADJECTIVE.search(body)
        said = find_dates(adjective.group("date")) if adjective else []
        if said and said[0].value is not None:
            body = body[: adjective.start()]
        split = split_top(body, re.compile(r"\s+és\s+"))
        if split is None:
            return None
        at = offset + note_on.start(key)
        named = hungarian_sides(split[0], at, split[2], at + split[3])  # "… és Kovács Béla ügyvivő …"
        sides = (named, []) if named else conversation_sides(split[0], at, split[2], at + split[3], True)
        if sides is None:
            return None
        cut = people_until_date(text[note_on.end() :], offset)
        if said and said[0].value is not None:  # the talk's own date; what follows is the call number
            end = gloss_end(text, note_on.end())
            comm = Communication(
                "conversation", said[0].value, tuple(sides[0]), Span(offset, offset + end), tuple(sides[1])
            )
            return RuleResult(comm, end, ())
        if cut.body.strip(" ,") and cut.body.strip(" ,").lower() not in PLACES:
            return None
        end = gloss_end(text, note_on.end() + cut.end)
        comm = Communication(
            "conversation",
            cut.date.value if cut.date else None,
            tuple(sides[0]),
            Span(offset, offset + end),
            tuple(sides[1]),
        )
        return RuleResult(comm, end, cut.more)
    owned = _HU_OWNED_HEAD.match(text)
    if not owned:
        return None
    writer = side(_HU_COMRADE_AFTER.sub("", owned.group("a")), offset)
    if writer is None or not writer[0]:
        # "Szabó Imre phenjani nagykövet jelentése …": the writer with his role after the name
        named = name_then_role(owned.group("a"), offset)
        writer = ([named.mention], []) if named is not None and named.mention.role else None
    if writer is None or not writer[0]:
        return None
    held_with = _HU_OWNED_HELD.match(text, owned.end())
    if held_with:  # "Kurimszky Sándor feljegyzése Nam Il külügyminiszterrel folytatott beszélgetéséről"
        return _hungarian_held(text, offset, writer[0], held_with)
    cut = people_until_date(text[owned.end() :], offset)
    if cut.date is None:
        return None
    body = GLOSS.sub("", cut.body).strip(" ,")
    titled = re.match(r"^[\"“„][^\"“”„]{3,160}[\"”“],?\s*", body)
    if titled and (not body[titled.end() :] or is_place(body[titled.end() :])):
        body = ""  # '"A KNDK külpolitikájának néhány kérdése", Phenjan': the report's own title, where written
    parts = tuple(Participant(x, "sender") for x in writer[0])
    unnamed: tuple[str, ...] = ()
    addressee = _HU_DATIVE.fullmatch(body)
    if addressee:  # "Gerő Ernő levele N. Sz. Hruscsovnak": his letter to N.S. Khrushchev
        at = offset + owned.end() + (len(cut.body) - len(cut.body.lstrip(" ,")))
        to = side(addressee.group("comrade") or addressee.group("to"), at)
        if to is None:
            return None
        parts += tuple(Participant(x, "recipient") for x in to[0])
        unnamed = tuple(to[1])
    elif body and not _HU_SUBJECT.fullmatch(body) and not is_place(body):
        return None  # "Kurimszky Sándor jelentése [report], Phenjan, 1954. október 12.": where it was written
    gloss = GLOSS.search(cut.body)
    if gloss:  # "[Ernő Gerő's letter to N.S. Khrushchev]": the translated title spells the same people
        parts = with_gloss_spellings(parts, gloss.group(0).strip(" ,[]"))
    end = owned.end() + cut.end
    kind = _HU_OWNED[owned.group("kind").lower()]
    return RuleResult(Communication(kind, cut.date.value, parts, Span(offset, offset + end), unnamed), end, cut.more)


_HU_OWNED_HELD = re.compile(
    r"\s+(?P<with>[^,;]{3,80}?)\s+folytatott\s+"
    r"(?:beszélgetéséről|beszélgetéseiről|megbeszéléséről|tárgyalásáról|tárgyalásairól)\b",
    re.IGNORECASE,
)
# "Nam Il külügyminiszterrel": the name, then the role in the instrumental (-val/-vel, or a doubled
# consonant: "-rel", "-tel"); "elvtárssal" (with comrade) is no role
_HU_NAME_ROLE_WITH = re.compile(r"^(?P<name>.+?)\s+(?P<role>(?:[a-záéíóöőúüű-]+\s+)*[a-záéíóöőúüű-]+[aeáé]l)$")


def _hungarian_held(text: str, offset: int, writers, held: re.Match[str]) -> RuleResult | None:  # noqa: ANN001
    """The writer's note on the conversation he held with Y (see `read_hungarian_record`)."""
    with_text = re.sub(r"\s+elvtárs(?:sal|nővel)$", "", held.group("with").strip())
    at = offset + held.start("with")
    named = _HU_NAME_ROLE_WITH.match(with_text)
    other = None
    if named and looks_like_name(named.group("name")):
        person = parse_participant(named.group("name"), at)
        if person is not None:
            other = [replace(person, role=named.group("role"))]
    if other is None:
        found = side(with_text, at)
        other = found[0] if found else None
    if not other:
        return None
    cut = people_until_date(text[held.end() :], offset)
    if cut.date is None or cut.body.strip(" ,") and cut.body.strip(" ,").lower() not in PLACES:
        return None
    end = gloss_end(text, held.end() + cut.end)
    parts = (*(Participant(x, "recorder") for x in writers), *(Participant(x, "interlocutor") for x in other))
    return RuleResult(Communication("conversation", cut.date.value, parts, Span(offset, offset + end)), end, cut.more)
