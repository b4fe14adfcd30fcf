"""English forms first read from blind sets 22 and 23 (issue #3), on notes of our own: a recorder
named in a bracket after the call number, the Vietnamese archives' page key, a cover name glossed in
brackets, Chicago-style quoted titles, an office set off by commas before "conversation with", and
titles in a list of parties."""

from __future__ import annotations

import pytest
from conftest import note_communications, participant_roles, people_in

from kg1956.extract.citations import extract_note
from kg1956.models import Note

AVPRF = "AVPRF, f. 079, op. 21, p. 51, d. 3, ll. 60–64"


def _note_takers(text: str) -> list[tuple[str, str | None]]:
    return [
        (t.text, t.role)
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
        for t in c.note_takers
    ]


def _locators(text: str) -> list[dict[str, str]]:
    return [dict(loc.fields) for cit in extract_note(Note("t", 1, text, 1)).citations for loc in cit.locators]


@pytest.mark.parametrize(
    ("bracket", "taker"),
    [
        ("(recorded by V.N. Likhachev, counsellor)", ("V.N. Likhachev", "counsellor")),
        ("(recorded by First Secretary A.M. Sokolov)", ("A.M. Sokolov", "First Secretary")),
    ],
)
def test_a_recorder_in_a_bracket_after_the_call_number(bracket, taker):
    note = (
        f"Record of conversation between Ambassador I.S. Shcherbakov and Pham Van Dong, 8 July 1966, {AVPRF} {bracket}."
    )
    assert note_communications(note) == [("1966-07-08", ["I.S. Shcherbakov", "Pham Van Dong"])]
    assert _note_takers(note) == [taker]


def test_a_bracket_after_the_call_number_that_names_no_recorder_adds_no_one():
    note = f"Record of conversation between Ambassador I.S. Shcherbakov and Pham Van Dong, 8 July 1966, {AVPRF} (copy)."
    assert _note_takers(note) == []


def test_two_recorders_with_other_initials_stay_two_people(tmp_path):
    people = people_in(
        tmp_path,
        f"1. Record of conversation between Ambassador I.S. Shcherbakov and Pham Van Dong, 8 July 1966, {AVPRF} "
        "(recorded by V.A. Moiseev, attaché).\n\n"
        f"2. Record of conversation between Ambassador I.S. Shcherbakov and Hoang Van Hoan, 12 July 1966, {AVPRF} "
        "(recorded by N.P. Moiseev, first secretary).",
    )
    assert not any({"V.A. Moiseev", "N.P. Moiseev"} <= p for p in people)


def test_the_vietnamese_page_key_is_the_list():
    note = "Letter from Trường Chinh to the Central Committee of the CPSU, 12 April 1962, TTLTQG III, Phông Phủ Thủ tướng, hồ sơ 7341, tr. 11–14."
    assert _locators(note) == [{"fond": "Phủ Thủ tướng", "file": "7341", "list": "11–14"}]


def test_a_cover_name_glossed_in_brackets_is_the_real_person(tmp_path):
    people = people_in(
        tmp_path,
        '1. Record of conversation between Counsellor P.A. Kurbatov and "Tam" [the embassy\'s cover name for '
        "Pham Hung in 1966–1967], 14 October 1966, AVPRF, f. 079, op. 21, p. 52, d. 6, ll. 40–43.\n\n"
        "2. Pham Hung to Le Duan, letter, 2 November 1966, TTLTQG III, Phông Bộ Ngoại giao, hồ sơ 2210, tr. 7.",
    )
    assert any({"Tam", "Pham Hung"} <= p for p in people)
    assert not any({"Pham Hung", "Le Duan"} <= p for p in people)


def test_a_cover_name_that_is_a_form_of_address_is_still_the_person():
    note = (
        'Record of conversation between Shcherbakov and "Drug" [the embassy\'s cover name for Le Duan], '
        "30 January 1968, AVPRF, f. 079, op. 23, p. 58, d. 4, ll. 9–11."
    )
    # the person is the real name in the bracket; the cover name is a spelling of him (see test_review8_en)
    assert note_communications(note) == [("1968-01-30", ["Le Duan", "Shcherbakov"])]


def test_a_code_name_of_an_operation_is_no_person():
    note = (
        'Record of conversation between Shcherbakov and Pham Van Dong on "Vulkan" [the code name of the '
        "operation], 30 January 1968, AVPRF, f. 079, op. 23, p. 58, d. 4, ll. 9–11."
    )
    assert all("Vulkan" not in people for _, people in note_communications(note))


def test_a_chicago_title_with_the_comma_inside_the_quotes():
    note = (
        "M.V. Zimianin to A.A. Gromyko, memorandum, “On the Chinese position in Hanoi,” 19 February 1965, "
        "AVPRF, f. 079, op. 20, p. 45, d. 2, ll. 5–9."
    )
    assert note_communications(note) == [("1965-02-19", ["A.A. Gromyko", "M.V. Zimianin"])]


@pytest.mark.parametrize(
    "note",
    [
        '"On the situation in Laos," Pravda, 4 June 1961, 3.',
        "Telegram from Hanoi, 5 May 1965, AVPRF, f. 079, op. 20, p. 46, d. 2, ll. 8–9.",
        "Chen Yi and Foreign Minister Ung Van Khiem met twice that winter, but no record of either meeting survives.",
    ],
)
def test_a_newspaper_a_capital_and_prose_give_no_talk(note):
    assert note_communications(note) == []


def test_an_office_set_off_by_commas_before_conversation_with():
    note = (
        "P.I. Privalov, Soviet chargé d'affaires, conversation with Nguyễn Duy Trinh, 22 August 1966, "
        "AVPRF, f. 079, op. 21, p. 51, d. 6, ll. 101–104."
    )
    assert note_communications(note) == [("1966-08-22", ["Nguyễn Duy Trinh", "P.I. Privalov"])]
    assert ("P.I. Privalov", "Soviet chargé d'affaires") in participant_roles(note)


def test_a_titled_second_party_after_and():
    note = (
        "Li Xiannian's conversation with Le Thanh Nghi and Deputy Prime Minister Nguyen Con, 4 October 1967, "
        "PRC FMA 106-01412-05, 3–9."
    )
    assert note_communications(note) == [("1967-10-04", ["Le Thanh Nghi", "Li Xiannian", "Nguyen Con"])]
    assert ("Nguyen Con", "Deputy Prime Minister") in participant_roles(note)


def test_two_titles_of_one_man_joined_by_and():
    note = (
        "Minutes of talks between Vice-Chairman and Defence Minister Peng Dehuai and Vo Nguyen Giap, Beijing, "
        "2 December 1958, PRC FMA 106-00210-01, 5–12."
    )
    assert note_communications(note) == [("1958-12-02", ["Peng Dehuai", "Vo Nguyen Giap"])]
    assert ("Peng Dehuai", "Vice-Chairman and Defence Minister") in participant_roles(note)


def test_an_apposed_office_after_a_comma_is_no_second_party():
    note = (
        "Conversation of the Soviet chargé d'affaires A.M. Petrov with Pak Ui-wan, Vice-Premier of the DPRK "
        "Cabinet, 21 July 1956, AVPRF, f. 0102, op. 12, d. 7, p. 68, l. 15."
    )
    assert note_communications(note) == [("1956-07-21", ["A.M. Petrov", "Pak Ui-wan"])]


def _built_locators(tmp_path, notes: str, number: int) -> list[dict[str, str]]:
    from conftest import build_notes

    built = build_notes(tmp_path, notes)
    return [
        dict(loc.fields)
        for ex in built.extractions
        if ex.note.number == number
        for cit in ex.citations
        for loc in cit.locators
    ]


FULL = "1. Record of conversation between A.I. Mikoyan and Subandrio, Bogor, 4 July 1964, RGANI, f. 52, op. 1, d. 601, ll. 2–11."


def test_a_shortened_repeat_takes_the_earlier_call_number_with_its_own_leaf(tmp_path):
    notes = f"{FULL}\n\n2. Mikoyan–Subandrio conversation, 4 July 1964, l. 7."
    assert _built_locators(tmp_path, notes, 2) == [{"fond": "52", "opis": "1", "delo": "601", "list": "7"}]


def test_a_place_after_the_pair_is_no_party():
    assert note_communications(FULL[3:]) == [("1964-07-04", ["A.I. Mikoyan", "Subandrio"])]


@pytest.mark.parametrize(
    "short",
    [
        "2. Mikoyan–Sukarno conversation, 6 July 1964, 12.",  # another talk: no record of it cited before
        "2. Mikoyan–Subandrio conversation, 5 July 1964, 12.",  # another day
        "2. Mikoyan–Subandrio conversation, 4 July 1964, is discussed in Tressler, Bandung and After, 233.",
    ],
)
def test_a_shortened_talk_without_its_full_record_borrows_no_call_number(tmp_path, short):
    assert _built_locators(tmp_path, f"{FULL}\n\n{short}", 2) == []


def test_own_before_the_record_noun():
    note = "Chen Yi's own report to the Centre, 21 April 1965, PRC FMA 105-01320-04, 2–6."
    assert note_communications(note) == [("1965-04-21", ["Chen Yi"])]


def test_an_ibid_with_a_prc_number_resolves_to_that_file(tmp_path):
    notes = (
        "1. Summary of talks between Premier Zhou Enlai and President Soekarno, 19 April 1965, PRC FMA "
        "105-01320-01; Chen Yi's own report to the Centre, 21 April 1965, ibid. 105-01320-04, 2–6."
    )
    assert {"document": "105-01320-04", "list": "2–6"} in _built_locators(tmp_path, notes, 1)


def test_the_old_indonesian_spelling_is_the_same_person(tmp_path):
    people = people_in(
        tmp_path,
        "1. Zhou Enlai's talk with Soebandrio, 2 January 1963, PRC FMA 105-01187-02, 5–9.\n\n"
        "2. Zhou Enlai's talk with Subandrio, 3 January 1963, PRC FMA 105-01187-03, 1–4.\n\n"
        "3. Zhou Enlai's talk with Subardjo, 4 January 1963, PRC FMA 105-01187-04, 1–2.",
    )
    assert any({"Soebandrio", "Subandrio"} <= p for p in people)
    assert not any({"Subandrio", "Subardjo"} <= p for p in people)


def test_two_spoken_to_after_a_verb_of_telling():
    note = "Liu Shaoqi received Trường Chinh and Nguyễn Duy Trinh on 14 March 1966 (PRC FMA 106-01512-02, 4–9)."
    assert note_communications(note) == [("1966-03-14", ["Liu Shaoqi", "Nguyễn Duy Trinh", "Trường Chinh"])]


def test_the_prose_dates_the_told_talks_own_undated_record():
    note = (
        "Deng Xiaoping told Le Thanh Nghi and Do Muoi on 9 October 1967 that the railway would stay open "
        '("Conversation between Deng Xiaoping, Le Thanh Nghi and Do Muoi", PRC FMA 106-01590-03, 2–8).'
    )
    assert note_communications(note) == [("1967-10-09", ["Deng Xiaoping", "Do Muoi", "Le Thanh Nghi"])]


@pytest.mark.parametrize(
    "note",
    [
        "Mao Zedong received the letter and the draft on 3 May 1966 (PRC FMA 106-01600-01, 1–2).",
        "Zhou Enlai told Pham Van Dong and Hanoi on 5 May 1966 that the shipments would wait (PRC FMA 106-01601-01, 3).",
    ],
)
def test_a_thing_or_a_capital_after_the_verb_is_no_one_spoken_to(note):
    assert all(len(people) < 3 for _, people in note_communications(note))
    assert all("Hanoi" not in people for _, people in note_communications(note))


@pytest.mark.parametrize(
    ("note", "talk"),
    [
        (
            "For the talks between Zhou Enlai and Le Thanh Nghi at the Great Hall on 3 June 1967 see the Chinese "
            "minutes, PRC FMA 106-01599-02, 1–15.",
            ("1967-06-03", ["Le Thanh Nghi", "Zhou Enlai"]),
        ),
        (
            "For Le Duan's conversation with M.A. Suslov in Moscow on 7 April 1966 see the Soviet record, RGANI, "
            "f. 81, op. 1, d. 218, ll. 14–30.",
            ("1966-04-07", ["Le Duan", "M.A. Suslov"]),
        ),
    ],
)
def test_a_talk_in_the_lead_in_to_see_is_the_records(note, talk):
    assert note_communications(note) == [talk]


@pytest.mark.parametrize(
    "note",
    [
        "For Kosygin's visit to Hanoi on 6 February 1965 see the Soviet record, RGANI, f. 5, op. 50, d. 722, ll. 1–29.",
        "For the talks between Zhou Enlai and Le Duan on 9 April 1965 see Gorsky, Moscow and the Indochina Crisis, 88.",
    ],
)
def test_a_visit_or_a_book_after_see_gives_no_talk(note):
    assert note_communications(note) == []


def test_record_by_in_a_bracket_after_the_date_names_the_recorder():
    note = (
        "Conversation of A.A. Gromyko with Nguyễn Duy Trinh, 12 April 1966 (record by Yu.A. Kirichenko, acting head "
        "of the South-East Asia Department), AVPRF, f. 079, op. 21, p. 50, d. 1, ll. 33–40."
    )
    assert _note_takers(note) == [("Yu.A. Kirichenko", "acting head of the South-East Asia Department")]


def test_a_telegram_from_a_capital_with_its_writer_in_brackets():
    note = "Telegram from Hanoi (Privalov), 3 September 1966, RGANI, f. 5, op. 58, d. 260, ll. 4–6."
    assert note_communications(note) == [("1966-09-03", ["Privalov"])]


@pytest.mark.parametrize(
    "note",
    [
        "Telegram from Hanoi [Information], 4 September 1966, RGANI, f. 5, op. 58, d. 260, l. 7.",
        "Telegram from Hanoi (Moscow), 4 September 1966, RGANI, f. 5, op. 58, d. 260, l. 7.",
    ],
)
def test_a_capital_with_no_writer_in_brackets_names_no_one(note):
    assert note_communications(note) == []


def test_a_book_titled_conversations_dated_by_its_imprint_is_no_talk():
    assert note_communications("Chester Wells, Conversations with Ho Chi Minh (Boston: Harbor House, 1971), 88.") == []
    note = (
        "Zhou Enlai's talk with Le Duan, 23 April 1966, in Selected Records of the Premier's Conversations with "
        "Foreign Guests (Beijing: Central Documents Press, 2001), 1:210–14."
    )
    assert note_communications(note) == [("1966-04-23", ["Le Duan", "Zhou Enlai"])]


def test_a_reply_dated_by_day_and_month_after_a_letter_goes_back_to_its_writer():
    note = (
        "Kosygin's letter to Phạm Văn Đồng of 2 March 1968 and Pham Van Dong's reply of 16 March are in AVPRF, "
        "f. 079, op. 23, p. 58, d. 2, ll. 4–6, 9–10."
    )
    assert note_communications(note) == [
        ("1968-03-02", ["Kosygin", "Phạm Văn Đồng"]),
        ("1968-03-16", ["Kosygin", "Pham Van Dong"]),
    ]
    speech = note.replace("reply", "speech")
    assert note_communications(speech) == [("1968-03-02", ["Kosygin", "Phạm Văn Đồng"])]
