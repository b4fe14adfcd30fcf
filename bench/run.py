"""Time each stage of `kg1956 build` on synthetic corpora, beside a naive baseline.

    python bench/run.py [N ...] [--baseline-max N] [--out bench/RESULTS.md]
    python bench/run.py --queries BUILD [--runs R]


For each N (default 1000 3000 10000) a fresh process writes a corpus with
bench/corpus.py, then times each stage as `kg1956 build` runs it (read, extract, resolve,
graph, describe, render, validate while the store loads, store wait + write), the peak
memory (from the OS), a `who-spoke-to-whom` from a fresh process on the result, and the
whole `kg1956 build` command from a fresh process, then every named query (queries/) and
`who-spoke-to-whom` from a fresh process each (`--queries BUILD` times those alone on an
existing build, R runs each: wall and CPU seconds). The naive baseline (rdflib Graph.add
one by one, one whole-graph pySHACL call, rdflib's Turtle) runs on the sizes up to
--baseline-max. Timings live here, never in tests.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one(n: int, baseline: bool) -> dict:
    """Run every stage once on a corpus of n notes (in this process); return timings.

    The stages are the pipeline's own functions, called as `kg1956 build` calls them;
    `publish` renders the exports, validates while Oxigraph loads the store in the
    background, and writes, so its parts are timed by its progress messages."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import write_corpus

    from kg1956.authority import load_authority
    from kg1956.backrefs import resolve_back_references
    from kg1956.gcpolicy import few_collections, settle
    from kg1956.graph import GraphBuilder
    from kg1956.pipeline import BuildResult, _mentions, extract_notes
    from kg1956.publish import publish_build
    from kg1956.resolve import resolve_mentions
    from kg1956.sources import load_source
    from kg1956.spellings import find_more_spellings
    from kg1956.vocab import DEFAULT_BASE

    work = Path(tempfile.mkdtemp(prefix="kg1956-bench-"))
    notes_file = work / f"corpus-{n}.txt"
    with notes_file.open("w", encoding="utf-8") as fh:
        write_corpus(n, 1956, fh)
    t: dict[str, float] = {}
    collections = ExitStack()
    collections.enter_context(few_collections())  # as `kg1956 build` runs
    start = time.perf_counter()
    source = load_source(notes_file)
    t["read"] = time.perf_counter() - start
    mark = time.perf_counter()
    extractions, _ = resolve_back_references(extract_notes(source.notes))
    t["extract"] = time.perf_counter() - mark
    mark = time.perf_counter()
    mentions = _mentions(extractions)
    resolution = resolve_mentions(mentions, find_more_spellings(list(source.notes), mentions), load_authority())
    t["resolve"] = time.perf_counter() - mark
    mark = time.perf_counter()
    builder = GraphBuilder(DEFAULT_BASE)
    builder.add_entities(resolution, [])
    source_iri = builder.add_source(source, resolution)
    builder.add_citations(source_iri, extractions, resolution)
    builder.settle_functions()
    t["graph"] = time.perf_counter() - mark
    triples = len(builder.triples)
    result = BuildResult(builder.triples, [source], extractions, resolution, [], builder.contexts)
    settle()
    steps: list[tuple[float, str]] = [(time.perf_counter(), "describe")]
    report = publish_build(result, work / "build", [], progress=lambda m: steps.append((time.perf_counter(), m)))
    steps.append((time.perf_counter(), "end"))
    names = {"describe": "describe", "rendering": "render", "validating": "validate", "writing": "store wait + write"}
    for (began, message), (ended, _) in zip(steps, steps[1:], strict=False):
        t[next(v for k, v in names.items() if message.startswith(k))] = ended - began
    t["total"] = time.perf_counter() - start
    collections.close()
    person = next(iter(resolution.entities)).label
    mark = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kg1956", "who-spoke-to-whom", person, "--data", str(work / "build")],
        check=True,
        capture_output=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    t["query (fresh process)"] = time.perf_counter() - mark
    row = {"n": n, "triples": triples, "conforms": report.conforms, "seconds": t}
    row["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mark = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kg1956", "build", str(notes_file), "--out", str(work / "cli-build")],
        check=True,
        capture_output=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    row["cli_seconds"] = time.perf_counter() - mark
    row["cli_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    row["queries"] = {name: runs[0][0] for name, runs in time_queries(work / "build", runs=1).items()}
    if baseline:
        row["baseline_total"] = t["read"] + t["extract"] + t["resolve"] + _naive(builder.triples)
    shutil.rmtree(work, ignore_errors=True)
    return row


_BUSIEST = """
PREFIX kg: <https://w3id.org/kg1956/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?person ?name (COUNT(DISTINCT ?comm) AS ?n) WHERE {
  ?comm a kg:Communication ; kg:participant ?person . ?person a kg:Person ; skos:prefLabel ?name .
} GROUP BY ?person ?name ORDER BY DESC(?n) ?person
"""


def query_commands(build: Path) -> dict[str, list[str]]:
    """The command lines to time on `build`: every named query (a person-bound one for the
    person in the most communications, by IRI, or by name for `interlocutors`), and
    `who-spoke-to-whom` for that person, for the one in the fewest, and for every pair."""
    sys.path.insert(0, str(ROOT / "src"))
    from kg1956.datasource import open_source
    from kg1956.query import list_queries

    ranked = open_source(build).select(_BUSIEST).rows
    (top, top_name, _), (_, rare_name, _) = ranked[0], ranked[-1]
    data = ["--data", str(build)]
    commands = {}
    for query in list_queries():
        params = []
        if query.parameters == ("person",):
            params = ["--param", f"person={top_name if query.name == 'interlocutors' else top}"]
        commands[query.name] = ["query", query.name, *params, *data]
    commands["who-spoke-to-whom (most communications)"] = ["who-spoke-to-whom", str(top_name), *data]
    commands["who-spoke-to-whom (fewest)"] = ["who-spoke-to-whom", str(rare_name), *data]
    commands["who-spoke-to-whom (every pair)"] = ["who-spoke-to-whom", *data]
    return commands


def time_queries(build: Path, runs: int = 3) -> dict[str, list[tuple[float, float]]]:
    """Each of `query_commands(build)` from a fresh process, `runs` times: (wall, CPU) seconds,
    the table output thrown away. The answers `kg1956 query` keeps in the build folder
    (kg1956.answers/) are removed before each query's first run, so the first run of a
    named query runs it and the later runs print the answer kept."""
    out: dict[str, list[tuple[float, float]]] = {}
    for name, args in query_commands(build).items():
        shutil.rmtree(build / "kg1956.answers", ignore_errors=True)
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            mark = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "kg1956", *args],
                check=True,
                capture_output=True,
                env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
            )
            wall = time.perf_counter() - mark
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            out.setdefault(name, []).append((wall, cpu))
    return out


def _query_table(timings: dict[str, list[tuple[float, float]]]) -> str:
    lines = [
        "Each run a fresh process; a named query's first run runs it, later runs print the kept answer.\n",
        "| command | wall s (each run) | CPU s (each run) |",
        "|---|---|---|",
    ]
    for name, runs in timings.items():
        walls = " / ".join(f"{w:.2f}" for w, _ in runs)
        cpus = " / ".join(f"{c:.2f}" for _, c in runs)
        lines.append(f"| {name} | {walls} | {cpus} |")
    return "\n".join(lines)


def _naive(triples) -> float:  # noqa: ANN001 - a TripleIndex
    """The naive way from the same triples: rdflib Graph.add one by one, one whole-graph
    pySHACL call, rdflib's Turtle writer. Seconds taken."""
    import pyshacl
    from rdflib import Graph

    from kg1956.validate import load_shapes

    mark = time.perf_counter()
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    pyshacl.validate(data_graph=graph, shacl_graph=load_shapes(), advanced=True, inference="none")
    graph.serialize(format="turtle")
    return time.perf_counter() - mark


def _table(rows: list[dict]) -> str:
    stages = [
        "read", "extract", "resolve", "graph", "describe", "render", "validate", "store wait + write", "total",
        "query (fresh process)",
    ]  # fmt: skip
    lines = [
        "| notes | triples | "
        + " | ".join(stages)
        + " | notes/s | triples/s | peak MB | `kg1956 build` wall | its peak MB | naive baseline | speed-up |",
        "|" + "---|" * (len(stages) + 9),
    ]
    for r in rows:
        s = r["seconds"]
        base = r.get("baseline_total")
        lines.append(
            f"| {r['n']:,} | {r['triples']:,} | "
            + " | ".join(f"{s[k]:.2f}" for k in stages)
            + f" | {r['n'] / s['total']:,.0f} | {r['triples'] / s['total']:,.0f} | {r['peak_mb']:,.0f} | "
            + f"{r['cli_seconds']:.1f} s | {r['cli_peak_mb']:,.0f} | "
            + (f"{base:.1f} s | {base / s['total']:.1f}× |" if base else "— | — |")
        )
    if rows and "queries" in rows[0]:
        names = list(rows[0]["queries"])
        lines.append("\nEach named query and `who-spoke-to-whom` from a fresh process (wall seconds):\n")
        lines.append("| notes | " + " | ".join(names) + " |")
        lines.append("|---|" + "---|" * len(names))
        for r in rows:
            lines.append(f"| {r['n']:,} | " + " | ".join(f"{r['queries'].get(k, 0):.2f}" for k in names) + " |")
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
    parser.add_argument("--queries", type=Path, metavar="BUILD", help="only time the queries on this build")
    parser.add_argument("--runs", type=int, default=3, help="runs of each query with --queries")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.baseline)))
        return 0
    if args.queries:
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"
        table = _query_table(time_queries(args.queries, args.runs))
        text = f"{args.queries} (load average before: {load})\n\n{table}\n"
        print(text)
        if args.out:
            args.out.write_text(text, encoding="utf-8")
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
