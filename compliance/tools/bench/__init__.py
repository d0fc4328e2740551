"""The benchmark: ``python -m compliance.bench`` (needs the ``bench`` extra: regopy and
opa-eval).

In one run it measures, as medians over several repetitions:

1. a cold ``compliance check`` of one contract with every built-in pack (a subprocess, with
   the pack cache as a user has it: warm), against the floor of any click command line that
   reads YAML: ``python -c "import yaml, click"``;
2. rule evaluation alone (contracts loaded, packs compiled), per contract, of the built-in
   pack ``no-autonomous-weapons`` by this engine, against regopy (the rego-cpp interpreter)
   evaluating a hand-written Rego translation of the same pack
   (``compliance/tools/bench/no_autonomous_weapons.rego``, compiled once into a bundle) over the
   same contracts, its input conversion included; and against regorus (a Rego engine in
   Rust, the ``opa-eval`` package) evaluating the same translation, input conversion and
   JSON encoding included;
3. a batch of generated YAML contracts (``--batch N``) checked with every built-in pack on
   every core, in each format (text, json, jsonl, sarif, junit, markdown), against libyaml
   reading the same files on as many processes, as a ratio and in contracts per second
   (``compliance.tools.bench.batch``);
4. peak memory of each of those checks, parent and workers together, for 100 contracts
   and for the batch, and the bytes each format writes per contract;
5. the bytes each format writes for the NATO example with every built-in pack (JSON
   Lines: its contract line).

It also checks that the two engines give the same verdict wherever the engine decided every
predicate it evaluated for a rule (so that three-valued and two-valued logic coincide): a
differential test against an independent engine, which the test suite runs at small size.

The contracts are generated, seeded: varied copies of the bundled examples (facts dropped,
values changed to others of the same kind), so that rules pass, fail, come out unknown and
not applicable. The last line of the output is machine-readable:
``cold_ratio=<check / floor> engine_vs_regopy=<regopy time / engine time>
engine_vs_regorus=<regorus time / engine time>`` and, with a
batch, ``FORMAT_ratio=<batch check / libyaml read>`` and ``FORMAT_mem=<peak memory, batch
/ 100 contracts>`` for each format.
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from compliance.engine import conditions as engine
from compliance.facts import table as factschema
from compliance.facts.tree import FLeaf, FList, FNode, FObj, FUnspec

AS_OF = date(2026, 11, 27)
PACK = "no-autonomous-weapons"
REGO_FILE = Path(__file__).resolve().parent / "no_autonomous_weapons.rego"
REGO_ENTRYPOINT = "compliance/no_autonomous_weapons/verdicts"
COLD_CONTRACT = "nato-openai-2026.yaml"
#: Contracts in the batch by default (10,000 take about four minutes here, mostly generating).
DEFAULT_BATCH = 1000
FLOOR = "import yaml, click"
#: The formats of the batch (keep in step with compliance.tools.bench.batch.FORMATS).
BATCH_FORMATS = ("text", "json", "jsonl", "sarif", "junit", "markdown")


# --- contracts ----------------------------------------------------------------------------------


def examples_dir() -> Path:
    """The bundled example contracts: ``$COMPLIANCE_BENCH_CONTRACTS``, or the checkout's
    ``contracts/`` (the benchmark runs from a checkout or an sdist; a wheel does not ship
    the examples)."""
    from compliance.packs.compiler import builtin_dir

    named = os.environ.get("COMPLIANCE_BENCH_CONTRACTS")
    if named:
        return Path(named)
    for candidate in (
        builtin_dir().parent.parent / "contracts",
        builtin_dir().parent / "contracts",
    ):
        if candidate.is_dir() and any(candidate.glob("*.yaml")):
            return candidate
    raise SystemExit("compliance.bench: the bundled example contracts are not installed")


def as_data(node: FNode) -> Any:
    """A fact tree back as contract data (complete lists keep their flag)."""
    if isinstance(node, FLeaf):
        value = node.value
        return value.isoformat() if isinstance(value, date) else value
    if isinstance(node, FUnspec):
        return "unspecified"
    if isinstance(node, FList):
        items = [as_data(item) for item in node.items]
        return {"items": items, "complete": True} if node.complete else items
    return {key: as_data(value) for key, value in node.fields.items()}


def _paths(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("id", "complete", "operator", "extensions"):
                continue
            yield from _paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*path, index))
    if path:
        yield path


def _pattern(path: tuple[Any, ...]) -> str:
    out = ""
    for step in path:
        if step == "items":
            continue
        out += "[*]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


def _other_value(kind: factschema.Kind, rng: random.Random) -> Any:
    from compliance.facts.vocabulary import VOCABULARIES

    if kind.kind == factschema.BOOL:
        return rng.choice([True, False])
    if kind.kind == factschema.INT:
        return rng.randint(0, 48)
    if kind.kind == factschema.DATE:
        return date(2025 + rng.randint(0, 5), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
    if kind.kind == factschema.JURISDICTION:
        return rng.choice(["US", "DE", "FR", "GB", "NO", "EU", "NATO", "FIVE-EYES", "CH"])
    if kind.kind == factschema.VOCAB and kind.vocab:
        return rng.choice(list(VOCABULARIES[kind.vocab]))
    if kind.kind == factschema.STRING:
        return rng.choice(["alpha", "bravo", "charlie"])
    return None


def vary(facts: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A copy of an example's facts with some facts dropped and some values changed."""
    import copy

    data = copy.deepcopy(facts)
    table = factschema.table()
    paths = list(_paths(data))
    rng.shuffle(paths)
    for path in paths[: rng.randint(0, max(1, len(paths) // 4))]:
        parent: Any = data
        try:
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed it
        last = path[-1]
        if isinstance(parent, dict) and rng.random() < 0.35:
            del parent[last]
            continue
        pattern = _pattern(path)
        kind = table.get(pattern)
        if kind is None and pattern.endswith("[*]"):
            item = table.get(pattern[:-3])
            kind = item.item if item is not None else None
        if kind is None or not kind.scalar:
            continue
        value = _other_value(kind, rng)
        if value is not None:
            parent[last] = value
    return data


def generate_files(
    count: int,
    seed: int,
    folder: Path,
    render: Callable[[dict[str, Any], random.Random, int, list[dict[str, Any]]], tuple[str, str]],
) -> list[Path]:
    """``count`` valid contract files in ``folder`` (seeded): ``render(bases, ...)`` turns a
    varied copy of the bundled examples into (file name, text); files that do not load are
    drawn again."""
    from compliance.contracts.load import load_contract
    from compliance.core.errors import InputError

    rng = random.Random(seed)
    bases = [
        as_data(load_contract(str(path)).facts) for path in sorted(examples_dir().glob("*.yaml"))
    ]
    files: list[Path] = []
    attempt = 0
    while len(files) < count:
        attempt += 1
        if attempt > count * 20:
            raise RuntimeError("could not generate valid contracts")
        name, text = render(vary(rng.choice(bases), rng), rng, len(files), bases)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        try:
            load_contract(str(path))
        except InputError:
            path.unlink()
            continue
        files.append(path)
    return files


def generate_contracts(count: int, seed: int, folder: Path) -> list[Path]:
    """``count`` valid contract files in ``folder``: varied copies of the examples."""

    def render(
        facts: dict[str, Any], rng: random.Random, index: int, bases: list[dict[str, Any]]
    ) -> tuple[str, str]:
        chosen = facts if index or count == 1 else bases[0]
        data = {"id": f"bench-{index:04d}", "title": f"Benchmark contract {index}", **chosen}
        return f"bench-{index:04d}.json", json.dumps(data, indent=1)

    return generate_files(count, seed, folder, render)


# --- the Rego side ------------------------------------------------------------------------------


def rego_input(node: FNode) -> Any:
    """A contract's merged facts as Rego input (dates as ISO text, ``unspecified`` as text)."""
    if isinstance(node, FLeaf):
        value = node.value
        return value.isoformat() if isinstance(value, date) else value
    if isinstance(node, FObj):
        return {key: rego_input(value) for key, value in node.fields.items()}
    if isinstance(node, FList):
        return [rego_input(item) for item in node.items]
    return "unspecified"


class Rego:
    """The Rego translation, compiled once into a bundle, and an interpreter to run it."""

    name = "regopy"

    def __init__(self) -> None:
        try:
            from regopy import Input, Interpreter
        except ImportError:  # pragma: no cover - the bench extra is not installed
            raise SystemExit(
                "compliance.bench needs regopy: install the bench extra ('.[bench]' from a "
                "checkout)"
            ) from None
        builder = Interpreter()
        builder.add_module(REGO_FILE.name, REGO_FILE.read_text(encoding="utf-8"))
        self.bundle = builder.build(None, [REGO_ENTRYPOINT])
        if not self.bundle.ok():
            raise RuntimeError("the Rego translation does not compile")
        self.interpreter = Interpreter()
        self.input = Input

    def verdicts(self, facts: FObj) -> dict[str, str]:
        """Rule id -> pass / fail / not_applicable, input conversion included."""
        self.interpreter.set_input(self.input(rego_input(facts)))
        output = self.interpreter.query_bundle_entrypoint(self.bundle, REGO_ENTRYPOINT)
        if not output.ok():
            raise RuntimeError(f"Rego evaluation failed: {output}")
        result: dict[str, str] = output.results[0].expressions[0]
        return result


class Regorus:
    """The same Rego translation run by regorus (a Rego engine in Rust; the ``opa-eval``
    package), its input converted as for regopy and encoded as the JSON text it reads."""

    name = "regorus"

    def __init__(self) -> None:
        try:
            from opa_eval import OpaEval
        except ImportError:  # pragma: no cover - the bench extra is not installed
            raise SystemExit(
                "compliance.bench needs opa-eval (regorus): install the bench extra ('.[bench]' "
                "from a checkout)"
            ) from None
        import orjson

        query = "data." + REGO_ENTRYPOINT.replace("/", ".")
        try:
            self.policy = OpaEval(str(REGO_FILE), query=query)
        except RuntimeError as exc:
            raise RuntimeError(f"the Rego translation does not compile: {exc}") from None
        self.encode = orjson.dumps

    def verdicts(self, facts: FObj) -> dict[str, str]:
        """Rule id -> pass / fail / not_applicable, input conversion included."""
        result: dict[str, str] = self.policy.evaluate_parsed(
            self.encode(rego_input(facts)).decode("utf-8")
        )
        return result


# --- the differential check ---------------------------------------------------------------------


def decided_statuses(pack: Any, doc: Any, as_of: date = AS_OF) -> dict[str, str]:
    """Rule id -> status, for the rules the engine decided in two-valued terms: applies_when
    false (not_applicable), or applies_when true (or absent) and requires true or false (pass
    or fail). Strong Kleene logic decides a value only when every way of reading the unknown
    facts as true or false gives it, so any two-valued engine must then agree. This covers
    every contract that states every fact a rule reads, and more."""
    out: dict[str, str] = {}
    facts = doc.facts
    for rule in pack.rules:
        if rule.ir.effective:
            continue  # dated duties also read the assessment date and the term
        ctx = engine.Ctx(as_of)
        applies = engine.TRUE  # no applies_when: always applies
        if rule.applies is not None:
            applies, _, _ = rule.applies.evaluate(ctx, facts, "")
        if applies == engine.FALSE:
            out[rule.ir.id] = engine.NOT_APPLICABLE
        elif applies == engine.TRUE:
            requires, _, _ = rule.requires.evaluate(ctx, facts, "")
            if requires == engine.TRUE:
                out[rule.ir.id] = engine.PASS
            elif requires == engine.FALSE:
                out[rule.ir.id] = engine.FAIL
    return out


@dataclass
class Differential:
    """Verdicts of the engine and of regopy compared, with any disagreements."""

    compared: int = 0
    disagreements: list[str] = field(default_factory=list)


def differential(docs: list[Any], pack: Any, rego: Rego | Regorus) -> Differential:
    out = Differential()
    for doc in docs:
        ours = decided_statuses(pack, doc)
        theirs = rego.verdicts(doc.facts)
        for rule, status in sorted(ours.items()):
            out.compared += 1
            if theirs.get(rule) != status:
                out.disagreements.append(
                    f"{doc.path}: {PACK}/{rule}: engine {status}, "
                    f"Rego ({rego.name}) {theirs.get(rule)}"
                )
    return out


# --- measuring ----------------------------------------------------------------------------------


def _median_of(samples: list[float]) -> float:
    return statistics.median(samples)


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
    return _median_of(checks), _median_of(floors), timing


def per_contract(run: Callable[[Any], Any], docs: list[Any], repeat: int) -> float:
    """Median over repetitions of the mean seconds per contract."""
    for doc in docs[:3]:
        run(doc)
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for doc in docs:
            run(doc)
        samples.append((time.perf_counter() - start) / len(docs))
    return _median_of(samples)


def side_by_side(
    runs: dict[str, Callable[[Any], Any]], docs: list[Any], repeat: int
) -> dict[str, float]:
    """:func:`per_contract` of each run, the runs interleaved within each repetition (each
    pass over the contracts by one, then by the next), so that a change in the machine's
    load falls on all of them alike."""
    for run in runs.values():
        for doc in docs[:3]:
            run(doc)
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            for doc in docs:
                run(doc)
            samples[name].append((time.perf_counter() - start) / len(docs))
    return {name: _median_of(times) for name, times in samples.items()}


@dataclass
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
    batch: Any = None  # compliance.tools.bench.batch.BatchFigures
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


def run(
    contracts: int = 40,
    repeat: int = 15,
    seed: int = 2026,
    batch: int = 0,
    batch_repeat: int = 1,
    formats: tuple[str, ...] | None = None,
) -> Figures:
    from compliance.contracts.load import load_contract
    from compliance.engine.evaluate import evaluate_contract
    from compliance.packs.compiler import compile_packs, instantiate

    rego = Rego()
    regorus = Regorus()
    with tempfile.TemporaryDirectory(prefix="compliance-bench-") as tmp:
        files = generate_contracts(contracts, seed, Path(tmp))
        docs = [load_contract(str(path)) for path in files]
        pack = instantiate(compile_packs([PACK]))[0]
        diff = differential(docs, pack, rego)
        diff_regorus = differential(docs, pack, regorus)
        times = side_by_side(
            {
                "engine": lambda doc: evaluate_contract(doc, [pack], AS_OF),
                "regopy": lambda doc: rego.verdicts(doc.facts),
                "regorus": lambda doc: regorus.verdicts(doc.facts),
            },
            docs,
            repeat,
        )
        engine_time, regopy_time, regorus_time = (
            times["engine"],
            times["regopy"],
            times["regorus"],
        )
        check, floor, timing = cold(examples_dir() / COLD_CONTRACT, repeat)
    figures = Figures(
        contracts, repeat, len(pack.rules), check, floor, engine_time, regopy_time, diff, timing
    )
    figures.regorus = regorus_time
    figures.diff_regorus = diff_regorus
    figures.example_bytes = example_bytes()
    if batch:
        from compliance.tools.bench.batch import run_batch

        figures.batch = run_batch(batch, batch_repeat, seed, formats or BATCH_FORMATS)
    return figures


def example_bytes() -> dict[str, int]:
    """What each format writes for the NATO example with every built-in pack (UTF-8
    bytes); for JSON Lines, the contract's line alone (the header is once per run)."""
    from compliance.report.reporters import render
    from compliance.run.api import CheckOptions, check
    from compliance.tools.bench.batch import FORMATS

    report = check([str(examples_dir() / COLD_CONTRACT)], CheckOptions(as_of=AS_OF))
    out = {}
    for fmt in FORMATS:
        text = render(fmt, report)
        if fmt == "jsonl":
            text = text.splitlines()[1]
        out[fmt] = len(text.encode("utf-8"))
    return out


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
    from compliance.tools.bench.batch import render_rows

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


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m compliance.bench",
        description="Cold start against the floor, rule evaluation against regopy, and a "
        "batch against libyaml reading the same files, with its peak memory.",
    )
    parser.add_argument("--contracts", type=int, default=40, help="contracts to generate")
    parser.add_argument("--repeat", type=int, default=15, help="repetitions (medians)")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the generator")
    parser.add_argument(
        "--batch",
        type=int,
        default=DEFAULT_BATCH,
        help="contracts in the batch of (3) and (4) (the documented figures: 10000; "
        "0 leaves the batch out)",
    )
    parser.add_argument(
        "--batch-repeat", type=int, default=1, help="repetitions of the batch (medians)"
    )
    parser.add_argument(
        "--formats",
        default=",".join(BATCH_FORMATS),
        help="formats of the batch, comma-separated (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    if args.contracts < 1 or args.repeat < 1 or args.batch_repeat < 1:
        parser.error("--contracts, --repeat and --batch-repeat must be at least 1")
    if args.batch < 0:
        parser.error("--batch must be at least 0")
    formats = tuple(name for name in args.formats.split(",") if name)
    unknown = sorted(set(formats) - set(BATCH_FORMATS))
    if unknown or not formats:
        parser.error(f"--formats: choose among {', '.join(BATCH_FORMATS)}")
    figures = run(args.contracts, args.repeat, args.seed, args.batch, args.batch_repeat, formats)
    sys.stdout.write(render(figures))
    return 1 if figures.disagreements else 0
