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


def blank_alias_brackets(text: str) -> str:
    """`text` with each bracket of another name of the man before it blanked."""
    return _ALIAS_BRACKET.sub(lambda m: " " * len(m.group(0)), text)
