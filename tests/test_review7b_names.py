"""Counter-examples from review 7b (and review 7a #14) to rules on names, records and citations:
each shape below was read wrongly (a wrong merge, an invented party) and must stay unread or be
read right, while the rule's own case keeps working."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles, people_in


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


def test_a_surname_glossed_with_the_full_name_is_that_person_in_that_note_only(tmp_path):
    notes = """
1. Letter from Kim (i.e. Kim Il Sung) to Stalin, 5 May 1950, APRF, f. 45, op. 1, d. 346, l. 5.

2. Record of conversation of Kim (i.e. Kim Tu-bong) with Puzanov, 6 May 1957, AVPRF, f. 0102, op. 13, d. 6, l. 5.

3. Letter from Pak [Foreign Minister Pak Hon-yong] to Shtykov, 7 May 1950, AVPRF, f. 0102, op. 6, d. 5, l. 7.

4. Record of conversation of Pak [Deputy Premier Pak Chang-ok] with Ivanov, 8 May 1956, AVPRF, f. 0102, op. 12, d. 5, l. 8.
"""
    people = people_in(tmp_path, notes)
    assert _apart(people, "Kim Il Sung", "Kim Tu-bong")
    assert _apart(people, "Pak Hon-yong", "Pak Chang-ok")
    assert note_communications(notes.strip().split("\n")[0][3:]) == [("1950-05-05", ["Kim Il Sung", "Stalin"])]
    assert ("Pak Chang-ok", "Deputy Premier") in participant_roles(notes.strip().split("\n\n")[3][3:])


def test_a_bracket_naming_another_person_beside_an_office_is_no_cryptonym(tmp_path):
    notes = """
1. Telegram from Gromyko [copy to Ambassador P.F. Iudin] to Chervonenko, 5 May 1960, AVPRF, f. 0100, op. 53, d. 5, l. 1.

2. Telegram from Vyshinskii [through Ambassador N.V. Roshchin] to Mao Zedong, 6 May 1950, APRF, f. 45, op. 1, d. 334, l. 7.

3. Record of conversation of Kim Il Sung with Kurdiukov [and Counsellor S.N. Filatov], 9 May 1957, AVPRF, f. 0102, op. 13, d. 5, l. 9.
"""
    people = people_in(tmp_path, notes)
    assert _apart(people, "Gromyko", "P.F. Iudin")
    assert _apart(people, "Vyshinskii", "N.V. Roshchin")
    assert _apart(people, "Kurdiukov", "S.N. Filatov")
    assert ("Gromyko", None) in participant_roles(notes.strip().split("\n")[0][3:])
    # the rule's own case: the office, then the real name of the cryptonym
    roles = participant_roles("Vasil'ev [Soviet Ambassador N.V. Roshchin] to Filippov, 2 March 1950, APRF, f. 45.")
    assert ("Vasil'ev", "Soviet Ambassador") in roles


def test_a_relative_named_in_full_is_not_the_participant_of_that_surname(tmp_path):
    notes = """
1. Memorandum of conversation, Dulles and Eden, 12 May 1956, FRUS, 1955–1957, vol. 16, doc. 5. The British record names the Secretary's brother in full as Allen Dulles.

2. Record of conversation of Ulbricht with Pervukhin, 7 May 1960, SAPMO-BArch, DY 30/3386, Bl. 1–9. The ambassador's wife is named in full as Lotte Ulbricht.

3. Record of conversation of J.F. Dulles with Eden, 13 May 1956, FRUS, 1955–1957, vol. 16, doc. 6. The record names him in full as Allen Dulles.
"""
    people = people_in(tmp_path, notes)
    assert _apart(people, "Dulles", "Allen Dulles")
    assert _apart(people, "Ulbricht", "Lotte Ulbricht")
    assert _apart(people, "J.F. Dulles", "Allen Dulles")


def test_polish_initials_with_a_stroke_or_an_accent_are_other_letters(tmp_path):
    notes = """
1. Notatka z rozmowy Ł. Kowalskiego z ambasadorem ZSRR, 5 V 1957 r., AMSZ, z. 6, w. 47, t. 2.

2. Rozmowa L. Kowalskiego z P. Jaroszewiczem, 7 V 1957 r., AAN, KC PZPR, sygn. 2740, k. 2.

3. Notatka z rozmowy Ś. Nowaka z Rapackim, 8 V 1957 r., AMSZ, z. 6, w. 47, t. 3. Notatka z rozmowy S. Nowaka z Winiewiczem, 9 V 1957 r., AMSZ, z. 6, w. 47, t. 4.

4. Notatka z rozmowy Wł. Ochaba z Chruszczowem, 12 V 1957 r., AAN, KC PZPR, sygn. 2741, k. 1. Notatka z rozmowy W. Ochaba z Mikojanem, 13 V 1957 r., AAN, KC PZPR, sygn. 2741, k. 2.
"""
    people = people_in(tmp_path, notes)
    assert _apart(people, "Ł. Kowalskiego", "L. Kowalskiego")
    assert _apart(people, "Ś. Nowaka", "S. Nowaka")
    assert any({"Wł. Ochaba", "W. Ochaba"} <= p for p in people)  # "Wł." is the two-letter W.


def test_a_letter_printed_in_a_periodical_takes_neither_its_title_nor_its_issue_date():
    assert note_communications("Zhou Enlai to Nehru, Peking Review, no. 5, 3 February 1959, pp. 6–9.") == []
    assert note_communications("Khrushchev to Kennedy, New Times, no. 44, 1 November 1962, p. 3.") == []
    assert note_communications("Mao to Khrushchev, Renmin Ribao, no. 4012, 5 May 1960.") == []
    # the rule's own case: a cable's number right after the addressee
    assert note_communications("Winiewicz to Warsaw, no. 7021, 10 May 1957, AMSZ, Departament II, sygn. 12/70.") == [
        ("1957-05-10", ["Winiewicz"])
    ]


def test_what_a_copy_is_for_is_no_second_addressee():
    text = "Telegram from Puzanov to Gromyko for Information, 5 May 1957, AVPRF, f. 0102, op. 13, d. 5, p. 72, l. 9."
    assert note_communications(text) == [("1957-05-05", ["Gromyko", "Puzanov"])]
    relay = "Telegram from Filippov [Stalin] to Roshchin for Mao, 5 May 1950, APRF, f. 45, op. 1, d. 334, l. 7."
    assert note_communications(relay) == [("1950-05-05", ["Filippov", "Mao", "Roshchin"])]


def test_a_newspaper_is_no_person_in_quotes_or_in_a_delegations_bracket():
    assert (
        note_communications("Notatka z rozmowy z korespondentem „Prawdy”, 5 V 1957 r., AAN, KC PZPR, sygn. 2739, k. 3.")
        == []
    )
    delegation = (
        "Record of conversation of the Soviet delegation (Pravda, Izvestiia) with Kim Il Sung, 5 May 1956, AVPRF, "
        "f. 0102, op. 12, d. 8, l. 5."
    )
    assert note_communications(delegation) == [("1956-05-05", ["Kim Il Sung"])]
    # a cover name in „…” standing alone is still the party, and a delegation of people its members
    assert note_communications("Notatka z rozmowy z „Rafałem”, 5 V 1957 r., AAN, KC PZPR, sygn. 2739, k. 3.") == [
        ("1957-05-05", ["Rafałem"])
    ]
    members = (
        "Record of conversation of the Chinese delegation (Peng Zhen, Kang Sheng) with Khrushchev, 20 June 1960, "
        "RGANI, f. 52, op. 1, d. 500, ll. 1–9."
    )
    assert note_communications(members) == [("1960-06-20", ["Kang Sheng", "Khrushchev", "Peng Zhen"])]


def test_a_chief_of_staff_before_a_name_is_a_persons_office():
    text = (
        "Record of conversation of Hoxha with the Chinese Chief of Staff Luo Ruiqing, 10 May 1961, AQSH, F. 14/AP, "
        "OU, V. 1961, D. 5, fl. 1–9."
    )
    assert ("Luo Ruiqing", "the Chinese Chief of Staff") in participant_roles(text)
    assert note_communications("Clark to the Joint Chiefs of Staff, 2 May 1952, NA, RG 218, box 29.") == [
        ("1952-05-02", ["Clark", "Joint Chiefs of Staff"])
    ]


def _talks(tmp_path, notes: str) -> list[tuple[str | None, list[str]]]:
    tmp_path.mkdir()
    built = build_notes(tmp_path, notes)
    return [
        (c.date.iso if c.date else None, sorted(p.mention.text for p in c.participants))
        for x in built.extractions
        for cit in x.citations
        for c in cit.communications
    ]


def test_a_reply_that_names_whom_it_answers_takes_no_one_from_the_record_before(tmp_path):
    notes = (
        "1. Record of conversation of Roshchin with Zhou Enlai, 2 October 1950, AVPRF, f. 07, op. 23a, d. 18, l. 5. "
        "Mao's reply to Stalin of the same day is in APRF, f. 45, op. 1, d. 334, ll. 105–106.\n"
    )
    assert ("1950-10-02", ["Mao", "Stalin"]) in _talks(tmp_path / "a", notes)
    # "is in" a book: the sentence names a work, no archive, and no message is read from it
    book = (
        "1. Record of conversation of Roshchin with Zhou Enlai, 2 October 1950, AVPRF, f. 07, op. 23a, d. 18, l. 5. "
        "Mao's reply to Stalin of the same day is in Shen Zhihua, Mao, Stalin and the Korean War, p. 45.\n"
    )
    assert _talks(tmp_path / "b", book) == [("1950-10-02", ["Roshchin", "Zhou Enlai"])]


def test_an_office_in_brackets_opening_with_an_article_stays_the_role():
    text = (
        "Memo of the Conversation of Samsonov G.Ie. (First Secretary of the Soviet Ministry for Foreign Affairs) "
        "with Ki Sŏk-pok (a referent in the Ministry of Culture), 31 May 1956. AVPRF (Moscow). Fond 0102."
    )
    assert ("Ki Sŏk-pok", "a referent in the Ministry of Culture") in participant_roles(text)
