"""The two items a result lists: the facts its verdict rests on (:class:`EvidenceItem`) and
those whose absence leaves it unknown (:class:`MissingItem`), with :func:`jsonable`, which
their JSON form uses. Re-exported by :mod:`compliance.report.results`.

This module's annotations are evaluated, not strings (no ``from __future__ import
annotations``): ``typing.NamedTuple`` compiles each string annotation of its fields as a
forward reference when the class is made, sixteen compilations on every run's start-up
for these two classes (with the TypedDict of :mod:`compliance.facts.jurisdictions`, about
a million instructions of a cold check, measured with callgrind).
"""

from datetime import date
from typing import Any, NamedTuple


class EvidenceItem(NamedTuple):
    """A fact a verdict rests on: its path, value and source.

    A ``NamedTuple``, not a record (:mod:`compliance.core.records`), as is
    :class:`MissingItem`: both are made by the thousand on the evaluation path, where a
    tuple is the cheapest object to make and to ``_replace``, and they travel back from
    the batch workers inside every result (a tuple pickles smallest)."""

    path: str
    value: Any
    clause: str | None
    source: str  # "contract", "clause", or a source kind such as "press-report"
    source_id: str | None
    line: int
    column: int
    contract_term: bool
    superseded: tuple[dict[str, Any], ...] = ()
    #: Which part of the rule the fact serves: "requires" (what the contract must
    #: establish) or "applies_when" (whether the rule applies at all).
    role: str = "requires"
    #: Further elements of the same list the verdict also rests on, left out (each list's
    #: evidence is shown once: see compliance.engine.evaluate.MAX_LIST_EVIDENCE).
    more: int = 0

    def to_dict(self) -> dict[str, Any]:
        out = {
            "path": self.path,
            "value": jsonable(self.value),
            "clause": self.clause,
            "source": self.source,
            "source_id": self.source_id,
            "line": self.line,
            "column": self.column,
            "contract_term": self.contract_term,
            "role": self.role,
        }
        if self.superseded:
            out["superseded"] = list(self.superseded)
        if self.more:
            out["more"] = self.more
        return out


class MissingItem(NamedTuple):
    """A fact whose absence (or openness) leaves a verdict unknown (a ``NamedTuple``, as
    :class:`EvidenceItem` says why)."""

    path: str
    reason: str  # absent, unspecified, open, imprecise
    #: Where the contract writes the fact as ``unspecified`` or as an open list, when it
    #: does (None when the fact is absent).
    line: int | None = None
    clause: str | None = None
    source_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "reason": self.reason}
        if self.line is not None:
            out.update(line=self.line, clause=self.clause, source_id=self.source_id)
        return out


_PLAIN = frozenset({str, int, float, bool, type(None)})


def jsonable(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, frozenset | set):
        return sorted(jsonable(v) for v in value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value
