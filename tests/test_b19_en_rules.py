"""Rules read from blind sets 18 and 19 in English notes (issue #3), each checked on notes of
its own (tests/corpora/dev-b19-en.txt): French and Indian archives, NARA lot and JCS files, a
call number continued after "and", French cables, glossed cryptonyms, talks reported or told
in prose with the message in brackets, covering and enclosing messages, and Vietnamese names
written with OCR's eth or a Russian case ending — with the phrasings that must not change."""

from __future__ import annotations

from conftest import build_notes, note_communications, participant_roles, people_in, talks_in, together

from kg1956.extract.locators import parse_locator
from kg1956.romanize_cross import cross_keys, latin_vietnamese_nominative


def _fields(text: str) -> tuple[str, dict[str, str]] | None:
    loc = parse_locator(text, 0)
    return (loc.repository, dict(loc.fields)) if loc else None


def _apart(people: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= p for p in people)


def test_the_french_foreign_ministrys_archives_key_volume_and_folios():
    assert _fields("Archives diplomatiques (hereafter MAE), Cambodge-Laos-Vietnam, vol. 302, ff. 11–13") == (
        "MAE",
        {"fond": "Cambodge-Laos-Vietnam", "file": "302", "list": "11–13"},
    )


def test_the_national_archives_of_india_give_the_file_by_its_shape():
    assert _fields("National Archives of India (hereafter NAI), MEA, File No. 5(3)-IC/61, pp. 21–25") == (
        "NAI",
        {"fond": "MEA", "file": "5(3)-IC/61", "list": "21–25"},
    )


def test_a_nara_lot_file_and_a_jcs_decimal_file_are_the_file():
    assert _fields("NA, RG 59, Lot 58 D 776, box 4") == ("NARA", {"fond": "RG 59", "file": "Lot 58 D 776", "box": "4"})
    jcs = "NA, RG 218, Geographic File 1951–53, 092.2 Korea (6-25-50), sec. 40, box 29"
    assert _fields(jcs) == ("NARA", {"fond": "RG 218", "file": "092.2 Korea (6-25-50)", "box": "29"})
    # the State Department's decimal file number stays a document, as before
    assert _fields("NARA, RG 59, Central Decimal File 1950–54, 795.00/7-150, box 4262")[1]["document"] == "795.00/7-150"


def test_a_call_number_without_fond_joined_by_and_continues_the_one_before(tmp_path):
    built = build_notes(
        tmp_path, "1. The Soviet drafts are in RGASPI, f. 558, op. 11, d. 345, ll. 3–9, and d. 346, ll. 20–31."
    )
    locs = [(loc.repository, dict(loc.fields)) for c in built.extractions[0].citations for loc in c.locators]
    assert ("RGASPI", {"fond": "558", "opis": "11", "delo": "346", "list": "20–31"}) in locs


def test_french_cables_to_a_ministry_keep_their_writer_alone():
    assert note_communications(
        "Dejean to Quai d'Orsay, télégramme nos 1022–1025, Moscow, 14 March 1956, MAE, Europe, vol. 302, ff. 11–13."
    ) == [("1956-03-14", ["Dejean"])]
    assert note_communications("Winiewicz to Warsaw, no. 7021, 10 May 1957, AMSZ, Departament II, sygn. 12/70.") == [
        ("1957-05-10", ["Winiewicz"])
    ]


def test_a_glossed_cryptonym_is_a_spelling_of_its_holder_and_the_center_no_one(tmp_path):
    notes = """
1. Cipher telegram signed "Kolosov" (i.e. P.A. Abrasimov) to the Center, 4 May 1962, AVPRF, f. 0742, op. 7, p. 41, d. 12, l. 88.

2. Record of conversation between Ambassador P.A. Abrasimov and W. Ulbricht, 9 May 1962, AVPRF, f. 0742, op. 7, p. 41, d. 12, ll. 90–96.
"""
    assert together(people_in(tmp_path, notes), "Kolosov", "P.A. Abrasimov")
    assert note_communications(notes.strip().split("\n")[0][3:]) == [("1962-05-04", ["Kolosov"])]


def test_an_office_before_the_real_name_of_a_cryptonym_is_his_role():
    roles = participant_roles("Vasil'ev [Soviet Ambassador N.V. Roshchin] to Filippov, 2 March 1950, APRF, f. 45.")
    assert ("Vasil'ev", "Soviet Ambassador") in roles
    # an office whose last word only looks like a name stays whole, with no cryptonym
    letter = "Letter by Cho Man-sik (former chairman of the Korean Democratic Party) to T.F. Shtykov, 3 January 1946."
    assert ("Cho Man-sik", "former chairman of the Korean Democratic Party") in participant_roles(letter)


def test_a_talk_reported_with_the_message_in_brackets_is_the_talk_and_the_message():
    text = (
        "Józef Winiewicz, Polish delegate to the ICSC, described his talk with Pham Van Dong of 9 May 1957 in a "
        "cable to Warsaw the next day (Winiewicz to Warsaw, no. 7021, 10 May 1957, AMSZ, Departament II, sygn. "
        "12/70, w. 3, k. 40–42)."
    )
    assert note_communications(text) == [
        ("1957-05-09", ["Józef Winiewicz", "Pham Van Dong"]),
        ("1957-05-10", ["Winiewicz"]),
    ]
    assert ("Winiewicz", "Polish delegate to the ICSC") in participant_roles(text)
    # without the message in brackets the sentence is the author's remark
    assert note_communications("Winiewicz reported a conversation with Ung Van Khiem on 14 May 1957.") == []


def test_a_told_talk_joins_its_others_to_a_record_naming_fewer():
    told = (
        'Rákosi told I.D. Kiselev, the Soviet envoy, that the party "would not be hurried" (record of '
        "conversation with Mátyás Rákosi, 4 March 1953, AVPRF, f. 077, op. 33, p. 161, d. 9, ll. 14–17)."
    )
    assert note_communications(told) == [("1953-03-04", ["I.D. Kiselev", "Mátyás Rákosi"])]
    assert ("I.D. Kiselev", "the Soviet envoy") in participant_roles(told)
    other = (
        "Gerő told Kiselev that nothing had been decided (record of conversation with János Kádár, 6 March 1953, "
        "AVPRF, f. 077, op. 33, p. 161, d. 9, ll. 20–21)."
    )
    assert note_communications(other) == [("1953-03-06", ["János Kádár"])]


def test_a_bracketed_translation_after_a_dated_record_belongs_to_it(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Zapis' besedy posla I.S. Shcherbakova s Pham Van Dongom, 3 marta 1965 g. [Record of Ambassador "
        "Shcherbakov's conversation with Pham Van Dong], AVPRF, f. 079, op. 20, p. 47, d. 2, ll. 10–15; recorded "
        "by V.P. Kiriukhin, first secretary.",
    )
    citations = built.extractions[0].citations
    assert [c.date.iso if c.date else None for cit in citations for c in cit.communications] == ["1965-03-03"]
    takers = [(t.text, t.role, c.date.iso) for cit in citations for c in cit.communications for t in c.note_takers]
    assert takers == [("V.P. Kiriukhin", "first secretary", "1965-03-03")]


def test_signed_covering_and_enclosing_messages():
    assert participant_roles(
        "Annual report of the embassy for 1961, signed by Ambassador P.I. Kozlov, 15 January 1962, AVPRF, f. 079."
    ) == [("P.I. Kozlov", "Ambassador")]
    covered = note_communications(
        "Tito to the CC CPSU, 3 May 1955, with a covering note by Ambassador V.A. Val'kov of 5 May, RGANI, f. 3, "
        "op. 8, d. 212, ll. 1–6."
    )
    assert ("1955-05-05", ["V.A. Val'kov"]) in covered
    enclosed = note_communications(
        "Record of a meeting between the Canadian commissioner and Pham Van Dong, 2 March 1961, enclosed in "
        "Chakravarty to Dutt, 6 March 1961, NAI, MEA, File No. 5(3)-IC/61, pp. 44–49."
    )
    assert enclosed == [("1961-03-02", ["Pham Van Dong"]), ("1961-03-06", ["Chakravarty", "Dutt"])]
    same_day = note_communications(
        "Record of conversation between A.I. Mikoyan and Ho Chi Minh, 9 April 1960, RGANI, f. 5, op. 50, d. 233, "
        "ll. 1–9; Mikoyan's cable to Moscow of the same day is in AVPRF, f. 079, op. 15, p. 24, d. 2, ll. 5–6."
    )
    assert ("1960-04-09", ["Mikoyan"]) in same_day


def test_the_joint_chiefs_of_staff_are_a_named_body():
    assert note_communications("Clark to the Joint Chiefs of Staff, 2 May 1952, NA, RG 218, box 29.") == [
        ("1952-05-02", ["Clark", "Joint Chiefs of Staff"])
    ]


def test_vietnamese_names_with_ocrs_eth_and_a_russian_genitive_in_latin_letters(tmp_path):
    people = people_in(
        tmp_path,
        """
1. Record of conversation between Ambassador L.I. Sokolov and Pham Van Ðong, 18 June 1958, AVPRF, f. 079, op. 13, p. 20, d. 7, ll. 33–39.

2. Zapis' bcsedy s Pham Van Dongom, 14 marta 1962 g., AVPRF, f. 079, op. 17, p. 31, d. 4, ll. 2–6.

3. Le Zuan to the CC CPSU, 9 September 1960, RGANI, f. 5, op. 50, d. 240, ll. 7–9.
""",
    )
    assert together(people, "Pham Van Ðong", "Pham Van Dongom")
    assert latin_vietnamese_nominative("Le Zuana") == "Le Zuan"
    assert ("vietnamese", "vi:ho si min") in cross_keys("Kho Shi Mina")[1]
    # a name that is already a Vietnamese name, or no Vietnamese name at all, is read as written
    assert latin_vietnamese_nominative("Nguyen Thi Hoa") is None and latin_vietnamese_nominative("Kim Ira") is None


def test_a_second_message_with_day_and_month_only_takes_the_year_of_the_first():
    text = (
        "S.N. Kruglov, Minister of Internal Affairs, to Malenkov, 3 April 1954, and Kruglov to Khrushchev, 5 April, "
        "GARF, f. 9401, op. 2, d. 450, ll. 4–9."
    )
    assert note_communications(text) == [
        ("1954-04-03", ["Malenkov", "S.N. Kruglov"]),
        ("1954-04-05", ["Khrushchev", "Kruglov"]),
    ]
    # with its own year the second message keeps it
    dated = text.replace("5 April,", "5 April 1955,")
    assert ("1955-04-05", ["Khrushchev", "Kruglov"]) in note_communications(dated)


def test_an_authors_sentence_before_a_colon_is_prose_and_the_record_after_it_is_read(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Kruglov to Khrushchev, 5 April 1954, GARF, f. 9401, op. 2, d. 450, ll. 4–9.

2. Molotov's reply of 2 June argued that the question was premature: Molotov to Zhou Enlai, 2 June 1954, AVPRF, f. 0100, op. 47, p. 379, d. 7, ll. 14–15.
""",
    )
    assert talks_in(built, 2) == [["Molotov", "Zhou Enlai"]]  # no reply to Kruglov
    # a record's head before a colon, its title after it, is still read as one record
    head = (
        "Martin Ferenc's conversation with Zhou Enlai: Beszélgetés Csou En-lajjal [Conversation with Zhou Enlai], "
        "3 February 1960, MOL, XIX-J-1-j, Kína, 1960, 4. doboz, 5/b, 001234/1960."
    )
    assert note_communications(head) == [("1960-02-03", ["Martin Ferenc", "Zhou Enlai"])]
