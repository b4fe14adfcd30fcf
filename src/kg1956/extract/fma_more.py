"""A second PRC Foreign Ministry file cited after the first by its number alone:

    "…, PRC FMA, 106-00022-03, 1–8, and 106-00022-04, 2–5."

The number's shape (three digits, five digits, two digits; or a "Y" file, 206-Y0008) is written by no
other archive, so after a PRC FMA call number a clause that is nothing but such a number and its pages
is another file of the same archive. Anything else in the clause (a word, a key, an archive) leaves
it to the other readers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg1956.extract.locators import parse_locator
from kg1956.models import Locator, Span

_ANOTHER = re.compile(
    r"^\s*(?:and\s+|also\s+|;\s*)?(?P<rest>\d{3}-(?:\d{5}-\d{2}|Y\d{4})(?:\s*,\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[–-]\s*\d{1,4})?)?)"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)


def another_fma_file(text: str, off: int) -> Locator | None:
    """The PRC FMA file a clause gives by its number alone (see the module docstring)."""
    m = _ANOTHER.match(text)
    if m is None:
        return None
    loc = parse_locator("PRC FMA " + m.group("rest"), 0)
    if loc is None or loc.repository != "PRC-FMA":
        return None
    start = off + m.start("rest")
    return replace(loc, repository_text="", text=m.group("rest"), span=Span(start, start + len(m.group("rest"))))
