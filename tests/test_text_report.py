"""The terminal report: summary first, fails with their evidence, unknowns one line each,
passes and not-applicables counted; --show and -v bring the evidence back."""

from __future__ import annotations

import json
import re

from conftest import AS_OF, ROOT, cli
from hypothesis import given
from hypothesis import strategies as st

NATO = "contracts/nato-openai-2026.yaml"
BREACH = "contracts/red-lines-breach.yaml"
VERDICT = re.compile(r"^  (PASS|FAIL|UNKNOWN|N/A|ERROR|WAIVED)\s+(\S+)")


def verdict_lines(text: str) -> dict[str, str]:
    """full rule id -> its label, for each rule the report lists."""
    out = {}
    for line in text.splitlines():
        if match := VERDICT.match(line):
            out[match.group(2)] = match.group(1)
    return out


def test_readme_example_fits_a_screenful_and_leads_with_the_summary() -> None:
    run = cli("check", NATO, "--no-color")
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert len(lines) <= 150, len(lines)
    # The summary comes right after the contract's heading and its notes (here: talks
    # only, nothing agreed), before any verdict.
    heading = next(i for i, line in enumerate(lines) if line.startswith(NATO))
    assert lines[heading + 1].startswith(" note: the contract's status is exploratory")
    packs = json.loads(cli("packs", "list", "--format", "json").out)["packs"]
    unknown = sum(len(pack["rules"]) for pack in packs) - 1  # one is not applicable
    assert lines[heading + 2].startswith(f" summary: 0 pass, 0 fail, {unknown} unknown")
    listed = verdict_lines(run.out)
    assert len(listed) == unknown and set(listed.values()) == {"UNKNOWN"}
    # One line per unknown, with the number of facts it waits on; no evidence lines.
    assert "missing:" not in run.out and "(press-report" not in run.out
    assert "data-residency/customer-held-keys" in run.out
    line = next(x for x in lines if "data-residency/customer-held-keys" in x)
    assert line.endswith("(3 missing facts)")
    assert "not listed: not applicable: 1" in run.out


def test_fails_come_with_their_evidence() -> None:
    run = cli("check", BREACH, "--pack", "no-mass-surveillance", "--as-of", AS_OF, "--no-color")
    assert run.code == 1
    text = run.out
    first = text.index("FAIL     no-mass-surveillance/explicit-ban")
    assert "restrictions.mass_surveillance.prohibited = false  (clause 3, line 70)" in text[first:]
    assert text.index(" summary:") < first
    # The passes and not-applicables are counted, not listed.
    assert "N/A " not in text and "not listed:" in text


def test_show_and_verbose_bring_back_the_evidence() -> None:
    base = ("check", BREACH, "--pack", "no-mass-surveillance", "--as-of", AS_OF, "--no-color")
    compact = cli(*base).out
    shown = cli(*base, "--show", "unknown").out
    verbose = cli(*base, "-v").out
    both = cli(*base, "--show", "unknown,not_applicable").out
    assert "missing: system.capabilities (absent)" not in compact
    assert "missing: system.capabilities (absent)" in shown
    assert "N/A " not in shown and "not listed: not applicable: 5" in shown
    assert "N/A " in verbose and "not listed" not in verbose
    assert verdict_lines(both) == verdict_lines(verbose)
    assert both == verbose


def test_show_rejects_an_unknown_status() -> None:
    run = cli("check", NATO, "--pack", "no-mass-surveillance", "--show", "passed")
    assert run.code == 2
    assert run.err.strip() == (
        "--show: unknown status 'passed' "
        "(statuses: fail, error, waived, unknown, pass, not_applicable, or all)"
    )
    assert "Traceback" not in run.err


def test_a_list_is_shown_once_not_once_per_element() -> None:
    run = cli("check", NATO, "--as-of", AS_OF, "--no-color", "-v")
    assert run.code == 0
    assert "roles[0]" not in run.out and "use_cases[3]" not in run.out
    assert (
        "parties[1].roles includes customer, deployer  (press-report 'seed-article', line 31 *)"
        in run.out
    )
    for block in run.out.split("\n  ")[1:]:
        paths = re.findall(r"^\s+(\S+) (?:=|includes) ", block, flags=re.M)
        assert len(paths) == len(set(paths)), block


def test_a_verdicts_deciding_facts_come_before_its_applicability() -> None:
    """Every result of the bundled examples: the two groups hold the collapsed evidence,
    each fact once; the first group is the facts of the deciding part (requires; for not
    applicable, applies_when), or everything when that part has none."""
    from datetime import date
    from pathlib import Path

    from compliance.report.reasons import collapse_lists
    from compliance.report.reporters.text import split_evidence
    from compliance.run.api import CheckOptions, check

    root = Path(__file__).resolve().parent.parent
    paths = [str(path) for path in sorted((root / "contracts").glob("*.yaml"))]
    report = check(paths, CheckOptions(as_of=date.fromisoformat(AS_OF)))
    split = 0
    for contract in report.contracts:
        for result in contract.results:
            deciding, applicability = split_evidence(result)
            assert deciding + applicability == [
                *[i for i in collapse_lists(list(result.evidence)) if i in deciding],
                *[i for i in collapse_lists(list(result.evidence)) if i in applicability],
            ]
            assert sorted(map(repr, deciding + applicability)) == sorted(
                map(repr, collapse_lists(list(result.evidence)))
            )
            first = "applies_when" if result.status == "not_applicable" else "requires"
            if applicability:
                split += 1
                assert {i.role for i in deciding} == {first}
                assert first not in {i.role for i in applicability}
    assert split  # some verdict has both groups
    run = cli("check", *paths, "--as-of", AS_OF, "-v")
    lines = run.out.splitlines()
    assert "           applicability:" in lines
    for number, line in enumerate(lines):
        if line == "           applicability:":
            assert lines[number + 1].startswith("             ")  # its facts, indented


def test_the_readme_counts_the_unknowns_of_its_first_command() -> None:
    """The README's first screen says how many rules of how many the NATO proposal leaves
    unknown: the numbers the check prints."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    said = re.search(r"but (\d+) of (\d+) come out \*\*unknown\*\*", readme)
    assert said is not None
    run = cli("check", NATO, "--no-color")
    summary = re.search(r"summary: 0 pass, 0 fail, (\d+) unknown, (\d+) not applicable", run.out)
    assert summary is not None
    unknown, not_applicable = int(summary.group(1)), int(summary.group(2))
    assert (int(said.group(1)), int(said.group(2))) == (unknown, unknown + not_applicable)


@given(st.from_regex(r"[a-z_.]{0,6}(\[[0-9]{0,3}\])?[a-z]{0,2}(\[[0-9]{0,3}\])?", fullmatch=True))
def test_a_list_element_is_found_as_a_pattern_would(path: str) -> None:
    """``_whole_list`` (the list an element path belongs to) is what ``\\[\\d+\\]$`` says."""
    from compliance.report.reasons import _whole_list

    found = re.search(r"\[[0-9]+\]$", path)
    expected = path[: found.start()] if found and found.start() > 0 else None
    assert _whole_list(path) == expected
