"""pydantic models of the governance files: waivers, baselines and the configuration."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from compliance.model.types import Bool, Date, Int, Model, Str

FULL_RULE_ID = r"^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$"
STATUS = Literal["pass", "fail", "unknown", "not_applicable", "error", "waived"]
SEVERITY = Literal["low", "medium", "high", "critical"]


class Waiver(Model):
    """A deliberate, dated exception: a verdict accepted for a reason, by named people."""

    rule: Str = Field(
        pattern=FULL_RULE_ID,
        description="The full rule id PACK/RULE (a former id of the rule also works).",
    )
    contract: Str = Field(
        min_length=1, description="The contract id the waiver is for, or * for every contract."
    )
    justification: Str = Field(min_length=1, description="Why the verdict is accepted.")
    owner: Str = Field(min_length=1, description="Who answers for the exception.")
    approved_by: Str = Field(min_length=1, description="Who approved it.")
    expires: Date = Field(
        description="Last day the waiver applies (YYYY-MM-DD, no time, no time zone); on a "
        "later as-of date the verdict stands again."
    )
    statuses: list[Literal["fail", "unknown"]] | None = Field(
        default=None,
        min_length=1,
        description="The verdicts it waives (default: fail and unknown; errors never).",
    )


class WaiverFile(Model):
    waivers: list[Waiver] = Field(description="The waivers, each for one rule.")


class _Open(BaseModel):
    """Reports carry many more fields; only the ones a baseline needs are checked."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class BaselineResult(_Open):
    id: Str = Field(pattern=FULL_RULE_ID)
    status: STATUS


class BaselineContract(_Open):
    id: Str
    results: list[BaselineResult]


class BaselinePack(_Open):
    id: Str
    hash: Str | None = None
    parameters: dict[str, Any] | None = None


class BaselineHeader(_Open):
    packs: list[BaselinePack] = Field(default_factory=list)


def _schema_version(value: Any) -> Any:
    """``true`` is not the number 1 (pydantic's Literal would take it)."""
    if not isinstance(value, int) or isinstance(value, bool):
        from compliance.model.types import _error

        raise _error("literal_error", f"expected schema_version 1, 2 or 3, got {value!r}")
    return value


class BaselineReport(_Open):
    schema_version: Annotated[Literal[1, 2, 3], BeforeValidator(_schema_version)] = Field(
        description="A JSON report of compliance check --format json (schema_version 1, 2 or 3)."
    )
    header: BaselineHeader | None = None
    contracts: list[BaselineContract]


class SlimVerdict(Model):
    contract: Str = Field(min_length=1, description="The contract id.")
    rule: Str = Field(pattern=FULL_RULE_ID, description="The full rule id PACK/RULE.")
    status: Literal["pass", "fail", "unknown", "not_applicable", "error"] = Field(
        description="The status the rule evaluated to (a waived verdict: the status it waives)."
    )
    fingerprint: Str = Field(
        description="A hash of what the verdict rests on (facts and missing facts)."
    )


class SlimPack(Model):
    id: Str
    version: Str | None = None
    hash: Str | None = None
    parameters: dict[str, Any] | None = None


class SlimBaseline(Model):
    """A baseline written by ``compliance baseline create|update``: no clause text."""

    baseline_version: Literal[1] = Field(description="The format of this file (1).")
    tool_version: Str | None = None
    as_of: Date | None = None
    packs: list[SlimPack] = Field(default_factory=list)
    verdicts: list[SlimVerdict]


class Config(Model):
    """``[tool.compliance]`` in pyproject.toml, or ``.compliance.yaml``: the options of
    ``compliance check``, spelt as on the command line without the dashes in front."""

    paths: list[Str] | None = Field(
        default=None, description="Contract files or folders to check when none are given."
    )
    packs: list[Str] | None = Field(default=None, description="As --pack (ids or paths).")
    profile: Str | None = Field(default=None, description="As --profile.")
    parameters: dict[str, dict[str, Any]] | None = Field(
        default=None, description="As --set: {pack-id: {parameter: value}}."
    )
    waivers: Str | None = Field(default=None, description="As --waivers.")
    baseline: Str | None = Field(default=None, description="As --baseline.")
    fail_on: Literal["fail", "unknown", "never"] | None = Field(
        default=None, alias="fail-on", description="As --fail-on."
    )
    fail_on_severity: SEVERITY | None = Field(
        default=None, alias="fail-on-severity", description="As --fail-on-severity."
    )
    select: list[Str] | None = Field(default=None, description="As --select.")
    ignore: list[Str] | None = Field(default=None, description="As --ignore.")
    format: (
        Literal["text", "json", "jsonl", "sarif", "junit", "github", "markdown", "html"] | None
    ) = Field(default=None, description="As --format.")
    outputs: list[Str] | None = Field(default=None, description="As -o [FORMAT:]FILE.")
    by: Literal["rule", "clause"] | None = Field(default=None, description="As --by.")
    redact: Bool | None = Field(default=None, description="As --redact.")
    sarif_results: Literal["findings", "all"] | None = Field(
        default=None, alias="sarif-results", description="As --sarif-results."
    )
    jobs: Int | None = Field(
        default=None, ge=0, description="As --jobs: processes for a batch (0: one per core)."
    )
