"""SARIF 2.1.0 for code-scanning tools: one run, a result per finding (or per rule and
contract with ``results="all"``, ``--sarif-results all``).

Mapping (SARIF 2.1.0 §3.27.9 kind, §3.27.10 level: a result whose kind is not ``fail``
has level ``none``):

=================  ===============  =========================================
status             kind             level
=================  ===============  =========================================
fail               fail             error (critical, high), warning (medium),
                                    note (low)
unknown            fail             warning when it fails the run (--fail-on
                                    unknown, and --fail-on-severity), else note
pass               pass             none (only with ``all``)
not_applicable     notApplicable    none (only with ``all``)
error              review           none (and a tool execution notification)
waived             the kind of the  the level of the waived verdict, with an
                   waived verdict   accepted external suppression (justification,
                                    owner, approver, expiry, the waiver's line)
=================  ===============  =========================================

By default (``findings``) the log holds fail, unknown, error and waived results: what
code scanning should show. Each result points at the contract file and the line of the
fact it rests on (for an unknown: where the contract writes the fact as unspecified, else
the top of the file); the other evidence follows as related locations. File URIs are
relative to the repository root (the nearest folder above the current one holding
``.git``), so that code scanning places them when the run starts in a subfolder. A rule's
static text (citations, question, suggested clause) is in its ``tool.driver.rules`` entry,
not repeated in each result. The report header (as-of date, packs with versions, hashes
and parameters, --fail-on) is in ``run.properties``; each pack is also a
``tool.extensions`` entry. With ``--baseline`` each result has a ``baselineState`` (new;
updated for worse or better; unchanged for known); run warnings (expired or unused
waivers, more results than code scanning keeps) are ``toolExecutionNotifications`` of
level ``warning``.

A batch writes the log as it goes (:func:`head`, then :func:`contract_part` for each
contract, then :func:`tail`): memory stays flat in the number of contracts.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from compliance.core.jsonout import dumps
from compliance.facts.tree import ASSUMPTION
from compliance.report.reasons import (
    anchor_line,
    decisive,
    missing_text,
    place,
    plain,
    short_reason,
    waiver_text,
)
from compliance.report.reporters.markdown import md
from compliance.report.results import (
    SEVERITY_ORDER,
    ContractReport,
    EvidenceItem,
    InputProblem,
    Report,
    Result,
    RuleInfo,
    Totals,
)

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/compliance-tool/compliance"

KINDS = {
    "fail": "fail",
    "unknown": "fail",
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

#: Which results a log carries: ``findings`` (the default) or ``all``.
RESULTS = ("findings", "all")
#: The statuses of the findings: what fails, what is unknown, what errs, what is waived.
FINDINGS = frozenset({"fail", "unknown", "error", "waived"})

#: GitHub code scanning keeps the first 5,000 results of a run (by severity) and rejects a
#: run of more than 25,000 ("SARIF results exceed limit", docs.github.com).
KEPT, REJECTED = 5000, 25000

#: Where the results start in the log (their indentation).
_INDENT = " " * 8


@lru_cache(maxsize=4)
def repository(cwd: str) -> tuple[str | None, str]:
    """The repository root above ``cwd`` (the nearest folder holding ``.git``; None when
    there is none) and ``cwd`` relative to it ("" at the root)."""
    folder = cwd
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            relative = os.path.relpath(cwd, folder)
            return folder, "" if relative == "." else relative
        parent = os.path.dirname(folder)
        if parent == folder:
            return None, ""
        folder = parent


def artifact_uri(path: str) -> str:
    """A URI reference for a contract path, relative to the repository root (as code
    scanning expects) when the file is in the repository, else a file: URI; outside a
    repository, relative paths stay as given."""
    return _uri(os.getcwd(), path)


@lru_cache(maxsize=256)
def _uri(cwd: str, path: str) -> str:
    if path == "<stdin>":
        return quote(path, safe="/")
    root, prefix = repository(cwd)
    pure = PurePath(path)
    if root is not None and (prefix or pure.is_absolute()):
        full = os.path.normpath(os.path.join(root, prefix, path))
        inside = os.path.relpath(full, root)
        if inside != os.pardir and not inside.startswith(os.pardir + os.sep):
            return quote(PurePath(inside).as_posix(), safe="/")
        return PurePath(full).as_uri()
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


def unknown_fails(severity: str, fail_on: str, fail_on_severity: str | None) -> bool:
    """Whether an unknown verdict of this severity fails the run (before any baseline)."""
    if fail_on != "unknown":
        return False
    if fail_on_severity is None:
        return True
    return SEVERITY_ORDER.index(severity) >= SEVERITY_ORDER.index(fail_on_severity)


def level(result: Result, fail_on: str = "fail", fail_on_severity: str | None = None) -> str:
    """error, warning or note for a fail (by severity) and for an unknown (warning when it
    fails the run); none for the rest. A waived result has the level of what it waives."""
    verdict = result.verdict
    if verdict == "unknown":
        return "warning" if unknown_fails(result.severity, fail_on, fail_on_severity) else "note"
    return LEVELS[result.severity] if verdict == "fail" else "none"


#: How a verdict compares with the baseline, as SARIF's baselineState (§3.27.24).
BASELINE_STATES = {"new": "new", "worse": "updated", "better": "updated", "known": "unchanged"}


def _web_url(url: object) -> str | None:
    from compliance.report.reporters.links import web_url

    return web_url(url)


def _cite_md(citation: dict[str, Any]) -> str:
    """A citation as a Markdown list item: a link only for a plain http(s) URL (one that
    cannot break out of its ``<...>``)."""
    text = f"{md(citation['instrument'])}, {md(citation['provision'])}"
    url = _web_url(citation["url"])
    return f"- [{text}](<{url}>)" if url else f"- {text} ({md(str(citation['url']))})"


def rule_descriptor(rule: RuleInfo) -> dict[str, Any]:
    cites = [f"{c['instrument']}, {c['provision']} <{c['url']}>" for c in rule.citations]
    cites_md = [_cite_md(c) for c in rule.citations]
    remedy = rule.remediation.strip()
    question = rule.question.strip()
    asked = f"\n\nWhen the contract is silent, ask: {question}" if question else ""
    return {
        "id": rule.full_id,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": f"{rule.title} ({rule.basis}, severity {rule.severity})."},
        "help": {
            "text": "Demanded by:\n" + "\n".join(cites) + f"\n\nSuggested clause: {remedy}" + asked,
            "markdown": "Demanded by:\n\n"
            + "\n".join(cites_md)
            + f"\n\nSuggested clause: {md(remedy)}"
            + (f"\n\nWhen the contract is silent, ask: {md(question)}" if question else ""),
        },
        **({"helpUri": url} if (url := _web_url(rule.citations[0]["url"])) else {}),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "pack": rule.pack,
            "severity": rule.severity,
            "basis": rule.basis,
            "citations": rule.citations,
            "tags": ["compliance", rule.pack, rule.basis],
        },
    }


def _non_contract(items: list[EvidenceItem]) -> list[str]:
    return sorted(
        {place(item) for item in items if not item.contract_term and item.source != ASSUMPTION}
    )


def message(
    result: Result, rests: list[EvidenceItem] | None = None, others: list[str] | None = None
) -> str:
    """What the result says: the verdict and the rule's title, then what it rests on (or
    what is missing, or the waiver). The rule's question and suggested clause are in its
    help, not here. (``rests``: :func:`decisive` of the result, and ``others``: the places
    among them that are not contract terms, when the caller has them.)"""
    if rests is None:
        rests = decisive(result)
    if result.waiver is not None:
        reason = "Waiver: " + waiver_text(result)
    elif result.missing:
        reason = "Missing: " + missing_text(result.missing)
    else:
        reason = "Rests on: " + short_reason(result, limit=3, rests=rests)
    parts = [f"{WORDS[result.status]}: {result.title}.", reason + "."]
    if result.waiver is not None:
        parts.insert(1, f"Waived {result.waived_status}: {result.waiver.justification.strip()}.")
    if result.assumed:
        parts.append("Rests on a fact assumed with --assume.")
    if others is None:
        others = _non_contract(rests)
    if others:
        parts.append("Rests on a source that is not contract terms: " + ", ".join(others) + ".")
    # What the report says besides (dated terms, sources set aside, legal defaults).
    parts.extend("Note: " + note.rstrip(".") + "." for note in result.notes)
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


class Places:
    """The locations of one contract's file, each built once (results share their facts),
    and what the contract's results that rest on the same facts share: their decisive
    facts, related locations and missing facts, each worked out once (the evaluation
    shares a list between the results whose facts are the same; the results keep them
    alive while the contract is rendered, so a list's identity stands for it)."""

    def __init__(self, path: str) -> None:
        self.uri = artifact_uri(path)
        self.lines: dict[int, dict[str, Any]] = {}
        self.facts: dict[int, tuple[EvidenceItem, dict[str, Any], dict[str, str]]] = {}
        self.shared: dict[tuple[Any, ...], Any] = {}

    def decisive(self, result: Result) -> tuple[list[EvidenceItem], list[str]]:
        """:func:`decisive` of the result, with the places among them that are not
        contract terms."""
        evidence = result.evidence
        key = ("rests", id(evidence), result.status == "not_applicable")
        found = self.shared.get(key)
        if found is None or found[0] is not evidence:
            rests = decisive(result)
            found = self.shared[key] = (evidence, rests, _non_contract(rests))
        return found[1], found[2]

    def related(self, result: Result, shown: list[EvidenceItem]) -> list[dict[str, Any]]:
        """The related locations of the result's evidence but the fact ``shown`` first."""
        evidence = result.evidence
        key = ("related", id(evidence), id(shown[0]) if shown else None)
        found = self.shared.get(key)
        if found is None or found[0] is not evidence:
            first = shown[0] if shown else None  # one of the evidence's own items
            facts = self.facts
            related = []
            number = 0
            for item in evidence:
                if item is first:
                    continue
                made = facts.get(id(item))
                if made is None or made[0] is not item:
                    made = (item, *self.fact(item))
                number += 1
                related.append({"id": number, "physicalLocation": made[1], "message": made[2]})
            found = self.shared[key] = (evidence, related)
        related_: list[dict[str, Any]] = found[1]
        return related_

    def missing(self, result: Result) -> list[dict[str, Any]]:
        """The result's missing facts as the log gives them."""
        absent = result.missing
        key = ("missing", id(absent))
        found = self.shared.get(key)
        if found is None or found[0] is not absent:
            found = self.shared[key] = (absent, [m.to_dict() for m in absent])
        missing: list[dict[str, Any]] = found[1]
        return missing

    def line(self, line: int) -> dict[str, Any]:
        found = self.lines.get(line)
        if found is None:
            found = self.lines[line] = {
                "physicalLocation": {
                    "artifactLocation": {"uri": self.uri},
                    "region": {"startLine": max(line, 1)},
                }
            }
        return found

    def fact(self, item: EvidenceItem) -> tuple[dict[str, Any], dict[str, str]]:
        """The fact's location and its message, as a related location shows them."""
        found = self.facts.get(id(item))
        if found is None or found[0] is not item:
            region: dict[str, Any] = {"startLine": max(item.line, 1)}
            if item.column:
                region["startColumn"] = item.column
            where = {"artifactLocation": {"uri": self.uri}, "region": region}
            text = {"text": f"{item.path} = {plain(item.value)} ({place(item)})"}
            found = self.facts[id(item)] = (item, where, text)
        return found[1], found[2]


def sarif_result(
    contract: ContractReport,
    result: Result,
    index: int,
    fail_on: str = "fail",
    fail_on_severity: str | None = None,
    places: Places | None = None,
) -> dict[str, Any]:
    where = places or Places(contract.path)
    # Once: the anchor, the message and the related locations.
    rests, non_contract = where.decisive(result)
    primary = anchor_line(result, rests)
    full_id = result.full_id
    out: dict[str, Any] = {
        "ruleId": full_id,
        "ruleIndex": index,
        "kind": kind(result),
        "level": level(result, fail_on, fail_on_severity),
        "message": {"text": message(result, rests, non_contract)},
        "locations": [where.line(primary)],
        "partialFingerprints": {"contractRule/v1": f"{contract.id}:{full_id}"},
    }
    related = where.related(result, rests[:1] if result.status != "unknown" else [])
    if related:
        out["relatedLocations"] = related
    if result.status == "waived":
        out["suppressions"] = [suppression(result)]
    if result.baseline is not None:
        out["baselineState"] = BASELINE_STATES[result.baseline]
    props: dict[str, Any] = {
        "contract": contract.id,
        "status": result.status,
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
        props["missing"] = where.missing(result)
    out["properties"] = props
    return out


def shown(result: Result, results: str = "findings") -> bool:
    """Whether the log carries the result (``findings``: fail, unknown, error, waived)."""
    return results == "all" or result.status in FINDINGS


def count(summary: dict[str, int], results: str = "findings") -> int:
    """How many results a log of these verdicts carries."""
    return sum(n for status, n in summary.items() if results == "all" or status in FINDINGS)


def limit_warning(results: int) -> str | None:
    """A warning when a run has more results than GitHub code scanning keeps or accepts."""
    if results > REJECTED:
        return (
            f"the SARIF log has {results:,} results; GitHub code scanning rejects a run of "
            f"more than {REJECTED:,} (check fewer contracts per upload)"
        )
    if results > KEPT:
        return (
            f"the SARIF log has {results:,} results; GitHub code scanning keeps only "
            f"{KEPT:,} of a run, by severity (check fewer contracts per upload)"
        )
    return None


def notifications(report: Report, index: dict[str, int]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {
            "level": "error",
            "message": {"text": problem.message},
            "locations": [physical(problem.path, 1)],
        }
        for problem in report.problems
    ]
    for error in report.errors_in_rules():
        note: dict[str, Any] = {
            "level": "error",
            "message": {"text": f"{error.rule}: {error.message}"},
            "locations": [physical(error.path, 1)],
        }
        if error.rule in index:
            note["associatedRule"] = {"id": error.rule, "index": index[error.rule]}
        out.append(note)
    return out


def _skeleton(report: Report, totals: Totals, results: str) -> dict[str, Any]:
    """The log with a hole where the results go."""
    from compliance.report.outcome import exit_code

    rules = report.rule_table()
    index = {rule.full_id: number for number, rule in enumerate(rules)}
    summary = dict(totals.summary)
    notes = notifications(report, index)
    failed = bool(notes)
    warnings = list(report.warnings)
    too_many = limit_warning(count(summary, results))
    if too_many is not None:
        warnings.append(too_many)
    notes += [{"level": "warning", "message": {"text": text}} for text in warnings]
    status = report.exit_status if report.totals is not None else None
    invocation: dict[str, Any] = {
        "executionSuccessful": not failed,
        "exitCode": exit_code(report, report.fail_on) if status is None else status,
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
                "rules": [rule_descriptor(rule) for rule in rules],
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
        "columnKind": "unicodeCodePoints",
        "results": _HOLE,
        "invocations": [invocation],
        "properties": {
            "asOf": header["as_of"],
            "failOn": report.fail_on,
            "packs": header["packs"],
            "redacted": report.redacted,
            "results": results,
            "summary": summary,
            **governance(report),
        },
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


_HOLE = "\x00results\x00"
_MARK = '"results": ' + json.dumps(_HOLE)


def _around(report: Report, totals: Totals, results: str) -> tuple[str, str]:
    """The log before and after the results."""
    text = dumps(_skeleton(report, totals, results))
    cut = text.index(_MARK)
    return text[: cut + len('"results": ')], text[cut + len(_MARK) :] + "\n"


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


def head(report: Report, *, results: str = "findings", **_: Any) -> str:
    return _around(report, Totals(), results)[0] + "["


def contract_part(
    contract: ContractReport,
    *,
    results: str = "findings",
    fail_on: str = "fail",
    fail_on_severity: str | None = None,
    **_: Any,
) -> str:
    """A contract's results as elements of the list, one compact result a line, indented
    as the list is ("" when it has none);
    :func:`join` puts in the commas. Every contract has a result for every rule of the
    run, so its rules sorted by id number them as in ``tool.driver.rules``."""
    ids = [r.full_id for r in contract.results]
    numbers = _numbers(tuple(ids))
    places = Places(contract.path)  # the results share their facts' locations
    data = [
        sarif_result(contract, result, numbers[number], fail_on, fail_on_severity, places)
        for number, result in enumerate(contract.results)
        if shown(result, results)
    ]
    if not data:
        return ""
    # One result a line, compact: the log's bulk is its results, and indenting each of
    # them would double its size (a result a line also keeps it easy to grep and diff).
    return ",\n".join([_INDENT + dumps(result, indent=False) for result in data])


@lru_cache(maxsize=8)
def _numbers(ids: tuple[str, ...]) -> tuple[int, ...]:
    """Each result's rule number (its place among the rule ids sorted), by the results'
    order: the same for every contract of a run (each has a result for every rule)."""
    place = {key: number for number, key in enumerate(sorted(ids))}
    return tuple(place[key] for key in ids)


def join(part: str, first: bool) -> str:
    return ("\n" if first else ",\n") + part


def problem_part(problem: InputProblem) -> str:
    """Nothing: the files that could not be checked are listed by the tail."""
    return ""


def tail(report: Report, totals: Totals, *, results: str = "findings", **_: Any) -> str:
    return ("\n" + _INDENT[:-2] + "]" if count(totals.summary, results) else "]") + _around(
        report, totals, results
    )[1]


def render(report: Report, *, results: str = "findings", **_: Any) -> str:
    """The SARIF log of a finished report (the bytes a batch writes as it goes)."""
    totals = report.totals or Totals.of(report.contracts)
    out = [head(report, results=results)]
    first = True
    for contract in report.contracts:
        part = contract_part(
            contract,
            results=results,
            fail_on=report.fail_on,
            fail_on_severity=report.fail_on_severity,
        )
        if part:
            out.append(join(part, first))
            first = False
    out.append(tail(report, totals, results=results))
    return "".join(out)
