"""Baselines (``--baseline FILE``): fail the run only on what is new or worse.

The baseline is a slim baseline file (``compliance baseline create|update``: per verdict the
contract id, the rule id, the status and a fingerprint of the facts it rests on, no clause
text), or a JSON report of an earlier run (``compliance check --format json``).
Verdicts match by contract id and full rule id (a former id of a rule resolves to its
current id), never by file path, so a contract may move. Each verdict of the run is marked:

* ``new``: the baseline has no verdict for this contract and rule;
* ``worse``: it ranks above the baseline's, where fail > error > unknown > the rest (pass,
  not_applicable, waived);
* ``better``: it ranks below the baseline's;
* ``known``: it ranks the same.

A waived verdict gets no mark: it is reported as waived (it cannot fail the run, and it is
not "better" than the fail or unknown it waives). Only new and worse verdicts can fail the
run; a rule in error still exits 3 (fail closed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from compliance.core.errors import InputError
from compliance.core.records import field, record
from compliance.report.results import (
    BETTER,
    KNOWN,
    NEW,
    WORSE,
    ContractReport,
    PackHeader,
    Report,
    Result,
    jsonable,
)

if TYPE_CHECKING:
    from compliance.document.limits import Limits

RANK = {"fail": 3, "error": 2, "unknown": 1, "pass": 0, "not_applicable": 0, "waived": 0}


@record
class Baseline:
    """The verdicts of an earlier run, by contract id and full rule id."""

    path: str
    #: (contract id, full rule id) -> status
    verdicts: dict[tuple[str, str], str] = field(default_factory=dict)
    #: pack id -> (hash, parameters), from the baseline's header
    packs: dict[str, tuple[str | None, Any]] = field(default_factory=dict)

    def get(self, key: tuple[str, str]) -> str | None:
        return self.verdicts.get(key)


def load_baseline(path: str, ids: dict[str, str], limits: Limits | None = None) -> Baseline:
    """The verdicts of a JSON report by (contract id, full rule id), read with the run's
    ``limits``; former rule ids resolve through ``ids``. A bad file is an InputError naming
    the line and column."""
    from compliance.document.loader import DEFAULT_LIMITS, load_file
    from compliance.document.nodes import locate, to_plain
    from compliance.document.validation import model_errors, require_mapping
    from compliance.model.governance import BaselineReport

    root = load_file(path, limits or DEFAULT_LIMITS)
    what = "a baseline (compliance baseline create, or a JSON report of compliance check)"
    mapping = require_mapping(root, path, what)
    if "baseline_version" in mapping.entries:
        return _load_slim(mapping, path, ids)
    errors = model_errors(BaselineReport, mapping, path)
    if errors:
        raise errors[0]
    report = BaselineReport.model_validate(to_plain(mapping))
    out = Baseline(path)
    for pack in report.header.packs if report.header else []:
        out.packs[pack.id] = (pack.hash, pack.parameters)
    first: dict[str, int] = {}
    for position, contract in enumerate(report.contracts):
        node, _ = locate(mapping, ("contracts", position, "id"))
        if contract.id in first:
            raise InputError(
                f"contracts[{position}].id: contract {contract.id!r} is in the baseline twice "
                f"(first at line {first[contract.id]}); baselines match verdicts by contract id",
                file=path,
                line=node.line,
                col=node.col,
            )
        first[contract.id] = node.line
        seen: dict[str, int] = {}
        for index, result in enumerate(contract.results):
            key = ids.get(result.id, result.id)
            if key in seen:
                where, _ = locate(mapping, ("contracts", position, "results", index, "id"))
                raise InputError(
                    f"contracts[{position}].results[{index}].id: rule {key!r} is in the "
                    f"baseline twice for contract {contract.id!r} (first as results"
                    f"[{seen[key]}]); a baseline holds one verdict per contract and rule",
                    file=path,
                    line=where.line,
                    col=where.col,
                )
            seen[key] = index
            out.verdicts[(contract.id, key)] = result.status
    return out


def _load_slim(mapping: Any, path: str, ids: dict[str, str]) -> Baseline:
    from compliance.core.errors import raise_all
    from compliance.document.nodes import locate, to_plain
    from compliance.document.validation import model_errors
    from compliance.model.governance import SlimBaseline

    raise_all(model_errors(SlimBaseline, mapping, path, SlimBaseline.model_json_schema()))
    data = SlimBaseline.model_validate(to_plain(mapping))
    out = Baseline(path)
    for pack in data.packs:
        out.packs[pack.id] = (pack.hash, pack.parameters)
    first: dict[tuple[str, str], int] = {}
    for position, verdict in enumerate(data.verdicts):
        node, _ = locate(mapping, ("verdicts", position))
        key = (verdict.contract, ids.get(verdict.rule, verdict.rule))
        if key in first:
            raise InputError(
                f"verdicts[{position}]: {verdict.contract} / {verdict.rule} is in the baseline "
                f"twice (first at line {first[key]})",
                file=path,
                line=node.line,
                col=node.col,
            )
        first[key] = node.line
        out.verdicts[key] = verdict.status
    return out


#: The slim baseline file's format (``baseline_version``).
SLIM_VERSION = 1


def fingerprint(contract_id: str, result: Result) -> str:
    """What a verdict rests on, hashed: the contract and rule, the status it evaluated to,
    the facts (paths and values) and the missing facts; no clause text, no line numbers, so
    it stays the same when a contract's lines move."""
    import hashlib
    import json

    grounds = [
        contract_id,
        result.full_id,
        result.verdict,
        sorted(
            [item.path, json.dumps(jsonable(item.value), sort_keys=True)]
            for item in result.evidence
        ),
        sorted([item.path, item.reason] for item in result.missing),
    ]
    text = json.dumps(grounds, ensure_ascii=False, sort_keys=True)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def slim(report: Report) -> dict[str, Any]:
    """The slim baseline of a report: per verdict the contract id, the full rule id, the
    status it evaluated to (a waived verdict records the fail or unknown it waives, so that
    it stays known when the waiver ends) and its fingerprint; no clause text. Sorted, so
    that a refreshed baseline diffs line by line."""
    verdicts = [
        {
            "contract": contract.id,
            "rule": result.full_id,
            "status": result.verdict,
            "fingerprint": fingerprint(contract.id, result),
        }
        for contract in report.contracts
        for result in contract.results
    ]
    verdicts.sort(key=lambda v: (v["contract"], v["rule"]))
    return {
        "baseline_version": SLIM_VERSION,
        "tool_version": report.tool_version,
        "as_of": report.as_of.isoformat(),
        "packs": [
            {"id": p.id, "version": p.version, "hash": p.hash, "parameters": jsonable(p.parameters)}
            for p in report.packs
        ],
        "verdicts": verdicts,
    }


def slim_text(report: Report) -> str:
    import json

    return json.dumps(slim(report), indent=1, ensure_ascii=False) + "\n"


def changes(before: Baseline, report: Report) -> dict[str, int]:
    """How the report's verdicts compare with an older baseline (for ``baseline update``)."""
    counts = {"known": 0, "new": 0, "worse": 0, "better": 0, "gone": 0}
    seen = set()
    for contract in report.contracts:
        for result in contract.results:
            key = (contract.id, result.full_id)
            seen.add(key)
            old = before.get(key)
            if old is None:
                counts["new"] += 1
            elif RANK[result.verdict] > RANK[old]:
                counts["worse"] += 1
            elif RANK[result.verdict] < RANK[old]:
                counts["better"] += 1
            else:
                counts["known"] += 1
    counts["gone"] = len(set(before.verdicts) - seen)
    return counts


def pack_warnings(baseline: Baseline, packs: list[PackHeader]) -> list[str]:
    """Warnings for packs whose version (hash) or parameters differ from the baseline's: a
    verdict may then be new or worse because the rules changed, not the contract."""
    out = []
    for pack in packs:
        before = baseline.packs.get(pack.id)
        if before is None:
            continue
        digest, parameters = before
        changed = []
        if digest is not None and digest != pack.hash:
            changed.append(f"its rules ({digest} then, {pack.hash} now)")
        if parameters is not None and parameters != jsonable(pack.parameters):
            changed.append("its parameters")
        if changed:
            out.append(
                f"{baseline.path}: pack {pack.id} differs from the baseline's in "
                + " and ".join(changed)
                + "; a verdict may be new or worse for that reason"
            )
    return out


def compare(contracts: list[ContractReport], baseline: Baseline) -> None:
    """Mark every verdict known, new, worse or better than the baseline (in place)."""
    for contract in contracts:
        for result in contract.results:
            before = baseline.get((contract.id, result.full_id))
            result.baseline_status = before
            if result.status == "waived":
                # A waived verdict is reported as waived: it neither fails the run nor
                # is it "better" than the fail or unknown it waives.
                result.baseline = None
                continue
            if before is None:
                result.baseline = NEW
            elif RANK[result.status] > RANK[before]:
                result.baseline = WORSE
            elif RANK[result.status] < RANK[before]:
                result.baseline = BETTER
            else:
                result.baseline = KNOWN
