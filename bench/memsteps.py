"""Resident memory after each step of `kg1956 build`, read from /proc/self/status.

    python bench/memsteps.py NOTES_FILE [--out DIR]

Prints, for each progress message of the build, the seconds since start (wall, and CPU
of every thread of the process: steadier than wall on a shared machine), the current
resident set (VmRSS) and the peak so far (VmHWM), in MB. For finding where memory goes;
timings live in bench/RESULTS.md."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rss() -> tuple[int, int]:
    """(VmRSS, VmHWM) of this process, in MB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notes", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, os.environ.get("KG1956_SRC", str(ROOT / "src")))  # another checkout's, to compare
    from kg1956.gcpolicy import few_collections, settle
    from kg1956.pipeline import build
    from kg1956.publish import publish_build

    start, cpu_start = time.perf_counter(), time.process_time()

    def step(message: str) -> None:
        now, peak = rss()
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        print(f"{wall:7.2f} s  cpu {cpu:7.2f} s  rss {now:6d} MB  peak {peak:6d} MB  {message}", flush=True)

    out = args.out or Path(tempfile.mkdtemp(prefix="kg1956-mem-"))
    with few_collections():
        result = build([args.notes], progress=step)
        step("graph built")
        if hasattr(result, "let_go_of_readings"):  # as `kg1956 build` does (not before the tenth session)
            result.let_go_of_readings()
        settle()
        report = publish_build(result, out, [], progress=step)
        step(f"published (conforms: {report.conforms})")


if __name__ == "__main__":
    main()
