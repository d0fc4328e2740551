"""The report commands through the CLI: several outputs in one run, --by clause, --redact,
compare and gaps."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import GOLDEN_CONTRACTS, GOLDEN_PACK, SEED, run_cli

GOLDEN_ARGS = [*GOLDEN_CONTRACTS, "--pack", GOLDEN_PACK, "--as-of", "2026-11-27"]


def test_several_outputs_one_run(
    in_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run prepared once; each format written from the contracts' pieces (junit,
    markdown) written once at the end, and none rendered from the whole report; a streaming
    format (json) written contract by contract to each of its files; each file written once."""
    import compliance.report.reporters as reporters
    import compliance.run.batch as batch
    from compliance.cli import cli
    from compliance.report.reporters import junit, markdown

    calls: dict[str, list[str] | int] = {"plan": 0, "render": [], "document": []}
    real_plan, real_render = batch.make_plan, reporters.render

    def counting_plan(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["plan"] += 1  # type: ignore[operator]
        return real_plan(*args, **kwargs)

    def counting_render(name, report, **kwargs):  # type: ignore[no-untyped-def]
        calls["render"].append(name)  # type: ignore[union-attr]
        return real_render(name, report, **kwargs)

    def counting_document(module):  # type: ignore[no-untyped-def]
        real = module.document

        def document(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls["document"].append(module.__name__.rsplit(".", 1)[1])  # type: ignore[union-attr]
            return real(*args, **kwargs)

        return document

    monkeypatch.setattr(batch, "make_plan", counting_plan)
    monkeypatch.setattr(reporters, "render", counting_render)
    for module in (junit, markdown):
        monkeypatch.setattr(module, "document", counting_document(module))
    files = {fmt: tmp_path / f"out.{fmt}" for fmt in ("json", "sarif", "junit", "markdown")}
    args = ["check", *GOLDEN_ARGS, "--format", "json", "-o", str(tmp_path / "plain.json")]
    for fmt, path in files.items():
        args += ["-o", f"{fmt}:{path}"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""  # with -o, nothing on standard output
    assert calls["plan"] == 1
    assert calls["render"] == []
    assert sorted(calls["document"]) == ["junit", "markdown"]  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["plain.json", *(p.name for p in files.values())]
    )
    assert (tmp_path / "plain.json").read_text() == files["json"].read_text()
    assert json.loads(files["json"].read_text())["schema_version"] == 3
    assert json.loads(files["sarif"].read_text())["version"] == "2.1.0"
    assert files["junit"].read_text().startswith("<?xml")
    assert files["markdown"].read_text().startswith("# Contract gap report")


def test_the_format_registry_imports_a_reporter_only_when_used() -> None:
    """Listing the formats imports no reporter; using one imports it, and a streaming
    format provides every part a batch writes."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from compliance.report import reporters\n"
        "names = sorted(reporters.FORMATS), reporters.STREAMING, reporters.BY_CLAUSE\n"
        "loaded = [m for m in sys.modules if m.startswith('compliance.report.reporters.')]\n"
        "assert loaded == [], loaded\n"
        "reporters.streaming('jsonl')\n"
        "assert 'compliance.report.reporters.jsonl' in sys.modules\n"
        "assert 'compliance.report.reporters.sarif' not in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    from compliance.report import reporters

    for name in reporters.FORMATS:
        assert callable(reporters.get(name).render)
    parts = ("render", "head", "contract_part", "join", "problem_part", "tail")
    for name in reporters.STREAMING:
        module = reporters.streaming(name)
        assert all(callable(getattr(module, part)) for part in parts), name
    with pytest.raises(ValueError, match="not streamed"):
        reporters.streaming("junit")


def test_the_same_file_twice_is_an_error(tmp_path: Path) -> None:
    target = tmp_path / "x"
    done = run_cli("check", *GOLDEN_ARGS, "-o", f"json:{target}", "-o", f"sarif:{target}")
    assert done.returncode == 2
    assert "already a target" in done.stderr
    assert not target.exists()


@pytest.mark.skipif(not hasattr(os, "umask"), reason="POSIX permissions")
def test_output_files_get_the_permissions_of_a_new_file(tmp_path: Path) -> None:
    """Written through a temporary file, a report still gets 0666 less the umask (not the
    0600 of a private temporary file), both streamed (json) and whole-run (sarif)."""
    plain = tmp_path / "plain"
    plain.write_text("")
    expected = stat.S_IMODE(plain.stat().st_mode)
    json_out, sarif_out = tmp_path / "r.json", tmp_path / "r.sarif"
    done = run_cli("check", *GOLDEN_ARGS, "-o", f"json:{json_out}", "-o", f"sarif:{sarif_out}")
    assert done.returncode == 1, done.stderr
    for path in (json_out, sarif_out):
        assert stat.S_IMODE(path.stat().st_mode) == expected, path
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain", "r.json", "r.sarif"]


def test_missing_folders_of_an_output_are_created(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "2026" / "r.sarif"
    done = run_cli("check", *GOLDEN_ARGS, "-o", f"sarif:{target}")
    assert done.returncode == 1, done.stderr
    assert json.loads(target.read_text())["version"] == "2.1.0"
    assert [p.name for p in target.parent.iterdir()] == ["r.sarif"]


@pytest.mark.parametrize("fmt", ["json", "sarif"])  # streamed, and rendered at the end
def test_an_output_that_cannot_be_written_is_bad_input(tmp_path: Path, fmt: str) -> None:
    """One line naming the file, exit 2, no traceback, and no other output left behind."""
    blocker = tmp_path / "plain-file"
    blocker.write_text("")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    fine = tmp_path / "fine.junit"
    done = run_cli("check", *GOLDEN_ARGS, "-o", f"junit:{fine}", "-o", f"{fmt}:{blocker / 'r.out'}")
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"{blocker / 'r.out'}: cannot write the file: {blocker} is not a folder\n"
    done = run_cli("check", *GOLDEN_ARGS, "-o", f"junit:{fine}", "-o", f"{fmt}:{folder}")
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"-o '{fmt}:{folder}': '{folder}' is a folder; name a file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder", "plain-file"]
    assert list(folder.iterdir()) == []


def test_by_clause_only_for_formats_that_group(tmp_path: Path) -> None:
    done = run_cli("check", *GOLDEN_ARGS, "--by", "clause", "--format", "sarif")
    assert done.returncode == 2
    assert "--by clause works with the formats" in done.stderr
    done = run_cli("check", *GOLDEN_ARGS, "--by", "clause", "--format", "json")
    data = json.loads(done.stdout)
    groups = data["contracts"][0]["by_clause"]
    assert [g["id"] for g in groups if g["group"] == "clause"] == ["1", "2", "3", "4"]
    gaps = groups[-1]
    assert gaps["group"] == "gaps"
    assert {rule["status"] for rule in gaps["rules"]} == {"unknown"}


def test_json_carries_clauses_and_sources() -> None:
    data = json.loads(run_cli("check", *GOLDEN_ARGS, "--format", "json").stdout)
    alpha = data["contracts"][0]
    assert data["schema_version"] == 3
    assert [c["id"] for c in alpha["clauses"]] == ["1", "2", "3", "4"]
    assert alpha["clauses"][1]["line"] == 12
    assert "<script>alert(1)</script>" in alpha["clauses"][1]["text"]
    (press,) = alpha["sources"]
    assert press == {
        "id": "press",
        "kind": "press-report",
        "title": 'Newspaper: Alpha deal is "unclassified"',
        "date": "2026-03-04",
        "url": "https://example.org/news?a=1&b=2",
        "line": 31,
        "note": "The report says identity management is open.",
        "contract_term": False,
    }


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "markdown", "html"])
def test_redact_leaves_clause_text_and_notes_out(fmt: str) -> None:
    groupings = [[], ["--by", "clause"]] if fmt in ("text", "json", "markdown", "html") else [[]]
    for extra in groupings:
        done = run_cli("check", *GOLDEN_ARGS, "--format", fmt, "--redact", *extra)
        assert done.returncode == 1, done.stderr
        for secret in ("not a heading", "Vendor | Ltd", "identity management is open"):
            assert secret not in done.stdout.replace("\\|", "|"), (fmt, secret)


def test_compare_seed_contracts_reproduces_the_article_table() -> None:
    done = run_cli("compare", *SEED, "--as-of", "2026-11-27", "--format", "markdown")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    facts, verdicts = text.split("## Verdicts")
    facts = facts.split("## Key facts")[1]
    rows = [line for line in facts.splitlines() if line.startswith("| ") and "---" not in line]
    article = [
        ("Network classification", "classified", "unclassified"),
        ("Status", "signed (2026-02-28)", "exploratory"),
        ("Geography", "US only", "NATO (32 countries)"),
        ("Oversight authority", "US Department of Defense", "Multi-nation NATO command"),
        ("Documented use cases", "unspecified", "logistics"),
        ("Mass surveillance ban", "protects us-persons only", "unspecified"),
        ("Autonomous weapons ban", "prohibited", "unspecified"),
        ("Public contract text", "not public", "unspecified"),
    ]
    for (label, pentagon, nato), row in zip(article, rows[1:], strict=False):
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert cells[0].startswith(label), row
        assert cells[0].endswith("≠"), row  # every row of the article differs
        assert pentagon in cells[1] and nato in cells[2], row
    lines = [line for line in verdicts.splitlines() if line.startswith("| `")]
    marks = [line.split("|")[1].strip().endswith("≠") for line in lines]
    assert lines
    for line, mark in zip(lines, marks, strict=True):
        # A row is marked where the two verdicts differ (every one is unknown here: the
        # Pentagon deal's scope facts are a press report's, which sets no rule aside).
        first, second = (cell.split(":")[0].strip() for cell in line.split("|")[2:4])
        assert mark == (first != second), line
    assert marks == sorted(marks, reverse=True), "rows that differ come first"
    # The Pentagon deal's ban stands next to unspecified uses: it cannot pass on its label.
    assert re.search(r"explicit-ban.*\? UNKNOWN: missing: .*use_cases \(unspecified\)", text)


def test_compare_needs_two_contracts() -> None:
    done = run_cli("compare", SEED[0], "--as-of", "2026-11-27")
    assert done.returncode == 2
    assert "at least two" in done.stderr


def test_gaps_questions_lists_each_missing_fact_once() -> None:
    path = "contracts/nato-openai-2026.yaml"
    done = run_cli("gaps", path, "--questions", "--as-of", "2026-11-27", "--format", "json")
    assert done.returncode == 0, done.stderr
    (contract,) = json.loads(done.stdout)["contracts"]
    listed = [fact["path"] for item in contract["questions"] for fact in item["facts"]]
    assert len(listed) == len(set(listed)), "each fact asked once"
    check = json.loads(run_cli("check", path, "--as-of", "2026-11-27", "--format", "json").stdout)
    missing = {m["path"] for m in check["contracts"][0]["missing_facts"]}
    assert set(listed) == missing
    # Grouped by topic; within a topic, and topics by their first question, the question
    # that settles most verdicts comes first.
    questions = contract["questions"]
    assert [q["number"] for q in questions] == list(range(1, len(questions) + 1))
    topics: dict[str, list[int]] = {}
    for item in questions:
        topics.setdefault(item["topic"], []).append(item["settles"])
    firsts = [counts[0] for counts in topics.values()]
    assert firsts == sorted(firsts, reverse=True)
    for counts in topics.values():
        assert counts == sorted(counts, reverse=True)
    texts = [item["question"] for item in questions]
    assert len(texts) == len(set(texts)), "each question asked once"
    assert not any("_" in t or "[*]" in t for t in texts), "no fact paths in the questions"
    text = run_cli("gaps", path, "--questions", "--as-of", "2026-11-27").stdout
    # No fact paths and no "see also" in the list; the unspecified fact gets its question.
    assert "restrictions.mass_surveillance.prohibited" not in text
    assert "see also" not in text.lower()
    assert "Does the contract prohibit using the system for mass, bulk or untargeted" in text
    assert "(the contract leaves this open)" in text
    assert "settles or narrows" in text


def test_gaps_lists_fails_and_unknowns_with_a_clause() -> None:
    done = run_cli("gaps", "contracts/red-lines-breach.yaml", "--as-of", "2026-11-27")
    assert done.returncode == 0, done.stderr
    assert "✗ FAIL  no-mass-surveillance/explicit-ban" in done.stdout
    assert "suggested clause:" in done.stdout
    assert "✓ PASS" not in done.stdout


WAIVERS = "docs/recipes/waivers.yaml"
PERSONNEL = ["--assume", 'data.personnel.locations=["US"]']


@pytest.mark.parametrize(
    "extra", [["--waivers", WAIVERS], PERSONNEL, ["--waivers", WAIVERS, *PERSONNEL]]
)
def test_compare_gives_the_verdicts_check_gives(extra: list[str]) -> None:
    """compare runs on check's path: with --waivers and --assume each rule cell has the
    status check gives the contract with the same options."""
    common = [*SEED, "--pack", "data-residency", "--as-of", "2026-11-27", *extra]
    compared = run_cli("compare", *common, "--format", "json")
    checked = run_cli("check", *common, "--format", "json", "--fail-on", "never")
    assert compared.returncode == 0 and checked.returncode == 0, compared.stderr
    comparison, report = json.loads(compared.stdout), json.loads(checked.stdout)
    expected = {
        (contract["id"], result["id"]): result["status"]
        for contract in report["contracts"]
        for result in contract["results"]
    }
    ids = [column["id"] for column in comparison["contracts"]]
    found = {
        (ids[column], row["key"]): cell["status"]
        for row in comparison["rules"]
        for column, cell in enumerate(row["cells"])
    }
    assert found == expected
    statuses = set(expected.values())
    if "--waivers" in extra:
        assert comparison["header"]["waivers"] == WAIVERS
        # the waiver accepts an unknown; an assumption that makes the verdict fail beats it
        assert ("waived" in statuses) == ("--assume" not in extra)
    if "--assume" in extra:
        assert found[("nato-openai-2026", "data-residency/personnel-location")] == "fail"
        assert comparison["header"]["assumptions"][0]["fact"] == "data.personnel.locations"


def test_compare_without_governance_keeps_its_header() -> None:
    done = run_cli(
        "compare", *SEED, "--pack", "data-residency", "--as-of", "2026-11-27", "--format", "json"
    )
    assert done.returncode == 0, done.stderr
    assert sorted(json.loads(done.stdout)["header"]) == ["as_of", "packs", "tool", "tool_version"]


def test_compare_refuses_a_baseline(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    made = run_cli("baseline", "create", *SEED, "--pack", "data-residency", "-o", str(baseline))
    assert made.returncode == 0, made.stderr
    done = run_cli("compare", *SEED, "--pack", "data-residency", "--baseline", str(baseline))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "compare: --baseline is not supported: a baseline decides which verdicts fail a check "
        "run, and a comparison has no such outcome (use compliance check --baseline)"
    ]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["check", *GOLDEN_ARGS, "--format", "json", "-o", "{tmp}/r.json"], 1),
        (["check", *GOLDEN_ARGS, "--fail-on", "never", "-o", "{tmp}/r.txt"], 0),
        (["schema", "report"], 0),
        (["validate", "{tmp}/missing.yaml"], 2),
    ],
)
def test_commands_return_their_exit_code(
    args: list[str], code: int, in_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each command returns its exit code and the group makes it the exit status: the
    same through click's standalone mode and through the entry point's boundary."""
    import compliance.cli
    from compliance.cli import cli, main

    monkeypatch.setattr(compliance.cli, "_install_handlers", lambda: None)  # not in pytest

    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in args]
    assert CliRunner().invoke(cli, argv).exit_code == code
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == code
