"""Instantiating compiled packs: engine condition nodes from the pack IR, with the run's
parameter values bound (once per run; the nodes then evaluate any number of contracts).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from compliance.core.errors import InputError
from compliance.engine import conditions
from compliance.engine.dates import AsOfNode, TermFromNode, Transition
from compliance.engine.fastpath import FastRule, Shared
from compliance.engine.ir import CompiledPack, CompiledRule, PackIR, PackSet
from compliance.facts import table as factschema
from compliance.facts.paths import ROOT, PathError, coerce, parameter_kind
from compliance.facts.table import Kind


def coerce_param(value: Any, kind: Kind, is_list: bool, what: str) -> Any:
    if is_list:
        if not isinstance(value, list):
            raise PathError(f"{what}: expected a list, got {value!r}")
        return [coerce(item, kind, what) for item in value]
    if isinstance(value, list):
        raise PathError(f"{what}: expected a single value, got a list")
    return coerce(value, kind, what)


# --- loading sets of packs ----------------------------------------------------------------------


def parameter_values(
    pack: PackIR, overrides: dict[str, Any] | None = None, where: str = "--set"
) -> dict[str, Any]:
    values = {name: spec["default"] for name, spec in pack.parameters.items()}
    for name, value in (overrides or {}).items():
        if name not in pack.parameters:
            from compliance.core.hints import did_you_mean

            extra = did_you_mean(name, list(pack.parameters))
            known = ", ".join(sorted(pack.parameters)) or "none"
            raise InputError(
                f"{where}: pack {pack.id!r} has no parameter {name!r}{extra} (parameters: {known})"
            )
        spec = pack.parameters[name]
        kind = parameter_kind(spec["type"])
        try:
            values[name] = coerce_param(value, kind, spec["list"], f"{where} {pack.id}.{name}")
        except PathError as exc:
            raise InputError(str(exc)) from None
    return values


def instantiate(
    packs: PackSet, overrides: dict[str, dict[str, Any]] | None = None, where: str = "--set"
) -> list[CompiledPack]:
    """Engine nodes for the selected packs, with parameter values bound (``where``: what
    set the values, for the errors: ``--set``, or a configuration file's line)."""
    overrides = overrides or {}
    unknown = sorted(set(overrides) - set(packs.all))
    if unknown:
        raise InputError(f"{where}: no loaded pack {unknown[0]!r}")
    params = {
        ident: parameter_values(ir, overrides.get(ident), where) for ident, ir in packs.all.items()
    }
    definitions: dict[tuple[str, str], conditions.Node] = {}
    refs: list[conditions.RefNode] = []

    #: The parts of each practice's expansion, built once: every rule that names the
    #: practice has the same one (see conditions.PracticeNode).
    practices: dict[str, list[conditions.Node]] = {}

    #: Nodes by the compiled condition they are built from (one object for the rules that
    #: share it, see :func:`build_node`) and its pack.
    built: dict[tuple[int, str], conditions.Node] = {}

    def build(ir: dict[str, Any], pack: str) -> conditions.Node:
        return build_node(ir, pack, params, refs, practices, built)

    for ident, pack_ir in sorted(packs.all.items()):
        for name, spec in pack_ir.definitions.items():
            definitions[(ident, name)] = build(spec["ir"], ident)
    result = []
    shared = Shared()  # the definitions' generated code, once for all the rules
    for pack_ir in packs.selected:
        rules = [
            CompiledRule(
                rule,
                build(rule.applies, pack_ir.id) if rule.applies is not None else None,
                build(rule.requires, pack_ir.id),
                transitions(rule.effective, pack_ir.id, build),
                FastRule(shared),
            )
            for rule in pack_ir.rules
        ]
        result.append(CompiledPack(pack_ir, params[pack_ir.id], rules))
    for ref in refs:
        ref.target = definitions[(ref.pack, ref.name)]
    # (definitions that refer to each other in a cycle are refused when packs are compiled:
    # compliance.packs.compiler.check_cycles)
    return result


def build_node(
    ir: dict[str, Any],
    pack: str,
    params: dict[str, dict[str, Any]],
    refs: list[conditions.RefNode],
    practices: dict[str, list[conditions.Node]] | None = None,
    built: dict[tuple[int, str], conditions.Node] | None = None,
) -> conditions.Node:
    """An engine node from a compiled condition of ``pack``, with parameter values bound.

    References to definitions are collected in ``refs``; their targets are set by the
    caller (see :func:`instantiate`). ``practices``: the parts of each ``permits_practice``
    expansion already built (the same for every rule that names the practice, made from
    the vocabulary's tables alone, with no parameter), shared by the rules' nodes.
    """
    if built is None:
        return _build(ir, pack, params, refs, practices, None)
    key = (id(ir), pack)
    node = built.get(key)
    if node is None:
        node = built[key] = _build(ir, pack, params, refs, practices, built)
    return node


def _build(
    ir: dict[str, Any],
    pack: str,
    params: dict[str, dict[str, Any]],
    refs: list[conditions.RefNode],
    practices: dict[str, list[conditions.Node]] | None,
    built: dict[tuple[int, str], conditions.Node] | None,
) -> conditions.Node:
    op = ir["op"]
    description = ir.get("description")
    if op == "all" and "practice" in ir:  # a permits_practice expansion: memoised
        practice = ir["practice"]
        parts = practices.get(practice) if practices is not None else None
        if parts is None:
            parts = [build_node(part, pack, params, refs, None, built) for part in ir["args"]]
            if practices is not None:
                practices[practice] = parts
        return conditions.PracticeNode(parts, description, practice)
    if op in ("all", "any"):
        parts = [build_node(part, pack, params, refs, practices, built) for part in ir["args"]]
        return (conditions.AllNode if op == "all" else conditions.AnyNode)(parts, description)
    if op == "not":
        return conditions.NotNode(
            build_node(ir["arg"], pack, params, refs, practices, built), description
        )
    if op == "stated":
        part = build_node(ir["arg"], pack, params, refs, practices, built)
        open_unknown = ir.get("unspecified") == "unknown"
        return conditions.StatedNode(part, description, open_unknown=open_unknown)
    if op == "unsettled":
        inner = build_node(ir["arg"], pack, params, refs, practices, built)
        return conditions.UnsettledNode(inner, ir["reason"], description)
    if op == "ref":
        ref = conditions.RefNode(ir["pack"], ir["name"], ir["title"], description)
        refs.append(ref)
        return ref
    if op == "param":
        return conditions.ParamNode(
            ir["param"],
            params[pack][ir["param"]],
            ir["operator"],
            _typed(ir["value"], ir["kind"]),
            is_list=ir["list"],
            kind=ir["kind"],
            order=ir["order"],
            description=description,
        )
    if op == "as_of":
        return AsOfNode(_day(ir["from"]), _day(ir["until"]), _day(ir["before"]), description)
    if op == "term_from":
        return TermFromNode(
            ir["fact"], _day(ir["from"]), _day(ir["until"]), _day(ir["before"]), description
        )
    steps = tuple((name, bool(each)) for name, each in ir["steps"])
    if op == "party":
        where = build_node(ir["where"], pack, params, refs, practices, built)
        return conditions.PartyNode(ir["fact"], steps, where, description)
    if op in ("some", "every"):
        where = build_node(ir["where"], pack, params, refs, practices, built)
        root = bool(ir.get("root"))
        fact = ir["fact"].removeprefix(ROOT) if root else ir["fact"]
        spread = tuple(ir.get("spread", ()))
        spread_by = {name: _place_by(by) for name, by in ir.get("spread_by", {}).items()}
        return conditions.EachNode(op, fact, steps, where, description, root, spread, spread_by)
    return _leaf(ir, steps, pack, params, description)


def _leaf(
    ir: dict[str, Any],
    steps: tuple[tuple[str, bool], ...],
    pack: str,
    params: dict[str, dict[str, Any]],
    description: str | None,
) -> conditions.Node:
    """A predicate's node: its value typed (a parameter's value from ``params``, another
    fact as a :class:`~compliance.engine.conditions.FactRef`, the assessment date as
    :data:`~compliance.engine.conditions.ASSESSMENT_DAY`), read from the list item or,
    for a ``$.`` path, from the top of the contract."""
    value = ir["value"]
    if isinstance(value, dict) and "param" in value:
        value = params[pack][value["param"]]
    if isinstance(value, dict) and value.get("as_of") is True:
        value = conditions.ASSESSMENT_DAY
    elif isinstance(value, dict) and "fact" in value:
        value = conditions.FactRef(
            value["fact"].removeprefix(ROOT),
            tuple((name, bool(each)) for name, each in value["steps"]),
            bool(value.get("root")),
        )
    else:
        value = _typed(value, ir["kind"])
    pattern = None
    if ir["operator"] == "matches":
        import re2

        pattern = re2.compile(value)
    if ir["operator"] == "in" and isinstance(value, list) and ir["kind"] != "jurisdiction":
        value = frozenset(value)
    root = bool(ir.get("root"))
    leaf = conditions.RootLeafNode if root else conditions.LeafNode
    return leaf(
        ir["fact"].removeprefix(ROOT) if root else ir["fact"],
        steps,
        ir["operator"],
        value,
        is_list=ir["list"],
        kind=ir["kind"],
        order=ir["order"],
        description=description,
        pattern=pattern,
        place=ir.get("place"),
        place_by=_place_by(ir.get("place_by")),
    )


def _place_by(data: dict[str, Any] | None) -> tuple[str, dict[str, str]] | None:
    """A reading of groups that depends on another field of the item: the field and the
    reading for each of its values (:data:`compliance.facts.vocabulary.PLACE_READINGS_BY_ITEM`)."""
    return None if data is None else (data["field"], dict(data["readings"]))


def transitions(
    effective: dict[str, Any] | None,
    pack: str,
    build: Callable[[dict[str, Any], str], conditions.Node],
) -> tuple[Transition, ...]:
    """A rule's transitions (other first days of its duty), their conditions as nodes."""
    return tuple(
        Transition(
            date.fromisoformat(spec["from"]),
            build(spec["when"], pack),
            spec["citation"],
            spec.get("note"),
            tuple(spec.get("invoked_by", ())),
        )
        for spec in (effective or {}).get("transitions", ())
    )


def _typed(value: Any, kind: str) -> Any:
    """Values as the engine compares them (dates back from their JSON form)."""
    if kind == factschema.DATE:
        if isinstance(value, list):
            return [date.fromisoformat(v) for v in value]
        return date.fromisoformat(value)
    return value


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
