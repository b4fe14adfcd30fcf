"""Dates as footnotes write them, in English, Russian and the languages of East European
archives, with their precision.

Handles "16 June 1956", "June 16, 1956", "16.06.1956", "16 VI 1956", "3/IV/1957",
"14.XI.56", "3 апреля 1957 г.", "30. Januar 1957", "1956. okt. 26." (Hungarian, year
first), "1956-07-30" and "1957.4.11" (year first), "June 1956", "1956", ranges ("5–9 марта
1958 г.", "1 October to 25 October 1959") and lists that share a month ("am 3. und
7.11.1956", "am 4., 11. und 25. März 1959", "Oct. 28 and 30, 1956", "1957. május 3. és 17."); an impossible date ("31
February 1956") is not a date.

One talk a day: a reader that dates talks by a list calls `read_date_list` at the list's first day (day
first, month first, numeric, Roman, Hungarian, with "and again on" between two days) or `days_of` on a
date `find_dates` found; either gives every day, never the first alone.
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg1956.extract.lexicon import HUNGARIAN_MONTHS, LOWERCASE_MONTHS, MONTHS, ROMAN_MONTHS
from kg1956.extract.pattern_build import trie_alternation
from kg1956.models import DateValue, Span

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# Every month name starts with one of these letters: checking that first (a lookahead the
# alternation implies) spares trying ~180 names at each word start that can begin none;
# the month-led patterns ran 2-6× faster (one date pattern with no such check took 40% of
# extraction). Which text matches is unchanged.
_MONTH_FIRST = "[" + "".join(sorted({re.escape(m[:1].lower()) + re.escape(m[:1].upper()) for m in MONTHS})) + "]"
_MONTH = r"(?=" + _MONTH_FIRST + r")(?P<{}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A month a pattern needs a word to end after (a full stop, a comma or a space follows it) is read as
# any word there and checked against the month names once the pattern has matched (`_months_ok`): the
# word can end nowhere else, so the same matches, and ~240 names compiled into ten fewer patterns.
_MONTH_WORD = r"(?=" + _MONTH_FIRST + r")(?P<{}>[^\W\d_]+)\.?"
_ROMAN = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
_YEAR = r"(?P<{}>1[89]\d\d|20\d\d)"
_DASH = r"\s*(?:-|–|—|to|по|po|until)\s*"  # "s 1 po 14 noiabria 1957 g." (transliterated "с … по")
_GOD = r"(?:\s*(?:г\.|года|гг\.|gg?\.(?!\w)))?"
# longest first, then alphabetical: the same pattern in every process (a frozenset's order
# is not), so the compiled-pattern cache knows it
_HU_MONTH = r"(?P<m>" + "|".join(sorted(HUNGARIAN_MONTHS, key=lambda m: (-len(m), m))) + r")\.?"
_AND = r"\s+(?:and|und|és|et|и|i|a|&)\s+"  # the last item of a list: "3. und 7.11.1956"
_HU_ENDING = r"-(?:j?[áé]n|j?[ae]i?|i)\b"  # "5-én", "3-án", "1-jén", "10-i": a Hungarian day's case ending
# a noun after a number makes it no day: "2 melléklet", "9 pontban", "2 nappal", "4 órakor", "2 héttel"
_HU_NOT_DAY = r"(?!\s*(?:melléklet|pont|nap|hét|hete|órá|óra|perc|év|hónap|oldal|példány|lap)\w*)"

_PATTERNS = [
    # "undated [spring 1955]", "n.d. [c. 1961]", "undated [March 1955]": the date the author supplies in
    # brackets for an undated record (a season or "about" keeps the year; a month its month)
    (
        "nd_supplied",
        r"\b(?:undated|n\.\s?d\.)\s*,?\s*\[\s*(?:(?:early|late|mid-?)\s*)?(?:(?:spring|summer|autumn|fall|winter)"
        rf"\s+(?:of\s+)?|c(?:a)?\.\s*|circa\s+|probably\s+|{_MONTH.format('m')}\s+)?{_YEAR.format('y')}\??\s*\]",
    ),
    # 3. und 7.11.1956 / 3, 5 and 7.11.1956: days that share the month and year of the last
    (
        "list_numeric",
        rf"\b(?P<days>\d{{1,2}}\.?(?:\s*,\s*\d{{1,2}}\.?)*){_AND}(?P<d>\d{{1,2}})\.\s?(?P<mn>\d{{1,2}})\.\s?{_YEAR.format('y')}",
    ),
    # 2 и 9.XI.1955 / 3, 5 and 7.XI.1956: days that share the Roman month and year of the last
    (
        "list_roman",
        rf"\b(?P<days>\d{{1,2}}\.?(?:\s*,\s*\d{{1,2}}\.?)*){_AND}(?P<d>\d{{1,2}})[./]\s?(?P<r>{_ROMAN})[./]\s?{_YEAR.format('y')}",
    ),
    # am 4., 11. und 25. März 1959: ordinal days (German, Czech, Polish) that share the month named
    (
        "list_dmy",
        rf"\b(?P<days>\d{{1,2}}\.(?:\s*,\s*\d{{1,2}}\.)*),?{_AND}(?P<d>\d{{1,2}})\.\s+{_MONTH_WORD.format('m')}\s+{_YEAR.format('y')}",
    ),
    # Oct. 28 and 30, 1956 / February 9, 10, and 12, 1965 / March 12, March 29, and April 6, 1950
    (
        "list_mdy",
        rf"\b{_MONTH_WORD.format('m')}\s+(?P<days>\d{{1,2}}(?:\s*,\s*(?:(?:{_MONTH_NAMES})\.?\s+)?\d{{1,2}})*),?{_AND}"
        rf"(?:{_MONTH_WORD.format('m_last')}\s+)?(?P<d>\d{{1,2}}),?\s+{_YEAR.format('y')}",
    ),
    # 1956. okt. 26. / 1957. május 3. és 17. (Hungarian: year, month, day)
    (
        "hungarian",
        rf"\b{_YEAR.format('y')}\.\s*{_HU_MONTH}\s*(?P<d>\d{{1,2}})\b\.?"
        # a list's days may carry the case ending each ("1958. május 5-én és 9-én"): read only with the list
        # ("1957. május 3-án és 2 melléklet": and two enclosures); a day with its ending, every day with one; a
        # number that a noun follows ("9 pontban", "2 nappal később") no day
        rf"(?P<tail>(?:{_HU_ENDING}(?:\s*,\s*\d{{1,2}}{_HU_ENDING})*{_AND}\d{{1,2}}{_HU_ENDING}"
        rf"|(?:\s*,\s*\d{{1,2}}\b\.?)*{_AND}\d{{1,2}}\b\.?){_HU_NOT_DAY})?",
    ),
    # Vietnamese "ngày 14 tháng 2 năm 1959" (day, month, year by their words), Chinese "1967年4月13日" and
    # its pinyin "1967 nian 4 yue 13 ri" (year, month, day), and the months alone ("tháng 2 năm 1959")
    ("vi", rf"\b(?:ngày\s+)?(?P<d>\d{{1,2}})\s+tháng\s+(?P<mn>\d{{1,2}})\s*(?:năm|,)\s*{_YEAR.format('y')}\b"),
    (
        "cjk",
        rf"{_YEAR.format('y')}\s*(?:年|nian)\s*(?P<mn>\d{{1,2}})\s*(?:月|yue)\s*(?P<d>\d{{1,2}})\s*(?:日|ri\b|hao\b)",
    ),
    ("vi_month", rf"\btháng\s+(?P<mn>\d{{1,2}})\s*(?:năm|,)\s*{_YEAR.format('y')}\b"),
    # 1956-07-30 (ISO) / 1957.4.11 (year first)
    ("iso", rf"\b{_YEAR.format('y')}-(?P<mn>\d{{2}})-(?P<d>\d{{2}})\b"),
    ("ymd", rf"\b{_YEAR.format('y')}\.\s?(?P<mn>\d{{1,2}})\.\s?(?P<d>\d{{1,2}})\b(?!\.?\d)"),
    # 5–9 марта 1958 г. / 5-9 March 1958
    # "1–15 March 1961"; German "1.–15. März 1961"
    (
        "range_days",
        rf"\b(?P<d1>\d{{1,2}})\.?{_DASH}(?P<d2>\d{{1,2}})\.?\s+{_MONTH_WORD.format('m')}\s+{_YEAR.format('y')}{_GOD}",
    ),
    # 22–23.VI.1962 / 22-23 VI 1962 / 22–23.06.1962 / 20.–22. 7. 1957 (Czech): a range of days in a Roman
    # or numeric month
    (
        "range_roman",
        rf"\b(?P<d1>\d{{1,2}})\.?\s*[-–—]\s*(?P<d2>\d{{1,2}})(?:[\s./]+(?P<r>{_ROMAN})[\s./]+|\.\s?(?P<mn>\d{{1,2}})\.\s?)"
        rf"{_YEAR.format('y')}{_GOD}",
    ),
    # 1 October to 25 October 1959
    (
        "range_dm",
        rf"\b(?P<d1>\d{{1,2}})\s+{_MONTH.format('m1')}(?:\s+{_YEAR.format('y1')})?{_DASH}"
        rf"(?P<d2>\d{{1,2}})\s+{_MONTH.format('m2')}\s+{_YEAR.format('y')}{_GOD}",
    ),
    # Oct. 22–25, 1962 / Oct. 22–Nov. 3, 1962 / October 22 to November 3, 1962 (US style)
    (
        "range_md",
        rf"\b{_MONTH_WORD.format('m1')}\s+(?P<d1>\d{{1,2}}){_DASH}(?:{_MONTH_WORD.format('m2')}\s+)?(?P<d2>\d{{1,2}}),?\s+"
        rf"{_YEAR.format('y')}",
    ),
    # 16 June 1956 / 3 апреля 1957 г.
    # 14 de febrero de 1963 (Spanish)
    (
        "dmy",
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?{_MONTH_WORD.format('m')},?\s+(?:de\s+)?"
        rf"{_YEAR.format('y')}{_GOD}",
    ),
    # 3 Mar. 60 (two-digit year, read as 19xx)
    ("dmy_short", rf"\b(?P<d>\d{{1,2}})\s+{_MONTH_WORD.format('m')}\s+(?P<yy>[4-9]\d)\b(?![\d./:–-])"),
    # June 16, 1956 / March 14 1957
    ("mdy", rf"\b{_MONTH_WORD.format('m')}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR.format('y')}"),
    # mid-June 1956, early March 1960 (kept at month precision)
    (
        "part_month",
        rf"\b(?:early|mid|late|end\s+of|beginning\s+of|начале|середине|конце)[\s-]+{_MONTH_WORD.format('m')},?\s+{_YEAR.format('y')}",
    ),
    # 24.9.56 (two-digit year, read as 19xx)
    ("numeric_short", r"\b(?P<d>\d{1,2})([./])(?P<mn>\d{1,2})\2(?P<yy>[4-9]\d)\b(?![./\d])"),
    # 16.06.1956 / 12. 11. 1956
    ("numeric", rf"\b(?P<d>\d{{1,2}})([./])\s?(?P<mn>\d{{1,2}})\2\s?{_YEAR.format('y')}"),
    # 16 VI 1956 / 16.VI.1956 / 3/IV/1957
    ("roman", rf"\b(?P<d>\d{{1,2}})[\s./]+(?P<r>{_ROMAN})[\s./]+{_YEAR.format('y')}{_GOD}"),  # "16.VI.1960 г."
    # 14.XI.56 (two-digit year, read as 19xx)
    ("roman_short", rf"\b(?P<d>\d{{1,2}})[./](?P<r>{_ROMAN})[./](?P<yy>[4-9]\d)\b(?![./\d])"),
    # June 1956 / апреля 1957 (month only)
    ("my", rf"(?<![\d.])\b{_MONTH_WORD.format('m')},?\s+(?:de\s+)?{_YEAR.format('y')}{_GOD}"),  # febrero de 1963
    # entry 24 October / entry February 16 (year supplied by context)
    ("dm", rf"\b(?P<d>\d{{1,2}})\s+{_MONTH.format('m')}(?![\w.]*\s*\d)"),
    ("md", rf"\b{_MONTH_WORD.format('m')}\s+(?P<d>\d{{1,2}})\b(?!,?\s*\d{{4}})"),
    ("year", rf"(?<![\d./–-])\b{_YEAR.format('y')}\b(?![\d–-])"),
    (
        "nd",
        r"\bn\.\s?d\.|\bundated\b|\bno date\b|\bб\.\s?д\.|\bбез даты\b|\bб/д\b|(?-i:\bo\.\s?D\.)|\bohne Datum\b",
    ),  # German "o. D.": ohne Datum
]
_MONTH_DAY = re.compile(rf"(?:(?P<m>{_MONTH_NAMES})\.?\s+)?(?P<d>\d{{1,2}})\b", re.IGNORECASE)
_COMPILED = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in _PATTERNS]
_UNDATED_ONLY = [(name, rx) for name, rx in _COMPILED if name == "nd"]

# A pattern whose every match starts with a month name ("June 16, 1956", "June 1956") is tried only
# where a month name starts, found by one scan for them all, instead of at every word of the text:
# the same matches (the pattern is matched at each such place, as its search would), less time.
_MONTH_LED = re.compile(
    r"(?:"
    + re.escape(r"(?<![\d.])")
    + r")?"
    + re.escape(r"\b(?=" + _MONTH_FIRST + ")(?P<")
    + r"\w+>(?:"
    + re.escape(_MONTH_NAMES + ")")
    + "|"
    + re.escape(r"[^\W\d_]+)")
    + ")"
)
# the month names as a trie in the lookahead: where one starts is all the scan asks, and the trie tries
# the few names that share a place's letters instead of all ~180 in turn (same places)
_MONTH_TRIE = trie_alternation(sorted(MONTHS, key=len, reverse=True))
_MONTH_STARTS = re.compile(r"\b(?=" + _MONTH_FIRST + r")(?=(?:" + _MONTH_TRIE + r"))", re.IGNORECASE)
_LED_BY_MONTH = frozenset(name for name, rx in _COMPILED if _MONTH_LED.match(rx.pattern))
# A pattern that starts with a word boundary and a digit (a day, "16 June 1956"; a year, "1956-07-30";
# a lookbehind before it, as "year"'s) is tried, like those, only where a number starts.
_DIGIT_LED = re.compile(
    r"(?:\(\?<![^()]*\))?" + re.escape(r"\b(?P<") + r"\w+>(?:" + re.escape(r"\d") + "|" + re.escape("1[89]") + ")"
)
_NUMBER_STARTS = re.compile(r"\b(?=\d)")
_LED_BY_DIGIT = frozenset(name for name, rx in _COMPILED if _DIGIT_LED.match(rx.pattern))
# A pattern that holds the year group ("(?P<y>1[89]\d\d|20\d\d)", never optional: `_value` reads it) has no
# match in a text with no such four digits (a call number's "f. 0102, op. 14, d. 2, ll. 276–281").
_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")
_NEEDS_YEAR = frozenset(name for name, rx in _PATTERNS if _YEAR.format("y") in rx)
# where each led pattern may start: the places one scan of the text finds
_STARTS = {
    **{name: _NUMBER_STARTS for name in _LED_BY_DIGIT},
    **{name: _MONTH_STARTS for name in _LED_BY_MONTH},
}
# A text none of whose places match a pattern's hint (a part of it every match holds, with the pattern's
# flags) holds no match of it: the pattern is not searched (tests/test_date_shortcuts.py).
_HINTS = {
    name: re.compile(hint, re.IGNORECASE)
    for name, hint in (
        ("nd", r"[nбo]\.|undated|no date|без даты|б/д|ohne datum"),
        ("nd_supplied", r"(?:undated|n\.\s?d\.)\s*,?\s*\["),
        ("vi", r"tháng"),
        ("vi_month", r"tháng"),
        ("cjk", r"年|nian"),
        ("part_month", r"early|mid|late|end\s+of|beginning\s+of|начале|середине|конце"),
    )
}
# the groups that hold a word read as a month (`_MONTH_WORD`), checked after the match, and the check
_WORD_GROUPS = {name: tuple(re.findall(r"\(\?P<(\w+)>\[\^\\W\\d_\]\+\)", rx)) for name, rx in _PATTERNS}
_MONTH_NAME = re.compile(_MONTH_NAMES, re.IGNORECASE)


def _months_ok(m: re.Match[str], groups: tuple[str, ...]) -> bool:
    """Whether each word `m` read as a month is a month name (a group left out is no word)."""
    return all((word := m.group(g)) is None or _MONTH_NAME.fullmatch(word) for g in groups)


def _matches_from(rx: re.Pattern[str], text: str, starts: list[int], words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for a pattern that can match only at `starts` (in order), a match
    whose `words` are no month names being none."""
    end = 0
    for at in starts:
        if at >= end and (m := rx.match(text, at)) is not None and _months_ok(m, words):
            yield m
            end = max(m.end(), at + 1)


def _matches(rx: re.Pattern[str], text: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, a match whose `words` are no month names being none (the search goes
    on from the next character, as it would where the pattern failed)."""
    if not words:
        yield from rx.finditer(text)
        return
    at = 0
    while (m := rx.search(text, at)) is not None:
        if _months_ok(m, words):
            yield m
            at = max(m.end(), m.start() + 1)
        else:
            at = m.start() + 1


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: its value (or None for "n.d."), span and covered range."""

    value: DateValue | None
    span: Span
    range_start: DateValue | None = None
    partial: bool = False  # day and month without a year ("entry 24 October")
    month: int | None = None
    day: int | None = None
    more: tuple[DateValue, ...] = ()  # further days of a list ("3. und 7.11.1956": the 7th)


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def make_date(year: int, month: int | None = None, day: int | None = None) -> DateValue | None:
    """Return a DateValue of the given precision, or None when it is impossible."""
    if month is None:
        return DateValue(f"{year:04d}")
    if not 1 <= month <= 12:
        return None
    if day is None:
        return DateValue(f"{year:04d}-{month:02d}")
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return DateValue(f"{year:04d}-{month:02d}-{day:02d}")


def _value(name: str, m: re.Match[str]) -> DateMatch | None:
    span = Span(m.start(), m.end())
    g = m.groupdict()
    if name == "nd":
        return DateMatch(None, span)
    if name in ("dm", "md"):
        return DateMatch(None, span, partial=True, month=_month(g["m"]), day=int(g["d"]))
    if name == "numeric_short":
        value = make_date(1900 + int(g["yy"]), int(g["mn"]), int(g["d"]))
        return DateMatch(value, span) if value else None
    if name == "dmy_short":
        value = make_date(1900 + int(g["yy"]), _month(g["m"]), int(g["d"]))
        return DateMatch(value, span) if value else None
    if name == "roman_short":
        value = make_date(1900 + int(g["yy"]), ROMAN_MONTHS[g["r"].upper()], int(g["d"]))
        return DateMatch(value, span) if value else None
    y = int(g["y"])
    if name == "list_mdy":  # each item may name its own month: "March 12, March 29, and April 6"
        month = _month(g["m"])
        values = []
        last = m.group(0)[(m.start("m_last") if g.get("m_last") else m.start("d")) - m.start() : m.end("d") - m.start()]
        for item in _MONTH_DAY.finditer(g["days"] + ", " + last):
            month = _month(item.group("m")) if item.group("m") else month
            values.append(make_date(y, month, int(item.group("d"))))
        if any(v is None for v in values) or [v.iso for v in values] != sorted({v.iso for v in values}):
            return None  # a list of days runs forward
        return DateMatch(values[0], span, more=tuple(values[1:]))  # type: ignore[arg-type]
    if name in ("list_numeric", "list_dmy", "hungarian", "list_roman"):
        if name == "list_roman" and g["r"] != g["r"].upper():
            return None
        mo = int(g["mn"]) if g.get("mn") else ROMAN_MONTHS[g["r"]] if g.get("r") else _month(g["m"])
        days = [int(d) for d in re.findall(r"\d+", g.get("days") or "")] + [int(g["d"])]
        days += [int(d) for d in re.findall(r"\d+", g.get("tail") or "")]
        values = [make_date(y, mo, d) for d in days]
        if any(v is None for v in values) or days != sorted(set(days)):
            return None  # a list of one month's days runs forward
        return DateMatch(values[0], span, more=tuple(values[1:]))  # type: ignore[arg-type]
    if name == "range_days":
        mo = _month(g["m"])
        return DateMatch(make_date(y, mo, int(g["d2"])), span, make_date(y, mo, int(g["d1"])))
    if name == "range_roman":
        if g.get("r") and g["r"] != g["r"].upper():
            return None
        mo = ROMAN_MONTHS[g["r"].upper()] if g.get("r") else int(g["mn"])
        if int(g["d1"]) >= int(g["d2"]):
            return None
        return DateMatch(make_date(y, mo, int(g["d2"])), span, make_date(y, mo, int(g["d1"])))
    if name == "range_dm":
        y1 = int(g["y1"]) if g.get("y1") else y
        start = make_date(y1, _month(g["m1"]), int(g["d1"]))
        return DateMatch(make_date(y, _month(g["m2"]), int(g["d2"])), span, start)
    if name == "range_md":
        m1 = _month(g["m1"])
        m2 = _month(g["m2"]) if g.get("m2") else m1
        if (m2, int(g["d2"])) <= (m1, int(g["d1"])):
            return None
        return DateMatch(make_date(y, m2, int(g["d2"])), span, make_date(y, m1, int(g["d1"])))
    if name in ("dmy", "mdy"):
        value = make_date(y, _month(g["m"]), int(g["d"]))
    elif name in ("numeric", "iso", "ymd", "vi", "cjk"):
        value = make_date(y, int(g["mn"]), int(g["d"]))
    elif name == "vi_month":
        value = make_date(y, int(g["mn"]))
    elif name == "roman":
        value = make_date(y, ROMAN_MONTHS[g["r"].upper()], int(g["d"]))
    elif name in ("my", "part_month") or name == "nd_supplied" and g.get("m"):
        value = make_date(y, _month(g["m"]))
    else:
        value = make_date(y)
    if value is None:
        return None
    return DateMatch(value, span)


def shared_precision(start: DateValue, end: DateValue) -> DateValue | None:
    """The precision both ends of a span share: 12–19 April 1969 → 1969-04; 28 May – 12 June
    1959 → 1959; a span across a new year shares nothing."""
    common = []
    for x, y in zip(start.iso.split("-"), end.iso.split("-"), strict=False):
        if x != y:
            break
        common.append(x)
    return DateValue("-".join(common)) if common else None


# OCR reads the digits 1 and 0 as the letters l and O inside numbers ("2l Aug. l958", "2O.1O.196l"):
# a run of digits with such letters, of a day's or a year's length, is read as the number
_OCR_NUMBER = re.compile(r"(?<![^\W\d_])(?=[0-9lO]*\d)(?=[0-9]*[lO])[0-9lO]{2,4}(?![^\W\d_])")


# OCR reads the digit 3 as the Cyrillic letter З before a Roman month ("З.VII.1960", "2З.V.1958")
_OCR_ZE = re.compile(
    r"(?<![^\W\d_])(?=[0-3З]{1,2}\.[IVX]{1,4}\.(?:19|20)\d\d)[0-3]?З|(?<=\b[12])З(?=\.[IVX]{1,4}\.(?:19|20)\d\d)"
    # and before a month written in Russian ("2З апреля 1962 г.", "З мая 1960 г.")
    r"|(?<![^\W\d_])(?=[0-3]?З\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"\s+(?:19|20)\d\d)[0-3]?З"
)


# An editor's conjecture in square brackets inside a date: "[3 августа] 1968 г.", "[3] августа 1968 г.",
# "[August] 1968", "3 [August] 1968", "[3?] VIII 1968": the brackets (and a "?") are blanked, the date
# read at the precision written. A bracket that holds a day alone must be followed by its month, one that
# holds a month by its year: "[3]" after a name is a note's reference, and "№ [5]" a document's number.
_CONJECTURE = re.compile(
    r"(?<!№)(?<!№\s)(?<![Nn]o\.\s)\[(?P<day>\d{1,2}\.?)\??\](?=\s*(?:[A-Za-zА-Яа-яЁё]{3,}|[IVX]{1,4}\b))"
    r"|\[(?:\d{1,2}\.?\s+)?(?P<month>[A-Za-zА-Яа-яЁё]{3,}\.?)\??\](?=\s*,?\s*(?:1[89]|20)\d\d)"
)


def _blank_conjecture(text: str) -> str:
    """`text` with the brackets of a conjectured day or month blanked, offsets kept."""
    if "[" not in text:
        return text

    def blank(m: re.Match[str]) -> str:
        month = m.group("month")
        if month is not None and month.rstrip(".").lower() not in MONTHS:
            return m.group(0)
        return re.sub(r"[\[\]?]", " ", m.group(0))

    return _CONJECTURE.sub(blank, text)


# A run `_OCR_NUMBER` reads holds a digit and an "l" or "O", so somewhere one beside the other: a text
# with no such pair has none (and one with no "З" nothing `_OCR_ZE` reads).
_OCR_PAIR = re.compile(r"\d[lO]|[lO]\d")


def _ocr_digits(text: str) -> str:
    text = _blank_conjecture(text)
    if "З" in text:
        text = _OCR_ZE.sub(lambda m: m.group(0).replace("З", "3"), text)
    if _OCR_PAIR.search(text) is None:
        return text
    return _OCR_NUMBER.sub(lambda m: m.group(0).replace("l", "1").replace("O", "0"), text)


def _name_not_month(m: re.Match[str]) -> bool:
    """ "Marshal Juin 1954": a month of a language that writes months in lowercase, capitalised and with
    no day before it, is a name (the year may still be read alone)."""
    g = m.groupdict()
    first = g.get("m") or g.get("m1")
    if not first or not first[:1].isupper() or first.lower().rstrip(".") not in LOWERCASE_MONTHS:
        return False
    return not m.group(0)[:1].isdigit()


def find_dates(text: str) -> list[DateMatch]:
    """Find every date in `text`, longest match first, without overlaps, in text order."""
    return list(_dates_in(text))


# the readers ask about the same clause (and its tails) several times over: each text is scanned once
@functools.lru_cache(maxsize=4096)
def _dates_in(text: str) -> tuple[DateMatch, ...]:
    bracketed = text
    text = _ocr_digits(text)
    # every pattern but "n.d." needs a digit
    patterns = _COMPILED if any(map(str.isdigit, text)) else _UNDATED_ONLY
    taken = bytearray(len(text) + 1)
    found: list[DateMatch] = []
    starts: dict[re.Pattern[str], list[int]] = {}
    yearless = _YEAR_DIGITS.search(text) is None
    for name, rx in patterns:
        if yearless and name in _NEEDS_YEAR:
            continue
        hint = _HINTS.get(name)
        if hint is not None and hint.search(text) is None:
            continue
        scan = _STARTS.get(name)
        if scan is not None:
            at = starts.get(scan)
            if at is None:
                at = starts[scan] = [m.start() for m in scan.finditer(text)]
            matches = _matches_from(rx, text, at, _WORD_GROUPS[name])
        else:
            matches = _matches(rx, text, _WORD_GROUPS[name])
        for m in matches:
            if any(taken[m.start() : m.end()]):
                continue
            if name in ("roman", "roman_short") and m.group("r") != m.group("r").upper():
                continue
            if _name_not_month(m):
                continue
            dm = _value(name, m)
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            if dm is not None and bracketed[dm.span.start - 1 : dm.span.start] == "[" != text[dm.span.start - 1]:
                # "[3 августа] 1968 г.": the date begins at its bracket, which no party's name ends with
                dm = dataclasses.replace(dm, span=Span(dm.span.start - 1, dm.span.end))
            if dm is not None:
                found.append(dm)
    return tuple(sorted(found, key=lambda d: d.span.start))


_MONTH_ANY = "|".join(sorted(MONTHS, key=len, reverse=True))
# a word for "again" or "then" between two days of one list, in the genre's languages
_AGAIN = r"(?:again|once\s+more|снова|вновь|ещё\s+раз|erneut|nochmals|wieder|ponownie|znovu|újra|ismét)"
_LIST_ITEM = re.compile(
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.(?=\s))?(?:\s+(?P<m>{_MONTH_ANY})\.?)?(?:,?\s+(?P<y>1[89]\d\d|20\d\d))?(?:\s*(?:г\.|года|g\.(?!\w)))?",
    re.IGNORECASE,
)
_LIST_SEP = re.compile(
    r"\s*(?:,\s*(?:and\s+|и\s+|i\s+|und\s+)?|\s+and\s+|\s+и\s+|\s+i\s+|\s+und\s+|\s*&\s*)"
    # "22 June and again on 25 June 1962", "3 и вновь 9 мая", "am 5. und erneut am 9. Mai", "5 i ponownie 9 V":
    # a day repeated, a word for "again" and the preposition of the first day between
    # "and then on 14 November", "und dann am 8. Mai": "then" only with the first day's preposition after it
    rf"(?:(?P<then>then|dann)\s+(?:on|am)\s+|(?:{_AGAIN}\s+)?(?:(?:on|am|dne)\s+)?)"
)
# what may end a list joined by "then": a stop, the locator, nothing ("… and then on 16 October 1957 left for
# Belgrade" is a day of another event)
_THEN_END = re.compile(r"\s*(?:[,.;:)(]|$)")


# days written with Roman months, as Polish, Czech and Serbo-Croatian records date them: "9 i 25 IX
# 1963", "3, 9 a 25. IX. 1963", "2. i 3. XI 1956", "14 VIII, 9 i 25 IX 1963", "2–4 i 9 IX 1963" (a
# range, one talk a day), "9 i 25 IX 1963 r. oraz 3 X 1963 r."; the last month carries the year
_ROMAN_DAYS = r"\d{1,2}\.?(?:\s*[–-]\s*\d{1,2}\.?)?"
_ROMAN_SEP = r"(?:\s*,\s*|\s+(?:i|a|oraz|und|and|и)\s+)"
_ROMAN_GROUP = (
    rf"(?:{_ROMAN_DAYS}(?:{_ROMAN_SEP}{_ROMAN_DAYS})*)\s+(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.?"
    r"(?:\s+(?:1[89]\d\d|20\d\d)(?:\s*r\.)?)?"
)
_ROMAN_LIST = re.compile(rf"{_ROMAN_GROUP}(?:{_ROMAN_SEP}{_ROMAN_GROUP})*(?<=\d|\.)(?!\d)")
_ROMAN_ONE = re.compile(
    rf"(?P<days>{_ROMAN_DAYS}(?:{_ROMAN_SEP}{_ROMAN_DAYS})*)\s+(?P<m>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.?"
    r"(?:\s+(?P<y>1[89]\d\d|20\d\d)(?:\s*r\.)?)?"
)
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# what a list of days may not follow: a call number's key or a figure ("t. 2, 9 i 25 IX 1963",
# "k. 9, 12 i 25 IX 1963" are a volume and leaves before one day)
_NOT_AFTER = re.compile(r"(?:\b(?:k|t|w|z|cz|č|sygn|Bl|s|l|ll|f|ff|op|d|p|pp)\.|\b(?:nr|obal)\.?|\d\s*[,–-])\s*$")
# what may not follow it: another day the pattern does not read
_NOT_BEFORE = re.compile(r"\s*[–-]\s*\d|\s+(?:i|a|oraz)\s+\d")


def _read_roman_list(text: str, before: str = "") -> tuple[list[DateValue], int] | None:
    """ "9 i 25 IX 1963", "14 VIII, 9 i 25 IX 1963 r. oraz 3 X 1963 r.": the days of Roman months,
    or None when a call number's figures stand before it or a day it cannot read follows."""
    m = _ROMAN_LIST.match(text)
    if m is None or _NOT_AFTER.search(before) or _NOT_BEFORE.match(text, m.end()):
        return None
    groups = list(_ROMAN_ONE.finditer(m.group(0)))
    if not groups[-1].group("y"):
        return None
    values: list[DateValue | None] = []
    year = int(groups[-1].group("y"))
    for g in reversed(groups):
        year = int(g.group("y")) if g.group("y") else year
        month = _ROMAN_MONTHS.index(g.group("m")) + 1
        days: list[int] = []
        for item in re.findall(r"\d{1,2}\.?(?:\s*[–-]\s*\d{1,2})?", g.group("days")):
            ends = [int(d) for d in re.findall(r"\d{1,2}", item)]
            if len(ends) == 2 and not ends[0] < ends[1] <= ends[0] + 6:
                return None
            days.extend(range(ends[0], ends[-1] + 1))
        values[:0] = [make_date(year, month, d) for d in days]
    if len(values) < 2 or any(v is None for v in values):
        return None
    return [v for v in values if v is not None], m.end()


def read_date_list(text: str, before: str = "") -> tuple[list[DateValue], int] | None:
    """A list of days sharing month and year: "7, 18 and 27 December 1956",
    "23 April, 2 May and 9 May 1958", "5 и 12 марта 1957 г.", "9 i 25 IX 1963". Returns the
    dates and where the list ends, or None unless it names two or more days."""
    return _read_date_list(text, before)


# the days of a list given to several parties in turn ("X and Y met Z on 2 and 16 October, respectively")
RESPECTIVELY = re.compile(
    r"[^;:.()]{0,30}?\b(?:respectively|bzw\.|beziehungsweise|соответственно|illetve|odpowiednio)", re.IGNORECASE
)


def _read_date_list(text: str, before: str = "") -> tuple[list[DateValue], int] | None:
    roman = _read_roman_list(text, before)
    if roman is not None:
        return roman
    items: list[re.Match[str]] = []
    pos = 0
    then = False
    while True:
        m = _LIST_ITEM.match(text, pos)
        if m is None:
            break
        items.append(m)
        pos = m.end()
        if m.group("y"):
            break
        sep = _LIST_SEP.match(text, pos)
        if sep is None:
            break
        then = then or bool(sep.group("then"))
        pos = sep.end()
    if then and not _THEN_END.match(text, items[-1].end()):
        return None
    if len(items) < 2 or not items[-1].group("y") or not items[-1].group("m"):
        return _listed_date(text)
    year = int(items[-1].group("y"))
    month = MONTHS[items[-1].group("m").lower()]
    values: list[DateValue] = []
    for m in reversed(items):
        if m.group("m"):
            month = MONTHS[m.group("m").lower()]
        if m.group("y"):
            year = int(m.group("y"))
        value = make_date(year, month, int(m.group("d")))
        if value is None:
            return None
        values.append(value)
    return list(reversed(values)), items[-1].end()


def _listed_date(text: str) -> tuple[list[DateValue], int] | None:
    """The list a date pattern reads whole at the start of `text` ("September 22, 24 and 27, 1967",
    "3. und 9.9.1970", "20 and 24.III.1961"): its days and where it ends, else None."""
    found = _dates_in(text[:60])
    if not found or found[0].span.start != 0 or not found[0].more or found[0].value is None:
        return None
    if RESPECTIVELY.match(text, found[0].span.end):
        return None  # "met Gomułka on October 2 and 16, 1957, respectively": the days of several parties in turn
    return days_of(found[0]), found[0].span.end


def days_of(d: DateMatch) -> list[DateValue]:
    """Every day a date found names: one, or each day of a list the pattern read whole ("3. und
    9.9.1970", "Oct. 28 and 30, 1956"). A reader that dates one talk per day calls this (or
    `read_date_list` at a list's first day) rather than taking `d.value` alone."""
    return [] if d.value is None else [d.value, *d.more]


_DAY_ITEM = re.compile(
    rf"(?:(?P<d>\d{{1,2}})(?:\s+(?P<m>{_MONTH_ANY})\.?)?|(?P<m2>{_MONTH_ANY})\.?\s+(?P<d2>\d{{1,2}}))(?![\d])",
    re.IGNORECASE,
)


def read_day_list(text: str) -> tuple[list[tuple[int, int]], int] | None:
    """Days without a year: "24 October", "6, 12 and 17 November", "May 28", "14 and 21
    January". Returns (month, day) pairs and the characters read."""
    items: list[re.Match[str]] = []
    pos = 0
    while True:
        m = _DAY_ITEM.match(text, pos)
        if m is None:
            break
        items.append(m)
        pos = m.end()
        sep = _LIST_SEP.match(text, pos)
        if sep is None or not _DAY_ITEM.match(text, sep.end()):
            break
        pos = sep.end()
    if not items:
        return None
    month = None
    pairs: list[tuple[int, int]] = []
    for m in reversed(items):
        name = m.group("m") or m.group("m2")
        if name:
            month = MONTHS[name.lower().rstrip(".")]
        if month is None:
            return None
        pairs.append((month, int(m.group("d") or m.group("d2"))))
    return list(reversed(pairs)), items[-1].end()


def days_of_month(days: str, month: str, year: int) -> list[DateValue] | None:
    """ "12 and 15", "January", 1957 → those days of that month; None when the month is no
    month name or a day does not exist ("31 and 32 June")."""
    found = find_dates(f"1 {month} 2000")
    if not found or found[0].value is None or found[0].value.precision != "day":
        return None
    number = int(found[0].value.iso[5:7])
    dates = [make_date(year, number, int(d)) for d in re.findall(r"\d{1,2}", days)]
    if not dates or any(d is None for d in dates):
        return None
    return dates
