"""The benchmark's figures: its measurements, their ratios, and the printed table whose last
line is machine-readable.
"""

from __future__ import annotations

import os
import platform

from compliance.core.records import field, record
from compliance.tools.bench.batch import BatchFigures, render_rows
from compliance.tools.bench.cold import COLD_CONTRACT, FLOOR
from compliance.tools.bench.engine import PACK, Differential


@record
class Figures:
    """The benchmark's measurements and their ratios."""

    contracts: int
    repeat: int
    rules: int
    check: float
    floor: float
    engine: float
    regopy: float
    diff: Differential
    timing: str
    regorus: float = 0.0
    #: The same differential test against regorus.
    diff_regorus: Differential = field(default_factory=Differential)
    batch: BatchFigures | None = None
    #: format -> bytes written for the NATO example with every pack (jsonl: its line).
    example_bytes: dict[str, int] = field(default_factory=dict)

    @property
    def cold_ratio(self) -> float:
        return self.check / self.floor

    @property
    def engine_vs_regopy(self) -> float:
        return self.regopy / self.engine

    @property
    def engine_vs_regorus(self) -> float:
        return self.regorus / self.engine

    @property
    def disagreements(self) -> list[str]:
        return self.diff.disagreements + self.diff_regorus.disagreements


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {cpu}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}"
    )


def render(figures: Figures) -> str:
    from compliance import __version__

    try:
        from regopy import __version__ as regopy_version
    except ImportError:  # pragma: no cover
        regopy_version = "?"
    try:
        from importlib.metadata import version

        regorus_version = version("opa-eval")
    except ImportError:  # pragma: no cover
        regorus_version = "?"
    f = figures
    ms = 1000.0
    rows = [
        f"compliance {__version__} benchmark: {f.contracts} generated contracts, "
        f"medians of {f.repeat} repetitions",
        f"machine: {machine()}",
        "",
        f"{'measure':<58} {'median':>10}  ratio",
        f"(1) cold `compliance check` of {COLD_CONTRACT}, all built-in packs",
        f"    {'compliance check (subprocess, pack cache warm)':<54} "
        f"{f.check * ms:>7.1f} ms  {f.cold_ratio:.2f}x the floor",
        f"    {'python -c ' + repr(FLOOR) + ' (the floor)':<54} {f.floor * ms:>7.1f} ms  1.00x",
        f"(2) rule evaluation of {PACK} ({f.rules} rules), per contract",
        f"    {'compliance engine (verdicts, evidence, missing facts)':<54} "
        f"{f.engine * ms:>7.3f} ms  1.00x",
        f"    {'regopy ' + regopy_version + ' (Rego translation, input conversion)':<54} "
        f"{f.regopy * ms:>7.3f} ms  {f.engine_vs_regopy:.1f}x the engine",
        f"    {'regorus (opa-eval ' + regorus_version + '; same Rego, input conversion)':<54} "
        f"{f.regorus * ms:>7.3f} ms  {f.engine_vs_regorus:.2f}x the engine",
        *(render_rows(f.batch) if f.batch is not None else []),
        f"(5) bytes written for {COLD_CONTRACT} with every built-in pack (jsonl: its line)",
        "    " + "  ".join(f"{fmt} {size:,}" for fmt, size in f.example_bytes.items()),
        "",
        f"differential: {f.diff.compared} decided (contract, rule) verdicts compared, "
        f"{len(f.diff.disagreements)} disagreements with regopy, "
        f"{len(f.diff_regorus.disagreements)} with regorus",
        *[f"  {line}" for line in f.disagreements[:10]],
        "",
        "--timing of one cold check:",
        *[f"  {line}" for line in f.timing.rstrip().splitlines()],
        "",
        f"cold_ratio={f.cold_ratio:.2f} engine_vs_regopy={f.engine_vs_regopy:.1f} "
        f"engine_vs_regorus={f.engine_vs_regorus:.2f}"
        + (
            "".join(
                f" {g.fmt}_ratio={f.batch.ratio(g.fmt):.2f} {g.fmt}_mem={g.mem_ratio:.2f}"
                for g in f.batch.formats
            )
            if f.batch is not None
            else ""
        ),
    ]
    return "\n".join(rows) + "\n"
