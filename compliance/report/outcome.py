"""The one exit-code policy of a check run: which verdicts fail the run, and the exit
status of a report (worst wins). Used by the run (a batch adds it up file by file), the
command line and the SARIF log (its ``exitCode``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from compliance.core.errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK

if TYPE_CHECKING:
    from compliance.report.results import Report, Result

#: The choices of ``--fail-on``, and the statuses each makes fail the run.
FAIL_ON = ("fail", "unknown", "never")
FAILING = {"fail": ("fail",), "unknown": ("fail", "unknown"), "never": ()}


def fails_run(result: Result, fail_on: str, fail_on_severity: str | None) -> bool:
    """Whether a verdict fails the run: its status is at or above ``fail_on``, its rule's
    severity at or above ``fail_on_severity``, and (with a baseline) it is new or worse.
    A waived verdict never fails the run."""
    if result.status not in FAILING[fail_on]:
        return False  # (most verdicts: decided before the imports below, run per result)
    from compliance.report.results import NEW, WORSE
    from compliance.report.selection import at_least

    return at_least(result.severity, fail_on_severity) and result.baseline in (None, NEW, WORSE)


def exit_status(*, error: bool, problems: bool, failing: bool) -> int:
    """Worst wins: 3 a rule in error; 2 bad input; 1 a verdict that fails the run (see
    :func:`fails_run`); 0. A rule in error exits 3 whatever the baseline, severity or
    waivers say (fail closed)."""
    if error:
        return EXIT_ERROR
    if problems:
        return EXIT_INPUT
    return EXIT_FINDINGS if failing else EXIT_OK


def exit_code(report: Report, fail_on: str) -> int:
    """The exit status of a whole report (see :func:`exit_status`)."""
    results = [result for contract in report.contracts for result in contract.results]
    return exit_status(
        error=any(result.status == "error" for result in results),
        problems=bool(report.problems),
        failing=any(fails_run(r, fail_on, report.fail_on_severity) for r in results),
    )
