"""Rules read from blind set 16 (issue #3) for English notes on East European records, each
checked on notes of its own composition (tests/corpora/dev-b16-en.txt holds more of them)."""

from __future__ import annotations

from conftest import note_communications, participant_roles


def test_parties_joined_by_dashes_then_the_date_then_the_kind_of_record():
    assert note_communications(
        "Gomułka – Kim Il Sung, 14 June 1957, memorandum of conversation, AAN, KC PZPR, sygn. XI A/88, k. 40–47."
    ) == [("1957-06-14", ["Gomułka", "Kim Il Sung"])]
    assert note_communications(
        "Winiewicz – Fanfani – Gronouski, Rome, 19 November 1966, record of the three-way meeting, AMSZ, z. 27/70, "
        "w. 7, t. 62, k. 5–9."
    ) == [("1966-11-19", ["Fanfani", "Gronouski", "Winiewicz"])]
    assert ("W. Ogrodziński", "Polish ambassador") in participant_roles(
        "Pham Hung – W. Ogrodziński, Polish ambassador, 4 March 1968, record of conversation; AMSZ, Departament II, "
        "sygn. 9/74, k. 11–14."
    )


def test_places_joined_by_dashes_are_no_parties():
    assert note_communications("Warsaw – Hanoi, 3 May 1967, conversation, AMSZ, z. 27/70, w. 8, t. 70, k. 2.") == []
