"""Counter-examples from review 8b (English rules), on notes of our own: each once made a wrong merge,
an invented talk or a wrong locator."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles, people_in, talks_in

from kg1956.extract.citations import extract_note
from kg1956.models import Note
from kg1956.romanize import name_key

AVPRF = "AVPRF, f. 0102, op. 12, p. 68, d. 5, ll. 7–9"


def test_a_german_oe_is_not_the_old_indonesian_u(tmp_path):
    """ "Moeller" is the German spelling of Möller, another surname than Müller."""
    people = people_in(
        tmp_path,
        "1. Record of conversation between Karl Müller and Kim Il Sung, 9 June 1958, "
        "SAPMO-BArch, DY 30/IV 2/20/140, Bl. 2–6.\n\n"
        "2. Moeller to Grotewohl, letter, 11 June 1958, SAPMO-BArch, DY 30/IV 2/20/141, Bl. 3.\n\n"
        "3. Record of conversation between Otto Moeller and Nam Il, 12 June 1958, "
        "SAPMO-BArch, DY 30/IV 2/20/142, Bl. 7–8.",
    )
    assert not any({"Karl Müller", "Moeller"} <= p for p in people)
    assert not any({"Karl Müller", "Otto Moeller"} <= p for p in people)


def test_german_oe_names_keep_their_own_keys():
    for german, other in [
        ("Moeller", "Müller"),
        ("Goebbels", "Gubbels"),
        ("Doenitz", "Dunitz"),
        ("Koestler", "Kustler"),
    ]:
        assert name_key(german).strong != name_key(other).strong


def test_the_old_indonesian_spelling_still_folds():
    for old, new in [("Soekarno", "Sukarno"), ("Soebandrio", "Subandrio"), ("Soedjono", "Sudjono")]:
        assert name_key(old).strong == name_key(new).strong


def test_one_cover_name_glossed_for_two_people_joins_neither(tmp_path):
    """A generic cover name ("Ban", friend) was reused: the gloss binds it within its own note only."""
    built = build_notes(
        tmp_path,
        '1. Record of conversation between Counsellor V.P. Sorokin and "Ban" [the embassy\'s cover name for '
        "Truong Chinh], 3 November 1966, AVPRF, f. 079, op. 21, p. 53, d. 7, ll. 10–12.\n\n"
        '2. Record of conversation between Counsellor V.P. Sorokin and "Ban" [the embassy\'s cover name for '
        "Nguyen Duy Trinh], 5 December 1967, AVPRF, f. 079, op. 22, p. 53, d. 7, ll. 20–22.",
    )
    people = [set(e.spellings) for e in built.resolution.entities if not e.is_organization]
    assert not any({"Truong Chinh", "Nguyen Duy Trinh"} <= p for p in people)
    assert talks_in(built, 1) == [["Truong Chinh", "V.P. Sorokin"]]
    assert talks_in(built, 2) == [["Nguyen Duy Trinh", "V.P. Sorokin"]]


def test_a_cover_name_that_is_a_real_surname_does_not_join_its_bearer(tmp_path):
    """ "Filippov" was Stalin's code name; a real Filippov named elsewhere is another man."""
    built = build_notes(
        tmp_path,
        "1. Record of conversation between Counsellor N.V. Filippov and Zhou Enlai, 9 February 1950, "
        "AVPRF, f. 0100, op. 43, p. 302, d. 9, ll. 4–6.\n\n"
        '2. Zhou Enlai to "Filippov" [the code name for Stalin], telegram, 11 February 1950, '
        "APRF, f. 45, op. 1, d. 335, ll. 2–3.",
    )
    people = [set(e.spellings) for e in built.resolution.entities if not e.is_organization]
    assert not any({"N.V. Filippov", "Stalin"} <= p for p in people)
    assert any({"Stalin", "Filippov"} <= p for p in people)
    assert talks_in(built, 2) == [["Stalin", "Zhou Enlai"]]


def test_a_cover_name_glossed_once_is_a_spelling_of_that_person(tmp_path):
    people = people_in(
        tmp_path,
        '1. Record of conversation between Counsellor V.P. Sorokin and "Ban" [the embassy\'s cover name for '
        "Truong Chinh], 3 November 1966, AVPRF, f. 079, op. 21, p. 53, d. 7, ll. 10–12.",
    )
    assert any({"Ban", "Truong Chinh"} <= p for p in people)


def _call_numbers(built, number: int) -> list[tuple[str, dict[str, str]]]:
    return [
        (loc.repository, dict(loc.fields))
        for ex in built.extractions
        if ex.note.number == number
        for cit in ex.citations
        for loc in cit.locators
    ]


def test_a_shortened_repeat_of_another_party_borrows_no_call_number(tmp_path):
    """ "Sukarni" is not "Sukarno"; "Nam Il" is not "Kim Il" (the last word is a given name);
    "Choe Chang-ik" is not "Pak Chang-ok"."""
    built = build_notes(
        tmp_path,
        "1. Record of conversation between A.I. Mikoyan and Sukarno, Bogor, 7 July 1964, "
        "RGANI, f. 52, op. 1, d. 602, ll. 3–9.\n\n"
        "2. Mikoyan–Sukarni conversation, 7 July 1964, l. 15.\n\n"
        "3. Record of conversation between Ambassador A.M. Puzanov and Kim Il, 6 March 1958, "
        "AVPRF, f. 0102, op. 14, p. 75, d. 9, ll. 20–25.\n\n"
        "4. Puzanov–Nam Il conversation, 6 March 1958, l. 22.\n\n"
        "5. Record of conversation between Ambassador V.I. Ivanov and Pak Chang-ok, 7 August 1956, "
        "AVPRF, f. 0102, op. 12, p. 68, d. 6, ll. 300–305.\n\n"
        "6. Ivanov–Choe Chang-ik conversation, 7 August 1956, l. 310.",
    )
    assert _call_numbers(built, 2) == []
    assert _call_numbers(built, 4) == []
    assert _call_numbers(built, 6) == []


def test_a_shortened_repeat_by_leaf_takes_the_file_counted_in_leaves(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Record of conversation between A.N. Kosygin and Zhou Enlai, 12 February 1965, "
        "AVPRF, f. 0100, op. 58, p. 516, d. 4, ll. 1–9.\n\n"
        "2. Zhou Enlai's talk with Kosygin, 12 February 1965, PRC FMA 109-03972-01, 1–6.\n\n"
        "3. Kosygin–Zhou Enlai conversation, 12 February 1965, l. 5.",
    )
    assert _call_numbers(built, 3) == [
        ("AVPRF", {"fond": "0100", "opis": "58", "papka": "516", "delo": "4", "list": "5"})
    ]


def test_a_shortened_repeat_of_the_same_parties_still_takes_the_call_number(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Record of conversation between A.I. Mikoyan and Subandrio, 5 July 1964, "
        "RGANI, f. 52, op. 1, d. 603, ll. 1–8.\n\n"
        "2. Mikoyan–Subandrio conversation, 5 July 1964, l. 6.",
    )
    assert _call_numbers(built, 2) == [("RGANI", {"fond": "52", "opis": "1", "delo": "603", "list": "6"})]


def test_a_bracket_saying_what_state_the_telegram_is_in_names_no_sender():
    for state in ("Copy", "Extract", "Draft", "Translation", "Decoded", "Original", "Unsigned", "Urgent", "Top secret"):
        note = f"Telegram from Vientiane ({state}), 14 October 1966, RGANI, f. 5, op. 58, d. 263, ll. 2–3."
        assert all(state not in ps for _, ps in note_communications(note)), state


def test_a_bracket_naming_the_writer_after_the_place_is_still_the_sender():
    note = "Telegram from Vientiane (Abramov), 14 October 1966, RGANI, f. 5, op. 58, d. 263, ll. 2–3."
    assert note_communications(note) == [("1966-10-14", ["Abramov"])]


def test_a_country_or_a_body_is_no_second_person_received():
    for second in ("Bulgaria", "Radio Peking", "Hanoi Radio", "Vietnam News Agency", "Lao Press Bureau"):
        note = f"Mao received Pham Van Dong and {second} on 9 April 1965 (PRC FMA 106-01100-20, 1–3)."
        assert all(second not in ps for _, ps in note_communications(note)), second


def test_two_people_received_are_both_parties():
    note = "Mao received Pham Van Dong and Vo Nguyen Giap on 9 April 1965 (PRC FMA 106-01100-20, 1–3)."
    assert note_communications(note) == [("1965-04-09", ["Mao", "Pham Van Dong", "Vo Nguyen Giap"])]


def test_a_code_name_glossed_for_an_operation_or_a_body_names_no_one():
    for gloss in ("the code name for Operation Anadyr", "the embassy's code name for the Northern Bureau"):
        note = f'Record of conversation between Ambassador V.I. Ivanov and "Sever" [{gloss}], 5 March 1956, {AVPRF}.'
        people = [p for _, ps in note_communications(note) for p in ps]
        assert "Sever" not in people and "Operation Anadyr" not in people


def test_a_code_name_glossed_with_the_office_and_name_is_that_man():
    note = f'Report by "Pavlov" [the code name for General Issa Pliev], 28 October 1962, {AVPRF}.'
    assert [p for _, ps in note_communications(note) for p in ps] == ["Issa Pliev"]


def test_an_exchange_in_writing_before_see_is_no_conversation():
    for talk in (
        "the exchange of letters between Brezhnev and Ho Chi Minh",
        "the exchange of messages between Kosygin and Le Duan",
        "the correspondence between Brezhnev and Ho Chi Minh",
        "the exchange between Brezhnev and Ho Chi Minh",
    ):
        note = f"For {talk} on 3 April 1966 see the Soviet record, RGANI, f. 3, op. 16, d. 311, ll. 2–6."
        assert note_communications(note) == [], talk
        assert all(not (r or "").endswith("between") for _, r in participant_roles(note))


def test_an_exchange_where_they_met_before_see_is_still_a_conversation():
    note = (
        "For Kosygin's exchange with Pham Van Dong in Hanoi on 7 February 1965 see the Soviet record, "
        "RGANI, f. 3, op. 16, d. 312, ll. 1–4."
    )
    assert note_communications(note) == [("1965-02-07", ["Kosygin", "Pham Van Dong"])]


def _takers(text: str) -> list[tuple[str, str | None]]:
    return [
        (t.text, t.role)
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
        for t in c.note_takers
    ]


RECORD = "Record of conversation between Ambassador I.S. Shcherbakov and Pham Van Dong, 10 May 1966, " + AVPRF


def test_a_news_agency_after_recorded_by_is_no_note_taker():
    for agency in ("Tass, Hanoi bureau", "Xinhua", "TASS"):
        assert _takers(f"{RECORD} (recorded by {agency}).") == [], agency


def test_two_recorders_joined_by_and_are_two_note_takers_with_their_titles():
    note = f"{RECORD} (recorded by Counsellor Sorokin and Attaché Volkov)."
    assert _takers(note) == [("Sorokin", "Counsellor"), ("Volkov", "Attaché")]


def test_a_reply_dated_earlier_in_the_same_month_is_not_moved_a_year_on():
    note = (
        "Brezhnev's letter to Le Duan of 9 April 1967 and Le Duan's reply of 3 April are in "
        "AVPRF, f. 079, op. 22, p. 55, d. 4, ll. 2–8."
    )
    assert all(date is None or not date.startswith("1968") for date, _ in note_communications(note))


def test_a_reply_after_the_new_year_is_still_read_and_titled_by_its_clause(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Brezhnev's letter to Le Duan of 20 December 1966 and Le Duan's reply of 11 January are in "
        "AVPRF, f. 079, op. 22, p. 55, d. 5, ll. 1–6.",
    )
    replies = [
        (c.date.iso, cit.title, bool(cit.locators))
        for ex in built.extractions
        for cit in ex.citations
        for c in cit.communications
        if c.date and c.date.iso == "1967-01-11"
    ]
    assert replies == [("1967-01-11", "Le Duan's reply of 11 January", True)]


def test_a_cover_name_joined_to_its_person_is_reported_as_such(tmp_path):
    built = build_notes(
        tmp_path,
        '1. Zhou Enlai to "Filippov" [the code name for Stalin], telegram, 11 February 1950, '
        "APRF, f. 45, op. 1, d. 335, ll. 2–3.",
    )
    assert [(m.spelling_b, m.reason, m.strength) for m in built.resolution.merges] == [
        ("Filippov", "a cover name glossed with the real name in one note", "weak")
    ]


def test_a_cover_name_in_the_cipher_traffic_is_the_real_sender_not_a_namesake(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Record of conversation between Ambassador V.I. Ivanov and Kim Il Sung, 2 April 1956, "
        "AVPRF, f. 0102, op. 12, p. 68, d. 6, ll. 1–4.\n\n"
        '2. Telegram from "Ivanov" [the code name for Kim Il Sung in the cipher traffic], 4 April 1956, '
        "APRF, f. 45, op. 1, d. 349, ll. 3–4.",
    )
    people = [set(e.spellings) for e in built.resolution.entities if not e.is_organization]
    assert not any({"V.I. Ivanov", "Ivanov"} <= p for p in people)
    assert talks_in(built, 2) == [["Kim Il Sung"]]
