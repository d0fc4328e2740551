"""``--by clause``: a contract's results grouped by the clause (or source) they rest on.

Facts assumed with ``--assume`` form a group of their own, after the contract's.

Each decided verdict (pass, fail, not_applicable) is listed under every clause or source
that states one of its decisive facts; verdicts no statement decides (unknowns, errors,
verdicts with no evidence) form the last group: the gaps.
"""

from __future__ import annotations

from typing import Any

from compliance.core.records import field, record
from compliance.facts.tree import ASSUMPTION
from compliance.report.reasons import decisive, sorted_results
from compliance.report.results import ContractReport, EvidenceItem, Result
from compliance.report.status import FAIL, NOT_APPLICABLE, PASS

CLAUSE, SOURCE, CONTRACT, GAPS = "clause", "source", "contract", "gaps"
ASSUMED = "assumed"


@record
class Group:
    """Results grouped under one clause or source (or the gaps)."""

    kind: str  # clause, source, contract (the description's top level) or gaps
    id: str | None
    title: str | None
    line: int | None
    contract_term: bool
    entries: list[tuple[Result, list[EvidenceItem]]] = field(default_factory=list)

    @property
    def heading(self) -> str:
        """``Clause 3: Weapons (line 19)``, ``Source press: … (line 31; not contract terms *)``."""
        if self.kind == GAPS:
            return "Rules no clause decides (the gaps)"
        if self.kind == CONTRACT:
            return "The description's top level"
        if self.kind == ASSUMED:
            return "Assumed with --assume (not in the contract)"
        title = f": {self.title}" if self.title else ""
        mark = "" if self.contract_term else "; not contract terms *"
        word = "Clause" if self.kind == CLAUSE else "Source"
        return f"{word} {self.id}{title} (line {self.line}{mark})"

    @property
    def empty(self) -> str:
        """What to say when no verdict is listed under the group."""
        return "Every rule is decided." if self.kind == GAPS else "No verdict rests on it."

    def to_dict(self) -> dict[str, Any]:
        return {
            "group": self.kind,
            "id": self.id,
            "title": self.title,
            "line": self.line,
            "contract_term": self.contract_term,
            "rules": [
                {
                    "id": result.full_id,
                    "status": result.status,
                    "facts": [item.path for item in items],
                    **({"missing": [m.path for m in result.missing]} if result.missing else {}),
                }
                for result, items in self.entries
            ],
        }


def group_by_clause(contract: ContractReport) -> list[Group]:
    """Clauses in document order, then other sources, then the description's top level
    (only when a verdict rests on it), then the gaps."""
    groups: dict[tuple[str, str | None], Group] = {}
    for clause in contract.clauses:
        groups[(CLAUSE, clause.id)] = Group(CLAUSE, clause.id, clause.title, clause.line, True)
    for source in contract.sources:
        groups[(SOURCE, source.id)] = Group(
            SOURCE, source.id, source.title, source.line, source.contract_term
        )
    top = Group(CONTRACT, None, "The description's top level", None, True)
    assumed = Group(ASSUMED, None, "Assumed with --assume", None, False)
    gaps = Group(GAPS, None, "Rules no clause decides", None, False)
    for result in sorted_results(contract.results):
        items = decisive(result) if result.status in (PASS, FAIL, NOT_APPLICABLE) else []
        if not items:
            gaps.entries.append((result, []))
            continue
        keyed: dict[tuple[str, str | None], list[EvidenceItem]] = {}
        for item in items:
            if item.source == ASSUMPTION:
                keyed.setdefault((ASSUMED, None), []).append(item)
                continue
            key = (CLAUSE, item.clause) if item.clause else (SOURCE, item.source_id)
            keyed.setdefault(key if key in groups else (CONTRACT, None), []).append(item)
        for key, found in keyed.items():
            target = assumed if key[0] == ASSUMED else (groups.get(key) or top)
            target.entries.append((result, found))
    out = list(groups.values())
    if top.entries:
        out.append(top)
    if assumed.entries:
        out.append(assumed)
    out.append(gaps)
    return out


__all__ = ["ASSUMED", "CLAUSE", "CONTRACT", "GAPS", "SOURCE", "Group", "group_by_clause"]
