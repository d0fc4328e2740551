"""Rule fixtures: named cases beside each rule, run by ``compliance packs test`` and pytest.

A fixture file ``<rule-id>.test.yaml`` sits beside ``<rule-id>.yaml``::

    rule: explicit-ban
    cases:
      - name: ban-stated
        expect: pass
        contract: {restrictions: {mass_surveillance: {prohibited: true}}}

Each case is a contract fragment (``id`` and ``title`` may be left out), optional
``parameters`` and ``as_of``, and the expected status. A rule must have cases for pass,
fail and unknown, and for not_applicable when it has ``applies_when`` or dates.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from compliance.core.errors import InputError, PackError
from compliance.core.records import field, record
from compliance.document.nodes import Mapping, Scalar, locate

#: Assessment date of cases that give none (fixed, so that fixtures are reproducible).
DEFAULT_AS_OF = date(2026, 11, 27)


@record
class CaseResult:
    """The outcome of one fixture case."""

    pack: str
    rule: str
    case: str
    expected: str
    actual: str
    ok: bool
    detail: str
    file: str
    line: int

    @property
    def id(self) -> str:
        return f"{self.pack}/{self.rule}/{self.case}"


@record
class PackTestReport:
    """The outcomes of one pack's fixtures, and the outcomes not covered."""

    pack: str
    cases: list[CaseResult] = field(default_factory=list)
    coverage: list[str] = field(default_factory=list)  # problems: missing outcomes
    #: rule id -> the outcomes no passing fixture gives (the same problems, as data).
    uncovered: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(case.ok for case in self.cases) and not self.coverage


def required_outcomes(rule: Any) -> set[str]:
    needed = {"pass", "fail", "unknown"}
    if rule.applies is not None or rule.effective:
        needed.add("not_applicable")
    return needed


def run_pack_tests(spec: str, loaded: tuple[Any, Any] | None = None) -> PackTestReport:
    """Run every fixture of one pack (a built-in id or a path); ``loaded`` is the pack's
    PackSet and RawPack when the caller has read it already."""
    packset, raw = loaded if loaded is not None else _load(spec)
    pack_ir = packset.selected[0]
    report = PackTestReport(pack_ir.id)
    rules = {rule.id: rule for rule in pack_ir.rules}
    seen: dict[str, set[str]] = {rule: set() for rule in rules}
    instances = _Instances(packset)
    for test_file in raw.test_files:
        root, data = _read_fixtures(test_file, rules)
        rule_id = data["rule"]
        cases_node = root.get("cases") if isinstance(root, Mapping) else None
        for index, case in enumerate(data["cases"]):
            case_node, _ = locate(cases_node, (index,)) if cases_node else (root, False)
            # A case inherited from a base pack runs with that pack's defaults.
            params = {**raw.test_parameters.get(test_file, {}), **(case.get("parameters") or {})}
            rule = instances.rule(rule_id, params)
            outcome, status = _run_case(rule, case, case_node, test_file)
            if status is not None:
                seen[rule_id].add(status)
            report.cases.append(outcome)
    for rule_id, rule in sorted(rules.items()):
        lacking = sorted(required_outcomes(rule) - seen[rule_id])
        if lacking:
            report.uncovered[rule_id] = lacking
            report.coverage.append(
                f"{pack_ir.id}/{rule_id}: no passing fixture for {', '.join(lacking)}"
            )
    return report


def _load(spec: str) -> tuple[Any, Any]:
    """The pack named by ``spec`` (it takes the place of a built-in pack of its id), read
    and compiled: its PackSet and RawPack."""
    from compliance.packs.compiler import compile_raw
    from compliance.packs.load import load_raw

    selected, known = load_raw([spec], shadow=True)
    return compile_raw(selected, known), selected[0]


class _Instances:
    """The pack instantiated once per set of parameter values its cases use."""

    def __init__(self, packset: Any) -> None:
        self.packset = packset
        self.pack_ir = packset.selected[0]
        self.compiled: dict[str, Any] = {}

    def rule(self, rule_id: str, params: dict[str, Any]) -> Any:
        """The compiled rule ``rule_id``, with ``params`` bound."""
        from compliance.engine.build import instantiate
        from compliance.engine.ir import PackSet

        key = repr(sorted(params.items()))
        if key not in self.compiled:
            sub = PackSet([self.pack_ir], self.packset.all)
            self.compiled[key] = instantiate(sub, {self.pack_ir.id: params})[0]
        return next(r for r in self.compiled[key].rules if r.ir.id == rule_id)


def _read_fixtures(test_file: str, rules: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """A fixtures file, validated: for a rule of the pack, in the file named after it."""
    from compliance.document.loader import load_file
    from compliance.model.pack import Fixtures
    from compliance.packs.read import validate as validate_model

    root = load_file(test_file)
    data = validate_model(Fixtures, root, test_file, "a fixtures file")
    rule_id = data["rule"]
    if rule_id not in rules:
        node, _ = locate(root, ("rule",))
        raise PackError(
            f"fixtures for unknown rule {rule_id!r}",
            file=test_file,
            line=node.line,
            col=node.col,
        )
    expected_name = f"{rule_id}.test.yaml"
    if Path(test_file).name != expected_name:
        raise PackError(f"fixtures for {rule_id!r} belong in {expected_name}", file=test_file)
    return root, data


def _run_case(
    rule: Any, case: dict[str, Any], case_node: Any, test_file: str
) -> tuple[CaseResult, str | None]:
    """One case's outcome, and the status the rule gave (None for a contract that is not
    valid)."""
    from compliance.contracts.load import build_contract
    from compliance.engine.conditions import Ctx
    from compliance.engine.evaluate import evaluate_rule

    contract_node, _ = locate(case_node, ("contract",))
    fragment = _with_header(contract_node, case["name"])
    as_of = case.get("as_of") or DEFAULT_AS_OF

    def outcome(actual: str, problems: list[str]) -> CaseResult:
        return CaseResult(
            rule.ir.pack,
            rule.ir.id,
            case["name"],
            case["expect"],
            actual,
            not problems,
            "; ".join(problems),
            test_file,
            case_node.line,
        )

    try:
        doc = build_contract(fragment, test_file, as_of=as_of)
    except InputError as exc:
        return outcome("invalid", [str(exc)]), None
    result = evaluate_rule(rule, doc, Ctx(as_of))
    return outcome(result.status, _problems(result, case)), result.status


def _problems(result: Any, case: dict[str, Any]) -> list[str]:
    """How a rule's result differs from what the case expects."""
    problems = []
    if result.status != case["expect"]:
        problems.append(f"expected {case['expect']}, got {result.status}")
    missing = {m.path for m in result.missing}
    for path in case.get("expect_missing") or []:
        if path not in missing:
            problems.append(
                f"expected missing fact {path!r}; missing: {', '.join(sorted(missing)) or 'none'}"
            )
    want_unsettled = case.get("expect_unsettled")
    if want_unsettled is not None and bool(result.unsettled) != want_unsettled:
        problems.append(
            "expected a note that the law is unsettled; notes: "
            + ("; ".join(result.notes) or "none")
            if want_unsettled
            else f"expected no unsettled point of law; notes: {'; '.join(result.unsettled)}"
        )
    want_from = case.get("expect_applies_from")
    if want_from is not None and result.applies_from != want_from:
        problems.append(f"expected applies_from {want_from}, got {result.applies_from}")
    if result.message and result.status == "error":
        problems.append(result.message)
    return problems


def _with_header(node: Any, name: str) -> Mapping:
    """The contract fragment with an id and title filled in where the case left them out."""
    if not isinstance(node, Mapping):
        raise PackError("a case's contract must be a mapping", line=node.line, col=node.col)
    if "id" in node.entries and "title" in node.entries:
        return node
    out = Mapping(node.line, node.col)
    if "id" not in node.entries:
        out.entries["id"] = (
            Scalar("id", node.line, node.col),
            Scalar(_slug(name), node.line, node.col),
        )
    if "title" not in node.entries:
        out.entries["title"] = (
            Scalar("title", node.line, node.col),
            Scalar(name, node.line, node.col),
        )
    out.entries.update(node.entries)
    return out


def _slug(text: str) -> str:
    out = "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")
    return out or "case"
