"""A portfolio at once through the real CLI: --jobs gives the same bytes whatever N, the
streaming formats (text, json, jsonl), the formats written from each contract's piece at the
end (junit, markdown, github, html: the whole-report renderer's bytes, no contract kept, no
temporary file left), a bad file in the middle of a batch, waivers and a
baseline over a batch, a rule in error and an internal error in a worker, the progress bar,
and the batch benchmark at tiny size."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import AS_OF, GOLDEN_CONTRACTS, GOLDEN_PACK, ROOT, cli, golden_report

from compliance.report.results import Report

COUNT = 40
PACK = "no-autonomous-weapons"


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated YAML contracts, as the benchmark makes them (seeded)."""
    from compliance.tools.bench.batch import generate_portfolio

    folder = tmp_path_factory.mktemp("portfolio")
    generate_portfolio(COUNT, seed=7, folder=folder)
    return folder


def check(*args: str) -> tuple[int, str, str]:
    run = cli("check", *args, "--as-of", AS_OF)
    return run.code, run.out, run.err


def outputs(folder: Path, tmp_path: Path, fmt: str, jobs: int, *extra: str) -> tuple[int, bytes]:
    target = tmp_path / f"out-{jobs}.{fmt}"
    code, out, err = check(
        str(folder), "--format", fmt, "-o", str(target), "--jobs", str(jobs), *extra
    )
    assert out == ""
    assert code in (0, 1, 2), err
    return code, target.read_bytes()


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text", "junit", "markdown", "github", "html"])
def test_jobs_give_byte_identical_output(portfolio: Path, tmp_path: Path, fmt: str) -> None:
    one = outputs(portfolio, tmp_path, fmt, 1)
    two = outputs(portfolio, tmp_path, fmt, 2)
    assert one == two
    assert one[1]  # not empty
    assert not list(tmp_path.glob(".compliance-*"))  # temporary files renamed or removed


def test_jobs_give_the_same_standard_output_and_errors(portfolio: Path) -> None:
    one = check(str(portfolio), "--pack", PACK, "--jobs", "1")
    two = check(str(portfolio), "--pack", PACK, "--jobs", "2")
    assert one == two
    assert one[1].count("summary: ") == COUNT


def test_jsonl_lines(portfolio: Path) -> None:
    code, out, _ = check(str(portfolio), "--pack", PACK, "--format", "jsonl")
    lines = out.splitlines()
    assert len(lines) == COUNT + 2
    records = [json.loads(line) for line in lines]
    assert [r["type"] for r in records] == ["header"] + ["contract"] * COUNT + ["summary"]
    header, *contracts, summary = records
    assert header["schema_version"] == 3
    assert [p["id"] for p in header["header"]["packs"]] == [PACK]
    paths = [c["path"] for c in contracts]
    assert paths == sorted(paths)
    assert summary["contracts"] == COUNT and summary["errors"] == 0
    counted: dict[str, int] = {}
    for contract in contracts:
        for status, n in contract["summary"].items():
            counted[status] = counted.get(status, 0) + n
    assert summary["summary"] == counted
    assert code == (1 if counted["fail"] else 0)
    # The same contracts as in the JSON report.
    _, whole, _ = check(str(portfolio), "--pack", PACK, "--format", "json")
    data = json.loads(whole)
    assert [{k: v for k, v in c.items() if k != "type"} for c in contracts] == data["contracts"]
    assert data["summary"] == summary["summary"]


def test_a_bad_file_in_the_middle_is_one_error_line(portfolio: Path, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    shutil.copytree(portfolio, folder)
    names = sorted(p.name for p in folder.iterdir())
    bad = folder / names[COUNT // 2]
    bad.write_text("id: broken\ntitle: [unclosed\n")
    runs = {}
    for jobs in (1, 2):
        target = tmp_path / f"out-{jobs}.jsonl"
        runs[jobs] = check(
            str(folder), "--pack", PACK, "--format", "jsonl", "-o", str(target), "--jobs", str(jobs)
        )
        runs[jobs] = (*runs[jobs], target.read_text())
    assert runs[1] == runs[2]
    code, _, err, text = runs[1]
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(f"{bad}:")
    records = [json.loads(line) for line in text.splitlines()]
    kinds = [r["type"] for r in records]
    assert kinds.count("contract") == COUNT - 1 and kinds.count("error") == 1
    error = records[kinds.index("error")]
    assert error["path"] == str(bad) and "YAML syntax error" in error["error"]
    assert kinds.index("error") == COUNT // 2 + 1  # in path order, after the header
    assert records[-1]["errors"] == 1
    # text and json list it at the end, and check every other file too
    for fmt in ("text", "json"):
        one = check(str(folder), "--pack", PACK, "--format", fmt, "--jobs", "1")
        two = check(str(folder), "--pack", PACK, "--format", fmt, "--jobs", "2")
        assert one == two and one[0] == 2
    assert len(json.loads(one[1])["contracts"]) == COUNT - 1
    assert json.loads(one[1])["errors"] == [{"path": str(bad), "error": err.strip()}]


def test_waivers_and_baseline_over_a_batch(portfolio: Path, tmp_path: Path) -> None:
    """The heads that wait for the end of the run (waiver warnings, baseline counts) come
    out the same with one job and with two; jsonl carries them in its summary line."""
    _, baseline, _ = check(
        str(portfolio),
        "--pack",
        PACK,
        "--format",
        "json",
        "--select",
        f"{PACK}/autonomous-weapons-ban",
    )
    (tmp_path / "baseline.json").write_text(baseline)
    waivers = tmp_path / "waivers.json"
    waivers.write_text(
        json.dumps(
            {
                "waivers": [
                    {
                        "rule": f"{PACK}/human-judgment",
                        "contract": "*",
                        "justification": "Accepted for the portfolio review.",
                        "owner": "legal@example.org",
                        "approved_by": "ciso@example.org",
                        "expires": "2027-06-30",
                    },
                    {
                        "rule": f"{PACK}/human-judgment",
                        "contract": "no-such-contract",
                        "justification": "Stale.",
                        "owner": "legal@example.org",
                        "approved_by": "ciso@example.org",
                        "expires": "2027-06-30",
                    },
                ]
            }
        )
    )
    extra = (
        "--pack",
        PACK,
        "--waivers",
        str(waivers),
        "--baseline",
        str(tmp_path / "baseline.json"),
    )
    for fmt in ("json", "text", "jsonl"):
        one = outputs(portfolio, tmp_path, fmt, 1, *extra)
        two = outputs(portfolio, tmp_path, fmt, 2, *extra)
        assert one == two, fmt
        if fmt == "json":
            data = json.loads(one[1])
            assert any("matches no verdict" in w for w in data["header"]["warnings"])
            counts = data["header"]["baseline"]["counts"]
            waived = data["summary"]["waived"]
            # every verdict is marked, except the waived ones (reported as waived)
            marked = sum(data["summary"].values()) - waived
            assert counts["new"] > 0 and sum(counts.values()) == marked
        if fmt == "jsonl":
            last = json.loads(one[1].splitlines()[-1])
            assert any("matches no verdict" in w for w in last["warnings"])
            assert last["baseline"] == counts
            assert last["summary"]["waived"] == waived
    assert waived > 0


def test_a_rule_in_error_exits_3_whatever_the_jobs(portfolio: Path, tmp_path: Path) -> None:
    from test_engine import rule, write_pack

    extra = "facts:\n  type: object\n  properties:\n    score: {description: untyped}\n"
    pack = write_pack(
        tmp_path / "pack",
        [
            rule("broken", {"fact": "extensions.test-pack.score", "gt": 5}),
            rule("plain", {"fact": "safeguards.audit_logging", "equals": True}),
        ],
        extra,
    )
    folder = tmp_path / "batch"
    shutil.copytree(portfolio, folder)
    (folder / "zz-scored.yaml").write_text(
        "id: scored\ntitle: t\nextensions:\n  test-pack: {score: high}\n"
    )
    one = check(str(folder), "--pack", str(pack), "--format", "jsonl", "--jobs", "1")
    two = check(str(folder), "--pack", str(pack), "--format", "jsonl", "--jobs", "2")
    assert one == two
    assert one[0] == 3


def test_an_internal_error_in_a_worker_surfaces_as_with_one_job(
    portfolio: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The items before the failing file come out, then the worker's exception is raised in
    the parent (forked workers inherit the patched function)."""
    from datetime import date

    import compliance.run.batch as batch
    from compliance.run.api import CheckOptions

    files = batch.files_of([str(portfolio)])
    victim = files[25][0]
    real = batch.check_file

    def failing(plan, path, problem=None):  # type: ignore[no-untyped-def]
        if path == victim:
            raise ZeroDivisionError("boom in " + os.path.basename(path))
        return real(plan, path, problem)

    monkeypatch.setattr(batch, "check_file", failing)
    plan = batch.make_plan(CheckOptions(packs=[PACK], as_of=date.fromisoformat(AS_OF)))
    for jobs in (1, 2):
        seen = []
        with pytest.raises(ZeroDivisionError, match="boom in"):
            for item in batch.items(plan, files, jobs):
                seen.append(item.path)
        assert seen == [path for path, _ in files[:25]]


@pytest.mark.parametrize("on_call", [1, 12])
def test_a_pool_broken_on_a_submit_is_a_worker_death(
    portfolio: Path, monkeypatch: pytest.MonkeyPatch, on_call: int
) -> None:
    """The pool can break between two results, so that handing it the next chunk raises
    (a worker killed while the parent was not waiting): the run stops as on a death, not
    with an internal error; whether it is the first chunks or a later one."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    from datetime import date

    import compliance.run.batch as batch
    from compliance.run.api import CheckOptions

    files = batch.files_of([str(portfolio)])
    real = ProcessPoolExecutor.submit
    calls = [0]

    def submit(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls[0] += 1
        if calls[0] == on_call:
            raise BrokenProcessPool("a child process terminated abruptly")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", submit)
    monkeypatch.setattr(batch, "CHUNK", 1)  # one file a chunk: many submits
    plan = batch.make_plan(CheckOptions(packs=[PACK], as_of=date.fromisoformat(AS_OF)))
    with pytest.raises(batch.WorkerDied, match="a worker process died"):
        for _ in batch.items(plan, files, 2):
            pass


def test_streaming_formats_keep_no_contract(portfolio: Path) -> None:
    from datetime import date

    import compliance.run.batch as batch
    from compliance.run.api import CheckOptions

    options = CheckOptions(packs=[PACK], as_of=date.fromisoformat(AS_OF))
    spooled = ("junit", "markdown", "github", "html")
    plan = batch.make_plan(options, batch.Render(("jsonl", "text"), keep=False, spooled=spooled))
    tally = batch.Tally(plan)
    for item in batch.items(plan, batch.files_of([str(portfolio)]), 2):
        assert item.contract is None and set(item.parts) == {"jsonl", "text"}
        assert set(item.pieces) == set(spooled)
        tally.add(item)
    assert tally.contracts == [] and tally.totals.contracts == COUNT


def test_spooled_formats_keep_no_contract_in_the_cli() -> None:
    from compliance.run.stream import Outputs

    targets: list[tuple[str | None, str]] = [("junit", "a.xml"), ("markdown", "b.md")]
    outputs = Outputs.create("jsonl", targets, head_waits=True, color=False, by=None)
    assert outputs.spooled == ("junit", "markdown") and not outputs.keep
    assert Outputs.create("html", [], head_waits=False, color=False, by=None).keep is False


@pytest.fixture(scope="module")
def mixed(portfolio: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The portfolio with a bad file in the middle and a second file with a contract's id,
    a waiver file (one waiver matching, one stale) and a baseline report."""
    folder = tmp_path_factory.mktemp("mixed")
    batch = folder / "batch"
    shutil.copytree(portfolio, batch)
    names = sorted(p.name for p in batch.iterdir())
    (batch / names[COUNT // 2]).write_text("id: broken\ntitle: [unclosed\n")
    (batch / "zz-again.yaml").write_text((batch / names[3]).read_text())
    waiver = {
        "rule": f"{PACK}/human-judgment",
        "contract": "*",
        "justification": "Accepted for the portfolio review.",
        "owner": "legal@example.org",
        "approved_by": "ciso@example.org",
        "expires": "2027-06-30",
    }
    stale = {**waiver, "contract": "no-such-contract", "justification": "Stale."}
    (folder / "waivers.json").write_text(json.dumps({"waivers": [waiver, stale]}))
    _, baseline, _ = check(
        str(portfolio), "--pack", PACK, "--format", "json", "--select", f"{PACK}/autonomous-*"
    )
    (folder / "baseline.json").write_text(baseline)
    return folder


#: name -> the command line's options, and the library's options (redact, by, audience).
SPOOLED_CASES: dict[str, tuple[list[str], dict[str, object]]] = {
    "plain": ([], {}),
    "governed": (
        ["--waivers", "{w}", "--baseline", "{b}", "--fail-on", "unknown"],
        {"waivers": "{w}", "baseline": "{b}", "fail_on": "unknown"},
    ),
    "gated": (
        ["--fail-on", "unknown", "--fail-on-severity", "high", "--select", f"{PACK}/*"],
        {"fail_on": "unknown", "fail_on_severity": "high", "select": [f"{PACK}/*"]},
    ),
    "ignored": (["--ignore", f"{PACK}/human-judgment"], {"ignore": [f"{PACK}/human-judgment"]}),
    "redacted": (["--redact", "--by", "clause"], {"redact": True, "by": "clause"}),
    "counsel": (["--audience", "counsel"], {"audience": "counsel"}),
}


@pytest.mark.parametrize("case", sorted(SPOOLED_CASES))
def test_a_spooled_batch_is_the_whole_report(mixed: Path, tmp_path: Path, case: str) -> None:
    """junit, markdown, github and html written by a batch on two processes (each
    contract's piece spooled to disk, the document written at the end) are the bytes the
    whole-report renderer gives for the library's report of the same run."""
    from datetime import date

    from compliance.report.redact import redact_contract
    from compliance.report.reporters import render
    from compliance.run.api import CheckOptions
    from compliance.run.api import check as run_check

    args, settings = SPOOLED_CASES[case]
    where = {"w": str(mixed / "waivers.json"), "b": str(mixed / "baseline.json")}
    args = [arg.format(**where) for arg in args]
    by = settings.pop("by", None) if "by" in settings else None
    settings = dict(settings)
    redact = bool(settings.pop("redact", False))
    audience = str(settings.pop("audience", "reviewer"))
    formats = ["markdown", "html"] if by else ["junit", "markdown", "github", "html"]
    targets = [arg for fmt in formats for arg in ("-o", f"{fmt}:{tmp_path / fmt}")]
    code, out, err = check(str(mixed / "batch"), "--pack", PACK, "--jobs", "2", *args, *targets)
    assert code == 2 and out == "", err  # the bad file and the second contract with an id
    assert len(err.splitlines()) >= 2
    options = {k: v.format(**where) if isinstance(v, str) else v for k, v in settings.items()}
    report = run_check(
        [str(mixed / "batch")],
        CheckOptions(packs=[PACK], as_of=date.fromisoformat(AS_OF), **options),  # type: ignore[arg-type]
    )
    assert len(report.problems) == 2
    if redact:
        report.contracts = [redact_contract(c) for c in report.contracts]
        report.redacted = True
    for fmt in formats:
        expected = render(fmt, report, by=by, audience=audience)
        assert (tmp_path / fmt).read_text(encoding="utf-8") == expected, fmt
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(formats)  # no temporary file


def open_in(folder: Path) -> list[str]:
    """The files this process has open in ``folder`` (a temporary file without a name
    shows as ``folder/#NUMBER (deleted)``)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            if os.readlink(f"/proc/self/fd/{fd}").startswith(str(folder)):
                found.append(fd)
    return found


def test_the_spooled_sections_go_when_the_run_stops(tmp_path: Path) -> None:
    """Each section's temporary file is removed (closed: it has no name) at the end of a
    run and when it stops early."""
    from compliance.report.reporters.pieces import Parts, Piece
    from compliance.run.stream import Outputs

    parts = Parts(str(tmp_path), on_disk=True)
    parts.add(Piece({"a": "one\n", "b": "two\n"}, {("a", "x"): 2}))
    parts.add(Piece({"a": "three\n"}, {("a", "x"): 1}))
    assert len(open_in(tmp_path)) == 2 and list(tmp_path.iterdir()) == []
    assert parts.text("a") == "one\nthree\n" and parts.count("a", "x") == 3
    parts.close()
    assert open_in(tmp_path) == []
    outputs = Outputs.create(
        "junit", [(None, str(tmp_path / "out.xml"))], head_waits=False, color=False, by=None
    )
    from compliance.run.api import CheckOptions
    from compliance.run.batch import Tally, make_plan

    tally = Tally(make_plan(CheckOptions(packs=[PACK])))
    outputs.start(tally.report(final=False))
    outputs.contract({}, {"junit": Piece({PACK: "\n    <testcase />"}, {(PACK, "passed"): 1})})
    assert open_in(tmp_path)  # the section's file and the output's temporary file
    outputs.abort()
    assert open_in(tmp_path) == [] and list(tmp_path.iterdir()) == []


def test_a_crashed_run_leaves_no_spooled_file(
    portfolio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An internal error in a worker in the middle of a batch: the error comes up in the
    parent, and no report, no temporary file and no open section file is left."""
    from datetime import date

    import compliance.run.batch as batch
    from compliance.cli.check import run_batch
    from compliance.run.api import CheckOptions

    victim = batch.files_of([str(portfolio)])[25][0]
    real = batch.check_file

    def failing(plan, path, problem=None):  # type: ignore[no-untyped-def]
        if path == victim:
            raise ZeroDivisionError("boom")
        return real(plan, path, problem)

    monkeypatch.setattr(batch, "check_file", failing)
    out = tmp_path / "out"
    out.mkdir()
    targets: list[tuple[str | None, str]] = [
        ("junit", str(out / "a.xml")),
        ("markdown", str(out / "b.md")),
    ]
    with pytest.raises(ZeroDivisionError, match="boom"):
        run_batch(
            [str(portfolio)],
            CheckOptions(packs=[PACK], as_of=date.fromisoformat(AS_OF)),
            fmt="github",
            targets=targets,
            colour=False,
            grouping=None,
            redact=False,
            jobs=2,
            progress=False,
        )
    assert list(out.iterdir()) == []
    assert open_in(out) == []


def test_the_library_check_is_the_same_with_jobs(portfolio: Path) -> None:
    from datetime import date

    from compliance.report.reporters.json import report_data
    from compliance.run.api import CheckOptions
    from compliance.run.api import check as run_check

    options = CheckOptions(packs=[PACK], as_of=date.fromisoformat(AS_OF))
    one = run_check([str(portfolio)], options, jobs=1)
    two = run_check([str(portfolio)], options, jobs=2)
    assert report_data(one) == report_data(two)


def reports() -> list[Report]:
    report = golden_report()
    empty = golden_report()
    empty.contracts = []
    return [report, empty]


@pytest.mark.parametrize("index", [0, 1])
def test_streamed_json_is_the_json_document(index: int, in_root: Path) -> None:
    from compliance.report.reporters import json as json_reporter

    report = reports()[index]
    expected = json.dumps(json_reporter.report_data(report), indent=2, ensure_ascii=False) + "\n"
    assert json_reporter.render(report) == expected


def test_jobs_choice() -> None:
    from compliance.cli.check import PARALLEL_FROM as SHOWN
    from compliance.run.batch import PARALLEL_FROM, choose_jobs, cores

    assert SHOWN == PARALLEL_FROM
    assert choose_jobs(None, PARALLEL_FROM - 1) == 1
    assert choose_jobs(None, 1000) == cores()
    assert choose_jobs(0, 1000) == cores()
    assert choose_jobs(3, 5) == 3  # asked for: even a handful of files
    assert choose_jobs(8, 2) == 2  # never more processes than files
    assert choose_jobs(4, 1000, stdin=True) == 1
    assert choose_jobs(4, 1) == 1


def test_progress_only_when_asked_outside_a_terminal(portfolio: Path, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(60):
        text = (portfolio / sorted(os.listdir(portfolio))[index % COUNT]).read_text()
        # each copy its own contract id (two contracts with one id are bad input)
        (folder / f"c{index:03d}.yaml").write_text(
            text.replace("id: portfolio-", f"id: copy-{index:03d}-", 1)
        )
    quiet = check(str(folder), "--pack", PACK, "--format", "jsonl", "-o", str(tmp_path / "a.jsonl"))
    assert quiet[2] == ""
    loud = check(
        str(folder),
        "--pack",
        PACK,
        "--format",
        "jsonl",
        "-o",
        str(tmp_path / "b.jsonl"),
        "--progress",
    )
    lines = loud[2].splitlines()
    assert lines[-1] == "checked 60/60 files"
    assert len(lines) == 10
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


def test_jobs_from_the_configuration(portfolio: Path, tmp_path: Path) -> None:
    (tmp_path / ".compliance.yaml").write_text(f"jobs: 2\npacks: [{PACK}]\n")
    run = cli("config", cwd=tmp_path)
    assert run.code == 0, run.err
    assert any(line.split()[:2] == ["jobs", "2"] for line in run.out.splitlines()), run.out
    code, out, err = check(
        str(portfolio), "--config", str(tmp_path / ".compliance.yaml"), "--format", "jsonl"
    )
    assert code in (0, 1), err
    assert len(out.splitlines()) == COUNT + 2
    (tmp_path / ".compliance.yaml").write_text("jobs: -1\n")
    bad = cli("config", cwd=tmp_path)
    assert bad.code == 2 and "jobs" in bad.err


def test_golden_files_in_a_batch_of_one_job_each(in_root: Path) -> None:
    """A handful of files run in one process by default; asking for two gives the same."""
    args = [*GOLDEN_CONTRACTS, "--pack", GOLDEN_PACK, "--format", "text"]
    assert check(*args) == check(*args, "--jobs", "2")


def test_the_batch_benchmark_runs_at_tiny_size() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "compliance.bench",
            "--contracts",
            "3",
            "--repeat",
            "1",
            "--batch",
            "40",
            "--formats",
            "jsonl,sarif",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert "(3) a batch of 40 generated YAML contracts" in proc.stdout
    assert "(4) peak memory" in proc.stdout
    assert "(5) bytes written for nato-openai-2026.yaml" in proc.stdout
    last = proc.stdout.strip().splitlines()[-1].split()
    keys = [item.split("=")[0] for item in last]
    assert keys == [
        "cold_ratio",
        "engine_vs_regopy",
        "engine_vs_regorus",
        "jsonl_ratio",
        "jsonl_mem",
        "sarif_ratio",
        "sarif_mem",
    ]
    for item in last:
        assert float(item.split("=")[1]) > 0


def test_a_large_batch_generates_the_rules_code_first_with_the_same_output(
    portfolio: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From EAGER_FROM files a process, every rule's code is generated before the first
    file (and inherited by the workers): the parts are those of the interpreter's run."""
    from datetime import date

    import compliance.engine.fastpath as fastpath
    import compliance.run.batch as batch
    from compliance.run.api import CheckOptions

    def parts(eager: int, jobs: int) -> tuple[list[dict[str, str]], bool]:
        monkeypatch.setattr(fastpath, "EAGER_FROM", eager)
        options = CheckOptions(as_of=date.fromisoformat(AS_OF))  # every built-in pack
        plan = batch.make_plan(options, batch.Render(("jsonl", "sarif"), keep=False))
        files = batch.files_of([str(portfolio)])
        out = [item.parts for item in batch.items(plan, files, jobs)]
        rules = [rule for pack in plan.prepared.packs for rule in pack.rules]
        return out, all(r.fast is not None and r.fast.requires is not None for r in rules)

    interpreted, generated = parts(10**6, 1)
    assert not generated
    for jobs in (1, 2):
        eager, generated = parts(COUNT // jobs, jobs)
        assert generated
        assert eager == interpreted


_RESULT_FD = -1


def _send_half_a_result() -> None:
    """A worker stopped while sending its result: the message's length, part of its bytes,
    then gone."""
    import struct

    os.write(_RESULT_FD, struct.pack("!i", 1000) + b"x" * 10)
    os._exit(143)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks the worker")
def test_a_worker_stopped_mid_result_neither_hangs_the_run_nor_its_exit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The executor's thread reading half a message waits for the rest forever: the run
    waited with it for a result that never came (a worker killed while sending), and the
    interpreter, which joins that thread at exit, hung after a run stopped by a signal."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from compliance.run import batch

    global _RESULT_FD
    monkeypatch.setattr(batch, "WATCH", 0.05)
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    _RESULT_FD = pool._result_queue._writer.fileno()  # type: ignore[attr-defined]
    future = pool.submit(_send_half_a_result)
    thread = pool._executor_manager_thread  # type: ignore[attr-defined]
    assert thread is not None
    with pytest.raises(batch._LostResult):
        batch._result_of(future, pool)
    assert not future.done()
    assert thread.is_alive()  # still waiting for the rest of the message
    batch._abandon(pool)
    assert not thread.is_alive()
