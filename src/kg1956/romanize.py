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

from kg1956.extract.lexicon import (
    CHINESE_SURNAMES,
    KOREAN_SURNAME_FORMS,
    KOREAN_SURNAMES,
    NAME_PARTICLE_ARTICLES,
    NAME_PARTICLES,
)

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
# a man's surname in -ский/-цкий in an oblique case ("Ясинского", "Домницкому", "Ясинским")
_RU_ADJECTIVE_CASE = re.compile(r"(?<=[а-яё]{2}[сц]к)(?:ого|ому|им|ом)$")
RU_SURNAME_CASE = re.compile(r"(ов|ев|ёв|ин|ын|ский|цкий)(?:а|у|ым|ом|е|ого|ому|им)$", re.IGNORECASE)
INITIAL_RE = re.compile(r"^([A-Za-zА-Яа-яЁёŁŚŻŹĆŃ][a-zа-яё]?)\.$")
# the Polish initials with a stroke or an accent ("Ł." Łukasz, "Ś." Ścibor) are other letters
# than "L.", "S.": their key keeps the letter as written
POLISH_INITIALS = "ŁŚŻŹĆŃ"
_POLISH_INITIAL = re.compile(rf"(?<![^\W\d_])[{POLISH_INITIALS}](?=[a-zł]?\.)")
_KOREAN_I = {"yi", "li", "ri", "rhee", "lee", "i", "rhi"}


_FOLD_RE1 = re.compile(r"(?<=[^\W\d_])1|1(?=[^\W\d_])")
_FOLD_RE2 = re.compile(r"(?<=[^\W\d_])0|0(?=[^\W\d_])")
_FOLD_RE3 = re.compile(r"[’'ʻʼ`‘]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII form: Cyrillic transliterated, diacritics and apostrophes gone,
    OCR's digit one for l and zero for o inside words put right ("Pe1ishenko")."""
    text = _FOLD_RE1.sub("l", text)
    text = _FOLD_RE2.sub("o", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = "".join(_CYRILLIC.get(ch, ch) if ch in _CYRILLIC else ch for ch in text.lower())
    text = text.replace("_", "")
    return _FOLD_RE3.sub("", text)


_IS_CYRILLIC_RE1 = re.compile(r"[А-Яа-яЁё]")


def is_cyrillic(text: str) -> bool:
    return bool(_IS_CYRILLIC_RE1.search(text))


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
    ("ého", "ý"),  # a Czech surname declined as an adjective: genitive, dative, instrumental,
    ("ému", "ý"),  # locative of Novotný ("Novotného", "Novotnému", "Novotným", "Novotném"); the
    ("ym", "y"),  # feminine -é, -ou are Novotná's, never reduced to the man's -ý
    ("ým", "ý"),
    ("ém", "ý"),
    ("ího", "í"),  # the soft declension: Krejčí, "Krejčího", "Krejčímu"
    ("ímu", "í"),
    ("nak", ""),  # Hungarian dative: "Kim Ir Szennek", "Hruscsovnak"
    ("nek", ""),
    ("em", "e"),  # Czech instrumental of a name in -e: "Briem" (Brie)
    ("em", "o"),  # Czech instrumental of a name in -o or -a: "Castrem" (Castro), "Guevarou" (Guevara)
    ("ou", "a"),
    ("ovi", "o"),  # and its dative: "Castrovi"
    ("evim", "ev"),  # Serbo-Croatian instrumental of a surname in -ev, -ov, -in: "Epiševim"
    ("ovim", "ov"),
    ("inim", "in"),
    ("kiego", "ki"),  # Polish genitive, dative, instrumental of -ski, -cki: "Siedleckiego"
    ("kiemu", "ki"),
    ("kim", "ki"),
    ("ut", "u"),  # Albanian definite forms: "Shehut" (Shehu), "Enverit", "Hoxhës"
    ("it", ""),
    ("ës", "a"),
)
# Endings taken off only a longer stem ("Castrem", "Guevarou"), never a syllable ("Zhou", "Tem")
# the Czech adjectival cases read only in a name of one or two words: a longer one is two names the
# extractor read as one ("Dopis Boženy Novotné Antonínu Novotnému"), no one man's dative
_CZECH_ADJECTIVE_CASES = frozenset({"ému", "ém", "ího", "ímu"})
_LONG_STEM_ONLY = frozenset({("em", "o"), ("ou", "a"), ("ovi", "o")})
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
    ("ego", "e"),  # Polish genitive of a foreign surname in -e: "J. Knothego" (Knothe)
    ("a", "o"),  # Serbo-Croatian genitive and dative of a name in -o: "J. B. Tita", "J. B. Titu"
    ("u", "o"),
)
# A given name and surname declined together (the given name a consonant stem): Serbo-
# Croatian or Russian genitive "Edvarda Kardelja", "Envera Khodzhi"; dative "Enveru Khodzhe";
# instrumental "Enverom Khodzhei" (Энвером Ходжей), "Edvardom Kardeljem". Each case: the
# given name's endings, and the surname's endings with what the nominative has instead.
_BOTH_DECLINED = (
    (("a",), (("a", ""), ("i", "a"), ("y", "a"))),
    (("u",), (("u", ""), ("e", "a"), ("ovi", ""), ("ovi", "o"))),  # Czech dative: "Raúlu Castrovi"
    (("ho",), (("a", ""), ("y", "a"))),  # a Czech given name in -í: "Jiřího Hendrycha" (Jiří Hendrych)
    (
        ("om", "em"),
        (
            ("om", ""),
            ("em", ""),
            ("im", ""),
            ("ym", ""),
            ("ei", "a"),
            ("oi", "a"),
            ("ey", "a"),
            ("oy", "a"),
            ("em", "o"),  # Czech instrumental of a name in -o or -a: "Raúlem Castrem", "Ernestem Guevarou"
            ("ou", "a"),
        ),
    ),
)
# A Spanish or Italian given name in -o declines in Czech as a consonant stem would ("Ernesto" →
# "Ernestem", "Ernesta"): its nominative may end in -o where the ending was taken off.
_GIVEN_IN_O = frozenset({"em"})
# A woman's surname in the nominative ends like a man's genitive: "Khrushcheva", "Popova",
# "Fedorenkina", "Kowalska"; with a given name in -a beside it, the pair is read as written.
_FEMININE_SURNAME = re.compile(r"(?:ov|ev|ёв|in|yn|sk|ck|zk)a$")
# The same for a surname in -ka/-ga written in Cyrillic after initials: "В. Гомулке",
# "В. Гомулки", "В. Гомулкой" → "В. Гомулка"; after х and the hushing consonants too, where
# Russian writes the instrumental -ей: "Э. Ходжи", "Э. Ходже", "Э. Ходжей" → "Э. Ходжа".
_RU_KA_CASE = re.compile(r"(?<=[кгКГ])(?:е|и|у|ой|ою)$|(?<=[хжшчщХЖШЧЩ])(?:е|и|у|ой|ою|ей|ею)$")
# The instrumental of a surname in -а after a hard consonant (Svoboda, Damba, Indra), alone or
# after initials: "Л. Свободой", "Свободою" → "Л. Свобода", "Свобода" (the nominative the genitive
# "Л. Свободы" has too). Only this case: the dative "-е" and "-у" are also a consonant stem's
# ("Цеденбалу"). A Russian -ов/-ев/-ин stem ("Петровой") is a woman's possessive surname, left as it is.
_RU_A_STEM_CASE = re.compile(r"(?<=[а-яё]{2}[бвдзлмнпрстф])(?:ой|ою)$")
_RU_POSSESSIVE_STEM = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:ой|ою)$")
# A man's surname declined as an adjective is its own nominative in -ой ("Толстой", "Донской",
# "Трубецкой", "Полевой"): no instrumental of a woman's "Толстая"
_RU_ADJECTIVE_OI = re.compile(r"(?:ст|ск|цк|[аеиоуы]в)ой$")
# A Polish genitive of a man's given name and a surname in -ka: "Władysława Gomułki" →
# "Władysław Gomułka" (the given name loses its -a, the surname's -i becomes -a).
_POLISH_GENITIVE = re.compile(
    r"^(?P<given>[A-ZŁŚŻŹ][a-ząćęłńóśźż]{2,})a (?P<stem>[A-ZŁŚŻŹ][a-ząćęłńóśźż]+(?<![sczż])[kg])i$"
)


# "Pen Dekhuaia", "Pen Dekhuaem", "Pen Dekhuaiu": the stem's final "i" (Russian й) and a case ending
_RU_LATIN_VOWEL_CASE = re.compile(r"(?<=[aeiou])(?:ia|iu|em|ei)$")


def _east_asian(tokens: list[str]) -> bool:
    return name_key(" ".join(tokens)).family in ("korean", "chinese")


_LATIN_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.\s?)+")


_BOTH_DECLINED_RE1 = re.compile(r"[sczż][kg][iy]$")


def both_declined(tokens: list[str]) -> list[str]:
    """Nominatives of a two-word name declined in both words ("Edvarda Kardelja" →
    "Edvard Kardelj", "Enverom Khodzhei" → "Enver Khodzha")."""
    given, surname = tokens
    out = []
    for given_endings, surname_endings in _BOTH_DECLINED:
        for g in given_endings:
            if not (given.endswith(g) and len(given) - len(g) >= 3 and given[-len(g) - 1] not in "aeiouy"):
                continue
            if g == "ho" and not given.endswith("ího"):
                continue
            for ending, nominative in surname_endings:
                if nominative and _BOTH_DECLINED_RE1.search(surname):
                    continue  # "Anna Kowalski": a nominative in -ski/-cki, not a genitive
                if g == "a" and not nominative and _FEMININE_SURNAME.search(surname):
                    continue  # "Nina Khrushcheva", "Ivana Popova": a woman named, not a man's genitive
                if surname.endswith(ending) and len(surname) - len(ending) >= 3:
                    out.append(f"{given[: -len(g)]} {surname[: -len(ending)]}{nominative}")
                    if g in _GIVEN_IN_O:
                        out.append(f"{given[: -len(g)]}o {surname[: -len(ending)]}{nominative}")
    return out


# A surname alone in the genitive of a Slavic text, Polish or Russian in transliteration:
# "Ochaba", "Cyrankiewicza" (a consonant stem), "Gomułki" (a surname in -ka)
_LONE_GENITIVE = re.compile(r"[A-ZĀ-Ž][^\W\d_]{3,}[bcdfghjklłmnprstvwzżźś]a|[A-ZĀ-Ž][^\W\d_]{2,}[^\Wsczż][kg]i")


def _lone_surname_genitive(word: str) -> list[str]:
    """The nominative of a surname written alone in the genitive ("Ochaba" → "Ochab",
    "Gomułki" → "Gomułka"); a woman's surname ("Khrushcheva", "Kowalska", "Kosygina") ends
    the same way and is left as written."""
    if not _LONE_GENITIVE.fullmatch(word) or _FEMININE_SURNAME.search(word):
        return []
    if word.endswith("i"):
        return [word[:-1] + "a"]
    return [word[:-1]]


_LATIN_BASE_FORMS_RE1 = re.compile(r"(?:[A-ZĀ-Ž][a-zł]?\.\s?)+")
_LATIN_BASE_FORMS_RE2 = re.compile(r"[\W\d_]")
_LATIN_BASE_FORMS_RE3 = re.compile(r"[^\W\d_]{2,}[gk]iem$")
_LATIN_BASE_FORMS_RE4 = re.compile(r"[^\Wsxzß]s$")


def _latin_base_forms(name: str) -> list[str]:
    tokens = name.split()
    if (
        len(tokens) > 1
        and all(_LATIN_INITIALS.fullmatch(t) for t in tokens[1:])
        and not _LATIN_INITIALS.fullmatch(tokens[0])
    ):
        # the surname first, then the initials: "Tsedenbalom Yu.", "Andropova Yu.V." (their
        # nominative written either way round: "Tsedenbal Yu.", "Yu. Tsedenbal")
        out = []
        for base in _latin_base_forms(f"{' '.join(tokens[1:])} {tokens[0]}"):
            out += [f"{base.split()[-1]} {' '.join(tokens[1:])}", base]
        return out
    last = tokens[-1]
    endings = list(_LATIN_CASE_ENDINGS)
    # initials of one or two letters, Polish digraphs too ("Wł.", "Sz.", "Cz.")
    if len(tokens) > 1 and all(_LATIN_BASE_FORMS_RE1.fullmatch(t) for t in tokens[:-1]):
        endings += _LATIN_CASE_ENDINGS_AFTER_INITIALS
    out = []
    for ending, nominative in endings:
        stem = last[: -len(ending)]
        if ending in _CZECH_ADJECTIVE_CASES and len(tokens) > 2:
            continue  # "Novotné Antonínu Novotnému": two names read as one, each in its own case
        if ending in ("ki", "gi") and stem[-1:] in ("s", "c", "z", "ż"):
            continue  # "J. Kowalski", "Z. Zawadzki": a nominative in -ski/-cki, not a genitive
        if (ending, nominative) in _LONG_STEM_ONLY and len(stem) < 4:
            continue  # "Zhou", "Chou": a Chinese syllable in -ou is no Czech instrumental
        if last.endswith(ending) and len(_LATIN_BASE_FORMS_RE2.sub("", stem.split("-")[-1])) >= 2:
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
    if len(tokens) == 2 and tokens[0][:1].isupper():
        out.extend(both_declined(tokens))
    if len(tokens) > 1 and _LATIN_BASE_FORMS_RE3.search(last):
        out.append(" ".join([*tokens[:-1], last[:-3]]))  # Polish instrumental after g, k: "Pham Van Dongiem"
    if len(tokens) == 1:
        out.extend(_lone_surname_genitive(last))
    polish = _POLISH_GENITIVE.match(name)
    if polish:
        out.append(f"{polish.group('given')} {polish.group('stem')}a")
    if _LATIN_BASE_FORMS_RE4.search(last) and len(last) >= (4 if len(tokens) > 1 else 6):
        out.append(" ".join([*tokens[:-1], last[:-1]]))  # German genitive: "Nguyen Duy Trinhs", "Le Duans"
    out.extend(" ".join([*tokens[:-1], stem]) for stem in _hungarian_czech_stems(last))
    return out


# Hungarian cases written onto the last word of a name: allative "Kádár Jánoshoz", "Kim Ir
# Szenhez"; instrumental "Castróval", with a final consonant doubled instead: "Rodríguezzel",
# "Kádárral"; adessive and ablative "Péter Jánosnál", "Hruscsovtól". A long vowel before the
# ending is the short final vowel of the nominative ("Castróval" → "Castro").
_HU_CASE = re.compile(r"(?:h[oeö]z|v[ae]l|n[áé]l|t[óő]l)$")
_HU_DOUBLED = re.compile(r"([b-df-hj-np-tv-zß])\1[ae]l$")
_HU_LONG = str.maketrans("áéó", "aeo")
# The Czech fleeting e of a surname in -ek: "Pavlíčka", "Pavlíčkovi", "Pavlíčkem" (Pavlíček),
# read only in a word that shows Czech letters (a Polish "Gomułka" is a nominative)
_CZ_FLEETING = re.compile(r"(?<=[^\Waeiouyáéíóúůý])k(?:a|ovi|em|u)$")
_CZ_LETTERS = re.compile(r"[ěščřžýáíéůúň]")


def _hungarian_czech_stems(word: str) -> list[str]:
    """Nominatives of a word in a Hungarian case or in the Czech declension of a name in -ek."""
    out = []
    hu = _HU_CASE.search(word)
    if hu and hu.start() >= 3:
        stem = word[: hu.start()]
        out.append(stem[:-1] + stem[-1].translate(_HU_LONG) if hu.group(0)[0] == "v" else stem)
    doubled = _HU_DOUBLED.search(word)
    if doubled and doubled.start() >= 3:
        out.append(word[: doubled.start() + 1])
    fleeting = _CZ_FLEETING.search(word)
    if fleeting and fleeting.start() >= 3 and _CZ_LETTERS.search(word):
        out.append(word[: fleeting.start()] + "ek")
    return out


def base_forms(name: str) -> list[str]:
    return list(_base_forms(name))


_BASE_FORMS_RE1 = re.compile(r"(?:[А-ЯЁ][а-яё]?\.\s?)+")
_BASE_FORMS_RE2 = re.compile(r"[а-яё]{2}[бвдзлмнпрстфц]ы$")


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
    initials = re.compile(r"(?:[А-ЯЁ][а-яё]?\.\s?)+")
    if len(tokens) > 1 and all(initials.fullmatch(t) for t in tokens[1:]) and not initials.fullmatch(tokens[0]):
        # the surname first, then the initials: "Цеденбалом Ю.", "Цеденбалу Ю." (the nominative
        # written either way round: "Цеденбал Ю.", "Ю. Цеденбал"); the initials stay as written
        out = []
        for base in _base_forms(f"{' '.join(tokens[1:])} {tokens[0]}"):
            out += [f"{base.split()[-1]} {' '.join(tokens[1:])}", base]
        return tuple(out)
    last = tokens[-1]
    out = []
    if len(tokens) > 1 and all(_BASE_FORMS_RE1.fullmatch(t) for t in tokens[:-1]):
        ka = _RU_KA_CASE.search(last)
        if ka and ka.start() >= 3:
            out.append(" ".join([*tokens[:-1], last[: ka.start()] + "а"]))
        if _BASE_FORMS_RE2.search(last):  # "Д. Дамбы" → "Д. Дамба": a surname in -а
            out.append(" ".join([*tokens[:-1], last[:-1] + "а"]))

    a_stem = _RU_A_STEM_CASE.search(last)
    initialled = len(tokens) > 1 and all(_BASE_FORMS_RE1.fullmatch(t) for t in tokens[:-1])
    a_stem = a_stem if a_stem and not _RU_ADJECTIVE_OI.search(last) else None
    if a_stem and (initialled or len(tokens) == 1) and not _RU_POSSESSIVE_STEM.search(last):
        # "Л. Свободой", "Свободой" → "Л. Свобода", "Свобода"; never a woman's "Петровой". The stem
        # without -а ("Л. Свобод") is then no base: it is the nominative's own and would split them
        out.append(" ".join([*tokens[:-1], last[: a_stem.start()] + "а"]))
        return tuple(out)
    adjective = _RU_ADJECTIVE_CASE.search(last)
    if adjective:  # "Ясинского", "Домницкому" → "Ясинский", "Домницкий": a surname declined as an adjective
        out.append(" ".join([*tokens[:-1], last[: adjective.start()] + "ий"]))
    for ending in _CASE_ENDINGS:
        if last.lower().endswith(ending) and len(last) - len(ending) >= 2:
            out.append(" ".join([*tokens[:-1], last[: -len(ending)]]))
            if ending in ("я", "ю", "ем", "е") and last[-len(ending) - 1].lower() in "аеиоуэ":
                out.append(" ".join([*tokens[:-1], last[: -len(ending)] + "й"]))  # "Пэн Дэхуая" → "Пэн Дэхуай"
        elif (  # a Korean syllable of one vowel and й, written apart: "Пак Чен Ая", "Пак Чен Аем" → "Пак Чен Ай"
            ending in ("я", "ю", "ем", "е")
            and len(tokens) >= 3
            and last.lower() == last[:1].lower() + ending
            and last[:1].lower() in "аеоуэ"
        ):
            out.append(" ".join([*tokens[:-1], last[:1] + "й"]))
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
    if token[:1] in POLISH_INITIALS:
        return token[0].lower() + fold(token[1:]).rstrip(".")
    t = fold(token).rstrip(".")
    return {"ye": "e", "ie": "e", "je": "e", "ia": "ya", "ja": "ya", "iu": "yu", "ju": "yu"}.get(t, t)


_FOLD_SURNAME_RE1 = re.compile(r"(?<=[sc]k)y\b")
_FOLD_SURNAME_RE2 = re.compile(r"(?<=[oe])w\b")


def fold_surname(s: str) -> str:
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
    s = _FOLD_SURNAME_RE1.sub("i", s)  # -ский as -sky, -skii, -ski: "Vyshinsky", "Vyshinskii"
    return _FOLD_SURNAME_RE2.sub("v", s)  # German and Polish write Russian -ов as -ow: "Puzanow"


# 애 as a syllable of its own: McCune–Reischauer "ae", Russian-style "Ai" (Ай) or "E" (Э); under the
# looser rules it stays "ae", so "Pak Chen Ai" is "Pak Chong-ae" but neither is "Pak Chong-u"/"-o"/"-yo"
_KOREAN_AE = {"ae", "ai", "e"}


_CENTRAL_CHOE = frozenset({"čchö", "čhö", "csö", "cső", "cshö"})


_KOREAN_SYLLABLE_RE1 = re.compile(r"^(?:dsch|j|ch|tsch|tch|cs)")
_KOREAN_SYLLABLE_RE2 = re.compile(r"^([^aeiouy]+)io")
_KOREAN_SYLLABLE_RE3 = re.compile(r"^g")
_KOREAN_SYLLABLE_RE4 = re.compile(r"^d")
_KOREAN_SYLLABLE_RE5 = re.compile(r"^b")
_KOREAN_SYLLABLE_RE6 = re.compile(r"^(?:r|l)")
_KOREAN_SYLLABLE_RE7 = re.compile(r"^sh")
_KOREAN_SYLLABLE_RE8 = re.compile(r"^sz")
_KOREAN_SYLLABLE_RE9 = re.compile(r"^kh")
_KOREAN_SYLLABLE_RE10 = re.compile(r"r$")
_KOREAN_SYLLABLE_RE11 = re.compile(r"(?<=[aeiouy])(?:g|k)$")
_KOREAN_SYLLABLE_RE12 = re.compile(r"ng$")
_KOREAN_SYLLABLE_RE13 = re.compile(r"[eu]")


def _korean_syllable(s: str, weak: bool) -> str:
    s = s.replace("eo", "o").replace("eu", "u").replace("ae", "e")
    s = _KOREAN_SYLLABLE_RE1.sub("ch", s)  # German "Tschol", "Dsche", Hungarian "Csol" for Ch'ŏl
    s = _KOREAN_SYLLABLE_RE2.sub(r"\1yo", s)  # Hungarian and Polish "Hiop" for Hyŏp
    s = _KOREAN_SYLLABLE_RE3.sub("k", s)
    s = _KOREAN_SYLLABLE_RE4.sub("t", s)
    s = _KOREAN_SYLLABLE_RE5.sub("p", s)
    s = _KOREAN_SYLLABLE_RE6.sub("l", s)
    s = _KOREAN_SYLLABLE_RE7.sub("s", s)
    s = _KOREAN_SYLLABLE_RE8.sub("s", s)  # Hungarian "Szen"
    s = _KOREAN_SYLLABLE_RE9.sub("h", s)  # Russian-style "Khen" for Hŏn
    s = _KOREAN_SYLLABLE_RE10.sub("l", s)
    s = _KOREAN_SYLLABLE_RE11.sub("k", s)
    if weak:
        s = _KOREAN_SYLLABLE_RE12.sub("n", s)
        s = _KOREAN_SYLLABLE_RE13.sub("o", s)
        s = s.replace("yo", "o")
    return s


_SPLIT_KOREAN_GIVEN_RE1 = re.compile(r"[\s-]+")
# the second syllable has a vowel of its own: "Sheng" is one syllable, not "Shen" + "g"
_TWO_SYLLABLES = re.compile(r"^([^aeiouy]*[aeiouy]+(?:ng|n|m|k|l|r|p|t)?)(?=[^aeiouy])([^aeiouy]+[aeiouy].*)$")


def _split_korean_given(given: str) -> list[str]:
    """Syllables of a Korean given name: hyphen/space separated, else split by vowels."""
    parts = [p for p in _SPLIT_KOREAN_GIVEN_RE1.split(given) if p]
    if len(parts) > 1:
        return parts
    m = _TWO_SYLLABLES.match(parts[0]) if parts else None
    return [m.group(1), m.group(2)] if m else parts


_CHINESE_FOLD_RE1 = re.compile(r"eh(?=[-\s]|$)")
_CHINESE_FOLD_RE2 = re.compile(r"(?<![a-z])(tz|ss|sz)u(?=[-\s]|$)")
_CHINESE_FOLD_RE3 = re.compile(r"zh|ch|j(?=[iu])|q")
_CHINESE_FOLD_RE4 = re.compile(r"ts|z|c(?!h)")
_CHINESE_FOLD_RE5 = re.compile(r"hs|x")
_CHINESE_FOLD_RE6 = re.compile(r"(?<![cs])h")


def chinese_fold(s: str) -> str:
    s = _CHINESE_FOLD_RE1.sub("e", fold(s))  # Wade-Giles "Teh-huai", "Yeh" = pinyin "De", "Ye"
    # Wade-Giles "Tzu", "Tz'u", "Ssu"/"Szu" (the apostrophe folded away) = pinyin "zi", "ci", "si"
    s = _CHINESE_FOLD_RE2.sub(lambda m: {"tz": "zi", "ss": "si", "sz": "si"}[m.group(1)], s)
    s = s.replace("-", "").replace(" ", "")
    s = _CHINESE_FOLD_RE3.sub("ch", s)
    s = _CHINESE_FOLD_RE4.sub("ts", s)
    s = _CHINESE_FOLD_RE5.sub("hs", s)
    s = _CHINESE_FOLD_RE6.sub("h", s)
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


_PALLADIUS_RE1 = re.compile(r"н(?=[аоуэиеяюё])")


def palladius(name: str) -> str:
    """Pinyin-like Latin for a Chinese name in Russian (Palladius) spelling:
    "Мао Цзэдун" → "mao zedong", "Чжоу Эньлай" → "zhou enlai", "Дэн Сяопин" → "deng xiaoping"."""
    out = []
    for word in name.lower().split():
        word = _PALLADIUS_RE1.sub("N", word)  # an initial н stays n
        for a, b in _PALLADIUS:
            word = word.replace(a, b)
        word = word.replace("N", "n")
        out.append("".join(_CYRILLIC.get(ch, ch) for ch in word).replace("_", ""))
    return " ".join(out)


# Letters with a stroke have no decomposition, so `fold` keeps them: for comparing names
# they are the plain letter ("Phạm Văn Đồng" = "Pham Van Dong", "Gomułka" = "Gomulka").
# the OCR reads the Vietnamese Đ as the eth Ð of the same shape ("Pham Van Ðong")
STROKES = str.maketrans("đĐłŁøØðÐ", "dDlLoOdD")


def name_words(spelling: str) -> list[str]:
    """The words of a name, a surname's particles joined to it: "Charles de Gaulle" is two words,
    "de Gaulle" one (a surname alone, as "Nehru" is)."""
    return _with_particles_joined(spelling.split())


def _with_particles_joined(tokens: list[str]) -> list[str]:
    """A surname's particles joined to it, as one word ("de Gaulle", "van der Stoel"): a surname
    alone, never a given name "de" and a surname "Gaulle"."""
    out: list[str] = []
    pending = ""
    for token in tokens:
        if token in NAME_PARTICLES or (pending in ("van", "von") and token in NAME_PARTICLE_ARTICLES):
            pending += token  # as written, in lower case
            continue
        out.append(pending + token)
        pending = ""
    return [*out, pending] if pending else out


_NAME_KEY_RE1 = re.compile(r"\s+\.")
_NAME_KEY_RE2 = re.compile("[\ue000-\ue005]")
_NAME_KEY_RE3 = re.compile(r"\s+")
_NAME_KEY_RE4 = re.compile(r"[A-Z][a-z]{2,}")
_NAME_KEY_RE5 = re.compile(r"[A-Z][a-z]+")
_NAME_KEY_RE6 = re.compile(r"[^a-z]")
_NAME_KEY_RE7 = re.compile(r"^j")
_NAME_KEY_RE8 = re.compile(r"(?<![a-z])i(?![a-z])")


@lru_cache(maxsize=65536)
def name_key(name: str) -> NameKey:
    """Compute the comparison keys of one spelling of a personal name (cached: the same
    spellings recur across a corpus)."""
    protected = _POLISH_INITIAL.sub(lambda m: chr(0xE000 + POLISH_INITIALS.index(m.group())), name)
    raw = _NAME_KEY_RE1.sub(".", protected.translate(STROKES))  # OCR's stray space: "A. M .Puzanov"
    raw = _NAME_KEY_RE2.sub(lambda m: POLISH_INITIALS[ord(m.group()) - 0xE000], raw)
    raw = _NAME_KEY_RE3.sub(" ", raw.replace(".", ". ")).strip()
    tokens = [t for t in raw.split(" ") if t]
    initials = [t for t in tokens if INITIAL_RE.match(t)]
    rest = _with_particles_joined([t for t in tokens if not INITIAL_RE.match(t)])
    if (  # "Jacob A. Malik", "Ellis O. Briggs": a given name written out, middle initials, the surname
        len(rest) == 2
        and tokens[0] == rest[0]
        and tokens[-1] == rest[1]
        and initials
        and _NAME_KEY_RE4.fullmatch(rest[0])
        and _NAME_KEY_RE5.fullmatch(rest[1])
    ):
        surname = fold_surname(rest[1])
        # the given name stays whole: "John A. Smith" and "James A. Smith" never share a key
        inits = (fold(rest[0]), *(_fold_initial(t) for t in initials))
        key = f"{surname}|{''.join(inits)}"
        return NameKey("initials", key, key, surname, inits)
    if initials and rest:
        written = " ".join(rest)
        if is_cyrillic(written):  # "Хрущева", "Хрущеву", "Пузановым" → "Хрущев", "Пузанов"
            written = RU_SURNAME_CASE.sub(r"\1", written)
            written = _RU_ADJECTIVE_CASE.sub("ий", written)
        surname = fold_surname(written)
        inits = tuple(_fold_initial(t) for t in initials)
        key = f"{surname}|{''.join(inits)}"
        return NameKey("initials", key, key, surname, inits)
    # OCR: "Kim II Sung"; "Kim lr Sen" (a lower-case l for the capital I of "Ir")
    folded = ["il" if t == "II" else "ir" if t == "lr" else fold(t) for t in rest]
    if is_cyrillic(" ".join(rest)) and fold(rest[0]) in _CHINESE_CYRILLIC:
        folded = palladius(" ".join(rest)).split()
    if not folded:
        return NameKey("plain", "", "", "")
    first = _NAME_KEY_RE6.sub("", folded[0])
    central = rest[0].lower() in _CENTRAL_CHOE
    if central:  # Czech "Čchö", Hungarian "Csö" for Ch'oe (without its umlaut "Cso" is Hungarian for Cho)
        first = "choe"
    if first in KOREAN_SURNAMES | _KOREAN_I and 2 <= len(folded) <= 4:
        first = KOREAN_SURNAME_FORMS.get(first, first)
        surname = "i" if first in _KOREAN_I else _korean_syllable(first, False)
        given = _split_korean_given(" ".join(folded[1:]).replace("-", " "))
        if central:  # in a Czech or Hungarian romanisation "j" is the English "y": "Jong" for Yŏng
            given = [_NAME_KEY_RE7.sub("y", g) for g in given]
        strong = surname + " " + "".join(_korean_syllable(_NAME_KEY_RE6.sub("", g), False) for g in given)
        weak_surname = "i" if first in _KOREAN_I else _korean_syllable(first, True)
        weak = weak_surname + " " + "".join(_korean_syllable(_NAME_KEY_RE6.sub("", g), True) for g in given)
        bare = [_NAME_KEY_RE6.sub("", g) for g in given]
        if any(g in _KOREAN_AE for g in bare):  # 애 alone is 애 (or 에) only: never the weak key of 우, 오, 요
            weak = weak_surname + " " + "".join("ae" if g in _KOREAN_AE else _korean_syllable(g, True) for g in bare)
        return NameKey("korean", strong, weak, surname, ())
    if first in CHINESE_SURNAMES and 2 <= len(folded) <= 3:
        # Wade-Giles writes the syllable pinyin spells "yi" as "i": "Ch'en I" = "Chen Yi"
        given = _NAME_KEY_RE8.sub("yi", " ".join(folded[1:]))
        key = chinese_fold(folded[0]) + " " + chinese_fold(given)
        return NameKey("chinese", key, key, chinese_fold(folded[0]))
    surname = fold_surname(folded[-1])
    strong = " ".join(fold_surname(t) for t in folded)
    if len(folded) == 1 and _OLD_INDONESIAN.search(strong):
        # an Indonesian single name in the old (Dutch) spelling: "Soekarno" = "Sukarno", "Soebandrio"
        strong = surname = _OLD_INDONESIAN.sub("u", strong)
    return NameKey("plain", strong, strong, surname)


# the old Indonesian spelling's "oe" for "u" in a long single name, narrowed to the "Soe-" names
# (Soekarno, Soebandrio, Soedjono, Soeharto): after any other first consonant "oe" is as often the
# German transliteration of "ö" (Moeller = Möller, not Müller; Goebbels, Doenitz, Koestler), and a
# German name folded onto another would merge two people unreported
_OLD_INDONESIAN = re.compile(r"(?<=^s)oe(?=(?:[bdklmnprst][aeiou]|[dt]j|h[aeiou])[a-z]{2,}$)")


_SLUGIFY_RE1 = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """A readable, IRI-safe slug: ASCII letters, digits and hyphens."""
    s = _SLUGIFY_RE1.sub("-", fold(text)).strip("-")
    return s or "x"
