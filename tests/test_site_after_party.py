"""A site after a party, with the article ("with Kim Il Sung at the Kremlin"), is where they
met: the party is the name before it, and the site is nobody (issue #3). After an office the
site belongs to the office ("counsellor at the Soviet Embassy")."""

from __future__ import annotations

import pytest
from conftest import note_communications, participant_roles

_AVPRF = "AVPRF, f. 0102, op. 13, p. 72, d. 5, ll. 3–7"


@pytest.mark.parametrize(
    "site",
    [
        "the Kremlin",
        "the Hotel Metropol",
        "the Taedong Guest House",
        "the Soviet embassy",
        "the Chinese Embassy in Hanoi",
    ],
)
def test_the_site_of_a_talk_is_no_party(site):
    text = f"Record of the conversation of Ambassador Puzanov with Kim Il Sung at {site}, 4 May 1957, {_AVPRF}."
    assert note_communications(text) == [("1957-05-04", ["Kim Il Sung", "Puzanov"])]


def test_a_titled_party_keeps_his_title_before_the_site():
    text = f"Record of the conversation of Kim Il Sung with Ambassador Puzanov at the Hotel Metropol, 4 May 1957, {_AVPRF}."
    assert sorted(participant_roles(text)) == [("Kim Il Sung", None), ("Puzanov", "Ambassador")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            f"Record of the conversation of Kapitsa with V.I. Ivanov, counsellor at the Soviet Embassy, 4 May 1957, {_AVPRF}.",
            "counsellor at the Soviet Embassy",
        ),
        (
            f"Record of the conversation of Kapitsa with V.I. Ivanov, First Secretary at the Embassy, 4 May 1957, {_AVPRF}.",
            "First Secretary at the Embassy",
        ),
    ],
)
def test_an_office_keeps_its_site(text, role):
    assert ("V.I. Ivanov", role) in participant_roles(text)


def test_a_topic_s_preposition_is_no_part_of_the_name():
    text = (
        "On Gromyko’s remark to Chen Yi at the Kremlin reception of 7 November 1961 see the Chinese record, "
        "8 November 1961, PRC FMA 109-02311-01, 1–4."
    )
    talks = note_communications(text)
    assert ("1961-11-07", ["Chen Yi", "Gromyko"]) in talks
    assert not any(name.startswith("On ") for _, names in talks for name in names)


def test_a_name_that_is_a_preposition_s_homograph_stays_whole():
    # "On" alone before a name that does not look like one is left to the readers as before
    assert participant_roles(f"Record of the conversation of Kim Il Sung with On Yong-il, 4 May 1957, {_AVPRF}.") == [
        ("Kim Il Sung", None),
        ("On Yong-il", None),
    ]
