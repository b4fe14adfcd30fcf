"""The keys a surname has, for joining a name written alone to people named in full: as
written, declined, in another romanisation or language; and whether initials and given names
agree."""

from __future__ import annotations

import re

from kg1956.extract.lexicon import CHINESE_SURNAMES, KOREAN_SURNAMES
from kg1956.romanize import STROKES, NameKey, base_forms, chinese_fold, fold, fold_surname, name_key, name_words
from kg1956.romanize_cross import foreign_surname_keys
from kg1956.romanize_families import hungarian_surname_first
from kg1956.romanize_ja import japanese_name
from kg1956.romanize_ja_ru import japanese_name_key, japanese_word_key

_WRITTEN_SURNAME_RE1 = re.compile(r"\.")
_WRITTEN_SURNAME_RE2 = re.compile(r"[^\W\d_][a-zа-яё]?\.")


def written_surname(spelling: str) -> str:
    """The words of an initials-style spelling that are not initials ("N. Chruščov" → "Chruščov")."""
    return " ".join(
        t for t in _WRITTEN_SURNAME_RE1.sub(". ", spelling).split() if not _WRITTEN_SURNAME_RE2.fullmatch(t)
    )


def chinese_surname_key(token: str) -> str | None:
    """ "Mao", "Chou", "Teng": a Chinese surname alone, keyed across pinyin and Wade-Giles
    ("Zhou"/"Chou" → "zh:chou"); None for one that is also Korean ("Kang", "Chang", "Ho")."""
    folded = fold(token)
    if folded not in CHINESE_SURNAMES or folded in KOREAN_SURNAMES:
        return None
    return "zh:" + chinese_fold(folded)


def bare_surname(spelling: str, key: NameKey) -> str | None:
    """The surname a bare mention would use: initials-style and Western names' last word,
    a Chinese name's first; never a Korean surname (Kim, Pak, Yi are shared by too many)."""
    if key.family == "initials":
        return key.surname
    if key.family == "chinese":
        return "zh:" + chinese_fold(spelling.split()[0])
    if key.family == "plain" and len(name_words(spelling)) >= 2:
        return key.surname
    return None


def bare_surnames(spelling: str, key: NameKey) -> list[str]:
    """Every surname a bare mention of this person may use: `bare_surname`, and for a
    Japanese name either word, as the family name may be written first ("Hatoyama Ichirō")
    or last ("Ichiro Hatoyama")."""
    surname = bare_surname(spelling, key)
    out = [surname] if surname else []
    if key.family == "plain" and japanese_name(spelling):
        out.append(fold_surname(spelling.split()[0]))
    if key.family == "plain" and hungarian_surname_first(spelling):  # "Lukács György": "Lukács" alone
        out.append(fold_surname(hungarian_surname_first(spelling)))
    if key.family == "plain" and japanese_name_key(spelling):  # "Коно Итиро", "Kōno Ichirō": "Коно"
        out.extend(k for k in map(japanese_word_key, spelling.split()) if k)
    return out


def surname_readings(spelling: str, key: NameKey) -> frozenset[str]:
    """The surname keys a person's surname has when read as another language spells it or
    OCR-repaired ("B. N. Ponornarev" → "ponomarev", "A. M. Pusanow" → "puzanov")."""
    if key.family == "initials":
        return foreign_surname_keys(written_surname(spelling))
    if key.family == "plain" and len(name_words(spelling)) >= 2:
        return foreign_surname_keys(name_words(spelling)[-1])
    return frozenset()


def bare_surname_keys(spelling: str) -> set[str]:
    """What a surname written alone may stand for: itself, its nominative when declined
    ("Пузанову", "Ivanovem"), a Chinese surname in any romanisation."""
    keys = {name_key(spelling).surname}
    keys |= {name_key(b).surname for b in base_forms(spelling)}
    chinese = chinese_surname_key(spelling)
    if chinese:
        keys.add(chinese)
    if len(name_words(spelling)) == 1:  # "Хатоямы", "Сигэмицу": a Japanese name in any script
        keys.add(japanese_word_key(spelling) or "")
    return keys - {""}


def given_agrees(given: str, initial: str) -> bool:
    """Whether a given name written out begins with an initial: "Antonín" with "A.", and a
    two-letter initial with its two letters ("Yumjaagiin" with "Yu.", "Iurii" with "Iu.",
    "Yevgenii" with "E.", as `name_key` folds initials; "Władysław" with "Wł.")."""
    g = fold(given.translate(STROKES))
    if not g or not initial:
        return False
    if initial[0] in "łśżźćń":  # a Polish initial as written: "Ł." is Łukasz, never Leon
        return given[:1].lower() == initial[0] and g[1 : len(initial)] == initial[1:]
    if len(initial) == 1 and g[0] == initial:
        return True
    two = {"ye": "e", "ie": "e", "je": "e", "ia": "ya", "ja": "ya", "iu": "yu", "ju": "yu"}.get(g[:2], g[:2])
    return two == initial or (len(initial) > 2 and g == initial)


def initials_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two persons' initials can be one person's: one list begins the other, and
    each pair agrees ("Y." is the English short form of Yu., Ya., Yo.: Ю, Я, Ё)."""
    shorter, longer = sorted((a, b), key=len)
    return all(_initial_agrees(x, y) for x, y in zip(shorter, longer, strict=False))


def _initial_agrees(a: str, b: str) -> bool:
    """Two initials, or an initial and a given name written out ("S." and "Stepan" in
    "S.V. Chervonenko" and "Stepan V. Chervonenko"); two given names written out must be equal."""
    if a == b or {a, b} in ({"y", "yu"}, {"y", "ya"}, {"y", "yo"}):
        return True
    if {a, b} == {"g", "gh"}:  # Romanian "Gh." (Gheorghe) is Russian "Г.": no Russian initial is "Gh."
        return True
    if polish_l_initial(a, b):
        return True
    short, full = sorted((a, b), key=len)
    return len(short) <= 2 < len(full) and given_agrees(full, short)


def polish_l_initial(a: str, b: str) -> bool:
    """Whether one initial is the Polish two-letter one with "ł" of the other ("Wł." and "W.",
    both Władysław; "Bł." and "B."): no Russian initial ends in "l", so the pair is one name."""
    short, full = sorted((a, b), key=len)
    return len(short) == 1 and len(full) == 2 and full == short + "l"
