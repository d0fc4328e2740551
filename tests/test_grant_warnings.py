"""``compliance validate`` warns when a description states that the law is the only limit
on the uses the contract grants (``grants.limited_only_by_law: true``) beside a ban on a
use: the two terms contradict each other. A warning, not an error (the file stays valid)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import cli


def _contract(tmp_path: Path, ban: dict[str, Any], grant_source: str = "clause") -> Path:
    """A lawful-use grant limited only by law in clause 3 (or a press report), and ``ban``
    (restrictions) in clause 7."""
    grant = {"grants": {"any_lawful_use": True, "limited_only_by_law": True}}
    data: dict[str, Any] = {
        "id": "grant-beside-ban",
        "title": "Grant limited only by law beside a ban",
        "parties": [{"id": "dod", "roles": ["customer"], "kind": "defence-department"}],
        "clauses": [
            {"id": "2", "facts": {"purposes": ["military"]}},
            {"id": "7", "facts": {"restrictions": ban}},
        ],
    }
    if grant_source == "clause":
        data["clauses"].insert(1, {"id": "3", "facts": grant})
    else:
        data["sources"] = [{"id": "press", "kind": "press-report", "facts": grant}]
    path = tmp_path / "contract.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _warnings(path: Path) -> list[str]:
    run = cli("validate", str(path))
    assert run.code == 0, run.err
    assert "contract.yaml: valid" in run.out
    return [line for line in run.err.splitlines() if ": warning: " in line]


def test_a_ban_beside_a_grant_limited_only_by_law_is_warned_about(tmp_path: Path) -> None:
    path = _contract(tmp_path, {"mass_surveillance": {"prohibited": True}})
    (warning,) = _warnings(path)
    text = path.read_text(encoding="utf-8").splitlines()
    grant_line = next(i for i, line in enumerate(text, 1) if "limited_only_by_law" in line)
    ban_line = next(i for i, line in enumerate(text, 1) if "prohibited: true" in line)
    assert f"contract.yaml:{grant_line}:" in warning.split(" warning: ")[0]
    assert f"clause 3 (line {grant_line})" in warning
    assert f"clause 7 (line {ban_line})" in warning
    assert "grants.limited_only_by_law: true" in warning
    assert "restrictions.mass_surveillance.prohibited" in warning


def test_each_ban_is_named(tmp_path: Path) -> None:
    bans = {
        "mass_surveillance": {"prohibited": True},
        "autonomous_weapons": {"prohibited": True},
        "social_scoring": {"prohibited": False},
    }
    warnings = _warnings(_contract(tmp_path, bans))
    assert [w.split("(restrictions.")[1].split(".")[0] for w in warnings] == [
        "mass_surveillance",
        "autonomous_weapons",
    ]


@pytest.mark.parametrize(
    ("ban", "grant_source"),
    [
        pytest.param(
            {
                "mass_surveillance": {
                    "prohibited": True,
                    "condition": "as-required-by-applicable-law",
                }
            },
            "clause",
            id="ban-only-as-law-requires",
        ),
        pytest.param(
            {
                "mass_surveillance": {
                    "prohibited": True,
                    "condition": "where-law-or-policy-requires",
                }
            },
            "clause",
            id="ban-only-where-law-or-policy-requires",
        ),
        pytest.param(
            {"training_on_customer_data": {"prohibited": True}}, "clause", id="vendor-ban"
        ),
        pytest.param({"mass_surveillance": {"prohibited": True}}, "press", id="grant-in-press"),
        pytest.param({"mass_surveillance": {"prohibited": False}}, "clause", id="permitted"),
    ],
)
def test_no_warning_where_the_ban_adds_no_limit_or_the_grant_is_no_term(
    tmp_path: Path, ban: dict[str, Any], grant_source: str
) -> None:
    """A ban that applies only as far as the law (or the customer's policy) requires adds
    nothing to the law; a ban on the vendor's training does not limit the customer's uses;
    a press report is no term of the contract; an express permission is no ban."""
    assert _warnings(_contract(tmp_path, ban, grant_source)) == []


def test_a_later_term_that_states_the_grant_limited_settles_it(tmp_path: Path) -> None:
    """A term that adds a restriction states the grant fact false and prevails: the merged
    description no longer contradicts itself."""
    path = _contract(tmp_path, {"mass_surveillance": {"prohibited": True}})
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["clauses"].append(
        {
            "id": "8",
            "prevails_over": ["3"],
            "facts": {"grants": {"limited_only_by_law": False, "red_lines_prevail": True}},
        }
    )
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert _warnings(path) == []
