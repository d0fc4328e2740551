"""The report: what a run found, per contract and rule, with evidence. Reporters render it.

Everything here is plain data with deterministic order, at the bottom of the report layer:
it imports only the statuses. The documented JSON form (``schema_version`` 3) is laid
out by :func:`compliance.report.reporters.json.report_data`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance.core.records import field, record
from compliance.report.items import EvidenceItem, MissingItem, jsonable
from compliance.report.status import (
    ERROR_S,
    FAIL,
    STATUSES,
    UNKNOWN_S,
)

#: The JSON report's layout: 2 has the rules table in the header and a fact table per
#: contract (1 repeated both in every result); 3 leaves out of a result what is empty or
#: false, and a missing fact's reason where it is ``absent`` (``--baseline`` reads all three).
SCHEMA_VERSION = 3

#: Rule severities, lowest first (for --fail-on-severity).
SEVERITY_ORDER = ("low", "medium", "high", "critical")

#: How a verdict compares with the baseline (``--baseline``).
KNOWN, NEW, WORSE, BETTER = "known", "new", "worse", "better"
BASELINE_STATES = (KNOWN, NEW, WORSE, BETTER)


#: How a result's note on a point of law that is not settled begins (an ``unsettled``
#: condition of the rule holds: its unknown waits on the law, not on a fact).
UNSETTLED_NOTE = "unsettled in law: "


@record(frozen=True)
class WaiverInfo:
    """The waiver that waived a verdict (``--waivers``): who accepted it, why, until when."""

    rule: str
    contract: str
    justification: str
    owner: str
    approved_by: str
    expires: date
    file: str
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "contract": self.contract,
            "justification": self.justification,
            "owner": self.owner,
            "approved_by": self.approved_by,
            "expires": self.expires.isoformat(),
            "file": self.file,
            "line": self.line,
        }


@record(frozen=True)
class RuleInfo:
    """What a rule says whatever the contract: the same for every result of the rule."""

    pack: str
    rule: str
    title: str
    severity: str
    basis: str
    citations: list[dict[str, str]]
    question: str
    remediation: str

    @property
    def full_id(self) -> str:
        return f"{self.pack}/{self.rule}"

    @classmethod
    def of(cls, result: Result) -> RuleInfo:
        return cls(
            result.pack,
            result.rule,
            result.title,
            result.severity,
            result.basis,
            result.citations,
            result.question,
            result.remediation,
        )


@record(frozen=True)
class RuleError:
    """A rule that evaluated to error on a contract (kept when the contract is not)."""

    path: str
    rule: str  # the full id
    message: str


@record
class Result:
    """One rule's verdict on one contract, with its evidence."""

    pack: str
    rule: str
    title: str
    status: str
    severity: str
    basis: str
    citations: list[dict[str, str]]
    evidence: list[EvidenceItem]
    missing: list[MissingItem]
    question: str
    remediation: str
    non_contract: bool = False
    message: str | None = None  # for error (and, later, waived / dated notes)
    applies_from: date | None = None
    applies_until: date | None = None
    notes: list[str] = field(default_factory=list)
    #: Under a waiver: the status the rule evaluated to (fail or unknown), and the waiver.
    waived_status: str | None = None
    waiver: WaiverInfo | None = None
    #: With ``--baseline``: known, new, worse or better, and the status in the baseline.
    baseline: str | None = None
    baseline_status: str | None = None
    #: True when the verdict rests on a fact assumed with ``--assume``.
    assumed: bool = False

    @property
    def full_id(self) -> str:
        return f"{self.pack}/{self.rule}"

    @property
    def verdict(self) -> str:
        """The status the rule evaluated to: for a waived result, the status it waives."""
        return self.waived_status or self.status

    @property
    def unsettled(self) -> list[str]:
        """Its notes on points of law that are not settled (:data:`UNSETTLED_NOTE`)."""
        return [note for note in self.notes if note.startswith(UNSETTLED_NOTE)]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "pack": self.pack,
            "rule": self.rule,
            "id": self.full_id,
            "title": self.title,
            "status": self.status,
            "severity": self.severity,
            "basis": self.basis,
            "citations": self.citations,
            "evidence": [item.to_dict() for item in self.evidence],
            "missing": [item.to_dict() for item in self.missing],
            "non_contract_source": self.non_contract,
        }
        if self.waived_status is not None and self.waiver is not None:
            out["waived_status"] = self.waived_status
            out["waiver"] = self.waiver.to_dict()
        if self.verdict in (UNKNOWN_S,):
            out["question"] = self.question
        if self.verdict in (FAIL, UNKNOWN_S):
            out["remediation"] = self.remediation
        out.update(self.dated_and_governance())
        return out

    def dated_and_governance(self) -> dict[str, Any]:
        """The fields a result has only when they apply (message, dates, notes, baseline,
        --assume), in the order every report layout writes them."""
        out: dict[str, Any] = {}
        if self.message:
            out["message"] = self.message
        if self.applies_from:
            out["applies_from"] = self.applies_from.isoformat()
        if self.applies_until:
            out["applies_until"] = self.applies_until.isoformat()
        if self.notes:
            out["notes"] = list(self.notes)
        if self.baseline is not None:
            out["baseline"] = self.baseline
            out["baseline_status"] = self.baseline_status
        if self.assumed:
            out["assumed"] = True
        return out


def summarise(results: list[Result]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for result in results:
        counts[result.status] += 1
    return counts


@record(frozen=True)
class ClauseEntry:
    """A clause of the contract as reviewers read it (text may be withheld: --redact)."""

    id: str
    title: str | None
    text: str | None
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "text": self.text, "line": self.line}


@record(frozen=True)
class SourceEntry:
    """A source other than the clauses (annex, statement, press report...)."""

    id: str
    kind: str
    title: str | None
    date: date | None
    url: str | None
    line: int
    note: str | None = None
    contract_term: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "url": self.url,
            "line": self.line,
            "note": self.note,
            "contract_term": self.contract_term,
        }


@record
class ContractReport:
    """The results of one contract."""

    path: str
    id: str
    title: str
    results: list[Result]
    clauses: list[ClauseEntry] = field(default_factory=list)
    sources: list[SourceEntry] = field(default_factory=list)
    #: Dated notes: terms not in force on the as-of date, the contract's term not started
    #: or ended (see compliance.contracts.terms).
    notes: list[str] = field(default_factory=list)
    #: Clause or source id -> the question of its condition, for a term in force on an
    #: event whose day is not known (``gaps --questions`` asks it where a verdict waits on
    #: a fact the term leaves open).
    conditions: dict[str, str] = field(default_factory=dict)

    @property
    def summary(self) -> dict[str, int]:
        return summarise(self.results)

    def clause(self, ident: str | None) -> ClauseEntry | None:
        return next((c for c in self.clauses if c.id == ident), None)

    def source(self, ident: str | None) -> SourceEntry | None:
        return next((s for s in self.sources if s.id == ident), None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "id": self.id,
            "title": self.title,
            "clauses": [clause.to_dict() for clause in self.clauses],
            "sources": [source.to_dict() for source in self.sources],
            "results": [result.to_dict() for result in self.results],
            "summary": self.summary,
        }
        if self.notes:
            out["notes"] = list(self.notes)
        return out


@record
class PackHeader:
    """A pack as the report header shows it: id, version, hash, parameters."""

    id: str
    title: str
    version: str
    hash: str
    parameters: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "version": self.version,
            "hash": self.hash,
            "parameters": jsonable(self.parameters),
        }


@record
class InputProblem:
    """A file of the batch that could not be checked (bad input): one error line."""

    path: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "error": self.message}


@record
class Totals:
    """The counts of a run, added up contract by contract (so that a batch whose contracts
    are written out as they come keeps only these): contracts, verdicts by status and by
    baseline state, and whether a verdict rests on a source that is not contract terms."""

    contracts: int = 0
    summary: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    baseline: dict[str, int] = field(default_factory=lambda: dict.fromkeys(BASELINE_STATES, 0))
    non_contract: bool = False

    @classmethod
    def of(cls, contracts: list[ContractReport]) -> Totals:
        out = cls()
        for contract in contracts:
            out.add(contract)
        return out

    def add(self, contract: ContractReport) -> None:
        self.contracts += 1
        for result in contract.results:
            self.summary[result.status] += 1
            if result.baseline is not None:
                self.baseline[result.baseline] += 1
            if result.non_contract:
                self.non_contract = True

    def merge(self, other: Totals) -> None:
        self.contracts += other.contracts
        for key, count in other.summary.items():
            self.summary[key] += count
        for key, count in other.baseline.items():
            self.baseline[key] += count
        self.non_contract = self.non_contract or other.non_contract


@record
class Report:
    """What a run found, per contract and rule, with its header."""

    tool_version: str
    as_of: date
    packs: list[PackHeader]
    contracts: list[ContractReport] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    fail_on: str = "fail"
    #: True when clause texts and source notes were left out (``--redact``).
    redacted: bool = False
    #: The profile the run used, if any.
    profile: str | None = None
    #: Only verdicts of at least this severity fail the run (``--fail-on-severity``).
    fail_on_severity: str | None = None
    #: Rule selection (``--select``, ``--ignore``): the patterns as given.
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    #: The waiver file (``--waivers``) and the baseline report (``--baseline``), as given.
    waivers: str | None = None
    baseline: str | None = None
    #: What-if facts (``--assume``): [{"fact": path, "value": value}], in the order given.
    assumptions: list[dict[str, Any]] = field(default_factory=list)
    #: Warnings of the run (expired or unused waivers...), in a stable order.
    warnings: list[str] = field(default_factory=list)
    #: The run's counts when its contracts were streamed out and not kept (a batch):
    #: :attr:`summary` and :meth:`baseline_counts` then read them instead of ``contracts``.
    totals: Totals | None = None
    #: Every rule of the run, sorted by full id (empty: read them from the results).
    rules: list[RuleInfo] = field(default_factory=list)
    #: The rules in error, by contract, and the run's exit status, as a batch adds them up
    #: (read when the contracts were streamed out: ``totals`` set).
    rule_errors: list[RuleError] = field(default_factory=list)
    exit_status: int | None = None

    def rule_table(self) -> list[RuleInfo]:
        """Every rule of the run, sorted by full id."""
        if self.rules:
            return list(self.rules)
        found: dict[str, RuleInfo] = {}
        for contract in self.contracts:
            for result in contract.results:
                if result.full_id not in found:
                    found[result.full_id] = RuleInfo.of(result)
        return [found[key] for key in sorted(found)]

    def errors_in_rules(self) -> list[RuleError]:
        """The rules in error, in contract order."""
        if self.totals is not None:
            return list(self.rule_errors)
        return [
            RuleError(contract.path, result.full_id, result.message or "error")
            for contract in self.contracts
            for result in contract.results
            if result.status == ERROR_S
        ]

    @property
    def summary(self) -> dict[str, int]:
        if self.totals is not None:
            return dict(self.totals.summary)
        return summarise([r for c in self.contracts for r in c.results])

    def header(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "tool": "compliance",
            "tool_version": self.tool_version,
            "as_of": self.as_of.isoformat(),
            "profile": self.profile,
            "packs": [pack.to_dict() for pack in self.packs],
        }
        if self.redacted:
            out["redacted"] = True
        if self.fail_on_severity:
            out["fail_on_severity"] = self.fail_on_severity
        if self.select:
            out["select"] = list(self.select)
        if self.ignore:
            out["ignore"] = list(self.ignore)
        if self.waivers is not None:
            out["waivers"] = self.waivers
        if self.baseline is not None:
            out["baseline"] = {"path": self.baseline, "counts": self.baseline_counts()}
        if self.assumptions:
            out["assumptions"] = jsonable(self.assumptions)
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out

    def baseline_counts(self) -> dict[str, int]:
        """How many verdicts are known, new, worse and better than the baseline."""
        if self.totals is not None:
            return dict(self.totals.baseline)
        counts = dict.fromkeys(BASELINE_STATES, 0)
        for contract in self.contracts:
            for result in contract.results:
                if result.baseline is not None:
                    counts[result.baseline] += 1
        return counts


__all__ = [
    "ClauseEntry",
    "ContractReport",
    "EvidenceItem",
    "InputProblem",
    "MissingItem",
    "PackHeader",
    "Report",
    "Result",
    "RuleError",
    "RuleInfo",
    "SourceEntry",
    "Totals",
    "WaiverInfo",
    "jsonable",
]
