"""Russian archives' call numbers in the forms English-language historians write them.

- The compact forms without keys, right after the archive: "RGASPI 558.11.492.57" (fond, opis,
  delo, leaf), "RGASPI, 17/137/944" (fond, opis, delo), "AVPRF, 06/12a/59/395" (fond, opis,
  papka, delo: the Foreign Ministry archive's own order, the papka before the file).
- The leaves as a book's pages after the file: "d. 454, pp. 224-28, 231-38", "d. 329, p. 4"
  (no papka after the file outside AVPRF, and none that is a span), or bare: "d. 3, 100-3".
  Before the file, "p."/"pa." is the papka ("op. 5a, p. 11, d. 3").
"""

from __future__ import annotations

import re

# The archives that keep the Russian scheme (fond, opis, delo, list); AVPRF alone has papkas
RUSSIAN_SCHEME = frozenset({"AVPRF", "APRF", "RGANI", "RGASPI", "GARF", "RGAE", "RGVA", "TsAMO", "ARAN"})
_PART = r"\d{1,5}[a-zа-я]?"
# right after the archive (a comma, colon or space between): parts joined all by "/" or all by "."
_COMPACT = re.compile(rf"[,:]?\s*(?P<id>{_PART}(?P<sep>[/.]){_PART}(?:(?P=sep){_PART}){{1,3}})(?=[\s,;)]|\.(?:\s|$)|$)")
_LEVELS = {
    3: ("fond", "opis", "delo"),
    4: ("fond", "opis", "delo", "list"),
}
_AVPRF_LEVELS = {
    3: ("fond", "opis", "delo"),
    4: ("fond", "opis", "papka", "delo"),
    5: ("fond", "opis", "papka", "delo", "list"),
}
_YEAR = re.compile(r"(?:19|20)\d\d")


def compact_call_number(text: str, at: int, code: str) -> tuple[dict[str, str], int, int] | None:
    """The fields of a compact call number written at `at` (right after the archive's name),
    where it starts and where it ends; None when there is none."""
    if code not in RUSSIAN_SCHEME:
        return None
    m = _COMPACT.match(text, at)
    if m is None:
        return None
    parts = m.group("id").split(m.group("sep"))
    if _YEAR.fullmatch(parts[-1]) and len(parts) == 3:
        return None  # a date: "12.05.1956", "3/5/1957"
    levels = (_AVPRF_LEVELS if code == "AVPRF" else _LEVELS).get(len(parts))
    if levels is None:
        return None
    return dict(zip(levels, parts, strict=True)), m.start("id"), m.end("id")


# a span of pages or leaves, or several: "224-28, 231-38", "4ff", "12"
_PAGES = re.compile(r"\d{1,4}(?:\s?[–—-]\s?\d{1,4}|ff?\.?)?(?:,\s?\d{1,4}(?:\s?[–—-]\s?\d{1,4})?)*")


_SPAN = re.compile(r"\d+\s?[–—-]\s?\d+(?:,\s?\d+(?:\s?[–—-]\s?\d+)?)*|\d+ff?")


def page_after_file(code: str, written_key: str, ident: str, fields: dict[str, str], named: bool = False) -> bool:
    """Whether a "p."/"pp." key the scheme reads as a papka is the file's pages: in a call number
    that names (`named`) an archive without papkas, anywhere ("TsKhSD, …, especially pp. 62-74");
    else written after the file (delo), and either plural (with no archive named, only that), or
    outside AVPRF, or after a papka already given ("pa. 8, d. 454, p. 225"), or a span (no papka is one)."""
    if written_key.lower() not in ("p", "pp"):
        return False
    if named and code in RUSSIAN_SCHEME and code != "AVPRF":
        return True
    if "delo" not in fields:
        return False
    if code not in RUSSIAN_SCHEME:  # a call number whose archive the note named before it: "…, and d. 343, pp. 97-103"
        return not code and written_key.lower() == "pp"
    if written_key.lower() == "pp" or code != "AVPRF" or "papka" in fields:
        return True
    return bool(_SPAN.fullmatch(ident))  # not "p. 68, 11. 22–25" (the papka, then the OCR's "ll.")


def bare_pages(code: str, rest: str, following: str) -> str | None:
    """ "d. 3, 100-3.": the pages written without a key after the file, when they end the call
    number (`following` is the text after them); never a year or a registry number."""
    if code not in RUSSIAN_SCHEME or not _PAGES.fullmatch(rest) or _YEAR.fullmatch(rest):
        return None
    if not re.match(r"\s*(?:[;)]|\.(?!\s*\d)|$)", following):
        return None  # not the OCR's "11." for "ll." before the leaves: "d. 412, 11. 41–44"
    return rest
