"""Compiling rule packs: type-check every condition of a pack (read and composed) against
the fact table and the pack's parameters, into the pack IR (:mod:`compliance.engine.ir`:
parameter-free, JSON-able, cacheable).

Data flows one way: locate and read (YAML -> validated plain data, :mod:`compliance.packs.read`)
-> compose (``extends``, :mod:`compliance.packs.compose`) -> compile (here) -> instantiate
(with parameter values, into engine nodes, once per run: :mod:`compliance.engine.build`)
-> evaluate (over any number of contracts). :func:`compile_packs` is the entry point: it
takes the packs from the pack cache (:mod:`compliance.packs.cache`) when it can."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from compliance.core.errors import PackError
from compliance.document.nodes import Node as YamlNode
from compliance.document.nodes import locate
from compliance.engine.build import coerce_param
from compliance.engine.ir import PackIR, PackSet, RuleIR
from compliance.facts import table as factschema
from compliance.facts.paths import (
    LIST_OPERATORS,
    MULTI_VALUE,
    ORDER_OPERATORS,
    ROOT,
    SCALAR_OPERATORS,
    PathError,
    check_path,
    from_root,
    ordered,
    parameter_kind,
    same_kind,
)
from compliance.facts.table import Kind
from compliance.packs import cache
from compliance.packs.locate import builtin_ids

if TYPE_CHECKING:
    from compliance.packs.read import RawPack, RawRule

MAX_CONDITION_DEPTH = 32

#: The kinds of fact the order operators (gt, ge, lt, le) compare.
_ORDERED_KINDS = (factschema.INT, factschema.NUMBER, factschema.DATE, factschema.ANY)


def compile_packs(specs: list[str] | None = None) -> PackSet:
    """Read and compile packs, or take them from the pack cache (:mod:`compliance.packs.cache`:
    the built-in packs ship compiled; other packs are cached by content)."""
    builtin = builtin_ids()
    if not specs or all(spec in builtin for spec in specs):
        shipped = cache.shipped_packs()
        if shipped is not None:
            return cache.from_shipped(specs, shipped)
        return compile_packs_uncached(specs)
    found = cache.load_entry(specs)
    if found is not None:
        return found
    with cache.recording() as reads:
        packset = compile_packs_uncached(specs)
    cache.store_entry(specs, packset, reads)
    return packset


def compile_packs_uncached(specs: list[str] | None = None) -> PackSet:
    """Read and compile the packs named by ``specs`` (default: every built-in pack)."""
    from compliance.packs.load import load_raw

    selected, known = load_raw(specs)
    return compile_raw(selected, known)


def compile_raw(selected: list[RawPack], known: dict[str, RawPack]) -> PackSet:
    """Compile packs already read (see :func:`compliance.packs.load.load_raw`), and the
    packs they refer to."""
    compiled: dict[str, PackIR] = {}

    def need(ident: str) -> PackIR:
        if ident not in compiled:
            compiled[ident] = Compiler(known[ident], known).compile()
            for other in compiled[ident].refs:
                need(other)
        return compiled[ident]

    chosen = [need(raw.id) for raw in selected]
    check_cycles(compiled)
    return PackSet(chosen, compiled)


def check_cycles(packs: dict[str, PackIR]) -> None:
    """Raise if definitions refer to each other in a cycle (across packs too), naming the
    chain. Checked once, when packs are compiled (the shipped and cached compilations have
    passed it), not on every run."""
    refs: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for ident, pack in packs.items():
        for name, spec in pack.definitions.items():
            found: list[tuple[str, str]] = []
            _refs_in(spec["ir"], found)
            refs[(ident, name)] = found
    state: dict[tuple[str, str], int] = {}

    def visit(key: tuple[str, str], trail: list[str]) -> None:
        if state.get(key) == 2:
            return
        if state.get(key) == 1:
            raise PackError(f"definitions refer to each other in a cycle: {' -> '.join(trail)}")
        state[key] = 1
        for target in refs.get(key, ()):
            visit(target, [*trail, f"{target[0]}/{target[1]}"])
        state[key] = 2

    for owner, name in sorted(refs):
        visit((owner, name), [f"{owner}/{name}"])


def _refs_in(ir: dict[str, Any], found: list[tuple[str, str]]) -> None:
    """The definitions a compiled condition refers to, in order (depth first)."""
    if ir.get("op") == "ref":
        found.append((ir["pack"], ir["name"]))
        return
    for key in ("args", "arg", "where"):
        part = ir.get(key)
        if isinstance(part, list):
            for each in part:
                _refs_in(each, found)
        elif isinstance(part, dict):
            _refs_in(part, found)


class Compiler:
    """Type-checks one pack's conditions against the fact table and its parameters."""

    def __init__(self, raw: RawPack, known: dict[str, RawPack]) -> None:
        self.raw = raw
        self.known = known
        self.params = {
            name: (parameter_kind(spec["type"]), bool(spec.get("list", False)))
            for name, spec in raw.data.get("parameters", {}).items()
        }
        self.extra: dict[str, Kind] = {}
        for other in known.values():
            self.extra.update(other.extension_kinds)
        self.definitions = raw.data.get("definitions", {})
        self.refs: set[str] = set()
        self.file = raw.path
        self.node: YamlNode = raw.node

    def error(self, message: str, node: YamlNode | None = None) -> PackError:
        where = node or self.node
        return PackError(message, file=self.file, line=where.line, col=where.col)

    def compile(self) -> PackIR:
        """The pack in compiled form: parameters typed, every condition checked."""
        data = self.raw.data
        parameters = self.parameters()
        definitions = self.compile_definitions()
        rules = [self.rule(raw_rule) for raw_rule in self.raw.rules]
        self.file = self.raw.path
        for base in self.raw.bases():
            if base.data.get("facts"):
                self.refs.add(base.id)  # its extension facts are validated in contracts
        return PackIR(
            id=self.raw.id,
            title=data["title"],
            version=data["version"],
            description=data["description"],
            disclaimer=data["disclaimer"],
            hash=self.raw.hash,
            path=self.raw.path,
            builtin=self.raw.builtin,
            parameters=parameters,
            definitions=definitions,
            rules=rules,
            refs=sorted(self.refs),
            facts_schema=data.get("facts"),
            extends=self.raw.base.id if self.raw.base is not None else None,
        )

    def parameters(self) -> dict[str, dict[str, Any]]:
        """The pack's parameters, their defaults typed."""
        parameters: dict[str, dict[str, Any]] = {}
        for name, spec in self.raw.data.get("parameters", {}).items():
            kind, is_list = self.params[name]
            try:
                default = coerce_param(spec["default"], kind, is_list, f"parameter {name}")
            except PathError as exc:
                raise self.error(str(exc), _find(self.raw.node, ("parameters", name))) from None
            parameters[name] = {**spec, "default": default, "list": is_list}
        return parameters

    def compile_definitions(self) -> dict[str, dict[str, Any]]:
        """The pack's definitions, each condition compiled (errors point into the file that
        writes it: a base pack's file for an inherited one)."""
        definitions: dict[str, dict[str, Any]] = {}
        for name, spec in self.definitions.items():
            file, def_node = self.raw.definition_nodes.get(name, (self.raw.path, self.raw.node))
            self.file = file
            node = _find(def_node, ("when",))
            definitions[name] = {
                "title": spec["title"],
                "description": spec.get("description"),
                "citations": spec.get("citations", []),
                "ir": self.condition(spec["when"], "", node, 0),
            }
        return definitions

    def rule(self, raw_rule: RawRule) -> RuleIR:
        """One rule in compiled form, with its metadata."""
        self.file = raw_rule.file
        rule = raw_rule.data
        applies = rule.get("applies_when")
        applies_ir = (
            self.condition(applies, "", _find(raw_rule.node, ("applies_when",)), 0)
            if applies is not None
            else None
        )
        requires_ir = self.condition(rule["requires"], "", _find(raw_rule.node, ("requires",)), 0)
        effective = self.effective(rule.get("effective"), raw_rule.node)
        return RuleIR(
            pack=self.raw.id,
            id=rule["id"],
            title=rule["title"],
            severity=rule["severity"],
            basis=rule["basis"],
            citations=rule["citations"],
            rationale=rule["rationale"],
            remediation=rule["remediation"],
            question=rule["question"],
            aliases=rule.get("aliases", []),
            effective=effective,
            applies=applies_ir,
            requires=requires_ir,
            file=raw_rule.file,
            line=raw_rule.node.line,
            origin=raw_rule.origin,
        )

    def effective(
        self, effective: dict[str, Any] | None, rule_node: YamlNode
    ) -> dict[str, Any] | None:
        """A rule's dates in compiled form (see :mod:`compliance.packs.effective`)."""
        from compliance.packs.effective import compile_effective

        return compile_effective(self, effective, rule_node)

    def condition(
        self, cond: dict[str, Any], scope: str, node: YamlNode, depth: int
    ) -> dict[str, Any]:
        """A condition in compiled form (``scope``: the pattern of the list item a
        ``some`` / ``every`` is about, else empty)."""
        if depth > MAX_CONDITION_DEPTH:
            raise self.error(f"condition nested deeper than {MAX_CONDITION_DEPTH} levels", node)
        description = cond.get("description")
        if "all" in cond or "any" in cond:
            key = "all" if "all" in cond else "any"
            parts = [
                self.condition(part, scope, _find(node, (key, i)), depth + 1)
                for i, part in enumerate(cond[key])
            ]
            return {"op": key, "args": parts, "description": description}
        if "not" in cond or "stated" in cond:
            key = "not" if "not" in cond else "stated"
            inner = self.condition(cond[key], scope, _find(node, (key,)), depth + 1)
            compiled = {"op": key, "arg": inner, "description": description}
            if key == "stated" and cond.get("unspecified") == "unknown":
                compiled["unspecified"] = "unknown"  # an open term keeps it unknown
            return compiled
        if "unsettled" in cond:
            spec = cond["unsettled"]
            where = _find(node, ("unsettled", "when"))
            inner = self.condition(spec["when"], scope, where, depth + 1)
            reason = " ".join(spec["reason"].split())
            return {"op": "unsettled", "arg": inner, "reason": reason, "description": description}
        if "ref" in cond:
            return self.reference(cond["ref"], scope, _find(node, ("ref",)), description)
        if "permits_practice" in cond:
            return self.practice(cond["permits_practice"], scope, node, description, depth)
        if "permits_use" in cond:
            return self.use_class(cond["permits_use"], scope, node, description, depth)
        if "ban_prevails" in cond:
            return self.ban_prevails(cond["ban_prevails"], scope, node, description, depth)
        if "some" in cond or "every" in cond:
            return self.each(cond, scope, node, description, depth)
        if "party" in cond:
            return self.party_of(cond, scope, node, description, depth)
        if "as_of" in cond:
            return self.as_of(cond["as_of"], _find(node, ("as_of",)), description)
        if "term_from" in cond:
            return self.term_from(
                cond["term_from"], scope, _find(node, ("term_from",)), description
            )
        return self.leaf(cond, scope, node, description)

    def term_from(
        self, bounds: dict[str, Any], scope: str, node: YamlNode, description: str | None
    ) -> dict[str, Any]:
        """``{term_from: {fact, from, until, before}}``: a condition on the first day of the
        term that states a fact (a plain path, no list steps, not from the top)."""
        path = bounds["fact"]
        self.plain_fact("term_from", path, scope, _find(node, ("fact",)))
        dates = self.as_of({k: v for k, v in bounds.items() if k != "fact"}, node, description)
        return {
            "op": "term_from",
            "fact": path,
            "from": dates["from"],
            "until": dates["until"],
            "before": dates["before"],
            "description": description,
        }

    def plain_fact(
        self, construct: str, path: str, scope: str, fact_node: YamlNode
    ) -> tuple[factschema.Kind, tuple[tuple[str, bool], ...]]:
        """The kind and steps of the fact a construct (``term_from``, ``party``) reads by a
        plain path: no ``$.``, no list steps (inside some/every, relative to the item)."""
        if path.startswith(ROOT) or "[" in path:
            raise self.error(
                f"{construct} reads {path!r}: name a fact by a plain path (no $., no list "
                "steps; inside some/every, relative to the item)",
                fact_node,
            )
        try:
            kind, steps, through = check_path(path, scope, extra=self.extra, allow_root=False)
        except PathError as exc:
            raise self.error(str(exc), fact_node) from None
        if through or any(each for _, each in steps):
            raise self.error(
                f"{construct} reads {path!r} through a list: use some/every over the list",
                fact_node,
            )
        return kind, steps

    def as_of(
        self, bounds: dict[str, Any], node: YamlNode, description: str | None
    ) -> dict[str, Any]:
        """``{as_of: {from, until, before}}``: a condition on the assessment date; its bounds
        must leave some day in."""
        start, until, before = (bounds.get(key) for key in ("from", "until", "before"))
        last = until
        if before is not None:
            day_before = before - timedelta(days=1)
            last = day_before if last is None else min(last, day_before)
        if start is not None and last is not None and start > last:
            raise self.error(
                f"as_of: no date is on or after {start.isoformat()} and "
                + (f"on or before {last.isoformat()}" if last == until else f"before {before}"),
                node,
            )
        return {
            "op": "as_of",
            "from": _iso(start),
            "until": _iso(until),
            "before": _iso(before),
            "description": description,
        }

    def each(
        self, cond: dict[str, Any], scope: str, node: YamlNode, description: str | None, depth: int
    ) -> dict[str, Any]:
        """``some`` / ``every``: a condition on the items of a list of objects (its paths
        relative to the item)."""
        key = "some" if "some" in cond else "every"
        path = cond[key]
        try:
            kind, steps, _ = check_path(
                path, scope, allow_each=False, extra=self.extra, allow_root=True
            )
        except PathError as exc:
            raise self.error(str(exc), _find(node, (key,))) from None
        if kind.kind != factschema.LIST or kind.item is None or kind.item.kind != factschema.OBJECT:
            raise self.error(
                f"{key} needs a list of objects; {path!r} is a {kind.label()} "
                "(use contains / any_of / all_of for lists of values)",
                _find(node, (key,)),
            )
        root = from_root(path)
        outer = "" if root else scope
        inner_scope = factschema.pattern_of(
            (f"{outer}." if outer else "") + _pattern(path.removeprefix(ROOT)) + "[*]"
        )
        where = self.condition(cond["where"], inner_scope, _find(node, ("where",)), depth + 1)
        spread, spread_by = _spread(inner_scope)
        return {
            "op": key,
            "fact": path,
            "steps": [list(s) for s in steps],
            "where": where,
            "description": description,
            **({"spread": spread} if spread else {}),
            **({"spread_by": spread_by} if spread_by else {}),
            **_root(path, scope),
        }

    def party_of(
        self, cond: dict[str, Any], scope: str, node: YamlNode, description: str | None, depth: int
    ) -> dict[str, Any]:
        """``party``: a condition on the party a fact names by its id (the fact a text, by a
        plain path; the condition's paths relative to the party, ``parties[*]``)."""
        path = cond["party"]
        fact_node = _find(node, ("party",))
        kind, steps = self.plain_fact("party", path, scope, fact_node)
        if kind.kind != factschema.STRING:
            raise self.error(
                f"party needs a fact holding a party id (text); {path!r} is a {kind.label()}",
                fact_node,
            )
        inner_scope = factschema.pattern_of("parties[*]")
        where = self.condition(cond["where"], inner_scope, _find(node, ("where",)), depth + 1)
        return {
            "op": "party",
            "fact": path,
            "steps": [list(s) for s in steps],
            "where": where,
            "description": description,
        }

    def use_class(
        self, ident: str, scope: str, node: YamlNode, description: str | None, depth: int
    ) -> dict[str, Any]:
        """``permits_use``: expanded into a plain condition on the permitted-use facts
        (:func:`compliance.packs.shorthands.use_class_condition`)."""
        from compliance.packs import shorthands

        where = _find(node, ("permits_use",))
        if scope:
            raise self.error("permits_use cannot be used inside some/every", where)
        try:
            cond, text = shorthands.use_class_condition(ident)
        except ValueError as exc:
            raise self.error(str(exc), where) from None
        compiled = self.condition(cond, scope, node, depth + 1)
        compiled["description"] = description or text
        return compiled

    def ban_prevails(
        self, name: str, scope: str, node: YamlNode, description: str | None, depth: int
    ) -> dict[str, Any]:
        """``ban_prevails``: expanded into a plain condition on the restriction's own
        statement and the global one
        (:func:`compliance.packs.shorthands.ban_prevails_condition`)."""
        from compliance.packs import shorthands

        where = _find(node, ("ban_prevails",))
        if scope:
            raise self.error("ban_prevails cannot be used inside some/every", where)
        try:
            cond, text = shorthands.ban_prevails_condition(name)
        except ValueError as exc:
            raise self.error(str(exc), where) from None
        compiled = self.condition(cond, scope, node, depth + 1)
        compiled["description"] = description or text
        return compiled

    def practice(
        self, ident: str, scope: str, node: YamlNode, description: str | None, depth: int
    ) -> dict[str, Any]:
        """``permits_practice``: expanded into a plain condition
        (:func:`compliance.packs.shorthands.practice_condition`)."""
        from compliance.packs import shorthands

        where = _find(node, ("permits_practice",))
        if scope:
            raise self.error("permits_practice cannot be used inside some/every", where)
        try:
            cond, text = shorthands.practice_condition(ident)
        except ValueError as exc:
            raise self.error(str(exc), where) from None
        compiled = self.condition(cond, scope, node, depth + 1)
        compiled["description"] = description or text
        compiled["practice"] = ident
        return compiled

    def reference(
        self, ref: str, scope: str, node: YamlNode, description: str | None
    ) -> dict[str, Any]:
        pack_id, _, name = ref.rpartition("/")
        pack_id = pack_id or self.raw.id
        if scope:
            raise self.error("a definition cannot be used inside some/every", node)
        if pack_id == self.raw.id:
            if name not in self.definitions:
                from compliance.core.hints import did_you_mean

                extra = did_you_mean(name, list(self.definitions))
                raise self.error(f"unknown definition {ref!r}{extra}", node)
            title = self.definitions[name]["title"]
        else:
            other = self.known.get(pack_id)
            if other is None:
                raise self.error(
                    f"definition {ref!r} names pack {pack_id!r}, which is neither built in "
                    "nor loaded with --pack",
                    node,
                )
            defs = other.data.get("definitions", {})
            if name not in defs:
                raise self.error(f"pack {pack_id!r} has no definition {name!r}", node)
            title = defs[name]["title"]
            self.refs.add(pack_id)
        return {
            "op": "ref",
            "pack": pack_id,
            "name": name,
            "title": title,
            "description": description,
        }

    def leaf(
        self, cond: dict[str, Any], scope: str, node: YamlNode, description: str | None
    ) -> dict[str, Any]:
        """A predicate: a fact (or a parameter), an operator and its value."""
        from compliance.model.pack import OPERATORS

        operator = next(op for op in OPERATORS if op in cond)
        value = cond[operator]
        if "param" in cond:
            return self.param_leaf(cond, operator, value, node, description)
        path = cond["fact"]
        element, steps, is_list = self.fact_type(path, scope, node)
        op_node = _find(node, (operator,))
        if _mixed(path, value, scope):
            raise self.error(
                f"{path!r} is read from the top of the contract, so the fact it is "
                f"compared with must be too: write {ROOT}{value['fact']}",
                op_node,
            )
        order = self.check_operator(operator, path, element, is_list, op_node)
        if element.place_by is not None and is_list:
            raise self.error(
                f"{path!r}: how a group there is read depends on the {element.place_by[0]} "
                "of its item, so read it inside some/every over the items",
                _find(node, ("fact",)),
            )
        typed = self.operand(value, operator, path, element, scope, op_node)
        return {
            "op": "leaf",
            "fact": path,
            "steps": [list(s) for s in steps],
            "operator": operator,
            "value": typed,
            "list": is_list,
            "kind": element.kind,
            "vocab": element.vocab,
            "order": order,
            "description": description,
            **({"place": element.place} if element.place is not None else {}),
            **_place_by(element),
            **_root(path, scope),
        }

    def fact_type(
        self, path: str, scope: str, node: YamlNode
    ) -> tuple[Kind, tuple[tuple[str, bool], ...], bool]:
        """The type of the values a predicate compares (a list's items), the path's steps,
        and whether the fact is a list (or reached through one)."""
        try:
            kind, steps, through = check_path(path, scope, extra=self.extra, allow_root=True)
        except PathError as exc:
            raise self.error(str(exc), _find(node, ("fact",))) from None
        is_list = kind.kind == factschema.LIST or through
        element = kind.item if kind.kind == factschema.LIST else kind
        if element is None or (not element.scalar and element.kind != factschema.ANY):
            raise self.error(
                f"{path!r} is {'a list of objects' if is_list else 'an object'}: name one of "
                "its fields" + (" or use some/every" if is_list else ""),
                _find(node, ("fact",)),
            )
        return element, steps, is_list

    def check_operator(
        self, operator: str, path: str, element: Kind, is_list: bool, op_node: YamlNode
    ) -> list[str] | None:
        """That ``operator`` applies to the fact; the order of its values (for a vocabulary
        that has one)."""
        if is_list and operator not in LIST_OPERATORS:
            raise self.error(
                f"{operator} compares a single value but {path!r} is a list; use one of "
                f"{', '.join(LIST_OPERATORS)}",
                op_node,
            )
        if not is_list and operator not in SCALAR_OPERATORS:
            raise self.error(
                f"{operator} is for lists but {path!r} is a single {element.label()}; use one "
                f"of {', '.join(SCALAR_OPERATORS)}",
                op_node,
            )
        order = ordered(element)
        if operator in ORDER_OPERATORS and element.kind not in _ORDERED_KINDS and order is None:
            raise self.error(
                f"{operator} needs numbers, dates or an ordered vocabulary; "
                f"{path!r} is a {element.label()}",
                op_node,
            )
        if operator == "matches" and element.kind not in (factschema.STRING, factschema.ANY):
            raise self.error(f"matches needs a text fact; {path!r} is a {element.label()}", op_node)
        return order

    def operand(
        self, value: Any, operator: str, path: str, element: Kind, scope: str, op_node: YamlNode
    ) -> Any:
        """The value a fact is compared with, typed: a constant, ``{param: P}``,
        ``{fact: F}`` or ``{as_of: true}``."""
        if isinstance(value, dict) and "as_of" in value:
            return self.as_of_operand(value, operator, path, element, op_node)
        if isinstance(value, dict) and set(value) == {"param"}:
            return self.param_operand(value["param"], operator, path, element, op_node)
        if isinstance(value, dict) and set(value) == {"fact"}:
            return self.fact_operand(value["fact"], operator, path, element, scope, op_node)
        try:
            if operator == "matches":
                return self.pattern(value, op_node)
            what = f"{operator} value for {path}"
            return coerce_param(value, element, operator in MULTI_VALUE, what)
        except PathError as exc:
            raise self.error(str(exc), op_node) from None

    def as_of_operand(
        self, value: dict[str, Any], operator: str, path: str, element: Kind, op_node: YamlNode
    ) -> dict[str, Any]:
        """``{as_of: true}`` as a value: the assessment date (the day of the period of terms
        being read), which gt / ge / lt / le compare a single date fact with."""
        if set(value) != {"as_of"} or value["as_of"] is not True:
            raise self.error(
                f"{operator} value for {path}: the assessment date is written {{as_of: true}}, "
                f"got {value!r}",
                op_node,
            )
        if operator not in ORDER_OPERATORS:
            raise self.error(
                f"{{as_of: true}} as a value works with {', '.join(ORDER_OPERATORS)}, not "
                f"{operator}",
                op_node,
            )
        if element.kind != factschema.DATE:
            raise self.error(
                f"{operator} {{as_of: true}} compares a date with the assessment date; "
                f"{path!r} is a {element.label()}",
                op_node,
            )
        return {"as_of": True}

    def param_operand(
        self, param: str, operator: str, path: str, element: Kind, op_node: YamlNode
    ) -> dict[str, Any]:
        """``{param: P}`` as a value: a parameter of the same type as the fact (a list of
        them for the operators that take several values)."""
        if param not in self.params:
            from compliance.core.hints import did_you_mean

            extra = did_you_mean(param, list(self.params))
            raise self.error(f"unknown parameter {param!r}{extra}", op_node)
        multi = operator in MULTI_VALUE
        pkind, plist = self.params[param]
        if not same_kind(pkind, element) or plist != multi:
            want = ("a list of " if multi else "a ") + element.label()
            have = ("a list of " if plist else "a ") + pkind.label()
            raise self.error(
                f"parameter {param!r} is {have} but {operator} on {path!r} needs {want}",
                op_node,
            )
        return {"param": param}

    def fact_operand(
        self, other: str, operator: str, path: str, element: Kind, scope: str, op_node: YamlNode
    ) -> dict[str, Any]:
        """``{fact: F}`` as a value: with ``in`` and ``subset_of``, a list fact of the same
        type; with gt / ge / lt / le, another single date fact (not read through a list)."""
        if operator not in ("in", "subset_of", *ORDER_OPERATORS):
            raise self.error(
                f"{{fact: ...}} as a value works with in, subset_of and "
                f"{', '.join(ORDER_OPERATORS)}, not {operator}",
                op_node,
            )
        try:
            rkind, rsteps, rthrough = check_path(other, scope, extra=self.extra, allow_root=True)
        except PathError as exc:
            raise self.error(str(exc), op_node) from None
        if operator in ORDER_OPERATORS:
            if element.kind != factschema.DATE or rkind.kind != factschema.DATE or rthrough:
                raise self.error(
                    f"{operator} {{fact: ...}} compares two single date facts; {path!r} is a "
                    f"{element.label()} and {other!r} a "
                    f"{rkind.label()}{' read through a list' if rthrough else ''}",
                    op_node,
                )
            return {"fact": other, "steps": [list(x) for x in rsteps], **_root(other, scope)}
        relement = rkind.item if rkind.kind == factschema.LIST else rkind
        if (
            (rkind.kind != factschema.LIST and not rthrough)
            or relement is None
            or not (same_kind(relement, element))
        ):
            raise self.error(
                f"{other!r} must be a list of {element.label()} to compare with {path!r}",
                op_node,
            )
        return {"fact": other, "steps": [list(x) for x in rsteps], **_root(other, scope)}

    def param_leaf(
        self,
        cond: dict[str, Any],
        operator: str,
        value: Any,
        node: YamlNode,
        description: str | None,
    ) -> dict[str, Any]:
        """A predicate over a parameter: its value is known once the run's parameters are."""
        name = cond["param"]
        if name not in self.params:
            from compliance.core.hints import did_you_mean

            extra = did_you_mean(name, list(self.params))
            raise self.error(f"unknown parameter {name!r}{extra}", _find(node, ("param",)))
        kind, is_list = self.params[name]
        allowed = LIST_OPERATORS if is_list else ("equals", "in", *ORDER_OPERATORS)
        op_node = _find(node, (operator,))
        if operator not in allowed:
            raise self.error(
                f"{operator} does not apply to parameter {name!r} ({kind.label()}"
                f"{', a list' if is_list else ''})",
                op_node,
            )
        try:
            typed = coerce_param(value, kind, operator in MULTI_VALUE, f"{operator} on {name}")
        except PathError as exc:
            raise self.error(str(exc), op_node) from None
        return {
            "op": "param",
            "param": name,
            "operator": operator,
            "value": typed,
            "list": is_list,
            "kind": kind.kind,
            "order": ordered(kind),
            "description": description,
        }

    def pattern(self, value: Any, node: YamlNode) -> str:
        if not isinstance(value, str):
            raise self.error(f"matches needs a pattern (text), got {value!r}", node)
        import re2

        options = re2.Options()
        options.log_errors = False  # the error is ours to report, not RE2's log line
        try:
            re2.compile(value, options)
        except Exception as exc:  # re2.error
            reason = exc.args[0] if exc.args else exc
            if isinstance(reason, bytes):
                reason = reason.decode("utf-8", "replace")
            raise self.error(f"invalid RE2 pattern {value!r}: {reason}", node) from None
        return value


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _spread(scope: str) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The fields of the items of a list (pattern ``scope``) that hold one place read as
    every member of a group (a transfer's destination, a storage site's country): ``some``
    / ``every`` read an item whose group leaves its condition unknown once per member. And,
    for those whose reading depends on another field of the item, that field and its
    readings (an item read otherwise is not spread: a transfer to NATO as an international
    organisation goes to the organisation, not to each member state)."""
    from compliance.facts.vocabulary import EVERY

    out = []
    by: dict[str, dict[str, Any]] = {}
    for path, kind in factschema.table().items():
        if not path.startswith(scope + ".") or "." in path[len(scope) + 1 :]:
            continue
        if kind.kind == factschema.JURISDICTION and kind.place == EVERY:
            name = path[len(scope) + 1 :]
            out.append(name)
            by.update({name: _place_by(kind)["place_by"]} if kind.place_by else {})
    return sorted(out), by


def _place_by(kind: Kind) -> dict[str, Any]:
    """The IR entry of a reading of groups that depends on another field of the item."""
    if kind.place_by is None:
        return {}
    field, readings = kind.place_by
    return {"place_by": {"field": field, "readings": dict(readings)}}


def _pattern(path: str) -> str:
    return path


def _mixed(path: str, value: Any, scope: str) -> bool:
    """Inside ``some`` / ``every``: a fact read from the top of the contract compared with
    a fact of the item (not allowed: both sides of such a predicate are read at the top)."""
    if not (scope and from_root(path) and isinstance(value, dict) and "fact" in value):
        return False
    return not from_root(str(value["fact"]))


def _root(path: str, scope: str) -> dict[str, bool]:
    """``{"root": True}`` for a path read from the top of the contract (``$.``) inside
    ``some`` / ``every``; nothing elsewhere (at the top, ``$.`` changes nothing)."""
    return {"root": True} if scope and from_root(path) else {}


def _find(node: YamlNode, loc: tuple[Any, ...]) -> YamlNode:
    found, _ = locate(node, loc)
    return found
