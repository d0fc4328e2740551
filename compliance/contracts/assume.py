"""What-if (``--assume FACT=VALUE``): evaluate as if the contract said that.

Grammar::

    assumption := path "=" value
    path       := segment ("." segment)*
    segment    := name ("[" index "]")?        index: 0, 1, ... (no [*])
    value      := JSON (true, 42, "text", ["a", "b"], {"items": [...], "complete": true})
                | plain text (taken as a string; e.g. DE, translation, 2027-01-01)
                | unspecified

The path is checked against the fact table (and the extension facts of the loaded packs):
an unknown field or a value of the wrong type is bad input (exit 2) with a did-you-mean.
A value is written as in a contract description: a list is open unless written
``{"items": [...], "complete": true}``; ``unspecified`` says the contract leaves it open.

The assumption replaces the fact (or adds it, creating the objects and list element on the
way; an index may name an existing element or the next one) with the provenance kind
``assumption``; a value it replaces is kept as ``superseded`` evidence. Every verdict that
rests on an assumed fact is marked (``assumed: true``), and the report header lists the
assumptions.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from compliance.core.errors import InputError
from compliance.core.hints import did_you_mean
from compliance.core.records import record
from compliance.facts import table as factschema
from compliance.facts.table import Kind
from compliance.facts.tree import ASSUMPTION, FLeaf, FList, FNode, FObj, FUnspec, Prov

if TYPE_CHECKING:
    from compliance.document.limits import Limits

UNSPECIFIED = "unspecified"


@record(frozen=True)
class Assumption:
    """One --assume FACT=VALUE: the fact path, its value, and where it was given."""

    text: str  # as written
    path: str
    steps: tuple[tuple[str, int | None], ...]
    kind: Kind
    pattern: str
    value: Any  # the checked, JSON-able value

    def to_dict(self) -> dict[str, Any]:
        return {"fact": self.path, "value": self.value}


def _option(text: str) -> str:
    return f"--assume {text!r}"


def parse_assumption(text: str, table: dict[str, Kind], limits: Limits | None = None) -> Assumption:
    """Parse and check ``PATH=VALUE`` against the fact table (VALUE read with ``limits``)."""
    from compliance.facts.paths import parse_cli_value

    path, sep, raw = text.partition("=")
    path = path.strip()
    if not sep or not path:
        raise InputError(f"{_option(text)}: expected FACT=VALUE, e.g. data.storage[0].country=DE")
    try:
        parsed = factschema.parse_path(path)
    except ValueError as exc:
        raise InputError(f"{_option(text)}: {exc}") from None
    kind, pattern, steps = _walk(text, path, parsed, table)
    try:
        value = parse_cli_value(raw, limits)
    except InputError as exc:
        raise InputError(f"{_option(text)}: {exc.message}") from None
    checked = check_value(value, kind, pattern, table, f"{_option(text)}: {path}")
    return Assumption(text, path, tuple(steps), kind, pattern, checked)


def _walk(
    text: str, path: str, parsed: list[tuple[str, str | None]], table: dict[str, Kind]
) -> tuple[Kind, str, list[tuple[str, int | None]]]:
    """The kind and pattern a path names, and its steps (name, element index or None)."""
    pattern = ""
    steps: list[tuple[str, int | None]] = []
    kind: Kind | None = None
    for position, (name, index) in enumerate(parsed):
        candidate = f"{pattern}.{name}" if pattern else name
        kind = _field_kind(text, path, pattern, name, table)
        last = position == len(parsed) - 1
        if index == "*":
            raise InputError(f"{_option(text)}: name one element ([0], [1]...), not [*]")
        if index is not None:
            if kind.kind != factschema.LIST or kind.item is None:
                raise InputError(f"{_option(text)}: {candidate} is not a list")
            steps.append((name, int(index)))
            pattern = f"{candidate}[*]"
            kind = kind.item
            if not last and kind.kind != factschema.OBJECT:
                raise InputError(f"{_option(text)}: the elements of {candidate} have no fields")
            continue
        if not last and kind.kind == factschema.LIST:
            raise InputError(
                f"{_option(text)}: {candidate} is a list; name an element, e.g. {candidate}[0]"
            )
        if not last and kind.kind not in (factschema.OBJECT, factschema.ANY):
            raise InputError(f"{_option(text)}: {candidate} is a single value; it has no fields")
        steps.append((name, None))
        pattern = candidate
    assert kind is not None
    return kind, pattern, steps


def _field_kind(text: str, path: str, pattern: str, name: str, table: dict[str, Kind]) -> Kind:
    """The kind of field ``name`` under ``pattern`` (any inside untyped extension facts)."""
    from compliance.facts.paths import children_of

    candidate = f"{pattern}.{name}" if pattern else name
    kind = table.get(candidate)
    if kind is None and pattern.startswith("extensions.") and _any_above(pattern, table):
        kind = Kind(factschema.ANY)
    if kind is None:
        options = children_of(pattern, {k: v for k, v in table.items()})
        where = f" in {pattern}" if pattern else ""
        extra = did_you_mean(name, options)
        raise InputError(f"{_option(text)}: unknown fact {path!r}: no field {name!r}{where}{extra}")
    return kind


def _any_above(pattern: str, table: dict[str, Kind]) -> bool:
    """Whether ``pattern`` lies inside an untyped (any) extension value."""
    parts = pattern.split(".")
    for end in range(len(parts), 1, -1):
        kind = table.get(".".join(parts[:end]))
        if kind is not None:
            return kind.kind == factschema.ANY
    return False


def check_value(value: Any, kind: Kind, pattern: str, table: dict[str, Kind], what: str) -> Any:
    """The value checked against ``kind`` (JSON-able; dates as text), or InputError."""
    from compliance.facts.paths import PathError, coerce

    if value == UNSPECIFIED and kind.kind != factschema.ANY:
        return UNSPECIFIED
    if kind.kind == factschema.LIST:
        assert kind.item is not None
        items, complete = value, None
        if isinstance(value, dict):
            unknown = sorted(set(value) - {"items", "complete"})
            if unknown or not isinstance(value.get("items"), list):
                raise InputError(f'{what}: a list is [..] or {{"items": [..], "complete": true}}')
            items, complete = value["items"], value.get("complete", False)
            if not isinstance(complete, bool):
                raise InputError(f"{what}: 'complete' must be true or false")
        if not isinstance(items, list):
            raise InputError(f'{what}: expected a list (JSON, e.g. ["a", "b"]), got {value!r}')
        checked = [
            check_value(item, kind.item, f"{pattern}[*]", table, f"{what}[{n}]")
            for n, item in enumerate(items)
        ]
        return checked if complete is None else {"items": checked, "complete": complete}
    if kind.kind == factschema.OBJECT:
        if not isinstance(value, dict):
            raise InputError(f'{what}: expected an object (JSON, e.g. {{"field": ...}})')
        out: dict[str, Any] = {}
        for key, item in value.items():
            child = f"{pattern}.{key}"
            child_kind = table.get(child)
            if child_kind is None:
                from compliance.facts.paths import children_of

                hint = did_you_mean(key, children_of(pattern, table))
                raise InputError(f"{what}: unknown field {key!r}{hint}")
            out[key] = check_value(item, child_kind, child, table, f"{what}.{key}")
        return out
    if kind.kind == factschema.ANY:
        return value
    if isinstance(value, list | dict):
        raise InputError(f"{what}: expected a single {kind.label()}, got {value!r}")
    try:
        checked = coerce(value, kind, what)
    except PathError as exc:
        raise InputError(str(exc)) from None
    if kind.kind == factschema.INT and checked < 0 and not pattern.startswith("extensions."):
        # As in a description: every whole number of the model counts days, months or
        # processes (compliance.model.types), and a negative count would meet any limit.
        # A pack's extension facts follow the pack's schema, which may allow one.
        raise InputError(f"{what}: expected a whole number, 0 or more, got {value!r}")
    return checked


class Assumer:
    """Applies checked assumptions to a contract's fact tree."""

    def __init__(self, assumptions: list[Assumption], table: dict[str, Kind]) -> None:
        self.assumptions = assumptions
        self.table = table

    def node(self, assumption: Assumption, prov: Prov) -> FNode:
        return _build(assumption.value, assumption.kind, assumption.pattern, prov, self.table)

    def apply(self, facts: FObj, name: str) -> None:
        for order, assumption in enumerate(self.assumptions):
            prov = Prov(ASSUMPTION, assumption.path, -1 - order)
            _insert(facts, assumption, self.node(assumption, prov), prov, name)


def _build(value: Any, kind: Kind, pattern: str, prov: Prov, table: dict[str, Kind]) -> FNode:
    if value == UNSPECIFIED and kind.kind != factschema.ANY:
        return FUnspec(prov, 0, 0)
    if kind.kind == factschema.LIST or (kind.kind == factschema.ANY and isinstance(value, list)):
        item = kind.item or Kind(factschema.ANY)
        complete = False
        items: list[Any] = value
        if isinstance(value, dict):
            items, complete = value["items"], value["complete"]
        nodes = [_build(v, item, f"{pattern}[*]", prov, table) for v in items]
        return FList(nodes, complete, prov, 0, 0)
    if isinstance(value, dict):
        obj = FObj(prov, 0, 0)
        for key, item in value.items():
            child = f"{pattern}.{key}"
            obj.fields[key] = _build(
                item, table.get(child, Kind(factschema.ANY)), child, prov, table
            )
        return obj
    if kind.kind == factschema.DATE and isinstance(value, str):
        return FLeaf(date.fromisoformat(value), prov, 0, 0)
    return FLeaf(value, prov, 0, 0)


def _insert(facts: FObj, assumption: Assumption, new: FNode, prov: Prov, name: str) -> None:
    node: FObj = facts
    walked = ""
    for position, (field, index) in enumerate(assumption.steps):
        last = position == len(assumption.steps) - 1
        walked = f"{walked}.{field}" if walked else field
        current = node.fields.get(field)
        if index is None:
            if last:
                node.fields[field] = _replace(current, new)
                return
            if not isinstance(current, FObj):
                current = FObj(prov, 0, 0)
                node.fields[field] = current
            node = current
            continue
        if not isinstance(current, FList):
            current = FList([], False, prov, 0, 0)
            node.fields[field] = current
        if index > len(current.items):
            raise InputError(
                f"{_option(assumption.text)}: {walked} has {len(current.items)} element(s) in "
                f"this contract; [{index}] would leave a gap (use [{len(current.items)}] to add "
                "one)",
                file=name,
            )
        element = current.items[index] if index < len(current.items) else None
        walked = f"{walked}[{index}]"
        if last:
            if element is None:
                current.items.append(new)
            else:
                current.items[index] = _replace(element, new)
            return
        if not isinstance(element, FObj):
            element = FObj(prov, 0, 0)
            if index < len(current.items):
                current.items[index] = element
            else:
                current.items.append(element)
        node = element


def _replace(old: FNode | None, new: FNode) -> FNode:
    """The new node; a value it replaces is kept as superseded (shown with the evidence)."""
    from compliance.facts.tree import plain_value

    if old is not None and isinstance(new, FLeaf | FUnspec) and isinstance(old, FLeaf | FUnspec):
        new.superseded.append((plain_value(old), old.prov, old.line))
    return new


def fact_table(extension_schemas: dict[str, dict[str, Any]]) -> dict[str, Kind]:
    """The fact table with the extension facts of the run's packs."""
    table = dict(factschema.table())
    for namespace, schema in sorted(extension_schemas.items()):
        table.update(factschema.extension_table(namespace, schema))
    return table


def parse_assumptions(
    texts: list[str], extension_schemas: dict[str, dict[str, Any]], limits: Limits | None = None
) -> Assumer:
    table = fact_table(extension_schemas)
    return Assumer([parse_assumption(text, table, limits) for text in texts], table)


def rests_on_assumption(node: FNode | None) -> bool:
    return node is not None and node.prov.kind == ASSUMPTION
