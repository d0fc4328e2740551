"""Shared test helpers: the repository root, the golden report, running the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from compliance.report import Report

ROOT = Path(__file__).resolve().parent.parent
DATA = Path("tests") / "data"
GOLDEN_PACK = str(DATA / "pack")
GOLDEN_CONTRACTS = [str(DATA / "contracts" / "alpha.yaml"), str(DATA / "contracts" / "beta.yaml")]
AS_OF = date(2026, 11, 27)
SEED = ["contracts/pentagon-openai-2026.yaml", "contracts/nato-openai-2026.yaml"]


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Run with the repository root as the working directory (paths as CI gives them)."""
    monkeypatch.chdir(ROOT)
    yield ROOT


def golden_report(fail_on: str = "fail") -> Report:
    """The shared report of the golden tests: fixed contracts, pack, date and version."""
    from compliance.run import CheckOptions, check

    report = check(GOLDEN_CONTRACTS, CheckOptions(packs=[GOLDEN_PACK], as_of=AS_OF))
    report.tool_version = "0.0.0-test"
    report.fail_on = fail_on
    return report


@pytest.fixture
def report(in_root: Path) -> Report:
    return golden_report()


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """The real CLI in a subprocess: ``python -m compliance ARGS``."""
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "compliance", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
