"""``compliance check``: contracts against packs, in CI or at a desk."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from compliance.cli.command import Command
from compliance.cli.options import (
    echo_error,
    governance_options,
    options_from,
    output_options,
    parse_outputs,
    run_options,
    settings_of,
    use_color,
)
from compliance.core import collector
from compliance.report.outcome import FAIL_ON
from compliance.report.reporters import BY_CLAUSE, FORMATS

#: Keep in step with compliance.run.batch.PARALLEL_FROM (not imported: start-up stays lean).
PARALLEL_FROM = 32


def check_parameters(func: Callable[..., Any]) -> Callable[..., Any]:
    """Every option of ``check`` (shared with ``compliance config``)."""
    func = click.option("--color/--no-color", default=None, help="Force colour on or off.")(func)
    func = click.option(
        "--progress/--no-progress",
        default=None,
        help="Show a progress bar on standard error (default: for more than 50 files, when "
        "standard error is a terminal that the report does not go to, and not in CI).",
    )(func)
    func = click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=0),
        default=None,
        metavar="N",
        help="Check files on N processes (default, or 0: one per core; one process for "
        f"fewer than {PARALLEL_FROM} files). Output is the same whatever N.",
    )(func)
    func = click.option(
        "--by",
        type=click.Choice(["rule", "clause"]),
        default="rule",
        show_default=True,
        help="Group results by pack and rule, or by the contract clause they rest on "
        f"(formats {', '.join(BY_CLAUSE)}).",
    )(func)
    func = click.option(
        "--audience",
        type=click.Choice(["reviewer", "counsel"]),
        default="reviewer",
        show_default=True,
        help="Markdown, HTML and Word reports: counsel leaves out fact paths and pack hashes "
        "(missing facts asked as questions), for a report to send.",
    )(func)
    func = click.option(
        "-v",
        "--verbose",
        is_flag=True,
        help="Text report: list every verdict with its evidence (as --show all).",
    )(func)
    func = click.option(
        "--show",
        multiple=True,
        metavar="STATUS,...",
        help="Text report: also list these verdicts with their evidence (fail, error, "
        "waived, unknown, pass, not_applicable, or all). By default fails, errors and "
        "waivers come with their evidence, unknowns one line each, passes and "
        "not-applicables counted.",
    )(func)
    func = click.option(
        "--sarif-results",
        type=click.Choice(["findings", "all"]),
        default="findings",
        show_default=True,
        help="Which results the SARIF output carries: the findings (fail, unknown, error, "
        "waived) or every rule on every contract.",
    )(func)
    func = click.option(
        "--fail-on",
        type=click.Choice(FAIL_ON),
        default="fail",
        show_default=True,
        help="Exit 1 when a verdict is at or above this status.",
    )(func)
    func = governance_options(func)
    func = output_options(
        tuple(FORMATS),
        "Format of the output on standard output; given explicitly, it is printed also "
        "with -o files (unless an -o FILE without FORMAT: takes it).",
    )(func)
    func = run_options(func)
    return click.argument("paths", nargs=-1, metavar="[PATH]...")(func)


@click.command(cls=Command)
@check_parameters
@click.option(
    "--nations",
    "nations_spec",
    metavar="GROUP|LIST",
    help="Instead of the per-rule report, evaluate each contract once per nation of GROUP "
    "(NATO, EU: members on the --as-of date) or LIST (FR,DE,PL) against its national "
    "profile, and report the matrix (formats text, json, markdown, html; see `compliance "
    "nations check`).",
)
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
    progress: bool | None,
    timing: bool,
    nations_spec: str | None = None,
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
    if nations_spec is not None:
        from compliance.cli.nations import check_matrix

        collector.resume()

        return check_matrix(ctx, nations_spec, as_of)
    if timing:
        from compliance.core import timing as timer

        timer.start()
        with timer.phase("imports"):  # what a check loads on first use, timed on its own
            import yaml  # noqa: F401

            import compliance.contracts.fastvalidate
            import compliance.contracts.load
            import compliance.engine.evaluate
            import compliance.packs.cache  # noqa: F401
    from compliance.core.errors import InputError

    config, settings = settings_of(ctx)
    paths = list(settings["paths"].value)
    if not paths:
        raise InputError("no PATH given, and the configuration names no paths")
    from compliance.run.config import DEFAULT

    fmt = settings["format"].value
    # An explicitly chosen format is printed even with -o files (--format github -o
    # sarif:... annotates and uploads), unless an -o file without FORMAT: takes it.
    stdout = settings["format"].origin != DEFAULT
    reads = [
        *paths,
        *(settings["packs"].value or ()),
        settings["profile"].value,
        settings["waivers"].value,
        settings["baseline"].value,
        config.path if config is not None else None,
    ]
    targets = parse_outputs(tuple(settings["outputs"].value), sorted(FORMATS), reads)
    grouping = check_grouping(settings["by"].value, [name or fmt for name, _ in targets] or [fmt])
    options = options_from(settings, as_of, list(assumptions))
    colour = use_color(color) if not targets else False
    from compliance.report.reporters.text import SHOWN_ORDER, parse_show

    show = SHOWN_ORDER if ctx.params.get("verbose") else parse_show(ctx.params.get("show"))
    code = run_batch(
        paths,
        options,
        fmt=fmt,
        stdout=stdout,
        targets=targets,
        colour=colour,
        grouping=grouping,
        redact=bool(settings["redact"].value),
        sarif_results=settings["sarif-results"].value,
        jobs=settings["jobs"].value,
        progress=progress,
        show=show,
        audience=str(ctx.params.get("audience") or "reviewer"),
    )
    if timing:
        click.echo(timer.report(), err=True)
    return code


def run_batch(
    paths: list[str],
    options: Any,
    *,
    fmt: str,
    targets: list[tuple[str | None, str]],
    colour: bool,
    stdout: bool = False,
    grouping: str | None,
    redact: bool,
    jobs: int | None,
    sarif_results: str = "findings",
    progress: bool | None,
    show: tuple[str, ...] | None = None,
    audience: str = "reviewer",
) -> int:
    """Check the files on the chosen number of processes, writing each output as the
    results come back in path order; return the exit code (worst across the batch)."""
    import sys

    from compliance.cli import progress as bar
    from compliance.document.loader import STDIN
    from compliance.run.batch import Render, Tally, choose_jobs, files_of, items, make_plan
    from compliance.run.stream import Outputs

    outputs = Outputs.create(
        fmt,
        targets,
        head_waits=options.waivers is not None or options.baseline is not None,
        color=colour,
        by=grouping,
        show=show,
        audience=audience,
        sarif_results=sarif_results,
        stdout=stdout,
    )
    render = Render(
        outputs.streaming,
        outputs.keep,
        colour,
        grouping,
        redact,
        show=show,
        sarif_results=sarif_results,
        spooled=outputs.spooled,
        audience=audience,
    )
    plan = make_plan(options, render)
    files = files_of(paths)
    stdin = any(path == STDIN for path, _ in files)
    workers = choose_jobs(jobs, len(files), stdin)
    on_terminal = (not targets or stdout) and bool(getattr(sys.stdout, "isatty", lambda: False)())
    meter = bar.Progress(len(files), bar.wanted(progress, len(files), on_terminal))
    tally = Tally(plan)
    if len(files) > 1:  # a batch collects as usual once set up (one contract's garbage is small)
        collector.resume()
    try:
        outputs.start(tally.report(final=False))
        for item in items(plan, files, workers):
            tally.add(item)
            if item.problem is not None:
                meter.clear()
                echo_error(item.problem)
                outputs.problem(tally.problems[-1])
            else:
                outputs.contract(item.parts, item.pieces)
            meter.advance()
        meter.clear()
        report = tally.report()
        for warning in report.warnings:
            if warning not in tally.notes:  # a contract's notes are in its report already
                echo_error(f"warning: {warning}")
        if "sarif" in [output.name for output in outputs.outputs]:
            from compliance.report.reporters.sarif import count, limit_warning

            too_many = limit_warning(count(report.summary, sarif_results))
            if too_many is not None:
                echo_error(f"warning: {too_many}")
        from compliance.core.timing import phase

        with phase("render"):
            outputs.finish(report)
    except BaseException:
        meter.clear()
        outputs.abort()
        raise
    return tally.exit_code()


def check_grouping(by: str, formats: list[str]) -> str | None:
    """None for the default grouping; "clause" when every output format supports it."""
    if by != "clause":
        return None
    unsupported = sorted(set(formats) - set(BY_CLAUSE))
    if unsupported:
        from compliance.core.errors import InputError

        raise InputError(
            f"--by clause works with the formats {', '.join(BY_CLAUSE)}, "
            f"not {', '.join(unsupported)}"
        )
    return by
