"""English forms first read from blind sets 28 and 29 (issue #3), on notes of our own: a call number
ended by a comma before the record it holds (never a role or a party); an embassy "in the X" whose
report is signed, "signed by X and dated D"; where a message was written ("…, written from the
Crimea") and a body's sitting ("to the CC CPSU plenum") after an addressee; an unowned Secretariat;
a told talk's further days ("on 3 and 19 October", "… and again on 19 October", "… and, with X
present, on 4 September"); verbs of pressing a man; a reply "with" the message it answers and with a
word of tone; "Idem, D", "same, D" and 'idem, "title", D' after a record. Each rule has negative cases."""

from __future__ import annotations

import pytest
from conftest import build_notes, note_communications, note_locators, participant_roles, talks_in

_RGANI = "RGANI, f. 3, op. 12, d. 1006, ll. 3–9"


# --- a call number, a comma, then its record ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "talk"),
    [
        (f"{_RGANI}, Molotov to Stalin, cable, 12 November 1945.", ("1945-11-12", ["Molotov", "Stalin"])),
        (f"{_RGANI}, Letter of the CC CPSU to the CC PUWP, 10 October 1956.", ("1956-10-10", ["CC CPSU", "CC PUWP"])),
        (
            "VNA3, Phông Phủ Thủ tướng, hồ sơ 12, Võ Nguyên Giáp to Phạm Văn Đồng, report, 2 May 1965.",
            ("1965-05-02", ["Phạm Văn Đồng", "Võ Nguyên Giáp"]),
        ),
    ],
)
def test_a_call_number_before_a_comma_heads_its_record(text, talk):
    assert note_communications(text) == [talk]
    assert all(role is None for _, role in participant_roles(text))  # the call number is no role
    assert len(note_locators(text)) == 1


def test_a_call_number_before_a_quoted_book_is_no_record():
    text = "AVPRF, f. 06, op. 13, p. 41, d. 200, l. 7, quoted in Zubok 2007, p. 102."
    assert note_communications(text) == []
    assert note_locators(text)[0][0] == "AVPRF"


# --- signed, written from, a body's sitting -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Annual report of the Soviet Embassy in the PRC for 1959, signed by S.V. Chervonenko and dated 30 January "
        "1960, AVPRF, f. 0100, op. 53, p. 454, d. 7, ll. 1–80.",
        "Political report of the Soviet Embassy in the PRC for 1959, signed by S.V. Chervonenko, 30 January 1960, "
        "AVPRF, f. 0100, op. 53, p. 454, d. 7, ll. 1–80.",
    ],
)
def test_the_signer_of_an_embassy_report_is_its_only_party(text):
    assert note_communications(text) == [("1960-01-30", ["S.V. Chervonenko"])]


@pytest.mark.parametrize(
    "how", ["written from the Crimea", "sent from Moscow", "delivered by hand", "cabled via Beijing"]
)
def test_where_a_message_was_written_is_no_addressee(how):
    text = f"Letter from Enver Hoxha to the Politburo of the PLA, {how}, 12 November 1960, RGANI, f. 5, op. 50, d. 230."
    assert note_communications(text) == [("1960-11-12", ["Enver Hoxha", "Politburo of the PLA"])]


@pytest.mark.parametrize(
    "text",
    [
        "Suslov's report to the CC CPSU plenum, 14 February 1964, RGANI, f. 2, op. 1, d. 720, ll. 2–94.",
        "Report of Suslov to the plenum of the CC CPSU, 14 February 1964, RGANI, f. 2, op. 1, d. 720.",
    ],
)
def test_a_bodys_sitting_is_the_body(text):
    assert note_communications(text) == [("1964-02-14", ["CC CPSU", "Suslov"])]


@pytest.mark.parametrize(
    "text",
    [
        "Report of Galluzzi to the Secretariat, 4 November 1963, RGANI, f. 5, op. 55, d. 20, ll. 8–12.",
        "Carlo Galluzzi, report to the Direzione, 22 October 1963, RGANI, f. 5, op. 55, d. 20.",
        # a meeting of people, no body's sitting
        "Report of Suslov to the meeting of ambassadors, 3 March 1964, RGANI, f. 5, op. 55, d. 21, ll. 1–4.",
    ],
)
def test_an_unowned_body_or_a_meeting_of_people_is_no_party(text):
    assert len(note_communications(text)) == 1 and len(note_communications(text)[0][1]) == 1


# --- a told talk's further days ------------------------------------------------------------------

_CALL = "(AVPRF, f. 0104, op. 16, p. 112, d. 7, ll. 140–144)"


@pytest.mark.parametrize(
    "prose",
    [
        "Kudryavtsev met Raúl Roa on 3 and 19 October 1960",
        "Kudryavtsev met Raúl Roa on 3 October and again on 19 October 1960",
        "Kudryavtsev pressed Raúl Roa on the point twice, first on October 3 and again, more bluntly, on October 19, 1960",
    ],
)
def test_a_told_talk_on_two_days_is_two_talks(prose):
    talks = note_communications(f"{prose} {_CALL}.")
    assert talks == [("1960-10-03", ["Kudryavtsev", "Raúl Roa"]), ("1960-10-19", ["Kudryavtsev", "Raúl Roa"])]


def test_those_present_on_the_second_day_join_that_talk_only():
    text = f"Kudryavtsev met Raúl Roa on 3 October and, with Che Guevara present, on 19 October 1960 {_CALL}."
    assert note_communications(text) == [
        ("1960-10-03", ["Kudryavtsev", "Raúl Roa"]),
        ("1960-10-19", ["Che Guevara", "Kudryavtsev", "Raúl Roa"]),
    ]


@pytest.mark.parametrize(
    "prose",
    [
        # a day in what was said is no second talk
        "Kudryavtsev told Raúl Roa on 3 October 1960 that the ships would sail on 19 October",
        # an aside that is neither manner nor those present
        "Kudryavtsev met Raúl Roa on 3 October and, Roa later said, on 19 October 1960",
    ],
)
def test_a_later_day_that_is_no_further_talk(prose):
    assert note_communications(f"{prose} {_CALL}.") == [("1960-10-03", ["Kudryavtsev", "Raúl Roa"])]


def test_pressing_a_man_is_a_talk_pressing_a_point_or_a_capital_none():
    assert note_communications(f"Rusk pressed Dobrynin on the point on 2 May 1963 {_CALL}.") == [
        ("1963-05-02", ["Dobrynin", "Rusk"])
    ]
    assert note_communications(f"Rusk pressed the point on 2 May 1963 {_CALL}.") == []
    assert note_communications(f"Rusk pressed Hanoi on the point on 2 May 1963 {_CALL}.") == []


# --- replies ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nehru to Zhou Enlai, 14 December 1959, RGANI, f. 3, op. 14, d. 350, ll. 2–5, with Zhou Enlai's reply of "
        "26 December, ibid., ll. 6–9.",
        "Nehru to Zhou Enlai, 14 December 1959, RGANI, f. 3, op. 14, d. 350, ll. 2–5, and Zhou Enlai's cool reply "
        "of 26 December, ibid., ll. 6–9.",
        "Nehru's letter to Zhou Enlai of 14 December 1959 and Zhou Enlai's reply of 26 December: RGANI, f. 3, op. 14, "
        "d. 350, ll. 2–9.",
        "Nehru to Zhou Enlai, 14 December 1959, and Zhou Enlai's answer of 26 December, RGANI, f. 3, op. 14, d. 350.",
    ],
)
def test_a_reply_with_or_after_the_message_it_answers(text):
    assert ("1959-12-26", ["Nehru", "Zhou Enlai"]) in note_communications(text)


def test_comments_with_a_letter_are_no_reply():
    text = (
        "Tito to Khrushchev, 10 May 1955, RGANI, f. 52, op. 1, d. 508, ll. 1–4, with Ranković's comments, ibid., l. 5."
    )
    assert note_communications(text) == [("1955-05-10", ["Khrushchev", "Tito"])]


# --- idem and same with a new day ----------------------------------------------------------------


def test_idem_with_a_day_is_the_same_writers_next_message(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Pervukhin to Moscow, cable, 4 March 1959, AVPRF, f. 0742, op. 4, p. 31, d. 33, ll. 1–3.

2. Idem, 9 March 1959, ibid., ll. 7–9.

3. B.N. Ponomarev to the CC CPSU, "On the Italian party", 7 May 1962, RGANI, f. 4, op. 16, d. 1131, ll. 1–8.

4. Idem, "On the Yugoslav question", 19 May 1962, ibid., ll. 9–12.
""",
    )
    assert talks_in(built, 2) == [["Pervukhin"]]
    assert talks_in(built, 4) == [["B.N. Ponomarev"]]


def test_same_with_a_day_after_a_talk_is_the_same_talk_again(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Record of conversation between Gomułka and Khrushchev, 22 October 1958, RGANI, f. 52, op. 1, d. 600, ll. 1–20;
RGANI, f. 52, op. 1, d. 601, ll. 1–10, same, 24 October 1958.
""",
    )
    assert talks_in(built, 1) == [["Gomułka", "Khrushchev"], ["Gomułka", "Khrushchev"]]


def test_idem_names_no_one_after_a_book_or_a_talk_without_a_writer(tmp_path):
    built = build_notes(
        tmp_path,
        """
1. Record of conversation between Puzanov and Kim Il Sung, 3 May 1957, AVPRF, f. 0102, op. 13, p. 72, d. 5, ll. 1–4.

2. Idem, cable, 5 May 1957, ibid., ll. 5–6.

3. Lankov, Crisis in North Korea, p. 5.

4. Idem, 12 June 1957, ibid.

5. Idem, Khrushchev and the Third World (London, 1970), p. 5.
""",
    )
    assert talks_in(built, 2) == talks_in(built, 4) == talks_in(built, 5) == []


# --- the sides or speakers of talks listed in brackets ---------------------------------------------

_CALL_R = "RGANI, f. 52, op. 1, d. 602, ll. 1–60"


@pytest.mark.parametrize(
    "text",
    [
        f"Stenographic record of the negotiations of the CPSU and PUWP delegations (Khrushchev, Mikoyan; Gomułka, "
        f"Cyrankiewicz), 22 October 1958, {_CALL_R}.",
        f"Record of the talks at Łańsk (Khrushchev, Mikoyan; Gomułka, Cyrankiewicz), 22 October 1958, {_CALL_R}.",
        f"Record of the talks, Warsaw, 22 October 1958 (present: Khrushchev, Mikoyan; Gomułka, Cyrankiewicz), {_CALL_R}.",
    ],
)
def test_the_sides_in_brackets_before_or_after_the_date(text):
    assert note_communications(text) == [("1958-10-22", ["Cyrankiewicz", "Gomułka", "Khrushchev", "Mikoyan"])]


@pytest.mark.parametrize("lead", ["interventions of", "speeches by", "statements of"])
def test_the_speakers_of_a_session(lead):
    text = f"Minutes of the Presidium session of 4 November 1956 ({lead} Khrushchev, Suslov and Zhukov), {_CALL_R}."
    assert note_communications(text) == [("1956-11-04", ["Khrushchev", "Suslov", "Zhukov"])]


@pytest.mark.parametrize(
    "bracket", ["(Moscow; 1998)", "(copy; not signed)", "(remarks of the editor)", "(interventions of the Soviet side)"]
)
def test_a_bracket_that_lists_no_people_names_no_one(bracket):
    assert note_communications(f"Record of the talks in Moscow {bracket}, 3 May 1960, {_CALL_R}.") == []
    assert note_communications(f"Record of the talks, Moscow, 3 May 1960 {bracket}, {_CALL_R}.") == []


# --- the message that reports a talk, named after its record --------------------------------------

_CALL_A = "AVPRF, f. 0100, op. 53, p. 454, d. 10, ll. 1–5"


@pytest.mark.parametrize(
    ("tail", "message"),
    [
        ("is summarised in his cable of 4 May", ("1960-05-04", ["Chervonenko"])),
        ("reported in Chervonenko's telegram of the next day", ("1960-05-03", ["Chervonenko"])),
        ("as related in his report to Gromyko dated 9 May", ("1960-05-09", ["Chervonenko", "Gromyko"])),
        ("is recounted in his cable to Moscow of the same day", ("1960-05-02", ["Chervonenko"])),
        # a man who was no party to the talk and heard of it: his cable is a message cited all the same (blind
        # set 30's annotator lists "… is reported in Degtiar's telegram of 10 May" as Degtiar's telegram)
        ("is summarised in Gromyko's cable of 4 May", ("1960-05-04", ["Gromyko"])),
    ],
)
def test_the_message_that_reports_a_talk(tail, message):
    talks = note_communications(f"Chervonenko's conversation with Chen Yi on 2 May 1960 {tail}, {_CALL_A}.")
    assert talks == [("1960-05-02", ["Chen Yi", "Chervonenko"]), message]


@pytest.mark.parametrize(
    "tail",
    [
        "is discussed in his memoirs of 3 May",  # no message
        "is summarised in his cable of 30 April",  # before the talk
        "is summarised in TASS's cable of 4 May",  # an agency's, no man's
    ],
)
def test_no_message_reports_the_talk(tail):
    talks = note_communications(f"Chervonenko's conversation with Chen Yi on 2 May 1960 {tail}, {_CALL_A}.")
    assert talks == [("1960-05-02", ["Chen Yi", "Chervonenko"])]
