"""Evaluating compiled packs over a contract: statuses, evidence and missing facts."""

from __future__ import annotations

from datetime import date

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
    raw: tuple[engine.Evidence, ...], requires: tuple[engine.Evidence, ...]
) -> list[EvidenceItem]:
    """Evidence items, one per fact and line; a fact the requires part did not use is
    marked as serving applies_when."""
    used = {(path, node.line) for path, node in requires}
    seen: dict[tuple[str, int], EvidenceItem] = {}
    for path, node in raw:
        key = (path, node.line)
        if key not in seen:
            seen[key] = evidence_item(path, node, REQUIRES if key in used else APPLIES_WHEN)
    return sorted(seen.values(), key=lambda e: (e.path, e.line, e.column))


def _missing(raw: tuple[engine.Missing, ...], facts: FObj) -> tuple[list[MissingItem], bool]:
    """The missing facts, and whether one of them is an assumed fact (``--assume``)."""
    items: set[MissingItem] = set()
    assumed = False
    for path, reason in raw:
        node = find(facts, path) if reason != engine.ABSENT else None
        if node is not None and node.prov.kind == ASSUMPTION:
            assumed = True
            node = None
        if node is None:
            items.add(MissingItem(path, reason))
            continue
        prov = node.prov
        clause = prov.ref if prov.kind == "clause" else None
        source = prov.ref if prov.kind not in ("clause", "contract") else None
        items.add(MissingItem(path, reason, node.line, clause, source))
    # A list reported open and also as absent/unspecified: keep the stronger reason.
    return sorted(items, key=lambda m: (m.path, m.reason)), assumed


def evaluate_rule(rule: CompiledRule, doc: ContractDoc, ctx: engine.Ctx) -> Result:
    """One rule's result on one contract: status, evidence, missing facts, date notes."""
    ir = rule.ir
    base = dict(
        pack=ir.pack,
        rule=ir.id,
        title=ir.title,
        severity=ir.severity,
        basis=ir.basis,
        citations=ir.citations,
        question=ir.question,
        remediation=ir.remediation,
    )
    ctx.errors = []
    gate, reason = date_gate(rule, doc, ctx.as_of)
    try:
        applies = rule.applies.evaluate(ctx, doc.facts, "") if rule.applies is not None else None
        if gate is not None:
            applies = gate if applies is None else engine.combine_all([applies, gate])
        requires = rule.requires
        required: list[engine.Res] = []

        def run_requires() -> engine.Res:
            required.append(requires.evaluate(ctx, doc.facts, ""))
            return required[0]

        status, (_, evidence, missing) = engine.rule_status(applies, run_requires)
    except Exception as exc:  # a rule that raises is an error, never dropped, never a pass
        return Result(
            **base,  # type: ignore[arg-type]
            status=engine.ERROR_S,
            evidence=[],
            missing=[],
            message=f"internal error while evaluating: {type(exc).__name__}: {exc}",
        )
    items = _evidence(evidence, required[0][1] if required else ())
    missing_items, assumed = (
        _missing(missing, doc.facts) if status == engine.UNKNOWN_S else ([], False)
    )
    result = Result(
        **base,  # type: ignore[arg-type]
        status=status,
        evidence=items,
        missing=missing_items,
        non_contract=any(not item.contract_term and item.source != ASSUMPTION for item in items),
        assumed=assumed or any(item.source == ASSUMPTION for item in items),
    )
    if status == engine.ERROR_S:
        result.message = "; ".join(sorted(set(ctx.errors))) or "error in a condition"
    effective = ir.effective or {}
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
    return ContractReport(doc.path, doc.id, doc.title, results, clauses, sources)


__all__ = ["FList", "evaluate_contract", "evaluate_rule"]
