"""``compliance gaps``: what contracts lack, or the questions to send the counterparty."""

from __future__ import annotations

import click

from compliance.cli.command import Command
from compliance.cli.options import (
    check_options,
    echo_error,
    emit,
    output_options,
    parse_outputs,
    run_options,
    what_if_options,
)
from compliance.core.errors import EXIT_INPUT, EXIT_OK
from compliance.report.reporters.gaps import AUDIENCES, FORMATS

#: Why gaps refuses --baseline (compliance.run.prepare.refuse).
NO_BASELINE = (
    "is not supported: a baseline decides which verdicts fail a check run, and a gap list "
    "has no such outcome (use compliance check --baseline)"
)


@click.command(cls=Command)
@click.argument("paths", nargs=-1, required=True, metavar="CONTRACT...")
@run_options
@what_if_options
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
    assumptions: tuple[str, ...],
    waivers: str | None,
    baseline: str | None,
    fmt: str,
    outputs: tuple[str, ...],
    redact: bool,
    questions: bool,
    audience: str,
) -> int:
    """List each contract's fails and unknowns with the clause that would close them,
    or (--questions) the questions to put to the other side.

    --format docx (with -o FILE.docx) writes a Word file; it needs the optional extra
    python-docx (pip install 'ai-contract-compliance[docx]').

    With --assume FACT=VALUE the gaps are those of the contract as if it said so (the
    assumptions head the list; a gap resting on one is marked); with --waivers a waived
    fail or unknown is listed apart, under its waiver (--baseline is refused).

    Exit 2 if a contract cannot be read; otherwise 0 (use check for CI gating).
    """
    from compliance.report.redact import redact as redact_report
    from compliance.report.reporters.gaps import render
    from compliance.run.api import check as run_check
    from compliance.run.prepare import refuse

    targets = parse_outputs(outputs, list(FORMATS), [*paths, *packs, profile, waivers, baseline])
    words = [path for name, path in targets if (name or fmt) == "docx"]
    if (fmt == "docx" and not targets) or words:
        from compliance.core.errors import InputError
        from compliance.report.reporters.docx import available

        if not targets:
            raise InputError("--format docx writes a Word file: name it with -o FILE.docx")
        available()
    options = check_options(
        packs, sets, as_of, profile, assumptions=assumptions, waivers=waivers, baseline=baseline
    )
    refuse(options, "gaps", baseline=NO_BASELINE)
    report = run_check(
        list(paths),
        options,
        on_problem=lambda p: echo_error(p.message),
        on_warning=lambda warning: echo_error(f"warning: {warning}"),
    )
    if redact:
        report = redact_report(report)
    if words:
        from compliance.core.atomic import cannot_write, write_atomic
        from compliance.report.reporters.docx import render_gaps

        data = render_gaps(report, with_questions=questions, audience=audience)
        for path in words:
            try:
                write_atomic(path, data)
            except OSError as exc:
                raise cannot_write(path, exc) from None
    rest = [(name, path) for name, path in targets if (name or fmt) != "docx"]
    if rest or not targets:
        emit(
            lambda name: render(report, name, with_questions=questions, audience=audience),
            fmt,
            rest,
        )
    return EXIT_INPUT if report.problems else EXIT_OK
