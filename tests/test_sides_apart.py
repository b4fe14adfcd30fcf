"""Two parties of one talk are two people: a bare surname beside the same surname with initials
("D. Ganev and Ganev") is not joined to it on weak evidence, which would leave a talk of one."""

from __future__ import annotations

from conftest import build_notes, people_in

from kg1956.union_find import UnionFind
from kg1956.validate import validate_graph


def test_the_two_sides_of_a_talk_stay_two_people(tmp_path):
    notes = """
1. Record of conversation between D. Ganev and Ganev, 2 March 1961, TsDA, f. 1B, op. 60, a.e. 320, l. 2.
"""
    built = build_notes(tmp_path, notes)
    people = [set(e.spellings) for e in built.resolution.entities if not e.is_organization]
    assert {"D. Ganev"} in people and {"Ganev"} in people
    assert validate_graph(built.triples).conforms


def test_a_bare_surname_elsewhere_still_joins_the_one_person_of_that_name(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Record of conversation between D. Ganev and Zhou Enlai, 2 March 1961, TsDA, f. 1B, op. 60, a.e. 320, l. 2.

2. Ganev to Zhou Enlai, 5 March 1961, TsDA, f. 1B, op. 60, a.e. 321, l. 4.
""",
    )
    assert any({"D. Ganev", "Ganev"} <= p for p in people)


def test_union_find_refuses_only_joins_that_would_put_two_kept_apart_in_one_set():
    uf = UnionFind()
    uf.keep_apart([("a", "b")])
    uf.union("a", "c")
    assert not uf.may_join("c", "b") and uf.may_join("c", "d") and uf.may_join("b", "d")
