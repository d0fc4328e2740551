"""National profiles as data: one YAML file per nation under ``rules/nations``.

Each profile sets, field by field, what the nation requires of a deal holding its
government's data (location, certification, foreign-law protection, personnel, key custody,
classification tier), with the confidence of each field and the instruments it cites. A field
becomes parameter values of the data-residency pack only when its confidence is confirmed or
partly confirmed and it cites an instrument with a URL; anything else makes the rules it drives
come out unknown ("national rule not confirmed"), never pass.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from compliance.core.errors import InputError
from compliance.core.records import field, record
from compliance.document.limits import DEFAULT_LIMITS, Limits

NATIONS_DIR = "nations"
PACK = "data-residency"

#: The fields of a profile, in report order.
FIELDS = ("location", "certification", "foreign_law", "personnel", "key_custody", "classification")
FIELD_TITLES = {
    "location": "data location",
    "certification": "certification",
    "foreign_law": "foreign-law protection",
    "personnel": "personnel",
    "key_custody": "key custody",
    "classification": "classification tier",
}
#: The data-residency rules each field drives.
FIELD_RULES: dict[str, tuple[str, ...]] = {
    "location": ("data-locations", "sub-processor-locations", "telemetry-location"),
    "certification": ("certification",),
    "foreign_law": ("foreign-law-exposure",),
    "personnel": ("personnel-location",),
    "key_custody": ("customer-held-keys",),
    "classification": ("classification-boundary",),
}
CONFIDENCES = ("confirmed", "partly-confirmed", "unconfirmed", "not-researched")
#: Confidence levels at which a field may make a rule pass.
TRUSTED = ("confirmed", "partly-confirmed")
NONE, NONE_FOUND, NOT_MODELLED, COVERED = (
    "none",
    "none-found",
    "not-modelled",
    "covered-by-certification",
)
WORDS = (NONE, NONE_FOUND, NOT_MODELLED, COVERED)
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "location": (),
    "certification": (),
    "foreign_law": ("immunity",),
    "personnel": (),
    "key_custody": ("customer",),
    "classification": (),
}

NOT_CONFIRMED = "national rule not confirmed"
NOT_MODELLED_REASON = "national rule not checkable by the data-residency rules"


@record(frozen=True)
class Instrument:
    """A law, decree, policy or guidance a profile relies on."""

    id: str
    title: str
    provision: str
    url: str | None
    confidence: str
    note: str | None = None


@record(frozen=True)
class NationalField:
    """What a nation requires on one point, and how sure the profile is."""

    name: str
    rule: str | tuple[str, ...] | None
    confidence: str
    cites: tuple[str, ...] = ()
    within: tuple[str, ...] = ()
    note: str | None = None

    @property
    def shown(self) -> str:
        """The rule as text: a list joined with commas, a word, or "-"."""
        if self.rule is None:
            return "-"
        if isinstance(self.rule, tuple):
            return ", ".join(self.rule)
        if self.rule == "immunity" and self.within:
            return f"immunity ({', '.join(self.within)})"
        return self.rule


@record(frozen=True)
class NationProfile:
    """One nation's profile."""

    nation: str
    name: str
    confidence: str
    checked: date
    summary: str
    scope: str
    instruments: tuple[Instrument, ...]
    fields: tuple[NationalField, ...]
    path: str
    lines: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False)

    def field(self, name: str) -> NationalField:
        return next(f for f in self.fields if f.name == name)

    def instrument(self, ident: str) -> Instrument | None:
        return next((i for i in self.instruments if i.id == ident), None)


def nations_dir() -> Path:
    from compliance.packs.locate import builtin_dir

    return builtin_dir() / NATIONS_DIR


def _check_field(name: str, data: dict[str, Any]) -> str | None:
    """Why a field's rule is not valid for the field (None: it is)."""
    from compliance.facts import jurisdictions
    from compliance.facts.vocabulary import VOCABULARIES

    rule = data.get("rule")
    if rule is None:
        if data["confidence"] in TRUSTED:
            return "a confirmed or partly confirmed field needs a rule"
        return None
    if isinstance(rule, str):
        allowed = WORDS + FIELD_WORDS[name]
        if name == "classification":
            allowed = (*allowed, *VOCABULARIES["Classification"])
        if rule not in allowed:
            return f"rule {rule!r} is not one of {', '.join(allowed)} (or a list)"
        if rule == "immunity" and not data.get("within"):
            return "rule immunity needs 'within' (where provider and parent must be established)"
        return None
    if name in ("location", "personnel"):
        for value in rule:
            if not jurisdictions.is_known(value):
                return f"{value!r} is not a country code or a known group"
        return None
    if name == "certification":
        for value in rule:
            if value not in VOCABULARIES["Certification"]:
                return f"{value!r} is not a Certification value"
        return None
    return f"the {name} field takes a word, not a list"


def load_profile(path: Path, limits: Limits = DEFAULT_LIMITS) -> NationProfile:
    """One profile file, validated, read with ``limits``; errors are ``FILE:LINE:COL:
    message``."""
    from compliance.document.loader import load_file
    from compliance.document.nodes import locate

    root = load_file(str(path), limits)

    def validate() -> dict[str, Any]:
        from compliance.model.nation import NationProfile as Model
        from compliance.packs.read import validate as _validate

        out = _validate(Model, root, str(path), "a national profile")
        out["checked"] = out["checked"].isoformat()  # JSON-able, so the result is cached
        return out

    from compliance.packs.cache import validated

    data = validated("nation", str(path), validate)

    def fail(message: str, *loc: str | int) -> InputError:
        node, _ = locate(root, tuple(loc))
        return InputError(message, file=str(path), line=node.line, col=node.col)

    if data["nation"] != path.stem:
        raise fail(
            f"nation {data['nation']!r} does not match the file name {path.name!r}", "nation"
        )
    instruments = tuple(
        Instrument(
            i["id"], i["title"], i["provision"], i.get("url"), i["confidence"], i.get("note")
        )
        for i in data.get("instruments", [])
    )
    ids = {i.id for i in instruments}
    fields: list[NationalField] = []
    lines: dict[str, tuple[int, int]] = {}
    for name in FIELDS:
        raw = data["fields"][name]
        problem = _check_field(name, raw)
        if problem:
            raise fail(f"fields.{name}: {problem}", "fields", name, "rule")
        for position, cite in enumerate(raw.get("cites", [])):
            if cite not in ids:
                raise fail(
                    f"fields.{name}: cites {cite!r}, which is not an instrument of this profile",
                    "fields",
                    name,
                    "cites",
                    position,
                )
        rule = raw.get("rule")
        node, _ = locate(root, ("fields", name))
        lines[name] = (node.line, node.col)
        fields.append(
            NationalField(
                name,
                tuple(rule) if isinstance(rule, list) else rule,
                raw["confidence"],
                tuple(raw.get("cites", [])),
                tuple(raw.get("within") or ()),
                raw.get("note"),
            )
        )
    checked = data["checked"]
    return NationProfile(
        nation=data["nation"],
        name=data["name"],
        confidence=data["confidence"],
        checked=checked if isinstance(checked, date) else date.fromisoformat(str(checked)),
        summary=data["summary"],
        scope=data["scope"],
        instruments=instruments,
        fields=tuple(fields),
        path=str(path),
        lines=lines,
    )


def load_profiles(
    folder: Path | None = None, limits: Limits = DEFAULT_LIMITS
) -> dict[str, NationProfile]:
    """Every profile in ``folder`` (default: the built-in ones), by nation code, each read
    with ``limits`` (the built-in ones with the defaults: they are not input, and a lower
    --max-depth is for the contracts)."""
    if folder is None:
        limits = DEFAULT_LIMITS
    folder = folder or nations_dir()
    if not folder.is_dir():
        raise InputError(f"no national profiles folder {str(folder)!r}")
    out: dict[str, NationProfile] = {}
    for path in sorted(folder.glob("*.yaml")):
        profile = load_profile(path, limits)
        out[profile.nation] = profile
    return out


def usable(profile: NationProfile, name: str) -> tuple[bool, str]:
    """Whether a field may set parameters (and so make a rule pass), else why not."""
    item = profile.field(name)
    if item.confidence not in TRUSTED:
        return False, NOT_CONFIRMED
    if item.rule in (None, NONE_FOUND):
        return False, NOT_CONFIRMED
    cited = [profile.instrument(c) for c in item.cites]
    if not any(i is not None and i.url and i.confidence in TRUSTED for i in cited):
        return False, NOT_CONFIRMED
    if item.rule == NOT_MODELLED:
        return False, NOT_MODELLED_REASON
    return True, ""


def parameters(item: NationalField) -> dict[str, Any] | None:
    """The data-residency parameter values a usable field sets (None: no national rule, so
    the field's rules do not apply)."""
    off: dict[str, Any] = {
        "residency_required": False,
        "immunity_required": False,
        "customer_held_keys_required": False,
        "personnel_location_required": False,
        "required_certifications": [],
        "max_classification": "top-secret",
    }
    rule = item.rule
    if rule in (NONE, COVERED):
        return None
    if item.name == "location":
        return {**off, "residency_required": True, "allowed_jurisdictions": list(rule or ())}
    if item.name == "certification":
        return {**off, "required_certifications": list(rule or ())}
    if item.name == "foreign_law":
        return {**off, "immunity_required": True, "allowed_jurisdictions": list(item.within)}
    if item.name == "personnel":
        return {
            **off,
            "personnel_location_required": True,
            "allowed_jurisdictions": list(rule or ()),
        }
    if item.name == "key_custody":
        return {**off, "customer_held_keys_required": True}
    return {**off, "max_classification": rule}
