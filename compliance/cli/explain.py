"""``compliance explain``: a rule in words, or its evaluation trace on a contract."""

from __future__ import annotations

import json

import click

from compliance.cli.command import Command
from compliance.cli.options import check_options, run_options, what_if_options
from compliance.core.errors import EXIT_OK


@click.command(cls=Command)
@click.argument("rule", metavar="RULE")
@click.option(
    "--contract",
    metavar="FILE",
    help="Evaluate the rule on this contract and show the trace (- for standard input).",
)
@run_options
@what_if_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people; json (the condition tree and, with --contract, the trace and "
    "the result as in the JSON report) for programs.",
)
def explain(
    rule: str,
    contract: str | None,
    packs: tuple[str, ...],
    profile: str | None,
    sets: tuple[str, ...],
    as_of: str | None,
    assumptions: tuple[str, ...],
    waivers: str | None,
    baseline: str | None,
    fmt: str,
) -> int:
    """Explain a rule, or why it gives its verdict on a contract.

    RULE is a full id PACK/RULE (or PACK/ALIAS; BASE/RULE for a rule a pack takes from the
    pack it extends; a bare rule id when one pack has it). Without --contract: the rule's
    title, severity, basis, citations, rationale, dates, its condition in words, the
    definitions it uses, remediation and question.
    With --contract: the evaluation trace, each sub-condition's value (TRUE, FALSE,
    UNKNOWN, ERROR) with the facts and clauses behind it, ending in the status and the
    missing facts. Load packs other than the built-in ones with --pack PATH.
    The verdict is check's: with --assume facts, and waived with --waivers (both need
    --contract; --baseline is refused).
    """
    from compliance.run.explain import explain as run_explain
    from compliance.run.explain import render_text

    options = check_options(
        packs, sets, as_of, profile, assumptions=assumptions, waivers=waivers, baseline=baseline
    )
    explanation = run_explain(rule, options, contract)
    if fmt == "json":
        click.echo(json.dumps(explanation.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(explanation), nl=False)
    return EXIT_OK
