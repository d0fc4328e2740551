"""Hostile input, third pass: every file a command reads is read by the one loader (no
implicit YAML typing anywhere), long values never make long error lines, and pack and
contract texts cannot forge a line of the output."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import AS_OF, cli

# --- interview: the description and the answers are read as every other input -------------

TRICKY = """\
id: tricky
title: NO
clauses:
  - id: 4.10
    title: Geography
    text: "6"
    facts:
      geography:
        deployment: {items: [NO], complete: true}
      signed_on: 2026-06-01
      data: {retention_months: 6}
  - id: 4.1
    title: Other
    text: Another clause.
"""


def test_interview_writes_back_what_the_description_says(tmp_path: Path) -> None:
    source = tmp_path / "tricky.yaml"
    source.write_text(TRICKY, encoding="utf-8")
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "text_public: {answer: yes, clause: 4.10}\n"
        "geography.output_used_in: {answer: [NO, DE], complete: true, clause: 4.10}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.yaml"
    run = cli("interview", str(source), "--answers", str(answers), "-o", str(out), "--as-of", AS_OF)
    assert run.code == 0, run.err
    written = out.read_text(encoding="utf-8")
    # Clause 4.10 stays 4.10 (not the float 4.1, a duplicate of the next clause), Norway
    # stays Norway (not false), the quoted text '6' stays text and the months a number.
    assert "- id: 4.10\n" in written and "- id: 4.1\n" in written
    assert "title: NO\n" in written and "- NO\n" in written
    assert "text: '6'\n" in written and "retention_months: 6\n" in written
    assert "text_public: true\n" in written
    assert cli("validate", str(out)).code == 0


def test_an_impossible_date_in_an_answers_file_is_bad_input(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("term.end: 2026-02-30\n", encoding="utf-8")
    run = cli("interview", "--answers", str(answers), "-o", str(tmp_path / "o.yaml"))
    assert run.code == 2, run.err
    assert "internal error" not in run.err and "Traceback" not in run.err
    assert f"{answers}: " in run.err and "got '2026-02-30'" in run.err
    assert not (tmp_path / "o.yaml").exists()


def test_an_answers_file_with_duplicate_keys_or_a_bomb_is_refused(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("text_public: true\ntext_public: false\n", encoding="utf-8")
    run = cli("interview", "--answers", str(answers), "-o", str(tmp_path / "o.yaml"))
    assert run.code == 2 and f"{answers}:2:1: duplicate key 'text_public'" in run.err
