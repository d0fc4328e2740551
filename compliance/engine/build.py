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

    builders = {ident: _Builder(ident, params, refs, practices, built) for ident in packs.all}

    def build(ir: dict[str, Any], pack: str) -> conditions.Node:
        return builders[pack].node(ir)

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
        return _Builder(pack, params, refs, practices, None).node(ir)
    key = (id(ir), pack)
    node = built.get(key)
    if node is None:
        node = built[key] = _Builder(pack, params, refs, practices, built).build(ir)
    return node


class _Builder:
    """Engine nodes of one pack's compiled conditions (:func:`build_node`): each condition
    built once (``built``, by the compiled condition's identity and the pack: rules that
    share a condition share its node), each operator by its own method. Slotted by hand:
    made once per rule part when packs are instantiated (some two thousand nodes a run)."""

    __slots__ = ("built", "pack", "params", "practices", "refs")

    def __init__(
        self,
        pack: str,
        params: dict[str, dict[str, Any]],
        refs: list[conditions.RefNode],
        practices: dict[str, list[conditions.Node]] | None,
        built: dict[tuple[int, str], conditions.Node] | None,
    ) -> None:
        self.pack = pack
        self.params = params
        self.refs = refs
        self.practices = practices
        self.built = built

    def node(self, ir: dict[str, Any]) -> conditions.Node:
        """The node of ``ir``: the one built already for the same compiled condition, or
        a new one."""
        built = self.built
        if built is None:
            return self.build(ir)
        key = (id(ir), self.pack)
        found = built.get(key)
        if found is None:
            found = built[key] = self.build(ir)
        return found

    def build(self, ir: dict[str, Any]) -> conditions.Node:
        make = _OPERATORS.get(ir["op"])
        if make is not None:
            return make(self, ir, ir.get("description"))
        return self.leaf(ir, ir.get("description"))

    def all_(self, ir: dict[str, Any], description: str | None) -> conditions.Node:
        if "practice" not in ir:
            return conditions.AllNode(list(map(self.node, ir["args"])), description)
        # a permits_practice expansion: its parts built once (memoised)
        practice = ir["practice"]
        practices = self.practices
        parts = practices.get(practice) if practices is not None else None
        if parts is None:
            inner = _Builder(self.pack, self.params, self.refs, None, self.built)
            parts = list(map(inner.node, ir["args"]))
            if practices is not None:
                practices[practice] = parts
        return conditions.PracticeNode(parts, description, practice)

    def any_(self, ir: dict[str, Any], description: str | None) -> conditions.Node:
        return conditions.AnyNode(list(map(self.node, ir["args"])), description)

    def not_(self, ir: dict[str, Any], description: str | None) -> conditions.Node:
        return conditions.NotNode(self.node(ir["arg"]), description)

    def stated(self, ir: dict[str, Any], description: str | None) -> conditions.Node:
        open_unknown = ir.get("unspecified") == "unknown"
        return conditions.StatedNode(self.node(ir["arg"]), description, open_unknown=open_unknown)

    def unsettled(self, ir: dict[str, Any], description: str | None) -> conditions.Node:
        return conditions.UnsettledNode(self.node(ir["arg"]), ir["reason"], description)

    def ref(self, ir: dict[str, Any], description: str | None) -> conditions.Node:
        ref = conditions.RefNode(ir["pack"], ir["name"], ir["title"], description)
        self.refs.append(ref)
        return ref

    def param(self, ir: dict[str, Any], description: str | None) -> conditions.Node:
        return conditions.ParamNode(
            ir["param"],
            self.params[self.pack][ir["param"]],
            ir["operator"],
            _typed(ir["value"], ir["kind"]),
            is_list=ir["list"],
            kind=ir["kind"],
            order=ir["order"],
            description=description,
        )

    def as_of(self, ir: dict[str, Any], description: str | None) -> conditions.Node:
        return AsOfNode(_day(ir["from"]), _day(ir["until"]), _day(ir["before"]), description)

    def term_from(self, ir: dict[str, Any], description: str | None) -> conditions.Node:
        return TermFromNode(
            ir["fact"], _day(ir["from"]), _day(ir["until"]), _day(ir["before"]), description
        )

    def party(self, ir: dict[str, Any], description: str | None) -> conditions.Node:
        where = self.node(ir["where"])
        return conditions.PartyNode(ir["fact"], _steps(ir["steps"]), where, description)

    def each(self, ir: dict[str, Any], description: str | None) -> conditions.Node:
        where = self.node(ir["where"])
        root = bool(ir.get("root"))
        fact = ir["fact"].removeprefix(ROOT) if root else ir["fact"]
        spread = tuple(ir.get("spread", ()))
        spread_by = {name: _place_by(by) for name, by in ir.get("spread_by", {}).items()}
        return conditions.EachNode(
            ir["op"], fact, _steps(ir["steps"]), where, description, root, spread, spread_by
        )

    def leaf(self, ir: dict[str, Any], description: str | None) -> conditions.Node:
        return _leaf(ir, _steps(ir["steps"]), self.pack, self.params, description)


#: The builder of each operator but the predicates' (:meth:`_Builder.leaf`).
_OPERATORS: dict[str, Callable[[_Builder, dict[str, Any], str | None], conditions.Node]] = {
    "all": _Builder.all_,
    "any": _Builder.any_,
    "not": _Builder.not_,
    "stated": _Builder.stated,
    "unsettled": _Builder.unsettled,
    "ref": _Builder.ref,
    "param": _Builder.param,
    "as_of": _Builder.as_of,
    "term_from": _Builder.term_from,
    "party": _Builder.party,
    "some": _Builder.each,
    "every": _Builder.each,
}


def _steps(raw: list[Any]) -> tuple[tuple[str, bool], ...]:
    return tuple([(name, bool(each)) for name, each in raw])


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
