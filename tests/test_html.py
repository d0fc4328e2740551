"""The HTML gap report: self-contained, escaped, and inert in a real browser."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import run_cli

from compliance.report import Report
from compliance.reporters import render

ATTACK = (
    "Deliver <script>document.title='pwned';document.body.dataset.pwned='1'</script> "
    "and <img src=x onerror=\"document.title='pwned-img'\"> now"
)


class Visible(HTMLParser):
    """The text a reader sees (body text, no style), the elements and the title."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "script", "head"):
            self._skip += 1
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head"):
            self._skip -= 1
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.text.append(data)


def visible(html: str) -> Visible:
    parser = Visible()
    parser.feed(html)
    return parser


def attack_contract(tmp_path: Path) -> Path:
    path = tmp_path / "attack.yaml"
    path.write_text(
        "id: attack\n"
        "title: Attack <i>contract</i>\n"
        "clauses:\n"
        "  - id: '1'\n"
        "    title: Bad <b>clause</b>\n"
        f"    text: {json.dumps(ATTACK)}\n"
        "    facts:\n"
        "      restrictions:\n"
        "        mass_surveillance:\n"
        "          prohibited: false\n",
        encoding="utf-8",
    )
    return path


def test_self_contained_and_escaped(report: Report) -> None:
    html = render("html", report, by="clause")  # shows every clause's text
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "http://" not in html.replace('href="http', "")  # no external assets loaded
    assert "<link" not in html and "@import" not in html and "src=" not in html
    assert "@media print" in html
    assert "Content-Security-Policy" in html
    page = visible(html)
    assert "<script>alert(1)</script>" in " ".join(page.text)
    assert "✗ FAIL" in " ".join(page.text)  # status in words and icon, not colour alone


def test_headless_chromium_shows_text_and_runs_no_script(tmp_path: Path) -> None:
    if shutil.which("chromium") is None:
        # CI sets COMPLIANCE_REQUIRE_CHROMIUM: there a missing browser fails, never skips.
        if os.environ.get("COMPLIANCE_REQUIRE_CHROMIUM"):
            pytest.fail("chromium is not installed, and COMPLIANCE_REQUIRE_CHROMIUM is set")
        pytest.skip("chromium is not installed")
    contract = attack_contract(tmp_path)
    out = tmp_path / "report.html"
    done = run_cli(
        "check",
        str(contract),
        "--pack",
        "tests/data/pack",
        "--as-of",
        "2026-11-27",
        "-o",
        f"html:{out}",
    )
    assert done.returncode == 1, done.stderr
    assert ATTACK in " ".join(visible(out.read_text("utf-8")).text).replace("  ", " ")
    dom = subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            out.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    page = visible(dom)
    shown = " ".join(" ".join(page.text).split())
    assert " ".join(ATTACK.split()) in shown
    assert "Attack <i>contract</i>" in shown
    assert page.title == "Contract gap report"
    assert "pwned" not in page.title
    assert not [tag for tag, _ in page.tags if tag in ("script", "img", "i", "b")]
    assert not any("data-pwned" in attrs for _, attrs in page.tags)
