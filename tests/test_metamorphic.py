"""Metamorphic tests of time and rank over every built-in rule fixture: a fact moved out of
the contract's top level into a term that does not state it on the assessment date (one
expired, one not yet in force, one the contract disowns, one lacking a signature the
contract requires, one replaced or prevailed over)
decides the verdict exactly as the facts then in force say; restating a clause by a term
that prevails over it, or giving the contract a status, changes no verdict.

The project's rule: a verdict rests only on terms in force on the as-of date, that rank
high enough to bind, and not contradicted by what the contract buys; silence is unknown.
A duty that applies only from a later day is read on the terms in force while it applies
(docs/writing-contracts.md, "Terms in time"; ``_worst_period`` in
compliance/engine/evaluate.py).

Each test walks the fixture cases of tests/fixturecases.py (the rules as the packs ship
them) and compares two evaluations of one rule; the verdicts of the unchanged descriptions
are computed once per module run."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from fixturecases import (
    Case,
    doc_of,
    fixture_cases,
    fixtures_with_top_level_facts,
    shipped_rule,
    top_level,
)

from compliance.core.errors import InputError
from compliance.engine.conditions import Ctx
from compliance.engine.evaluate import evaluate_rule
from compliance.report.results import Result

CASES = fixtures_with_top_level_facts()

#: Verdicts from the best to the worst, as a later duty's periods are weighed.
WORST = ["not_applicable", "pass", "unknown", "fail", "error"]


def _params(cases: list[Case]) -> list[Any]:
    return [
        pytest.param(pack, rule, contract, as_of, id=f"{pack}/{rule}/{index}")
        for index, (pack, rule, contract, as_of) in enumerate(cases)
    ]


_EVALUATED: dict[tuple[str, str, str, str], Result] = {}


def evaluate(pack: str, rule: str, contract: dict[str, Any], day: date) -> Result:
    """The rule's result on the contract on ``day`` (the same description read once)."""
    key = (pack, rule, json.dumps(contract, sort_keys=True, default=str), day.isoformat())
    found = _EVALUATED.get(key)
    if found is None:
        compiled = shipped_rule(pack, rule)
        found = _EVALUATED[key] = evaluate_rule(compiled, doc_of(contract, day), Ctx(day))
    return found


def without(contract: dict[str, Any], key: str) -> dict[str, Any]:
    return {name: value for name, value in contract.items() if name != key}


def with_source(contract: dict[str, Any], key: str, source: dict[str, Any]) -> dict[str, Any]:
    """The contract with its top-level fact ``key`` stated by ``source`` instead."""
    return {
        **without(contract, key),
        "sources": [*contract.get("sources", []), {**source, "facts": {key: contract[key]}}],
    }


def with_clauses(contract: dict[str, Any], *clauses: dict[str, Any]) -> dict[str, Any]:
    return {**contract, "clauses": [*contract.get("clauses", []), *clauses]}


# --- 1. time: a term that expired before the assessment date ------------------------------------


@pytest.mark.parametrize(("pack", "rule", "contract", "as_of"), _params(CASES))
def test_a_fact_only_an_expired_amendment_states_counts_as_unsaid(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """One top-level fact at a time stated instead by a binding amendment that ran from a
    year before the assessment date to the day before it: the verdict is the one without
    that fact. An expired term states nothing now, and a duty that applies later is read
    on the periods from its first day, later still. A duty performed once that fell due
    while the amendment ran (``effective.due``, a day today's terms state) is read on the
    terms in force that day too, the worse verdict counting: the fact can only take a
    pass away."""
    compiled = shipped_rule(pack, rule)
    day = date.fromisoformat(as_of)
    first = day - timedelta(days=365)
    expired = {
        "id": "mm-expired",
        "kind": "amendment",
        "effective": first.isoformat(),
        "expires": (day - timedelta(days=1)).isoformat(),
    }
    original = evaluate(pack, rule, contract, day).status
    for key in top_level(contract):
        moved = with_source(contract, key, expired)
        expected = evaluate(pack, rule, without(contract, key), day).status
        got = evaluate(pack, rule, moved, day).status
        due = _due_day(compiled, without(contract, key))
        if due is not None and first <= due < day and got != expected:
            assert got == _worst(expected, original), (pack, rule, key, contract)
            continue
        assert got == expected, (pack, rule, key, contract)


# --- 2. time: a term that takes effect after the assessment date --------------------------------


def _start(compiled: Any) -> date | None:
    """The first day of the rule's duty (``effective.from``), None when it has none."""
    first = (compiled.ir.effective or {}).get("from")
    return date.fromisoformat(str(first)) if first else None


def _deferrable(compiled: Any, day: date) -> bool:
    """Whether a transition of the rule may defer its duty past ``day`` (a first day
    after it, for the contracts that meet its condition: Art. 111 of the AI Act)."""
    transitions = (compiled.ir.effective or {}).get("transitions", [])
    return any(date.fromisoformat(str(t["from"])) > day for t in transitions if t.get("from"))


def _due_day(compiled: Any, contract: dict[str, Any]) -> date | None:
    """The day the rule's duty falls due (``effective.due``), where the contract states it
    at its top level (moved into the amendment or not, the terms state it)."""
    path = (compiled.ir.effective or {}).get("due")
    if not path:
        return None
    found: Any = contract
    for name in path.split("."):
        found = found.get(name) if isinstance(found, dict) else None
    if isinstance(found, str):
        try:
            found = date.fromisoformat(found)
        except ValueError:
            return None
    return found if isinstance(found, date) else None


def _undated(compiled: Any, result: Result) -> bool:
    """Whether the rule's duty is performed once by a day no term in force states
    (``effective.due``), and the terms of a later period give another verdict than
    today's: then which terms bind when it falls due is unknown, and so is the verdict
    (unless today's terms fail it: they may be the ones it falls due under)."""
    return bool((compiled.ir.effective or {}).get("due")) and any(
        note.startswith("no term states when the duty falls due") for note in result.notes
    )


def _in_force_now(case: Case) -> bool:
    pack, rule, _, as_of = case
    start = _start(shipped_rule(pack, rule))
    return start is None or start <= date.fromisoformat(as_of)


@pytest.mark.parametrize(
    ("pack", "rule", "contract", "as_of"), _params([c for c in CASES if _in_force_now(c)])
)
def test_a_fact_a_later_amendment_states_counts_as_unsaid_for_a_duty_in_force(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """A duty in force on the assessment date (its first day, if any, on or before it):
    one top-level fact at a time stated instead by an amendment that takes effect the
    next day, or a year later, counts as unsaid. Where a transition defers the duty for
    this contract past the assessment date (the result says from when it applies), the
    duty is a later one: the fact then counts as said, or the worse of the two readings
    (see the next test). Where the duty is performed once by a later day the contract
    states (``effective.due``) on or after the amendment's, it is read on the terms in
    force that day: the fact then counts as said (with the law of that day); where no
    term states that day and the amendment's terms give another verdict, unknown."""
    compiled = shipped_rule(pack, rule)
    day = date.fromisoformat(as_of)
    deferrable = _deferrable(compiled, day)
    original = evaluate(pack, rule, contract, day).status
    for key in top_level(contract):
        unsaid = evaluate(pack, rule, without(contract, key), day).status
        for later in (1, 365):
            amendment = {
                "id": "mm-later",
                "kind": "amendment",
                "effective": (day + timedelta(days=later)).isoformat(),
            }
            result = evaluate(pack, rule, with_source(contract, key, amendment), day)
            why = (pack, rule, key, later, contract)
            due = _due_day(compiled, contract)
            if due is not None and due >= day + timedelta(days=later):
                said = (original, evaluate(pack, rule, contract, due).status)
                assert result.status in said, why
            elif _undated(compiled, result):
                # When it falls due is unsaid: unknown, save where today's terms fail it.
                assert result.status == ("fail" if unsaid == "fail" else "unknown"), why
            elif deferrable and result.applies_from is not None:
                allowed = {original, _worst(unsaid, original)}
                if due is not None and day < due < day + timedelta(days=later):
                    # Deferred past the assessment date and performed once on a day before
                    # the amendment takes effect: read on the terms in force that day, which
                    # do not state the fact yet.
                    allowed.add(evaluate(pack, rule, without(contract, key), due).status)
                assert result.status in allowed, why
            else:
                assert result.status == unsaid, why


def _term_end(contract: dict[str, Any]) -> date | None:
    """The contract's last day, where its top level states it as a date."""
    term = contract.get("term")
    end = term.get("end") if isinstance(term, dict) else None
    if isinstance(end, date):
        return end
    if isinstance(end, str):
        try:
            return date.fromisoformat(end)
        except ValueError:
            return None
    return None


def _worst(*statuses: str) -> str:
    return max(statuses, key=WORST.index)


@pytest.mark.parametrize(
    ("pack", "rule", "contract", "as_of"), _params([c for c in CASES if not _in_force_now(c)])
)
def test_a_later_amendment_counts_while_a_later_duty_applies(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """A duty whose first day (``start``: its ``effective.from``; a transition can only
    defer it further) is after the assessment date is read on the terms in force while it
    applies. One top-level fact at a time stated instead by an amendment that takes
    effect after the assessment date:

    * effective after the contract's term ends (and after the assessment date): it never
      states anything while the contract runs, so it counts as unsaid;
    * otherwise effective the next day, or on ``start`` itself: in force on every day the
      duty can apply, it counts as said (the verdict of the contract as written);
    * effective the day after ``start`` (within the term), for a rule with one first day
      and a contract whose other terms do not change: the duty's first day is read on the
      terms without the fact, the rest with it, and the worse of the two readings counts;
      for a rule whose transitions may defer the start past that day, the verdict is one
      of the two (said, or the worse)."""
    compiled = shipped_rule(pack, rule)
    day = date.fromisoformat(as_of)
    start = _start(compiled)
    assert start is not None
    transitions = bool((compiled.ir.effective or {}).get("transitions"))
    original = evaluate(pack, rule, contract, day).status
    for key in top_level(contract):
        end = _term_end(without(contract, key))
        unsaid = evaluate(pack, rule, without(contract, key), day).status
        days = [day + timedelta(days=1), start, start + timedelta(days=1)]
        if end is not None:
            days.append(max(end, day) + timedelta(days=1))
        for effective in days:
            amendment = {"id": "mm-later", "kind": "amendment", "effective": effective.isoformat()}
            moved = with_source(contract, key, amendment)
            got = evaluate(pack, rule, moved, day).status
            why = (pack, rule, key, effective.isoformat(), contract)
            if end is not None and effective > end:
                assert got == unsaid, why
            elif effective <= start:
                assert got == original, why
            elif transitions:
                assert got in (original, _worst(unsaid, original)), why
            elif not doc_of(contract, day).later and not doc_of(without(contract, key), day).later:
                assert got == _worst(unsaid, original), why


# --- 2b. time: a term on an event known not to have taken place by a day ------------------------

EVENT = "accreditation of the system"


@pytest.mark.parametrize(
    ("pack", "rule", "contract", "as_of"), _params([c for c in CASES if _in_force_now(c)])
)
def test_a_fact_a_term_awaiting_its_event_states_counts_as_unsaid_until_it_may_have_happened(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """A duty in force on the assessment date: one top-level fact at a time stated instead
    by an amendment that takes effect upon an event known not to have taken place by the
    assessment date (``effective_on_pending_through``) counts as unsaid, as an amendment
    that takes effect later does (the same exceptions: a duty that falls due later, or
    whose start a transition may defer). Moved to the day before the assessment date, the
    known-not-yet day changes nothing: the term is conditional, exactly as with the event
    alone, never a pass that rests on the day."""
    compiled = shipped_rule(pack, rule)
    day = date.fromisoformat(as_of)
    deferrable = _deferrable(compiled, day)
    for key in top_level(contract):
        unsaid = evaluate(pack, rule, without(contract, key), day).status
        event = {"id": "mm-event", "kind": "amendment", "effective_on": EVENT}
        pending = {**event, "effective_on_pending_through": as_of}
        result = evaluate(pack, rule, with_source(contract, key, pending), day)
        why = (pack, rule, key, contract)
        deferred = deferrable and result.applies_from is not None
        if _due_day(compiled, contract) is None and not _undated(compiled, result) and not deferred:
            assert result.status == unsaid, why
        earlier = {**event, "effective_on_pending_through": (day - timedelta(1)).isoformat()}
        conditional = evaluate(pack, rule, with_source(contract, key, event), day).status
        got = evaluate(pack, rule, with_source(contract, key, earlier), day).status
        assert got == conditional, why


# --- 3. rank: a disowned source, a side letter prevailed over, a replaced clause -----------------


def _states_grants(contract: dict[str, Any], name: str) -> bool:
    """Whether any statement of the contract writes ``grants.<name>``."""
    statements = [contract, *(s.get("facts") or {} for s in contract.get("clauses", []))]
    statements += [s.get("facts") or {} for s in contract.get("sources", [])]
    return any(isinstance(s.get("grants"), dict) and name in s["grants"] for s in statements)


_DISOWNING = {
    "id": "mm-disowning",
    "facts": {"grants": {"sources_not_binding": {"items": ["mm-annex"], "complete": True}}},
}


@pytest.mark.parametrize(
    ("pack", "rule", "contract", "as_of"),
    _params([c for c in CASES if not _states_grants(c[2], "sources_not_binding")]),
)
def test_a_fact_only_a_disowned_annex_states_counts_as_unsaid(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """One top-level fact at a time stated instead by an annex that a clause lists in
    ``grants.sources_not_binding``: the verdict is the one of the same contract whose
    disowned annex states nothing (the annex is read like a press report's)."""
    day = date.fromisoformat(as_of)
    empty = {"id": "mm-annex", "kind": "annex"}
    for key in top_level(contract):
        base = with_clauses(without(contract, key), _DISOWNING)
        expected = {**base, "sources": [*base.get("sources", []), empty]}
        moved = with_clauses(with_source(contract, key, empty), _DISOWNING)
        got = evaluate(pack, rule, moved, day).status
        assert got == evaluate(pack, rule, expected, day).status, (pack, rule, key, contract)


def _a_party(contract: dict[str, Any]) -> str:
    """A party id the contract may name: the first of a complete list of parties (an id
    outside it is an error), else one of the test's own."""
    parties = contract.get("parties")
    if isinstance(parties, dict) and parties.get("complete"):
        for item in parties.get("items", []):
            if isinstance(item, dict) and "id" in item:
                return str(item["id"])
    return "mm-party"


@pytest.mark.parametrize(
    ("pack", "rule", "contract", "as_of"),
    _params([c for c in CASES if not _states_grants(c[2], "modifications_signed_by")]),
)
def test_a_fact_only_an_unsigned_side_letter_states_counts_as_unsaid(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """One top-level fact at a time stated instead by a side letter that lacks the
    signature a clause requires of a modification (``grants.modifications_signed_by``; the
    letter's ``signed_by`` complete and without that party): the verdict is the one of the
    same contract whose unsigned letter states nothing. Adding a document that lacks a
    required signature never changes a verdict."""
    day = date.fromisoformat(as_of)
    party = _a_party(contract)
    requiring = {
        "id": "mm-modifications",
        "facts": {"grants": {"modifications_signed_by": {"items": [party], "complete": True}}},
    }
    letter = {
        "id": "mm-letter",
        "kind": "side-letter",
        "signed_by": {"items": [], "complete": True},
    }
    for key in top_level(contract):
        base = with_clauses(without(contract, key), requiring)
        expected = {**base, "sources": [*base.get("sources", []), letter]}
        moved = with_clauses(with_source(contract, key, letter), requiring)
        got = evaluate(pack, rule, moved, day).status
        assert got == evaluate(pack, rule, expected, day).status, (pack, rule, key, contract)


def _is_list(value: Any) -> bool:
    return isinstance(value, list) or (isinstance(value, dict) and "items" in value)


def _covers(new: Any, old: Any) -> bool:
    """Whether ``new``, prevailing over ``old``, leaves nothing of ``old`` standing: the
    merge of the two (compliance.facts.tree.Merger) is ``new``."""
    if _is_list(new) and _is_list(old):
        items = new["items"] if isinstance(new, dict) else new
        complete = isinstance(new, dict) and new.get("complete") is True
        return complete and not any(isinstance(item, dict | list) for item in items)
    if isinstance(new, dict) and isinstance(old, dict):
        return all(name in new and _covers(new[name], old[name]) for name in old)
    return True  # a value, or another kind of node, prevails as a whole


def _sibling_values() -> dict[tuple[str, str, str], list[Any]]:
    """(pack, rule, fact) -> the top-level values the rule's fixtures give the fact."""
    out: dict[tuple[str, str, str], list[Any]] = {}
    for pack, rule, contract, _ in CASES:
        for key in top_level(contract):
            values = out.setdefault((pack, rule, key), [])
            if contract[key] not in values:
                values.append(contract[key])
    return out


_SIBLINGS = _sibling_values()


def _contradicting(pack: str, rule: str, key: str, value: Any) -> list[Any]:
    """Values that contradict ``value`` and leave none of it standing when they prevail:
    ``unspecified``, and the first other value a fixture of the same rule gives the fact
    that does so."""
    out: list[Any] = ["unspecified"] if value != "unspecified" else []
    for other in _SIBLINGS[(pack, rule, key)]:
        if other != value and other != "unspecified" and _covers(other, value):
            out.append(other)
            break
    return out


@pytest.mark.parametrize(("pack", "rule", "contract", "as_of"), _params(CASES))
def test_a_side_letter_a_clause_prevails_over_gives_way_to_the_clause(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """One top-level fact at a time stated instead by a side letter, and with another
    value by a clause that prevails over the side letter: the verdict is the one of the
    contract that states the prevailing value at its top level."""
    day = date.fromisoformat(as_of)
    letter = {"id": "mm-letter", "kind": "side-letter"}
    for key in top_level(contract):
        for value in _contradicting(pack, rule, key, contract[key]):
            expected_contract = {**without(contract, key), key: value}
            prevailing = {"id": "mm-prevailing", "prevails_over": ["mm-letter"]}
            moved = with_clauses(
                with_source(contract, key, letter), {**prevailing, "facts": {key: value}}
            )
            try:
                expected = evaluate(pack, rule, expected_contract, day).status
            except InputError:
                continue  # the value contradicts another term of this fixture
            got = evaluate(pack, rule, moved, day).status
            assert got == expected, (pack, rule, key, value, contract)


@pytest.mark.parametrize(("pack", "rule", "contract", "as_of"), _params(CASES))
def test_a_fact_only_a_replaced_clause_states_counts_as_unsaid(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """One top-level fact at a time stated instead by a clause that a later clause in
    force replaces as a whole (stating nothing itself): the verdict is the one without
    that fact."""
    day = date.fromisoformat(as_of)
    old = {"id": "mm-old", "effective": (day - timedelta(days=730)).isoformat()}
    new = {
        "id": "mm-new",
        "effective": (day - timedelta(days=365)).isoformat(),
        "replaces": ["mm-old"],
    }
    for key in top_level(contract):
        moved = with_clauses(without(contract, key), {**old, "facts": {key: contract[key]}}, new)
        expected = evaluate(pack, rule, without(contract, key), day).status
        assert evaluate(pack, rule, moved, day).status == expected, (pack, rule, key, contract)


# --- 4. rank: a clause restated by a term that prevails over it ---------------------------------


def _facts_of(result: Result) -> list[tuple[str, str, str]]:
    """What a verdict rests on: each fact's path, value and role, once each."""
    return sorted((item.path, repr(item.value), item.role) for item in result.evidence)


@pytest.mark.parametrize(("pack", "rule", "contract", "as_of"), _params(CASES))
def test_a_clause_restated_by_a_prevailing_amendment_changes_no_verdict(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """The top-level facts stated instead by a clause, and all restated unchanged by an
    amendment in force that prevails over it; and each of the fixture's own clauses
    restated so: the same verdict on the same facts, each fact cited once, a value from
    the amendment (no fact lost, none counted twice: an object of a list without an id,
    stated again unchanged, is the same item)."""
    day = date.fromisoformat(as_of)
    original = evaluate(pack, rule, contract, day)
    facts = {key: contract[key] for key in top_level(contract)}
    restated = {
        **{name: value for name, value in contract.items() if name in ("clauses", "sources")},
        "clauses": [*contract.get("clauses", []), {"id": "mm-clause", "facts": facts}],
        "sources": [
            *contract.get("sources", []),
            {
                "id": "mm-restated",
                "kind": "amendment",
                "prevails_over": ["mm-clause"],
                "facts": facts,
                # Agreed when the contract was: a rule may ask when the term that states a
                # fact took effect (term_from: repealed clauses concluded before a day).
                **({"date": contract["signed_on"]} if "signed_on" in contract else {}),
            },
        ],
    }
    result = evaluate(pack, rule, restated, day)
    assert result.status == original.status, (pack, rule, contract)
    assert _facts_of(result) == _facts_of(original), (pack, rule, contract)
    for before, after in zip(
        sorted(original.evidence, key=_sort_key),
        sorted(result.evidence, key=_sort_key),
        strict=True,
    ):
        if before.source == "contract" and not isinstance(after.value, list | dict):
            assert after.source_id == "mm-restated", (pack, rule, after)  # its value, cited
    # The fixture's own clauses, each restated by an amendment that prevails over it (not
    # one a source of the fixture prevails over already: restating what that source sets
    # aside is another contract, whose two prevailing statements contradict each other).
    overruled = {
        str(ref)
        for source in contract.get("sources", [])
        for ref in source.get("prevails_over", [])
    }
    own = [
        c
        for c in contract.get("clauses", [])
        if c.get("facts") and "replaces" not in c and str(c.get("id")) not in overruled
    ]
    if not own:
        return
    again = {
        **contract,
        "sources": [
            *contract.get("sources", []),
            *(
                {
                    "id": f"mm-restates-{clause['id']}",
                    "kind": "amendment",
                    "prevails_over": [str(clause["id"])],
                    "facts": clause["facts"],
                    **{k: clause[k] for k in ("effective", "expires") if k in clause},
                }
                for clause in own
            ),
        ],
    }
    result = evaluate(pack, rule, again, day)
    assert result.status == original.status, (pack, rule, contract)
    assert _facts_of(result) == _facts_of(original), (pack, rule, contract)


def _sort_key(item: Any) -> tuple[str, str, str]:
    return (item.path, repr(item.value), item.role)


# --- 5. status is a note ------------------------------------------------------------------------

STATUSES = [
    "exploratory",
    "negotiating",
    "signed",
    "in-force",
    "suspended",
    "expired",
    "terminated",
]
#: The statuses under which the terms are not (or no longer) agreed and performed.
NOTED = {"exploratory", "negotiating", "suspended", "expired", "terminated"}

ALL_CASES = [c for c in fixture_cases(lambda case: True) if "status" not in c[2]]


@pytest.mark.parametrize(("pack", "rule", "contract", "as_of"), _params(ALL_CASES))
def test_the_contract_status_changes_no_verdict_and_is_noted(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """Every fixture case under a status (each status in turn over the cases, stated at
    the top level or by a clause): the same verdict as without it, since the verdicts
    read the terms as they would bind, and the contract's notes say so for a status whose
    terms are not (or no longer) agreed and performed."""
    index = ALL_CASES.index((pack, rule, contract, as_of))
    status = STATUSES[index % len(STATUSES)]
    day = date.fromisoformat(as_of)
    if index // len(STATUSES) % 2:
        stated = with_clauses(contract, {"id": "mm-status", "facts": {"status": status}})
    else:
        stated = {**contract, "status": status}
    assert evaluate(pack, rule, stated, day).status == evaluate(pack, rule, contract, day).status
    notes = [note for note in doc_of(stated, day).notes if "the contract's status is" in note]
    if status in NOTED:
        assert len(notes) == 1 and notes[0].startswith(
            f"the contract's status is {status} (status, line "
        ), notes
        assert (
            "the verdicts read the terms this description states as they would bind" in (notes[0])
        )
    else:
        assert not notes


# --- 4. a describer's statement that the description is complete ------------------------------

#: What the statement-free verdict may be, given the verdict with the statements: as for any
#: removal of information, towards unknown only (tests/test_silence.py).
_TOWARDS_UNKNOWN = {(s, s) for s in ("pass", "fail", "unknown", "not_applicable", "error")} | {
    ("pass", "unknown"),
    ("fail", "unknown"),
    ("not_applicable", "unknown"),
    ("not_applicable", "pass"),
}


def _restriction_names(contract: dict[str, Any]) -> list[str]:
    """The restrictions a contract states, at its top level or in its clauses and sources."""
    holders = [contract, *contract.get("clauses", []), *contract.get("sources", [])]
    names: set[str] = set()
    for holder in holders:
        facts = holder if holder is contract else holder.get("facts") or {}
        restrictions = facts.get("restrictions") if isinstance(facts, dict) else None
        if isinstance(restrictions, dict):
            names.update(key for key in restrictions if key != "in_contract")
    return sorted(names)


def _states_record(contract: dict[str, Any]) -> bool:
    text = json.dumps(contract, default=str)
    return "uses_recorded_in_full" in text or "in_contract" in text


RECORD_CASES = [c for c in fixture_cases(lambda case: True) if not _states_record(c[2])]


@pytest.mark.parametrize(("pack", "rule", "contract", "as_of"), _params(RECORD_CASES))
def test_removing_a_statement_that_the_description_is_complete_never_decides(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """Every fixture case, with a clause stating that the description records every term
    buying a use (``grants.uses_recorded_in_full``) and every restriction
    (``restrictions.in_contract``, complete, naming those it states): removing the
    statement (the fixture as written) never turns an unknown into a pass or a fail, nor a
    pass into a fail or back. The statements are read only as stated."""
    day = date.fromisoformat(as_of)
    record = {
        "id": "mm-record",
        "facts": {
            "grants": {"uses_recorded_in_full": True},
            "restrictions": {
                "in_contract": {"items": _restriction_names(contract), "complete": True}
            },
        },
    }
    try:
        stated = evaluate(pack, rule, with_clauses(contract, record), day).status
    except InputError:  # the fixture states the same fact otherwise at its top level
        return
    plain = evaluate(pack, rule, contract, day).status
    assert (stated, plain) in _TOWARDS_UNKNOWN, (pack, rule, stated, plain, contract)
