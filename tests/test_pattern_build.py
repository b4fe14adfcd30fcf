"""Trie alternations: the same words as the flat alternation, tried in the same order."""

from __future__ import annotations

import re

import pytest

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
