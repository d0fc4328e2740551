"""``compliance validate``: check contract descriptions against the model, nothing more."""

from __future__ import annotations

import click


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="FILE...")
def validate(paths: tuple[str, ...]) -> None:
    """Validate contract descriptions without evaluating any rule.

    Prints every error as FILE:LINE:COL: message; exit 2 if any file is invalid.
    """
    from compliance.contracts import build_contract, validate_document
    from compliance.errors import InputError
    from compliance.loader import display_name, load_file
    from compliance.run import expand_paths

    bad = 0
    good = 0
    for path, problem in expand_paths(list(paths)):
        errors: list[InputError] = []
        if problem is not None:
            errors = [problem]
        else:
            try:
                root = load_file(path)
                errors = validate_document(root, display_name(path))
                if not errors:
                    build_contract(root, path, validate=False)
            except InputError as exc:
                errors = [exc.located(display_name(path))]
        if errors:
            bad += 1
            for error in errors:
                click.echo(str(error), err=True)
        else:
            good += 1
            click.echo(f"{display_name(path)}: valid")
    if bad:
        raise SystemExit(2)
