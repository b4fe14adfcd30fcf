"""Time each stage of `kg1956 build` on synthetic corpora, beside a naive baseline.

    python bench/run.py [N ...] [--baseline-max N] [--out bench/RESULTS.md]

For each N (default 1000 3000 10000) a fresh process writes a corpus with
bench/corpus.py, then times read, extract, resolve, graph, validate and write, the peak
memory (from the OS), and a `who-spoke-to-whom` from a fresh process on the result. The
naive baseline (the same rdflib graph, one whole-graph pySHACL call, rdflib's Turtle) runs
on the sizes up to --baseline-max. Timings live here, never in tests.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one(n: int, baseline: bool) -> dict:
    """Run every stage once on a corpus of n notes (in this process); return timings."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import write_corpus

    from kg1956.backrefs import resolve_back_references
    from kg1956.export import write_exports
    from kg1956.extract.citations import extract_note
    from kg1956.graph import GraphBuilder
    from kg1956.pipeline import _mentions
    from kg1956.resolve import find_more_spellings, resolve_mentions
    from kg1956.sources import load_source
    from kg1956.store import write_store
    from kg1956.validate import load_shapes, validate_graph
    from kg1956.vocab import DEFAULT_BASE

    work = Path(tempfile.mkdtemp(prefix="kg1956-bench-"))
    notes_file = work / f"corpus-{n}.txt"
    with notes_file.open("w", encoding="utf-8") as fh:
        write_corpus(n, 1956, fh)
    t: dict[str, float] = {}
    start = time.perf_counter()
    source = load_source(notes_file)
    t["read"] = time.perf_counter() - start
    mark = time.perf_counter()
    raw = [extract_note(note) for note in source.notes]
    extractions, _ = resolve_back_references(raw)
    t["extract"] = time.perf_counter() - mark
    mark = time.perf_counter()
    mentions = _mentions(extractions)
    resolution = resolve_mentions(mentions, find_more_spellings(list(source.notes), mentions))
    t["resolve"] = time.perf_counter() - mark
    mark = time.perf_counter()
    builder = GraphBuilder(DEFAULT_BASE)
    builder.add_entities(resolution, [])
    source_iri = builder.add_source(source, resolution)
    builder.add_citations(source_iri, extractions, resolution)
    t["graph"] = time.perf_counter() - mark
    triples = len(builder.triples)
    mark = time.perf_counter()
    report = validate_graph(builder.triples)
    t["validate"] = time.perf_counter() - mark
    from kg1956.pipeline import BuildResult

    result = BuildResult(builder.triples, [source], extractions, resolution, [], builder.contexts)
    out = work / "build"
    out.mkdir()
    mark = time.perf_counter()
    write_exports(result, out, ["turtle"])
    write_store(out, out / "kg1956.ttl", out / "kg1956.trig")
    t["write"] = time.perf_counter() - mark
    t["total"] = time.perf_counter() - start
    person = next(iter(resolution.entities)).label
    mark = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kg1956", "who-spoke-to-whom", person, "--data", str(out)],
        check=True,
        capture_output=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    t["query (fresh process)"] = time.perf_counter() - mark
    row = {"n": n, "triples": triples, "conforms": report.conforms, "seconds": t}
    if baseline:
        import pyshacl

        mark = time.perf_counter()
        pyshacl.validate(data_graph=builder.graph, shacl_graph=load_shapes(), advanced=True, inference="none")
        builder.graph.serialize(format="turtle")
        row["baseline_extra"] = time.perf_counter() - mark  # validate + write, naively
        row["baseline_total"] = t["read"] + t["extract"] + t["resolve"] + t["graph"] + row["baseline_extra"]
    row["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return row


def _table(rows: list[dict]) -> str:
    stages = ["read", "extract", "resolve", "graph", "validate", "write", "total", "query (fresh process)"]
    lines = [
        "| notes | triples | " + " | ".join(stages) + " | notes/s | triples/s | peak MB | naive baseline | speed-up |",
        "|" + "---|" * (len(stages) + 7),
    ]
    for r in rows:
        s = r["seconds"]
        base = r.get("baseline_total")
        lines.append(
            f"| {r['n']:,} | {r['triples']:,} | "
            + " | ".join(f"{s[k]:.2f}" for k in stages)
            + f" | {r['n'] / s['total']:,.0f} | {r['triples'] / s['total']:,.0f} | {r['peak_mb']:,.0f} | "
            + (f"{base:.1f} s | {base / s['total']:.1f}× |" if base else "— | — |")
        )
    if len(rows) >= 2:
        a, b = rows[-2], rows[-1]
        exponent = math.log(b["seconds"]["total"] / a["seconds"]["total"]) / math.log(b["n"] / a["n"])
        lines.append(f"\nScaling exponent from {a['n']:,} to {b['n']:,} notes: {exponent:.2f} (1.0 is linear).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 3000, 10000])
    parser.add_argument("--baseline-max", type=int, default=3000, help="largest N to run the naive baseline on")
    parser.add_argument("--out", type=Path, help="write the results table (Markdown) here")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.baseline)))
        return 0
    rows = []
    for n in args.sizes:
        command = [sys.executable, __file__, "--one", str(n)] + (["--baseline"] if n <= args.baseline_max else [])
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"{n:,} notes: {rows[-1]['seconds']['total']:.1f} s", file=sys.stderr)
    machine = (
        f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
        f"{__import__('os').cpu_count()} cores"
    )
    text = f"Machine: {machine}.\n\n{_table(rows)}\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
