"""``compliance validate``: check contract descriptions against the model, nothing more."""

from __future__ import annotations

from typing import Any

import click

from compliance.cli.options import current_limits, echo_error, limit_options


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="FILE...")
@limit_options
@click.option(
    "--pack",
    "packs",
    multiple=True,
    metavar="ID|PATH",
    help="Packs whose extension facts the contracts may use (default: the built-in packs).",
)
def validate(paths: tuple[str, ...], packs: tuple[str, ...]) -> None:
    """Validate contract descriptions without evaluating any rule.

    Prints every error as FILE:LINE:COL: message; exit 2 if any file is invalid. Facts
    under extensions.<pack-id> are checked against that pack's schema.
    """
    from compliance.contracts import build_contract, check_extensions, validate_document
    from compliance.errors import InputError
    from compliance.loader import display_name, load_file
    from compliance.run import expand_paths
    from compliance.terminal import clean

    limits = current_limits()
    bad = 0
    good = 0
    for path, problem in expand_paths(list(paths)):
        errors: list[InputError] = []
        if problem is not None:
            errors = [problem]
        else:
            try:
                root = load_file(path, limits)
                errors = validate_document(root, display_name(path))
                if not errors:
                    doc = build_contract(root, path, validate=False, limits=limits)
                    if "extensions" in doc.facts.fields:
                        check_extensions(doc, _schemas(packs), display_name(path))
            except InputError as exc:
                errors = [exc.located(display_name(path))]
        if errors:
            bad += 1
            for error in errors:
                echo_error(str(error))
        else:
            good += 1
            click.echo(clean(f"{display_name(path)}: valid"))
    if bad:
        raise SystemExit(2)


def _schemas(packs: tuple[str, ...]) -> dict[str, Any]:
    from compliance.packs import compile_packs

    packset = compile_packs(list(packs) or None)
    return {ident: ir.facts_schema for ident, ir in packset.all.items() if ir.facts_schema}
