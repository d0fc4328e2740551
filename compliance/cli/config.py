"""``compliance config``: the settings ``check`` would run with, and where each comes from."""

from __future__ import annotations

import json

import click

from compliance.cli.check import check_parameters
from compliance.cli.command import Command
from compliance.core.errors import EXIT_OK


@click.command(cls=Command)
@check_parameters
@click.option("--json", "as_json", is_flag=True, help="Print the settings as JSON.")
@click.pass_context
def config(ctx: click.Context, /, as_json: bool, **_: object) -> int:
    """Show the effective configuration of `compliance check` and where each value comes
    from: the default, the configuration file (FILE:LINE) or the command line.

    Takes the options of `check`, so `compliance config --select 'PACK/*'` shows what that
    run would use. The file is --config FILE, else the first .compliance.yaml or
    pyproject.toml with [tool.compliance] from the current folder up (--no-config: none).
    Relative paths in the file are shown from the current folder.
    """
    from compliance.cli.options import settings_of

    found, settings = settings_of(ctx)
    source = found.path if found is not None else None
    if as_json:
        data = {
            "config_file": source,
            "settings": {
                key: {"value": setting.value, "origin": setting.origin}
                for key, setting in settings.items()
            },
        }
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    click.echo(f"configuration file: {source or 'none'}")
    width = max(len(key) for key in settings)
    for key, setting in settings.items():
        value = json.dumps(setting.value, ensure_ascii=False)
        click.echo(f"{key:<{width}}  {value}  ({setting.origin})")
    return EXIT_OK
