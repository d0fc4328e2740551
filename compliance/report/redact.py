"""``--redact``: a copy of a report without clause texts and source notes (for CI logs)."""

from __future__ import annotations

from compliance.core.records import replace
from compliance.report.results import ContractReport, Report


def redact_contract(contract: ContractReport) -> ContractReport:
    return replace(
        contract,
        clauses=[replace(clause, text=None) for clause in contract.clauses],
        sources=[replace(source, note=None) for source in contract.sources],
    )


def redact(report: Report) -> Report:
    """The same report with every clause text and source note left out, marked redacted."""
    return replace(report, contracts=[redact_contract(c) for c in report.contracts], redacted=True)
