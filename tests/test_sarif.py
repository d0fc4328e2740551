"""SARIF: valid against the official 2.1.0 schema, and true to the spec's prose."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import ROOT, run_cli

from compliance.core.records import replace
from compliance.report.reporters import render
from compliance.report.results import Report

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
    validate(json.loads(render("sarif", report, results="all")))


@pytest.mark.parametrize(
    "contract", sorted(p.name for p in (ROOT / "contracts").glob("*.yaml")), ids=str
)
def test_every_bundled_contract_validates_through_the_cli(contract: str) -> None:
    args = ("check", f"contracts/{contract}", "--as-of", "2026-11-27", "--format", "sarif")
    done = run_cli(*args, "--sarif-results", "all")
    assert done.returncode in (0, 1), done.stderr
    log = json.loads(done.stdout)
    validate(log)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert len(results(log)) == len(rules), "every rule gives a result"
    for result in results(log):
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == f"contracts/{contract}"
        assert location["region"]["startLine"] >= 1
    findings = json.loads(run_cli(*args).stdout)
    validate(findings)
    assert findings["runs"][0]["tool"] == log["runs"][0]["tool"]
    statuses = {"fail", "unknown", "error", "waived"}
    assert results(findings) == [
        r for r in results(log) if r["properties"]["status"] in statuses
    ], "by default, the findings: the same results, the rest left out"


def test_kind_and_level_follow_the_spec(report: Report) -> None:
    """§3.27.10: a result whose kind is not fail has level none; fails get a level."""
    by_key = {
        (r["properties"]["contract"], r["ruleId"]): r
        for r in results(json.loads(render("sarif", report, results="all")))
    }
    expected = {
        ("alpha", "golden-pack/weapons-ban"): ("fail", "error"),  # high
        ("beta", "golden-pack/data-location"): ("fail", "warning"),  # medium
        ("alpha", "golden-pack/data-location"): ("fail", "note"),  # unknown, --fail-on fail
        ("alpha", "golden-pack/surveillance-ban"): ("pass", "none"),
        ("beta", "golden-pack/weapons-ban"): ("notApplicable", "none"),
    }
    for key, (kind, level) in expected.items():
        assert (by_key[key]["kind"], by_key[key]["level"]) == (kind, level), key
    for result in by_key.values():
        if result["kind"] != "fail":
            assert result["level"] == "none"


def test_unknown_is_a_warning_when_it_fails_the_run(report: Report) -> None:
    """An unknown is a note, or a warning when --fail-on unknown makes it fail the run
    (and --fail-on-severity lets it): code scanning shows both, blocking on neither."""
    unknowns = {
        fail_on: [
            r["level"]
            for r in results(json.loads(render("sarif", replace(report, fail_on=fail_on))))
            if r["properties"]["status"] == "unknown"
        ]
        for fail_on in ("fail", "unknown")
    }
    assert unknowns["fail"] and set(unknowns["fail"]) == {"note"}
    assert set(unknowns["unknown"]) == {"warning"}
    severe = replace(report, fail_on="unknown", fail_on_severity="medium")
    run = json.loads(render("sarif", severe))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    seen = set()
    for result in run["results"]:
        if result["properties"]["status"] == "unknown":
            severity = rules[result["ruleIndex"]]["properties"]["severity"]
            expected = "note" if severity == "low" else "warning"
            assert result["level"] == expected
            seen.add(expected)
    assert seen == {"warning", "note"}


def test_no_question_or_remediation_repeated_per_result(report: Report) -> None:
    """A rule's question and suggested clause are in its help, once; a result says what
    varies (status, evidence, missing facts)."""
    run = json.loads(render("sarif", report, results="all"))["runs"][0]
    for result in run["results"]:
        assert "question" not in result["properties"]
        assert "remediation" not in result["properties"]
        assert "Question:" not in result["message"]["text"]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    unknown = next(r for r in report.contracts[0].results if r.status == "unknown")
    help_text = rules[unknown.full_id]["help"]["text"]
    assert unknown.question.strip() in help_text
    assert unknown.remediation.strip() in help_text


def test_results_point_at_the_fact_they_rest_on(report: Report) -> None:
    by_key = {
        (r["properties"]["contract"], r["ruleId"]): r
        for r in results(json.loads(render("sarif", report, results="all")))
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
    # a requirement that only a statement (not contract terms) meets is read from the
    # terms alone: unknown, waiting on the fact the terms do not state
    statement = by_key[("beta", "golden-pack/identity")]
    assert statement["properties"]["nonContractSource"] is False
    assert statement["message"]["text"].startswith("Unknown: ")
    assert "safeguards.government_identity_management (absent)" in statement["message"]["text"]
    assert (
        "Note: safeguards.government_identity_management = true is stated only by "
        "public-statement" in statement["message"]["text"]
    )


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

    from compliance.report.results import WaiverInfo

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
    log = json.loads(render("sarif", changed, results="all"))
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
    assert first["kind"] == {"fail": "fail", "unknown": "fail", "pass": "pass"}.get(
        original.status, first["kind"]
    )
    assert first["properties"]["waivedStatus"] == original.status
    assert second["kind"] == "review" and second["level"] == "none"
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert notes[0]["associatedRule"]["id"] == broken.full_id


def test_absolute_paths_become_file_uris(tmp_path: Path) -> None:
    from compliance.report.reporters.sarif import artifact_uri

    assert artifact_uri("contracts/a b.yaml") == "contracts/a%20b.yaml"
    assert artifact_uri(str(tmp_path / "x.yaml")).startswith("file:///")


def test_uris_are_relative_to_the_repository_root_from_a_subfolder(tmp_path: Path) -> None:
    """Run from a subfolder of a repository, a contract's URI is still relative to the
    root, as code scanning expects; outside the repository it is a file: URI."""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "deploy" / "contracts").mkdir(parents=True)
    source = ROOT / "contracts" / "nato-openai-2026.yaml"
    text = source.read_text("utf-8")
    (repo / "deploy" / "contracts" / "nato.yaml").write_text(text, "utf-8")
    # each contract its own id (two contracts with one id are an input error)
    other = repo / "deploy" / "contracts" / "other.yaml"
    other.write_text(text.replace("id: nato-openai-2026", "id: other"), "utf-8")
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(text.replace("id: nato-openai-2026", "id: elsewhere"), "utf-8")
    done = run_cli(
        "check",
        "contracts/nato.yaml",
        str(other),
        "../../elsewhere.yaml",
        "--as-of",
        "2026-11-27",
        "--format",
        "sarif",
        cwd=repo / "deploy",
    )
    assert done.returncode in (0, 1), done.stderr
    log = json.loads(done.stdout)
    validate(log)
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for result in results(log)
        for loc in result["locations"]
    }
    assert uris == {"deploy/contracts/nato.yaml", "deploy/contracts/other.yaml", outside.as_uri()}


def test_findings_and_all_through_the_cli_and_the_limit_warning(tmp_path: Path) -> None:
    """As many copies of the NATO proposal as keep its findings (one per built-in rule
    but the one not applicable to it) under 5,000, and the model contract (no findings),
    with every built-in pack: more results with --sarif-results all than code scanning
    keeps (a warning on standard error and in the log); the findings alone stay under
    it."""
    source = (ROOT / "contracts" / "nato-openai-2026.yaml").read_text("utf-8")
    listed = run_cli("packs", "list", "--format", "json")
    rules = sum(len(pack["rules"]) for pack in json.loads(listed.stdout)["packs"])
    copies = 4999 // (rules - 1)  # findings strictly under 5,000 (5000 // 100 would hit it)
    assert (copies + 1) * rules > 5000  # the whole log goes over the limit
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(copies):
        (folder / f"c{number:02}.yaml").write_text(
            source.replace("id: nato-openai-2026", f"id: nato-{number:02}"), "utf-8"
        )
    model = (ROOT / "contracts" / "model-contract.yaml").read_text("utf-8")
    (folder / "model.yaml").write_text(model, "utf-8")
    args = ("check", str(folder), "--as-of", "2026-11-27", "--format", "sarif")
    every = run_cli(*args, "--sarif-results", "all")
    assert every.returncode in (0, 1), every.stderr
    log = json.loads(every.stdout)
    assert len(results(log)) > 5000
    assert "GitHub code scanning keeps only 5,000" in every.stderr
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any("keeps only 5,000" in note["message"]["text"] for note in notes)
    findings = run_cli(*args)
    assert "code scanning" not in findings.stderr
    assert 0 < len(results(json.loads(findings.stdout))) < 5000
    one_job = run_cli(*args, "--jobs", "1", "--sarif-results", "all")
    assert one_job.stdout == every.stdout  # streamed in order whatever the processes


def test_limit_warnings() -> None:
    from compliance.report.reporters.sarif import limit_warning

    assert limit_warning(5000) is None
    assert "keeps only 5,000" in (limit_warning(5001) or "")
    assert "rejects a run of more than 25,000" in (limit_warning(25001) or "")
