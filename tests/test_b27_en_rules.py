"""English forms first read from blind set 27 (issue #3), on notes of our own: a reply dated by day and
month after the message it answers; a second (third, further) talk of the same people and the recorder's
talk with someone new "the following day"; further addressees ("also sent to", "copy to"); a body's name
ending before a title in single quotes; NAI file numbers in lower case; the office in lower case before a
name in a told talk; the name right before "diary" and a diary's quoted title; a quoted title in brackets
before the date; the two sides listed in brackets after "talks of DATE"; PRC FMA pages before a colon;
a kind word glossed in round brackets; Wade-Giles tzu/ssu. Each rule has negative cases."""

from __future__ import annotations

import pytest
from conftest import (
    build_notes,
    built_locators,
    note_communications,
    note_locators,
    participant_roles,
    people_in,
    talks_in,
)

from kg1956.extract.citations import extract_note
from kg1956.models import Note
from kg1956.romanize import chinese_fold

_AVPRF = "AVPRF, f. 079, op. 15, p. 24, d. 6, ll. 31–40"


# --- a reply dated by day and month after the message it answers ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tito to Nasser, 3 March 1958, AJ, 837, KPR, I-5-b/104, pp. 1–4; and Nasser's answer of 19 March, ibid., pp. 5–7.",
        "Letter, Tito to Nasser, 3 March 1958, AJ, 837, KPR, I-5-b/104, p. 1, and Nasser's reply by cable of 19 March, p. 5.",
        "Letter, Tito to Nasser, 3 March 1958, NMML, Nehru Papers, file 77; Nasser's reply of 19 March, ibid., file 78.",
    ],
)
def test_a_reply_after_a_message_is_addressed_back_in_its_year(text):
    assert ("1958-03-19", ["Nasser", "Tito"]) in note_communications(text)


def test_the_reply_does_not_carry_the_writers_earlier_office():
    text = (
        "Cable, G. Parthasarathi (Indian ambassador in Peking) to Dutt, 17 May 1960, NAI, MEA, file no. "
        "35(4)-EAD/60, p. 22, and Dutt's reply by cable of 20 May, p. 24."
    )
    comms = extract_note(Note("t", 1, text, 1)).citations
    reply = [c for cit in comms for c in cit.communications if c.date and c.date.iso == "1960-05-20"]
    assert len(reply) == 1 and all(p.mention.role is None for p in reply[0].participants)


@pytest.mark.parametrize(
    "text",
    [
        # prose about a reply, with a book: no record
        "Tito to Nasser, 3 March 1958, AJ, 837, KPR, I-5-b/104, pp. 1–4; Nasser's reply of 19 March was cool (Sen 2004, 7).",
        # a reply with no writer named
        "Tito to Nasser, 3 March 1958, AJ, 837, KPR, I-5-b/104, pp. 1–4; the reply of 19 March, ibid., pp. 5–7.",
    ],
)
def test_no_reply_without_its_writer_and_its_call_number(text):
    assert [d for d, _ in note_communications(text)] == ["1958-03-03"]


# --- the next talk after a record -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            f"Minutes of conversation between A.I. Mikoyan and Ho Chi Minh, 4 April 1960, {_AVPRF}; a third meeting, 6 Apr., ibid., ll. 41–49.",
            "1960-04-06",
        ),
        (
            f"Record of conversation between A.I. Mikoyan and Ho Chi Minh, 4 April 1960, {_AVPRF}; another talk, 9 May 1960, ibid.",
            "1960-05-09",
        ),
        (
            f"Record of conversation between A.I. Mikoyan and Ho Chi Minh, 30 December 1960, {_AVPRF}; a further conversation on 2 January, ibid.",
            "1961-01-02",
        ),
    ],
)
def test_a_second_talk_is_of_the_same_people(text, second):
    comms = note_communications(text)
    assert len(comms) == 2 and comms[1] == (second, comms[0][1])


def test_the_recorders_talk_with_someone_new_the_following_day():
    text = f"Record of Mikoyan's conversation with Ho Chi Minh, Hanoi, 5 April 1960, {_AVPRF}; his talk with Pham Van Dong on the following day, ll. 59–66."
    assert ("1960-04-06", ["Mikoyan", "Pham Van Dong"]) in note_communications(text)


@pytest.mark.parametrize(
    "text",
    [
        # whose side went on is not said by a head "between X and Y"
        f"Record of conversation between A.I. Mikoyan and Ho Chi Minh, 5 April 1960, {_AVPRF}; the conversation with Pham Van Dong the following day, ll. 59–66.",
        # a place, not a person
        f"Record of Mikoyan's conversation with Ho Chi Minh, 5 April 1960, {_AVPRF}; his talk with Hanoi the following day.",
        # prose: the talks were cordial, no date of a talk
        f"Record of conversation between A.I. Mikoyan and Ho Chi Minh, 5 April 1960, {_AVPRF}; a second conversation was never held.",
    ],
)
def test_no_next_talk_without_its_side_person_and_day(text):
    assert len(note_communications(text)) == 1


# --- further addressees; a body's name before a title in single quotes ------------------------------


@pytest.mark.parametrize(
    ("text", "added"),
    [
        (
            "Gromyko to Khrushchev, 3 May 1960, RGANI, f. 3, op. 12, d. 618, ll. 1–7; also sent to F.R. Kozlov.",
            ["F.R. Kozlov"],
        ),
        (
            "Gromyko to Khrushchev, 3 May 1960, RGANI, f. 3, op. 12, d. 618, ll. 1–7; copies to Mikoyan and Suslov.",
            ["Mikoyan", "Suslov"],
        ),
        (
            "Gromyko to Khrushchev, 3 May 1960, RGANI, f. 3, op. 12, d. 618, ll. 1–7; cc: Ambassador P.F. Iudin.",
            ["P.F. Iudin"],
        ),
        # the writer himself: no one further
        ("Gromyko to Khrushchev, 3 May 1960, RGANI, f. 3, op. 12, d. 618, ll. 1–7; cc: A.A. Gromyko.", []),
    ],
)
def test_copies_add_their_named_addressees(text, added):
    ((_, people),) = note_communications(text)
    assert people == sorted(["Gromyko", "Khrushchev", *added])


@pytest.mark.parametrize(
    "tail",
    ["copy to the Foreign Ministry", "copy to Moscow", "copy to file 12"],
)
def test_a_copy_to_an_office_or_a_capital_adds_no_one(tail):
    text = f"Gromyko to Khrushchev, 3 May 1960, RGANI, f. 3, op. 12, d. 618, ll. 1–7; {tail}."
    assert note_communications(text) == [("1960-05-03", ["Gromyko", "Khrushchev"])]


def test_a_copy_to_after_a_record_of_conversation_adds_no_one():
    text = f"Record of conversation between A.I. Mikoyan and Ho Chi Minh, 4 April 1960, {_AVPRF}; copy to Suslov."
    assert note_communications(text) == [("1960-04-04", ["A.I. Mikoyan", "Ho Chi Minh"])]


@pytest.mark.parametrize("quote", ["'{}'", "‘{}’"])
def test_a_body_ends_before_a_title_in_single_quotes(quote):
    title = quote.format("On the situation in Laos")
    text = f"Memorandum, MID USSR to the CC CPSU, {title}, 12 Jan. 1961, AVPRF, f. 0570, op. 7, p. 3, d. 2, ll. 1–6."
    assert note_communications(text) == [("1961-01-12", ["CC CPSU", "MID USSR"])]


# --- locators -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "file"),
    [
        ("file no. 8(12)-China/60", "8(12)-China/60"),
        ("F. No. 3(4)-EUR/62", "3(4)-EUR/62"),
        ("File No. 2(12)-IC/62", "2(12)-IC/62"),
    ],
)
def test_nai_file_numbers_in_any_case(call, file):
    ((repo, fields),) = note_locators(f"Desai to Kaul, 3 May 1962, NAI, MEA, {call}, pp. 4–6.")
    assert repo == "NAI" and fields == {"fond": "MEA", "file": file, "list": "4–6"}


def test_prc_fma_pages_before_a_colon_and_the_record_after_it():
    text = "PRC FMA 106-00580-03, 2–7: record of Chen Yi's conversation with Subandrio, 3 April 1961."
    assert note_communications(text) == [("1961-04-03", ["Chen Yi", "Subandrio"])]
    assert note_locators(text) == [("PRC-FMA", {"document": "106-00580-03", "list": "2–7"})]


def test_idem_with_a_quoted_title_is_the_authors_work(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Khrushchev to Nehru, 22 Nov. 1959, RGANI, f. 3, op. 12, d. 618, ll. 40–43.\n\n"
        "2. Mozingo 1976, 190–94; idem, 'Sukarno and Peking', Asian Survey 2, no. 4 (1962): 11–19, at 14.",
    )
    assert built_locators(built, 2) == [] and talks_in(built, 2) == []


# --- told talks, diaries, dates, lists ----------------------------------------------------------------


def test_an_office_in_lower_case_before_the_name_in_a_told_talk():
    text = "Nehru received the Soviet ambassador I.A. Benediktov on 18 August 1961 and spoke of Berlin (record in AVPRF, f. 090, op. 23, p. 55, d. 7, ll. 3–5)."
    assert participant_roles(text) == [("Nehru", None), ("I.A. Benediktov", "Soviet ambassador")]


@pytest.mark.parametrize(
    "text",
    [
        "Tito received the letter from Nehru on 5 May 1960 (record, AVPRF, f. 090, op. 23, p. 55, d. 7, ll. 3–5).",
        "Tito received the visiting delegation on 5 May 1960 (record, AVPRF, f. 090, op. 23, p. 55, d. 7, ll. 3–5).",
    ],
)
def test_no_office_no_person_before_a_name(text):
    assert note_communications(text) in ([], [("1960-05-05", ["Tito"])])


@pytest.mark.parametrize(
    ("text", "dates", "diarist"),
    [
        ("K.P.S. Menon diary, 12–19 Oct. 1959, NMML, K.P.S. Menon Papers, file 42.", ["1959-10"], "K.P.S. Menon"),
        (
            "T. Zabłocki, 'Dziennik pekiński' (Peking diary), entries for 2 and 5 February 1957.",
            ["1957-02-02", "1957-02-05"],
            "T. Zabłocki",
        ),
        ("A. Smith, 'A Moscow Journal', entry for 4 May 1960.", ["1960-05-04"], "A. Smith"),
        ("T. Zabłocki, Peking diary, 18 February – 4 March 1957.", ["1957"], "T. Zabłocki"),
    ],
)
def test_a_name_or_a_titled_diary_before_the_days(text, dates, diarist):
    assert note_communications(text) == [(d, [diarist]) for d in dates]


@pytest.mark.parametrize(
    "text",
    [
        "Kovács diary, entries, 1958.",
        "J. Kowalski, 'Dziennik Polski', 3 May 1957, p. 2.",
        "Pravda diary, 12 May 1960.",
        "Moscow journal, 12 May 1960.",
    ],
)
def test_no_diary_of_a_newspaper_a_place_or_a_bare_word(text):
    assert note_communications(text) == []


def test_a_quoted_title_in_brackets_dates_nothing():
    text = "Benediktov's annual political report for 1960 ('Politicheskii otchet za 1960 g.'), 31 Jan. 1961, AVPRF, f. 090, op. 23, p. 53, d. 2, l. 41."
    assert note_communications(text) == [("1961-01-31", ["Benediktov"])]


def test_the_sides_listed_in_brackets_after_talks_of_a_date():
    text = "Minutes of the talks of 14.VI.1958 (Ho Chi Minh, Pham Van Dong; Chen Yi, Li Fuchun), PRC FMA 106-00433-01, 1–20."
    assert note_communications(text) == [("1958-06-14", ["Chen Yi", "Ho Chi Minh", "Li Fuchun", "Pham Van Dong"])]


@pytest.mark.parametrize("bracket", ["(Moscow; Hanoi)", "(copy; not signed)", "(Soviet side; Vietnamese side)"])
def test_no_sides_from_places_or_remarks(bracket):
    text = f"Record of the talks of 3 May 1960 {bracket}, {_AVPRF}."
    assert note_communications(text) == []


def test_in_before_a_month_after_the_parties():
    text = (
        "Liu Shaoqi's meeting with Ho Chi Minh in Peking in May 1960 (AVPRF, f. 0100, op. 53, p. 454, d. 8, ll. 30–33)."
    )
    assert note_communications(text) == [("1960-05", ["Ho Chi Minh", "Liu Shaoqi"])]
    assert (
        note_communications("Zhou Enlai's conversation with Nehru in April 1960 is described in Sen 2004, 115.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "szyfrogram (cipher telegram) from Ambassador Kiryluk, Peking, 22.X.1956",
        "Fernschreiben (telex) from Ambassador Schwab, Peking, 22.X.1956",
    ],
)
def test_a_kind_word_glossed_in_round_brackets(text):
    ((date, people),) = note_communications(text + ".")
    assert date == "1956-10-22" and len(people) == 1


# --- names ------------------------------------------------------------------------------------------


def test_wade_giles_tzu_and_ssu_are_pinyin_zi_and_si():
    assert chinese_fold("P'an Tzu-li") == chinese_fold("Pan Zili")
    assert chinese_fold("Ssu-ma") == chinese_fold("Sima")
    assert chinese_fold("Wang Tzu-ping") != chinese_fold("Wang Zhiping")


def test_wade_giles_tzu_merges_but_a_different_given_name_does_not(tmp_path):
    people = people_in(
        tmp_path,
        "1. Cable, Wang Tzu-ping to Chen Yi, 3 March 1961, PRC FMA 105-01040-01, 2–3.\n\n"
        "2. Wang Ziping to Chen Yi, 9 March 1961, PRC FMA 105-01040-02, 1–4.\n\n"
        "3. Wang Zhiping to Chen Yi, 11 March 1961, PRC FMA 105-01040-03, 5.",
    )
    assert {"Wang Tzu-ping", "Wang Ziping"} in people
    assert not any("Wang Zhiping" in p and len(p) > 1 for p in people)


def test_a_recorder_after_a_quoted_original_title_in_a_told_bracket():
    text = (
        "Zhou told Soviet Ambassador S.V. Chervonenko on 6 January 1960 that India had chosen (record of "
        "conversation, 'Zapis' besedy s Chzhou En'-laem', AVPRF, f. 0100, op. 53, p. 454, d. 8, ll. 1–7; recorded "
        "by L.I. Tolmachev, attaché)."
    )
    takers = [
        (t.text, t.role)
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
        for t in c.note_takers
    ]
    assert takers == [("L.I. Tolmachev", "attaché")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Report of the PPR Embassy in Peking for the first quarter of 1957, signed by S. Kiryluk, 15.IV.1957.",
            "1957-04-15",
        ),
        ("Report of the Indian embassy in Moscow for March 1961, signed by K.P.S. Menon, 6 Apr. 1961.", "1961-04-06"),
        (
            "Political report of the Soviet embassy for the second half of 1960, signed by L.I. Sokolov, 3 Feb. 1961.",
            "1961-02-03",
        ),
    ],
)
def test_the_period_a_report_covers_is_no_date_and_the_embassy_no_role(text, date):
    (comm,) = note_communications(text)
    assert comm[0] == date and len(comm[1]) == 1
    assert all(role is None for _, role in participant_roles(text))


def test_a_report_signed_by_an_office_names_no_one():
    text = "Report of the Soviet embassy in Djakarta for March 1961, signed by the ambassador, 4 Apr. 1961, AVPRF, f. 091, op. 17, p. 20, d. 3, ll. 1–45."
    assert note_communications(text) == []


def test_a_told_talk_whose_call_number_has_brackets_of_its_own():
    text = "On 3 May 1960 Nehru told Zhou Enlai that the border was closed (record of conversation, NAI, MEA, F. No. 8(12)-China/60, pp. 7–9)."
    assert note_communications(text) == [("1960-05-03", ["Nehru", "Zhou Enlai"])]
    assert note_locators(text) == [("NAI", {"fond": "MEA", "file": "8(12)-China/60", "list": "7–9"})]


@pytest.mark.parametrize(
    "tail",
    [
        "a second meeting took place on 13 Feb. (ibid., ll. 42–58).",
        "for the second conversation, on 13 Feb., see ibid., ll. 42–58.",
    ],
)
def test_a_second_talk_told_or_pointed_to(tail):
    text = f"Record of conversation between N.S. Khrushchev and J. Nehru, 12 Feb. 1960, {_AVPRF}; {tail}"
    assert ("1960-02-13", ["J. Nehru", "N.S. Khrushchev"]) in note_communications(text)


def test_the_one_written_to_replied_on_a_day_with_its_call_number():
    text = "Khrushchev to Sukarno, 2 June 1961, RGANI, f. 3, op. 14, d. 501, ll. 10–12; Sukarno replied by cable on 16 June (ibid., ll. 13–14)."
    assert ("1961-06-16", ["Khrushchev", "Sukarno"]) in note_communications(text)


@pytest.mark.parametrize(
    "tail",
    [
        "Sukarno replied on 16 June that he would come in the autumn.",  # no call number: prose
        "Nasser replied on 16 June (ibid., ll. 13–14).",  # not the one written to
    ],
)
def test_no_reply_told_without_its_call_number_or_by_another(tail):
    text = f"Khrushchev to Sukarno, 2 June 1961, RGANI, f. 3, op. 14, d. 501, ll. 10–12; {tail}"
    assert note_communications(text) == [("1961-06-02", ["Khrushchev", "Sukarno"])]


@pytest.mark.parametrize(
    "verb",
    ["had a long talk with", "conferred with", "spoke with", "saw Ambassador"],
)
def test_more_verbs_of_meeting_in_a_told_talk(verb):
    other = "Benediktov" if verb.endswith("Ambassador") else "I.A. Benediktov"
    text = (
        f"Nehru {verb} {other} on 3 May 1960 about the maps (record in AVPRF, f. 090, op. 22, p. 50, d. 5, ll. 33–38)."
    )
    assert note_communications(text) == [("1960-05-03", sorted(["Nehru", other]))]


@pytest.mark.parametrize(
    "told",
    [
        "Nehru saw India's weakness on 3 May 1960",
        "Nehru saw Bhilai on 3 May 1960",
        "Nehru called on the Soviet Union on 3 May 1960 to stop the tests",
        "Sukarno talked with Peking on 3 May 1960",
    ],
)
def test_no_talk_with_a_place_a_country_or_a_thing(told):
    text = f"{told} (record in AVPRF, f. 090, op. 22, p. 50, d. 5, ll. 33–38)."
    assert note_communications(text) == []


@pytest.mark.parametrize(
    "tail",
    ["and Nasser's reply of 19 March is ibid., pp. 5–7.", "Nasser's reply, dated 19 March, ibid., pp. 5–7."],
)
def test_a_reply_dated_before_is_ibid(tail):
    text = f"Tito to Nasser, 3 March 1958, AJ, 837, KPR, I-5-b/104, pp. 1–4; {tail}"
    assert ("1958-03-19", ["Nasser", "Tito"]) in note_communications(text)
