"""The EU AI Act pack through the real CLI: dated Annex III duties and the pack's listing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "contracts" / "eu-border-agency-2027.yaml"
PACK = "eu-ai-act-high-risk"
ANNEX_III_FROM = "2027-12-02"
# Annex III duties (Chapter III, Sections 1-3) the example meets: evaluated, not merely dated.
ANNEX_III_DUTIES = ["risk-management", "human-oversight", "deployer-duties"]


def _cli(*args: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "compliance", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def _results(contract: Path, as_of: str) -> dict[str, dict[str, Any]]:
    report = _cli("check", str(contract), "--pack", PACK, "--format", "json", "--as-of", as_of)
    assert report["errors"] == []
    (only,) = report["contracts"]
    from compliance.report.reporters.json import expanded

    results = expanded(only, report["header"]["rules"])
    return {r["rule"]: r for r in results if r["pack"] == PACK}


@pytest.mark.parametrize("rule", ANNEX_III_DUTIES)
def test_annex_iii_duty_is_marked_before_it_applies(rule: str) -> None:
    result = _results(EXAMPLE, "2026-11-27")[rule]
    assert result["applies_from"] == ANNEX_III_FROM
    assert result["status"] == "pass"


@pytest.mark.parametrize("rule", ANNEX_III_DUTIES)
def test_annex_iii_duty_is_plain_once_it_applies(rule: str) -> None:
    result = _results(EXAMPLE, "2028-01-10")[rule]
    assert "applies_from" not in result or result["applies_from"] is None
    assert result["status"] == "pass"


def test_annex_iii_failures_are_reported_ahead_of_the_date() -> None:
    results = _results(EXAMPLE, "2026-11-27")
    for rule in ("logging-and-retention", "serious-incident-reporting"):
        assert results[rule]["status"] == "fail"
        assert results[rule]["applies_from"] == ANNEX_III_FROM


def test_annex_iii_duty_not_applicable_when_the_term_ends_first(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    old = "term: {start: 2027-03-01, end: 2030-02-28}"
    assert old in text
    short = tmp_path / "short-term.yaml"
    short.write_text(text.replace(old, "term: {start: 2027-03-01, end: 2027-11-30}"), "utf-8")
    results = _results(short, "2026-11-27")
    for rule in ANNEX_III_DUTIES:
        result = results[rule]
        assert result["status"] == "not_applicable"
        assert ANNEX_III_FROM in result["message"]
        assert "2027-11-30" in result["message"]
    # Duties already in force are unaffected by the short term.
    assert results["no-prohibited-practice"]["status"] == "pass"
    assert "applies_from" not in results["no-prohibited-practice"]


def test_example_shows_a_mix_of_verdicts() -> None:
    statuses = {r["status"] for r in _results(EXAMPLE, "2026-11-27").values()}
    assert {"pass", "fail", "unknown"} <= statuses


def test_pack_lists_at_least_15_cited_rules() -> None:
    listing = _cli("packs", "list", "--format", "json")
    (pack,) = [p for p in listing["packs"] if p["id"] == PACK]
    rules = pack["rules"]
    assert len(rules) >= 15
    for rule in rules:
        assert rule["citations"], rule["id"]
        for citation in rule["citations"]:
            assert citation["instrument"].strip(), rule["id"]
            assert citation["provision"].strip(), rule["id"]
            assert citation["url"].startswith(("https://", "http://")), rule["id"]
