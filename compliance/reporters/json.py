"""The JSON report: ``schema_version``, ``header``, ``contracts``, ``errors``, ``summary``.

With ``by="clause"`` each contract also carries ``by_clause``: its results grouped by the
clause or source they rest on, the last group holding the rules no clause decides.

A batch writes the report as it goes (:func:`head`, then :func:`contract_part` for each
contract as it is ready, then :func:`tail`); the bytes are those of :func:`render`.
"""

from __future__ import annotations

import json
from typing import Any

from compliance.jsonout import dumps
from compliance.report import SCHEMA_VERSION, ContractReport, Report, Totals

#: Stands for the contracts while the rest of the document is laid out around them.
_HOLE = "\x00contracts\x00"
_MARK = '\n  "contracts": ' + json.dumps(_HOLE)


def contract_data(contract: ContractReport, by: str | None = None) -> dict[str, Any]:
    data = contract.to_dict()
    if by == "clause":
        from compliance.byclause import group_by_clause

        data["by_clause"] = [group.to_dict() for group in group_by_clause(contract)]
    return data


def _around(report: Report, totals: Totals) -> tuple[str, str]:
    """The document before and after the list of contracts."""
    data = {
        "schema_version": SCHEMA_VERSION,
        "header": report.header(),
        "contracts": _HOLE,
        "errors": [problem.to_dict() for problem in report.problems],
        "summary": dict(totals.summary),
    }
    text = dumps(data)
    cut = text.index(_MARK) + len(_MARK) - len(json.dumps(_HOLE))
    return text[:cut], text[cut + len(json.dumps(_HOLE)) :] + "\n"


def head(report: Report) -> str:
    return _around(report, Totals())[0] + "["


def contract_part(contract: ContractReport, *, by: str | None = None, **_: Any) -> str:
    """One contract as an element of the list, indented; :func:`join` puts in the commas."""
    text = dumps(contract_data(contract, by))
    return "    " + text.replace("\n", "\n    ")


def join(part: str, first: bool) -> str:
    return ("\n" if first else ",\n") + part


def tail(report: Report, totals: Totals) -> str:
    return ("\n  ]" if totals.contracts else "]") + _around(report, totals)[1]


def render(report: Report, *, by: str | None = None, **_: Any) -> str:
    totals = report.totals or Totals.of(report.contracts)
    parts = [head(report)]
    for number, contract in enumerate(report.contracts):
        parts.append(join(contract_part(contract, by=by), number == 0))
    parts.append(tail(report, totals))
    return "".join(parts)
