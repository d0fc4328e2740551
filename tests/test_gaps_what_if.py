"""``compliance gaps`` on check's run path: ``--assume`` and ``--waivers`` apply as in
check, ``--baseline`` is refused. Real files through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

CONTRACT = str(ROOT / "contracts" / "eu-border-agency-2027.yaml")
RULE = "eu-ai-act-high-risk/data-governance"
AS_OF = ("--as-of", "2026-11-27")


def gap_ids(*args: str) -> dict[str, str]:
    run = run_cli("gaps", CONTRACT, *AS_OF, "--format", "json", *args)
    assert run.returncode == 0, run.stderr
    contract = json.loads(run.stdout)["contracts"][0]
    return {gap["id"]: gap["status"] for gap in contract["gaps"]}


@pytest.mark.parametrize(("value", "status"), [("false", "fail"), ("true", None)])
def test_an_assumed_fact_changes_the_gaps_as_in_check(value: str, status: str | None) -> None:
    assert gap_ids()[RULE] == "unknown"
    assert gap_ids("--assume", f"ai_act.data_governance={value}").get(RULE) == status
    check = run_cli(
        "check", CONTRACT, *AS_OF, "--format", "json", "--assume", f"ai_act.data_governance={value}"
    )
    verdicts = {r["id"]: r["status"] for r in json.loads(check.stdout)["contracts"][0]["results"]}
    assert verdicts[RULE] == (status or "pass")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_what_if_is_named_and_an_assumed_gap_marked(fmt: str) -> None:
    run = run_cli(
        "gaps", CONTRACT, *AS_OF, "--format", fmt, "--assume", "ai_act.data_governance=false"
    )
    assert run.returncode == 0, run.stderr
    head = run.stdout.split("\n\n")[2] if fmt == "markdown" else run.stdout.splitlines()[1]
    assert "what-if" in head and "ai_act.data_governance = false" in head
    section = run.stdout[run.stdout.index(RULE) :].split("suggested clause")[0]
    assert "assumed" in section
    plain = run_cli("gaps", CONTRACT, *AS_OF, "--format", fmt)
    assert "what-if" not in plain.stdout


def test_counsel_names_an_assumed_fact_in_words() -> None:
    run = run_cli(
        "gaps",
        CONTRACT,
        *AS_OF,
        "--audience",
        "counsel",
        "--assume",
        "ai_act.data_governance=false",
    )
    section = run.stdout[run.stdout.index(RULE) :].split("suggested clause")[0]
    assert "Rests on a fact assumed for this what-if" in section
    assert "--assume\n" not in section and "assumed with --assume" not in section


def write_waiver(
    tmp: Path, rule: str, contract: str = "eu-border-agency-2027", statuses: str = "[unknown]"
) -> str:
    path = tmp / "waivers.yaml"
    path.write_text(
        "waivers:\n"
        f"  - rule: {rule}\n"
        f"    contract: {contract}\n"
        "    justification: Accepted for the pilot.\n"
        "    owner: a@example.org\n"
        "    approved_by: b@example.org\n"
        "    expires: 2027-01-31\n"
        f"    statuses: {statuses}\n",
        encoding="utf-8",
    )
    return str(path)


def test_a_waived_gap_is_listed_apart_under_its_waiver(tmp_path: Path) -> None:
    waivers = write_waiver(tmp_path, RULE)
    assert RULE not in gap_ids("--waivers", waivers)
    run = run_cli("gaps", CONTRACT, *AS_OF, "--format", "json", "--waivers", waivers)
    data = json.loads(run.stdout)
    (waived,) = data["contracts"][0]["waived"]
    assert (waived["id"], waived["status"], waived["waived_status"]) == (RULE, "waived", "unknown")
    assert waived["waiver"]["justification"] == "Accepted for the pilot."
    assert data["header"]["waivers"] == waivers
    for fmt, heading in (("text", " Waived"), ("markdown", "### Waived")):
        out = run_cli("gaps", CONTRACT, *AS_OF, "--format", fmt, "--waivers", waivers).stdout
        after = out[out.index(heading + "\n") :]
        assert RULE in after and "waives unknown: Accepted for the pilot." in after


def test_without_waivers_nothing_is_listed_as_waived() -> None:
    run = run_cli("gaps", CONTRACT, *AS_OF, "--format", "json")
    assert "waived" not in json.loads(run.stdout)["contracts"][0]
    assert "Waived" not in run_cli("gaps", CONTRACT, *AS_OF).stdout


def test_a_waiver_that_matches_nothing_is_warned_about(tmp_path: Path) -> None:
    waivers = write_waiver(tmp_path, RULE, contract="another-contract")
    run = run_cli("gaps", CONTRACT, *AS_OF, "--waivers", waivers)
    assert run.returncode == 0
    assert run.stderr == (
        f"warning: {waivers}:2: waiver for {RULE} on another-contract matches no verdict of "
        "this run\n"
    )


def test_a_waiver_naming_an_unknown_pack_is_an_input_error(tmp_path: Path) -> None:
    waivers = write_waiver(tmp_path, "no-such-pack/no-such-rule")
    run = run_cli("gaps", CONTRACT, *AS_OF, "--waivers", waivers)
    assert run.returncode == 2
    assert run.stderr.startswith(f"{waivers}:2:11: ") and "no pack 'no-such-pack'" in run.stderr


def test_a_baseline_is_refused_in_one_line(tmp_path: Path) -> None:
    run = run_cli("gaps", CONTRACT, "--baseline", str(tmp_path / "base.json"))
    assert run.returncode == 2
    assert run.stderr == (
        "gaps: --baseline is not supported: a baseline decides which verdicts fail a check "
        "run, and a gap list has no such outcome (use compliance check --baseline)\n"
    )
