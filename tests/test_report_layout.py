"""The JSON report's ``schema_version`` 3: a result leaves out what is empty or false
(``evidence``, ``missing``, ``non_contract_source``) and a missing fact its ``reason`` where
it is ``absent``. Nothing is lost: :func:`expanded` gives the same results back from
version 3 as from the same report written as version 2, and readers (``--baseline``,
``compliance schema report``) take both."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, CONTRACTS, ROOT, cli
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from compliance.report.items import EvidenceItem, MissingItem
from compliance.report.reporters.json import contract_data, expanded
from compliance.report.results import ContractReport, Result

BUNDLED = sorted(str(path.relative_to(ROOT)) for path in CONTRACTS.glob("*.yaml"))
DATES = [date(2025, 3, 1), date(2026, 11, 27), date(2031, 1, 1)]


def version_2(report: dict[str, Any]) -> dict[str, Any]:
    """The same report as version 2 wrote it: every result with ``evidence``, ``missing``
    and ``non_contract_source``, every missing fact with its ``reason``."""
    old = copy.deepcopy(report)
    old["schema_version"] = 2
    for contract in old["contracts"]:
        contract["missing_facts"] = [
            {"path": gap["path"], "reason": gap.get("reason", "absent"), **gap}
            for gap in contract["missing_facts"]
        ]
        for result in contract["results"]:
            result.setdefault("evidence", [])
            result.setdefault("missing", [])
            result.setdefault("non_contract_source", False)
    return old


def assert_version_3(contract: ContractReport, data: dict[str, Any]) -> None:
    """``data`` (a contract of the report) leaves out the defaults, and says the rest."""
    for gap in data["missing_facts"]:
        assert gap.get("reason") != "absent"
    for result, written in zip(contract.results, data["results"], strict=True):
        assert ("evidence" in written) == bool(result.evidence)
        assert ("missing" in written) == bool(result.missing)
        assert written.get("non_contract_source", False) is result.non_contract
        assert "non_contract_source" not in written or written["non_contract_source"] is True
        gaps = [data["missing_facts"][n] for n in written.get("missing", [])]
        assert [gap.get("reason", "absent") for gap in gaps] == [m.reason for m in result.missing]
        assert [gap["path"] for gap in gaps] == [m.path for m in result.missing]


@pytest.mark.parametrize("as_of", DATES, ids=str)
def test_the_bundled_examples_with_every_pack(in_root: Path, as_of: date) -> None:
    from compliance.run.api import CheckOptions, check

    report = check(BUNDLED, CheckOptions(as_of=as_of))
    assert not report.problems
    left_out = {"evidence": 0, "missing": 0, "non_contract_source": 0, "reason": 0}
    for contract in report.contracts:
        data = contract_data(contract)
        assert_version_3(contract, data)
        for written in data["results"]:
            for key in ("evidence", "missing", "non_contract_source"):
                left_out[key] += key not in written
        left_out["reason"] += sum("reason" not in gap for gap in data["missing_facts"])
        rules = {r.full_id: {"rule": r.rule} for r in contract.results}
        old = version_2({"contracts": [data]})["contracts"][0]
        assert expanded(data, rules) == expanded(old, rules)
    assert all(left_out.values()), left_out  # each default occurs in the examples


REASONS = st.sampled_from(["absent", "unspecified", "open", "imprecise"])
ITEMS = st.builds(
    EvidenceItem,
    path=st.sampled_from(["a", "b.c", "d[0]"]),
    value=st.sampled_from([True, "x", 3]),
    clause=st.sampled_from([None, "c1"]),
    source=st.sampled_from(["clause", "press-report"]),
    source_id=st.none(),
    line=st.integers(1, 9),
    column=st.integers(1, 3),
    contract_term=st.booleans(),
    superseded=st.just(()),
    role=st.sampled_from(["requires", "applies_when"]),
    more=st.sampled_from([0, 2]),
)
GAPS = st.builds(
    MissingItem,
    path=st.sampled_from(["a", "b.c", "e"]),
    reason=REASONS,
    line=st.one_of(st.none(), st.integers(1, 9)),
    clause=st.none(),
    source_id=st.sampled_from([None, "s1"]),
)


@given(
    st.lists(
        st.tuples(st.lists(ITEMS, max_size=3), st.lists(GAPS, max_size=3), st.booleans()),
        max_size=6,
    )
)
def test_any_results_round_trip(results: list[tuple[Any, Any, bool]]) -> None:
    """Whatever evidence, missing facts and sources the results have (none, shared,
    repeated), version 3 leaves out exactly the defaults and expands as version 2 does."""
    made = [
        Result(
            "p", f"r{n}", "t", "unknown", "low", "law", [], evidence, gaps, "q", "r", non_contract
        )
        for n, (evidence, gaps, non_contract) in enumerate(results)
    ]
    contract = ContractReport("c.yaml", "c", "C", made)
    data = contract_data(contract)
    assert_version_3(contract, data)
    rules = {result.full_id: {} for result in made}
    old = version_2({"contracts": [data]})["contracts"][0]
    assert expanded(data, rules) == expanded(old, rules)
    for result, back in zip(made, expanded(data, rules), strict=True):
        assert back["non_contract_source"] is result.non_contract
        assert [(g["path"], g["reason"]) for g in back["missing"]] == [
            (m.path, m.reason) for m in result.missing
        ]
        assert len(back["evidence"]) == len(result.evidence)


def _report() -> dict[str, Any]:
    nato = str(CONTRACTS / "nato-openai-2026.yaml")
    run = cli("check", nato, "--format", "json", "--as-of", AS_OF, "--fail-on", "never")
    assert run.code == 0, run.err
    report: dict[str, Any] = json.loads(run.out)
    assert report["schema_version"] == 3
    return report


def test_a_report_of_either_version_validates() -> None:
    from compliance.model.report import Report

    run = cli("schema", "report")
    assert run.code == 0, run.err
    validator = Draft202012Validator(json.loads(run.out))
    report = _report()
    for data in (report, version_2(report)):
        errors = sorted(validator.iter_errors(data), key=str)
        assert not errors, errors[0].message
        Report.model_validate(data)
    wrong = dict(report, schema_version=4)
    assert list(validator.iter_errors(wrong))


@pytest.mark.parametrize("version", [2, 3])
def test_a_baseline_of_either_version(tmp_path: Path, version: int) -> None:
    """``--baseline`` reads a report of version 2 or 3; the verdicts compare the same."""
    report = _report()
    if version == 2:
        report = version_2(report)
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(report, indent=2), encoding="utf-8")
    nato = str(CONTRACTS / "nato-openai-2026.yaml")
    again = cli(
        "check", nato, "--as-of", AS_OF, "--fail-on", "never", "--format", "json",
        "--baseline", str(baseline),
    )  # fmt: skip
    assert again.code == 0, again.err
    states = {r["baseline"] for c in json.loads(again.out)["contracts"] for r in c["results"]}
    assert states == {"known"}
