"""The label of a person: the spelling the mentions agree on, a nominative for a declined one."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from kg1956.romanize import NameKey, both_declined, name_key
from kg1956.romanize_cross import instrumental_nominative, russian_initials_nominative
from kg1956.surname_keys import written_surname

# An instrumental ending a nominative seldom has ("Chzhou Enlaem", "Czou En-lajem"): such a
# spelling is the label only when no other spelling of the person is free of it.
_LOOKS_DECLINED = re.compile(r"\S\s+\S+(?:em|om|ом|ем|ым|ой)$")


# an East Asian name in German or Hungarian letters ("Kim Dschong Il", "Kim Csang Man", "Mao
# Tse-tung" stays) or with an OCR slip ("Kim lr"): the label only when no other spelling is standard
_CENTRAL_LETTERS = re.compile(r"^(?:Dsch|Tsch|Sch|Dzs|Cs|Sz|Zs|Gy|Ny)|sch", re.IGNORECASE)


def _irregular(display: str) -> bool:
    """A Korean or Chinese spelling in German or Hungarian letters, or one repaired from OCR."""
    words = display.replace("-", " ").split()
    if any(w in ("lr", "II") for w in words):
        return True
    if name_key(display).family not in ("korean", "chinese"):
        return False
    return any(_CENTRAL_LETTERS.search(w) for w in words)


def _looks_declined(display: str) -> bool:
    """ "Chzhou Enlaem", "Enverom Khodzhei": a form only a declined name has (an instrumental;
    a given name in -a or -u may be a nominative: "Nina Popova", "Shigemitsu Mamoru")."""
    words = display.split()
    return bool(_LOOKS_DECLINED.search(display)) or (
        len(words) == 2 and words[0].endswith(("om", "em")) and bool(both_declined(words))
    )


def entity_label(
    members: list[str],
    keys: dict[str, NameKey],
    reduced: dict[str, tuple[str, NameKey]],
    label_counts: Counter,
    counts: Counter,
    first_seen: dict[str, tuple[str, int, int]],
) -> str:
    """A person's label: the real name behind a cryptonym; else a nominative. Declined
    spellings count for the base form they reduce to ("Н.С. Хрущева", "Н.С. Хрущеву" → "Н.С.
    Хрущев"; "В. Гомулке", "В. Гомулки" → "В. Гомулка", written nowhere; "A.I. Mikoiana" for
    "A.I. Mikoyan"), unless the spelling as written is confirmed by another one and its base
    by none ("A.Ia. Vyshinsky" = "A.Ya. Vyshinsky" stays, not "Vyshinska"); an instrumental
    written alone gives its nominative ("Ле Зуаном" → "Ле Зуан")."""
    own = {s: keys[s].strong for s in members}
    own_count = Counter(own.values())
    unreduced = {own[s] for s in members if reduced[s][0] == s}
    # "-ова" is a man's genitive or a woman's name: read as a man's only if a spelling says so
    masculine = any(written_surname(s)[-1:] not in ("а", "a", "") for s in members if keys[s].family != "korean")
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    shown: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in members:
        base = reduced[s][0]
        if label_counts[s] >= 100:
            group, display = ("alias", s), s
        elif base != s and (name_key(base).strong in (own[s], *unreduced) or own_count[own[s]] == 1):
            group, display = ("key", name_key(base).strong), base
        elif (
            base == s
            and keys[s].family == "initials"
            and russian_initials_nominative(s) != s
            and (masculine or not written_surname(s).endswith("а"))  # "Е.А. Фурцева" is a woman
        ):
            group, display = ("key", own[s]), russian_initials_nominative(s)
        elif base == s and instrumental_nominative(s):
            nominative = instrumental_nominative(s)
            group, display = ("key", name_key(nominative).strong), nominative
        else:
            group, display = ("key", own[s]), s
        groups[group].append(s)
        shown[group].append(display)

    def display_of(group: tuple[str, str]) -> str:
        weight: dict[str, list[int]] = {}
        for s, display in zip(groups[group], shown[group], strict=True):
            w = weight.setdefault(
                display, [int(not _irregular(display)), 0, 0, int(display in members), len(display), 0]
            )
            w[1] += label_counts[s]
            w[2] += counts[s]
            w[5] = max(w[5], -_order(first_seen, s))
        return max(weight, key=lambda d: (*weight[d], d))

    def score(group: tuple[str, str]):
        display = display_of(group)
        return (
            max(label_counts[s] for s in groups[group]) >= 100,
            not _irregular(display),
            not _looks_declined(display),
            sum(label_counts[s] for s in groups[group]),
            sum(counts[s] for s in groups[group]),
            len(display),
            -min(_order(first_seen, s) for s in groups[group]),
            display,
        )

    return display_of(max(groups, key=score))


def _order(first_seen: dict[str, tuple[str, int, int]], s: str) -> int:
    src, num, pos = first_seen.get(s, ("", 10**9, 0))
    return num * 100000 + pos
