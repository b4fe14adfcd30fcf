"""People who must stay apart although their names are close (issue #3: "never merge two
people whose initials or given names differ"), and call numbers whose trailing dates or a
party's initials must not become keys. Each case is a realistic counter-example to a rule
that joins spellings across languages: a wife beside her husband, a son beside his father,
two surnames that differ by one letter, a woman's surname that looks like a man's genitive."""

from __future__ import annotations

import pytest

from kg1956.extract.locators import parse_locator
from kg1956.pipeline import build
from kg1956.romanize_ja import japanese_name


def _people(tmp_path, notes: str) -> list[set[str]]:
    path = tmp_path / "notes.txt"
    path.write_text("Namesakes\n\nNotes\n\n" + notes.strip() + "\n", encoding="utf-8")
    return [set(e.spellings) for e in build([path]).resolution.entities if not e.is_organization]


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


@pytest.mark.parametrize(
    ("man", "woman"),
    [
        ("Ivan Popov", "Ivana Popova"),
        ("Aleksandr Kovalev", "Aleksandra Kovaleva"),
        ("Valentin Petrov", "Valentina Petrova"),
    ],
)
def test_a_woman_named_in_full_is_not_a_mans_genitive(tmp_path, man, woman):
    people = _people(
        tmp_path,
        f"1. Record of conversation between {man} and {woman}, 6 March 1960, AVPRF, f. 0102, op. 16, d. 4, l. 3.",
    )
    assert _apart(people, man, woman)


def test_a_wife_is_not_her_husband_by_his_initial(tmp_path):
    people = _people(
        tmp_path,
        """
1. Record of conversation between N.S. Khrushchev and Kim Il Sung, 3 March 1960, RGANI, f. 52, op. 1, d. 594, l. 3.
2. Record of conversation between Nina Khrushcheva and Kim Il Sung, 4 March 1960, RGANI, f. 52, op. 1, d. 595, l. 4.
""",
    )
    assert _apart(people, "N.S. Khrushchev", "Nina Khrushcheva")


def test_initials_in_prose_need_a_holder_whose_initials_fit(tmp_path):
    people = _people(
        tmp_path,
        """
1. Hoxha to Shehu, letter, 3 March 1960, AQSH, f. 14/AP, v. 1960, d. 3, fl. 1–4. The letter was drafted by his wife, N. Hoxha, who kept a copy.
2. Khrushchev to Ulbricht, letter, 4 March 1960, SAPMO-BArch, DY 30/3386, Bl. 1–4. His son S.N. Khrushchev recalled it.
""",
    )
    assert _apart(people, "Hoxha", "N. Hoxha")
    assert _apart(people, "Khrushchev", "S.N. Khrushchev")


@pytest.mark.parametrize(("a", "b"), [("Ivan Kosarev", "Ivan Kozarev"), ("Nikolai Shelokov", "Nikolai Shchelokov")])
def test_surnames_one_letter_apart_in_the_english_spelling_stay_apart(tmp_path, a, b):
    people = _people(
        tmp_path, f"1. Record of conversation between {a} and {b}, 4 March 1960, AVPRF, f. 0146, op. 38, d. 6, l. 44."
    )
    assert _apart(people, a, b)


def test_a_german_spelling_still_meets_the_english_one(tmp_path):
    people = _people(
        tmp_path,
        """
1. Record of conversation between A. M. Puzanov and Kim Il Sung, 3 March 1960, AVPRF, f. 0102, op. 16, d. 4, l. 3.
2. Vermerk über ein Gespräch mit Genossen A. M. Pusanow, 4. März 1960, SAPMO-BArch, DY 30/IV 2/20/137, Bl. 5.
""",
    )
    assert any({"A. M. Puzanov", "A. M. Pusanow"} <= p for p in people)


def test_a_curly_apostrophe_in_a_japanese_name():
    assert japanese_name("Matsumoto Shun’ichi")
    assert japanese_name("Matsumoto Shun'ichi")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("AMZV, TO-T, k. 2, obal 3, 11. 7. 1966.", "list"),  # a date, not "ll. 7"
        ("AVPRF, f. 0102, op. 16, p. 85, d. 8, 11. 1959.", "list"),  # a month and year
        ("DAMSPS, PA, f. 75, d. 2, 1956.", "document"),  # a year, not a registry number
    ],
)
def test_a_date_after_a_call_number_is_no_key(text, absent):
    loc = parse_locator(text, 0)
    assert loc is not None and absent not in dict(loc.fields)


def test_the_ocr_leaf_after_a_call_number_is_still_read():
    loc = parse_locator("RGANI, f. 5, op. 28, d. 412, 11. 41–44.", 0)
    assert dict(loc.fields)["list"] == "41–44"


def test_a_partys_initials_are_no_archive():
    loc = parse_locator("Letter of A.B. Ivanov to the SED, l. 4, d. 5.", 0)
    assert loc is None or loc.repository != "SED"
