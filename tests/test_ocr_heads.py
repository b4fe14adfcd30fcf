"""A scan's letter swaps in a record's head: "e" read for "c" and back ("Reeord", "convcrsation"),
"rn" for "m" ("Telegrarn"), read as the words they stand for, in every English head reader."""

from __future__ import annotations

from conftest import note_communications

from kg1956.extract.citations import extract_note
from kg1956.extract.kinds import kind_noun
from kg1956.models import Note


def _kinds(text: str) -> list[str]:
    return [c.kind for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]


def test_an_e_read_for_a_c_in_the_head_noun_still_names_a_record():
    assert note_communications(
        "Reeord of conversation between Iudin and Mao Zedong, 24 July 1958, AVPRF, f. 0100, op. 51, d. 6, ll. 10–12."
    ) == [("1958-07-24", ["Iudin", "Mao Zedong"])]
    assert note_communications(
        "Rccord of Conversation between the Soviet ambassador, A.A. Gromyko, and Dean Acheson, 3 May 1951."
    ) == [("1951-05-03", ["A.A. Gromyko", "Dean Acheson"])]


def test_a_c_read_for_an_e_in_the_talk_noun_still_names_a_conversation():
    assert note_communications("Record of convcrsation with Mao Zedong, 29 July 1958, AVPRF, f. 0100, op. 51.") == [
        ("1958-07-29", ["Mao Zedong"])
    ]


def test_the_kind_is_the_word_the_misreading_stands_for():
    assert _kinds("Telegrarn from Iudin to Gromyko, 30 July 1958, AVPRF, f. 0100, op. 51, d. 6, l. 20.") == ["telegram"]
    assert _kinds("Lettcr from Kim Il Sung to Khrushchev, 2 May 1957, RGANI, f. 5, op. 28, d. 410.") == ["letter"]
    assert kind_noun("Rec ord") == kind_noun("Reeord") == "record"
    assert kind_noun("Mem0randum") == "memorandum"
    assert kind_noun("speech") == "speech"  # no reading of it is a kind: the word as it is


def test_a_misread_head_word_in_a_book_title_is_still_a_book():
    assert (
        note_communications("Reeord of a Conversation: Essays on Soviet Diplomacy (Moscow: Progress, 1988), 45.") == []
    )
