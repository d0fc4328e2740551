"""Lint of the national profiles: a field that could make a rule pass must rest on a cited
instrument (with a URL, read at least in part); anything below "partly confirmed" never
makes a rule pass (:func:`compliance.nations.profiles.usable` enforces it; this check says
where a profile claims more than its sources carry)."""

from __future__ import annotations

from compliance.core.records import record
from compliance.nations.profiles import (
    FIELDS,
    NONE_FOUND,
    NOT_MODELLED,
    TRUSTED,
    NationProfile,
)


@record(frozen=True)
class Finding:
    """One lint finding: an error fails the lint, a note only informs."""

    path: str
    line: int
    col: int
    level: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.level}: {self.message}"


def lint_profile(profile: NationProfile) -> list[Finding]:
    out: list[Finding] = []
    for name in FIELDS:
        item = profile.field(name)
        line, col = profile.lines.get(name, (1, 1))
        passable = item.confidence in TRUSTED and item.rule not in (None, NONE_FOUND, NOT_MODELLED)
        if passable:
            cited = [profile.instrument(c) for c in item.cites]
            if not any(i is not None and i.url and i.confidence in TRUSTED for i in cited):
                out.append(
                    Finding(
                        profile.path,
                        line,
                        col,
                        "error",
                        f"fields.{name}: citations missing (no cited instrument with a URL, "
                        "read at least in part); the field cannot make a rule pass",
                    )
                )
    return out


def lint_profiles(profiles: dict[str, NationProfile]) -> list[Finding]:
    findings: list[Finding] = []
    for code in sorted(profiles):
        findings.extend(lint_profile(profiles[code]))
    return findings
