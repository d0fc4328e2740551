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

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compliance.core.errors import InputError
from compliance.document.nodes import Mapping, Node, Scalar, Sequence, locate

if TYPE_CHECKING:
    from compliance.engine.ir import PackIR
    from compliance.packs.read import RawPack, RawRule

ERROR, WARNING = "error", "warning"

#: code -> (level, what it means): the table above, for --help and the docs.
CODES: dict[str, tuple[str, str]] = {
    "schema": (ERROR, "a file does not follow the schema, or a condition does not compile"),
    "no-citation": (ERROR, "a rule without citations"),
    "no-remediation": (ERROR, "a rule without a remediation (suggested clause)"),
    "no-question": (ERROR, "a rule without a question for the counterparty"),
    "duplicate-id": (ERROR, "two rules (or a rule and an alias) share an id"),
    "missing-fixture": (ERROR, "a rule lacks a fixture for pass, fail, unknown (not_applicable)"),
    "fixture-fails": (ERROR, "a fixture case does not give its expected status"),
    "vacuous": (ERROR, "the rule passes a contract that states nothing"),
    "applies-never-true": (ERROR, "no contract can make applies_when true"),
    "applies-never-false": (WARNING, "no contract can make applies_when false"),
    "removed-id": (ERROR, "a rule id of the previous version is gone without an alias"),
    "unused-parameter": (WARNING, "a parameter no rule uses"),
    "unused-definition": (WARNING, "a definition no rule uses"),
    "placeholder": (WARNING, "TODO/FIXME/TBD text, or an example.com citation"),
}

#: Codes that mean the pack cannot be loaded (exit 2).
LOAD_CODES = frozenset({"schema", "no-citation", "no-remediation", "no-question", "duplicate-id"})


@dataclass(frozen=True, order=True)
class Finding:
    """One lint finding: file, position, level, code and message."""

    file: str
    line: int
    col: int
    code: str
    message: str

    @property
    def level(self) -> str:
        return CODES[self.code][0]

    def __str__(self) -> str:
        text = " ".join(self.message.split())
        return f"{self.file}:{self.line}:{self.col}: {self.level} {self.code} {text}"


@dataclass
class PackLint:
    """The findings for one pack."""

    path: str
    pack: str | None = None
    findings: list[Finding] = field(default_factory=list)
    loaded: bool = True
    #: What rule ids were compared with (a previous copy, git HEAD, or nothing and why).
    compared: str = ""
    #: The pack as loaded (read and compiled), when it could be.
    packset: Any = field(default=None, repr=False, compare=False)
    raw: Any = field(default=None, repr=False, compare=False)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.level == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.level == WARNING)

    def summary(self) -> str:
        same = self.pack in (None, Path(self.path).name, Path(self.path).stem)
        name = self.path if same else f"{self.path} ({self.pack})"
        errors = f"{self.errors} error{'s' if self.errors != 1 else ''}"
        warnings = f"{self.warnings} warning{'s' if self.warnings != 1 else ''}"
        if not self.loaded:
            return f"{name}: {errors}, {warnings}; cannot be loaded, other checks skipped"
        return f"{name}: {errors}, {warnings}; rule ids compared with {self.compared}"


def exit_status(results: list[PackLint]) -> int:
    """2 when a pack cannot be loaded, 1 on errors, else 0 (warnings alone pass)."""
    if any(not result.loaded for result in results):
        return 2
    if any(result.errors for result in results):
        return 1
    return 0


def display(path: str | Path) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    text = str(path)
    absolute = os.path.abspath(text)
    cwd = os.getcwd()
    if absolute == cwd or absolute.startswith(cwd + os.sep):
        return os.path.relpath(absolute, cwd)
    return text


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
            node = _find(result.raw.node, ("id",))
            result.findings.append(
                Finding(
                    display(_pack_file(result.path)),
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


def _pack_file(path: str) -> Path:
    from compliance.packs.locate import PACK_FILE

    location = Path(path)
    return location / PACK_FILE if location.is_dir() else location


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

_FIELD = re.compile(
    r"^(?:missing required field ')?(?:rules\[\d+\]\.)?(citations|remediation|question)\b"
)
_FIELD_CODES = {
    "citations": "no-citation",
    "remediation": "no-remediation",
    "question": "no-question",
}


def each_error(error: InputError) -> list[InputError]:
    """The errors an InputError stands for (several for InputErrors)."""
    from compliance.core.errors import InputErrors

    return error.errors if isinstance(error, InputErrors) else [error]


def _finding(error: InputError, code: str | None = None) -> Finding:
    if code is None:
        match = _FIELD.match(error.message)
        code = _FIELD_CODES[match.group(1)] if match else "schema"
        if error.message.startswith("duplicate rule id"):
            code = "duplicate-id"
    return Finding(display(error.file or ""), error.line or 1, error.col or 1, code, error.message)


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
            result.findings.append(_finding(error))
        for rule_node in _rule_nodes(root, index == 0):
            _duplicates(rule_node, str(file), ids, result)
    for file in fixtures:
        root = _load(file, result)
        if root is not None:
            for error in validation_errors(Fixtures, root, str(file), "a fixtures file"):
                result.findings.append(_finding(error, "schema"))
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
            instantiate(packset)  # definitions that refer to each other in a cycle
        except InputError as exc:
            error = error or exc
            continue
        result.pack = packset.selected[0].id
        result.packset = packset
        result.raw = raw
        return
    assert error is not None
    error.located(str(_pack_file(result.path)))
    result.findings.extend(_finding(each) for each in each_error(error))
    result.loaded = False


def _load(file: Path, result: PackLint) -> Node | None:
    from compliance.document.loader import load_file

    if not file.is_file():
        result.findings.append(Finding(display(file), 1, 1, "schema", "no such file"))
        return None
    try:
        return load_file(str(file))
    except InputError as exc:
        result.findings.append(_finding(exc.located(str(file)), "schema"))
        return None


def _rule_nodes(root: Node, pack_file: bool) -> list[Node]:
    if not pack_file:
        return [root]
    rules = root.get("rules") if isinstance(root, Mapping) else None
    return list(rules.items) if isinstance(rules, Sequence) else []


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


# --- checks of a loaded pack ----------------------------------------------------------------


class Usage:
    """Which definitions and parameters the rules of all known packs use (following
    definitions across packs)."""

    def __init__(self, packs: dict[str, PackIR]) -> None:
        self.packs = packs
        self.definitions: set[tuple[str, str]] = set()
        self.parameters: set[tuple[str, str]] = set()
        for ident, pack in sorted(packs.items()):
            for rule in pack.rules:
                for ir in (rule.applies, rule.requires):
                    if ir is not None:
                        self.walk(ir, ident)

    def walk(self, ir: dict[str, Any], pack: str) -> None:
        op = ir["op"]
        if op in ("all", "any"):
            for part in ir["args"]:
                self.walk(part, pack)
        elif op == "not":
            self.walk(ir["arg"], pack)
        elif op in ("some", "every"):
            self.walk(ir["where"], pack)
        elif op == "ref":
            key = (ir["pack"], ir["name"])
            if key not in self.definitions:
                self.definitions.add(key)
                target = self.packs.get(ir["pack"])
                if target is not None and ir["name"] in target.definitions:
                    self.walk(target.definitions[ir["name"]]["ir"], ir["pack"])
        elif op == "param":
            self.parameters.add((pack, ir["param"]))
        elif isinstance(ir.get("value"), dict) and "param" in ir["value"]:
            self.parameters.add((pack, ir["value"]["param"]))


def _find(node: Node, loc: tuple[Any, ...], key: bool = False) -> Node:
    found, _ = locate(node, loc, key=key)
    return found


def pack_checks(result: PackLint, used: Usage, previous: str | None) -> list[Finding]:
    packset = result.packset
    pack = packset.selected[0]
    raw = result.raw
    rules = {rule.data["id"]: rule for rule in raw.rules}
    findings: list[Finding] = []
    findings += fixture_checks(result, rules)
    findings += vacuous_checks(packset, rules)
    findings += applies_checks(packset.all, pack, rules)
    compared, removed = removed_checks(result.path, raw, previous)
    result.compared = compared
    findings += removed
    findings += unused_checks(raw, pack, used)
    findings += placeholder_checks(raw)
    return findings


def _at(rule: RawRule, loc: tuple[Any, ...], code: str, message: str, key: bool = False) -> Finding:
    node = _find(rule.node, loc, key)
    return Finding(display(rule.file), node.line, node.col, code, message)


def fixture_checks(result: PackLint, rules: dict[str, RawRule]) -> list[Finding]:
    """Each rule has passing fixtures for the outcomes it needs; every case passes."""
    from compliance.packs.fixtures import run_pack_tests

    try:
        report = run_pack_tests(result.path, loaded=(result.packset, result.raw))
    except InputError as exc:
        return [_finding(each, "schema") for each in each_error(exc)]
    out: list[Finding] = []
    for rule_id, lacking in sorted(report.uncovered.items()):
        out.append(
            _at(
                rules[rule_id],
                ("id",),
                "missing-fixture",
                f"rule {rule_id!r}: no passing fixture gives {', '.join(lacking)} (every rule "
                "needs pass, fail and unknown cases; not_applicable too when it has "
                "applies_when or dates)",
            )
        )
    for case in report.cases:
        if not case.ok:
            out.append(
                Finding(
                    display(case.file),
                    case.line,
                    1,
                    "fixture-fails",
                    f"case {case.case!r} of {case.rule!r}: {case.detail}",
                )
            )
    return out


def vacuous_checks(packset: Any, rules: dict[str, RawRule]) -> list[Finding]:
    """A rule must not pass a contract that states nothing (id and title only), with the
    pack's default parameters."""
    from compliance.contracts.load import build_contract
    from compliance.engine.build import instantiate
    from compliance.engine.conditions import Ctx
    from compliance.engine.evaluate import evaluate_rule
    from compliance.engine.ir import PackSet
    from compliance.packs.fixtures import DEFAULT_AS_OF, _with_header

    compiled = instantiate(PackSet(packset.selected, packset.all))[0]
    doc = build_contract(_with_header(Mapping(1, 1), "empty contract"), "<empty contract>")
    out: list[Finding] = []
    for rule in compiled.rules:
        result = evaluate_rule(rule, doc, Ctx(DEFAULT_AS_OF))
        if result.status == "pass":
            out.append(
                _at(
                    rules[rule.ir.id],
                    ("requires",),
                    "vacuous",
                    f"rule {rule.ir.id!r} passes a contract that states nothing (only id and "
                    "title, default parameters): a rule must rest on what the contract says",
                    key=True,
                )
            )
    return out


def applies_checks(
    packs: dict[str, PackIR], pack: PackIR, rules: dict[str, RawRule]
) -> list[Finding]:
    """applies_when that no contract can make true (an error: the rule can never fail) or
    false (a warning: it never makes the rule not applicable)."""
    from compliance.engine.satisfiable import Analyser

    analyser = Analyser(packs)
    out: list[Finding] = []
    for rule in pack.rules:
        if rule.applies is None:
            continue
        outcomes = analyser.outcomes(rule.applies, pack.id)
        if not outcomes.true:
            out.append(
                _at(
                    rules[rule.id],
                    ("applies_when",),
                    "applies-never-true",
                    f"rule {rule.id!r}: no contract can make applies_when true, so the rule "
                    "can never fail",
                    key=True,
                )
            )
        if not outcomes.false:
            out.append(
                _at(
                    rules[rule.id],
                    ("applies_when",),
                    "applies-never-false",
                    f"rule {rule.id!r}: no contract can make applies_when false, so it "
                    "never makes the rule not applicable (leave it out?)",
                    key=True,
                )
            )
    return out


def unused_checks(raw: RawPack, pack: PackIR, used: Usage) -> list[Finding]:
    """Parameters and definitions the pack declares itself that no rule of any known pack
    uses (a definition of this pack another pack uses counts as used)."""
    from compliance.packs.locate import PACK_FILE

    location = Path(raw.path)
    pack_file = display(location / PACK_FILE if location.is_dir() else location)
    own = raw.base is None
    declared_params = (raw.data.get("parameters") or {}) if own else _own(raw, "parameters")
    declared_defs = (raw.data.get("definitions") or {}) if own else _own(raw, "definitions")
    out: list[Finding] = []
    for name in sorted(declared_params):
        if (pack.id, name) not in used.parameters:
            node = _find(raw.node, ("parameters", name), key=True)
            out.append(
                Finding(
                    pack_file,
                    node.line,
                    node.col,
                    "unused-parameter",
                    f"parameter {name!r} is not used by any rule",
                )
            )
    for name in sorted(declared_defs):
        if (pack.id, name) not in used.definitions:
            node = _find(raw.node, ("definitions", name), key=True)
            out.append(
                Finding(
                    pack_file,
                    node.line,
                    node.col,
                    "unused-definition",
                    f"definition {name!r} is not used by any rule (of this pack or another)",
                )
            )
    return out


def _own(raw: RawPack, section: str) -> dict[str, Any]:
    """The entries of a section an extending pack writes itself (not its base's)."""
    node = raw.node.get(section) if isinstance(raw.node, Mapping) else None
    return dict.fromkeys(node.entries) if isinstance(node, Mapping) else {}


_PLACEHOLDER = re.compile(r"\b(TODO|FIXME|TBD|XXX)\b|lorem ipsum", re.IGNORECASE)
_EXAMPLE_URL = re.compile(r"^https?://([^/]*\.)?(example\.(com|org|net)|[^/]*\.invalid)(/|$)")
_TEXT_FIELDS = ("title", "rationale", "remediation", "question")


def placeholder_checks(raw: RawPack) -> list[Finding]:
    """Text left as a placeholder, and citations that point nowhere real."""
    from compliance.packs.locate import PACK_FILE

    out: list[Finding] = []
    location = Path(raw.path)
    pack_file = display(location / PACK_FILE if location.is_dir() else location)
    for name in ("title", "description", "disclaimer"):
        text = raw.node.get(name) if isinstance(raw.node, Mapping) else None
        if isinstance(text, Scalar) and _PLACEHOLDER.search(str(text.value)):
            out.append(
                Finding(
                    pack_file,
                    text.line,
                    text.col,
                    "placeholder",
                    f"{name} looks like a placeholder: {str(text.value).strip()[:60]!r}",
                )
            )
    for rule in raw.rules:
        if rule.origin:
            continue
        for name in _TEXT_FIELDS:
            text = rule.data.get(name)
            if isinstance(text, str) and _PLACEHOLDER.search(text):
                message = f"{name} looks like a placeholder: {text.strip()[:60]!r}"
                out.append(_at(rule, (name,), "placeholder", message))
        for index, citation in enumerate(rule.data.get("citations", [])):
            if _EXAMPLE_URL.match(citation.get("url", "")):
                out.append(
                    _at(
                        rule,
                        ("citations", index, "url"),
                        "placeholder",
                        f"citation url {citation['url']!r} is an example address",
                    )
                )
            for key in ("instrument", "provision"):
                text = citation.get(key, "")
                if _PLACEHOLDER.search(text):
                    out.append(
                        _at(
                            rule,
                            ("citations", index, key),
                            "placeholder",
                            f"citation {key} looks like a placeholder: {text[:60]!r}",
                        )
                    )
    return out


# --- previous version ---------------------------------------------------------------------------


def removed_checks(path: str, raw: RawPack, previous: str | None) -> tuple[str, list[Finding]]:
    """Rule ids (and aliases) of the previous version that no rule carries any more."""
    before: set[str] | None
    if previous is not None:
        before = ids_in_folder(Path(previous))
        label = f"--previous {previous}"
    else:
        before, label = ids_in_git(Path(path))
    if before is None:
        return label, []
    now: set[str] = set()
    for rule in raw.rules:
        now.add(rule.data["id"])
        now.update(rule.data.get("aliases", []))
    node = _find(raw.node, ("id",))
    location = Path(raw.path)
    from compliance.packs.locate import PACK_FILE

    pack_file = display(location / PACK_FILE if location.is_dir() else location)
    out = [
        Finding(
            pack_file,
            node.line,
            node.col,
            "removed-id",
            f"rule {ident!r} of the previous version ({label}) is gone and no rule lists it "
            "under aliases (reports, waivers and baselines name rules by id)",
        )
        for ident in sorted(before - now)
    ]
    return label, out


def rule_ids(root: Node, pack_file: bool) -> set[str]:
    """Rule ids and aliases written in one file (tolerant of schema errors)."""
    out: set[str] = set()
    for node in _rule_nodes(root, pack_file):
        if not isinstance(node, Mapping):
            continue
        ident = node.get("id")
        if isinstance(ident, Scalar) and isinstance(ident.value, str):
            out.add(ident.value)
        aliases = node.get("aliases")
        if isinstance(aliases, Sequence):
            out.update(str(item.value) for item in aliases.items if isinstance(item, Scalar))
    return out


def ids_in_folder(location: Path) -> set[str]:
    from compliance.document.loader import load_file
    from compliance.packs.locate import PACK_FILE, TEST_SUFFIX

    if location.is_file():
        return rule_ids(load_file(str(location)), True)
    if not (location / PACK_FILE).is_file():
        raise InputError(f"--previous: not a rule pack (no {PACK_FILE})", file=str(location))
    out = rule_ids(load_file(str(location / PACK_FILE)), True)
    for file in sorted(location.glob("*.yaml")):
        if file.name != PACK_FILE and not file.name.endswith(TEST_SUFFIX):
            out |= rule_ids(load_file(str(file)), False)
    return out


def _git(folder: Path, *args: str) -> str | None:
    try:
        proc = subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0:
        return None
    return proc.stdout.decode("utf-8", errors="replace")


def ids_in_git(location: Path) -> tuple[set[str] | None, str]:
    """Rule ids of the pack as committed in git HEAD, and what was compared with."""
    from compliance.document.loader import parse_text
    from compliance.packs.locate import PACK_FILE, TEST_SUFFIX

    folder = location if location.is_dir() else location.parent
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top is None:
        return None, "nothing (not in a git work tree; use --previous PATH)"
    relative = os.path.relpath(os.path.realpath(location), os.path.realpath(top.strip()))
    label = f"git HEAD:{Path(relative).as_posix()}"
    if location.is_dir():
        listing = _git(folder, "ls-tree", "--name-only", "HEAD", "--", ".")
        names = [n for n in (listing or "").splitlines() if n]
        files = [(n, n == PACK_FILE) for n in names if n.endswith(".yaml")]
        files = [(n, p) for n, p in files if not n.endswith(TEST_SUFFIX)]
        if not any(p for _, p in files):
            return None, f"nothing (no {PACK_FILE} in git HEAD: a new pack?)"
    else:
        files = [(location.name, True)]
    out: set[str] = set()
    for name, is_pack in files:
        text = _git(folder, "show", f"HEAD:./{name}")
        if text is None:
            if is_pack and not location.is_dir():
                return None, "nothing (the file is not in git HEAD: a new pack?)"
            continue
        try:
            root = parse_text(text, f"HEAD:{name}", json=False)
        except InputError:
            continue
        out |= rule_ids(root, is_pack)
    return out, label
