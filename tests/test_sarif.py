"""SARIF: valid against the official 2.1.0 schema, and true to the spec's prose."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import ROOT, run_cli

from compliance.records import replace
from compliance.report import Report
from compliance.reporters import render

SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))


def validate(log: dict[str, Any]) -> None:
    validator = jsonschema.Draft4Validator(
        SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def results(log: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = log["runs"][0]["results"]
    return found


def test_golden_report_is_valid(report: Report) -> None:
    validate(json.loads(render("sarif", report)))


@pytest.mark.parametrize(
    "contract", sorted(p.name for p in (ROOT / "contracts").glob("*.yaml")), ids=str
)
def test_every_bundled_contract_validates_through_the_cli(contract: str) -> None:
    done = run_cli("check", f"contracts/{contract}", "--as-of", "2026-11-27", "--format", "sarif")
    assert done.returncode in (0, 1), done.stderr
    log = json.loads(done.stdout)
    validate(log)
    assert results(log), "every rule gives a result"
    for result in results(log):
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == f"contracts/{contract}"
        assert location["region"]["startLine"] >= 1


def test_kind_and_level_follow_the_spec(report: Report) -> None:
    """§3.27.10: a result whose kind is not fail has level none; fails get a level."""
    by_key = {
        (r["properties"]["contract"], r["ruleId"]): r
        for r in results(json.loads(render("sarif", report)))
    }
    expected = {
        ("alpha", "golden-pack/weapons-ban"): ("fail", "error"),  # high
        ("beta", "golden-pack/data-location"): ("fail", "warning"),  # medium
        ("alpha", "golden-pack/data-location"): ("open", "none"),
        ("alpha", "golden-pack/surveillance-ban"): ("pass", "none"),
        ("beta", "golden-pack/weapons-ban"): ("notApplicable", "none"),
    }
    for key, (kind, level) in expected.items():
        assert (by_key[key]["kind"], by_key[key]["level"]) == (kind, level), key
    for result in by_key.values():
        if result["kind"] != "fail":
            assert result["level"] == "none"


def test_results_point_at_the_fact_they_rest_on(report: Report) -> None:
    by_key = {
        (r["properties"]["contract"], r["ruleId"]): r
        for r in results(json.loads(render("sarif", report)))
    }
    fail = by_key[("alpha", "golden-pack/weapons-ban")]
    assert fail["locations"][0]["physicalLocation"]["region"]["startLine"] == 26
    related = [loc["physicalLocation"]["region"]["startLine"] for loc in fail["relatedLocations"]]
    assert related == [11]  # the applicability fact (purposes), clause 1
    # an unknown whose fact a press report leaves unspecified points at that line...
    unspecified = by_key[("alpha", "golden-pack/identity")]
    assert unspecified["locations"][0]["physicalLocation"]["region"]["startLine"] == 39
    # ...and one that nothing states points at the top of the contract
    absent = by_key[("alpha", "golden-pack/data-location")]
    assert absent["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    # a verdict resting on a statement, not contract terms, is marked
    statement = by_key[("beta", "golden-pack/identity")]
    assert statement["properties"]["nonContractSource"] is True
    assert "not contract terms" in statement["message"]["text"]


def test_rules_carry_citations_and_header(report: Report) -> None:
    run = json.loads(render("sarif", report))["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    weapons = rules["golden-pack/weapons-ban"]
    assert weapons["helpUri"] == "https://example.org/charter#art2"
    assert "Example Directive, Para. 4" in weapons["help"]["text"]
    assert weapons["defaultConfiguration"]["level"] == "error"
    for result in run["results"]:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    assert run["properties"]["asOf"] == "2026-11-27"
    assert run["properties"]["packs"][0]["hash"].startswith("sha256:")
    assert run["tool"]["extensions"][0]["name"] == "golden-pack"
    assert run["tool"]["driver"]["version"] == "0.0.0-test"


def test_waived_is_a_suppression_and_error_a_notification(report: Report) -> None:
    from datetime import date

    from compliance.report import WaiverInfo

    alpha = report.contracts[0]
    waiver = WaiverInfo(
        "golden-pack/x",
        "alpha",
        "accepted by counsel",
        "ann",
        "bob",
        date(2027, 1, 31),
        "w.yaml",
        3,
    )
    original = alpha.results[0]
    waived = replace(original, status="waived", waived_status=original.status, waiver=waiver)
    broken = replace(alpha.results[1], status="error", message="boom")
    changed = replace(report, contracts=[replace(alpha, results=[waived, broken])])
    log = json.loads(render("sarif", changed))
    validate(log)
    first, second = results(log)
    assert first["suppressions"] == [
        {
            "kind": "external",
            "status": "accepted",
            "justification": "accepted by counsel",
            "location": {
                "physicalLocation": {
                    "artifactLocation": {"uri": "w.yaml"},
                    "region": {"startLine": 3},
                }
            },
            "properties": {
                "owner": "ann",
                "approvedBy": "bob",
                "expires": "2027-01-31",
                "waivedStatus": original.status,
            },
        }
    ]
    assert first["kind"] == {"fail": "fail", "unknown": "open", "pass": "pass"}.get(
        original.status, first["kind"]
    )
    assert first["properties"]["waivedStatus"] == original.status
    assert second["kind"] == "review" and second["level"] == "none"
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert notes[0]["associatedRule"]["id"] == broken.full_id


def test_absolute_paths_become_file_uris(tmp_path: Path) -> None:
    from compliance.reporters.sarif import artifact_uri

    assert artifact_uri("contracts/a b.yaml") == "contracts/a%20b.yaml"
    assert artifact_uri(str(tmp_path / "x.yaml")).startswith("file:///")
