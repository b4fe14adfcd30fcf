"""What a query command loads: the answer to `who-spoke-to-whom` must not wait for libraries
it does not use (issue #7: the seed's query in a second, interpreter start included)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("pydantic", "pyshacl", "networkx", "matplotlib", "jinja2", "owlrl")

_PROBE = """
import json, sys
sys.argv = ["kg1956", *json.loads(sys.argv[1])]
from kg1956.cli import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


def _modules_loaded(*args: str) -> set[str]:
    run = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(args)], capture_output=True, text=True, check=True, timeout=120
    )
    return set(json.loads(run.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("args", [("who-spoke-to-whom", "Yi Sang-jo"), ("query", "conversations", "--limit", "3")])
def test_a_query_on_the_seed_build_loads_no_heavy_library(seed_build_dir: Path, args: tuple[str, ...]) -> None:
    loaded = _modules_loaded(*args, "--data", str(seed_build_dir))
    assert "kg1956" in loaded and "pyoxigraph" in loaded  # the probe ran the command
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
