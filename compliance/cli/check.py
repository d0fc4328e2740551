"""``compliance check``: contracts against packs, in CI or at a desk."""

from __future__ import annotations

import click

from compliance.cli.options import (
    echo_error,
    parse_as_of,
    parse_outputs,
    parse_sets,
    use_color,
    write_atomic,
)
from compliance.reporters import BY_CLAUSE, FORMATS
from compliance.run import FAIL_ON


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--pack",
    "packs",
    multiple=True,
    metavar="ID|PATH",
    help="A built-in pack id or a pack folder/file (repeatable). Default: all built-in packs.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    default="text",
    show_default=True,
    help="Format of the report on standard output.",
)
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    metavar="[FORMAT:]FILE",
    help="Write the report to FILE (repeatable), in FORMAT or --format. Written atomically.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default="fail",
    show_default=True,
    help="Exit 1 when a verdict is at or above this status.",
)
@click.option(
    "--set",
    "sets",
    multiple=True,
    metavar="PACK.PARAM=VALUE",
    help="Set a pack parameter; VALUE is JSON, or a plain string (repeatable).",
)
@click.option("--as-of", metavar="DATE", help="Assessment date YYYY-MM-DD (default: today).")
@click.option(
    "--by",
    type=click.Choice(["rule", "clause"]),
    default="rule",
    show_default=True,
    help="Group results by pack and rule, or by the contract clause they rest on "
    f"(formats {', '.join(BY_CLAUSE)}).",
)
@click.option(
    "--redact", is_flag=True, help="Leave clause texts and source notes out of every output."
)
@click.option("--color/--no-color", default=None, help="Force colour on or off.")
def check(
    paths: tuple[str, ...],
    packs: tuple[str, ...],
    fmt: str,
    outputs: tuple[str, ...],
    fail_on: str,
    sets: tuple[str, ...],
    as_of: str | None,
    by: str,
    redact: bool,
    color: bool | None,
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
    from compliance.redact import redact as redact_report
    from compliance.reporters import render
    from compliance.run import CheckOptions, exit_code
    from compliance.run import check as run_check

    targets = parse_outputs(outputs, sorted(FORMATS))
    grouping = check_grouping(by, [name or fmt for name, _ in targets] or [fmt])
    options = CheckOptions(
        packs=list(packs) or None,
        parameters=parse_sets(sets),
        as_of=parse_as_of(as_of),
    )
    report = run_check(list(paths), options, on_problem=lambda p: echo_error(p.message))
    report.fail_on = fail_on
    if redact:
        report = redact_report(report)
    if not targets:
        click.echo(render(fmt, report, color=use_color(color), by=grouping), nl=False)
    rendered: dict[str, str] = {}
    for target_format, path in targets:
        name = target_format or fmt
        if name not in rendered:
            rendered[name] = render(name, report, color=False, by=grouping)
        write_atomic(path, rendered[name])
    code = exit_code(report, fail_on)
    raise SystemExit(code)


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
