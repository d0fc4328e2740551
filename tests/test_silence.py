"""Silence is unknown, everywhere: removing information never decides a verdict.

For each bundled contract and each case of each rule fixture, every single removal of
information (see ``removals.py``: one fact key deleted at any depth, a complete list opened,
an item of an open list dropped, a clause or source or its facts deleted) may only move a
verdict towards unknown: pass or fail to unknown, not_applicable to pass or unknown. Never
pass to fail or back, never unknown to a decision, never to error. All removals are
enumerated (no sampling), and evaluated in-process through the library.

One declared exception: a fact whose absence the law itself decides (a legal default,
registered with its citation in :mod:`compliance.facts.legal_defaults`; today only
``ai_act.derogation_claimed``: not claimed, Art. 6(2)-(4) and Art. 49(2) AI Act). For a
removal that deletes exactly such a fact, and only for the rules that read it, the verdict
changes its default implies are allowed too (listed with the default); every other removal,
and every other rule, is held to the property as it is.

A second: a transitional provision invoked by facts (a rule's ``effective.transitions``
with ``invoked_by``, e.g. AI Act Art. 111(2)-(4)) is an exception for whoever relies on
it to establish. A removal that deletes every fact invoking a transition of a rule (or an
object holding them) takes the transition out, and the rule's own first day applies: its
verdict may then move from the later reading (not applicable, or unknown on an open
date) to what the general date decides.

The facts a transition's condition reads inside ``stated`` count as invoking it too: such
a condition raises its question only where the contract states what raises it (AI Act
Art. 111(1): whether a system is a component of an Annex X large-scale IT system is asked
only of a stated biometric, law-enforcement or border use by a stated public authority), so
taking the statement away takes the question away, with the same moves.

A third: ``{stated: CONDITION}`` reads a condition as the contract states it (false when
unknown), for what would contradict a term: a ban is failed by a practice the contract
states it buys, never by silence about what it buys. A removal that deletes a fact such a
condition reads (or an object holding it, a clause or source deleted as a whole or its
``facts`` included), drops an item of a list it reads or opens such
a list (a fact read inside ``some``/``every`` counts under its list) takes the stated
contradiction away, and the verdict may move from fail to what the rest of the contract
decides. A stated purchase may also make the verdict hang on a further fact (a domestic
law-enforcement use the contract buys passes the Posse Comitatus carve-out only on express
statutory authority, unknown while that is not stated): taking the purchase away takes the
question away, and the verdict may move from unknown to pass.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, CONTRACTS, ROOT, cli, rule_results
from removals import Removal, apply, removals

from compliance.contracts.load import build_contract, load_contract
from compliance.document.loader import load_file
from compliance.document.nodes import Mapping, Sequence, to_plain
from compliance.engine.build import instantiate
from compliance.engine.conditions import Ctx
from compliance.engine.evaluate import evaluate_contract, evaluate_rule
from compliance.engine.ir import CompiledPack, PackSet
from compliance.facts.legal_defaults import LEGAL_DEFAULTS, LegalDefault, reads
from compliance.facts.tree import FLeaf, FList, FObj, FUnspec
from compliance.packs.compiler import compile_packs, compile_raw
from compliance.packs.fixtures import DEFAULT_AS_OF, _with_header
from compliance.packs.load import load_raw

STATUSES = ("pass", "fail", "unknown", "not_applicable", "error")
TOWARDS_UNKNOWN = (
    {(s, s) for s in STATUSES}
    | {(s, "unknown") for s in ("pass", "fail", "not_applicable")}
    | {("not_applicable", "pass")}
)
EXAMPLES = sorted(CONTRACTS.glob("*.yaml"))
PACKS = sorted(p.name for p in (ROOT / "rules").iterdir() if (p / "pack.yaml").is_file())

Statuses = Callable[[Mapping], dict[str, str]]
Readers = Callable[[str, str], bool]


def deleted_default(removal: Removal) -> LegalDefault | None:
    """The legal default (:mod:`compliance.facts.legal_defaults`) of the fact a removal deletes,
    when it deletes exactly such a fact (at the top level, or in a clause's or source's
    facts); else None."""
    if removal.how != "delete":
        return None
    steps = removal.path
    if len(steps) > 3 and steps[0] in ("clauses", "sources") and steps[2] == "facts":
        steps = steps[3:]
    if not all(isinstance(step, str) for step in steps):
        return None
    return LEGAL_DEFAULTS.get(".".join(str(step) for step in steps))


#: What taking out a transition that deferred a duty may do to a verdict: the general
#: date decides what the later reading left not applicable or unknown.
UNINVOKED_MOVES = frozenset(
    {("not_applicable", s) for s in ("pass", "fail", "unknown")}
    | {("unknown", s) for s in ("pass", "fail")}
)

Invokers = Callable[[str], tuple[tuple[str, ...], ...]]


def uninvokes(
    removal: Removal, invoking: tuple[tuple[str, ...], ...], *, opens: bool = False
) -> bool:
    """Whether the removal deletes a fact that invokes one of a rule's transitions (or an
    object holding it), or drops an item of one (with ``opens``, or opens such a list);
    ``invoking``: each transition's invoking paths, split in steps (a list written
    ``{items: [...], complete: ...}`` is the same fact as the list itself: its ``items``
    step is left out)."""
    if removal.how not in ("delete", "drop", "open") or (removal.how == "open" and not opens):
        return False
    steps = removal.path
    if len(steps) > 3 and steps[0] in ("clauses", "sources") and steps[2] == "facts":
        steps = steps[3:]
    deleted = tuple(
        str(step)
        for position, step in enumerate(steps)
        if isinstance(step, str)
        and not (
            step == "items" and position + 1 < len(steps) and isinstance(steps[position + 1], int)
        )
    )
    return any(path[: len(deleted)] == deleted for path in invoking)


#: What taking away a stated contradiction may do to a verdict: a fail it caused may go;
#: an unknown it caused by raising a question the contract leaves open (whether a bought
#: use meets the conditions of the ban's exception) may go; and where it defeats a
#: definition that would take the rule out of scope (e.g. a total ban the contract states
#: the customer may waive), the rule may become not applicable.
UNSTATED_MOVES = frozenset(
    {("fail", s) for s in ("pass", "unknown", "not_applicable")}
    | {(s, "not_applicable") for s in ("pass", "unknown")}
    | {("unknown", "pass")}
)


def stated_paths(node: Any) -> tuple[tuple[str, ...], ...]:
    """The facts a condition reads inside ``stated`` (through definitions too), as steps
    (list indexes left out): inside ``some`` / ``every`` a path relative to the item is
    read under the list's path; a path read from the top of the contract (``$.``) as it
    is; the fact another is compared with (``in: {fact: F}``) too; under ``party``, the
    fact naming the party, and the party's facts under ``parties``."""
    from compliance.engine.access import FactRef
    from compliance.engine.connectives import EachNode, PartyNode, StatedNode

    def under(scope: str, fact: str, top: bool) -> str:
        return fact if top or not scope else f"{scope}.{fact}"

    found: set[tuple[str, ...]] = set()
    seen: set[tuple[int, bool, str]] = set()
    todo: list[tuple[Any, bool, str]] = [(node, False, "")]
    while todo:
        current, inside, scope = todo.pop()
        if current is None or (id(current), inside, scope) in seen:
            continue
        seen.add((id(current), inside, scope))
        inside = inside or isinstance(current, StatedNode)
        fact = getattr(current, "fact", None)
        read: list[str] = []
        party = isinstance(current, PartyNode)  # names a party: its facts are under parties
        if isinstance(fact, str):
            read.append(under(scope, fact, current.from_top() and not party))
        value = getattr(current, "value", None)
        if isinstance(value, FactRef):
            read.append(under(scope, value.fact, value.root))
        if inside:
            found.update(tuple(path.replace("[*]", "").split(".")) for path in read)
        inner = read[0] if isinstance(current, EachNode) else "parties" if party else scope
        todo.extend((child, inside, inner) for child in current.children())
    return tuple(sorted(found))


def held(doc: Mapping, removal: Removal) -> tuple[Removal, ...]:
    """A removal that deletes a clause or a source as a whole, or its ``facts``, deletes
    every fact the statement holds: the deletion of each of its groups of facts (so that a
    stated contradiction the statement alone holds is taken away with it, as the third
    exception says of "an object holding it"). Empty for any other removal."""
    steps = removal.path
    if (
        removal.how != "delete"
        or not 2 <= len(steps) <= 3
        or steps[0] not in ("clauses", "sources")
        or not isinstance(steps[1], int)
        or (len(steps) == 3 and steps[2] != "facts")
    ):
        return ()
    statements = doc.get(str(steps[0]))
    if not isinstance(statements, Sequence) or steps[1] >= len(statements.items):
        return ()
    statement = statements.items[steps[1]]
    facts = statement.get("facts") if isinstance(statement, Mapping) else None
    if not isinstance(facts, Mapping):
        return ()
    return tuple(Removal("delete", (*steps[:2], "facts", key)) for key, _ in facts.items())


def allowed(
    removal: Removal,
    rule: str,
    readers: Readers,
    invokers: Invokers | None = None,
    stated: Invokers | None = None,
    exceptions: Invokers | None = None,
    holds: tuple[Removal, ...] = (),
) -> set[tuple[str, str]]:
    """The verdict changes a removal may cause in a rule: towards unknown, and, where it
    deletes a fact whose absence the law decides, for a rule that reads that fact, the
    changes the default implies; where it deletes a fact invoking one of the rule's
    transitions, the changes the general date implies; where it deletes a clause or
    source holding a fact the rule reads inside ``stated`` (``holds``: :func:`held`), the
    changes taking that stated contradiction away implies."""
    moves = set(TOWARDS_UNKNOWN)
    if stated is not None and any(uninvokes(part, stated(rule), opens=True) for part in holds):
        moves |= UNSTATED_MOVES
    found = deleted_default(removal)
    if found is not None and readers(rule, found.path):
        moves |= found.removal_moves
    if invokers is not None and uninvokes(removal, invokers(rule)):
        moves |= UNINVOKED_MOVES
    if stated is not None and uninvokes(removal, stated(rule), opens=True):
        moves |= UNSTATED_MOVES
    if exceptions is not None and uninvokes(removal, exceptions(rule), opens=True):
        moves |= EXCEPTION_MOVES
    return moves


def violations(
    doc: Mapping,
    statuses: Statuses,
    readers: Readers | None = None,
    invokers: Invokers | None = None,
    stated: Invokers | None = None,
    exceptions: Invokers | None = None,
) -> tuple[int, list[str]]:
    """(removals tried, every verdict a removal moved other than towards unknown, or than
    a legal default implies)."""
    before = statuses(doc)
    found: list[str] = []
    options = removals(doc)
    for removal in options:
        after = statuses(apply(doc, removal))
        holds = held(doc, removal)
        for rule, old in sorted(before.items()):
            moves = (
                allowed(removal, rule, readers, invokers, stated, exceptions, holds)
                if readers
                else TOWARDS_UNKNOWN
            )
            if (old, after[rule]) not in moves:
                found.append(f"{removal}: {rule} {old} -> {after[rule]}")
    return len(options), found


def rule_readers(rules: list[Any]) -> Readers:
    """Whether the rule named (by full id, or by id) reads a fact."""
    by_id = {r.ir.id: r for r in rules} | {f"{r.ir.pack}/{r.ir.id}": r for r in rules}

    @cache
    def read(rule: str, path: str) -> bool:
        compiled = by_id[rule]
        return reads(compiled.applies, path) or reads(compiled.requires, path)

    return read


def exception_paths(node: Any) -> tuple[tuple[str, ...], ...]:
    """The facts a rule's ``applies_when`` reads inside ``stated`` under a ``not`` (through
    definitions too): an exclusion from the rule's scope that the contract must state to
    rely on, such as AI Act Art. 2(8) (pre-market research) or Art. 111(2), first sentence
    (a legacy system). Like a transition's invoking facts, taking one away withdraws the
    exclusion, and the rule applies as it would without it."""
    from compliance.engine.connectives import NotNode

    found: set[tuple[str, ...]] = set()
    seen: set[int] = set()
    todo: list[Any] = [node]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, NotNode):
            found.update(stated_paths(current.part))
        todo.extend(current.children())
    return tuple(sorted(found))


def rule_invokers(rules: list[Any]) -> Invokers:
    """The facts invoking each transition of the rule named (by full id, or by id), with
    those its condition reads inside ``stated`` (:func:`stated_paths`: the question it
    raises only where the contract states what raises it), and those that invoke an
    exclusion from its scope (:func:`exception_paths`), as steps."""
    by_id = {r.ir.id: r for r in rules} | {f"{r.ir.pack}/{r.ir.id}": r for r in rules}

    @cache
    def invoking(rule: str) -> tuple[tuple[str, ...], ...]:
        compiled = by_id[rule]
        return (
            tuple(
                tuple(path.split("."))
                for transition in compiled.transitions
                for path in transition.invoked_by
            )
            + tuple(
                path
                for transition in compiled.transitions
                for path in stated_paths(transition.when)
            )
            + exception_paths(compiled.applies)
        )

    return invoking


#: What withdrawing an exception a requirement accepts in the alternative may do: the
#: exception is read only where stated (``stated``, e.g. a legacy system under AI Act
#: Art. 111(2), first sentence, which whoever relies on it must establish), so taking its
#: facts away leaves the requirement to its other alternatives, which may fail; and where
#: the stated facts only raised the exception's question (AI Act Art. 111(1): a stated
#: border use by a stated public authority asks whether the system is a component of an
#: Annex X large-scale IT system), the verdict that hung on it may fail too.
EXCEPTION_MOVES = frozenset({("pass", "fail"), ("unknown", "fail")})


def alternative_exception_paths(node: Any) -> tuple[tuple[str, ...], ...]:
    """The facts a rule's ``requires`` reads inside a ``stated`` within an alternative of an
    ``any`` (through definitions too), under no ``not`` or under two that cancel out ("no
    use is left out of the review, unless it is confined to a carve-out the contract
    states"): an exception the contract must state to rely on; and the ban facts a
    restricted practice's exception is read on where stated (``permits_practice``: the ban,
    or the statement that the use is confined to the exception, under the restriction's
    own path), which whoever relies on the exception must state too."""
    from compliance.engine.connectives import AnyNode, NotNode, PracticeNode, StatedNode

    found: set[tuple[str, ...]] = set()
    seen: set[tuple[int, bool, bool]] = set()
    todo: list[tuple[Any, bool, bool]] = [(node, False, False)]
    while todo:
        current, alternative, negated = todo.pop()
        if current is None or (id(current), alternative, negated) in seen:
            continue
        seen.add((id(current), alternative, negated))
        if isinstance(current, StatedNode) and alternative and not negated:
            found.update(stated_paths(current))
            continue
        if isinstance(current, PracticeNode):
            found.update(_practice_exception_paths(current))
        negated = negated != isinstance(current, NotNode)  # two nots cancel out
        alternative = alternative or isinstance(current, AnyNode)
        todo.extend((child, alternative, negated) for child in current.children())
    return tuple(sorted(found))


def _practice_exception_paths(practice: Any) -> set[tuple[str, ...]]:
    """The facts a restricted practice's exception part reads inside ``stated`` (the ban it
    is stated on, or the statement that the use is confined to it: see
    compliance.packs.shorthands.practice_condition, whose exception part is the ``not``
    described "No recognised exception ...")."""
    from compliance.engine.connectives import NotNode

    found: set[tuple[str, ...]] = set()
    todo: list[Any] = [practice]
    seen: set[int] = set()
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, NotNode) and (current.description or "").startswith(
            "No recognised exception"
        ):
            found.update(stated_paths(current.part))
            continue
        todo.extend(current.children())
    return found


def rule_exceptions(rules: list[Any]) -> Invokers:
    """:func:`alternative_exception_paths` of each rule's ``requires`` (by full id or id)."""
    by_id = {r.ir.id: r for r in rules} | {f"{r.ir.pack}/{r.ir.id}": r for r in rules}

    @cache
    def paths(rule: str) -> tuple[tuple[str, ...], ...]:
        return alternative_exception_paths(by_id[rule].requires)

    return paths


def rule_stated(rules: list[Any]) -> Invokers:
    """The facts each rule (by full id, or by id) reads inside ``stated``, as steps."""
    by_id = {r.ir.id: r for r in rules} | {f"{r.ir.pack}/{r.ir.id}": r for r in rules}

    @cache
    def paths(rule: str) -> tuple[tuple[str, ...], ...]:
        compiled = by_id[rule]
        return stated_paths(compiled.applies) + stated_paths(compiled.requires)

    return paths


@cache
def builtin() -> list[CompiledPack]:
    return instantiate(compile_packs(None))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_removal_moves_bundled_contracts_only_towards_unknown(example: Path) -> None:
    as_of = date.fromisoformat(AS_OF)

    def statuses(doc: Mapping) -> dict[str, str]:
        report = evaluate_contract(build_contract(doc, str(example)), builtin(), as_of)
        return {result.full_id: result.status for result in report.results}

    root = load_file(str(example))
    assert isinstance(root, Mapping)
    rules = [rule for pack in builtin() for rule in pack.rules]
    tried, found = violations(
        root,
        statuses,
        rule_readers(rules),
        rule_invokers(rules),
        rule_stated(rules),
        rule_exceptions(rules),
    )
    assert tried > 20, "the enumeration found almost nothing to remove"
    assert not found, "\n".join(found)


@cache
def _fixture_packs() -> tuple[Any, Any]:
    selected, known = load_raw(PACKS)
    return selected, compile_raw(selected, known)


@pytest.mark.parametrize("pack", PACKS)
def test_removal_moves_rule_fixtures_only_towards_unknown(pack: str) -> None:
    """Every case of every fixture, judged on its rule (with the case's parameters and
    date). Judging every rule of the pack instead finds nothing more today and takes three
    times as long."""
    selected, packset = _fixture_packs()
    index = [raw.id for raw in selected].index(pack)
    raw, ir = selected[index], packset.selected[index]
    instances: dict[str, CompiledPack] = {}
    tried = 0
    found: list[str] = []
    for test_file in raw.test_files:
        fixtures = load_file(test_file)
        assert isinstance(fixtures, Mapping)
        cases = fixtures.get("cases")
        assert isinstance(cases, Sequence)
        for case in cases.items:
            assert isinstance(case, Mapping)
            plain = to_plain(case)
            params = {**raw.test_parameters.get(test_file, {}), **(plain.get("parameters") or {})}
            key = repr(sorted(params.items()))
            if key not in instances:
                instances[key] = instantiate(PackSet([ir], packset.all), {ir.id: params})[0]
            rule_id = to_plain(fixtures)["rule"]
            rules = [rule for rule in instances[key].rules if rule.ir.id == rule_id]
            assert rules, rule_id
            as_of = date.fromisoformat(str(plain["as_of"])) if "as_of" in plain else DEFAULT_AS_OF
            contract = case.get("contract")
            assert contract is not None
            fragment = _with_header(contract, plain["name"])

            def statuses(
                doc: Mapping, file: str = test_file, on: date = as_of, judged: Any = rules
            ) -> dict[str, str]:
                built = build_contract(doc, file)
                ctx = Ctx(on)
                return {rule.ir.id: evaluate_rule(rule, built, ctx).status for rule in judged}

            count, problems = violations(
                fragment,
                statuses,
                rule_readers(rules),
                rule_invokers(rules),
                rule_stated(rules),
                rule_exceptions(rules),
            )
            tried += count
            name = f"{Path(test_file).name} [{plain['name']}]"
            found.extend(f"{name} {problem}" for problem in problems)
    assert tried > 100, "the enumeration found almost nothing to remove"
    assert not found, "\n".join(found)


# --- the enumeration itself ----------------------------------------------------------------------


def test_removals_reach_every_kind_of_information() -> None:
    root = load_file(str(CONTRACTS / "model-contract.yaml"))
    assert isinstance(root, Mapping)
    found = {str(removal) for removal in removals(root)}
    clause = "clauses[4].facts.restrictions"
    for expected in (
        "delete clauses[4]",
        "delete clauses[4].facts",
        f"delete {clause}",
        f"delete {clause}.mass_surveillance.exceptions",
        f"drop {clause}.mass_surveillance.covers[0]",
        f"open {clause}.emotion_recognition_workplace.exceptions",
        "delete clauses[0].facts.parties.items[0].roles",
        "open clauses[0].facts.parties",
    ):
        assert expected in found, expected
    assert not any(r.endswith("].id") for r in found), "a party's id names it; it is kept"


def test_removing_a_clause_removes_it_from_prevails_over(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "id: c\ntitle: C\nclauses:\n"
        "  - id: '9.2'\n    facts: {safeguards: {log_retention_months: 6}}\n"
        "sources:\n"
        "  - id: amendment-1\n    kind: amendment\n    prevails_over: ['9.2']\n"
        "    facts: {safeguards: {log_retention_months: 12}}\n"
    )
    root = load_file(str(path))
    assert isinstance(root, Mapping)
    reduced = apply(root, Removal("delete", ("clauses", 0)))
    assert to_plain(reduced)["sources"][0]["prevails_over"] == []
    facts = build_contract(reduced, str(path)).facts
    assert to_plain(root)["clauses"][0]["id"] == "9.2", "the original is left as it was"
    safeguards = facts.fields["safeguards"]
    assert isinstance(safeguards, FObj)
    retention = safeguards.fields["log_retention_months"]
    assert isinstance(retention, FLeaf) and retention.value == 12


# --- the known case: exceptions left out are unknown --------------------------------------------

BAN = """id: ban
title: A surveillance ban
use_cases: [intelligence-analysis]
restrictions:
  mass_surveillance:
    prohibited: true
    covers: [collection, commercially-acquired-data]
"""


def _status(tmp_path: Path, exceptions: str | None) -> dict[str, Any]:
    path = tmp_path / "ban.yaml"
    path.write_text(BAN + (f"    exceptions: {exceptions}\n" if exceptions is not None else ""))
    return rule_results(path, "no-mass-surveillance", AS_OF)["commercial-data-covered"]


@pytest.mark.parametrize(
    ("exceptions", "status"),
    [
        ("[commercially-acquired-data]", "fail"),  # carved out
        (None, "unknown"),  # the carve-out deleted: silence, not "none"
        ("unspecified", "unknown"),
        ("[]", "unknown"),  # an open list: it mentions none, but may hold more
        ("{items: [], complete: true}", "pass"),  # the contract allows none
        ("{items: [publicly-available-data], complete: true}", "pass"),
    ],
)
def test_exceptions_left_out_are_unknown(
    tmp_path: Path, exceptions: str | None, status: str
) -> None:
    result = _status(tmp_path, exceptions)
    assert result["status"] == status
    if status == "unknown":
        missing = {m["path"] for m in result["missing"]}
        assert "restrictions.mass_surveillance.exceptions" in missing


def _restriction(tmp_path: Path, body: str) -> FObj:
    path = tmp_path / "c.yaml"
    path.write_text(f"id: c\ntitle: C\nrestrictions:\n  autonomous_weapons: {body}\n")
    restrictions = load_contract(str(path)).facts.fields["restrictions"]
    assert isinstance(restrictions, FObj)
    found = restrictions.fields["autonomous_weapons"]
    assert isinstance(found, FObj)
    return found


def test_the_fact_tree_adds_nothing_the_description_does_not_say(tmp_path: Path) -> None:
    assert "exceptions" not in _restriction(tmp_path, "{prohibited: true}").fields
    assert isinstance(
        _restriction(tmp_path, "{prohibited: unspecified}").fields["prohibited"], FUnspec
    )
    stated = _restriction(tmp_path, "{prohibited: true, exceptions: {items: [], complete: true}}")
    none = stated.fields["exceptions"]
    assert isinstance(none, FList) and none.complete and not none.items


def test_validate_notes_a_prohibition_without_its_exceptions(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "id: c\ntitle: C\nrestrictions:\n"
        "  mass_surveillance: {prohibited: true}\n"
        "  autonomous_weapons: {prohibited: true, exceptions: unspecified}\n"
        "  social_scoring: {prohibited: true, exceptions: {items: [], complete: true}}\n"
        "  training_on_customer_data: {prohibited: false}\n"
        "  manipulation: {prohibited: true, exceptions: []}\n"
        "use_cases: {items: [], complete: true}\n"
        "excluded_use_cases: []\n"
    )
    run = cli("validate", str(path))
    assert run.code == 0, run.err
    assert run.out.strip().endswith("c.yaml: valid")
    notes = run.err.strip().splitlines()
    assert len(notes) == 3, notes
    assert notes[0].startswith(f"{path}:4:35: note: restrictions.mass_surveillance is prohibited")
    assert "exceptions: {items: [], complete: true}" in notes[0]
    assert notes[1].startswith(
        f"{path}:8:48: note: restrictions.manipulation.exceptions is an empty open list"
    )
    assert notes[2].startswith(f"{path}:10:21: note: excluded_use_cases is an empty open list")


def test_compare_never_shows_an_open_empty_list_as_none(tmp_path: Path) -> None:
    from compliance.run import compare

    def shown(value: str) -> str:
        path = tmp_path / "c.yaml"
        path.write_text(f"id: c\ntitle: C\nuse_cases: {value}\n")
        return compare.use_cases(load_contract(str(path)).facts, date(2026, 11, 27)).text

    assert shown("[]") == "none listed (open list)"
    assert shown("{items: [], complete: true}") == "none"
    assert shown("[translation]") == "translation (open list)"


# --- a known gap: a prevailing statement's fact removed uncovers the one it prevailed over ----

PREVAILING = """id: prevailing
title: An amendment raises log retention
parties:
  items:
    - {id: operator, roles: {items: [deployer], complete: true}, kind: company,
       eu_established: true}
  complete: true
geography: {deployment: [DE]}
purposes: [border-management]
use_cases: [border-control]
ai_act: {derogation_claimed: false}
clauses:
  - id: "9.2"
    facts:
      ai_act: {logging: true, log_retention_months: 3}
sources:
  - id: amendment-1
    kind: amendment
    prevails_over: ["9.2"]
    facts:
      ai_act: {log_retention_months: 12}
"""


@pytest.mark.xfail(
    strict=True,
    reason="prevails_over sets aside only the facts the prevailing statement restates: "
    "remove one (or the whole amendment) and the superseded value stands again "
    "(pass -> fail). A description without the amendment describes the contract as it "
    "was before it, so removing a whole prevailing statement cannot be held to the "
    "property; removing one of its facts could, if a statement that prevails withdrew "
    "every fact of the one it prevails over (the rank work of issue 14, section 2).",
)
def test_removing_a_prevailing_fact_does_not_uncover_the_superseded_one(tmp_path: Path) -> None:
    path = tmp_path / "prevailing.yaml"
    path.write_text(PREVAILING)
    root = load_file(str(path))
    assert isinstance(root, Mapping)
    rule = next(
        r
        for pack in builtin()
        for r in pack.rules
        if r.ir.pack == "eu-ai-act-high-risk" and r.ir.id == "logging-and-retention"
    )

    def statuses(doc: Mapping) -> dict[str, str]:
        built = build_contract(doc, str(path))
        return {rule.ir.id: evaluate_rule(rule, built, Ctx(date(2028, 1, 10))).status}

    assert statuses(root) == {"logging-and-retention": "pass"}
    _, found = violations(root, statuses)
    assert not found, "\n".join(found)


# --- the declared exception: facts whose absence the law decides --------------------------------

CLAIMED = """id: claimed
title: A derogation claimed for a grid-control system
parties:
  items:
    - {id: operator, roles: {items: [deployer], complete: true}, kind: company,
       eu_established: true}
  complete: true
geography: {deployment: [DE]}
purposes: {items: [commercial], complete: true}
use_cases: {items: [critical-infrastructure], complete: true}
ai_act:
  derogation_claimed: true
  derogation_condition: [preparatory-task]
  derogation_documented: true
  profiling: false
  risk_management: false
"""


def test_deleting_the_derogation_claim_makes_the_high_risk_duties_apply(tmp_path: Path) -> None:
    """The one kind of removal the law decides: the claim deleted, Art. 6(2) applies and an
    unmet duty fails (not_applicable -> fail), allowed for that removal and no other."""
    path = tmp_path / "claimed.yaml"
    path.write_text(CLAIMED)
    root = load_file(str(path))
    assert isinstance(root, Mapping)
    rules = [r for pack in builtin() for r in pack.rules if r.ir.pack == "eu-ai-act-high-risk"]
    as_of = date(2028, 1, 10)

    def statuses(doc: Mapping) -> dict[str, str]:
        built = build_contract(doc, str(path))
        return {r.ir.id: evaluate_rule(r, built, Ctx(as_of)).status for r in rules}

    claim = Removal("delete", ("ai_act", "derogation_claimed"))
    assert statuses(root)["risk-management"] == "not_applicable"
    assert statuses(apply(root, claim))["risk-management"] == "fail"
    _, strict = violations(root, statuses)
    assert f"{claim}: risk-management not_applicable -> fail" in strict
    _, found = violations(root, statuses, rule_readers(rules))
    assert not found, "\n".join(found)


def test_the_exception_is_narrow() -> None:
    """Only a deletion of exactly a registered fact, and only for a rule that reads it."""
    claim = ("ai_act", "derogation_claimed")
    assert deleted_default(Removal("delete", claim)) is LEGAL_DEFAULTS[".".join(claim)]
    assert deleted_default(Removal("delete", ("clauses", 2, "facts", *claim))) is not None
    for other in (
        Removal("delete", ("ai_act",)),  # a whole group: more than the fact goes
        Removal("delete", ("ai_act", "derogation_documented")),
        Removal("delete", ("clauses", 2)),
        Removal("open", ("ai_act", "derogation_claimed")),
        Removal("delete", ("parties", "items", 0, "roles")),
    ):
        assert deleted_default(other) is None, other
    readers = rule_readers([r for pack in builtin() for r in pack.rules])
    assert readers("eu-ai-act-high-risk/risk-management", "ai_act.derogation_claimed")
    assert not readers("no-mass-surveillance/ban-not-waivable", ".".join(claim))
    strict = allowed(Removal("delete", claim), "no-mass-surveillance/ban-not-waivable",
                     readers)  # fmt: skip
    assert strict == TOWARDS_UNKNOWN
    loose = allowed(Removal("delete", claim), "eu-ai-act-high-risk/risk-management", readers)
    assert ("not_applicable", "fail") in loose and ("pass", "fail") not in loose
    assert ("pass", "error") not in loose and ("unknown", "not_applicable") not in loose


def test_an_alternative_exception_is_found_only_where_stated_in_the_alternative() -> None:
    """The facts of an exception a requirement accepts in the alternative: the Annex X
    component of Art. 111(1) in the Annex III timeline rule (read where stated), not the
    facts its alternatives read without ``stated``, nor those under a ``not``. (The legacy
    system of Art. 111(2), first sentence, is read by its ``applies_when`` since the rule
    was split off compliance-timeline, which no longer accepts any such exception.)"""
    rules = {f"{r.ir.pack}/{r.ir.id}": r for p in builtin() for r in p.rules}
    found = rule_exceptions(list(rules.values()))
    timeline = found("eu-ai-act-high-risk/annex-iii-timeline")
    assert ("ai_act", "annex_x") in timeline
    assert ("ai_act", "deadlines", "annex_iii_duties") not in timeline
    assert ("parties", "becomes_provider_by") not in timeline
    # Art. 2(8) (pre-market research and development) under two nots that cancel out: an
    # exclusion whoever relies on it states; and Art. 2(2), a product of Annex I Section B
    # (its Art. 50 duties do not apply), read where stated (section-b-high-risk-product).
    assert found("eu-ai-act-high-risk/compliance-timeline") == (
        ("ai_act", "annex_i_product"),
        ("ai_act", "annex_i_section_b"),
        ("ai_act", "pre_market_development"),
    )
    # The weapons ban's own precedence over a grant of any lawful use, under two nots that
    # cancel out: the contract states it to confine the grant's unnamed uses to the ban.
    assert found("no-autonomous-weapons/human-judgment") == (
        ("restrictions", "weapons_integration", "prevails_over_grants"),
    )
    # A restricted practice's exception, read where the contract relies on it: on the ban
    # it states, or on the statement that the use is confined to it (permits_practice).
    practice = found("eu-ai-act-high-risk/no-prohibited-practice")
    assert ("restrictions", "emotion_recognition_workplace", "prohibited") in practice
    assert ("restrictions", "emotion_recognition_workplace", "confined_to_exception") in practice
    assert ("restrictions", "emotion_recognition_workplace", "exceptions") not in practice
