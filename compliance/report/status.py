"""A rule's status on a contract: the six verdict names every report and reporter uses."""

from __future__ import annotations

PASS, FAIL, UNKNOWN_S, NOT_APPLICABLE, ERROR_S, WAIVED = (
    "pass",
    "fail",
    "unknown",
    "not_applicable",
    "error",
    "waived",
)

#: Every status, in the order a summary counts them.
STATUSES = (PASS, FAIL, UNKNOWN_S, NOT_APPLICABLE, ERROR_S, WAIVED)

__all__ = ["ERROR_S", "FAIL", "NOT_APPLICABLE", "PASS", "STATUSES", "UNKNOWN_S", "WAIVED"]
