"""Take the bracketed parts out of a phrase."""

from __future__ import annotations


def split_brackets(text: str) -> tuple[str, list[tuple[str, int]]]:
    """Take out bracketed parts; return the rest and each part with its offset."""
    parts: list[tuple[str, int]] = []
    out = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in "([":
            if depth == 0:
                start = i
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            if depth == 0:
                parts.append((text[start + 1 : i], start + 1))
                continue
        if depth == 0 and ch not in ")]":
            out.append(ch)
    return "".join(out), parts
