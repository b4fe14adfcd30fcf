"""The kg1956 command line, through typer's CliRunner.

Exit codes: 0 ok, 1 SHACL violations, 2 bad input or usage. The seed corpus is built (and
validated) once per session by the `seed_build_dir` fixture; everything else uses small
plain notes files so the suite stays fast.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from conftest import ask
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

from kg1956.cli import app

KG = Namespace("https://w3id.org/kg1956/ontology#")

CONTRACT_COLUMNS = {
    "conversations": ["conversation", "kind", "date", "participant", "participantName", "role", "note", "document"],
    "people": ["person", "name", "variant", "uncertain"],
    "roles": ["person", "name", "role", "organization", "date", "note", "kind"],
    "archival-references": ["document", "title", "repository", "fond", "opis", "delo", "papka", "list", "note"],
    "interlocutors": ["interlocutor", "interlocutorName", "date", "kind", "note"],
    "pairs": ["personA", "nameA", "personB", "nameB", "communications", "first", "last"],
}

PLAIN_NOTES = """\
# title: A small test article
# authors: Jane Doe; John Roe
# year: 2020

1 Memo of Conversation of I.F. Kurdiukov with Yi Sang-cho, 9 August 1956. AVPRF, fond 0102, opis 12, delo 4, papka 68.

2 Memo of Conversation of N.T. Fedorenko (the Deputy Foreign Minister), with Ambassador Yi Sang-cho, 5 September 1956.
"""


def run(runner, *args: str):
    return runner.invoke(app, [str(a) for a in args])


def error_lines(result) -> list[str]:
    """stderr without the '… progress' lines."""
    return [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("…")]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def plain_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("plain") / "plain-notes.txt"
    path.write_text(PLAIN_NOTES, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plain_build(runner, plain_file, tmp_path_factory):
    out = tmp_path_factory.mktemp("plain-build")
    result = run(runner, "build", plain_file, "--out", out)
    return result, out


@pytest.fixture
def good_build(plain_build, tmp_path) -> Path:
    """A private copy of a good (small) build folder, to try a bad build over it."""
    result, out = plain_build
    assert result.exit_code == 0, result.output
    dest = tmp_path / "build"
    shutil.copytree(out, dest)
    return dest


# --- build ------------------------------------------------------------------------------


def test_build_prints_the_summary_and_writes_the_graph(seed_build):
    result, out = seed_build
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.split() == ["notes", "read", "62"] for line in lines), result.stdout
    assert any(line.split() == ["conforms", "to", "shapes", "yes"] for line in lines), result.stdout
    assert (out / "kg1956.ttl").is_file()
    assert (out / "unparsed.tsv").is_file()
    graph = Graph().parse(out / "kg1956.ttl", format="turtle")
    assert len(set(graph.subjects(RDF.type, KG.Note))) == 62


def test_the_written_graph_is_the_library_graph(seed_build_dir, seed_graph):
    from rdflib.compare import isomorphic

    written = Graph().parse(seed_build_dir / "kg1956.ttl", format="turtle")
    description = Graph()
    for triple in written:
        if "/dataset" in str(triple[0]):  # the VoID/DCAT description the export adds
            description.add(triple)
    assert len(description) > 0
    assert isomorphic(written - description, seed_graph)


def test_a_plain_notes_file_with_header_lines_builds(plain_build):
    result, out = plain_build
    assert result.exit_code == 0, result.output
    assert any(line.split() == ["notes", "read", "2"] for line in result.stdout.splitlines())
    graph = Graph().parse(out / "kg1956.ttl", format="turtle")
    assert ask(
        graph,
        """ASK { ?s a kg:Source ; dcterms:title "A small test article" ; kg:authorList "Jane Doe; John Roe" .
        ?n kg:noteNumber 2 ; dcterms:isPartOf ?s }""",
    )
    assert ask(
        graph,
        """ASK { ?c a kg:Conversation ; kg:date "1956-08-09"^^xsd:date ;
        kg:recorder/skos:prefLabel "I.F. Kurdiukov" ; kg:interlocutor/skos:prefLabel "Yi Sang-cho" }""",
    )


def test_an_ibid_of_an_archival_record_builds_a_conforming_graph(runner, tmp_path):
    notes = tmp_path / "ibid.txt"
    notes.write_text(
        "1 Memo of Conversation of I.F. Kurdiukov with Yi Sang-cho, 9 August 1956. "
        "AVPRF, fond 0102, opis 12, delo 4, papka 68.\n\n2 Ibid.\n",
        encoding="utf-8",
    )
    result = run(runner, "build", notes, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output


def test_a_latin_1_file_builds_with_the_encoding_option(runner, tmp_path):
    notes = tmp_path / "latin.txt"
    notes.write_bytes("1 Letter to N.S. Khrushchev by Yi Sang-cho, 3 September 1956. Caf\u00e9.\n".encode("latin-1"))
    result = run(runner, "build", notes, "--encoding", "latin-1", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp / "latin1.txt").write_bytes(
        "1 Memo of Conversation of I.F. Kurdiukov with Yi Sang-cho, 9 August 1956. Caf\u00e9 \u00e0 Moscou.\n".encode(
            "latin-1"
        )
    )
    (tmp / "prose.txt").write_text("Just some prose about 1956.\nNo numbered notes at all.\n", encoding="utf-8")
    return {
        "missing": tmp / "does-not-exist.txt",
        "empty": tmp / "empty.txt",
        "binary": tmp / "binary.txt",
        "latin-1": tmp / "latin1.txt",
        "no-notes": tmp / "prose.txt",
    }


@pytest.mark.parametrize("kind", ["missing", "empty", "binary", "latin-1", "no-notes"])
def test_bad_input_exits_2_with_one_error_line_and_keeps_the_previous_build(runner, tmp_path, good_build, kind):
    bad = _bad_inputs(tmp_path)[kind]
    before = sha(good_build / "kg1956.ttl")
    result = run(runner, "build", bad, "--out", good_build)
    assert result.exit_code == 2, result.output
    lines = error_lines(result)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {bad}"), lines[0]
    assert "Traceback" not in result.output
    assert sha(good_build / "kg1956.ttl") == before


def test_latin_1_error_suggests_the_encoding_option(runner, tmp_path):
    bad = _bad_inputs(tmp_path)["latin-1"]
    result = run(runner, "build", bad, "--out", tmp_path / "out")
    assert "--encoding" in result.stderr
    assert not (tmp_path / "out" / "kg1956.ttl").exists()


# --- who-spoke-to-whom ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Yi Sang-jo", "Li Sang-cho", "yi sang cho", "Yi Sang-cho", "YI SANG-CHO"])
def test_who_spoke_to_whom_finds_yi_sang_cho_by_any_spelling(runner, seed_build_dir, name):
    result = run(runner, "who-spoke-to-whom", name, "--data", seed_build_dir, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()
    assert rows[0] == "date,kind,with,role,notes"
    assert any(r.startswith("1956-05-29,conversation,N.T. Fedorenko,") for r in rows), rows
    assert any(r.startswith("1956-06-16,conversation,I.F. Kurdiukov,") for r in rows), rows
    assert any(r.startswith("1956-11-28,conversation,I.F. Kurdiukov,") and r.endswith('"39, 41"') for r in rows), rows
    assert any(",letter,N.S. Khrushchev," in r and r.startswith("1956-09-03") for r in rows), rows


def test_who_spoke_to_whom_table_lists_names_and_dates(runner, seed_build_dir):
    result = run(runner, "who-spoke-to-whom", "Yi Sang-jo", "--data", seed_build_dir)
    assert result.exit_code == 0, result.output
    out = result.stdout
    for text in ["N.T. Fedorenko", "I.F. Kurdiukov", "1956-05-29", "1956-06-16", "1956-08-09", "B.N. Vereshchagin"]:
        assert text in out


def test_who_spoke_to_whom_json_is_a_list_of_records(runner, seed_build_dir):
    result = run(runner, "who-spoke-to-whom", "Nam Il", "--data", seed_build_dir, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {(r["date"], r["with"]) for r in rows} == {
        ("1957-01-04", "V.I. Pelishenko"),
        ("1957-03-09", "V.I. Pelishenko"),
    }


def test_who_spoke_to_whom_without_a_name_lists_pairs(runner, seed_build_dir):
    result = run(runner, "who-spoke-to-whom", "--data", seed_build_dir, "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == CONTRACT_COLUMNS["pairs"]


def test_who_spoke_to_whom_unknown_name_exits_2_with_one_line(runner, seed_build_dir):
    result = run(runner, "who-spoke-to-whom", "Nobody Atall", "--data", seed_build_dir)
    assert result.exit_code == 2
    lines = error_lines(result)
    assert len(lines) == 1 and lines[0].startswith("error:") and "Nobody Atall" in lines[0]
    assert result.stdout == ""


def test_who_spoke_to_whom_suggests_a_close_spelling(runner, seed_build_dir):
    result = run(runner, "who-spoke-to-whom", "I.F. Kurdukov", "--data", seed_build_dir)  # a letter short
    assert result.exit_code == 2
    assert "I.F. Kurdiukov" in result.stderr


def test_who_spoke_to_whom_without_a_build_exits_2(runner, tmp_path):
    result = run(runner, "who-spoke-to-whom", "Yi Sang-jo", "--data", tmp_path)
    assert result.exit_code == 2
    assert len(error_lines(result)) == 1


# --- query ------------------------------------------------------------------------------


def test_query_conversations_json_is_sparql_results(runner, seed_build_dir):
    result = run(runner, "query", "conversations", "--format", "json", "--data", seed_build_dir)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == CONTRACT_COLUMNS["conversations"]
    bindings = doc["results"]["bindings"]
    assert bindings
    for b in bindings:
        assert set(b) <= set(doc["head"]["vars"])
        assert {"conversation", "kind", "participant", "participantName", "note"} <= set(b)
        for term in b.values():
            assert term["type"] in {"uri", "literal", "bnode"} and isinstance(term["value"], str)
        assert b["conversation"]["type"] == "uri"
        assert b["note"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert any(
        b.get("date", {}).get("value") == "1956-06-16"
        and b["participantName"]["value"] == "I.F. Kurdiukov"
        and b.get("role", {}).get("value") == "Head of the First Far Eastern Department of the Soviet Foreign Ministry"
        for b in bindings
    )
    dated = [b["date"] for b in bindings if "date" in b]
    assert all(d["datatype"] == "http://www.w3.org/2001/XMLSchema#date" for d in dated)


def test_query_conversations_csv_has_the_header_line(runner, seed_build_dir):
    result = run(runner, "query", "conversations", "--format", "csv", "--data", seed_build_dir)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == ",".join(CONTRACT_COLUMNS["conversations"])
    assert len(lines) > 40


def test_query_conversations_tsv_has_the_header_line_and_turtle_terms(runner, seed_build_dir):
    result = run(runner, "query", "conversations", "--format", "tsv", "--data", seed_build_dir)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "\t".join(f"?{v}" for v in CONTRACT_COLUMNS["conversations"])
    first = lines[1].split("\t")
    assert len(first) == 8 and first[0].startswith("<https://")


@pytest.mark.parametrize("name", ["people", "roles", "archival-references", "pairs", "conversations"])
def test_named_query_has_the_contract_columns(runner, seed_build_dir, name):
    result = run(runner, "query", name, "--format", "json", "--data", seed_build_dir)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == CONTRACT_COLUMNS[name]
    assert doc["results"]["bindings"]


def test_query_interlocutors_takes_a_person_parameter(runner, seed_build_dir):
    result = run(
        runner, "query", "interlocutors", "-p", "person=Yi Sang-jo", "--format", "json", "--data", seed_build_dir
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == CONTRACT_COLUMNS["interlocutors"]
    names = {b["interlocutorName"]["value"] for b in doc["results"]["bindings"]}
    assert {"N.T. Fedorenko", "I.F. Kurdiukov", "Kim Il Song", "N.S. Khrushchev", "B.N. Vereshchagin"} <= names


def test_query_interlocutors_by_iri(runner, seed_build_dir):
    iri = "https://w3id.org/kg1956/person/nam-il"
    result = run(runner, "query", "interlocutors", "-p", f"person={iri}", "--format", "csv", "--data", seed_build_dir)
    assert result.exit_code == 0, result.output
    assert "V.I. Pelishenko" in result.stdout


def test_interlocutors_declares_exactly_one_parameter():
    from kg1956.query import load_query

    assert load_query("interlocutors").parameters == ("person",)


@pytest.mark.parametrize(
    "value",
    [
        'x" } UNION { ?self ?p ?o } #',
        "Yi Sang-jo' } UNION { ?s ?p ?o",
        "} UNION {",
        '{"person": 1}',
        'Yi Sang-jo"@en',
        "?self",
    ],
)
def test_a_parameter_with_sparql_syntax_is_a_plain_name(runner, seed_build_dir, value):
    result = run(
        runner, "query", "interlocutors", "-p", f"person={value}", "--format", "json", "--data", seed_build_dir
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"]["bindings"] == []


def test_an_unknown_parameter_exits_2(runner, seed_build_dir):
    result = run(runner, "query", "people", "-p", "person=x", "--data", seed_build_dir)
    assert result.exit_code == 2
    assert len(error_lines(result)) == 1


def test_an_unknown_query_exits_2(runner, seed_build_dir):
    result = run(runner, "query", "no-such-query", "--data", seed_build_dir)
    assert result.exit_code == 2
    lines = error_lines(result)
    assert len(lines) == 1 and lines[0].startswith("error:") and "no-such-query" in lines[0]


def test_a_malformed_query_file_exits_2_without_a_traceback(runner, seed_build_dir, tmp_path):
    bad = tmp_path / "broken.rq"
    bad.write_text("# A broken query\nSELECT ?x WHERE { ?x kg:nope \n", encoding="utf-8")
    result = run(runner, "query", bad, "--data", seed_build_dir)
    assert result.exit_code == 2
    lines = error_lines(result)
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_query_file_by_path_runs(runner, seed_build_dir, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text(
        "# Count communications\n# Parameters: none\nPREFIX kg: <https://w3id.org/kg1956/ontology#>\n"
        "SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Communication }\n",
        encoding="utf-8",
    )
    result = run(runner, "query", rq, "--format", "csv", "--data", seed_build_dir)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "23"]


def test_query_list_names_every_query(runner):
    result = run(runner, "query", "--list")
    assert result.exit_code == 0, result.output
    for name in CONTRACT_COLUMNS:
        assert name in result.stdout


# --- validate ---------------------------------------------------------------------------


def test_validate_the_seed_build_exits_0(runner, seed_build_dir):
    result = run(runner, "validate", "--data", seed_build_dir)
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout


def _plain_graph(plain_build) -> Graph:
    result, out = plain_build
    assert result.exit_code == 0, result.output
    return Graph().parse(out / "kg1956.ttl", format="turtle")


def test_validate_exits_1_when_kinds_are_missing_and_names_the_focus_node(runner, plain_build, tmp_path):
    graph = _plain_graph(plain_build)
    comms = sorted(graph.subjects(RDF.type, KG.Communication))
    assert comms
    graph.remove((None, KG.kind, None))
    broken = tmp_path / "broken.ttl"
    graph.serialize(broken, format="turtle")
    result = run(runner, "validate", "--data", broken)
    assert result.exit_code == 1, result.output
    for comm in comms:
        assert str(comm) in result.stdout
    assert "kg:kind" in result.stdout
    with_pyshacl = run(runner, "validate", "--data", broken, "--engine", "pyshacl-core")
    assert (with_pyshacl.exit_code, with_pyshacl.stdout) == (1, result.stdout)


def test_validate_exits_1_when_someone_converses_with_themselves(runner, plain_build, tmp_path):
    graph = _plain_graph(plain_build)
    person = URIRef("https://w3id.org/kg1956/person/i-f-kurdiukov")
    assert (person, RDF.type, KG.Person) in graph
    note = next(iter(graph.subjects(KG.noteNumber, Literal(1))))
    comm = URIRef("https://w3id.org/kg1956/communication/conversation/test/self-talk")
    for triple in [
        (comm, RDF.type, KG.Communication),
        (comm, RDF.type, KG.Conversation),
        (comm, KG.kind, Literal("conversation")),
        (comm, KG.participant, person),
        (comm, KG.recorder, person),
        (comm, KG.interlocutor, person),
        (comm, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), note),
    ]:
        graph.add(triple)
    broken = tmp_path / "self-talk.ttl"
    graph.serialize(broken, format="turtle")
    result = run(runner, "validate", "--data", broken)
    assert result.exit_code == 1, result.output
    assert str(comm) in result.stdout


def test_validate_without_a_graph_exits_2(runner, tmp_path):
    result = run(runner, "validate", "--data", tmp_path / "nothing-here")
    assert result.exit_code == 2
    assert len(error_lines(result)) == 1


def test_validate_an_unparseable_graph_exits_2(runner, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is { not turtle .\n", encoding="utf-8")
    result = run(runner, "validate", "--data", bad)
    assert result.exit_code == 2
    assert len(error_lines(result)) == 1 and "Traceback" not in result.output


# --- help -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["build"],
        ["validate"],
        ["query"],
        ["who-spoke-to-whom"],
        ["report"],
        ["report", "unparsed"],
        ["report", "merges"],
    ],
    ids=lambda c: " ".join(c) or "kg1956",
)
def test_help_works_for_every_command(runner, command):
    result = run(runner, *command, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage" in result.stdout


def test_no_arguments_shows_help(runner):
    result = run(runner)
    assert "build" in result.output and "who-spoke-to-whom" in result.output


def test_who_spoke_to_whom_reads_only_the_persons_communications_and_loses_nothing(seed_build_dir):
    """The two person-bound queries give the rows the whole-graph `conversations` query gives
    for that person, roles included."""
    from kg1956 import query as q
    from kg1956.cli import _communications_of, _interlocutor_rows
    from kg1956.datasource import open_source
    from kg1956.people import find_people

    source = open_source(seed_build_dir, None)
    for name in ("Yi Sang-jo", "I.F. Kurdiukov", "Kim Il Song"):
        people, _ = find_people(source, name)
        assert people, name
        everything = q.run_query(source, q.load_query("conversations")).rows
        expected = _interlocutor_rows(everything, set(people))
        assert expected
        assert _interlocutor_rows(_communications_of(source, people), set(people)) == expected


def test_a_surname_alone_finds_the_one_person_who_bears_it(runner, seed_build_dir):
    result = run(runner, "who-spoke-to-whom", "Kurdiukov", "--data", seed_build_dir)
    assert result.exit_code == 0, result.output
    assert "Yi Sang-cho" in result.output
    shared = run(runner, "who-spoke-to-whom", "Kim", "--data", seed_build_dir)
    assert shared.exit_code == 2
    assert "Kim Il Song" in shared.output  # offered, not chosen


def test_every_shipped_query_is_valid_sparql():
    """`run_query` trusts the queries in queries/ (parsing them costs a fresh process
    ~0.1 s); this is where they are parsed."""
    from rdflib.plugins.sparql import prepareQuery

    from kg1956.query import list_queries

    queries = list_queries()
    assert len(queries) >= 10
    for query in queries:
        prepareQuery(query.text)
