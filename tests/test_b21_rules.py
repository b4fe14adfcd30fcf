"""Forms first read from blind set 21 (issue #3), on notes of our own: a talk told "on the evening
of" a day, and a writer's talk "the same day" as the message that tells of it."""

from __future__ import annotations

import pytest
from conftest import note_communications, participant_roles

CALL = "AMZV, TO-T 1960–1964, OSN, k. 7, obal 3, č.j. 027.944/62"


@pytest.mark.parametrize("part", ["evening", "morning", "night"])
def test_a_talk_told_on_part_of_a_day_takes_that_day(part):
    note = (
        f"On the {part} of Nov. 2, 1962, Raúl Roa told Pavlíček that the bases were gone "
        f"(record of conversation, {CALL})."
    )
    assert note_communications(note) == [("1962-11-02", ["Pavlíček", "Raúl Roa"])]


def test_a_writers_talk_the_same_day_as_his_telegram_is_both():
    note = (
        "Karel Kurka, Czechoslovak ambassador in Washington, on his talk with Dean Rusk the same day, "
        f"telegram no. 902, Nov. 5, 1962, {CALL}."
    )
    assert sorted(note_communications(note)) == [
        ("1962-11-05", ["Dean Rusk", "Karel Kurka"]),
        ("1962-11-05", ["Karel Kurka"]),
    ]
    assert ("Karel Kurka", "Czechoslovak ambassador in Washington") in participant_roles(note)


@pytest.mark.parametrize(
    "note",
    [
        # a day named in prose without "on": no day of the talk, and the bracket dates nothing told
        f"Later that evening Raúl Roa told Pavlíček that the bases were gone (record of conversation, {CALL}).",
        # "the same day" without a message after it: the head is not this form
        f"Karel Kurka, Czechoslovak ambassador in Washington, on his talk with Dean Rusk the same day, {CALL}.",
    ],
)
def test_nearby_forms_give_no_talk_on_a_guessed_day(note):
    assert note_communications(note) == []


def test_a_russian_message_with_its_number_before_the_date():
    note = "Шифртелеграмма посла П.Ф. Юдина № 2214 от 3 марта 1958 г. // АВП РФ. Ф. 0100. Оп. 51. Д. 6. Л. 4–6."
    assert note_communications(note) == [("1958-03-03", ["П.Ф. Юдина"])]


def test_a_party_committee_by_its_initials_is_the_addressee_after_the_writer():
    note = "Письмо М.А. Суслова ЦК КПК, 9 мая 1960 г. // РГАНИ. Ф. 2. Оп. 1. Д. 470. Л. 3–5."
    assert note_communications(note) == [("1960-05-09", ["М.А. Суслова", "ЦК КПК"])]


def test_a_ministrys_department_is_no_writer_to_the_ministry():
    note = "Справка Дальневосточного отдела МИД СССР о торговле, 14.III.1958 // АВП РФ. Ф. 0100. Оп. 51. Д. 9. Л. 4."
    assert ("1958-03-14", ["МИД СССР"]) not in note_communications(note)
    assert all("МИД СССР" not in people for _, people in note_communications(note))
