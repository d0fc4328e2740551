"""Shared test set-up: a Hypothesis profile that cannot flake on a small CI machine, and a
helper that runs the real command line in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = ROOT / "contracts"
AS_OF = "2026-11-27"

settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("dev", deadline=None, max_examples=200)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@dataclass
class Run:
    code: int
    out: str
    err: str


def cli(
    *args: str, stdin: str | bytes | None = None, cwd: Path | None = None, timeout: float = 120
) -> Run:
    """Run ``python -m compliance ARGS`` and capture its exit code and output."""
    env = dict(os.environ)
    env.pop("NO_COLOR", None)
    env["PYTHONHASHSEED"] = env.get("PYTHONHASHSEED", "random")
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
