"""A long alternation asked only whether it occurs ("does this clause hold any word of refusal?")
rewritten so that a place is tried only against the alternatives that can start with its letter.

CPython's `re` tries every alternative at every place of the text; an alternative that starts with a
letter (or a word boundary, then a letter) is grouped here with the others that start with the same
letter, behind a lookahead for that letter, which the engine checks once for the group. Every
alternative is kept as written, so a text holds a match of the rewritten pattern exactly where it
holds one of the original (at the same leftmost place); which alternative matches there, and how
much it takes, may differ: the result is for `search(...) is None` only."""

from __future__ import annotations

import re


def top_alternatives(source: str) -> list[str]:
    """The alternatives of `source` at its top level (one pair of "(?:…)" around it all unwrapped)."""
    if source.startswith("(?:") and _closing(source, 0) == len(source) - 1:
        source = source[3:-1]
    out, start = [], 0
    for i, ch, depth in _outside_classes(source, 0):
        if ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
    out.append(source[start:])
    return out


def _closing(source: str, at: int) -> int:
    """Where the group opened at `at` closes."""
    for i, ch, depth in _outside_classes(source, at):
        if ch == ")" and depth == 1:
            return i
    return -1


def _outside_classes(source: str, at: int):
    """Each character of `source` from `at` that is neither escaped nor inside a character class,
    with its position and the depth of groups open before it."""
    depth, i, in_class = 0, at, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or source[i - 1] == "["
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "^":
                i += 1
        else:
            yield i, ch, depth
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
        i += 1


def first_letter(alternative: str) -> str | None:
    """The letter every match of `alternative` starts with (after a leading word boundary), if it
    is written as a plain letter no quantifier makes optional; else None."""
    body = alternative[2:] if alternative.startswith(r"\b") else alternative
    if len(body) < 2 or not body[0].isalpha() or body[1] in "?*{":
        return None
    return body[0]


def by_first_letter(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` with its alternatives grouped by their first letter, each group behind a lookahead for it."""
    if rx.flags & re.VERBOSE:
        return rx  # spaces and comments are no letters: left as it is
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for alternative in top_alternatives(rx.pattern):
        letter = first_letter(alternative)
        if letter is None:
            rest.append(alternative)
        else:
            groups.setdefault(letter, []).append(alternative)
    guarded = "|".join(f"(?={re.escape(letter)})(?:{'|'.join(alts)})" for letter, alts in groups.items())
    letters = "".join(re.escape(letter) for letter in groups)
    return re.compile("|".join(([f"(?=[{letters}])(?:{guarded})"] if groups else []) + rest), rx.flags)
