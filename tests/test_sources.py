"""Reading notes from the forms in which pages and notes files really come: notes
sections under other headings, notes one per line, bracketed numbers, numbers alone on
their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg1956.errors import SourceError
from kg1956.pipeline import build
from kg1956.sources import load_source

NOTE_1 = (
    "Record of conversation of V.I. Ivanov (Soviet ambassador) with Kim Il Sung, 3 May 1957. "
    "AVPRF, f. 0102, op. 13, d. 5, p. 72, l. 4."
)
NOTE_2 = "Ibid., l. 9."
NOTE_3 = "Letter from Kim Il Sung to N.S. Khrushchev, 12 June 1957. RGANI, f. 5, op. 28, d. 486, l. 7."


def _page(tmp_path: Path, body: str, name: str = "page.txt") -> Path:
    path = tmp_path / name
    text = (
        "An article page\n\nSome prose of the article, with 1956 in it.\n\n" + body + "\nNotes on contributors\n\nX\n"
    )
    path.write_text(text, encoding="utf-8")
    return path


def _texts(path: Path) -> list[tuple[int, str]]:
    return [(n.number, n.text) for n in load_source(path).notes]


EXPECTED = [(1, NOTE_1), (2, NOTE_2), (3, NOTE_3)]


@pytest.mark.parametrize("heading", ["Notes", "NOTES", "Endnotes", "Footnotes", "Notes:", "Примечания", "Anmerkungen"])
def test_a_notes_section_is_found_under_the_usual_headings(tmp_path, heading):
    body = f"{heading}\n\n1. {NOTE_1}\n\n2. {NOTE_2}\n\n3. {NOTE_3}\n"
    assert _texts(_page(tmp_path, body)) == EXPECTED


def test_notes_one_per_line_without_blank_lines_are_read_apart(tmp_path):
    body = f"Notes\n1. {NOTE_1}\n2. {NOTE_2}\n3. {NOTE_3}\n"
    assert _texts(_page(tmp_path, body)) == EXPECTED


def test_bracketed_and_parenthesised_numbers_start_notes(tmp_path):
    body = f"Notes\n\n[1] {NOTE_1}\n[2] {NOTE_2}\n\n3) {NOTE_3}\n"
    assert _texts(_page(tmp_path, body)) == EXPECTED


def test_a_number_alone_on_its_line_starts_a_note_whose_text_follows(tmp_path):
    body = f"Notes\n\n1\n\n{NOTE_1}\n\n2\n{NOTE_2}\n\n3.\n{NOTE_3}\n"
    assert _texts(_page(tmp_path, body)) == EXPECTED


def test_a_wrapped_line_beginning_with_a_year_stays_in_its_note(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text("1. Letter from Kim Il Sung to N.S. Khrushchev, 12 June\n1957. RGANI, f. 5.\n2. Ibid.\n")
    notes = load_source(path).notes
    assert [n.number for n in notes] == [1, 2]
    assert notes[0].text == "Letter from Kim Il Sung to N.S. Khrushchev, 12 June 1957. RGANI, f. 5."


def test_of_several_notes_headings_the_section_with_the_notes_is_read(tmp_path):
    body = (
        f"Notes\n\nThe notes follow the references.\n\nReferences\n\nA book.\n\nEndnotes\n\n1 {NOTE_1}\n\n2 {NOTE_2}\n"
    )
    path = tmp_path / "two.txt"
    path.write_text("Contents\n\n" + body, encoding="utf-8")
    assert _texts(path) == EXPECTED[:2]


def test_a_number_with_no_text_is_reported_not_invented(tmp_path):
    path = tmp_path / "empty-note.txt"
    path.write_text(f"1. {NOTE_1}\n\n2\n\n3. {NOTE_3}\n", encoding="utf-8")
    source = load_source(path)
    assert [n.number for n in source.notes] == [1, 3]
    assert any("note 2 has no text" in w for w in source.warnings)


def test_a_page_without_numbered_notes_is_a_one_line_error(tmp_path):
    path = tmp_path / "prose.txt"
    path.write_text("Notes\n\nNothing numbered here.\n", encoding="utf-8")
    with pytest.raises(SourceError, match="no numbered notes found"):
        load_source(path)


def test_notes_one_per_line_give_the_same_graph_as_notes_apart(tmp_path):
    """The communications read from a page whose notes follow each other line by line are
    those of the same notes written apart."""
    apart = _page(tmp_path, f"Notes\n\n1. {NOTE_1}\n\n2. {NOTE_2}\n\n3. {NOTE_3}\n", "apart.txt")
    packed = _page(tmp_path, f"Notes\n1. {NOTE_1}\n2. {NOTE_2}\n3. {NOTE_3}\n", "packed.txt")
    query = """
        PREFIX kg: <https://w3id.org/kg1956/ontology#>
        SELECT ?date (COUNT(DISTINCT ?p) AS ?people) WHERE {
          ?c a kg:Communication ; kg:date ?date ; kg:participant ?p .
        } GROUP BY ?date ORDER BY ?date"""
    rows = [[tuple(map(str, row)) for row in build([path]).graph.query(query)] for path in (apart, packed)]
    assert rows[0] == rows[1]
    assert len(rows[0]) == 2


def test_a_number_run_into_its_text_starts_a_note(tmp_path):
    path = tmp_path / "tight.txt"
    path.write_text(f"1.{NOTE_1}\n\n2.{NOTE_2}\n\n[3]{NOTE_3}\n", encoding="utf-8")
    assert _texts(path) == EXPECTED


def test_a_note_of_unprintable_characters_is_still_a_note(tmp_path):
    """Found by the property test of test_bad_input: the note is kept (and reaches the
    graph), only its control characters are blanked."""
    path = tmp_path / "control.txt"
    path.write_text("1 \x08\n\n2 Ibid.\n", encoding="utf-8")
    assert [n.number for n in load_source(path).notes] == [1, 2]
