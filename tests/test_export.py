"""Publishing the graph as linked data others load without surprises (issue 4).

Every export format is deterministic, read back by an independent parser (pyoxigraph)
as the same triples rdflib sees, and carries the dataset description; the TriG export
answers "what does note 39 say"; the JSON-LD expands back to the Turtle; the CSV files
are RFC 4180 tables of the named queries.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, RDFS, VOID, XSD

from kg1956.dataset_description import PARTITION_CLASSES
from kg1956.export import FORMATS, export_dataset, render, write_exports
from kg1956.export_csv import CSV_TABLES
from kg1956.export_jsonld import CONTEXT_FILE
from kg1956.pipeline import build
from kg1956.query import load_query, run_query
from kg1956.vocab import DEFAULT_BASE, KG

CORPORA = Path(__file__).parent / "corpora"
NOTE_39 = URIRef(DEFAULT_BASE + "source/lankov-selivanov-2018/note/39")
SOURCE = URIRef(DEFAULT_BASE + "source/lankov-selivanov-2018")
DATASET = URIRef(DEFAULT_BASE + "dataset")
DESCRIPTION_GRAPH = URIRef(DEFAULT_BASE + "dataset/description")
RDF_FILES = {"kg1956.ttl": "turtle", "kg1956.nt": "nt", "kg1956.trig": "trig", "kg1956.jsonld": "json-ld"}
OX_FORMATS = {
    "kg1956.ttl": ox.RdfFormat.TURTLE,
    "kg1956.nt": ox.RdfFormat.N_TRIPLES,
    "kg1956.trig": ox.RdfFormat.TRIG,
    "kg1956.jsonld": ox.RdfFormat.JSON_LD,
}


def all_files(result) -> dict[str, bytes]:
    export = export_dataset(result)
    files: dict[str, bytes] = {}
    for fmt in FORMATS:
        files.update(render(export, fmt))
    return files


@pytest.fixture(scope="module")
def seed_files(seed) -> dict[str, bytes]:
    """Every export file of the seed corpus, by name."""
    return all_files(seed)


@pytest.fixture(scope="module")
def turtle_graph(seed_files) -> Graph:
    return Graph().parse(data=seed_files["kg1956.ttl"].decode("utf-8"), format="turtle")


@pytest.fixture(scope="module")
def trig_dataset(seed_files) -> Dataset:
    ds = Dataset()
    ds.parse(data=seed_files["kg1956.trig"].decode("utf-8"), format="trig")
    return ds


def _nt_set(triples) -> set[str]:
    """Canonical N-Triples lines (there are no blank nodes to relabel)."""
    return {f"{s.n3()} {p.n3()} {_canonical(o).n3()} ." for s, p, o in triples}


def _canonical(term):
    return Literal(str(term), lang=term.language, datatype=term.datatype) if isinstance(term, Literal) else term


def _ox_nt_set(quads) -> set[str]:
    return {f"{q.subject} {q.predicate} {q.object} ." for q in quads}


# --- determinism --------------------------------------------------------------------------


def test_every_format_is_written(seed_files):
    expected = {name for names in FORMATS.values() for name in names}
    assert set(seed_files) == expected
    assert {"people.csv", "communications.csv", "roles.csv", "documents.csv", "archival-references.csv"} <= expected


def test_two_builds_give_byte_identical_files_in_every_format(seed_files):
    again = all_files(build())
    for name, content in seed_files.items():
        assert again[name] == content, f"{name} differs between two builds"


def test_sources_in_either_order_give_byte_identical_files_in_every_format():
    a, b = CORPORA / "records-en.txt", CORPORA / "letters-telegrams-en.txt"
    forward, backward = all_files(build([a, b])), all_files(build([b, a]))
    assert set(forward) == set(backward)
    for name in forward:
        assert forward[name] == backward[name], f"{name} depends on the order of the sources"


def test_another_process_with_another_hash_seed_gives_the_same_bytes(seed_files):
    code = (
        "import hashlib, json, sys\n"
        "from kg1956.pipeline import build\n"
        "from kg1956.export import FORMATS, export_dataset, render\n"
        "export = export_dataset(build())\n"
        "out = {}\n"
        "for fmt in FORMATS:\n"
        "    out.update({k: hashlib.sha256(v).hexdigest() for k, v in render(export, fmt).items()})\n"
        "sys.stdout.write(json.dumps(out, sort_keys=True))\n"
    )
    import hashlib

    expected = {k: hashlib.sha256(v).hexdigest() for k, v in seed_files.items()}
    for hash_seed in ("3", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True, timeout=300)
        assert json.loads(proc.stdout) == expected, f"PYTHONHASHSEED={hash_seed} changed the bytes"


def test_no_blank_nodes_and_no_clock(seed_files, turtle_graph):
    assert not any(isinstance(term, BNode) for triple in turtle_graph for term in triple)
    created = turtle_graph.value(DATASET, DCTERMS.created)
    assert created == Literal("2018-10-22", datatype=XSD.date)  # the source's publication date


# --- build time and `kg1956 export` --------------------------------------------------------


def test_write_exports_always_writes_the_trig_that_export_reads(seed, tmp_path):
    written = write_exports(seed, tmp_path, ["turtle"])
    assert sorted(p.name for p in written) == ["kg1956.trig", "kg1956.ttl"]


def test_kg1956_export_from_the_build_folder_reproduces_every_file(runner, seed, seed_files, tmp_path):
    from kg1956.cli import app

    build_dir, out = tmp_path / "build", tmp_path / "out"
    write_exports(seed, build_dir, [])
    result = runner.invoke(app, ["export", "--data", str(build_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(seed_files)
    for name, content in seed_files.items():
        assert (out / name).read_bytes() == content, f"kg1956 export wrote a different {name}"
    assert "wrote" in result.output and "kg1956.jsonld" in result.output


def test_export_one_format_into_the_build_folder(runner, seed, seed_files, tmp_path):
    from kg1956.cli import app

    write_exports(seed, tmp_path, [])
    result = runner.invoke(app, ["export", "--format", "ntriples", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kg1956.nt").read_bytes() == seed_files["kg1956.nt"]
    assert not (tmp_path / "kg1956.jsonld").exists()


def test_export_from_a_turtle_file_gives_the_same_turtle_but_refuses_trig(runner, seed_files, tmp_path):
    from kg1956.cli import app

    ttl = tmp_path / "graph.ttl"
    ttl.write_bytes(seed_files["kg1956.ttl"])
    ok = runner.invoke(
        app, ["export", "-f", "turtle", "-f", "jsonld", "--data", str(ttl), "--out", str(tmp_path / "o")]
    )
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "o" / "kg1956.ttl").read_bytes() == seed_files["kg1956.ttl"]
    assert (tmp_path / "o" / "kg1956.jsonld").read_bytes() == seed_files["kg1956.jsonld"]
    refused = runner.invoke(app, ["export", "-f", "trig", "--data", str(ttl), "--out", str(tmp_path / "o")])
    assert refused.exit_code == 2
    assert "TriG needs the per-note graphs" in refused.output


def test_export_without_a_build_says_so(runner, tmp_path):
    from kg1956.cli import app

    result = runner.invoke(app, ["export", "--data", str(tmp_path / "nothing")])
    assert result.exit_code == 2
    assert "run `kg1956 build` first" in result.output


# --- TriG: one named graph per note ---------------------------------------------------------


def test_trig_has_one_graph_per_note_and_source_plus_the_description(seed, trig_dataset):
    names = {g.identifier for g in trig_dataset.graphs() if len(g)}
    assert names == set(seed.named_graphs) | {DESCRIPTION_GRAPH}
    notes = {n for n in names if "/note/" in str(n)}
    assert len(notes) == 62 and SOURCE in names


def test_what_does_note_39_say_is_a_sparql_graph_query(seed, trig_dataset):
    rows = trig_dataset.query("SELECT ?s ?p ?o WHERE { GRAPH " + NOTE_39.n3() + " { ?s ?p ?o } }")
    said = {(r.s, r.p, r.o) for r in rows}
    assert said == set(seed.named_graphs[NOTE_39])
    kurdiukov = URIRef(DEFAULT_BASE + "person/i-f-kurdiukov")
    assert any(p == KG.participant and o == kurdiukov for _, p, o in said)
    assert (NOTE_39, KG.text, None) not in trig_dataset.graph(NOTE_39)  # the note's text is the source's


def test_which_notes_attest_a_conversation(trig_dataset):
    query = """
        PREFIX kg: <https://w3id.org/kg1956/ontology#>
        SELECT DISTINCT ?note WHERE {
          GRAPH ?note { ?c kg:participant ?a, ?b ; kg:date "1956-11-28"^^<http://www.w3.org/2001/XMLSchema#date> }
        }"""
    people = {"a": URIRef(DEFAULT_BASE + "person/i-f-kurdiukov"), "b": URIRef(DEFAULT_BASE + "person/yi-sang-cho")}
    notes = sorted(str(r.note).rsplit("/", 1)[-1] for r in trig_dataset.query(query, initBindings=people))
    assert notes == ["39", "41"]


def test_the_union_of_the_trig_graphs_is_the_turtle(trig_dataset, turtle_graph):
    union = {(s, p, o) for s, p, o, _ in trig_dataset.quads((None, None, None, None))}
    assert _nt_set(union) == _nt_set(turtle_graph)


def test_the_description_is_in_its_own_graph_and_in_the_turtle(trig_dataset, turtle_graph):
    description = trig_dataset.graph(DESCRIPTION_GRAPH)
    assert (DATASET, RDF.type, VOID.Dataset) in description
    assert (DATASET, RDF.type, VOID.Dataset) in turtle_graph
    assert (DATASET, DCTERMS.source, SOURCE) in description


# --- JSON-LD --------------------------------------------------------------------------------


def test_jsonld_expands_back_to_the_turtle(seed_files, turtle_graph):
    graph = Graph().parse(data=seed_files["kg1956.jsonld"].decode("utf-8"), format="json-ld")
    assert len(graph) == len(turtle_graph)
    assert _nt_set(graph) == _nt_set(turtle_graph)


def test_jsonld_inlines_the_shipped_context(seed_files):
    doc = json.loads(seed_files["kg1956.jsonld"])
    assert doc["@context"] == json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    assert set(doc) == {"@context", "@graph"}


def test_jsonld_reads_without_knowing_rdf(seed_files):
    nodes = {n["id"]: n for n in json.loads(seed_files["kg1956.jsonld"])["@graph"]}
    yi = nodes[DEFAULT_BASE + "person/yi-sang-cho"]
    assert yi["type"] == "Person" and yi["name"] == "Yi Sang-cho"
    assert "Li Sang-cho" in yi["alternateName"] and yi["nameUncertain"] is False
    conv = nodes[DEFAULT_BASE + "communication/conversation/1956-11-28/i-f-kurdiukov--yi-sang-cho"]
    assert conv["date"] == "1956-11-28" and conv["kind"] == "conversation"
    assert DEFAULT_BASE + "person/yi-sang-cho" in conv["participant"]
    assert str(NOTE_39) in conv["note"]
    assert nodes[str(NOTE_39)]["noteNumber"] == 39
    assert nodes[str(NOTE_39)]["text"].startswith("Memo of Conversation of I.F. Kurdiukov")


def test_every_key_in_the_jsonld_is_a_readable_word(seed_files):
    """A predicate the context lacks would show up as a prefixed name: add a key for it
    to ontology/context.jsonld."""
    keys = {k for n in json.loads(seed_files["kg1956.jsonld"])["@graph"] for k in n}
    assert not {k for k in keys if ":" in k or k.startswith("@")}


def test_partial_dates_stay_typed_in_jsonld(seed_files):
    works = [n for n in json.loads(seed_files["kg1956.jsonld"])["@graph"] if "issued" in n]
    years = [n["issued"] for n in works if isinstance(n["issued"], dict)]
    assert years and all(y["@type"] == "xsd:gYear" and len(y["@value"]) == 4 for y in years)


# --- independent readers -------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(RDF_FILES))
def test_pyoxigraph_reads_every_rdf_export_as_rdflib_does(seed_files, name):
    data = seed_files[name]
    ours = Dataset()
    ours.parse(data=data.decode("utf-8"), format=RDF_FILES[name])
    rdflib_quads = {
        (s, p, o, g.identifier if isinstance(g, Graph) else g) for s, p, o, g in ours.quads((None, None, None, None))
    }
    theirs = list(ox.parse(data, format=OX_FORMATS[name]))
    assert len(theirs) == len(rdflib_quads)
    assert _ox_nt_set(theirs) == _nt_set((s, p, o) for s, p, o, _ in rdflib_quads)
    if name == "kg1956.trig":
        named = {str(q.graph_name.value) for q in theirs if isinstance(q.graph_name, ox.NamedNode)}
        assert named == {str(g) for *_, g in rdflib_quads}


def test_pyoxigraph_answers_the_note_39_query_on_the_trig(seed, seed_files):
    store = ox.Store()
    store.load(seed_files["kg1956.trig"], format=ox.RdfFormat.TRIG)
    rows = list(store.query("SELECT ?s ?p ?o WHERE { GRAPH " + NOTE_39.n3() + " { ?s ?p ?o } }"))
    assert len(rows) == len(seed.named_graphs[NOTE_39])


# --- CSV ------------------------------------------------------------------------------------


@pytest.mark.parametrize("table", CSV_TABLES, ids=lambda t: t.file)
def test_csv_is_an_rfc4180_table_of_the_named_query(seed_files, turtle_graph, table):
    raw = seed_files[table.file]
    text = raw.decode("utf-8")  # UTF-8, or this raises
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    result = run_query(turtle_graph, load_query(table.query))
    assert tuple(rows[0]) == result.variables
    expected = sorted([["" if t is None else str(t) for t in row] for row in result.rows])
    assert sorted(rows[1:]) == expected
    assert len(rows) > 1


def test_documents_csv_lists_records_and_works_with_their_type(seed_files):
    rows = list(csv.DictReader(io.StringIO(seed_files["documents.csv"].decode("utf-8"), newline="")))
    assert {"record", "book", "article", "document collection"} <= {r["type"] for r in rows}
    titles = {r["title"] for r in rows if r["type"] == "book"}
    assert "Crisis in North Korea: the Failure of De-Stalinization, 1956" in titles


def test_communications_csv_keeps_the_query_order(seed_files):
    rows = list(csv.DictReader(io.StringIO(seed_files["communications.csv"].decode("utf-8"), newline="")))
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)


# --- dataset description -------------------------------------------------------------------


def test_void_counts_are_what_a_reader_counts(turtle_graph):
    assert turtle_graph.value(DATASET, VOID.triples).toPython() == len(turtle_graph)
    typed = {s for s in turtle_graph.subjects(RDF.type, None) if isinstance(s, URIRef)}
    assert turtle_graph.value(DATASET, VOID.entities).toPython() == len(typed)
    partitions = {turtle_graph.value(p, VOID["class"]): p for p in turtle_graph.objects(DATASET, VOID.classPartition)}
    assert set(partitions) == set(PARTITION_CLASSES)
    for cls, part in partitions.items():
        members = set(turtle_graph.subjects(RDF.type, cls))
        assert turtle_graph.value(part, VOID.entities).toPython() == len(members) > 0


def test_the_description_says_what_dcat_and_void_readers_look_for(turtle_graph):
    g, d = turtle_graph, DATASET
    assert (d, RDF.type, DCAT.Dataset) in g
    assert "A peculiar case of a runaway ambassador" in str(g.value(d, DCTERMS.title))
    assert g.value(d, DCTERMS.description) is not None
    assert g.value(d, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert g.value(d, DCTERMS.source) == SOURCE and (SOURCE, RDF.type, KG.Source) in g
    assert str(g.value(g.value(d, DCTERMS.creator), RDFS.label)) == "kg1956 developers"
    vocabularies = {str(v) for v in g.objects(d, VOID.vocabulary)}
    assert {str(KG), "http://www.w3.org/ns/prov#", str(VOID), str(DCAT)} <= vocabularies
    examples = set(g.objects(d, VOID.exampleResource))
    assert URIRef(DEFAULT_BASE + "person/yi-sang-cho") in examples and len(examples) == 4
    downloads = {str(g.value(dist, DCAT.downloadURL)) for dist in g.objects(d, DCAT.distribution)}
    assert downloads == {DEFAULT_BASE + name for names in FORMATS.values() for name in names}
    for dist in g.objects(d, DCAT.distribution):
        assert str(g.value(dist, DCAT.mediaType)).startswith("https://www.iana.org/assignments/media-types/")


def test_the_description_declares_nothing_in_the_kg_namespace(seed):
    export = export_dataset(seed)
    for _, p, o in export.description:
        assert not str(p).startswith(str(KG)), p
        if p == RDF.type:
            assert not str(o).startswith(str(KG)), o


def test_written_files_are_readable_by_a_web_server(seed, tmp_path):
    """mkstemp makes private files; a published export must not be 0600."""
    old = os.umask(0o022)
    try:
        for path in write_exports(seed, tmp_path, ["turtle"]):
            assert path.stat().st_mode & 0o777 == 0o644, path
    finally:
        os.umask(old)
