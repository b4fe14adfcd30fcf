"""The extraction's shortcuts give the answers of the long way: the date patterns led by a month
name, tried only where a month name starts; the caches of the readers' repeated questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg1956.extract import dates, memo
from kg1956.extract.dates import _COMPILED, _LED_BY_MONTH, _MONTH_STARTS, _WORD_GROUPS, _matches, _matches_from

TESTS = Path(__file__).resolve().parent
TEXTS = sorted([*TESTS.glob("corpora/*.txt"), *TESTS.glob("blind*/*.txt")])


def _lines() -> list[str]:
    return [line for path in TEXTS for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_month_led_patterns_are_known():
    assert {"mdy", "md", "my", "range_md", "list_mdy"} <= _LED_BY_MONTH
    assert "dmy" not in _LED_BY_MONTH and "year" not in _LED_BY_MONTH


@pytest.mark.parametrize("name", sorted(_LED_BY_MONTH))
def test_a_month_led_pattern_matches_where_its_search_does(name):
    rx = dict(_COMPILED)[name]
    lines = _lines()
    assert len(lines) > 1000
    for text in lines:
        text = dates._ocr_digits(text)
        starts = [m.start() for m in _MONTH_STARTS.finditer(text)]
        words = _WORD_GROUPS[name]  # the words read as months, checked after the match
        fast = [(m.span(), m.groupdict()) for m in _matches_from(rx, text, starts, words)]
        assert fast == [(m.span(), m.groupdict()) for m in _matches(rx, text, words)], text


def test_a_cached_list_is_a_new_list_each_time():
    calls = []

    @memo.listed
    def parts(text: str) -> list[str] | None:
        calls.append(text)
        return text.split() or None

    first = parts("a b")
    first.append("c")
    assert parts("a b") == ["a", "b"] and calls == ["a b"]
    assert parts("") is None and parts("") is None and calls == ["a b", ""]
