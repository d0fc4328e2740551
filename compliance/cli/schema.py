"""``compliance schema``: JSON Schemas generated from the models."""

from __future__ import annotations

import json

import click

from compliance.cli.command import Command
from compliance.core.errors import EXIT_OK


@click.command(cls=Command)
@click.argument(
    "which", type=click.Choice(["contract", "pack", "rule", "fixtures", "report", "classification"])
)
def schema(which: str) -> int:
    """Print the JSON Schema of a contract description, a rule pack, a rule file, a
    fixtures file (for editors and other tools), of the JSON report that
    `compliance check --format json` writes, or of the classification that
    `compliance classify --format json` writes (for programs that read them)."""
    from compliance.model.schema import contract_schema, pack_schemas

    if which == "classification":
        from compliance.model.classification import classification_schema

        data = classification_schema()
    elif which == "report":
        from compliance.model.report import report_schema

        data = report_schema()
    else:
        data = contract_schema() if which == "contract" else pack_schemas()[which]
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    return EXIT_OK
