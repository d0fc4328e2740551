"""The check run as a library call: contracts in, a Report out (no printing, no exit)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from compliance.core.errors import InputError
from compliance.core.records import field, record
from compliance.document.loader import DEFAULT_LIMITS, STDIN, Limits
from compliance.report.results import InputProblem, PackHeader, Report, Result

CONTRACT_SUFFIXES = (".yaml", ".yml", ".json")


def _walk(
    folder: str,
    found: list[str],
    problems: list[tuple[str, InputError]],
    seen: set[tuple[int, int]],
) -> None:
    try:
        st = os.stat(folder)
    except OSError as exc:
        problems.append((folder, InputError(f"cannot read: {exc.strerror}", file=folder)))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        problems.append((folder, InputError("symbolic-link loop; folder skipped", file=folder)))
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        problems.append((folder, InputError(f"cannot read: {exc.strerror}", file=folder)))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        full = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir and entry.name.lower().endswith(CONTRACT_SUFFIXES):
            problems.append((full, InputError("is a directory, not a contract file", file=full)))
        elif is_dir:
            _walk(full, found, problems, seen)
        elif entry.name.lower().endswith(CONTRACT_SUFFIXES):
            found.append(full)


def expand_paths(paths: list[str]) -> Iterator[tuple[str, InputError | None]]:
    """Files to check, in order: each file as given; each directory's contract files below
    it, sorted. A symbolic-link loop or an unreadable entry is reported, not fatal; so is a
    folder with no contract file in it (dot-files and dot-folders are not looked at)."""
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            yield path, None
            continue
        if path.lower().rstrip("/").endswith(CONTRACT_SUFFIXES):
            yield path, InputError("is a directory, not a contract file", file=path)
            continue
        found: list[str] = []
        problems: list[tuple[str, InputError]] = []
        _walk(path, found, problems, set())
        if not found and not problems:
            # A run that checks nothing is not a green run.
            message = "no contract file found in the folder (*.yaml, *.yml, *.json)"
            yield path, InputError(message, file=path)
            continue
        items: list[tuple[str, InputError | None]] = [(f, None) for f in found]
        items.extend(problems)
        yield from sorted(items, key=lambda pair: pair[0])


@record
class CheckOptions:
    """The options of a check run (what the command line and configuration set)."""

    packs: list[str] | None = None
    parameters: dict[str, dict[str, Any]] = field(default_factory=dict)
    profile: str | None = None
    as_of: date = field(default_factory=date.today)
    limits: Limits = DEFAULT_LIMITS
    #: Rule selection: full ids or globs over PACK/RULE (see compliance.report.selection).
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    #: A waiver file (compliance.run.waivers) and a baseline report (compliance.run.baseline).
    waivers: str | None = None
    baseline: str | None = None
    #: What-if facts, ``PATH=VALUE`` (compliance.contracts.assume).
    assumptions: list[str] = field(default_factory=list)
    fail_on: str = "fail"
    fail_on_severity: str | None = None
    #: What set ``parameters``, for the errors: ``--set``, or a configuration file's line.
    parameters_from: str = "--set"


@record
class Prepared:
    """Packs compiled and instantiated once for the whole run."""

    packs: list[Any]
    headers: list[PackHeader]
    extension_schemas: dict[str, dict[str, Any]]
    profile: str | None = None
    #: Every id a rule of the loaded packs answers to (also former ids) -> its full id,
    #: before --select and --ignore; and every pack id known to the run.
    rule_ids: dict[str, str] = field(default_factory=dict)
    known_packs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def resolve_packs(options: CheckOptions) -> tuple[Any, dict[str, dict[str, Any]], Any]:
    """The packs a run uses and their parameter values: (pack set, values by pack, profile).

    ``--pack`` replaces a profile's packs; values: pack defaults < profile < ``--set``."""
    from compliance.packs.compiler import compile_packs
    from compliance.packs.profiles import check_parameters, load_profile, merge_parameters

    profile = load_profile(options.profile) if options.profile else None
    packset = compile_packs(options.packs or (profile.packs if profile else None))
    if profile is not None:
        check_parameters(profile, packset.all, replaced=bool(options.packs))
    parameters = merge_parameters(profile, options.parameters)
    if profile is not None:
        # Profile values for packs that --pack left out do not apply (and are not errors).
        parameters = {
            pack: values
            for pack, values in parameters.items()
            if pack in packset.all or pack in options.parameters
        }
    return packset, parameters, profile


def prepare(options: CheckOptions) -> Prepared:
    """Load, compile and instantiate the packs once for the whole run."""
    from compliance.engine.build import instantiate
    from compliance.packs.locate import builtin_ids
    from compliance.report.selection import rule_ids, select_rules

    packset, parameters, profile = resolve_packs(options)
    compiled = instantiate(packset, parameters, options.parameters_from)
    if not any(pack.rules for pack in compiled):
        raise InputError(
            "no rule to evaluate: the selected packs have no rules (a run that checks "
            "nothing is not a green run)"
        )
    ids = rule_ids(compiled)
    compiled, warnings = select_rules(compiled, options.select, options.ignore)
    headers = [PackHeader(p.ir.id, p.ir.title, p.ir.version, p.ir.hash, p.params) for p in compiled]
    schemas = {ident: ir.facts_schema for ident, ir in packset.all.items() if ir.facts_schema}
    known = sorted(set(builtin_ids()) | set(packset.all))
    return Prepared(
        compiled, headers, schemas, profile.id if profile else None, ids, known, warnings
    )


def load_checked(
    path: str, prepared: Prepared, limits: Limits = DEFAULT_LIMITS, as_of: date | None = None
) -> Any:
    """Load one contract (its facts as of ``as_of``) and validate its extension facts
    against the run's packs."""
    from compliance.contracts.load import check_extensions, load_contract
    from compliance.document.loader import display_name

    doc = load_contract(path, limits, as_of)
    check_extensions(doc, prepared.extension_schemas, display_name(path))
    return doc


def check(
    paths: list[str],
    options: CheckOptions,
    on_problem: Callable[[InputProblem], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> Report:
    """Check contracts against packs. Bad files become ``problems``; packs, waivers, a
    baseline or assumptions that cannot load raise (the whole run cannot go on).

    Order: evaluate (with ``--assume`` facts), then waive (``--waivers``), then compare with
    the baseline (``--baseline``), so a baseline sees the verdicts as waived or not. With
    ``jobs`` > 1 the files are checked on as many processes (see compliance.run.batch); the
    report is the same.
    """
    from compliance.run.batch import Tally, files_of, items, make_plan

    plan = make_plan(options)
    tally = Tally(plan)
    for item in items(plan, files_of(paths), jobs):
        tally.add(item)
        if item.problem is not None and on_problem is not None:
            on_problem(tally.problems[-1])
    report = tally.report()
    for warning in report.warnings:
        if on_warning is not None and warning not in tally.notes:
            on_warning(warning)
    return report


def relative(path: str) -> str:
    try:
        from pathlib import Path

        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return path


FAIL_ON = ("fail", "unknown", "never")


FAILING = {"fail": ("fail",), "unknown": ("fail", "unknown"), "never": ()}


def fails_run(result: Result, fail_on: str, fail_on_severity: str | None) -> bool:
    """Whether a verdict fails the run: its status is at or above ``fail_on``, its rule's
    severity at or above ``fail_on_severity``, and (with a baseline) it is new or worse.
    A waived verdict never fails the run."""
    from compliance.report.results import NEW, WORSE
    from compliance.report.selection import at_least

    return (
        result.status in FAILING[fail_on]
        and at_least(result.severity, fail_on_severity)
        and result.baseline in (None, NEW, WORSE)
    )


def exit_code(report: Report, fail_on: str) -> int:
    """Worst wins: 3 a rule in error; 2 bad input; 1 a verdict that fails the run (see
    :func:`fails_run`); 0. A rule in error exits 3 whatever the baseline, severity or
    waivers say (fail closed)."""
    from compliance.core.errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK

    results = [result for contract in report.contracts for result in contract.results]
    if any(result.status == "error" for result in results):
        return EXIT_ERROR
    if report.problems:
        return EXIT_INPUT
    if any(fails_run(result, fail_on, report.fail_on_severity) for result in results):
        return EXIT_FINDINGS
    return EXIT_OK
