"""``compliance baseline create|update``: record today's verdicts, so that later runs fail
only on what is new or worse (``check --baseline FILE``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from compliance.cli.command import Group
from compliance.cli.options import limit_options


@click.group(cls=Group)
def baseline() -> None:
    """Write a slim baseline for `check --baseline`: per verdict the contract id, the rule
    id, the status and a fingerprint of what it rests on; no clause text."""


def baseline_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options of a run that decide its verdicts (as `check`, from the configuration
    file too), and the file to write."""
    options: list[Callable[..., Any]] = [
        click.option(
            "-o",
            "--output",
            metavar="FILE",
            help="The baseline file. Default: baseline in the configuration file.",
        ),
        click.option("--no-config", is_flag=True, help="Read no configuration file."),
        click.option("--config", "config_file", metavar="FILE", help="A configuration file."),
        click.option(
            "--waivers",
            metavar="FILE",
            help="A waiver file (waived verdicts are recorded with the status they waive).",
        ),
        click.option("--ignore", multiple=True, metavar="PATTERN", help="Leave out rules."),
        click.option(
            "--select", multiple=True, metavar="PATTERN", help="Evaluate only these rules."
        ),
        click.option(
            "--as-of", metavar="DATE", help="Assessment date YYYY-MM-DD (default: today)."
        ),
        click.option("--set", "sets", multiple=True, metavar="PACK.PARAM=VALUE", help="As check."),
        click.option("--profile", metavar="NAME|PATH", help="As check."),
        click.option("--pack", "packs", multiple=True, metavar="ID|PATH", help="As check."),
        limit_options,
        click.argument("paths", nargs=-1, metavar="[PATH]..."),
    ]
    for option in options:
        func = option(func)
    return func


@baseline.command()
@baseline_options
@click.pass_context
def create(ctx: click.Context, /, output: str | None, as_of: str | None, **_: object) -> int:
    """Check the contracts and write their verdicts as a new baseline (an existing file
    is refused: use `compliance baseline update`).

    PATH and the options are those of `check`, and come from the configuration file
    too. A contract that cannot be checked is an error and nothing is written (its
    verdicts would all count as new later)."""
    return _write(ctx, output, as_of, update=False)


@baseline.command()
@baseline_options
@click.pass_context
def update(ctx: click.Context, /, output: str | None, as_of: str | None, **_: object) -> int:
    """Check the contracts and rewrite an existing baseline with today's verdicts (accept
    the current state), saying how they changed since it was written."""
    return _write(ctx, output, as_of, update=True)


def _write(ctx: click.Context, output: str | None, as_of: str | None, *, update: bool) -> int:
    import os

    from compliance.cli.options import echo_error, options_from, settings_of
    from compliance.core.atomic import cannot_write, write_atomic
    from compliance.core.errors import EXIT_INPUT, EXIT_OK, InputError
    from compliance.core.records import replace
    from compliance.run.api import check
    from compliance.run.baseline import changes, load_baseline, slim_text

    _, settings = settings_of(ctx)
    target = output or settings["baseline"].value
    if not target:
        raise InputError("name the baseline file with -o FILE (or baseline in the configuration)")
    exists = os.path.exists(target)
    if update and not exists:
        raise InputError(f"{target}: no such baseline; write one with compliance baseline create")
    if not update and exists:
        raise InputError(f"{target}: the file exists; refresh it with compliance baseline update")
    paths = list(settings["paths"].value)
    if not paths:
        raise InputError("no PATH given, and the configuration names no paths")
    options = replace(options_from(settings, as_of, []), baseline=None)
    problems: list[str] = []
    report = check(
        paths,
        options,
        on_problem=lambda problem: problems.append(problem.message),
        on_warning=lambda warning: echo_error(f"warning: {warning}"),
    )
    if problems:
        for message in problems:
            echo_error(message)
        return EXIT_INPUT
    before = load_baseline(target, {}, options.limits) if update else None
    try:
        write_atomic(target, slim_text(report))
    except OSError as exc:
        raise cannot_write(target, exc) from None
    count = sum(len(contract.results) for contract in report.contracts)
    contracts = len(report.contracts)
    message = f"{target}: {count} verdicts of {contracts} contracts"
    if before is not None:
        diff = changes(before, report)
        message += " (" + ", ".join(f"{n} {key}" for key, n in diff.items()) + ")"
    click.echo(message)
    return EXIT_OK
