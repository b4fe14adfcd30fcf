"""An author's earlier work cited again as "op. cit." with full stops, as Russian-style notes write it:

    "Liang Wenhua. Op. cit. P. 77."   "Батболд С. Г. Указ. соч. С. 201–233."

Read as the short reference "Liang Wenhua, op. cit., p. 77" is read: the author's work cited
before, at that page (filled in when back references are resolved). Never the archival record
cited last: "op. cit." names a work, and its "P."/"С." is a page, not a papka."""

from __future__ import annotations

import re

from kg1956.extract.name_shape import looks_like_name
from kg1956.extract.text import OP_CIT_WORDS

OP_CIT_TITLE = "op. cit"
_OP_CIT = re.compile(
    r"^(?P<author>[^\W\d_][^.;:()]*?(?:\s(?:[^\W\d_]\.\s?){0,1}[^\W\d_]\.)?)(?:[.,]\s+|(?<=\.)\s+)"
    rf"{OP_CIT_WORDS}\.?,?"
    r"(?:\s*(?:(?:pp?|PP?|[СсS]|стр)\.\s*)?(?P<pages>[\dIVXivx]+(?:\s?[–-]\s?\d+)?(?:,\s?\d+(?:\s?[–-]\s?\d+)?)*))?\s*\.?$",
    re.IGNORECASE,
)


def read_op_cit(text: str) -> tuple[str, str | None] | None:
    """(author, pages) of "Author. Op. cit. P. 77", or None when the words before "op. cit."
    are no person's name."""
    m = _OP_CIT.match(text.strip())
    if m is None:
        return None
    author = m.group("author").strip()
    if len(author.split()) > 4 or not looks_like_name(author):
        return None
    return author, m.group("pages")
