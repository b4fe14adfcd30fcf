"""Albanian and Serbo-Croatian record heads, read in their own language (an English
translation in brackets after the head is skipped):

- "Procesverbal i bisedës së shokut Enver Hoxha me K.D. Levyçkin" (the record of X's talk
  with Y; X in the genitive after "së");
- "Procesverbal i takimit midis delegacionit të PPSh (A, B, C) dhe delegacionit të PKBS (D,
  E, F)" (a meeting of two delegations: the people in brackets are its parties);
- "Zabeleška o razgovoru Edvarda Kardelja sa ambasadorom SSSR A. A. Epiševim" (X in the
  genitive, "sa"/"s", Y in the instrumental, a role before the name);
- "Pismo J. B. Tita L. I. Brežnjevu" (a letter: the writer in the genitive, the addressee in
  the dative).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.lexicon import TETE_A_TETE
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.participant_lists import parse_participants
from kg1956.extract.parties import RuleResult, people_until_date, side, split_top
from kg1956.extract.places import is_place, is_place_any_case
from kg1956.extract.ru_case_split import split_by_case
from kg1956.extract.text import blank_matches
from kg1956.models import Communication, NameMention, Participant, Span
from kg1956.parties import party_committee

_AL_HEAD = re.compile(
    r"^(?:procesverbal|proces-verbal|shënim|informacion|relacion)\s+(?:i|mbi)\s+"
    r"(?:bisedës|bisedave|bisedimeve|takimit|takimeve)\s+(?:së\s+|të\s+)?",
    re.IGNORECASE,
)
_AL_WITH = re.compile(r"\s+me\s+")
_AL_BETWEEN = re.compile(r"^(?:midis|ndërmjet)\s+", re.IGNORECASE)
_AL_AND = re.compile(r"\s+dhe\s+")
_DELEGATION = re.compile(r"^(?:delegacionit|delegacionin|delegacioni)\b[^()]*\((?P<list>[^()]+)\)\s*$", re.IGNORECASE)
_SH_HEAD = re.compile(
    r"^(?:zabeleška|zabilješka|beleška|bilješka|zapisnik|informacija|stenogram"
    r"|stenografske\s+(?:beleške|bilješke)|забелешка|белешка|записник|информација|стенограм"
    r"|стенографске\s+белешке)\s+"
    # "o razgovoru" (on the talk), "sa razgovora" / "iz razgovora" (from the talk); in Cyrillic the same
    r"(?:(?:o|о)\s+(?:razgovoru|razgovorima|sastanku|susretu|разговору|разговорима|састанку|сусрету)"
    r"|(?:sa|iz|са|из)\s+(?:razgovora|sastanka|susreta|разговора|састанка|сусрета))\s+"
    r"(?P<between>(?:između|izmedju|између)\s+)?",
    re.IGNORECASE,
)
_SH_WITH = re.compile(r"\s+(?:sa|s|са|с)\s+")
_SH_AND = re.compile(r"\s+(?:i|и)\s+")  # "razgovora J. Broz Tito i N.S. Hruščov": the two, joined by "and"
# the word that introduces the date ("dana", Albanian "më", "datë") and a talk held in private ("u
# četiri oka", "sy më sy"), left after the parties: no one's name
# where a pair's talk was held, after the second: one word after a comma, or "na"/"u"/"в"/"на"/"у" and a place
_SH_PLACE_TAIL = re.compile(r"(?:\s*,\s*[^\W\d][\w-]+|\s+(?:na|u|у|в|на|kod|код)\s+[^\W\d][\w-]+)\s*$")
# where the talk with the second side was held, in the locative: "… sa N. S. Hruščovom u Belom dvoru",
# "… s Kardeljem na Brionima", "… у Кремљу"; a word or two after "u"/"na", the last capitalised
_SH_HELD_AT = re.compile(
    r"(?<=[a-zà-žа-я])\s+(?:na|u|у|на)\s+(?:[A-ZÀ-ŽА-Я][\w-]+(?:\s+[^\W\d][\w-]+)?|(?!(?:prisustvu|pratnji|društvu|ime)\s)[^\W\d][\w-]+\s+[A-ZÀ-ŽА-Я][\w-]+)\s*$"
)  # "u prisustvu Mikojana", "u pratnji Kardelja": people present, no place
# people present after the two sides: "… sa N. S. Hruščovom u prisustvu Mikojana", "u pratnji Kardelja"
_SH_PRESENT = re.compile(
    r"\s+u\s+(?:prisustvu|pratnji|društvu)\s+(?P<p>[A-ZÀ-Ž][^\s,;()]+(?:\s+[A-ZÀ-Ž][^\s,;()]+){0,2})\s*$"
)
_DATE_WORD = re.compile(r"\s+(?:dana|od|më|datë|дана|од)\s*$", re.IGNORECASE)
_IN_PRIVATE = re.compile(rf"[\s,]+(?:{TETE_A_TETE}|sy\s+më\s+sy)[\s,]*$", re.IGNORECASE)
_SH_LETTER = re.compile(r"^(?P<kind>pismo|telegram|depeša|poruka)\s+(?=\S)", re.IGNORECASE)
_GLOSS = re.compile(r"\s*\[[^\[\]]{3,300}\]")
# Albanian messages: "Telegram i shokut X nga Bukureshti drejtuar KQ të PPSh mbi …" (X's telegram
# from Bucharest addressed to Y on …), "Letër e KQ të PPSh drejtuar KQ të PK të Kinës", "Raport i X"
_AL_MESSAGE = re.compile(
    r"^(?P<kind>telegram|telegrami|letër|letra|raport|raporti|relacion|relacioni)\s+(?:i|e)\s+"
    r"(?:(?:shokut|shokës|shoqes|shokëve)\s+)?(?=\S)",
    re.IGNORECASE,
)
_AL_TO = re.compile(r"\s+drejtuar\s+(?:(?:shokut|shokës|shoqes|shokëve)\s+)?")
_AL_FROM = re.compile(r"\s+nga\s+(?P<p>[A-ZÇË][\w-]+)\s*$")  # "nga Bukureshti": where it was sent from
_AL_ABOUT = re.compile(r"\s+(?:mbi|për|rreth|lidhur\s+me)\s+.*$")  # "mbi qëndrimin e …": its subject
# a ministry, an embassy, a bureau, a government, an editorial office, a news agency, a union of
# states, a republic: a body that does not say whose ("Ministrisë", the ministry's, but never
# "Ministrit", the minister's, nor "ambasadorit", the ambassador's: a person's office)
_AL_BODY = re.compile(
    r"\b(?:ministri(?:a|së|në|të|ve)\b|ambasad(?:a|ë|ës|ën|ave)\b|legat|byro|komitet|drejtori(?:a|së|në|të)\b"
    r"|seksion|redaksi|qeveri|presidium|sekretariat|zyr|agjenci|bashkim|republik|federat|shtet|gazet|TASS)\w*",
    re.IGNORECASE,
)
# "Ministrit të Jashtëm Behar Shtylla", "ambasadorit Nesti Nase": an office in the genitive, then its holder
_AL_OFFICE_NAME = re.compile(
    r"^(?P<role>(?:zëvendës)?(?:ministrit|kryeministrit|ambasadorit|sekretarit|këshilltarit|drejtorit|kryetarit)"
    r"(?:\s+(?:të|së)\s+[\wë]+(?:\s+(?:të|së)\s+[\wë]+)?|\s+(?-i:[a-zçë]+))?)\s+(?P<name>[A-ZÇË][^,;()]{2,40})$",
    re.IGNORECASE,
)
_AL_KINDS = {"telegram": "telegram", "letër": "letter", "letra": "letter", "raport": "report", "relacion": "report"}


# "shokut", "shoqes" (comrade, of a man and of a woman) and their other cases: a form of address, no role
_AL_ADDRESS = re.compile(r"^\s*(?:shokut|shokun|shoku|shoqes|shoqen|shoqja|shokëve|shokët)\s+(?=[A-ZÇË])")


def _unaddressed(text: str, at: int) -> tuple[str, int]:
    m = _AL_ADDRESS.match(text)
    return (text, at) if m is None else (text[m.end() :], at + m.end())


def _delegation(text: str, offset: int) -> list | None:
    """ "delegacionit të PPSh (E. Hoxha, M. Shehu)": the people in the brackets."""
    m = _DELEGATION.match(text.strip())
    if m is None:
        return None
    at = offset + (len(text) - len(text.lstrip())) + m.start("list")
    found = parse_participants(m.group("list"), at)
    if not found or any(p.is_organization for p in found):
        return None
    return found


def _conversation(body: str, at: int, cut, offset: int, end: int, sep: re.Pattern[str]) -> RuleResult | None:  # noqa: ANN001
    between = _AL_BETWEEN.match(body)
    if between:  # "midis delegacionit të A (…) dhe delegacionit të B (…)"
        split = split_top(body[between.end() :], _AL_AND)
        if split is None:
            return None
        left_at = at + between.end()
        first = _delegation(split[0], left_at)
        second = _delegation(split[2], left_at + split[3])
        if first is None or second is None:
            return None
        parts = tuple(Participant(p, "interlocutor") for p in (*first, *second))
        comm = Communication("conversation", cut.date.value, parts, Span(offset, offset + end))
        return RuleResult(comm, end, cut.more)
    split = split_top(body, sep)
    if split is None:
        return None
    first = _initial_kept(side(*_unaddressed(split[0], at)), body, at)
    second = _initial_kept(side(*_unaddressed(split[2], at + split[3])), body, at)
    # "… së shokut Enver Hoxha me ambasadorin kinez": one side named, the other only by its office
    if first is None or second is None or not (first[0] or second[0]) or not (first[0] or first[1]):
        return None
    if not (second[0] or second[1]):
        return None
    if any(not p.is_organization and is_place_any_case(p.text) for p in (*first[0], *second[0])):
        return None  # "… me Tiranën", "… me Moskën": a capital in any case is no party
    parts = tuple(Participant(p, "interlocutor") for p in (*first[0], *second[0]))
    comm = Communication("conversation", cut.date.value, parts, Span(offset, offset + end), (*first[1], *second[1]))
    return RuleResult(comm, end, cut.more)


def _initial_kept(found: tuple | None, text: str, at: int) -> tuple | None:
    """ "Ј. Броза Тита": a lone initial read as the role before the name (the Serbian Cyrillic "Ј") is
    the name's first initial."""
    if found is None:
        return None
    out = []
    for p in found[0]:
        if p.role and re.fullmatch(r"[A-ZА-ЯЁЈЉЊЋЏЂ]\.", p.role.strip()):
            start = text.rfind(p.role.strip(), 0, p.span.start - at)
            if start >= 0 and not text[start + len(p.role.strip()) : p.span.start - at].strip():
                whole = text[start : p.span.end - at]
                p = replace(p, text=whole, span=Span(at + start, p.span.end), role=None)
        out.append(p)
    return out, found[1]


def read_balkan_record(text: str, offset: int) -> RuleResult | None:
    """An Albanian or Serbo-Croatian record head (see the module docstring), with its date."""
    bare = blank_matches(text, _GLOSS)  # the bracketed translation blanked
    for head, sep in ((_AL_HEAD, _AL_WITH), (_SH_HEAD, _SH_WITH)):
        m = head.match(bare)
        if m is None:
            continue
        cut = people_until_date(bare[m.end() :], offset)
        if cut.date is None:
            return None
        body = _IN_PRIVATE.sub("", _DATE_WORD.sub("", cut.body)).rstrip(" ,")
        place = re.search(r"\s*,\s*(?P<p>[^\W\d][\w-]+)$", body)
        if place and is_place(place.group("p")):  # "…, Moscow, 12 November 1960": where, not who
            body = body[: place.start()]
        present = _SH_PRESENT.search(body) if head is _SH_HEAD else None
        with_present = parse_participants(present.group("p"), offset + m.end() + present.start("p")) if present else []
        if present is not None and (not with_present or any(p.is_organization for p in with_present)):
            return None
        body = body[: present.start()] if present else body
        if head is _SH_HEAD:
            body = _SH_HELD_AT.sub("", body)
        if head is _SH_HEAD and (m.group("between") or split_top(body, sep) is None):
            sep = _SH_AND  # "između X i Y", "sa razgovora X i Y": a pair joined by "and"
            body = _SH_PLACE_TAIL.sub("", body)  # "… Tita i Hruščova, Brioni", "… na Brionima", "… u Jalti"
        found = _conversation(body, offset + m.end(), cut, offset, m.end() + cut.end, sep)
        if found is None or not with_present:
            return found
        parts = (*found.communication.participants, *(Participant(p, "interlocutor") for p in with_present))
        return replace(found, communication=replace(found.communication, participants=parts))
    m = _AL_MESSAGE.match(bare)
    if m is not None:
        return _albanian_message(bare, offset, m)
    m = _SH_LETTER.match(bare)
    if m is None:
        return None
    cut = people_until_date(bare[m.end() :], offset)
    if cut.date is None:
        return None
    split = split_by_case(cut.body.rstrip(" ,"))
    if split is None:
        return None
    at = offset + m.end()
    sender, recipient = side(split[0], at), side(split[2], at + split[3])
    if sender is None or recipient is None or not (sender[0] and recipient[0]):
        return None
    kind = "telegram" if m.group("kind").lower() in ("telegram", "depeša") else "letter"
    parts = tuple([Participant(p, "sender") for p in sender[0]] + [Participant(p, "recipient") for p in recipient[0]])
    end = m.end() + cut.end
    return RuleResult(Communication(kind, cut.date.value, parts, Span(offset, offset + end)), end, cut.more)


def _albanian_message(bare: str, offset: int, m: re.Match[str]) -> RuleResult | None:
    """ "Telegram i shokut X nga Bukureshti drejtuar KQ të PPSh mbi …, <date>": the writer in the
    genitive after "i"/"e", where it came from, "drejtuar" (addressed to) and the addressee, the
    subject after "mbi"; "Raport i X, <date>" has no addressee named. A writer that is only a place
    or an office names no one."""
    cut = people_until_date(bare[m.end() :], offset)
    if cut.date is None:
        return None
    body = _AL_ABOUT.sub("", cut.body.rstrip(" ,"))
    split = split_top(body, _AL_TO)
    writer_text, to_text = (body, None) if split is None else (split[0], split[2])
    # "nga Moska", "nga Varshava": in the writer's slot, "nga" and a capitalised word is where the
    # message came from, the place known or not
    writer_text = _AL_FROM.sub("", writer_text)
    at = offset + m.end()
    if _AL_BODY.search(writer_text) and not party_committee(writer_text.strip()):
        return None  # "Raport i Ministrisë së Punëve të Jashtme": a body that does not say whose, no writer named
    writer = _al_office_holder(writer_text, at) or _al_side(writer_text, at)
    if writer is None or len(writer[0]) != 1 or writer[1]:
        return None
    if not writer[0][0].is_organization and (
        not looks_like_name(writer[0][0].text)
        or re.search(r"\b(?:të|së|nga)$", writer[0][0].role or "")
        or len(writer[0][0].text.split()) < 2
        and not writer[0][0].role
    ):
        # "Telegram i Zërit të Popullit": "X të Y", Y's X (a paper, a body), is no person; nor is a
        # lone word in the genitive with no office ("i Shqipërisë", "i Kinës": a state)
        return None
    if not writer[0][0].is_organization and is_place_any_case(writer[0][0].text):
        return None
    recipients: list = []
    if to_text is not None and _AL_BODY.search(to_text) and not party_committee(to_text.strip()):
        to_text = None  # "drejtuar Byrosë Politike": the Politburo, whose unsaid, is no party
    if to_text is not None:
        found = _al_side(to_text, at + split[3])
        if found is None:
            if not is_place_any_case(to_text.strip()):
                return None  # (a capital standing for its government is no party)
        else:
            recipients = [
                p
                for p in found[0]
                if p.is_organization
                or not is_place_any_case(p.text)
                and not re.search(r"\b(?:të|së)$", p.role or "")
                and (len(p.text.split()) >= 2 or p.role)  # "drejtuar Kinës": a state
            ]
    kind = _AL_KINDS[m.group("kind").lower().rstrip("i") if m.group("kind").lower() != "letra" else "letra"]
    parts = (Participant(writer[0][0], "sender"), *(Participant(p, "recipient") for p in recipients))
    end = m.end() + cut.end
    return RuleResult(Communication(kind, cut.date.value, parts, Span(offset, offset + end)), end, cut.more)


def _al_office_holder(text: str, at: int):  # noqa: ANN202
    """ "Ministrit të Jashtëm Behar Shtylla": an office in the genitive and its holder's name."""
    stripped = _AL_ADDRESS.sub("", text.strip())
    m = _AL_OFFICE_NAME.match(stripped)
    if m is None or not looks_like_name(m.group("name").strip()):
        return None
    name = m.group("name").strip()
    start = at + (len(text) - len(text.lstrip())) + (len(text.strip()) - len(stripped)) + m.start("name")
    return [NameMention(name, Span(start, start + len(name)), m.group("role"))], []


def _al_side(text: str, at: int):  # noqa: ANN202
    """One side of an Albanian message: a party's Central Committee ("KQ të PPSh") as the body it
    is, else the people `side` reads."""
    bare = text.strip()
    if party_committee(bare):
        start = at + len(text) - len(text.lstrip())
        return [NameMention(bare, Span(start, start + len(bare)), is_organization=True)], []
    return side(text, at)
