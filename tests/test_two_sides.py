"""A conversation that names one person and no other side keeps its unnamed recorder, so the graph's
shapes (a conversation has two parties, named or by role) hold on every note."""

from __future__ import annotations

from kg1956.extract.citations import extract_note
from kg1956.extract.two_sides import RECORDER
from kg1956.models import Note


def _comms(text: str):
    return [c for cit in extract_note(Note("t", 1, text, 1)).citations for c in cit.communications]


def test_a_record_of_a_talk_with_one_named_person_after_ibid_keeps_its_recorder():
    first = "Запись беседы посла СССР в Австрии с Ю. Раабом, 20 марта 1955 г. // АВП РФ. Ф. 066. Оп. 35. П. 176. Д. 4. Л. 10–12."
    (comm,) = _comms(first)
    assert [p.mention.text for p in comm.participants] == ["Ю. Раабом"]
    ibid = "Там же. Л. 22–24 (запись беседы с Л. Фиглем 26 марта 1955 г.)."
    (comm,) = _comms(ibid)
    assert [p.mention.text for p in comm.participants] == ["Л. Фиглем"]
    assert comm.unnamed == (RECORDER,)


def test_a_conversation_with_two_named_sides_gets_no_recorder():
    (comm,) = _comms(
        "Record of conversation of V.V. Kuznetsov with Zhou Enlai, 3 March 1960, AVPRF, f. 0100, op. 53, d. 2."
    )
    assert comm.unnamed == ()
