"""Evaluating compiled packs over a contract: statuses, evidence and missing facts."""

from __future__ import annotations

from datetime import date

from compliance import engine
from compliance.contracts import ContractDoc
from compliance.facts import FLeaf, FList, FNode, FObj, FUnspec, plain_value
from compliance.packs import CompiledPack, CompiledRule
from compliance.report import ContractReport, EvidenceItem, MissingItem, Result, jsonable


def evidence_item(path: str, node: FNode) -> EvidenceItem:
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
    )


def _evidence(raw: tuple[engine.Evidence, ...]) -> list[EvidenceItem]:
    seen: dict[tuple[str, int], EvidenceItem] = {}
    for path, node in raw:
        key = (path, node.line)
        if key not in seen:
            seen[key] = evidence_item(path, node)
    return sorted(seen.values(), key=lambda e: (e.path, e.line, e.column))


def _missing(raw: tuple[engine.Missing, ...]) -> list[MissingItem]:
    items = {MissingItem(path, reason) for path, reason in raw}
    # A list reported open and also as absent/unspecified: keep the stronger reason.
    return sorted(items, key=lambda m: (m.path, m.reason))


def evaluate_rule(rule: CompiledRule, doc: ContractDoc, ctx: engine.Ctx) -> Result:
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
    try:
        applies = rule.applies.evaluate(ctx, doc.facts, "") if rule.applies is not None else None
        requires = rule.requires
        status, (_, evidence, missing) = engine.rule_status(
            applies, lambda: requires.evaluate(ctx, doc.facts, "")
        )
    except Exception as exc:  # a rule that raises is an error, never dropped, never a pass
        return Result(
            **base,  # type: ignore[arg-type]
            status=engine.ERROR_S,
            evidence=[],
            missing=[],
            message=f"internal error while evaluating: {type(exc).__name__}: {exc}",
        )
    items = _evidence(evidence)
    result = Result(
        **base,  # type: ignore[arg-type]
        status=status,
        evidence=items,
        missing=_missing(missing) if status == engine.UNKNOWN_S else [],
        non_contract=any(not item.contract_term for item in items),
    )
    if status == engine.ERROR_S:
        result.message = "; ".join(sorted(set(ctx.errors))) or "error in a condition"
    return result


def _term_end(doc: ContractDoc) -> tuple[date | None, FNode | None]:
    term = doc.facts.fields.get("term")
    if isinstance(term, FObj):
        end = term.fields.get("end")
        if isinstance(end, FLeaf) and isinstance(end.value, date):
            return end.value, end
    return None, None


def dated(result_of: CompiledRule, doc: ContractDoc, as_of: date) -> Result | None:
    """A not_applicable result when the rule's duty is outside the dates that matter."""
    effective = result_of.ir.effective
    if not effective:
        return None
    ir = result_of.ir
    start = date.fromisoformat(effective["from"]) if effective.get("from") else None
    until = date.fromisoformat(effective["until"]) if effective.get("until") else None
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
    if until is not None and until < as_of:
        return Result(
            **base,  # type: ignore[arg-type]
            status=engine.NOT_APPLICABLE,
            evidence=[],
            missing=[],
            message=f"the duty ended on {until.isoformat()}, before the assessment date "
            f"{as_of.isoformat()}",
            applies_until=until,
        )
    end, end_node = _term_end(doc)
    if start is not None and end is not None and end < start:
        assert end_node is not None
        return Result(
            **base,  # type: ignore[arg-type]
            status=engine.NOT_APPLICABLE,
            evidence=[evidence_item("term.end", end_node)],
            missing=[],
            message=f"the duty applies from {start.isoformat()}, after the contract's term "
            f"ends on {end.isoformat()}",
            applies_from=start,
        )
    return None


def evaluate_contract(doc: ContractDoc, packs: list[CompiledPack], as_of: date) -> ContractReport:
    ctx = engine.Ctx(as_of)
    results = []
    for pack in packs:
        for rule in pack.rules:
            result = dated(rule, doc, as_of)
            if result is None:
                result = evaluate_rule(rule, doc, ctx)
                effective = rule.ir.effective or {}
                start = effective.get("from")
                if start and as_of < date.fromisoformat(start):
                    result.applies_from = date.fromisoformat(start)
                    result.notes.append(
                        f"applies from {start}: not yet in force on {as_of.isoformat()}"
                    )
            results.append(result)
    results.sort(key=lambda r: (r.pack, r.rule))
    return ContractReport(doc.path, doc.id, doc.title, results)


__all__ = ["FList", "evaluate_contract", "evaluate_rule"]
