"""More conventions of name resolution (issue #3): Japanese name order, South Slavic and
Albanian declension, Serbo-Croatian and Albanian transliterations of Russian names. Each
test builds a graph from notes of its own composition, or resolves mentions directly."""

from __future__ import annotations

import pytest

from kg1956.models import NameMention, Note, Span
from kg1956.pipeline import build
from kg1956.resolve import resolve_mentions
from kg1956.romanize_ja import japanese_name


def _resolve(*names: str):
    note = Note("x", 1, " ".join(names), 1)
    return resolve_mentions([(note, NameMention(n, Span(0, len(n)))) for n in names])


def _people(*names: str) -> list[set[str]]:
    return sorted((set(e.spellings) for e in _resolve(*names).entities), key=sorted)


def _built(tmp_path, notes: str) -> list[set[str]]:
    """Each person's spellings in the graph built from `notes`."""
    path = tmp_path / "notes.txt"
    path.write_text(notes.strip() + "\n", encoding="utf-8")
    result = build([path])
    return [set(e.spellings) for e in result.resolution.entities if not e.is_organization]


def _together(people: list[set[str]], *spellings: str) -> bool:
    return any(set(spellings) <= p for p in people)


@pytest.mark.parametrize("name", ["Hatoyama Ichirō", "Ichiro Hatoyama", "Matsumoto Shun'ichi", "Kōno Ichirō"])
def test_japanese_names_are_read_as_such(name):
    assert japanese_name(name)


@pytest.mark.parametrize("name", ["Nikita Khrushchev", "Kim Il Sung", "Mao Zedong", "Imre Nagy", "Hysni Kapo"])
def test_other_names_are_not_read_as_japanese(name):
    assert not japanese_name(name)


def test_a_japanese_family_name_alone_joins_its_person_in_either_order():
    people = _people("Hatoyama Ichirō", "Ichiro Hatoyama", "Hatoyama", "Ikeda Hayato", "Ikeda", "Kono")
    assert {"Hatoyama Ichirō", "Ichiro Hatoyama", "Hatoyama"} in people
    assert {"Ikeda Hayato", "Ikeda"} in people
    assert {"Kono"} in people  # nobody of that name


def test_a_japanese_given_name_shared_by_two_people_joins_neither():
    people = _people("Kōno Ichirō", "Hatoyama Ichirō", "Ichiro")
    assert {"Ichiro"} in people


def test_japanese_family_names_in_prose_join_their_person(tmp_path):
    people = _built(
        tmp_path,
        """
1. Kōno Ichirō to Hatoyama Ichirō, tel. no. 96, 14 May 1956, GGS, file A'.1.5.2.1-5.

2. Record of conversation of N.S. Khrushchev with Kōno, 12 May 1956, RGANI, f. 52, op. 1, d. 594, ll. 3–17. Hatoyama's own account says little.
""",
    )
    assert _together(people, "Kōno Ichirō", "Kōno")
    assert _together(people, "Hatoyama Ichirō", "Hatoyama")
