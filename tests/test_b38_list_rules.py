"""One statement giving several dates (issue #3, the DATELIST mechanism read across blind sets 8–39), on
notes of our own: a list of days read whole in the date layer (month first, numeric, Roman, "and again
on"), one talk a day in the loose reading; a diary cited by its title and then its entries; entries
before their Ibid.; Ibid. entries without a year; a reply named by its own date. Each rule has
negative cases."""

from __future__ import annotations

import pytest
from conftest import build_notes, communication_kinds, note_communications, sorted_communications

from kg1956.extract.dates import days_of, find_dates, read_date_list


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("October 2, 9 and 16, 1957: AAN", ["1957-10-02", "1957-10-09", "1957-10-16"]),
        ("April 7 and 12, 1958", ["1958-04-07", "1958-04-12"]),
        ("4 March and again on 11 March 1962; records", ["1962-03-04", "1962-03-11"]),
        ("8 November and then on 14 November 1966", ["1966-11-08", "1966-11-14"]),
        ("3 и вновь 9 мая 1957 г.", ["1957-05-03", "1957-05-09"]),
        ("3. und erneut am 8. Mai 1958", ["1958-05-03", "1958-05-08"]),
        ("5. und 9.5.1956, PA AA", ["1956-05-05", "1956-05-09"]),
        ("20 and 24.III.1961, AQSH", ["1961-03-20", "1961-03-24"]),
        ("1958. május 5-én, 7-én és 9-én folytatott", ["1958-05-05", "1958-05-07", "1958-05-09"]),
        ("5. a 9. května 1958", ["1958-05-05", "1958-05-09"]),
        ("5 i 9 V 1956", ["1956-05-05", "1956-05-09"]),
    ],
)
def test_a_list_of_days_is_read_whole(text, days):
    listed = read_date_list(text)
    assert listed is not None and [v.iso for v in listed[0]] == days


@pytest.mark.parametrize(
    "text",
    [
        "1959. március 3-án folytatott",
        "5 and then 9 May",
        "22 June and again on 25 July",
        "3 May 1957",
        "12–19 August 1962",
    ],
)
def test_no_list_without_its_year_or_second_day(text):
    assert read_date_list(text) is None


def test_days_of_gives_every_day_a_date_pattern_read():
    assert [v.iso for v in days_of(find_dates("Oct. 28 and 30, 1956")[0])] == ["1956-10-28", "1956-10-30"]
    assert [v.iso for v in days_of(find_dates("28 October 1956")[0])] == ["1956-10-28"]


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Rapacki met Gomułka on October 2, 9 and 16, 1957: AAN, KC PZPR, sygn. 237/V-12, k. 1–20.",
            [
                ("1957-10-02", ["Gomułka", "Rapacki"]),
                ("1957-10-09", ["Gomułka", "Rapacki"]),
                ("1957-10-16", ["Gomułka", "Rapacki"]),
            ],
        ),
        (
            "Hoxha received Kang Sheng in Tirana on 8 November and then on 14 November 1966: AQSH, F. 14/AP, "
            "M-PKK, V. 1966, D. 20, fl. 1–30.",
            [("1966-11-08", ["Hoxha", "Kang Sheng"]), ("1966-11-14", ["Hoxha", "Kang Sheng"])],
        ),
        (
            "Novotný empfing Gomułka am 3. und erneut am 8. Mai 1958, SAPMO-BArch, DY 30/3621, Bl. 7–19.",
            [("1958-05-03", ["Gomułka", "Novotný"]), ("1958-05-08", ["Gomułka", "Novotný"])],
        ),
    ],
)
def test_a_talk_told_with_a_list_of_days_is_one_talk_a_day(text, talks):
    assert sorted_communications(text) == talks


def test_a_bodys_meetings_on_several_days_are_no_talks():
    assert (
        note_communications("The Presidium met on 3 and 9 April 1957 to discuss Hungary: RGANI, f. 3, op. 12, d. 1005.")
        == []
    )
    assert note_communications("Gomułka's speeches of 3 and 9 May 1957 are in Trybuna Ludu, 4 and 10 May 1957.") == []


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "M. Zimianin, Pekinskie zametki, vol. 2 (Moscow, 1999), entries for 3 and 8 May 1957, 41–47.",
            [("1957-05-03", ["M. Zimianin"]), ("1957-05-08", ["M. Zimianin"])],
        ),
        ("K. Tanaka nikki, entries 2–9 June 1958, 114–120.", [("1958-06", ["K. Tanaka"])]),
        (
            "Kurt Hager's pocket diary (Taschenkalender), entries of 4 and 6 May 1957, SAPMO-BArch, NY 4109/12.",
            [("1957-05-04", ["Kurt Hager"]), ("1957-05-06", ["Kurt Hager"])],
        ),
        (
            "Walter Ulbricht, Notizbuch 1958, entries for 3–10 March, SAPMO-BArch, NY 4182/7.",
            [("1958-03", ["Walter Ulbricht"])],
        ),
        ("E. Hoxha, Reflections, vol. 1, 388–401 (entries of March 1968).", [("1968-03", ["E. Hoxha"])]),
    ],
)
def test_a_titled_diary_cited_by_its_entries(text, entries):
    assert sorted_communications(text) == entries
    assert {kind for kind, _ in communication_kinds(text)} == {"diary_entry"}


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Relations of the United States, 1955–1957, vol. 3, entries for 4 and 9 May 1956.",
        "A. Petrov, Moi vospominaniia (Moscow, 2001), entries for 4 and 9 May.",
        "Pravda, entries for 3 and 5 May 1957.",
        "Kurt Hager, Notizbuch. Later entries for 3 and 5 May 1957 are lost.",
        "Hager's view is in Axen's diary entries of 3 and 5 May 1957, quoted in Smith, Berlin, 14.",
        "For Hager's visit see the entries for 3 and 5 May 1957 in Axen's papers.",
    ],
)
def test_no_titled_diary_without_a_keeper_or_a_year(text):
    assert note_communications(text) == []


def test_a_keepers_diary_entries_take_the_notes_year():
    text = (
        "Record of conversation between Ulbricht and Khrushchev, 12 March 1958, SAPMO-BArch, DY 30/3480, Bl. 1–9. "
        "Ulbricht's diary entries for 12 and 13 March (NY 4182/5) add nothing."
    )
    assert ("1958-03-13", ["Ulbricht"]) in note_communications(text)
    alone = "Ulbricht's diary entries for 12 and 13 March (NY 4182/5) add nothing."
    assert note_communications(alone) == []


def _entries(built, number):
    return sorted(
        c.date.iso
        for ex in built.extractions
        if ex.note.number == number
        for cit in ex.citations
        for c in cit.communications
        if c.kind == "diary_entry"
    )


def test_entries_before_their_ibid_and_ibid_entries_without_a_year(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Diary of Stefan Staszewski, 20 October 1956, AAN, sygn. 1/14.\n\n"
        "2. Ibid., entries for Oct. 23 and Oct. 24.\n\n"
        "3. Entries of Oct. 28 and Nov. 2, ibid.\n\n"
        "4. Ibid., Eintragungen vom 3. und 5.11.1956.\n\n"
        "5. Record of conversation between Kim Il Sung and Nam Il, 2 April 1958, AVPRF, f. 0102, op. 14, d. 8.\n\n"
        "6. Entries of 3 and 5 April, ibid.\n",
    )
    assert _entries(built, 2) == ["1956-10-23", "1956-10-24"]
    assert _entries(built, 3) == ["1956-10-28", "1956-11-02"]
    assert _entries(built, 4) == ["1956-11-03", "1956-11-05"]
    assert _entries(built, 6) == []  # a record of a talk is no diary


def test_russian_entries_before_their_ibid(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Из дневника А.М. Пузанова за 1–15 марта 1958 г. // АВП РФ. Ф. 0102. Оп. 14. П. 75. Д. 6. Л. 10–40.\n\n"
        "2. Наиболее интересны записи от 4 и 11 марта: Там же. Л. 20, 31.\n",
    )
    assert _entries(built, 2) == ["1958-03-04", "1958-03-11"]


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "Ivanov to Petrov, 3 May 1957, AVPRF, f. 0100, op. 50, d. 1, l. 4; Petrov's reply of 9 May is ibid., l. 7.",
            ("letter", "1957-05-09"),
        ),
        (
            "Ulbricht to Gomułka, letter, 14 November 1958, SAPMO-BArch, DY 30/3664, Bl. 2–5; Gomułka's cabled reply "
            "of 20 November, ibid., Bl. 8.",
            ("telegram", "1958-11-20"),
        ),
        (
            "Grotewohl an Ulbricht, 3. Mai 1957, SAPMO-BArch, DY 30/3507, Bl. 1–4; Ulbrichts Antwort vom 9. Mai 1957, ebd.",
            ("letter", "1957-05-09"),
        ),
        (
            "Tito to Nasser, 4 December 1958, AJ, 837, KPR, I-5-b, and the reply of Nasser of 22 December 1958, ibid.",
            ("letter", "1958-12-22"),
        ),
        (
            "Tito to Nasser, 4 December 1958, AJ, 837, KPR, I-5-b; Nasser's reply of 2 January, ibid.",
            ("letter", "1959-01-02"),
        ),
    ],
)
def test_a_dated_reply_is_a_message_the_other_way(text, reply):
    assert reply in communication_kinds(text)
    assert len(note_communications(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Ivanov to Petrov, 3 May 1957, AVPRF, f. 0100, op. 50, d. 1, l. 4; Gromyko's reply of 9 May, ibid., l. 7.",
        "Subandrio to Chen Yi, 20 January 1962, PRC FMA 105-01090-02, 1–3; Chen Yi's reply of 2 February is described "
        "in Mozingo 1976, 201.",
        "Ivanov to Petrov, 3 May 1957, AVPRF, f. 0100, op. 50, d. 1, l. 4; Petrov's reply is ibid., l. 7.",
        "Ivanov to Petrov, 3 May 1957, AVPRF, f. 0100, op. 50, d. 1, l. 4; Petrov's reply of 9 May was cool (Smith 1976, 4).",
        "Khrushchev to F. Castro, 10 January 1963, APRF, f. 3, op. 65, d. 905; later R. Castro's answer of 20 January.",
    ],
)
def test_no_reply_by_another_man_only_told_of_or_undated(text):
    assert len(note_communications(text)) == 1


def test_a_diary_head_glossed_before_of_and_its_ibid_entries(tmp_path):
    built = build_notes(
        tmp_path,
        "1. Tagebuch (diary) of Otto Winzer, 2–9 May 1958, SAPMO-BArch, NY 4286/3, Bl. 1–20.\n\n"
        "2. Ibid., entries for May 4 and May 6.\n\n"
        "3. Dziennik [Diary] of the embassy in Peking, 3 May 1962, AMSZ, z. 6, w. 41, t. 630.\n",
    )
    assert _entries(built, 1) == ["1958-05"]
    assert _entries(built, 2) == ["1958-05-04", "1958-05-06"]
    assert _entries(built, 3) == []  # a body keeps no diary here
