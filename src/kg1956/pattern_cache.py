"""Compiled regular expressions kept between runs, as `__pycache__` keeps bytecode.

The extractor compiles some 1,300 patterns when it is imported, and CPython's `re` spends
most of a small build's import parsing them. `install()` puts a cache in front of `re`'s
compiler: a pattern seen in an earlier run is rebuilt from the compiled form that run
recorded (the arguments `re` gave its C engine), which skips parsing; a new pattern is
compiled as usual and recorded. The file is written when the process exits, only if it
learnt something.

Safety: the file is tied to the exact interpreter (`sys.version`, the engine's magic
number) and checked by its SHA-256 before it is read; the C engine validates the code it
is given. Anything unexpected — no cache directory, a foreign or damaged file, another
Python — means patterns are compiled as usual. The file is trusted as `__pycache__` is:
whoever can write it can already change the user's Python. `KG1956_PATTERN_CACHE=0` turns it off;
`KG1956_CACHE_DIR` (default `$XDG_CACHE_HOME/kg1956`, else `~/.cache/kg1956`) moves it.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import threading
from array import array
from pathlib import Path

# How many compiled patterns the file keeps at most (the extractor needs ~1,400; the rest
# is room for patterns built at run time, which are not worth keeping without a bound).
MAX_ENTRIES = 4096
FORMAT = b"kg1956-patterns-1\n"


def cache_dir() -> Path | None:
    """Where the pattern file lives, or None when the cache is turned off."""
    if os.environ.get("KG1956_PATTERN_CACHE", "1").strip().lower() in ("0", "off", "no", "false"):
        return None
    explicit = os.environ.get("KG1956_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "kg1956"


def _interpreter_key() -> bytes:
    """What the compiled form depends on: this interpreter and its regular-expression engine."""
    import _sre

    parts = (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, sys.maxunicode)
    return repr(parts).encode()


def cache_file(directory: Path) -> Path:
    """The pattern file for this interpreter inside `directory`."""
    tag = sys.implementation.cache_tag or "python"
    return directory / f"patterns.{tag}.marshal"


def read_entries(path: Path) -> dict:
    """The entries of a pattern file; empty if it is missing, damaged or another interpreter's."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    header = FORMAT + _interpreter_key() + b"\n"
    if not data.startswith(header) or len(data) < len(header) + 32:
        return {}
    digest, payload = data[len(header) : len(header) + 32], data[len(header) + 32 :]
    if hashlib.sha256(payload).digest() != digest:
        return {}
    try:
        entries = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def write_entries(path: Path, entries: dict) -> None:
    """Write `entries` to `path` whole or not at all (a temporary file renamed over it)."""
    import tempfile  # only when writing: kept off the start-up path of every command

    payload = marshal.dumps(entries)
    data = FORMAT + _interpreter_key() + b"\n" + hashlib.sha256(payload).digest() + payload
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".patterns.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class _Recorder:
    """Stands in for the `_sre` module inside `re`'s compiler and notes, per thread, the
    arguments of the one `_sre.compile` call that compiling a pattern ends with."""

    def __init__(self, real) -> None:
        self._real = real
        self.seen = threading.local()

    def compile(self, *args):
        self.seen.args = args
        return self._real.compile(*args)

    def __getattr__(self, name: str):
        return getattr(self._real, name)


# The compiled code is a long list of small ints: kept as the bytes of an array, it loads
# in a quarter of the time and becomes a list again only for the patterns a run uses.
_CODE_TYPE = next(t for t in "IL" if array(t).itemsize == 4)


def pack(args: tuple) -> tuple | None:
    """An entry for the file: `_sre.compile`'s arguments, lists of ints as bytes (their
    places noted), int subclasses as ints; None if marshal could not keep it."""
    packed, places = [], []
    for i, value in enumerate(args):
        if isinstance(value, list):
            try:
                value = array(_CODE_TYPE, value).tobytes()
            except (TypeError, OverflowError):
                return None
            places.append(i)
        packed.append(_plain(value))
    entry = (tuple(places), tuple(packed))
    try:
        marshal.dumps(entry)
    except ValueError:
        return None
    return entry


def unpack(entry: tuple) -> tuple:
    """`_sre.compile`'s arguments again from an entry of the file."""
    places, packed = entry
    args = list(packed)
    for i in places:
        code = array(_CODE_TYPE)
        code.frombytes(args[i])
        args[i] = code.tolist()
    return tuple(args)


def _asked_by_kg1956() -> bool:
    """Whether the pattern being compiled comes from this package's code (other libraries'
    patterns are left to them: some are built from sets and differ in every process)."""
    frame = sys._getframe(2)  # `re._compile`, which asked the cache; then its callers
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "re":
        frame = frame.f_back
    return frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "kg1956"


def _plain(value):
    """`value` with int subclasses (the compiler's named constants) as plain ints."""
    if value is None or type(value) in (str, bytes, int, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


class PatternCache:
    """The cache in front of `re._compiler.compile` (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        import _sre
        from re import _compiler

        self.path = path
        self._sre = _sre
        self._compiler = _compiler
        self._original = _compiler.compile
        self._recorder = _Recorder(_sre)
        self._entries: dict | None = None
        self._used: set = set()
        self._new: dict = {}
        self._pid = os.getpid()
        self._dropped = False
        self.hits = 0

    def _table(self) -> dict:
        if self._entries is None:
            self._entries = read_entries(self.path)
        return self._entries

    def compile(self, p, flags=0):
        """`re._compiler.compile`, from the cache where it can be."""
        if type(p) not in (str, bytes) or flags & 128 or not _asked_by_kg1956():  # 128: re.DEBUG
            return self._original(p, flags)  # (other code's patterns are not kept: see below)
        key = (p, int(flags))
        entry = self._table().get(key)
        if entry is not None:
            try:
                compiled = self._sre.compile(*unpack(entry))
            except Exception:  # an entry the engine refuses: forget it, compile as usual
                del self._table()[key]
                self._dropped = True
            else:
                self._used.add(key)
                self.hits += 1
                return compiled
        self._recorder.seen.args = None
        self._compiler._sre = self._recorder
        try:
            compiled = self._original(p, flags)
        finally:
            self._compiler._sre = self._sre
        args = self._recorder.seen.args
        if args is not None and len(self._new) < MAX_ENTRIES:
            entry = pack(args)
            if entry is not None:
                self._new[key] = entry
                self._used.add(key)
        return compiled

    def entries_to_keep(self) -> dict:
        """The file's next contents: what it had and what was learnt, or, past
        `MAX_ENTRIES`, only what this run used (so patterns no longer in the code age out)."""
        entries = {**self._table(), **self._new}
        if len(entries) > MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self._used}
        return dict(list(entries.items())[:MAX_ENTRIES])

    def save(self) -> None:
        """Write what this process learnt or dropped, if anything (not from a forked child)."""
        if not (self._new or self._dropped) or os.getpid() != self._pid:
            return
        entries = self.entries_to_keep()
        try:
            write_entries(self.path, entries)
        except Exception:  # a cache is never worth a traceback at exit: the next run compiles
            return
        self._entries, self._new, self._dropped = entries, {}, False


_installed: PatternCache | None = None


def install() -> PatternCache | None:
    """Put the cache in front of `re`'s compiler for this process (once); None when it is
    turned off or this Python's `re` is not the one it knows."""
    global _installed
    if _installed is not None:
        return _installed
    try:
        directory = cache_dir()
        if directory is None:
            return None
        from re import _compiler

        if not callable(getattr(_compiler, "compile", None)) or not hasattr(_compiler, "_sre"):
            return None
        cache = PatternCache(cache_file(directory))
    except Exception:
        return None
    _compiler.compile = cache.compile
    atexit.register(cache.save)
    _installed = cache
    return cache
