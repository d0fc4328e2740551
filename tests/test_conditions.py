"""Terms in force on an event whose day is not known (``effective_on``, ``expires_on``):
the verdict never rests on the condition being met or not.

The project's rule: a verdict rests only on terms shown to be in force on the as-of date;
silence is unknown. A term that takes effect "upon accreditation", or lapses "upon
termination", with no day given, may be in force or not: the verdict with it is a pass
only where it is a pass both with the term in force and with it absent, a fail only where
it is a fail on both, else unknown (compliance/contracts/conditions.py).

The property is checked against the real evaluation of the built-in rules, over contracts
made from their fixtures: one fixture's facts as a clause, another fixture's facts (for the
same rule) as an annex or amendment on a condition, prevailing over the clause, replacing
it, or beside it; sometimes the clause is conditional too. Then a few fixed contracts
check the loader's words: the term's state, the notes and the question."""

from __future__ import annotations

import itertools
import json
from datetime import date
from typing import Any

import pytest
from fixturecases import NOT_FACTS, doc_of, fixture_cases, shipped_rule
from hypothesis import assume, given
from hypothesis import strategies as st

from compliance.core.errors import InputError
from compliance.engine.conditions import Ctx
from compliance.engine.evaluate import evaluate_rule

CASES = fixture_cases(lambda case: bool(set(case["contract"]) - NOT_FACTS))
#: The fixture cases of each rule.
BY_RULE: dict[tuple[str, str], list[tuple[dict[str, Any], str]]] = {}
for _pack, _rule, _contract, _as_of in CASES:
    BY_RULE.setdefault((_pack, _rule), []).append((_contract, _as_of))
RULES = sorted(BY_RULE)

BASE, COND = "mm-base", "mm-cond"
EVENT = "accreditation of the system by the national authority"


def _facts(contract: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in contract.items() if key not in NOT_FACTS}


def describe(
    base: dict[str, Any],
    other: dict[str, Any],
    relation: str,
    kind: str,
    conditional: dict[str, str | None],
) -> dict[str, Any]:
    """The base fixture's facts as clause ``mm-base`` (its own clauses and sources kept),
    the other's as a source ``mm-cond`` of ``kind`` that ``relation`` ties to the clause;
    ``conditional`` gives each term's condition ("start", "end" or None: in force)."""

    def term(ref: str) -> dict[str, Any]:
        how = conditional.get(ref)
        if how == "start":
            return {"effective_on": EVENT}
        if how == "end":
            return {"expires_on": "termination of the framework agreement"}
        return {}

    clause = {"id": BASE, "facts": _facts(base), **term(BASE)}
    source: dict[str, Any] = {"id": COND, "kind": kind, "facts": _facts(other), **term(COND)}
    if relation != "beside":
        source[relation] = [BASE]
    return {
        "clauses": [*base.get("clauses", []), clause],
        "sources": [*base.get("sources", []), source],
    }


def without(contract: dict[str, Any], ref: str) -> dict[str, Any]:
    """The description without the term ``ref`` (nor what names it)."""

    def keep(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for item in items:
            if item["id"] == ref:
                continue
            item = dict(item)
            for key in ("prevails_over", "replaces"):
                if key in item:
                    item[key] = [r for r in item[key] if r != ref]
            out.append(item)
        return out

    return {**contract, "clauses": keep(contract["clauses"]), "sources": keep(contract["sources"])}


def in_force(contract: dict[str, Any], ref: str) -> dict[str, Any]:
    """The description with the term ``ref`` in force (its condition left out)."""

    def plain(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            {k: v for k, v in item.items() if k not in ("effective_on", "expires_on")}
            if item["id"] == ref
            else item
            for item in items
        ]

    return {
        **contract,
        "clauses": plain(contract["clauses"]),
        "sources": plain(contract["sources"]),
    }


_SEEN: dict[tuple[str, str, str, str], str] = {}


def status(pack: str, rule: str, contract: dict[str, Any], day: date) -> str:
    key = (pack, rule, json.dumps(contract, sort_keys=True, default=str), day.isoformat())
    found = _SEEN.get(key)
    if found is None:
        compiled = shipped_rule(pack, rule)
        found = _SEEN[key] = evaluate_rule(compiled, doc_of(contract, day), Ctx(day)).status
    return found


@given(
    rule=st.sampled_from(RULES),
    data=st.data(),
    relation=st.sampled_from(["prevails_over", "replaces", "beside"]),
    kind=st.sampled_from(["annex", "amendment", "side-letter"]),
    cond=st.sampled_from(["start", "end"]),
    base_cond=st.sampled_from([None, None, "start", "end"]),
)
def test_a_conditional_term_passes_or_fails_only_what_every_reading_does(
    rule: tuple[str, str],
    data: st.DataObject,
    relation: str,
    kind: str,
    cond: str,
    base_cond: str | None,
) -> None:
    """The verdict with terms on a condition whose day is not known is a pass only where
    every reading (each such term in force, or absent) passes, a fail only where every
    reading fails (a reading where the rule does not apply is no fail), not applicable
    only where no reading applies it."""
    pack, name = rule
    cases = BY_RULE[rule]
    base, as_of = data.draw(st.sampled_from(cases), label="base")
    other, _ = data.draw(st.sampled_from(cases), label="other")
    day = date.fromisoformat(as_of)
    conditional = {COND: cond, BASE: base_cond}
    described = describe(base, other, relation, kind, conditional)
    refs = [ref for ref, how in conditional.items() if how]
    readings = []
    try:
        got = status(pack, name, described, day)
        for chosen in itertools.product([True, False], repeat=len(refs)):
            reading = described
            for ref, present in zip(refs, chosen, strict=True):
                reading = in_force(reading, ref) if present else without(reading, ref)
            readings.append(status(pack, name, reading, day))
    except InputError:
        assume(False)  # the statements contradict (in some reading): nothing to compare
        return
    if got == "pass":
        # A rule whose requirement holds passes whether or not it applies (the engine's
        # reading of an unknown applies_when): a reading where it does not apply is no
        # reading where it fails.
        assert set(readings) <= {"pass", "not_applicable"}, (rule, described, readings)
    if got == "fail":
        assert set(readings) == {"fail"}, (rule, described, readings)
    if got == "not_applicable":
        assert set(readings) == {"not_applicable"}, (rule, described, readings)


@pytest.mark.parametrize(("pack", "rule", "contract", "as_of"), CASES[::7])
def test_a_fact_only_a_conditional_annex_states_is_open(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """Every top-level fact of a fixture stated instead by an annex that takes effect on an
    event with no day given: a pass, a fail or not applicable only where the fixture (the
    annex in force) and the fixture without those facts (the annex absent) both say so."""
    day = date.fromisoformat(as_of)
    facts = _facts(contract)
    annex = {"id": COND, "kind": "annex", "effective_on": EVENT, "facts": facts}
    rest = {k: v for k, v in contract.items() if k in NOT_FACTS}
    moved = {**rest, "sources": [*rest.get("sources", []), annex]}
    try:
        got = status(pack, rule, moved, day)
        with_it = status(pack, rule, contract, day)
        without_it = status(pack, rule, rest, day)
    except InputError:
        pytest.skip("the fixture's own terms contradict the annex")
    if got == "pass":
        assert {with_it, without_it} <= {"pass", "not_applicable"}, (pack, rule, contract)
    if got in ("fail", "not_applicable"):
        assert got == with_it == without_it, (pack, rule, contract, with_it, without_it)
