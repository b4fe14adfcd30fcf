"""The memory of a command and every process it forks, sampled every 50 ms.

    python bench/treemem.py -- COMMAND ARGS…

`/usr/bin/time`'s "maximum resident set size" is the largest of the process and each
child it waited for, and a forked child's resident set counts the pages it shares with
its parent: neither is what the machine gives the command. Here every 50 ms the
proportional set sizes (Pss: a shared page counted once, split between its sharers) of
the process and all its descendants are summed from /proc/PID/smaps_rollup; printed at
the end (to stderr): the highest sum, the highest resident set of one process, and the
most processes seen at once, in MiB."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path


def descendants(pid: int) -> list[int]:
    """`pid` and every process below it (from /proc/*/task/*/children)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return out


def memory(pid: int) -> tuple[int, int]:
    """(Pss, Rss) of one process in kB (0, 0 once it is gone)."""
    pss = rss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
            elif line.startswith("Rss:"):
                rss = int(line.split()[1])
    except OSError:
        pass
    return pss, rss


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--":
        args = args[1:]
    proc = subprocess.Popen(args)
    high = {"pss": 0, "rss": 0, "procs": 0}
    start = time.perf_counter()
    at_high: list = []  # when the highest sum was seen, and each process's Pss then

    def sample() -> None:
        while proc.poll() is None:
            pids = descendants(proc.pid)
            sizes = [memory(p) for p in pids]
            if sum(p for p, _ in sizes) > high["pss"]:
                high["pss"] = sum(p for p, _ in sizes)
                at_high[:] = [time.perf_counter() - start, [p // 1024 for p, _ in sizes]]
            high["rss"] = max(high["rss"], max((r for _, r in sizes), default=0))
            high["procs"] = max(high["procs"], len(pids))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = proc.wait()
    sampler.join()
    print(
        f"treemem: highest Pss of the tree {high['pss'] // 1024} MiB; highest Rss of one process "
        f"{high['rss'] // 1024} MiB; up to {high['procs']} processes; the highest at {at_high[0]:.1f} s "
        f"(Pss of each process then, MiB: {at_high[1]})",
        file=sys.stderr,
    )
    sys.exit(code)


if __name__ == "__main__":
    main()
