"""Reporters: each renders a Report to text, chosen by ``--format``.

A reporter is a module that provides what :class:`Reporter` names (``render``); a
streaming one also writes a batch contract by contract (:class:`StreamingReporter`), and a
spooled one (whose head needs the whole run) renders each contract's piece on its own and
writes the document from the pieces at the end (:class:`SpooledReporter`). The
registry :data:`FORMATS` lists each format with a loader that imports its module only when
the format is used; the loaders' return types make the type checker hold each module to its
protocol. Beside them, ``compare.py`` and ``gaps.py`` render the output of the ``compare``
and ``gaps`` commands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from compliance.core.records import record

if TYPE_CHECKING:
    from compliance.report.reporters.pieces import Parts, Piece, Write
    from compliance.report.results import ContractReport, InputProblem, Report, Totals


class Reporter(Protocol):
    """A format rendered from the whole report at the end of a run."""

    def render(self, report: Report, **options: Any) -> str:
        """The report as text; options a format does not use are ignored."""
        ...


class StreamingReporter(Reporter, Protocol):
    """A format a batch writes as it goes: the head, each contract's part (rendered in the
    worker), the tail. Nothing of a contract is kept once its part is written."""

    def head(self, report: Report, **options: Any) -> str:
        """What comes before the first contract."""
        ...

    def contract_part(self, contract: ContractReport, **options: Any) -> str:
        """One contract's part."""
        ...

    def join(self, part: str, first: bool) -> str:
        """A contract's part as written after the parts before it (a separator, if any)."""
        ...

    def problem_part(self, problem: InputProblem) -> str:
        """A file that could not be checked, written in path order ("" when the format lists
        such files at the end)."""
        ...

    def tail(self, report: Report, totals: Totals, **options: Any) -> str:
        """What comes after the last contract, with the run's counts."""
        ...


class SpooledReporter(Reporter, Protocol):
    """A format whose head needs the whole run (totals, warnings, bad files): each
    contract's piece is rendered on its own (in a batch's worker), the pieces are added up
    in :class:`~compliance.report.reporters.pieces.Parts` (each section's text on disk, the
    counts), and the document is written from them at the end. Its ``render`` does the
    same with the parts in memory (see :mod:`compliance.report.reporters.pieces`)."""

    def piece(self, contract: ContractReport, **options: Any) -> Piece:
        """One contract's piece (options: fail_on, fail_on_severity, redacted, by,
        audience; those a format does not use are ignored)."""
        ...

    def document(self, report: Report, parts: Parts, write: Write, **options: Any) -> None:
        """The whole document: its head, the sections' text as the pieces gave it, its
        tail (options: audience)."""
        ...


@record(frozen=True)
class Format:
    """A ``--format``: its description and how to load its reporter."""

    description: str
    load: Callable[[], Reporter]
    #: Set for the formats a batch writes contract by contract (the same loader, typed
    #: as streaming).
    load_streaming: Callable[[], StreamingReporter] | None = None
    #: Whether the format can group results by clause (--by clause).
    by_clause: bool = False
    #: Set for the formats a batch writes from each contract's piece, spooled to disk, at
    #: the end (:class:`SpooledReporter`). A format with neither is rendered from the whole
    #: report at the end, so a batch would keep every contract's results in memory for it.
    load_spooled: Callable[[], SpooledReporter] | None = None


def _text() -> StreamingReporter:
    from compliance.report.reporters import text

    return text


def _json() -> StreamingReporter:
    from compliance.report.reporters import json

    return json


def _jsonl() -> StreamingReporter:
    from compliance.report.reporters import jsonl

    return jsonl


def _sarif() -> StreamingReporter:
    from compliance.report.reporters import sarif

    return sarif


def _junit() -> SpooledReporter:
    from compliance.report.reporters import junit

    return junit


def _github() -> SpooledReporter:
    from compliance.report.reporters import github

    return github


def _markdown() -> SpooledReporter:
    from compliance.report.reporters import markdown

    return markdown


def _html() -> SpooledReporter:
    from compliance.report.reporters import html

    return html


#: format name -> its description and loader, in the order ``--format`` lists them.
FORMATS: dict[str, Format] = {
    "text": Format("human-readable report for a terminal", _text, _text, by_clause=True),
    "json": Format("the documented JSON report (schema_version 3)", _json, _json, by_clause=True),
    "jsonl": Format(
        "JSON Lines: a header, a line per contract, a summary", _jsonl, _jsonl, by_clause=True
    ),
    "sarif": Format("SARIF 2.1.0 for code scanning", _sarif, _sarif),
    "junit": Format("JUnit XML: a suite per pack, a case per rule", _junit, load_spooled=_junit),
    "github": Format("GitHub Actions workflow-command annotations", _github, load_spooled=_github),
    "markdown": Format(
        "the reviewer's gap report in Markdown", _markdown, by_clause=True, load_spooled=_markdown
    ),
    "html": Format(
        "the reviewer's gap report as one HTML file", _html, by_clause=True, load_spooled=_html
    ),
}

#: Formats that can group results by clause (--by clause).
BY_CLAUSE = tuple(name for name, fmt in FORMATS.items() if fmt.by_clause)

#: Formats a batch writes contract by contract as each is ready (see :class:`StreamingReporter`).
STREAMING = tuple(name for name, fmt in FORMATS.items() if fmt.load_streaming is not None)


#: Formats a batch writes from each contract's piece at the end (see :class:`SpooledReporter`).
SPOOLED = tuple(name for name, fmt in FORMATS.items() if fmt.load_spooled is not None)


def get(name: str) -> Reporter:
    """The reporter of a format (its module imported now)."""
    return FORMATS[name].load()


def streaming(name: str) -> StreamingReporter:
    """The streaming reporter of a format in :data:`STREAMING`."""
    load = FORMATS[name].load_streaming
    if load is None:
        raise ValueError(f"format {name!r} is rendered from the whole report, not streamed")
    return load()


def spooled(name: str) -> SpooledReporter:
    """The spooled reporter of a format in :data:`SPOOLED`."""
    load = FORMATS[name].load_spooled
    if load is None:
        raise ValueError(f"format {name!r} is not written from pieces")
    return load()


def render(name: str, report: Report, **options: Any) -> str:
    return get(name).render(report, **options)
