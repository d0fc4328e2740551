"""pydantic model of a profile: a named set of packs with parameter values."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from compliance.model.types import Model, Str


class Profile(Model):
    id: Str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="The profile's name.")
    title: Str = Field(min_length=1)
    description: Str = Field(min_length=1, description="Whom the profile is for, and why.")
    packs: list[Str] = Field(
        min_length=1, description="Built-in pack ids or pack paths (relative to this file)."
    )
    parameters: dict[str, dict[str, Any]] | None = Field(
        default=None, description="Parameter values by pack id: {pack-id: {param: value}}."
    )
