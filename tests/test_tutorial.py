"""The guides' commands run as written: each document's console blocks, in a fresh folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from doccommands import Command, WriteFile, steps
from doccommands import run as run_document

GUIDES = ["writing-rule-packs.md", "writing-contracts.md"]


@pytest.mark.parametrize("name", GUIDES)
def test_guide_commands_run_as_shown(name: str, tmp_path: Path) -> None:
    document = ROOT / "docs" / name
    found = steps(document)
    assert any(isinstance(step, Command) for step in found), "a guide shows real commands"
    run_document(document, tmp_path)


def test_the_tutorial_goes_from_packs_new_to_check_with_pack() -> None:
    found = steps(ROOT / "docs" / "writing-rule-packs.md")
    commands = [" ".join(step.argv) for step in found if isinstance(step, Command)]
    assert commands[0].startswith("compliance packs new")
    for wanted in ("compliance packs test", "compliance packs lint", "compliance check"):
        assert any(command.startswith(wanted) for command in commands), wanted
    assert any("--pack" in step.argv for step in found if isinstance(step, Command))
    assert any(isinstance(step, WriteFile) for step in found)


def test_a_wrong_shown_line_fails_the_run(tmp_path: Path) -> None:
    document = tmp_path / "doc.md"
    document.write_text("```console\n$ compliance --version\ncompliance 9.9.9\n```\n")
    with pytest.raises(AssertionError, match="not in the output"):
        run_document(document, tmp_path)


def test_a_wrong_exit_code_fails_the_run(tmp_path: Path) -> None:
    document = tmp_path / "doc.md"
    document.write_text("<!-- exit: 1 -->\n```console\n$ compliance --version\n```\n")
    with pytest.raises(AssertionError, match="exit 0, expected 1"):
        run_document(document, tmp_path)
