"""Merges of spellings on weaker evidence: initials or a full name read in another spelling, a final
-y written -i, a bare surname in another orthography, another romanisation, a Japanese name in
Cyrillic and Latin letters; each made only when it meets exactly one person."""

from __future__ import annotations

import re
from collections import defaultdict

from kg1956.merge_guards import bare_keys_of, forms_of
from kg1956.romanize import NameKey, base_forms, fold, fold_surname, name_key, name_words
from kg1956.romanize_cross import cross_keys, foreign_surname_keys, ocr_slip_readings
from kg1956.romanize_ja_ru import japanese_name_key
from kg1956.surname_keys import bare_surnames, given_agrees, initials_compatible, written_surname
from kg1956.union_find import UnionFind


def merge_initials_in_other_spellings(
    spellings: list[str], effective: dict[str, NameKey], uf: UnionFind, merges: list, contested: set[str] = frozenset()
) -> None:
    """ "N.S. Chruščov", "Chruszczow N.S.", "N. S. Khrushchcv" and "N.S. Khrushchev": a surname
    in German, Polish, Czech or Hungarian spelling (or OCR-damaged) joins the one person whose
    initials agree (never one whose initials differ: S.N. Khrushchev stays apart)."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    by_plain_surname: dict[str, list[str]] = defaultdict(list)
    for o in spellings:
        if effective[o].family == "initials":
            by_surname[effective[o].surname].append(o)
        elif effective[o].family == "plain" and len(o.split()) == 2:
            by_plain_surname[effective[o].surname].append(o)
    for s in spellings:
        k = effective[s]
        if k.family != "initials" or s in contested:
            continue
        readings = {
            key
            for form in [s, *base_forms(s)]  # "N.S. Chruščovem" → "N.S. Chruščov"
            for key in foreign_surname_keys(written_surname(form))
        } - {k.surname}
        candidates = [o for key in readings for o in by_surname.get(key, ())]
        others = [
            o for o in candidates if o not in contested and initials_compatible(effective[o].initials, k.initials)
        ]
        # "N.S. Hrushov" beside "Nikita Khrushchev": the given name's first letter agrees
        others += [
            o for key in readings for o in by_plain_surname.get(key, ()) if given_agrees(o.split()[0], k.initials[0])
        ]
        fits = {uf.find(o) for o in others} - {uf.find(s)}
        join_if_one(fits, s, uf, merges, "initials agree, surname in another language's spelling or OCR-repaired")


def _final_y_as_i(surname: str) -> str | None:
    """ "parthasarathy" → "parthasarathi": a final -y after a consonant, which English
    transliteration (of Indian and Russian names) writes for -i; None for other surnames."""
    return surname[:-1] + "i" if re.search(r"[b-df-hj-np-tv-xz]y$", surname) and len(surname) >= 6 else None


def merge_final_y_and_i(
    spellings: list[str], effective: dict[str, NameKey], uf: UnionFind, merges: list, contested: set[str]
) -> None:
    """ "G. Parthasarathy" and "G. Parthasarathi": initials that agree before a surname
    written with a final -y and with -i join when exactly one person fits (other initials,
    "K. Parthasarathi", stay apart)."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for o in spellings:
        if effective[o].family == "initials" and o not in contested:
            by_surname[effective[o].surname].append(o)
    for s in spellings:
        k = effective[s]
        other = _final_y_as_i(k.surname) if k.family == "initials" and s not in contested else None
        if other is None or other not in by_surname:
            continue
        if any(not initials_compatible(effective[o].initials, k.initials) for o in by_surname[other]):
            continue
        fits = {uf.find(o) for o in by_surname[other]} - {uf.find(s)}
        join_if_one(fits, s, uf, merges, "initials agree, surname with a final -y for -i")


def merge_full_name_read_into_initials(
    spellings: list[str], effective: dict[str, NameKey], uf: UnionFind, merges: list, contested: set[str]
) -> None:
    """ "Enver Hoxha" beside "Э. Ходжа" (E. Khodzha): a given name and surname whose surname,
    read as its own language spells it, is the surname of initials the given name begins; joined
    when exactly one person with such initials fits and no other given name written out for that
    surname begins with the same initial ("Nexhmije Hoxha" stays apart from "Э. Ходжа")."""
    full: dict[str, list[str]] = defaultdict(list)  # surname reading → full names
    for o in spellings:
        if effective[o].family == "plain" and len(o.split()) == 2 and len(o.split()[0]) >= 3:
            for key in foreign_surname_keys(o.split()[1], loose=False):
                full[key].append(o)
    for s in spellings:
        k = effective[s]
        if k.family != "initials" or s in contested or not k.initials or k.surname not in full:
            continue
        agreeing = [o for o in full[k.surname] if given_agrees(o.split()[0], k.initials[0])]
        if len({fold(o.split()[0]) for o in agreeing}) != 1:
            continue
        fits = {uf.find(o) for o in agreeing} - {uf.find(s)}
        join_if_one(fits, s, uf, merges, "initials agree with the given name, surname in another language's spelling")


def join_if_one(
    fits: set[str],
    spelling: str,
    uf: UnionFind,
    merges: list,
    reason: str,
    effective: dict[str, NameKey] | None = None,
) -> bool:
    """Join `spelling` to the one person (union-find root) in `fits`, as a weak merge to be
    reviewed; with none or several candidates, join nothing. Given `effective`, a join that would
    put two spellings with initials that disagree ("I.A. Pliev", "S.P. Pavlov") in one person is
    refused: a bare surname is never the bridge between two people."""
    if len(fits) == 1:
        target = fits.pop()
        if effective is not None and _initials_clash(uf, target, spelling, effective):
            return False
        if not uf.may_join(target, spelling):
            return False  # "D. Ganev and Ganev": the two sides of one talk are two people
        uf.union(target, spelling)
        merges.append((target, spelling, reason, "weak"))
        return True
    return False


def _initials_clash(uf: UnionFind, a: str, b: str, effective: dict[str, NameKey]) -> bool:
    """Whether the persons of `a` and `b` each hold a spelling with initials, and some two of
    them (whatever their surnames) cannot be one man's initials."""
    ra, rb = uf.find(a), uf.find(b)
    mine: list[tuple[str, ...]] = []
    theirs: list[tuple[str, ...]] = []
    for s in list(uf.parent):
        k = effective.get(s)
        if k is None or k.family != "initials" or not k.initials:
            continue
        root = uf.find(s)
        if root == ra:
            mine.append(k.initials)
        elif root == rb:
            theirs.append(k.initials)
    return any(not initials_compatible(x, y) for x in mine for y in theirs)


def merge_given_and_surname_in_other_spellings(
    spellings: list[str], effective: dict[str, NameKey], uf: UnionFind, merges: list
) -> None:
    """ "Enverom Khodzhei" (Russian instrumental of Enver Khodzha) and "Enver Hoxha": a given
    name and surname, declined or not, whose given names are the same and whose surnames
    meet when one is read as another language spells it, join when exactly one person fits."""
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    keys: dict[str, set[tuple[str, str]]] = {}
    for s in spellings:
        if effective[s].family != "plain" or len(s.split()) != 2:
            continue
        mine: set[tuple[str, str]] = set()
        for form in [s, *base_forms(s)]:
            given, surname = form.split()
            if len(given) < 3 or not given[:1].isupper():
                continue
            g = fold_surname(given)
            mine |= {(g, key) for key in {fold_surname(surname), *foreign_surname_keys(surname, loose=False)}}
            # an OCR slip in a short surname, the given name beside it the same: "Enver Hoxlia"
            mine |= {(g, fold_surname(r)) for r in ocr_slip_readings(surname) if len(r) >= 4}
        keys[s] = mine
        for key in mine:
            index[key].add(s)
    for s, mine in keys.items():
        fits = {uf.find(o) for key in mine for o in index[key]} - {uf.find(s)}
        join_if_one(fits, s, uf, merges, "same given name, surname in another language's spelling")


# Letters and digraphs the English spelling of a Russian name never uses: diacritics, Polish
# "cz", "sz", "w", Hungarian "cs", "zs", German "sch" ("Chruščov", "Chruszczow", "Hruscsov")
_FOREIGN_ORTHOGRAPHY = re.compile(r"[^\x00-\x7f]|cz|sz|cs|zs|sch|w", re.IGNORECASE)


def merge_bare_surnames_across_orthographies(
    spellings: list[str],
    effective: dict[str, NameKey],
    uf: UnionFind,
    merges: list,
    covers: set[str] = frozenset(),
    women: set[str] = frozenset(),
) -> set[str]:
    """ "Chruščov", "Hruscsov", "Chruszczowa" (Polish genitive) beside "Khrushchev", every one a
    surname written alone: a surname in a spelling that shows another language's letters joins
    the one person whose surname, written alone or after a given name or initials, is its
    reading in English letters. Two bare surnames both in English letters ("Kosarev",
    "Kozarev") are never read into each other; with two people of that surname, none is joined.
    A cover name ('"Pavlov" (I.A. Pliev)') joins no one, and a Polish woman's surname in
    -owa/-ewa is read as her husband's genitive only where the note's grammar wants one
    (`women`). Returns the spellings joined."""
    joined: set[str] = set()
    roots: dict[str, set[str]] = defaultdict(set)
    for o in spellings:
        k = effective[o]
        if k.family == "plain" and len(name_words(o)) == 1:
            for key in bare_keys_of(o, women):
                roots[key].add(o)
        for surname in bare_surnames(o, k):
            roots[surname].add(o)
    for s in spellings:
        if effective[s].family != "plain" or len(s.split()) != 1 or len(s) < 6 or s in covers:
            continue
        if not _FOREIGN_ORTHOGRAPHY.search(s):
            continue
        readings = {key for form in forms_of(s, women) for key in foreign_surname_keys(form)}
        readings -= bare_keys_of(s, women)
        fits = {uf.find(o) for key in readings for o in roots.get(key, ())} - {uf.find(s)}
        reason = "surname alone, in another language's spelling, matches one known person"
        if join_if_one(fits, s, uf, merges, reason, effective):
            joined.add(s)
    return joined


def merge_across_romanisations(
    spellings: list[str], effective: dict[str, NameKey], uf: UnionFind, merges: list
) -> None:
    """Vietnamese names in Russian transliteration (Хо Ши Мин = Ho Chi Minh), Chinese names
    in Russian, Polish or Hungarian letters (Chzhou Enlai, Czou En-laj = Zhou Enlai), names
    with an OCR slip (Mao Tsc-tung): joined when the reading meets exactly one person."""
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    keys = {s: cross_keys(s) for s in spellings}
    for s in spellings:
        for key in keys[s][0]:
            index[key].add(s)
        if effective[s].family in ("korean", "chinese"):
            index[(effective[s].family, effective[s].strong)].add(s)
    for s in spellings:
        own, readings = keys[s]
        fits = {uf.find(o) for key in own | readings for o in index.get(key, ())} - {uf.find(s)}
        reason = (
            "same Vietnamese name in Russian transliteration"
            if any(key[0] == "vietnamese" for key in own | readings)
            else "same name read in another romanisation system or OCR-repaired"
        )
        join_if_one(fits, s, uf, merges, reason)


def merge_japanese_across_scripts(
    spellings: list[str], effective: dict[str, NameKey], uf: UnionFind, merges: list
) -> None:
    """A Japanese name in Polivanov's Cyrillic, declined or not, and in Hepburn ("Коно Итиро",
    "Хатоямой Итиро", "Kōno Ichirō"): both words the same once read alike."""
    groups: dict[str, list[str]] = defaultdict(list)
    for s in spellings:
        key = japanese_name_key(s) if effective[s].family == "plain" else None
        if key:
            groups[key].append(s)
    for group in groups.values():
        for other in group[1:]:
            if uf.find(other) != uf.find(group[0]):
                uf.union(group[0], other)
                merges.append((group[0], other, "same Japanese name in Cyrillic and Latin letters", "weak"))


def merge_ocr_slips_in_bare_surnames(
    spellings: list[str],
    effective: dict[str, NameKey],
    uf: UnionFind,
    merges: list,
    covers: set[str],
    mentions: dict[str, int],
) -> None:
    """ "Nkrurnah" beside "Nkrumah" and "Nkrumahem", "Khrushchcv" beside "Khrushchev", all surnames
    written alone: a bare surname met once, joined to no one, whose one OCR slip undone ("rn" for
    "m", "li" for "h", "c" for "e"; `ocr_slip_readings`, which undoes a letter read as two only in a
    long word) is the surname of exactly one person met three times or more.
    Two real surnames one slip apart ("Kornilov", "Komilov") are each written more than once, or
    each seldom, and stay apart."""
    bare: dict[str, set[str]] = defaultdict(set)
    for o in spellings:
        if effective[o].family == "plain" and len(name_words(o)) == 1:
            bare[effective[o].surname].add(o)
    for s in spellings:
        k = effective[s]
        if k.family != "plain" or len(name_words(s)) != 1 or s in covers or mentions.get(s, 0) != 1:
            continue
        if uf.members(uf.find(s)) != [s] or len(bare.get(k.surname, ())) > 1:
            continue
        readings = ocr_slip_readings(s)
        fits = {uf.find(o) for r in readings for o in bare.get(name_key(r).surname, ())} - {uf.find(s)}
        fits = {root for root in fits if sum(mentions.get(m, 0) for m in uf.members(root)) >= 3}
        reason = "surname alone with an OCR slip undone matches one person"
        join_if_one(fits, s, uf, merges, reason, effective)
