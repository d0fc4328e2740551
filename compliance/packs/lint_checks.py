"""The checks of a pack that loads: fixtures, vacuous rules, ``applies_when`` that cannot
change, unused parameters and definitions, placeholders (and, through
:mod:`compliance.packs.lint_history`, rule ids gone since the previous version).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from compliance.core.errors import InputError
from compliance.document.nodes import Mapping, Scalar
from compliance.packs.lint_findings import (
    Finding,
    PackLint,
    display,
    each_error,
    find,
    finding,
    pack_file,
)
from compliance.packs.lint_history import removed_checks

if TYPE_CHECKING:
    from compliance.engine.ir import PackIR
    from compliance.packs.read import RawPack, RawRule


class Usage:
    """Which definitions and parameters the rules of all known packs use (following
    definitions across packs)."""

    def __init__(self, packs: dict[str, PackIR]) -> None:
        self.packs = packs
        self.definitions: set[tuple[str, str]] = set()
        self.parameters: set[tuple[str, str]] = set()
        for ident, pack in sorted(packs.items()):
            for rule in pack.rules:
                for ir in rule.conditions():
                    self.walk(ir, ident)

    def walk(self, ir: dict[str, Any], pack: str) -> None:
        op = ir["op"]
        if op in ("all", "any"):
            for part in ir["args"]:
                self.walk(part, pack)
        elif op in ("not", "stated", "unsettled"):
            self.walk(ir["arg"], pack)
        elif op in ("some", "every", "party"):
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
    node = find(rule.node, loc, key)
    return Finding(display(rule.file), node.line, node.col, code, message)


def fixture_checks(result: PackLint, rules: dict[str, RawRule]) -> list[Finding]:
    """Each rule has passing fixtures for the outcomes it needs; every case passes."""
    from compliance.packs.fixtures import run_pack_tests

    try:
        report = run_pack_tests(result.path, loaded=(result.packset, result.raw))
    except InputError as exc:
        return [finding(each, "schema") for each in each_error(exc)]
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
        out.extend(_transition_checks(analyser, pack, rule, rules[rule.id]))
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


def _transition_checks(analyser: Any, pack: PackIR, rule: Any, raw: RawRule) -> list[Finding]:
    """A transition of a rule's dates whose condition no contract can make true never gives
    its day (a warning)."""
    out: list[Finding] = []
    for index, spec in enumerate((rule.effective or {}).get("transitions", ())):
        if not analyser.outcomes(spec["when"], pack.id).true:
            out.append(
                _at(
                    raw,
                    ("effective", "transitions", index, "when"),
                    "transition-never-true",
                    f"rule {rule.id!r}: no contract can make the condition of the transition "
                    f"to {spec['from']} true, so the duty never starts on that day",
                    key=True,
                )
            )
    return out


def unused_checks(raw: RawPack, pack: PackIR, used: Usage) -> list[Finding]:
    """Parameters and definitions the pack declares itself that no rule of any known pack
    uses (a definition of this pack another pack uses counts as used)."""
    own_file = display(pack_file(raw.path))
    own = raw.base is None
    declared_params = (raw.data.get("parameters") or {}) if own else _own(raw, "parameters")
    declared_defs = (raw.data.get("definitions") or {}) if own else _own(raw, "definitions")
    out: list[Finding] = []
    for name in sorted(declared_params):
        if (pack.id, name) not in used.parameters:
            node = find(raw.node, ("parameters", name), key=True)
            out.append(
                Finding(
                    own_file,
                    node.line,
                    node.col,
                    "unused-parameter",
                    f"parameter {name!r} is not used by any rule",
                )
            )
    for name in sorted(declared_defs):
        if (pack.id, name) not in used.definitions:
            node = find(raw.node, ("definitions", name), key=True)
            out.append(
                Finding(
                    own_file,
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
    out: list[Finding] = []
    own_file = display(pack_file(raw.path))
    for name in ("title", "description", "disclaimer"):
        text = raw.node.get(name) if isinstance(raw.node, Mapping) else None
        if isinstance(text, Scalar) and _PLACEHOLDER.search(str(text.value)):
            out.append(
                Finding(
                    own_file,
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
