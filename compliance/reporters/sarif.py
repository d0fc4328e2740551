"""SARIF 2.1.0 for code-scanning tools: one run, one result per rule and contract.

Mapping (SARIF 2.1.0 §3.27.9 kind, §3.27.10 level: a result whose kind is not ``fail``
has level ``none``):

=================  ===============  =========================================
status             kind             level
=================  ===============  =========================================
fail               fail             error (critical, high), warning (medium),
                                    note (low)
unknown            open             none
pass               pass             none
not_applicable     notApplicable    none
error              review           none (and a tool execution notification)
waived             the kind of the  from severity for a waived fail, with an
                   waived verdict   accepted external suppression (justification,
                                    owner, approver, expiry, the waiver's line)
=================  ===============  =========================================

Each result points at the contract file and the line of the fact it rests on (for an
unknown: where the contract writes the fact as unspecified, else the top of the file);
the other evidence follows as related locations. The report header (as-of date, packs
with versions, hashes and parameters, --fail-on) is in ``run.properties``; each pack is
also a ``tool.extensions`` entry. With ``--baseline`` each result has a ``baselineState``
(new; updated for worse or better; unchanged for known); run warnings (expired or unused
waivers) are ``toolExecutionNotifications`` of level ``warning``.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from compliance.facts import ASSUMPTION
from compliance.reasons import (
    anchor_line,
    decisive,
    missing_text,
    place,
    plain,
    short_reason,
    waiver_text,
)
from compliance.report import ContractReport, EvidenceItem, Report, Result
from compliance.reporters.markdown import md
from compliance.run import exit_code

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/compliance-tool/compliance"

KINDS = {
    "fail": "fail",
    "unknown": "open",
    "pass": "pass",
    "not_applicable": "notApplicable",
    "error": "review",
    "waived": "fail",
}
LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}
WORDS = {
    "fail": "Fails",
    "unknown": "Unknown",
    "pass": "Passes",
    "not_applicable": "Not applicable",
    "error": "Error",
    "waived": "Waived",
}


def artifact_uri(path: str) -> str:
    """A URI reference for a contract path: relative paths stay relative (to the
    repository root, as code scanning expects); absolute ones become file: URIs."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix(), safe="/")


def physical(path: str, line: int, column: int | None = None) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(line, 1)}
    if column:
        region["startColumn"] = column
    return {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}, "region": region}}


def kind(result: Result) -> str:
    """The SARIF kind; a waived result keeps the kind of the verdict it waives."""
    return KINDS[result.verdict]


def level(result: Result) -> str:
    return LEVELS[result.severity] if kind(result) == "fail" else "none"


#: How a verdict compares with the baseline, as SARIF's baselineState (§3.27.24).
BASELINE_STATES = {"new": "new", "worse": "updated", "better": "updated", "known": "unchanged"}


def rule_descriptor(result: Result) -> dict[str, Any]:
    cites = [f"{c['instrument']}, {c['provision']} <{c['url']}>" for c in result.citations]
    cites_md = [
        f"- [{md(c['instrument'])}, {md(c['provision'])}](<{c['url']}>)" for c in result.citations
    ]
    remedy = result.remediation.strip()
    return {
        "id": result.full_id,
        "shortDescription": {"text": result.title},
        "fullDescription": {
            "text": f"{result.title} ({result.basis}, severity {result.severity})."
        },
        "help": {
            "text": "Demanded by:\n" + "\n".join(cites) + f"\n\nSuggested clause: {remedy}",
            "markdown": "Demanded by:\n\n"
            + "\n".join(cites_md)
            + f"\n\nSuggested clause: {remedy}",
        },
        "helpUri": result.citations[0]["url"],
        "defaultConfiguration": {"level": LEVELS[result.severity]},
        "properties": {
            "pack": result.pack,
            "severity": result.severity,
            "basis": result.basis,
            "citations": result.citations,
            "tags": ["compliance", result.pack, result.basis],
        },
    }


def _non_contract(items: list[EvidenceItem]) -> list[str]:
    return sorted(
        {place(item) for item in items if not item.contract_term and item.source != ASSUMPTION}
    )


def message(result: Result) -> str:
    if result.waiver is not None:
        reason = "Waiver: " + waiver_text(result)
    elif result.missing:
        reason = "Missing: " + missing_text(result.missing)
    else:
        reason = "Rests on: " + short_reason(result, limit=3)
    parts = [f"{WORDS[result.status]}: {result.title}.", reason + "."]
    if result.waiver is not None:
        parts.insert(1, f"Waived {result.waived_status}: {result.waiver.justification.strip()}.")
    if result.assumed:
        parts.append("Rests on a fact assumed with --assume.")
    if result.status == "unknown" and result.question:
        parts.append("Question: " + result.question.strip())
    others = _non_contract(decisive(result))
    if others:
        parts.append("Rests on a source that is not contract terms: " + ", ".join(others) + ".")
    return " ".join(parts)


def suppression(result: Result) -> dict[str, Any]:
    """An accepted external suppression carrying the waiver: justification, owner,
    approver, expiry, the status it waives, and the waiver's file and line."""
    waiver = result.waiver
    if waiver is None:
        return {"kind": "external", "status": "accepted", "justification": result.message or ""}
    return {
        "kind": "external",
        "status": "accepted",
        "justification": waiver.justification,
        "location": physical(waiver.file, waiver.line),
        "properties": {
            "owner": waiver.owner,
            "approvedBy": waiver.approved_by,
            "expires": waiver.expires.isoformat(),
            "waivedStatus": result.waived_status,
        },
    }


def sarif_result(contract: ContractReport, result: Result, index: int) -> dict[str, Any]:
    primary = anchor_line(result)
    out: dict[str, Any] = {
        "ruleId": result.full_id,
        "ruleIndex": index,
        "kind": kind(result),
        "level": level(result),
        "message": {"text": message(result)},
        "locations": [physical(contract.path, primary)],
        "partialFingerprints": {"contractRule/v1": f"{contract.id}:{result.full_id}"},
    }
    shown = decisive(result)[:1] if result.status != "unknown" else []
    others = [item for item in result.evidence if item not in shown]
    related = [
        {
            "id": number,
            **physical(contract.path, item.line, item.column),
            "message": {"text": f"{item.path} = {plain(item.value)} ({place(item)})"},
        }
        for number, item in enumerate(others, start=1)
    ]
    if related:
        out["relatedLocations"] = related
    if result.status == "waived":
        out["suppressions"] = [suppression(result)]
    if result.baseline is not None:
        out["baselineState"] = BASELINE_STATES[result.baseline]
    props: dict[str, Any] = {
        "contract": contract.id,
        "status": result.status,
        "severity": result.severity,
        "basis": result.basis,
        "nonContractSource": result.non_contract,
    }
    if result.waived_status is not None:
        props["waivedStatus"] = result.waived_status
    if result.baseline is not None:
        props["baseline"] = result.baseline
        props["baselineStatus"] = result.baseline_status
    if result.assumed:
        props["assumed"] = True
    if result.missing:
        props["missing"] = [m.to_dict() for m in result.missing]
        props["missingText"] = missing_text(result.missing, limit=len(result.missing))
    if result.verdict in ("fail", "unknown"):
        props["remediation"] = result.remediation.strip()
    if result.verdict == "unknown":
        props["question"] = result.question.strip()
    out["properties"] = props
    return out


def notifications(report: Report, index: dict[str, int]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {
            "level": "error",
            "message": {"text": problem.message},
            "locations": [physical(problem.path, 1)],
        }
        for problem in report.problems
    ]
    for contract in report.contracts:
        for result in contract.results:
            if result.status == "error":
                out.append(
                    {
                        "level": "error",
                        "message": {"text": f"{result.full_id}: {result.message or 'error'}"},
                        "locations": [physical(contract.path, 1)],
                        "associatedRule": {"id": result.full_id, "index": index[result.full_id]},
                    }
                )
    return out


def build(report: Report) -> dict[str, Any]:
    """The SARIF log as a dict."""
    descriptors: dict[str, dict[str, Any]] = {}
    for contract in report.contracts:
        for result in contract.results:
            descriptors.setdefault(result.full_id, rule_descriptor(result))
    rules = [descriptors[key] for key in sorted(descriptors)]
    index = {rule["id"]: number for number, rule in enumerate(rules)}
    results = [
        sarif_result(contract, result, index[result.full_id])
        for contract in report.contracts
        for result in contract.results
    ]
    notes = notifications(report, index)
    failed = bool(notes)
    notes += [{"level": "warning", "message": {"text": text}} for text in report.warnings]
    invocation: dict[str, Any] = {
        "executionSuccessful": not failed,
        "exitCode": exit_code(report, report.fail_on),
    }
    if notes:
        invocation["toolExecutionNotifications"] = notes
    header = report.header()
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "compliance",
                "version": report.tool_version,
                "semanticVersion": report.tool_version,
                "informationUri": INFORMATION_URI,
                "rules": rules,
            },
            "extensions": [
                {
                    "name": pack.id,
                    "fullName": pack.title,
                    "version": pack.version,
                    "properties": pack.to_dict(),
                }
                for pack in report.packs
            ],
        },
        "invocations": [invocation],
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {
            "asOf": header["as_of"],
            "failOn": report.fail_on,
            "packs": header["packs"],
            "redacted": report.redacted,
            "summary": report.summary,
            **governance(report),
        },
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def governance(report: Report) -> dict[str, Any]:
    """The run's governance settings for ``run.properties`` (only those that are set)."""
    header = report.header()
    names = {
        "fail_on_severity": "failOnSeverity",
        "select": "select",
        "ignore": "ignore",
        "waivers": "waivers",
        "baseline": "baseline",
        "assumptions": "assumptions",
        "warnings": "warnings",
    }
    return {names[key]: header[key] for key in names if key in header}


def render(report: Report, **_: Any) -> str:
    return json.dumps(build(report), indent=2, ensure_ascii=False) + "\n"
