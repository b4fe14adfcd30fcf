"""Counter-examples from the seventh session's review (7a, findings 15 and 19): the press or a
capital in a told clause is no party, and a remark on a record's copy is no recorder's office."""

from __future__ import annotations

import pytest
from conftest import note_communications

from kg1956.pipeline import build

CALL = "AVPRF, f. 0102, op. 13, p. 72, d. 5, l. 15"


@pytest.mark.parametrize(
    "note",
    [
        f"On 7 June 1957 Pravda and Izvestiia told Moscow that the talks had failed ({CALL}).",
        f"On 7 June 1957 Pravda told Kim Il Sung that the talks had failed ({CALL}).",
        f"On 7 June 1957 Puzanov told Moscow that the talks had failed ({CALL}).",
    ],
)
def test_the_press_or_a_capital_in_a_told_clause_is_no_talk(note):
    assert note_communications(note) == []


def test_a_told_clause_between_two_people_still_reads():
    note = f"On 7 June 1957 Puzanov told Kim Il Sung that the talks had failed ({CALL})."
    assert note_communications(note) == [("1957-06-07", ["Kim Il Sung", "Puzanov"])]


def test_a_remark_on_the_copy_is_no_office_of_the_recorder(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text(
        "T\n\n"
        f"1. Memorandum of conversation between A.M. Puzanov and Kim Il Sung, 5 May 1957, {CALL}. "
        "Recorded by V. Pelishenko, not signed.\n\n"
        f"2. Memorandum of conversation between A.M. Puzanov and Nam Il, 6 May 1957, {CALL}. "
        "Recorded by V. Pelishenko, copy to the Far Eastern Department.\n\n"
        "3. Notatka z rozmowy J. Cyrankiewicza z Zhou Enlaiem, 11 I 1957 r., AAN, KC PZPR, sygn. XI A/12, "
        "k. 3–9; notował Józef Winiewicz, wiceminister.\n\n"
        "4. Notatka z rozmowy tow. Gomułki z tow. L. Breżniewem, 5 IV 1965 r. (notował Jan Nowak, "
        "sekretarz I sekretarza KC), AAN, KC PZPR, sygn. XI A/114, k. 60–71.\n",
        encoding="utf-8",
    )
    built = build([path])
    roles = {
        (ex.note.number, t.text, t.role)
        for ex in built.extractions
        for c in ex.citations
        for comm in c.communications
        for t in comm.note_takers
    }
    assert (1, "V. Pelishenko", None) in roles and (2, "V. Pelishenko", None) in roles
    assert (3, "Józef Winiewicz", "wiceminister") in roles
    assert (4, "Jan Nowak", "sekretarz I sekretarza KC") in roles  # a Polish office of several words
