"""``compliance docs``: Markdown pages for rule packs, and the vocabulary reference."""

from __future__ import annotations

from pathlib import Path

import click

from compliance.cli.command import Command
from compliance.core.errors import EXIT_FINDINGS, EXIT_OK


@click.command(cls=Command)
@click.option(
    "--pack",
    "packs",
    multiple=True,
    metavar="ID|PATH",
    help="A built-in pack id or a pack folder/file (repeatable). Default: all built-in packs.",
)
@click.option(
    "--output",
    "output",
    default="docs/rules",
    show_default=True,
    metavar="DIR",
    help="Folder for the pack and rule pages.",
)
@click.option(
    "--vocabulary",
    default="docs/vocabulary.md",
    show_default=True,
    metavar="FILE",
    help="Where to write the vocabulary reference.",
)
@click.option("--no-vocabulary", is_flag=True, help="Do not write the vocabulary reference.")
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing; exit 1 and list the pages that are out of date (for CI).",
)
def docs(
    packs: tuple[str, ...], output: str, vocabulary: str, no_vocabulary: bool, check: bool
) -> int:
    """Write Markdown pages generated from the rule packs and the contract model.

    \b
    Under DIR (default docs/rules):
      README.md               the packs
      PACK.md                 a pack: metadata, disclaimer, rules, parameters, definitions
      PACK/RULE.md            a rule: citations, rationale, condition in words, remediation,
                              question, and its fixtures as examples
    and the vocabulary reference (default docs/vocabulary.md): every fact path with its
    type, meaning and an example from contracts/model-contract.yaml, and every vocabulary.
    With the built-in packs, also nations.md beside the vocabulary reference: the national
    sovereignty profiles (rules/nations).

    Output is deterministic; unchanged pages are not rewritten, and pages this command
    generated earlier that no rule gives any more are removed from DIR.
    """
    from compliance.tools.docgen import pages, stale, write

    root = Path(output)
    files = {root / name: text for name, text in pages(list(packs) or None).items()}
    if not no_vocabulary:
        from compliance.packs.locate import builtin_dir
        from compliance.tools.vocabdoc import render

        example = builtin_dir().parent / "contracts" / "model-contract.yaml"
        files[Path(vocabulary)] = render(example if example.is_file() else None)
        if not packs:
            from compliance.nations.docs import render as render_nations

            files[Path(vocabulary).parent / "nations.md"] = render_nations()
    if check:
        problems = stale(files, root)
        for problem in problems:
            click.echo(problem)
        if problems:
            click.echo("regenerate with: compliance docs", err=True)
            return EXIT_FINDINGS
        click.echo(f"{len(files)} pages up to date")
        return EXIT_OK
    written, removed = write(files, root)
    for path in removed:
        click.echo(f"removed {path}")
    click.echo(f"{len(files)} pages, {len(written)} written, {len(removed)} removed")
    return EXIT_OK
