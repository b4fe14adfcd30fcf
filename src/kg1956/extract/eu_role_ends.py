"""Where an office written before a name in Czech, Polish, German or Hungarian ends: a state's
name in that language's case closes it ("ministrem zahraničních věcí Egypta Mahmúdem Fauzím",
"ministra spraw zagranicznych Syrii Chalida al-Azma"), as a state's acronym does ("KLDR");
the capitalised word is the state's, not the first word of the name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# states' stems as Czech, Polish, German and Hungarian decline them, without diacritics
_STATE_STEMS = (
    "egypt egipt agypt syri syrj irak iran indi indones indonez kub cin chin japon japan jugoslavi jugoslawi"
    " albani afghanistan afganistan liban jemen jordan vietnam wietnam korej kore mongol turec turc tunis"
    " alzir algier algieri maroc marok sudan etiopi ghan guine kambodz laos birm barm"
).split()


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).lower()


def latin_state_ends_role(words: list[str], i: int, is_role_word: Callable[[str], bool]) -> bool:
    """Whether words[i] is a state's name in a Czech, Polish, German or Hungarian case closing
    a lower-case office before it, with a name still to follow."""
    if i + 1 >= len(words) or i == 0:
        return False
    word, before = words[i], words[i - 1]
    if not re.fullmatch(r"[^\W\d_][^\W\d_]+", word) or not word[0].isupper() or not word[1:].islower():
        return False
    if not before[:1].islower() or not any(is_role_word(w) for w in words[:i]):
        return False
    low = _fold(word)
    return any(low.startswith(stem) and len(low) - len(stem) <= 3 for stem in _STATE_STEMS)


def is_latin_state_word(word: str) -> bool:
    """Whether one capitalised word is a state's name in a Czech, Polish, German or Hungarian case
    ("Indonezji", "Egypta", "Sýrie"): after an office ("z ambasadorem Indonezji") it names no one."""
    if not re.fullmatch(r"[^\W\d_]+", word) or not word[0].isupper() or not word[1:].islower():
        return False
    low = _fold(word)
    return any(low.startswith(stem) and len(low) - len(stem) <= 3 for stem in _STATE_STEMS)
