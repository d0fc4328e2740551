"""Every built-in rule's fixtures, one pytest test per case, and the pack standards."""

from __future__ import annotations

import json
from functools import cache

import pytest
from conftest import cli

from compliance.packs.fixtures import PackTestReport, run_pack_tests
from compliance.packs.locate import builtin_ids

MINIMUM_RULES = {
    "no-mass-surveillance": 12,
    "no-autonomous-weapons": 10,
    "eu-ai-act-high-risk": 15,
    "data-residency": 12,
}


@cache
def pack_report(pack: str) -> PackTestReport:
    return run_pack_tests(pack)


CASES = [(pack, case.id) for pack in builtin_ids() for case in pack_report(pack).cases]


@pytest.mark.parametrize(("pack", "case_id"), CASES, ids=[c[1] for c in CASES])
def test_fixture_case(pack: str, case_id: str) -> None:
    case = next(c for c in pack_report(pack).cases if c.id == case_id)
    assert case.ok, f"{case.file}:{case.line}: {case.detail}"


@pytest.mark.parametrize("pack", builtin_ids())
def test_every_rule_has_every_outcome(pack: str) -> None:
    assert pack_report(pack).coverage == []


def test_packs_test_command_passes() -> None:
    run = cli("packs", "test")
    assert run.code == 0, run.out
    assert "cases pass" in run.out


def test_packs_meet_the_rule_standard() -> None:
    run = cli("packs", "list", "--format", "json")
    packs = {p["id"]: p for p in json.loads(run.out)["packs"]}
    assert set(MINIMUM_RULES) <= set(packs)
    for pack, minimum in MINIMUM_RULES.items():
        rules = packs[pack]["rules"]
        assert len(rules) >= minimum, pack
        for rule in rules:
            assert rule["citations"], rule["id"]
            for citation in rule["citations"]:
                assert citation["provision"].strip(), rule["id"]
                assert citation["url"].startswith(("https://", "http://")), rule["id"]
            assert rule["basis"] in ("law", "policy-red-line", "guidance")
            assert rule["severity"] in ("low", "medium", "high", "critical")


def test_a_broken_fixture_fails_packs_test(tmp_path) -> None:
    """The fixture runner can fail: a copied pack with one expectation flipped."""
    import shutil

    from compliance.packs.locate import builtin_dir

    copy = tmp_path / "no-autonomous-weapons"
    shutil.copytree(builtin_dir() / "no-autonomous-weapons", copy)
    fixture = copy / "autonomous-weapons-ban.test.yaml"
    text = fixture.read_text()
    fixture.write_text(text.replace("expect: pass", "expect: fail", 1))
    run = cli("packs", "test", str(copy))
    assert run.code == 1
    assert "expected fail, got pass" in run.out
