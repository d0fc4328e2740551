"""The check run as a library call: contracts in, a Report out (no printing, no exit).

The library's entry point, on top of the run layer: :func:`check` with
:class:`~compliance.run.options.CheckOptions`. The exit status of a report is
:func:`compliance.report.outcome.exit_code`.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance.report.results import InputProblem, Report
from compliance.run.options import CheckOptions

__all__ = ["CheckOptions", "check"]


def check(
    paths: list[str],
    options: CheckOptions,
    on_problem: Callable[[InputProblem], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> Report:
    """Check contracts against packs. Bad files become ``problems``; packs, waivers, a
    baseline or assumptions that cannot load raise (the whole run cannot go on).

    Order: evaluate (with ``--assume`` facts), then waive (``--waivers``), then compare with
    the baseline (``--baseline``), so a baseline sees the verdicts as waived or not. With
    ``jobs`` > 1 the files are checked on as many processes (see compliance.run.batch); the
    report is the same.
    """
    from compliance.run.batch import Tally, files_of, items, make_plan

    plan = make_plan(options)
    tally = Tally(plan)
    for item in items(plan, files_of(paths), jobs):
        tally.add(item)
        if item.problem is not None and on_problem is not None:
            on_problem(tally.problems[-1])
    report = tally.report()
    for warning in report.warnings:
        if on_warning is not None and warning not in tally.notes:
            on_warning(warning)
    return report
