"""The words of an English record head: the nouns naming a record ("Memorandum", "Cable"), the
conversation nouns ("of conversation"), the modifiers ("ciphered"), and the head they make."""

from __future__ import annotations

import re

from kg1956.extract.kinds import CONVERSATION_NOUNS, KINDS, MODIFIERS, fuzzy_alternation

_NOUNS = sorted((k for k in KINDS if re.match(r"[a-z]", k)), key=len, reverse=True)
NOUN_RE = fuzzy_alternation(_NOUNS)
# longest first, then alphabetical (a frozenset's order differs between processes)
CONV_RE = fuzzy_alternation(sorted(CONVERSATION_NOUNS, key=lambda k: (-len(k), k)))
MOD_RE = fuzzy_alternation(sorted(MODIFIERS, key=len, reverse=True))
HEAD = re.compile(
    rf"^(?:(?:{MOD_RE})\s+)*(?P<noun>{NOUN_RE})\b"
    rf"(?:\s+(?:of|on|about|concerning)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?"
    # "Record of the first meeting between …", "Minutes of a further conversation with …": an ordinal
    r"(?:(?:first|second|third|fourth|fifth|final|last|further|next|later)\s+)?"
    rf"(?P<noun2>{CONV_RE})\b)?"
    rf"(?:,?\s+(?:the\s+)?(?:first|second|third|fourth|fifth|final|last)\s+(?P<noun3>{CONV_RE})\b)?"
    r"(?:\s*(?:No\.?|no\.|№|#)\s*[\w./-]+)?"
    # "Spravka [memorandum] by …", "szyfrogram (cipher telegram) from …": the noun translated
    r"(?:\s*\[[a-z][^\[\]]{2,40}\]|\s*\((?=[^()]{2,40}\))[a-z][^()]*\))?",
    re.IGNORECASE,
)
