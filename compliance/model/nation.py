"""pydantic model of a national sovereignty profile (``rules/nations/XX.yaml``)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from compliance.model.types import Date, Model, Str

Confidence = Literal["confirmed", "partly-confirmed", "unconfirmed", "not-researched"]


class Instrument(Model):
    id: Str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Short id the fields cite.")
    title: Str = Field(min_length=1, description="The instrument (law, decree, policy, guidance).")
    provision: Str = Field(min_length=1, description="The article, section or rule relied on.")
    url: Str | None = Field(
        default=None, description="Where the text (or a report of it) was read."
    )
    confidence: Confidence = Field(description="How far the instrument was read.")
    note: Str | None = None


class NationalField(Model):
    rule: Str | list[Str] | None = Field(
        default=None,
        description=(
            "What the nation requires: a list (jurisdictions for location and personnel, "
            "certifications for certification), or one of: none (a source says there is no "
            "such rule), none-found (no rule found; absence not confirmed), not-modelled (a "
            "rule the data-residency rules cannot check), covered-by-certification, immunity "
            "(foreign_law), customer (key_custody), or a classification (classification)."
        ),
    )
    within: list[Str] | None = Field(
        default=None,
        description=(
            "For foreign_law immunity: where the provider and its parent must be established."
        ),
    )
    confidence: Confidence
    cites: list[Str] = Field(default_factory=list, description="Ids of the instruments relied on.")
    note: Str | None = None


class NationalFields(Model):
    location: NationalField
    certification: NationalField
    foreign_law: NationalField
    personnel: NationalField
    key_custody: NationalField
    classification: NationalField


class NationProfile(Model):
    nation: Str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code.")
    name: Str = Field(min_length=1)
    confidence: Confidence = Field(description="The profile's overall confidence.")
    checked: Date = Field(description="When the sources were last checked.")
    summary: Str = Field(min_length=1)
    scope: Str = Field(min_length=1, description="Which of the nation's data the profile is about.")
    instruments: list[Instrument] = Field(default_factory=list)
    fields: NationalFields


__all__ = ["Confidence", "Instrument", "NationProfile", "NationalField", "NationalFields", "date"]
