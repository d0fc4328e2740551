"""Hostile input, second pass (issue 17): nothing checked is not green, two packs with one
id are an error, -o never clobbers a device or a link, a dead worker or a signal never
hangs a run or leaves a file behind, and every text that reaches a terminal is neutralised.

Everything runs through the real command line, each subprocess with a timeout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import AS_OF, CONTRACTS, cli

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
