"""Evaluating compiled packs over a contract: statuses, evidence and missing facts."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Any

from compliance.contracts.load import ContractDoc
from compliance.core.errors import InputError
from compliance.core.timing import phase
from compliance.engine import conditions as engine
from compliance.engine.dates import (
    Gate,
    date_gate,
    date_notes,
    start_gate,
    term_end,
    term_end_of,
)
from compliance.engine.fastpath import FastRule, fast_parts
from compliance.engine.ir import CompiledPack, CompiledRule
from compliance.facts.tree import ASSUMPTION, FLeaf, FList, FNode, FObj, FUnspec, find, plain_value
from compliance.facts.vocabulary import CONTRACT_SOURCE_KINDS
from compliance.report.results import (
    UNSETTLED_NOTE,
    ClauseEntry,
    ContractReport,
    EvidenceItem,
    MissingItem,
    Result,
    SourceEntry,
    jsonable,
)

APPLIES_WHEN = "applies_when"
REQUIRES = "requires"


def evidence_item(path: str, node: FNode, role: str = REQUIRES) -> EvidenceItem:
    prov = node.prov
    superseded: tuple[dict[str, object], ...] = ()
    if isinstance(node, _STATED) and node.superseded:
        superseded = tuple(
            {
                "value": jsonable(value),
                "clause": old.ref if old.kind == "clause" else None,
                "source": old.kind,
                "source_id": old.ref if old.kind != "clause" else None,
                "line": line,
            }
            for value, old, line in node.superseded
        )
    kind = prov.kind
    # tuple.__new__: an EvidenceItem without its Python-level __new__ (made by the thousand).
    return _new_item(
        EvidenceItem,
        (
            path,
            node.value if type(node) is FLeaf else plain_value(node),
            prov.ref if kind == "clause" else None,  # clause
            kind,  # source
            prov.ref if kind != "clause" and kind != "contract" else None,  # source_id
            node.line,
            node.col,
            prov.contract_term,
            superseded,
            role,
            0,  # more
        ),
    )


_STATED = (FLeaf, FUnspec)
_NODE = itemgetter(1)
_TERM = attrgetter("prov.contract_term")
_new_item = tuple.__new__


class _Part:
    """The evidence items of one part of a rule (applies_when or requires), built once per
    contract for each distinct evaluation result (definitions are memoised, so rules that
    share one share its evidence). Slotted by hand, not a record
    (:mod:`compliance.core.records`): made on the evaluation hot path."""

    __slots__ = ("assumed", "items", "listed", "lists", "most", "non_contract")

    def __init__(
        self,
        items: dict[tuple[str, int], EvidenceItem],
        listed: list[EvidenceItem],
        lists: dict[str, int],
        non_contract: bool,
        assumed: bool,
        most: int,
    ) -> None:
        #: (path, line) -> the item (one per fact and line; the first occurrence wins).
        self.items = items
        #: The items sorted by path and line, at most MAX_LIST_EVIDENCE of each list.
        self.listed = listed
        #: How many items each list has here (by the path with ``[*]`` for the indexes).
        self.lists = lists
        self.non_contract = non_contract
        self.assumed = assumed
        #: The most items of one list here (0: none under a list index).
        self.most = most


_EMPTY_PART = _Part({}, [], {}, False, False, 0)


def _part(raw: tuple[engine.Evidence, ...], role: str, ctx: engine.Ctx) -> _Part:
    """The items of ``raw`` in ``role``, kept on ``ctx`` for the contract."""
    if not raw:
        return _EMPTY_PART
    # By the facts themselves: rules that share a definition share its result's tuple,
    # and rules that read the same facts make equal ones (a fifth of the parts).
    key = (role, raw)
    hit: _Part | None = ctx.parts.get(key)
    if hit is not None:
        return hit
    built = ctx.items.get(role)
    if built is None:
        built = ctx.items[role] = {}
    if len(raw) == 1:  # one fact (a third of the parts): no duplicates, no order
        (fact,) = raw
        made = built.get(fact)
        if made is None:
            made = built[fact] = _made(fact[0], fact[1], role)
        at, item, pattern, flag = made
        found = _Part(
            {at: item},
            [item],
            {pattern: 1} if pattern is not None else {},
            flag is _NON_CONTRACT,
            flag is _ASSUMED,
            1 if pattern is not None else 0,
        )
        ctx.parts[key] = found
        return found
    items: dict[tuple[str, int], EvidenceItem] = {}
    lists: dict[str, int] = {}
    non_contract = assumed = False
    for fact in raw:
        made = built.get(fact)
        if made is None:
            path, node = fact
            made = built[fact] = _made(path, node, role)
        at, item, pattern, flag = made
        if at in items:
            continue
        items[at] = item
        if pattern is not None:
            lists[pattern] = lists.get(pattern, 0) + 1
        if flag:
            if flag is _ASSUMED:
                assumed = True
            else:
                non_contract = True
    ordered = list(map(items.__getitem__, sorted(items))) if len(items) > 1 else [*items.values()]
    most = max(lists.values()) if lists else 0
    if most > MAX_LIST_EVIDENCE:
        ordered = _capped(ordered)
    found = _Part(items, ordered, lists, non_contract, assumed, most)
    ctx.parts[key] = found
    return found


_ASSUMED, _NON_CONTRACT = "assumed", "non-contract"


def _made(
    path: str, node: FNode, role: str
) -> tuple[tuple[str, int], EvidenceItem, str | None, str]:
    """A fact's (path, line), its evidence item, its list's path when it is under a list
    index, and what :func:`_flags` says of it (assumed, non-contract, or "")."""
    item = evidence_item(path, node, role)
    prov = node.prov
    kind = prov.kind
    if kind == ASSUMPTION:
        flag = _ASSUMED
    elif not prov.contract_term:
        flag = _NON_CONTRACT
    else:
        flag = ""
    return (path, node.line), item, _list_path(path) if "[" in path else None, flag


def _flags(items: Iterable[EvidenceItem]) -> tuple[bool, bool]:
    """Whether an item rests on a source that is not a contract term, and whether one is
    an assumed fact (``--assume``)."""
    non_contract = assumed = False
    for item in items:
        if item.source == ASSUMPTION:
            assumed = True
        elif not item.contract_term:
            non_contract = True
    return non_contract, assumed


def _evidence(
    applies: tuple[engine.Evidence, ...], requires: tuple[engine.Evidence, ...], ctx: engine.Ctx
) -> tuple[list[EvidenceItem], bool, bool]:
    """A rule's evidence items, one per fact and line, sorted by path and line; a fact the
    requires part did not use is marked as serving applies_when. With whether one rests on
    a source that is not a contract term, and whether one is an assumed fact."""
    # The lists are shared by the contract's results that rest on the same facts (a result's
    # evidence is never changed in place; reports render each distinct list once).
    if not requires:
        if not applies:
            return [], False, False
        first = _part(applies, APPLIES_WHEN, ctx)
        return first.listed, first.non_contract, first.assumed
    second = _part(requires, REQUIRES, ctx)
    if not applies:
        return second.listed, second.non_contract, second.assumed
    first = _part(applies, APPLIES_WHEN, ctx)
    # Rules with the same two parts share their merge (by the parts' identities: each
    # part is kept in ctx.parts for the contract, so its id is not reused).
    key = (id(first), id(second))
    found = ctx.parts.get(key)
    if found is None:
        found = ctx.parts[key] = _merged(first, second)
    return found[0], found[1], found[2]


def _merged(first: _Part, second: _Part) -> tuple[list[EvidenceItem], bool, bool]:
    """The items of two parts, one per fact and line, sorted; with their flags."""
    # A fact both parts use serves requires (its item from that part, for the same node).
    merged = {**first.items, **second.items}
    ordered = list(map(merged.__getitem__, sorted(merged)))  # keys are distinct
    # Items are capped per list and role, and each part has one role: a list holds too
    # many items only where one part alone does (a fact both use serves requires).
    if first.most > MAX_LIST_EVIDENCE or second.most > MAX_LIST_EVIDENCE:
        ordered = _capped(ordered)
        if len(ordered) < len(merged):
            return (ordered, *_flags(ordered))
    return (
        ordered,
        first.non_contract or second.non_contract,
        first.assumed or second.assumed,
    )


#: Evidence items kept per list and role (elements of one list, e.g. ``use_cases[0]`` ...
#: ``use_cases[19999]``); the last one kept counts the others (``more``). A report's size
#: does not grow with the length of a contract's lists.
MAX_LIST_EVIDENCE = 5

_INDEX = re.compile(r"\[\d+\]")


@lru_cache(maxsize=4096)
def _list_path(path: str) -> str | None:
    """The path with ``[*]`` for its list indexes (None: no index)."""
    return _INDEX.sub("[*]", path) if "[" in path else None


def _capped(items: list[EvidenceItem]) -> list[EvidenceItem]:
    """At most :data:`MAX_LIST_EVIDENCE` items of each list (same path but for the indexes,
    same role), in order; the last one kept says how many were left out."""
    if len(items) <= MAX_LIST_EVIDENCE:
        return items
    groups: dict[tuple[str, str], list[int]] = {}
    for position, item in enumerate(items):
        pattern = _list_path(item.path)
        if pattern is not None:
            groups.setdefault((pattern, item.role), []).append(position)
    dropped: set[int] = set()
    out = list(items)
    for positions in groups.values():
        if len(positions) > MAX_LIST_EVIDENCE:
            positions.sort(key=lambda p: (items[p].line, items[p].column))
            last = positions[MAX_LIST_EVIDENCE - 1]
            out[last] = out[last]._replace(more=len(positions) - MAX_LIST_EVIDENCE)
            dropped.update(positions[MAX_LIST_EVIDENCE:])
    if not dropped:
        return items
    return [item for position, item in enumerate(out) if position not in dropped]


class _Missing:
    """The missing items of one part of a rule, built once per contract for each distinct
    evaluation result (as :class:`_Part` for evidence). Slotted by hand: made on the
    evaluation hot path."""

    __slots__ = ("assumed", "items", "ordered", "unsettled")

    def __init__(
        self,
        items: dict[engine.Missing, MissingItem],
        assumed: bool,
        unsettled: tuple[str, ...] = (),
    ) -> None:
        #: (path, reason) -> the item.
        self.items = items
        self.assumed = assumed
        #: Why the law is open on the points the part raises (``unsettled``): not facts.
        self.unsettled = unsettled
        #: The items sorted by path and reason (made when first asked for).
        self.ordered: list[MissingItem] | None = None

    def sorted(self) -> list[MissingItem]:
        if self.ordered is None:
            items = self.items
            self.ordered = list(map(items.__getitem__, sorted(items)))
        return self.ordered


def _missing_part(raw: tuple[engine.Missing, ...], facts: FObj, built: dict[Any, Any]) -> _Missing:
    """The missing items of one part of a rule, kept in ``built`` (the contract's, for the
    tree ``facts``) for each distinct part (definitions are memoised, so rules that share
    one share its missing facts)."""
    # By the facts missed themselves (as in _part).
    whole = ("missing", raw)
    found: _Missing | None = built.get(whole) or _ABSENT_PARTS.get(raw)
    if found is not None:
        return found
    items: dict[engine.Missing, MissingItem] = {}
    assumed = False
    unsettled: list[str] = []
    absent = True  # every fact absent: the same part for every contract
    for key in raw:
        if key in items:
            continue
        if key[1] == engine.UNSETTLED:  # a point of law, not a fact to ask for
            if key[0] not in unsettled:
                unsettled.append(key[0])
            continue
        made = _ABSENT_ITEMS.get(key) or built.get(key)
        if made is None:
            made = _missing_item(key[0], key[1], facts)
            if key[1] == engine.ABSENT:  # the same item for every contract
                if len(_ABSENT_ITEMS) >= _MAX_ABSENT_ITEMS:
                    _ABSENT_ITEMS.clear()
                _ABSENT_ITEMS[key] = made
            else:
                built[key] = made
        if key[1] != engine.ABSENT:
            absent = False
        item, assumed_fact = made
        items[key] = item
        assumed = assumed or assumed_fact
    found = _Missing(items, assumed, tuple(sorted(unsettled)) if unsettled else ())
    if absent and not unsettled:
        if len(_ABSENT_PARTS) >= _MAX_ABSENT_ITEMS:
            _ABSENT_PARTS.clear()
        _ABSENT_PARTS[raw] = found
    else:
        built[whole] = found
    return found


#: The missing item of a fact absent from a contract, by (path, reason): it names no line
#: nor clause, so it is the same for every contract (made once per process, at most this
#: many kept: paths with list indexes are as many as a contract's lists are long).
_ABSENT_ITEMS: dict[engine.Missing, tuple[MissingItem, bool]] = {}
_MAX_ABSENT_ITEMS = 4096
#: The same for the missing items of a rule part whose facts are all absent (its sorted
#: list shared by the results of every contract: nothing changes a result's lists).
_ABSENT_PARTS: dict[tuple[engine.Missing, ...], _Missing] = {}


def _rule_missing(
    outcome: engine.RuleOutcome, facts: FObj, ctx: engine.Ctx
) -> tuple[list[MissingItem], bool, tuple[str, ...]]:
    """A rule's missing facts, sorted by path and reason, its two parts' items made once
    per contract and tree (the tree gives an unspecified fact's place); with whether one
    is an assumed fact, and why the law is open on the points of law (``unsettled``) its
    unknown also waits on."""
    key = ("missing-items", id(facts))
    kept = ctx.items.get(key)
    if kept is None or kept[0] is not facts:
        kept = ctx.items[key] = (facts, {})
    built: dict[Any, Any] = kept[1]
    if not outcome.applies_missing or not outcome.requires_missing:
        part = _missing_part(outcome.requires_missing or outcome.applies_missing, facts, built)
        return part.sorted(), part.assumed, part.unsettled
    first = _missing_part(outcome.applies_missing, facts, built)
    second = _missing_part(outcome.requires_missing, facts, built)
    # Rules with the same two parts share their merge (by the parts' identities: each is
    # kept in ``built`` for the contract, so its id is not reused).
    pair = (id(first), id(second))
    merged: tuple[list[MissingItem], bool] | None = built.get(pair)
    if merged is None:
        merged = built[pair] = _merged_missing(first, second)
    unsettled = first.unsettled
    if second.unsettled:
        unsettled = tuple(sorted({*unsettled, *second.unsettled}))
    return merged[0], merged[1], unsettled


def _merged_missing(first: _Missing, second: _Missing) -> tuple[list[MissingItem], bool]:
    """The missing items of a rule's two parts, sorted by path and reason; with whether
    one is an assumed fact."""
    items = {**first.items, **second.items}
    ordered = list(map(items.__getitem__, sorted(items)))
    # One part read on the terms alone (what only a report said set aside) may miss a fact
    # the other, read on the whole description, finds unspecified or open: say it once,
    # where it is written down.
    absent = {path for path, reason in items if reason == engine.ABSENT}
    if absent:
        told = absent & {path for path, reason in items if reason != engine.ABSENT}
        if told:
            ordered = [
                item for item in ordered if item.reason != engine.ABSENT or item.path not in told
            ]
    return ordered, first.assumed or second.assumed


def _missing_item(path: str, reason: str, facts: FObj) -> tuple[MissingItem, bool]:
    # tuple.__new__: a MissingItem without its Python-level __new__ (as for evidence).
    node = find(facts, path) if reason != engine.ABSENT else None
    if node is not None and node.prov.kind == ASSUMPTION:
        return _new_item(MissingItem, (path, reason, None, None, None)), True
    if node is None:
        return _new_item(MissingItem, (path, reason, None, None, None)), False
    prov = node.prov
    clause = prov.ref if prov.kind == "clause" else None
    source = prov.ref if prov.kind not in ("clause", "contract") else None
    return _new_item(MissingItem, (path, reason, node.line, clause, source)), False


def _result(
    ir: Any,
    status: str,
    evidence: list[EvidenceItem],
    missing: list[MissingItem],
    **extra: Any,
) -> Result:
    """A rule's result, its metadata taken from the compiled rule."""
    return Result(
        pack=ir.pack,
        rule=ir.id,
        title=ir.title,
        severity=ir.severity,
        basis=ir.basis,
        citations=ir.citations,
        question=ir.question,
        remediation=ir.remediation,
        status=status,
        evidence=evidence,
        missing=missing,
        **extra,
    )


def evaluate_rule(rule: CompiledRule, doc: ContractDoc, ctx: engine.Ctx) -> Result:
    """One rule's result on one contract: status, evidence, missing facts, date notes."""
    result = _evaluate_rule(rule, doc, ctx)
    if doc.readings is not None:
        if result.status in _SETTLED:
            _check_readings(rule, doc, ctx, result)
        elif result.status == engine.UNKNOWN_S:
            return _decided_on_every_reading(rule, doc, ctx, result)
    return result


#: The verdicts each verdict agrees with on another reading of the conditions whose day is
#: not known: a rule whose requirement holds passes whether or not it applies.
_SETTLED = {
    engine.PASS: (engine.PASS, engine.NOT_APPLICABLE),
    engine.FAIL: (engine.FAIL,),
    engine.NOT_APPLICABLE: (engine.NOT_APPLICABLE,),
}


def _check_readings(rule: CompiledRule, doc: ContractDoc, ctx: engine.Ctx, result: Result) -> None:
    """A pass, fail or not applicable on a contract with terms in force on a condition
    whose day is not known stands only where every reading (each such term in force or
    not) agrees; else the verdict is unknown, missing the facts the condition leaves open
    that the readings' verdicts rest on, with a note giving each reading's verdict.

    The facts the readings state differently are already open (compliance.contracts.
    conditions), so the verdict on them is mostly unknown already; this settles what turns
    on them otherwise (a duty's due day only one reading states, say)."""
    agree = _SETTLED[result.status]
    read = _each_reading(rule, doc, ctx)
    if all(other.status in agree for _, other in read):
        return
    words = _reading_words(doc, read)
    result.status = engine.UNKNOWN_S
    paths = {item.path for _, other in read for item in other.evidence}
    paths |= {item.path for _, other in read for item in other.missing}
    opened = [
        item
        for item in _conditional_items(doc.facts)
        if any(p == item.path or p.startswith(item.path) or item.path.startswith(p) for p in paths)
    ]
    known = {(item.path, item.reason) for item in result.missing}
    result.missing = sorted(
        [*result.missing, *(i for i in opened if (i.path, i.reason) not in known)],
        key=lambda item: (item.path, item.reason),
    )
    result.notes.append(
        f"the verdict turns on a condition whose day is not known: {words}; it stands only "
        "where every reading gives it"
    )
    refs = sorted({item.clause or item.source_id or "" for item in opened} & set(doc.conditions))
    result.notes.extend(
        doc.conditions[ref] for ref in refs if doc.conditions[ref] not in result.notes
    )


def _each_reading(
    rule: CompiledRule, doc: ContractDoc, ctx: engine.Ctx
) -> list[tuple[dict[str, bool], Result]]:
    """The rule's result on each reading of the terms in force on a condition whose day is
    not known (each such term in force or not), with what each reading settles."""
    return list(_readings_of(rule, doc, ctx))


def _readings_of(
    rule: CompiledRule, doc: ContractDoc, ctx: engine.Ctx
) -> Iterator[tuple[dict[str, bool], Result]]:
    """:func:`_each_reading`, one reading at a time (each reading's context kept on
    ``ctx`` for the contract's other rules)."""
    assert doc.readings is not None
    for settle, reading in doc.readings():
        key = ("reading", id(reading))
        on = ctx.items.get(key)
        if on is None or on[0] is not reading:
            on = ctx.items[key] = (reading, engine.Ctx(ctx.as_of))
            on[1].bound = reading.bound
        yield settle, _evaluate_rule(rule, reading, on[1])


def _reading_words(doc: ContractDoc, read: list[tuple[dict[str, bool], Result]]) -> str:
    """Each reading's verdict in words: "pass with annex B in force; unknown with ..."."""
    labels = {term.ref: term.label for term in doc.terms}
    return "; ".join(
        f"{other.status} with "
        + ", ".join(
            f"{labels.get(ref, ref)} {'in force' if kept else 'not in force'}"
            for ref, kept in settle.items()
        )
        for settle, other in read
    )


def _decided_on_every_reading(
    rule: CompiledRule, doc: ContractDoc, ctx: engine.Ctx, result: Result
) -> Result:
    """An unknown on the joined reading of a contract with terms in force on a condition
    whose day is not known, decided where every reading gives the same verdict: the facts
    the readings state differently are open in the joined reading (a list of places one
    reading makes longer than the other, say), which leaves a rule over them unknown even
    where it passes, or fails, on each (a pass with the term in force and without it is a
    pass, docs/writing-contracts.md). A pass stands beside readings on which the rule does
    not apply, as in :func:`_check_readings`. Its evidence is every reading's; a note
    gives each reading's verdict. Else the unknown stands."""
    # Read lazily: the first reading that is unknown, or disagrees, ends it (a contract
    # with many such terms, whose rules are mostly unknown on every reading, pays for one).
    read: list[tuple[dict[str, bool], Result]] = []
    statuses: set[str] = set()
    for settle, other in _readings_of(rule, doc, ctx):
        statuses.add(other.status)
        if other.status not in _SETTLED or len(statuses - {engine.NOT_APPLICABLE}) > 1:
            return result
        read.append((settle, other))
    if statuses == {engine.FAIL}:
        status = engine.FAIL
    elif statuses == {engine.NOT_APPLICABLE}:
        status = engine.NOT_APPLICABLE
    elif engine.PASS in statuses and statuses <= {engine.PASS, engine.NOT_APPLICABLE}:
        status = engine.PASS
    else:
        return result
    deciding = [other for _, other in read if other.status == status]
    first = deciding[0]
    evidence: dict[tuple[str, int, int, str], EvidenceItem] = {}
    for other in deciding:
        for item in other.evidence:
            evidence.setdefault((item.path, item.line, item.column, item.role), item)
    decided = copy.copy(first)
    decided.evidence = [evidence[key] for key in sorted(evidence)]
    decided.missing = []
    decided.non_contract, decided.assumed = _flags(decided.evidence)
    notes = [note for other in deciding for note in other.notes]
    decided.notes = list(dict.fromkeys(notes))
    if doc.conditions:
        _condition_notes(decided, decided.evidence, [], doc.conditions)
    decided.notes.append(
        f"decided on every reading of a condition whose day is not known: "
        f"{_reading_words(doc, read)}"
    )
    return decided


def _conditional_items(facts: FObj) -> list[MissingItem]:
    """The facts of ``facts`` open because a term in force on a condition whose day is not
    known states them otherwise, as missing items."""
    out: list[MissingItem] = []

    def walk(node: FNode, path: str) -> None:
        if isinstance(node, FUnspec | FList) and node.condition is not None:
            prov = node.prov
            reason = engine.UNSPECIFIED if isinstance(node, FUnspec) else engine.OPEN
            clause = prov.ref if prov.kind == "clause" else None
            source = prov.ref if prov.kind not in ("clause", "contract") else None
            out.append(MissingItem(path, reason, node.line, clause, source))
        if isinstance(node, FObj):
            for key, child in node.fields.items():
                walk(child, f"{path}.{key}" if path else key)
        elif isinstance(node, FList):
            for index, child in enumerate(node.items):
                walk(child, f"{path}[{index}]")

    walk(facts, "")
    return out


def _evaluate_rule(rule: CompiledRule, doc: ContractDoc, ctx: engine.Ctx) -> Result:
    """:func:`evaluate_rule` on one reading of the contract."""
    ir = rule.ir
    # Each rule's own lists (kept where the last rule left them empty: nothing holds them).
    if ctx.errors:
        ctx.errors = []
    if ctx.defaulted:
        ctx.defaulted = []
    if ctx.set_aside:
        ctx.set_aside = []
    facts = doc.facts
    effective = ir.effective
    gate = _gate(effective, rule.transitions, doc, ctx) if effective else None
    whole_gate = gate
    if (
        gate is not None
        and not ctx.bound
        and (gate.rests if gate.res is None else gate.res[0] != engine.ERROR)
    ):
        gate = _terms_gate(rule, gate, doc, ctx)
    read_on = due = undated = None
    try:
        if not effective:  # (most rules: no dates)
            fast = rule.fast
            if (
                ctx.trace is None
                and fast is not None
                and fast.requires is not None
                and fast.owner is rule
            ):
                # _read by the generated code, inline (the path most rules take)
                outcome = _fast_outcome(rule, fast, facts, ctx, None)
                if ctx.set_aside and outcome.status != engine.ERROR_S:
                    outcome = _whole_reading(rule, facts, ctx, None, outcome)
            else:
                outcome, gate = _read(rule, facts, ctx, gate, whole_gate)
        else:
            read_on, due, undated, facts, outcome, gate = _dated_outcome(
                rule, doc, ctx, gate, whole_gate
            )
    except InputError as exc:  # the terms as they stood on a past day contradict
        return _result(ir, engine.ERROR_S, [], [], message=str(exc))
    except Exception as exc:  # a rule that raises is an error, never dropped, never a pass
        return _result(
            ir,
            engine.ERROR_S,
            [],
            [],
            message=f"internal error while evaluating: {type(exc).__name__}: {exc}",
        )
    status = outcome.status
    items, non_contract, assumed = _evidence(outcome.applies, outcome.requires, ctx)
    unsettled: tuple[str, ...] = ()
    if status == engine.UNKNOWN_S and (outcome.applies_missing or outcome.requires_missing):
        missing_items, assumed_missing, unsettled = _rule_missing(outcome, facts, ctx)
        assumed = assumed or assumed_missing
    else:
        missing_items = []
    result = Result(
        ir.pack,
        ir.id,
        ir.title,
        status,
        ir.severity,
        ir.basis,
        ir.citations,
        items,
        missing_items,
        ir.question,
        ir.remediation,
        non_contract,
        assumed=assumed,
    )
    if unsettled:
        result.notes.extend(UNSETTLED_NOTE + reason for reason in unsettled)
    if ctx.set_aside and status != engine.ERROR_S:
        unique = {(path, id(node)): (path, node) for path, node in ctx.set_aside}
        result.notes.extend(
            set_aside_note(path, node) for path, node in sorted(unique.values(), key=_by_path)
        )
    if status == engine.ERROR_S:
        result.message = "; ".join(sorted(set(ctx.errors))) or "error in a condition"
    elif ctx.defaulted and status != engine.NOT_APPLICABLE:
        from compliance.facts.legal_defaults import note

        result.notes.extend(note(path) for path in sorted(set(ctx.defaulted)))
    if read_on is not None and facts is not doc.facts:
        assert gate is not None and gate.start is not None
        if read_on <= gate.start:
            result.notes.append(
                f"read on the terms in force on {read_on.isoformat()}, the day the duty "
                "applies from: they differ from those in force on the assessment date"
            )
        else:
            result.notes.append(
                f"read on the terms in force from {read_on.isoformat()}, while the duty "
                f"applies (from {gate.start.isoformat()}): they differ from those in force "
                "on the assessment date, and give the worst verdict of the periods the duty "
                "applies in"
            )
    if undated is not None:
        result.notes.append(undated)
    if due is not None and effective:
        result.notes.append(
            f"read on the terms in force on {due.isoformat()}, the day the duty falls due "
            f"({effective['due']}): they differ from those in force on the assessment date"
        )
    if doc.changes:
        _change_notes(result, items, doc.changes)
    if doc.conditions:
        _condition_notes(result, items, missing_items, doc.conditions)
    if effective and gate is not None:
        date_notes(result, effective, gate, ctx.as_of)
    return result


def _dated_outcome(
    rule: CompiledRule,
    doc: ContractDoc,
    ctx: engine.Ctx,
    gate: Gate | None,
    whole_gate: Gate | None,
) -> tuple[date | None, date | None, str | None, FObj, engine.RuleOutcome, Gate | None]:
    """The outcome of a rule with dates (``effective``): the day its reading was made on
    where that is not the assessment date (a later duty's worst period, ``read_on``; the
    day a duty performed once falls due, ``due``), a note where no term dates that day or
    where the duty fell due on terms worse than today's (``undated``, :func:`_fell_due`),
    the facts read and the gate they go with."""
    effective = rule.ir.effective
    assert effective is not None
    facts = doc.facts
    read_on = due = undated = None
    due_path = effective.get("due")
    later_duty = gate is not None and gate.start is not None and gate.start > ctx.as_of
    later_duty = later_duty and bool(doc.later)
    stated = False
    fell_due = None
    given_gate = gate
    if due_path and (doc.later or doc.stood is not None):
        due, stated = _due_day(due_path, doc, ctx.as_of)
        if due is not None and gate is not None and gate.start and due < gate.start:
            due = None  # in service before the duty applies: a duty from its first day
        elif due is not None and due <= ctx.as_of:
            if not _maybe_before_duty(gate, due):
                fell_due = due
            due = None
    if due is not None:
        # A duty performed once, by a day the terms state (an assessment before the
        # system is first used): met or not by the terms in force on that day.
        ended = _ended_before(doc, due)
        if ended is not None:
            outcome, undated = ended
            due = None
        else:
            # Judged as on the assessment date (the law's dates are the gate's: a condition
            # on the assessment date, such as a system not yet placed on the market, keeps
            # today's answer, as the duty is performed before that day).
            facts = _facts_at(doc, due)
            outcome, gate = _read(rule, facts, ctx, gate, whole_gate)
            if facts is doc.facts:
                due = None  # the same terms: nothing to note
    elif later_duty and gate is not None:
        # A duty that applies only from a later day is met or not by the terms in force
        # while it applies, not by one that lapses before it (nor is it broken by one
        # that ends before): read on each period of terms from its first day on, the
        # worst reading counts.
        read_on, facts, outcome, gate = _worst_period(rule, doc, ctx, gate, whole_gate)
    else:
        given, begin = gate, len(ctx.trace) if ctx.trace is not None else 0
        outcome, gate = _read(rule, facts, ctx, gate, whole_gate)
        if fell_due is not None:
            then = _facts_at(doc, fell_due)
            if then is not facts:
                found = _fell_due(rule, then, fell_due, ctx, given, whole_gate, outcome, begin)
                if found is not None:
                    facts, outcome, gate, undated = then, *found
        if due_path and doc.later and not stated:
            # No term says when it falls due: unknown where the terms that will be in
            # force give another verdict.
            outcome, undated = _undated_due(rule, doc, ctx, gate, whole_gate, outcome)
    if (
        not due_path
        and doc.later
        and given_gate is not None
        and len(given_gate.readings) > 1
        and (given_gate.res is None or given_gate.res[0] == engine.TRUE)
        and outcome.status != engine.UNKNOWN_S
        and outcome.status != engine.ERROR_S
    ):
        # A first day left open by a transition's unknown condition: the terms in force
        # from each day left possible may give another verdict.
        each = _each_first_day(rule, doc, ctx, given_gate, whole_gate, outcome)
        if each is not None:
            outcome, undated = each
            read_on, facts = None, doc.facts
    return read_on, due, undated, facts, outcome, gate


def _each_first_day(
    rule: CompiledRule,
    doc: ContractDoc,
    ctx: engine.Ctx,
    gate: Gate,
    whole_gate: Gate | None,
    outcome: engine.RuleOutcome,
) -> tuple[engine.RuleOutcome, str] | None:
    """A duty whose first day a transition's unknown condition leaves open
    (``gate.readings``), ``outcome`` being its reading from the earliest day (on the
    terms in force from it, or on today's where a day left possible is past), read again
    from each later day left possible, on the terms in force from that day (as
    :func:`_worst_period`): the verdict stands only where every reading gives it (a
    commitment that takes effect after one day and before the other, e.g. marking from
    1 Dec 2026 for a generator placed on the market on an undated day in Q3 2026, Art. 50(2)
    and Art. 111(4) of the AI Act). Else unknown, with the facts the conditions miss and a
    note giving each reading's verdict (an error of another reading is that reading's
    outcome, with its errors). None where every reading agrees. Silence about a day is
    never read as the worse day."""
    as_of = ctx.as_of
    verdicts: dict[date, str] = {}
    for first, transition in gate.readings:
        if first is None or first <= as_of or first == gate.start or first in verdicts:
            continue
        res, reason = start_gate(first, doc, as_of, transition)
        if res is not None and res[0] == engine.FALSE:
            verdicts[first] = engine.NOT_APPLICABLE  # after the term ends
            continue
        saved = ctx.errors, ctx.defaulted, ctx.set_aside
        mark = len(ctx.trace) if ctx.trace is not None else 0
        _, _, other, _ = _worst_period(
            rule, doc, ctx, Gate(res, reason, first, transition), whole_gate
        )
        if other.status == engine.ERROR_S:
            return other, f"read from {first.isoformat()}, a day the duty may apply from"
        ctx.errors, ctx.defaulted, ctx.set_aside = saved
        if ctx.trace is not None:
            del ctx.trace[mark:]  # an explanation shows the reading from the earliest day
        verdicts[first] = other.status
    if all(status == outcome.status for status in verdicts.values()):
        return None
    each = []
    for first, transition in gate.readings:
        status = verdicts.get(first, outcome.status) if first is not None else outcome.status
        day = first.isoformat() if first is not None else "its first day"
        under = f" (under {transition.cite()})" if transition is not None else ""
        each.append(f"{status} where it applies from {day}{under}")
    note = (
        "the verdict depends on the day the duty applies from, which facts the contract "
        "does not state leave open: " + "; ".join(each)
    )
    unknown = engine.RuleOutcome(
        engine.UNKNOWN_S,
        outcome.applies,
        outcome.requires,
        outcome.applies_missing + gate.open,
        outcome.requires_missing,
    )
    return unknown, note


def _gate(
    effective: dict[str, Any], transitions: tuple[Any, ...], doc: ContractDoc, ctx: engine.Ctx
) -> Gate:
    """:func:`date_gate` of the contract on the assessment date, once per contract for the
    rules that share their dates and transitions (the AI Act's Chapter III duties share
    Art. 113 and Art. 111(2)): with the errors and legal defaults its conditions reported,
    given again to each rule (as :func:`compliance.engine.connectives.memoised` does). An
    explanation's trace reads it anew."""
    if ctx.trace is not None:
        return date_gate(effective, transitions, doc, ctx)
    key = ("gate", _gate_key(effective))
    hit = ctx.items.get(key)
    if hit is not None and hit[0] is doc:
        _, gate, reported, defaults = hit
        if reported:
            ctx.errors.extend(reported)
        if defaults:
            ctx.defaulted.extend(defaults)
        return gate  # type: ignore[no-any-return]
    errors, defaulted = ctx.errors, ctx.defaulted
    start, first = len(errors), len(defaulted)
    gate = date_gate(effective, transitions, doc, ctx)
    ctx.items[key] = (doc, gate, errors[start:], defaulted[first:])
    return gate


#: id(effective) -> (the rule's ``effective``, what decides its gate): its dates and its
#: transitions (their first days, conditions, citations and notes), not its own note.
_GATE_KEYS: dict[int, tuple[dict[str, Any], str]] = {}


def _gate_key(effective: dict[str, Any]) -> str:
    found = _GATE_KEYS.get(id(effective))
    if found is None or found[0] is not effective:
        key = repr(sorted((name, value) for name, value in effective.items() if name != "note"))
        found = _GATE_KEYS[id(effective)] = (effective, key)
    return found[1]


def _read(
    rule: CompiledRule,
    facts: FObj,
    ctx: engine.Ctx,
    gate: Gate | None,
    whole_gate: Gate | None,
) -> tuple[engine.RuleOutcome, Gate | None]:
    """A rule's outcome on one fact tree (what only sources that are not contract terms
    say read as :func:`_whole_reading` has it), and the date gate it goes with."""
    outcome = _either_outcome(rule, facts, ctx, gate.res if gate is not None else None)
    if ctx.set_aside and outcome.status != engine.ERROR_S:
        whole = _whole_reading(rule, facts, ctx, whole_gate, outcome)
        if whole is not outcome:  # its date notes are the whole reading's too
            return whole, whole_gate
    return outcome, gate


#: How bad a verdict is, to pick the worst of a duty's periods.
_WORST = {
    engine.NOT_APPLICABLE: 0,
    engine.PASS: 1,
    engine.UNKNOWN_S: 2,
    engine.FAIL: 3,
    engine.ERROR_S: 4,
}


def _worst_period(
    rule: CompiledRule, doc: ContractDoc, ctx: engine.Ctx, gate: Gate, whole_gate: Gate | None
) -> tuple[date, FObj, engine.RuleOutcome, Gate | None]:
    """A later duty read on the terms in force on its first day and in each later period
    of terms within the contract's term, each with the law as it stands on that period's
    first day (groups such as adequacy decisions, conditions on the date): the first
    reading with the worst verdict (a commitment that lapses while the duty applies does
    not meet it), with its first day and facts; ``ctx`` left with that reading's errors,
    legal defaults, facts set aside and (for an explanation) trace."""
    assert gate.start is not None
    best: tuple[int, date, FObj, engine.RuleOutcome, Gate | None, Any] | None = None
    for day, facts in _periods_from(doc, gate.start):
        on = _day_ctx(ctx, day)
        on.errors, on.defaulted, on.set_aside = [], [], []
        on.trace = [] if ctx.trace is not None else None
        outcome, used = _read(rule, facts, on, gate, whole_gate)
        rank = _WORST.get(outcome.status, 4)
        if best is None or rank > best[0]:
            best = (
                rank,
                day,
                facts,
                outcome,
                used,
                (on.errors, on.defaulted, on.set_aside, on.trace),
            )
        if rank >= _WORST[engine.FAIL]:
            break
    assert best is not None
    _, day, facts, outcome, used, (errors, defaulted, set_aside, trace) = best
    ctx.errors, ctx.defaulted, ctx.set_aside = errors, defaulted, set_aside
    if ctx.trace is not None and trace:
        ctx.trace.extend(trace)
    return day, facts, outcome, used


def _stated_day(tree: FObj, path: str) -> date | None:
    """The date a contract term of ``tree`` states for ``path`` (None: no term does)."""
    node = find(tree, path)
    if type(node) is FLeaf and node.prov.contract_term and isinstance(node.value, date):
        return node.value
    return None


def _due_day(path: str, doc: ContractDoc, as_of: date) -> tuple[date | None, bool]:
    """The day a duty performed once falls (or fell) due (``effective.due``: a date fact,
    e.g. ``system.put_into_service``), as the terms in force on the assessment date state
    it, or else later terms in force on that very day; with whether a term states the day
    so (None, False: no term does, or only later terms not in force on it, which counts as
    unsaid, as any fact they alone state). What only a source that is not a contract term
    states (a press report) does not move the reading."""
    day = _stated_day(doc.facts, path)
    if day is not None:
        return day, True
    for _, tree in doc.later:
        found = _stated_day(tree, path)
        if found is not None:
            if found > as_of and _stated_day(_facts_on(doc, found), path) == found:
                return found, True  # stated by the terms in force on the day itself
            return None, False
    return None, False


def _facts_at(doc: ContractDoc, day: date) -> FObj:
    """The contract's facts as the terms in force on ``day`` state them, a day after the
    assessment date, or before it (as the contract stood then: the terms agreed by that
    day, :attr:`ContractDoc.stood`)."""
    if day >= (doc.as_of or day):
        return _facts_on(doc, day)
    if doc.stood is not None:
        return doc.stood(day)  # type: ignore[no-any-return]
    return doc.facts  # no term changed before, nor was signed on a stated day


def _ended_before(doc: ContractDoc, day: date) -> tuple[engine.RuleOutcome, str] | None:
    """A duty performed once by ``day``, after the contract's term ends (as its terms will
    state it): never due under the contract, so not applicable (as a duty whose first day
    is after the term's end), with a note; None where the term runs on that day or its
    end is not stated."""
    end_res, end = term_end(doc)
    if end is None or end >= day or end_res[0] != engine.TRUE:
        return None
    note = (
        f"the duty falls due on {day.isoformat()}, after the contract's term ends on "
        f"{end.isoformat()}: it never falls due under this contract"
    )
    return engine.RuleOutcome(engine.NOT_APPLICABLE, end_res[1], (), (), ()), note


def _maybe_before_duty(gate: Gate | None, day: date) -> bool:
    """Whether ``day`` may be before the duty's first day where that day is unknown (a
    transition whose condition the contract leaves open, such as Art. 111(2) of the AI
    Act): one of the first days left possible is after it."""
    if gate is None or gate.start is not None:
        return False
    return any(first is not None and first > day for first, _ in gate.readings)


def _fell_due(
    rule: CompiledRule,
    then: FObj,
    day: date,
    ctx: engine.Ctx,
    gate: Gate | None,
    whole_gate: Gate | None,
    today: engine.RuleOutcome,
    begin: int = 0,
) -> tuple[engine.RuleOutcome, Gate | None, str] | None:
    """A duty performed once that fell due on ``day``, before the assessment date, read
    on the terms agreed and in force that day (``then``) as well as on today's
    (``today``): where that reading is worse, it, with the gate it goes with and a note;
    None where it is not (``ctx`` left as today's reading left it; its trace from
    ``begin`` on holds today's). The terms in force on the assessment date keep deciding
    every pass: those of the past day can only take one away (a commitment made after the
    system was first used cannot have preceded that use; one dropped since still counts
    against the contract today). Judged as on the assessment date, as a duty that falls
    due later is."""
    saved = ctx.errors, ctx.defaulted, ctx.set_aside
    mark = len(ctx.trace) if ctx.trace is not None else 0
    ctx.errors, ctx.defaulted, ctx.set_aside = [], [], []
    outcome, used = _read(rule, then, ctx, gate, whole_gate)
    if _WORST.get(outcome.status, 4) <= _WORST.get(today.status, 4):
        ctx.errors, ctx.defaulted, ctx.set_aside = saved
        if ctx.trace is not None:
            del ctx.trace[mark:]
        return None
    if ctx.trace is not None:
        del ctx.trace[begin:mark]  # an explanation shows the reading that counts
    effective = rule.ir.effective
    assert effective is not None
    note = (
        f"read on the terms agreed and in force on {day.isoformat()}, the day the duty fell "
        f"due ({effective['due']}): it is {outcome.status} on them, {today.status} on those "
        "in force on the assessment date; a duty performed once is met or not by the terms "
        "in force when it falls due (a term agreed or taking effect later cannot have "
        "preceded it)"
    )
    return outcome, used, note


def _undated_due(
    rule: CompiledRule,
    doc: ContractDoc,
    ctx: engine.Ctx,
    gate: Gate | None,
    whole_gate: Gate | None,
    outcome: engine.RuleOutcome,
) -> tuple[engine.RuleOutcome, str | None]:
    """A duty performed once (``effective.due``) whose day no term states, read on the
    terms in force on the assessment date (``outcome``): where the terms of a later period
    within the contract's term give another verdict, which terms bind when it falls due
    is unknown, and so is the verdict, the day's fact missing (with a note saying so).
    Where today's terms fail it, it fails, with that note: the contract is in force and
    nothing says the duty does not fall due under the terms it has now (a later term that
    would meet it counts only for a day that comes after it)."""
    if outcome.status == engine.ERROR_S:
        return outcome, None
    for day, facts in _periods_from(doc, ctx.as_of)[1:]:
        on = _day_ctx(ctx, day)
        on.errors, on.defaulted, on.set_aside = [], [], []
        on.trace = None
        later, _ = _read(rule, facts, on, gate, whole_gate)
        if later.status != outcome.status and later.status != engine.ERROR_S:
            effective = rule.ir.effective
            assert effective is not None
            path = effective["due"]
            node = find(doc.facts, path)
            reason = engine.UNSPECIFIED if type(node) is FUnspec else engine.ABSENT
            unknown = engine.RuleOutcome(
                engine.UNKNOWN_S,
                outcome.applies,
                outcome.requires,
                outcome.applies_missing,
                (*outcome.requires_missing, (path, reason)),
            )
            note = (
                f"no term states when the duty falls due ({path}): read on the terms in "
                f"force on the assessment date it is {outcome.status}, on those in force from "
                f"{day.isoformat()} {later.status}"
            )
            if outcome.status == engine.FAIL:
                return outcome, note
            return unknown, note
    return outcome, None


def _day_ctx(ctx: engine.Ctx, day: date) -> engine.Ctx:
    """A context of the contract's evaluation for another day (its memo is for that day),
    made once per contract and day."""
    key = ("day-ctx", day)
    found: engine.Ctx | None = ctx.items.get(key)
    if found is None:
        found = ctx.items[key] = engine.Ctx(day)
        found.bound = ctx.bound
        found.conditional = ctx.conditional
    return found


def _periods_from(doc: ContractDoc, start: date) -> list[tuple[date, FObj]]:
    """The periods of terms from ``start`` on, each as its first day and its facts (the
    first from ``start`` itself), while the contract's term (as each period states it) has
    not ended; the same facts once."""
    out = [(start, _facts_on(doc, start))]
    for first, tree in doc.later:
        if first <= start or tree is out[-1][1]:
            continue
        _, end = term_end_of(tree)
        if end is not None and first > end:
            break
        out.append((first, tree))
    return out


def _whole_reading(
    rule: CompiledRule,
    facts: FObj,
    ctx: engine.Ctx,
    gate: Gate | None,
    outcome: engine.RuleOutcome,
) -> engine.RuleOutcome:
    """The outcome to report, once facts stated only by sources that are not contract
    terms were set aside (``outcome``, the terms' reading), against the rule read on the
    whole description (whether it applies and is in force read with those facts; what it
    requires read on the terms, as always). Where the two differ, ``outcome``, with the
    facts set aside noted. Where both are unknown, the whole reading: it shows what those
    sources say (marked as theirs) and asks what the requirement still needs. Where both
    are the same pass, fail or not applicable, ``outcome``; either way with no note on
    facts that decide nothing. Definitions are memoised on this tree, so the second
    reading costs little."""
    saved = ctx.errors, ctx.defaulted, ctx.set_aside, ctx.trace
    ctx.errors, ctx.defaulted, ctx.set_aside = [], [], []
    if saved[3] is not None:
        ctx.trace = []
    whole = _either_outcome(rule, facts, ctx, gate.res if gate is not None else None, False)
    if whole.status != outcome.status:
        ctx.errors, ctx.defaulted, ctx.set_aside, ctx.trace = saved
        return outcome
    if outcome.status == engine.UNKNOWN_S:
        if saved[3] is not None:
            saved[3][:] = ctx.trace or []
        ctx.trace = saved[3]
        return whole
    # The same verdict: the terms' reading, keeping only the notes the requirement's own
    # reading gives (the same in both).
    set_aside = ctx.set_aside
    ctx.errors, ctx.defaulted, _, ctx.trace = saved
    ctx.set_aside = set_aside
    return outcome


def _facts_on(doc: ContractDoc, day: date) -> FObj:
    """The contract's facts as the terms in force on ``day`` (a day after the assessment
    date) state them: those of the last later period that starts on or before it."""
    found = doc.facts
    for first, tree in doc.later:
        if first > day:
            break
        found = tree
    return found


def _either_outcome(
    rule: CompiledRule,
    facts: FObj,
    ctx: engine.Ctx,
    gate: engine.Res | None,
    terms: bool = True,
) -> engine.RuleOutcome:
    """:func:`_outcome` by the rule's generated code once it has some
    (:mod:`compliance.engine.fastpath`), else by the interpreter (always with a trace).
    ``terms``: read a part again on the contract's terms where what decides it rests on
    other sources (False: applies_when as the whole description has it, see
    :func:`_whole_reading`; what a rule requires is always read on the terms)."""
    if ctx.trace is None:
        fast = rule.fast
        if fast is None or fast.requires is None or fast.owner is not rule:
            fast = fast_parts(rule)
        if fast is not None:
            return _fast_outcome(rule, fast, facts, ctx, gate, terms)
    return _outcome(rule, facts, ctx, gate, terms)


def _outcome(
    rule: CompiledRule,
    facts: FObj,
    ctx: engine.Ctx,
    gate: engine.Res | None,
    terms: bool = True,
) -> engine.RuleOutcome:
    """A rule's outcome: applies_when (with the date gate, if any), then requires unless
    applies_when decides it alone."""
    mark = len(ctx.trace) if ctx.trace is not None else 0
    part = rule.applies
    applies = part.evaluate(ctx, facts, "") if part is not None else None
    if terms and part is not None and applies is not None and applies[0] != engine.ERROR:
        reported = _reported(applies)
        if reported:
            # Nor is a rule in or out of scope on what only such sources say: applies_when
            # is read again on the terms (an explanation's trace keeps only the reading
            # that counts).
            applies = _traced_terms_reading(part.evaluate, applies, reported, facts, ctx, mark)
    if gate is not None:
        applies = gate if applies is None else engine.combine_all([applies, gate])
    if applies is not None and engine.decided_by_applies(applies):
        return engine.rule_outcome(applies, None)  # requires does not matter
    mark = len(ctx.trace) if ctx.trace is not None else 0
    requires = rule.requires.evaluate(ctx, facts, "")
    reported = _reported(requires) if requires[0] != engine.ERROR else []
    if reported:
        # What the contract requires is decided by its terms only: read it again without
        # what press reports, public statements and other sources alone say (an
        # explanation's trace keeps only the reading that counts).
        requires = _traced_terms_reading(
            rule.requires.evaluate, requires, reported, facts, ctx, mark
        )
    return engine.rule_outcome(applies, requires)


def _traced_terms_reading(
    part: Any,
    result: engine.Res,
    reported: list[engine.Evidence],
    facts: FObj,
    ctx: engine.Ctx,
    mark: int,
) -> engine.Res:
    """:func:`_terms_reading`, an explanation's trace (from ``mark`` on) holding the
    reading that counts: the terms' reading, or the first one where it stands."""
    if ctx.trace is None:
        return _terms_reading(part, result, reported, facts, ctx)
    first = ctx.trace[mark:]
    del ctx.trace[mark:]
    found = _terms_reading(part, result, reported, facts, ctx)
    if found is result:
        ctx.trace[mark:] = first
    return found


def _fast_outcome(
    rule: CompiledRule,
    fast: FastRule,
    facts: FObj,
    ctx: engine.Ctx,
    gate: engine.Res | None,
    terms: bool = True,
) -> engine.RuleOutcome:
    """:func:`_outcome` by the rule's generated code (the same results; no trace)."""
    applies = fast.applies(ctx, facts, "") if fast.applies is not None else None
    if (
        terms
        and applies is not None
        and applies[0] != engine.ERROR
        and not ctx.bound
        and not all(map(_TERM, map(_NODE, applies[1])))
    ):
        reported = _reported(applies)
        if reported:
            assert fast.applies is not None
            applies = _terms_reading(fast.applies, applies, reported, facts, ctx)
    if gate is not None:
        applies = gate if applies is None else engine.combine_all([applies, gate])
    # engine.decided_by_applies, inline: false or error decides alone.
    if applies is not None and (applies[0] == engine.FALSE or applies[0] == engine.ERROR):
        return engine.rule_outcome(applies, None)
    requires_part = fast.requires
    assert requires_part is not None
    requires = requires_part(ctx, facts, "")
    if requires[0] == engine.ERROR or ctx.bound or all(map(_TERM, map(_NODE, requires[1]))):
        return engine.rule_outcome(applies, requires)  # nothing to read again (_reported)
    reported = _reported(requires)
    if reported:
        requires = _terms_reading(requires_part, requires, reported, facts, ctx)
    return engine.rule_outcome(applies, requires)


def _terms_reading(
    part: Any,
    result: engine.Res,
    reported: list[engine.Evidence],
    facts: FObj,
    ctx: engine.Ctx,
) -> engine.Res:
    """A rule part (``part(ctx, facts, "")``: the condition's ``evaluate``, or its
    generated code) read again on the contract's terms alone, its first reading
    ``result`` resting on the ``reported`` facts no term states: the terms' reading is
    the one that counts, and where it differs, those facts are noted as set aside."""
    terms: engine.Res = part(_terms_ctx(ctx), _terms_view(facts, ctx), "")
    if terms[0] != result[0]:
        ctx.set_aside.extend(reported)
    elif result[0] == engine.UNKNOWN:
        # Unknown either way: the first reading, which shows what those sources say (each
        # marked as theirs) and what the part still needs, where it is written down.
        return result
    return terms


def _terms_gate(rule: CompiledRule, gate: Gate, doc: ContractDoc, ctx: engine.Ctx) -> Gate:
    """A decided date gate (e.g. the contract's term ends before the duty applies, or
    starts after it does, or the duty is in force because no transition defers it), read
    again on the contract's terms alone where it rests on facts that only sources which
    are not contract terms state (as for applies_when): the facts its result shows, and
    those the transitions' conditions were decided on (which first days are possible)."""
    from compliance.facts.tree import not_bound

    effective = rule.ir.effective
    assert effective is not None
    reported = not_bound((gate.res[1] if gate.res is not None else ()) + gate.rests)
    if not reported:
        return gate
    terms_doc = copy.copy(doc)
    terms_doc.facts = _terms_view(doc.facts, ctx)
    if doc.later:  # and the terms of later periods (whether the contract runs then)
        terms_doc.later = [(first, _terms_view(tree, ctx)) for first, tree in doc.later]
    terms = date_gate(effective, rule.transitions, terms_doc, _terms_ctx(ctx))
    before = engine.TRUE if gate.res is None else gate.res[0]
    if (engine.TRUE if terms.res is None else terms.res[0]) != before:
        ctx.set_aside.extend(reported)
    return terms


def _reported(result: engine.Res) -> list[engine.Evidence]:
    """The facts a decided result rests on that no contract term states."""
    from compliance.facts.tree import not_bound

    return not_bound(result[1])


def set_aside_note(path: str, node: FNode) -> str:
    """Why a fact stated only outside the contract's terms does not decide a verdict."""
    from compliance.report.reasons import plain

    where = f"{node.prov.label()}, line {node.line}"
    return (
        f"{path} = {plain(plain_value(node))} is stated only by {where}, not by a term of the "
        "contract, so it does not decide this verdict (a verdict rests on terms that bind)"
    )


def _by_path(item: engine.Evidence) -> tuple[str, int]:
    return item[0], item[1].line


def _terms_view(facts: FObj, ctx: engine.Ctx) -> FObj:
    """The contract's facts without those only non-binding sources state (made once per
    evaluation context and tree)."""
    from compliance.facts.tree import binding_view

    key = ("terms-view", id(facts))
    found = ctx.items.get(key)
    if found is None or found[0] is not facts:
        found = ctx.items[key] = (facts, binding_view(facts))
    view: FObj = found[1]
    return view


def _terms_ctx(ctx: engine.Ctx) -> engine.Ctx:
    """A context of its own for the terms-only reading (its memo is for another tree)."""
    key = ("terms-ctx",)
    found = ctx.items.get(key)
    if found is None:
        found = ctx.items[key] = engine.Ctx(ctx.as_of)
        found.conditional = ctx.conditional
    found.errors = ctx.errors
    found.defaulted = ctx.defaulted
    found.trace = ctx.trace  # an explanation shows the reading the verdict rests on
    return found


def _change_notes(result: Result, items: list[EvidenceItem], changes: dict[str, list[str]]) -> None:
    """Notes on how the clauses and sources the evidence cites were changed (amendments)."""
    refs = {item.clause or item.source_id for item in items}
    result.notes.extend(
        note for ref in sorted(r for r in refs if r) for note in changes.get(ref, ())
    )


def _condition_notes(
    result: Result,
    items: list[EvidenceItem],
    missing: list[MissingItem],
    conditions: dict[str, str],
) -> None:
    """Notes on the terms in force on a condition whose day is not known that the evidence
    cites, or that leave a missing fact open."""
    refs = {item.clause or item.source_id for item in items}
    refs |= {item.clause or item.source_id for item in missing}
    result.notes.extend(
        conditions[ref] for ref in sorted(r for r in refs if r) if ref in conditions
    )


_BY_RULE = attrgetter("pack", "rule")


def evaluate_contract(doc: ContractDoc, packs: list[CompiledPack], as_of: date) -> ContractReport:
    """Every rule of the packs on one contract, sorted by pack and rule id."""
    with phase("evaluate"):
        ctx = engine.Ctx(as_of)
        ctx.bound = doc.bound
        ctx.conditional = doc.readings is not None
        results = [evaluate_rule(rule, doc, ctx) for pack in packs for rule in pack.rules]
    results.sort(key=_BY_RULE)
    clauses = [ClauseEntry(c.id, c.title, c.text, c.line) for c in doc.clauses.values()]
    sources = [
        SourceEntry(
            s.id, s.kind, s.title, s.date, s.url, s.line, s.note, s.kind in CONTRACT_SOURCE_KINDS
        )
        for s in doc.sources.values()
    ]
    from compliance.document.loader import display_name  # standard input is <stdin> everywhere

    report = ContractReport(
        display_name(doc.path), doc.id, doc.title, results, clauses, sources, list(doc.notes)
    )
    if doc.condition_questions:
        report.conditions = dict(doc.condition_questions)
    return report


__all__ = ["FList", "date_gate", "evaluate_contract", "evaluate_rule"]
