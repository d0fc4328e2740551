"""``compliance classify``: the AI Act tier of each contract, with reasons and evidence."""

from __future__ import annotations

import json

import click

from compliance.cli.command import Command
from compliance.cli.options import limit_options
from compliance.core.errors import EXIT_OK


@click.command(cls=Command)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--as-of", metavar="DATE", help="Assessment date YYYY-MM-DD (default: today).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="text for people, markdown for a table, json for programs "
    "(schema: compliance schema classification).",
)
@limit_options
def classify(paths: tuple[str, ...], as_of: str | None, fmt: str) -> int:
    """Classify each contract under the EU AI Act: prohibited (which Art. 5 point),
    high-risk (Annex III points, or Annex I), transparency (Art. 50 paragraphs), minimal,
    or out of scope (Art. 2), with the reason, the evidence lines, the dates duties apply
    from, and, where it is not settled, the facts that would decide it.

    PATH is a contract file or a folder of them. The findings are the definitions of the
    built-in eu-ai-act-high-risk pack, evaluated as `compliance check` evaluates them.
    """
    from compliance.cli.options import check_options
    from compliance.run import classify as lib

    options = check_options((), (), as_of)
    results = lib.classify_paths(list(paths), options)
    if fmt == "json":
        data = lib.to_json(results, options.as_of)
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        click.echo(lib.render_markdown(results), nl=False)
    else:
        click.echo(lib.render_text(results), nl=False)
    return EXIT_OK
