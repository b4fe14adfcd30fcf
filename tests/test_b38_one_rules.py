"""Messages and diaries that name one party only, their writer (issue #3, mechanism ONE, read
across blind sets 14–39), on notes of our own: a writer, a message noun and its date at a
citation's head; a diarist and a diary word with anything between; "X's KIND of DATE" and "his KIND
of DATE" in a sentence opening with "X's …"; "the KIND of [Ambassador] X …, DATE". Each shape has
negative cases: a book's author, the press, a capital, a letter to a named person, no date."""

from __future__ import annotations

import pytest
from conftest import build_notes, communication_kinds, participant_roles, sorted_communications, talks_in


@pytest.mark.parametrize(
    ("text", "kind", "date", "writer"),
    [
        ("S.V. Chervonenko, cable, 6 June 1962, AVPRF, f. 0100, op. 55, p. 480, d. 9, ll. 2–4.", "telegram",
         "1962-06-06", "S.V. Chervonenko"),
        ("Tadeusz Findziński, szyfrogram, 2 VII 1963, AMSZ, z. 8/68, w. 14, t. 131, k. 3–4.", "telegram",
         "1963-07-02", "Tadeusz Findziński"),
        ("Georg Stibi, Bericht, 20.1.1964, PA AA, MfAA, A 12788, Bl. 2–9.", "report", "1964-01-20", "Georg Stibi"),
        ("József Marjai, jelentés, 10 May 1962, MOL, XIX-J-1-j, Kína, 1962, 3. doboz.", "report", "1962-05-10",
         "József Marjai"),
        ("Д.С. Полянский, докладная записка, 9 июня 1960 г. // РГАНИ. Ф. 5. Оп. 30. Д. 20. Л. 3–7.", "memo",
         "1960-06-09", "Д.С. Полянский"),
        ("P.F. Iudin (Soviet ambassador in China), political report for 1958, 2 March 1959, AVPRF, f. 0100, "
         "op. 52, p. 442, d. 3, ll. 1–40.", "report", "1959-03-02", "P.F. Iudin"),
    ],
)  # fmt: skip
def test_writer_kind_date_at_a_head_is_the_writers_message(text, kind, date, writer):
    assert (kind, date) in communication_kinds(text)
    assert (date, [writer]) in sorted_communications(text)


def test_the_office_in_brackets_after_the_writer_is_his_role():
    text = "P.F. Iudin (Soviet ambassador in China), cable, 2 March 1959, AVPRF, f. 0100, op. 52, d. 3, l. 1."
    assert ("P.F. Iudin", "Soviet ambassador in China") in participant_roles(text)


def test_an_undated_message_keeps_its_writer_without_a_date():
    assert ("report", None) in communication_kinds("M.A. Suslov, report, n.d., RGANI, f. 2, op. 1, d. 4, ll. 1–9.")


@pytest.mark.parametrize(
    "text",
    [
        "Walter Lippmann, Report on the Cold War (New York: Harper, 1947), 12.",  # a title after its author
        "Izvestiia, report, 5 May 1958, 3.",  # the press
        "Peking, cable, 12 March 1958, AVPRF, f. 0100, op. 51, p. 430, d. 8, l. 6.",  # a capital
        "Chervonenko, cable, AVPRF, f. 0100, op. 55, p. 480, d. 9, ll. 2–4.",  # no date of its own
    ],
)
def test_no_message_without_a_person_and_a_date(text):
    assert not [k for k in communication_kinds(text) if k[0] in {"telegram", "report"}]


@pytest.mark.parametrize(
    ("text", "date", "diarist"),
    [
        ("Malinovskii diary, 4–10 April 1961, TsAMO, f. 16, op. 3, d. 12, ll. 4–9.", "1961-04", "Malinovskii"),
        ("Kekkonen's pocket diary, 2–6 May 1960, UKA, 21/60, folder 3.", "1960-05", "Kekkonen"),
        ("Napló [Diary] of Ferenc Münnich, 12 March 1959, MOL, XIX-J-1-j, 1959, 3. doboz.", "1959-03-12",
         "Ferenc Münnich"),
        ("Tagebuch [Diary] of Otto Winzer, 30 June – 4 July 1963, SAPMO-BArch, NY 4286/12, Bl. 4–9.", "1963",
         "Otto Winzer"),
    ],
)  # fmt: skip
def test_a_diarist_and_a_diary_word_with_anything_between(text, date, diarist):
    assert (date, [diarist]) in sorted_communications(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harold Nicolson, Berlin Diary, 1934–1941 (London: Collins, 1962), 40.",  # a place before "Diary"
        "The diary of events, 4–10 April 1961, was kept by the mission: AVPRF, f. 0100, op. 54, d. 2.",
    ],
)
def test_no_diary_without_a_diarist(text):
    assert ("diary_entry" not in {k for k, _ in communication_kinds(text)}) is True


def test_his_message_belongs_to_the_sentences_opening_possessor():
    text = (
        "Chervonenko's irritation with Chen Yi is plain in his ciphered telegram of 14 May 1962, AVPRF, "
        "f. 0100, op. 55, p. 480, d. 9, ll. 2–4."
    )
    assert sorted_communications(text) == [("1962-05-14", ["Chervonenko"])]


def test_a_day_without_its_year_takes_the_year_before_it():
    text = (
        "Chervonenko's call on Chen Yi on 13 May 1962 is reported in his telegram of 14 May, AVPRF, f. 0100, "
        "op. 55, p. 480, d. 9, ll. 2–4."
    )
    assert ("telegram", "1962-05-14") in communication_kinds(text)


def test_of_the_same_evening_takes_the_day_written_before():
    text = (
        "Record of conversation between Chen Yi and S.V. Chervonenko, 13 May 1962, AVPRF, f. 0100, op. 55, "
        "d. 9, ll. 1–3; Chervonenko's cable to Moscow of the same evening, AVPRF, f. 0100, op. 55, d. 10, l. 4."
    )
    assert ("telegram", "1962-05-13") in communication_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "His telegram of 14 May 1962 is quoted in Lüthi, The Sino-Soviet Split, 210.",  # no one opens the sentence
        "Khrushchev's letter to Ulbricht of 14 May 1962, SAPMO-BArch, NY 4182/1206, Bl. 3–5.",  # a named addressee
        "Chervonenko's report on the border remains closed; AVPRF, f. 0100, op. 55, d. 9.",  # no date of its own
    ],
)
def test_no_lone_message_from_a_pronoun_without_an_opener_an_addressee_or_a_date(text):
    assert [c for c in sorted_communications(text) if len(c[1]) == 1] == []


def test_the_kind_of_an_ambassador_on_a_topic_is_his_with_his_title():
    text = "See the report of Ambassador Chervonenko on the harvest, 14 May 1962 (AVPRF, f. 0100, op. 55, d. 9)."
    assert ("report", "1962-05-14") in communication_kinds(text)
    assert ("Chervonenko", "Ambassador") in participant_roles(text)


def test_a_writers_message_read_as_a_short_title_stays_a_record(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Д.С. Полянский, отчет, 9 июня 1960 г. // РГАНИ. Ф. 5. Оп. 30. Д. 20. Л. 3–7.\n\n"
        "2. Walter Lippmann, The Cold War (New York: Harper, 1947), 12.",
    )
    assert talks_in(built, 1) == [["Д.С. Полянский"]]
    assert talks_in(built, 2) == []


@pytest.mark.parametrize(
    "text",
    [
        # the record of a talk, its writer one of the talk's two sides: the rules' to read
        "Report by Ambassador Chervonenko on his conversation with Chen Yi, 14 May 1962, AVPRF, f. 0100, op. 55, "
        "d. 9, ll. 2–4.",
        # no call number anywhere in the note: a speech or a work, no archival record
        "Chen Yi, report, 14 May 1962.",
    ],
)
def test_no_lone_writer_for_a_talks_record_or_without_an_archive(text):
    assert [c for c in sorted_communications(text) if c[1] == ["Chervonenko"] or c[1] == ["Chen Yi"]] == []


def test_a_place_after_an_office_and_a_name_is_where_the_record_was_written():
    text = "Notatka z rozmowy z wicepremierem Piotrem Jaroszewiczem, Berno, 8 XII 1960, AMSZ, z. 10, w. 45, k. 9–12."
    assert sorted_communications(text) == [("1960-12-08", ["Piotrem Jaroszewiczem"])]


def test_a_name_after_an_office_alone_is_still_the_apposition():
    text = "Record of conversation with the Soviet ambassador, Ivanov, 3 May 1957, AVPRF, f. 0102, op. 13, d. 5, l. 4."
    assert sorted_communications(text) == [("1957-05-03", ["Ivanov"])]


@pytest.mark.parametrize(
    ("text", "kind", "date", "writer"),
    [
        ('Cipher telegram from Rangoon signed "Chervonenko," no. 12, May 14, 1962, AVPRF, f. 0100, op. 55, d. 9, l. 2.',
         "telegram", "1962-05-14", "Chervonenko"),
        ("Informace o situaci v Laosu, 14 May 1962 (podepsal Jiří Hájek), AMZV, TO-T 1960–1964, k. 5, obal 2.",
         "report", "1962-05-14", "Jiří Hájek"),
        ("Report on the mission's work for 1961, 14 May 1962, signed by S.V. Chervonenko, AVPRF, f. 0100, op. 55, "
         "d. 9, ll. 2–40.", "report", "1962-05-14", "S.V. Chervonenko"),
    ],
)  # fmt: skip
def test_a_message_signed_after_its_head_is_the_signers(text, kind, date, writer):
    assert (kind, date) in communication_kinds(text)
    assert (date, [writer]) in sorted_communications(text)


@pytest.mark.parametrize(
    "text",
    [
        # two signatories of a treaty: no message of one man
        "The protocol, signed by Chen Yi and Souvanna Phouma on 14 May 1962, is in AVPRF, f. 0100, op. 55, d. 9.",
        # signed in another sentence than the message's head
        "The report of 14 May 1962 is in AVPRF, f. 0100, op. 55, d. 9. The protocol was signed by Chen Yi.",
    ],
)
def test_no_signer_without_a_message_head_of_his_own(text):
    assert [c for c in sorted_communications(text) if c[1] == ["Chen Yi"]] == []


def test_a_quoted_title_then_the_place_it_was_written_at():
    text = "“Notatka z rozmowy z wicepremierem Piotrem Jaroszewiczem,” Genewa, 8 XII 1960, AMSZ, z. 10, w. 45, k. 9–12."
    assert sorted_communications(text) == [("1960-12-08", ["Piotrem Jaroszewiczem"])]
