"""Russian words that stand where a party would in prose or a head but name none: a capital or
state in any case ("Пекину", "Будапешту"), a newspaper or news agency ("Правда", "Правдой",
"ТАСС"), and a body that does not say whose it is ("Центру", "Кремлю", "Президиуму")."""

from __future__ import annotations

from kg1956.extract.places import is_place_any_case

# nominatives; a word is matched by its stem, in any case ("Центру", "Кремлю", "Правдой", "Известиям")
_NOT_PARTIES = (
    "центр кремль президиум правительство министерство посольство отдел политбюро секретариат комитет "
    "совет газета редакция агентство пресса радио правда известия труд тасс синьхуа жэньминь нодон родон "
    "непсабадшаг"
).split()
_ENDS = tuple("ами ями ом ем ой ей ою ею ам ям ах ях ы и е у ю а я й ь о".split())


def _stems(word: str) -> set[str]:
    low = word.lower()
    return {low} | {low[: -len(end)] for end in _ENDS if low.endswith(end) and len(low) - len(end) >= 3}


_STEMS = frozenset(s for w in _NOT_PARTIES for s in _stems(w))


def not_a_russian_party(word: str) -> bool:
    """Whether one word (maybe declined) is a place, the press or an unnamed body, never a person:
    "Пекину", "Центру", "Кремлю", "Правда", "Правдой"; a surname ("Серову", "Кадару") is not."""
    word = word.strip(" ,;:.")
    if not word or " " in word:
        return False
    return is_place_any_case(word) or bool(_stems(word) & _STEMS)
