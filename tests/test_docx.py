"""The Word gap report: written by python-docx (the docx extra), deterministic, with the
same content as gaps; a clear one-line error when the extra is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import AS_OF, ROOT, cli

NATO = str(ROOT / "contracts" / "nato-openai-2026.yaml")
BREACH = str(ROOT / "contracts" / "red-lines-breach.yaml")

docx = pytest.importorskip("docx")


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_gaps_writes_a_word_file_with_the_summary_first(tmp_path: Path) -> None:
    out = tmp_path / "gaps.docx"
    args = ("gaps", BREACH, "--pack", "no-mass-surveillance", "--as-of", AS_OF)
    run = cli(*args, "--format", "docx", "-o", str(out), cwd=tmp_path)
    assert run.code == 0, run.err
    text = paragraphs(out)
    assert text[0] == "Contract gaps"
    summary = text.index("Summary")
    assert text[summary + 1] == "Verdicts: 0 pass, 15 fail, 2 unknown, 5 not applicable"
    assert text[summary + 2] == "Fails by severity: 3 critical, 10 high, 2 medium"
    assert summary < text.index("Gaps") < text.index("Open lists")
    assert "✗ FAIL — The contract bans mass surveillance" in text
    again = tmp_path / "again.docx"
    cli(*args, "-o", f"docx:{again}", cwd=tmp_path)
    assert again.read_bytes() == out.read_bytes(), "the same report gives the same bytes"


def test_counsel_questions_in_word_have_no_paths_or_hashes(tmp_path: Path) -> None:
    out = tmp_path / "questions.docx"
    run = cli(
        "gaps",
        NATO,
        "--questions",
        "--audience",
        "counsel",
        "--as-of",
        AS_OF,
        "-o",
        f"docx:{out}",
        cwd=tmp_path,
    )
    assert run.code == 0, run.err
    text = "\n".join(paragraphs(out))
    assert "sha256:" not in text and "parties[" not in text and ".yaml" not in text
    assert "1. For which purposes will the system be used" in text
    assert "2. For which use cases may the system be used?" in text
    assert "Does each party have an establishment in the EU?" in text


def test_word_needs_a_file(tmp_path: Path) -> None:
    run = cli("gaps", NATO, "--format", "docx", cwd=tmp_path)
    assert run.code == 2
    assert run.err.strip() == "--format docx writes a Word file: name it with -o FILE.docx"


def test_a_missing_extra_is_a_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocked"
    blocker.mkdir()
    (blocker / "docx.py").write_text("raise ImportError('python-docx is not installed')\n")
    env = {**os.environ, "PYTHONPATH": str(blocker)}
    out = tmp_path / "gaps.docx"
    proc = subprocess.run(
        [sys.executable, "-m", "compliance", "gaps", NATO, "-o", f"docx:{out}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode == 2
    message = proc.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith("the Word format needs python-docx, an optional extra: pip ")
    from compliance import __version__

    assert message.endswith(f"'ai-contract-compliance[docx]=={__version__}'")
    assert not out.exists()


def test_word_gaps_carry_the_what_if_and_the_waived(tmp_path: Path) -> None:
    out = tmp_path / "gaps.docx"
    run = cli(
        "gaps", NATO, "--pack", "data-residency", "--as-of", AS_OF,
        "--assume", "safeguards.audit_logging=false",
        "--waivers", str(ROOT / "docs" / "recipes" / "waivers.yaml"),
        "-o", f"docx:{out}", cwd=tmp_path,
    )  # fmt: skip
    assert run.code == 0, run.err
    text = paragraphs(out)
    assert "Assuming (what-if, not in the contract): safeguards.audit_logging = false." in text
    waived = text.index("Waived")
    assert text.index("Gaps") < waived < text.index("Open lists")
    assert text[waived + 1].startswith(
        "~ WAIVED — Staff with privileged or support access are located only in allowed "
        "jurisdictions (data-residency/personnel-location): waives unknown: Support staff"
    )
    assert not any("personnel-location" in line for line in text[:waived])
