"""A bracket after a Russian name that says under what other name the man went or what his real
name was: "маршала С.С. Бирюзова (под фамилией Петров)", "А.И. Алексеева (настоящая фамилия –
Шитов)", "(он же «Павлов»)", "(под псевдонимом «Директор»)", "(под именем инженера Петрова)",
"(известный как …)". It is no office and no party of its own: it is blanked (same length, so
offsets stay) and the name before it is read with the list it stands in."""

from __future__ import annotations

import re

_ALIAS_BRACKET = re.compile(
    r"\(\s*(?:под\s+(?:фамилией|именем|псевдонимом|видом)|он\s+же|она\s+же|они\s+же"
    r"|(?:настоящая|подлинная|партийная)\s+фамилия|известн(?:ый|ая|ого|ым)\s+как)\b[^()\[\]]{0,60}\)",
    re.IGNORECASE,
)

# a bracket that ends in the real name with its initials ("«Петрова» (под фамилией Петров – маршал С.С.
# Бирюзов)", "(настоящая фамилия – И.А. Плиев)", "(он же Р.Я. Малиновский)") keeps that name, maybe after
# his office, as a bracket after the cover name: "«Петрова» (маршал С.С. Бирюзов)" — the same man
# (test_review19_ru H10); not "(он же вёл переговоры с Р. Кастро)": another man the sentence names
_REAL_NAME_END = re.compile(
    r"(?:[–—-]|(?<=же))\s*(?P<real>(?:(?!(?:с|со|и|в|во|на|к|ко|о|об|от|у)\s)[а-яё]+\s+){0,3}"
    r"(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+)\s*\)$"
)


def _blank(m: re.Match[str], keep_real: bool) -> str:
    bracket = m.group(0)
    real = _REAL_NAME_END.search(bracket) if keep_real else None
    if real is None:
        return " " * len(bracket)
    return "(" + " " * (real.start("real") - 1) + bracket[real.start("real") :]


def blank_alias_brackets(text: str, keep_real: bool = False) -> str:
    """`text` with each bracket of another name of the man before it blanked (with `keep_real`, the real name
    it gives kept: a talk's side; a message's cover names are the message reader's own)."""
    return _ALIAS_BRACKET.sub(lambda m: _blank(m, keep_real), text)
