"""One build at a time per output folder: a lock file held while a build writes."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg1956.errors import Kg1956Error, make_output_folder


class BuildLockedError(Kg1956Error):
    """Another build is writing to the same folder."""


@contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """Hold `out/.kg1956.lock` for the duration of a build.

    Raises:
        BuildLockedError: another kg1956 process holds it; the caller should wait and retry.
    """
    make_output_folder(out)
    path = out / ".kg1956.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "another process"
            raise BuildLockedError(
                f"{out}: another kg1956 build (pid {holder}) is writing here; wait for it or use --out"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        yield
    finally:
        os.close(fd)
