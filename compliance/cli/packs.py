"""``compliance packs``: list and test rule packs."""

from __future__ import annotations

import json
from typing import Any

import click

from compliance.cli.command import Group
from compliance.core.errors import EXIT_FINDINGS, EXIT_OK


@click.group(cls=Group)
def packs() -> None:
    """List, create, test and lint rule packs."""


@packs.command("list", short_help="List packs with their rules.")
@click.option("--pack", "specs", multiple=True, metavar="ID|PATH", help="Packs to list.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def list_packs(specs: tuple[str, ...], fmt: str) -> int:
    """List packs with their rules (full id, title, severity, basis, citations)."""
    from compliance.packs.compiler import compile_packs

    packset = compile_packs(list(specs) or None)
    data: list[dict[str, Any]] = [
        {
            "id": pack.id,
            "title": pack.title,
            "version": pack.version,
            "hash": pack.hash,
            "builtin": pack.builtin,
            **({"extends": pack.extends} if pack.extends else {}),
            "description": pack.description,
            "parameters": {
                name: {k: v for k, v in spec.items()} for name, spec in pack.parameters.items()
            },
            "rules": [
                {
                    "id": rule.full_id,
                    "title": rule.title,
                    "severity": rule.severity,
                    "basis": rule.basis,
                    "citations": rule.citations,
                    **({"aliases": rule.aliases} if rule.aliases else {}),
                    **({"effective": rule.dates()} if rule.effective else {}),
                    **({"from": rule.origin} if rule.origin else {}),
                }
                for rule in pack.rules
            ],
        }
        for pack in packset.selected
    ]
    if fmt == "json":
        click.echo(json.dumps({"packs": data}, indent=2, ensure_ascii=False))
        return EXIT_OK
    for pack in data:
        click.echo(f"{pack['id']} {pack['version']} — {pack['title']} ({len(pack['rules'])} rules)")
        for rule in pack["rules"]:
            cite = "; ".join(f"{c['instrument']} {c['provision']}" for c in rule["citations"])
            click.echo(f"  {rule['id']}  [{rule['severity']}, {rule['basis']}]  {rule['title']}")
            click.echo(f"      {cite}")
        click.echo("")
    return EXIT_OK


@packs.command("test")
@click.argument("specs", nargs=-1, metavar="[ID|PATH]...")
@click.option("-v", "--verbose", is_flag=True, help="List every case, not only failures.")
def test_packs(specs: tuple[str, ...], verbose: bool) -> int:
    """Run the fixtures of packs (default: every built-in pack).

    Each rule needs fixtures that make it pass, fail and come out unknown (and
    not_applicable when it has applies_when or dates). Exit 1 if a case fails or an
    outcome is not covered, 2 if a pack cannot be loaded.
    """
    from compliance.packs.fixtures import run_pack_tests
    from compliance.packs.locate import builtin_ids, given_roots_var, pack_roots

    targets = list(specs) or builtin_ids()
    given_roots_var().set(pack_roots(targets))  # the packs named may extend one another
    failed = 0
    total = 0
    uncovered = 0
    for spec in targets:
        report = run_pack_tests(spec)
        bad = [case for case in report.cases if not case.ok]
        total += len(report.cases)
        failed += len(bad)
        uncovered += len(report.coverage)
        click.echo(f"{report.pack}: {len(report.cases) - len(bad)}/{len(report.cases)} cases pass")
        for case in report.cases:
            if verbose or not case.ok:
                mark = "ok  " if case.ok else "FAIL"
                line = f"  {mark} {case.id} (expect {case.expected}, got {case.actual})"
                click.echo(line)
                if not case.ok:
                    click.echo(f"       {case.file}:{case.line}: {case.detail}")
        for problem in report.coverage:
            click.echo(f"  MISSING {problem}")
    summary = f"{total - failed} of {total} cases pass" if failed else f"all {total} cases pass"
    if uncovered:
        rules = "rule lacks" if uncovered == 1 else "rules lack"
        summary += f"; {uncovered} {rules} a fixture for an outcome"
    click.echo(summary)
    return EXIT_FINDINGS if failed or uncovered else EXIT_OK


@packs.command("new", short_help="Create a rule pack that passes its own tests and lint.")
@click.argument("ident", metavar="ID")
@click.option(
    "--dir",
    "folder",
    default=".",
    show_default=True,
    metavar="DIR",
    help="Where to create the pack folder DIR/ID.",
)
def new_pack(ident: str, folder: str) -> int:
    """Create a rule pack DIR/ID: pack.yaml, an example rule and its fixtures.

    The new pack passes `compliance packs test DIR/ID` and `compliance packs lint DIR/ID`
    at once; edit it from there (see docs/writing-rule-packs.md). ID is lower-case letters,
    digits and hyphens. An existing DIR/ID is never overwritten (exit 2).
    """
    from compliance.packs.scaffold import new_pack as scaffold

    files = scaffold(ident, folder)
    for path in files:
        click.echo(f"created {path}")
    target = files[0].parent
    click.echo(f"next: compliance packs test {target}")
    return EXIT_OK


@packs.command("lint")
@click.argument("specs", nargs=-1, metavar="[PATH]...")
@click.option(
    "--previous",
    metavar="PATH",
    help="A previous copy of the pack (folder or file) to compare rule ids with. "
    "Default: the pack as committed in git HEAD, when it is in a git work tree.",
)
def lint_packs(specs: tuple[str, ...], previous: str | None) -> int:
    """Find problems in rule packs (default: every built-in pack).

    PATH is a pack folder or file, a built-in pack id, or a folder of packs (each
    sub-folder with a pack.yaml, e.g. rules/). Each finding is one line
    FILE:LINE:COL: LEVEL CODE message; a summary line per pack says what its rule ids
    were compared with.

    \b
    Errors:
      schema               a file breaks the schema, or a condition does not compile
      no-citation          a rule without citations (also no-remediation, no-question)
      duplicate-id         two rules, or a rule and an alias, share an id
      missing-fixture      no passing fixture for pass, fail or unknown (not_applicable
                           too with applies_when or dates)
      fixture-fails        a fixture case gives another status than it expects
      vacuous              the rule passes a contract with only id and title (default
                           parameters)
      applies-never-true   no contract can make applies_when true
      removed-id           a rule id of the previous version is gone without an alias
    Warnings:
      applies-never-false  no contract can make applies_when false
      transition-never-true  no contract can make a transition's condition true (the
                           rule's dates: effective.transitions)
      unused-parameter     a parameter no rule uses
      unused-definition    a definition no rule of any linted or built-in pack uses
      placeholder          TODO/FIXME/TBD text, or an example.com citation

    \b
    How far applies-never-true/-false reach: each fact predicate is evaluated on
    contracts setting its fact to every value its type allows (every vocabulary value,
    country and group; the predicate's constants and their neighbours for numbers and
    dates; empty, single-value, open and complete lists); all/any/not/some/every and
    definitions combine these, predicates on one fact within one all/any together.
    Parameters, values taken from parameters or other facts, matches and untyped
    extension facts count as able to go either way; other predicates are taken as
    independent. A finding is certain; a pass does not prove a condition sound.

    \b
    Exit codes: 0 no errors (warnings allowed); 1 errors; 2 a pack cannot be loaded
    (schema, missing citation/remediation/question, duplicate ids).
    """
    from compliance.packs.lint import exit_status, lint
    from compliance.packs.locate import given_roots_var, pack_roots

    given_roots_var().set(pack_roots(list(specs)))  # the packs named may extend one another
    results = lint(list(specs), previous)
    for result in results:
        for finding in result.findings:
            click.echo(str(finding))
    for result in results:
        click.echo(result.summary())
    return exit_status(results)
