"""Alternations of many words written as a trie: "record(?:s)?|report" for
"records|record|report". The same strings, matched in the same order of preference (a longer
word before a word it extends), in fewer nodes where the words share their beginnings (the OCR-
tolerant head nouns: a third fewer); CPython's regex compiler, written in Python, costs time in
proportion to the nodes it reads. (The month names share too little: their trie compiles no faster.)"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_END = ""  # a node's key for "a word ends here" (no token is empty)


def escaped_letters(word: str) -> list[str]:
    """`word` as a list of one-letter regex tokens, each matching its letter literally."""
    return [re.escape(ch) for ch in word]


def trie_alternation(words: Iterable[str], letters: Callable[[str], list[str]] = escaped_letters, sep: str = "") -> str:
    """A regex alternation of `words`, each the tokens `letters(word)` joined by `sep`, the words
    that begin with the same tokens sharing them. Where one word ends and a longer one goes on, the
    longer is tried first: for literal words (escaped letters, no `sep`) the trie is the alternation
    of the words longest first, since two words can match at one place only when one is a prefix of
    the other. For other tokens the caller makes sure of the same (see kinds.fuzzy_alternation)."""
    root: dict[str, dict] = {}
    for word in words:
        tokens = letters(word)
        if not tokens:
            raise ValueError("an empty word has no place in an alternation")
        node = root
        for token in tokens:
            node = node.setdefault(token, {})
        node[_END] = {}
    return "|".join(_branches(root, sep))


def _branches(node: dict[str, dict], sep: str) -> list[str]:
    """The alternatives below `node`, in the order their first words came."""
    out = []
    for token, child in node.items():
        if token == _END:
            continue
        below = _branches(child, sep)
        if not below:
            out.append(token)
            continue
        rest = below[0] if len(below) == 1 else "(?:" + "|".join(below) + ")"
        if _END not in child:
            out.append(token + sep + rest)
        elif sep or len(below) == 1:
            out.append(token + "(?:" + sep + rest + ")?")
        else:
            out.append(token + rest + "?")
    return out
