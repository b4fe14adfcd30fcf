"""Trie alternations: the same words as the flat alternation, tried in the same order."""

from __future__ import annotations

import re

import pytest

from kg1956.extract import dates
from kg1956.extract.head_grammar import _NOUNS
from kg1956.extract.kinds import CONVERSATION_NOUNS, MODIFIERS, _trie_keeps_order, fuzzy, fuzzy_alternation
from kg1956.extract.lexicon import MONTHS
from kg1956.extract.pattern_build import trie_alternation

_MONTHS = sorted(MONTHS, key=len, reverse=True)


def test_shared_beginnings_are_written_once():
    assert trie_alternation(["records", "record", "report"]) == "re(?:cord(?:s)?|port)"
    assert trie_alternation(["jan", "june", "july"]) == "j(?:an|u(?:ne|ly))"
    assert trie_alternation(["a.b", "a"]) == r"a(?:\.b)?"


def test_the_trie_matches_exactly_the_words_of_the_lexicon():
    rx = re.compile(trie_alternation(_MONTHS), re.IGNORECASE)
    assert all(rx.fullmatch(m) for m in MONTHS)
    others = ["janu", "febr.", "septemberr", "mayo1", "jul y", "", "ноябр", "octobe", "aprill"]
    flat = re.compile("|".join(_MONTHS), re.IGNORECASE)
    for word in others + [m[:-1] for m in _MONTHS] + [m + "x" for m in _MONTHS]:
        assert bool(rx.fullmatch(word)) == bool(flat.fullmatch(word)), word


def test_the_longer_word_is_tried_first_as_in_the_flat_alternation():
    rx = re.compile(trie_alternation(["sept", "september", "sep"]), re.IGNORECASE)
    assert rx.match("September 1956").group(0) == "September"
    assert rx.match("Sept. 1956").group(0) == "Sept"
    # and a shorter word when the longer leaves the rest unmatched
    assert re.match(rf"(?:{trie_alternation(['september', 'sept'])})\.", "sept.").group(0) == "sept."


@pytest.mark.parametrize("text", ["January 5", "jan. 5", "Juni 1956", "mart 1957", "sentiabria", "Mayo", "май", "x"])
def test_every_match_is_the_flat_alternations_match(text):
    trie = re.compile(rf"(?:{trie_alternation(_MONTHS)})\.?\s*\d*", re.IGNORECASE)
    flat = re.compile(rf"(?:{'|'.join(_MONTHS)})\.?\s*\d*", re.IGNORECASE)
    got, want = trie.match(text), flat.match(text)
    assert (got and got.group(0)) == (want and want.group(0))


def test_fuzzy_trie_reads_ocr_breaks_and_misread_letters_like_the_words_one_by_one():
    words = list(_NOUNS)
    trie = re.compile(rf"(?:{fuzzy_alternation(words)})\b", re.IGNORECASE)
    flat = re.compile(rf"(?:{'|'.join(fuzzy(w) for w in words)})\b", re.IGNORECASE)
    samples = [
        "Rec ord of",
        "Memorandurn",
        "con- versation",
        "Reeord",
        "telegramma",
        "records s",
        "note",
        "notes",
        "Mem0",
        "memo randum",
        "dokladnaia  zapiska",
        "Tele-\ngram",
        "recordx",
        "spravka",
    ]
    for text in samples + words + [w.upper() for w in words]:
        got, want = trie.match(text), flat.match(text)
        assert (got and got.group(0)) == (want and want.group(0)), text


def test_fuzzy_trie_is_shorter_for_the_head_lexicons():
    for words in (_NOUNS, sorted(CONVERSATION_NOUNS, key=len, reverse=True), sorted(MODIFIERS, key=len, reverse=True)):
        assert _trie_keeps_order(list(words))
        assert len(fuzzy_alternation(words)) < len("|".join(fuzzy(w) for w in words))


def test_fuzzy_stays_flat_when_a_trie_would_change_the_order():
    # the flat alternation prefers "memo" to "memorandum": a trie would not
    assert not _trie_keeps_order(["memo", "memorandum"])
    assert fuzzy_alternation(["memo", "memorandum"]) == fuzzy("memo") + "|" + fuzzy("memorandum")
    # "r" reads as the start of "m" ("rn"): the trie cannot put "r…" under "m…"
    assert not _trie_keeps_order(["mark", "r"])
    assert _trie_keeps_order(["memorandum", "memo"])


def test_every_month_name_is_read_where_a_word_is_checked_after_the_match():
    from kg1956.extract.dates import find_dates

    for month in MONTHS:
        for text in (f"16 {month} 1956", f"{month} 16, 1956", f"mid-{month} 1956"):
            found = find_dates(text)
            assert len(found) == 1 and found[0].span.start == 0 and found[0].span.end == len(text), text


def test_a_word_that_is_no_month_makes_no_date_and_the_search_goes_on():
    from kg1956.extract.dates import find_dates

    found = find_dates("Foo 16, 1956 and May 5, 1957; 3 Bar 1958; 3 of Foo 1959")
    assert [(d.span.start, d.value.iso) for d in found] == [(8, "1956"), (17, "1957-05-05"), (36, "1958"), (51, "1959")]
    # a range whose second month is no month is read as no range
    assert [d.partial for d in find_dates("Oct. 22 – Foo 3, 1962")] == [True, False]


def _corpus_lines() -> list[str]:
    from pathlib import Path

    tests = Path(__file__).resolve().parent
    paths = sorted([*tests.glob("corpora/*.txt"), *tests.glob("blind*/*.txt")])
    return [line for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(n for n, groups in dates._WORD_GROUPS.items() if groups))
def test_a_word_checked_after_the_match_finds_what_the_month_names_in_the_pattern_find(name):
    rx = dict(dates._COMPILED)[name]
    with_names = re.compile(rx.pattern.replace(r">[^\W\d_]+)", ">" + dates._MONTH_NAMES + ")"), re.IGNORECASE)
    assert with_names.pattern != rx.pattern
    lines = _corpus_lines()
    assert len(lines) > 1000
    for text in [*lines, "Oct. 22 – Foo 3, 1962", "3 of Foo 1956", "March 12 and Foo 6, 1950", "mid-Foo 1956"]:
        text = dates._ocr_digits(text)
        checked = [(m.span(), m.groupdict()) for m in dates._matches(rx, text, dates._WORD_GROUPS[name])]
        assert checked == [(m.span(), m.groupdict()) for m in with_names.finditer(text)], text
