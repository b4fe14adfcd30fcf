"""An author's work cited again as "op. cit." with full stops ("Liang Wenhua. Op. cit. P. 77.",
"Батболд С. Г. Указ. соч. С. 201–233."): a page of that work, never the call number of the
archival record cited before it, and an Ibid. after it points to the work too."""

from __future__ import annotations

from pathlib import Path

from kg1956.backrefs import resolve_back_references
from kg1956.extract.op_cit import read_op_cit
from kg1956.pipeline import extract_notes
from kg1956.sources import load_source

RECORD = "1. Запись беседы П.Ф. Юдина с Мао Цзэдуном, 5 мая 1957 г. // АВП РФ. Ф. 0100. Оп. 50. П. 423. Д. 3. Л. 1–9."


def _resolved(tmp_path: Path, notes: str):
    path = tmp_path / "notes.txt"
    path.write_text("# title: t\n" + notes, encoding="utf-8")
    return resolve_back_references(extract_notes(load_source(path).notes, workers=1))


def _locators(resolved, number: int) -> list[dict]:
    return [dict(loc.fields) for ex in resolved if ex.note.number == number for c in ex.citations for loc in c.locators]


def _talks(resolved, number: int) -> int:
    return sum(len(c.communications) for ex in resolved if ex.note.number == number for c in ex.citations)


def test_op_cit_after_an_author_is_no_repeat_of_the_archival_record_before(tmp_path):
    resolved, unresolved = _resolved(
        tmp_path, RECORD + "\n\n2. Liang Wenhua. Op. cit. P. 77.\n\n3. Батболд С. Г. Указ. соч. С. 201–233.\n"
    )
    for number in (2, 3):
        assert _locators(resolved, number) == [] and _talks(resolved, number) == 0
    assert {n for n, _ in unresolved} == {2, 3}  # the author's work was never cited in full: reported, not guessed


def test_an_ibid_after_an_authors_op_cit_points_to_the_work_not_the_archive(tmp_path):
    resolved, _ = _resolved(tmp_path, RECORD + "\n\n2. Liang Wenhua. Op. cit. P. 77.\n\n3. Там же. P. 80.\n")
    assert _locators(resolved, 3) == [] and _talks(resolved, 3) == 0


def test_op_cit_finds_the_authors_work_cited_before(tmp_path):
    resolved, unresolved = _resolved(
        tmp_path,
        "1. Lüthi L. The Sino-Soviet Split. Princeton, 2008. P. 45.\n\n"
        + RECORD.replace("1. ", "2. ", 1)
        + "\n\n3. Lüthi L. Op. cit. P. 77.\n",
    )
    cited = [c for ex in resolved if ex.note.number == 3 for c in ex.citations]
    assert [(c.work.title if c.work else None, c.pages) for c in cited] == [("The Sino-Soviet Split", "77")]
    assert not unresolved


def test_an_ibid_after_a_record_still_repeats_its_call_number(tmp_path):
    resolved, _ = _resolved(tmp_path, RECORD + "\n\n2. Там же. Л. 14.\n")
    assert _locators(resolved, 2) == [{"fond": "0100", "opis": "50", "delo": "3", "papka": "423", "list": "14"}]


def test_only_a_name_before_op_cit_makes_it_an_authors_work():
    assert read_op_cit("Liang Wenhua. Op. cit. P. 77.") == ("Liang Wenhua", "77")
    assert read_op_cit("Ланьков А.Н. Указ. соч. С. 12–14.") == ("Ланьков А.Н.", "12–14")
    assert read_op_cit("Op. cit. P. 5.") is None  # no author: the work cited just before
    assert read_op_cit("Там же. P. 5.") is None
    assert read_op_cit("The Soviet Union. Op. cit. P. 5.") is None  # not a person's name


def test_op_cit_after_a_record_or_a_sentence_is_no_authors_work(tmp_path):
    """Review 13: only an author's name right before "Op. cit." keeps it in one clause with it."""
    resolved, _ = _resolved(
        tmp_path, RECORD + "\n\n2. Record of conversation, 2 April 1956. Op. cit. P. 45.\n\n3. Recorded by Iudin.\n"
    )
    assert all(loc.get("list") != "45" for loc in _locators(resolved, 2))


def test_op_cit_of_an_author_with_other_initials_is_not_his_namesakes_work(tmp_path):
    resolved, unresolved = _resolved(
        tmp_path,
        "1. Lüthi L. The Sino-Soviet Split. Princeton, 2008. P. 45.\n\n2. Lüthi M. Op. cit. P. 77.\n",
    )
    assert [c.work for ex in resolved if ex.note.number == 2 for c in ex.citations] == []
    assert 2 in {n for n, _ in unresolved}


def test_a_capital_p_after_ibid_stays_a_papka_after_an_archival_record(tmp_path):
    resolved, _ = _resolved(
        tmp_path,
        "1. Record of conversation, 2 April 1956, AVPRF, F. 0102, Op. 12, P. 68, D. 5, L. 3.\n\n2. Ibid. P. 14.\n",
    )
    assert all(loc.get("list") != "14" for loc in _locators(resolved, 2))
