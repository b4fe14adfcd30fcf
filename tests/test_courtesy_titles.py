""" "Cde." is a form of address like "Comrade" ("Cde. Kim Il Sung" is Kim Il Sung), and its full
stop, like those of "Messrs." and "Mme.", ends no sentence. Courtesy titles stay with the name:
"Mrs. Roosevelt" is not Mr. Roosevelt, and "Mr Lloyd, Foreign Secretary" keeps its office."""

from __future__ import annotations

from conftest import note_communications, participant_roles, people_in


def test_cde_is_a_form_of_address_and_its_stop_ends_no_sentence():
    assert note_communications(
        "Record of conversation between Cde. Kim Il Sung and Ambassador Puzanov, 4 June 1958, AVPRF, f. 0102."
    ) == [("1958-06-04", ["Kim Il Sung", "Puzanov"])]


def test_a_courtesy_title_before_a_name_and_its_office_keeps_both():
    assert ("Mr Lloyd", "Foreign Secretary") in participant_roles(
        "Memorandum of conversation, Dulles and Mr Lloyd, Foreign Secretary, 14 May 1959, FRUS 1958-1960, "
        "vol. VIII, doc. 301."
    )


def test_a_wife_is_not_her_husband(tmp_path):
    people = people_in(
        tmp_path,
        "1. Memorandum of conversation between Dulles and Mrs. Roosevelt, 12 March 1957, NARA, RG 59.\n\n"
        "2. Memorandum of conversation between Dulles and Mr. Roosevelt, 14 March 1957, NARA, RG 59.",
    )
    assert not any({"Mrs. Roosevelt", "Mr. Roosevelt"} <= p for p in people)
