"""Courtesy titles are forms of address, like "Comrade": "Mr. Dulles", "Dr. Fawzi", "Herrn Bolz",
"Cde. Kim" are spelt without them, and their full stop ends no sentence."""

from __future__ import annotations

from conftest import note_communications, people_in


def test_a_courtesy_title_is_no_part_of_the_name():
    assert note_communications("Record of conversation with Dr. Mahmoud Fawzi, 12 May 1958, PA AA, MfAA, A 12345.") == [
        ("1958-05-12", ["Mahmoud Fawzi"])
    ]
    assert note_communications(
        "Memorandum of conversation between Mr. Dulles and Ambassador Menshikov, 3 May 1958, NARA, RG 59."
    ) == [("1958-05-03", ["Dulles", "Menshikov"])]
    assert note_communications("Letter from Dr. Fawzi to Mr. Hammarskjöld, 3 June 1958.") == [
        ("1958-06-03", ["Fawzi", "Hammarskjöld"])
    ]


def test_the_full_stop_of_cde_ends_no_sentence():
    assert note_communications(
        "Record of conversation between Cde. Kim Il Sung and Ambassador Puzanov, 4 June 1958, AVPRF, f. 0102."
    ) == [("1958-06-04", ["Kim Il Sung", "Puzanov"])]


def test_the_same_man_with_and_without_his_title_is_one(tmp_path):
    people = people_in(
        tmp_path,
        "1. Record of conversation with Dr. Mahmoud Fawzi, 12 May 1958, PA AA, MfAA, A 12345.\n\n"
        "2. Letter from Fawzi to Hammarskjöld, 3 June 1958.",
    )
    assert {"Mahmoud Fawzi", "Fawzi"} in people
    assert not any(s.startswith(("Dr", "Mr")) for p in people for s in p)
