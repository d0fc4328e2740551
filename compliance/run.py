"""The check run as a library call: contracts in, a Report out (no printing, no exit)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from compliance import __version__
from compliance.errors import InputError
from compliance.loader import DEFAULT_LIMITS, STDIN, Limits
from compliance.report import InputProblem, PackHeader, Report

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
    it, sorted. A symbolic-link loop or an unreadable entry is reported, not fatal."""
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
        items: list[tuple[str, InputError | None]] = [(f, None) for f in found]
        items.extend(problems)
        yield from sorted(items, key=lambda pair: pair[0])


@dataclass
class CheckOptions:
    packs: list[str] | None = None
    parameters: dict[str, dict[str, Any]] = field(default_factory=dict)
    profile: str | None = None
    as_of: date = field(default_factory=date.today)
    limits: Limits = DEFAULT_LIMITS


@dataclass
class Prepared:
    """Packs compiled and instantiated once for the whole run."""

    packs: list[Any]
    headers: list[PackHeader]
    extension_schemas: dict[str, dict[str, Any]]
    profile: str | None = None


def prepare(options: CheckOptions) -> Prepared:
    """Load, compile and instantiate the packs once for the whole run."""
    from compliance.packs import compile_packs, instantiate
    from compliance.profiles import check_parameters, load_profile, merge_parameters

    profile = load_profile(options.profile) if options.profile else None
    packs = options.packs or (profile.packs if profile else None)
    packset = compile_packs(packs)
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
    compiled = instantiate(packset, parameters)
    if not any(pack.rules for pack in compiled):
        raise InputError(
            "no rule to evaluate: the selected packs have no rules (a run that checks "
            "nothing is not a green run)"
        )
    headers = [PackHeader(p.ir.id, p.ir.title, p.ir.version, p.ir.hash, p.params) for p in compiled]
    schemas = {ident: ir.facts_schema for ident, ir in packset.all.items() if ir.facts_schema}
    return Prepared(compiled, headers, schemas, profile.id if profile else None)


def load_checked(path: str, prepared: Prepared, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Load one contract and validate its extension facts against the run's packs."""
    from compliance.contracts import check_extensions, load_contract
    from compliance.loader import display_name

    doc = load_contract(path, limits)
    check_extensions(doc, prepared.extension_schemas, display_name(path))
    return doc


def check(
    paths: list[str],
    options: CheckOptions,
    on_problem: Callable[[InputProblem], None] | None = None,
) -> Report:
    """Check contracts against packs. Bad files become ``problems``; packs that cannot load
    raise (the whole run cannot go on)."""
    from compliance.evaluation import evaluate_contract
    from compliance.timing import phase

    with phase("packs"):
        prepared = prepare(options)
    report = Report(__version__, options.as_of, prepared.headers, profile=prepared.profile)
    for path, problem in expand_paths(paths):
        if problem is None:
            try:
                doc = load_checked(path, prepared, options.limits)
            except InputError as exc:
                problem = exc.located(path)
            else:
                report.contracts.append(evaluate_contract(doc, prepared.packs, options.as_of))
                continue
        item = InputProblem(path if path != STDIN else "<stdin>", str(problem))
        report.problems.append(item)
        if on_problem is not None:
            on_problem(item)
    return report


def relative(path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return path


FAIL_ON = ("fail", "unknown", "never")


def exit_code(report: Report, fail_on: str) -> int:
    """Worst wins: 3 a rule in error; 2 bad input; 1 a verdict at or above fail_on; 0."""
    from compliance.errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK

    statuses = {result.status for contract in report.contracts for result in contract.results}
    if "error" in statuses:
        return EXIT_ERROR
    if report.problems:
        return EXIT_INPUT
    failing = {"fail": {"fail"}, "unknown": {"fail", "unknown"}, "never": set()}[fail_on]
    if statuses & failing:
        return EXIT_FINDINGS
    return EXIT_OK
