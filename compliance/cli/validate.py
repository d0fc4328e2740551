"""``compliance validate``: check contract descriptions against the model, nothing more."""

from __future__ import annotations

import functools
from typing import Any

import click

from compliance.cli.command import Command
from compliance.cli.options import current_limits, echo_error, limit_options
from compliance.core.errors import EXIT_INPUT, EXIT_OK, InputError


@click.command(cls=Command)
@click.argument("paths", nargs=-1, required=True, metavar="FILE...")
@limit_options
@click.option(
    "--pack",
    "packs",
    multiple=True,
    metavar="ID|PATH",
    help="Packs whose extension facts the contracts may use (default: the packs or profile "
    "of the configuration file, else the built-in packs).",
)
@click.option(
    "--config",
    "config_file",
    metavar="FILE",
    help="A configuration file whose packs (or profile) to use. Default: the first "
    ".compliance.yaml or pyproject.toml with [tool.compliance] from the current folder up.",
)
@click.option("--no-config", is_flag=True, help="Read no configuration file.")
def validate(
    paths: tuple[str, ...], packs: tuple[str, ...], config_file: str | None, no_config: bool
) -> int:
    """Validate contract descriptions without evaluating any rule.

    Prints every error as FILE:LINE:COL: message; exit 2 if any file is invalid. Facts
    under extensions.<pack-id> are checked against that pack's schema. Notes (the file
    stays valid) name each prohibition whose exceptions are not stated and each empty
    open list: neither says "none". A valid file that permits a use which is a practice it
    also prohibits (e.g. a use case of biometric categorisation by sensitive traits next to
    a ban on biometric categorisation) gets a warning, FILE:LINE:COL: warning: ..., naming
    both clauses with their lines (exit 0); so does one that states that the law is the
    only limit on the uses it grants (grants.limited_only_by_law: true) beside a ban on a
    use.
    Facts under extensions.<pack-id> are checked against the schema of the pack that
    declares them: the packs of --pack, else those of the configuration file (packs, or its
    profile's packs), as `compliance check` loads them.
    """
    from compliance.contracts.load import IdRegistry
    from compliance.core.terminal import clean
    from compliance.document.loader import display_name
    from compliance.run.prepare import expand_paths

    limits = current_limits()
    specs = packs_of(packs, config_file, no_config)
    bad = 0
    good = 0
    ids = IdRegistry()
    for path, problem in expand_paths(list(paths)):
        try:
            errors, notes, warnings = _validate_file(path, problem, specs, limits, ids)
        except PackFailed as failed:  # the pack's own error, not one blamed on the contract
            echo_error(str(failed.error))
            return EXIT_INPUT
        if errors:
            bad += 1
            for error in errors:
                echo_error(str(error))
        else:
            good += 1
            for note in notes:
                echo_error(str(note))
            for warning in warnings:
                echo_error(warning)
            click.echo(clean(f"{display_name(path)}: valid"))
    return EXIT_INPUT if bad else EXIT_OK


def _validate_file(
    path: str, problem: InputError | None, specs: tuple[str, ...], limits: Any, ids: Any
) -> tuple[list[InputError], list[InputError], list[str]]:
    """One file's errors, notes (silence) and warnings (contradictions)."""
    from compliance.contracts import contradictions
    from compliance.contracts.factchecks import grant_warnings
    from compliance.contracts.load import (
        build_contract,
        check_extensions,
        silence_notes,
        validate_document,
    )
    from compliance.document.loader import display_name, load_file

    if problem is not None:
        return [problem], [], []
    notes: list[InputError] = []
    warnings: list[str] = []
    try:
        root = load_file(path, limits)
        errors = validate_document(root, display_name(path))
        if not errors:
            doc = build_contract(root, path, validate=False, limits=limits)
            if "extensions" in doc.facts.fields:
                check_extensions(doc, pack_schemas(specs), display_name(path))
            notes = silence_notes(doc)
            duplicate = ids.claim(doc.id, display_name(path), doc.id_line, doc.id_col)
            if duplicate is not None:
                errors = [duplicate]
            warnings = [
                f"{display_name(path)}:{found.use.line}:{found.use.col}: warning: "
                + found.message()
                for found in contradictions.find(doc.facts)
            ] + grant_warnings(doc.facts, display_name(path))
    except InputError as exc:
        errors = [exc.located(display_name(path))]
    return errors, notes, warnings


def packs_of(packs: tuple[str, ...], config_file: str | None, no_config: bool) -> tuple[str, ...]:
    """--pack, else the configuration file's packs, else its profile's (empty: built-in)."""
    if packs:
        return packs
    from compliance.cli.options import current_limits
    from compliance.run.config import discover

    config = discover(config_file, no_config, current_limits())
    if config is None:
        return ()
    if config.values.get("packs"):
        return tuple(config.values["packs"])
    if config.values.get("profile"):
        from compliance.packs.profiles import load_profile

        return tuple(load_profile(config.values["profile"]).packs or ())
    return ()


class PackFailed(Exception):
    """A pack that does not load: it ends the run (exit 2) with its own error."""

    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error


def pack_schemas(packs: tuple[str, ...]) -> dict[str, Any]:
    """The packs' extension-fact schemas; a pack that does not load ends the run (exit 2)
    with its own error, not one blamed on the contract (:class:`PackFailed`)."""

    try:
        return _schemas(packs)
    except InputError as exc:
        raise PackFailed(exc) from None


@functools.cache
def _schemas(packs: tuple[str, ...]) -> dict[str, Any]:
    from compliance.packs.compiler import compile_packs

    packset = compile_packs(list(packs) or None)
    return {ident: ir.facts_schema for ident, ir in packset.all.items() if ir.facts_schema}
