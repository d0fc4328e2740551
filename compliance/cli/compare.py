"""``compliance compare``: contracts side by side."""

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
from compliance.core.errors import EXIT_OK
from compliance.report.reporters.compare import FORMATS


@click.command(cls=Command)
@click.argument("paths", nargs=-1, required=True, metavar="CONTRACT...")
@run_options
@what_if_options
@output_options(FORMATS)
@click.option(
    "--audience",
    type=click.Choice(["reviewer", "counsel"]),
    default="reviewer",
    show_default=True,
    help="counsel: no fact paths, file names or pack hashes (verdicts without reasons).",
)
def compare(
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
    audience: str,
) -> int:
    """Compare two or more contracts side by side.

    First a summary (verdict counts and fails by severity per contract), then the key
    facts (status, geography, use cases, whether the text is public, the facts the packs
    in the run are about, and those most of their rules read), then every
    rule's status with a short reason; rows where the contracts differ come first.
    Facts resting on a source that is not contract terms are marked *. The comparison
    never shows clause texts, so --redact changes nothing here. The verdicts are check's:
    with --assume facts, and waived with --waivers (--baseline is refused). Exit 2 if a
    contract cannot be read.
    """
    from compliance.report.reporters.compare import render
    from compliance.run.compare import compare_paths

    targets = parse_outputs(outputs, list(FORMATS), [*paths, *packs, profile, waivers, baseline])
    options = check_options(
        packs, sets, as_of, profile, assumptions=assumptions, waivers=waivers, baseline=baseline
    )
    comparison = compare_paths(
        list(paths), options, on_warning=lambda warning: echo_error(f"warning: {warning}")
    )
    del redact  # accepted for uniformity with check and gaps: nothing to withhold
    emit(lambda name: render(comparison, name, audience=audience), fmt, targets)
    return EXIT_OK
