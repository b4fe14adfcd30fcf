"""Talks told in the author's prose with their record in brackets: the speaker's office set off by
commas, a point made again to someone, and German record nouns in the bracket (issue #3)."""

from __future__ import annotations

import pytest
from conftest import note_communications, participant_roles

CALL = "PA AA, MfAA, C 1144/71, Bl. 12–19"


@pytest.mark.parametrize(
    "record", ["Niederschrift", "Aktenvermerk", "record of conversation", "„Vermerk über das Gespräch“"]
)
def test_a_speaker_with_his_office_in_commas_told_someone(record):
    note = (
        f"Xuan Thuy, the DRV foreign minister, told Sieber on 14 May 1966 that talks were premature ({record}, {CALL})."
    )
    assert note_communications(note) == [("1966-05-14", ["Sieber", "Xuan Thuy"])]
    assert ("Xuan Thuy", "the DRV foreign minister") in participant_roles(note)


def test_an_apposition_that_is_no_office_gives_no_role():
    note = f"Xuan Thuy, the old partisan, told Sieber on 14 May 1966 that talks were premature (Niederschrift, {CALL})."
    assert note_communications(note) == [("1966-05-14", ["Sieber", "Xuan Thuy"])]
    assert ("Xuan Thuy", None) in participant_roles(note)


def test_a_point_made_again_to_someone_is_a_talk():
    note = f"Pham Van Dong repeated the point to Sieber in Hanoi on 2 June 1966 (Niederschrift, {CALL})."
    assert note_communications(note) == [("1966-06-02", ["Pham Van Dong", "Sieber"])]


@pytest.mark.parametrize(
    "note",
    [
        # a point made to no one named, and a bracket that cites a book
        "Pham Van Dong repeated the point to his colleagues on 2 June 1966 (see Nguyen, Hanoi's War, 45).",
        "Pham Van Dong repeated the point to Sieber on 2 June 1966 (Nguyen, Hanoi's War, 45).",
    ],
)
def test_prose_that_names_no_talk_with_a_record_yields_none(note):
    assert note_communications(note) == []
