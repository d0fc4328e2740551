"""The expected-verdict tables in contracts/README.md hold for the real command line.

Every built-in rule has a row in its pack's table, every bundled contract a column, and
each fail or unknown cell gives a one-line reason.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

import pytest
from conftest import AS_OF, CONTRACTS, cli

README = CONTRACTS / "README.md"
STATUSES = {"pass", "fail", "unknown", "not_applicable", "error"}


def tables() -> dict[str, dict[str, dict[str, str]]]:
    """pack -> rule -> contract id -> cell text, from the README."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    pack = None
    header: list[str] | None = None
    for line in README.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^### ([a-z0-9-]+)\s*$", line)
        if heading:
            pack, header = heading.group(1), None
            continue
        if pack is None or not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0] == "Rule":
            header = cells[1:]
            out[pack] = {}
        elif header is not None and not set(cells[0]) <= {"-", ":"}:
            out[pack][cells[0]] = dict(zip(header, cells[1:], strict=True))
    return out


@cache
def report(contract: str) -> dict[str, str]:
    run = cli(
        "check",
        str(CONTRACTS / f"{contract}.yaml"),
        "--format",
        "json",
        "--as-of",
        AS_OF,
        "--fail-on",
        "never",
    )
    assert run.code == 0, run.err
    (result,) = json.loads(run.out)["contracts"]
    return {r["id"]: r["status"] for r in result["results"]}


def builtin_rules() -> dict[str, list[str]]:
    run = cli("packs", "list", "--format", "json")
    data: dict[str, Any] = json.loads(run.out)
    return {p["id"]: [r["id"].split("/", 1)[1] for r in p["rules"]] for p in data["packs"]}


def test_every_pack_rule_and_contract_has_a_cell() -> None:
    found = tables()
    contracts = sorted(p.stem for p in CONTRACTS.glob("*.yaml"))
    for pack, rules in builtin_rules().items():
        assert pack in found, f"no table for {pack}"
        assert sorted(found[pack]) == sorted(rules), pack
        for rule, cells in found[pack].items():
            assert sorted(cells) == contracts, (pack, rule)


CASES = [
    (pack, rule, contract, cell)
    for pack, rows in sorted(tables().items())
    for rule, cells in sorted(rows.items())
    for contract, cell in sorted(cells.items())
]


@pytest.mark.parametrize(
    ("pack", "rule", "contract", "cell"), CASES, ids=[f"{c[2]}:{c[0]}/{c[1]}" for c in CASES]
)
def test_expected_verdict(pack: str, rule: str, contract: str, cell: str) -> None:
    status, _, reason = cell.partition(":")
    status = status.strip()
    assert status in STATUSES, cell
    if status in ("fail", "unknown"):
        assert reason.strip(), f"{contract}: {pack}/{rule} needs a one-line reason"
    assert report(contract)[f"{pack}/{rule}"] == status, cell


def test_nato_example_exits_0_and_1_with_fail_on_unknown() -> None:
    """The README's main command: no rule fails on the NATO proposal, many are unknown."""
    nato = str(CONTRACTS / "nato-openai-2026.yaml")
    assert cli("check", nato, "--as-of", AS_OF).code == 0
    run = cli("check", nato, "--as-of", AS_OF, "--fail-on", "unknown")
    assert run.code == 1
    assert "unknown" in run.out
