"""Hostile input, second pass (issue 17): nothing checked is not green, two packs with one
id are an error, -o never clobbers a device or a link, a dead worker or a signal never
hangs a run or leaves a file behind, and every text that reaches a terminal is neutralised.

Everything runs through the real command line, each subprocess with a timeout."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import AS_OF, CONTRACTS, ROOT, cli

MODEL = str(CONTRACTS / "model-contract.yaml")


# --- 1. a folder with no contract file --------------------------------------------------------


def test_a_folder_with_no_contract_file_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    hidden = tmp_path / "hidden"
    (hidden / ".git").mkdir(parents=True)
    (hidden / ".git" / "c.yaml").write_text("id: c\ntitle: t\n")
    (hidden / ".draft.yaml").write_text("id: d\ntitle: t\n")
    (hidden / "notes.txt").write_text("not a contract\n")
    for folder in (empty, hidden):
        for command in ("check", "validate"):
            run = (
                cli(command, str(folder), "--as-of", AS_OF)
                if command == "check"
                else cli(command, str(folder))
            )
            assert run.code == 2, (command, run.out, run.err)
            assert f"{folder}: no contract file found" in run.err
    # The other paths are still checked.
    run = cli("check", str(empty), MODEL, "--as-of", AS_OF, "--format", "json")
    assert run.code == 2
    assert [c["id"] for c in json.loads(run.out)["contracts"]] == ["model-contract"]


# --- 2. two packs with one id -----------------------------------------------------------------


def _fake_builtin(tmp_path: Path, ident: str = "no-mass-surveillance") -> Path:
    folder = tmp_path / "fake"
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        f"id: {ident}\ntitle: Fake\nversion: 9.9.9\ndescription: d\ndisclaimer: d\nrules:\n"
        "  - id: r\n    title: t\n    severity: low\n    basis: guidance\n"
        "    citations: [{instrument: x, provision: y, url: 'https://example.org'}]\n"
        "    rationale: r\n    remediation: r\n    question: q\n"
        "    requires: {fact: safeguards.audit_logging, equals: true}\n"
    )
    return folder


@pytest.mark.parametrize("order", ["path-only", "builtin-first", "path-first"])
def test_a_pack_with_a_builtin_id_never_replaces_it(tmp_path: Path, order: str) -> None:
    fake = str(_fake_builtin(tmp_path))
    specs = {
        "path-only": ["--pack", fake],
        "builtin-first": ["--pack", "no-mass-surveillance", "--pack", fake],
        "path-first": ["--pack", fake, "--pack", "no-mass-surveillance"],
    }[order]
    run = cli("check", MODEL, *specs, "--as-of", AS_OF)
    assert run.code == 2, (run.out, run.err)
    assert "two packs with the id 'no-mass-surveillance'" in run.err
    assert "extend" in run.err


def test_one_pack_named_by_folder_and_by_file_is_one_pack(tmp_path: Path) -> None:
    folder = _fake_builtin(tmp_path, "mine")
    run = cli(
        "check",
        MODEL,
        "--pack",
        str(folder),
        "--pack",
        str(folder / "pack.yaml"),
        "--as-of",
        AS_OF,
        "--format",
        "json",
    )
    assert run.code == 0, run.err
    results = json.loads(run.out)["contracts"][0]["results"]
    assert [r["id"] for r in results] == ["mine/r"]


# --- 3 and 9. -o targets ------------------------------------------------------------------------


def test_output_to_a_device_is_written_not_replaced(tmp_path: Path) -> None:
    """Devices are reached through links in the test's folder (a regression would replace
    the link, never the machine's /dev/null)."""
    null = tmp_path / "null"
    null.symlink_to("/dev/null")
    for fmt in ("json", "sarif"):  # streamed, and rendered at the end
        run = cli("check", MODEL, "--as-of", AS_OF, "-o", f"{fmt}:{null}", cwd=tmp_path)
        assert run.code == 0, run.err
        assert null.is_symlink() and null.is_char_device()
    # A link to standard output (a pipe here), and -o FORMAT:-, write to standard output.
    stdout = tmp_path / "stdout"
    stdout.symlink_to("/dev/stdout")
    for target in (f"json:{stdout}", "json:-", "-"):
        run = cli("check", MODEL, "--as-of", AS_OF, "--format", "json", "-o", target, cwd=tmp_path)
        assert run.code == 0, (target, run.err)
        assert json.loads(run.out)["contracts"][0]["id"] == "model-contract"
        assert stdout.is_symlink()
    run = cli("gaps", MODEL, "--as-of", AS_OF, "-o", "-", cwd=tmp_path)
    assert run.code == 0 and "gaps" in run.out.lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null", "stdout"]  # no file '-'
    # A named pipe is written, not replaced.
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    import threading

    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = cli("check", MODEL, "--as-of", AS_OF, "-o", f"json:{fifo}", timeout=60)
    reader.join(timeout=60)
    assert run.code == 0, run.err
    assert json.loads(got[0])["contracts"][0]["id"] == "model-contract"
    assert fifo.is_fifo()


def test_output_through_a_symbolic_link_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old\n")
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    run = cli("check", MODEL, "--as-of", AS_OF, "-o", f"json:{link}")
    assert run.code == 0, run.err
    assert link.is_symlink() and os.readlink(link) == real.name
    assert json.loads(real.read_text())["contracts"][0]["id"] == "model-contract"
    run = cli("gaps", MODEL, "--as-of", AS_OF, "--format", "json", "-o", str(link))
    assert run.code == 0, run.err
    assert link.is_symlink() and json.loads(real.read_text())
    # A dangling link creates its target.
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to("made.json")
    assert cli("check", MODEL, "--as-of", AS_OF, "-o", f"json:{dangling}").code == 0
    assert dangling.is_symlink() and json.loads((tmp_path / "made.json").read_text())
    # One file named twice, once through a link, is one target.
    run = cli("check", MODEL, "--as-of", AS_OF, "-o", str(real), "-o", f"json:{link}")
    assert run.code == 2 and "already a target of another -o" in run.err
    run = cli("check", MODEL, "--as-of", AS_OF, "-o", "-", "-o", "json:-")
    assert run.code == 2 and "standard output is already a target" in run.err


@pytest.mark.parametrize("kind", ["folder", "under-a-file", "empty", "empty-after-format"])
def test_a_bad_output_target_is_refused_before_the_run(tmp_path: Path, kind: str) -> None:
    (tmp_path / "file.txt").write_text("x")
    target, message = {
        "folder": (str(tmp_path), "is a folder"),
        "under-a-file": (str(tmp_path / "file.txt" / "r.json"), "is not a folder"),
        "empty": ("", "no file name"),
        "empty-after-format": ("json:", "no file name"),
    }[kind]
    # A missing contract after the target shows the order: the target is refused first.
    run = cli("check", str(tmp_path / "missing.yaml"), "--as-of", AS_OF, "-o", target)
    assert run.code == 2, run.err
    assert message in run.err and "internal error" not in run.err
    assert "missing.yaml" not in run.err
    run = cli("gaps", MODEL, "--as-of", AS_OF, "-o", target)
    assert run.code == 2 and message in run.err


# --- 5. a worker that dies ----------------------------------------------------------------------


def _many(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    text = (CONTRACTS / "model-contract.yaml").read_text()
    for index in range(count):
        (folder / f"c{index:03}.yaml").write_text(
            text.replace("id: model-contract", f"id: c{index:03}")
        )
    return folder


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(p) for p in (task / "children").read_text().split()]
    return found


def _start(args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "compliance", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        **kwargs,  # type: ignore[call-overload]
    )


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
def test_a_killed_worker_stops_the_run_with_exit_3(tmp_path: Path) -> None:
    """SIGKILL on one worker (the out-of-memory killer): exit 3, no report. Enough files
    that the workers are still checking when it comes (with 300, a fast machine had them
    done and waiting, and the run once read the pool's ending of the other worker as a
    signal to stop: exit 143); which file it was on is held by the table test below."""
    folder = _many(tmp_path, 1500)
    out = tmp_path / "report.json"
    args = ["check", str(folder), "--as-of", AS_OF, "--jobs", "2", "-o", f"json:{out}"]
    proc = _start(args)
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
        time.sleep(0.05)
        workers = _children(proc.pid)
    assert len(workers) == 2, "the workers did not start"
    time.sleep(0.3)
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=120)  # the guard against a hang
    assert proc.returncode == 3, err
    text = err.decode()
    assert "Traceback" not in text
    assert "a worker process died" in text
    if "while checking" in text:  # between two files it names none
        assert str(folder) in text
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("states", "expected"),
    [
        ([2, 0], "died while checking b.yaml"),  # killed on its file; the other idle
        ([2, -15], "died while checking b.yaml"),  # the pool then ended the other
        ([1, 3], "died while checking a.yaml, c.yaml"),
        ([0, -15], "a worker process died (killed"),  # killed between files
        ([0, 0], "a worker process died (killed"),
        ([-15, -15], 15),  # a signal to the whole group: every worker marked it
        ([-1, -1], 1),
    ],
)
def test_why_the_pool_broke(states: list[int], expected: str | int) -> None:
    """The parent reads the workers' slots (pid, file number or minus a signal) when the
    pool breaks: a death names the files a worker was on; only a signal every worker
    received stops the run as that signal would."""
    from compliance.core.errors import Terminated
    from compliance.run.batch import WorkerDied, _died

    board: list[int] = []
    for number, state in enumerate(states):
        board += [1000 + number, state]
    files = [(name, None) for name in ("a.yaml", "b.yaml", "c.yaml")]
    why = _died(board, files)  # type: ignore[arg-type]
    if isinstance(expected, int):
        assert isinstance(why, Terminated) and why.signum == expected
    else:
        assert isinstance(why, WorkerDied) and expected in str(why)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal: Linux")
def test_workers_do_not_outlive_a_killed_run(tmp_path: Path) -> None:
    """SIGKILL on the run itself (the out-of-memory killer) leaves no worker waiting for
    work forever."""
    folder = _many(tmp_path, 1500)  # still running when the workers are looked for
    out = tmp_path / "report.json"
    proc = _start(["check", str(folder), "--as-of", AS_OF, "--jobs", "2", "-o", f"json:{out}"])
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
        time.sleep(0.05)
        workers = _children(proc.pid)
    assert len(workers) == 2, "the workers did not start"
    proc.kill()
    proc.communicate(timeout=60)
    deadline = time.monotonic() + 30
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [pid for pid in workers if _running(pid)]
    assert alive == [], f"workers {alive} outlived the killed run"


def _running(pid: int) -> bool:
    """Whether the process exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


# --- 10. signals ----------------------------------------------------------------------------------


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
@pytest.mark.parametrize("group", [False, True])
def test_a_signal_leaves_no_temporary_file(tmp_path: Path, signum: int, group: bool) -> None:
    folder = _many(tmp_path, 1500)  # still running when the signal comes, on a fast machine
    outdir = tmp_path / "out"
    outdir.mkdir()
    args = ["check", str(folder), "--as-of", AS_OF, "--jobs", "2"]
    args += ["-o", f"json:{outdir / 'r.json'}", "-o", f"sarif:{outdir / 'r.sarif'}"]
    proc = _start(args, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if len(_children(proc.pid)) == 2 and list(outdir.iterdir()):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before the signal"
    time.sleep(0.3)
    if group:
        os.killpg(proc.pid, signum)
    else:
        os.kill(proc.pid, signum)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 128 + signum, err
    assert "Traceback" not in err.decode()
    assert list(outdir.iterdir()) == []


# --- 11. standard output closed early -----------------------------------------------------------


@pytest.mark.parametrize("target", [None, "json:STDOUT"])
def test_closed_standard_output_keeps_the_real_exit_code(
    tmp_path: Path, target: str | None
) -> None:
    folder = _many(tmp_path, 40)
    if target:  # through a link of the test's own, never /dev/stdout itself
        (tmp_path / "stdout").symlink_to("/dev/stdout")
        target = target.replace("STDOUT", str(tmp_path / "stdout"))
    (folder / "zz-bad.yaml").write_text("id: [\n")
    for fail_on, code in (("never", 2), ("fail", 2)):
        args = ["check", str(folder), "--as-of", AS_OF, "--fail-on", fail_on, "--jobs", "1"]
        if target:
            args += ["-o", target]
        proc = _start(args)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()  # the reader goes away, as `| head -c 10` does
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=120) == code, err
        assert "zz-bad.yaml" in err  # errors still reach standard error
        assert "Traceback" not in err and "broken pipe" not in err.lower()
    (folder / "zz-bad.yaml").unlink()
    (folder / "zz-breach.yaml").write_text((CONTRACTS / "red-lines-breach.yaml").read_text())
    for fail_on, code in (("never", 0), ("fail", 1)):
        proc = _start(["check", str(folder), "--as-of", AS_OF, "--fail-on", fail_on])
        assert proc.stdout is not None
        proc.stdout.read(10)
        proc.stdout.close()
        assert proc.wait(timeout=120) == code


# --- 7. one sanitiser for every text that reaches a terminal, a log or an annotation -------


def test_bidi_controls_never_reach_annotations_or_standard_error(tmp_path: Path) -> None:
    hostile = tmp_path / "bidi.yaml"
    hostile.write_text(
        'id: bidi\ntitle: t\nclauses:\n  - id: "7\u202e1"\n    text: "x"\n'
        "    facts: {safeguards: {audit_logging: false}}\n"
    )
    run = cli("check", str(hostile), "--as-of", AS_OF, "--format", "github", "--fail-on", "never")
    assert run.code == 0, run.err
    assert "(clause 7\\u202e1)" in run.out
    assert "\u202e" not in run.out and "\u2028" not in run.out
    assert "\\u202e" in run.out
    # A file name with an escape, bad input: the stderr line and the annotation are clean.
    bad = tmp_path / "evil\x1b[2J\u202e.yaml"
    bad.write_text("id: [\n")
    run = cli("check", str(bad), "--as-of", AS_OF, "--format", "github")
    assert run.code == 2
    for text in (run.out, run.err):
        assert "\x1b" not in text and "\u202e" not in text, text
    assert "evil\\x1b[2J\\u202e.yaml" in run.err
    # Waiver fields in the run's warnings.
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(
        "waivers:\n"
        "  - rule: data-residency/personnel-location\n"
        "    contract: model-contract\n"
        "    justification: j\n"
        '    owner: "owner \u202e\u2066 evil"\n'
        "    approved_by: ciso@example.org\n"
        "    expires: 2026-01-31\n"
        "    statuses: [unknown]\n"
    )
    run = cli("check", MODEL, "--as-of", AS_OF, "--waivers", str(waivers), "--fail-on", "never")
    assert run.code == 0, run.err
    assert "expired" in run.err
    assert "\u202e" not in run.err and "\u2066" not in run.err and "\\u202e" in run.err


# --- 4. long lists: the report repeats a list once, and --max-items -----------------------------


def _long_list(path: Path, count: int) -> Path:
    items = "".join("        - translation\n" for _ in range(count))
    path.write_text(
        "id: long\ntitle: long\nclauses:\n  - id: '1'\n    text: t\n    facts:\n"
        f"      use_cases:\n{items}  - id: '2'\n    text: t\n"
    )
    return path


def test_a_long_list_is_in_the_report_once_with_a_count(tmp_path: Path) -> None:
    contract = _long_list(tmp_path / "long.yaml", 600)
    run = cli("check", str(contract), "--as-of", AS_OF, "--format", "json", timeout=300)
    assert run.code in (0, 1), run.err
    assert len(run.out) < 1_000_000  # was 11 MB: every verdict repeated all 600 elements
    from compliance.report.reporters.json import expanded

    data = json.loads(run.out)
    results = expanded(data["contracts"][0], data["header"]["rules"])
    capped = [r for r in results if any(e.get("more") for e in r["evidence"])]
    assert capped
    for result in capped:
        kept = [e for e in result["evidence"] if e["path"].startswith("use_cases[")]
        assert len(kept) == 5
        assert sum(e.get("more", 0) for e in kept) == 595
        assert [e["line"] for e in kept] == [8, 9, 10, 11, 12]  # the first in the file
    run = cli("check", str(contract), "--as-of", AS_OF, "--show", "all", timeout=300)
    assert "; and 595 more of this list)" in run.out


LIMITS = {
    "--max-items": ("100", "a list of 600 items, over the limit of 100"),
    "--max-clauses": ("1", "2 clauses and sources, over the limit of 1"),
    "--max-file-size": ("1K", "over the limit of 1024"),
    "--max-depth": ("3", "nesting deeper than 3"),
}


@pytest.mark.parametrize("command", ["check", "validate", "gaps"])
@pytest.mark.parametrize("option", sorted(LIMITS))
def test_every_command_applies_the_input_limits(tmp_path: Path, command: str, option: str) -> None:
    contract = _long_list(tmp_path / "long.yaml", 600)
    value, message = LIMITS[option]
    args = [command, str(contract), option, value]
    if command != "validate":
        args += ["--as-of", AS_OF]
    run = cli(*args, timeout=300)
    assert run.code == 2, (option, run.out, run.err)
    assert message in run.err and "Traceback" not in run.err


def test_aliases_limit_applies_to_check(tmp_path: Path) -> None:
    contract = tmp_path / "aliases.yaml"
    contract.write_text(
        "id: a\ntitle: t\nclauses:\n  - &c {id: '1', text: t}\n"
        + "".join(f"  - {{id: '{i}', text: *t{i}}}\n".replace(f"*t{i}", "t") for i in range(2, 4))
        + "x: [*c, *c, *c]\n"
    )
    run = cli("check", str(contract), "--as-of", AS_OF, "--max-aliases", "2")
    assert run.code == 2 and "more than 2 alias expansions" in run.err, run.err


def test_max_depth_has_a_ceiling_below_the_stack() -> None:
    run = cli("check", MODEL, "--as-of", AS_OF, "--max-depth", "2000")
    assert run.code == 2 and "--max-depth" in run.err and "Traceback" not in run.err


def test_a_long_json_list_is_refused_with_its_position(tmp_path: Path) -> None:
    contract = tmp_path / "long.json"
    contract.write_text(json.dumps({"id": "l", "title": "t", "use_cases": ["translation"] * 50}))
    run = cli("check", str(contract), "--as-of", AS_OF, "--max-items", "10")
    assert run.code == 2
    assert f"{contract}:1:" in run.err and "more than 10 items" in run.err


# --- 12. configuration files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ('tool = "compliance"\n', "tool must be a table of options", 1),
        ('[project]\nname = "x"\n[tool]\ncompliance = 5\n', "tool.compliance must be a table", 3),
        ("[tool.compliance]\nparameters = 5\n", "parameters: expected a mapping", 2),
        ('[tool.compliance]\njobs = "x"\n', "jobs: expected a whole number", 2),
        ("[tool.compliance\n", "TOML syntax error", 1),
    ],
)
def test_a_malformed_configuration_is_exit_2_with_its_position(
    tmp_path: Path, text: str, message: str, line: int
) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text(text)
    run = cli("check", MODEL, "--as-of", AS_OF, "--config", str(config))
    assert run.code == 2, run.err
    assert "internal error" not in run.err
    assert run.err.startswith(f"{config}:{line}:") or run.err.startswith(f"{config}:{line} ")
    assert message in run.err


def test_a_bad_parameter_in_the_configuration_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text(
        "[tool.compliance]\nparameters = {data-residency = {residency_required = 'maybe'}}\n"
    )
    run = cli("check", MODEL, "--as-of", AS_OF, "--config", str(config))
    assert run.code == 2
    assert run.err.startswith(f"{config}:2: parameters data-residency.residency_required")
    assert "--set" not in run.err


# --- 13. only http(s) URLs become links ---------------------------------------------------------


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "http://a b"])
def test_only_web_urls_become_links(tmp_path: Path, url: str) -> None:
    contract = tmp_path / "links.yaml"
    contract.write_text(
        "id: links\ntitle: t\nsources:\n  - id: s1\n    kind: annex\n    title: Report\n"
        f"    url: {json.dumps(url)}\n    facts: {{safeguards: {{audit_logging: false}}}}\n"
    )
    html = cli("check", str(contract), "--as-of", AS_OF, "--format", "html", "--fail-on", "never")
    assert html.code == 0, html.err
    assert 'href="javascript' not in html.out and 'href="data' not in html.out
    assert 'href="http://a b' not in html.out
    assert '<a href="https://' in html.out  # the packs' citations stay links
    markdown = cli(
        "check", str(contract), "--as-of", AS_OF, "--format", "markdown", "--fail-on", "never"
    )
    assert markdown.code == 0, markdown.err
    assert f"<{url}>" not in markdown.out and f"(<{url}>)" not in markdown.out
    assert "source: " in markdown.out
    assert "](<https://" in markdown.out


# --- the low ones -----------------------------------------------------------------------------


def test_a_bad_pattern_is_one_line_without_re2_log_lines(tmp_path: Path) -> None:
    pack = tmp_path / "rp"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "id: rp\ntitle: T\nversion: 1.0.0\ndescription: d\ndisclaimer: d\nrules:\n"
        "  - id: r\n    title: t\n    severity: low\n    basis: guidance\n"
        "    citations: [{instrument: x, provision: y, url: 'https://example.org'}]\n"
        "    rationale: r\n    remediation: r\n    question: q\n"
        "    requires: {fact: system.name, matches: '(a'}\n"
    )
    run = cli("check", MODEL, "--pack", str(pack), "--as-of", AS_OF)
    assert run.code == 2
    assert run.err.splitlines() == [
        f"{pack / 'pack.yaml'}:15:44: invalid RE2 pattern '(a': missing ): (a"
    ]


def test_huge_numbers_on_the_command_line_are_bad_input() -> None:
    digits = "9" * 5000
    for option in (f"data.storage[{digits}].country=DE", f"data.retention_months={digits}"):
        run = cli("check", MODEL, "--as-of", AS_OF, "--assume", option)
        assert run.code == 2, run.err
        assert "internal error" not in run.err and run.err.startswith("--assume")
    run = cli(
        "check", MODEL, "--as-of", AS_OF, "--set", f"data-residency.max_classification={digits}"
    )
    assert run.code == 2 and "internal error" not in run.err


def _baseline(tmp_path: Path, change: str) -> Path:
    run = cli("check", MODEL, "--as-of", AS_OF, "--format", "json")
    report = json.loads(run.out)
    if change == "true":
        report["schema_version"] = True
    else:
        results = report["contracts"][0]["results"]
        results.append(dict(results[0], status="pass"))
    path = tmp_path / f"baseline-{change}.json"
    path.write_text(json.dumps(report, indent=1))
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("true", "expected schema_version 1, 2 or 3, got True"),
        ("duplicate", "is in the baseline twice"),
    ],
)
def test_a_baseline_is_read_strictly(tmp_path: Path, change: str, message: str) -> None:
    baseline = _baseline(tmp_path, change)
    run = cli("check", MODEL, "--as-of", AS_OF, "--baseline", str(baseline))
    assert run.code == 2, run.err
    assert run.err.startswith(f"{baseline}:") and message in run.err


def test_standard_input_has_one_name() -> None:
    text = (CONTRACTS / "model-contract.yaml").read_text()
    run = cli("check", "-", "--as-of", AS_OF, "--format", "json", stdin=text)
    assert run.code == 0, run.err
    assert json.loads(run.out)["contracts"][0]["path"] == "<stdin>"
    run = cli("check", "-", "--as-of", AS_OF, stdin=text)
    assert "\n<stdin>: model-contract" in run.out
    run = cli("check", "-", "--as-of", AS_OF, "--format", "json", stdin="id: [\n")
    assert run.code == 2 and run.err.startswith("<stdin>:")
    assert json.loads(run.out)["errors"][0]["path"] == "<stdin>"
