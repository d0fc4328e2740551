"""The one-contract measures: a cold ``compliance check`` of the NATO example against the
floor of any click command line that reads YAML, with its ``--timing`` breakdown, and the
bytes each format writes for that contract.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from compliance.tools.bench.batch import FORMATS
from compliance.tools.bench.generate import AS_OF, examples_dir

COLD_CONTRACT = "nato-openai-2026.yaml"
FLOOR = "import yaml, click"


def _command(*args: str) -> list[str]:
    return [sys.executable, *args]


def time_process(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}: {proc.stderr.decode()}")
    return elapsed


def cold(contract: Path, repeat: int) -> tuple[float, float, str]:
    """Median seconds of a cold check and of the floor (interleaved), and the check's
    --timing breakdown from one more run."""
    env = {**os.environ, "NO_COLOR": "1"}
    # As a user has it: byte code written on the first run and used from then on.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    check = _command("-m", "compliance", "check", str(contract), "--as-of", AS_OF.isoformat())
    floor = _command("-c", FLOOR)
    for argv in (check, floor):  # warm: byte code compiled, files cached, pack cache written
        time_process(argv, env)
    checks: list[float] = []
    floors: list[float] = []
    for _ in range(repeat):
        checks.append(time_process(check, env))
        floors.append(time_process(floor, env))
    timing = subprocess.run(
        [*check, "--timing"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    ).stderr.decode()
    return statistics.median(checks), statistics.median(floors), timing


def example_bytes() -> dict[str, int]:
    """What each format writes for the NATO example with every built-in pack (UTF-8
    bytes); for JSON Lines, the contract's line alone (the header is once per run)."""
    from compliance.report.reporters import render
    from compliance.run.api import CheckOptions, check

    report = check([str(examples_dir() / COLD_CONTRACT)], CheckOptions(as_of=AS_OF))
    out = {}
    for fmt in FORMATS:
        text = render(fmt, report)
        if fmt == "jsonl":
            text = text.splitlines()[1]
        out[fmt] = len(text.encode("utf-8"))
    return out
