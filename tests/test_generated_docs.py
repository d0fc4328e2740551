"""compliance docs: the committed pages are what the packs and the model generate."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from conftest import ROOT, cli, run_cli

DOCS = ROOT / "docs"


def generate(tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "docs"
    run = cli(
        "docs", "--output", str(out / "rules"), "--vocabulary", str(out / "vocabulary.md"), *args
    )
    assert run.code == 0, run.err
    return out


def test_committed_pages_are_up_to_date(tmp_path: Path) -> None:
    out = generate(tmp_path)
    fresh = {p.relative_to(out / "rules") for p in (out / "rules").rglob("*.md")}
    committed = {p.relative_to(DOCS / "rules") for p in (DOCS / "rules").rglob("*.md")}
    assert fresh == committed, "regenerate with: compliance docs"
    for relative in sorted(fresh):
        assert (out / "rules" / relative).read_bytes() == (
            DOCS / "rules" / relative
        ).read_bytes(), f"docs/rules/{relative} is stale; regenerate with: compliance docs"
    assert (out / "vocabulary.md").read_bytes() == (DOCS / "vocabulary.md").read_bytes(), (
        "docs/vocabulary.md is stale; regenerate with: compliance docs"
    )


def test_check_mode_passes_on_the_repository_and_names_stale_pages(tmp_path: Path) -> None:
    assert cli("docs", "--check").code == 0
    out = generate(tmp_path)
    page = out / "rules" / "no-mass-surveillance" / "explicit-ban.md"
    page.write_text(page.read_text() + "edited\n")
    run = cli(
        "docs",
        "--check",
        "--output",
        str(out / "rules"),
        "--vocabulary",
        str(out / "vocabulary.md"),
    )
    assert run.code == 1
    assert f"{page}: out of date" in run.out


def test_output_is_deterministic_and_unchanged_pages_are_not_rewritten(tmp_path: Path) -> None:
    out = generate(tmp_path)
    before = {p: p.read_bytes() for p in out.rglob("*.md")}
    run = cli("docs", "--output", str(out / "rules"), "--vocabulary", str(out / "vocabulary.md"))
    assert run.out.strip().endswith("0 written, 0 removed")
    assert {p: p.read_bytes() for p in out.rglob("*.md")} == before


def test_pages_no_pack_gives_are_removed_and_other_files_kept(tmp_path: Path) -> None:
    out = generate(tmp_path)
    stale = out / "rules" / "no-mass-surveillance" / "a-removed-rule.md"
    shutil.copy(out / "rules" / "no-mass-surveillance" / "explicit-ban.md", stale)
    mine = out / "rules" / "notes.md"
    mine.write_text("# My notes\n")
    run = cli("docs", "--output", str(out / "rules"), "--vocabulary", str(out / "vocabulary.md"))
    assert f"removed {stale}" in run.out
    assert not stale.exists()
    assert mine.exists()


def test_every_rule_page_shows_every_fixture_case() -> None:
    for fixtures in sorted((ROOT / "rules").glob("*/*.test.yaml")):
        data = yaml.safe_load(fixtures.read_text())
        page = DOCS / "rules" / fixtures.parent.name / f"{data['rule']}.md"
        text = page.read_text()
        examples = text.split("## Examples", 1)[1]
        headings = [line for line in examples.splitlines() if line.startswith("### ")]
        assert len(headings) == len(data["cases"]), page
        for case, heading in zip(data["cases"], headings, strict=True):
            assert heading.startswith(f"### {case['expect']}: ")


def test_the_pack_page_lists_rules_parameters_and_definitions() -> None:
    page = (DOCS / "rules" / "data-residency.md").read_text()
    assert "**Disclaimer.** Not legal advice." in page
    assert (
        "| `allowed_jurisdictions` | list of jurisdiction | `[EEA, GF, GP, MQ, YT, RE, MF, AX]` |"
        in page
    )
    assert "### `gdpr-applies`:" in page
    assert "[`weights-location`](data-residency/weights-location.md)" in page


def test_the_vocabulary_lists_every_fact_path_and_value() -> None:
    from compliance.facts import table as factschema
    from compliance.facts.vocabulary import VOCABULARIES

    page = (DOCS / "vocabulary.md").read_text()
    for path in factschema.table():
        if not path.startswith("extensions."):
            assert f"| `{path}` |" in page, path
    for name, values in VOCABULARIES.items():
        assert f"### {name}" in page
        for value in values:
            assert f"| `{value}` |" in page
    assert "| `parties[*].kind` | a [PartyKind](#partykind) value |" in page
    assert "`unspecified`" in page and "complete: true" in page
    # Examples come from the model contract.
    assert (
        "| `status` | a [ContractStatus](#contractstatus) value | Where the contract stands. "
        "| `signed` |" in page
    )


def test_docs_for_an_external_pack(tmp_path: Path) -> None:
    pack = tmp_path / "acme"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "id: acme\ntitle: Acme\nversion: 0.1.0\ndescription: d\ndisclaimer: Not legal advice.\n"
        "extends: data-residency\noverrides:\n  disable: [certification]\n"
    )
    run = run_cli("docs", "--pack", str(pack), "--output", "site", "--no-vocabulary", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    site = tmp_path / "site"
    assert (site / "acme.md").is_file()
    assert not (site / "acme" / "certification.md").exists()
    page = (site / "acme" / "weights-location.md").read_text()
    assert "from `data-residency/weights-location`" in page
    assert "from the base pack `data-residency`, with its parameter defaults" in page
    assert not (tmp_path / "docs").exists()
