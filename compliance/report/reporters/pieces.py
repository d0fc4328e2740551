"""Reports written from their contracts' pieces, for the formats whose head needs the whole
run (JUnit's totals, the gap reports' warnings and summaries, the bad files GitHub lists
first).

Such a format renders each contract's :class:`Piece` on its own (in a batch, in the worker):
its text for each section of the document (JUnit: a test suite per pack; the gap reports:
the summary and the contracts' sections) and its counts. :class:`Parts` adds the pieces up
in order: each section's text goes to its own file (a temporary file on disk in a batch, so
memory stays flat; in memory for the whole-report ``render``), and only the counts are kept.
At the end the format's ``document`` writes the head, which only the end knows, then each
section's text as it was added, then the tail. The whole-report ``render`` goes the same way,
so a batch's file and the library's report are the same bytes.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable, Iterable
from typing import IO, Any

from compliance.core.records import field, record

#: Where a document is written, a piece of text at a time.
Write = Callable[[str], None]

#: How much of a section is read at a time when it is copied out.
CHUNK = 1 << 20

#: The sections of a gap report (Markdown, HTML): the summary, then the contracts.
SUMMARY = "summary"
CONTRACTS = "contracts"


@record
class Piece:
    """One contract's part of a report: its text for each section, and its counts,
    (section, kind) -> number (JUnit: the outcomes in each pack's suite)."""

    texts: dict[str, str] = field(default_factory=dict)
    counts: dict[tuple[str, str], int] = field(default_factory=dict)


class Parts:
    """Pieces added up in order: each section's text in its own file, the counts summed,
    the number of contracts. On disk (``on_disk``): temporary files in ``folder`` (the
    system's when None), which have no name and go when closed or when the process ends."""

    def __init__(self, folder: str | None = None, *, on_disk: bool = False) -> None:
        self.folder = folder
        self.on_disk = on_disk
        self.contracts = 0
        self.counts: dict[tuple[str, str], int] = {}
        self._files: dict[str, IO[str]] = {}

    def add(self, piece: Piece) -> None:
        self.contracts += 1
        for section, text in piece.texts.items():
            if text:
                self._file(section).write(text)
        for key, number in piece.counts.items():
            self.counts[key] = self.counts.get(key, 0) + number

    def count(self, section: str, kind: str = "") -> int:
        return self.counts.get((section, kind), 0)

    def copy(self, section: str, write: Write) -> None:
        """Write a section's text, as added, a chunk at a time."""
        handle = self._files.get(section)
        if handle is None:
            return
        handle.seek(0)
        while chunk := handle.read(CHUNK):
            write(chunk)
        handle.seek(0, io.SEEK_END)

    def text(self, section: str) -> str:
        """A section's text as one string (for a section known to be small)."""
        out: list[str] = []
        self.copy(section, out.append)
        return "".join(out)

    def close(self) -> None:
        """Close (and so remove) the sections' files."""
        files, self._files = self._files, {}
        for handle in files.values():
            with contextlib.suppress(OSError):
                handle.close()

    def _file(self, section: str) -> IO[str]:
        handle = self._files.get(section)
        if handle is None:
            if self.on_disk:
                import tempfile

                handle = tempfile.TemporaryFile(  # noqa: SIM115 - closed by close()
                    "w+", encoding="utf-8", newline="", prefix=".compliance-", dir=self.folder
                )
            else:
                handle = io.StringIO(newline="")
            self._files[section] = handle
        return handle


def collect(pieces: Iterable[Piece]) -> Parts:
    """The pieces added up in memory (the whole-report ``render``)."""
    parts = Parts()
    for piece in pieces:
        parts.add(piece)
    return parts


def rendered(document: Callable[[Write], None]) -> str:
    """What a document writes, as one string."""
    out: list[str] = []
    document(out.append)
    return "".join(out)


_RUNS = re.compile(r"\n{3,}")


class Squeeze:
    """Writes text with every run of three or more line breaks made two, and one line break
    at the end (:meth:`end`) however many the text ends with: what
    ``re.sub(r"\\n{3,}", "\\n\\n", whole).rstrip("\\n") + "\\n"`` gives for the whole text,
    written as it comes, in pieces of any size (a run may span pieces: the line breaks at the
    end of a piece are held back until text follows)."""

    def __init__(self, write: Write) -> None:
        self._write = write
        self._pending = 0

    def __call__(self, text: str) -> None:
        core = text.strip("\n")
        if not core:
            self._pending += len(text)
            return
        breaks = self._pending + len(text) - len(text.lstrip("\n"))
        if breaks:
            self._write("\n" * min(breaks, 2))
        self._write(_RUNS.sub("\n\n", core))
        self._pending = len(text) - len(text.rstrip("\n"))

    def end(self) -> None:
        self._write("\n")


def gap_pieces(
    summary_lines: Callable[[Any], list[str]],
    contract_section: Callable[[Any, bool, bool], list[str]],
    by_clause_section: Callable[[Any, bool, bool], list[str]],
    *,
    title_break: int,
    section_break: str,
) -> Callable[..., Piece]:
    """The ``piece`` function of a gap report (Markdown, HTML) from its renderers of a
    contract's summary lines and section (by rule or ``by="clause"``): a piece holds the
    contract's lines of the summary (under its title: the count ``(summary, title)`` is
    how many characters to leave out when the report holds one contract, the title and
    the ``title_break`` characters after it) and its section, each after the line break
    that joins it to what comes before (``section_break`` for the section)."""

    def piece(
        contract: Any,
        *,
        redacted: bool = False,
        by: str | None = None,
        audience: str | None = None,
        **_: Any,
    ) -> Piece:
        counsel = audience == "counsel"
        summary = summary_lines(contract)
        sections = by_clause_section if by == "clause" else contract_section
        section = sections(contract, redacted, counsel)
        counts = {(SUMMARY, "title"): len(summary[0]) + title_break}
        if any(result.non_contract for result in contract.results):
            counts[(CONTRACTS, "non_contract")] = 1
        texts = {SUMMARY: "\n" + "\n".join(summary), CONTRACTS: section_break + "\n".join(section)}
        return Piece(texts, counts)

    return piece


def copy_summary(parts: Parts, write: Write) -> None:
    """The contracts' lines of the summary; with one contract, without its title."""
    if parts.contracts == 1:
        write(parts.text(SUMMARY)[parts.count(SUMMARY, "title") :])
    else:
        parts.copy(SUMMARY, write)
