"""Golden files: every reporter on one shared report, compared byte for byte.

The report is built from tests/data/contracts/*.yaml with the fixed pack tests/data/pack,
as of 2026-11-27, with the tool version set to 0.0.0-test, so that the files change only
when a reporter (or the report model) changes.

To regenerate the files after an intended change, run

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py

and review the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from conftest import GOLDEN_AS_OF, GOLDEN_CONTRACTS, GOLDEN_PACK, ROOT

from compliance.report.reporters import render
from compliance.report.reporters.text import SHOWN_ORDER
from compliance.report.results import Report

GOLDEN = ROOT / "tests" / "golden"

CASES = [
    ("report.txt", "text", {}),
    ("report-verbose.txt", "text", {"show": SHOWN_ORDER}),
    ("report.json", "json", {}),
    ("report.sarif", "sarif", {}),
    ("report.junit.xml", "junit", {}),
    ("report.github.txt", "github", {}),
    ("report.md", "markdown", {}),
    ("report.html", "html", {}),
    ("by-clause.txt", "text", {"by": "clause"}),
    ("by-clause.json", "json", {"by": "clause"}),
    ("by-clause.md", "markdown", {"by": "clause"}),
    ("by-clause.html", "html", {"by": "clause"}),
]


def compare_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
    assert path.exists(), f"no golden file {name}: run with UPDATE_GOLDEN=1"
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, f"{name} differs from the golden file (UPDATE_GOLDEN=1 to refresh)"


@pytest.mark.parametrize(("name", "fmt", "options"), CASES, ids=[c[0] for c in CASES])
def test_reporter_golden(report: Report, name: str, fmt: str, options: dict[str, Any]) -> None:
    compare_golden(name, render(fmt, report, **options))


def test_compare_golden(in_root: Path) -> None:
    from compliance.report.reporters.compare import render as render_compare
    from compliance.run.api import CheckOptions
    from compliance.run.compare import compare_paths

    comparison = compare_paths(
        GOLDEN_CONTRACTS, CheckOptions(packs=[GOLDEN_PACK], as_of=GOLDEN_AS_OF)
    )
    comparison.tool_version = "0.0.0-test"
    compare_golden("compare.md", render_compare(comparison, "markdown"))


def test_questions_golden(report: Report) -> None:
    from compliance.report.reporters.gaps import render as render_gaps

    compare_golden("questions.md", render_gaps(report, "markdown", with_questions=True))


def test_output_is_deterministic(in_root: Path) -> None:
    from conftest import golden_report

    for _, fmt, options in CASES:
        assert render(fmt, golden_report(), **options) == render(fmt, golden_report(), **options)
