"""Places: whether a phrase is only a capital or a city (or a state), in any case and maybe after
a preposition ("z Hanoi", "Warszawy", "Ханоем", "Tiranën")."""

from __future__ import annotations

import re
import unicodedata

from kg1956.extract.lexicon import INFLECTED_PLACES, PLACES, STATE_NAMES
from kg1956.extract.memo import of_words

# Case endings a capital takes in Polish, Czech, Slovak, German and Hungarian ("z Hanoi do
# Warszawy", "w Pekinie", "do Moskwy", "z Pragi", "Berlinben"), and the prepositions before it.
# Hungarian cases after a capital (Pekinghez, Varsóhoz, and with the stem's last vowel lengthened:
# Moszkvához, Prágának, Moszkvából)
_HU_PLACE_CASES = "hoz hez höz nak nek ra re ról ről tól től val vel ban ben ba be ból ből"
_PLACE_ENDINGS = frozenset(
    "a u y i e ie ě em ą ę ou ot et om".split()
    + _HU_PLACE_CASES.split()
    + [long + case for long in "áé" for case in _HU_PLACE_CASES.split()]
)
_PLACE_LEAD = re.compile(r"^(?:from|to|in|at|z|ze|do|w|we|v|ve|na|aus|nach|von|in|из|в|во|на)\s+", re.IGNORECASE)


@of_words
def is_place(text: str) -> bool:
    """Whether `text` is only a capital or a city, in any case ("Warszawy", "Moskwie") and maybe
    after a preposition ("z Hanoi"): a place, or a capital standing for its government, never a party."""
    bare = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", text).strip(" ,;:.")
    bare = _PLACE_LEAD.sub("", bare).strip(" ,;:.")
    low = bare.lower()
    if not low or low in PLACES:
        return bool(low)
    # "P'yŏngyang", "P’yŏngyang", "Hà Nội": the romanisation's marks are no part of which place it is
    plain = "".join(ch for ch in unicodedata.normalize("NFD", low) if not unicodedata.combining(ch))
    plain = re.sub(r"['’ʼ]", "", plain)
    if plain in PLACES:
        return True
    if " " in low or not bare[:1].isupper():
        return False
    for place in INFLECTED_PLACES:
        stem = place[:-1] if place[-1:] in "aeoy" else place
        if len(stem) >= 4 and " " not in place and low.startswith(stem) and low[len(stem) :] in _PLACE_ENDINGS:
            return True
    return False


# case endings a one-word place may carry in Russian (Ханоем, Москвой, Вьетнамом, Тиране) or
# Albanian (Tiranën, Moskën, Pekinin, Beogradin); each cut is tried with and without a final vowel
_PLACE_CASES_RU = ("ом", "ем", "ой", "ей", "ою", "ею", "ы", "и", "е", "у", "ю", "а", "я")
_PLACE_CASES_SQ = ("ën", "ës", "in", "it", "n", "s", "u")


def is_place_any_case(text: str, states: bool = True) -> bool:
    """Whether one word (or a place `is_place` knows) is a capital, a city or (with `states`) a
    state in a Russian or Albanian case: "Ханоем", "Москвой", "Вьетнамом", "Пекина", "Тиране",
    "Tiranën", "Moskën"."""
    word = text.strip(" ,;:.")
    if is_place(word):
        return True
    if " " in word or not word[:1].isupper():
        return False
    low = word.lower().replace("ë", "e")
    cyrillic = re.search(r"[а-яё]", low) is not None
    stems = {low}
    for end in _PLACE_CASES_RU if cyrillic else _PLACE_CASES_SQ:
        end = end.replace("ë", "e")
        if low.endswith(end) and len(low) - len(end) >= 3:
            stems.add(low[: -len(end)])
    for stem in list(stems):
        stems |= {stem + v for v in (("а", "я", "й", "ь") if cyrillic else ("a", "e"))}
    known = {w.replace("ë", "e") for w in STATE_NAMES} if states else set()
    return any(s in known or s in PLACES or is_place(s.capitalize()) for s in stems)


# the last word of a site's or a thing's name, not a man's: "Gandhi Maidan", "Lenin Hills", "Red Square",
# "Lenin Mausoleum", "Nixon Kitchen", "Kremlin Hospital"
_SITE_NOUNS = frozenset(
    """square hills maidan mausoleum kitchen palace exhibition museum street road avenue prospekt dam temple tomb
    memorial monument stadium theatre theater cathedral mosque library university institute factory plant
    airport harbour canal river mountains valley falls island islands centre center bazaar cemetery chowk bagh
    ghat mahal bhavan bhawan hospital hotel academy school college project film ballet opera circus zoo kremlin
    """.split()
)
# (never a noun that is as often a surname: Hall, Park, Church, Tower, Hill, Gates, Fort, Mill, Wall, House)
# a seat of government standing for the government, as a capital does: "a copy went to Kremlin"
_SEATS = frozenset(
    {
        "kremlin",
        "the kremlin",
        "white house",
        "the white house",
        "zhongnanhai",
        "belweder",
        "belvedere",
        "quai d'orsay",
        "quai d’orsay",
        "the quai d'orsay",
        "the quai d’orsay",
        "downing street",
        "whitehall",
        "foggy bottom",
        "south block",
        "rashtrapati bhavan",
        "hradčany",
        "hradcany",
        "elysée",
        "élysée",
        "the elysée",
        "the élysée",
        "palais bourbon",
        "wilhelmstraße",
        "pankow",
        "wilhelmstrasse",
    }
)


def is_site(text: str) -> bool:
    """A building, a square or a thing named like a man ("Gandhi Maidan", "Lenin Mausoleum") or a seat of
    government ("Kremlin", "the White House"): no party to a talk or a letter."""
    name = " ".join(text.split()).strip(" .,;")
    if name.lower() in _SEATS:
        return True
    words = name.split()
    return len(words) >= 2 and words[-1].lower().strip("’'") in _SITE_NOUNS
