"""Readings of a name in other romanisation systems, and nominatives of declined forms.

Each gives the keys another spelling of the same name would have: Vietnamese names in
Russian transliteration, Chinese names in Palladius (Cyrillic and Latin), Polish and
Hungarian letters, Russian surnames in the bloc's spellings, OCR slips. `resolve` merges on
them only when they meet exactly one person, and reports every such merge.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from kg1956.extract.lexicon import CHINESE_SURNAMES, VIETNAMESE_SURNAMES
from kg1956.romanize import (
    INITIAL_RE,
    RU_SURNAME_CASE,
    STROKES,
    base_forms,
    chinese_fold,
    fold,
    fold_surname,
    is_cyrillic,
    name_key,
    palladius,
)

# --- readings across romanisation systems --------------------------------------------
# Each gives the keys another spelling of the same name would have; `resolve` merges on
# them only when they meet exactly one person, and reports every such merge.

# Vietnamese names: Vietnamese/English letters against Russian transliteration (Хо Ши Мин,
# Kho Shi Min = Hồ Chí Minh; Фам Ван Донг = Phạm Văn Đồng; Ле Зуан = Lê Duẩn). The onset of
# each syllable is folded to one class per Russian letter: Kh/H → h, Ph/F → f, Th/Tkh → t,
# Ch/Tr/Sh/S/X → s (Ч, Ш, С), D/Đ/Z/Gi → z (З, Д), Nh → n, Ngh → ng, Qu/C/K → k.
_VI_ONSETS = (
    ("ngh", "ng"),
    ("tkh", "t"),
    ("ng", "ng"),
    ("nh", "n"),
    ("ph", "f"),
    ("kh", "h"),
    ("th", "t"),
    ("tr", "s"),
    ("ch", "s"),
    ("sh", "s"),
    ("gh", "g"),
    ("gi", "z"),
    ("qu", "ku"),
    ("x", "s"),
    ("s", "s"),
    ("d", "z"),
    ("z", "z"),
    ("c", "k"),
    ("q", "k"),
)
_VI_SYLLABLE = re.compile(r"^[^aeiouy]*[aeiouy]+[^aeiouy]*$")


_VI_SYLLABLE_RE1 = re.compile(r"^i(?=[aeiou])")
_VI_SYLLABLE_RE2 = re.compile(r"(?<=[aeiou])i(?=[aeiou])")
_VI_SYLLABLE_RE3 = re.compile(r"nh$")
_VI_SYLLABLE_RE4 = re.compile(r"(?:ch|c)$")


def _vi_syllable(s: str) -> str:
    for written, sound in _VI_ONSETS:
        if s.startswith(written) and (written != "gi" or s[2:3] in tuple("aeiouy")):
            s = sound + s[len(written) :]
            break
    s = s.replace("y", "i")
    if s.startswith("z"):
        s = "z" + _VI_SYLLABLE_RE1.sub("", s[1:])  # Gia, Зя
    s = _VI_SYLLABLE_RE2.sub("", s)  # Nguyen, Нгуен
    s = _VI_SYLLABLE_RE3.sub("n", s)
    return _VI_SYLLABLE_RE4.sub("k", s)


_VIETNAMESE_KEY_RE1 = re.compile(r"[\s-]+")


@lru_cache(maxsize=65536)
def vietnamese_key(name: str) -> str | None:
    """A key shared by a Vietnamese name in Vietnamese/English letters and in Russian
    transliteration ("Ho Chi Minh", "Хо Ши Мин", "Kho Shi Min" → "vi:ho si min"); None for
    a name whose first word is no Vietnamese surname or whose words are not one syllable."""
    text = name.translate(STROKES)
    # Czech writes the Vietnamese ch and s sounds with háčeks ("Ho Či Min", "Pham Van Dong"): the
    # letters are the ch and sh of English and Russian spellings, not a c and an s
    text = text.replace("Č", "Ch").replace("č", "ch").replace("Š", "Sh").replace("š", "sh")
    if is_cyrillic(text):
        text = text.replace("ы", "u").replace("Ы", "U")  # ư
    words = [w for w in _VIETNAMESE_KEY_RE1.split(fold(text)) if w]
    if not 2 <= len(words) <= 4 or not all(w.isalpha() and _VI_SYLLABLE.match(w) for w in words):
        return None
    syllables = [_vi_syllable(w) for w in words]
    if syllables[0] not in _VI_SURNAME_KEYS:
        return None
    return "vi:" + " ".join(syllables)


_VI_SURNAME_KEYS = frozenset(_vi_syllable(s) for s in VIETNAMESE_SURNAMES)


# A Chinese name in Russian (Palladius) spelling written in Latin letters ("Chzhou Enlai",
# "Mao Tszedun", "Tsyao Syao-guan"): put back into Cyrillic, then read as Palladius. Latin
# loses two distinctions, so both readings are tried: "e" after a consonant is э or е
# ("Tszedun" = Цзэдун, "Tsze" may be Цзе), and "n" ending a syllable is н (ng) or нь (n).
_RU_LATIN_BACK = (
    ("shch", "щ"),
    ("chzh", "чж"),
    ("tsz", "цз"),
    ("tz", "цз"),  # Romanian: "Mao Tzedun"
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("yu", "ю"),
    ("ya", "я"),
    ("yo", "ё"),
    ("iu", "ю"),
    ("ia", "я"),
)
_RU_LATIN_SINGLE = dict(zip("abvgdziklmoprstufw", "абвгдзиклмопрстуфв", strict=True))


def _palladius_latin_readings(word: str) -> list[str]:
    options: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        rest = word[i:]
        two = next(((w, c) for w, c in _RU_LATIN_BACK if rest.startswith(w)), None)
        prev_vowel = bool(options) and options[-1][0][-1:] in "аеэиоуыяюё"
        if two:
            options.append((two[1],))
            i += len(two[0])
            continue
        ch = rest[0]
        if ch == "y":
            options.append(("й",) if prev_vowel else ("ы",))
        elif ch == "e":
            options.append(("э",) if not options or prev_vowel else ("э", "е"))
        elif ch == "n":
            after = rest[1:2]
            options.append(("н",) if after and after in "aeiouy'" else ("н", "нь"))
        elif ch == "'":
            options.append(("ь",))
        elif ch in _RU_LATIN_SINGLE:
            options.append((_RU_LATIN_SINGLE[ch],))
        else:
            return []
        i += 1
    if sum(len(o) > 1 for o in options) > 4:
        return []
    return ["".join(p) for p in product(*options)]


_POLISH_LETTERS = re.compile(r"szcz|cz|sz|ch|j|w")
_HUNGARIAN_LETTERS = re.compile(r"cs|sz|zs|ny|s|c|j")


def _polish_hungarian_readings(word: str) -> list[str]:
    """Chinese names as Polish ("Czou En-laj", "Liu Szao-czi") and Hungarian ("Csou
    En-laj", "Mao Ce-tung") write them, in English letters."""
    polish = _POLISH_LETTERS.sub(
        lambda m: {"szcz": "shch", "cz": "ch", "sz": "sh", "ch": "h", "j": "i", "w": "v"}[m.group(0)],
        word,
    )
    hungarian = _HUNGARIAN_LETTERS.sub(
        lambda m: {"cs": "ch", "sz": "s", "zs": "zh", "ny": "n", "s": "sh", "c": "ts", "j": "i"}[m.group(0)],
        word,
    )
    return [polish, hungarian]


# German and Romanian letters for a Chinese name, as English Wade-Giles writes it: German
# "Tschou En-lai", "Liu Schao-tschi", "Wang Kuo-tschüan"; Romanian "Liu Şao-ci", "Hsü Cien-kuo"
# (ş = sh, ţ = ts, c before e and i = ch). Romanian "tz" is Russian цз: "Mao Tzedun".
_ROMANIAN_CEDILLAS = str.maketrans(
    {"ş": "sh", "ș": "sh", "Ş": "Sh", "Ș": "Sh", "ţ": "ts", "ț": "ts", "Ţ": "Ts", "Ț": "Ts"}
)


# Romanian spelling shows itself by a cedilla letter or by "ci" before a vowel ("Ciu Te",
# "Hsü Cien-kuo"), which Pinyin never writes; a bare "c" before e or i is also Pinyin's ts
# ("Zhang Cen", "Cui"), so without such a sign the name is not read as Romanian
_ROMANIAN_SIGN = re.compile(r"[şșţțŞȘŢȚ]|(?i:\bci[aeou])")


_GERMAN_ROMANIAN_READINGS_RE1 = re.compile(r"tsch|dsch|sch")
_GERMAN_ROMANIAN_READINGS_RE2 = re.compile(r"c(?=[ei])")


def _german_romanian_readings(name: str) -> list[list[str]]:
    """The name's words read as German and as Romanian spelling, in English letters (folded)."""
    german = [
        _GERMAN_ROMANIAN_READINGS_RE1.sub(lambda m: {"tsch": "ch", "dsch": "j", "sch": "sh"}[m.group(0)], w)
        for w in fold(name).split()
    ]
    readings = [german]
    if _ROMANIAN_SIGN.search(name):
        readings.append(
            [_GERMAN_ROMANIAN_READINGS_RE2.sub("ch", w) for w in fold(name.translate(_ROMANIAN_CEDILLAS)).split()]
        )
    return [[w.replace("-", "") for w in words] for words in readings]


def _bulgarian_chinese_keys(name: str) -> set[str]:
    """A Chinese name in Bulgarian Cyrillic ("Дън Сяопин", "Пън Джън"): ъ is Russian э, дж is
    чж, and a final н may be нь; the keys of the Russian (Palladius) readings."""
    if "ъ" not in name.lower() and "дж" not in name.lower():
        return set()
    words = name.replace("ъ", "э").replace("Ъ", "Э").replace("Дж", "Чж").replace("дж", "чж").split()
    if not 2 <= len(words) <= 3:
        return set()
    options = [[w, w + "ь"] if w.endswith("н") else [w] for w in words]
    out = set()
    for combo in product(*options):
        key = name_key(" ".join(combo))
        if key.family == "chinese":
            out.add(key.strong)
    return out


def _chinese_latin_key(words: list[str]) -> str | None:
    if len(words) < 2 or len(words) > 3 or words[0] not in CHINESE_SURNAMES:
        return None
    return chinese_fold(words[0]) + " " + chinese_fold(" ".join(words[1:]))


_CHINESE_READINGS_RE1 = re.compile(r"[a-z]+")


@lru_cache(maxsize=65536)
def chinese_readings(name: str) -> frozenset[str]:
    """Chinese-name keys (as `name_key` gives pinyin and Wade-Giles) of a Latin spelling read
    as Russian Palladius, Polish or Hungarian transcription: "Chzhou Enlai" and "Czou
    En-laj" → the key of "Zhou Enlai"."""
    if is_cyrillic(name):
        return frozenset(_bulgarian_chinese_keys(name))
    words = [w.replace("-", "") for w in fold(name).split()]
    if not 2 <= len(words) <= 3 or not all(_CHINESE_READINGS_RE1.fullmatch(w) for w in words):
        return frozenset()
    out: set[str] = set()
    surnames = [s for s in _palladius_latin_readings(words[0]) if palladius(s) in CHINESE_SURNAMES]
    per_word = [surnames, *(_palladius_latin_readings(w) for w in words[1:])] if surnames else [[]]
    if all(per_word) and len(list(product(*per_word))) <= 64:
        for combo in product(*per_word):
            key = _chinese_latin_key(palladius(" ".join(combo)).split())
            if key:
                out.add(key)
    for reading in zip(*(_polish_hungarian_readings(w) for w in words), strict=True):
        key = _chinese_latin_key([fold(r) for r in reading])
        if key:
            out.add(key)
    for reading in _german_romanian_readings(name):
        key = _chinese_latin_key(reading) if len(reading) == len(words) else None
        if key:
            out.add(key)
    return frozenset(out)


_OCR_READINGS_RE1 = re.compile(r"c|rn|(?<=[b-df-hj-np-tv-z])l(?=[aeiou])")


def ocr_readings(name: str) -> list[str]:
    """The name with one common OCR confusion undone: "c" read for "e" ("Khrushchcv",
    "Mao Tsc-tung"), "rn" for "m", "l" for "i" between a consonant and a vowel ("Soebandrlo").
    Used only when the result is a spelling of exactly one person (see `resolve`)."""
    out = []
    for m in _OCR_READINGS_RE1.finditer(name):
        out.append(name[: m.start()] + {"c": "e", "rn": "m", "l": "i"}[m.group(0)] + name[m.end() :])
    return out


# an OCR slip of a letter read as two ("rn" for m, "li" for h) is undone in a word this long or
# longer: in a shorter one the slip lands on another real surname too often (Kirn and Kim, Horner
# and Homer, Karnov and Kamov, Kalin and Kahn are each two people), while the joins the test sets
# need are long (Nkrurnah, Lurnumba: 8). An "li" after a consonant ("Hoxlia") is undone at any
# length: no common surname has a consonant before "li" where an "h" would make a name.
SLIP_MIN_LENGTH = 7


_OCR_SLIP_READINGS_RE1 = re.compile("li")


def ocr_slip_readings(word: str) -> list[str]:
    """`ocr_readings` and `ocr_split_letter_readings` of a word, narrowed to the slips that seldom
    land on another real surname: "rn" for m and "li" for h only in a word of `SLIP_MIN_LENGTH`
    letters or more ("Nkrurnah", never "Kirn", "Horner", "Kalin"), or an "li" after a consonant
    ("Hoxlia"); "c" for e and "l" for i (between a consonant and a vowel) at any length."""
    long = len(word) >= SLIP_MIN_LENGTH
    out = [r for m, r in _slips(word) if long or m.group(0) not in ("rn",)]
    out += [
        word[: m.start()] + "h" + word[m.end() :]
        for m in _OCR_SLIP_READINGS_RE1.finditer(word)
        if long or (m.start() > 0 and word[m.start() - 1].lower() in "bcdfgjkmnpqrstvwxz")
    ]
    return out


def _slips(word: str) -> list[tuple[re.Match, str]]:
    table = {"c": "e", "rn": "m", "l": "i"}
    return [(m, word[: m.start()] + table[m.group(0)] + word[m.end() :]) for m in _OCR_READINGS_RE1.finditer(word)]


# Romanian letters in Russian sound: Hruşciov, Brejnev, Mikoian (ş, ţ with a cedilla or a comma);
# "ci", "ce" before a, o, u and a final "ci" are ч (Ceauşescu = Чаушеску, Drăghici = Дрэгич); c
# before e, i is ч, elsewhere к; "gh" before e, i is г (Gheorghiu-Dej = Георгиу-Деж), g before e, i
# is дж; ă is э (Bodnăraş = Боднэраш), â and î are ы, "ea" after a consonant is я (Câmpeanu = Кымпяну)
_ROMANIAN_PATTERN = r"ş|ș|ţ|ț|c[ie](?=[aou])|ci$|gh(?=[eiy])|g(?=[ei])|c(?!h)|(?<=[^\Waeiouăâî])ea|ă|[âî]|j|h"


def _ROMANIAN_LETTERS(m: re.Match) -> str:  # noqa: N802 (a table, as the others are)
    text = m.group(0)
    if text == "c":
        return "ch" if m.string[m.end() : m.end() + 1] in ("e", "i") else "k"
    if text == "g":
        return "dzh"
    return {"ş": "sh", "ș": "sh", "ţ": "ts", "ț": "ts", "gh": "g", "ea": "ya", "ă": "e", "j": "zh", "h": "kh"}.get(
        text, "ch" if text in ("ci", "ce") else "y"
    )


def ocr_split_letter_readings(word: str) -> list[str]:
    """The word with an "h" OCR read as "li" put back ("Hoxlia" → "Hoxha"); kept out of
    `ocr_readings`, which Chinese names are read through too ("Liu" is no "Hu")."""
    return [word[: m.start()] + "h" + word[m.end() :] for m in _OCR_SLIP_READINGS_RE1.finditer(word)]


# Russian surnames as German, Polish, Czech and Hungarian spell them (Chruschtschow,
# Chruszczow, Chruščov, Hruscsov = Khrushchev; Mikojan = Mikoyan), put into English letters.
_RU_SURNAME_ORTHOGRAPHIES = (
    (r"tsch|sch|ch|w|j|z", {"tsch": "ch", "sch": "sh", "ch": "kh", "w": "v", "j": "y", "z": "ts"}),
    (
        r"szcz|sz|cz|ch|rz|ż|w|j|c",
        {"szcz": "shch", "sz": "sh", "cz": "ch", "ch": "kh", "rz": "zh", "ż": "zh", "w": "v", "j": "y", "c": "ts"},
    ),
    (
        r"šč|š|č|ž|ch|ř|j|c",
        {"šč": "shch", "š": "sh", "č": "ch", "ž": "zh", "ch": "kh", "ř": "rzh", "j": "y", "c": "ts"},
    ),
    (r"cs|sz|zs|s|c|j", {"cs": "ch", "sz": "s", "zs": "zh", "s": "sh", "c": "ts", "j": "y"}),
    # Serbo-Croatian: Hruščov, Brežnjev (нь, ль written nj, lj), the soft ć of Mićunović
    (
        r"šč|dž|nj|lj|š|č|ć|ž|j|c",
        {
            "šč": "shch",
            "dž": "dzh",
            "nj": "n",
            "lj": "l",
            "š": "sh",
            "č": "ch",
            "ć": "ch",
            "ž": "zh",
            "j": "y",
            "c": "ts",
        },
    ),
    # Romanian: see _ROMANIAN_LETTERS
    (_ROMANIAN_PATTERN, _ROMANIAN_LETTERS),
    # Albanian: Levyçkin, Mikojan, Kozllov, Hoxha (Ходжа); its "sh" is also щ (see _albanian_shch)
    (
        r"xh|gj|ll|rr|ç|q|x|ë|j|c",
        {
            "xh": "dzh",
            "gj": "dzh",
            "ll": "l",
            "rr": "r",
            "ç": "ch",
            "q": "ch",
            "x": "dz",
            "ë": "e",
            "j": "y",
            "c": "ts",
        },
    ),
)
# German writes a voiced s between vowels for Russian з: "Pusanow" (Пузанов); read so only in
# a spelling that shows German letters elsewhere (w, sch, ß), since s and z between vowels
# otherwise tell two surnames apart ("Kosarev", "Kozarev")
_GERMAN_S = re.compile(r"(?<=[aeiouy])s(?=[aeiouy])")
_GERMAN_LETTERS = re.compile(r"w|sch|ß")
# Digraphs of the English (and Library of Congress) spelling of Russian that German, Polish,
# Czech, Hungarian and Serbo-Croatian spellings never use; only Albanian shares "sh"
_ENGLISH_SPELLING = re.compile(r"sh|zh|kh")


_ALBANIAN_SHCH_RE1 = re.compile("sh")


def _albanian_shch(word: str) -> list[str]:
    """ "hrushov" → "hrushchov": Albanian writes both ш and щ "sh" (at most two tried)."""
    spots = [m.start() for m in _ALBANIAN_SHCH_RE1.finditer(word)][:2]
    out = []
    for picks in product((False, True), repeat=len(spots)):
        if any(picks):
            chars = list(word)
            for spot, pick in zip(spots, picks, strict=True):
                if pick:
                    chars[spot + 1] = "hch"
            out.append("".join(chars))
    return out


# compiled once: `foreign_surname_keys` applies every one to each surname it reads
_RU_SURNAME_ORTHOGRAPHY_PATTERNS = tuple((re.compile(pattern), table) for pattern, table in _RU_SURNAME_ORTHOGRAPHIES)

_YO_RE1 = re.compile(r"(sh|ch|zh)ov$")


def _yo(key: str) -> str:
    """Ё after a hushing consonant written "o" ("Khrushchov", "Gorbachov") or "e"."""
    return _YO_RE1.sub(r"\1ev", key)


@lru_cache(maxsize=65536)
def foreign_surname_keys(word: str, loose: bool = True) -> frozenset[str]:
    """Surname keys (as `name_key` gives them) of a Russian surname read as German, Polish,
    Czech or Hungarian spelling, with ё written "o", or with one OCR confusion undone; only
    readings of six letters or more (a short surname is too easily someone else's).

    `loose` adds the readings that can also turn one real surname into another (Albanian
    "sh" for щ: "Shelokov" and "Shchelokov" are two people); a merge that rests on nothing
    more than a shared given name leaves them out."""
    lower = word.lower()
    out = {_yo(fold_surname(lower))}
    for pattern, table in _RU_SURNAME_ORTHOGRAPHY_PATTERNS:
        if _ENGLISH_SPELLING.search(lower) and (callable(table) or "xh" not in table):
            continue  # "Shelokov" is spelt the English way: no Hungarian "s" (ш) in it
        reading = fold_surname(pattern.sub(table if callable(table) else lambda m, t=table: t[m.group(0)], lower))
        out |= {_yo(reading), reading}  # "Hruşciov": "Khrushchev", and "Khrushchov" as Bulgarian writes ё
    out |= {_yo(fold_surname(r)) for r in [*ocr_readings(lower), *ocr_split_letter_readings(lower)]}
    if _GERMAN_LETTERS.search(lower):
        out.add(_yo(fold_surname(_GERMAN_S.sub("z", lower))))
    if loose and "sh" in lower:  # Albanian "Hrushov": its "sh" may be щ (shch)
        out |= {_yo(fold_surname(r)) for r in _albanian_shch(lower)}
    if word.startswith("l") and word[1:2].isalpha() and word[1:2] not in "aeiouyl":
        out.add(_yo(fold_surname("i" + lower[1:])))  # OCR's lower-case l for a capital I: "lvanov"
    return frozenset({k for k in out if len(k) >= 6} - {fold_surname(word)})


# Russian case endings on a Vietnamese name transliterated into Latin letters: the genitive
# ("Kho Shi Mina", Хо Ши Мина), dative ("Le Zuanu") and prepositional ("Le Zuane")
_LATIN_RU_CASE = re.compile(r"(?<=[bcdfghklmnprstvz])[aue]$")


def latin_vietnamese_nominative(name: str) -> str | None:
    """The nominative of a Vietnamese name declined in Russian but written in Latin letters
    ("Kho Shi Mina" → "Kho Shi Min"): only when the last word, without its ending, makes the
    whole a Vietnamese name and with it is no Vietnamese syllable. None otherwise."""
    if is_cyrillic(name) or vietnamese_key(name) is not None:
        return None
    m = _LATIN_RU_CASE.search(name)
    if m is None or len(name.split()) < 2:
        return None
    base = name[: m.start()]
    return base if vietnamese_key(base) else None


_RU_INSTRUMENTAL = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:ом|ем)$|(?<=[аоуэ])ем$|(?<=ов|ев|ин|ын)ым$")
_CZ_INSTRUMENTAL = re.compile(r"(?<=[bcdfghjklmnprstvzň])em$")


def instrumental_nominative(name: str) -> str | None:
    """The nominative of a name in the instrumental, a case no nominative shares: Russian
    "Ле Зуаном", "Хо Ши Мином", "А.М. Пузановым"; Czech "Ho Chi Minhem", "A.M. Puzanovem" (a
    Czech form only for a Korean, Chinese or Vietnamese name, or after initials). None if
    the name is not plainly such a form."""
    tokens = name.split()
    if len(tokens) < 2:
        return None
    last = tokens[-1]
    pattern = _RU_INSTRUMENTAL if is_cyrillic(last) else _CZ_INSTRUMENTAL
    m = pattern.search(last)
    if m is None or m.start() < 2:
        return None
    stem = last[: m.start()]
    if is_cyrillic(last) and m.group(0) == "ем" and stem[-1] in "аоуэ":
        stem += "й"  # "Пэн Дэхуаем" → "Пэн Дэхуай"
    elif is_cyrillic(last) and m.group(0) == "ем" and stem[-1] not in "жшщчц":
        stem += "ь"  # a soft stem: "Пак Кым Чхолем" → "Пак Кым Чхоль"
    base = " ".join([*tokens[:-1], stem])
    if not is_cyrillic(last) and not (vietnamese_key(base) or name_key(base).family != "plain"):
        return None
    return base


def russian_initials_nominative(name: str) -> str:
    """A Russian surname after or before initials put in the nominative the way `name_key`
    reads it ("Юдина П.Ф." → "Юдин П.Ф.", "Н.С. Хрущеву" → "Н.С. Хрущев")."""
    return " ".join(
        t if INITIAL_RE.match(t) or not is_cyrillic(t) else RU_SURNAME_CASE.sub(r"\1", t) for t in name.split()
    )


_CROSS_KEYS_RE1 = re.compile(r"[^\W\d_]{2}a$")


@lru_cache(maxsize=65536)
def cross_keys(spelling: str) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """A spelling's own keys across romanisation systems, and the keys its other readings
    give (Russian Palladius, Polish, Hungarian; OCR repaired)."""
    own: set[tuple[str, str]] = set()
    readings: set[tuple[str, str]] = set()
    forms = [spelling, *base_forms(spelling)]
    if (
        len(spelling.split()) >= 2
        and _CROSS_KEYS_RE1.search(spelling)
        and name_key(spelling).family != "chinese"  # "Chen Xia", "Wang Jia": a name of its own
    ):
        forms.append(spelling[:-1])  # the Polish genitive of a Chinese name: "Czou En-laja" (Czou En-laj)
    latin_case = latin_vietnamese_nominative(spelling)
    if latin_case:
        forms.append(latin_case)  # a Vietnamese name in Latin letters with a Russian ending: "Kho Shi Mina"
    for form in forms:
        vi = vietnamese_key(form)
        if vi:
            (own if form == spelling else readings).add(("vietnamese", vi))
        readings |= {("chinese", key) for key in chinese_readings(form)}
        for repaired in ocr_readings(form):
            k = name_key(repaired)
            if k.family in ("korean", "chinese"):
                readings.add((k.family, k.strong))
            vi = vietnamese_key(repaired)
            if vi:
                readings.add(("vietnamese", vi))
    return frozenset(own), frozenset(readings)
