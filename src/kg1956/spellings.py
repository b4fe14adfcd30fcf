"""More spellings of the people the citations name, found in the notes' own text: a
name in prose or in a title ("Kim's talks with Puzanov", "ЦК ТПК"), so every spelling a
note writes is kept and joins its person."""

from __future__ import annotations

import re
from collections import defaultdict

from kg1956.extract.citations import MAX_NOTE_CHARS
from kg1956.extract.lexicon import ORGANIZATION_ALIASES, ROLE_WORDS
from kg1956.extract.name_shape import is_name_token
from kg1956.merge_guards import not_person_shaped
from kg1956.models import NameMention, Note, Span
from kg1956.organizations import canonical_organization
from kg1956.parties import committee_names
from kg1956.romanize import NameKey, base_forms, name_key, slugify
from kg1956.romanize_cross import cross_keys, foreign_surname_keys
from kg1956.surname_keys import (
    bare_surname_keys,
    bare_surnames,
    given_agrees,
    initials_compatible,
    surname_readings,
    written_surname,
)

_U = "A-ZА-ЯЁÀ-ÖØ-ÞĀ-ſƠƯẠ-ỹ"  # capitals with diacritics and strokes too: "Đồng", "Łukasz", "Živkov"
_TOKEN = re.compile(
    rf"(?:[{_U}][a-zа-я]?\.\s?)+(?:[{_U}][\w’'ʻ-]*)?|[{_U}][\w’'ʻ]*(?:-[\w’'ʻ]+)?|[a-zа-яß-öø-ÿ][\w’'ʻ-]*"
)


_SURNAME_INITIALS = re.compile(rf"[{_U}][\w’'-]+ (?:[{_U}][a-zа-я]?\. ?)*[{_U}][a-zа-я]?\.")
# compiled once: the scan below tries them hundreds of thousands of times on a big corpus
_INITIALS_HEAD = re.compile(rf"(?:[{_U}][a-zа-я]?\.\s?)+(?=\S)")
_POSSESSIVE = re.compile(r"[’']s$")
_WORD_BEFORE = re.compile(r"(?<![^\s])([^\s,;:()]+) $")
_WORD_AFTER = re.compile(r" ([^\s,;:()]+)")
_ARTICLE_BEFORE = re.compile(r"(?<![^\s])(?:the|The|THE) $")


def _candidates(text: str):
    """Every run of one to four name-like tokens: "Pan Kim Ilsŏng" yields "Kim Ilsŏng" too."""
    tokens = [m for m in _TOKEN.finditer(text)]
    for i, first in enumerate(tokens):
        if not first.group(0)[0].isupper():
            continue
        for j in range(i, min(i + 4, len(tokens))):
            if j > i and (text[tokens[j - 1].end() : tokens[j].start()] not in (" ", "")):
                break
            yield first.start(), tokens[j].end()
            initials = _INITIALS_HEAD.match(tokens[j].group(0))
            if j > i and initials:  # "Хрущев Н.С. Время. Люди…": the name ends with the initials
                yield first.start(), tokens[j].start() + initials.end()


def _holder(spelling: str, key: NameKey) -> tuple[str, ...]:
    """Who a surname belongs to, as far as one spelling tells: initials ("N.S. Khrushchev"),
    a given name ("Walter Ulbricht"), a Chinese given name, or nothing (a bare surname)."""
    if key.family == "initials":
        return ("initials", *key.initials)
    if key.family == "plain" and len(spelling.split()) >= 2:
        return ("given", key.strong)
    if key.family == "chinese":
        return ("chinese", key.strong)
    return ("bare",)


def _one_holder(holders: set[tuple[str, ...]]) -> bool:
    """Whether the spellings that share a surname can all be one person: initials that
    agree, at most one written-out given name (and its first letter agrees with the
    initials), at most one Chinese full name."""
    if not holders:
        return False
    initials = [h[1:] for h in holders if h[0] == "initials"]
    given = [h[1] for h in holders if h[0] == "given"]
    chinese = [h for h in holders if h[0] == "chinese"]
    if len({tuple(sorted(g.split())) for g in given}) > 1 or len(chinese) > 1 or (chinese and (given or initials)):
        return False
    if any(not initials_compatible(a, b) for a in initials for b in initials):
        return False
    # the given name's first letter agrees with the initials (in one of the orders it is written in)
    return not (given and any(not any(given_agrees(g, i[0]) for g in given) for i in initials if i))


def _in_longer_name(text: str, start: int, end: int, known: list[Span]) -> bool:
    """Whether a single word stands beside another part of a name ("János M. Rainer", "Lotte
    Ulbricht"): then it is not a surname written alone. A neighbour after a comma, or one
    that is itself a name already found ("Пузанову Нам Ир"), does not count."""
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    after = _WORD_AFTER.match(text[end : end + 40])
    spans = []
    if before is not None:
        at = max(0, start - 40) + before.start(1)
        spans.append((before.group(1), at, at + len(before.group(1))))
    # "in the Khrushchev Era", "The Stalin Years": after an article the surname names an era or
    # a policy, and the capitalised word after it is a title's noun, no given name
    attributive = _ARTICLE_BEFORE.search(text[max(0, start - 5) : start]) is not None
    if after is not None and not attributive:
        at = end + after.start(1)
        spans.append((after.group(1), at, at + len(after.group(1))))
    return any(is_name_token(word) and not any(k.start <= a and b <= k.end for k in known) for word, a, b in spans)


def _given_name_fits(text: str, key: NameKey, surnames: dict[str, set[tuple[str, ...]]]) -> bool:
    """ "Nikita Khrushchev" beside "N.S. Khrushchev": a given name and surname whose first
    letter agrees with the initials of the one person known with that surname (and who has
    initials; "Sergei Khrushchev" does not fit)."""
    words = text.split()
    if len(words) != 2 or not is_name_token(words[0]) or len(words[0]) < 3 or words[0].lower() in ROLE_WORDS:
        return False
    holders = surnames.get(key.surname, set())
    initials = [h for h in holders if h[0] == "initials"]
    return bool(initials) and _one_holder(holders | {("given", key.strong)})


def _initials_fit(text: str, surnames: dict, readings: dict) -> bool:
    """ "E. Hoxha" beside "Enver Hoxha", "N.S. Hrushov" beside "Nikita Khrushchev", "K.D.
    Levyçkin" beside "K.D. Levychkin", "A. M. Puzanova" beside "Puzanov": initials (declined or
    not) before a surname, in any language's spelling, that fit the one person known with it
    (initials that agree, or a given name with the same first letter)."""
    for form in (text, *base_forms(text)):
        key = name_key(form)
        if key.family != "initials" or len(key.surname) < 3:
            continue
        holders = surnames.get(key.surname, set())
        if not holders:  # only then the surname in another language's spelling
            keys = foreign_surname_keys(written_surname(form))
            holders = {h for k in keys for h in surnames.get(k, ())} | readings.get(key.surname, set())
        # namesakes whose initials or given name disagree are someone else ("Nexhmije Hoxha");
        # a surname known only written alone is no evidence for whose initials these are
        # ("his son S.N. Khrushchev" beside a bare "Khrushchev")
        mine = ("initials", *key.initials)
        named = {h for h in holders if h[0] != "bare"}
        fitting = {h for h in named if _one_holder({h, mine})}
        if fitting and _one_holder(fitting | {mine}):
            return True
    return False


def _trimmed(text: str, start: int, end: int) -> tuple[int, int, str]:
    """A candidate run without a possessive "'s" and trailing spaces, dots and apostrophes
    ("Хрущев Н.С." keeps its last dot), with its new end."""
    name = _POSSESSIVE.sub("", text[start:end]).rstrip(" ’'")
    if not _SURNAME_INITIALS.fullmatch(name):
        name = name.rstrip(" .’'")
    return start, start + len(name), name


def _overlaps(spans: list[Span], start: int, end: int) -> bool:
    """Whether any of the spans overlaps start…end."""
    return any(s.start < end and start < s.end for s in spans)


def known_keys(mentions: list[tuple[Note, NameMention]]) -> tuple:
    """What the people already found are known by: strong and weak keys, surnames with
    their holders, surname readings, reordered names and keys across romanisations."""
    known_strong: set[tuple[str, str]] = set()
    known_weak: set[tuple[str, str]] = set()
    surnames: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    readings: dict[str, set[tuple[str, ...]]] = defaultdict(set)  # "Ponomarev" for "B. N. Ponornarev"
    reordered: set[tuple[str, ...]] = set()  # "Kádár János" is also written "János Kádár"
    known_cross: set[tuple[str, str]] = set()  # "Kho Shi Min", "Chzhou Enlaem" for Ho Chi Minh, Zhou Enlai
    for _, m in mentions:
        if m.is_organization:
            continue
        for spelling in (m.text, m.alias, *base_forms(m.text)):
            if not spelling or (spelling == m.alias and (m.cover or not_person_shaped(spelling))):
                continue  # "Director [R.Ia. Malinovskii]": a title word is no name to look for
            k = name_key(spelling)
            if k.family in ("korean", "chinese", "initials"):
                known_strong.add((k.family, k.strong))
                known_weak.add((k.family, k.weak))
            # "Khrushchev" for N.S. Khrushchev, "Kessler" for Otto Kessler, "Mao" for Mao Zedong,
            # "Hatoyama" for Hatoyama Ichirō or Ichiro Hatoyama
            for surname in bare_surnames(spelling, k) or ([k.surname] if k.family == "plain" else []):
                surnames[surname].add(_holder(spelling, k))
            for key in surname_readings(spelling, k):
                readings[key].add(_holder(spelling, k))
            if k.family == "plain" and " " in spelling:
                reordered.add(tuple(sorted(k.strong.split())))
            known_cross.update(cross_keys(spelling)[0])
            if k.family in ("korean", "chinese"):
                known_cross.add((k.family, k.strong))
    return known_strong, known_weak, surnames, readings, reordered, known_cross


def find_more_spellings(notes: list[Note], mentions: list[tuple[Note, NameMention]]) -> list[tuple[Note, NameMention]]:
    """Other spellings of people already found, wherever the notes write them: in a
    title ("Kim Ir Sen i Kreml’"), a translation ("… with Gi Seokbok"), or prose.

    Only a spelling whose romanisation key equals that of a known participant is taken
    (or a bare surname that only one known person with initials has), so scanning never
    creates a person; each is later merged, and reported if the evidence is weak.
    """
    known_strong, known_weak, surnames, readings, reordered, known_cross = known_keys(mentions)
    covered: dict[tuple[str, int], list[Span]] = defaultdict(list)
    for n, m in mentions:
        covered[(n.source, n.number)].append(m.span)
    found: list[tuple[Note, NameMention]] = []
    bodies = _body_aliases(mentions)
    committees = {
        slugify(canonical_organization(m.text))
        for _, m in mentions
        if m.is_organization and canonical_organization(m.text).endswith(" Central Committee")
    }
    surname_keys: dict[str, set[str]] = {}  # `bare_surname_keys` of each bare word, once per call
    for note in notes:
        if len(note.text) > MAX_NOTE_CHARS:
            continue  # kept whole as unparsed text (see extract_note)
        spans = covered[(note.source, note.number)]
        taken: list[Span] = []
        candidates = sorted(_candidates(note.text), key=lambda c: (c[0], -c[1]))  # "János Kádár", not "János"
        # each run trimmed once, and dropped if it overlaps a mention: both passes see the same runs
        runs = [run for run in (_trimmed(note.text, *c) for c in candidates) if len(run[2]) >= 3]
        runs = [run for run in runs if not _overlaps(spans, run[0], run[1])]
        # full names first, then surnames written alone (which must not stand beside another name)
        for bare_pass in (False, True):
            for start, end, text in runs:
                if _overlaps(taken, start, end):
                    continue
                k = name_key(text)
                if (k.family == "plain" and " " not in text) != bare_pass:
                    continue
                if bare_pass:
                    if text not in surname_keys:
                        surname_keys[text] = bare_surname_keys(text)
                    holders = {h for key in surname_keys[text] for h in surnames.get(key, ())}
                    if not holders and len(text) >= 6:  # "Chruschtschow", "Khrushchcv", "Ščerbakovem", "Ponomarev"
                        holders = {
                            h
                            for form in (text, *base_forms(text))
                            for key in foreign_surname_keys(form)
                            for h in surnames.get(key, ())
                        }
                        holders |= {h for key in surname_keys[text] for h in readings.get(key, ())}
                    # the cheap test first: most bare words have no holder at all
                    if not _one_holder(holders) or _in_longer_name(note.text, start, end, spans + taken):
                        continue
                elif not (
                    (k.family == "plain" and tuple(sorted(k.strong.split())) in reordered)
                    or (k.family == "plain" and _given_name_fits(text, k, surnames))
                    or (  # "В. Гомулки" beside "В. Гомулке", "Ким Ир Сена" beside "Kim Il Sung"
                        k.family != "plain"
                        and any(
                            (name_key(b).family, name_key(b).strong) in known_strong
                            or (name_key(b).family, name_key(b).weak) in known_weak
                            for b in base_forms(text)
                        )
                    )
                    or (
                        k.family != "plain"
                        and ((k.family, k.strong) in known_strong or (k.family, k.weak) in known_weak)
                    )
                    or (" " in text and any(key in known_cross for part in cross_keys(text) for key in part))
                    or (k.family == "initials" and _initials_fit(text, surnames, readings))
                    or (  # "Mehmet Shehut" (Albanian definite form), "Kádár Jánosnak" (Hungarian dative)
                        k.family == "plain"
                        and " " in text
                        and any(tuple(sorted(name_key(b).strong.split())) in reordered for b in base_forms(text))
                    )
                ):
                    continue
                taken.append(Span(start, end))
                found.append((note, NameMention(text, Span(start, end))))
        found.extend(_more_body_spellings(note, spans + taken, bodies, committees))
    return found


def _body_aliases(mentions: list[tuple[Note, NameMention]]) -> list[tuple[str, re.Pattern]]:
    """The other names of every body the citations name ("KWP CC" is also "ЦК ТПК" and
    "Koreai Munkapárt KB"), as patterns that match them as whole words."""
    present = {slugify(canonical_organization(m.text)) for _, m in mentions if m.is_organization}
    return [
        (alias, re.compile(rf"(?<![\w]){re.escape(alias)}(?![\w])"))
        for names in ORGANIZATION_ALIASES
        if slugify(names[0]) in present
        for alias in names
    ]


def _more_body_spellings(
    note: Note, covered: list[Span], bodies: list[tuple[str, re.Pattern]], committees: set[str] = frozenset()
):
    """A body named by the citations, written another way in a title or prose of a note
    (a party's Central Committee in any language: "KQ të PKBS" for the CPSU CC)."""
    for alias, pattern in bodies:
        if alias not in note.text:
            continue  # the pattern matches the alias as written: no need to search for it
        for m in pattern.finditer(note.text):
            if not any(s.start < m.end() and m.start() < s.end for s in covered):
                covered.append(Span(m.start(), m.end()))
                yield note, NameMention(m.group(0), Span(m.start(), m.end()), is_organization=True)
    if not committees:
        return
    for start, end, name in committee_names(note.text):
        if slugify(name) in committees and not any(s.start < end and start < s.end for s in covered):
            covered.append(Span(start, end))
            yield note, NameMention(note.text[start:end], Span(start, end), is_organization=True)
