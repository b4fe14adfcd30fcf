"""English forms first read from blind sets 30 and 31 (issue #3), on notes of our own: a writer-first
paper described, numbered, glossed in brackets or addressed, or named by its title's gloss; sittings,
sessions and remarks as talks; the possessive with the apostrophe alone; a titled name with a place or
an office after it. Each rule has negative cases."""

from __future__ import annotations

import pytest
from conftest import note_communications, participant_roles

_AVPRF = "AVPRF, f. 0129, op. 43, p. 296, d. 5, ll. 10–14"


# --- a writer first, then what the paper is, said in more than one bare noun -----------------------


@pytest.mark.parametrize(
    ("text", "talk"),
    [
        (
            f"V.V. Kuznetsov (First Deputy Foreign Minister), note on the Berlin question, 14 March 1959, {_AVPRF}.",
            ("1959-03-14", ["V.V. Kuznetsov"]),
        ),
        (
            f"Iu.V. Andropov, report concerning the situation in Budapest, 28 October 1956, {_AVPRF}.",
            ("1956-10-28", ["Iu.V. Andropov"]),
        ),
        (f"Ambassador I.S. Shcherbakov, cable no. 112, 7 March 1966, {_AVPRF}.", ("1966-03-07", ["I.S. Shcherbakov"])),
        (f"Rapacki, szyfrogram [cipher telegram] nr 4711, 12 October 1962, {_AVPRF}.", ("1962-10-12", ["Rapacki"])),
        (f"Walter Ulbricht, Brief (letter), 4 May 1961, {_AVPRF}.", ("1961-05-04", ["Walter Ulbricht"])),
        (f"K.P.S. Menon, memorandum for the record, 3 June 1958, {_AVPRF}.", ("1958-06-03", ["K.P.S. Menon"])),
        (
            f"Dmitrii Ustinov, memorandum for Brezhnev, 11 January 1968, {_AVPRF}.",
            ("1968-01-11", ["Brezhnev", "Dmitrii Ustinov"]),
        ),
        (
            f'O.B. Rakhmanin, "O polozhenii" [On the situation], memorandum to the CC CPSU, 4 May 1970, {_AVPRF}.',
            ("1970-05-04", ["CC CPSU", "O.B. Rakhmanin"]),
        ),
    ],
)
def test_a_writer_first_paper_said_in_more_than_a_bare_noun(text, talk):
    assert note_communications(text) == [talk]


def test_the_number_of_a_paper_is_no_day_and_the_office_in_brackets_is_the_writers():
    text = f"V.V. Kuznetsov (First Deputy Foreign Minister), note on the Berlin question, 14 March 1959, {_AVPRF}."
    assert participant_roles(text) == [("V.V. Kuznetsov", "First Deputy Foreign Minister")]
    assert note_communications(f"Ernyei, cipher telegram no. 12, 18 January 1966, {_AVPRF}.") == [
        ("1966-01-18", ["Ernyei"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"S. Dutt, note, 30 November 1955, {_AVPRF}.",  # a bare noun says too little
        f"Iu.V. Andropov, report on his conversation with Kádár, {_AVPRF}.",  # undated
        'Gordon Hall, "Report from Peking," Pacific Affairs 44, no. 2 (1971): 10–20.',
    ],
)
def test_a_bare_noun_or_an_article_is_no_writer_first_paper(text):
    assert note_communications(text) == []


# --- a quoted title whose gloss names the paper ------------------------------------------------------


def test_a_body_with_a_title_glossed_as_a_report():
    text = (
        'Polish Embassy in Hanoi, "Notatka w sprawie sytuacji" [Memorandum on the situation], 4 March 1966, '
        "AAN, KC PZPR, sygn. 2643, k. 11–19."
    )
    assert note_communications(text) == [("1966-03-04", ["Polish Embassy in Hanoi"])]


@pytest.mark.parametrize(
    "text",
    [
        # a historian's piece: after 1991, or no call number after the date
        'Martin Lowe, "Memorandum on the Archives" [a review essay], 12 May 1999, AAN, KC PZPR, sygn. 1, k. 4.',
        'Martin Lowe, "Notatka o archiwach" [Memorandum on the archives], 12 May 1969, in his Papers, 4–9.',
        'Martin Lowe, "Notatka o archiwach" [On the archives], 12 May 1969, AAN, KC PZPR, sygn. 1, k. 4.',
    ],
)
def test_a_title_gloss_names_a_paper_only_when_archived_and_a_kind(text):
    assert note_communications(text) == []


# --- sittings, sessions and remarks as talks --------------------------------------------------------


def test_sittings_on_several_days_are_one_talk_each():
    text = f"Records of Gromyko's sittings with Rusk on 2, 5 and 9 October 1962, {_AVPRF}."
    assert note_communications(text) == [
        ("1962-10-02", ["Gromyko", "Rusk"]),
        ("1962-10-05", ["Gromyko", "Rusk"]),
        ("1962-10-09", ["Gromyko", "Rusk"]),
    ]
    assert note_communications(f"Kuznetsov's session with Qiao Guanhua, 20 October 1969, {_AVPRF}.") == [
        ("1969-10-20", ["Kuznetsov", "Qiao Guanhua"])
    ]


def test_a_remark_to_someone_dated_is_a_talk():
    assert note_communications(f"Khrushchev's remarks to Nasser, 12 May 1964, {_AVPRF}.") == [
        ("1964-05-12", ["Khrushchev", "Nasser"])
    ]
    assert note_communications(f"Stalin's remark to Kim Il Sung of 30 January 1950, {_AVPRF}.") == [
        ("1950-01-30", ["Kim Il Sung", "Stalin"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mao's remark to Khrushchev in 1958 that the bomb was a paper tiger is well known; see Lüthi, Split, 90.",
        "Mao's remark to Khrushchev on 3 August 1958 that the bomb was a paper tiger is well known; see Lüthi, 90.",
        f"Khrushchev's remarks at the reception, 7 November 1957, {_AVPRF}.",
        "The sessions went on until December without any result.",
    ],
)
def test_a_quoted_remark_or_a_speech_is_no_talk(text):
    assert note_communications(text) == []


# --- the apostrophe alone; a titled name with a place or office after it -----------------------------


def test_the_possessive_with_the_apostrophe_alone():
    assert note_communications(f"Dulles' memorandum of conversation with Molotov, 3 May 1955, {_AVPRF}.") == [
        ("1955-05-03", ["Dulles", "Molotov"])
    ]
    assert note_communications("The delegates' record of the talks is lost, and the Greeks' version is late.") == []


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            f"Record of conversation between A.A. Gromyko and Premier Zhou Enlai, Moscow airport, 8 November 1964, "
            f"{_AVPRF}.",
            [("A.A. Gromyko", None), ("Zhou Enlai", "Premier")],
        ),
        (
            f"Record of conversation between Szűcs and Major General Lê Quang Hòa, head of the delegation to the "
            f"Joint Commission, 2 March 1973, {_AVPRF}.",
            [("Szűcs", None), ("Lê Quang Hòa", "Major General")],
        ),
    ],
)
def test_a_titled_name_with_a_place_or_office_after_it(text, roles):
    assert participant_roles(text) == roles


def test_a_titled_name_before_another_name_is_no_apposition():
    # "Ambassador Liu Xiao, Chen Yi": a second name after the comma is no office or place of the first
    from kg1956.extract.names import _titled_then_apposed

    assert _titled_then_apposed("Ambassador Liu Xiao", "Chen Yi") is False
    assert _titled_then_apposed("Premier Zhou Enlai", "Moscow airport") is True
    assert _titled_then_apposed("Liu Xiao", "head of the delegation") is False


# --- a third man's message that reports a talk; one's own account of a talk --------------------------


def test_a_talk_reported_in_a_third_mans_telegram():
    text = f"Daud's conversation with Bohlen on 8 May 1956 is reported in Degtiar's telegram of 10 May, {_AVPRF}."
    assert note_communications(text) == [("1956-05-08", ["Bohlen", "Daud"]), ("1956-05-10", ["Degtiar"])]


@pytest.mark.parametrize("writer", ["TASS's", "Moscow's", "Pravda's"])
def test_a_paper_agency_or_place_reports_no_message(writer):
    text = f"Daud's conversation with Bohlen on 8 May 1956 is reported in {writer} telegram of 10 May, {_AVPRF}."
    assert note_communications(text) == [("1956-05-08", ["Bohlen", "Daud"])]


def test_ones_own_account_of_a_talk_is_its_record():
    text = f"Lewandowski's account of his talk with Pham Van Dong, 14 November 1966, {_AVPRF}."
    assert note_communications(text) == [("1966-11-14", ["Lewandowski", "Pham Van Dong"])]


@pytest.mark.parametrize(
    "text",
    [
        "Khrushchev's own account, Vospominaniia, vol. 3 (Moscow, 1999), 120–22.",
        "Khrushchev's account of the meeting in his memoirs is unreliable; see Taubman, Khrushchev, 400.",
    ],
)
def test_a_memoirs_account_is_no_record(text):
    assert note_communications(text) == []


# --- "ibid., leaves, <record head>": the next record in the file cited before --------------------------


def test_ibid_leaves_then_a_record_head():
    text = (
        "Record of conversation between Pervukhin and Ulbricht, 3 March 1958, RGANI, f. 5, op. 30, d. 171, "
        "ll. 1–6; ibid., ll. 7–12, Memorandum of conversation between Pervukhin and Grotewohl, 5 March 1958."
    )
    assert note_communications(text) == [
        ("1958-03-03", ["Pervukhin", "Ulbricht"]),
        ("1958-03-05", ["Grotewohl", "Pervukhin"]),
    ]


def test_ibid_leaves_then_a_record_quoted_elsewhere_is_the_ibid_of_the_record_before():
    text = (
        "Record of conversation between Pervukhin and Ulbricht, 3 March 1958, RGANI, f. 5, op. 30, d. 171, "
        "ll. 1–6; ibid., l. 7, Record of conversation between Pervukhin and Grotewohl, 5 March 1958, quoted in "
        "Harrison, Driving the Soviets, 90."
    )
    talks = note_communications(text)
    assert ("1958-03-05", ["Grotewohl", "Pervukhin"]) not in talks
