"""Writing files atomically: a report at its path is complete, or not there at all.

These helpers raise ``OSError`` as it comes; a caller writing a file the user named turns
it into bad input with :func:`cannot_write` (one line naming the file, exit status 2),
while one writing a cache may ignore it.
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from compliance.errors import InputError


def cannot_write(path: str, exc: OSError) -> InputError:
    """The one-line error for a file the user named that could not be written."""
    from compliance.errors import InputError

    if isinstance(exc, FileExistsError | NotADirectoryError) and exc.filename:
        reason = f"{exc.filename} is not a folder"
    else:
        reason = exc.strerror or str(exc)
        reason = reason[:1].lower() + reason[1:]
    return InputError(f"cannot write the file: {reason}", file=path)


def temp_beside(path: str) -> tuple[int, str]:
    """A new temporary file in ``path``'s folder (created if missing), for
    :func:`move_into_place` when it is complete, with the permissions a plain new file
    would get (not mkstemp's 0600)."""
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".compliance-", suffix=".tmp", dir=folder)
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)
    return fd, temp


def move_into_place(temp: str, path: str) -> None:
    """Rename the complete temporary file onto ``path`` (removing it if that fails)."""
    try:
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_atomic(path: str, text: str | bytes) -> None:
    """Write a file (text, or bytes such as a Word file) so that a crash never leaves a
    partial file at ``path``."""
    fd, tmp = temp_beside(path)
    try:
        if isinstance(text, bytes):
            with os.fdopen(fd, "wb") as binary:
                binary.write(text)
                binary.flush()
                os.fsync(binary.fileno())
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    move_into_place(tmp, path)
