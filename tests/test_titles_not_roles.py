"""A bracket after an addressee that translates a quoted title or names the message's kind is no
office of that addressee ("Gyptner to Bolz, 'Jahresbericht 1956' [annual report for 1956]")."""

from __future__ import annotations

from conftest import participant_roles

from kg1956.extract.names import parse_participant


def test_a_single_quoted_title_and_its_translation_are_no_role():
    roles = dict(
        participant_roles(
            "Gyptner to Bolz, 'Jahresbericht 1957' [annual report for 1957], 12 February 1958, "
            "PA AA, MfAA, A 6762, Bl. 1–40."
        )
    )
    assert roles.get("Bolz") is None
    assert parse_participant("Ulbricht, ‘Zur Lage in Korea’ [On the situation in Korea]", 0).role is None


def test_a_message_kind_and_its_translation_are_no_role():
    roles = dict(
        participant_roles("Hegen to Bolz, Fernschreiben [telex] Nr. 219, 17.7.1963, PA AA, MfAA, A 17014, Bl. 91.")
    )
    assert roles.get("Bolz") is None


def test_an_office_in_brackets_is_still_a_role():
    assert parse_participant("Bolz [Foreign Minister]", 0).role == "Foreign Minister"
    assert parse_participant("O'Neill [Ambassador]", 0).role == "Ambassador"
    assert parse_participant("Ch'oe Yong-gon [Minister of Defence]", 0).role == "Minister of Defence"


def test_what_a_message_does_is_no_part_of_its_addressee():
    """ "Dobrynin's cable to the Foreign Ministry reporting his talk with …": the ministry, unnamed."""
    text = (
        "Dobrynin's cable to the Foreign Ministry reporting his talk with Robert Kennedy, October 28, 1962, "
        "AVPRF, f. 059, op. 1, p. 6, d. 39, ll. 1–4."
    )
    assert [p for p, _ in participant_roles(text)] == ["Dobrynin"]
    assert [p for p, _ in participant_roles(text.replace("the Foreign Ministry", "Gromyko"))] == ["Dobrynin", "Gromyko"]
