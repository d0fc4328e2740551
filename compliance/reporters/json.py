"""The JSON report: ``schema_version``, ``header``, ``contracts``, ``errors``, ``summary``.

With ``by="clause"`` each contract also carries ``by_clause``: its results grouped by the
clause or source they rest on, the last group holding the rules no clause decides.
"""

from __future__ import annotations

import json
from typing import Any

from compliance.report import Report


def render(report: Report, *, by: str | None = None, **_: Any) -> str:
    data = report.to_dict()
    if by == "clause":
        from compliance.byclause import group_by_clause

        for contract, out in zip(report.contracts, data["contracts"], strict=True):
            out["by_clause"] = [group.to_dict() for group in group_by_clause(contract)]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
