"""The date scan's shortcuts let through every text its patterns read: a pattern skipped for a text
whose hint is missing has no match there; a pattern tried only where a number or a month name starts
matches where its search does; the OCR repairs skipped for a text change nothing in it; and the scan
with every shortcut finds what the plain scan finds, on every line of the evaluation corpora."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg1956.extract import dates
from kg1956.extract.lexicon import MONTHS
from kg1956.extract.text import split_clauses

TESTS = Path(__file__).resolve().parent
TEXTS = sorted([*TESTS.glob("corpora/*.txt"), *TESTS.glob("blind*/*.txt"), *TESTS.glob("gold/*.txt")])
_PATTERNS = dict(dates._COMPILED)
# lines written for the shortcuts: OCR digits, Vietnamese and Chinese dates, supplied dates, a month part
_MADE = [
    "Record of conversation, 2l Aug. l958, ll. 2O.1O.196l; Запись беседы 2З апреля 1962 г., З.VII.1960",
    "Biên bản ngày 14 tháng 2 năm 1959; tháng 3, 1960; 1967年4月13日; 1967 nian 4 yue 13 ri",
    "undated [spring 1955]; n. d. [c. 1961]; N.D.; б. д.; без даты; o. D.; Ohne Datum; no date",
    "in early March 1960, at the END OF May 1961, в начале июня 1962 г.; lO٣ and 3l",
]


def _lines() -> list[str]:
    lines = [line for path in TEXTS for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 1000
    return lines + _MADE


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [dates._ocr_digits(line) for line in _lines()]


def test_the_led_patterns_are_known():
    assert {"dmy", "numeric", "roman", "year", "iso", "range_days", "dm"} <= dates._LED_BY_DIGIT
    assert {"mdy", "md", "my", "range_md", "list_mdy"} <= dates._LED_BY_MONTH
    assert not dates._LED_BY_DIGIT & dates._LED_BY_MONTH and "nd" not in dates._STARTS


@pytest.mark.parametrize("name", sorted(dates._HINTS))
def test_a_pattern_matches_only_where_its_hint_does(name, texts):
    rx, hint = _PATTERNS[name], dates._HINTS[name]
    read = 0
    for text in texts:
        for m in rx.finditer(text):
            read += 1
            assert hint.search(m.group(0)) is not None, (name, m.group(0))
    assert read > 0  # the pattern reads something here, so the test can fail


def test_a_hint_is_missing_from_texts_without_its_words():
    assert dates._HINTS["nd"].search("Record of conversation with Kim Il Sung, 16 June 1956") is None
    assert dates._HINTS["vi"].search("Pham Van Dong, 1959") is None
    assert dates._HINTS["nd"].search("UNDATED") and dates._HINTS["cjk"].search("NIAN")


@pytest.mark.parametrize("name", sorted(dates._NEEDS_YEAR))
def test_a_pattern_with_the_year_group_matches_only_with_a_year(name, texts):
    rx = _PATTERNS[name]
    read = 0
    for text in texts:
        for m in rx.finditer(text):
            read += 1
            assert m.group("y") is not None and dates._YEAR_DIGITS.fullmatch(m.group("y")), (name, m.group(0))
    assert name not in ("iso", "dmy", "year") or read > 0
    assert not dates._NEEDS_YEAR & {"dm", "md", "nd", "dmy_short", "numeric_short", "roman_short"}


@pytest.mark.parametrize("name", sorted(dates._STARTS))
def test_a_led_pattern_matches_where_its_search_does(name, texts):
    rx, scan, words = _PATTERNS[name], dates._STARTS[name], dates._WORD_GROUPS[name]
    for text in texts:
        starts = [m.start() for m in scan.finditer(text)]
        fast = [(m.span(), m.groupdict()) for m in dates._matches_from(rx, text, starts, words)]
        assert fast == [(m.span(), m.groupdict()) for m in dates._matches(rx, text, words)], text


def test_the_month_trie_finds_the_places_the_month_names_do(texts):
    flat = re.compile(r"\b(?=(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + "))", re.IGNORECASE)
    for text in texts:
        assert [m.start() for m in dates._MONTH_STARTS.finditer(text)] == [m.start() for m in flat.finditer(text)]


def test_the_ocr_repairs_skipped_change_nothing():
    for line in _lines():
        text = dates._blank_conjecture(line)
        if dates._OCR_PAIR.search(text) is None:
            assert dates._OCR_NUMBER.sub("#", text) == text, line
        if "З" not in text:
            assert dates._OCR_ZE.sub("#", text) == text, line
    assert dates._ocr_digits("2l Aug. l958") == "21 Aug. 1958" and dates._ocr_digits("lO٣") == "10٣"


def test_the_scan_finds_what_the_plain_scan_finds(monkeypatch):
    lines = _lines()
    fast = [dates._dates_in.__wrapped__(line) for line in lines]
    monkeypatch.setattr(dates, "_HINTS", {})
    monkeypatch.setattr(dates, "_STARTS", {})
    monkeypatch.setattr(dates, "_OCR_PAIR", re.compile(""))
    monkeypatch.setattr(dates, "_NEEDS_YEAR", frozenset())
    assert [dates._dates_in.__wrapped__(line) for line in lines] == fast
    assert sum(map(len, fast)) > 1000


def test_a_split_is_a_new_list_each_time():
    first = split_clauses("Record of conversation, 3 May 1956; AVPRF, f. 0102")
    first.append(None)
    assert len(split_clauses("Record of conversation, 3 May 1956; AVPRF, f. 0102")) == 2
