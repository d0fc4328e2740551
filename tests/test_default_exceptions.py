"""A prohibition stated without exceptions has none; one left unspecified states nothing."""

from __future__ import annotations

from pathlib import Path

from compliance.contracts import load_contract
from compliance.facts import FList, FObj, FUnspec


def _restriction(tmp_path: Path, body: str) -> FObj:
    path = tmp_path / "c.yaml"
    path.write_text(f"id: c\ntitle: C\nrestrictions:\n  autonomous_weapons: {body}\n")
    facts = load_contract(str(path)).facts
    restrictions = facts.fields["restrictions"]
    assert isinstance(restrictions, FObj)
    found = restrictions.fields["autonomous_weapons"]
    assert isinstance(found, FObj)
    return found


def test_stated_prohibition_has_no_exceptions(tmp_path: Path) -> None:
    found = _restriction(tmp_path, "{prohibited: true}")
    exceptions = found.fields["exceptions"]
    assert isinstance(exceptions, FList)
    assert exceptions.complete and not exceptions.items


def test_unspecified_prohibition_leaves_exceptions_unknown(tmp_path: Path) -> None:
    found = _restriction(tmp_path, "{prohibited: unspecified}")
    assert isinstance(found.fields["prohibited"], FUnspec)
    assert "exceptions" not in found.fields
