"""Baselines (``--baseline REPORT.json``): fail the run only on what is new or worse.

The baseline is a JSON report of an earlier run (``compliance check --format json``).
Verdicts match by contract id and full rule id (a former id of a rule resolves to its
current id), never by file path, so a contract may move. Each verdict of the run is marked:

* ``new``: the baseline has no verdict for this contract and rule;
* ``worse``: it ranks above the baseline's, where fail > error > unknown > the rest (pass,
  not_applicable, waived);
* ``better``: it ranks below the baseline's;
* ``known``: it ranks the same.

Only new and worse verdicts can fail the run; a rule in error still exits 3 (fail closed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from compliance.errors import InputError
from compliance.report import BETTER, KNOWN, NEW, WORSE, ContractReport, PackHeader, jsonable

RANK = {"fail": 3, "error": 2, "unknown": 1, "pass": 0, "not_applicable": 0, "waived": 0}


@dataclass
class Baseline:
    """The verdicts of an earlier run, by contract id and full rule id."""

    path: str
    #: (contract id, full rule id) -> status
    verdicts: dict[tuple[str, str], str] = field(default_factory=dict)
    #: pack id -> (hash, parameters), from the baseline's header
    packs: dict[str, tuple[str | None, Any]] = field(default_factory=dict)

    def get(self, key: tuple[str, str]) -> str | None:
        return self.verdicts.get(key)


def load_baseline(path: str, ids: dict[str, str]) -> Baseline:
    """The verdicts of a JSON report by (contract id, full rule id); former rule ids resolve
    through ``ids``. A bad file is an InputError naming the line and column."""
    from compliance.loader import load_file
    from compliance.model.governance import BaselineReport
    from compliance.nodes import locate, to_plain
    from compliance.validation import model_errors, require_mapping

    root = load_file(path)
    what = "a baseline (a JSON report of compliance check --format json)"
    mapping = require_mapping(root, path, what)
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
            if before is None:
                result.baseline = NEW
            elif RANK[result.status] > RANK[before]:
                result.baseline = WORSE
            elif RANK[result.status] < RANK[before]:
                result.baseline = BETTER
            else:
                result.baseline = KNOWN
