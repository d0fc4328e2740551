"""Shared test set-up: a Hypothesis profile that cannot flake on a small CI machine, helpers
that run the real command line in a subprocess, and the golden report of the reporter tests."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from compliance.report.results import Report

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = ROOT / "contracts"
# The benchmark's generator varies the bundled examples, which a wheel does not ship.
os.environ.setdefault("COMPLIANCE_BENCH_CONTRACTS", str(CONTRACTS))
AS_OF = "2026-11-27"

DATA = Path("tests") / "data"
GOLDEN_PACK = str(DATA / "pack")
GOLDEN_CONTRACTS = [str(DATA / "contracts" / "alpha.yaml"), str(DATA / "contracts" / "beta.yaml")]
GOLDEN_AS_OF = date(2026, 11, 27)
SEED = ["contracts/pentagon-openai-2026.yaml", "contracts/nato-openai-2026.yaml"]

# Packs named by path are cached between runs (compliance.packs.cache); the tests' runs keep
# their cache to themselves.
os.environ.setdefault("COMPLIANCE_CACHE_DIR", tempfile.mkdtemp(prefix="compliance-test-cache-"))

settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("dev", deadline=None, max_examples=200)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def _checkout_state() -> set[str] | None:
    """The checkout's changed and untracked files (None outside a git checkout)."""
    try:
        done = subprocess.run(
            ["git", "status", "--porcelain=v1", "-z", "--untracked-files=all"],
            cwd=ROOT,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return set(done.stdout.decode("utf-8", "replace").split("\0")) - {""}


@pytest.fixture(scope="session", autouse=True)
def checkout_left_as_found() -> Iterator[None]:
    """Tests run many commands from the checkout: none may leave a file there (a report
    written with -o belongs in a temporary folder) or change one."""
    before = _checkout_state()
    yield
    after = _checkout_state()
    if before is not None and after is not None:
        changed = sorted(after - before)
        assert not changed, f"the tests wrote into the checkout: {changed}"


@dataclass
class Run:
    code: int
    out: str
    err: str


def cli(
    *args: str,
    stdin: str | bytes | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> Run:
    """Run ``python -m compliance ARGS`` and capture its exit code and output."""
    env = dict(os.environ)
    env.pop("NO_COLOR", None)
    data = stdin.encode() if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [sys.executable, "-m", "compliance", *args],
        input=data,
        capture_output=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=timeout,
    )
    return Run(proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def rule_results(path: Path | str, pack: str, as_of: str) -> dict[str, dict[str, Any]]:
    """Each rule's result, by rule id, of ``check PATH --pack PACK --as-of AS_OF`` on one
    contract (the JSON report's results, expanded with their rules' text)."""
    import json

    from compliance.report.reporters.json import expanded

    run = cli(
        "check", str(path), "--pack", pack, "--format", "json", "--as-of", as_of,
        "--fail-on", "never",
    )  # fmt: skip
    assert run.code == 0, run.err
    data = json.loads(run.out)
    (contract,) = data["contracts"]
    return {r["rule"]: r for r in expanded(contract, data["header"]["rules"])}


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """The real CLI in a subprocess (text mode, NO_COLOR set): ``python -m compliance ARGS``."""
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


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Run with the repository root as the working directory (paths as CI gives them)."""
    monkeypatch.chdir(ROOT)
    yield ROOT


def golden_report(fail_on: str = "fail") -> Report:
    """The shared report of the golden tests: fixed contracts, pack, date and version."""
    from compliance.run.api import CheckOptions, check

    report = check(GOLDEN_CONTRACTS, CheckOptions(packs=[GOLDEN_PACK], as_of=GOLDEN_AS_OF))
    report.tool_version = "0.0.0-test"
    report.fail_on = fail_on
    return report


@pytest.fixture
def report(in_root: Path) -> Report:
    return golden_report()


def compile_condition(condition: dict[str, Any]) -> dict[str, Any]:
    """A condition compiled as a rule of a throwaway pack ``t`` would have it (paths checked
    against the vocabulary), for tests that build engine nodes from conditions."""
    from compliance.document.loader import parse_text
    from compliance.packs.compiler import Compiler
    from compliance.packs.read import RawPack

    raw = RawPack(
        "t",
        "t",
        {"id": "t", "title": "t", "version": "1.0.0", "description": "d", "disclaimer": "d"},
        [],
        "h",
        parse_text("{}", "t", json=True),
    )
    ir: dict[str, Any] = Compiler(raw, {"t": raw}).condition(condition, "", raw.node, 0)
    return ir
