"""A call number written first, a colon, then the record it holds, as articles on East European
archives cite them:

    AQSH, Fondi 14/AP, Viti 1961, Dosja 8, fl. 22–29: Mehmet Shehu to Zhou Enlai, letter, 3.II.1961.
    ANIC, fond CC al PCR – Relații Externe, dosar 12/1960, f. 3–28: "Notă privind convorbirea …"
    (Note on …), 23.VI.1960.

The call number is read first and the record after the colon on its own, so no record rule takes
the archive into its first party and no bracket inside the record (its translation) is taken for a
record cited in prose. Only a clause that begins with an archive whose keyed call number runs up
to the colon is taken; an archive named in a sentence ("AQSH holds the file: …") is not.
"""

from __future__ import annotations

import re

from kg1956.extract.locators import find_repository, parse_locator

_COLON = re.compile(r"\s*:\s*(?=\S)")


def call_number_then_colon(text: str) -> int | None:
    """Where the record after a leading call number and its colon begins, or None."""
    repo = find_repository(text)
    if repo is None or repo.start() != 0:
        return None
    loc = parse_locator(text, 0)
    if loc is None or loc.span.start != 0 or not loc.fields or not loc.repository:
        return None
    colon = _COLON.match(text, loc.span.end)
    if colon is None:
        return None
    return colon.end()
