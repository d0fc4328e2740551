"""The benchmark's batch figures: a portfolio of generated contracts checked with every
built-in pack on every core, in every format, against libyaml reading the same files on
as many processes; the bytes each format writes per contract; and peak memory for a small
and a large batch.

* (3) ``compliance check FOLDER --format FORMAT -o FILE`` (all built-in packs, every core,
  the default ``--jobs``) for each of :data:`FORMATS`, against :data:`FLOOR_SCRIPT`, a
  multiprocessing script that only parses each file with ``yaml.CSafeLoader`` on the same
  number of processes; all run as subprocesses, their wall time measured from outside
  (start-up included), alternated with the floor.
* (4) peak memory of each check, parent and workers together: the sum over the processes
  of each one's peak resident set (``VmHWM`` in ``/proc/PID/status``, polled while it
  runs), for a batch of 100 contracts and for the large batch; and the bytes written per
  contract (the output file's size over the number of contracts).

The contracts are YAML of about 5 KB, each like a real one: clauses with a paragraph of
text and the facts they state (varied copies of the bundled examples' facts, seeded).
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from compliance.core.records import record
from compliance.tools.bench.generate import AS_OF, generate_files

#: About this many bytes a contract (larger examples stay larger).
CONTRACT_BYTES = 5000
SMALL = 100

#: The formats measured (github and html are left out: github is for a handful of
#: annotations, html is markdown's layout in one file).
FORMATS = ("text", "json", "jsonl", "sarif", "junit", "markdown")

#: libyaml reading every file on N processes: the floor of any batch that parses YAML.
FLOOR_SCRIPT = """
import multiprocessing, os, sys, yaml

def parse(path):
    with open(path, "rb") as handle:
        yaml.load(handle.read(), Loader=yaml.CSafeLoader)
    return 0

if __name__ == "__main__":
    folder, jobs = sys.argv[1], int(sys.argv[2])
    files = sorted(os.path.join(folder, name) for name in os.listdir(folder))
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        sum(pool.imap(parse, files, chunksize=32))
"""

_TEXT = (
    "the provider shall ensure that customer data processed under this agreement remains "
    "within the agreed jurisdictions and is not disclosed to any third party except where "
    "required by law subject to prior notice to the customer who may audit compliance with "
    "these obligations at reasonable intervals and the parties agree that any model weights "
    "deployed for the customer are held on infrastructure it controls"
)
_WORDS = _TEXT.split()


def _prose(rng: random.Random, size: int) -> str:
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(_WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words).capitalize() + "."


def portfolio_contract(facts: dict[str, Any], rng: random.Random, number: int) -> dict[str, Any]:
    """A contract whose clauses state ``facts`` (two or three top-level facts a clause),
    each with a paragraph of text, padded to about :data:`CONTRACT_BYTES`."""

    keys = list(facts)
    groups = [keys[start : start + 3] for start in range(0, len(keys), 3)] or [[]]
    clauses: list[dict[str, Any]] = []
    for index, group in enumerate(groups, start=1):
        clause: dict[str, Any] = {
            "id": str(index),
            "title": f"Clause {index}: {', '.join(group) or 'general'}",
            "text": "",
        }
        if group:
            clause["facts"] = {key: facts[key] for key in group}
        clauses.append(clause)
    data = {"id": f"portfolio-{number:05d}", "title": f"Portfolio contract {number}"}
    data["clauses"] = clauses  # type: ignore[assignment]
    budget = max(300, CONTRACT_BYTES - len(_dump(data)))
    for clause in clauses:
        clause["text"] = _prose(rng, budget // len(clauses))
    return data


def _dump(data: dict[str, Any]) -> str:
    """YAML text (libyaml's emitter where present: the pure-Python one is slow)."""
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text: str = yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
    return text


def generate_portfolio(count: int, seed: int, folder: Path) -> list[Path]:
    """``count`` valid YAML contracts in ``folder`` (seeded)."""

    def render(
        facts: dict[str, Any], rng: random.Random, index: int, _: list[dict[str, Any]]
    ) -> tuple[str, str]:
        return f"contract-{index:05d}.yaml", _dump(portfolio_contract(facts, rng, index))

    return generate_files(count, seed, folder, render)


# --- measuring ----------------------------------------------------------------------------------


def _peak_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                out += [int(child) for child in handle.read().split()]
    except OSError:
        pass
    return out


@record
class Measure:
    """One timed and measured batch run."""

    seconds: float
    peak_kb: int  # the sum over the process tree of each process's peak RSS


def measure(argv: list[str], env: dict[str, str], poll: float = 0.02) -> Measure:
    """Run ``argv``, polling the peak resident set of it and its descendants; exit codes 0
    and 1 (findings) are fine, anything else is an error."""
    peaks: dict[int, int] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    while proc.poll() is None:
        todo = [proc.pid]
        while todo:
            pid = todo.pop()
            peak = _peak_kb(pid)
            if peak is not None:
                peaks[pid] = max(peaks.get(pid, 0), peak)
            todo += _children(pid)
        time.sleep(poll)
    elapsed = time.perf_counter() - start
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}: {stderr}")
    if not peaks:  # too quick to be seen: the process's own figure from the kernel
        import resource

        peaks[proc.pid] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return Measure(elapsed, sum(peaks.values()))


def check_argv(folder: Path, output: Path, fmt: str = "jsonl") -> list[str]:
    """``compliance check`` of a folder with every built-in pack, in ``fmt``, to a file."""
    return [
        sys.executable,
        "-m",
        "compliance",
        "check",
        str(folder),
        "--as-of",
        AS_OF.isoformat(),
        "--format",
        fmt,
        "-o",
        str(output),
        "--no-progress",
    ]


@record
class FormatFigures:
    """One format's batch: wall time (median), peak memory small and large, bytes written
    per contract."""

    fmt: str
    seconds: float
    memory_small: int
    memory_large: int
    bytes_per_contract: int
    #: The median of the floor's runs alternated with this format's (the paired floor).
    floor: float = 0.0

    @property
    def mem_ratio(self) -> float:
        return self.memory_large / self.memory_small


@record
class BatchFigures:
    """The batch and memory figures of the benchmark."""

    contracts: int
    jobs: int
    repeat: int
    mean_bytes: int
    floor: float
    memory_floor: int
    formats: list[FormatFigures]
    small: int = SMALL

    def of(self, fmt: str) -> FormatFigures:
        return next(f for f in self.formats if f.fmt == fmt)

    def ratio(self, fmt: str = "jsonl") -> float:
        """The format's time over the floor's runs alternated with it (paired)."""
        figures = self.of(fmt)
        return figures.seconds / (figures.floor or self.floor)

    @property
    def floor_per_second(self) -> float:
        return self.contracts / self.floor


def run_batch(
    contracts: int, repeat: int, seed: int, formats: tuple[str, ...] = FORMATS
) -> BatchFigures:
    from compliance.run.batch import cores

    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("CI", None)
    jobs = cores()
    with tempfile.TemporaryDirectory(prefix="compliance-batch-") as tmp:
        root = Path(tmp)
        large, small = root / "large", root / "small"
        large.mkdir()
        small.mkdir()
        files = generate_portfolio(contracts, seed, large)
        mean_bytes = sum(path.stat().st_size for path in files) // len(files)
        small_count = min(SMALL, contracts)
        for path in files[:small_count]:
            (small / path.name).write_bytes(path.read_bytes())
        output = root / "out"
        floor = [sys.executable, "-c", FLOOR_SCRIPT, str(large), str(jobs)]
        measure(check_argv(small, output), env)  # warm: byte code, pack cache, page cache
        measure(floor, env)
        floors: list[Measure] = []
        figures: list[FormatFigures] = []
        for fmt in formats:
            checks: list[Measure] = []
            paired: list[Measure] = []
            for _ in range(repeat):
                checks.append(measure(check_argv(large, output, fmt), env))
                paired.append(measure(floor, env))
            floors += paired
            written = output.stat().st_size
            smalls = [measure(check_argv(small, output, fmt), env) for _ in range(repeat)]
            figures.append(
                FormatFigures(
                    fmt,
                    statistics.median(m.seconds for m in checks),
                    int(statistics.median(m.peak_kb for m in smalls)),
                    int(statistics.median(m.peak_kb for m in checks)),
                    written // contracts,
                    statistics.median(m.seconds for m in paired),
                )
            )
    return BatchFigures(
        contracts,
        jobs,
        repeat,
        mean_bytes,
        statistics.median(m.seconds for m in floors),
        int(statistics.median(m.peak_kb for m in floors)),
        figures,
        small_count,
    )


def render_rows(f: BatchFigures) -> list[str]:
    mb = 1024.0
    rows = [
        f"(3) a batch of {f.contracts} generated YAML contracts (about {f.mean_bytes} bytes "
        f"each), every built-in pack, {f.jobs} processes, medians of {f.repeat}",
        f"    {'format':<10} {'time':>8} {'vs floor':>9} {'contracts/s':>12} "  # paired floor
        f"{'bytes/contract':>15} {'peak ' + str(f.small):>10} {'peak ' + str(f.contracts):>11}"
        f" {'ratio':>6}",
    ]
    for g in f.formats:
        rows.append(
            f"    {g.fmt:<10} {g.seconds:>6.2f} s {f.ratio(g.fmt):>8.2f}x "
            f"{f.contracts / g.seconds:>12.0f} {g.bytes_per_contract:>15,} "
            f"{g.memory_small / mb:>7.1f} MB {g.memory_large / mb:>8.1f} MB {g.mem_ratio:>5.2f}x"
        )
    rows += [
        f"    {'libyaml':<10} {f.floor:>6.2f} s {1:>8.2f}x {f.floor_per_second:>12.0f} "
        f"{'':>15} {'':>10} {f.memory_floor / mb:>8.1f} MB   (the floor: CSafeLoader reading "
        "the files; each format's ratio is to the floor's runs alternated with it)",
        "(4) peak memory above: parent and workers together (sum of peak RSS)",
    ]
    return rows
