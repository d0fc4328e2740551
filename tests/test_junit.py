"""JUnit XML read back with a real JUnit parser; counts agree with the JSON report."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli
from junitparser import Error, Failure, JUnitXml, Skipped

from compliance.core.records import replace
from compliance.report.reporters import render
from compliance.report.results import Report


def parse(text: str, tmp_path: Path) -> JUnitXml:
    path = tmp_path / "junit.xml"
    path.write_text(text, encoding="utf-8")
    return JUnitXml.fromfile(str(path))


def outcomes(xml: JUnitXml) -> dict[str, dict[str, int]]:
    """Per suite: how many cases passed, failed, errored, were skipped."""
    out: dict[str, dict[str, int]] = {}
    for suite in xml:
        counts = {"pass": 0, "failure": 0, "error": 0, "skipped": 0}
        for case in suite:
            kinds = {type(r) for r in case.result}
            if Failure in kinds:
                counts["failure"] += 1
            elif Error in kinds:
                counts["error"] += 1
            elif Skipped in kinds:
                counts["skipped"] += 1
            else:
                counts["pass"] += 1
        out[suite.name] = counts
    return out


def json_counts(data: dict, fail_on: str) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for contract in data["contracts"]:
        for result in contract["results"]:
            counts = out.setdefault(
                result["id"].split("/")[0], {"pass": 0, "failure": 0, "error": 0, "skipped": 0}
            )
            status = result["status"]
            if status == "fail" or (status == "unknown" and fail_on == "unknown"):
                counts["failure"] += 1
            elif status == "error":
                counts["error"] += 1
            elif status == "pass":
                counts["pass"] += 1
            else:
                counts["skipped"] += 1
    return out


def test_counts_match_the_json_report_through_the_cli(tmp_path: Path) -> None:
    for fail_on in ("fail", "unknown"):
        args = ["check", "contracts/", "--as-of", "2026-11-27", "--fail-on", fail_on]
        junit = tmp_path / f"{fail_on}.xml"
        report = tmp_path / f"{fail_on}.json"
        done = run_cli(*args, "-o", f"junit:{junit}", "-o", f"json:{report}")
        assert done.returncode in (0, 1), done.stderr
        xml = JUnitXml.fromfile(str(junit))
        data = json.loads(report.read_text("utf-8"))
        assert outcomes(xml) == json_counts(data, fail_on)
        for suite in xml:
            assert suite.tests == sum(outcomes(xml)[suite.name].values())
            assert suite.failures == outcomes(xml)[suite.name]["failure"]
            assert suite.skipped == outcomes(xml)[suite.name]["skipped"]


def test_a_suite_per_pack_a_case_per_rule_and_contract(report: Report, tmp_path: Path) -> None:
    xml = parse(render("junit", report), tmp_path)
    suites = list(xml)
    assert [s.name for s in suites] == ["golden-pack"]
    cases = list(suites[0])
    assert len(cases) == sum(len(c.results) for c in report.contracts)
    skipped = [c for c in cases if c.result and isinstance(c.result[0], Skipped)]
    assert any("missing: data.storage (absent)" in (c.result[0].message or "") for c in skipped)


def test_fail_on_unknown_turns_unknowns_into_failures(report: Report, tmp_path: Path) -> None:
    report.fail_on = "unknown"
    counts = outcomes(parse(render("junit", report), tmp_path))["golden-pack"]
    assert counts["failure"] == report.summary["fail"] + report.summary["unknown"]


def test_characters_xml_forbids_are_escaped(report: Report, tmp_path: Path) -> None:
    alpha = report.contracts[0]
    odd = replace(alpha.results[0], title="bell\x07 and \x1b[31m escape \ufffe", status="error")
    changed = replace(report, contracts=[replace(alpha, results=[odd])])
    text = render("junit", changed)
    assert "\x07" not in text and "\x1b" not in text
    xml = parse(text, tmp_path)
    case = next(iter(next(iter(xml))))
    assert "bell\\x07" in case.name
    assert isinstance(case.result[0], Error)


def test_unknowns_and_not_applicables_are_told_apart_and_failing_unknowns_fail(
    tmp_path: Path,
) -> None:
    """GitLab lists a test's name and status: a skipped case's name says why it is skipped;
    an unknown is a failure exactly when it fails the run (--fail-on unknown, at or above
    --fail-on-severity)."""
    junit, report = tmp_path / "r.xml", tmp_path / "r.json"
    done = run_cli(
        "check", "contracts/", "--as-of", "2026-11-27", "--fail-on", "unknown",
        "--fail-on-severity", "critical", "-o", f"junit:{junit}", "-o", f"json:{report}",
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    from compliance.report.reporters.json import expanded

    data = json.loads(report.read_text("utf-8"))
    expected: dict[tuple[str, str], tuple[str, str]] = {}
    for contract in data["contracts"]:
        for result in expanded(contract, data["header"]["rules"]):
            name = f"{result['id']}: {result['title']}"
            status, severity = result["status"], result["severity"]
            if status == "fail" or (status == "unknown" and severity == "critical"):
                expected[contract["id"], name] = ("failure", status)
            elif status == "unknown":
                expected[contract["id"], f"{name} (unknown: the contract is silent)"] = (
                    "skipped", "unknown: the contract is silent: ")  # fmt: skip
            elif status == "not_applicable":
                expected[contract["id"], f"{name} (not applicable)"] = (
                    "skipped", "not applicable: ")  # fmt: skip
            else:
                expected[contract["id"], name] = ("pass", "")
    seen = {}
    for suite in JUnitXml.fromfile(str(junit)):
        for case in suite:
            kind = {Failure: "failure", Skipped: "skipped"}.get(
                type(case.result[0]) if case.result else type(None), "pass"
            )
            message = case.result[0].message if case.result else ""
            seen[case.classname, case.name] = (kind, message)
    assert seen.keys() == expected.keys()
    statuses = {"failure": set(), "skipped": set()}
    for key, (kind, prefix) in expected.items():
        assert seen[key][0] == kind, key
        if kind == "failure":
            statuses["failure"].add(prefix)
            assert seen[key][1].startswith(f"{prefix}: ")
        elif kind == "skipped":
            assert seen[key][1].startswith(prefix), seen[key]
            statuses["skipped"].add(prefix)
    assert statuses["failure"] == {"fail", "unknown"}
    assert len(statuses["skipped"]) == 2
