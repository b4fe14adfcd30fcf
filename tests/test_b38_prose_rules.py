"""The loose reading of talks told with a party as the sentence's subject, widened across blind sets
18, 27, 29, 31, 33, 38 and 39 (issue #3, mechanism PROSE), on notes of our own: more verbs of
meeting ("saw", "was received by", "opened the talks", the Polish, Czech, German, Romanian and
Italian verbs); an office in brackets after the subject; a day without its year dated by the next
full date of its clause; a following sentence that opens by naming the talk's record; a message
"reporting what X had told Y"; a state abbreviation inside a record title; a message a rule read that
reports, in its clause, a talk told with its own date; the subject of "in conversation with" (English,
Polish, German, Russian). Each rule has negatives."""

from __future__ import annotations

import pytest
from conftest import participant_roles, sorted_communications


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Gromyko saw Foreign Minister Rapacki again at the Foreign Ministry on 14 March 1963; AVPRF, f. 0122, op. 47, p. 350, "
            "d. 8, ll. 20–27.",
            [("1963-03-14", ["Gromyko", "Rapacki"])],
        ),
        (
            "Novotný had seen First Secretary Ulbricht in Berlin on 9 July 1961 (SAPMO-BArch, DY 30/3509, Bl. 4–9).",
            [("1961-07-09", ["Novotný", "Ulbricht"])],
        ),
        (
            "Ambassador Kiselev was received by Nasser on 2 February 1958; AVPRF, f. 087, op. 21, p. 43, d. 6, "
            "ll. 11–15.",
            [("1958-02-02", ["Kiselev", "Nasser"])],
        ),
        (
            "Novotný přijal Zimjanina 12. května 1960, AMZV, TO-T 1960–1964, SSSR, k. 3, obal 2, č.j. 0211/60.",
            [("1960-05-12", ["Novotný", "Zimjanina"])],
        ),
        (
            "Maurer a primit pe Liu Fang la 3 martie 1962, ANIC, fond CC al PCR – Relații Externe, dosar 8/1962, "
            "f. 1–6.",
            [("1962-03-03", ["Liu Fang", "Maurer"])],
        ),
        (
            "Zorin and Kroll opened the talks in Bonn on 6 March 1958: AVPRF, f. 0757, op. 3, p. 12, d. 5, ll. 1–14.",
            [("1958-03-06", ["Kroll", "Zorin"])],
        ),
        (
            "Novotný a Chruščov se setkali v Bratislavě 25. srpna 1960, AMZV, TO-T 1960–1964, SSSR, k. 4, obal 1, "
            "č.j. 0301/60.",
            [("1960-08-25", ["Chruščov", "Novotný"])],
        ),
    ],
)
def test_more_verbs_of_meeting(text, talks):
    assert sorted_communications(text) == talks


@pytest.mark.parametrize(
    "text",
    [
        "Khrushchev saw Mao as his chief rival by 1958 (AVPRF, f. 0100, op. 51, p. 430, d. 2, ll. 1–4).",
        "Gromyko saw the draft on 3 May 1962 before it went to the Presidium (AVPRF, f. 0129, op. 46, p. 300, "
        "d. 2, ll. 5–9).",
        "Ulbricht saw no reason on 3 May 1961 to change course (SAPMO-BArch, DY 30/3510, Bl. 2).",
        "Ulbricht saw Leuna on 3 May 1962 (SAPMO-BArch, DY 30/3510, Bl. 7).",
        "Zhou Enlai was received by cheering crowds in Rangoon on 3 December 1960 (AVPRF, f. 096, op. 14, p. 23, "
        "d. 2, ll. 9–10).",
        "Kekkonen would have received Khrushchev at Tamminiemi on 5 September 1960, had the visit not been "
        "postponed (AVPRF, f. 0135, op. 44, p. 245, d. 1, ll. 2–3).",
        'Mikoyan and Ulbricht held talks "on a new basis," the Pravda of 29 November 1958 wrote '
        "(SAPMO-BArch, DY 30/3508, Bl. 60).",
    ],
)
def test_no_talk_seen_or_held(text):
    assert sorted_communications(text) == []


def test_an_office_in_brackets_after_the_subject():
    text = (
        "Adam Rapacki (Minister of Foreign Affairs) received A.B. Aristov on 8 May 1962: AMSZ, z. 6, w. 12, t. 104, "
        "k. 3–9."
    )
    assert sorted_communications(text) == [("1962-05-08", ["A.B. Aristov", "Adam Rapacki"])]
    assert ("Adam Rapacki", "Minister of Foreign Affairs") in participant_roles(text)
    mutual = (
        "Enver Hoxha (First Secretary) and Liu Shaoqi met at the Kremlin on 9 November 1960: AQSH, F. 14/AP, "
        "M-PKK, V. 1960, D. 22, fl. 4–18."
    )
    assert sorted_communications(mutual) == [("1960-11-09", ["Enver Hoxha", "Liu Shaoqi"])]


def test_a_bracket_and_a_verb_of_no_meeting():
    text = "Rapacki (Minister of Foreign Affairs) proposed to receive Lange on 4 May 1960 (AMSZ, z. 6, w. 14, t. 110, k. 2)."
    assert sorted_communications(text) == []


def test_a_day_takes_the_year_of_the_next_date_in_its_clause():
    text = (
        "Zhou Enlai saw Ambassador Chervonenko on 3 October, six days before his own journey to Hanoi of 9 October 1961; "
        "AVPRF, f. 0100, op. 54, p. 466, d. 8, ll. 101–111."
    )
    assert sorted_communications(text) == [("1961-10-03", ["Chervonenko", "Zhou Enlai"])]


def test_no_year_from_an_earlier_month():
    text = (
        "Kosygin received Lebedev on 30 December, three weeks before the session of 20 January 1965 "
        "(AVPRF, f. 0135, op. 49, p. 260, d. 2, ll. 4–9)."
    )
    assert sorted_communications(text) == []


def test_the_next_sentence_names_the_record():
    text = "Harriman saw Premier Khrushchev on 23 June 1959. The Soviet minutes are in APRF, f. 3, op. 64, d. 1221, ll. 1–18."
    assert sorted_communications(text) == [("1959-06-23", ["Harriman", "Khrushchev"])]
    cabled = (
        "Kekkonen received Zakharov at Tamminiemi on 6 June 1962. Zakharov's cable to Gromyko, 7 June 1962, "
        "AVPRF, f. 0135, op. 46, p. 253, d. 5, ll. 14–19."
    )
    assert ("1962-06-06", ["Kekkonen", "Zakharov"]) in sorted_communications(cabled)


def test_the_next_sentence_is_another_statement():
    text = (
        "Ulbricht received Perwuchin at Pankow on 14 March 1962. Otherwise the embassy heard little "
        "(SAPMO-BArch, DY 30/3387, Bl. 22)."
    )
    assert sorted_communications(text) == []


def test_reporting_what_one_side_had_told_the_other():
    text = (
        "“Cable from the embassy in Algiers,” 4 March 1965, AVPRF, f. 0590, op. 9, p. 21, d. 4, ll. 3–6, "
        "reporting what Ben Bella had told Pegov on 3 March 1965."
    )
    assert sorted_communications(text) == [("1965-03-03", ["Ben Bella", "Pegov"])]
    press = (
        "Telegram from Cairo, 4 March 1965, AMVnR, op. 21p, a.e. 216, l. 5, reporting what the press had told "
        "the public on 3 March 1965."
    )
    assert sorted_communications(press) == []


def test_a_state_abbreviation_in_the_record_title_is_no_other_party():
    text = (
        "Kosygin saw Ambassador Vavruška on 2 April 1964; the Soviet record (\"Zapis' besedy A.N. Kosygina s poslom ChSSR "
        'A. Vavrushkom") is in AVPRF, f. 0138, op. 45, p. 110, d. 3, ll. 6–12.'
    )
    assert sorted_communications(text) == [("1964-04-02", ["Kosygin", "Vavruška"])]
    other = (
        "Kosygin saw Ambassador Vavruška on 2 April 1964; the Soviet record (\"Zapis' besedy A.N. Kosygina s poslom ChSSR "
        'O. Kleinom") is in AVPRF, f. 0138, op. 45, p. 110, d. 3, ll. 6–12.'
    )
    assert sorted_communications(other) == []


def test_a_message_read_by_a_rule_and_the_talk_it_reports():
    text = (
        "Abrasimov's telegram to Gromyko, 14 August 1961, reporting Ulbricht's remarks to Pervukhin at the Pankow "
        "reception of 13 August, AVPRF, f. 0742, op. 6, p. 46, d. 4, ll. 1–3."
    )
    assert sorted_communications(text) == [
        ("1961-08-13", ["Pervukhin", "Ulbricht"]),
        ("1961-08-14", ["Abrasimov", "Gromyko"]),
    ]


def test_a_talk_read_by_a_rule_is_not_read_again():
    text = (
        "Record of conversation of Pervukhin with Ulbricht, 13 August 1961, AVPRF, f. 0742, op. 6, p. 46, d. 5, "
        "ll. 2–9; Ulbricht received Pervukhin at Pankow on 13 August 1961 and spoke of the border."
    )
    assert sorted_communications(text) == [("1961-08-13", ["Pervukhin", "Ulbricht"])]


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "Dorticós, in a brief conversation with Alekseev on 6 December 1962, spoke of the inspections "
            "(AVPRF, f. 0104, op. 18, p. 124, d. 10, ll. 4–9).",
            [("1962-12-06", ["Alekseev", "Dorticós"])],
        ),
        (
            "Cyrankiewicz w rozmowie z Ponomarenką 3 marca 1957 r. mówił o kredytach (AAN, KC PZPR, sygn. XI A/11, "
            "k. 2–6).",
            [("1957-03-03", ["Cyrankiewicz", "Ponomarenką"])],
        ),
        (
            "Ulbricht und Grotewohl im Gespräch mit Perwuchin am 2. Februar 1960 (SAPMO-BArch, DY 30/3386, Bl. 40–44).",
            [("1960-02-02", ["Grotewohl", "Perwuchin", "Ulbricht"])],
        ),
        (
            "Ю. Цэдэнбал и Ж. Самбу в беседе с Хворостухиным 14 апреля 1959 г. просили о кредите "
            "(АВП РФ. Ф. 0111. Оп. 41. П. 220. Д. 5. Л. 30–34).",
            [("1959-04-14", ["Ж. Самбу", "Хворостухиным", "Ю. Цэдэнбал"])],
        ),
    ],
)
def test_the_subject_of_in_conversation_with(text, talks):
    assert sorted_communications(text) == talks


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese, in conversation with Stoichev on 20 November 1962, blamed Moscow (AMVnR, op. 18, a.e. 1191, "
        "ll. 3–8).",
        "His deputy, in conversation with Stoichev on 20 November 1962, blamed Moscow (AMVnR, op. 18, a.e. 1191, "
        "ll. 3–8).",
        "Он в беседе с Пузановым 12 мая 1959 г. говорил о плане (АВП РФ. Ф. 0102. Оп. 15. П. 81. Д. 7. Л. 3–5).",
        "Novotný, in talks with journalists on 5 May 1960, praised the plan (AMZV, TO-T 1960–1964, SSSR, k. 5, "
        "obal 3, č.j. 0412/60).",
    ],
)
def test_no_named_subject_of_in_conversation_with(text):
    assert sorted_communications(text) == []
