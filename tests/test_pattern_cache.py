"""The compiled-pattern cache (`kg1956.pattern_cache`): a warm cache must give the very
same extraction as none, and a damaged, foreign or unwritable cache must be harmless."""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg1956 import pattern_cache
from kg1956.pattern_cache import FORMAT, PatternCache, cache_file, pack, read_entries, unpack, write_entries

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "lankov-selivanov-2018.txt"

# Prints the sha256 of the repr of the seed's extraction, and how many patterns came from
# the cache and how many were compiled.
EXTRACT_SEED = f"""
import hashlib
from pathlib import Path
import kg1956
from kg1956 import pattern_cache
from kg1956.sources import load_source
from kg1956.extract.citations import extract_note
h = hashlib.sha256()
for note in load_source(Path({str(SEED)!r})).notes:
    h.update(repr(extract_note(note)).encode())
cache = pattern_cache._installed
print(h.hexdigest(), cache.hits if cache else -1, len(cache._new) if cache else -1)
"""

# Compiles the date reader's patterns and a few others, and checks what they find.
SMALL = """
import re
import kg1956
from kg1956.extract.dates import find_dates
found = [d.value.iso for d in find_dates("Memo, 28 November 1956; 3 апреля 1957 г.; 16.VI.1956")]
assert found == ["1956-11-28", "1957-04-03", "1956-06-16"], found
assert re.compile(r"ab+c").fullmatch("abbbc")
assert re.compile(rb"f\\.\\s*(\\d+)").search(b"AVPRF, f. 0102").group(1) == b"0102"
print("ok")
"""


def _run(code: str, cache_dir: Path | str, **env: str) -> str:
    environment = {**os.environ, "KG1956_CACHE_DIR": str(cache_dir)}
    environment.pop("KG1956_PATTERN_CACHE", None)
    environment.update(env)
    done = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout.strip()


def test_a_warm_cache_gives_the_same_extraction_as_none(tmp_path):
    without = _run(EXTRACT_SEED, tmp_path / "off", KG1956_PATTERN_CACHE="0")
    digest_off, hits_off, _ = without.split()
    assert hits_off == "-1"
    assert not (tmp_path / "off").exists()

    # two hash seeds: a pattern built from a set in whatever order the set has would differ
    # between the runs, and the warm run would have to compile it again
    cold = _run(EXTRACT_SEED, tmp_path / "cache", PYTHONHASHSEED="1").split()
    assert cache_file(tmp_path / "cache").is_file()
    warm = _run(EXTRACT_SEED, tmp_path / "cache", PYTHONHASHSEED="2").split()

    assert cold[0] == warm[0] == digest_off
    assert int(cold[2]) > 500  # the cold run compiled and learnt the extractor's patterns
    assert int(warm[1]) > 500 and int(warm[2]) == 0  # the warm run took them all from the file


def test_a_damaged_file_is_ignored_and_replaced(tmp_path):
    _run(SMALL, tmp_path)
    path = cache_file(tmp_path)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    assert read_entries(path) == {}

    assert _run(SMALL, tmp_path) == "ok"
    assert read_entries(path)  # written again, whole


def test_another_interpreters_file_is_not_read(tmp_path):
    _run(SMALL, tmp_path)
    path = cache_file(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data.replace(sys.version.encode(), b"2.7.18", 1))
    assert read_entries(path) == {}
    assert _run(SMALL, tmp_path) == "ok"


def test_entries_the_engine_refuses_are_compiled_as_usual_and_forgotten(tmp_path):
    _run(SMALL, tmp_path)
    path = cache_file(tmp_path)
    learnt = read_entries(path)
    assert learnt
    garbage = {
        key: (places, tuple(b"\xff\xff\xff\x0f" * 3 if i in places else v for i, v in enumerate(args)))
        for key, (places, args) in learnt.items()
    }
    write_entries(path, garbage)  # whole and with a good digest, but no engine's code

    assert _run(SMALL, tmp_path) == "ok"
    assert read_entries(path) == learnt  # each refused entry forgotten, then learnt again


def test_a_cache_that_cannot_be_written_is_harmless(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert _run(SMALL, blocker / "cache") == "ok"
    assert blocker.read_text() == "not a folder"


def test_entries_pack_and_unpack_to_what_the_engine_was_given():
    import _sre
    from re import _compiler

    seen = []

    class Spy:
        def __getattr__(self, name):
            return getattr(_sre, name)

        def compile(self, *args):
            seen.append(args)
            return _sre.compile(*args)

    # the compiler itself, not the cache this test process may have put in front of it
    compile_pattern = pattern_cache._installed._original if pattern_cache._installed else _compiler.compile
    real = _compiler._sre
    _compiler._sre = Spy()
    try:
        compile_pattern(r"(?P<fond>\d+)\s*[,.]\s*op\.?\s*(\d+)", re.I)
    finally:
        _compiler._sre = real
    (args,) = seen
    entry = pack(args)
    assert entry is not None
    marshal.dumps(entry)
    assert unpack(entry) == tuple(list(a) if isinstance(a, list) else a for a in args)
    rebuilt = _sre.compile(*unpack(entry))
    assert rebuilt.groupindex == {"fond": 1}
    assert rebuilt.match("102, op. 12").groups() == ("102", "12")


def test_past_its_bound_the_file_keeps_what_this_run_used(tmp_path, monkeypatch):
    monkeypatch.setattr(pattern_cache, "MAX_ENTRIES", 3)
    cache = PatternCache(tmp_path / "p.marshal")
    cache._entries = {("old1", 0): "a", ("old2", 0): "b", ("used", 0): "c"}
    cache._new = {("new", 0): "d"}
    cache._used = {("used", 0), ("new", 0)}
    assert cache.entries_to_keep() == {("used", 0): "c", ("new", 0): "d"}
    cache._entries = {("old1", 0): "a"}
    assert cache.entries_to_keep() == {("old1", 0): "a", ("new", 0): "d"}


def test_the_file_is_checked_by_its_digest(tmp_path):
    path = tmp_path / "p.marshal"
    write_entries(path, {("x", 0): ((), ("x", 32, b"", 0, {}, ()))})
    data = path.read_bytes()
    assert data.startswith(FORMAT)
    payload = data[-len(marshal.dumps({("x", 0): ((), ("x", 32, b"", 0, {}, ()))})) :]
    assert hashlib.sha256(payload).digest() in data
    assert read_entries(path) == {("x", 0): ((), ("x", 32, b"", 0, {}, ()))}


@pytest.mark.parametrize("value", ["0", "off", "no"])
def test_it_can_be_turned_off(monkeypatch, value):
    monkeypatch.setenv("KG1956_PATTERN_CACHE", value)
    assert pattern_cache.cache_dir() is None
