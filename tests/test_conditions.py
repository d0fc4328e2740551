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
from conftest import cli
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
    only where no reading applies it; and it is that verdict wherever every reading
    gives it."""
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
    # And the converse: where every reading gives the verdict, so does the contract (the
    # joined reading, where the facts the readings state differently are open, may be
    # unknown; each reading is then read on its own).
    if set(readings) == {"fail"}:
        assert got == "fail", (rule, described, readings)
    if set(readings) == {"not_applicable"}:
        assert got == "not_applicable", (rule, described, readings)
    if "pass" in readings and set(readings) <= {"pass", "not_applicable"}:
        assert got == "pass", (rule, described, readings)


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


# --- the loader's words: state, notes, question ---------------------------------------------

ANNEX = """\
id: annex-on-accreditation
title: A surveillance ban in an annex that awaits accreditation
use_cases: {items: [intelligence-analysis], complete: true}
clauses:
  - id: "4"
    facts:
      restrictions:
        mass_surveillance: {prohibited: false}
sources:
  - id: annex-s
    kind: annex
    EFFECTIVE
    prevails_over: ["4"]
    facts:
      restrictions:
        mass_surveillance: {prohibited: true, exceptions: {items: [], complete: true}}
"""
ON = "effective_on: accreditation of the system"
SURV = "no-mass-surveillance/explicit-ban"


def _write(tmp_path: Any, text: str, name: str = "c.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _check(path: str, as_of: str, *more: str) -> dict[str, Any]:
    run = cli("check", path, "--as-of", as_of, "--select", SURV, "--format", "json", *more)
    assert run.code in (0, 1), run.err
    return json.loads(run.out)["contracts"][0]  # type: ignore[no-any-return]


def test_a_ban_in_an_annex_awaiting_accreditation_is_unknown_with_notes(tmp_path: Any) -> None:
    path = _write(tmp_path, ANNEX.replace("EFFECTIVE", ON))
    contract = _check(path, "2027-05-01")
    (result,) = contract["results"]
    assert result["status"] == "unknown"
    # The JSON report lists the missing facts and notes once, the results by index.
    missing = {m["path"]: m for m in (contract["missing_facts"][i] for i in result["missing"])}
    prohibited = missing["restrictions.mass_surveillance.prohibited"]
    assert prohibited["reason"] == "unspecified"
    assert prohibited["source_id"] == "annex-s" and prohibited["line"] == 16
    notes = [contract["result_notes"][i] for i in result["notes"]]
    assert any("accreditation of the system" in note for note in notes)
    assert any(
        note.startswith("annex 'annex-s' takes effect upon accreditation of the system")
        for note in contract["notes"]
    )
    assert any(note.startswith("clause 4 applies unless") for note in contract["notes"])


def test_the_condition_met_on_a_day_reads_as_that_day(tmp_path: Any) -> None:
    met = ON + "\n    effective: 2027-07-01"
    path = _write(tmp_path, ANNEX.replace("EFFECTIVE", met))
    assert _check(path, "2027-05-01")["results"][0]["status"] == "fail"
    after = _check(path, "2027-08-01")
    assert after["results"][0]["status"] == "pass"
    assert not any("no day is given" in note for note in after.get("notes", []))


def test_explain_gives_the_term_the_state_conditional(tmp_path: Any) -> None:
    path = _write(tmp_path, ANNEX.replace("EFFECTIVE", ON))
    run = cli("explain", SURV, "--contract", path, "--as-of", "2027-05-01", "--format", "json")
    assert run.code == 0, run.err
    terms = {t["id"]: t for t in json.loads(run.out)["terms"]}
    assert terms["annex-s"]["state"] == "conditional"
    assert terms["annex-s"]["condition"] == "takes effect upon accreditation of the system"
    assert terms["4"]["state"] == "in-force" and "condition" not in terms["4"]


def test_gaps_asks_whether_the_condition_was_met(tmp_path: Any) -> None:
    path = _write(tmp_path, ANNEX.replace("EFFECTIVE", ON))
    run = cli("gaps", "--questions", path, "--as-of", "2027-05-01", "--format", "json")
    assert run.code in (0, 1), run.err
    questions = json.loads(run.out)["contracts"][0]["questions"]
    asked = [q for q in questions if q["topic"] == "Terms in time"]
    assert [q["question"] for q in asked] == [
        "Has the condition of annex 'annex-s' (accreditation of the system) been met, and on "
        "what day?"
    ]
    assert SURV in asked[0]["rules"]


def test_a_term_lapsing_on_an_event_is_read_both_ways(tmp_path: Any) -> None:
    text = ANNEX.replace("EFFECTIVE", "expires_on: termination of the framework agreement")
    contract = _check(_write(tmp_path, text), "2027-05-01")
    assert contract["results"][0]["status"] == "unknown"
    assert any("lapses upon termination" in note for note in contract["notes"])


def test_too_many_conditional_terms_is_an_error(tmp_path: Any) -> None:
    facts = "facts: {safeguards: {audit_logging: true}}"
    sources = "".join(f"  - id: s{i}\n    kind: annex\n    {ON}\n    {facts}\n" for i in range(8))
    text = "id: many\ntitle: many\nsources:\n" + sources
    run = cli("check", _write(tmp_path, text), "--as-of", "2027-05-01")
    assert run.code == 2
    assert "take effect or lapse on an event whose day is not given: at most 6" in run.err


def test_an_empty_event_is_refused(tmp_path: Any) -> None:
    text = ANNEX.replace("EFFECTIVE", 'effective_on: ""')
    run = cli("validate", _write(tmp_path, text))
    assert run.code == 2
    assert "effective_on" in run.err


def test_assumed_facts_count_on_every_reading(tmp_path: Any) -> None:
    """A what-if (--assume) that settles the open facts settles every reading too: the ban
    assumed in full passes, though the annex that states it awaits accreditation."""
    path = _write(tmp_path, ANNEX.replace("EFFECTIVE", ON))
    assumed = (
        "--assume",
        "restrictions.mass_surveillance.prohibited=true",
        "--assume",
        'restrictions.mass_surveillance.exceptions={"items": [], "complete": true}',
    )
    assert _check(path, "2027-05-01", *assumed)["results"][0]["status"] == "pass"


def test_an_unknown_reads_the_readings_only_until_one_is_unknown(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile input: six terms on conditions make 64 readings. A rule unknown on the
    joined reading is decided only where every reading agrees, so its readings are read
    one at a time and the first that is unknown ends it: a contract whose rules are
    unknown on every reading pays for one reading a rule, not 64."""
    from compliance.contracts.load import load_contract
    from compliance.engine import evaluate
    from compliance.engine.build import instantiate
    from compliance.packs.compiler import compile_packs

    facts = "facts: {data: {storage: [{country: BE}]}}"
    sources = "".join(
        f"  - id: s{i}\n    kind: annex\n    {ON} {i}\n    {facts}\n" for i in range(6)
    )
    doc = load_contract(_write(tmp_path, "id: many\ntitle: many\nsources:\n" + sources))
    assert doc.readings is not None and len(list(doc.readings())) == 64
    packs = instantiate(compile_packs(["no-mass-surveillance"]))
    calls = 0
    real = evaluate._evaluate_rule

    def counted(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return real(*args)

    monkeypatch.setattr(evaluate, "_evaluate_rule", counted)
    report = evaluate.evaluate_contract(doc, packs, date(2027, 5, 1))
    rules = len(report.results)
    assert {result.status for result in report.results} <= {"unknown", "not_applicable"}
    # each rule once on the joined reading, and at most once more per settled verdict
    # (a not applicable is checked on every reading); an unknown: one reading
    unknown = sum(result.status == "unknown" for result in report.results)
    assert calls <= rules + unknown + 64 * (rules - unknown), (calls, rules, unknown)
    assert unknown > 0
