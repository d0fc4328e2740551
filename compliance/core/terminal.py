"""What reaches a terminal, a log or an annotation: one sanitiser, and a standard output
that a reader closing early (``| head``) does not turn into a failed run.

Contract and pack text is untrusted: a clause id, a title or a waiver's reason may hold
terminal escapes (clear the screen, an OSC 8 hyperlink), bidirectional overrides (U+202E)
or line breaks that forge a line of output. :func:`clean` writes each such character as a
visible escape (``\\x1b``, ``\\u202e``); every text reporter, the GitHub annotations and
every message on standard error go through it.
"""

from __future__ import annotations

import os
import re
from functools import cache
from typing import Any

#: C0 and C1 controls, DEL, line and paragraph separators, NEL, bidirectional controls, the
#: noncharacters U+FFFE and U+FFFF.
UNSAFE = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]"


@cache
def _unsafe() -> re.Pattern[str]:
    # Compiled on first use (its class beyond Latin-1 takes a millisecond to compile): text
    # with nothing unprintable, what is nearly always printed, never needs it.
    return re.compile(UNSAFE)


def escape(match: re.Match[str]) -> str:
    """The visible escape of the one character ``match`` holds: ``\\xNN`` below U+00A0,
    ``\\uNNNN`` above (a tab, which a line may hold, becomes a space)."""
    char = match.group()
    code = ord(char)
    if char == "\t":
        return " "
    if code < 0xA0:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def clean(text: Any) -> str:
    """``text`` with control characters and terminal escapes made visible: one line, safe
    to print."""
    out = str(text)
    if out.isprintable():  # every unsafe character is unprintable
        return out
    pattern = _unsafe()
    if pattern.search(out) is None:
        return out
    return pattern.sub(escape, out)


#: C0 controls but tab, line feed and carriage return; DEL; C1 controls; the noncharacters
#: U+FFFE and U+FFFF (no XML document, such as a Word report, can hold them); and the
#: bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which
#: reorder the text around them ("Trojan Source"): a clause title holding U+202E would show
#: a reader of the Markdown, HTML or Word report other words than the contract's. Right-to-
#: left letters need none of them, and the marks U+200E, U+200F and U+061C are kept.
CONTROLS = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]"


@cache
def _controls() -> re.Pattern[str]:
    return re.compile(CONTROLS)


def visible_controls(text: str) -> str:
    """``text`` with its control characters (an escape sequence, a bell) and bidirectional
    reordering controls written as visible escapes (``\\x1b``, ``\\u202e``), its line
    breaks and any other character kept: for the reports that keep them (Markdown, HTML,
    Word). A contract cannot hold a control character, but a file name or a system's message
    quoted in a report can, and a contract's text can hold a bidirectional control."""
    if text.isprintable() or _controls().search(text) is None:
        return text
    return _controls().sub(escape, text)


def clean_lines(text: str) -> str:
    """Each line of ``text`` cleaned (the line breaks kept)."""
    return "\n".join(clean(line) for line in text.split("\n"))


class QuietStdout:
    """Standard output that, once its reader has gone (a broken pipe), drops what is written
    to it instead of failing: the run goes on to its real exit code, and errors still go to
    standard error. Everything else is the wrapped stream's."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.gone = False

    def _gone(self) -> None:
        self.gone = True
        try:  # what the stream still buffers goes nowhere, also at exit
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, ValueError, AttributeError):
            pass

    def write(self, text: str) -> int:
        if not self.gone:
            try:
                written: int = self._stream.write(text)
                return written
            except BrokenPipeError:
                self._gone()
        return len(text)

    def flush(self) -> None:
        if not self.gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._gone()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
