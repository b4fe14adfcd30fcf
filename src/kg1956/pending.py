"""Files written under a temporary name beside their place and put there by a rename, so
a failed or interrupted build leaves the previous file as it was."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def file_mode() -> int:
    """0666 minus the process umask: the mode `open()` would give a new file."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


class PendingFile:
    """`path`'s next content, written through `fh` (binary) into a temporary file in the
    same folder; `commit()` puts it in place, `discard()` throws it away. The file gets
    the mode a plain `open()` would give it (0644 under the usual umask)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        self.path = path
        self._tmp = Path(tmp)
        try:
            os.fchmod(fd, file_mode())  # mkstemp makes the file private (0600)
            self.fh = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            self._tmp.unlink(missing_ok=True)
            raise

    def commit(self) -> None:
        """Flush the file to disk and put it in place of `path`."""
        try:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.replace(self._tmp, self.path)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        """Remove the temporary file; `path` stays as it was."""
        self.fh.close()
        self._tmp.unlink(missing_ok=True)
