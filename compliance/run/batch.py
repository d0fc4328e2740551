"""A batch: many contract files checked on every core, results in path order.

The parent process prepares the run once (packs compiled or read from the cache, waivers,
baseline, assumptions: a :class:`Plan`). Workers are forked from it where the platform
allows (Linux), so they inherit the compiled packs; elsewhere each worker prepares the run
once when it starts (packs come from the pack cache). Each file becomes an :class:`Item`:
compact, picklable data (the rendered parts of the streaming formats, the pieces of the
formats written at the end, the counts, what the waivers matched, and the contract's
results only when a format needs the whole run).

Items come back in the order of the paths whatever the number of workers, with a bounded
number in flight, so output is identical with ``--jobs 1`` and ``--jobs N`` and memory does
not grow with the batch. Waivers and the baseline are applied to each contract before its
parts are rendered, in the worker (or in the parent with one job), by the same code; the
parent adds up what each waiver matched, in path order, for the run's warnings.

A bad file is an item with its one-line problem; an internal error in a worker is raised
again in the parent when its item comes up, so the run stops there as it would with one job.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from compliance.core.errors import ComplianceError, InputError
from compliance.core.records import field, record
from compliance.document.loader import STDIN
from compliance.report.reporters.pieces import Piece
from compliance.report.results import (
    ContractReport,
    InputProblem,
    Report,
    RuleError,
    RuleInfo,
    Totals,
)
from compliance.run.options import CheckOptions
from compliance.run.prepare import Prepared, Setup, expand_paths, set_up

#: Fewer files than this run in one process: starting workers costs more than they save
#: (about 20 ms to fork two workers; a contract takes 2 to 10 ms).
PARALLEL_FROM = 32

#: Files a worker takes at a time, at most; and chunks in flight per worker. Together they
#: bound memory: at most ``jobs * WINDOW * CHUNK`` contracts are checked and not yet written
#: (a contract's SARIF is about 280 KB, so 8 a chunk keeps that near 20 MB a worker; a
#: chunk still takes some 100 ms, against well under a millisecond to hand it over).
CHUNK = 8
WINDOW = 4
#: Seconds between checks that every worker is alive while the parent waits for a result.
WATCH = 1.0

#: Allocations between young-generation collections during a batch (Python's default: 700).
GC_THRESHOLD = 20000


@record
class Render:
    """What each item must carry: the parts of these streaming formats, rendered with these
    settings, and (``keep``) the contract itself, for the formats rendered at the end."""

    formats: tuple[str, ...] = ()
    keep: bool = True
    color: bool = False
    by: str | None = None
    redact: bool = False
    #: The statuses the text report lists with their evidence (None: its default).
    show: tuple[str, ...] | None = None
    #: Which results the SARIF log carries (findings or all).
    sarif_results: str = "findings"
    #: The formats written from each contract's piece at the end (their pieces rendered
    #: with these settings), and the reader of the gap reports (reviewer or counsel).
    spooled: tuple[str, ...] = ()
    audience: str = "reviewer"


@record
class Plan:
    """Everything a worker needs, prepared once: the run (compliance.run.prepare.Setup)
    and what to render."""

    setup: Setup
    render: Render

    @property
    def options(self) -> CheckOptions:
        return self.setup.options

    @property
    def prepared(self) -> Prepared:
        return self.setup.prepared


def make_plan(options: CheckOptions, render: Render | None = None) -> Plan:
    """Prepare the run (:func:`compliance.run.prepare.set_up`: packs, assumptions,
    waivers, baseline; anything that cannot load raises)."""
    return Plan(set_up(options), render or Render())


@record
class Item:
    """One file of the batch, checked: compact and picklable."""

    path: str
    #: The one-line message of a file that could not be checked.
    problem: str | None = None
    #: format -> this contract's part of the output (streaming formats).
    parts: dict[str, str] = field(default_factory=dict)
    #: format -> this contract's piece of the output (formats written at the end).
    pieces: dict[str, Piece] = field(default_factory=dict)
    contract: ContractReport | None = None
    totals: Totals | None = None
    #: A verdict in error (exit 3); a verdict that fails the run (exit 1).
    error: bool = False
    failing: bool = False
    #: The rules that evaluated to error (for the SARIF log's notifications).
    rule_errors: list[RuleError] = field(default_factory=list)
    #: What the waivers matched (compliance.run.waivers.Hit).
    hits: list[tuple[int, str, bool]] = field(default_factory=list)
    #: An internal error in a worker, raised again in the parent.
    crash: BaseException | None = None
    #: The contract's id and where it is written (one contract per id in a run), and its
    #: dated notes (terms not in force on the as-of date...) for the run's warnings.
    contract_id: str | None = None
    id_at: tuple[int, int] = (1, 1)
    notes: list[str] = field(default_factory=list)


def check_file(plan: Plan, path: str, problem: InputError | None = None) -> Item:
    """Load, validate, evaluate, waive, compare and render one file."""
    from compliance.document.loader import display_name
    from compliance.engine.evaluate import evaluate_contract
    from compliance.report.outcome import fails_run
    from compliance.run.prepare import govern, load_assumed

    options = plan.options
    if problem is None:
        try:
            doc = load_assumed(plan.setup, path)
        except InputError as exc:
            problem = exc.located(path)
        except RecursionError:  # a safety net: --max-depth is bounded well below this
            problem = InputError("nested too deeply to check (lower --max-depth)", file=path)
    if problem is not None:
        return Item(display_name(path), problem=str(problem))
    contract = evaluate_contract(doc, plan.prepared.packs, options.as_of)
    item = Item(contract.path, contract_id=doc.id, id_at=(doc.id_line, doc.id_col))
    item.notes = list(contract.notes)
    item.hits = govern(plan.setup, contract)
    render = plan.render
    if render.redact:
        from compliance.report.redact import redact_contract

        contract = redact_contract(contract)
    item.totals = Totals.of([contract])
    item.rule_errors = [
        RuleError(contract.path, result.full_id, result.message or "error")
        for result in contract.results
        if result.status == "error"
    ]
    item.error = bool(item.totals.summary["error"])
    item.failing = any(
        fails_run(result, options.fail_on, options.fail_on_severity) for result in contract.results
    )
    if render.formats or render.spooled:
        from compliance.core.timing import phase
        from compliance.report.reporters import spooled

        with phase("render"):
            for name in render.formats:
                item.parts[name] = _part(name, contract, render, options)
            for name in render.spooled:
                item.pieces[name] = spooled(name).piece(
                    contract,
                    fail_on=options.fail_on,
                    fail_on_severity=options.fail_on_severity,
                    redacted=render.redact,
                    by=render.by,
                    audience=render.audience,
                )
    if render.keep:
        item.contract = contract
    return item


def _part(name: str, contract: ContractReport, render: Render, options: CheckOptions) -> str:
    from compliance.report.reporters import streaming

    module = streaming(name)
    extra: dict[str, Any] = {}
    if name == "sarif":
        extra = {
            "results": render.sarif_results,
            "fail_on": options.fail_on,
            "fail_on_severity": options.fail_on_severity,
        }
    if name == "text":
        extra = {"show": render.show}
    part: str = module.contract_part(contract, color=render.color, by=render.by, **extra)
    return part


# --- how many processes -------------------------------------------------------------------------


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def choose_jobs(requested: int | None, files: int, stdin: bool = False) -> int:
    """The number of processes: ``--jobs`` when given (0 or none: the number of cores), but
    one for fewer than :data:`PARALLEL_FROM` files, for standard input, or one file."""
    wanted = requested if requested else cores()
    if stdin or files < 2 or (not requested and files < PARALLEL_FROM):
        return 1
    return max(1, min(wanted, files))


def chunk_size(files: int, jobs: int) -> int:
    """Files per task: a few tasks per worker for small batches, :data:`CHUNK` for large."""
    return max(1, min(CHUNK, files // (jobs * WINDOW) or 1))


# --- running ------------------------------------------------------------------------------------


def files_of(paths: list[str]) -> list[tuple[str, InputError | None]]:
    """The batch's files, in order (see :func:`compliance.run.prepare.expand_paths`)."""
    return list(expand_paths(paths))


def items(plan: Plan, files: list[tuple[str, InputError | None]], jobs: int = 1) -> Iterator[Item]:
    """Every file checked, in order; with ``jobs`` > 1 on as many processes."""
    from compliance.engine.fastpath import EAGER_FROM

    if len(files) >= EAGER_FROM * max(jobs, 1):
        from compliance.packs.codecache import compile_shipped

        # Every rule will run often enough in each process to pay for its generated code:
        # made now, once, before the workers are forked (they inherit it); the built-in
        # packs' code is shipped compiled.
        compile_shipped(rule for pack in plan.prepared.packs for rule in pack.rules)
    with _collector_tuned(len(files) >= GC_TUNE_FROM):
        if jobs <= 1 or any(path == STDIN for path, _ in files):
            for path, problem in files:
                yield check_file(plan, path, problem)
            return
        yield from _parallel(plan, files, jobs)


#: From how many files the garbage collector is tuned for a batch (a full collection costs
#: some milliseconds: not worth it for a handful of files).
GC_TUNE_FROM = 32


@contextmanager
def _collector_tuned(enabled: bool = True) -> Iterator[None]:
    """Set the cyclic garbage collector for a batch: what is loaded before it (packs,
    modules) is frozen out of its scans (and, in forked workers, shared without copying),
    and it runs less often (a contract makes some hundred thousand short-lived objects,
    nearly all freed by reference counting)."""
    if not enabled:
        yield
        return
    import gc

    before = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


_PLAN: Plan | None = None

#: Shared with the workers (see :func:`_parallel`): per worker slot, its process id and the
#: index (plus one) of the file it is checking, 0 between files; and the next free slot.
_BOARD: Any = None
_SLOTS: Any = None
_SLOT = 0


class WorkerDied(ComplianceError):
    """A worker process died (killed by the out-of-memory killer, say): the run stops,
    exit status 3, and no report is written."""


class _LostResult(Exception):
    """A worker died while sending a result: the pool itself will never notice."""


def _start_method() -> str:
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return "fork" if sys.platform.startswith("linux") and "fork" in methods else "spawn"


def _init_worker(
    options: CheckOptions | None,
    render: Render | None,
    timing: bool,
    board: Any = None,
    slots: Any = None,
) -> None:
    """In each worker: ignore Ctrl-C (the parent stops the pool); on SIGTERM or SIGHUP
    leave quietly (no traceback); take a slot on the board; prepare the run when the worker
    was not forked from a parent that had (packs from the pack cache)."""
    import signal

    global _PLAN, _BOARD, _SLOTS, _SLOT
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, _leave)
    _die_with_parent()
    if board is not None and slots is not None:
        _BOARD, _SLOTS = board, slots
        with slots.get_lock():
            _SLOT = slots.value % (len(board) // 2)
            slots.value += 1
        board[2 * _SLOT] = os.getpid()
        board[2 * _SLOT + 1] = 0
    if timing:
        from compliance.core import timing as timer

        timer.ACTIVE = timer.Timer()
    if options is not None and render is not None:
        _PLAN = make_plan(options, render)


def _die_with_parent() -> None:
    """A worker whose parent is killed outright (SIGKILL, the out-of-memory killer) would
    wait for work forever: on Linux, ask the kernel to send it SIGTERM when the parent
    dies (and leave at once if that already happened)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(128 + int(signal.SIGTERM))


def _leave(signum: int, frame: Any) -> None:
    """A worker told to stop: mark its slot with the signal (it did not die on a file) and
    exit now."""
    if _BOARD is not None:
        _BOARD[2 * _SLOT + 1] = -signum
    os._exit(128 + signum)


def _work(
    start: int, chunk: list[tuple[str, InputError | None]]
) -> tuple[list[Item], dict[str, float]]:
    from compliance.core import timing

    assert _PLAN is not None
    if timing.ACTIVE is not None:
        timing.ACTIVE.totals = {}
    out: list[Item] = []
    for offset, (path, problem) in enumerate(chunk):
        if _BOARD is not None:
            _BOARD[2 * _SLOT + 1] = start + offset + 1
        try:
            out.append(check_file(_PLAN, path, problem))
        except Exception as exc:  # raised again in the parent, in order
            import traceback

            out.append(Item(path, crash=_portable(exc, traceback.format_exc())))
            break
    if _BOARD is not None:
        _BOARD[2 * _SLOT + 1] = 0
    totals = dict(timing.ACTIVE.totals) if timing.ACTIVE is not None else {}
    return out, totals


def _portable(exc: Exception, trace: str) -> BaseException:
    """The exception, if it survives pickling (else a RuntimeError with its text), with the
    worker's traceback as a note (shown with COMPLIANCE_DEBUG=1)."""
    import pickle

    try:
        out: BaseException = pickle.loads(pickle.dumps(exc))
    except Exception:
        out = RuntimeError(f"{type(exc).__name__}: {exc}")
    out.add_note(f"in a worker process:\n{trace}")
    return out


def _parallel(plan: Plan, files: list[tuple[str, InputError | None]], jobs: int) -> Iterator[Item]:
    """The files checked on ``jobs`` worker processes, in order. A worker that dies (the
    out-of-memory killer, a signal) stops the run with :class:`WorkerDied`, naming the file
    it was on: the pool notices the death, so the run never waits for a lost result."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from compliance.core import timing

    global _PLAN
    method = _start_method()
    size = chunk_size(len(files), jobs)
    chunks = ((start, files[start : start + size]) for start in range(0, len(files), size))
    context = multiprocessing.get_context(method)
    board = context.RawArray("q", 2 * jobs)
    slots = context.Value("i", 0)
    if method == "fork":
        _PLAN = plan
        initargs: tuple[Any, ...] = (None, None, timing.ACTIVE is not None, board, slots)
    else:  # pragma: no cover - not Linux
        initargs = (plan.options, plan.render, timing.ACTIVE is not None, board, slots)
    pool = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_init_worker, initargs=initargs
    )
    finished = False
    try:
        pending: deque[Future[tuple[list[Item], dict[str, float]]]] = deque()

        def broken() -> BaseException:
            """Why the pool broke (it may break on a submit as well as on a result)."""
            pool.shutdown(wait=True, cancel_futures=True)  # the others leave their slots
            return _died(board, files)

        try:
            for start, chunk in chunks:
                pending.append(pool.submit(_work, start, chunk))
                if len(pending) >= jobs * WINDOW:
                    break
        except BrokenProcessPool:
            raise broken() from None
        while pending:
            try:
                done, spent = _result_of(pending.popleft(), pool)
                following = next(chunks, None)
                if following is not None:
                    pending.append(pool.submit(_work, *following))
            except _LostResult:  # the others are stopped below, without the pool's thread
                raise WorkerDied(_died_message("")) from None
            except BrokenProcessPool:
                raise broken() from None
            if timing.ACTIVE is not None:
                timing.ACTIVE.add(spent)
            for item in done:
                if item.crash is not None:
                    raise item.crash
                yield item
        finished = True
    finally:
        if not finished:  # stopped early: the workers stop now, not after their chunks
            _stop_workers(board)
            _abandon(pool)
        else:
            pool.shutdown(wait=True, cancel_futures=True)
        if method == "fork":
            _PLAN = None


def _result_of(future: Any, pool: Any) -> Any:
    """The future's result, or :class:`_LostResult` when a worker is gone and the
    result does not come: the executor notices a worker's death by itself within
    milliseconds, except when the worker died while sending a result, leaving its thread
    waiting for the rest of the message forever (and the run with it)."""
    strikes = 0
    while True:
        try:
            return future.result(timeout=WATCH)
        except TimeoutError:
            strikes = strikes + 1 if _a_worker_is_gone(pool) else 0
            if strikes >= 3 and not future.done():
                raise _LostResult from None


def _a_worker_is_gone(pool: Any) -> bool:
    try:
        workers = list((getattr(pool, "_processes", None) or {}).values())
    except RuntimeError:  # pragma: no cover - the executor's thread changed it meanwhile
        return False
    return any(not worker.is_alive() for worker in workers)


def _abandon(pool: Any) -> None:
    """Shut down a pool whose workers were just told to stop, without waiting on the
    executor's own thread: a worker stopped while sending a result leaves half a message
    in the result pipe, and that thread then waits for the rest forever (the parent holds
    the pipe's write end too), as does the interpreter at exit, which joins it. So each
    worker gets a bounded wait, and once all are gone the parent's write end is closed:
    the thread reads end-of-file, marks the pool broken and ends."""
    try:
        workers = list((getattr(pool, "_processes", None) or {}).values())
    except RuntimeError:  # pragma: no cover - the executor's thread changed it meanwhile
        workers = []
    results = getattr(pool, "_result_queue", None)
    thread = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.join(timeout=10)
        if worker.is_alive():  # pragma: no cover - a worker that ignores SIGTERM
            worker.kill()
            worker.join(timeout=10)
    if any(worker.is_alive() for worker in workers):  # pragma: no cover - see above
        return
    writer = getattr(results, "_writer", None)
    if writer is not None:
        with suppress(OSError):
            writer.close()
    if thread is not None:
        thread.join(timeout=10)


def rules_of(plan: Plan) -> list[RuleInfo]:
    """Every rule of the run, sorted by full id."""
    rules = [
        RuleInfo(
            ir.pack,
            ir.id,
            ir.title,
            ir.severity,
            ir.basis,
            ir.citations,
            ir.question,
            ir.remediation,
        )
        for pack in plan.prepared.packs
        for ir in (rule.ir for rule in pack.rules)
    ]
    return sorted(rules, key=lambda rule: rule.full_id)


def _stop_workers(board: Any) -> None:
    import signal

    for slot in range(len(board) // 2):
        pid = board[2 * slot]
        if pid:
            with suppress(OSError):
                os.kill(pid, signal.SIGTERM)


def _died(board: Any, files: list[tuple[str, InputError | None]]) -> BaseException:
    """Why the pool broke: a worker that died on a file (its slot still names it), or
    every worker told to stop by a signal sent to the whole process group (the run stops
    as if the signal had come first: :class:`~compliance.core.errors.Terminated`). A
    worker killed between files leaves its slot at 0, and the pool then ends the others
    with SIGTERM: some slots marked by a signal and not all is a death, not a stop."""
    from compliance.core.errors import Terminated
    from compliance.document.loader import display_name

    states = [board[2 * slot + 1] for slot in range(len(board) // 2)]
    on = sorted(display_name(files[state - 1][0]) for state in states if state > 0)
    stopped = [-state for state in states if state < 0]
    if stopped and len(stopped) == len(states):
        return Terminated(stopped[0])
    return WorkerDied(_died_message(f" while checking {', '.join(on)}" if on else ""))


def _died_message(where: str) -> str:
    return (
        f"a worker process died{where} (killed, perhaps for lack of memory); the run "
        "stopped and wrote no report (try fewer --jobs, or a lower --max-items)"
    )


# --- adding up ----------------------------------------------------------------------------------


@record
class Tally:
    """What the parent keeps of a batch: counts, bad files, the kept contracts (for the
    formats rendered at the end), and the exit code's ingredients."""

    plan: Plan
    totals: Totals = field(default_factory=Totals)
    problems: list[InputProblem] = field(default_factory=list)
    contracts: list[ContractReport] = field(default_factory=list)
    rule_errors: list[RuleError] = field(default_factory=list)
    error: bool = False
    failing: bool = False
    ids: Any = None
    notes: list[str] = field(default_factory=list)

    def add(self, item: Item) -> None:
        """Add up an item; a contract whose id an earlier file's contract has becomes a
        problem (its parts are dropped)."""
        if item.problem is None and item.contract_id is not None:
            from compliance.contracts.load import IdRegistry

            if self.ids is None:
                self.ids = IdRegistry()
            duplicate = self.ids.claim(item.contract_id, item.path, *item.id_at)
            if duplicate is not None:
                item.problem = str(duplicate)
                item.parts = {}
                item.pieces = {}
                item.contract = None
        if item.problem is not None:
            self.problems.append(InputProblem(item.path, item.problem))
            return
        self.notes += [f"{item.path}: {note}" for note in item.notes]
        assert item.totals is not None
        self.totals.merge(item.totals)
        self.error = self.error or item.error
        self.failing = self.failing or item.failing
        self.rule_errors.extend(item.rule_errors)
        if item.hits:
            from compliance.run.prepare import record_hits

            record_hits(self.plan.setup, item.hits)
        if item.contract is not None:
            self.contracts.append(item.contract)

    def report(self, final: bool = True) -> Report:
        """The run's report: its header, bad files, warnings and counts, and the contracts
        kept (all of them unless the streaming formats wrote them out). Before the end
        (``final`` false) it holds the warnings known from the start."""
        from compliance import __version__

        plan = self.plan
        options = plan.options
        assumer = plan.setup.assumer
        assumptions = assumer.assumptions if assumer is not None else []
        return Report(
            __version__,
            options.as_of,
            plan.prepared.headers,
            contracts=list(self.contracts),
            problems=list(self.problems),
            profile=plan.prepared.profile,
            fail_on=options.fail_on,
            fail_on_severity=options.fail_on_severity,
            select=list(options.select),
            ignore=list(options.ignore),
            waivers=options.waivers,
            baseline=options.baseline,
            assumptions=[a.to_dict() for a in assumptions],
            warnings=self.warnings() if final else list(plan.prepared.warnings),
            redacted=plan.render.redact,
            totals=None if plan.render.keep else self.totals,
            rules=rules_of(plan),
            rule_errors=list(self.rule_errors),
            exit_status=self.exit_code() if final else None,
        )

    def warnings(self) -> list[str]:
        """The run's warnings (known once every item is added), in a stable order."""
        from compliance.run.prepare import governance_warnings

        plan = self.plan
        return list(plan.prepared.warnings) + self.notes + governance_warnings(plan.setup)

    def exit_code(self) -> int:
        """Worst wins across the batch (compliance.report.outcome, the one policy)."""
        from compliance.report.outcome import exit_status

        return exit_status(error=self.error, problems=bool(self.problems), failing=self.failing)
