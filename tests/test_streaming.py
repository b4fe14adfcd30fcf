"""The build writes TriG and Turtle as it renders them and hands the store a piece at a
time: the same bytes as rendering in memory, pieces that parse alone, and the store
holding exactly what the files say."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest

from kg1956 import export as export_module
from kg1956.export import TRIG_FILE, TURTLE_FILE, export_dataset, render, render_to
from kg1956.publish import publish_build

FILES = {"trig": TRIG_FILE, "turtle": TURTLE_FILE}
OX_FORMATS = {"trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE}


def _quads(data: bytes, fmt: str) -> set[str]:
    return {str(q) for q in ox.parse(data, format=OX_FORMATS[fmt])}


@pytest.mark.parametrize("fmt", ["trig", "turtle"])
def test_streamed_render_gives_the_bytes_of_the_render_in_memory(seed, fmt):
    export = export_dataset(seed)
    out = io.BytesIO()
    render_to(export, fmt, out)
    assert out.getvalue() == render(export, fmt)[FILES[fmt]]


@pytest.mark.parametrize("fmt", ["trig", "turtle"])
def test_the_pieces_handed_on_parse_alone_and_add_up_to_the_file(seed, fmt, monkeypatch):
    monkeypatch.setattr(export_module, "CHUNK_CHARS", 20_000)  # many small pieces
    export = export_dataset(seed)
    pieces: list[bytes] = []
    out = io.BytesIO()
    render_to(export, fmt, out, chunks=pieces.append)
    assert len(pieces) > 5
    together = set().union(*(_quads(p, fmt) for p in pieces))
    assert together == _quads(out.getvalue(), fmt)


def test_an_unknown_streamed_format_is_refused(seed):
    with pytest.raises(ValueError, match="not written as it is rendered"):
        render_to(export_dataset(seed), "jsonld", io.BytesIO())


@pytest.mark.parametrize("in_memory", [0, 2], ids=["every-piece-on-disk", "two-in-memory"])
def test_the_store_holds_what_the_files_say(seed, tmp_path, monkeypatch, in_memory):
    """Loaded in pieces, the store holds what loading the whole Turtle gives (Oxigraph's
    own reading of it: it stores xsd:nonNegativeInteger values as xsd:integer), in its
    default graph, once: the TriG's per-note graphs stay in the TriG."""
    from kg1956 import store as store_module

    monkeypatch.setattr(export_module, "CHUNK_CHARS", 50_000)
    monkeypatch.setattr(store_module, "MAX_QUEUED", in_memory)
    out = tmp_path / "build"
    publish_build(seed, out, [])
    whole = ox.Store()
    whole.load(path=str(out / TURTLE_FILE), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    store = ox.Store.read_only(str(out / "kg1956.oxigraph"))
    assert {str(q) for q in store} == {str(q) for q in whole}
    assert len(store) > 4000
    assert not list(store.named_graphs())
    assert not [p.name for p in out.iterdir() if p.name.startswith(".kg1956.oxigraph")]


def test_a_strict_refusal_leaves_no_temporary_file(seed, tmp_path, monkeypatch):
    from kg1956 import publish

    out = tmp_path / "build"
    report = publish_build(seed, out, [])
    before = (out / TURTLE_FILE).read_bytes()

    class Refused:
        conforms = False

    monkeypatch.setattr(publish, "validate_graph", lambda *a, **k: Refused())
    publish_build(seed, out, [], strict=True)
    assert report.conforms
    assert (out / TURTLE_FILE).read_bytes() == before
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []


def _violations(report) -> list[tuple]:
    return [(v.focus, v.path, v.message, v.severity, v.notes) for v in report.violations]


def test_the_build_reports_what_validating_the_graph_alone_reports(tmp_path):
    """The build runs the SPARQL constraints over its new store (loaded in pieces), not an
    in-memory copy: same report, on a conforming graph and on a broken one."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF

    from kg1956.pipeline import build
    from kg1956.validate import validate_graph

    kg = "https://w3id.org/kg1956/ontology#"
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "1 Memo of Conversation of I.F. Kurdiukov (head of the Far Eastern Department) with Yi Sang-cho, "
        "9 August 1956. AVPRF, fond 0102, opis 12, delo 4, papka 68.\n\n"
        "2 Letter by Yi Sang-cho to Kim Il Song, 3 September 1956.\n",
        encoding="utf-8",
    )
    result = build([notes])
    good = publish_build(result, tmp_path / "good", [])
    assert good.conforms and _violations(good) == _violations(validate_graph(result.triples)) == []
    index = result.triples
    conv = sorted(index.instances(URIRef(kg + "Conversation")))[0]
    yi = next(p for p in index.instances(URIRef(kg + "Person")) if "yi-sang-cho" in str(p))
    index.add((conv, URIRef(kg + "recorder"), yi))  # talks with himself: a SPARQL constraint
    index.add((conv, URIRef(kg + "date"), Literal("9 August 1956")))  # not an xsd date
    index.discard((conv, URIRef(kg + "kind"), index.value(conv, URIRef(kg + "kind"))))
    assert (conv, RDF.type, None) in index
    broken = publish_build(result, tmp_path / "broken", [])
    alone = validate_graph(result.triples)
    assert not broken.conforms
    assert _violations(broken) == _violations(alone)
    assert "nobody converses with themselves" in " ".join(v.message for v in broken.violations)
