"""Merges across transcription families: a Latin name read as Spanish, Polish, German,
Serbo-Croatian or French letters sound in Russian (Fidel Castro = Фидель Кастро, W. Gomułki =
В. Гомулка, Todor Schiwkow = T. Zhivkov, Souslov = Suslov), an Arabic name in its
romanisations (Qasim = Kassem), an Indian name without the initials before it (Krishna Menon =
V.K. Krishna Menon), a Spanish name's father's surname alone (Dorticós = Osvaldo Dorticós
Torrado). Each joins only the one person it meets, and never across given names or initials
that disagree (Raúl Castro)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from kg1956.romanize import INITIAL_RE, STROKES, NameKey, base_forms, fold, fold_surname, is_cyrillic
from kg1956.romanize_cross import russian_initials_nominative
from kg1956.romanize_families import (
    SPANISH_GIVEN_NAMES,
    arabic_agree,
    arabic_form,
    arabic_given,
    arabic_skeleton,
    family_possible,
    family_readings,
    family_shown,
    initial_readings,
    looks_arabic,
    serbian_as_russian,
)
from kg1956.union_find import UnionFind


@dataclass(frozen=True)
class _Parts:
    """A spelling's given names (each a set of readings; initials marked) and surname."""

    givens: tuple[tuple[frozenset[str], bool], ...]
    surname: str


def _split(spelling: str) -> tuple[list[str], str] | None:
    tokens = re.sub(r"\.(?=\S)", ". ", spelling).split()
    if not tokens:
        return None
    if len(tokens) > 1 and INITIAL_RE.match(tokens[-1]) and not INITIAL_RE.match(tokens[0]):
        tokens = [*tokens[1:], tokens[0]]  # "Микояна А.И.": the surname first
    if INITIAL_RE.match(tokens[-1]) or not tokens[-1][:1].isalpha():
        return None
    return tokens[:-1], tokens[-1]


def _given(token: str, readings: set[str]) -> tuple[frozenset[str], bool]:
    initial = bool(INITIAL_RE.match(token))
    return frozenset(fold_surname(r.rstrip(".")) for r in readings if r.rstrip(".")), initial


@lru_cache(maxsize=65536)
def own_parts(spelling: str) -> list[_Parts]:
    """The spelling's parts as an English-letter form of a Russian name, in the nominative too
    ("Э. Геварой" → e / gevara; "T. Zhivkov" → t / zhivkov)."""
    out = []
    forms = [spelling, *base_forms(spelling)]
    if is_cyrillic(spelling):
        forms.append(russian_initials_nominative(spelling))
    for form in dict.fromkeys(forms):
        split = _split(form)
        if split:
            givens, surname = split
            parts = tuple(_given(g, {fold(g)}) for g in givens)
            out.append(_Parts(parts, fold_surname(surname.translate(STROKES))))
    return out


@lru_cache(maxsize=65536)
def read_parts(spelling: str, declined: bool = True) -> list[tuple[str, _Parts]]:
    """The spelling, and its nominatives, read in each family its surname can be read in (a
    Latin spelling only): "W. Mołotowem" → Polish v / molotov."""
    if is_cyrillic(spelling):
        russian = serbian_as_russian(spelling)
        return [("serbian", p) for form in _serbian_nominatives(russian) for p in own_parts(form)] if russian else []
    out = []
    for form in dict.fromkeys([spelling, *(base_forms(spelling) if declined else [])]):
        split = _split(form)
        if split is None:
            continue
        givens, surname = split
        own = fold_surname(surname.translate(STROKES))
        for family, reading in family_readings(surname):
            if len(reading) < 4:
                continue
            parts = []
            for g in givens:
                if INITIAL_RE.match(g):
                    parts.append(_given(g, initial_readings(g.rstrip(".")[:1], family)))
                else:
                    parts.append(_given(g, {r for f, r in family_readings(g) if f == family} | {fold(g)}))
            read = _Parts(tuple(parts), reading)
            if reading != own or any(p.givens != q.givens for p, q in [(read, _plain(givens, own))]):
                out.append((family, read))  # a reading the spelling as written does not give
    return out


def _plain(givens: list[str], surname: str) -> _Parts:
    return _Parts(tuple(_given(g, {fold(g)}) for g in givens), surname)


def _serbian_nominatives(spelling: str | None) -> list[str]:
    """Serbian declines every word of a name: "Броза Тита" is the genitive of "Броз Тито" (a
    consonant stem loses its -а, a name in -о has -а in the genitive)."""
    if not spelling:
        return []
    options = [
        [w] if INITIAL_RE.match(w) or not w.endswith("а") else [w, w[:-1], w[:-1] + "о"] for w in spelling.split()
    ]
    if len(options) > 4:
        return [spelling]
    return [" ".join(p) for p in product(*options)]


def _one_agrees(a: tuple[frozenset[str], bool], b: tuple[frozenset[str], bool]) -> bool:
    """An initial begins the other name ("f", "fidel"); two names written out are equal or one
    is the other with a case ending ("fidel", "fidelem")."""
    (xs, x_initial), (ys, y_initial) = a, b
    for x in xs:
        for y in ys:
            short, long = sorted((x, y), key=len)
            if x_initial or y_initial:
                if long.startswith(short):
                    return True
            elif x == y or (len(short) >= 3 and long.startswith(short)):
                return True
    return False


def givens_agree(a: _Parts, b: _Parts) -> bool:
    """Given names and initials agree pairwise (one list may be shorter; none agrees with all)."""
    return all(_one_agrees(x, y) for x, y in zip(a.givens, b.givens, strict=False))


def merge_across_families(
    spellings: list[str],
    effective: dict[str, NameKey],
    uf: UnionFind,
    merges: list,
    covers: set[str] = frozenset(),
    women: set[str] = frozenset(),
) -> None:
    """A Latin spelling read as Spanish, Polish, German, Serbo-Croatian or French (a Serbian
    Cyrillic one put into Russian letters) joins the one person whose Russian
    spelling (in Cyrillic or English letters) it then is, given names agreeing with every
    spelling of that person; a bare surname only when no second person has that surname, and
    a Polish woman's surname (`women`) as written only, never as her husband's genitive."""
    from kg1956.spelling_merges import join_if_one

    own = {s: own_parts(s) for s in spellings}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for s, parts in own.items():
        for p in parts:
            by_surname[p.surname].add(s)
    cyrillic: dict[str, set[str]] = defaultdict(set)  # surname → Cyrillic spellings
    for o in spellings:
        if is_cyrillic(o):
            for p in own[o]:
                cyrillic[p.surname].add(o)
    for s in sorted(spellings, key=lambda x: -len(x.split())):
        if s in covers or _written_in_russian(s, own, cyrillic):
            continue
        fits: set[str] = set()
        for family, reading in read_parts(s, declined=s not in women):  # "Breżniewa" is Mrs Brezhnev
            for o in by_surname.get(reading.surname, ()):
                if uf.find(o) == uf.find(s) or not (
                    is_cyrillic(s) or family_shown(s, family) or (is_cyrillic(o) and family_possible(s, family))
                ):  # "Zakharov", English letters, is not Spanish for Сахаров
                    continue
                root = uf.find(o)
                if reading.givens and all(not p.givens for m in _members(uf, root) for p in own_parts(m)):
                    continue  # a surname alone: the surname rules join it later, to the one person named in full
                if all(_no_clash(reading, own_parts(m)) for m in _members(uf, root)):
                    fits.add(root)
        if not fits:
            continue
        if not own[s] or not own[s][0].givens:  # a bare surname: no second person of that name
            surname = own[s][0].surname if own[s] else ""
            fits |= {uf.find(o) for o in by_surname.get(surname, ())} - {uf.find(s)}
        if len(fits) == 1 and roots_clash(uf, spellings, s, next(iter(fits))):
            continue
        reason = "same name in another transcription family (Spanish, Polish, German, Serbo-Croatian, French)"
        join_if_one(fits, s, uf, merges, reason)


def _written_in_russian(s: str, own: dict[str, list[_Parts]], cyrillic: dict[str, set[str]]) -> bool:
    """Whether the spelling as written is already a Russian spelling's English letters
    ("Chernov" beside "Чернов"): then no other family's reading of it ("Khernov") is wanted."""
    return any(
        p.surname == q.surname and givens_agree(p, q)
        for p in own[s][:1]
        for o in cyrillic.get(p.surname, ())
        if o != s
        for q in own[o]
    )


def _members(uf: UnionFind, root: str) -> list[str]:
    return uf.members(root)


def _given_forms(spelling: str) -> list[_Parts]:
    return [p for p in own_parts(spelling) + [p for _, p in read_parts(spelling)] if p.givens]


def roots_clash(uf: UnionFind, spellings: list[str], a: str, b: str) -> bool:
    """Whether two people already hold spellings whose given names or initials disagree in
    every reading ("Juan Dorticós", already joined by a bare "Dorticós", and "Osvaldo Dorticós
    Torrado"): a bare surname is never the bridge between them."""
    mine = [f for m in _members(uf, uf.find(a)) if (f := _given_forms(m))]
    theirs = [f for m in _members(uf, uf.find(b)) if (f := _given_forms(m))]
    return any(not any(givens_agree(p, q) for p in x for q in y) for x in mine for y in theirs)


def _no_clash(reading: _Parts, parts: list[_Parts]) -> bool:
    """A member of the person met whose given names disagree with the reading's (Раулем
    Кастро beside Фидель Кастро) makes him another person."""
    if not reading.givens:
        return True
    with_givens = [p for p in parts if p.givens]
    return not with_givens or any(givens_agree(reading, p) for p in with_givens)


_CZECH_SOFT_CASE = re.compile(r"í(?:m|ho|mu)$")
_CZECH_HARD_CASE = re.compile(r"(?<=[^\Waeiouyáéíóúůý])(?:em|ovi)$")
_CZECH_LONG = re.compile(r"[áéíóúůý]")


def merge_arabic_romanisations(
    spellings: list[str], effective: dict[str, NameKey], uf: UnionFind, merges: list, covers: set[str] = frozenset()
) -> None:
    """ "Qasim", "Kassem", "Abdel Kerim Kasem" beside "Abd al-Karim Qasim": an Arabic name in
    another romanisation joins the one person whose name agrees, when either side shows
    the name is Arabic (`looks_arabic`); given names must agree too (Hassan is no Hussein)."""
    from kg1956.spelling_merges import join_if_one

    parts: dict[str, tuple[str, str, int]] = {}
    forms: dict[str, set[str]] = {}  # the surname as written and its nominatives, in `arabic_form`
    index: dict[str, set[str]] = defaultdict(set)
    for s in spellings:
        split = _split(s)
        if split is None or s in covers:
            continue
        givens, surname = split
        form = arabic_form(surname)
        if len(arabic_skeleton(form)) < 2 or len(form) < 4:
            continue
        parts[s] = (form, arabic_given([g for g in givens if not INITIAL_RE.match(g)]), len(givens))
        forms[s] = {form, *map(arabic_form, _arabic_nominatives(s, surname))}
        for f in forms[s]:
            index[arabic_skeleton(f)].add(s)

    def arabic_person(root: str) -> bool:
        return any(looks_arabic(m) for m in _members(uf, root))

    for s in sorted(parts, key=lambda x: -len(x.split())):
        _, given, count = parts[s]
        fits = set()
        for o in {o for f in forms[s] for o in index[arabic_skeleton(f)]}:
            _, o_given, o_count = parts[o]
            if uf.find(o) == uf.find(s) or not any(arabic_agree(f, g) for f in forms[s] for g in forms[o]):
                continue
            if is_cyrillic(s) and is_cyrillic(o):
                continue  # two Russian spellings: Russian declension joins them, not a romanisation
            if given and o_given and not arabic_agree(given, o_given, given=True):
                continue
            if not given and count and o_given:
                continue  # initials only: left to the initials rules
            if given and not o_given and o_count and not _initial_begins(o, s):
                continue  # "Н. Насером" is no Gamal Abdel Nasser
            if count and all(parts[m][2] == 0 for m in _members(uf, uf.find(o)) if m in parts):
                continue  # a surname alone is joined in its own turn
            fits.add(uf.find(o))
        if len(fits) == 1 and _arabic_roots_clash(uf, spellings, parts, s, next(iter(fits))):
            continue
        if len(fits) == 1 and (arabic_person(next(iter(fits))) or arabic_person(uf.find(s))):
            join_if_one(fits, s, uf, merges, "same Arabic name in another romanisation", effective)


def _initial_begins(initialled: str, named: str) -> bool:
    """Whether the first initial of one spelling begins the first given name of the other, both
    read alike ("Г.А." and "Gamal Abdel"; "Х." and "Hakim", Russian х for h)."""
    initials, given = _split(initialled)[0], _split(named)[0]
    if not initials or not given:
        return True
    letter = arabic_form(fold(initials[0].rstrip(".")) + "a")[:-1]
    return arabic_form(fold(given[0])).startswith(letter)


def _arabic_nominatives(spelling: str, surname: str) -> list[str]:
    """The nominatives of an Arabic surname declined in Czech ("Kuvatlím", "Násirem") or in Russian,
    in Cyrillic or transliterated ("Г.А. Насером", "G.A. Naserom", "Насеру" → Насер, Naser)."""
    out = [split[1] for b in base_forms(spelling) if (split := _split(b))]
    declined = _CZECH_SOFT_CASE.sub("í", surname)  # "Kuvatlím", Czech instrumental of Kuvatlí
    if _CZECH_LONG.search(surname):  # "Násirem", "Násirovi": Czech instrumental, dative of Násir
        declined = _CZECH_HARD_CASE.sub("", declined)
    return [*out, declined] if declined != surname else out


def _arabic_roots_clash(uf: UnionFind, spellings: list[str], parts: dict, a: str, b: str) -> bool:
    """Two people already holding Arabic given names that disagree (Ali Amer, Abdel Hakim Amer)."""
    mine = [parts[m][1] for m in _members(uf, uf.find(a)) if m in parts and parts[m][1]]
    theirs = [parts[m][1] for m in _members(uf, uf.find(b)) if m in parts and parts[m][1]]
    return any(not arabic_agree(x, y, given=True) for x in mine for y in theirs)


def merge_names_without_initials(
    spellings: list[str], effective: dict[str, NameKey], uf: UnionFind, merges: list
) -> None:
    """ "Krishna Menon" beside "V.K. Krishna Menon": a name of two words or more that is the
    whole of what follows another spelling's initials joins that one person (K.P.S. Menon,
    whose initials are followed by "Menon" alone, is not met)."""
    from kg1956.spelling_merges import join_if_one

    by_rest: dict[str, set[str]] = defaultdict(set)
    for s in spellings:
        k = effective[s]
        if k.family == "initials" and " " in k.surname:
            by_rest[k.surname].add(s)
    for s in spellings:
        k = effective[s]
        if k.family != "plain" or len(s.split()) < 2:
            continue
        fits = {uf.find(o) for o in by_rest.get(k.strong, ())} - {uf.find(s)}
        if fits:  # "Castro Ruz" beside "F. Castro Ruz" and "Raúl Castro Ruz": either brother
            fits |= {
                uf.find(o)
                for o in spellings
                if effective[o].family == "plain" and effective[o].strong.endswith(" " + k.strong)
            } - {uf.find(s)}
        join_if_one(fits, s, uf, merges, "the same names, initials before them left off", effective)


_SPANISH_LETTERS = re.compile(r"[áéíóúñÁÉÍÓÚÑ]")


def merge_spanish_paternal_surnames(
    spellings: list[str], effective: dict[str, NameKey], uf: UnionFind, merges: list, covers: set[str] = frozenset()
) -> None:
    """ "Dorticós" beside "Osvaldo Dorticós Torrado": a Spanish name of a given name and two
    surnames, the father's and the mother's (a Spanish accent somewhere; a middle word that is a
    common given name is none: "Carlos Rafael Rodríguez"), is met by the father's surname alone;
    joined only when no other person has that surname, nor writes it second of three words."""
    from kg1956.spelling_merges import join_if_one

    paternal: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, set[str]] = defaultdict(set)  # and the middle word of any three
    for s in spellings:
        words = s.split()
        k = effective[s]
        if k.family in ("plain", "initials") and k.surname:
            surnames[k.surname].add(s)
        if k.family == "plain" and len(words) == 3:
            surnames[fold_surname(words[1])].add(s)  # "Fidel Castro Ruz": another Castro
        if (
            k.family == "plain"
            and len(words) == 3
            and _SPANISH_LETTERS.search(s)
            and fold(words[1]) not in SPANISH_GIVEN_NAMES  # "Carlos Rafael Rodríguez": two given names
            and all(re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+", w) for w in words)
            and not looks_arabic(s)
        ):
            paternal[fold_surname(words[1])].add(s)
    for s in spellings:
        k = effective[s]
        if k.family != "plain" or len(s.split()) != 1 or s in covers or k.surname not in paternal:
            continue
        fits = {uf.find(o) for o in paternal[k.surname] | surnames[k.surname]} - {uf.find(s)}
        if len(fits) == 1 and roots_clash(uf, spellings, s, next(iter(fits))):
            continue
        join_if_one(fits, s, uf, merges, "father's surname alone of a Spanish name with two surnames", effective)
