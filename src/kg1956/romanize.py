"""Name keys that survive romanisation: the same person written Yi Sang-cho, Yi Sang-jo,
Li Sang-cho or Ли Сан Чо gets one key; Kurdiukov I.F. and I.F. Kurdiukov another.

Two levels: a strong key (differences any romanisation system makes: voicing, aspiration
marks, diacritics, Yi/Li/Ri/Rhee) and a weak key (also vowel and final-consonant
differences, as between Kim Il Song and Kim Ir Sen). Weak merges are reported for review.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from kg1956.extract.lexicon import CHINESE_SURNAMES, KOREAN_SURNAME_FORMS, KOREAN_SURNAMES, VIETNAMESE_SURNAMES

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(),
        strict=True,
    )
)
_CASE_ENDINGS = ("ыми", "ами", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ой", "ей", "ою", "а", "я", "у", "ю")
_CHINESE_CYRILLIC = frozenset(
    "mao chzhou lyu den pen chzhu chen van kan gao lin chzhan yan u pan dun tsyao syuy khe khuan khu lo chzhao "
    "tsay tszyan".split()
)
_RU_SURNAME_CASE = re.compile(r"(ов|ев|ёв|ин|ын|ский|цкий)(?:а|у|ым|ом|е|ого|ому|им)$", re.IGNORECASE)
_INITIAL_RE = re.compile(r"^([A-Za-zА-Яа-яЁё][a-zа-яё]?)\.$")
_KOREAN_I = {"yi", "li", "ri", "rhee", "lee", "i", "rhi"}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII form: Cyrillic transliterated, diacritics and apostrophes gone,
    OCR's digit one for l and zero for o inside words put right ("Pe1ishenko")."""
    text = re.sub(r"(?<=[^\W\d_])1|1(?=[^\W\d_])", "l", text)
    text = re.sub(r"(?<=[^\W\d_])0|0(?=[^\W\d_])", "o", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = "".join(_CYRILLIC.get(ch, ch) if ch in _CYRILLIC else ch for ch in text.lower())
    text = text.replace("_", "")
    return re.sub(r"[’'ʻʼ`‘]", "", text)


def is_cyrillic(text: str) -> bool:
    return bool(re.search(r"[А-Яа-яЁё]", text))


# Case endings Czech, Polish and Slovak put on a name written in Latin letters (instrumental
# "Kim Ir Senem", "A.M. Puzanowem", dative "Ivanovovi", genitive "A. Novotného" of Novotný),
# with the ending the nominative has instead.
_LATIN_CASE_ENDINGS = (
    ("owem", "ow"),
    ("ovem", "ov"),
    ("em", ""),
    ("om", ""),
    ("owi", ""),
    ("ovi", ""),
    ("ého", "ý"),
    ("ym", "y"),
    ("ým", "ý"),
    ("nak", ""),  # Hungarian dative: "Kim Ir Szennek", "Hruscsovnak"
    ("nek", ""),
)
# Genitive and dative endings that also end nominative names ("Ivanova" may be Mrs Ivanova):
# taken off only after initials, which must then agree with the other spelling.
_LATIN_CASE_ENDINGS_AFTER_INITIALS = (
    ("a", ""),
    ("u", ""),
    ("y", "a"),
    ("ki", "ka"),
    ("gi", "ga"),
    ("ke", "ka"),  # Russian dative of a surname in -ka/-ga: "V. Gomulke" (В. Гомулке)
    ("ge", "ga"),
)
# The same for a surname in -ka/-ga written in Cyrillic after initials: "В. Гомулке",
# "В. Гомулки", "В. Гомулкой" → "В. Гомулка".
_RU_KA_CASE = re.compile(r"(?<=[кгКГ])(?:е|и|у|ой|ою)$")
# A Polish genitive of a man's given name and a surname in -ka: "Władysława Gomułki" →
# "Władysław Gomułka" (the given name loses its -a, the surname's -i becomes -a).
_POLISH_GENITIVE = re.compile(
    r"^(?P<given>[A-ZŁŚŻŹ][a-ząćęłńóśźż]{2,})a (?P<stem>[A-ZŁŚŻŹ][a-ząćęłńóśźż]+(?<![sczż])[kg])i$"
)


# "Pen Dekhuaia", "Pen Dekhuaem", "Pen Dekhuaiu": the stem's final "i" (Russian й) and a case ending
_RU_LATIN_VOWEL_CASE = re.compile(r"(?<=[aeiou])(?:ia|iu|em|ei)$")


def _east_asian(tokens: list[str]) -> bool:
    return name_key(" ".join(tokens)).family in ("korean", "chinese")


def _latin_base_forms(name: str) -> list[str]:
    tokens = name.split()
    last = tokens[-1]
    endings = list(_LATIN_CASE_ENDINGS)
    if len(tokens) > 1 and all(re.fullmatch(r"(?:[A-Z][a-z]?\.\s?)+", t) for t in tokens[:-1]):
        endings += _LATIN_CASE_ENDINGS_AFTER_INITIALS
    out = []
    for ending, nominative in endings:
        stem = last[: -len(ending)]
        if ending in ("ki", "gi") and stem[-1:] in ("s", "c", "z", "ż"):
            continue  # "J. Kowalski", "Z. Zawadzki": a nominative in -ski/-cki, not a genitive
        if last.endswith(ending) and len(re.sub(r"[\W\d_]", "", stem.split("-")[-1])) >= 2:
            out.append(" ".join([*tokens[:-1], stem + nominative]))
    if len(tokens) > 1 and (_east_asian(tokens) or _RU_LATIN_VOWEL_CASE.search(last)):
        # a Korean or Chinese name in Russian declined in transliteration: genitive "Kim Ir Sena",
        # dative "Mao Tszedunu"; after a vowel the "i" of the stem: "Pen Dekhuaia", "Pen Dekhuaem"
        vowel = _RU_LATIN_VOWEL_CASE.search(last)
        if vowel:
            out.append(" ".join([*tokens[:-1], last[: vowel.start()] + "i"]))
        else:
            for ending in ("ia", "iu", "a", "u"):
                stem = last[: -len(ending)]
                if last.endswith(ending) and len(stem) >= 2 and not stem.endswith("i"):
                    out.append(" ".join([*tokens[:-1], stem]))
                    break
    polish = _POLISH_GENITIVE.match(name)
    if polish:
        out.append(f"{polish.group('given')} {polish.group('stem')}a")
    if re.search(r"[^\Wsxzß]s$", last) and len(last) >= (4 if len(tokens) > 1 else 6):
        out.append(" ".join([*tokens[:-1], last[:-1]]))  # German genitive: "Nguyen Duy Trinhs", "Le Duans"
    return out


def base_forms(name: str) -> list[str]:
    return list(_base_forms(name))


@lru_cache(maxsize=65536)
def _base_forms(name: str) -> tuple[str, ...]:
    """Nominative candidates for a declined name ("Ким Ир Сеном" → "Ким Ир Сен", "Kim Ir
    Senem" → "Kim Ir Sen", "A. Novotného" → "A. Novotný"). A candidate is used only when
    another spelling in the notes has it (see `resolve`)."""
    if not name.split():
        return []
    if not is_cyrillic(name):
        return _latin_base_forms(name)
    tokens = name.split()
    last = tokens[-1]
    out = []
    if len(tokens) > 1 and all(re.fullmatch(r"(?:[А-ЯЁ][а-яё]?\.\s?)+", t) for t in tokens[:-1]):
        ka = _RU_KA_CASE.search(last)
        if ka and ka.start() >= 3:
            out.append(" ".join([*tokens[:-1], last[: ka.start()] + "а"]))
    for ending in _CASE_ENDINGS:
        if last.lower().endswith(ending) and len(last) - len(ending) >= 2:
            out.append(" ".join([*tokens[:-1], last[: -len(ending)]]))
            if ending in ("я", "ю", "ем", "е") and last[-len(ending) - 1].lower() in "аеиоуэ":
                out.append(" ".join([*tokens[:-1], last[: -len(ending)] + "й"]))  # "Пэн Дэхуая" → "Пэн Дэхуай"
    return out


@dataclass(frozen=True)
class NameKey:
    """How a spelling is compared: its family, strong and weak keys, initials."""

    family: str  # "initials", "korean", "chinese" or "plain"
    strong: str
    weak: str
    surname: str
    initials: tuple[str, ...] = ()


def _fold_initial(token: str) -> str:
    t = fold(token).rstrip(".")
    return {"ye": "e", "ie": "e", "je": "e", "ia": "ya", "ja": "ya", "iu": "yu", "ju": "yu"}.get(t, t)


def _fold_surname(s: str) -> str:
    s = fold(s)
    for a, b in (
        ("iu", "yu"),
        ("ju", "yu"),
        ("ia", "ya"),
        ("ja", "ya"),
        ("ie", "e"),
        ("ye", "e"),
        ("kh", "h"),
        ("iy", "i"),
        ("ii", "i"),
        ("yi", "i"),
    ):
        s = s.replace(a, b)
    return re.sub(r"(?<=[oe])w\b", "v", s)  # German and Polish write Russian -ов as -ow: "Puzanow"


def _korean_syllable(s: str, weak: bool) -> str:
    s = s.replace("eo", "o").replace("eu", "u").replace("ae", "e")
    s = re.sub(r"^(?:j|ch|tch)", "ch", s)
    s = re.sub(r"^g", "k", s)
    s = re.sub(r"^d", "t", s)
    s = re.sub(r"^b", "p", s)
    s = re.sub(r"^(?:r|l)", "l", s)
    s = re.sub(r"^sh", "s", s)
    s = re.sub(r"^sz", "s", s)  # Hungarian "Szen"
    s = re.sub(r"^kh", "h", s)  # Russian-style "Khen" for Hŏn
    s = re.sub(r"r$", "l", s)
    s = re.sub(r"(?<=[aeiouy])(?:g|k)$", "k", s)
    if weak:
        s = re.sub(r"ng$", "n", s)
        s = re.sub(r"[eu]", "o", s)
        s = s.replace("yo", "o")
    return s


def _split_korean_given(given: str) -> list[str]:
    """Syllables of a Korean given name: hyphen/space separated, else split by vowels."""
    parts = [p for p in re.split(r"[\s-]+", given) if p]
    if len(parts) > 1:
        return parts
    m = re.match(r"^([^aeiouy]*[aeiouy]+(?:ng|n|m|k|l|r|p|t)?)(?=[^aeiouy])(.+)$", parts[0]) if parts else None
    return [m.group(1), m.group(2)] if m else parts


def _chinese_fold(s: str) -> str:
    s = re.sub(r"eh(?=[-\s]|$)", "e", fold(s))  # Wade-Giles "Teh-huai", "Yeh" = pinyin "De", "Ye"
    s = s.replace("-", "").replace(" ", "")
    s = re.sub(r"zh|ch|j(?=[iu])|q", "ch", s)
    s = re.sub(r"ts|z|c(?!h)", "ts", s)
    s = re.sub(r"hs|x", "hs", s)
    s = re.sub(r"(?<![cs])h", "h", s)
    s = s.replace("ung", "ong").replace("ieh", "ie").replace("ien", "ian")
    s = s.replace("g", "k").replace("d", "t").replace("b", "p").replace("r", "j")
    return s


_PALLADIUS = (
    ("цзи", "ji"),
    ("цзя", "jia"),
    ("цзю", "jiu"),
    ("цзе", "jie"),
    ("цяо", "qiao"),
    ("ци", "qi"),
    ("цю", "qiu"),
    ("ця", "qia"),
    ("цз", "z"),
    ("чж", "zh"),
    ("сюй", "xu"),
    ("сю", "xiu"),
    ("ся", "xia"),
    ("си", "xi"),
    ("сы", "si"),
    ("нь", "n@"),
    ("н", "ng"),
    ("@", ""),
    ("ц", "c"),
    ("ж", "r"),
    ("х", "h"),
    ("ч", "ch"),
    ("ш", "sh"),
    ("э", "e"),
    ("в", "w"),  # Ван, Вэнь = Wang, Wen
    ("ю", "iu"),
    ("я", "ia"),
    ("й", "i"),
    ("ы", "i"),
    ("е", "ie"),
    ("ё", "io"),
)


def palladius(name: str) -> str:
    """Pinyin-like Latin for a Chinese name in Russian (Palladius) spelling:
    "Мао Цзэдун" → "mao zedong", "Чжоу Эньлай" → "zhou enlai", "Дэн Сяопин" → "deng xiaoping"."""
    out = []
    for word in name.lower().split():
        word = re.sub(r"н(?=[аоуэиеяюё])", "N", word)  # an initial н stays n
        for a, b in _PALLADIUS:
            word = word.replace(a, b)
        word = word.replace("N", "n")
        out.append("".join(_CYRILLIC.get(ch, ch) for ch in word).replace("_", ""))
    return " ".join(out)


# Letters with a stroke have no decomposition, so `fold` keeps them: for comparing names
# they are the plain letter ("Phạm Văn Đồng" = "Pham Van Dong", "Gomułka" = "Gomulka").
_STROKES = str.maketrans("đĐłŁøØ", "dDlLoO")


@lru_cache(maxsize=65536)
def name_key(name: str) -> NameKey:
    """Compute the comparison keys of one spelling of a personal name (cached: the same
    spellings recur across a corpus)."""
    raw = re.sub(r"\s+\.", ".", name.translate(_STROKES))  # OCR's stray space: "A. M .Puzanov"
    raw = re.sub(r"\s+", " ", raw.replace(".", ". ")).strip()
    tokens = [t for t in raw.split(" ") if t]
    initials = [t for t in tokens if _INITIAL_RE.match(t)]
    rest = [t for t in tokens if not _INITIAL_RE.match(t)]
    if initials and rest:
        written = " ".join(rest)
        if is_cyrillic(written):  # "Хрущева", "Хрущеву", "Пузановым" → "Хрущев", "Пузанов"
            written = _RU_SURNAME_CASE.sub(r"\1", written)
        surname = _fold_surname(written)
        inits = tuple(_fold_initial(t) for t in initials)
        key = f"{surname}|{''.join(inits)}"
        return NameKey("initials", key, key, surname, inits)
    folded = ["il" if t == "II" else fold(t) for t in rest]  # OCR: "Kim II Sung"
    if is_cyrillic(" ".join(rest)) and fold(rest[0]) in _CHINESE_CYRILLIC:
        folded = palladius(" ".join(rest)).split()
    if not folded:
        return NameKey("plain", "", "", "")
    first = re.sub(r"[^a-z]", "", folded[0])
    if first in KOREAN_SURNAMES | _KOREAN_I and 2 <= len(folded) <= 4:
        first = KOREAN_SURNAME_FORMS.get(first, first)
        surname = "i" if first in _KOREAN_I else _korean_syllable(first, False)
        given = _split_korean_given(" ".join(folded[1:]).replace("-", " "))
        strong = surname + " " + "".join(_korean_syllable(re.sub(r"[^a-z]", "", g), False) for g in given)
        weak_surname = "i" if first in _KOREAN_I else _korean_syllable(first, True)
        weak = weak_surname + " " + "".join(_korean_syllable(re.sub(r"[^a-z]", "", g), True) for g in given)
        return NameKey("korean", strong, weak, surname, ())
    if first in CHINESE_SURNAMES and 2 <= len(folded) <= 3:
        key = _chinese_fold(folded[0]) + " " + _chinese_fold(" ".join(folded[1:]))
        return NameKey("chinese", key, key, _chinese_fold(folded[0]))
    surname = _fold_surname(folded[-1])
    strong = " ".join(_fold_surname(t) for t in folded)
    return NameKey("plain", strong, strong, surname)


def slugify(text: str) -> str:
    """A readable, IRI-safe slug: ASCII letters, digits and hyphens."""
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s or "x"


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


def _vi_syllable(s: str) -> str:
    for written, sound in _VI_ONSETS:
        if s.startswith(written) and (written != "gi" or s[2:3] in tuple("aeiouy")):
            s = sound + s[len(written) :]
            break
    s = s.replace("y", "i")
    if s.startswith("z"):
        s = "z" + re.sub(r"^i(?=[aeiou])", "", s[1:])  # Gia, Зя
    s = re.sub(r"(?<=[aeiou])i(?=[aeiou])", "", s)  # Nguyen, Нгуен
    s = re.sub(r"nh$", "n", s)
    return re.sub(r"(?:ch|c)$", "k", s)


@lru_cache(maxsize=65536)
def vietnamese_key(name: str) -> str | None:
    """A key shared by a Vietnamese name in Vietnamese/English letters and in Russian
    transliteration ("Ho Chi Minh", "Хо Ши Мин", "Kho Shi Min" → "vi:ho si min"); None for
    a name whose first word is no Vietnamese surname or whose words are not one syllable."""
    text = name.translate(_STROKES)
    if is_cyrillic(text):
        text = text.replace("ы", "u").replace("Ы", "U")  # ư
    words = [w for w in re.split(r"[\s-]+", fold(text)) if w]
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


def _polish_hungarian_readings(word: str) -> list[str]:
    """Chinese names as Polish ("Czou En-laj", "Liu Szao-czi") and Hungarian ("Csou
    En-laj", "Mao Ce-tung") write them, in English letters."""
    polish = re.sub(
        r"szcz|cz|sz|ch|j|w",
        lambda m: {"szcz": "shch", "cz": "ch", "sz": "sh", "ch": "h", "j": "i", "w": "v"}[m.group(0)],
        word,
    )
    hungarian = re.sub(
        r"cs|sz|zs|ny|s|c|j",
        lambda m: {"cs": "ch", "sz": "s", "zs": "zh", "ny": "n", "s": "sh", "c": "ts", "j": "i"}[m.group(0)],
        word,
    )
    return [polish, hungarian]


def _chinese_latin_key(words: list[str]) -> str | None:
    if len(words) < 2 or len(words) > 3 or words[0] not in CHINESE_SURNAMES:
        return None
    return _chinese_fold(words[0]) + " " + _chinese_fold(" ".join(words[1:]))


@lru_cache(maxsize=65536)
def chinese_readings(name: str) -> frozenset[str]:
    """Chinese-name keys (as `name_key` gives pinyin and Wade-Giles) of a Latin spelling read
    as Russian Palladius, Polish or Hungarian transcription: "Chzhou Enlai" and "Czou
    En-laj" → the key of "Zhou Enlai"."""
    if is_cyrillic(name):
        return frozenset()
    words = [w.replace("-", "") for w in fold(name).split()]
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[a-z]+", w) for w in words):
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
    return frozenset(out)


def ocr_readings(name: str) -> list[str]:
    """The name with one common OCR confusion undone: "c" read for "e" ("Khrushchcv",
    "Mao Tsc-tung"), "rn" for "m". Used only when the result is a spelling of exactly one
    person (see `resolve`)."""
    out = []
    for m in re.finditer(r"c|rn", name):
        out.append(name[: m.start()] + ("e" if m.group(0) == "c" else "m") + name[m.end() :])
    return out


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
)


def _yo(key: str) -> str:
    """Ё after a hushing consonant written "o" ("Khrushchov", "Gorbachov") or "e"."""
    return re.sub(r"(sh|ch|zh)ov$", r"\1ev", key)


@lru_cache(maxsize=65536)
def foreign_surname_keys(word: str) -> frozenset[str]:
    """Surname keys (as `name_key` gives them) of a Russian surname read as German, Polish,
    Czech or Hungarian spelling, with ё written "o", or with one OCR confusion undone; only
    readings of six letters or more (a short surname is too easily someone else's)."""
    lower = word.lower()
    out = {_yo(_fold_surname(lower))}
    for pattern, table in _RU_SURNAME_ORTHOGRAPHIES:
        out.add(_yo(_fold_surname(re.sub(pattern, lambda m, t=table: t[m.group(0)], lower))))
    out |= {_yo(_fold_surname(r)) for r in ocr_readings(lower)}
    return frozenset({k for k in out if len(k) >= 6} - {_fold_surname(word)})


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
        t if _INITIAL_RE.match(t) or not is_cyrillic(t) else _RU_SURNAME_CASE.sub(r"\1", t) for t in name.split()
    )
