"""Evaluating compiled packs over a contract: statuses, evidence and missing facts."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from compliance import engine
from compliance.contracts import ContractDoc
from compliance.facts import ASSUMPTION, FLeaf, FList, FNode, FObj, FUnspec, find, plain_value
from compliance.packs import CompiledPack, CompiledRule
from compliance.report import (
    ClauseEntry,
    ContractReport,
    EvidenceItem,
    MissingItem,
    Result,
    SourceEntry,
    jsonable,
)
from compliance.timing import phase
from compliance.vocabulary import CONTRACT_SOURCE_KINDS

APPLIES_WHEN = "applies_when"
REQUIRES = "requires"


def evidence_item(path: str, node: FNode, role: str = REQUIRES) -> EvidenceItem:
    prov = node.prov
    superseded: tuple[dict[str, object], ...] = ()
    if isinstance(node, FLeaf | FUnspec) and node.superseded:
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
    return EvidenceItem(
        path=path,
        value=plain_value(node),
        clause=prov.ref if prov.kind == "clause" else None,
        source=prov.kind,
        source_id=prov.ref if prov.kind not in ("clause", "contract") else None,
        line=node.line,
        column=node.col,
        contract_term=prov.contract_term,
        superseded=superseded,
        role=role,
    )


def _evidence(
    raw: tuple[engine.Evidence, ...],
    requires: tuple[engine.Evidence, ...],
    built: dict[Any, Any] | None = None,
) -> list[EvidenceItem]:
    """Evidence items, one per fact and line; a fact the requires part did not use is
    marked as serving applies_when. ``built`` keeps the items already made for this
    contract (items are immutable, and rules share much of their evidence)."""
    used = {(path, node.line) for path, node in requires}
    seen: dict[tuple[str, int], EvidenceItem] = {}
    if built is None:
        built = {}
    for path, node in raw:
        key = (path, node.line)
        if key not in seen:
            role = REQUIRES if key in used else APPLIES_WHEN
            item = built.get((path, node, role))
            if item is None:
                item = built[(path, node, role)] = evidence_item(path, node, role)
            seen[key] = item
    return _capped(sorted(seen.values(), key=_evidence_order))


#: Evidence items kept per list and role (elements of one list, e.g. ``use_cases[0]`` ...
#: ``use_cases[19999]``); the last one kept counts the others (``more``). A report's size
#: does not grow with the length of a contract's lists.
MAX_LIST_EVIDENCE = 5

_INDEX = re.compile(r"\[\d+\]")


def _capped(items: list[EvidenceItem]) -> list[EvidenceItem]:
    """At most :data:`MAX_LIST_EVIDENCE` items of each list (same path but for the indexes,
    same role), in order; the last one kept says how many were left out."""
    if len(items) <= MAX_LIST_EVIDENCE:
        return items
    groups: dict[tuple[str, str], list[int]] = {}
    for position, item in enumerate(items):
        if "[" in item.path:
            groups.setdefault((_INDEX.sub("[*]", item.path), item.role), []).append(position)
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


def _evidence_order(item: EvidenceItem) -> tuple[str, int, int]:
    return (item.path, item.line, item.column)


def _missing(
    raw: tuple[engine.Missing, ...], facts: FObj, built: dict[Any, Any] | None = None
) -> tuple[list[MissingItem], bool]:
    """Missing items, one per path and reason, sorted, and whether one of them is an assumed
    fact (``--assume``). ``built`` keeps the items already made for this contract (an item
    depends only on its path, reason and the facts)."""
    if built is None:
        built = {}
    items: dict[tuple[str, str], MissingItem] = {}
    assumed = False
    for key in raw:
        if key in items:
            continue
        made = built.get(key)
        if made is None:
            made = built[key] = _missing_item(key[0], key[1], facts)
        items[key] = made[0]
        assumed = assumed or made[1]
    return [items[key] for key in sorted(items)], assumed


def _missing_item(path: str, reason: str, facts: FObj) -> tuple[MissingItem, bool]:
    node = find(facts, path) if reason != engine.ABSENT else None
    if node is not None and node.prov.kind == ASSUMPTION:
        return MissingItem(path, reason), True
    if node is None:
        return MissingItem(path, reason), False
    prov = node.prov
    clause = prov.ref if prov.kind == "clause" else None
    source = prov.ref if prov.kind not in ("clause", "contract") else None
    return MissingItem(path, reason, node.line, clause, source), False


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
    ir = rule.ir
    ctx.errors = []
    ctx.defaulted = []
    facts = doc.facts
    effective = ir.effective or {}
    gate, reason = date_gate(rule, doc, ctx.as_of) if effective else (None, "")
    required: engine.Res | None = None
    try:
        applies = rule.applies.evaluate(ctx, facts, "") if rule.applies is not None else None
        if gate is not None:
            applies = gate if applies is None else engine.combine_all([applies, gate])
        if applies is not None and applies[0] in (engine.ERROR, engine.FALSE):
            status, (_, evidence, missing) = engine.rule_status(applies, _unused)
        else:
            req = required = rule.requires.evaluate(ctx, facts, "")
            status, (_, evidence, missing) = engine.rule_status(applies, lambda: req)
    except Exception as exc:  # a rule that raises is an error, never dropped, never a pass
        return _result(
            ir,
            engine.ERROR_S,
            [],
            [],
            message=f"internal error while evaluating: {type(exc).__name__}: {exc}",
        )
    items = _evidence(evidence, required[1] if required is not None else (), ctx.items)
    non_contract = False
    assumed = False
    for item in items:
        if item.source == ASSUMPTION:
            assumed = True
        elif not item.contract_term:
            non_contract = True
    missing_items, assumed_missing = (
        _missing(missing, facts, ctx.items) if status == engine.UNKNOWN_S else ([], False)
    )
    result = _result(
        ir,
        status,
        items,
        missing_items,
        non_contract=non_contract,
        assumed=assumed or assumed_missing,
    )
    if status == engine.ERROR_S:
        result.message = "; ".join(sorted(set(ctx.errors))) or "error in a condition"
    elif ctx.defaulted and status != engine.NOT_APPLICABLE:
        from compliance.legaldefaults import note

        result.notes.extend(note(path) for path in sorted(set(ctx.defaulted)))
    if doc.changes:
        refs = {item.clause or item.source_id for item in items}
        result.notes.extend(
            note for ref in sorted(r for r in refs if r) for note in doc.changes.get(ref, ())
        )
    if not effective:
        return result
    if status == engine.NOT_APPLICABLE and reason:
        result.message = reason
        if effective.get("until") and "ended" in reason:
            result.applies_until = date.fromisoformat(effective["until"])
    start = effective.get("from")
    if start and ctx.as_of < date.fromisoformat(start):
        result.applies_from = date.fromisoformat(start)
        if status != engine.NOT_APPLICABLE:
            result.notes.append(
                f"applies from {start}: not yet in force on {ctx.as_of.isoformat()}"
            )
    return result


def _unused() -> engine.Res:
    raise AssertionError("requires is not evaluated when applies_when is false or error")


def _term_end(doc: ContractDoc) -> tuple[engine.Res, date | None]:
    """The contract's last day as an evaluation result (unknown when not stated)."""
    term = doc.facts.fields.get("term")
    node = term.fields.get("end") if isinstance(term, FObj) else None
    if isinstance(node, FLeaf) and isinstance(node.value, date):
        return (engine.TRUE, (("term.end", node),), ()), node.value
    reason = engine.UNSPECIFIED if node is not None or isinstance(term, FUnspec) else engine.ABSENT
    return (engine.UNKNOWN, (), (("term.end", reason),)), None


def date_gate(rule: CompiledRule, doc: ContractDoc, as_of: date) -> tuple[engine.Res | None, str]:
    """Whether a dated duty matters for this contract on the assessment date.

    Returns (gate, reason): gate None when the rule has no dates or its duty is in force on
    the assessment date; false (with the reason) when the duty ended before the assessment
    date or starts after the contract's term ends; true when it starts later but within the
    term; unknown when it starts later and the term's end is not stated.
    """
    effective = rule.ir.effective or {}
    start = date.fromisoformat(effective["from"]) if effective.get("from") else None
    until = date.fromisoformat(effective["until"]) if effective.get("until") else None
    if until is not None and until < as_of:
        return (engine.FALSE, (), ()), (
            f"the duty ended on {until.isoformat()}, before the assessment date {as_of.isoformat()}"
        )
    if start is None or as_of >= start:
        return None, ""
    end_res, end = _term_end(doc)
    if end is None:
        return end_res, ""
    if end < start:
        return (engine.FALSE, end_res[1], ()), (
            f"the duty applies from {start.isoformat()}, after the contract's term ends on "
            f"{end.isoformat()}"
        )
    return end_res, ""


def evaluate_contract(doc: ContractDoc, packs: list[CompiledPack], as_of: date) -> ContractReport:
    """Every rule of the packs on one contract, sorted by pack and rule id."""
    with phase("evaluate"):
        ctx = engine.Ctx(as_of)
        results = [evaluate_rule(rule, doc, ctx) for pack in packs for rule in pack.rules]
    results.sort(key=lambda r: (r.pack, r.rule))
    clauses = [ClauseEntry(c.id, c.title, c.text, c.line) for c in doc.clauses.values()]
    sources = [
        SourceEntry(
            s.id, s.kind, s.title, s.date, s.url, s.line, s.note, s.kind in CONTRACT_SOURCE_KINDS
        )
        for s in doc.sources.values()
    ]
    from compliance.loader import display_name  # standard input is <stdin> everywhere

    return ContractReport(
        display_name(doc.path), doc.id, doc.title, results, clauses, sources, list(doc.notes)
    )


__all__ = ["FList", "evaluate_contract", "evaluate_rule"]
