"""The benchmark's differential test against two independent engines (regopy and regorus
running a Rego translation of no-autonomous-weapons), a smoke run of the benchmark at tiny
size, and ``check --timing``. No timing assertions."""

from __future__ import annotations

import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, cli
from hypothesis import given, settings
from strategies import (
    perturbed_contracts,
    weapons_permitted_contract,
    weapons_perturbed_contracts,
)

pytest.importorskip("regopy")
pytest.importorskip("opa_eval")

from compliance.contracts.load import ContractDoc, load_contract
from compliance.engine.build import instantiate
from compliance.engine.ir import CompiledPack
from compliance.packs.compiler import compile_packs
from compliance.tools.bench.engine import PACK, differential
from compliance.tools.bench.generate import AS_OF, generate_contracts
from compliance.tools.bench.peers import PEERS, REGO_FILE, RegoPeer


@cache
def peer(name: str) -> RegoPeer:
    return RegoPeer(name)


def rego() -> RegoPeer:
    return peer("regopy")


def regorus() -> RegoPeer:
    return peer("regorus")


def engines() -> list[RegoPeer]:
    return [peer(name) for name in PEERS]


@cache
def pack() -> CompiledPack:
    return instantiate(compile_packs([PACK]))[0]


def test_the_rego_translation_covers_every_rule_of_the_pack() -> None:
    doc = load_contract(str(ROOT / "contracts" / "nato-openai-2026.yaml"))
    assert sorted(rego().verdicts(doc.facts)) == sorted(rule.ir.id for rule in pack().rules)


@pytest.mark.parametrize("path", sorted((ROOT / "contracts").glob("*.yaml")), ids=lambda p: p.name)
def test_regopy_and_regorus_give_the_same_verdicts_on_every_rule(path: Path) -> None:
    """Both Rego engines, on every rule (decided or not): the translation means one thing."""
    doc = load_contract(str(path))
    assert regorus().verdicts(doc.facts) == rego().verdicts(doc.facts)


@pytest.mark.parametrize("path", sorted((ROOT / "contracts").glob("*.yaml")), ids=lambda p: p.name)
def test_the_engine_and_rego_agree_on_the_examples(path: Path) -> None:
    for engine in engines():
        result = differential([load_contract(str(path))], pack(), engine)
        assert result.disagreements == []


@pytest.mark.parametrize(("count", "seed"), [(30, 7), (40, 2026)])
def test_the_engine_and_rego_agree_on_generated_contracts(
    count: int, seed: int, tmp_path: Path
) -> None:
    """Seed 2026 with 40 contracts is the benchmark's default set (``python -m
    compliance.bench`` exits 1 on a disagreement there)."""
    files = generate_contracts(count, seed=seed, folder=tmp_path)
    docs = [load_contract(str(path)) for path in files]
    for engine in engines():
        result = differential(docs, pack(), engine)
        assert result.disagreements == []
        assert result.compared > 100  # the comparison is not vacuous


def doc_of(data: dict[str, Any], tmp: Path) -> ContractDoc:
    import json

    path = tmp / "c.json"
    path.write_text(json.dumps({"id": "c", "title": "c", **data}), encoding="utf-8")
    return load_contract(str(path))


@given(perturbed_contracts())
def test_the_engine_and_rego_agree_on_perturbed_examples(data: dict[str, Any]) -> None:
    import tempfile

    from hypothesis import assume

    from compliance.core.errors import InputError

    with tempfile.TemporaryDirectory() as tmp:
        try:
            doc = doc_of(data, Path(tmp))
        except InputError:  # a changed value can name a party that is not there
            assume(False)
            return
    for engine in engines():
        result = differential([doc], pack(), engine)
        assert result.disagreements == []


@settings(max_examples=200)
@given(weapons_perturbed_contracts())
def test_the_engine_and_rego_agree_on_perturbed_weapons_terms(data: dict[str, Any]) -> None:
    """Perturbed examples with the weapons pack's seldom-stated facts set (uses of an
    autonomous weapon system, carve-outs, qualified decisions, review uses, oversight,
    suspension, NATO as an international organisation)."""
    import tempfile

    from hypothesis import assume

    from compliance.core.errors import InputError

    with tempfile.TemporaryDirectory() as tmp:
        try:
            doc = doc_of(data, Path(tmp))
        except InputError:
            assume(False)
            return
    for engine in engines():
        result = differential([doc], pack(), engine)
        assert result.disagreements == []


@pytest.mark.parametrize("name", PEERS)
def test_the_differential_test_can_fail(name: str, tmp_path: Path) -> None:
    """A Rego translation with one rule wrong is caught."""
    wrong = tmp_path / "wrong.rego"
    text = REGO_FILE.read_text(encoding="utf-8")
    wrong.write_text(
        text.replace(
            "req_traceability if input.weapons.traceability == true", "req_traceability := true"
        ),
        encoding="utf-8",
    )
    files = generate_contracts(30, seed=7, folder=tmp_path)
    docs = [load_contract(str(path)) for path in files]
    result = differential(docs, pack(), RegoPeer(name, wrong))
    assert any("traceability" in line for line in result.disagreements)


def test_generated_contracts_are_varied_and_valid(tmp_path: Path) -> None:
    from compliance.engine.evaluate import evaluate_contract

    first = tmp_path / "first"
    first.mkdir()
    files = generate_contracts(12, seed=1, folder=first)
    statuses = set()
    for path in files:
        report = evaluate_contract(load_contract(str(path)), [pack()], AS_OF)
        statuses |= {result.status for result in report.results}
    assert {"pass", "fail", "unknown", "not_applicable"} <= statuses
    other = tmp_path / "again"
    other.mkdir()
    again = generate_contracts(12, seed=1, folder=other)
    assert [p.read_text() for p in again] == [p.read_text() for p in files]


def test_the_benchmark_runs_at_tiny_size() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "compliance.bench",
            "--contracts",
            "3",
            "--repeat",
            "1",
            "--batch",
            "0",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert "0 disagreements" in proc.stdout
    assert "timing (milliseconds):" in proc.stdout
    last = lines[-1].split()
    assert [item.split("=")[0] for item in last] == [
        "cold_ratio",
        "engine_vs_regopy",
        "engine_vs_regorus",
    ]
    for item in last:
        assert float(item.split("=")[1]) > 0


def test_check_timing_goes_to_stderr_and_leaves_the_report_alone() -> None:
    args = ["check", "contracts/nato-openai-2026.yaml", "--as-of", "2026-11-27"]
    plain = cli(*args, "--format", "json")
    timed = cli(*args, "--format", "json", "--timing")
    assert timed.code == plain.code
    assert timed.out == plain.out
    assert "timing (milliseconds):" in timed.err
    for label in ("start-up", "packs", "read and parse", "validate", "evaluate", "render"):
        assert label in timed.err
    assert "total" in timed.err.splitlines()[-1]


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    """Set the fact at a dotted path; ``parties+`` adds a party."""
    if path == "parties+":
        data["parties"]["items"].append(value)
        return
    *parents, last = path.split(".")
    for step in parents:
        data = data.setdefault(step, {})
    data[last] = value


def _closed(*items: str) -> dict[str, Any]:
    return {"items": list(items), "complete": True}


#: NATO as an international organisation (not as a military alliance), a second customer.
NATO = {
    "id": "nato",
    "roles": ["customer"],
    "kind": "international-organisation",
    "international_organisation": "nato",
}

#: (case, changes to the base, rule, the engine's verdict): each condition the audits of the
#: weapons pack added, decided, so that a translation that misses it disagrees.
WEAPONS_CASES: list[tuple[str, dict[str, Any], str, str]] = [
    ("base: every duty stated", {}, "human-decision-per-engagement", "pass"),
    (
        "ban that does not bind every user",
        {"restrictions.autonomous_weapons.binds_every_user": False},
        "autonomous-weapons-ban",
        "fail",
    ),
    (
        "ban that binds every user",
        {"restrictions.autonomous_weapons.binds_every_user": True},
        "autonomous-weapons-ban",
        "pass",
    ),
    ("base: advisory", {}, "decision-support-advisory", "pass"),
    ("base: targeting under control", {}, "targeting-and-c2-controlled", "pass"),
    ("base: reviews cover targeting", {}, "senior-review", "pass"),
    (
        "buys use in an autonomous weapon system",
        {"use_cases": _closed("decision-support", "weapons-targeting", "autonomous-weapons")},
        "human-decision-per-engagement",
        "fail",
    ),
    (
        "autonomous weapons expressly permitted",
        {"restrictions.autonomous_weapons": {"prohibited": False, "exceptions": _closed()}},
        "human-decision-per-engagement",
        "fail",
    ),
    (
        "a carve-out for a separate agreement",
        {"restrictions.autonomous_weapons.exceptions": _closed("separate-agreement")},
        "human-decision-per-engagement",
        "fail",
    ),
    (
        "decision required only where practicable",
        {"weapons.human_decision_qualified": True},
        "decision-support-advisory",
        "fail",
    ),
    (
        "advisory outputs in an autonomous weapon system",
        {"use_cases": _closed("decision-support", "autonomous-weapons")},
        "decision-support-advisory",
        "fail",
    ),
    (
        "human on the loop",
        {"safeguards.human_oversight.mode": "human-on-the-loop"},
        "decision-support-advisory",
        "fail",
    ),
    (
        "no human control",
        {"safeguards.human_oversight.mode": "none"},
        "decision-support-advisory",
        "fail",
    ),
    (
        "targeting bought as an autonomous weapon system, outputs advisory",
        {"use_cases": _closed("decision-support", "autonomous-weapons")},
        "targeting-and-c2-controlled",
        "fail",
    ),
    (
        "materiel-only limits, anti-personnel autonomy permitted",
        {
            "restrictions.autonomous_weapons.exceptions": _closed("materiel-targets"),
            "restrictions.anti_personnel_autonomy": {"prohibited": False},
        },
        "autonomy-limits",
        "fail",
    ),
    (
        "materiel-only limits, anti-personnel autonomy carved out",
        {
            "restrictions.autonomous_weapons.exceptions": _closed("materiel-targets"),
            "restrictions.anti_personnel_autonomy.exceptions": _closed("local-defence"),
        },
        "autonomy-limits",
        "fail",
    ),
    (
        "materiel-only limits, anti-personnel autonomy banned",
        {"restrictions.autonomous_weapons.exceptions": _closed("materiel-targets")},
        "autonomy-limits",
        "pass",
    ),
    (
        "overseers cannot stop the system",
        {"safeguards.human_oversight.can_stop": False},
        "deactivation",
        "fail",
    ),
    (
        "the customer may not suspend",
        {"safeguards.customer_may_suspend": False},
        "deactivation",
        "fail",
    ),
    (
        "materiel-only limits, operators cannot stop the system",
        {
            "restrictions.autonomous_weapons.exceptions": _closed("materiel-targets"),
            "safeguards.human_oversight.can_stop": False,
        },
        "autonomy-limits",
        "fail",
    ),
    (
        "materiel-only limits, no human control required",
        {
            "restrictions.autonomous_weapons.exceptions": _closed("materiel-targets"),
            "safeguards.human_oversight.mode": "none",
        },
        "autonomy-limits",
        "fail",
    ),
    (
        "targeting advisory, operators only on the loop",
        {"safeguards.human_oversight.mode": "human-on-the-loop"},
        "targeting-and-c2-controlled",
        "fail",
    ),
    (
        "targeting advisory, a carve-out for materiel targets",
        {"restrictions.autonomous_weapons.exceptions": _closed("materiel-targets")},
        "targeting-and-c2-controlled",
        "fail",
    ),
    (
        "targeting excluded, fire control bought that engages on its own",
        {
            "use_cases": _closed("fire-control"),
            "excluded_use_cases": _closed("weapons-targeting", "command-and-control"),
            "weapons.human_decision_per_engagement": False,
        },
        "targeting-and-c2-controlled",
        "fail",
    ),
    (
        "outputs operators may not override",
        {"safeguards.human_oversight.can_override": False},
        "decision-support-advisory",
        "fail",
    ),
    (
        "weights on edge devices for use within an autonomous weapon system",
        {"use_cases": _closed("autonomous-weapons"), "system.edge_delivery": True},
        "no-weapons-embedding",
        "fail",
    ),
    (
        "autonomous-weapons use bought beside a ban with no carve-out",
        {"use_cases": _closed("autonomous-weapons")},
        "autonomy-limits",
        "pass",
    ),
    (
        "senior review for targeting only, local-defence carve-out engaging persons",
        {
            "restrictions.autonomous_weapons.exceptions": _closed("local-defence"),
            "restrictions.anti_personnel_autonomy.prohibited": False,
        },
        "senior-review",
        "fail",
    ),
    ("NATO as an international organisation", {"parties+": NATO}, "nato-principles", "pass"),
    (
        "NATO as an international organisation, no principles",
        {"parties+": NATO, "weapons.nato_principles": False},
        "nato-principles",
        "fail",
    ),
    (
        "legal review for targeting only, materiel-target carve-out",
        {"restrictions.autonomous_weapons.exceptions": _closed("materiel-targets")},
        "legal-weapons-review",
        "fail",
    ),
    (
        "legal review for targeting and autonomous weapons, materiel-target carve-out",
        {
            "restrictions.autonomous_weapons.exceptions": _closed("materiel-targets"),
            "weapons.legal_review_uses": _closed("weapons-targeting", "autonomous-weapons"),
        },
        "legal-weapons-review",
        "pass",
    ),
    (
        "senior review for targeting only, materiel-target carve-out",
        {"restrictions.autonomous_weapons.exceptions": _closed("materiel-targets")},
        "senior-review",
        "fail",
    ),
    (
        "senior review for targeting only, operator-supervised local-defence carve-out (exempt)",
        {
            "restrictions.autonomous_weapons.exceptions": _closed("local-defence"),
            "restrictions.autonomous_weapons.operator_supervised": True,
        },
        "senior-review",
        "pass",
    ),
    (
        "verification for targeting only, local-defence carve-out",
        {"restrictions.autonomous_weapons.exceptions": _closed("local-defence")},
        "verification-and-testing",
        "fail",
    ),
    (
        "review uses named in an open list (not read as leaving fire control out)",
        {
            "use_cases": _closed("decision-support", "weapons-targeting", "fire-control"),
            "weapons.legal_review_uses": ["weapons-targeting"],
        },
        "legal-weapons-review",
        "pass",
    ),
    (
        "review uses named in an open list, materiel-target carve-out",
        {
            "restrictions.autonomous_weapons.exceptions": _closed("materiel-targets"),
            "weapons.legal_review_uses": ["weapons-targeting"],
        },
        "legal-weapons-review",
        "pass",
    ),
    (
        "meaningful human control beside autonomous engagement",
        {"weapons.human_decision_per_engagement": False},
        "human-judgment",
        "fail",
    ),
    (
        "weapons use engaging without a human decision, ban otherwise intact",
        {"weapons.human_decision_per_engagement": False},
        "autonomous-weapons-ban",
        "fail",
    ),
    (
        "ban waivable by the customer",
        {"restrictions.autonomous_weapons.waivable_by_customer": True},
        "unconditional-ban",
        "fail",
    ),
    (
        "a carve-out for a separate agreement (ban)",
        {"restrictions.autonomous_weapons.exceptions": _closed("separate-agreement")},
        "autonomous-weapons-ban",
        "fail",
    ),
    (
        "safeguards removed on the customer's demand",
        {"data.continuity.safeguard_removal_condition": True},
        "no-guardrail-free-models",
        "fail",
    ),
    (
        "the ban yields to an any-lawful-use grant (ban)",
        {"grants.any_lawful_use": True, "grants.red_lines_prevail": False},
        "autonomous-weapons-ban",
        "fail",
    ),
    (
        "the ban yields to an any-lawful-use grant (unconditional)",
        {"grants.any_lawful_use": True, "grants.red_lines_prevail": False},
        "unconditional-ban",
        "fail",
    ),
    (
        "autonomous use bought under a carve-out stated operator-supervised",
        {
            "use_cases": _closed("decision-support", "weapons-targeting", "autonomous-weapons"),
            "restrictions.autonomous_weapons.exceptions": _closed("materiel-targets"),
            "restrictions.autonomous_weapons.operator_supervised": True,
        },
        "autonomous-weapons-ban",
        "pass",
    ),
    (
        "autonomous use bought under a carve-out stated unsupervised",
        {
            "use_cases": _closed("decision-support", "weapons-targeting", "autonomous-weapons"),
            "restrictions.autonomous_weapons.exceptions": _closed("materiel-targets"),
            "restrictions.autonomous_weapons.operator_supervised": False,
        },
        "autonomous-weapons-ban",
        "fail",
    ),
    (
        "a carve-out claiming supervision beside no human oversight at all",
        {
            "use_cases": _closed("decision-support", "weapons-targeting", "autonomous-weapons"),
            "restrictions.autonomous_weapons.exceptions": _closed("local-defence"),
            "restrictions.autonomous_weapons.operator_supervised": True,
            "safeguards.human_oversight.mode": "none",
        },
        "autonomous-weapons-ban",
        "fail",
    ),
    (
        "targeting acting alone under a carve-out stated unsupervised",
        {
            "weapons.human_decision_per_engagement": False,
            "restrictions.autonomous_weapons.exceptions": _closed("materiel-targets"),
            "restrictions.autonomous_weapons.operator_supervised": False,
        },
        "autonomous-weapons-ban",
        "fail",
    ),
    (
        "a ban reaching lethal force only",
        {"restrictions.autonomous_weapons.exceptions": _closed("non-lethal-force")},
        "autonomous-weapons-ban",
        "fail",
    ),
    (
        "a ban whose defined term leaves part of the practice out",
        {"restrictions.autonomous_weapons.exceptions": _closed("defined-narrowly")},
        "autonomous-weapons-ban",
        "fail",
    ),
    (
        "anti-personnel prohibition reaching lethal force only",
        {
            "restrictions.autonomous_weapons.exceptions": _closed("materiel-targets"),
            "restrictions.anti_personnel_autonomy.exceptions": _closed("non-lethal-force"),
        },
        "no-anti-personnel-autonomy",
        "fail",
    ),
    (
        "materiel-only limits, carve-out stated unsupervised",
        {
            "restrictions.autonomous_weapons.exceptions": _closed("materiel-targets"),
            "restrictions.autonomous_weapons.operator_supervised": False,
        },
        "autonomy-limits",
        "fail",
    ),
    (
        "senior review for targeting only, local-defence carve-out stated unsupervised",
        {
            "restrictions.autonomous_weapons.exceptions": _closed("local-defence"),
            "restrictions.autonomous_weapons.operator_supervised": False,
        },
        "senior-review",
        "fail",
    ),
    (
        "a decision per engagement, no autonomous-weapons ban, restrictions stated in full",
        {
            "restrictions.autonomous_weapons": {},
            "restrictions.in_contract": _closed("mass_surveillance", "weapons_integration"),
        },
        "human-decision-per-engagement",
        "pass",
    ),
    (
        "fire control acting alone, a decision only where practicable",
        {
            "system.capabilities": _closed("autonomous-action", "image-analysis"),
            "weapons.human_decision_qualified": True,
        },
        "unconditional-ban",
        "fail",
    ),
]


@pytest.mark.parametrize(
    ("changes", "rule", "status"),
    [case[1:] for case in WEAPONS_CASES],
    ids=[case[0] for case in WEAPONS_CASES],
)
def test_the_engine_and_rego_agree_on_each_condition_of_the_weapons_pack(
    changes: dict[str, Any], rule: str, status: str, tmp_path: Path
) -> None:
    """Hand-written contracts that decide each condition the audits added (the generated
    and perturbed contracts rarely state them): the engine gives the expected verdict on
    the rule, and both Rego engines agree with it on every rule it decides."""
    from compliance.tools.bench.engine import decided_statuses

    data = weapons_permitted_contract()
    for path, value in changes.items():
        _set(data, path, value)
    data.pop("id", None)
    data.pop("title", None)
    doc = doc_of(data, tmp_path)
    assert decided_statuses(pack(), doc).get(rule) == status
    for engine in engines():
        result = differential([doc], pack(), engine)
        assert result.disagreements == []
