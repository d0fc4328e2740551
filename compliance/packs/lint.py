"""``compliance packs lint``: problems in rule packs that loading alone does not catch.

Each finding is one line ``FILE:LINE:COL: LEVEL CODE message``. Codes:

=====================  ========  ==========================================================
code                   level     what
=====================  ========  ==========================================================
schema                 error     a file does not follow the schema, or a condition does not
                                 compile (unknown fact path, wrong type...)
no-citation            error     a rule without citations
no-remediation         error     a rule without a remediation (suggested clause)
no-question            error     a rule without a question for the counterparty
duplicate-id           error     two rules (or a rule and an alias) share an id
missing-fixture        error     a rule lacks a passing fixture for pass, fail or unknown
                                 (or not_applicable, with applies_when or dates)
fixture-fails          error     a fixture case does not give its expected status
vacuous                error     the rule passes a contract that states nothing
applies-never-true     error     no contract can make applies_when true
applies-never-false    warning   no contract can make applies_when false
transition-never-true  warning   no contract can make the condition of a transition of the
                                 rule's dates true (its day never applies)
removed-id             error     a rule id of the previous version is gone, and no rule
                                 lists it under aliases
unused-parameter       warning   a parameter no rule uses
unused-definition      warning   a definition no rule uses (in any pack linted or built in)
placeholder            warning   TODO/FIXME/TBD text, or an example.com citation
=====================  ========  ==========================================================

Schema errors, missing citations, remediations or questions and duplicate ids mean the
pack cannot be loaded: the other checks are skipped for it and the exit status is 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from compliance.core.errors import InputError
from compliance.document.nodes import Mapping, Node, Scalar, Sequence
from compliance.packs.lint_checks import Usage, pack_checks
from compliance.packs.lint_findings import (
    LOAD_CODES,
    Finding,
    PackLint,
    display,
    each_error,
    find,
    finding,
    pack_file,
    rule_nodes,
)

if TYPE_CHECKING:
    from compliance.engine.ir import PackIR


def exit_status(results: list[PackLint]) -> int:
    """2 when a pack cannot be loaded, 1 on errors, else 0 (warnings alone pass)."""
    if any(not result.loaded for result in results):
        return 2
    if any(result.errors for result in results):
        return 1
    return 0


# --- targets ------------------------------------------------------------------------------------


def targets(specs: list[str]) -> list[str]:
    """Pack paths to lint: built-in ids, pack folders or files, and folders of packs (each
    sub-folder with a pack.yaml). No spec: every built-in pack."""
    from compliance.packs.locate import PACK_FILE, builtin_dir, builtin_ids

    if not specs:
        return [display(builtin_dir() / ident) for ident in builtin_ids()]
    out: list[str] = []
    for spec in specs:
        path = Path(spec)
        if not path.exists() and spec in builtin_ids():
            out.append(display(builtin_dir() / spec))
        elif path.is_dir() and not (path / PACK_FILE).is_file():
            found = sorted(p for p in path.iterdir() if (p / PACK_FILE).is_file())
            if not found:
                raise InputError(
                    f"no rule pack here: no {PACK_FILE}, and no sub-folder with one", file=spec
                )
            out.extend(str(p) for p in found)
        else:
            out.append(spec)
    return out


# --- running ------------------------------------------------------------------------------------


def lint(specs: list[str], previous: str | None = None) -> list[PackLint]:
    """Lint packs (see :func:`targets`); ``previous`` (one pack only) is a previous copy of
    the pack to compare rule ids with, instead of git HEAD."""
    paths = targets(specs)
    if previous is not None and len(paths) != 1:
        raise InputError(f"--previous compares one pack, but {len(paths)} packs are linted")
    results = [file_stage(path) for path in paths]
    readable = [r.path for r in results if r.loaded]
    for result in results:
        if result.loaded:
            compile_stage(result, [path for path in readable if path != result.path])
    loaded = [r for r in results if r.loaded]
    used = Usage(_compile_all(loaded))
    ids: dict[str, str] = {}
    for result in loaded:
        result.findings.extend(pack_checks(result, used, previous))
        if result.pack in ids:
            node = find(result.raw.node, ("id",))
            result.findings.append(
                Finding(
                    display(pack_file(result.path)),
                    node.line,
                    node.col,
                    "duplicate-id",
                    f"pack id {result.pack!r} is also the id of {ids[result.pack]}",
                )
            )
        ids.setdefault(result.pack or "", result.path)
    for result in results:
        result.findings = sorted(set(result.findings))
    return results


def _compile_all(loaded: list[PackLint]) -> dict[str, PackIR]:
    """Every built-in pack and every pack linted (a linted pack wins over a built-in one of
    the same id), for the usage of definitions and parameters."""
    from compliance.packs.compiler import compile_packs

    out: dict[str, PackIR] = {}
    for result in loaded:
        for ident, ir in result.packset.all.items():
            out.setdefault(ident, ir)
    builtins = [ident for ident in _builtin_ids() if ident not in out]
    if builtins:
        for ident, ir in compile_packs(builtins).all.items():
            out.setdefault(ident, ir)
    for result in loaded:
        out[result.packset.selected[0].id] = result.packset.selected[0]
    return out


def _builtin_ids() -> list[str]:
    from compliance.packs.locate import builtin_ids

    return builtin_ids()


# --- loading ------------------------------------------------------------------------------------


def file_stage(path: str) -> PackLint:
    """Check every file of a pack against the schema (all errors, not only the first)."""
    from compliance.model.pack import Fixtures, Pack, Rule
    from compliance.packs.locate import PACK_FILE, TEST_SUFFIX
    from compliance.packs.read import validation_errors

    result = PackLint(display(path))
    location = Path(path)
    if location.is_dir():
        files = [location / PACK_FILE]
        files += sorted(
            p
            for p in location.glob("*.yaml")
            if p.name != PACK_FILE and not p.name.endswith(TEST_SUFFIX)
        )
        fixtures = sorted(location.glob(f"*{TEST_SUFFIX}"))
    else:
        files, fixtures = [location], []
    ids: dict[str, str] = {}
    for index, file in enumerate(files):
        root = _load(file, result)
        if root is None:
            continue
        model, what = (Pack, "a rule pack") if index == 0 else (Rule, "a rule")
        for error in validation_errors(model, root, str(file), what):
            result.findings.append(finding(error))
        for rule_node in rule_nodes(root, index == 0):
            _duplicates(rule_node, str(file), ids, result)
    for file in fixtures:
        root = _load(file, result)
        if root is not None:
            for error in validation_errors(Fixtures, root, str(file), "a fixtures file"):
                result.findings.append(finding(error, "schema"))
    if any(f.code in LOAD_CODES and not f.file.endswith(TEST_SUFFIX) for f in result.findings):
        result.loaded = False
    return result


def compile_stage(result: PackLint, others: list[str]) -> None:
    """Load and compile a pack: alone, or else with the other packs linted (whose
    definitions it may use, as with several --pack options)."""
    from compliance.engine.build import instantiate
    from compliance.packs.compiler import compile_raw
    from compliance.packs.load import load_raw

    error: InputError | None = None
    for context in ([], others) if others else ([],):
        try:
            selected, known = load_raw([result.path, *context], shadow=True)
            raw = selected[0]
            packset = compile_raw([raw], known)
            instantiate(packset)  # what fails only when a check builds the nodes
        except InputError as exc:
            error = error or exc
            continue
        result.pack = packset.selected[0].id
        result.packset = packset
        result.raw = raw
        return
    assert error is not None
    error.located(str(pack_file(result.path)))
    result.findings.extend(finding(each) for each in each_error(error))
    result.loaded = False


def _load(file: Path, result: PackLint) -> Node | None:
    from compliance.document.loader import load_file

    if not file.is_file():
        result.findings.append(Finding(display(file), 1, 1, "schema", "no such file"))
        return None
    try:
        return load_file(str(file))
    except InputError as exc:
        result.findings.append(finding(exc.located(str(file)), "schema"))
        return None


def _duplicates(node: Node, file: str, ids: dict[str, str], result: PackLint) -> None:
    if not isinstance(node, Mapping):
        return
    entries: list[tuple[str, Node]] = []
    ident = node.get("id")
    if isinstance(ident, Scalar) and isinstance(ident.value, str):
        entries.append((ident.value, ident))
    aliases = node.get("aliases")
    if isinstance(aliases, Sequence):
        for item in aliases.items:
            if isinstance(item, Scalar) and isinstance(item.value, str):
                entries.append((item.value, item))
    for value, where in entries:
        if value in ids:
            message = f"duplicate rule id {value!r} (also in {display(ids[value])})"
            result.findings.append(
                Finding(display(file), where.line, where.col, "duplicate-id", message)
            )
        else:
            ids[value] = file
