"""What holds the memory of a build: the objects each part of a `BuildResult` reaches,
counted once (sys.getsizeof over gc.get_referents), and the resident set while it is
published, sampled every 20 ms.

    python bench/memholders.py NOTES_FILE [--census] [--out DIR]

Without --census: one build and its publishing, printing the resident set (VmRSS, MB)
at each step, the highest sample between steps, and what the largest term holders hold.
With --census (slow: walks every object): the parts of the built result, each counting
only what the parts before it did not reach. For finding where memory goes; results
live in bench/RESULTS.md."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return 0


class Sampler(threading.Thread):
    """The highest resident set seen since the last `step`, every 20 ms."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.high = 0
        self.stop = False

    def run(self) -> None:
        while not self.stop:
            self.high = max(self.high, rss_mb())
            time.sleep(0.02)

    def take(self) -> int:
        high, self.high = self.high, rss_mb()
        return high


def reach(roots: list, seen: set[int]) -> tuple[int, Counter, Counter]:
    """Bytes (sys.getsizeof) and objects by type reachable from `roots` and not in `seen`
    (which is updated); types, modules and functions are not followed."""
    skip = (type, type(sys), type(reach))
    total = 0
    sizes: Counter = Counter()
    counts: Counter = Counter()
    stack = list(roots)
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, skip):
            continue
        seen.add(id(obj))
        size = sys.getsizeof(obj)
        total += size
        name = type(obj).__name__
        sizes[name] += size
        counts[name] += 1
        stack.extend(gc.get_referents(obj))
    return total, sizes, counts


def census(result) -> None:  # noqa: ANN001 - a BuildResult
    seen: set[int] = set()
    # what the interpreter holds anyway (modules, the vocabularies, caches)
    reach([sys.modules], seen)
    named = result.named_graphs
    parts = [
        ("triples (the TripleIndex)", [result.triples]),
        ("named graphs (flat lists)", [getattr(named, "_flat", named)]),
        ("sources and notes", [result.sources]),
        ("extractions", [result.extractions]),
        ("resolution", [result.resolution]),
        ("fragments", [result.fragments]),
    ]
    for label, roots in parts:
        start = time.perf_counter()
        total, sizes, counts = reach(roots, seen)
        top = ", ".join(f"{k} {v / 1e6:.1f} MB ({counts[k]:,})" for k, v in sizes.most_common(6))
        print(f"{label:28s} {total / 1e6:8.1f} MB  [{top}]  ({time.perf_counter() - start:.1f} s)", flush=True)


def duplicates(result) -> None:  # noqa: ANN001 - a BuildResult
    """How many distinct term objects the named graphs hold against the index's."""
    in_index: set[int] = set()
    for s, p, o in result.triples:
        in_index.update((id(s), id(p), id(o)))
    flat_ids: set[int] = set()
    objects = 0
    for flat in getattr(result.named_graphs, "_flat", {}).values():
        objects += len(flat)
        flat_ids.update(map(id, flat))
    print(
        f"terms: index {len(in_index):,} distinct objects; named graphs {objects:,} references to "
        f"{len(flat_ids):,} objects, {len(flat_ids - in_index):,} of them not the index's own",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notes", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--census", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, os.environ.get("KG1956_SRC", str(ROOT / "src")))  # another checkout's, to compare
    from kg1956.gcpolicy import few_collections, settle
    from kg1956.pipeline import build
    from kg1956.publish import publish_build

    sampler = Sampler()
    sampler.start()
    start = time.perf_counter()

    def step(message: str) -> None:
        high = sampler.take()
        print(f"{time.perf_counter() - start:7.2f} s  rss {rss_mb():6d} MB  (highest before: {high:6d})  {message}")

    out = args.out or Path(tempfile.mkdtemp(prefix="kg1956-mem-"))
    with few_collections():
        result = build([args.notes], progress=step)
        step("graph built")
        if args.census:
            duplicates(result)
            census(result)
            return
        if hasattr(result, "let_go_of_readings"):  # as `kg1956 build` does (not before the tenth session)
            result.let_go_of_readings()
        settle()
        report = publish_build(result, out, [], progress=step)
        step(f"published (conforms: {report.conforms})")
    sampler.stop = True


if __name__ == "__main__":
    main()
