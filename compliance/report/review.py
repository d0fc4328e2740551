"""The reviewer's view of a contract's results, shared by the Markdown and HTML reports.

For each fail and unknown: the rule and its citations, what the contract says (each
clause or source the evidence comes from, with its text and the facts it states), what
is missing, the suggested clause and the question for the counterparty.
"""

from __future__ import annotations

from datetime import date

from compliance.core.records import field, record
from compliance.facts.tree import ASSUMPTION
from compliance.report.reasons import collapse_lists, decisive, plain, sorted_results
from compliance.report.results import ContractReport, Result
from compliance.report.status import NOT_APPLICABLE, PASS, WAIVED


@record
class Statement:
    """A clause, a source, or the description's top level, and the facts it states."""

    kind: str  # "clause", a source kind (press-report, annex...), or "contract"
    id: str | None
    title: str | None
    text: str | None  # clause text or source note (None when absent or redacted)
    line: int | None
    contract_term: bool
    date: date | None = None
    url: str | None = None
    #: (path, value, line, note): note says when a fact only makes the rule apply
    facts: list[tuple[str, str, int, str]] = field(default_factory=list)

    def where(self, line: int, note: str) -> str:
        """``line 12``, ``line 12; makes the rule apply``; ``assumed`` for an assumption."""
        place = "assumed" if self.kind == ASSUMPTION else f"line {line}"
        return f"{place}; {note}" if note else place

    @property
    def heading(self) -> str:
        """``Clause 3 “Weapons” (line 19)``; ``press-report 'wsj' “…”, 2026-03-04 (line 31)
        — not contract terms *``."""
        if self.kind == ASSUMPTION:
            return "Assumed with --assume (not in the contract)"
        if self.kind == "clause":
            text = f"Clause {self.id}"
        elif self.kind == "contract":
            text = "The description's top level"
        else:
            text = f"{self.kind} '{self.id}'"
        if self.title:
            text += f" “{self.title}”"
        if self.date:
            text += f", {self.date.isoformat()}"
        if self.line:
            text += f" (line {self.line})"
        return text + ("" if self.contract_term else " — not contract terms *")


@record
class Finding:
    """A fail or unknown with what the reviewer needs to act on it."""

    result: Result
    statements: list[Statement]


@record
class ContractView:
    """A contract's results arranged for the gap report."""

    contract: ContractReport
    gaps: list[Finding]  # fails first, then unknowns (errors too)
    decided: list[Result]  # passes, then not_applicable
    waived: list[Finding] = field(default_factory=list)  # accepted under a waiver


def _statement(contract: ContractReport, clause: str | None, source: str | None) -> Statement:
    found = contract.clause(clause) if clause else None
    if found is not None:
        return Statement("clause", found.id, found.title, found.text, found.line, True)
    src = contract.source(source) if source else None
    if src is not None:
        return Statement(
            src.kind, src.id, src.title, src.note, src.line, src.contract_term, src.date, src.url
        )
    return Statement("contract", None, None, None, None, True)


def statements(contract: ContractReport, result: Result) -> list[Statement]:
    """The statements a result's evidence comes from, decisive ones first, each once."""
    out: dict[tuple[str | None, str | None], Statement] = {}
    first = decisive(result)
    rest = [item for item in result.evidence if item not in first]
    for item in collapse_lists(first + rest):
        key = (item.clause, item.source_id)
        if item.source == ASSUMPTION:
            key = (ASSUMPTION, None)
            out.setdefault(key, Statement(ASSUMPTION, None, None, None, None, False))
        if key not in out:
            out[key] = _statement(contract, item.clause, item.source_id)
        note = "makes the rule apply" if item.role == "applies_when" else ""
        out[key].facts.append((item.path, plain(item.value), item.line, note))
    for missing in result.missing:
        if missing.line is None:
            continue
        key = (missing.clause, missing.source_id)
        if key not in out:
            out[key] = _statement(contract, missing.clause, missing.source_id)
        value = "an open list (it may hold more)" if missing.reason == "open" else missing.reason
        out[key].facts.append((missing.path, value, missing.line, ""))
    return list(out.values())


def view(contract: ContractReport) -> ContractView:
    ordered = sorted_results(contract.results)
    settled = (PASS, NOT_APPLICABLE)
    gaps = [
        Finding(result, statements(contract, result))
        for result in ordered
        if result.status not in (*settled, WAIVED)
    ]
    decided = [result for result in ordered if result.status in settled]
    waived = [
        Finding(result, statements(contract, result))
        for result in ordered
        if result.status == WAIVED
    ]
    return ContractView(contract, gaps, decided, waived)


SEVERITY_ORDER = ("critical", "high", "medium", "low")


@record
class ExecSummary:
    """What a reader needs first: the verdict counts and the fails by severity."""

    counts: dict[str, int]
    fails: dict[str, int]  # severity -> number of fails, worst first
    dated: int = 0  # verdicts of duties that apply only from a later date

    def counts_line(self) -> str:
        words = {"not_applicable": "not applicable"}
        parts = [
            f"{n} {words.get(s, s)}"
            for s, n in self.counts.items()
            if n or s in ("pass", "fail", "unknown")
        ]
        return "Verdicts: " + ", ".join(parts)

    def fails_line(self) -> str:
        """``Fails by severity: 2 critical, 1 high`` (empty without a fail)."""
        if not self.fails:
            return ""
        return "Fails by severity: " + ", ".join(f"{n} {s}" for s, n in self.fails.items())


def exec_summary(contract: ContractReport) -> ExecSummary:
    from compliance.report.status import STATUSES

    counts = {s: contract.summary.get(s, 0) for s in STATUSES}
    fails: dict[str, int] = {}
    for severity in SEVERITY_ORDER:
        number = sum(1 for r in contract.results if r.status == "fail" and r.severity == severity)
        if number:
            fails[severity] = number
    dated = sum(1 for r in contract.results if r.applies_from is not None)
    return ExecSummary(counts, fails, dated)
