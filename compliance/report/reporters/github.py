"""GitHub Actions workflow commands: an annotation per fail, unknown and error.

``::error file=F,line=L,title=T::message`` for a fail or an error (and for an unknown under
``--fail-on unknown``), ``::warning`` for an unknown, and for a fail that cannot fail the
run (below ``--fail-on-severity``, or known in the ``--baseline``); ``::notice`` for a
waived verdict; passes and rules that do not apply print nothing. Run warnings (expired or
unused waivers) are ``::warning`` lines without a file. Control characters and
terminal escapes are made visible (compliance.core.terminal.clean); then data escapes ``%``, CR
and LF; property values also ``:`` and ``,``.
"""

from __future__ import annotations

from typing import Any

from compliance.report.reasons import (
    anchor_line,
    asks_counterparty,
    baseline_text,
    short_reason,
)
from compliance.report.reporters.pieces import Parts, Piece, Write, collect, rendered
from compliance.report.results import ContractReport, Report, Result


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str], message: str) -> str:
    """One workflow command; contract and pack text is cleaned (compliance.core.terminal) before
    it is escaped, so no escape sequence or forged line reaches the log."""
    from compliance.core.terminal import clean, clean_lines

    props = ",".join(f"{key}={escape_property(clean(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(clean_lines(message))}"


def gated(result: Result, report: Report | None) -> bool:
    """Whether the severity gate and the baseline let this verdict fail the run."""
    if report is None:
        return True
    return passes_gate(result, report.fail_on_severity)


def passes_gate(result: Result, fail_on_severity: str | None) -> bool:
    """Whether a verdict is at or above ``fail_on_severity`` and not known in the baseline
    (new or worse), so that it can fail the run."""
    from compliance.report.selection import at_least

    return at_least(result.severity, fail_on_severity) and result.baseline in (
        None,
        "new",
        "worse",
    )


def annotation(path: str, result: Result, fail_on: str, report: Report | None = None) -> str | None:
    return _annotation(path, result, fail_on, gated(result, report))


def _annotation(path: str, result: Result, fail_on: str, gate: bool) -> str | None:
    if result.status == "error":
        name = "error"
    elif result.status == "fail":
        name = "error" if gate else "warning"
    elif result.status == "unknown":
        name = "error" if fail_on == "unknown" and gate else "warning"
    elif result.status == "waived":
        name = "notice"
    else:
        return None
    message = f"{result.title}: {short_reason(result, limit=3)}"
    if result.status == "unknown" and asks_counterparty(result):
        message += "\nQuestion: " + result.question.strip()
    if result.non_contract:
        message += "\n(rests on a source that is not contract terms)"
    if result.assumed:
        message += "\n(rests on a fact assumed with --assume)"
    mark = f" ({baseline_text(result)})" if result.baseline is not None else ""
    properties = {
        "file": path,
        "line": str(anchor_line(result)),
        "title": f"{result.status}: {result.full_id} [{result.severity}]{mark}",
    }
    return command(name, properties, message)


def piece(
    contract: ContractReport,
    *,
    fail_on: str = "fail",
    fail_on_severity: str | None = None,
    **_: Any,
) -> Piece:
    """A contract's annotations (section ``annotations``)."""
    lines = []
    for result in contract.results:
        gate = passes_gate(result, fail_on_severity)
        line = _annotation(contract.path, result, fail_on, gate)
        if line is not None:
            lines.append(line + "\n")
    return Piece({ANNOTATIONS: "".join(lines)})


#: The section of the contracts' annotations.
ANNOTATIONS = "annotations"


def document(report: Report, parts: Parts, write: Write, **_: Any) -> None:
    """The files that could not be checked and the run's warnings, then the annotations."""
    lines = [
        command("error", {"file": problem.path, "title": "bad input"}, problem.message)
        for problem in report.problems
    ]
    lines += [command("warning", {"title": "compliance"}, text) for text in report.warnings]
    write("".join(line + "\n" for line in lines))
    parts.copy(ANNOTATIONS, write)


def render(report: Report, **_: Any) -> str:
    parts = collect(
        piece(c, fail_on=report.fail_on, fail_on_severity=report.fail_on_severity)
        for c in report.contracts
    )
    return rendered(lambda write: document(report, parts, write))
