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
waived             fail             from severity, with an accepted external
                                    suppression
=================  ===============  =========================================

Each result points at the contract file and the line of the fact it rests on (for an
unknown: where the contract writes the fact as unspecified, else the top of the file);
the other evidence follows as related locations. The report header (as-of date, packs
with versions, hashes and parameters, --fail-on) is in ``run.properties``; each pack is
also a ``tool.extensions`` entry.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from compliance.reasons import anchor_line, decisive, missing_text, place, plain, short_reason
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


def level(result: Result) -> str:
    return LEVELS[result.severity] if KINDS[result.status] == "fail" else "none"


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
    return sorted({place(item) for item in items if not item.contract_term})


def message(result: Result) -> str:
    if result.missing:
        reason = "Missing: " + missing_text(result.missing)
    else:
        reason = "Rests on: " + short_reason(result, limit=3)
    parts = [f"{WORDS[result.status]}: {result.title}.", reason + "."]
    if result.status == "unknown" and result.question:
        parts.append("Question: " + result.question.strip())
    others = _non_contract(decisive(result))
    if others:
        parts.append("Rests on a source that is not contract terms: " + ", ".join(others) + ".")
    return " ".join(parts)


def sarif_result(contract: ContractReport, result: Result, index: int) -> dict[str, Any]:
    primary = anchor_line(result)
    out: dict[str, Any] = {
        "ruleId": result.full_id,
        "ruleIndex": index,
        "kind": KINDS[result.status],
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
        out["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": result.message or ""}
        ]
    props: dict[str, Any] = {
        "contract": contract.id,
        "status": result.status,
        "severity": result.severity,
        "basis": result.basis,
        "nonContractSource": result.non_contract,
    }
    if result.missing:
        props["missing"] = [m.to_dict() for m in result.missing]
        props["missingText"] = missing_text(result.missing, limit=len(result.missing))
    if result.status in ("fail", "unknown"):
        props["remediation"] = result.remediation.strip()
    if result.status == "unknown":
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
    invocation: dict[str, Any] = {
        "executionSuccessful": not notes,
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
        },
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, **_: Any) -> str:
    return json.dumps(build(report), indent=2, ensure_ascii=False) + "\n"
