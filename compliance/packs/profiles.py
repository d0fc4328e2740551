"""Profiles: named sets of packs with parameter values, e.g. for an alliance's unclassified
networks, an EU public-sector customer or a US defence customer.

``--profile NAME`` picks a built-in profile (``rules/profiles/NAME.yaml``); ``--profile
PATH`` a profile file. Precedence, lowest first: a pack's defaults, then the profile's
values, then ``--set``. ``--pack`` replaces the profile's list of packs; the profile's
parameter values still apply to the packs that remain.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from compliance.core.errors import InputError
from compliance.core.records import record

if TYPE_CHECKING:
    from pathlib import Path

PROFILES_DIR = "profiles"


@record
class Profile:
    """A named set of packs with parameter values."""

    id: str
    title: str
    description: str
    packs: list[str]
    parameters: dict[str, dict[str, Any]]
    path: str
    node: Any = None


def profiles_dir() -> Path:
    from compliance.packs.locate import builtin_dir

    return builtin_dir() / PROFILES_DIR


def builtin_profiles() -> list[str]:
    folder = profiles_dir()
    return sorted(p.stem for p in folder.glob("*.yaml")) if folder.is_dir() else []


def load_profile(spec: str) -> Profile:
    """A built-in profile by name, or a profile file by path."""
    from compliance.document.loader import load_file
    from compliance.packs.cache import validated

    if os.sep in spec or spec.endswith((".yaml", ".yml", ".json")) or os.path.exists(spec):
        from pathlib import Path

        path = Path(spec)
        if not path.is_file():
            raise InputError("no such profile file", file=spec)
    else:
        path = profiles_dir() / f"{spec}.yaml"
        if not path.is_file():
            from compliance.core.hints import did_you_mean

            names = builtin_profiles()
            extra = did_you_mean(spec, names)
            raise InputError(
                f"--profile {spec!r}: no built-in profile with this name{extra} "
                f"(built-in: {', '.join(names) or 'none'})"
            )
    root = load_file(str(path))

    def validate() -> dict[str, Any]:
        from compliance.model.profile import Profile as ProfileModel
        from compliance.packs.read import validate as _validate

        return _validate(ProfileModel, root, str(path), "a profile")

    # pydantic validates a profile file once; later runs read the result from the cache.
    data = validated("profile", str(path), validate)
    base = path.parent
    packs = [
        p if not (os.sep in p or p.endswith((".yaml", ".yml"))) else str(base / p)
        for p in data["packs"]
    ]
    return Profile(
        id=data["id"],
        title=data["title"],
        description=data["description"],
        packs=packs,
        parameters=data.get("parameters") or {},
        path=str(path),
        node=root,
    )


def check_parameters(profile: Profile, packs: dict[str, Any], replaced: bool) -> None:
    """Every value the profile sets names a loaded pack and one of its parameters, with a
    value of the right type; errors point at the profile file's line."""
    from compliance.document.nodes import locate
    from compliance.engine.build import parameter_values

    for pack, values in profile.parameters.items():
        node, _ = locate(profile.node, ("parameters", pack), key=True)
        if pack not in packs:
            if replaced:
                continue  # --pack left this pack out
            raise InputError(
                f"parameters: pack {pack!r} is not among the profile's packs",
                file=profile.path,
                line=node.line,
                col=node.col,
            )
        for param, value in values.items():
            try:
                parameter_values(packs[pack], {param: value}, where="profile")
            except InputError as exc:
                where, _ = locate(profile.node, ("parameters", pack, param), key=True)
                raise InputError(
                    exc.message, file=profile.path, line=where.line, col=where.col
                ) from None


def merge_parameters(
    profile: Profile | None, overrides: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Profile values overridden by --set values, pack by pack."""
    merged: dict[str, dict[str, Any]] = {}
    for pack, values in (profile.parameters if profile else {}).items():
        merged[pack] = dict(values)
    for pack, values in overrides.items():
        merged.setdefault(pack, {}).update(values)
    return merged
