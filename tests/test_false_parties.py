"""Phrases that are no party: capitals in any case, "Idem", a month, a state's acronym
fused with a name, a period reported on, a record's kind after the addressee. Notes
written for these tests."""

from __future__ import annotations

from conftest import note_communications

from kg1956.extract.names import is_place, parse_participant


def test_declined_capitals_are_places():
    for word in ("Warszawy", "z Hanoi", "do Moskwy", "Pekinu", "z Pragi", "Berlinie", "Phenianu"):
        assert is_place(word), word
    for name in ("Kim Il Sung", "Rapacki", "Nam Ilem", "Frida", "Warsaw Pact"):
        assert not is_place(name), name


def test_a_cable_from_one_capital_to_another_names_no_party():
    assert (
        note_communications("Depesza z Moskwy do Pragi [Cable from Moscow to Prague], 5 V 1964, AMZV, TO-T, k. 7.")
        == []
    )
    assert note_communications("Szyfrogram z Sofii do Warszawy, 2 II 1962, AMSZ, z. 8, w. 1, t. 2, k. 3.") == []


def test_idem_is_never_a_person_and_the_kind_after_the_addressee_is_dropped():
    found = note_communications("Idem to Gomułka, szyfrogram, 4 V 1960, ibid., k. 7.")
    assert found == [("1960-05-04", ["Gomułka"])]
    assert parse_participant("Idem", 0) is None


def test_a_month_is_no_person():
    assert (
        note_communications("Both telegrams mention Mikoyan's talk with Kim Il Sung at the station on 12 October.")
        == []
    )


def test_a_states_acronym_ends_a_polish_role():
    found = parse_participant("wicepremierem KRL-D Pak Chang-okiem", 0)
    assert found is not None and found.text == "Pak Chang-okiem"
    assert found.role == "wicepremierem KRL-D"
    other = parse_participant("ambasadorem ZSRR Puzanowem", 0)
    assert other is not None and other.text == "Puzanowem"


def test_the_period_reported_on_is_not_the_date_nor_part_of_the_sender():
    text = (
        "Report of the Hungarian Embassy in Hanoi for the period 1 January–30 June 1966, "
        "dated 10 July 1966, MOL, XIX-J-1-j, box 4."
    )
    assert note_communications(text) == [("1966-07-10", ["Hungarian Embassy in Hanoi"])]


def test_a_bulgarian_record_kind_after_the_addressee():
    text = "Georgi Dimitrov to the Politburo of the BCP CC, dokladna zapiska [memorandum], n.d., TsDA, f. 1B, op. 2."
    assert note_communications(text) == [(None, ["Georgi Dimitrov", "Politburo of the BCP CC"])]


def test_the_place_a_cable_was_sent_from_leaves_the_subjects_party_out():
    text = (
        '"Cable from Zhou Enlai from Geneva concerning Conversations with Eden," May 5, 1954, '
        "Wilson Center Digital Archive."
    )
    assert note_communications(text) == [("1954-05-05", ["Zhou Enlai"])]
    variant = (
        '"Telegram from Mikoyan from Beijing concerning Talks with Mao Zedong," April 7, 1956, '
        "Wilson Center Digital Archive."
    )
    assert note_communications(variant) == [("1956-04-07", ["Mikoyan"])]
