"""`BuildResult.let_go_of_readings` (what `kg1956 build` calls before publishing) drops the
extractions and the resolution's entities and changes nothing published or reported."""

from __future__ import annotations

from kg1956.pipeline import build
from kg1956.publish import UNPARSED_FILE, publish_build

FILES = ("kg1956.ttl", "kg1956.trig", UNPARSED_FILE)


def test_letting_go_of_the_readings_changes_no_file_and_no_report(tmp_path):
    kept, light = build(), build()
    warnings, merges, unparsed, triples = light.warnings, light.merges, light.unparsed, len(light.triples)
    light.let_go_of_readings()
    assert light.extractions == [] and light.resolution.entities == [] and light.resolution.by_spelling == {}
    assert light.warnings == warnings == kept.warnings and light.merges == merges
    assert light.unparsed == unparsed and len(light.triples) == triples
    publish_build(kept, tmp_path / "kept", [])
    publish_build(light, tmp_path / "light", [])
    for name in FILES:
        assert (tmp_path / "light" / name).read_bytes() == (tmp_path / "kept" / name).read_bytes()
