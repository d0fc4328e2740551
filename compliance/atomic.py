"""Writing files atomically: a report at its path is complete, or not there at all."""

from __future__ import annotations

import contextlib
import os


def temp_beside(path: str) -> tuple[int, str]:
    """A new temporary file in ``path``'s folder (for ``os.replace`` onto ``path`` when it
    is complete), with the permissions a plain new file would get (not mkstemp's 0600)."""
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(prefix=".compliance-", suffix=".tmp", dir=folder)
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)
    return fd, temp


def write_atomic(path: str, text: str) -> None:
    """Write a file so that a crash never leaves a partial file at ``path``."""
    fd, tmp = temp_beside(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
