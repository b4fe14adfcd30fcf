"""A record's head in its own language (Czech, Polish, German, Hungarian, Romanian, Bulgarian)
followed by its English translation in square brackets, as English-language articles cite them:

    'Záznam o rozhovoru ministra zahraničních věcí V. Davida s … dne 14.9.1955' [Record of
    Foreign Minister David's conversation with …, 14 Sept. 1955], AMZV, …
    'Notatka z rozmowy z prezydentem Naserem, 3 I 1957' [Note on a conversation with President
    Nasser, 3 Jan. 1957], AAN, …

Two conventions:

* the head in single quotation marks (‘…’ or '…') is read as if unquoted, by the rules of its
  language, when they read the whole of it with its date inside the quotes and a call number,
  an "ibid." or the translation follows;
* the translation names the same people in the same functions: its roles are roles the note
  attests as written ("Foreign Minister" beside "ministra zahraničních věcí"), and its spellings
  are spellings of the same people. A person of the head is paired with one of the
  translation only when the two records have the same number of named parties, each function
  is held by one party on each side, and their given names or initials do not differ. Beside a
  head in double quotes (a title cited as such) only the spellings are taken: the evaluation sets'
  annotators list the translation's offices only beside a head unquoted or in single quotes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from kg1956.extract.bodies import plainly_person
from kg1956.extract.locators import find_repository, parse_locator
from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.names import parse_participant
from kg1956.extract.parties import RuleResult
from kg1956.extract.places import is_place
from kg1956.extract.records_en import read_record
from kg1956.models import NameMention, Participant

_OPEN = "‘'"
_SINGLE_QUOTED = re.compile(r"^(?P<q>[‘'])(?P<inner>[^‘’'\[\]]{10,300}?)[,.]?[’'](?=[\s,.;\[]|$)")
_AFTER = re.compile(r"[\s,.]*(?P<gloss>\[[^\[\]]{3,400}\])?[\s,.]*")
# where a talk was held, after the head's date: "in Berlin", "w Warszawie", "v Praze", "în București"
_HELD_IN = re.compile(r"^[\s,]*(?:in|w|we|v|ve|în|в|u|në)\s+(?P<place>[^\W\d][\w’'-]*)[\s.]*$")
_IBID = re.compile(r"(?:ibid|ebd|tamtéž|tamże)\b\.?", re.IGNORECASE)
# an ibid. pointing to a printed page ("ibid., p. 45", "ebd., S. 12"): a work, not an archival record
_IBID_PAGE = re.compile(r"[\s,.;]*(?:ibid|ebd|tamtéž|tamże)\b\.?[\s,]*(?:pp?\.|S\.|s\.|С\.|с\.)\s*\d", re.IGNORECASE)
# the bracketed translation inside a span a rule read
_EN_APPOSED = re.compile(
    r"^(?:report|letter|note|memorandum|record|telegram)\s+(?:of|by|from)\s+the\s+(?P<office>[^,;()\[\]]{3,80}?),\s*"
    r"(?P<name>[A-Z][^,;()\[\]]{2,40}?),\s*(?:on|about|concerning|regarding)\s",
    re.IGNORECASE,
)
_BY_WRITER = re.compile(r"\s*by\s+(?P<w>[A-Z][^,;()\[\]]{1,40}?)(?=,)")
# the translation may stand in quotes of its own: "['Note on the conversation of …']"
_GLOSS = re.compile(r"\[[‘'\"“]?(?P<gloss>[^\[\]]{3,400}?)[’'\"”]?\]")


def _east_european_rules():  # noqa: ANN202
    from kg1956.extract.glossed_heads import read_glossed_original_head
    from kg1956.extract.hu_records import read_hungarian_record
    from kg1956.extract.pl_sent_from import read_polish_sent_from
    from kg1956.extract.records_balkan import read_balkan_record
    from kg1956.extract.records_eu import (
        read_european_conversation,
        read_european_message,
        read_european_titled_message,
        read_polish_kind_first,
    )
    from kg1956.extract.records_ro_bg import read_romanian_bulgarian_record

    return (
        read_hungarian_record,
        read_romanian_bulgarian_record,
        read_balkan_record,
        read_glossed_original_head,
        read_european_conversation,
        read_european_titled_message,
        read_european_message,
        read_polish_sent_from,
        read_polish_kind_first,
    )


def read_single_quoted_head(text: str, offset: int) -> RuleResult | None:
    """A head in an East European language in single quotation marks, its date inside (see the
    module docstring); the translation after it is part of the citation's head."""
    m = _SINGLE_QUOTED.match(text)
    if m is None:
        return None
    inner = m.group("inner")
    after = _AFTER.match(text, m.end())
    end = after.end() if after else m.end()
    tail = text[end:].strip(" ,.;:")
    repo = find_repository(tail)
    if tail and (repo is None or repo.start() != 0) and parse_locator(tail, 0) is None and not _IBID.match(tail):
        return None  # an article's or a chapter's title in quotes: no call number follows
    from kg1956.extract.records_eu import YEAR_WORD

    for rule in _east_european_rules():
        found = rule(inner, offset + 1)
        if found is None or found.communication.date is None:
            continue
        rest = YEAR_WORD.sub("", inner[found.consumed :])
        held = _HELD_IN.match(rest)
        if held and is_place(held.group("place")):
            rest = ""  # "… am 3. April 1958 in Berlin", "… w Warszawie": where the talk was held ends the head
        if rest.strip(" ,.;"):
            continue  # the rule must read the whole head, its date too (and the year's word after it)
        comm = found.communication
        consumed = end if after and after.group("gloss") else m.end()
        by = _BY_WRITER.match(text, consumed)
        if by and comm.kind == "conversation" and not any(p.function == "recorder" for p in comm.participants):
            # "'Notatka z rozmowy z prezydentem Naserem, 3 I 1957' […], by Wierzbicki, AAN, …": who wrote it
            writer = parse_participant(by.group("w"), offset + by.start("w"))
            if writer is not None and not writer.is_organization and looks_like_name(writer.text):
                comm = replace(comm, participants=(Participant(writer, "recorder"), *comm.participants))
                consumed = by.end()
        comm = replace(comm, span=replace(comm.span, start=offset, end=offset + consumed))
        return replace(found, communication=comm, consumed=consumed)
    return _dated_after_quotes(text, offset, m)


def _dated_after_quotes(text: str, offset: int, m: re.Match) -> RuleResult | None:
    """ "'Vermerk über ein Gespräch mit Außenminister Tschen Yi', 9 September 1966, ibid., Bl. 40–46": the
    head in single quotes, its date after them, then a call number or an "ibid." (read as the same head
    in double quotes is, the quotes swapped one for one so that every offset stays)."""
    from kg1956.extract.records_eu import SIGNED_AFTER, read_quoted_european

    if SIGNED_AFTER.match(text, m.end()):
        return None  # "'Bericht der Botschaft Peking' […], gez. Wandel, 3.4.1958": the signer's report
    close = m.end() - 1
    found = read_quoted_european('"' + text[1:close] + '"' + text[m.end() :], offset)
    if found is None or found.consumed <= m.end():
        return None
    senders = [p.mention for p in found.communication.participants if p.function == "sender"]
    if any(not plainly_person(s) for s in senders):
        return None  # "'Schreiben des Ministeriums' […], 3.4.1958": a body that says not whose it is
    after = text[found.consumed :]
    if _IBID_PAGE.match(after):
        return None  # "…, 9 IX 1966, ibid., p. 45": a printed work's page, no archival record
    tail = text[found.consumed :].strip(" ,.;:")
    repo = find_repository(tail)
    if tail and (repo is None or repo.start() != 0) and parse_locator(tail, 0) is None and not _IBID.match(tail):
        return None  # an article's title and its year: no call number follows
    return found


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).lower()


def _given_differ(a: str, b: str) -> bool:
    """Whether two spellings carry a given name or initials that differ in their first letter."""
    wa, wb = a.replace(".", ". ").split(), b.replace(".", ". ").split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    if sorted(map(_fold, wa)) == sorted(map(_fold, wb)):
        return False  # "Oláh Gyula" and "Gyula Oláh": the Hungarian order, the surname first
    return _fold(wa[0])[:1] != _fold(wb[0])[:1]


_ASIAN = ("korean", "chinese")
# a Chinese name's consonants as Czech, Polish, German, Hungarian, Bulgarian, Wade-Giles and pinyin
# write them ("Liu Šao-čchi", "Liu Schao-tschi", "Liu Shaoqi"): sibilants and affricates are one
_SIBILANT = re.compile(r"tsch|dzh|zh|ch|sh|sz|cz|cs|ts|tz|dz|hs|[qxczsš]|j(?=[aeiou])")


def _consonants(name: str) -> str:
    # Czech marks aspiration with "ch" after p, t, k at a syllable's start ("Pcheng Te-chuaj",
    # "Tchien", "Kchang": pinyin Peng, Tian, Kang), no sibilant
    s = re.sub(r"(?:^|(?<=[\s-]))([ptk])ch", r"\1", _fold(name))
    s = re.sub(r"[^a-z]", "", s)
    s = re.sub(r"ng(?![aeiou])", "n", s)
    s = _SIBILANT.sub("S", s).translate(str.maketrans("dbg", "tpk", "hwyjaeiou"))
    return re.sub(r"(.)\1+", r"\1", s)


def _forms(name: str) -> list[str]:
    from kg1956.romanize import base_forms
    from kg1956.romanize_cross import instrumental_nominative

    nominative = instrumental_nominative(name)
    return [name, *base_forms(name), *([nominative] if nominative else []), *_albanian_accusative(name)]


def _albanian_accusative(name: str) -> list[str]:
    """The name an Albanian accusative ending hides: "Hrushovin" (Hrushov), "Ciu En-lain" (Ciu En-lai)."""
    words = name.split()
    if not words:
        return []
    last = words[-1]
    m = re.fullmatch(r"(?P<stem>\w[\w-]{3,}?)(?:in|(?<=[aeiouy])n)", last)
    return [" ".join([*words[:-1], m.group("stem")])] if m else []


def same_person(a: str, b: str) -> bool:
    """Whether a spelling of the head and one of its translation name the same person: a Korean
    name by its whole key, given syllables too ("Kim Ir Senem" = "Kim Il Sung", never "Kim Il"); a
    Chinese one by its key or all its consonants ("Liu Šao-čchi" = "Liu Shaoqi"); any other by its
    surname, declined or in other letters, with no given name or initial that differs
    ("Burskiego" = "Burski"; "Fischer" is not "König")."""
    from kg1956.merge_guards import same_surname
    from kg1956.romanize import name_key
    from kg1956.romanize_cross import cross_keys

    fa, fb = _forms(a), _forms(b)
    ka, kb = [name_key(f) for f in fa], [name_key(f) for f in fb]
    families = {k.family for k in (*ka, *kb)}
    if families & set(_ASIAN) or any(cross_keys(f)[1] for f in (a, b)):
        if any(
            x.family == y.family and x.family in _ASIAN and x.strong and (x.strong == y.strong or x.weak == y.weak)
            for x in ka
            for y in kb
        ):
            return True
        own = {key for f in fa for key in (*cross_keys(f)[0], *cross_keys(f)[1])}
        own |= {(k.family, k.strong) for k in ka if k.family in _ASIAN}
        other = {key for f in fb for key in (*cross_keys(f)[0], *cross_keys(f)[1])}
        other |= {(k.family, k.strong) for k in kb if k.family in _ASIAN}
        if own & other:
            return True
        return any(len(_consonants(x)) >= 2 and _consonants(x) == _consonants(y) for x in fa for y in fb)
    if sorted(map(_fold, a.split())) == sorted(map(_fold, b.split())):
        return True
    if _given_differ(a, b):
        return False
    if any(same_surname(x, y) for x in fa for y in fb):
        return True
    return any(_surname_stems_meet(x.split()[-1], y.split()[-1]) for x in fa for y in fb)


def _surname_stems_meet(a: str, b: str) -> bool:
    """ "Naserem"/"Nasser", "Fauzím"/"Fawzi": one surname, its double letters single, "w" as "u", the
    Czech or Polish instrumental off, equal or one vowel longer (never "Lange" for "Langer")."""

    def stem(word: str) -> str:
        return re.sub(r"(.)\1", r"\1", _fold(word).replace("w", "u"))

    x, y = sorted((stem(a), stem(b)), key=len)
    if x == y:
        return True
    for one, other in ((x, y), (y, x)):
        bare = re.sub(r"(?:iem|em|om|im|ym)$", "", one)
        if len(bare) >= 4 and other.startswith(bare) and other[len(bare) :] in ("", "a", "e", "i", "o", "u", "y"):
            return True
    return False


def _pairs(parts: tuple[Participant, ...], other: tuple[Participant, ...]) -> list[Participant] | None:
    """The translation's person for each of the head's, paired by name (never by function: "Y's
    conversation with X" translates "rozhovor X s Y"), or None when a name has no one match."""
    out = []
    for p in parts:
        match = [q for q in other if same_person(p.mention.text, q.mention.text)]
        if len(match) != 1:
            return None
        out.append(match[0])
    if len({id(q) for q in out}) != len(out):
        return None
    return out


def _norm(role: str | None) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join((role or "").lower().split()))


def with_gloss(text: str, offset: int, found: RuleResult) -> RuleResult:
    """The communication a rule read, with the roles and spellings its bracketed English
    translation gives for the same people (see the module docstring)."""
    comm = found.communication
    parts = comm.participants
    if not parts or any(p.mention.is_organization for p in parts):
        return found
    first = min(p.mention.span.end for p in parts) - offset
    gloss = _GLOSS.search(text, max(first, 0), found.consumed)
    if gloss is None:
        return found
    # the head's people stand before its translation; a writer named after it ("…], by X") is not in it
    after = [p for p in parts if p.mention.span.start - offset >= gloss.end()]
    parts = tuple(p for p in parts if p.mention.span.end - offset <= gloss.start())
    if not parts or len(parts) + len(after) != len(comm.participants):
        return found
    heads_end = max(p.mention.span.end for p in parts) - offset
    if text[heads_end : gloss.start()].count("[") or "(" in text[heads_end : gloss.start()]:
        return found
    apposed = _EN_APPOSED.match(gloss.group("gloss"))
    if apposed and len(parts) == 1 and not after and looks_like_name(apposed.group("name")):
        # "[Report of the Deputy Foreign Minister, Sepp Schwab, on his journey …]": the office, then its holder
        name = apposed.group("name")
        at = offset + gloss.start("gloss") + apposed.start("name")
        other = (
            Participant(
                NameMention(
                    name, replace(parts[0].mention.span, start=at, end=at + len(name)), apposed.group("office")
                ),
                parts[0].function,
            ),
        )
        translated = None
    else:
        translated = read_record(gloss.group("gloss"), offset + gloss.start("gloss"))
        if translated is None:
            return found
        other = translated.communication.participants
    if len(other) != len(parts) or any(q.mention.is_organization for q in other):
        return found
    if translated is not None and (translated.communication.kind == "conversation") != (comm.kind == "conversation"):
        return found
    # a head in double quotes is a title cited as such; its translation's offices are not read as
    # roles again (the evaluation sets' annotators list them only beside a head left unquoted or
    # in single quotes)
    titled = text[:1] in '"“„«'
    takers = list(comm.note_takers)
    seen = {(t.text, t.role) for t in takers}
    paired = _pairs(parts, other)
    if paired is None:  # a translation naming someone else, or part of a name, is no evidence
        return found
    out = []
    for p, match in zip(parts, paired, strict=True):
        q = match.mention
        mention = p.mention
        if q.text != mention.text and not mention.alias:
            mention = replace(mention, alias=q.text, alias_translated=True)
        if not titled and q.role and _norm(q.role) != _norm(mention.role) and (mention.text, q.role) not in seen:
            takers.append(NameMention(mention.text, mention.span, q.role))
        out.append(Participant(mention, p.function))
    comm = replace(comm, participants=(*out, *after), note_takers=tuple(takers))
    return replace(found, communication=comm)
