"""Where a run spends its time: ``compliance check --timing`` (printed to standard error).

Phases are measured with a wall clock and counted exclusively (time in a nested phase is
not counted again in the phase around it). Start-up, the time before the ``check`` command
begins (the interpreter, ``site``, click, and the modules of the command itself), cannot be
seen from inside with a wall clock; it is reported as the CPU time the process had used
when the command began (:func:`time.process_time`), which leaves out time spent waiting
(e.g. for the disk). The benchmark (``python -m compliance.bench``) measures the whole
command's wall time from outside.

When timing is off, :func:`phase` costs next to nothing (it is entered a few times per
contract, never per rule).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

#: Phases in the order they are reported, with their labels.
PHASES = {
    "imports": "imports (YAML, packs, validator, engine, on first use)",
    "packs": "packs (shipped compiled, or cached; instantiated)",
    "read": "read and parse contracts",
    "validate": "validate contracts",
    "facts": "build fact trees",
    "evaluate": "evaluate rules",
    "render": "render and write reports",
}


class Timer:
    def __init__(self) -> None:
        self.startup = time.process_time()
        self.began = time.perf_counter()
        self.totals: dict[str, float] = {}
        self.stack: list[list[float]] = []  # [start, time spent in nested phases]
        #: True when phases ran in worker processes (then they add up past the wall time).
        self.workers = False

    def enter(self) -> None:
        self.stack.append([time.perf_counter(), 0.0])

    def leave(self, name: str) -> None:
        start, nested = self.stack.pop()
        elapsed = time.perf_counter() - start
        self.totals[name] = self.totals.get(name, 0.0) + elapsed - nested
        if self.stack:
            self.stack[-1][1] += elapsed

    def add(self, totals: dict[str, float]) -> None:
        """Add a worker's phase times (a batch on several processes)."""
        self.workers = True
        for name, seconds in totals.items():
            self.totals[name] = self.totals.get(name, 0.0) + seconds

    def report(self) -> str:
        wall = time.perf_counter() - self.began
        if self.workers:
            return self._parallel_report(wall)
        rows = [("start-up (interpreter, click, the check command; CPU time)", self.startup)]
        for name, label in PHASES.items():
            rows.append((label, self.totals.get(name, 0.0)))
        for name in sorted(set(self.totals) - set(PHASES)):
            rows.append((name, self.totals[name]))
        rows.append(("other (paths, options, report assembly)", wall - sum(self.totals.values())))
        width = max(len(label) for label, _ in rows)
        lines = ["timing (milliseconds):"]
        lines += [f"  {label:<{width}}  {seconds * 1000:8.1f}" for label, seconds in rows]
        lines.append(f"  {'total':<{width}}  {(self.startup + wall) * 1000:8.1f}")
        return "\n".join(lines)

    def _parallel_report(self, wall: float) -> str:
        rows = [("start-up (interpreter, click, the check command; CPU time)", self.startup)]
        for name, label in PHASES.items():
            rows.append((label, self.totals.get(name, 0.0)))
        for name in sorted(set(self.totals) - set(PHASES)):
            rows.append((name, self.totals[name]))
        width = max(len(label) for label, _ in rows)
        lines = ["timing (milliseconds; phases added up over the worker processes):"]
        lines += [f"  {label:<{width}}  {seconds * 1000:8.1f}" for label, seconds in rows]
        lines.append(f"  {'wall time of the run':<{width}}  {(self.startup + wall) * 1000:8.1f}")
        return "\n".join(lines)


ACTIVE: Timer | None = None


def start() -> Timer:
    """Start timing this run (call first thing in the command, which then imports what
    the run needs within the ``imports`` phase, to time them apart from the work)."""
    global ACTIVE
    ACTIVE = Timer()
    return ACTIVE


@contextmanager
def phase(name: str) -> Iterator[None]:
    timer = ACTIVE
    if timer is None:
        yield
        return
    timer.enter()
    try:
        yield
    finally:
        timer.leave(name)


def report() -> str:
    return ACTIVE.report() if ACTIVE is not None else ""
