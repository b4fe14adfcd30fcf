"""Harms a reviewer found in the thirteenth session's English rules, on notes of other authors
(issue #3): a subject taken up in a speech, an interview or a letter is no talk; people present at
another occasion, or listed with a relative clause, are not added to a talk. Each with the right
reading the rule must keep."""

from __future__ import annotations

import pytest
from conftest import note_communications

_NA = "NA, f. 1261/0/4, sv. 35, a.j. 42"
_APRF = "APRF, f. 3, op. 65, d. 325"


@pytest.mark.parametrize(
    "text",
    [
        f"Novotný raised the matter with the Soviet leadership in his speech to the CC plenum on 5 December 1962: {_NA}.",
        "Khrushchev discussed the German question with the readers of Pravda in an interview published on "
        "5 January 1959: RGANI, f. 5, op. 30, d. 290.",
        f"Novotný discussed the incident with the Soviet leadership by letter on 5 December 1962: {_NA}.",
        f"Gomułka took up the question with Ulbricht in a letter of 5 December 1962: {_NA}.",
        f"Zhou raised the border question with the Indian press at a press conference on 25 April 1960: {_NA}.",
    ],
)
def test_a_subject_taken_up_in_public_or_in_writing_is_no_talk(text):
    assert note_communications(text) == []


def test_a_subject_taken_up_with_a_man_is_still_a_talk():
    text = f"Novotný discussed the credits with Khrushchev on 5 December 1962: {_NA}."
    assert note_communications(text) == [("1962-12-05", ["Khrushchev", "Novotný"])]


@pytest.mark.parametrize(
    "after",
    [
        "At the banquet that evening Liu Shaoqi and Zhu De were also present.",
        "That evening Liu Shaoqi and Zhu De were also present.",
        "Deng Xiaoping, Peng Zhen and Kang Sheng, who had led the delegation in July, were also present.",
    ],
)
def test_no_one_present_elsewhere_or_listed_with_a_clause_joins_the_talk(after):
    text = f"Record of conversation between Mao and Yudin, 22 July 1958, {_APRF}. {after}"
    assert note_communications(text) == [("1958-07-22", ["Mao", "Yudin"])]


def test_those_also_present_at_the_talk_join_it():
    text = (
        f"Record of conversation between Mao and Yudin, 22 July 1958, {_APRF}. Liu Shaoqi and Zhu De were also present."
    )
    assert note_communications(text) == [("1958-07-22", ["Liu Shaoqi", "Mao", "Yudin", "Zhu De"])]
