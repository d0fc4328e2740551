"""Property: a source that is not contract terms never changes a verdict (docs/
writing-contracts.md, "What outranks what").

Take a rule fixture, move one of its top-level facts into a clause, and add a press report
that states the fact with another value (another fixture's value for it that fits this
fixture, ``unspecified``, or a flag turned over): the clause binds without
``prevails_over``, so the description loads without error and every verdict is the one of
the contract without the report."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixturecases import doc_of, fixtures_with_top_level_facts, shipped_rule, top_level
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from compliance.contracts.terms import NOT_BINDING
from compliance.core.errors import InputError
from compliance.engine.conditions import Ctx
from compliance.engine.evaluate import evaluate_rule
from compliance.facts.vocabulary import CONTRACT_SOURCE_KINDS

CASES = fixtures_with_top_level_facts()


def _values() -> dict[str, list[Any]]:
    """fact -> the top-level values the fixtures give it (in a fixed order)."""
    out: dict[str, list[Any]] = {}
    for _, _, contract, _ in CASES:
        for key in top_level(contract):
            values = out.setdefault(key, [])
            if contract[key] not in values:
                values.append(contract[key])
    return out


VALUES = _values()


def _flipped(value: Any) -> Any:
    """The value with its first flag turned over (None if it has none)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, dict):
        for name, item in value.items():
            turned = _flipped(item)
            if turned is not None:
                return {**value, name: turned}
    return None


def _stated_elsewhere(contract: dict[str, Any], key: str) -> bool:
    """Whether a source that is not contract terms, or one the contract may disown, states
    ``key`` already (two such sources that disagree are an error, as they should be)."""
    return any(
        key in (source.get("facts") or {})
        and (
            source.get("kind") not in CONTRACT_SOURCE_KINDS or source.get("kind") == "usage-policy"
        )
        for source in contract.get("sources", [])
    ) or NOT_BINDING in str(contract)


def _status(pack: str, rule: str, contract: dict[str, Any], day: date) -> str:
    return evaluate_rule(shipped_rule(pack, rule), doc_of(contract, day), Ctx(day)).status


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(CASES), st.data())
def test_a_press_report_contradicting_a_clause_changes_no_verdict(case: Any, data: Any) -> None:
    pack, rule, contract, as_of = case
    day = date.fromisoformat(as_of)
    keys = [key for key in top_level(contract) if not _stated_elsewhere(contract, key)]
    if not keys:
        return
    key = data.draw(st.sampled_from(keys), label="fact")
    value = contract[key]
    others = [v for v in [*VALUES[key], "unspecified", _flipped(value)] if v is not None]
    other = data.draw(st.sampled_from([v for v in others if v != value] or ["unspecified"]))
    try:  # the other value must fit this fixture (the parties it names, say)
        doc_of({**contract, key: other}, day)
    except InputError:
        assume(False)
    clause = {"id": "rank-clause", "facts": {key: value}}
    moved = {name: item for name, item in contract.items() if name != key}
    moved["clauses"] = [*contract.get("clauses", []), clause]
    expected = _status(pack, rule, moved, day)
    report = {
        "id": "rank-press",
        "kind": "press-report",
        "title": "A report",
        "facts": {key: other},
    }
    told = {**moved, "sources": [*contract.get("sources", []), report]}
    assert _status(pack, rule, told, day) == expected, (pack, rule, key, other)
