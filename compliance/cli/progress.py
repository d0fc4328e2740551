"""A progress bar on standard error for large batches.

Shown by default only when standard error is a terminal, the report does not go to the
same terminal (it is written with ``-o`` or standard output is redirected), the batch has
more than :data:`LARGE` files, and the ``CI`` environment variable is not set; ``--progress``
and ``--no-progress`` decide otherwise. On a terminal the bar is redrawn in place; when
asked for elsewhere (a log), a line is written at every tenth of the batch.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

#: Batches with more files than this show the bar by default.
LARGE = 50


def wanted(option: bool | None, files: int, report_on_terminal: bool) -> bool:
    if option is not None:
        return option
    if os.environ.get("CI") or files <= LARGE or report_on_terminal:
        return False
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


class Progress:
    def __init__(self, total: int, enabled: bool, stream: TextIO | None = None) -> None:
        self.total = total
        self.enabled = enabled and total > 0
        self.stream = stream or sys.stderr
        self.terminal = bool(getattr(self.stream, "isatty", lambda: False)())
        self.done = 0
        self.shown = False
        self.last = 0.0
        self.tenth = 0

    def advance(self) -> None:
        if not self.enabled:
            return
        self.done += 1
        if self.terminal:
            now = time.monotonic()
            if now - self.last >= 0.1 or self.done == self.total:
                self.last = now
                self._draw()
        else:
            tenth = self.done * 10 // self.total
            if tenth > self.tenth:
                self.tenth = tenth
                self.stream.write(f"checked {self.done}/{self.total} files\n")
                self.stream.flush()

    def _draw(self) -> None:
        width = 30
        filled = width * self.done // self.total
        bar = "#" * filled + "." * (width - filled)
        percent = 100 * self.done // self.total
        self.stream.write(f"\rchecking [{bar}] {self.done}/{self.total} files {percent:3d}%")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Take the bar off the screen (before an error line, and at the end)."""
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False
            self.last = 0.0
