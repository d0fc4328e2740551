"""A rule's status from the results of its two parts (applies_when, requires): the
statuses and the named outcome with its evidence and missing facts."""

from __future__ import annotations

from typing import Any

from compliance.engine.truth import ERROR, FALSE, TRUE, UNKNOWN, Evidence, Missing, Res
from compliance.report.status import (
    ERROR_S as ERROR_S,
)
from compliance.report.status import FAIL as FAIL
from compliance.report.status import NOT_APPLICABLE as NOT_APPLICABLE
from compliance.report.status import PASS as PASS
from compliance.report.status import STATUSES as STATUSES
from compliance.report.status import UNKNOWN_S as UNKNOWN_S
from compliance.report.status import WAIVED as WAIVED

_NO: tuple[Any, ...] = ()


class RuleOutcome:
    """A rule's status on a contract, with the evidence and the missing facts of each part
    (:func:`rule_outcome`). A slotted class, not a record (:mod:`compliance.core.records`):
    cheaper to make than a ``NamedTuple`` or a record (measured) and cheaper to define
    (start-up), on a path taken once per rule and contract."""

    __slots__ = ("applies", "applies_missing", "requires", "requires_missing", "status")

    def __init__(
        self,
        status: str,
        applies: tuple[Evidence, ...],
        requires: tuple[Evidence, ...],
        applies_missing: tuple[Missing, ...],
        requires_missing: tuple[Missing, ...],
    ) -> None:
        self.status = status
        #: Evidence from applies_when (facts the requires part also used serve requires).
        self.applies = applies
        #: Evidence from requires.
        self.requires = requires
        #: Missing facts from applies_when and from requires (meaningful when the status
        #: is unknown).
        self.applies_missing = applies_missing
        self.requires_missing = requires_missing

    @property
    def missing(self) -> tuple[Missing, ...]:
        return self.applies_missing + self.requires_missing

    def __repr__(self) -> str:
        return (
            f"RuleOutcome({self.status!r}, {self.applies!r}, {self.requires!r}, "
            f"{self.applies_missing!r}, {self.requires_missing!r})"
        )


_STATUS_OF = {TRUE: PASS, FALSE: FAIL, UNKNOWN: UNKNOWN_S}


def decided_by_applies(applies: Res) -> bool:
    """Whether an applies_when result decides the rule alone (false or error), so that
    requires need not be evaluated."""
    value, _, _ = applies
    return value in (FALSE, ERROR)


def rule_outcome(applies: Res | None, requires: Res | None) -> RuleOutcome:
    """A rule's outcome from its applies_when result (None: always applies) and its
    requires result (None only when applies_when is false or error: not evaluated).

    applies false -> not_applicable; true -> the value of requires; unknown -> pass if
    requires is true, else unknown. An error anywhere -> error.
    """
    if applies is not None:
        applies_value, applies_evidence, applies_missing = applies
        if applies_value == ERROR:
            return RuleOutcome(ERROR_S, applies_evidence, _NO, applies_missing, _NO)
        if applies_value == FALSE:
            return RuleOutcome(NOT_APPLICABLE, applies_evidence, _NO, applies_missing, _NO)
    assert requires is not None, "requires is evaluated unless applies_when is false or error"
    value, evidence, missing = requires
    if value == ERROR:
        return RuleOutcome(ERROR_S, _NO, evidence, _NO, missing)
    if applies is None:
        return RuleOutcome(_STATUS_OF[value], _NO, evidence, _NO, missing)
    if applies_value == TRUE:
        return RuleOutcome(_STATUS_OF[value], applies_evidence, evidence, _NO, missing)
    # applies_when unknown
    if value == TRUE:
        return RuleOutcome(PASS, _NO, evidence, _NO, missing)
    if value == UNKNOWN:
        return RuleOutcome(UNKNOWN_S, applies_evidence, evidence, applies_missing, missing)
    return RuleOutcome(UNKNOWN_S, applies_evidence, evidence, applies_missing, _NO)
