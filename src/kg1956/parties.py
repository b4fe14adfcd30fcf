"""The Central Committees of the bloc's parties, named in any language of the notes: "CC of
the CPSU", "CC CPSU", "CPSU CC", "ЦК КПСС", "KQ të PKBS" (Albanian), "ZK der SED" (German),
"CC al PCUS" (Romanian), "ЦК на БКП" (Bulgarian), "ÚV KSČ" (Czech), "KC PZPR" (Polish),
"MSZMP KB" (Hungarian), "CK SKJ" (Serbo-Croatian) are each one body. Two small lexicons, not a
list of names: the words for "Central Committee", and each party's abbreviations (and English
names) in those languages. A name is read as a Central Committee only when it is nothing but
such words.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Each party: its English abbreviation first, then what other languages and English write.
# An abbreviation two parties share (Polish "KPP" is also the prewar Polish party) is left out.
PARTIES: tuple[tuple[str, ...], ...] = (
    ("CPSU", "KPSS", "КПСС", "PKBS", "KPdSU", "KSSS", "KPZR", "SZKP", "PCUS", "Communist Party of the Soviet Union"),
    ("ALP", "PLA", "PPSh", "АПТ", "APT", "PPA", "Albanian Party of Labour", "Party of Labour of Albania"),
    ("KWP", "WPK", "ТПК", "TPK", "PdAK", "PTK", "Korean Workers' Party", "Workers' Party of Korea"),
    ("CCP", "CPC", "КПК", "KPK", "KKP", "ККП", "Chinese Communist Party", "Communist Party of China"),
    ("SED", "СЕПГ", "SEPG", "ГЕСП", "PSUG", "Socialist Unity Party"),
    ("PUWP", "PZPR", "ПОРП", "PORP", "LEMP", "Polish United Workers' Party"),
    ("HSWP", "MSZMP", "MSzMP", "ВСРП", "VSRP", "Hungarian Socialist Workers' Party"),
    ("CPCz", "KSČ", "KSC", "КПЧ", "KPCh", "Communist Party of Czechoslovakia"),
    ("BCP", "BKP", "БКП", "Bulgarian Communist Party"),
    ("RWP", "PMR", "РРП", "RRP", "Romanian Workers' Party"),
    ("LCY", "SKJ", "СКЮ", "SKYu", "League of Communists of Yugoslavia"),
    ("MPRP", "MNRP", "МНРП", "MAKN", "Mongolian People's Revolutionary Party"),
    ("VWP", "ПТВ", "PTV", "Vietnam Workers' Party"),
)
# the Chinese party as Albanian heads and their translations write it ("KQ të PK të Kinës", "CC of the CP of China")
PARTIES = tuple((*p, "CP of China", "PK të Kinës", "PK e Kinës") if p[0] == "CCP" else p for p in PARTIES)
# The parties' Russian names in the genitive they take after "Central Committee" (ЦК, Центральный
# комитет), in Cyrillic and in the Library of Congress transliteration, capitalised as written.
_RU_GENITIVE: tuple[tuple[str, str, str], ...] = (
    ("CPSU", "Коммунистической партии Советского Союза", "Kommunisticheskoi partii Sovetskogo Soiuza"),
    ("KWP", "Трудовой партии Кореи", "Trudovoi partii Korei"),
    ("CCP", "Коммунистической партии Китая", "Kommunisticheskoi partii Kitaia"),
    ("SED", "Социалистической единой партии Германии", "Sotsialisticheskoi edinoi partii Germanii"),
    ("PUWP", "Польской объединенной рабочей партии", "Pol'skoi ob'edinennoi rabochei partii"),
    ("HSWP", "Венгерской социалистической рабочей партии", "Vengerskoi sotsialisticheskoi rabochei partii"),
    ("CPCz", "Коммунистической партии Чехословакии", "Kommunisticheskoi partii Chekhoslovakii"),
    ("BCP", "Болгарской коммунистической партии", "Bolgarskoi kommunisticheskoi partii"),
    ("RWP", "Румынской рабочей партии", "Rumynskoi rabochei partii"),
    ("LCY", "Союза коммунистов Югославии", "Soiuza kommunistov Iugoslavii"),
    ("MPRP", "Монгольской народно-революционной партии", "Mongol'skoi narodno-revoliutsionnoi partii"),
    ("ALP", "Албанской партии труда", "Albanskoi partii truda"),
    ("VWP", "Партии трудящихся Вьетнама", "Partii trudiashchikhsia V'etnama"),
)

# "Central Committee" in English, Russian, Albanian (Komiteti Qendror), German (Zentralkomitee),
# Czech and Slovak (Ústřední výbor), Polish (Komitet Centralny), Hungarian (Központi
# Bizottság), Serbo-Croatian (Centralni komitet).
COMMITTEE = ("Central Committee", "CC", "ЦК", "TsK", "KQ", "ZK", "ÚV", "UV", "KC", "KB", "CK")
# Russian "Центральный комитет" in its six cases, in Cyrillic and transliterated (both
# Library of Congress "Tsentral'nyi" and the looser "Tsentralny"), first letter either case.
_RU_CASES = (("ый", "ий"), ("ого", "ого"), ("ому", "ому"), ("ым", "ым"), ("ом", "ом"))
_RU_COMMITTEE_END = ("", "а", "у", "ом", "е")
_LAT_CASES = (("yi", ""), ("ogo", "a"), ("omu", "u"), ("ym", "om"), ("om", "e"))


def _ru_committee() -> tuple[str, ...]:
    out = []
    for (adj, _), noun in zip(_RU_CASES, _RU_COMMITTEE_END, strict=True):
        for first in "Цц":
            out.append(f"{first}ентральн{adj} комитет{noun}")
    for adj, noun in _LAT_CASES:
        for first in "Tt":
            for soft in ("'", "’", ""):
                out.append(f"{first}sentral{soft}n{adj} komitet{noun}")
    return tuple(out)


COMMITTEE = COMMITTEE + _ru_committee()
# "CC of the CPSU", "ZK der SED", "KQ të PPSh", "KQ i PPSh"; Romanian "CC al PCUS", Bulgarian "ЦК на БКП"
_BETWEEN = ("of the", "der", "të", "e", "i", "al", "на", "na")

_PARTY = {abbr: party[0] for party in PARTIES for abbr in party}
for _abbr, *_names in _RU_GENITIVE:
    for _name in _names:
        _PARTY[_name] = _abbr
        _PARTY[_name[0].lower() + _name[1:]] = _abbr
_words = lambda items: "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(items, key=len, reverse=True))  # noqa: E731
_P = rf"(?P<party>{_words(_PARTY)})"
_C = rf"(?:{_words(COMMITTEE)})"
_J = rf"(?:\s+(?:{_words(_BETWEEN)}))?"
_P2 = _P.replace("?P<party>", "?P<party2>")
# the committee then the party, or the party then the committee
COMMITTEE_NAME = re.compile(rf"(?<![\w]){_C}{_J}\s+{_P}(?![\w’'])|(?<![\w]){_P2}\s+{_C}(?![\w])")


@lru_cache(maxsize=4096)
def party_committee(name: str) -> str | None:
    """The English name ("CPSU Central Committee") of a Central Committee written in any of
    the languages above, or None if the name is anything else."""
    m = COMMITTEE_NAME.fullmatch(" ".join(name.split()).removeprefix("the ").removeprefix("The "))
    if m is None:
        return None
    party = m.group("party") or m.group("party2")
    return f"{_PARTY[party]} Central Committee"


# a body of the committee ("CC CPSU Presidium", "Presidium of the CC CPSU") is another body
_BEFORE_OTHER_BODY = re.compile(r"(?:Presidium|Politburo|Secretariat|Plenum|Bureau|Department)\s+(?:of\s+the\s+)?$")


def committee_names(text: str):
    """Every Central Committee named in a text, with its English name: (start, end, name)."""
    for m in COMMITTEE_NAME.finditer(text):
        if re.match(r"\s+[A-ZА-ЯЁ]", text[m.end() : m.end() + 2]) or _BEFORE_OTHER_BODY.search(text[: m.start()]):
            continue
        yield m.start(), m.end(), party_committee(m.group(0))
