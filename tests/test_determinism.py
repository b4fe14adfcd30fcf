"""Building the same corpus twice gives byte-identical Turtle."""

from __future__ import annotations

from kg1956.export import turtle_bytes
from kg1956.pipeline import build


def test_two_builds_give_byte_identical_turtle(seed):
    again = build()
    first, second = turtle_bytes(seed.graph), turtle_bytes(again.graph)
    assert first == second


def test_the_cli_build_writes_the_same_bytes_as_the_library(seed, seed_build_dir):
    from kg1956.export import export_dataset, render

    assert (seed_build_dir / "kg1956.ttl").read_bytes() == render(export_dataset(seed), "turtle")["kg1956.ttl"]


def test_the_unparsed_report_is_stable(seed, seed_build_dir):
    from kg1956.reports import unparsed_tsv

    assert (seed_build_dir / "unparsed.tsv").read_text(encoding="utf-8") == unparsed_tsv(build())


def test_a_build_in_another_process_with_another_hash_seed_gives_the_same_bytes(seed):
    """Set and dict order depend on PYTHONHASHSEED for strings; the output must not."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from kg1956.pipeline import build\n"
        "from kg1956.export import turtle_bytes\n"
        "sys.stdout.buffer.write(turtle_bytes(build().graph))\n"
    )
    outputs = []
    for hash_seed in ("1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True, timeout=120)
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1] == turtle_bytes(seed.graph)
