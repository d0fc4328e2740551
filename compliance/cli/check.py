"""``compliance check``: contracts against packs, in CI or at a desk."""

from __future__ import annotations

import click

from compliance.cli.options import (
    check_options,
    echo_error,
    emit,
    output_options,
    parse_outputs,
    run_options,
    use_color,
)
from compliance.reporters import BY_CLAUSE, FORMATS
from compliance.run import FAIL_ON


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@run_options
@output_options(tuple(FORMATS))
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default="fail",
    show_default=True,
    help="Exit 1 when a verdict is at or above this status.",
)
@click.option(
    "--by",
    type=click.Choice(["rule", "clause"]),
    default="rule",
    show_default=True,
    help="Group results by pack and rule, or by the contract clause they rest on "
    f"(formats {', '.join(BY_CLAUSE)}).",
)
@click.option("--color/--no-color", default=None, help="Force colour on or off.")
@click.option(
    "--timing",
    is_flag=True,
    help="Print where the run spent its time (start-up, packs, reading, validating, "
    "evaluating, rendering) to standard error.",
)
def check(
    paths: tuple[str, ...],
    packs: tuple[str, ...],
    profile: str | None,
    sets: tuple[str, ...],
    as_of: str | None,
    fmt: str,
    outputs: tuple[str, ...],
    redact: bool,
    fail_on: str,
    by: str,
    color: bool | None,
    timing: bool,
) -> int:
    """Check contract descriptions against rule packs.

    PATH is a contract file (YAML or JSON), - for standard input, or a folder (every
    *.yaml, *.yml and *.json below it, in sorted order).

    \b
    Exit codes (worst wins across the batch):
      0  no verdict at or above --fail-on
      1  a verdict at or above --fail-on
      2  bad input: a contract, pack or option (one FILE:LINE:COL line each)
      3  a rule evaluated to error, or an internal error
    """
    if timing:
        from compliance import timing as timer

        timer.start()
    from compliance.redact import redact as redact_report
    from compliance.reporters import render
    from compliance.run import check as run_check
    from compliance.run import exit_code

    targets = parse_outputs(outputs, sorted(FORMATS))
    grouping = check_grouping(by, [name or fmt for name, _ in targets] or [fmt])
    options = check_options(packs, sets, as_of, profile)
    report = run_check(list(paths), options, on_problem=lambda p: echo_error(p.message))
    report.fail_on = fail_on
    if redact:
        report = redact_report(report)
    colour = use_color(color) if not targets else False
    from compliance.timing import phase

    with phase("render"):
        emit(lambda name: render(name, report, color=colour, by=grouping), fmt, targets)
    if timing:
        click.echo(timer.report(), err=True)
    raise SystemExit(exit_code(report, fail_on))


def check_grouping(by: str, formats: list[str]) -> str | None:
    """None for the default grouping; "clause" when every output format supports it."""
    if by != "clause":
        return None
    unsupported = sorted(set(formats) - set(BY_CLAUSE))
    if unsupported:
        from compliance.errors import InputError

        raise InputError(
            f"--by clause works with the formats {', '.join(BY_CLAUSE)}, "
            f"not {', '.join(unsupported)}"
        )
    return by
