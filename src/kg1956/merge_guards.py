"""Evidence that keeps two people apart where a merge rule would join them: cover names
beside a real name of another surname, Polish women's surnames that are no man's genitive, a
name in brackets in the other script that is another man's (a co-signer, an editor)."""

from __future__ import annotations

import re

from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.places import is_place
from kg1956.models import NameMention, Note
from kg1956.romanize import NameKey, base_forms, fold, fold_surname, is_cyrillic, name_key, name_words
from kg1956.romanize_cross import foreign_surname_keys
from kg1956.surname_keys import bare_surname_keys, bare_surnames, chinese_surname_key, surname_readings


def not_person_shaped(spelling: str) -> bool:
    """A cryptonym that could be no one's name: a title word ("Director", "Chairman"), a place
    ("Rangun"), anything not name-shaped. Such a word never joins two people."""
    return not looks_like_name(spelling) or is_place(spelling)


def _surname_keys_of(spelling: str) -> set[str]:
    """Every key the surname of `spelling` has: as written, declined, or read in another
    language's letters."""
    key = name_key(spelling)
    keys = set(bare_surnames(spelling, key)) | set(surname_readings(spelling, key))
    if len(name_words(spelling)) == 1:
        keys |= bare_surname_keys(spelling)
        keys |= {k for form in [spelling, *base_forms(spelling)] for k in foreign_surname_keys(form)}
    return keys - {""}


def cover_names(people: list[tuple[Note, NameMention]], titles: dict[str, set[str]]) -> set[str]:
    """'"Pavlov" (I.A. Pliev)', "Filippov [Stalin]": one word written beside a real name of
    another surname is a cover name. It is a spelling of that person only, never a surname
    written alone, so it joins no one else who bears it as his own ("S.P. Pavlov"). A word beside
    its own surname in other letters ("Chruszczowa [Khrushchev]") is no cover name."""
    out: set[str] = set()
    for _, m in people:
        if not m.alias or m.alias in titles or not_person_shaped(m.alias) or len(m.text.split()) != 1:
            continue
        if not _surname_keys_of(m.text) & _surname_keys_of(m.alias):
            out.add(m.text)
    return out


# "Breżniewa", "Chruszczowa", "Gierkowa": a Polish woman's surname, which is also the man's genitive
_POLISH_FEMININE = re.compile(r"[oe]wa$")
# the words before a Polish surname that make it a genitive: prepositions ("do Chruszczowa"), a
# record's noun before its writer ("List Chruszczowa"), an office in the genitive ("do premiera …")
_GENITIVE_BEFORE = re.compile(
    r"(?:^|[\s(\[])(?:do|od|dla|u|bez|według|wobec|spod|sprzed|około|obok|podczas|list|listu|listy|notatka|notatki"
    r"|pismo|pisma|depesza|depeszy|szyfrogram|szyfrogramu|telegram|telegramu|rozmowa|rozmowy|odpowiedź|przemówienie"
    r"|wystąpienie|oświadczenie|sprawozdanie|raport|memorandum|stenogram|protokół|zapis|wizyta|wizyty|posłanie"
    r"|orędzie|informacja|stanowisko|propozycja|propozycje|uwagi|tow\.|towarzysza|premiera|sekretarza|ambasadora"
    r"|przewodniczącego|ministra|marszałka|generała|posła)\s*$",
    re.IGNORECASE,
)


def feminine_nominatives(mentions: list[tuple[Note, NameMention]]) -> set[str]:
    """Polish surnames in -owa/-ewa written alone that no note puts where Polish wants a genitive:
    "Breżniewa to Gierkowa", "Breżniewa do Gierkowej" name the wives, not Brezhnev ("do
    Chruszczowa", "List Chruszczowa" are the man's genitive)."""
    shaped = {m.text for _, m in mentions if len(m.text.split()) == 1 and _POLISH_FEMININE.search(m.text)}
    genitive = {
        m.text
        for n, m in mentions
        if m.text in shaped and _GENITIVE_BEFORE.search(n.text[max(0, m.span.start - 40) : m.span.start])
    }
    return shaped - genitive


def forms_of(spelling: str, women: set[str]) -> list[str]:
    """The spelling and the nominatives it may be declined from (none for a woman's surname)."""
    return [spelling] if spelling in women else [spelling, *base_forms(spelling)]


def bare_keys_of(spelling: str, women: set[str]) -> set[str]:
    """`bare_surname_keys`, a woman's surname read as written only (never as a man's genitive)."""
    if spelling not in women:
        return bare_surname_keys(spelling)
    keys = {name_key(spelling).surname}
    chinese = chinese_surname_key(spelling)
    if chinese:
        keys.add(chinese)
    return keys - {""}


_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")


def _surname_keys(spelling: str) -> set[str]:
    """The keys a full name's surname has: its own, its nominative when declined, and its
    reading as another language spells it."""
    last = spelling.split()[-1].split(".")[-1]
    keys = {name_key(spelling).surname, *bare_surname_keys(last)}
    keys |= foreign_surname_keys(last, loose=False) | foreign_surname_keys(last)
    return keys - {""}


def other_surname_in_other_script(text: str, alias: str) -> bool:
    """ "Х. Капо (Ramiz Alia)": a name of two words or more with a bracketed name of two words or
    more in the other script is the same person's name in its own letters only when the surnames
    meet ("Х. Капо (Hysni Kapo)"); a co-signer or an editor named beside him is another man. A
    one-word cryptonym ("Filippov [Stalin]") is not this case."""
    if len(text.split()) < 2 or len(alias.split()) < 2 and "." not in alias:
        return False
    if bool(_CYRILLIC.search(text)) == bool(_CYRILLIC.search(alias)):
        return False
    return not any(_same_stem(a, b) for a in _surname_keys(text) for b in _surname_keys(alias))


def same_surname(a: str, b: str) -> bool:
    """Whether two Latin or Cyrillic spellings share their surname, declined or read in another
    language's letters ("Burskiego" and "Burski", "Naserem" and "Nasser")."""
    return any(
        _same_stem(x, y) for x in _surname_keys(a) | _surname_keys_of(a) for y in _surname_keys(b) | _surname_keys_of(b)
    )


def _same_stem(a: str, b: str) -> bool:
    """Two surname keys that differ at most in their case ending ("belishovoi"/"belishova",
    "ali"/"alya"): all but the last letter of the shorter one agree, three letters or more, or the
    shorter begins the longer (a "y" read as "i")."""
    a, b = sorted((a.replace("y", "i"), b.replace("y", "i")), key=len)
    n = len(a) - 1
    return (n >= 3 and a[:n] == b[:n]) or (len(a) >= 3 and b.startswith(a))


# a word only a man's Russian surname ends in: nominative, dative, instrumental, prepositional
# ("Хрущев", "Хрущеву", "Хрущевым", "Хрущеве"); the genitive "Хрущева" is also a woman's nominative
_MASCULINE_FORM = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:|у|ым|е)$|(?:ov|ev|in|yn)(?:|u|ym|e)$")


# a Russian surname in -а that is a man's genitive as often as a woman's nominative ("Кузнецова")
_A_FORM = re.compile(r"(?:ов|ев|ёв|ин|ын)а$|(?:ov|ev|in|yn)a$")
# the places where a man's surname never ends in -а: after "с", "со" (his would be "Кузнецовым")
_INSTRUMENTAL_BEFORE = re.compile(r"(?:^|[\s(])(?:с|со|С|Со)\s+$")
# opening a note or a sentence, then a dash or "to" (a head's first party: "Е.А. Фурцева — в ЦК
# КПСС", "E.A. Furtseva to Khrushchev") or a verb in the feminine past ("Л. Белишова была выведена")
_OPENING = re.compile(r"(?:^|[.;]\s)\s*$")
_NOMINATIVE_AFTER = re.compile(r"^\s*(?:[—–]|-\s|to\s|[а-яё]+ла\b)")


def feminine_by_place(mentions: list[tuple[Note, NameMention]]) -> set[str]:
    """The spellings in -ова, -ева, -ина written only where a man's surname never ends in -а: after
    "с" ("с Е.А. Фурцева"), or opening a note or sentence before a dash, "to" or a feminine verb.
    Anywhere else ("Запись беседы Н. Кузнецова с А.А. Громыко") the -а may be a man's genitive, which
    Russian notes write all the time: no evidence of a woman."""
    shaped = {m.text for _, m in mentions if _A_FORM.search(m.text)}
    out = set(shaped)
    for n, m in mentions:
        if m.text not in shaped:
            continue
        before, after = n.text[max(0, m.span.start - 40) : m.span.start], n.text[m.span.end : m.span.end + 20]
        if not (_INSTRUMENTAL_BEFORE.search(before) or (_OPENING.search(before) and _NOMINATIVE_AFTER.search(after))):
            out.discard(m.text)
    return out


def woman_nominative(
    spelling: str,
    strong: dict[str, set[str]],
    surnames: dict[str, set[str]],
    full_names: dict[str, set[str]],
    women: set[str] = frozenset(),
) -> tuple[str, NameKey] | None:
    """ "Л. Белишовой" → "Л. Белишова", "Е.А. Фурцевой" → "E.A. Furtseva" (a woman's oblique case and
    her nominative written elsewhere, in either script) when that nominative is written only where a
    man's surname never ends in -а (`women`, see `feminine_by_place`), and no spelling of that surname
    has a form only a man's has ("Н.С. Хрущев" beside "Н. Хрущевой" and "Н. Хрущева": the -а may be
    his genitive). `strong`, `surnames` and `full_names` index every spelling by its strong key and
    surname."""
    nominative = spelling[:-2] + ("а" if is_cyrillic(spelling[-2:]) else "a")
    nkey = name_key(nominative)
    last = fold(nominative.split()[-1])
    keys = {nkey.strong, f"{fold_surname(nominative.split()[-1])}|{''.join(nkey.initials)}"}
    written = sorted(
        o for k in keys for o in strong.get(k, set()) - {spelling} if fold(o.split()[-1]) == last and o in women
    )
    if not written:
        return None
    keys = {nkey.surname, fold_surname(nominative.split()[-1])}
    same = {o for k in keys for o in surnames.get(k, set()) | full_names.get(k, set())}
    if any(_MASCULINE_FORM.search(w.lower()) for o in same - {spelling} for w in o.split()):
        return None
    return written[0], name_key(written[0])
