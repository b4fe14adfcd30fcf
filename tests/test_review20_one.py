"""Review 20 of mechanism ONE (lone_writer.py): the harms a reviewer found in the one-party readings,
each as what must and must not be read (cases from review20/cases-one)."""

from __future__ import annotations

import pytest
from conftest import communication_kinds, people_in, sorted_communications, together


# harm 1: one paper read twice when another rule gave it another kind
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thompson to Rusk, 6 November 1956, NARA, RG 59, CDF 1955–59, 764.00/11-656; Thompson's telegram of "
         "6 November 1956 is also quoted in FRUS, 1955–1957, vol. 25, p. 400.",
         [("1956-11-06", ["Rusk", "Thompson"])]),
        ("Andropov to the CPSU CC, 30 October 1956, APRF, f. 3, op. 64, d. 484, l. 3; the cable of Ambassador "
         "Andropov, 30 October 1956, was read at the Presidium.", [("1956-10-30", ["Andropov", "CPSU CC"])]),
        ("Thompson's cable reported that Khrushchev had already sent his letter of 26 October 1962. NARA, RG 59, "
         "CDF, 611.61/10-2762.", [("1962-10-26", ["Thompson"])]),
    ],
)  # fmt: skip
def test_one_paper_is_read_once_whatever_kind_each_rule_gave_it(text, expected):
    assert sorted_communications(text) == expected


# harm 2: a newspaper titled "Journal", "Napló", "Dnevnik" is no diary
@pytest.mark.parametrize(
    "text",
    [
        "Wall Street Journal, 5 November 1956; Thompson to Rusk, 6 November 1956, NARA, RG 59, CDF 1955–59, "
        "764.00/11-656.",
        "Esti Napló, 26 October 1956; MNL OL, XIX-J-1-j, box 12.",
        "Ljubljanski Dnevnik, 5 November 1956, p. 1; see also AJ, KPR, I-3-a/SSSR, f. 12.",
        "Providence Journal, 3 May 1957, p. 4; NARA, RG 59, CDF 1955–59, 611.61/5-357.",
    ],
)
def test_a_newspaper_titled_journal_is_no_diary(text):
    assert "diary_entry" not in {k for k, _ in communication_kinds(text)}


def test_a_possessive_journal_and_a_diary_of_x_are_still_diaries():
    assert ("diary_entry", "1956-10-29") in communication_kinds(
        "Ben-Gurion's journal, 29 October 1956, Ben-Gurion Archives, Sde Boker, p. 3."
    )
    assert ("diary_entry", "1959-03-12") in communication_kinds(
        "Napló [Diary] of Ferenc Münnich, 12 March 1959, MOL, XIX-J-1-j, 1959, 3. doboz."
    )


# harm 3: a congress or plenum speech ("report") is no message
@pytest.mark.parametrize(
    "text",
    [
        "Khrushchev's secret report of 25 February 1956 is in Reabilitatsiia: Kak eto bylo, vol. 1 (Moscow, 2000), "
        "pp. 349–67; the draft is in RGANI, f. 1, op. 2, d. 17, ll. 1–40.",
        'N.S. Khrushchev, report, 14 February 1956, in XX s"ezd KPSS: Stenograficheskii otchet (Moscow, 1956), '
        "vol. 1, pp. 9–120; RGANI, f. 1, op. 2, d. 5.",
        "In his speech Kennan's own view was that the report of Comrade Gomułka, 20 October 1956, settled the "
        "matter; AAN, KC PZPR, 237/V-23.",
        "The report by Khrushchev, 25 February 1956, was read out to party cells; RGANI, f. 1, op. 2, d. 17.",
        "Chou En-lai, report, 30 September 1956, Renmin ribao, 1 October 1956; RGANI, f. 5, op. 49, d. 12.",
    ],
)
def test_a_speech_called_report_is_no_message(text):
    assert "report" not in {k for k, _ in communication_kinds(text)}


def test_a_report_cabled_home_is_still_read():
    text = (
        "Kennan's article of July 1947 in Foreign Affairs and his report of 22 February 1946, NARA, RG 59, "
        "861.00/2-2246."
    )
    assert ("report", "1946-02-22") in communication_kinds(text)


# harm 4: a planned signature, a meeting's record, several signers
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Draft letter from Ulbricht to Khrushchev (4 May 1961), to be signed by Ulbricht on 8 May 1961, "
         "SAPMO-BArch, DY 30/3509, Bl. 1–5.", ("1961-05-08", ["Ulbricht"])),
        ("Notatka ze spotkania Gomułki z Chruszczowem, 22 X 1956, podpisał Z. Kliszko, AAN, KC PZPR, 237/V-25, "
         "k. 10.", ("1956-10-22", ["Z. Kliszko"])),
        ("Tripartite declaration, memorandum, 25 May 1950, signed by Acheson, Bevin and Schuman, NARA, RG 59, "
         "Lot 53D444, box 3.", ("1950-05-25", ["Acheson"])),
    ],
)  # fmt: skip
def test_no_signers_message_for_a_planned_signature_a_meeting_or_several_signers(text, unwanted):
    assert unwanted not in sorted_communications(text)


# harm 5: a rumour, a telegram not found on an interview's day
@pytest.mark.parametrize(
    "text",
    [
        "Kádár's speech of 4 November 1956; the rumour of Kádár's letter of 2 November 1956 to Moscow was never "
        "confirmed. MNL OL, XIX-J-1-j.",
        "Interview with Andropov's interpreter, 3 May 1992; Andropov's telegram of the same day was not found. "
        "APRF, f. 3, op. 64, d. 484.",
    ],
)
def test_no_message_rumoured_or_not_found(text):
    assert sorted_communications(text) == []


# harm 6: a seat of government or an addressee at the head is no writer
@pytest.mark.parametrize(
    "text",
    [
        "Pankow, Fernschreiben, 5. Mai 1961, PA AA, MfAA, A 17708.",
        "To Khrushchev, letter, 5 May 1961, SAPMO-BArch, DY 30/3386.",
    ],
)
def test_no_writer_that_is_a_seat_or_an_addressee(text):
    assert sorted_communications(text) == []


def test_an_addressee_at_the_head_splits_no_person(tmp_path):
    people = people_in(
        tmp_path,
        "1. Ulbricht to N. S. Khrushchev, letter, 30 November 1960, SAPMO-BArch, DY 30/3386, Bl. 12–15.\n"
        "2. To Khrushchev, letter, 5 May 1961, SAPMO-BArch, DY 30/3386.\n"
        "3. Thompson spoke with Khrushchev on 5 May 1961, NARA, RG 59, CDF 611.61/5-561.\n",
    )
    assert together(people, "Khrushchev", "N. S. Khrushchev")
    assert not any("To Khrushchev" in p for p in people)


# harm 7: a letter never sent
def test_a_letter_never_sent_is_not_read():
    text = (
        "The letter of Ambassador Bohlen on the Hungarian question, 5 November 1956, was never sent; NARA, RG 59, "
        "CDF 764.00/11-556."
    )
    assert sorted_communications(text) == []


# harm 8: a surname after "Ambassador X," is no place the record was written at
def test_a_name_after_an_ambassador_is_not_where_the_record_was_written():
    text = "Memorandum of conversation with Ambassador Menshikov, Herter, 5 May 1959, NARA, RG 59, CDF 611.61/5-559."
    assert ("1959-05-05", ["Menshikov"]) not in sorted_communications(text)
