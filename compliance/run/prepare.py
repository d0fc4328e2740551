"""The one run path of check, compare and explain: find the contract files, prepare the run
once (packs compiled and instantiated, ``--assume`` facts, waivers, baseline: a
:class:`Setup`), then for each contract load and validate it, apply the assumptions,
evaluate it, waive its verdicts and compare them with the baseline (:func:`evaluation`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from typing import Any

from compliance.core.errors import InputError, line_safe
from compliance.core.records import field, record
from compliance.document.loader import DEFAULT_LIMITS, STDIN, Limits
from compliance.report.results import ContractReport, PackHeader
from compliance.run.options import CheckOptions

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
    """Files to check, in order: each file as given (:func:`line_safe`); each directory's
    contract files below it, sorted. A symbolic-link loop or an unreadable entry is
    reported, not fatal; so is a folder with no contract file in it (dot-files and
    dot-folders are not looked at)."""
    for path in paths:
        if path != STDIN:
            path = line_safe(path)
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


def refuse_overwriting_inputs(targets: list[tuple[str, str]], reads: list[str | None]) -> None:
    """Refuse, before the run, an output file that is a file the run reads: a contract
    (also one found in a folder named), a waiver file or a baseline. The report would
    replace it and the description would be lost. ``targets`` are (the ``-o`` value, the
    file) pairs; a file is the same file by device and inode (through a link, a hard link or
    another spelling of its path). Nothing is walked unless an output file already exists."""
    existing: dict[tuple[int, int], str] = {}
    for item, path in targets:
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            continue
        if not os.path.isdir(path):
            existing.setdefault((st.st_dev, st.st_ino), item)
    if not existing:
        return
    named = [path for path in reads if path is not None and path != STDIN]
    for path, _ in expand_paths(named):
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            continue
        named_as = existing.get((st.st_dev, st.st_ino))
        if named_as is not None:
            raise InputError(
                f"-o {named_as!r}: {path!r} is read by this run; writing the report there would "
                "overwrite it (name another file)"
            )


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
    #: The pack set (every pack loaded, before --select) and the parameter values by pack.
    packset: Any = None
    parameters: dict[str, dict[str, Any]] = field(default_factory=dict)


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
    profile_id = profile.id if profile else None
    return Prepared(
        compiled, headers, schemas, profile_id, ids, known, warnings, packset, parameters
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


def relative(path: str) -> str:
    """``path`` relative to the current folder when it is below it, else as given."""
    try:
        from pathlib import Path

        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return path


@record
class Setup:
    """A run prepared once: the packs, the what-if assumptions, the waivers, the baseline."""

    options: CheckOptions
    prepared: Prepared
    assumer: Any = None
    waivers: list[Any] = field(default_factory=list)
    waiver_index: dict[str, Any] = field(default_factory=dict)
    baseline: Any = None


def set_up(options: CheckOptions) -> Setup:
    """Prepare the run: packs, assumptions, waivers, baseline (anything that cannot load
    raises: the whole run cannot go on; a bad waiver file and a bad baseline both in one
    error)."""
    from compliance.core.errors import raise_all
    from compliance.core.timing import phase

    with phase("packs"):
        prepared = prepare(options)
    setup = Setup(options, prepared)
    if options.assumptions:
        from compliance.contracts.assume import parse_assumptions

        setup.assumer = parse_assumptions(
            options.assumptions, prepared.extension_schemas, options.limits
        )
    problems: list[InputError] = []
    if options.waivers is not None:
        from compliance.run.waivers import by_rule, load_waivers

        try:
            setup.waivers = load_waivers(
                options.waivers, prepared.rule_ids, prepared.known_packs, options.limits
            )
            setup.waiver_index = by_rule(setup.waivers)
        except InputError as exc:
            problems.extend(getattr(exc, "errors", [exc]))
    if options.baseline is not None:
        from compliance.run.baseline import load_baseline

        try:
            setup.baseline = load_baseline(options.baseline, prepared.rule_ids, options.limits)
        except InputError as exc:
            problems.extend(getattr(exc, "errors", [exc]))
    raise_all(problems)
    return setup


def refuse(options: CheckOptions, command: str, **reasons: str) -> None:
    """Refuse, with one line, an option ``command`` cannot honour: ``reasons`` maps an
    option of :class:`CheckOptions` (waivers, baseline, assumptions) to why."""
    for name, why in sorted(reasons.items()):
        if getattr(options, name):
            option = "--assume" if name == "assumptions" else f"--{name}"
            raise InputError(f"{command}: {option} {why}")


def load_assumed(setup: Setup, path: str) -> Any:
    """Load and validate one contract (:func:`load_checked`) with the run's ``--assume``
    facts applied."""
    from compliance.document.loader import display_name

    options = setup.options
    doc = load_checked(path, setup.prepared, options.limits, options.as_of)
    if setup.assumer is not None:
        setup.assumer.apply(doc.facts, display_name(path))
        if doc.readings is not None:
            doc.readings = _assumed_readings(setup.assumer, doc.readings, display_name(path))
    return doc


def _assumed_readings(assumer: Any, readings: Any, name: str) -> Any:
    """A contract's readings of its conditions whose day is not known
    (:attr:`~compliance.contracts.load.ContractDoc.readings`), each with the ``--assume``
    facts applied as the contract's are (once)."""
    applied: list[Any] = []

    def assumed() -> Any:
        made = readings()
        if not applied:
            for _, reading in made:
                assumer.apply(reading.facts, name)
            applied.append(True)
        return made

    return assumed


def govern(setup: Setup, contract: ContractReport) -> list[tuple[int, str, bool]]:
    """Waive the contract's verdicts, then compare them with the baseline (in place, in
    that order: a baseline sees the verdicts as waived or not); what the waivers matched
    is returned (compliance.run.waivers.Hit)."""
    hits: list[tuple[int, str, bool]] = []
    if setup.waivers:
        from compliance.run.waivers import waive_contract

        hits = waive_contract(contract, setup.waiver_index, setup.options.as_of)
    if setup.baseline is not None:
        from compliance.run.baseline import compare

        compare([contract], setup.baseline)
    return hits


def record_hits(setup: Setup, hits: list[tuple[int, str, bool]]) -> None:
    """Add up what the waivers matched on a contract (in the order of the contracts)."""
    from compliance.run.waivers import record as add

    add(setup.waivers, hits)


def governance_warnings(setup: Setup) -> list[str]:
    """The warnings of the run's waivers (expired, matching nothing...) and baseline
    (packs changed since it was written), once every contract is recorded."""
    out: list[str] = []
    if setup.options.waivers is not None:
        from compliance.run.waivers import warnings

        out += warnings(setup.waivers, setup.options.as_of)
    if setup.baseline is not None:
        from compliance.run.baseline import pack_warnings

        out += pack_warnings(setup.baseline, setup.prepared.headers)
    return out


@record
class Evaluated:
    """One contract through the run path: the loaded document, its verdicts (assumed,
    waived and compared with the baseline), and what the waivers matched."""

    doc: Any
    contract: ContractReport
    hits: list[tuple[int, str, bool]] = field(default_factory=list)


def evaluation(setup: Setup, path: str) -> Evaluated:
    """Load, validate, assume, evaluate, waive and compare one contract (an InputError for
    a file that cannot be checked)."""
    from compliance.engine.evaluate import evaluate_contract

    doc = load_assumed(setup, path)
    contract = evaluate_contract(doc, setup.prepared.packs, setup.options.as_of)
    return Evaluated(doc, contract, govern(setup, contract))
