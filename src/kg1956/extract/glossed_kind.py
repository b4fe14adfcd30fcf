"""A record's kind written in its own language and glossed in brackets before the rest of an English
head: "szyfrogram (cipher telegram) from Ambassador Kiryluk, Peking, 22.X.1956", "Fernschreiben [telex]
from …", "raport (report) of …", "Zpráva (report) from …".

The bracket is read as the kind word's translation only when the word before it is a kind of record
in any language the lexicon knows (kinds.KINDS and the East European kind words) and the bracket
itself names a kind in English; the head is then read with the English kind in the original's place
(padded, so that every offset stays).
"""

from __future__ import annotations

import re

from kg1956.extract.bodies import plainly_person
from kg1956.extract.kinds import KINDS

# East European words for a record's kind not in kinds.KINDS (which holds the English ones and a few)
_ORIGINAL_KINDS = frozenset(
    """
    szyfrogram szyfrogramy depesza depesze notatka sprawozdanie raport pismo list informacja
    telegramm bericht schreiben brief vermerk aktenvermerk niederschrift
    zpráva záznam dopis šifrogram šifrovaný telegram depeše
    jelentés feljegyzés levél rejtjeltávirat távirat
    telegramă notă scrisoare raport
    телеграма писмо доклад информация
    telegrami letër relacion
    depeša pismo izveštaj izvještaj zabeleška zabilješka
    """.split()
)
_GLOSSED = re.compile(r"^(?P<kind>[^\W\d_]+)(?P<gloss>\s*[(\[](?P<inner>[^()\[\]]{3,40})[)\]])(?=\s+\S)")
_ENGLISH_KIND = re.compile(r"[a-z]+")


def unglossed_kind(text: str) -> str | None:
    """`text` with its leading kind word replaced by the English kind the bracket after it gives
    (padded to the same length), or None when it does not begin so (see the module docstring)."""
    m = _GLOSSED.match(text)
    if m is None:
        return None
    kind = m.group("kind").lower()
    if kind not in _ORIGINAL_KINDS and kind not in KINDS:
        return None
    if not any(w in KINDS for w in _ENGLISH_KIND.findall(m.group("inner").lower())):
        return None
    # the English kind in the original's place, padded so that every offset after it stays
    english = m.group("inner").strip()
    return english.ljust(m.end("gloss")) + text[m.end("gloss") :]


def read_glossed_kind(text: str, offset: int):  # noqa: ANN201
    """The record the other rules read once the leading kind word is read as its English gloss."""
    bare = unglossed_kind(text)
    if bare is None:
        return None
    from kg1956.extract.communications import CONVERSATION_RULES

    for rule in CONVERSATION_RULES:
        if rule is read_glossed_kind:
            continue
        found = rule(bare, offset)
        if found is None:
            continue
        # its writer must be named, plainly a person ("List [Letter] of the Polish delegates to the
        # United Nations": no one wrote it by name)
        writers = [p for p in found.communication.participants if p.function in ("sender", "recorder")]
        if not any(plainly_person(p.mention) for p in writers):
            return None
        return found
    return None
