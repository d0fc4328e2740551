"""Writing files atomically: a report at its path is complete, or not there at all.

A path that is a symbolic link is written through: its target is replaced atomically and
the link stays. A path that is not a regular file (a device such as ``/dev/null`` or
``/dev/stdout``, a named pipe) is written directly: it cannot be renamed onto.

These helpers raise ``OSError`` as it comes; a caller writing a file the user named turns
it into bad input with :func:`cannot_write` (one line naming the file, exit status 2),
while one writing a cache may ignore it.
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from compliance.core.errors import InputError


def cannot_write(path: str, exc: OSError) -> InputError:
    """The one-line error for a file the user named that could not be written."""
    from compliance.core.errors import InputError

    if isinstance(exc, FileExistsError | NotADirectoryError) and exc.filename:
        reason = f"{exc.filename} is not a folder"
    else:
        reason = exc.strerror or str(exc)
        reason = reason[:1].lower() + reason[1:]
    return InputError(f"cannot write the file: {reason}", file=path)


STDOUT = "-"


def target_of(path: str) -> tuple[str, bool]:
    """Where writing ``path`` goes: (the file to write, whether to write it directly).

    A device, a named pipe or a socket (``/dev/null``, ``/dev/stdout``) is written
    directly; anything else atomically at the end of any symbolic links (a dangling link
    creates its target)."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return path, True
    real = os.path.realpath(path)
    if mode is not None and any(
        name.startswith(("/dev/", "/proc/")) for name in (os.path.abspath(path), real)
    ):  # /dev/stdout redirected to a file: write the file as it is, never rename in /dev
        return path, True
    return real, False


def check_writable(path: str) -> None:
    """Raise ``OSError`` now if ``path`` cannot be written later (before a long run): a
    folder in its place, a file where a folder should be, no permission on the folder."""
    import errno

    if path == "":
        raise OSError(errno.ENOENT, "empty file name")
    target, direct = target_of(path)
    if direct:
        if not os.access(target, os.W_OK):
            raise PermissionError(errno.EACCES, "permission denied", target)
        return
    if os.path.isdir(target):
        raise IsADirectoryError(errno.EISDIR, "is a folder; name a file", target)
    folder = os.path.dirname(target)
    while not os.path.lexists(folder):  # missing folders are created: check the first that is
        folder = os.path.dirname(folder)
    if not os.path.isdir(folder):
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, "permission denied", folder)


def require_writable(path: str, item: str) -> None:
    """Refuse, before a long run, an output file the user named (in ``-o {item}``) that
    is a folder or could not be written: one positioned line, exit 2."""
    from compliance.core.errors import InputError

    if os.path.isdir(path):
        raise InputError(f"-o {item!r}: {path!r} is a folder; name a file")
    try:
        check_writable(path)
    except OSError as exc:
        raise cannot_write(path, exc) from None


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
    partial file at ``path`` (a device is written directly; a symbolic link through, see
    :func:`target_of`)."""
    path, direct = target_of(path)
    if direct:
        with contextlib.suppress(BrokenPipeError):  # a pipe closed by its reader
            if isinstance(text, bytes):
                with open(path, "wb") as binary:
                    binary.write(text)
            else:
                with open(path, "w", encoding="utf-8", newline="") as handle:
                    handle.write(text)
        return
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
