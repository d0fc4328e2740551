"""pydantic models of the JSON report (``check --format json``, ``schema_version`` 3).

They describe :func:`compliance.report.reporters.json.report_data` field by field, so that
``compliance schema report`` can print the report's JSON Schema; a test validates the
reports of every bundled contract against it. Unknown fields are errors: a field added to
the report must be added here too.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["pass", "fail", "unknown", "not_applicable", "error", "waived"]
Severity = Literal["low", "medium", "high", "critical"]
Reason = Literal["absent", "unspecified", "open", "imprecise"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Citation(_Model):
    instrument: str = Field(description="The instrument, e.g. a regulation or a statement.")
    provision: str = Field(description="The provision as the instrument numbers it.")
    url: str = Field(description="Where to read it.")
    note: str | None = Field(default=None, description="What it says or how sure the pack is.")


class Superseded(_Model):
    """A value another statement set for the same fact, which lost (``prevails_over``)."""

    value: Any = Field(description="The superseded value.")
    clause: str | None = Field(description="The clause that stated it, if a clause did.")
    source: str = Field(description="Its source kind: contract, clause, annex, press-report...")
    source_id: str | None = Field(description="The id of the source, if not a clause.")
    line: int = Field(description="Line of the contract file where it is written.")


class Fact(_Model):
    """A fact some verdict of the contract rests on (listed once per contract)."""

    path: str = Field(description="The concrete fact path, e.g. parties[1].kind.")
    value: Any = Field(description="The fact's value (lists in full; 'unspecified').")
    clause: str | None = Field(description="The clause that states it, if a clause does.")
    source: str = Field(
        description="Where it is stated: contract (the description's top level), clause, or "
        "a source kind (annex, press-report, ...)."
    )
    source_id: str | None = Field(description="The id of that source, if not a clause.")
    line: int = Field(description="Line of the contract file (1-based).")
    column: int = Field(description="Column of the contract file (1-based).")
    contract_term: bool = Field(
        description="Whether the statement is a contract term (false for press reports and "
        "public statements)."
    )
    superseded: list[Superseded] | None = Field(
        default=None, description="Values other statements set and this one prevails over."
    )


class Missing(_Model):
    """A fact whose absence (or vagueness) leaves a verdict unknown."""

    path: str = Field(description="The fact path.")
    reason: Reason = Field(
        default="absent",
        description="Left out where it is absent (not stated); unspecified (written as "
        "unspecified), open (an open list may hold more), imprecise (a group of countries only "
        "partly inside).",
    )
    line: int | None = Field(
        default=None, description="Where the contract writes it (unspecified, open list)."
    )
    clause: str | None = Field(default=None, description="The clause that writes it, if any.")
    source_id: str | None = Field(default=None, description="The source that writes it, if any.")


class Waiver(_Model):
    rule: str
    contract: str
    justification: str
    owner: str
    approved_by: str
    expires: str
    file: str
    line: int


class Result(_Model):
    """One rule's verdict on one contract: what varies; the rule's text is in the header's
    ``rules`` table, its facts in the contract's ``facts`` and ``missing_facts``, its notes'
    texts in the contract's ``result_notes``."""

    id: str = Field(description="The full rule id PACK/RULE (a key of header.rules).")
    status: Status
    evidence: list[int] = Field(
        default_factory=list,
        description="The facts the verdict rests on: indices into the contract's facts "
        "(left out where there are none).",
    )
    applies_when: list[int] | None = Field(
        default=None,
        description="Those of the evidence that only decide whether the rule applies (the "
        "others serve its requirement).",
    )
    missing: list[int] = Field(
        default_factory=list,
        description="What leaves it unknown: indices into the contract's missing_facts "
        "(left out where nothing does).",
    )
    more: dict[str, int] | None = Field(
        default=None,
        description="A list's evidence is shown once, with at most five of its elements: "
        "for such an element (the key: its index into facts, as text), how many further "
        "elements of the same list the verdict also rests on, left out of the report.",
    )
    non_contract_source: bool = Field(
        default=False,
        description="Whether some evidence comes from a source that is not contract terms "
        "(left out where none does).",
    )
    waived_status: Literal["fail", "unknown"] | None = Field(
        default=None, description="Under a waiver (--waivers): the verdict it waives."
    )
    waiver: Waiver | None = Field(default=None, description="The waiver (--waivers).")
    message: str | None = Field(
        default=None, description="For errors, and for dated duties that do not apply."
    )
    applies_from: str | None = Field(
        default=None, description="A dated duty not yet in force: its first day."
    )
    applies_until: str | None = Field(default=None, description="A duty that ended: its last day.")
    notes: list[int] | list[str] | None = Field(
        default=None,
        description="Notes on dates and scope: indices into the contract's result_notes "
        "(reports written before result_notes existed: the texts).",
    )
    baseline: Literal["known", "new", "worse", "better"] | None = Field(
        default=None, description="With --baseline: how the verdict compares."
    )
    baseline_status: Status | None = Field(
        default=None, description="With --baseline: the verdict in the baseline, if any."
    )
    assumed: bool | None = Field(
        default=None, description="true when the verdict rests on an --assume fact."
    )


class Rule(_Model):
    """What a rule says whatever the contract (once per run, in the header)."""

    pack: str
    rule: str
    title: str
    severity: Severity
    basis: Literal["law", "policy-red-line", "guidance"]
    citations: list[Citation]
    question: str = Field(description="What to ask when the contract is silent.")
    remediation: str = Field(description="The clause that would pass.")


class Clause(_Model):
    id: str
    title: str | None
    text: str | None = Field(description="The clause text (null under --redact).")
    line: int


class Source(_Model):
    id: str
    kind: str
    title: str | None
    date: str | None
    url: str | None
    line: int
    note: str | None = Field(description="The source's note (null under --redact).")
    contract_term: bool = Field(description="Whether its kind makes it contract terms.")


class Summary(_Model):
    """Counts per status."""

    pass_: int = Field(alias="pass")
    fail: int
    unknown: int
    not_applicable: int
    error: int
    waived: int


class GroupRule(_Model):
    id: str
    status: Status
    facts: list[str] = Field(description="The decisive facts stated by this clause or source.")
    missing: list[str] | None = None


class Group(_Model):
    """With --by clause: verdicts grouped by the clause or source they rest on."""

    group: Literal["clause", "source", "contract", "gaps"]
    id: str | None
    title: str | None
    line: int | None
    contract_term: bool
    rules: list[GroupRule]


class Contract(_Model):
    path: str
    id: str
    title: str
    clauses: list[Clause]
    sources: list[Source]
    facts: list[Fact] = Field(description="The facts the verdicts rest on, each once.")
    missing_facts: list[Missing] = Field(
        description="The facts whose absence leaves verdicts unknown, each once."
    )
    result_notes: list[str] | None = Field(
        default=None,
        description="The distinct texts of the results' notes, each once, sorted (absent "
        "from reports written before it existed, whose results carry their notes as texts).",
    )
    results: list[Result]
    summary: Summary
    notes: list[str] | None = Field(
        default=None,
        description="Dated notes on the assessment date: a term of the contract not in force "
        "yet, expired or replaced; the contract's term not started or ended. Also among the "
        "run's warnings, prefixed with the path.",
    )
    by_clause: list[Group] | None = Field(default=None, description="Only with --by clause.")


class PackHeader(_Model):
    id: str
    title: str
    version: str
    hash: str = Field(description="sha256 of the pack's files: identifies the exact rules.")
    parameters: dict[str, Any] = Field(description="The parameter values the run used.")


class Header(_Model):
    tool: Literal["compliance"]
    tool_version: str
    as_of: str = Field(description="The assessment date, YYYY-MM-DD.")
    profile: str | None = Field(description="The profile the run used, if any.")
    packs: list[PackHeader]
    redacted: bool | None = Field(default=None, description="true under --redact.")
    rules: dict[str, Rule] = Field(description="Every rule of the run, by full id PACK/RULE.")


class InputError(_Model):
    path: str
    error: str = Field(description="One line FILE:LINE:COL: message.")


class Report(_Model):
    """The JSON report of ``compliance check`` (schema_version 3)."""

    schema_version: Literal[2, 3] = Field(
        description="3; a report of version 2 (whose results always carry evidence, missing "
        "and non_contract_source, and whose missing facts always carry a reason) validates too."
    )
    header: Header
    contracts: list[Contract]
    errors: list[InputError] = Field(description="Files of the batch that could not be checked.")
    summary: Summary


def report_schema() -> dict[str, Any]:
    """The report's JSON Schema (draft 2020-12)."""
    from compliance.model.schema import SCHEMA_DIALECT

    schema = Report.model_json_schema(ref_template="#/$defs/{model}", by_alias=True)
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": "https://compliance.invalid/schemas/report.schema.json",
        **schema,
        "title": "compliance check report",
    }
