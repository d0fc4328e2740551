"""Hostile input, third pass: every file a command reads is read by the one loader (no
implicit YAML typing anywhere), long values never make long error lines, and pack and
contract texts cannot forge a line of the output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import AS_OF, GOLDEN_PACK, ROOT, cli

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
    assert f"{answers}:1:1: the answer for term.end is refused" in run.err
    assert "got '2026-02-30'" in run.err
    assert not (tmp_path / "o.yaml").exists()


def test_an_answers_file_with_duplicate_keys_or_a_bomb_is_refused(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("text_public: true\ntext_public: false\n", encoding="utf-8")
    run = cli("interview", "--answers", str(answers), "-o", str(tmp_path / "o.yaml"))
    assert run.code == 2 and f"{answers}:2:1: duplicate key 'text_public'" in run.err
    answers.write_text("text_public: true\n'not a path!': 1\n", encoding="utf-8")
    run = cli("interview", "--answers", str(answers), "-o", str(tmp_path / "o.yaml"))
    assert run.code == 2 and f"{answers}:2:1: not a fact path: 'not a path!'" in run.err


# --- a huge value never makes a huge error line ----------------------------------------------


def test_an_error_on_a_huge_value_is_a_short_line(tmp_path: Path) -> None:
    contract = tmp_path / "huge.yaml"
    contract.write_text("id: huge\ntitle: t\nstatus: " + "a" * 2_000_000 + "\n")
    config = tmp_path / "config.yaml"
    config.write_text("waivers: [" + ", ".join(["w.yaml"] * 9000) + "]\n")
    for run in (
        cli("validate", str(contract)),
        cli("check", str(contract), "--config", str(config)),
    ):
        assert run.code == 2, run.err
        line = run.err.strip()
        assert "\n" not in line and len(line) < 1200, len(line)
        assert "characters left out" in line
    # The head and the tail of the message stay: where, what, and what is allowed.
    err = cli("validate", str(contract)).err
    assert err.startswith(f"{contract}:3:9: status: 'aaa")
    assert err.rstrip().endswith(
        "(allowed: exploratory, negotiating, signed, in-force, suspended, expired, terminated)"
    )


def test_ten_thousand_misspelt_values_are_reported_quickly(tmp_path: Path) -> None:
    contract = tmp_path / "many.yaml"
    values = ", ".join(f"survelance{i}" for i in range(9_999))
    contract.write_text(f"id: many\ntitle: t\nuse_cases: [{values}]\n")
    run = cli("validate", str(contract), timeout=60)
    assert run.code == 2
    lines = run.err.splitlines()
    assert len(lines) == 9_999
    # The first errors get a did-you-mean hint; past a budget, fuzzy hints are not
    # computed (they took 2 ms each: 40 s for this file).
    assert "did you mean 'surveillance'?" in lines[0] and "did you mean" not in lines[-1]


# --- a pack's citation URL cannot break out of its link -------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        'https://example.org/a"><script>alert(1)</script>',
        "https://example.org/a>) [forged](javascript:alert(1)",
        "https://example.org/a b",
        "https://example.org/a\n::error::forged",
    ],
)
def test_a_citation_url_that_could_break_out_of_a_link_is_refused(tmp_path: Path, url: str) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / GOLDEN_PACK, pack)
    rule = pack / "identity.yaml"
    text = rule.read_text(encoding="utf-8")
    rule.write_text(text.replace("url: https://example.org/guide", f"url: {json.dumps(url)}"))
    contract = tmp_path / "c.yaml"
    contract.write_text("id: c\ntitle: t\n")
    run = cli("check", str(contract), "--pack", str(pack), "--format", "sarif")
    assert run.code == 2, run.out[-300:]
    assert f"{rule}:8:10: citations[0].url: String should match pattern" in run.err
    assert "script" not in run.out and "forged" not in run.out


# --- --set and --assume values are JSON read as a file's JSON is --------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("[" * 30_000 + "]" * 30_000, "nesting deeper than 64 levels"),
        ('[{"id": "a", "id": "b"}]', "duplicate key 'id'"),
        ("1e999", "number out of range: 1e999"),
        ("9" * 5_000, "a number of 5000 characters"),
    ],
)
def test_a_hostile_json_value_on_the_command_line_is_bad_input(value: str, message: str) -> None:
    contract = str(ROOT / "contracts" / "model-contract.yaml")
    for option, target in (
        ("--set", "data-residency.allowed_jurisdictions"),
        ("--assume", "parties"),
    ):
        run = cli("check", contract, option, f"{target}={value}", "--as-of", AS_OF)
        assert run.code == 2, (option, run.err[-300:])
        assert "internal error" not in run.err and "Traceback" not in run.err
        line = run.err.strip().splitlines()[-1]
        assert line.startswith(option) and message in line, line[-300:]


# --- a national profile's text cannot forge a line or inject HTML -----------------------------


def test_a_profile_name_cannot_forge_a_line_or_inject_html(tmp_path: Path) -> None:
    profiles = tmp_path / "nations"
    shutil.copytree(ROOT / "rules" / "nations", profiles)
    france = profiles / "FR.yaml"
    text = france.read_text(encoding="utf-8")
    hostile = '"France <script>x</script>\\n::error::forged"'
    france.write_text(text.replace("name: France\n", f"name: {hostile}\n", 1), encoding="utf-8")
    contract = str(ROOT / "contracts" / "nato-openai-2026.yaml")
    common = ("--profiles", str(profiles), "--nations", "FR,DE", "--as-of", AS_OF)
    runs = {
        "text": cli("nations", "check", contract, *common),
        "markdown": cli("nations", "check", contract, *common, "-f", "markdown"),
        "compare": cli("nations", "compare", contract, contract, *common),
        "list": cli("nations", "list", "--profiles", str(profiles)),
    }
    for name, run in runs.items():
        assert run.code == 0, (name, run.err)
        assert "forged" in run.out, name
        assert not any(line.lstrip().startswith("::") for line in run.out.splitlines()), name
    assert "<script>" not in runs["markdown"].out
    assert "&lt;script&gt;" in runs["markdown"].out


# --- no value starts a line of any report ----------------------------------------------------

FORGING = """\
id: forging
title: "Title\\n::error::forged-title"
clauses:
  - id: "1"
    title: "Parties\\n::error::forged-clause-title"
    text: "The vendor\\n::error::forged-text\\n  FAIL  forged/rule  a forged verdict"
    facts:
      status: signed
      use_cases: [surveillance]
"""

WAIVER = """\
waivers:
  - rule: no-mass-surveillance/explicit-ban
    contract: "*"
    justification: "ok\\n::error::forged-waiver"
    owner: "me\\n::error::forged-owner"
    approved_by: a
    expires: 2099-01-01
"""


@pytest.mark.parametrize("fmt", ["text", "github", "markdown", "html", "junit"])
def test_no_value_starts_a_line_of_a_report(tmp_path: Path, fmt: str) -> None:
    contract = tmp_path / "forging.yaml"
    contract.write_text(FORGING, encoding="utf-8")
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(WAIVER, encoding="utf-8")
    run = cli(
        "check", str(contract), "--pack", "no-mass-surveillance", "--waivers", str(waivers),
        "--format", fmt, "-v", "--as-of", AS_OF,
    )  # fmt: skip
    assert run.code in (0, 1), run.err
    assert "forged-waiver" in run.out  # the values are in the report, on no line of their own
    forged = [
        line
        for line in run.out.splitlines()
        if line.lstrip().startswith(("::error::forged", "FAIL  forged"))
    ]
    assert not forged, forged[:3]


# --- pyproject.toml is read with the limits of every other input ---------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[tool.compliance]\npacks = " + b"[" * 5_000 + b"]" * 5_000 + b"\n", "nesting deeper"),
        (b"[tool.compliance]\npacks = " + b"[" * 100 + b"]" * 100 + b"\n", "nesting deeper"),
        (b'[tool.compliance]\npacks = ["a\\u001b[2J"]\n', ":2:1: control character U+001B"),
        (b'[tool.compliance]\nfail-on = "\xff"\n', ":2:12: invalid UTF-8"),
        (b'[tool.compliance]\nfail-on = "' + b"a" * 11_000_000 + b'"\n', "over the limit"),
    ],
)
def test_a_hostile_pyproject_is_bad_input(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "pyproject.toml").write_bytes(content)
    contract = tmp_path / "c.yaml"
    contract.write_text("id: c\ntitle: t\n")
    for args in (("check", "c.yaml"), ("check", "c.yaml", "--config", "pyproject.toml")):
        run = cli(*args, cwd=tmp_path)
        assert run.code == 2, run.err[-300:]
        assert "internal error" not in run.err
        assert run.err.startswith("pyproject.toml") and message in run.err, run.err[:300]


def test_a_pyproject_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b'\xef\xbb\xbf[tool.compliance]\nfail-on = "never"\n')
    run = cli("config", "--format", "json", cwd=tmp_path)
    assert run.code == 0, run.err
    assert '"never"' in run.out


# --- a pack's text cannot change the structure of its generated pages ---------------------------


def test_a_pack_title_cannot_end_its_heading_in_the_generated_pages(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / GOLDEN_PACK, pack)
    rule = pack / "identity.yaml"
    text = rule.read_text(encoding="utf-8")
    title = "title: Access goes through the customer's identity management\n"
    assert title in text
    rule.write_text(text.replace(title, 'title: "Access\\n# Forged heading\\n::error::x"\n'))
    out = tmp_path / "pages"
    run = cli("docs", "--pack", str(pack), "--output", str(out), "--no-vocabulary")
    assert run.code == 0, run.err
    page = (out / "golden-pack" / "identity.md").read_text(encoding="utf-8")
    assert "Forged heading" in page
    lines = page.splitlines()
    assert not [line for line in lines if line.startswith(("# Forged", "::error"))]


# --- the noncharacters U+FFFE and U+FFFF are refused like control characters -----------------


@pytest.mark.parametrize(
    ("name", "content", "position"),
    [
        ("c.yaml", 'id: c\ntitle: "bad \\uFFFE"\n', "2:8"),
        ("c.json", '{"id": "c", "title": "bad \\uffff"}', "1:22"),
    ],
)
def test_a_noncharacter_is_bad_input(
    tmp_path: Path, name: str, content: str, position: str
) -> None:
    contract = tmp_path / name
    contract.write_text(content, encoding="utf-8")
    run = cli("validate", str(contract))
    assert run.code == 2 and f"{contract}:{position}: noncharacter U+FF" in run.err, run.err
    # A Word report cannot hold one: it was an internal error (exit 3) there.
    pytest.importorskip("docx")
    out = tmp_path / "gaps.docx"
    run = cli("gaps", str(contract), "--format", "docx", "-o", str(out))
    assert run.code == 2 and "internal error" not in run.err, run.err


# --- a file of a million short values is refused before it is composed --------------------------


def test_a_million_values_are_refused_without_a_gigabyte(tmp_path: Path) -> None:
    import resource

    rows = "".join("    - [" + ",".join(["0"] * 9_000) + "]\n" for _ in range(200))
    contract = tmp_path / "many.yaml"
    contract.write_text("id: x\ntitle: t\nextensions:\n  p:\n" + rows)  # 3.6 MB, 1.8M values
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    run = cli("validate", str(contract), timeout=60)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert run.code == 2
    assert f"{contract}:116:" in run.err and "more than 1000000 values" in run.err, run.err
    # Composing the whole file first took over 600 MB (and half a minute) here.
    assert max(peak, before) < 300_000 or peak == before, peak


def test_a_json_file_of_over_a_million_values_is_refused(tmp_path: Path) -> None:
    rows = ",".join("[" + ",".join(["0"] * 9_000) + "]" for _ in range(112))
    contract = tmp_path / "many.json"
    contract.write_text('{"id": "x", "title": "t", "extensions": {"p": [' + rows + "]}}")
    run = cli("validate", str(contract), timeout=120)
    assert run.code == 2
    assert f"{contract}:1:" in run.err and "more than 1000000 values" in run.err, run.err
