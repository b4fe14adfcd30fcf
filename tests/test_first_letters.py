"""A guard asked only whether it occurs, its alternatives grouped by first letter
(`extract/first_letters.py`), finds a match wherever the guard as written does, at the same place:
on every clause of the evaluation corpora, for each guard the loose reading asks so."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg1956.extract import loose_guards
from kg1956.extract.first_letters import by_first_letter, first_letter, top_alternatives
from kg1956.extract.text import split_clauses

TESTS = Path(__file__).resolve().parent
TEXTS = sorted([*TESTS.glob("corpora/*.txt"), *TESTS.glob("blind*/*.txt"), *TESTS.glob("gold/*.txt")])
GUARDS = ("NOT_HELD", "QUOTED", "WRITTEN", "REPORTED_IN", "OTHER_DATE")  # the four grouped, and one more


@pytest.fixture(scope="module")
def clauses() -> list[str]:
    lines = [line for path in TEXTS for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = [c.text for line in lines for c in split_clauses(line)]
    assert len(found) > 5000
    return found


def test_the_alternatives_at_the_top_level():
    assert top_alternatives(r"(?:a|b(?:c|d)|[|]x|\|y|[^)|]z)") == ["a", "b(?:c|d)", "[|]x", r"\|y", "[^)|]z"]
    assert top_alternatives(r"(?:a)|b") == ["(?:a)", "b"]
    assert top_alternatives("abc") == ["abc"]


def test_the_first_letter_is_one_every_match_starts_with():
    assert first_letter(r"\bcancell?ed") == "c" and first_letter("отмен[её]н") == "о"
    assert first_letter("a?bc") is None and first_letter("a*b") is None and first_letter("a{0,2}b") is None
    assert first_letter(r"^\s*Had") is None and first_letter(r"\b(?:two|three)") is None
    assert first_letter(r"\b\d+\s+раз") is None and first_letter("x") is None


@pytest.mark.parametrize("name", GUARDS)
def test_a_grouped_guard_keeps_every_alternative(name):
    rx = getattr(loose_guards, name)
    fast = by_first_letter(rx)
    assert fast.flags == rx.flags
    kept = re.sub(r"\(\?=\[[^\]]*\]\)|\(\?=\\?.\)", "", fast.pattern)
    for alternative in top_alternatives(rx.pattern):
        assert alternative in kept


@pytest.mark.parametrize("name", GUARDS)
def test_a_grouped_guard_occurs_where_the_guard_does(name, clauses):
    rx = getattr(loose_guards, name)
    fast = by_first_letter(rx)
    hits = 0
    for clause in clauses:
        m = rx.search(clause)
        f = fast.search(clause)
        assert (m is None) == (f is None), (name, clause)
        if m is not None:
            hits += 1
            assert m.start() == f.start(), (name, clause)
        half = len(clause) // 2  # a search bounded at both ends, as the loose reading asks some
        assert (rx.search(clause, 1, half) is None) == (fast.search(clause, 1, half) is None), (name, clause)
    assert hits > 0


def test_which_alternative_matches_may_differ_but_not_where():
    rx = re.compile("(?:ab|b|abc)")
    fast = by_first_letter(rx)
    assert fast.search("xabc").start() == rx.search("xabc").start() == 1
    assert fast.search("xyz") is None and by_first_letter(re.compile("a  b", re.VERBOSE)).pattern == "a  b"
