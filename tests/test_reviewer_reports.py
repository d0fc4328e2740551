"""The reviewer's reports: a summary first, a version for counsel, dated duties in every
format, and compare's key facts drawn from the packs in the run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import AS_OF, cli

NATO = "contracts/nato-openai-2026.yaml"
PENTAGON = "contracts/pentagon-openai-2026.yaml"
BREACH = "contracts/red-lines-breach.yaml"
DATED = ("--pack", "eu-ai-act-high-risk", "--select", "eu-ai-act-high-risk/risk-management")


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_the_summary_comes_first(fmt: str) -> None:
    run = cli("check", BREACH, "--pack", "no-mass-surveillance", "--as-of", AS_OF, "--format", fmt)
    assert run.code == 1, run.err
    text = run.out
    summary = text.index("Summary")
    assert summary < text.index("sha256:") < text.index("Gaps")
    part = text[summary : text.index("sha256:")]
    assert "Verdicts: 0 pass, 15 fail, 2 unknown, 5 not applicable" in part
    assert "Fails by severity: 3 critical, 10 high, 2 medium" in part
    assert "The contract bans mass surveillance" in part
    assert "Questions that settle most verdicts" in part


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_dated_duties_are_shown_in_every_format(fmt: str) -> None:
    run = cli("check", NATO, *DATED, "--as-of", AS_OF, "--format", fmt, "-v")
    assert run.code == 0, run.err
    assert "2027-12-02" in run.out
    assert "pplies from 2027-12-02" in run.out


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_counsel_gets_no_fact_paths_and_no_hashes(fmt: str) -> None:
    base = ("check", NATO, "--as-of", AS_OF, "--format", fmt)
    reviewer = cli(*base).out
    counsel = cli(*base, "--audience", "counsel").out
    assert "sha256:" in reviewer and "sha256:" not in counsel
    for path in ("parties[0]", "data.categories", "contracts/nato-openai-2026.yaml"):
        assert path in reviewer, path
        assert path not in counsel, path
    assert "What to ask" in counsel
    clause_args = ("check", BREACH, "--as-of", AS_OF, "--format", fmt, "--by", "clause")
    by_clause = cli(*clause_args)
    counsel = cli(*clause_args, "--audience", "counsel").out
    assert "restrictions.mass_surveillance.prohibited" in by_clause.out
    assert "restrictions.mass_surveillance.prohibited" not in counsel
    assert "sha256:" not in counsel


def test_compare_key_facts_follow_the_packs_in_the_run() -> None:
    def facts(*packs: str) -> str:
        args = [arg for pack in packs for arg in ("--pack", pack)]
        run = cli("compare", PENTAGON, NATO, *args, "--as-of", AS_OF)
        assert run.code == 0, run.err
        return run.out[run.out.index("Key facts") : run.out.index("Verdicts")]

    defence = facts("no-mass-surveillance", "no-autonomous-weapons")
    residency = facts("data-residency")
    assert "Mass surveillance ban" in defence and "Autonomous weapons ban" in defence
    assert "Mass surveillance ban" not in residency
    assert "Autonomous weapons ban" not in residency
    assert "Does each party have an establishment in the EU?" in residency
    assert "Which categories of data will the system process" in residency


def test_compare_opens_with_a_summary() -> None:
    run = cli("compare", PENTAGON, BREACH, "--pack", "no-mass-surveillance", "--as-of", AS_OF)
    assert run.code == 0, run.err
    assert run.out.index("Summary") < run.out.index("Key facts")
    assert "  fail: pentagon-openai-2026 0; red-lines-breach 15" in run.out
    assert "fails by severity: pentagon-openai-2026 none; red-lines-breach 3 critical" in run.out
    assert "  red-lines-breach question 1: " in run.out


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_source_text_is_quoted_once_per_contract(fmt: str) -> None:
    run = cli("check", NATO, "--as-of", AS_OF, "--format", fmt)
    assert run.code == 0, run.err
    assert run.out.count("News article published after 4 Mar 2026") == 1
    assert "(text quoted above)" in run.out


_FACT_PATH = re.compile(r"\b(?:ai_act|system|term|restrictions|data|parties)\.[a-z_]+\b")


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_counsel_notes_and_warnings_name_no_fact_path(fmt: str) -> None:
    """A legal default, a transitional provision not relied on, a contract not yet in force
    and an assumption are told to counsel by their questions, never by fact paths; the
    reviewer's report keeps the paths."""
    base = ("check", *sorted(str(p) for p in Path("contracts").glob("*.yaml")), "--as-of", AS_OF)
    base += ("--format", fmt, "-v", "--assume", "data.dpia=true")
    reviewer = cli(*base).out
    counsel = cli(*base, "--audience", "counsel").out
    for path in ("ai_act.derogation_claimed", "system.put_into_service", "term.start", "data.dpia"):
        assert path in reviewer, path
    assert "contracts/eu-border-agency-2027.yaml: the contract" in reviewer
    assert _FACT_PATH.findall(counsel) == []
    assert "eu-border-agency-2027: the contract" in counsel
    assert "the contract does not answer “Does the provider rely on the Article 6(3)" in counsel
