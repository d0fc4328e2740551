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

from compliance.report.reporters import render
from compliance.report.results import Report

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


def rendered_width(page: Path, width: int, tmp_path: Path) -> int:
    """The width headless chromium lays ``page`` out at in a ``width`` px window (a copy
    with a probe script: the report itself forbids scripts)."""
    import re

    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page.read_text())
    probe = (
        '<script>window.addEventListener("load",()=>{document.body.setAttribute('
        '"data-width",String(document.documentElement.scrollWidth));});</script></body>'
    )
    copy = tmp_path / f"probe-{width}.html"
    copy.write_text(html.replace("</body>", probe), encoding="utf-8")
    dom = subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--window-size={width},900",
            "--dump-dom",
            copy.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    found = re.search(r'data-width="(\d+)"', dom)
    assert found, dom[:500]
    return int(found.group(1))


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_compare_and_gap_report_fit_the_window_without_cut_columns(tmp_path: Path) -> None:
    seeds = ["contracts/pentagon-openai-2026.yaml", "contracts/nato-openai-2026.yaml"]
    compare = tmp_path / "compare.html"
    gaps = tmp_path / "gaps.html"
    done = run_cli(
        "compare",
        *seeds,
        "contracts/red-lines-breach.yaml",
        "--as-of",
        "2026-11-27",
        "-o",
        f"html:{compare}",
    )
    assert done.returncode == 0, done.stderr
    done = run_cli("check", *seeds, "--as-of", "2026-11-27", "-o", f"html:{gaps}")
    assert done.returncode == 0, done.stderr
    # 1280 px: a laptop window; 700 px: about the printable width of an A4 page.
    for page in (compare, gaps):
        for width in (1280, 700):
            assert rendered_width(page, width, tmp_path) <= width, (page.name, width)
    css = gaps.read_text()
    assert "@page{size:A4" in css and "table-layout:fixed" in css
