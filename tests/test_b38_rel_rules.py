"""Relative dates read across blind sets 15–39 (issue #3, the RELDATE mechanism), on notes of our
own: a message's talk on a day counted from the message's ("the previous evening", "that day",
"two days earlier", "накануне", "am Vortag", "poprzedniego dnia", "předchozího dne", "la veille"),
in its head or in a later sentence whose subject is the writer; a message "of the same day"
(by a possessive, the record before, or a verb: "the same day he cabled Y"); a further talk of the
same people on a day counted forward. Each rule has negative cases."""

from __future__ import annotations

import pytest

from kg1956.extract.citations import extract_note
from kg1956.extract.rel_day_words import NEXT_DAY, REL_DAY, days_back, days_on
from kg1956.models import Note


def comms(text: str) -> list[tuple[str, str | None, list[str]]]:
    """(kind, ISO date, sorted participant texts) of every communication the note yields, sorted."""
    return sorted(
        (c.kind, c.date.iso if c.date else None, sorted(p.mention.text for p in c.participants))
        for cit in extract_note(Note("t", 1, text, 1)).citations
        for c in cit.communications
    )


def talks(text: str) -> list[tuple[str | None, list[str]]]:
    return [(d, p) for k, d, p in comms(text) if k == "conversation"]


@pytest.mark.parametrize(
    ("phrase", "back"),
    [
        ("the previous evening", 1),
        ("the day before", 1),
        ("earlier that day", 0),
        ("that afternoon", 0),
        ("three days earlier", 3),
        ("a week earlier", 7),
        ("накануне", 1),
        ("в тот же день", 0),
        ("am Vortag", 1),
        ("tags zuvor", 1),
        ("poprzedniego dnia", 1),
        ("tego samego dnia", 0),
        ("předchozího dne", 1),
        ("téhož dne", 0),
        ("la veille", 1),
        ("előző nap", 1),
    ],
)
def test_relative_day_words(phrase, back):
    m = REL_DAY.search(f"x {phrase} y")
    assert m is not None and m.group(0) == phrase
    assert days_back(m) == back


@pytest.mark.parametrize("text", ["the previous chapter", "that daybreak", "the same way", "the veiled threat"])
def test_no_relative_day_in_other_words(text):
    assert REL_DAY.search(text) is None


@pytest.mark.parametrize(
    ("phrase", "on"), [("the next day", 1), ("the following morning", 1), ("two days later", 2), ("le lendemain", 1)]
)
def test_forward_day_words(phrase, on):
    m = NEXT_DAY.search(f"x {phrase} y")
    assert m is not None and days_on(m) == on


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4, "
            "on his talk with Osvaldo Dorticós the previous afternoon.",
            [("1961-05-10", ["Osvaldo Dorticós", "Soldatov"])],
        ),
        (
            "Telegram, Bohlen to Dulles, 3 July 1956, NA, RG 59, 661.00/7-356, describing his meeting that "
            "morning with Marshal Zhukov.",
            [("1956-07-03", ["Bohlen", "Zhukov"])],
        ),
        (
            "Letter, Firiubin to Khrushchev, 9 June 1958, AVPRF, f. 0144, op. 42, p. 9, d. 2, ll. 1–3, on his "
            "conversation with Tito four days earlier.",
            [("1958-06-05", ["Firiubin", "Tito"])],
        ),
        (
            "Fernschreiben Botschafter König an Außenminister Bolz, 2.4.1958, PA AA, MfAA, A 6001, Bl. 5–7, "
            "über seine Unterredung mit Zhou Enlai am Vortag.",
            [("1958-04-01", ["König", "Zhou Enlai"])],
        ),
        (
            "Szyfrogram ambasadora Kiryluka z Pekinu, 6 V 1958, AMSZ, z. 8/44, w. 12, t. 80, k. 9–11, "
            "o rozmowie z Chen Yi poprzedniego dnia.",
            [("1958-05-05", ["Chen Yi", "Kiryluka"])],
        ),
    ],
)
def test_message_head_reports_the_writers_talk_on_a_relative_day(text, expected):
    assert talks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4. "
            "Soldatov had called on Fidel Castro the day before.",
            [("1961-05-10", ["Fidel Castro", "Soldatov"])],
        ),
        (
            "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4. "
            "He had been received by Fidel Castro two days earlier.",
            [("1961-05-09", ["Fidel Castro", "Soldatov"])],
        ),
        (
            "Шифртелеграмма А.И. Алексеева в МИД СССР, 14 марта 1962 г. // АВП РФ. Ф. 0104. Оп. 18. П. 7. Д. 3. "
            "Л. 5–7. Алексеев сообщал о беседе с Р. Кастро, состоявшейся накануне.",
            [("1962-03-13", ["А.И. Алексеева", "Р. Кастро"])],
        ),
        (
            "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4. "
            "He had handed the Soviet note to Fidel Castro the previous evening.",
            [("1961-05-10", ["Fidel Castro", "Soldatov"])],
        ),
        (
            "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4, reporting that "
            "he had met Raúl Castro that morning.",
            [("1961-05-11", ["Raúl Castro", "Soldatov"])],
        ),
    ],
)
def test_later_sentence_of_the_writer_tells_his_talk(text, expected):
    assert talks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # hearsay: what another told someone
        "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4, reporting what "
        "Fidel Castro had told the Czechoslovak envoy the day before.",
        # the sentence's subject is not the writer
        "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4. "
        "Che Guevara had seen Fidel Castro the day before.",
        # an office, no one named
        "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4, on his talk "
        "with the Minister of Industry the previous afternoon.",
        # a paper handed to a body, not a person
        "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4, reporting that "
        "he had delivered the note to the Foreign Ministry that morning.",
        # a thing seen, not a person
        "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4. "
        "Soldatov had seen the parade the day before.",
    ],
)
def test_no_talk_of_the_writer(text):
    assert talks(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4, on a conversation "
            "between Fidel Castro and the Czechoslovak envoy the previous day.",
            [("1961-05-10", ["Fidel Castro"])],
        ),
        (
            "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4, reporting Raúl Castro's talk with "
            "Che Guevara earlier that day.",
            [("1961-05-11", ["Che Guevara", "Raúl Castro"])],
        ),
        # a cipher telegram that names no writer: the talk it reports still is one
        (
            "Rejtjeltávirat [cipher telegram], Hanoi, 4 March 1965, no. 31, on Pham Van Dong's briefing of the "
            "socialist envoys the previous day, MOL, XIX-J-1-j, Vietnam, 1965, 2. doboz, 1/a, 001402/1965.",
            [("1965-03-03", ["Pham Van Dong"])],
        ),
        (
            "Rejtjeltávirat [cipher telegram], Hanoi, 4 March 1965, no. 32, on the parade the previous day, MOL, "
            "XIX-J-1-j, Vietnam, 1965, 2. doboz, 1/a, 001403/1965.",
            [],
        ),
        # an office alone: no one named
        (
            "Cable, Soldatov to Gromyko, 11 May 1961, AVPRF, f. 0104, op. 16, p. 5, d. 3, ll. 2–4, on a conversation "
            "between the Cuban minister and the Czechoslovak envoy the previous day.",
            [],
        ),
    ],
)
def test_anothers_talk_without_the_writer(text, expected):
    assert talks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Firiubin's talk with Tito on 3 June 1958 is summarised in his cable of the same day, AVPRF, f. 0144, "
            "op. 42, p. 9, d. 2, ll. 4–6.",
            ("telegram", "1958-06-03", ["Firiubin"]),
        ),
        (
            "Record of conversation, Firiubin with Tito, 3 June 1958, AVPRF, f. 0144, op. 42, p. 9, d. 2, ll. 1–3; "
            "Firiubin's report to Gromyko of the same evening, ibid., ll. 4–6.",
            ("report", "1958-06-03", ["Firiubin", "Gromyko"]),
        ),
        (
            "Letter, Khrushchev to Tito, 3 June 1958, APRF, f. 3, op. 66, d. 10, ll. 1–5. The same day he cabled "
            "Kardelj.",
            ("telegram", "1958-06-03", ["Kardelj", "Khrushchev"]),
        ),
    ],
)
def test_message_of_the_same_day(text, expected):
    assert expected in comms(text)


@pytest.mark.parametrize(
    "text",
    [
        # the press, a body, a speech: no message of a person
        "Record of conversation, Firiubin with Tito, 3 June 1958, AVPRF, f. 0144, op. 42, p. 9, d. 2, ll. 1–3; "
        "Borba's report of the same day.",
        "Record of conversation, Firiubin with Tito, 3 June 1958, AVPRF, f. 0144, op. 42, p. 9, d. 2, ll. 1–3; "
        "the Presidium's resolution of the same day, RGANI, f. 3, op. 14, d. 20, l. 2.",
        # the same day something else happened
        "Letter, Khrushchev to Tito, 3 June 1958, APRF, f. 3, op. 66, d. 10, ll. 1–5. The same day Yugoslav "
        "papers printed the speech.",
        # "его" after a talk: whose message is not said
        "Беседа Тито с В.А. Фирюбиным 3 июня 1958 г. изложена в его письме от того же числа // АПРФ. Ф. 3. "
        "Оп. 66. Д. 10. Л. 1.",
    ],
)
def test_no_message_of_the_same_day(text):
    others = [c for c in comms(text) if c[0] != "conversation" and c[2] != ["Khrushchev", "Tito"]]
    assert others == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Record of conversation, Firiubin with Tito, 3 June 1958, AVPRF, f. 0144, op. 42, p. 9, d. 2, ll. 1–3; "
            "another meeting between the two took place the next day, ibid., ll. 4–9.",
            ("1958-06-04", ["Firiubin", "Tito"]),
        ),
        (
            "Record of conversation between Firiubin and Tito, 3 June 1958, AVPRF, f. 0144, op. 42, p. 9, d. 2, "
            "ll. 1–3. The two men met again two days later.",
            ("1958-06-05", ["Firiubin", "Tito"]),
        ),
        (
            "Record of conversation between Firiubin and Tito, 3 June 1958, AVPRF, f. 0144, op. 42, p. 9, d. 2, "
            "ll. 1–3. Firiubin also saw Edvard Kardelj the following day.",
            ("1958-06-04", ["Edvard Kardelj", "Firiubin"]),
        ),
    ],
)
def test_further_talk_on_a_day_counted_forward(text, expected):
    assert expected in talks(text)


@pytest.mark.parametrize(
    "text",
    [
        # an event, not a talk
        "Record of conversation between Firiubin and Tito, 3 June 1958, AVPRF, f. 0144, op. 42, p. 9, d. 2, "
        "ll. 1–3. The congress opened the next day.",
        # someone not of the talk received a body
        "Record of conversation between Firiubin and Tito, 3 June 1958, AVPRF, f. 0144, op. 42, p. 9, d. 2, "
        "ll. 1–3. Ranković also received the Soviet delegation the next day.",
    ],
)
def test_no_further_talk(text):
    assert [d for d, _ in talks(text)] == ["1958-06-03"]
