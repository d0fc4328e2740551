"""Rule evaluation alone, per contract, by this engine and by its peers (see
:mod:`compliance.tools.bench.peers`), and the differential check between them: wherever the
engine decided every predicate it evaluated for a rule, the peers must give its verdict.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from compliance.core.records import field, record
from compliance.engine import conditions as engine
from compliance.tools.bench.generate import AS_OF
from compliance.tools.bench.peers import RegoPeer

#: The pack measured and compared (its Rego translation: ``no_autonomous_weapons.rego``).
PACK = "no-autonomous-weapons"


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


@record
class Differential:
    """Verdicts of the engine and of a Rego peer compared, with any disagreements."""

    compared: int = 0
    disagreements: list[str] = field(default_factory=list)


def differential(docs: list[Any], pack: Any, rego: RegoPeer) -> Differential:
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


def side_by_side(
    runs: dict[str, Callable[[Any], Any]], docs: list[Any], repeat: int
) -> dict[str, float]:
    """Median over repetitions of the mean seconds per contract of each run, the runs
    interleaved within each repetition (each pass over the contracts by one, then by the
    next), so that a change in the machine's load falls on all of them alike."""
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
    return {name: statistics.median(times) for name, times in samples.items()}
