"""``compliance nations``: which members' rules a deal meets, and the national profiles."""

from __future__ import annotations

from typing import Any

import click

from compliance.cli.command import Group
from compliance.cli.options import limit_options
from compliance.core.errors import EXIT_FINDINGS, EXIT_OK

FORMATS = ("text", "json", "markdown", "html")
FAIL_ON = ("fails", "unknown", "never")


@click.group(cls=Group)
def nations() -> None:
    """National sovereignty profiles (rules/nations/XX.yaml) and which nations' rules a
    deal meets.

    A profile says, field by field, what a nation requires of a deal holding its
    government's data (data location, certification, foreign-law protection, personnel, key
    custody, classification tier), with the confidence of each and the instruments cited.
    Only confirmed or partly confirmed, cited fields can make a rule pass; the others are
    unknown ("national rule not confirmed"). See docs/nations.md.
    """


@nations.command("check")
@click.argument("paths", nargs=-1, required=True, metavar="CONTRACT...")
@click.option(
    "--nations",
    "spec",
    default="NATO",
    show_default=True,
    metavar="GROUP|LIST",
    help="A group (NATO, EU, EEA or any jurisdiction group; members on the as-of date) or "
    "a comma-separated list of country codes (FR,DE,PL).",
)
@click.option("--as-of", metavar="DATE", help="Assessment date YYYY-MM-DD (default: today).")
@click.option(
    "-f", "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True
)
@click.option("-o", "--output", metavar="FILE", help="Write the report to FILE.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    metavar="N",
    help="Evaluate the nations on N processes (0: one per core). Output is the same whatever N.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default="never",
    show_default=True,
    help="Exit 1 when a nation's verdict is at or above this.",
)
@click.option(
    "--profiles",
    "folder",
    metavar="DIR",
    help="A folder of national profiles instead of the built-in ones.",
)
@limit_options
def check(
    paths: tuple[str, ...],
    spec: str,
    as_of: str | None,
    fmt: str,
    output: str | None,
    jobs: int,
    fail_on: str,
    folder: str | None,
) -> int:
    """Evaluate each CONTRACT once per nation and report the matrix: nation x meets /
    fails / unknown / not bound, with what blocks each nation and the deciding facts, and a
    one-line headline.

    \b
    Exit codes: 0 done (unless --fail-on); 1 a verdict at or above --fail-on;
    2 bad input (a contract, a profile, --nations or --as-of).
    """
    from compliance.cli.options import current_limits, parse_as_of
    from compliance.nations.matrix import run
    from compliance.nations.render import RENDERERS, data
    from compliance.run.batch import cores

    on = parse_as_of(as_of)
    if output and output != "-":  # a folder, or a file that cannot be written: before the run
        from compliance.core.atomic import require_writable
        from compliance.run.prepare import refuse_overwriting_inputs

        require_writable(output, output)
        refuse_overwriting_inputs([(output, output)], list(paths))
    workers = jobs or cores()
    matrices, noun, codes = run(list(paths), spec, on, workers, folder, current_limits())
    text = RENDERERS[fmt](data(matrices, spec, on, noun, codes))
    if output and output != "-":
        from compliance.core.atomic import cannot_write, write_atomic

        try:
            write_atomic(output, text)
        except OSError as exc:
            raise cannot_write(output, exc) from None
    else:
        click.echo(text, nl=False)
    return exit_code(matrices, fail_on)


@nations.command("list")
@click.option("--profiles", "folder", metavar="DIR", help="A folder of national profiles.")
@limit_options
def list_profiles(folder: str | None) -> int:
    """List the national profiles: code, name, confidence, date checked, and each field's
    rule as the checker reads it."""
    from pathlib import Path

    from compliance.cli.options import current_limits
    from compliance.core.terminal import clean
    from compliance.nations.profiles import FIELDS, load_profiles

    profiles = load_profiles(Path(folder) if folder else None, current_limits())
    for code in sorted(profiles):
        p = profiles[code]
        shown = "; ".join(f"{name}={p.field(name).shown}" for name in FIELDS)
        line = f"{code}  {p.name:<16} {p.confidence:<17} {p.checked.isoformat()}  {shown}"
        click.echo(clean(line))
    return EXIT_OK


@nations.command("lint")
@click.option("--profiles", "folder", metavar="DIR", help="A folder of national profiles.")
@limit_options
def lint(folder: str | None) -> int:
    """Check that every field that could make a rule pass cites an instrument with a URL
    read at least in part. Exit 1 on an error."""
    from pathlib import Path

    from compliance.cli.options import current_limits
    from compliance.core.terminal import clean
    from compliance.nations.lint import lint_profiles
    from compliance.nations.profiles import load_profiles

    profiles = load_profiles(Path(folder) if folder else None, current_limits())
    findings = lint_profiles(profiles)
    for finding in findings:
        click.echo(clean(str(finding)))
    errors = sum(1 for f in findings if f.level == "error")
    click.echo(f"{len(profiles)} national profiles, {errors} errors")
    return EXIT_FINDINGS if errors else EXIT_OK


@nations.command("schema")
def schema() -> int:
    """Print the JSON Schema of `compliance nations check --format json`."""
    import json

    from compliance.nations.schema import nations_schema

    click.echo(json.dumps(nations_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _nation_options(func: Any) -> Any:
    func = limit_options(func)
    func = click.option(
        "--profiles", "folder", metavar="DIR", help="A folder of national profiles."
    )(func)
    func = click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(("text", "json", "markdown")),
        default="text",
        show_default=True,
    )(func)
    func = click.option("--as-of", metavar="DATE", help="Assessment date (default: today).")(func)
    return click.option(
        "--nations",
        "spec",
        default="NATO",
        show_default=True,
        metavar="GROUP|LIST",
        help="A group (members on the as-of date) or a comma-separated list of codes.",
    )(func)


@nations.command("compare")
@click.argument("a", metavar="A")
@click.argument("b", metavar="B")
@_nation_options
def compare(a: str, b: str, spec: str, as_of: str | None, fmt: str, folder: str | None) -> int:
    """Two deals side by side: each one's per-nation headline, and both verdicts for every
    nation (rows that differ first)."""
    import json

    from compliance.cli.options import current_limits, parse_as_of
    from compliance.nations.matrix import run
    from compliance.nations.render import render_compare_markdown, render_compare_text
    from compliance.nations.views import compare as view

    on = parse_as_of(as_of)
    (left, right), noun, _ = run([a, b], spec, on, 1, folder, current_limits())
    data = view(left, right, noun)
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        click.echo(render_compare_markdown(data), nl=False)
    else:
        click.echo(render_compare_text(data), nl=False)
    return EXIT_OK


@nations.command("questions")
@click.argument("paths", nargs=-1, required=True, metavar="CONTRACT...")
@_nation_options
def questions(
    paths: tuple[str, ...], spec: str, as_of: str | None, fmt: str, folder: str | None
) -> int:
    """The facts a contract leaves open, ranked by how many nations' verdicts they bear on;
    then the national rules still to confirm (a question for research, not the
    counterparty)."""
    import json

    from compliance.cli.options import current_limits, parse_as_of
    from compliance.nations.matrix import run
    from compliance.nations.render import render_questions_markdown, render_questions_text
    from compliance.nations.views import questions as view

    on = parse_as_of(as_of)
    matrices, _, _ = run(list(paths), spec, on, 1, folder, current_limits())
    data = [view(m) for m in matrices]
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        click.echo(render_questions_markdown(data), nl=False)
    else:
        click.echo(render_questions_text(data), nl=False)
    return EXIT_OK


def check_matrix(ctx: click.Context, spec: str, as_of: str | None) -> int:
    """``compliance check --nations SPEC``: the nations matrix with check's paths, format,
    -o target, --jobs and --fail-on (fail: a nation fails; unknown: or is unknown)."""
    from compliance.cli.options import current_limits, parse_as_of, parse_outputs, settings_of
    from compliance.core.errors import InputError
    from compliance.nations.matrix import run
    from compliance.nations.render import RENDERERS, data
    from compliance.run.batch import cores

    config, settings = settings_of(ctx)
    paths = list(settings["paths"].value)
    if not paths:
        raise InputError("no PATH given, and the configuration names no paths")
    fmt = settings["format"].value
    targets = parse_outputs(
        tuple(settings["outputs"].value),
        sorted(FORMATS),
        [*paths, config.path if config is not None else None],
    )
    if len(targets) > 1:
        raise InputError("--nations writes one report: give at most one -o")
    if targets and targets[0][0]:
        fmt = targets[0][0]
    if fmt not in FORMATS:
        raise InputError(f"--nations: format {fmt!r} is not one of {', '.join(FORMATS)}")
    on = parse_as_of(as_of)
    jobs = settings["jobs"].value
    workers = jobs or cores() if jobs is not None else 1
    matrices, noun, codes = run(paths, spec, on, workers, limits=current_limits())
    text = RENDERERS[fmt](data(matrices, spec, on, noun, codes))
    if targets and targets[0][1] != "-":
        from compliance.core.atomic import cannot_write, write_atomic

        try:
            write_atomic(targets[0][1], text)
        except OSError as exc:
            raise cannot_write(targets[0][1], exc) from None
    else:
        click.echo(text, nl=False)
    return exit_code(matrices, settings["fail-on"].value)


def exit_code(matrices: list[Any], fail_on: str) -> int:
    """1 when a nation's verdict is at or above ``fail_on`` (``fails``, or ``fail`` as
    check's --fail-on spells it; ``unknown``: or unknown; ``never``), else 0."""
    from compliance.nations.matrix import FAILS, UNKNOWN

    failing = {"fails": (FAILS,), "fail": (FAILS,), "unknown": (FAILS, UNKNOWN)}.get(fail_on, ())
    found = any(n.status in failing for m in matrices for n in m.nations)
    return EXIT_FINDINGS if found else EXIT_OK
