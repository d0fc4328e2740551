"""The notes of a contract's results, once per contract: ``result_notes`` holds their
distinct texts, sorted, and each result's ``notes`` the indices of its own, in its order.
Readers take both this layout and the earlier one (each result's notes as texts)."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, CONTRACTS, GOLDEN_CONTRACTS, GOLDEN_PACK, ROOT, cli
from hypothesis import given
from hypothesis import strategies as st

from compliance.report.reporters.json import contract_data, expanded, notes_of
from compliance.report.results import ContractReport, Report, Result

BUNDLED = sorted(str(path.relative_to(ROOT)) for path in CONTRACTS.glob("*.yaml"))
FIXTURES = sorted(
    str(path.relative_to(ROOT))
    for folder in ("audit", "audit2")
    for path in (ROOT / "tests" / "data" / folder).glob("*.yaml")
)
DATES = [date(2025, 3, 1), date(2026, 11, 27), date(2027, 9, 1), date(2031, 1, 1)]


def earlier_layout(report: dict[str, Any]) -> dict[str, Any]:
    """The same report as written before ``result_notes``: each result's notes as texts."""
    old = copy.deepcopy(report)
    for contract in old["contracts"]:
        texts = contract.pop("result_notes")
        for result in contract["results"]:
            if "notes" in result:
                result["notes"] = [texts[n] for n in result["notes"]]
    return old


def assert_notes_by_reference(contract: ContractReport, data: dict[str, Any]) -> int:
    """The contract's data holds each result's notes by index; the number of notes."""
    texts = data["result_notes"]
    assert texts == sorted(set(texts))
    assert set(texts) == {note for result in contract.results for note in result.notes}
    count = 0
    for result, written in zip(contract.results, data["results"], strict=True):
        assert ("notes" in written) == bool(result.notes)
        assert [texts[n] for n in written.get("notes", [])] == result.notes
        assert notes_of(data, written) == result.notes
        count += len(result.notes)
    return count


def run(paths: list[str], as_of: date, packs: list[str] | None = None) -> Report:
    from compliance.run.api import CheckOptions, check

    return check(paths, CheckOptions(packs=packs, as_of=as_of))


@pytest.mark.parametrize("as_of", DATES, ids=str)
def test_the_bundled_examples_with_every_pack(in_root: Path, as_of: date) -> None:
    report = run(BUNDLED, as_of)
    assert not report.problems
    notes = sum(assert_notes_by_reference(c, contract_data(c)) for c in report.contracts)
    assert notes > 0  # the examples have notes on every one of these dates


def test_the_fixture_contracts_with_every_pack(in_root: Path) -> None:
    report = run(FIXTURES, date(2026, 11, 27))
    assert len(report.contracts) + len(report.problems) == len(FIXTURES)  # some are bad input
    notes = sum(assert_notes_by_reference(c, contract_data(c)) for c in report.contracts)
    assert notes > 0


def test_the_golden_contracts(in_root: Path) -> None:
    report = run(GOLDEN_CONTRACTS, date(2026, 11, 27), [GOLDEN_PACK])
    notes = sum(assert_notes_by_reference(c, contract_data(c)) for c in report.contracts)
    assert notes > 0


TEXTS = st.sampled_from(["a", "b", "é", "transition", "set aside", "z" * 40, ""])


@given(st.lists(st.lists(TEXTS, max_size=4), max_size=6))
def test_any_notes_round_trip(notes: list[list[str]]) -> None:
    """Whatever notes the results have (repeated, shared, empty texts), the indices give
    each result its notes back, in its order; ``expanded`` and the earlier layout too."""
    results = [
        Result("p", f"r{n}", "t", "pass", "low", "law", [], [], [], "q", "r", notes=list(texts))
        for n, texts in enumerate(notes)
    ]
    contract = ContractReport("c.yaml", "c", "C", results)
    data = contract_data(contract)
    assert_notes_by_reference(contract, data)
    rules = {result.full_id: {} for result in results}
    back = [result.get("notes", []) for result in expanded(data, rules)]
    assert back == notes
    old = earlier_layout({"contracts": [data]})["contracts"][0]
    assert "result_notes" not in old
    assert [result.get("notes", []) for result in expanded(old, rules)] == notes
    assert [notes_of(old, result) for result in old["results"]] == notes


def test_the_json_lines_line_carries_each_note_once() -> None:
    """Through the CLI: the NATO example's line holds each note's text once."""
    nato = "contracts/nato-openai-2026.yaml"
    out = cli("check", nato, "--format", "jsonl", "--as-of", AS_OF, "--fail-on", "never")
    assert out.code == 0, out.err
    line = out.out.splitlines()[1]
    contract = json.loads(line)
    texts = contract["result_notes"]
    assert texts
    for text in texts:
        assert line.count(json.dumps(text, ensure_ascii=False)[1:-1]) == 1
    indices = [n for result in contract["results"] for n in result.get("notes", [])]
    assert sorted(set(indices)) == list(range(len(texts)))
    assert len(indices) > len(texts)  # shared: the point of the table


@pytest.mark.parametrize("layout", ["new", "earlier"])
def test_a_baseline_in_either_layout(tmp_path: Path, layout: str) -> None:
    """``--baseline`` reads a report whose results hold their notes by index, and one that
    holds them as texts; the verdicts compare the same."""
    nato = "contracts/nato-openai-2026.yaml"
    args = ["check", nato, "--as-of", AS_OF, "--fail-on", "never"]
    written = cli(*args, "--format", "json")
    assert written.code == 0, written.err
    report = json.loads(written.out)
    assert any("notes" in r for c in report["contracts"] for r in c["results"])
    if layout == "earlier":
        report = earlier_layout(report)
        notes = [n for c in report["contracts"] for r in c["results"] for n in r.get("notes", [])]
        assert notes and all(isinstance(note, str) for note in notes)
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(report, indent=2), encoding="utf-8")
    again = cli(*args, "--format", "json", "--baseline", str(baseline))
    assert again.code == 0, again.err
    states = {r["baseline"] for c in json.loads(again.out)["contracts"] for r in c["results"]}
    assert states == {"known"}
