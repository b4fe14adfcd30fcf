"""Phrases that are no party: capitals in any case, "Idem", a month, a state's acronym
fused with a name, a period reported on, a record's kind after the addressee. Notes
written for these tests."""

from __future__ import annotations

from conftest import note_communications

from kg1956.extract.names import parse_participant
from kg1956.extract.places import is_place


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


def test_a_historians_piece_with_a_kind_word_in_its_title_is_no_record():
    assert note_communications('Charles Kraus, "Report from Pyongyang," 14 March 2015.') == []
    assert note_communications('Mastny, "Letter from the editor", 12 May 1999.') == []
    # a date of the period, but nothing archival after it: an article's title all the same
    assert note_communications('Weathersby, "Telegram diplomacy in the Korean War", 3 June 1950.') == []


def test_a_channel_or_an_order_after_by_is_no_recorder():
    locator = "AVPRF, f. 0102, op. 13, d. 5, l. 3."
    for by in ("by Telephone", "by Direct Line", "by Order of the Soviet Government", "by High-Frequency Telephone"):
        text = f"Record of conversation with Kim Il Sung {by}, 12 May 1957, {locator}"
        assert note_communications(text) == [("1957-05-12", ["Kim Il Sung"])], by
    quoted = '"Record of Conversation with Kim Il Sung by Telephone," May 12, 1957, Wilson Center Digital Archive.'
    assert note_communications(quoted) == [("1957-05-12", ["Kim Il Sung"])]
    named = f"Record of conversation with Kim Il Sung by Soviet Ambassador V.I. Ivanov, 12 May 1957, {locator}"
    assert note_communications(named) == [("1957-05-12", ["Kim Il Sung", "V.I. Ivanov"])]


def test_a_quarter_or_months_reported_on_is_no_addressee():
    text = "Report for First Quarter 1957, Soviet Embassy in Pyongyang, 12 April 1957, AVPRF, f. 0102, op. 13, d. 5."
    assert note_communications(text) == []
    variant = "Report for January–March 1958, Soviet Embassy in Hanoi, 2 April 1958, AVPRF, f. 079, op. 13, d. 5."
    assert note_communications(variant) == []
    person = "Report for General-Major Lebedev, 2 April 1958, AVPRF, f. 079, op. 13, d. 5, l. 3."
    assert note_communications(person) == [("1958-04-02", ["Lebedev"])]


def test_two_states_joined_by_a_dash_are_no_message():
    text = "Советский Союз – Китай, письмо, 12 ноября 1957 г. // АВП РФ, ф. 0100, оп. 50, д. 3, л. 4."
    assert note_communications(text) == []
    variant = "Китай – Вьетнаму, письмо, 12 ноября 1957 г. // АВП РФ, ф. 0100, оп. 50, д. 3, л. 4."
    assert note_communications(variant) == []
    people = "Пузанов – Громыко, шифртелеграмма, 12.XI.1957 г. // АВП РФ, ф. 0102, оп. 13, д. 5, л. 3."
    assert note_communications(people) == [("1957-11-12", ["Громыко", "Пузанов"])]


def test_talks_recorded_in_the_authors_own_chapter_are_no_record():
    assert note_communications("Khrushchev's talks with Mao, 31 July 1958, are recorded in Chapter 3 below.") == []
    assert (
        note_communications("Zhou's talks with Nehru, 20–25 April 1960, are summarised in Part II of this book.") == []
    )
    cited = "Zhou's talks with Nehru, 20–25 April 1960, are summarised in Zhou Enlai nianpu, 2:305–9."
    assert note_communications(cited) == [("1960-04", ["Nehru", "Zhou"])]
