"""A comparison of contracts side by side, as data: key facts first, then every rule's
status (built by compliance.run.compare, rendered by compliance.report.reporters.compare)."""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance.core.records import field, record
from compliance.report.results import PackHeader


@record
class Cell:
    """One rule's status on one contract, with a short reason."""

    text: str
    status: str | None = None  # rule rows: the verdict
    non_contract: bool = False  # rests on a source that is not contract terms
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text}
        if self.status is not None:
            out["status"] = self.status
        out["non_contract_source"] = self.non_contract
        if self.line is not None:
            out["line"] = self.line
        return out


@record
class Row:
    """One row of a comparison: a key fact or a rule, across the contracts."""

    key: str  # the fact's name or the rule's full id
    title: str
    cells: list[Cell]
    severity: str = ""  # rule rows: the rule's severity

    @property
    def differs(self) -> bool:
        """Rule rows differ in status; fact rows in text."""
        if any(cell.status for cell in self.cells):
            return len({cell.status for cell in self.cells}) > 1
        return len({cell.text for cell in self.cells}) > 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "differs": self.differs,
            "cells": [cell.to_dict() for cell in self.cells],
        }


@record
class Column:
    """One contract of a comparison."""

    id: str
    title: str
    path: str


@record
class Comparison:
    """Contracts side by side: key facts first, then every rule's status."""

    tool_version: str
    as_of: date
    packs: list[PackHeader]
    columns: list[Column]
    facts: list[Row] = field(default_factory=list)
    rules: list[Row] = field(default_factory=list)
    #: Per contract, the questions whose answers settle most of its verdicts.
    questions: list[list[str]] = field(default_factory=list)
    #: The run's governance, when set (as in a check report's header): the waiver file
    #: (``--waivers``) and the what-if facts (``--assume``).
    waivers: str | None = None
    assumptions: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        header: dict[str, Any] = {
            "tool": "compliance",
            "tool_version": self.tool_version,
            "as_of": self.as_of.isoformat(),
            "packs": [pack.to_dict() for pack in self.packs],
        }
        if self.waivers is not None:
            header["waivers"] = self.waivers
        if self.assumptions:
            header["assumptions"] = self.assumptions
        return {
            "schema_version": 1,
            "header": header,
            "contracts": [vars(column) for column in self.columns],
            "facts": [row.to_dict() for row in self.facts],
            "rules": [row.to_dict() for row in self.rules],
            "top_questions": self.questions,
        }
