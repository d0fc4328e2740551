"""Contract descriptions through the real command line: examples, validation errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import AS_OF, CONTRACTS, cli

EXAMPLES = sorted(CONTRACTS.glob("*.yaml"))
ONE_LINE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<msg>[^\n]+)\n$")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_every_example_validates_and_checks(example: Path) -> None:
    run = cli("validate", str(example))
    assert run.code == 0, run.err
    assert run.out.strip().endswith("valid")
    run = cli("check", str(example), "--format", "json", "--as-of", AS_OF, "--fail-on", "never")
    assert run.code == 0, run.err
    report = json.loads(run.out)
    assert report["header"]["as_of"] == AS_OF
    (contract,) = report["contracts"]
    assert contract["results"], "no rule evaluated"
    assert all(r["status"] != "error" for r in contract["results"])


def test_validate_accepts_every_example_at_once() -> None:
    run = cli("validate", *(str(p) for p in EXAMPLES))
    assert run.code == 0, run.err
    assert run.out.count("valid") == len(EXAMPLES)


def test_minimal_contract_is_valid(tmp_path: Path) -> None:
    path = write(tmp_path, "min.yaml", "id: minimal\ntitle: Only an id and a title\n")
    assert cli("validate", str(path)).code == 0


BAD = {
    "malformed-yaml": ("c.yaml", "id: a\ntitle: [unclosed\n", 3, 1, "YAML syntax error"),
    "malformed-json": ("c.json", '{"id": "a",\n "title": }', 2, 11, "JSON syntax error"),
    "duplicate-key": (
        "c.yaml",
        "id: a\ntitle: b\nstatus: signed\nstatus: signed\n",
        4,
        1,
        "duplicate key 'status'",
    ),
    "wrong-type": ("c.yaml", "id: a\ntitle: b\ntext_public: NO\n", 3, 14, "expected true or false"),
    "unknown-field": ("c.yaml", "id: a\ntitle: b\nstaus: signed\n", 3, 1, "did you mean 'status'?"),
    "contradiction": (
        "c.yaml",
        "id: a\ntitle: b\nclauses:\n  - id: '1'\n    facts: {status: signed}\n"
        "  - id: '2'\n    facts: {status: terminated}\n",
        7,
        21,
        "contradictory facts: status",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_gives_one_positioned_line_and_exit_2(tmp_path: Path, case: str) -> None:
    name, text, line, col, message = BAD[case]
    path = write(tmp_path, name, text)
    for command in ("validate", "check"):
        run = (
            cli(command, str(path), "--as-of", AS_OF)
            if command == "check"
            else cli(command, str(path))
        )
        assert run.code == 2, (command, run.out, run.err)
        assert "Traceback" not in run.err
        first = run.err.splitlines()[0] + "\n"
        match = ONE_LINE.match(first)
        assert match, run.err
        assert match["file"] == str(path)
        assert (int(match["line"]), int(match["col"])) == (line, col), run.err
        assert message in match["msg"]


def test_validate_reports_every_error_of_a_file(tmp_path: Path) -> None:
    path = write(tmp_path, "c.yaml", "id: a\ntitle: b\nstaus: x\nsigned_on: soon\n")
    run = cli("validate", str(path))
    assert run.code == 2
    lines = run.err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{path}:3:1: unknown field 'staus'")
    assert lines[1].startswith(f"{path}:4:12: signed_on: expected a date")


def test_prevails_over_resolves_a_contradiction_and_keeps_the_loser(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "c.yaml",
        "id: a\ntitle: b\nclauses:\n  - id: '1'\n    facts: {status: signed}\n"
        "  - id: 'A1'\n    prevails_over: ['1']\n    effective: 2026-03-02\n"
        "    facts: {status: terminated}\n",
    )
    run = cli("check", str(path), "--format", "json", "--as-of", AS_OF)
    assert run.code in (0, 1), run.err
    assert cli("validate", str(path)).code == 0


def test_unknown_prevails_target_and_cycles_are_errors(tmp_path: Path) -> None:
    path = write(
        tmp_path, "c.yaml", "id: a\ntitle: b\nclauses:\n  - id: '1'\n    prevails_over: ['9']\n"
    )
    run = cli("validate", str(path))
    assert run.code == 2 and "not a clause or source id" in run.err
    path = write(
        tmp_path,
        "d.yaml",
        "id: a\ntitle: b\nclauses:\n  - id: '1'\n    prevails_over: ['2']\n"
        "  - id: '2'\n    prevails_over: ['1']\n",
    )
    run = cli("validate", str(path))
    assert run.code == 2 and "cycle" in run.err


def test_stdin_is_read_with_dash() -> None:
    run = cli("validate", "-", stdin="id: a\ntitle: from stdin\n")
    assert run.code == 0 and "<stdin>: valid" in run.out
    run = cli("validate", "-", stdin="id: a\ntitle: b\nstatus: signd\n")
    assert run.code == 2 and run.err.startswith("<stdin>:3:9: status:")
    assert "did you mean 'signed'" in run.err


def test_missing_file_and_directory_named_like_a_contract(tmp_path: Path) -> None:
    run = cli("validate", str(tmp_path / "nope.yaml"))
    assert run.code == 2 and run.err.startswith(f"{tmp_path / 'nope.yaml'}: no such file")
    folder = tmp_path / "dir.yaml"
    folder.mkdir()
    run = cli("check", str(folder), "--as-of", AS_OF)
    assert run.code == 2 and run.err.startswith(f"{folder}: is a directory")


def test_schema_contract_is_valid_json_schema() -> None:
    from jsonschema import Draft202012Validator

    run = cli("schema", "contract")
    assert run.code == 0
    schema = json.loads(run.out)
    Draft202012Validator.check_schema(schema)
    for example in EXAMPLES:
        import yaml

        data = yaml.safe_load(example.read_text())
        # The published schema is for editors: it must accept every valid example once
        # YAML 1.1 typing (dates) is undone.
        data = json.loads(json.dumps(data, default=str))
        errors = list(Draft202012Validator(schema).iter_errors(data))
        assert not errors, (example.name, errors[0].message)


@pytest.mark.parametrize(
    ("name", "text", "column"),
    [
        ("months.yaml", "id: q\ntitle: q\nsafeguards: {log_retention_months: '6'}\n", 36),
        (
            "months.json",
            '{"id": "q", "title": "q", "safeguards": {"log_retention_months": "6"}}',
            66,
        ),
        ("budget.yaml", 'id: q\ntitle: q\nsafeguards:\n  log_retention_months: "12"\n', 25),
    ],
)
def test_a_quoted_number_is_text_not_a_number(
    tmp_path: Path, name: str, text: str, column: int
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    for command in ("validate", "check"):
        run = (
            cli(command, str(path), "--as-of", AS_OF)
            if command == "check"
            else cli(command, str(path))
        )
        assert run.code == 2, run.out + run.err
        lines = run.err.strip().splitlines()
        assert len(lines) == 1, run.err
        assert re.search(
            rf"{name}:\d+:{column}: .*expected a whole number, got text '\d+' \(quoted", lines[0]
        ), lines[0]
    # The same number written plainly is a number.
    path.write_text(
        text.replace("'6'", "6").replace('"6"', "6").replace('"12"', "12"), encoding="utf-8"
    )
    assert cli("validate", str(path)).code == 0
