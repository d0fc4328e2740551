"""Truth values and evaluation results: strong Kleene logic with an extra ``ERROR``.

Truth values follow strong Kleene logic with an extra ``ERROR`` that wins everywhere:

* ``all``: false if any part is false, true if all are true, else unknown;
* ``any``: true if any part is true, false if all are false, else unknown;
* ``not``: swaps true and false and keeps unknown.

Every evaluation returns a :data:`Res`: its value, the evidence it rests on (facts with
their source) and, when unknown, the missing facts that could change it (and the points of
law that are not settled, :data:`UNSETTLED`, which travel with them through the
connectives).
"""

from __future__ import annotations

from typing import Any

from compliance.facts.tree import FNode

FALSE, TRUE, UNKNOWN, ERROR = 0, 1, 2, 3
TRUTH_NAMES = {FALSE: "false", TRUE: "true", UNKNOWN: "unknown", ERROR: "error"}

# Missing-fact reasons.
ABSENT, UNSPECIFIED, OPEN, IMPRECISE = "absent", "unspecified", "open", "imprecise"
#: Not a missing fact: a point of law that is not settled (an ``unsettled`` condition whose
#: inner condition holds). Its entry is ``(why the law is open, UNSETTLED)``: no fact the
#: contract could state decides it, so reports give it as a note, never as a question.
UNSETTLED = "unsettled"

Evidence = tuple[str, FNode]  # (concrete path, fact node)
Missing = tuple[str, str]  # (concrete path, reason)
Res = tuple[int, tuple[Evidence, ...], tuple[Missing, ...]]

_NO: tuple[Any, ...] = ()


def combine_all(results: list[Res]) -> Res:
    if len(results) == 1:
        return _single(results[0])
    values = {value for value, _, _ in results}
    if ERROR in values:
        value = ERROR
    elif FALSE in values:
        value = FALSE
    elif UNKNOWN in values:
        value = UNKNOWN
    else:
        value = TRUE
    return _pick(value, results)


def combine_any(results: list[Res]) -> Res:
    if len(results) == 1:
        return _single(results[0])
    values = {value for value, _, _ in results}
    if ERROR in values:
        value = ERROR
    elif TRUE in values:
        value = TRUE
    elif UNKNOWN in values:
        value = UNKNOWN
    else:
        value = FALSE
    return _pick(value, results)


def _single(result: Res) -> Res:
    """``_pick`` of one part: its value and evidence; its missing facts if unknown."""
    value, evidence, missing = result
    if value == UNKNOWN or not missing:
        return result
    return value, evidence, _NO


def _pick(value: int, results: list[Res]) -> Res:
    """Evidence from the parts that agree with the result; missing facts of unknown parts."""
    evidence: list[Evidence] = []
    missing: list[Missing] = []
    for part_value, part_evidence, part_missing in results:
        if part_value == value or (value == UNKNOWN and part_value in (TRUE, FALSE)):
            evidence.extend(part_evidence)
        if value == UNKNOWN and part_value == UNKNOWN:
            missing.extend(part_missing)
    return value, tuple(evidence), tuple(missing)
