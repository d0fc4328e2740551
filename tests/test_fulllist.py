"""A describer's statements that the description is complete, through the real CLI.

``grants.uses_recorded_in_full`` (every term that permits or buys a use is recorded, the
contract's own list of uses illustrative) closes an open list of uses beside a stated,
unconditional ban where the contract grants no lawful use at large; ``restrictions.in_contract``
(complete: every restriction recorded) says a contract has no ban it does not list, so
no carve-out from one. Each is read only as stated: the same descriptions without it keep
the verdict unknown (audit 37, ms-ban-including; audit 56, strike-cell-autoforward)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, cli, rule_results

from compliance.facts.vocabulary import RESTRICTION_NAME
from compliance.model.usefacts import Restrictions

INCLUDING = ROOT / "tests" / "data" / "audit37" / "ms-ban-including.yaml"
STRIKE_CELL = ROOT / "tests" / "data" / "audit56" / "strike-cell-autoforward.yaml"


def _status(path: Path, pack: str, rule: str, as_of: str) -> dict[str, Any]:
    return rule_results(path, pack, as_of)[rule]


def _without(path: Path, line: str, tmp_path: Path) -> Path:
    """The description at ``path`` with the line that holds ``line`` deleted."""
    text = path.read_text(encoding="utf-8")
    kept = [row for row in text.splitlines(keepends=True) if line not in row]
    assert len(kept) == len(text.splitlines()) - 1, line
    out = tmp_path / path.name
    out.write_text("".join(kept), encoding="utf-8")
    return out


@pytest.mark.parametrize(
    ("path", "pack", "rule", "as_of", "statement", "missing"),
    [
        (
            INCLUDING,
            "no-mass-surveillance",
            "explicit-ban",
            "2028-06-01",
            "uses_recorded_in_full: true",
            "use_cases",
        ),
        (
            STRIKE_CELL,
            "no-autonomous-weapons",
            "human-decision-per-engagement",
            "2028-06-01",
            "in_contract: {items: [], complete: true}",
            "restrictions.autonomous_weapons.exceptions",
        ),
    ],
    ids=["uses-recorded-in-full", "restrictions-in-full"],
)
def test_the_statement_decides_and_its_absence_stays_unknown(
    path: Path,
    pack: str,
    rule: str,
    as_of: str,
    statement: str,
    missing: str,
    tmp_path: Path,
) -> None:
    stated = _status(path, pack, rule, as_of)
    assert stated["status"] == "pass", stated
    silent = _status(_without(path, statement, tmp_path), pack, rule, as_of)
    assert silent["status"] == "unknown", silent
    assert missing in {fact["path"] for fact in silent["missing"]}, silent["missing"]


def test_the_explanation_cites_the_statement_with_its_clause_and_line() -> None:
    """The statement is evidence like any fact: the explanation shows it with its clause
    and line."""
    run = cli(
        "explain",
        "no-autonomous-weapons/human-decision-per-engagement",
        "--contract",
        str(STRIKE_CELL),
        "--as-of",
        "2028-06-01",
    )
    assert run.code == 0, run.err
    assert "restrictions.in_contract = []  (clause 2, line " in run.out
    run = cli(
        "explain",
        "no-mass-surveillance/explicit-ban",
        "--contract",
        str(INCLUDING),
        "--as-of",
        "2028-06-01",
    )
    assert run.code == 0, run.err
    assert "grants.uses_recorded_in_full = true  (clause 2, line " in run.out


def test_the_restriction_names_are_the_restrictions() -> None:
    names = [key for key in Restrictions.model_fields if key != "in_contract"]
    assert list(RESTRICTION_NAME) == names


def test_a_restriction_name_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "id: c\ntitle: c\nrestrictions: {in_contract: {items: [mass_survelliance], "
        "complete: true}}\n",
        encoding="utf-8",
    )
    run = cli("validate", str(path))
    assert run.code != 0
    assert "mass_survelliance" in run.out + run.err
    assert "mass_surveillance" in run.out + run.err


def test_ban_prevails_does_not_take_the_list_of_restrictions() -> None:
    from compliance.packs.shorthands import ban_prevails_condition

    with pytest.raises(ValueError, match="unknown restriction 'in_contract'"):
        ban_prevails_condition("in_contract")


def test_validate_notes_a_restriction_the_complete_list_leaves_out(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "id: c\ntitle: c\nrestrictions:\n"
        "  in_contract: {items: [mass_surveillance], complete: true}\n"
        "  mass_surveillance: {prohibited: true, exceptions: {items: [], complete: true}}\n"
        "  weapons_integration: {prohibited: true, exceptions: {items: [], complete: true}}\n",
        encoding="utf-8",
    )
    run = cli("validate", str(path))
    assert run.code == 0, run.err
    assert (
        "c.yaml:6:24: note: restrictions.weapons_integration is stated, but "
        "restrictions.in_contract says the contract's restrictions are listed in full "
        "(line 4) and does not list it"
    ) in run.err
    assert "mass_surveillance is stated" not in run.err
