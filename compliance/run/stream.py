"""Writing a batch's reports as it goes: standard output or ``-o`` files, one per format.

The streaming formats (``compliance.report.reporters.STREAMING``: text, json, jsonl, sarif) are
written contract by contract as each item comes back, in path order: the head first, each
contract's part (rendered in the worker), the tail at the end. Nothing of a contract is
kept once written. When the head depends on the whole run (text and json with
``--waivers`` or ``--baseline``: their header holds the waiver warnings and the baseline
counts; SARIF keeps those for its end), the contracts' parts go to a temporary spool file
on disk and the head is written before them at the end: memory stays flat, output starts at the end.

The formats whose head needs the whole run (``compliance.report.reporters.SPOOLED``: junit,
github, markdown, html) get each contract's piece (rendered in the worker): its text for each
section of the document goes to a temporary file on disk (JUnit: one per pack's suite; the gap
reports: the summary and the contracts' sections), only the counts are kept, and the document
is written at the end: the head, then each section's text, then the tail. The same code
writes the whole-report ``render`` from parts kept in memory, so the bytes are the same
(see :mod:`compliance.report.reporters.pieces`). No contract is kept in memory.

A ``-o`` file is written to a temporary file beside it and renamed into place at the end;
a run that stops early (an internal error, Ctrl-C, a signal) leaves no partial file behind.
``-o -`` (``-o FORMAT:-``) is standard output; a device (``/dev/null``) is written directly,
and a symbolic link through to its target (see :mod:`compliance.core.atomic`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import IO, Any

from compliance.core.atomic import STDOUT
from compliance.core.records import field, record
from compliance.report.reporters import (
    SPOOLED,
    STREAMING,
    SpooledReporter,
    StreamingReporter,
    spooled,
    streaming,
)
from compliance.report.reporters.pieces import Parts, Piece
from compliance.report.results import InputProblem, Report, Totals


@record
class Destination:
    """Standard output (``path`` None) or a file written atomically."""

    path: str | None
    _handle: IO[str] | None = None
    _temp: str | None = None
    #: The file the temporary file is renamed onto (the end of any symbolic links).
    _target: str | None = None
    #: A pipe written directly whose reader has gone: what follows is dropped.
    _gone: bool = False

    @contextlib.contextmanager
    def _file(self) -> Iterator[IO[str]]:
        """The open file; an ``OSError`` writing it is bad input naming it (exit 2)."""
        assert self._handle is not None and self.path is not None
        try:
            yield self._handle
        except BrokenPipeError:  # a pipe (-o /dev/stdout) closed by its reader: not a failure
            self._gone = True
        except OSError as exc:
            from compliance.core.atomic import cannot_write

            raise cannot_write(self.path, exc) from None

    def open(self) -> None:
        if self.path is None:
            return
        from compliance.core.atomic import cannot_write, target_of, temp_beside

        try:
            target, direct = target_of(self.path)
            if direct:  # a device or a pipe: written as it goes, not renamed onto
                self._handle = open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115
                return
            fd, self._temp = temp_beside(target)
        except OSError as exc:
            raise cannot_write(self.path, exc) from None
        self._target = target
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, text: str) -> None:
        if not text or self._gone:
            return
        if self._handle is None:
            import click

            click.echo(text, nl=False)
        else:
            with self._file() as handle:
                handle.write(text)

    def copy_from(self, spool: IO[str]) -> None:
        spool.seek(0)
        if self._handle is None or self._gone:
            while chunk := spool.read(1 << 20):
                self.write(chunk)
        else:
            import shutil

            with self._file() as handle:
                shutil.copyfileobj(spool, handle, 1 << 20)

    def commit(self) -> None:
        if self._handle is None or self.path is None:
            return
        from compliance.core.atomic import move_into_place

        with self._file() as handle:
            handle.flush()
            if self._temp is None:  # written directly
                self._handle = None
                with contextlib.suppress(BrokenPipeError):
                    handle.close()
                return
            os.fsync(handle.fileno())
            handle.close()
            assert self._target is not None
            move_into_place(self._temp, self._target)
        self._handle = self._temp = None

    def abort(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
        if self._temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temp)
        self._handle = self._temp = None


@record
class Output:
    """One format written to one or more destinations."""

    name: str
    destinations: list[Destination]
    #: The head waits for the end of the run (then the parts go to ``spool`` meanwhile).
    deferred: bool = False
    spool: IO[str] | None = None
    module: StreamingReporter | None = None
    written: int = 0
    #: Options of the format's head and tail (SARIF: which results it carries).
    options: dict[str, Any] = field(default_factory=dict)
    #: A format written from the contracts' pieces at the end, and the pieces so far.
    pieced: SpooledReporter | None = None
    parts: Parts | None = None

    @property
    def streaming(self) -> bool:
        return self.module is not None

    def folder(self) -> str | None:
        """Where temporary files go: beside the first file written atomically (else the
        system's temporary folder)."""
        from compliance.core.atomic import target_of

        for destination in self.destinations:
            if destination.path is not None:
                target, direct = target_of(destination.path)
                if not direct:
                    return os.path.dirname(target)
        return None

    def write(self, text: str) -> None:
        if self.spool is not None:
            self.spool.write(text)
            return
        for destination in self.destinations:
            destination.write(text)


def is_stdout(path: str) -> bool:
    """Whether ``path`` is ``-`` or names the file standard output writes to (a link to
    ``/dev/stdout``, the file standard output is redirected to)."""
    import sys

    if path == STDOUT:
        return True
    try:
        return os.path.samestat(os.stat(path), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, AttributeError):
        return False


@record
class Outputs:
    """Every output of a run: ``fmt`` on standard output, or each ``-o [FORMAT:]FILE``."""

    outputs: list[Output] = field(default_factory=list)
    render_options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def create(
        cls,
        fmt: str,
        targets: list[tuple[str | None, str]],
        *,
        head_waits: bool,
        color: bool,
        by: str | None,
        show: tuple[str, ...] | None = None,
        audience: str = "reviewer",
        sarif_results: str = "findings",
        stdout: bool = False,
    ) -> Outputs:
        """``fmt`` goes to standard output when there are no targets, or when ``stdout``
        (an explicitly chosen format) and no target without a FORMAT: prefix takes it."""
        by_format: dict[str, list[Destination]] = {}
        if not targets or (
            stdout
            and all(name is not None for name, _ in targets)
            # -o FORMAT:- (or a link to /dev/stdout) already writes it there: once
            and not any((name or fmt) == fmt and is_stdout(path) for name, path in targets)
        ):
            by_format[fmt] = [Destination(None)]
        for name, path in targets:
            destination = Destination(None if path == STDOUT else path)
            by_format.setdefault(name or fmt, []).append(destination)
        outputs = []
        for name, destinations in by_format.items():
            output = Output(name, destinations)
            if name in STREAMING:
                output.module = streaming(name)
                output.deferred = head_waits and name not in ("jsonl", "sarif")
            elif name in SPOOLED:
                output.pieced = spooled(name)
            if name == "sarif":
                output.options = {"results": sarif_results}
            outputs.append(output)
        options = {
            "color": color,
            "by": by,
            "show": show,
            "audience": audience,
            "results": sarif_results,
        }
        return cls(outputs, options)

    @property
    def streaming(self) -> tuple[str, ...]:
        return tuple(o.name for o in self.outputs if o.streaming)

    @property
    def spooled(self) -> tuple[str, ...]:
        return tuple(o.name for o in self.outputs if o.pieced is not None)

    @property
    def keep(self) -> bool:
        """Whether a format needs every contract at the end."""
        return any(not o.streaming and o.pieced is None for o in self.outputs)

    def start(self, report: Report) -> None:
        """Open the files and write the heads that do not wait for the end."""
        for output in self.outputs:
            for destination in output.destinations:
                destination.open()
            if output.pieced is not None:
                output.parts = Parts(output.folder(), on_disk=True)
            if not output.streaming:
                continue
            if output.deferred:
                import tempfile

                output.spool = tempfile.TemporaryFile(  # noqa: SIM115 - closed in finish or abort
                    "w+", encoding="utf-8", newline="", prefix=".compliance-", dir=output.folder()
                )
            else:
                assert output.module is not None
                output.write(output.module.head(report, **output.options))

    def contract(self, parts: dict[str, str], pieces: dict[str, Piece] | None = None) -> None:
        """A contract's parts and pieces, as rendered in the worker."""
        for output in self.outputs:
            if output.parts is not None and pieces is not None:
                output.parts.add(pieces[output.name])
            if not output.streaming:
                continue
            part = parts[output.name]
            if not part:
                continue
            assert output.module is not None
            part = output.module.join(part, output.written == 0)
            output.write(part)
            output.written += 1

    def problem(self, problem: InputProblem) -> None:
        """A file that could not be checked (JSON Lines has its line in path order; the
        other formats list bad files at the end)."""
        for output in self.outputs:
            if output.module is not None:
                output.write(output.module.problem_part(problem))

    def finish(self, report: Report) -> None:
        """Write the tails (and the deferred heads, then the spooled parts), render the other
        formats from the whole report, and move every file into place."""
        from compliance.report.reporters import render

        totals = report.totals or Totals.of(report.contracts)
        for output in self.outputs:
            if output.streaming:
                assert output.module is not None
                spool, output.spool = output.spool, None
                if spool is not None:
                    output.write(output.module.head(report, **output.options))
                    for destination in output.destinations:
                        destination.copy_from(spool)
                    spool.close()
                output.write(output.module.tail(report, totals, **output.options))
            elif output.pieced is not None and output.parts is not None:
                parts, output.parts = output.parts, None
                try:
                    output.pieced.document(report, parts, output.write, **self.render_options)
                finally:
                    parts.close()
            else:
                output.write(render(output.name, report, **self.render_options))
        for output in self.outputs:
            for destination in output.destinations:
                destination.commit()

    def abort(self) -> None:
        for output in self.outputs:
            if output.parts is not None:
                output.parts.close()
                output.parts = None
            if output.spool is not None:
                with contextlib.suppress(OSError):
                    output.spool.close()
                output.spool = None
            for destination in output.destinations:
                destination.abort()
