"""``python -m compliance.bench``: the options, the run of every measure, the output."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from compliance.tools.bench.batch import FORMATS as BATCH_FORMATS
from compliance.tools.bench.batch import run_batch
from compliance.tools.bench.cold import COLD_CONTRACT, cold, example_bytes
from compliance.tools.bench.engine import PACK, differential, side_by_side
from compliance.tools.bench.figures import Figures, render
from compliance.tools.bench.generate import AS_OF, examples_dir, generate_contracts
from compliance.tools.bench.peers import RegoPeer

#: Contracts in the batch by default (10,000 take about four minutes here, mostly generating).
DEFAULT_BATCH = 1000


def run(
    contracts: int = 40,
    repeat: int = 15,
    seed: int = 2026,
    batch: int = 0,
    batch_repeat: int = 1,
    formats: tuple[str, ...] | None = None,
) -> Figures:
    from compliance.contracts.load import load_contract
    from compliance.engine.build import instantiate
    from compliance.engine.evaluate import evaluate_contract
    from compliance.engine.fastpath import WARM_UP
    from compliance.packs.compiler import compile_packs

    rego = RegoPeer("regopy")
    regorus = RegoPeer("regorus")
    with tempfile.TemporaryDirectory(prefix="compliance-bench-") as tmp:
        files = generate_contracts(contracts, seed, Path(tmp))
        docs = [load_contract(str(path)) for path in files]
        pack = instantiate(compile_packs([PACK]))[0]
        diff = differential(docs, pack, rego)
        diff_regorus = differential(docs, pack, regorus)
        # The engine's steady state, as in a batch: each rule past the evaluations after
        # which its conditions run as generated code (compliance.engine.fastpath).
        for _ in range(WARM_UP // len(docs) + 1):
            for doc in docs:
                evaluate_contract(doc, [pack], AS_OF)
        times = side_by_side(
            {
                "engine": lambda doc: evaluate_contract(doc, [pack], AS_OF),
                "regopy": lambda doc: rego.verdicts(doc.facts),
                "regorus": lambda doc: regorus.verdicts(doc.facts),
            },
            docs,
            repeat,
        )
        engine_time, regopy_time, regorus_time = times["engine"], times["regopy"], times["regorus"]
        check, floor, timing = cold(examples_dir() / COLD_CONTRACT, repeat)
    figures = Figures(
        contracts, repeat, len(pack.rules), check, floor, engine_time, regopy_time, diff, timing
    )
    figures.regorus = regorus_time
    figures.diff_regorus = diff_regorus
    figures.example_bytes = example_bytes()
    if batch:
        figures.batch = run_batch(batch, batch_repeat, seed, formats or BATCH_FORMATS)
    return figures


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
