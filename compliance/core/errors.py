"""Error types and the exit codes they map to.

Exit codes (worst wins across a batch):

* 0 – no verdict at or above ``--fail-on``
* 1 – a verdict at or above ``--fail-on``
* 2 – bad input (a contract, pack, option or file); one line ``FILE:LINE:COL: message``
* 3 – a rule evaluated to ``error``, or an internal error
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_ERROR = 3


#: The longest message an error line carries: a message that echoes a huge value (a
#: 5 MB scalar, a list of 10,000 items where text was expected) keeps its head and tail.
MAX_MESSAGE = 1000


def shorten(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` if it is at most ``limit`` characters long, else its head and tail with the
    number of characters left out between them."""
    if len(text) <= limit:
        return text
    head, tail = limit * 7 // 10, limit // 4
    return f"{text[:head]} … [{len(text) - head - tail} characters left out] … {text[-tail:]}"


def printable_name(path: str) -> str:
    """``path`` with each byte that is not UTF-8 (which ``os`` functions give as a lone
    surrogate, U+DC80 to U+DCFF) written ``\\xNN``: text any UTF-8 output can carry."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        raw = path.encode("utf-8", "surrogateescape") if _escaped_only(path) else None
        if raw is None:  # a surrogate no file system byte gives: its code, visibly
            return path.encode("utf-8", "backslashreplace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")
    return path


def _escaped_only(path: str) -> bool:
    return all(not "\ud800" <= char <= "\udfff" or "\udc80" <= char <= "\udcff" for char in path)


def line_safe(path: str) -> str:
    """``path`` as messages and reports name it: a relative path that begins with ``::`` or
    with a space is written ``./PATH`` (the same file). A line that starts with a file name
    then never starts with ``::``: a file named ``::error::x.yaml`` cannot make a line of the
    output a GitHub Actions workflow command (a forged annotation); the runner reads one in
    any line of the log that starts, after spaces, with ``::``."""
    if path[:1].isspace() or path.startswith("::"):
        return f"./{path}"
    return path


class ComplianceError(Exception):
    """Base class of every error this package raises on purpose."""

    exit_code = EXIT_ERROR


class InputError(ComplianceError):
    """Bad input: rendered as one line ``FILE:LINE:COL: message`` and exit status 2."""

    exit_code = EXIT_INPUT

    def __init__(
        self,
        message: str,
        file: str | None = None,
        line: int | None = None,
        col: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.col = col

    def located(self, file: str) -> InputError:
        """Return this error with ``file`` filled in where it was missing."""
        if self.file is None:
            self.file = file
        return self

    def __str__(self) -> str:
        parts = []
        if self.file is not None:
            parts.append(line_safe(self.file if self.file.isascii() else printable_name(self.file)))
            if self.line is not None:
                parts.append(str(self.line))
                if self.col is not None:
                    parts.append(str(self.col))
        prefix = ":".join(parts)
        text = shorten(" ".join(self.message.split()))  # always one short line
        return f"{prefix}: {text}" if prefix else text


class InputErrors(InputError):
    """Several bad-input errors found in one pass (every mistake of a waiver file, of a
    pack's files): one ``FILE:LINE:COL: message`` line each, so that one run shows them all."""

    def __init__(self, errors: list[InputError]) -> None:
        first = errors[0]
        super().__init__(first.message, first.file, first.line, first.col)
        self.errors = list(errors)

    def located(self, file: str) -> InputError:
        for error in self.errors:
            error.located(file)
        return super().located(file)

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)


def raise_all(errors: list[InputError]) -> None:
    """Raise the one error, or all of them together (as PackErrors when they are all pack
    errors); nothing when there is none."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        if all(isinstance(error, PackError) for error in errors):
            raise PackErrors(errors)
        raise InputErrors(errors)


class Terminated(BaseException):
    """SIGTERM or SIGHUP: raised in the main thread (and for workers told to stop by the
    same signal), so the run unwinds as on Ctrl-C: files being written are removed, the
    workers stop; the exit status is 128 + the signal number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class PackError(InputError):
    """A rule pack that cannot be loaded or compiled (still bad input: exit 2)."""


class PackErrors(InputErrors, PackError):
    """Several errors in the files of rule packs."""
