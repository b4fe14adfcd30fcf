"""Japanese names in Hepburn (or Kunrei) romanisation, written family name first
("Hatoyama Ichirō", the Japanese order most historians keep) or given name first
("Ichiro Hatoyama", the order of English-language papers), with or without macrons.

A name is read as Japanese only when every word of it is a sequence of Japanese syllables
(ka, shi, tsu, ryo, n …, a long vowel with a macron or doubled), which the words of
Slavic, German, Hungarian, Korean, Chinese or Vietnamese names almost never are (a
consonant cluster, an "l", a final consonant other than "n" rules them out). For such a
name either word may be the family name, so `resolve` lets a surname written alone meet
either word, and still merges only when exactly one person fits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg1956.romanize import fold

# One mora: a vowel; a consonant (or Hepburn digraph) and a vowel; a palatalised consonant
# and a, u, o; syllabic n (before a consonant, an apostrophe or at the end); the first half
# of a doubled consonant ("kk", "ss", "tch").
_MORA = (
    r"(?:"
    r"[aiueo]"
    r"|(?:sh|ch|j)[aiueo]?"
    r"|ts[uaieo]"
    r"|f[uaieo]"
    r"|[kgnhbpmr]y[auo]"
    r"|[kgszdtnhbpmr][aiueo]"
    r"|y[auo]|w[ao]"
    r"|n'?(?![aiueoy])"
    r"|(?:k(?=k)|s(?=s)|t(?=t|ch)|p(?=p))"
    r")"
)
_WORD = re.compile(rf"(?:{_MORA})+")


@lru_cache(maxsize=65536)
def japanese_word(word: str) -> bool:
    """Whether one word reads as a Japanese name in Hepburn or Kunrei letters: "Kōno",
    "Shun'ichi", "Hatoyama", "Shigemitsu" (two morae at least, a capital first)."""
    if not word[:1].isupper() or not word.replace("’", "'").replace("'", "").isalpha():
        return False
    folded = fold(word.replace("’", "'"))
    if not re.fullmatch(r"[a-z']+", word.lower().translate(_PLAIN)) or len(folded) < 3:
        return False
    return bool(_WORD.fullmatch(folded)) and len(re.findall(r"[aiueo]", folded)) >= 2


_PLAIN = str.maketrans("āēīōūâêîôûĀĒĪŌŪÂÊÎÔÛ’", "aeiouaeiouAEIOUAEIOU'")


def japanese_name(spelling: str) -> bool:
    """Whether a spelling is a Japanese name of two words, in either order."""
    words = spelling.split()
    return len(words) == 2 and all(japanese_word(w) for w in words)
