"""JSON Lines: one JSON object a line, written as the run goes, for portfolios.

* the first line is the header: ``{"type": "header", "schema_version": 3, "header": {...}}``,
  the JSON report's header (with its ``rules`` table) without what only the end of the
  run knows (its warnings and the baseline counts);
* then, in path order, one line per file: ``{"type": "contract", ...}`` with the fields of a
  contract of the JSON report (its ``facts`` table, the results pointing into it; and
  ``by_clause`` with ``--by clause``), or
  ``{"type": "error", "path": ..., "error": ...}`` for a file that could not be checked;
* the last line is the summary: ``{"type": "summary", "contracts": N, "errors": N,
  "summary": {status: count}, "warnings": [...]}`` (and ``"baseline": {state: count}`` with
  ``--baseline``).

Each line is compact JSON (no spaces), UTF-8, ending with a newline; no line holds a raw
newline, so the file can be read, split or filtered a line at a time.
"""

from __future__ import annotations

from typing import Any

from compliance.core.jsonout import dumps
from compliance.report.reporters.json import contract_data, header_data
from compliance.report.results import SCHEMA_VERSION, ContractReport, InputProblem, Report, Totals


def line(data: dict[str, Any]) -> str:
    return dumps(data, indent=False) + "\n"


def head(report: Report, **_: Any) -> str:
    header = header_data(report)
    header.pop("warnings", None)
    if "baseline" in header:
        header["baseline"] = {"path": report.baseline}
    return line({"type": "header", "schema_version": SCHEMA_VERSION, "header": header})


def contract_part(contract: ContractReport, *, by: str | None = None, **_: Any) -> str:
    return line({"type": "contract", **contract_data(contract, by)})


def join(part: str, first: bool) -> str:
    """A contract's part needs no separator."""
    return part


def problem_part(problem: InputProblem) -> str:
    return line({"type": "error", **problem.to_dict()})


def tail(report: Report, totals: Totals, **_: Any) -> str:
    data: dict[str, Any] = {
        "type": "summary",
        "contracts": totals.contracts,
        "errors": len(report.problems),
        "summary": dict(totals.summary),
        "warnings": list(report.warnings),
    }
    if report.baseline is not None:
        data["baseline"] = dict(totals.baseline)
    return line(data)


def render(report: Report, *, by: str | None = None, **_: Any) -> str:
    """A finished report at once: the contracts, then the files that could not be checked
    (``compliance check`` writes each file's line in path order as it goes)."""
    totals = report.totals or Totals.of(report.contracts)
    parts = [head(report)]
    parts.extend(contract_part(contract, by=by) for contract in report.contracts)
    parts.extend(problem_part(problem) for problem in report.problems)
    parts.append(tail(report, totals))
    return "".join(parts)
