"""Names read in the letters of another transcription family, word by word.

A Latin spelling is read as Spanish, Polish, German, Serbo-Croatian or French letters would sound in Russian
(Spanish c before a, o, u and qu = к, c before e, i and z = с, gu before e, i = г, j = х;
Polish w = в, ł = л, cz = ч, sz = ш, rz/ż = ж, ie after a consonant = е; German w = в, sch = ш
or ж, tsch = ч, j = й; Serbo-Croatian ć, č = ч, lj = ль, j = й; French ou = у, ch = ш, tch = ч, j = ж)
and compared with the English-letter form of a Russian spelling
(Фидель Кастро, Гомулка, Живков). Arabic names are compared among their own romanisations
(q = k, doubled letters single, aw = au, w = v, final y = i; e agrees with a or i, o with u): Qasim,
Kassem and Kasem are one spelling, Hassan and Hussein never (a and u disagree).
`family_merges` joins on these readings only when exactly one person meets them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from kg1956.romanize import STROKES, fold, fold_surname, is_cyrillic


def _spanish_word(word: str) -> str:
    """A Spanish word as Russian writes it, in English letters: "Rodríguez" → "rodriges",
    "Guevara" → "gevara", "Dorticós" → "dortikos", "José" → "khose"; a silent h is dropped
    only in a word that shows a Spanish accent ("Hernández" → "ernandes")."""
    accented = bool(re.search(r"[áéíóúñ]", word.lower()))
    w = fold(word.translate(STROKES))
    if accented:
        w = re.sub(r"^h(?=[aeiou])", "", w)
    w = re.sub(r"gu(?=[ei])", "g", w)
    w = re.sub(r"qu(?=[ei])", "k", w)
    w = re.sub(r"c(?=[ei])", "s", w)
    w = re.sub(r"c(?!h)", "k", w)
    w = w.replace("z", "s").replace("j", "kh").replace("ll", "l")
    return w


def _polish_word(word: str) -> list[str]:
    """A Polish word in Russian letters, and the nominatives of a declined name in -ka or -ko:
    "Gomułki" → "gomulki", "gomulka"; "Ponomarienką" → "ponomarenko" (ie = е)."""
    lower = word.lower()
    w = re.sub(
        r"szcz|sz|cz|ch|rz|ż|ź|w|ł|j|ć|c(?!h)",
        lambda m: {"szcz": "shch", "sz": "sh", "cz": "ch", "ch": "kh", "rz": "zh", "ż": "zh", "ź": "z", "w": "v"}.get(
            m.group(0), {"ł": "l", "j": "y", "ć": "ts", "c": "ts"}.get(m.group(0), m.group(0))
        ),
        lower,
    )
    w = re.sub(r"(?<=[b-df-hj-np-tv-z])ie", "e", w)  # Ponomarienko = Пономаренко
    out = [w]
    # a name in -ka or -ko declined as Polish declines it: genitive -ki, accusative -kę,
    # instrumental -ką, dative -ce ("Gomułki", "Ponomarienką" → Gomułka, Ponomarienko)
    m = re.search(r"(?<=[^\Wsczż])(?:k[iąę]|tse)$", w)  # c is ts by now
    if m and m.start() >= 3:
        out += [w[: m.start()] + "ka", w[: m.start()] + "ko"]
    return [fold(x.translate(STROKES)) for x in out]


def _german_word(word: str) -> list[str]:
    """A German word in Russian letters: "Schiwkow" → "shivkov" and "zhivkov" (German writes
    both ш and ж "sch": Schepilow, Breschnew), "Tschou" → "chou", "Mikojan" → "mikoyan"."""
    w = fold(word.translate(STROKES)).replace("tsch", "ч").replace("dsch", "џ")
    parts = w.split("sch")
    out = []
    for picks in product(("ш", "ж"), repeat=min(len(parts) - 1, 2)):
        picks = (*picks, *("ш",) * (len(parts) - 1 - len(picks)))
        out.append(parts[0] + "".join(p + rest for p, rest in zip(picks, parts[1:], strict=True)))
    letters = {"ch": "kh", "w": "v", "j": "y", "z": "ts", "ч": "ch", "џ": "dzh", "ш": "sh", "ж": "zh"}
    return [re.sub(r"ch|[wjzчџшж]", lambda m: letters[m.group(0)], x) for x in out]


def _german_shows(word: str) -> bool:
    return bool(re.search(r"sch|w|ß|[äöü]", word.lower()))


_FAMILY_SIGNS = {
    "spanish": re.compile(r"[áéíóúñ]|gu[ei]|qu[ei]|c(?!h)"),  # a c alone: English letters for ц are ts
    "polish": re.compile(r"[łąęśźżćń]|cz|sz|rz|w|ie"),
    "german": re.compile(r"sch|w|ß|[äöü]"),
    "serbian": re.compile(r"[ćčšžđјљњћђџ]"),
    "french": re.compile(r"ou|tch"),
}


# Letters a family never writes, that English spellings of Russian names do ("kh", "zh", "sh",
# Polish and German "v"): a spelling with them is no Polish, German, French or Serbo-Croatian
# spelling, even without that family's own signs ("Zakharov", "Chernov" are English letters).
_FAMILY_NEVER = {
    "polish": re.compile(r"kh|zh|(?<!s)sh|v|x|q"),
    "german": re.compile(r"kh|zh|(?<!c)sh"),
    "french": re.compile(r"w|zh|(?<!c)sh"),
    "serbian": re.compile(r"kh|zh|sh|w|y|q|x"),
}


def family_possible(spelling: str, family: str) -> bool:
    """Whether a spelling without its family's signs could still be written in its letters
    ("E. Ochaba", Polish for Охаб): never a Spanish one (its z and c are English letters too,
    "Zverev"), nor one with letters the family never writes (`_FAMILY_NEVER`)."""
    never = _FAMILY_NEVER.get(family)
    return bool(never) and not never.search(spelling.lower())


def family_shown(spelling: str, family: str) -> bool:
    """Whether a spelling shows letters of that family that English spellings of Russian
    names never have ("Ordoqui", "Mołotow", "Schiwkow", "Souslov"): needed before it is read
    into another Latin spelling, where "Kozarev" read as Spanish ("Kosarev") would be another
    man; a Cyrillic spelling needs no such sign."""
    sign = _FAMILY_SIGNS.get(family)
    return bool(sign and sign.search(spelling.lower()))


def _serbian_word(word: str) -> str:
    """A Serbo-Croatian word in Russian letters: "Popović" → "popovich" (ć and č = ч),
    "Đilas" → "dzhilas", "Ljubičić" → "lyubichich" (lj, nj = ль, нь), "Janković" → "yankovich"."""
    lower = word.lower()
    w = re.sub(
        r"dž|lj|nj|ć|č|š|ž|đ|j|c|h",
        lambda m: {"dž": "dzh", "lj": "ly", "nj": "ny", "ć": "ch", "č": "ch", "š": "sh", "ž": "zh", "đ": "dzh"}.get(
            m.group(0), {"j": "y", "c": "ts", "h": "kh"}.get(m.group(0), m.group(0))
        ),
        lower,
    )
    return fold(w)


def _french_word(word: str) -> str:
    """A Russian name in French letters: "Souslov" → "suslov", "Khrouchtchev" → "khrushchev",
    "Boulganine" → "bulganin" (the mute e after a final n), "Jdanov" → "zhdanov"."""
    w = fold(word)
    w = w.replace("tch", "ч").replace("ch", "ш").replace("ou", "u").replace("j", "zh")
    w = re.sub(r"(?<=[aeiouy])s(?=[aeiouy])", "z", w).replace("ss", "s")
    w = re.sub(r"(?<=[iy]n)e$", "", w)
    return w.replace("ч", "ch").replace("ш", "sh")


@lru_cache(maxsize=65536)
def family_readings(word: str) -> frozenset[tuple[str, str]]:
    """(family, reading) pairs of one Latin word: the English-letter form its Russian
    spelling has if the word is Spanish, Polish or German; nothing for a Cyrillic word."""
    if is_cyrillic(word) or not word[:1].isalpha():
        return frozenset()
    out = {("spanish", fold_surname(_spanish_word(word)))}
    out |= {("polish", fold_surname(r)) for r in _polish_word(word)}
    if _german_shows(word):
        out |= {("german", fold_surname(r)) for r in _german_word(word)}
    if re.search(r"[ćčšžđ]", word.lower()):
        out.add(("serbian", fold_surname(_serbian_word(word))))
    if re.search(r"ou|tch", word.lower()):  # French shows itself: "ou" for у, "tch" for ч
        out.add(("french", fold_surname(_french_word(word))))
    return frozenset(out)


_SERBIAN_CYRILLIC = re.compile(r"[јљњћђџЈЉЊЋЂЏ]")
_SERBIAN_TO_RUSSIAN = (
    ("ју", "ю"), ("ја", "я"), ("је", "е"), ("јо", "ё"), ("Ју", "Ю"), ("Ја", "Я"), ("Је", "Е"),
    ("Ј.", "И."), ("ј", "й"), ("Ј", "Й"), ("љ", "ль"), ("Љ", "Ль"), ("њ", "нь"), ("Њ", "Нь"),
    ("ћ", "ч"), ("Ћ", "Ч"), ("ђ", "дж"), ("Ђ", "Дж"), ("џ", "дж"), ("Џ", "Дж"),
)  # fmt: skip


def serbian_as_russian(spelling: str) -> str | None:
    """A name in Serbian Cyrillic put into Russian letters ("Н. П. Фирјубином" → "Н. П.
    Фирюбином", "Ј. Броз" → "И. Броз": Josip is Иосип); None for a spelling without a Serbian
    letter (ј, љ, њ, ћ, ђ, џ)."""
    if not _SERBIAN_CYRILLIC.search(spelling):
        return None
    for serbian, russian in _SERBIAN_TO_RUSSIAN:
        spelling = spelling.replace(serbian, russian)
    return spelling


def initial_readings(letter: str, family: str) -> set[str]:
    """The Russian letter (in English letters) an initial of that family stands for: Polish
    and German W. = В. (v), Spanish C. before nothing is к (k) or с (s)."""
    letter = fold(letter)
    if family in ("polish", "german"):
        return {{"w": "v", "j": "y"}.get(letter, letter)}
    if family == "serbian":  # J. is Josip, Jovan: Иосип, Йован
        return {"j": {"i", "y"}, "c": {"ts"}, "h": {"kh"}}.get(letter, {letter})
    if family == "french":
        return {"j": {"zh"}}.get(letter, {letter})
    if family == "spanish":
        return {"c": {"k", "s"}, "j": {"kh"}, "z": {"s"}}.get(letter, {letter})
    return {letter}


# --- Arabic names among their romanisations -------------------------------------------------
_ARABIC_ARTICLE = re.compile(r"^(?:a|e|u)l-|-(?:a|e|u)l-")


def arabic_form(word: str, keep_z: bool = False) -> str:
    """An Arabic name word in a common form: "Qasim", "Kassem", "Kasem" → "kasem"/"kasim"
    (compared by `arabic_agree`), "Fawzi", "Fauzi", "Fausi" → "fausi", "Sabry" → "sabri"."""
    w = re.sub(r"^(?:a|e|u)[lsdtnrz]-(?=[a-z]{3})", "", fold(word)).replace("-", "")  # al-, el-, as-Sadat
    w = w.replace("ou", "u").replace("q", "k").replace("kh", "h").replace("gh", "g")
    w = w.replace("dj", "j").replace("aw", "au").replace("ay", "ai").replace("ei", "ai")
    if not keep_z:  # Fawzi, Fausi (a given name keeps it: Nazim is no Nasim)
        w = w.replace("z", "s")
    w = w.replace("w", "v")  # Quwatli, Czech and Russian Kuvatli
    w = re.sub(r"y$", "i", w)
    return re.sub(r"(.)\1", r"\1", w)


def arabic_skeleton(form: str) -> str:
    """The consonants of an `arabic_form`, which every romanisation writes alike."""
    return re.sub(r"[aeiouy]", "", form)


def arabic_agree(a: str, b: str, given: bool = False) -> bool:
    """Whether two `arabic_form`s are one name: the same consonants, and vowel for vowel the
    same, or e against i (Kasem, Qasim), o against u; in given names e against a too (Kerim,
    Karim). Surnames whose a and e differ are other names (Salem and Salam, Kamal and Kamel,
    Amer and Ammar); Hassan and Hussein (a, u), Ali and Alia (another length) disagree."""
    if len(a) != len(b):
        return False
    allowed = ({"e", "a"}, {"e", "i"}, {"o", "u"}) if given else ({"e", "i"}, {"o", "u"})
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if {x, y} in allowed:
            continue
        return False
    return True


def arabic_given(words: list[str]) -> str:
    """The given names before an Arabic surname as one form, the article and the hyphen gone:
    "Abd al-Karim", "Abdel Kerim", "Abdul-Karim" → "abdkarim"/"abdkerim"."""
    joined = " ".join(fold(w) for w in words)
    joined = re.sub(r"\babd(?:el|al|ul|-el|-al|-ul)?\b\s*", "abd ", joined)
    joined = re.sub(r"\b(?:al|el|ul)-", "", joined)
    return "".join(arabic_form(w, keep_z=True) for w in joined.split())


# Words that mark a name as Arabic: the servant-of compound and the article, "ibn"/"bin"
ARABIC_SIGN = re.compile(r"(?i)\babd(?:el|al|ul)?\b|\b(?:al|el)-[a-z]|\bibn\b|\bbin\b")

# Given names common across the Arab world, in `arabic_form`: a name that has one is read as
# Arabic (Mahmud Fauzi), a Western name never is (Möller and Müller stay two people)
ARABIC_GIVEN_NAMES = frozenset(
    arabic_form(n)
    for n in (
        "Muhammad Ahmad Mahmud Mustafa Hasan Husain Ali Umar Uthman Khalid Gamal Jamal Anwar Zakaria Salah "
        "Abdallah Sabri Fuad Nuri Rashid Said Yusuf Ibrahim Ismail Sulaiman Faisal Hashim Tahir Akram Adib Amin "
        "Kamal Shukri Sami Salim Nasir Hafiz Habib Mahdi Hamid Abbas Tawfiq Fauzi Kassim Karim Rafiq Zaki Latif"
    ).split()
)
# Given names that stand second of three in a Spanish name as often as a father's surname does
SPANISH_GIVEN_NAMES = frozenset(
    fold(n)
    for n in (
        "José María Antonio Juan Carlos Luis Manuel Francisco Jesús Miguel Pedro Ángel Rafael Fernando Jorge "
        "Alberto Alfredo Enrique Ernesto Eduardo Ramón Raúl Fidel Osvaldo Armando Blas Aníbal Vicente Pablo "
        "Javier Andrés Ignacio Joaquín Julio César Tomás Emilio Felipe Ricardo Roberto Guillermo Gustavo "
        "Ana Carmen Teresa Isabel Dolores Josefina Celia Vilma Haydée"
    ).split()
)

# Hungarian given names, which Hungarian writes after the surname ("Kádár János", "Bálint Sándor")
HUNGARIAN_GIVEN_NAMES = frozenset(
    fold(n)
    for n in (
        "János József István Ferenc László Sándor Imre Gyula Mátyás Ernő Zoltán Béla Lajos Károly Antal "
        "Mihály Pál Péter Gábor Tibor Árpád Miklós Jenő Dezső Géza Endre Ödön Rezső Kálmán Zsigmond Lőrinc "
        "Bálint Tamás György Frigyes Dénes Gusztáv Vilmos Aladár Oszkár Andor Kornél Lénárd Elek "
        "Erzsébet Mária Katalin Ilona Judit Éva Margit Zsuzsanna Valéria Klára Erika Magda Piroska"
    ).split()
)
_HUNGARIAN_LETTERS = re.compile(r"[áéíóöőúüű]", re.IGNORECASE)
# words of a note written in Hungarian (the kind of record, an office, "and"), never of a locator
_HUNGARIAN_NOTE_WORDS = re.compile(
    r"\b(?:és|nagykövet|nagykövetség|beszélgetése|beszélgetés|feljegyzés|jelentés|rejtjeltávirat|távirat|levele"
    r"|elvtárs|elvtársnak|külügyminiszter|miniszterelnök|miniszterelnökkel|fogadta)\b",
    re.IGNORECASE,
)


def hungarian_note(text: str) -> bool:
    """Whether a note is written in Hungarian ("Feljegyzés, Bálint Sándor nagykövet beszélgetése …")."""
    return bool(_HUNGARIAN_NOTE_WORDS.search(text))


def hungarian_surname_first(spelling: str, in_hungarian: bool = False) -> str | None:
    """The surname of a name in Hungarian order ("Kádár János" → "Kádár", "Lukács György" →
    "Lukács"): two words, the last a Hungarian given name and the first none, a Hungarian accent in
    the name; None otherwise ("János Kádár", "Peter Sandor"). When both words can be given names
    ("Gábor Péter", "László Endre", "Bálint Sándor") the order is unknown: "Gábor Péter" is Péter
    Gábor's Western order, and reading Gábor as his surname too would give him a bare "Gábor" that
    is Andor Gábor's; only a name written in notes in Hungarian (`in_hungarian`: "Feljegyzés, Bálint
    Sándor nagykövet beszélgetése") is in Hungarian order whatever its words."""
    words = spelling.split()
    if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    if fold(words[1]) not in HUNGARIAN_GIVEN_NAMES or not _HUNGARIAN_LETTERS.search(spelling):
        return None
    if fold(words[0]) in HUNGARIAN_GIVEN_NAMES and not in_hungarian:
        return None
    return words[0]


_ARABIC_Q = re.compile(r"q(?!u)", re.IGNORECASE)


def looks_arabic(spelling: str) -> bool:
    """Whether a spelling shows an Arabic name: "Abd", "al-", "ibn", a q without u, or a
    given name common across the Arab world before a surname."""
    if ARABIC_SIGN.search(spelling) or _ARABIC_Q.search(spelling):
        return True
    words = spelling.split()
    return len(words) >= 2 and any(
        arabic_agree(arabic_form(w), n, given=True)
        for w in words[:-1]
        for n in ARABIC_GIVEN_NAMES
        if len(n) == len(arabic_form(w))
    )
