"""The JSON that ``compliance classify --format json`` writes (its schema is generated)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Tier = Literal["prohibited", "high-risk", "transparency", "minimal", "out-of-scope", "undecided"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Missing(_Model):
    path: str = Field(description="A fact that would decide the finding.")
    reason: str = Field(description="absent, unspecified, open or imprecise.")


class Finding(_Model):
    definition: str = Field(description="The eu-ai-act-high-risk definition evaluated.")
    title: str
    tier: Literal[
        "prohibited",
        "high-risk",
        "transparency",
        "out-of-scope",
        "general-purpose-model",
        "systemic-risk-model",
    ] = Field(
        description="The tier a true finding gives the system, or, for the model's findings, "
        "general-purpose-model (Arts 3(63), 53) or systemic-risk-model (Arts 51, 55)."
    )
    provision: str = Field(description="The provision, e.g. 'Art. 5(1)(c)'.")
    holder: Literal["provider", "deployer"] | None = Field(
        description="Who holds an Art. 50 duty (null for other findings)."
    )
    value: Literal["true", "false", "unknown", "error"]
    applies_from: str | None = Field(
        description="The date the duties that follow apply from for this contract "
        "(YYYY-MM-DD), if dated and known: the rule's own, or the one a transitional "
        "provision of Art. 111 sets."
    )
    deferral: str | None = Field(
        description="For a true high-risk or model finding whose duties do not start on the "
        "rule's own date: the provision that defers them (Art. 111(1)-(3)), or why their first "
        "day is open, or why none applies while the system's design is unchanged (Art. "
        "111(2)); else null."
    )
    evidence: list[dict[str, Any]] = Field(
        description="Facts the finding rests on, as in the check report's evidence."
    )
    missing: list[Missing]


class Use(_Model):
    fact: str = Field(description="use_cases, purposes or system.capabilities.")
    value: str
    line: int
    practices: list[str] = Field(description="Restricted practices the use amounts to.")
    annex_iii: list[str] = Field(description="Annex III points and sub-points, e.g. '4(a)'.")
    profiling: bool = Field(description="The use profiles natural persons by its nature.")
    art50: list[str] = Field(description="Art. 50 paragraphs the use triggers.")


class Classification(_Model):
    path: str
    id: str
    title: str
    as_of: str
    status: str | None = Field(
        description="The contract's status as the description states it (null: not stated)."
    )
    tier: Tier
    settled: bool = Field(description="No unknown finding could change the tier.")
    reason: str
    scope: Finding
    prohibited: list[str] = Field(description="Art. 5 points a permitted use is.")
    high_risk: list[str] = Field(description="Art. 6(2)/Annex III or Art. 6(1)/Annex I.")
    annex_iii: list[str] = Field(description="Annex III points of the permitted uses.")
    transparency: list[str] = Field(description="Art. 50 paragraphs that apply.")
    findings: list[Finding] = Field(description="Findings that are true or unknown.")
    open: list[str] = Field(description="Facts that would decide what is not settled.")
    uses: list[Use]
    model: list[Finding] = Field(
        description="What the Act makes of the model the system is built on, beside the "
        "system's tier and never raising it: a general-purpose AI model made available in "
        "the EU, whose provider owes the Art. 53 duties, and one with systemic risk (Arts "
        "51, 55); each true, false or unknown, with its dates (Art. 111(3) for a model "
        "placed on the market before 2 Aug 2025)."
    )


class Classifications(_Model):
    schema_version: Literal[1]
    as_of: str
    classifications: list[Classification]


def classification_schema() -> dict[str, Any]:
    """The JSON Schema of ``compliance classify --format json`` (draft 2020-12)."""
    from compliance.model.schema import SCHEMA_DIALECT

    schema = Classifications.model_json_schema(ref_template="#/$defs/{model}")
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": "https://compliance.invalid/schemas/classification.schema.json",
        **schema,
        "title": "compliance classify output",
    }
