"""End-to-end checks on the seed corpus, read back through SPARQL and the gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg1956.cli import app
from kg1956.evaluate import evaluate
from kg1956.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "lankov-selivanov-2018.gold.json"
PREFIXES = """
PREFIX kg: <https://w3id.org/kg1956/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@pytest.fixture(scope="module")
def result():
    return build()


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
    rows = list(result.graph.query(PREFIXES + """
        SELECT DISTINCT ?p WHERE { ?p a kg:Person ; skos:prefLabel|skos:altLabel ?l .
          FILTER (?l IN ("Yi Sang-cho", "Yi Sang-jo", "Li Sang-cho", "Li San-cho")) }"""))
    assert len(rows) == 1


def test_note_41_attests_the_conversation_of_note_39(result):
    rows = list(result.graph.query(PREFIXES + """
        SELECT ?c WHERE { ?c a kg:Conversation ; kg:date "1956-11-28"^^xsd:date ;
          prov:wasDerivedFrom ?n39, ?n41 . ?n39 kg:noteNumber 39 . ?n41 kg:noteNumber 41 }"""))
    assert len(rows) == 1


def test_name_doubt_is_kept(result):
    ask = result.graph.query(PREFIXES + """
        ASK { ?p skos:prefLabel "Ho Do Din" ; kg:nameUncertain true ; kg:nameComment ?c }""")
    assert ask.askAnswer


def test_build_is_deterministic(tmp_path):
    runner = CliRunner()
    for out in ("a", "b"):
        assert runner.invoke(app, ["build", "--out", str(tmp_path / out)]).exit_code == 0
    assert (tmp_path / "a" / "kg1956.ttl").read_bytes() == (tmp_path / "b" / "kg1956.ttl").read_bytes()


def test_who_spoke_to_whom_any_spelling(tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["build", "--out", str(tmp_path)]).exit_code == 0
    for spelling in ("Yi Sang-jo", "Li Sang-cho", "yi sang cho"):
        out = runner.invoke(app, ["who-spoke-to-whom", spelling, "--data", str(tmp_path)])
        assert out.exit_code == 0
        assert "1956-06-16  conversation  I.F. Kurdiukov" in out.stdout
    missing = runner.invoke(app, ["who-spoke-to-whom", "Nobody Atall", "--data", str(tmp_path)])
    assert missing.exit_code == 2
    js = runner.invoke(app, ["query", "conversations", "--format", "json", "--data", str(tmp_path)])
    doc = json.loads(js.stdout)
    assert doc["head"]["vars"] == [
        "conversation", "kind", "date", "participant", "participantName", "role", "note", "document"
    ]


def test_bad_input_is_one_line_error(tmp_path):
    runner = CliRunner()
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("1 Conversation of Rákosi with Kim, 1956.\n".encode("latin-1"))
    for path, needle in ((tmp_path / "missing.txt", "no such file"), (empty, "empty"), (latin, "--encoding")):
        out = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
        assert out.exit_code == 2
        assert needle in out.stderr and "Traceback" not in out.output
