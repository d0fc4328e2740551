"""Composing packs: following a pack's ``extends`` to the pack it builds on, and merging
that base's parameters (with overridden defaults), definitions, rules (less the disabled
ones, with overridden severities) and fixtures into the extending pack, before its own.

Packs are untrusted input: an ``extends`` by path resolves only inside the extending
pack's own folder or inside the pack folders the run was given; anything else must be
named on the command line. A chain of ``extends`` has at most :data:`MAX_EXTENDS` links
and no cycle.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from compliance.core.errors import PackError
from compliance.document.nodes import locate
from compliance.engine.build import coerce_param
from compliance.facts.paths import PathError, parameter_kind
from compliance.packs.locate import PACK_FILE, TEST_SUFFIX, builtin_dir, inside
from compliance.packs.read import RawPack, RawRule, check_duplicates, extension_kinds, read_one

if TYPE_CHECKING:
    from pathlib import Path

#: How many ``extends`` links a chain of packs may have.
MAX_EXTENDS = 8

#: The packs that extend the one being read, nearest last, as (real path, id).
Chain = tuple[tuple[str, str], ...]


def read_pack(
    path: str | Path,
    *,
    builtin: bool = False,
    roots: tuple[str, ...] = (),
    _chain: Chain = (),
) -> RawPack:
    """Read and validate a pack folder (or single-file pack), composing it with the pack it
    ``extends`` (``_chain``: the packs that extend this one, as (real path, id)).

    Packs are untrusted input: an ``extends`` by path resolves only inside the extending
    pack's own folder or inside ``roots`` (the pack folders the run was given); anything
    else must be named on the command line."""
    raw = read_one(path, builtin=builtin)
    data = raw.data
    if "overrides" in data and "extends" not in data:
        raise _fail(
            raw, "overrides needs extends: name the pack whose rules it changes", ("overrides",)
        )
    if "extends" in data:
        chain = (*_chain, (os.path.realpath(raw.path), raw.id))
        target, is_builtin = base_location(raw, chain, roots)
        parent = read_pack(target, builtin=is_builtin, roots=roots, _chain=chain)
        compose(raw, parent)
    check_duplicates(raw.rules)
    if "facts" in data:
        raw.extension_kinds = extension_kinds(raw, raw.file)
    return raw


def base_location(raw: RawPack, chain: Chain, roots: tuple[str, ...] = ()) -> tuple[Path, bool]:
    """Where the pack named by ``extends`` lives (and whether it is built in): a built-in
    id, or a path relative to the extending pack's folder. Checks the chain for cycles and
    depth first."""
    from pathlib import Path

    spec = raw.data["extends"]
    folder = Path(raw.path) if Path(raw.path).is_dir() else Path(raw.path).parent
    is_path = "/" in spec or os.sep in spec or spec.startswith(".") or spec.endswith(".yaml")
    builtin = not is_path and (builtin_dir() / spec / PACK_FILE).is_file()
    if builtin:
        target = builtin_dir() / spec
    elif is_path and (folder / spec).exists():
        target = folder / spec
    else:
        hint = "" if is_path else f" (for a folder beside this pack write ./{spec})"
        raise _fail(
            raw,
            f"extends {spec!r}: no built-in pack with this id and no such pack at "
            f"{folder / spec}{hint}",
            ("extends",),
            key=False,
        )
    real = os.path.realpath(target)
    if not builtin and not any(inside(real, r) for r in (os.path.realpath(folder), *roots)):
        raise _fail(
            raw,
            f"extends {spec!r} points outside this pack's folder and the pack folders "
            f"given to the run ({real}); name that pack with --pack to allow it",
            ("extends",),
            key=False,
        )
    _check_chain(raw, spec, real, chain)
    return target, builtin


def _check_chain(raw: RawPack, spec: str, real: str, chain: Chain) -> None:
    """No pack of the chain comes back, and the chain is not too long."""
    ids = [ident for _, ident in chain]
    for seen, ident in chain:
        if seen == real:
            trail = " -> ".join([*ids, ident])
            raise _fail(raw, f"extends forms a cycle: {trail}", ("extends",), key=False)
    if len(chain) > MAX_EXTENDS:
        raise _fail(
            raw,
            f"extends chain deeper than {MAX_EXTENDS} levels: {' -> '.join(ids)} -> {spec}",
            ("extends",),
            key=False,
        )


def compose(raw: RawPack, parent: RawPack) -> None:
    """Make ``raw`` (an extending pack) hold its base's parameters, definitions and rules,
    with its overrides applied, before its own."""
    data = raw.data
    overrides = data.get("overrides") or {}
    params = _parameters(raw, parent, overrides.get("parameters") or {})
    definitions, nodes = _definitions(raw, parent)
    severity: dict[str, str] = overrides.get("severity") or {}
    disable: list[str] = overrides.get("disable") or []
    _check_rule_overrides(raw, parent, severity, disable)
    inherited = _inherited_rules(parent, severity, disable)
    tests = _inherited_tests(parent, disable)
    composed = {**data, "parameters": params, "definitions": definitions}
    if not params:
        del composed["parameters"]
    if not definitions:
        del composed["definitions"]
    raw.data = composed
    raw.definition_nodes = nodes
    raw.rules = inherited + raw.rules
    raw.test_files = [*tests, *raw.test_files]
    raw.test_parameters = tests
    raw.base = parent
    from compliance.core.digest import sha256

    digest = sha256(f"{raw.hash}\0{parent.hash}".encode()).hexdigest()[:16]
    raw.hash = "sha256:" + digest


def _parameters(
    raw: RawPack, parent: RawPack, defaults: dict[str, Any]
) -> dict[str, dict[str, Any]]:
    """The base's parameters with the defaults the extending pack overrides, then the
    extending pack's own parameters."""
    base_params: dict[str, dict[str, Any]] = parent.data.get("parameters") or {}
    params = {ident: dict(spec) for ident, spec in base_params.items()}
    for ident, value in defaults.items():
        if ident not in params:
            raise _fail(
                raw,
                f"overrides.parameters: the base pack {parent.id!r} has no parameter "
                f"{ident!r}{_did_you_mean(ident, params)}",
                ("overrides", "parameters", ident),
            )
        spec = params[ident]
        try:
            coerce_param(
                value,
                parameter_kind(spec["type"]),
                bool(spec.get("list", False)),
                f"overrides.parameters.{ident}",
            )
        except PathError as exc:
            raise _fail(raw, str(exc), ("overrides", "parameters", ident), key=False) from None
        spec["default"] = value
    for ident in raw.data.get("parameters") or {}:
        if ident in params:
            raise _fail(
                raw,
                f"parameter {ident!r} is already a parameter of the base pack {parent.id!r} "
                "(change its default under overrides.parameters)",
                ("parameters", ident),
            )
        params[ident] = raw.data["parameters"][ident]
    return params


def _definitions(
    raw: RawPack, parent: RawPack
) -> tuple[dict[str, Any], dict[str, tuple[str, Any]]]:
    """The base's definitions, then the extending pack's own (none may share a name), with
    the file and node of each."""
    definitions = dict(parent.data.get("definitions") or {})
    nodes = dict(parent.definition_nodes)
    for ident in raw.data.get("definitions") or {}:
        if ident in definitions:
            raise _fail(
                raw,
                f"definition {ident!r} is already a definition of the base pack {parent.id!r}",
                ("definitions", ident),
            )
        definitions[ident] = raw.data["definitions"][ident]
        nodes[ident] = raw.definition_nodes[ident]
    return definitions, nodes


def _check_rule_overrides(
    raw: RawPack, parent: RawPack, severity: dict[str, str], disable: list[str]
) -> None:
    """The rules named under ``overrides.severity`` and ``overrides.disable`` are rules of
    the base, and none is both."""
    base_rules = dict.fromkeys(rule.data["id"] for rule in parent.rules)
    for section, names in (("severity", list(severity)), ("disable", disable)):
        for index, ident in enumerate(names):
            if ident not in base_rules:
                loc = ("overrides", section, ident if section == "severity" else index)
                raise _fail(
                    raw,
                    f"overrides.{section}: the base pack {parent.id!r} has no rule "
                    f"{ident!r}{_did_you_mean(ident, base_rules)}",
                    loc,
                    key=section == "severity",
                )
    for ident in severity:
        if ident in disable:
            raise _fail(
                raw,
                f"overrides.severity: rule {ident!r} is also disabled",
                ("overrides", "severity", ident),
            )


def _inherited_rules(
    parent: RawPack, severity: dict[str, str], disable: list[str]
) -> list[RawRule]:
    """The base's rules, less the disabled ones, with overridden severities; each knows
    its full id where it is written."""
    inherited: list[RawRule] = []
    for rule in parent.rules:
        ident = rule.data["id"]
        if ident in disable:
            continue
        rule_data = dict(rule.data)
        if ident in severity:
            rule_data["severity"] = severity[ident]
        origin = rule.origin or f"{parent.id}/{ident}"
        inherited.append(RawRule(rule_data, rule.file, rule.node, origin))
    return inherited


def _inherited_tests(parent: RawPack, disable: list[str]) -> dict[str, dict[str, Any]]:
    """The base's fixture files (less those of disabled rules), with the parameter values
    their cases assume: the defaults of the pack they were written for."""
    base_params: dict[str, dict[str, Any]] = parent.data.get("parameters") or {}
    parent_defaults = {ident: spec["default"] for ident, spec in base_params.items()}
    tests: dict[str, dict[str, Any]] = {}
    for file in parent.test_files:
        if os.path.basename(file).removesuffix(TEST_SUFFIX) in disable:
            continue
        tests[file] = parent.test_parameters.get(file, parent_defaults)
    return tests


def _fail(raw: RawPack, message: str, loc: tuple[Any, ...], key: bool = True) -> PackError:
    """An error at ``loc`` in the pack's own file (at the key, or else at the value)."""
    node, _ = locate(raw.node, loc, key=key)
    return PackError(message, file=raw.file, line=node.line, col=node.col)


def _did_you_mean(name: str, known: Any) -> str:
    from compliance.core.hints import did_you_mean

    return did_you_mean(name, list(known))
