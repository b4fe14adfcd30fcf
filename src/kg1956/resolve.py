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
from dataclasses import dataclass, field

from kg1956.authority import AuthorityEntry
from kg1956.merge_guards import (
    bare_keys_of,
    cover_names,
    feminine_nominatives,
    forms_of,
    not_person_shaped,
    other_surname_in_other_script,
)
from kg1956.models import NameMention, Note
from kg1956.organizations import canonical_organization
from kg1956.romanize import (
    NameKey,
    base_forms,
    both_declined,
    fold,
    fold_surname,
    name_key,
    slugify,
)
from kg1956.romanize_cross import (
    cross_keys,
    foreign_surname_keys,
    instrumental_nominative,
    russian_initials_nominative,
)
from kg1956.romanize_ja_ru import japanese_name_key
from kg1956.surname_keys import (
    bare_surname_keys,
    bare_surnames,
    given_agrees,
    initials_compatible,
    surname_readings,
    written_surname,
)


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


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


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

    def __init__(self, known: dict[str, NameKey]) -> None:
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
            for b in base_forms(s):
                self.bases[name_key(b).strong].add(s)
            if k.family == "plain" and len(s.split()) == 1:
                self.bare_surnames[k.surname].add(s)
            if k.family == "initials" or (k.family == "plain" and len(s.split()) == 1):
                self.surnames[k.surname].add(s)
            if k.family == "plain" and len(s.split()) >= 2:
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
        # nor to her nominative ("Хрущева"), which keys as the man's genitive does
        return spelling, key
    for base, bkey in bases:  # a base another spelling writes out wins ("Пэн Дэхуай" for "Пэн Дэхуая")
        if known.used_by_other(known.strong, bkey.strong, spelling):
            return base, bkey
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
    return spelling, key


def _declined_otherwise(others: set[str], spelling: str, key: NameKey) -> bool:
    """Whether some other spelling that reduces to the same base writes the surname with
    another ending ("И. Надя" beside "Имре Надем"): the evidence that both are declined; "K. Klos"
    beside "Karel Klos" is one surname as written, and no stem is guessed for it."""
    return any(name_key(o).surname != key.surname for o in others - {spelling})


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
) -> Resolution:
    """Group mentions into entities; deterministic for the same input.

    `found_elsewhere` are spellings met outside citations (titles, prose): they join
    people and become alternative labels, but never choose the preferred label.
    """
    label_counts = Counter(m.text for _, m in mentions if not m.is_organization)
    for _, m in mentions:  # "Filippov [Stalin]": the real name is the better label
        if m.alias and not not_person_shaped(m.alias):
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
    uf = _UnionFind()
    merges: list[tuple[str, str, str, str]] = []
    for s in spellings:
        uf.find(s)
    known = _Known(keys)
    reduced = {s: _effective(s, known) for s in spellings}
    effective = {s: reduced[s][1] for s in spellings}

    by_strong: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in spellings:
        k = effective[s]
        if k.strong:
            by_strong[(k.family, k.strong)].append(s)
    for group in by_strong.values():
        for other in group[1:]:
            uf.union(group[0], other)
            if effective[other].strong != keys[other].strong:
                merges.append((group[0], other, "declined form of the same name", "strong"))
    for _, m in people:
        if m.alias and m.alias not in titles and not other_surname_in_other_script(m.text, m.alias):
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
            if len(full) == 1 and not conflicting:
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
        fits = {
            uf.find(o) for o in plain if effective[o].surname == k.surname and given_agrees(o.split()[0], k.initials[0])
        }
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

    _merge_initials_in_other_spellings(spellings, effective, uf, merges, contested)
    _merge_final_y_and_i(spellings, effective, uf, merges, contested)
    _merge_full_name_read_into_initials(spellings, effective, uf, merges, contested)
    _merge_given_and_surname_in_other_spellings(spellings, effective, uf, merges)
    _merge_across_romanisations(spellings, effective, uf, merges)
    _merge_japanese_across_scripts(spellings, effective, uf, merges)

    # "Khrushchev", "Grotewohl", "Mao", "Chou", "Пузанову": the one known person with that
    # surname, once the spellings with initials and given names are joined.
    surname_roots: dict[str, set[str]] = defaultdict(set)
    reading_roots: dict[str, set[str]] = defaultdict(set)  # "Ponornarev", "Pusanow" read otherwise
    for o in spellings:
        for surname in bare_surnames(o, effective[o]):
            surname_roots[surname].add(uf.find(o))
    declined_roots: dict[str, set[str]] = defaultdict(set)  # "Raúlem Castrem": a Castro too
    for o in spellings:
        if effective[o].family == "plain" and len(o.split()) >= 2 and reduced[o][0] == o:
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
    for s in spellings:
        if effective[s].family != "plain" or len(s.split()) != 1 or s in covers:
            continue
        fits = {root for key in bare_keys_of(s, women) for root in surname_roots.get(key, ())}
        fits = {uf.find(root) for root in fits} - {uf.find(s)}
        reason = "surname alone matches one known person"
        # "Castrovi" beside "Fidel Castro" and "Raúlem Castrem" (a declined full name kept as
        # written): another person with that nominative surname, so the bare surname is no one's
        declined = {uf.find(r) for key in bare_keys_of(s, women) for r in declined_roots.get(key, ())} - {uf.find(s)}
        if fits and declined - fits:
            continue
        if not fits and len(s) >= 6:  # "Hruscsov", "Chruschtschow", "Khrushchov", "Khrushchcv", "Ščerbakovem"
            own = bare_keys_of(s, women)
            readings = {key for form in forms_of(s, women) for key in foreign_surname_keys(form)}
            fits = {root for key in own | readings for root in surname_roots.get(key, ())}
            fits |= {root for key in own for root in reading_roots.get(key, ())}  # "Ponomarev", "B. N. Ponornarev"
            fits = {uf.find(root) for root in fits} - {uf.find(s)}
            reason = "surname alone, in another language's spelling or OCR-repaired, matches one known person"
        _join_if_one(fits, s, uf, merges, reason, effective)
    # "Chruszczowa" joined to "Khrushchev": a form in another language's letters, maybe declined, is no label
    foreign = _merge_bare_surnames_across_orthographies(spellings, effective, uf, merges, covers, women)

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

    for title, holders in sorted(titles.items()):
        roots = {uf.find(h) for h in holders}
        if len(roots) == 1:  # two holders who are two people: the title names neither
            spellings.append(title)
            keys[title] = name_key(title)
            reduced[title] = (title, keys[title])
            target = roots.pop()
            uf.union(target, title)
            merges.append((target, title, "a title word used as a cryptonym beside the real name", "weak"))

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
        label = _label(named, keys, reduced, label_counts, counts, first_seen)
        entities.append(Entity("", label, False))
        for s in members:
            by_spelling[(False, s)] = entities[-1]
    for n, m in people:
        by_spelling[(False, m.text)].spellings.setdefault(m.text, []).append((n, m))
        if m.alias and (False, m.alias) in by_spelling:  # a title word held by two people is dropped
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


# An instrumental ending a nominative seldom has ("Chzhou Enlaem", "Czou En-lajem"): such a
# spelling is the label only when no other spelling of the person is free of it.
_LOOKS_DECLINED = re.compile(r"\S\s+\S+(?:em|om|ом|ем|ым|ой)$")


def _held_back_words(mentions: list[tuple[Note, NameMention]]) -> dict[str, set[str]]:
    """The bracketed words that are no key (see `_unconfirmed`), each with the names it stands beside."""
    named = {m.text for _, m in mentions if not m.is_organization}
    named_keys = {name_key(t).strong for t in named}
    named_keys |= {key for t in named if len(t.split()) >= 2 for key in bare_surname_keys(t.split()[-1])}
    titles: dict[str, set[str]] = defaultdict(set)
    for _, m in mentions:
        if m.alias and not m.is_organization and m.alias not in named and _unconfirmed(m.alias, named_keys):
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


def _looks_declined(display: str) -> bool:
    """ "Chzhou Enlaem", "Enverom Khodzhei": a form only a declined name has (an instrumental;
    a given name in -a or -u may be a nominative: "Nina Popova", "Shigemitsu Mamoru")."""
    words = display.split()
    return bool(_LOOKS_DECLINED.search(display)) or (
        len(words) == 2 and words[0].endswith(("om", "em")) and bool(both_declined(words))
    )


def _label(
    members: list[str],
    keys: dict[str, NameKey],
    reduced: dict[str, tuple[str, NameKey]],
    label_counts: Counter,
    counts: Counter,
    first_seen: dict[str, tuple[str, int, int]],
) -> str:
    """A person's label: the real name behind a cryptonym; else a nominative. Declined
    spellings count for the base form they reduce to ("Н.С. Хрущева", "Н.С. Хрущеву" → "Н.С.
    Хрущев"; "В. Гомулке", "В. Гомулки" → "В. Гомулка", written nowhere; "A.I. Mikoiana" for
    "A.I. Mikoyan"), unless the spelling as written is confirmed by another one and its base
    by none ("A.Ia. Vyshinsky" = "A.Ya. Vyshinsky" stays, not "Vyshinska"); an instrumental
    written alone gives its nominative ("Ле Зуаном" → "Ле Зуан")."""
    own = {s: keys[s].strong for s in members}
    own_count = Counter(own.values())
    unreduced = {own[s] for s in members if reduced[s][0] == s}
    # "-ова" is a man's genitive or a woman's name: read as a man's only if a spelling says so
    masculine = any(written_surname(s)[-1:] not in ("а", "a", "") for s in members if keys[s].family != "korean")
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    shown: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in members:
        base = reduced[s][0]
        if label_counts[s] >= 100:
            group, display = ("alias", s), s
        elif base != s and (name_key(base).strong in (own[s], *unreduced) or own_count[own[s]] == 1):
            group, display = ("key", name_key(base).strong), base
        elif (
            base == s
            and keys[s].family == "initials"
            and russian_initials_nominative(s) != s
            and (masculine or not written_surname(s).endswith("а"))  # "Е.А. Фурцева" is a woman
        ):
            group, display = ("key", own[s]), russian_initials_nominative(s)
        elif base == s and instrumental_nominative(s):
            nominative = instrumental_nominative(s)
            group, display = ("key", name_key(nominative).strong), nominative
        else:
            group, display = ("key", own[s]), s
        groups[group].append(s)
        shown[group].append(display)

    def display_of(group: tuple[str, str]) -> str:
        weight: dict[str, list[int]] = {}
        for s, display in zip(groups[group], shown[group], strict=True):
            w = weight.setdefault(display, [0, 0, int(display in members), len(display), 0])
            w[0] += label_counts[s]
            w[1] += counts[s]
            w[4] = max(w[4], -_order(first_seen, s))
        return max(weight, key=lambda d: (*weight[d], d))

    def score(group: tuple[str, str]):
        display = display_of(group)
        return (
            max(label_counts[s] for s in groups[group]) >= 100,
            not _looks_declined(display),
            sum(label_counts[s] for s in groups[group]),
            sum(counts[s] for s in groups[group]),
            len(display),
            -min(_order(first_seen, s) for s in groups[group]),
            display,
        )

    return display_of(max(groups, key=score))


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


def _merge_initials_in_other_spellings(
    spellings: list[str], effective: dict[str, NameKey], uf: _UnionFind, merges: list, contested: set[str] = frozenset()
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
        _join_if_one(fits, s, uf, merges, "initials agree, surname in another language's spelling or OCR-repaired")


def _final_y_as_i(surname: str) -> str | None:
    """ "parthasarathy" → "parthasarathi": a final -y after a consonant, which English
    transliteration (of Indian and Russian names) writes for -i; None for other surnames."""
    return surname[:-1] + "i" if re.search(r"[b-df-hj-np-tv-xz]y$", surname) and len(surname) >= 6 else None


def _merge_final_y_and_i(
    spellings: list[str], effective: dict[str, NameKey], uf: _UnionFind, merges: list, contested: set[str]
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
        _join_if_one(fits, s, uf, merges, "initials agree, surname with a final -y for -i")


def _merge_full_name_read_into_initials(
    spellings: list[str], effective: dict[str, NameKey], uf: _UnionFind, merges: list, contested: set[str]
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
        _join_if_one(fits, s, uf, merges, "initials agree with the given name, surname in another language's spelling")


def _join_if_one(
    fits: set[str],
    spelling: str,
    uf: _UnionFind,
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
        uf.union(target, spelling)
        merges.append((target, spelling, reason, "weak"))
        return True
    return False


def _initials_clash(uf: _UnionFind, a: str, b: str, effective: dict[str, NameKey]) -> bool:
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


def _merge_given_and_surname_in_other_spellings(
    spellings: list[str], effective: dict[str, NameKey], uf: _UnionFind, merges: list
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
        keys[s] = mine
        for key in mine:
            index[key].add(s)
    for s, mine in keys.items():
        fits = {uf.find(o) for key in mine for o in index[key]} - {uf.find(s)}
        _join_if_one(fits, s, uf, merges, "same given name, surname in another language's spelling")


# Letters and digraphs the English spelling of a Russian name never uses: diacritics, Polish
# "cz", "sz", "w", Hungarian "cs", "zs", German "sch" ("Chruščov", "Chruszczow", "Hruscsov")
_FOREIGN_ORTHOGRAPHY = re.compile(r"[^\x00-\x7f]|cz|sz|cs|zs|sch|w", re.IGNORECASE)


def _merge_bare_surnames_across_orthographies(
    spellings: list[str],
    effective: dict[str, NameKey],
    uf: _UnionFind,
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
        if k.family == "plain" and len(o.split()) == 1:
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
        if _join_if_one(fits, s, uf, merges, reason, effective):
            joined.add(s)
    return joined


def _merge_across_romanisations(
    spellings: list[str], effective: dict[str, NameKey], uf: _UnionFind, merges: list
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
        _join_if_one(fits, s, uf, merges, reason)


def _merge_japanese_across_scripts(
    spellings: list[str], effective: dict[str, NameKey], uf: _UnionFind, merges: list
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


def _order(first_seen: dict[str, tuple[str, int, int]], s: str) -> int:
    src, num, pos = first_seen.get(s, ("", 10**9, 0))
    return num * 100000 + pos


def _assign_slugs(entities: list[Entity], first_seen: dict) -> None:
    """Slugs from preferred labels; clashes get -2, -3 in a stable order."""
    taken: Counter[str] = Counter()
    for ent in sorted(entities, key=lambda e: (e.is_organization, slugify(e.label), e.label)):
        base = slugify(ent.label)
        taken[base] += 1
        ent.slug = base if taken[base] == 1 else f"{base}-{taken[base]}"
