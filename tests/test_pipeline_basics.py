"""The seed corpus scored against its hand-made gold file through `kg1956.evaluate`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg1956.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "lankov-selivanov-2018.gold.json"
PREFIXES = """
PREFIX kg: <https://w3id.org/kg1956/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@pytest.fixture(scope="module")
def result(seed):
    return seed


def test_every_gold_communication_found_and_none_invented(result):
    ev = evaluate(GOLD, result=result)
    comms = next(s for s in ev.scores if s.name == "communications")
    assert ev.missed["communications"] == []
    assert ev.extra["communications"] == []
    assert comms.true_positives == comms.expected > 0


def test_locators_and_roles_match_gold(result):
    ev = evaluate(GOLD, result=result)
    assert ev.missed["archival locators"] == [] and ev.extra["archival locators"] == []
    assert ev.missed["roles"] == [] and ev.extra["roles"] == []


def test_no_wrong_person_merges(result):
    ev = evaluate(GOLD, result=result)
    assert ev.extra["people merges"] == []


def test_yi_sang_cho_spellings_are_one_person(result):
    rows = list(
        result.graph.query(
            PREFIXES
            + """
        SELECT DISTINCT ?p WHERE { ?p a kg:Person ; skos:prefLabel|skos:altLabel ?l .
          FILTER (?l IN ("Yi Sang-cho", "Yi Sang-jo", "Li Sang-cho", "Li San-cho")) }"""
        )
    )
    assert len(rows) == 1


def test_note_41_attests_the_conversation_of_note_39(result):
    rows = list(
        result.graph.query(
            PREFIXES
            + """
        SELECT ?c WHERE { ?c a kg:Conversation ; kg:date "1956-11-28"^^xsd:date ;
          prov:wasDerivedFrom ?n39, ?n41 . ?n39 kg:noteNumber 39 . ?n41 kg:noteNumber 41 }"""
        )
    )
    assert len(rows) == 1


def test_name_doubt_is_kept(result):
    ask = result.graph.query(
        PREFIXES
        + """
        ASK { ?p skos:prefLabel "Ho Do Din" ; kg:nameUncertain true ; kg:nameComment ?c }"""
    )
    assert ask.askAnswer


def test_extraction_on_both_cores_gives_what_one_core_gives(seed):
    """Large inputs are extracted in forked workers: same extractions, same order."""
    from dataclasses import replace

    from kg1956.pipeline import PARALLEL_MIN_NOTES, extract_notes

    notes = [
        replace(note, number=i + 1)
        for i, note in enumerate(
            n for _ in range(PARALLEL_MIN_NOTES // len(seed.sources[0].notes) + 1) for n in seed.sources[0].notes
        )
    ]
    assert len(notes) >= PARALLEL_MIN_NOTES
    parallel = extract_notes(notes, workers=2)
    assert parallel == extract_notes(notes, workers=1)
    assert sum(len(ex.citations) for ex in parallel) > len(notes)


def _killed_worker(bounds):
    os._exit(9)  # as the kernel's out-of-memory killer would end it


def test_a_killed_extraction_worker_does_not_hang_the_build(seed, monkeypatch):
    """A worker killed mid-way (the system short of memory) once left the build waiting for
    ever; now the notes are extracted in the main process instead, with the same result."""
    from dataclasses import replace

    from kg1956 import pipeline

    notes = [replace(n, number=i + 1) for i, n in enumerate(seed.sources[0].notes * 4)]
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_NOTES", 10)
    monkeypatch.setattr(pipeline, "_extract_range", _killed_worker)
    assert pipeline.extract_notes(notes, workers=2) == pipeline.extract_notes(notes, workers=1)


def test_notes_past_9999_are_read_and_one_copy_cited_twice_keeps_one_locator_text(tmp_path):
    """A long book (or several) runs past note 9,999; two "Ibid., l. 115." notes name one
    archival copy, which keeps the locator text of the first (found by the 30,000-note
    benchmark: the copy had two kg:locatorText values and the graph failed its shapes)."""
    from kg1956.pipeline import build
    from kg1956.validate import validate_graph

    path = tmp_path / "long.txt"
    path.write_text(
        "# title: T\n\n"
        "9998 Telegram from A.T. Makarov to the CPSU Central Committee, 27.02.1950. "
        "RGANI, f. 3, op. 12, d. 1005, l. 7.\n\n"
        "9999 Ibid., l. 115.\n\n10000 Ibid., l. 115.\n\n"
        "10001 Letter from Kim Il Sung to N.S. Khrushchev, 3 May 1957. RGANI, f. 5, op. 28, d. 486, l. 4.\n",
        encoding="utf-8",
    )
    result = build([path])
    assert [n.number for n in result.sources[0].notes] == [9998, 9999, 10000, 10001]
    assert len(result.extractions[-1].citations) == 1
    report = validate_graph(result.triples)
    assert report.conforms, report.lines()


def test_spellings_scanned_on_both_cores_are_what_one_core_finds(seed, monkeypatch):
    """On large inputs the later half of the notes is scanned for spellings in a forked
    child: the same finds, in the same order, naming the very notes given."""
    from kg1956 import pipeline
    from kg1956.forked import can_fork
    from kg1956.spellings import find_more_spellings

    notes = [n for s in seed.sources for n in s.notes]
    mentions = pipeline._mentions(seed.extractions)
    alone = find_more_spellings(notes, mentions)
    assert len(alone) > 10 and alone[-1][0] in notes[len(notes) // 2 :]  # the child has finds to send
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_NOTES", 10)
    both = pipeline.more_spellings(notes, mentions)
    assert both == alone
    if can_fork():
        assert all(any(note is n for n in notes) for note, _ in both)


def test_a_failing_spellings_child_fails_the_build_with_its_error(seed, monkeypatch):
    from kg1956 import pipeline
    from kg1956.forked import can_fork

    if not can_fork():
        pytest.skip("the platform does not fork")
    notes = [n for s in seed.sources for n in s.notes]
    mentions = pipeline._mentions(seed.extractions)

    def failing(notes_, mentions_):
        if notes_[0] is not notes[0]:  # the child's half
            raise ValueError("bad half")
        return []

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_NOTES", 10)
    monkeypatch.setattr(pipeline, "find_more_spellings", failing)
    with pytest.raises(ValueError, match="^bad half$"):
        pipeline.more_spellings(notes, mentions)
