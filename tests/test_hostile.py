"""Hostile input through the real command line: no traceback, no hang, no silent pass.

Every file of the corpus in tests/hostile/ gives its expected outcome: bad input is exit 2
and one line naming the file (and line and column where they exist). Subprocesses run with
a generous timeout as the guard against hangs; nothing here asserts on timing.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, CONTRACTS, ROOT, cli

HOSTILE = ROOT / "tests" / "hostile"
LINE = re.compile(r"^(?P<file>[^\n]+?):(?:(?P<line>\d+):(?P<col>\d+):)? (?P<msg>.+)$")

# file -> (exit code, message fragment, line, column); line None: file-level error.
EXPECTED: dict[str, tuple[int, str, int | None, int | None]] = {
    "malformed.yaml": (2, "YAML syntax error", 4, 1),
    "malformed-indent.yaml": (2, "YAML syntax error", 5, 4),
    "malformed.json": (2, "JSON syntax error", 2, 13),
    "trailing-comma.json": (2, "trailing comma", 1, 32),
    "duplicate-top.yaml": (2, "duplicate key 'status'", 4, 1),
    "duplicate-deep.yaml": (2, "duplicate key 'at_rest'", 6, 5),
    "duplicate-in-list.yaml": (2, "duplicate key 'kind'", 6, 5),
    "duplicate-title.json": (2, "duplicate key 'title'", 1, 33),
    # Two items of one list with the same id: the second would be merged into, or read
    # for, the first. An alias repeats its anchor's node, so its anchor's place is named.
    "duplicate-party-id.yaml": (2, "parties: duplicate id 'vendor' (first at line 4)", 5, 10),
    "duplicate-id-alias.yaml": (2, "parties: duplicate id 'vendor' (first at line 4)", 4, 18),
    "billion-laughs.yaml": (2, "alias expansions", 4, 5),
    "alias-chain.yaml": (2, "alias expansions", 3, 5),
    "deep-flow.yaml": (2, "nesting deeper than 64", 3, 71),
    "deep-block.yaml": (2, "nesting deeper than 64", 68, 131),
    "deep.json": (2, "nesting deeper than 64", 1, 104),
    "invalid-utf8.yaml": (2, "invalid UTF-8", 3, 12),
    "utf16.yaml": (2, "UTF-16", 1, 1),
    "nul-bytes.yaml": (2, "NUL bytes", 3, 12),
    "binary.yaml": (2, "NUL bytes", 3, 1),
    "python-tag.yaml": (2, "unsupported YAML tag '!!python/object/apply", 3, 9),
    "custom-tag.yaml": (2, "unsupported YAML tag '!include'", 3, 9),
    "set-tag.yaml": (2, "unsupported YAML tag '!!set'", 3, 12),
    "bool-key.yaml": (2, "must be a string", 3, 1),
    "complex-key.yaml": (2, "plain string", 3, 3),
    "null-key.yaml": (2, "must be a string", 3, 1),
    "merge-key.yaml": (2, "unknown field 'base'", 1, 1),
    "top-list.yaml": (2, "not a list", 1, 1),
    "top-scalar.yaml": (2, "not a single value", 1, 1),
    "top-list.json": (2, "not a list", 1, 1),
    "empty.yaml": (2, "empty", 1, 1),
    "comments-only.yaml": (2, "empty", 1, 1),
    "whitespace-only.json": (2, "empty", 3, 1),
    "two-documents.yaml": (2, "several YAML documents", 4, 1),
    "wrong-type-bool.yaml": (2, "expected true or false, got 'yes'", 3, 14),
    "wrong-type-int.yaml": (2, "expected a whole number, got 'twelve'", 3, 36),
    "wrong-type-list.yaml": (2, "expected a list", 3, 12),
    "wrong-type-object.yaml": (2, "expected a mapping of fields", 3, 7),
    "wrong-type-json.json": (2, "expected true or false, got 'true'", 1, 48),
    "wrong-type-id.json": (2, "expected text, got 42", 1, 8),
    "null-value.yaml": (2, "status is empty (null)", 3, 1),
    "not-a-date.yaml": (2, "expected a date written YYYY-MM-DD, got 'last tuesday'", 3, 12),
    "impossible-date.yaml": (2, "got '2026-02-30'", 3, 15),
    "timestamp-not-date.yaml": (2, "expected a date", 3, 12),
    "unknown-enum.yaml": (2, "did you mean 'signed'?", 3, 9),
    "unknown-country.yaml": (2, "did you mean 'DE'?", 3, 26),
    "unknown-field.yaml": (2, "did you mean 'country'?", 3, 19),
    "contradiction.yaml": (2, "contradictory facts: status", 7, 21),
    "dangling-prevails.yaml": (2, "not a clause or source id", 5, 20),
    "missing-id.yaml": (2, "missing required field 'id'", 1, 1),
    "bom.yaml": (0, "", None, None),
    "control-chars.yaml": (2, "control character U+001B in a string", 5, 11),
    "lone-surrogate.json": (2, "lone surrogate U+DFFF", 1, 30),
    "huge-integer.json": (2, "a number of 5000 characters (at most 100)", 1, 54),
    "nul-escape.json": (2, "control character U+0000", 1, 24),
    "str-tag-true.yaml": (2, "expected true or false, got 'true'", 3, 29),
    "bang-tag-true.yaml": (2, "expected true or false, got 'true'", 3, 29),
    "line-separators.yaml": (2, "expected true or false, got 'yes'", 3, 29),
    "bidi-controls.yaml": (0, "", None, None),
    "arabic-indic-digits.yaml": (2, "expected a whole number, got", 3, 26),
    "negative-months.yaml": (2, "expected a whole number, 0 or more", 3, 26),
    "term-backwards.yaml": (2, "term.end 2026-01-01 is before term.start 2026-05-01", 3, 32),
    "unspecified-in-text.yaml": (0, "", None, None),
}


def test_corpus_is_fully_described() -> None:
    assert sorted(p.name for p in HOSTILE.iterdir()) == sorted(EXPECTED)


def assert_one_line(err: str, file: str, message: str, line: int | None, col: int | None) -> None:
    assert "Traceback" not in err
    first = err.splitlines()[0]
    match = LINE.match(first)
    assert match, err
    assert match["file"] == file
    if line is not None:
        assert (int(match["line"]), int(match["col"])) == (line, col), first
    assert message in match["msg"], first


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file(name: str) -> None:
    code, message, line, col = EXPECTED[name]
    path = str(HOSTILE / name)
    run = cli("check", path, "--as-of", AS_OF, "--fail-on", "never", timeout=60)
    assert run.code == code, (run.out, run.err)
    if code == 2:
        assert_one_line(run.err, path, message, line, col)
        assert len([ln for ln in run.err.splitlines() if ln.startswith(path)]) == 1
    else:
        assert run.err == ""


def test_the_whole_corpus_in_one_batch() -> None:
    run = cli("check", str(HOSTILE), "--as-of", AS_OF, "--format", "json", timeout=120)
    assert run.code == 2
    assert "Traceback" not in run.err
    report = json.loads(run.out)
    bad = {Path(e["path"]).name for e in report["errors"]}
    assert bad == {name for name, (code, *_) in EXPECTED.items() if code == 2}
    checked = {Path(c["path"]).name for c in report["contracts"]}
    assert checked == {name for name, (code, *_) in EXPECTED.items() if code != 2}


@pytest.mark.parametrize("by", ["rule", "clause"])
def test_control_characters_are_neutralised_in_the_text_report(by: str) -> None:
    """Control characters are refused at load; bidirectional controls and line separators
    (valid text) are shown as escapes, in the evidence's clause ids too."""
    run = cli("check", str(HOSTILE / "bidi-controls.yaml"), "--as-of", AS_OF, "--by", by)
    assert run.code == 0, run.err
    assert "\u202e" not in run.out and "\u2028" not in run.out
    assert "\\u202e" in run.out


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.write(b"id: huge\ntitle: huge\nclauses:\n")
        chunk = b"  - {id: '1', text: " + b"x" * 1000 + b"}\n"
        for _ in range(100 * 1024):
            handle.write(chunk)
    assert path.stat().st_size > 100_000_000
    run = cli("validate", str(path), timeout=60)
    assert run.code == 2
    assert_one_line(run.err, str(path), "over the limit of 10485760", None, None)
    small = tmp_path / "many-clauses.yaml"
    small.write_text(
        "id: c\ntitle: t\nclauses:\n" + "".join(f"  - {{id: '{i}'}}\n" for i in range(20))
    )
    assert cli("validate", str(small)).code == 0
    run = cli("validate", str(small), "--max-clauses", "10")
    assert run.code == 2
    assert_one_line(run.err, str(small), "20 clauses and sources, over the limit of 10", 4, 3)


def test_unreadable_paths(tmp_path: Path) -> None:
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "ok.yaml").write_text("id: ok\ntitle: fine\n")
    (folder / "dir.yaml").mkdir()
    (folder / "dangling.yaml").symlink_to(tmp_path / "nowhere.yaml")
    (folder / "loop").symlink_to(folder)
    run = cli("check", str(folder), "--as-of", AS_OF, "--format", "json", timeout=60)
    assert run.code == 2, run.err
    assert "Traceback" not in run.err
    errors = {Path(e["path"]).name: e["error"] for e in json.loads(run.out)["errors"]}
    assert "directory" in errors["dir.yaml"]
    assert "dangling symbolic link" in errors["dangling.yaml"]
    assert "symbolic-link loop" in errors["loop"]
    assert [c["id"] for c in json.loads(run.out)["contracts"]] == ["ok"]
    run = cli("check", str(tmp_path / "missing.yaml"), "--as-of", AS_OF)
    assert run.code == 2 and run.err.startswith(f"{tmp_path / 'missing.yaml'}: no such file")
    run = cli("check", str(folder / "dir.yaml"), "--as-of", AS_OF)
    assert run.code == 2 and "is a directory" in run.err


WRONG: dict[str, Any] = {
    "bool": "maybe",
    "int": "lots",
    "number": "many",
    "date": "soon",
    "string": {"a": "b"},
    "jurisdiction": "Atlantis",
    "vocab": "zzz-not-a-value",
    "list": "one thing",
    "object": "a thing",
}


def test_wrong_types_everywhere_the_model_has_a_type(tmp_path: Path) -> None:
    from compliance.facts import table as factschema

    written = {}
    for path, kind in factschema.table().items():
        if "[*]" in path or path == "extensions" or kind.kind not in WRONG:
            continue
        data: dict[str, Any] = {"id": "wrong", "title": "wrong"}
        target = data
        parts = path.split(".")
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = WRONG[kind.kind]
        name = path.replace(".", "-") + ".json"
        (tmp_path / name).write_text(json.dumps(data))
        written[name] = path
    assert len(written) > 200
    run = cli("validate", str(tmp_path), timeout=300)
    assert run.code == 2
    assert "Traceback" not in run.err
    lines = run.err.splitlines()
    assert len(lines) == len(written)
    for line in lines:
        match = LINE.match(line)
        assert match and match["line"], line
        assert written[Path(match["file"]).name] in match["msg"], line


def test_catastrophic_pattern_runs_in_linear_time(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "id: redos\ntitle: ReDoS\nversion: 1.0.0\ndescription: d\ndisclaimer: d\nrules:\n"
        "  - id: evil\n    title: evil\n    severity: low\n    basis: guidance\n"
        "    citations: [{instrument: x, provision: y, url: 'https://example.org'}]\n"
        "    rationale: r\n    remediation: r\n    question: q\n"
        "    requires: {fact: system.name, matches: '^(a+)+$'}\n"
    )
    contract = tmp_path / "c.yaml"
    contract.write_text(f"id: c\ntitle: t\nsystem: {{name: {'a' * 100_000}b}}\n")
    run = cli(
        "check",
        str(contract),
        "--pack",
        str(pack),
        "--as-of",
        AS_OF,
        "--format",
        "json",
        timeout=60,
    )
    assert run.code == 1, run.err
    assert json.loads(run.out)["contracts"][0]["results"][0]["status"] == "fail"


def test_every_pattern_goes_through_re2() -> None:
    import re2

    from compliance.engine import conditions as engine
    from compliance.engine.build import instantiate
    from compliance.packs.compiler import compile_packs

    def walk(node: engine.Node) -> list[engine.LeafNode]:
        found = [node] if isinstance(node, engine.LeafNode) else []
        for child in node.children():
            found.extend(walk(child))
        return found

    leaves = []
    for pack in instantiate(compile_packs(None)):
        for rule in pack.rules:
            for root in filter(None, (rule.applies, rule.requires)):
                leaves.extend(walk(root))
    assert leaves
    for leaf in leaves:
        if leaf.operator == "matches":
            assert isinstance(leaf.pattern, re2._Regexp)
        else:
            assert leaf.pattern is None
    # The modules that evaluate conditions do not import Python's backtracking `re`.
    for name in (
        "access",
        "conditions",
        "connectives",
        "context",
        "outcome",
        "predicates",
        "truth",
    ):
        source = (ROOT / "compliance" / "engine" / f"{name}.py").read_text()
        assert "import re\n" not in source and "from re " not in source, name


def test_killing_a_run_never_leaves_a_partial_report(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    text = (CONTRACTS / "model-contract.yaml").read_text()
    for index in range(60):
        (folder / f"c{index:03}.yaml").write_text(
            text.replace("id: model-contract", f"id: c{index:03}")
        )
    out = tmp_path / "report.json"
    env = {**os.environ}
    for delay in (0.3, 0.8, 1.5, 2.5, 4.0):
        if out.exists():
            out.unlink()
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "compliance",
                "check",
                str(folder),
                "--format",
                "json",
                "-o",
                str(out),
                "--as-of",
                AS_OF,
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        if out.exists():
            json.loads(out.read_text())  # complete, or not there at all
    # A run left alone writes the whole report.
    run = cli(
        "check", str(folder), "--format", "json", "-o", str(out), "--as-of", AS_OF, timeout=300
    )
    assert run.code == 0, run.err
    assert len(json.loads(out.read_text())["contracts"]) == 60


def test_a_run_that_evaluates_no_rule_is_an_error(tmp_path: Path) -> None:
    pack = tmp_path / "empty"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "id: empty\ntitle: Empty\nversion: 1.0.0\ndescription: d\ndisclaimer: d\n"
    )
    run = cli(
        "check",
        str(CONTRACTS / "model-contract.yaml"),
        "--pack",
        str(pack),
        "--fail-on",
        "never",
        "--as-of",
        AS_OF,
    )
    assert run.code == 2
    assert "no rule to evaluate" in run.err


def _pack(folder: Path, ident: str, extends: str | None = None) -> Path:
    folder.mkdir(parents=True)
    text = f"id: {ident}\ntitle: T\nversion: 1.0.0\ndescription: d\ndisclaimer: d\n"
    if extends:
        text += f"extends: {extends}\n"
    else:
        text += (
            "rules:\n  - id: r\n    title: t\n    severity: low\n    basis: guidance\n"
            "    citations: [{instrument: x, provision: y, url: 'https://example.org'}]\n"
            "    rationale: r\n    remediation: r\n    question: q\n"
            "    requires: {fact: safeguards.audit_logging, equals: true}\n"
        )
    (folder / "pack.yaml").write_text(text)
    return folder


def test_extends_by_path_stays_inside_the_packs_given(tmp_path: Path) -> None:
    base = _pack(tmp_path / "shared" / "base", "base")
    child = _pack(tmp_path / "team" / "child", "child", extends="../../shared/base")
    contract = str(CONTRACTS / "model-contract.yaml")
    run = cli("check", contract, "--pack", str(child), "--as-of", AS_OF)
    assert run.code == 2
    assert "points outside this pack's folder" in run.err and "--pack" in run.err
    assert run.err.startswith(str(child / "pack.yaml") + ":")
    # Naming the base on the command line allows it.
    run = cli(
        "check",
        contract,
        "--pack",
        str(child),
        "--pack",
        str(base),
        "--as-of",
        AS_OF,
        "--format",
        "json",
    )
    assert run.code == 0, run.err
    ids = {r["id"] for r in json.loads(run.out)["contracts"][0]["results"]}
    assert "child/r" in ids
    # A base inside the pack's own folder needs nothing more.
    inner = _pack(tmp_path / "own" / "outer", "outer", extends="./inner")
    _pack(inner / "inner", "inner")
    run = cli("check", contract, "--pack", str(inner), "--as-of", AS_OF)
    assert run.code == 0, run.err


def test_cyclic_and_deep_extends_are_errors(tmp_path: Path) -> None:
    root = tmp_path / "packs"
    _pack(root / "a", "a", extends="./b")
    (root / "a" / "b").mkdir()
    (root / "a" / "b" / "pack.yaml").write_text(
        "id: b\ntitle: T\nversion: 1.0.0\ndescription: d\ndisclaimer: d\nextends: ../\n"
    )
    run = cli(
        "check", str(CONTRACTS / "model-contract.yaml"), "--pack", str(root / "a"), "--as-of", AS_OF
    )
    assert run.code == 2 and "cycle" in run.err
    folder = tmp_path / "deep"
    _pack(folder / "p0", "p0")
    for index in range(1, 12):
        _pack(folder / f"p{index}", f"p{index}", extends=f"../p{index - 1}")
    run = cli(
        "check",
        str(CONTRACTS / "model-contract.yaml"),
        "--pack",
        str(folder / "p11"),
        "--pack",
        str(folder),
        "--as-of",
        AS_OF,
    )
    assert run.code == 2 and "deeper than 8" in run.err


def test_absurdly_deep_condition_is_an_error(tmp_path: Path) -> None:
    condition: dict[str, Any] = {"fact": "safeguards.audit_logging", "equals": True}
    for _ in range(40):
        condition = {"not": condition}
    folder = tmp_path / "deep-condition"
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        "id: deep\ntitle: T\nversion: 1.0.0\ndescription: d\ndisclaimer: d\nrules:\n"
        "  - id: r\n    title: t\n    severity: low\n    basis: guidance\n"
        "    citations: [{instrument: x, provision: y, url: 'https://example.org'}]\n"
        "    rationale: r\n    remediation: r\n    question: q\n"
        f"    requires: {json.dumps(condition)}\n"
    )
    run = cli(
        "check", str(CONTRACTS / "model-contract.yaml"), "--pack", str(folder), "--as-of", AS_OF
    )
    assert run.code == 2 and "nested deeper than 32 levels" in run.err
    assert "Traceback" not in run.err


def test_an_internal_error_is_a_short_message_and_exit_3(tmp_path: Path) -> None:
    """A bug (here: a library function made to raise) never shows as a bare traceback."""
    script = (
        "import compliance.run.batch as b\n"
        "def boom(*args, **kwargs):\n"
        "    raise ZeroDivisionError('simulated bug')\n"
        "b.check_file = boom\n"
        "from compliance.cli import main\n"
        f"main(['check', {str(CONTRACTS / 'model-contract.yaml')!r}, '--as-of', '{AS_OF}'])\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert proc.returncode == 3
    assert "Traceback" not in proc.stderr
    assert "internal error: ZeroDivisionError: simulated bug" in proc.stderr
    assert "please report it at https://" in proc.stderr
    assert "COMPLIANCE_DEBUG=1" in proc.stderr


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_bidi_controls_do_not_reorder_the_reports_counsel_reads(fmt: str) -> None:
    """A contract's text may hold bidirectional embeddings, overrides and isolates (valid
    text, "Trojan Source"): in the Markdown and HTML reports they are shown as escapes,
    never passed on to reorder what the reader sees."""
    path = str(HOSTILE / "bidi-controls.yaml")
    run = cli("check", path, "--as-of", AS_OF, "--format", fmt, "--fail-on", "never")
    assert run.code == 0, run.err
    for control in ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069"):
        assert control not in run.out
    assert "u202e" in run.out


def test_bidi_controls_do_not_reorder_the_word_report(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    source = tmp_path / "c.yaml"
    source.write_text(
        (CONTRACTS / "model-contract.yaml")
        .read_text(encoding="utf-8")
        .replace("title: ", 'title: "Ban \u202eON\u202c" # ', 1),
        encoding="utf-8",
    )
    out = tmp_path / "gaps.docx"
    run = cli("gaps", str(source), "--as-of", AS_OF, "--format", "docx", "-o", str(out))
    assert run.code in (0, 1), run.err
    text = " ".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "\u202e" not in text and "Ban \\u202eON\\u202c" in text
