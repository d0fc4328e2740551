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
from hypothesis import given
from strategies import perturbed_contracts

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
