"""Review 20 of the DATELIST branch (wt16-list): the harms a reviewer found in its new rules, each a case
that must read as a historian reads it (what must and must not be read). Sections follow the review's."""

from __future__ import annotations

import pytest
from conftest import build_notes, communication_kinds, note_communications, sorted_communications

PUZANOV = (
    "Запись беседы А.М. Пузанова с Ким Ир Сеном, 20 октября 1956 г. // АВП РФ. Ф. 0102. Оп. 12. П. 68. Д. 5. Л. 3–9."
)
STASZEWSKI = "Diary of Stefan Staszewski, 20 October 1956, AAN, sygn. 1/14."
IVANOV = "Ivanov to Petrov, 3 May 1957, AVPRF, f. 0129, op. 41, p. 12, d. 3, ll. 4–9"


def _second(tmp_path, first: str, second: str):
    """What the second of two notes reads: (kind, date, participants) and its locators' fields."""
    built = build_notes(tmp_path, f"1. {first}\n\n2. {second}\n")
    ex = next(e for e in built.extractions if e.note.number == 2)
    comms = [
        (c.kind, c.date.iso if c.date else None, sorted(p.mention.text for p in c.participants))
        for cit in ex.citations
        for c in cit.communications
    ]
    locs = [dict(loc.fields) for cit in ex.citations for loc in cit.locators]
    return comms, locs


# §1 entries_ibid: a record of conversation ("Запись беседы", "Entry of conversation") is no diary's entry


@pytest.mark.parametrize(
    ("first", "second", "dates", "leaves"),
    [
        (  # k8
            PUZANOV,
            "Записи бесед с Ким Ир Сеном 23 и 24 октября 1956 г., там же, л. 12–15.",
            ["1956-10-23", "1956-10-24"],
            "12–15",
        ),
        (
            PUZANOV,
            "Запись беседы с Ким Ир Сеном от 23 октября 1956 г.: Там же. Л. 12–15.",
            ["1956-10-23"],
            "12–15",
        ),  # k2
        (PUZANOV, "Запись от 23 октября: Там же. Л. 12.", [], "12"),  # k4
        (PUZANOV, "Записи от 23 и 24 октября: Там же. Л. 12.", [], "12"),  # d30
        (
            "Memorandum of conversation between Puzanov and Kim Il Sung, 20 October 1956, AVPRF, f. 0102, op. 12, "
            "p. 68, d. 5, ll. 3–9.",
            "Entry of conversation with Kim Il Sung, 23 October 1956, ibid., ll. 12–15.",  # k6
            [],
            "12–15",
        ),
        (
            "Aufzeichnung über das Gespräch Ulbricht–Chruschtschow, 3.5.1957, SAPMO-BArch, DY 30/3480, Bl. 1–9.",
            "Eintragung über das Gespräch mit Gomułka vom 5.5.1957, ebd., Bl. 12.",  # k10
            [],
            "12",
        ),
        (
            "Tagebuch Otto Grotewohls, 3.5.1957, SAPMO-BArch, NY 4090/12, Bl. 3.",
            "Eintrag Nr. 3, ebd., Bl. 4.",
            [],
            "4",
        ),  # l4
        (
            "Записка Отдела ЦК КПСС, 20 октября 1956 г. // РГАНИ. Ф. 5. Оп. 28. Д. 412. Л. 3–9.",
            "Запись в журнале посетителей от 23 октября: Там же. Л. 12.",  # l8
            [],
            "12",
        ),
        (
            "Tagebuch Otto Grotewohls, 3.5.1957, SAPMO-BArch, NY 4090/12, Bl. 3.",
            "Eintragungen im Posteingangsbuch vom 5. und 9.5.1957, ebd., Bl. 7.",  # g4
            [],
            "7",
        ),
    ],
)
def test_a_record_of_conversation_before_its_ibid_is_no_diary_entry(tmp_path, first, second, dates, leaves):
    comms, locs = _second(tmp_path, first, second)
    assert not any(kind == "diary_entry" for kind, _, _ in comms)
    assert [d for kind, d, _ in comms if kind == "conversation"] == dates
    assert any(loc.get("list") == leaves for loc in locs)


@pytest.mark.parametrize(
    "second",
    [
        "The catalogue entries for 3 and 9 May 1957, ibid., are misdated.",  # d9
        "Later entries for 3 and 9 May 1957, ibid., were added by his son.",  # d15
        "His entries of 23 and 24 October, ibid., are missing; Smith, Polish October (London, 1999), 45.",  # k14
        "Entries of 23 and 24 October 1956, ibid., are missing.",
    ],
)
def test_entries_not_the_diarists_or_not_extant_are_not_read(tmp_path, second):
    comms, _ = _second(tmp_path, STASZEWSKI, second)
    assert not any(kind == "diary_entry" for kind, _, _ in comms)


def test_entries_before_their_ibid_still_read(tmp_path):
    comms, _ = _second(tmp_path, STASZEWSKI, "The entries for 23 and 24 October, ibid.")
    assert [d for kind, d, _ in comms if kind == "diary_entry"] == ["1956-10-23", "1956-10-24"]


# §2 titled_entries: no periodical, body, chronology, register, memoir or record of talks makes a diarist


def test_notes_on_talks_keep_their_talks():  # f4
    text = (
        "Ivanov's notes on the talks with Gromyko, entries for 3 and 9 May 1957, AVPRF, f. 0129, op. 41, p. 12, "
        "d. 3, ll. 4–9."
    )
    kinds = communication_kinds(text)
    assert all(kind != "diary_entry" for kind, _ in kinds)
    assert ("conversation", "1957-05-03") in kinds and ("conversation", "1957-05-09") in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Keesing's Contemporary Archives, entries for 3 and 9 May 1957, 15521–15523.",  # c1
        "Hansard, Parliamentary Debates, entries for 3 and 9 May 1957, cols. 1201–1240.",  # c8
        "Wall Street Journal, entries for 3 and 9 May 1957, 1.",  # h3
        "House Journal, 85th Congress, entries for 3 and 9 May 1957, 412–414.",  # h6
        "Senate Journal, entries for 3 and 9 May 1957, 412–414.",  # h2
        "Gaimusho nikki, entries for 3 and 9 May 1957, 41–43.",  # h1
        "Waijiaobu riji, entries for 3 and 9 May 1957.",  # h5
        "Gilbert, Chronology of the Cold War, entries for 3 and 9 May 1957.",  # c4
        "Smith, The Hungarian Revolution: A Chronology, entries for 23 and 24 October 1956, 12–14.",  # c6
        "Smith's Cold War Chronology, entries for 3 and 9 May 1957, 41.",  # h20
        "Eisenhower, Waging Peace, entries for 3 and 9 May 1957, 412.",  # f2
        "Shepilov, Neprimknuvshii, entries for 3 and 9 May 1957, 41–47.",  # c22
        "Ivanov, Register of Visitors 1957, entries for 3 and 9 May, AVPRF, f. 0129, op. 41, p. 12, d. 3, ll. 4–9.",  # c16
        "Ivanov, Visitors' Book, entries for 3 and 9 May 1957, AVPRF, f. 0129, op. 41, p. 12, d. 3.",  # f6
        "Ivanov, Calendar of Soviet Treaties 1957, entries for 3 and 9 May.",  # f8
        "Ship's log of the Sverdlovsk, entries for 3 and 9 May 1957, RGAVMF, f. 870, op. 1, d. 12.",  # h7
        "Dulles, Telephone Calls Series, entries for 3 and 9 May 1957, DDEL, box 6.",  # c14
        "Eisenhower's appointment book, entries for 3 and 9 May 1957, DDEL, Ann Whitman File, Diary Series, box 9.",  # c7
        "A. Dulles, memorandum of telephone conversation with Eisenhower, entries for 3 and 9 May 1957, DDEL, box 6.",
    ],
)
def test_no_diarist_of_a_periodical_body_chronology_or_register(text):
    assert all(kind != "diary_entry" for kind, _ in communication_kinds(text))


def test_dulles_memorandum_of_a_telephone_talk_is_no_diary():  # f3
    text = "Dulles, memorandum of telephone conversation with Eisenhower, entries for 3 and 9 May 1957, DDEL, box 6."
    assert all(kind != "diary_entry" for kind, _ in communication_kinds(text))


def test_a_keepers_diary_still_read_with_its_diary_word():
    assert sorted_communications("Kádár Napló, entries for 3 and 9 May 1957.") == [
        ("1957-05-03", ["Kádár"]),
        ("1957-05-09", ["Kádár"]),
    ]
    text = "Ivanov's notebook, entries for 3 and 9 May 1957, AVPRF, f. 0129, op. 41, p. 12, d. 3."
    assert {d for d, _ in note_communications(text)} == {"1957-05-03", "1957-05-09"}


# §3 titled_entries: no year from an interview's date or a book's imprint; entries called lost are not read


@pytest.mark.parametrize(
    "text",
    [
        "Interview with Ivanov's daughter, Moscow, 12 March 2004. Ivanov's diary entries for 3 and 4 May mention "
        "the visit.",  # c3
        "Taubman, Khrushchev: The Man and His Era (New York, 2003), 412. Mikoyan's diary entries for 3 and 4 May are "
        "lost.",  # c19
        "Mikoyan, Tak bylo (Moscow, 1999), 412. Ivanov's diary entries for 3 and 4 May are lost.",  # f9
        "Record of conversation between Ulbricht and Khrushchev, 12 March 1958, SAPMO-BArch, DY 30/3480, Bl. 1–9. "
        "Ulbricht's diary entries for 12 and 13 March are lost.",
    ],
)
def test_no_entries_dated_by_an_imprint_or_called_lost(text):
    assert all(kind != "diary_entry" for kind, _ in communication_kinds(text))


# §4 dates: a span, "respectively" and "then" with another event are no list of talks


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Rapacki met Gomułka between October 2 and 16, 1957: AAN, KC PZPR, sygn. 237/V-12, k. 1–20.", 1),  # b5
        ("Rapacki met Gomułka sometime between May 3 and 9, 1957: AAN, KC PZPR, sygn. 237/V-12, k. 1–20.", 1),  # j5
        ("Ulbricht empfing Gomułka zwischen 3. und 9. Mai 1957 dreimal, SAPMO-BArch, DY 30/3621, Bl. 7–19.", 1),  # i2
        (
            "Rapacki and Cyrankiewicz met Gomułka on October 2 and 16, 1957, respectively: AAN, KC PZPR, "
            "sygn. 237/V-12, k. 1–20.",  # b6
            1,
        ),
        (
            "Rapacki met Gomułka on 2 October and then on 16 October 1957 left for Belgrade: AAN, KC PZPR, "
            "sygn. 237/V-12, k. 1–20.",  # b10
            1,
        ),
        (
            "Rapacki met Gomułka on 2 October, then 16 October 1957 saw the plenum open: AAN, KC PZPR, "
            "sygn. 237/V-12, k. 1–20.",  # b16
            0,
        ),
        (
            "Rapacki met Gomułka on 3 May and then 9 May 1957 was the deadline: AAN, KC PZPR, sygn. 237/V-12, "
            "k. 1–20.",  # j14
            0,
        ),
    ],
)
def test_no_talk_a_day_for_a_span_respectively_or_another_event(text, days):
    assert len(note_communications(text)) <= days


def test_and_then_on_before_the_locator_still_two_talks():
    text = (
        "Hoxha received Kang Sheng in Tirana on 8 November and then on 14 November 1966: AQSH, F. 14/AP, M-PKK, "
        "V. 1966, D. 20, fl. 1–30."
    )
    assert [d for d, _ in sorted_communications(text)] == ["1966-11-08", "1966-11-14"]


# §5 dates: a Hungarian number a noun follows is no day, and the letter's date is kept


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Kádár János levele Hruscsovnak, 1957. május 3-án és 2 melléklet, MOL, M-KS 288. f. 47/1957/12. ő. e.",
            "1957-05-03",
        ),  # o2
        (
            "Kádár János levele Hruscsovnak, 1957. május 9-én és 3 melléklete, MOL, M-KS 288. f. 47/1957/12. ő. e.",
            "1957-05-09",
        ),  # o3
        (
            "Kádár János levele Hruscsovnak, 1957. május 3-án és 9 pontban, MOL, M-KS 288. f. 47/1957/12. ő. e.",
            "1957-05-03",
        ),  # n6
    ],
)
def test_a_hungarian_number_with_a_noun_is_no_second_day(text, date):
    assert [d for _, d in communication_kinds(text)] == [date]


# §6 replies: none never sent, spoken, expected, or earlier than the message


@pytest.mark.parametrize(
    "tail",
    [
        "Petrov's unsent reply of 9 May, ibid., l. 12.",  # e2
        "Petrov's promised reply of 9 May, ibid., never came.",  # g7
        "Petrov's anticipated reply of 9 May, in Ivanov's memorandum of 5 May, ibid., l. 10.",  # g10
        "Petrov's reply of 9 May, FRUS draft only.",  # e17
        "Petrov's oral reply of 9 May, ibid., l. 12.",  # e14
        "Petrov's telephoned reply of 9 May, ibid., l. 12.",  # g6
    ],
)
def test_no_letter_for_a_reply_never_sent_as_one(tail):
    assert not any(d == "1957-05-09" for d, _ in note_communications(f"{IVANOV}; {tail}"))


def test_no_reply_for_a_proposed_reply_printed_elsewhere():  # e5
    text = (
        "Eisenhower to Bulganin, 1 March 1956, FRUS, 1955–1957, vol. 20, doc. 4; Bulganin's proposed reply of 12 "
        "March, printed in Pravda, was not the one delivered."
    )
    assert [d for _, d in communication_kinds(text)] == ["1956-03-01"]


def test_an_earlier_reply_answered_is_not_rolled_into_the_next_year():  # e4
    text = f"{IVANOV}, answering Petrov's reply of 9 March, ibid., l. 2."
    assert not any(d and d.startswith("1958") for d, _ in note_communications(text))
    late = (
        "Ivanov to Petrov, 30 December 1956, AVPRF, f. 0129, op. 41, p. 12, d. 3, ll. 4–9; Petrov's reply of 2 "
        "January, ibid., l. 12."
    )
    assert ("letter", "1957-01-02") in communication_kinds(late)


# §7 diaries: a glossed diary head before a body


def test_a_glossed_diary_of_a_body_has_no_diarist(tmp_path):  # d21
    built = build_notes(tmp_path, "1. Dziennik [Diary] of Polish Radio, 20 October 1956, AAN, sygn. 1/14.\n")
    assert not any(
        c.kind == "diary_entry" for ex in built.extractions for cit in ex.citations for c in cit.communications
    )


# §8 replies: one reply added once


def test_a_reply_to_a_reply_is_read_once(tmp_path):  # e19
    built = build_notes(
        tmp_path, f"1. {IVANOV}; Petrov's reply of 9 May, ibid., and Ivanov's reply of 12 May, ibid., l. 14.\n"
    )
    dates = [c.date.iso for ex in built.extractions for cit in ex.citations for c in cit.communications if c.date]
    assert dates.count("1957-05-12") == 1


# §9 backrefs: Ibid. entries after a December entry are of the next year


def test_ibid_entries_across_new_year(tmp_path):  # d1–d2
    comms, _ = _second(
        tmp_path,
        "Diary of Stefan Staszewski, 30 December 1956, AAN, sygn. 1/14.",
        "Ibid., entries for 2 and 5 January.",
    )
    assert [d for kind, d, _ in comms if kind == "diary_entry"] == ["1957-01-02", "1957-01-05"]
