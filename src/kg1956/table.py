"""Plain-text tables for the terminal: aligned columns, a header rule, no dependencies."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(text: str, limit: int) -> str:
    return text if _width(text) <= limit else text[: max(1, limit - 1)] + "…"


def render_table(headers: Sequence[str], rows: Sequence[Sequence[object]], max_width: int = 48) -> str:
    """Render rows under headers; cells longer than `max_width` are cut with an ellipsis."""
    cells = [[_cut("" if c is None else str(c), max_width) for c in row] for row in rows]
    widths = [_width(h) for h in headers]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], _width(c))

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(list(headers)), line(["─" * w for w in widths])]
    out += [line(row) for row in cells]
    return "\n".join(out)
