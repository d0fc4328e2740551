"""GitHub workflow commands: one annotation per fail/unknown/error, properly escaped."""

from __future__ import annotations

from compliance.core.records import replace
from compliance.report.reporters import render
from compliance.report.reporters.github import command, escape_data, escape_property
from compliance.report.results import Report


def test_escaping() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = command("error", {"file": "x,y.yaml", "title": "t: 1"}, "m\nn")
    assert line == "::error file=x%2Cy.yaml,title=t%3A 1::m%0An"


def test_fails_are_errors_unknowns_warnings(report: Report) -> None:
    lines = render("github", report).splitlines()
    fails = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert len(fails) == report.summary["fail"]
    assert len(warnings) == report.summary["unknown"]
    assert "::error file=tests/data/contracts/alpha.yaml,line=26," in "\n".join(fails)
    assert all("\n" not in line and "\r" not in line for line in lines)


def test_fail_on_unknown_makes_unknowns_errors(report: Report) -> None:
    report.fail_on = "unknown"
    assert "::warning" not in render("github", report)


def test_a_message_cannot_inject_a_command(report: Report) -> None:
    alpha = report.contracts[0]
    evil = replace(alpha.results[0], title="x\n::error file=evil::pwned")
    text = render("github", replace(report, contracts=[replace(alpha, results=[evil])]))
    assert len(text.splitlines()) == 1
