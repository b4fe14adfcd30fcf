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

from kg1956.extract.dates import _MONTH_ANY

# the few words an author puts before the entries ("The entries for …", "Особенно важны записи от …"): an
# article, an adverb or a word of weight; never a word that makes them another's ("catalogue", "later", "his")
_LEAD = (
    r"(?:the|these|both|especially|particularly|see|cf\.|also|and|"
    r"особенно|наиболее|весьма|очень|важны|интересны|существенны|см\.|также|"
    r"besonders|vor\s+allem|die|siehe)"
)
_MONTH_WORD = rf"(?:{_MONTH_ANY})\.?"
_ENTRIES_THEN_IBID = re.compile(
    rf"^(?P<lead>(?:{_LEAD}\s+){{0,3}}?)"
    # the entry word, then its days at once: "Entries of 3 and 9 May", "записи от 4 и 11 марта",
    # "Eintragungen vom 3. und 5.11."; never "Запись беседы …", "Entry of conversation …", "Eintrag Nr. 3"
    r"(?P<e>(?:entry|entries|запись|записи|Eintragung(?:en)?|Eintrag)"
    rf"(?:\s+(?:of|for|from|vom|von|от|за))?\s+(?:\d|{_MONTH_WORD}\s+\d)[^;:()\[\]]{{0,60}}?)"
    r"(?P<sep>\s*[,:]\s*)(?P<ib>ibid\.?|там\s+же\.?|ebd\.?|ebenda\.?)",
    re.IGNORECASE,
)
# what the author says of the entries after the Ibid.: they are no diary's days that can be read
_NOT_READ = re.compile(
    r"[\s,.]*(?:[^;]{0,40}?\b)?(?:are|is|were|was)\s+(?:\w+\s+)?(?:missing|lost|misdated|added|forged|wrong|"
    r"not\s+extant|destroyed|illegible)\b|[\s,.]*(?:[^;]{0,40}?\b)?(?:fehlen|fehlt|утрачен|отсутству)",
    re.IGNORECASE,
)


def entries_then_ibid(text: str) -> tuple[str, int] | None:
    """`text` rewritten as "Ibid., <entries> …" (same length) and where it starts after the words
    passed over; None unless it opens with a diary's entries and then an Ibid."""
    m = _ENTRIES_THEN_IBID.match(text)
    if m is None or not re.search(r"\d", m.group("e")):
        return None
    if _NOT_READ.match(text, m.end()):
        return None  # "Later entries for 3 and 9 May, ibid., were added by his son", "…, ibid., are missing"
    lead = len(m.group("lead"))
    sep = "," + " " * (len(m.group("sep")) - 1) if len(m.group("sep")) > 1 else ","
    swapped = " " * lead + m.group("ib") + sep + m.group("e") + text[m.end() :]
    if len(m.group("sep")) == 1:  # "entries of 3 May,ibid.": keep the length with the space the swap needs
        swapped = " " * lead + m.group("ib") + "," + m.group("e") + text[m.end() :]
    return swapped, lead
