"""The options of a run: what the command line and the configuration file set."""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance.core.records import field, record
from compliance.document.loader import DEFAULT_LIMITS, Limits


@record
class CheckOptions:
    """The options of a check run (what the command line and configuration set)."""

    packs: list[str] | None = None
    parameters: dict[str, dict[str, Any]] = field(default_factory=dict)
    profile: str | None = None
    as_of: date = field(default_factory=date.today)
    limits: Limits = DEFAULT_LIMITS
    #: Rule selection: full ids or globs over PACK/RULE (see compliance.report.selection).
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    #: A waiver file (compliance.run.waivers) and a baseline report (compliance.run.baseline).
    waivers: str | None = None
    baseline: str | None = None
    #: What-if facts, ``PATH=VALUE`` (compliance.contracts.assume).
    assumptions: list[str] = field(default_factory=list)
    fail_on: str = "fail"
    fail_on_severity: str | None = None
    #: What set ``parameters``, for the errors: ``--set``, or a configuration file's line.
    parameters_from: str = "--set"
