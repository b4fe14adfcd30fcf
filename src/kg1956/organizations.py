"""Bodies under their usual English names: "ЦК КПСС" and "CC CPSU" are the Central Committee of
the CPSU; "the Embassy of Hungary in North Korea" is the Hungarian Embassy in Pyongyang's."""

from __future__ import annotations

import re

from kg1956.extract.lexicon import ORGANIZATION_ALIASES
from kg1956.parties import party_committee
from kg1956.romanize import fold, slugify

_ORG_INDEX = {slugify(alias): names[0] for names in ORGANIZATION_ALIASES for alias in names}


# The bloc's states as English writes them: the adjective first, then names and capitals.
# An embassy is named by its state and its host, either way round ("Embassy of Hungary in
# North Korea" = "Hungarian Embassy in Pyongyang").
_STATES: tuple[tuple[str, ...], ...] = (
    ("Soviet", "the USSR", "USSR", "Soviet Union", "the Soviet Union", "Moscow"),
    ("Hungarian", "Hungary", "Budapest"),
    ("Polish", "Poland", "Warsaw"),
    ("East German", "the GDR", "GDR", "East Germany", "East Berlin"),
    ("Czechoslovak", "Czechoslovakia", "Prague"),
    ("Romanian", "Romania", "Bucharest"),
    ("Bulgarian", "Bulgaria", "Sofia"),
    ("Albanian", "Albania", "Tirana"),
    ("Yugoslav", "Yugoslavia", "Belgrade"),
    ("Mongolian", "Mongolia", "the MPR", "Ulaanbaatar", "Ulan Bator"),
    ("Chinese", "China", "the PRC", "PRC", "Beijing", "Peking"),
    ("North Korean", "North Korea", "the DPRK", "DPRK", "Pyongyang", "P'yŏngyang"),
    ("North Vietnamese", "North Vietnam", "the DRV", "DRV", "Hanoi"),
)
_STATE = {fold(n): names[0] for names in _STATES for n in names}
_COUNTRY = {names[0]: names[1] for names in _STATES}
_STATE_WORDS = "|".join(re.escape(fold(n)) for n in sorted(_STATE, key=len, reverse=True))
_EMBASSY = re.compile(
    rf"(?:the )?(?:embassy of (?P<of>{_STATE_WORDS})|(?P<adj>{_STATE_WORDS}) embassy) in (?P<host>{_STATE_WORDS})"
)


def _embassy(name: str) -> str | None:
    m = _EMBASSY.fullmatch(" ".join(fold(name).split()))
    if m is None:
        return None
    state, host = _STATE[m.group("of") or m.group("adj")], _STATE[m.group("host")]
    return None if state == host else f"{state} Embassy in {_COUNTRY[host]}"


# A Russian body's head noun in an oblique case, and its nominative: "посольству СССР в КНДР" and
# "посольства СССР в КНДР" are one embassy, "Президиума ЦК ВПТ" and "Президиуму ЦК ВПТ" one presidium
_RU_BODY_HEAD = re.compile(
    r"(?P<stem>[Пп]осольств|[Мм]инистерств|[Пп]равительств)(?:а|у|ом|е)(?=\s)"
    r"|(?P<stem2>[Пп]резидиум|[Сс]екретариат|[Кк]омитет)(?:а|у|ом|е)(?=\s)"
)


def _ru_nominative(name: str) -> str:
    m = _RU_BODY_HEAD.match(name)
    if m is None:
        return name
    head = m.group("stem") + "о" if m.group("stem") else m.group("stem2")
    return head + name[m.end() :]


def canonical_organization(name: str) -> str:
    """The usual English name of a body written in another way ("ЦК КПСС", "CC CPSU")."""
    nominative = _ru_nominative(name)
    return (
        _ORG_INDEX.get(slugify(name))
        or (nominative != name and _ORG_INDEX.get(slugify(nominative)))
        or party_committee(name)
        or _embassy(name)
        or nominative
    )
