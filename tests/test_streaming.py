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


def test_the_store_holds_what_the_files_say(seed, tmp_path, monkeypatch):
    """Loaded in pieces, the store holds what loading each whole file gives (Oxigraph's
    own reading of it: it stores xsd:nonNegativeInteger values as xsd:integer)."""
    monkeypatch.setattr(export_module, "CHUNK_CHARS", 50_000)
    out = tmp_path / "build"
    publish_build(seed, out, [])
    whole = ox.Store()
    whole.load(path=str(out / TRIG_FILE), format=ox.RdfFormat.TRIG)
    whole.load(path=str(out / TURTLE_FILE), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    store = ox.Store.read_only(str(out / "kg1956.oxigraph"))
    assert {str(q) for q in store} == {str(q) for q in whole}
    assert len(store) > 9000


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
