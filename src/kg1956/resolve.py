"""Mentions → people and organisations: one person for every spelling of one name.

Merges on strong evidence (the same strong romanisation key; a cryptonym and its real
name; initials that agree), never across different initials or given names. Merges on
weaker evidence (weak key; a surname without initials matched to the one person with
that surname; a reading in another romanisation system or language, or with an OCR slip
undone, that meets exactly one person) are made but recorded as `Merge` records for review.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from kg1956.authority import AuthorityEntry
from kg1956.entity_labels import entity_label
from kg1956.family_merges import (
    merge_across_families,
    merge_arabic_romanisations,
    merge_names_without_initials,
    merge_spanish_paternal_surnames,
)
from kg1956.merge_guards import (
    bare_keys_of,
    cover_names,
    feminine_by_place,
    feminine_nominatives,
    forms_of,
    not_person_shaped,
    other_surname_in_other_script,
    woman_nominative,
)
from kg1956.models import NameMention, Note
from kg1956.organizations import canonical_organization
from kg1956.romanize import (
    NameKey,
    base_forms,
    fold,
    fold_surname,
    is_cyrillic,
    name_key,
    name_words,
    slugify,
)
from kg1956.romanize_cross import (
    foreign_surname_keys,
    instrumental_nominative,
)
from kg1956.romanize_families import hungarian_note, hungarian_surname_first
from kg1956.spelling_merges import (
    join_if_one,
    merge_across_romanisations,
    merge_bare_surnames_across_orthographies,
    merge_final_y_and_i,
    merge_full_name_read_into_initials,
    merge_given_and_surname_in_other_spellings,
    merge_initials_in_other_spellings,
    merge_japanese_across_scripts,
    merge_ocr_slips_in_bare_surnames,
)
from kg1956.surname_keys import (
    bare_surname_keys,
    bare_surnames,
    given_agrees,
    initials_compatible,
    surname_readings,
)
from kg1956.union_find import UnionFind


@dataclass
class Entity:
    """A resolved person or organisation with every spelling and where each occurs."""

    slug: str
    label: str
    is_organization: bool
    spellings: dict[str, list[tuple[Note, NameMention]]] = field(default_factory=dict)
    doubts: list[tuple[Note, str]] = field(default_factory=list)

    @property
    def variants(self) -> list[str]:
        return sorted(s for s in self.spellings if s != self.label)


@dataclass(frozen=True)
class Merge:
    """Two spellings joined on evidence a historian may want to check."""

    person: str
    spelling_a: str
    spelling_b: str
    reason: str
    strength: str  # "strong" or "weak"


@dataclass
class Resolution:
    """The outcome: entity per spelling, and the merges made."""

    entities: list[Entity]
    by_spelling: dict[tuple[bool, str], Entity]
    merges: list[Merge]

    def entity_for(self, mention: NameMention) -> Entity:
        return self.by_spelling[(mention.is_organization, mention.text)]


class _Known:
    """Indexes of every spelling's keys, to tell whether a declined form's base is used by
    another spelling (built once: a corpus has thousands of spellings)."""

    def __init__(self, known: dict[str, NameKey], women: set[str] = frozenset()) -> None:
        self.women = women  # spellings in -ова written only where a man's never ends so
        self.strong: dict[str, set[str]] = defaultdict(set)
        self.weak: dict[str, set[str]] = defaultdict(set)
        self.bases: dict[str, set[str]] = defaultdict(set)
        self.bare_surnames: dict[str, set[str]] = defaultdict(set)
        self.surnames: dict[str, set[str]] = defaultdict(set)  # as written with initials or bare
        self.reordered: dict[tuple[str, ...], set[str]] = defaultdict(set)  # "Kádár János", "János Kádár"
        self.full_names: dict[str, set[str]] = defaultdict(set)  # given name and surname, by surname
        self.initialled_bases: dict[str, set[str]] = defaultdict(set)  # a declined full name's base, initialled
        for s, k in known.items():
            self.strong[k.strong].add(s)
            self.weak[k.weak].add(s)
            if not _FEMININE_OBLIQUE.search(s):  # "Е.А. Фурцевой" is no case of a man "Е.А. Фурцев"
                for b in base_forms(s):
                    self.bases[name_key(b).strong].add(s)
            if k.family == "plain" and len(name_words(s)) == 1:
                self.bare_surnames[k.surname].add(s)
            if k.family == "initials" or (k.family == "plain" and len(name_words(s)) == 1):
                self.surnames[k.surname].add(s)
            if k.family == "plain" and len(name_words(s)) >= 2:
                self.reordered[tuple(sorted(k.strong.split()))].add(s)
                self.full_names[k.surname].add(s)
            if k.family == "plain" and len(s.split()) == 2:  # "Ференцем Надем": "Ф. Над" for "Ф. Надя"
                for b in base_forms(s):
                    self.initialled_bases[initialled_key(b)].add(s)

    def used_by_other(self, index: dict, key: str | tuple[str, ...], spelling: str) -> bool:
        return bool(index.get(key, set()) - {spelling})


# a Russian woman's surname in an oblique case (genitive, dative, instrumental): "Хрущевой",
# "Архиповой", "Belishovoi"; a man's in -ов/-ев/-ин never ends so
_FEMININE_OBLIQUE = re.compile(r"[а-яё]{2,}(?:ов|ев|ёв|ин|ын)ой$|[a-z]{2,}(?:ov|ev|in|yn)oi$")


def _effective(spelling: str, known: _Known) -> tuple[str, NameKey]:
    """Reduce a declined form to the base form some other spelling uses, or that another
    declined form reduces to ("Ким Ир Сена" and "Ким Ир Сеном" → "Ким Ир Сен"; "Kim Ir Senem"
    → "Kim Ir Sen"); a declined surname after initials also to the surname written bare
    elsewhere ("A. Novotného" beside "Novotný")."""
    key = name_key(spelling)
    bases = [(base, name_key(base)) for base in base_forms(spelling)]
    if _FEMININE_OBLIQUE.search(spelling):
        # "Н.П. Хрущевой", "И.А. Архиповой": a woman's surname, never reduced to a man's ("Хрущев"),
        # nor to her nominative ("Хрущева"), which keys as the man's genitive does, unless that
        # nominative is written only where a man's never ends in -а and no spelling of that surname
        # is a man's ("Л. Белишовой" beside "Л. Белишова была выведена" only)
        woman = woman_nominative(spelling, known.strong, known.surnames, known.full_names, known.women)
        return woman or (spelling, key)
    for base, bkey in bases:  # a base another spelling writes out wins ("Пэн Дэхуай" for "Пэн Дэхуая")
        if known.used_by_other(known.strong, bkey.strong, spelling):
            return base, bkey
    if len(known.bases.get(key.strong, set()) - {spelling}) >= 2:
        return spelling, key  # "В. Гомулка" beside "В. Гомулки", "В. Гомулке": the nominative they decline
    if _declines_into(spelling, key, bases, known):
        return spelling, key  # "Ходжа Э." beside "Э. Ходжей": the nominative, never a stem "Ходж" both could have
    for base, bkey in bases:
        if (
            known.used_by_other(known.weak, bkey.weak, spelling)
            or known.used_by_other(known.bases, bkey.strong, spelling)
            or (bkey.family == "initials" and known.used_by_other(known.bare_surnames, bkey.surname, spelling))
            or (  # "Kádár Jánosnak" (Hungarian dative, Hungarian order) beside "János Kádár"
                bkey.family == "plain"
                and len(base.split()) >= 2
                and known.used_by_other(known.reordered, tuple(sorted(bkey.strong.split())), spelling)
            )
            or (  # "Wł. Gomułki" beside "Władysław Gomułka": the initials begin the given name
                bkey.family == "initials"
                and bkey.initials
                and any(
                    given_agrees(other.split()[0], bkey.initials[0])
                    for other in known.full_names.get(bkey.surname, set()) - {spelling}
                )
            )
            or (  # "Władysława Gomułki" beside "W. Gomułki" or "Gomułka": "Władysław Gomułka"
                bkey.family == "plain"
                and len(base.split()) == 2
                and known.used_by_other(known.surnames, bkey.surname, spelling)
            )
            or (  # "Ф. Надя" beside "Ференцем Надем", whose base is "Ф. Над" when initialled
                bkey.family == "initials"
                and _declined_otherwise(known.initialled_bases.get(bkey.strong, set()), spelling, key)
            )
            or (  # "Имре Надем" beside "И. Надя" and "И. Надем", which reduce to "И. Над": one stem
                bkey.family == "plain"
                and len(base.split()) == 2
                and _declined_otherwise(known.bases.get(initialled_key(base), set()), spelling, key)
            )
        ):
            return base, bkey
    if key.family == "initials" and is_cyrillic(spelling):
        # "Г. Апостолом", "Э. Боднэрашем" beside "Gh. Apostol", "E. Bodnăraş" only: the instrumental
        # is no nominative's ending, so its nominative is the name whether or not it is written
        nominative = instrumental_nominative(spelling)
        if nominative and name_key(nominative).family == "initials":
            return nominative, name_key(nominative)
    return spelling, key


def _declines_into(spelling: str, key: NameKey, bases: list[tuple[str, NameKey]], known: _Known) -> bool:
    """Whether another spelling declines into this one as written, and every base this one could
    be reduced to is one that other spelling could have too ("Э. Ходжей" → "Э. Ходжа" or "Э.
    Ходж"; "Ходжа Э." → "Ходж Э."): the word written in the nominative is the name, not a stem
    guessed for both."""
    others = known.bases.get(key.strong, set()) - {spelling}
    return bool(others) and all(known.bases.get(bkey.strong, set()) - {spelling} <= others for _, bkey in bases)


def _declined_otherwise(others: set[str], spelling: str, key: NameKey) -> bool:
    """Whether some other spelling that reduces to the same base writes the surname with
    another ending ("И. Надя" beside "Имре Надем"): the evidence that both are declined; "K. Klos"
    beside "Karel Klos" is one surname as written, and no stem is guessed for it. A surname
    declined as an adjective ("Ясинским", "Ясинской") is no noun stem: its endings tell a man
    from a woman, so "Я. Ясинской" is never "Яном Ясинским" by this stem."""
    if _ADJECTIVAL.search(key.surname):
        return False
    return any(
        name_key(o).surname != key.surname and not _ADJECTIVAL.search(name_key(o).surname) for o in others - {spelling}
    )


# a surname's ending (as keyed) of a Russian adjective's case: -ой/-ий/-ый, -им/-ым, -ая, -ого/-ему …
_ADJECTIVAL = re.compile(r"(?:oi|ii|yi|im|ym|aya|ogo|ego|omu|emu|uyu|ykh|ikh)$")


def initialled_key(name: str) -> str:
    """The strong key of a given name and surname written with the given name's initial
    ("Имре Над" → the key of "И. Над")."""
    given, surname = name.split()
    return name_key(f"{given[0]}. {surname}").strong


def _unconfirmed(alias: str, named_keys: set[str]) -> bool:
    """A bracketed word that cannot by itself join two people: a title word or place, or one bare
    word ("Rangun") that no citation names as a person in its own right, in full or by the
    surname of a person named in full. `named_keys` holds both kinds of key."""
    if not_person_shaped(alias):
        return True
    if len(alias.split()) != 1 or "." in alias or name_key(alias).strong in named_keys:
        return False
    # "Филиппова (Сталина)" beside "И.В. Сталина": the surname of a person named in full
    return not bare_surname_keys(alias) & named_keys


def resolve_mentions(
    mentions: list[tuple[Note, NameMention]],
    found_elsewhere: list[tuple[Note, NameMention]] = (),
    authority: list[AuthorityEntry] = (),
    apart: Collection[tuple[str, str]] = (),
) -> Resolution:
    """Group mentions into entities; deterministic for the same input.

    `found_elsewhere` are spellings met outside citations (titles, prose): they join
    people and become alternative labels, but never choose the preferred label. `apart` holds
    pairs of spellings that name two people (the two sides of one talk: "D. Ganev and Ganev"),
    which a merge on weak evidence never joins.
    """
    label_counts = Counter(m.text for _, m in mentions if not m.is_organization)
    for _, m in mentions:  # "Filippov [Stalin]": the real name is the better label
        if m.alias and not m.cover and not not_person_shaped(m.alias):
            label_counts[m.alias] += 100
    # "Director [R.Ia. Malinovskii]", "Chairman [Mao Zedong]": a title word beside a real name;
    # "Kleinert (Rangun)": a word in brackets that may be a place. Such a word is a spelling of a
    # person only, never a key: held back and joined at the end, and only when every name it
    # stands beside is already one person (else it names no one, and is dropped).
    titles = _held_back_words(mentions)
    # a held-back word met again in prose (found only because it stood in brackets) is no spelling either
    found_elsewhere = [(n, m) for n, m in found_elsewhere if m.text not in titles]
    mentions = [*mentions, *found_elsewhere]
    people = [(n, m) for n, m in mentions if not m.is_organization]
    orgs = [(n, m) for n, m in mentions if m.is_organization]
    texts = {m.text for _, m in people}
    spellings = sorted(texts | {m.alias for _, m in people if m.alias and m.alias not in titles})
    keys = {s: name_key(s) for s in spellings}
    uf = UnionFind()
    merges: list[tuple[str, str, str, str]] = []
    for s in spellings:
        uf.find(s)
    uf.keep_apart(apart)
    known = _Known(keys, feminine_by_place(people))
    reduced = {s: _effective(s, known) for s in spellings}
    effective = {s: reduced[s][1] for s in spellings}

    by_strong: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in spellings:
        k = effective[s]
        if k.strong:
            by_strong[(k.family, k.strong)].append(s)
    # "«Павлова» [П.Ф. Юдина]": a cover name joined to its real man is no surname key: a declined
    # form of it written plainly elsewhere ("с советником посольства Павловым") is another man's.
    # Only the same cover word in guillemets joins it.
    early_covers = cover_names(people, titles)
    quoted = _in_guillemets(people)
    for group in by_strong.values():
        sides = [group]
        if any(s in early_covers for s in group):
            sides = [
                [s for s in group if s in early_covers or s in quoted],
                [s for s in group if s not in early_covers and s not in quoted],
            ]
        for members in sides:
            for other in members[1:]:
                uf.union(members[0], other)
                if effective[other].strong != keys[other].strong:
                    merges.append((members[0], other, "declined form of the same name", "strong"))
    glossed_apart = _glossed_for_two(people)  # "Павлова [П.Ф. Юдина]", "Павлова [С.В. Червоненко]": reused
    for _, m in people:
        if m.alias and not m.cover and m.alias not in titles and not other_surname_in_other_script(m.text, m.alias):
            if m.text in glossed_apart and not m.alias_translated:
                continue
            if m.alias_translated:  # the same person's spelling in a translation: weak evidence
                if _namesake_elsewhere(m.text, m.alias, spellings, effective):
                    continue  # "Kapo" (Vito Kapo) beside "Hysni Kapo": a bare surname names neither
                if uf.find(m.text) != uf.find(m.alias) and uf.may_join(m.text, m.alias):
                    uf.union(m.text, m.alias)
                    merges.append((m.text, m.alias, "the same name in the translation beside it", "weak"))
                continue
            uf.union(m.text, m.alias)
            merges.append((m.text, m.alias, "cryptonym and the real name given beside it", "strong"))

    # Initials: "Kurdiukov" or "I. Kurdiukov" joins the one group whose initials agree.
    initials_groups: dict[str, set[str]] = defaultdict(set)
    for s in spellings:
        if effective[s].family == "initials":
            initials_groups[effective[s].surname].add(uf.find(s))
    contested = _contested_initials(spellings, effective)
    for s in spellings:
        k = effective[s]
        if k.family == "initials" and s not in contested:
            fits = {
                uf.find(o)
                for o in spellings
                if effective[o].family == "initials"
                and effective[o].surname == k.surname
                and o not in contested
                and initials_compatible(effective[o].initials, k.initials)
            }
            full = {g for g in fits if g != uf.find(s)}
            conflicting = {
                uf.find(o)
                for o in spellings
                if effective[o].family == "initials"
                and effective[o].surname == k.surname
                and not initials_compatible(effective[o].initials, k.initials)
            }
            if len(full) == 1 and not conflicting and uf.may_join(next(iter(full)), s):
                target = full.pop()
                uf.union(target, s)
                merges.append((target, s, "same surname, initials agree", "weak"))

    glosses = _glosses(people)
    for entry in authority:  # cryptonyms and pseudonyms the notes cannot join by themselves
        wanted = {(name_key(n).family, name_key(n).strong) for n in entry.names}
        present = [
            s
            for s in spellings
            if (effective[s].family, effective[s].strong) in wanted and not _glossed_otherwise(s, glosses, entry)
        ]
        for other in present[1:]:
            if uf.find(other) != uf.find(present[0]):
                uf.union(present[0], other)
                merges.append((present[0], other, f"authority file: {entry.source}", "strong"))

    # "Rákosi Mátyás" (Hungarian order) and "Mátyás Rákosi"; "A. Novotný" and "Antonín Novotný".
    plain = [s for s in spellings if effective[s].family == "plain" and len(s.split()) >= 2]
    by_tokens: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for s in plain:
        by_tokens[tuple(sorted(effective[s].strong.split()))].append(s)
    for group in by_tokens.values():
        for other in group[1:]:
            if uf.find(other) != uf.find(group[0]):
                uf.union(group[0], other)
                merges.append((group[0], other, "the same names in another order", "weak"))
    for s in spellings:
        k = effective[s]
        if k.family != "initials" or s in contested:
            continue
        fits = {uf.find(o) for o in plain if effective[o].surname == k.surname and _given_names_fit(o, k.initials)}
        # "E.B. Hoxha" beside "E.A. Hoxha" (but not "N. Hoxha"): which is Enver?
        if len(fits) == 1 and not any(
            effective[o].family == "initials"
            and effective[o].surname == k.surname
            and not initials_compatible(effective[o].initials, k.initials)
            and effective[o].initials[0][:1] == k.initials[0][:1]
            for o in spellings
        ):
            target = fits.pop()
            if target != uf.find(s):
                uf.union(target, s)
                merges.append((target, s, "initial agrees with the given name written out", "weak"))

    merge_initials_in_other_spellings(spellings, effective, uf, merges, contested)
    merge_final_y_and_i(spellings, effective, uf, merges, contested)
    merge_full_name_read_into_initials(spellings, effective, uf, merges, contested)
    merge_given_and_surname_in_other_spellings(spellings, effective, uf, merges)
    merge_across_romanisations(spellings, effective, uf, merges)
    merge_japanese_across_scripts(spellings, effective, uf, merges)
    merge_names_without_initials(spellings, effective, uf, merges)

    # "Khrushchev", "Grotewohl", "Mao", "Chou", "Пузанову": the one known person with that
    # surname, once the spellings with initials and given names are joined.
    surname_roots: dict[str, set[str]] = defaultdict(set)
    # a name of two given names is in Hungarian order only where every note naming it is in Hungarian
    in_hungarian = {m.text for n, m in people if hungarian_note(n.text)} - {
        m.text for n, m in people if not hungarian_note(n.text)
    }
    reading_roots: dict[str, set[str]] = defaultdict(set)  # "Ponornarev", "Pusanow" read otherwise
    for o in spellings:
        for surname in bare_surnames(o, effective[o]):
            surname_roots[surname].add(uf.find(o))
        if o in in_hungarian and (first := hungarian_surname_first(o, in_hungarian=True)):
            surname_roots[fold_surname(first)].add(uf.find(o))  # "Bálint Sándor" in a Hungarian note: "Bálint"
    declined_roots: dict[str, set[str]] = defaultdict(set)  # "Raúlem Castrem": a Castro too
    for o in spellings:
        if effective[o].family == "plain" and len(name_words(o)) >= 2 and reduced[o][0] == o:
            for base in base_forms(o):
                for surname in bare_surnames(base, name_key(base)):
                    declined_roots[surname].add(uf.find(o))
        for key in surname_readings(o, effective[o]):
            reading_roots[key].add(uf.find(o))
        if effective[o].family == "initials" and reduced[o][0] == o:  # "L. Breżniewem": "L. Breżniew" read as Brezhnev
            for base in base_forms(o):
                for key in surname_readings(base, name_key(base)):
                    reading_roots[key].add(uf.find(o))
    covers = cover_names(people, titles)
    women = feminine_nominatives(people)
    # "King Hussein" read as "Hussein [King]": a sovereign's own name, no surname a commoner shares
    sovereigns = {m.text for _, m in people if m.role in ("King", "Queen") and len(name_words(m.text)) == 1}
    for s in spellings:
        if effective[s].family != "plain" or len(name_words(s)) != 1 or s in covers or s in sovereigns:
            continue
        fits = {root for key in bare_keys_of(s, women) for root in surname_roots.get(key, ())}
        fits = {uf.find(root) for root in fits} - {uf.find(s)}
        reason = "surname alone matches one known person"
        # "Castrovi" beside "Fidel Castro" and "Raúlem Castrem" (a declined full name kept as
        # written): another person with that nominative surname, so the bare surname is no one's
        declined = {uf.find(r) for key in bare_keys_of(s, women) for r in declined_roots.get(key, ())} - {uf.find(s)}
        if fits and declined - fits:
            continue
        if fits and _given_names_clash(uf, s, fits, spellings, effective):
            continue  # "Kapo", already Vito Kapo's, never joins Hysni Kapo too
        if not fits and len(s) >= 6:  # "Hruscsov", "Chruschtschow", "Khrushchov", "Khrushchcv", "Ščerbakovem"
            own = bare_keys_of(s, women)
            readings = {key for form in forms_of(s, women) for key in foreign_surname_keys(form)}
            fits = {root for key in own | readings for root in surname_roots.get(key, ())}
            fits |= {root for key in own for root in reading_roots.get(key, ())}  # "Ponomarev", "B. N. Ponornarev"
            fits = {uf.find(root) for root in fits} - {uf.find(s)}
            reason = "surname alone, in another language's spelling or OCR-repaired, matches one known person"
        join_if_one(fits, s, uf, merges, reason, effective)
    # "Chruszczowa" joined to "Khrushchev": a form in another language's letters, maybe declined, is no label
    merge_ocr_slips_in_bare_surnames(spellings, effective, uf, merges, covers, Counter(m.text for _, m in people))
    foreign = merge_bare_surnames_across_orthographies(spellings, effective, uf, merges, covers, women)
    merge_across_families(spellings, effective, uf, merges, covers, women)
    merge_arabic_romanisations(spellings, effective, uf, merges, covers)
    merge_spanish_paternal_surnames(spellings, effective, uf, merges, covers)

    by_weak: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in spellings:
        k = effective[s]
        if k.family in ("korean", "chinese") and k.weak:
            by_weak[(k.family, k.weak)].append(s)
    for group in by_weak.values():
        roots = sorted({uf.find(s) for s in group})
        for other in roots[1:]:
            uf.union(roots[0], other)
            merges.append((roots[0], other, "same name under looser romanisation rules", "weak"))

    cover_words = {m.alias for _, m in people if m.cover}
    for title, holders in sorted(titles.items()):
        roots = {uf.find(h) for h in holders}
        if len(roots) == 1:  # two holders who are two people: the title names neither
            spellings.append(title)
            keys[title] = name_key(title)
            reduced[title] = (title, keys[title])
            target = roots.pop()
            uf.union(target, title)
            reason = (
                "a cover name glossed with the real name in one note"
                if title in cover_words
                else "a title word used as a cryptonym beside the real name"
            )
            merges.append((target, title, reason, "weak"))

    clusters: dict[str, list[str]] = defaultdict(list)
    for s in spellings:
        clusters[uf.find(s)].append(s)
    counts = Counter(m.text for _, m in people)
    first_seen: dict[str, tuple[str, int, int]] = {}
    for n, m in people:
        first_seen.setdefault(m.text, (n.source, n.number, m.span.start))
    entities: list[Entity] = []
    by_spelling: dict[tuple[bool, str], Entity] = {}
    for members in clusters.values():
        named = [s for s in members if s not in titles] or members  # a title word is no one's label
        named = [s for s in named if s not in foreign] or named
        label = entity_label(named, keys, reduced, label_counts, counts, first_seen)
        entities.append(Entity("", label, False))
        for s in members:
            by_spelling[(False, s)] = entities[-1]
    for n, m in people:
        by_spelling[(False, m.text)].spellings.setdefault(m.text, []).append((n, m))
        # a title word held by two people is dropped; a cover name that is also someone's own spelling
        # is his, not this person's
        if m.alias and (not m.cover or m.alias in titles) and (False, m.alias) in by_spelling:
            by_spelling[(False, m.alias)].spellings.setdefault(m.alias, []).append((n, m))
    for n, m in orgs:
        key = (True, m.text)
        if key not in by_spelling:
            norm = slugify(canonical_organization(m.text))
            match = next((e for e in entities if e.is_organization and slugify(e.label) == norm), None)
            if match is None:
                match = Entity("", canonical_organization(m.text), True)
                entities.append(match)
            by_spelling[key] = match
        by_spelling[key].spellings.setdefault(m.text, []).append((n, m))
    _assign_slugs(entities, first_seen)
    merge_records = []
    for a, b, reason, strength in merges:
        ent = by_spelling[(False, a)]
        merge_records.append(Merge(ent.slug, a, b, reason, strength))
    return Resolution(
        entities, by_spelling, sorted(set(merge_records), key=lambda m: (m.person, m.spelling_a, m.spelling_b))
    )


def _in_guillemets(people: list[tuple[Note, NameMention]]) -> set[str]:
    """Spellings every mention of which stands in guillemets ("«Павлову»"): a cover word as written."""
    quoted: dict[str, bool] = {}
    for n, m in people:
        start, end = m.span.start, m.span.end
        inside = 0 < start <= end < len(n.text) and n.text[start - 1] == "«" and n.text[end] == "»"
        quoted[m.text] = quoted.get(m.text, True) and inside
    return {s for s, q in quoted.items() if q}


def _quoted_at(text: str, start: int) -> bool:
    """Whether the name at `start` opens inside quotation marks ("«Павлова»", '"Ban"')."""
    return 0 < start <= len(text) and text[start - 1] in "«\"“„'‘"


def _glossed_for_two(people: list[tuple[Note, NameMention]]) -> set[str]:
    """Words glossed in brackets with the names of two people of different surnames ("Павлова [П.Ф.
    Юдина]" in one note, "Павлова [С.В. Червоненко]" in another): a cryptonym reused for two men,
    which joins neither to the other. A cover word is one word, or a name in quotation marks; a full
    name written plainly with two other names ("Хо Ши Мином (Нгуен Ай Куок)", "(Хо Ши Минь)") is a man
    with his other names."""
    surnames: dict[str, set[frozenset[str]]] = defaultdict(set)
    for n, m in people:
        if len(m.text.split()) > 1 and not _quoted_at(n.text, m.span.start):
            continue  # "Хо Ши Мином (Нгуен Ай Куок)": a man's full name beside his other name, no cover word
        if m.alias and not m.cover and not m.alias_translated and m.alias.split():
            if other_surname_in_other_script(m.text, m.alias):
                continue  # "Х. Капо (Ramiz Alia)": another man's name, no gloss of this one
            surnames[m.text].add(frozenset(bare_surname_keys(m.alias.split()[-1])) or frozenset({m.alias}))
    return {text for text, keys in surnames.items() if any(not (a & b) for a in keys for b in keys)}


def _held_back_words(mentions: list[tuple[Note, NameMention]]) -> dict[str, set[str]]:
    """The bracketed words that are no key (see `_unconfirmed`), each with the names it stands beside."""
    named = {m.text for _, m in mentions if not m.is_organization}
    named_keys = {name_key(t).strong for t in named}
    named_keys |= {key for t in named if len(t.split()) >= 2 for key in bare_surname_keys(t.split()[-1])}
    titles: dict[str, set[str]] = defaultdict(set)
    for _, m in mentions:
        if (
            m.alias
            and not m.is_organization
            and not m.alias_translated  # a translation's spelling of the same name, checked as such
            and m.alias not in named
            and (m.cover or _unconfirmed(m.alias, named_keys))
        ):  # a cover name glossed in one note is held back whatever its shape: reused, or a real surname
            titles[m.alias].add(m.text)
    return titles


def _glosses(people: list[tuple[Note, NameMention]]) -> dict[str, set[str]]:
    """Each spelling's glosses in brackets, both ways ("Fyn Si" → {"Mao Zedong"} and back)."""
    glosses: dict[str, set[str]] = defaultdict(set)
    for _, m in people:
        if m.alias and not not_person_shaped(m.alias) and not not_person_shaped(m.text):
            glosses[m.text].add(m.alias)
            glosses[m.alias].add(m.text)
    return glosses


def _glossed_otherwise(spelling: str, glosses: dict[str, set[str]], entry: AuthorityEntry) -> bool:
    """True when a note glosses the spelling with a real name the authority entry does not
    know ("Fyn Si [Mao Zedong]" against an entry for Stalin; "Filippov [Iosif Stalin]" and
    "Филиппова (Сталина)" agree by the surname): the note's own evidence outranks the file."""
    known = {key for n in entry.names if n.split() for key in bare_surname_keys(n.split()[-1])}
    return any(not bare_surname_keys(g.split()[-1]) & known for g in glosses.get(spelling, ()) if g.split())


def _given_names_fit(written_out: str, initials: tuple[str, ...]) -> bool:
    """Whether a name written out ("Jawaharlal Nehru") fits a spelling's initials ("J.").

    One or two initials (a given name, a patronymic) fit the first given name. Three or more
    ("K.P.S. Menon") are a naming where the first initial need not be the name a person is
    called by, so every initial must be written out, in order.
    """
    given = written_out.split()[:-1]
    if len(initials) < 3:
        return bool(given) and given_agrees(given[0], initials[0])
    return len(given) == len(initials) and all(map(given_agrees, given, initials))


def _contested_initials(spellings: list[str], effective: dict[str, NameKey]) -> set[str]:
    """Spellings whose first initial two different given names written out for the same surname
    begin ("A.A. Gromyko" beside "Andrei Gromyko" and "Anatolii A. Gromyko", father and son):
    which one is meant cannot be told, so the initials join no one by initials or given name."""
    given: dict[str, set[str]] = defaultdict(set)
    for o in spellings:
        k = effective[o]
        if k.family == "initials" and k.initials and len(k.initials[0]) > 2:
            given[k.surname].add(k.initials[0])
        elif k.family == "plain" and len(o.split()) >= 2:
            names = [t for t in k.strong.split() if t != k.surname]
            if names and len(names[0]) > 2:
                given[k.surname].add(names[0])
    return {
        s
        for s in spellings
        if effective[s].family == "initials"
        and effective[s].initials
        and len(effective[s].initials[0]) <= 2
        and sum(given_agrees(g, effective[s].initials[0]) for g in given.get(effective[s].surname, ())) >= 2
    }


def _assign_slugs(entities: list[Entity], first_seen: dict) -> None:
    """Slugs from preferred labels; clashes get -2, -3 in a stable order."""
    taken: Counter[str] = Counter()
    for ent in sorted(entities, key=lambda e: (e.is_organization, slugify(e.label), e.label)):
        base = slugify(ent.label)
        taken[base] += 1
        ent.slug = base if taken[base] == 1 else f"{base}-{taken[base]}"


def _given_initial(spelling: str, key: NameKey) -> str | None:
    """The first letter of the given name a full name writes out or abbreviates ("Vito Kapo": v,
    "N.S. Hrușciov": n), or None for a bare surname."""
    if key.family == "initials" and key.initials:
        return key.initials[0][:1]
    words = spelling.split()
    if key.family == "plain" and len(words) >= 2 and words[0][:1].isupper():
        return fold(words[0])[:1]
    return None


def _namesake_elsewhere(text: str, alias: str, spellings: list[str], effective: dict[str, NameKey]) -> bool:
    """Whether a bare surname ("Kapo", "Ceaușescu") that a translation writes out as one full name
    ("Vito Kapo", "Elena Ceaușescu") has a namesake with another given name among the notes'
    spellings ("Hysni Kapo", "Nicolae Ceaușescu"): the spelling is then no one's key."""
    if len(text.split()) != 1 or len(alias.split()) < 2 or alias not in effective or text not in effective:
        return False
    surname = effective[text].surname
    mine = _given_initial(alias, effective[alias])
    if not surname or mine is None:
        return False
    for o in spellings:
        k = effective[o]
        if k.surname == surname and o != alias:
            theirs = _given_initial(o, k)
            if theirs is not None and theirs != mine:
                return True
    return False


def _given_names_clash(
    uf: UnionFind, s: str, fits: set[str], spellings: list[str], effective: dict[str, NameKey]
) -> bool:
    """Whether the person a bare surname already belongs to holds a full name whose given name
    begins otherwise than every full name of the person it would join: two namesakes."""
    own = uf.find(s)
    mine = {_given_initial(o, effective[o]) for o in spellings if uf.find(o) == own} - {None}
    if not mine:
        return False
    theirs = {_given_initial(o, effective[o]) for o in spellings if uf.find(o) in fits} - {None}
    return bool(theirs) and not (mine & theirs)
