"""The TriG rendered in a forked child while the build validates: the same bytes as
rendering in process, and a failure of either side (the child's, or a refused
validation) leaves the previous build as it was, with no temporary file and one clear
error."""

from __future__ import annotations

import os
import signal

import pytest

from kg1956 import publish
from kg1956.errors import GraphDataError, OutputError
from kg1956.export import TRIG_FILE, TURTLE_FILE
from kg1956.forked import ForkedJob, can_fork
from kg1956.publish import UNPARSED_FILE, publish_build

pytestmark = pytest.mark.skipif(not can_fork(), reason="the platform does not fork")

WRITTEN = (TURTLE_FILE, TRIG_FILE, UNPARSED_FILE)


def _files(out) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in WRITTEN}


def _hidden(out) -> list[str]:
    """Temporary files and folders left beside the outputs (the lock file is the build's)."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".kg1956.lock")


def test_the_forked_render_gives_the_bytes_of_the_serial_one(seed, tmp_path):
    serial = publish_build(seed, tmp_path / "serial", [], parallel=False)
    forked = publish_build(seed, tmp_path / "forked", [], parallel=True)
    assert serial.conforms and forked.conforms
    assert _files(tmp_path / "forked") == _files(tmp_path / "serial")
    assert _hidden(tmp_path / "forked") == []


def test_a_refused_validation_leaves_the_previous_build_while_the_child_renders(seed, tmp_path, monkeypatch):
    out = tmp_path / "build"
    publish_build(seed, out, [], parallel=True)
    before = _files(out)
    (out / TRIG_FILE).write_bytes(b"# the previous TriG\n")  # what must survive
    before[TRIG_FILE] = b"# the previous TriG\n"

    class Refused:
        conforms = False

    monkeypatch.setattr(publish, "validate_graph", lambda *a, **k: Refused())
    report = publish_build(seed, out, [], strict=True, parallel=True)
    assert not report.conforms
    assert _files(out) == before
    assert _hidden(out) == []


@pytest.mark.parametrize(
    "error",
    [OSError(28, "No space left on device"), GraphDataError("no per-note graphs")],
    ids=["os-error", "kg1956-error"],
)
def test_a_failing_child_fails_the_build_with_its_own_error(seed, tmp_path, monkeypatch, error):
    out = tmp_path / "build"
    publish_build(seed, out, [], parallel=False)
    before = _files(out)

    def broken(*args):
        raise error

    monkeypatch.setattr(publish, "_render_file", broken)
    with pytest.raises(type(error)) as raised:
        publish_build(seed, out, [], parallel=True)
    assert str(raised.value) == str(error)
    assert _files(out) == before
    assert _hidden(out) == []


def test_a_child_killed_is_one_line_and_the_previous_build_stays(seed, tmp_path, monkeypatch):
    out = tmp_path / "build"
    publish_build(seed, out, [], parallel=False)
    before = _files(out)
    monkeypatch.setattr(publish, "_render_file", lambda *a: os.kill(os.getpid(), signal.SIGKILL))
    with pytest.raises(OutputError, match=r"^rendering kg1956\.trig: stopped by signal 9$"):
        publish_build(seed, out, [], parallel=True)
    assert _files(out) == before
    assert _hidden(out) == []


def test_an_exception_that_cannot_travel_comes_back_as_its_line():
    class Local(Exception):  # defined in a function: pickle cannot rebuild it
        pass

    def work():
        raise Local("the reason")

    with pytest.raises(OutputError, match=r"^Local: the reason$"):
        ForkedJob(work, "work").wait()


def test_a_cancelled_child_is_stopped_and_reaped():
    import time

    job = ForkedJob(lambda: time.sleep(60), "sleeping")
    pid = job._pid
    job.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)


def test_a_wait_interrupted_leaves_the_child_to_cancel(monkeypatch):
    """An interrupt while waiting (Ctrl-C) closes the pipe once; `cancel` still stops and
    reaps the child without closing a descriptor twice."""
    import io
    import time

    from kg1956 import forked

    job = ForkedJob(lambda: time.sleep(60), "sleeping")
    pid = job._pid

    class Interrupted(io.RawIOBase):
        def readinto(self, buffer):
            raise KeyboardInterrupt

    real_fdopen = os.fdopen

    def fdopen(fd, mode):
        real_fdopen(fd, mode).close()
        return Interrupted()

    monkeypatch.setattr(forked.os, "fdopen", fdopen)
    with pytest.raises(KeyboardInterrupt):
        job.wait()
    monkeypatch.undo()
    job.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)
