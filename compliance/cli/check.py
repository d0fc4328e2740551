"""``compliance check``: contracts against packs, in CI or at a desk."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from compliance.cli.options import (
    echo_error,
    emit,
    governance_options,
    options_from,
    output_options,
    parse_outputs,
    run_options,
    settings_of,
    use_color,
)
from compliance.reporters import BY_CLAUSE, FORMATS
from compliance.run import FAIL_ON


def check_parameters(func: Callable[..., Any]) -> Callable[..., Any]:
    """Every option of ``check`` (shared with ``compliance config``)."""
    func = click.option("--color/--no-color", default=None, help="Force colour on or off.")(func)
    func = click.option(
        "--by",
        type=click.Choice(["rule", "clause"]),
        default="rule",
        show_default=True,
        help="Group results by pack and rule, or by the contract clause they rest on "
        f"(formats {', '.join(BY_CLAUSE)}).",
    )(func)
    func = click.option(
        "--fail-on",
        type=click.Choice(FAIL_ON),
        default="fail",
        show_default=True,
        help="Exit 1 when a verdict is at or above this status.",
    )(func)
    func = governance_options(func)
    func = output_options(tuple(FORMATS))(func)
    func = run_options(func)
    return click.argument("paths", nargs=-1, metavar="[PATH]...")(func)


@click.command()
@check_parameters
@click.option(
    "--timing",
    is_flag=True,
    help="Print where the run spent its time (start-up, packs, reading, validating, "
    "evaluating, rendering) to standard error.",
)
@click.pass_context
def check(
    ctx: click.Context,
    /,
    assumptions: tuple[str, ...],
    as_of: str | None,
    color: bool | None,
    timing: bool,
    **_: object,
) -> int:
    """Check contract descriptions against rule packs.

    PATH is a contract file (YAML or JSON), - for standard input, or a folder (every
    *.yaml, *.yml and *.json below it, in sorted order). Without PATH, the paths of the
    configuration file.

    Options may come from a configuration file (.compliance.yaml, or [tool.compliance] in
    pyproject.toml); the command line wins, and a list given on it replaces the file's
    list. `compliance config` shows the effective settings and where each comes from.

    \b
    Exit codes (worst wins across the batch):
      0  no verdict fails the run (--fail-on, --fail-on-severity, --baseline, --waivers)
      1  a verdict fails the run
      2  bad input: a contract, pack, option, waiver, baseline or configuration file
         (one FILE:LINE:COL line each)
      3  a rule evaluated to error (never waived, whatever the baseline), or an internal
         error
    """
    if timing:
        from compliance import timing as timer

        timer.start()
    from compliance.errors import InputError
    from compliance.redact import redact as redact_report
    from compliance.reporters import render
    from compliance.run import check as run_check
    from compliance.run import exit_code

    _, settings = settings_of(ctx)
    paths = list(settings["paths"].value)
    if not paths:
        raise InputError("no PATH given, and the configuration names no paths")
    fmt = settings["format"].value
    targets = parse_outputs(tuple(settings["outputs"].value), sorted(FORMATS))
    grouping = check_grouping(settings["by"].value, [name or fmt for name, _ in targets] or [fmt])
    options = options_from(settings, as_of, list(assumptions))
    report = run_check(
        paths,
        options,
        on_problem=lambda p: echo_error(p.message),
        on_warning=lambda w: echo_error(f"warning: {w}"),
    )
    if settings["redact"].value:
        report = redact_report(report)
    colour = use_color(color) if not targets else False
    from compliance.timing import phase

    with phase("render"):
        emit(lambda name: render(name, report, color=colour, by=grouping), fmt, targets)
    if timing:
        click.echo(timer.report(), err=True)
    raise SystemExit(exit_code(report, options.fail_on))


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
