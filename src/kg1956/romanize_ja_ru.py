"""Japanese names across scripts: Russian notes write them in the Polivanov system ("Сигэмицу
Мамору", "Мацумото Сюнъити", "Коно Итиро"), English ones in Hepburn ("Shigemitsu Mamoru",
"Matsumoto Shun'ichi", "Kōno Ichirō"). Both are brought to one Kunrei-like key ("sigemitu",
"syuniti", "itiro"), and only for words that read as Japanese syllables throughout, so that a
Slavic, Korean or Chinese name never gets such a key.

Russian declines a Japanese family name in -а like a noun ("Хатояма": "Хатоямы",
"Хатоямой"); the given name stays as it is ("Итиро"). The genitive and instrumental are
read back to the nominative; the dative and prepositional ("Хатояме"), which look like
nominatives of other names, are not.

A Russian name made only of such syllables ("Тамара Сабурова", "Анна Панова", "Никита") is
no Japanese name: a word in a Russian surname's suffix (-ова/-ева, -ин/-ина after a consonant,
-ий, and the Ukrainian -енко and Armenian -ян of "Федоренко", "Микоян"), a common Russian given
name, and a two-word name whose words are both declined (a Japanese given name never is) get no
key, as the man's genitive "Сабурова" would otherwise find the woman "Тамарой Сабуровой".
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg1956.romanize import fold
from kg1956.romanize_ja import japanese_word

# Polivanov's letters, syllable by syllable, in Kunrei letters; a palatal vowel after a
# consonant gives the consonant, "y" and the vowel ("кё" → "kyo"); "дз" is z, "ц" t, "ф" h
_PV_CONSONANTS = {
    "дз": "z",
    "к": "k",
    "г": "g",
    "с": "s",
    "т": "t",
    "д": "d",
    "ц": "t",
    "н": "n",
    "х": "h",
    "ф": "h",
    "б": "b",
    "п": "p",
    "м": "m",
    "р": "r",
    "в": "w",
}
_PV_VOWELS = {"а": "a", "и": "i", "у": "u", "э": "e", "е": "e", "о": "o"}
_PV_PALATALS = {"я": "a", "ю": "u", "ё": "o"}
_PV_MORA = re.compile(r"(дз|[кгстдцнхфбпмрв])?([аиуэеояюё])|([йн])|ъ")
# One Kunrei mora (what both systems are brought to)
# a Russian surname's suffix, read after the oblique -ы/-ой is brought back to -а
_RUSSIAN_SUFFIX = re.compile(r"(?:[оеё]ва|[бвгджзклмнпрстфхцчшщ]ина?|ий|енко|ян)$")
# Russian given names that Polivanov's syllables would spell
_RUSSIAN_GIVEN = frozenset({"анна", "нина", "тамара", "мария", "раиса", "никита", "фома", "таисия", "сусанна"})
_DECLINED = ("ы", "ой")
_KUNREI = re.compile(r"(?:[kgsztdnhbpmr]y[auo]|[kgsztdnhbpmr][aiueo]|wa|y[auo]|[aiueo]|n|k(?=k)|s(?=s)|t(?=t)|p(?=p))+")


def _polivanov(word: str) -> str | None:
    """One Cyrillic word in Kunrei letters, or None when it is not Polivanov's syllables."""
    low = word.lower()
    out, pos = [], 0
    while pos < len(low):
        m = _PV_MORA.match(low, pos)
        if not m:
            return None
        cons, vowel, single = m.group(1), m.group(2), m.group(3)
        if vowel:
            c = _PV_CONSONANTS[cons] if cons else ""
            if vowel in _PV_PALATALS:
                if c == "w":
                    return None
                out.append(c + "y" + _PV_PALATALS[vowel])
            else:
                if c == "w" and vowel != "а":
                    return None
                out.append(c + _PV_VOWELS[vowel])
        elif single == "й":
            if not out or out[-1][-1:] not in "aiueo":
                return None
            out.append("i")
        elif single == "н":
            out.append("n")
        pos = m.end()
    return "".join(out)


def _hepburn(word: str) -> str:
    """One Hepburn (or Kunrei) word in Kunrei letters: "Shun'ichi" → "syuniti"."""
    text = fold(word)
    for a, b in (("shi", "si"), ("sh", "sy"), ("chi", "ti"), ("ch", "ty"), ("tsu", "tu"), ("fu", "hu")):
        text = text.replace(a, b)
    text = text.replace("ji", "zi").replace("j", "zy")
    return re.sub(r"m(?=[bpm])", "n", text)


def _long_vowels(text: str) -> str:
    """Long vowels written double or not at all are one key ("Ōno", "Oono", "Ohno" aside)."""
    return re.sub(r"([aiueo])\1|ou", lambda m: m.group()[0], text)


@lru_cache(maxsize=65536)
def japanese_word_key(word: str) -> str | None:
    """A word's Kunrei key when it reads as a Japanese name, in Polivanov Cyrillic (a family
    name in -а also from its genitive or instrumental: "Хатоямы" → "hatoyama") or in Hepburn;
    None otherwise."""
    word = word.strip(".,;:")
    if not word[:1].isupper() or len(word) < 3:
        return None
    if re.search(r"[А-ЯЁа-яё]", word):
        if not re.fullmatch(r"[А-ЯЁ][а-яёъ]+", word):
            return None
        for end in _DECLINED:
            if word.endswith(end) and len(word) - len(end) >= 3:
                word = word[: -len(end)] + "а"
                break
        if _RUSSIAN_SUFFIX.search(word.lower()) or word.lower() in _RUSSIAN_GIVEN:
            return None
        kunrei = _polivanov(word)
    elif japanese_word(word):
        kunrei = _hepburn(word)
    else:
        return None
    if not kunrei or not _KUNREI.fullmatch(kunrei) or len(re.findall(r"[aiueo]", kunrei)) < 2:
        return None
    return "ja:" + _long_vowels(kunrei)


def japanese_name_key(spelling: str) -> str | None:
    """A two-word name's key when both words read as Japanese, in either order ("Коно Итиро"
    and "Kōno Ichirō" → "ja:itiro kono")."""
    words = spelling.split()
    if len(words) != 2:
        return None
    keys = [japanese_word_key(w) for w in words]
    if not all(keys):
        return None
    if all(re.search(r"[а-яё]", w) and w.endswith(_DECLINED) for w in words):
        return None  # "Тамарой Сабуровой": both words declined, a Russian name
    return "ja:" + " ".join(sorted(k[3:] for k in keys))
