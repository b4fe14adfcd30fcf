"""Work done in a forked child beside the parent, on the second core: a file rendered while
the build validates, half the notes scanned for spellings while the parent scans the
other half. The child sees the parent's objects without pickling them; only what the
work returns, or its exception, comes back (pickled, through a pipe): `wait()` returns
the one and raises the other in the parent, as if the work had been done there."""

from __future__ import annotations

import multiprocessing as mp
import os
import pickle
import signal
from collections.abc import Callable
from typing import Any

from kg1956.errors import OutputError


def can_fork() -> bool:
    """Whether this platform forks (Linux, macOS); elsewhere the work is done in process."""
    return hasattr(os, "fork") and "fork" in mp.get_all_start_methods()


class ForkedJob:
    """`work()` running in a forked child from the moment the job is made. What it returns
    must pickle.

    Fork before starting threads (a store's loader): a child forked beside a thread
    holding a lock could wait on it for ever."""

    def __init__(self, work: Callable[[], Any], what: str) -> None:
        self.what = what
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read)
            _run_child(work, write)
        os.close(write)
        self._pid: int | None = pid
        self._pipe: int | None = read

    def wait(self) -> Any:  # noqa: ANN401 - what the work returned
        """Wait for the child to finish; what the work returned.

        Raises:
            the child's exception (its type and message); OutputError if it was killed
            or its exception cannot be rebuilt here.
        """
        if self._pid is None:
            raise RuntimeError(f"{self.what}: already waited for")
        chunks = []
        pipe, self._pipe = os.fdopen(self._pipe, "rb"), None  # closed below, whatever happens
        with pipe:
            while chunk := pipe.read(1 << 16):
                chunks.append(chunk)
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        answer = None
        if chunks:
            try:
                answer = pickle.loads(b"".join(chunks))
            except Exception:  # noqa: BLE001 - reported as one line below
                answer = None
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and isinstance(answer, tuple):
            return answer[0]
        if isinstance(answer, BaseException):
            raise answer
        if os.WIFSIGNALED(status):
            raise OutputError(f"{self.what}: stopped by signal {os.WTERMSIG(status)}")
        raise OutputError(f"{self.what}: failed (exit status {os.waitstatus_to_exitcode(status)})")

    def cancel(self) -> None:
        """Stop the child if it still runs, and reap it."""
        if self._pid is None:
            return
        try:
            os.kill(self._pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self._pid, 0)
        self._pid = None
        if self._pipe is not None:
            os.close(self._pipe)
            self._pipe = None


def _run_child(work: Callable[[], Any], pipe: int) -> None:
    """Run `work` in the child and leave with `os._exit` (no atexit handlers, no
    flushing of the parent's buffers): 0 after writing what it returned (pickled, in a
    1-tuple), or 1 after writing the pickled exception."""
    code = 1
    try:
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # the parent decides what an interrupt means
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            data = pickle.dumps((work(),), pickle.HIGHEST_PROTOCOL)
            code = 0
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the parent
            data = _pickled_error(exc)
        view = memoryview(data)
        while view:
            view = view[os.write(pipe, view) :]
    except BaseException:  # noqa: BLE001 - nothing may escape a forked child
        code = 1
    finally:
        os._exit(code)


def _pickled_error(exc: BaseException) -> bytes:
    """`exc` pickled, or, if it cannot be rebuilt from its pickle, an OutputError of its line."""
    try:
        data = pickle.dumps(exc)
        pickle.loads(data)
    except Exception:  # noqa: BLE001
        data = pickle.dumps(OutputError(f"{type(exc).__name__}: {exc}"))
    return data
