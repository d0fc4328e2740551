"""``compliance gaps``: what contracts lack, or the questions to send the counterparty."""

from __future__ import annotations

import click

from compliance.cli.options import (
    check_options,
    echo_error,
    emit,
    output_options,
    parse_outputs,
    run_options,
)
from compliance.reporters.gaps import AUDIENCES, FORMATS


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="CONTRACT...")
@run_options
@output_options(FORMATS)
@click.option(
    "--questions",
    is_flag=True,
    help="List the questions for the counterparty: one plain-language question per missing "
    "fact, grouped by topic, with the rules its answer would settle, most verdicts first.",
)
@click.option(
    "--audience",
    type=click.Choice(AUDIENCES),
    default="reviewer",
    show_default=True,
    help="counsel: no fact paths or pack hashes (missing facts asked as questions), for a "
    "report to send.",
)
def gaps(
    paths: tuple[str, ...],
    packs: tuple[str, ...],
    profile: str | None,
    sets: tuple[str, ...],
    as_of: str | None,
    fmt: str,
    outputs: tuple[str, ...],
    redact: bool,
    questions: bool,
    audience: str,
) -> None:
    """List each contract's fails and unknowns with the clause that would close them,
    or (--questions) the questions to put to the other side.

    Exit 2 if a contract cannot be read; otherwise 0 (use check for CI gating).
    """
    from compliance.redact import redact as redact_report
    from compliance.reporters.gaps import render
    from compliance.run import check as run_check

    targets = parse_outputs(outputs, list(FORMATS))
    options = check_options(packs, sets, as_of, profile)
    report = run_check(list(paths), options, on_problem=lambda p: echo_error(p.message))
    if redact:
        report = redact_report(report)
    emit(
        lambda name: render(report, name, with_questions=questions, audience=audience), fmt, targets
    )
    if report.problems:
        raise SystemExit(2)
