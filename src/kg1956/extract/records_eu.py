"""Record heads in German, Czech and Polish, as East European archives title them:

    "Aktenvermerk über ein Gespräch des Botschafters Kurt Schneidewind mit Nam Il am 12.10.1956"
    "Vermerke über Gespräche Böttchers mit Filatov am 3. und 7.11.1956"
    "Záznam o rozhovoru velvyslance Z. Pecky s Kim Ir Senem dne 22.9.1956"
    "Notatka z rozmowy ambasadora Stanisława Kiryluka z Chen Yi, 14 V 1958"
    "Walter Ulbricht an Kim Il Sung, Brief, 5.3.1957"

Names stay as written (declined, as these languages decline them).
"""

from __future__ import annotations

import re

from kg1956.extract.parties import RuleResult, conversation_sides, people_until_date, side, split_top
from kg1956.models import Communication, Participant, Span

_CONVERSATION_HEAD = re.compile(
    r"^(?:(?:akten)?vermerke?|niederschrift|aktennotiz|gesprächsnotiz|protokoll|information)\s+über\s+"
    r"(?:ein|das|die|den|einem|eine)?\s*(?:gespräch|gespräche|unterredung|aussprache|besprechung)\w*\s+"
    r"|^záznam\s+o\s+(?:rozhovoru|rozhovorech|návštěvě)\s+"
    r"|^notatka\s+z\s+(?:rozmowy|rozmów|wizyty)\s+",
    re.IGNORECASE,
)
_WITH = re.compile(r"\s+(?:mit|s|se|z|ze)\s+")
_DATE_WORD = re.compile(r"\s+(?:am|vom|dne|dnia|w\s+dniu)\s*$", re.IGNORECASE)
_MESSAGE_KIND = {
    "brief": "letter",
    "schreiben": "letter",
    "telegramm": "telegram",
    "fernschreiben": "telegram",
    "bericht": "report",
    "dopis": "letter",
    "telegram": "telegram",
    "list": "letter",
    "szyfrogram": "telegram",
}
_BARE_AN = re.compile(
    r"^(?P<a>[^,;]{3,80}?)\s+(?:an|–>|->)\s+(?P<b>[^,;]{3,80}?),\s*(?P<kind>" + "|".join(_MESSAGE_KIND) + r")\s*,\s*",
    re.IGNORECASE,
)


def read_european_conversation(text: str, offset: int) -> RuleResult | None:
    """A conversation record titled in German, Czech or Polish (see the module docstring)."""
    m = _CONVERSATION_HEAD.match(text)
    if not m:
        return None
    cut = people_until_date(text[m.end() :], offset)
    body = _DATE_WORD.sub("", cut.body)
    body = re.sub(r"^(?:des|der|zwischen)\s+", "", body, flags=re.IGNORECASE)
    split = split_top(body, _WITH) or split_top(body, re.compile(r"\s+(?:und|a|i)\s+"))
    if split is None:
        return None
    sides = conversation_sides(split[0], offset + m.end(), split[2], offset + m.end() + split[3], False)
    if sides is None:
        return None
    end = m.end() + cut.end
    comm = Communication(
        "conversation",
        cut.date.value if cut.date else None,
        tuple(sides[0]),
        Span(offset, offset + end),
        tuple(sides[1]),
    )
    return RuleResult(comm, end, cut.more)


def read_european_message(text: str, offset: int) -> RuleResult | None:
    """ "Walter Ulbricht an Kim Il Sung, Brief, 5.3.1957": sender, addressee, kind, date."""
    m = _BARE_AN.match(text)
    if not m:
        return None
    sender = side(m.group("a"), offset + m.start("a"))
    recipient = side(m.group("b"), offset + m.start("b"))
    if sender is None or recipient is None or not (sender[0] or recipient[0]):
        return None
    cut = people_until_date(text[m.end() :], offset)
    if cut.date is None or cut.body.strip(" ,"):
        return None
    parts = [Participant(x, "sender") for x in sender[0]] + [Participant(x, "recipient") for x in recipient[0]]
    end = m.end() + cut.end
    comm = Communication(
        _MESSAGE_KIND[m.group("kind").lower()],
        cut.date.value,
        tuple(parts),
        Span(offset, offset + end),
        tuple(sender[1] + recipient[1]),
    )
    return RuleResult(comm, end, cut.more)
