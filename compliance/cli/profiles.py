"""``compliance profiles``: the built-in profiles and what each sets."""

from __future__ import annotations

import json
from typing import Any

import click

from compliance.cli.command import Command
from compliance.core.errors import EXIT_OK


@click.command(cls=Command)
@click.argument("name", required=False, metavar="[NAME|PATH]")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def profiles(name: str | None, fmt: str) -> int:
    """List the built-in profiles, or show one (its packs and parameter values).

    Use one with `compliance check --profile NAME`. Precedence, lowest first: a pack's
    defaults, the profile, --set. --pack replaces the profile's packs.
    """
    from compliance.packs.profiles import builtin_profiles, load_profile

    chosen = [load_profile(name)] if name else [load_profile(p) for p in builtin_profiles()]
    data: list[dict[str, Any]] = [
        {
            "id": p.id,
            "title": p.title,
            "description": p.description,
            "packs": p.packs,
            "parameters": p.parameters,
        }
        for p in chosen
    ]
    if fmt == "json":
        click.echo(json.dumps({"profiles": data}, indent=2, ensure_ascii=False))
        return EXIT_OK
    for profile in data:
        click.echo(f"{profile['id']} — {profile['title']}")
        if name:
            click.echo(f"  {profile['description'].strip()}")
        click.echo(f"  packs: {', '.join(profile['packs'])}")
        for pack, values in profile["parameters"].items():
            for param, value in values.items():
                click.echo(f"  --set {pack}.{param}={json.dumps(value)}")
        click.echo("")
    return EXIT_OK
