"""A diary's entries named before the Ibid. that says whose diary they are in:

    "Entries of 3 and 9 May, ibid." / "Записи от 3 и 9 мая: Там же. Л. 12, 15." /
    "Eintragungen vom 3. und 9.5.1957, ebd., Bl. 4"

read as "Ibid., entries of 3 and 9 May" would be: the entries of the diary the Ibid. points back
to, one a day. A few words of the author's before the entries ("The entries for 3 and 9 May, ibid.",
"Особенно важны записи от …") are passed over; the text is rewritten with the same length, so
every offset stays the note's.
"""

from __future__ import annotations

import re

_ENTRIES_THEN_IBID = re.compile(
    r"^(?P<lead>(?:[^\W\d_]+\s+){0,3}?)"
    r"(?P<e>(?:entry|entries|запись|записи|Eintragung(?:en)?|Eintrag)\b[^;:()\[\]]{3,60}?)"
    r"(?P<sep>\s*[,:]\s*)(?P<ib>ibid\.?|там\s+же\.?|ebd\.?|ebenda\.?)",
    re.IGNORECASE,
)


def entries_then_ibid(text: str) -> tuple[str, int] | None:
    """`text` rewritten as "Ibid., <entries> …" (same length) and where it starts after the words
    passed over; None unless it opens with a diary's entries and then an Ibid."""
    m = _ENTRIES_THEN_IBID.match(text)
    if m is None or not re.search(r"\d", m.group("e")):
        return None
    lead = len(m.group("lead"))
    sep = "," + " " * (len(m.group("sep")) - 1) if len(m.group("sep")) > 1 else ","
    swapped = " " * lead + m.group("ib") + sep + m.group("e") + text[m.end() :]
    if len(m.group("sep")) == 1:  # "entries of 3 May,ibid.": keep the length with the space the swap needs
        swapped = " " * lead + m.group("ib") + "," + m.group("e") + text[m.end() :]
    return swapped, lead
