"""Forms of address and offices before a name in German and Czech record heads (the seventeenth
session's lead): a German courtesy title before a given name is no part of the name, a German office
may be written without its umlaut's dots, and a Czech office's capitalised genitive complement is
the office's, not the name's."""

from __future__ import annotations

import pytest
from conftest import participant_roles, sorted_communications

from kg1956.extract.names import parse_participant
from kg1956.extract.role_then_name import split_role_and_name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Frau Golda Meir", "Golda Meir"),
        ("Frau Sirimavo Bandaranaike, Premierministerin von Ceylon", "Sirimavo Bandaranaike"),
        ("Herrn Ahmed Sukarno (Präsident)", "Ahmed Sukarno"),
        ("Frau Pak", "Frau Pak"),  # her surname alone: "Frau" tells her from her husband
        ("Frau Pak, Gattin des Botschafters", "Frau Pak"),
    ],
)
def test_a_german_courtesy_title_before_a_given_name_is_no_part_of_the_name(phrase, name):
    assert parse_participant(phrase, 0).text == name


def test_a_record_of_a_talk_with_frau_and_a_full_name_names_her_without_it():
    text = "Vermerk über ein Gespräch mit Frau Golda Meir am 14.5.1962 (Schwab), PA AA, MfAA, A 13975, Bl. 8–11."
    assert sorted_communications(text) == [("1962-05-14", ["Golda Meir"])]


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        (
            "Aktenvermerk über eine Unterredung mit Ministerprasident Bandaranaike am 2.3.1961, PA AA, MfAA, A 14020, Bl. 4–6.",
            "Ministerprasident",
            "Bandaranaike",
        ),
        (
            "Aktenvermerk über eine Unterredung mit Ministerpraesident Bandaranaike am 2.3.1961, PA AA, MfAA, A 14020, Bl. 4–6.",
            "Ministerpraesident",
            "Bandaranaike",
        ),
        (
            "Aktenvermerk über eine Unterredung mit Staatssekretar Winzer am 2.3.1961, PA AA, MfAA, A 14020, Bl. 4–6.",
            "Staatssekretar",
            "Winzer",
        ),
    ],
)
def test_a_german_office_without_its_umlaut_is_still_an_office(text, role, name):
    assert (name, role) in participant_roles(text)


@pytest.mark.parametrize(
    ("phrase", "role", "name"),
    [
        (
            "předsedou Národního shromáždění Zdeňkem Fierlingerem",
            "předsedou Národního shromáždění",
            "Zdeňkem Fierlingerem",
        ),
        ("generálním tajemníkem KS Uruguaye Rodneyem Aristou", "generálním tajemníkem KS Uruguaye", "Rodneyem Aristou"),
        ("předsedou vlády Indie Indirou Gándhíovou", "předsedou vlády Indie", "Indirou Gándhíovou"),
        # no capitalised complement, or the undeclined syllables of an Asian name: the name as before
        ("velvyslancem Strnadem", "velvyslancem", "Strnadem"),
        ("s presidentem Ho Či Minem", "s presidentem", "Ho Či Minem"),
        ("s maršálem Ču Tem", "s maršálem", "Ču Tem"),
        ("předsedou Kim Ir Senem", "předsedou", "Kim Ir Senem"),
    ],
)
def test_a_czech_offices_capitalised_genitive_is_the_offices(phrase, role, name):
    got_role, got_name, _ = split_role_and_name(phrase)
    assert (got_role, got_name) == (role, name)


def test_a_czech_record_names_the_man_not_the_senate():
    text = "Záznam z rozhovoru s předsedou Senátu Eduardem Freiem, 3 March 1962, AMZV, TO-T 1960–1964, Chile, k. 1, obal 2, č.j. 0210/62."
    assert ("Eduardem Freiem", "předsedou Senátu") in participant_roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Conversation between Chancellor Konrad Adenauer and Ambassador Andrei Smirnov," May 3, 1958, '
            "Wilson Center Digital Archive.",
            [("Andrei Smirnov", "Ambassador"), ("Konrad Adenauer", "Chancellor")],
        ),
        (
            "Vermerk über eine Unterredung mit Bundeskanzler Erhard am 12.6.1964, PA AA, B 150, Bd. 30, Bl. 4–9.",
            [("Erhard", "Bundeskanzler")],
        ),
    ],
)
def test_a_chancellor_is_an_office_not_part_of_the_name(text, expected):
    assert sorted(participant_roles(text)) == expected
