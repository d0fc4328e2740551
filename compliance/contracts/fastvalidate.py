"""A fast contract validator, compiled from the contract JSON Schema into closures.

The pydantic models (:mod:`compliance.model`) are the one source of truth; importing and
building them costs far more than checking a contract, so the hot path of ``compliance
check`` does not. Instead it compiles the contract JSON Schema that the models generate
(shipped as ``compliance/data/contract.schema.json``, held equal to the models by a test)
into one closure per schema node, read with the models' own semantics, which differ from
plain JSON Schema:

* plain YAML scalars arrive as text: an integer or a date is text the model reads
  (:mod:`compliance.core.scalars`), and only ``true`` and ``false`` are booleans;
* a jurisdiction is anything :func:`compliance.facts.jurisdictions.normalise` accepts (aliases,
  any case), not only the codes the schema lists;
* ``null`` is never a value (no branch of the schema accepts it); ``unspecified`` is
  accepted where the schema says so (facts, sections, list items);
* a text field with a length or pattern constraint must be valid Unicode (pydantic-core
  checks those in Rust).

The validator only says yes or no. On no, the caller runs the pydantic models, which give
the positioned error messages; so a contract is accepted exactly when the models accept
it (a property test holds the two equal on the examples and on generated documents).
Schema keywords it does not know make compiling fail loudly rather than validate loosely.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from compliance.core import scalars
from compliance.document.nodes import Mapping, Node, Scalar, Sequence

Check = Callable[[Node], bool]

SCHEMA_FILE = "contract.schema.json"
UNSPECIFIED = "unspecified"

#: Keywords that carry no constraint.
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "enumDescriptions",
        "x-fact-list",
        "x-section",
        "$schema",
        "$id",
        "$defs",
    }
)
_KNOWN = _ANNOTATIONS | {
    "$ref",
    "anyOf",
    "const",
    "enum",
    "type",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "format",
    "pattern",
    "minLength",
    "maxLength",
}


class UnsupportedSchema(ValueError):
    """The schema uses something this validator does not implement."""


@cache
def contract_schema() -> dict[str, Any]:
    """The contract JSON Schema shipped in the package (generated from the models)."""
    from compliance.core.shipped import load_json

    data: dict[str, Any] = load_json(SCHEMA_FILE)
    return data


@cache
def contract_validator() -> Check:
    # Lazy: a definition is compiled when a document first reaches it (a contract uses a
    # few of the model's sections; tests compile the whole schema eagerly).
    return compile_schema(contract_schema(), lazy=True)


def valid_contract(root: Node) -> bool:
    """Whether the contract models accept this document."""
    return contract_validator()(root)


def compile_schema(schema: dict[str, Any], *, lazy: bool = False) -> Check:
    """A check for ``schema``; with ``lazy``, each definition is compiled on first use."""
    return _Compiler(schema, lazy).compile(schema)


def _encodable(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_date(node: Node) -> bool:
    if type(node) is not Scalar:
        return False
    value = node.value
    if isinstance(value, str) and scalars.DATE.match(value):
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
        return True
    return False


def _is_int(node: Node) -> bool:
    if type(node) is not Scalar:
        return False
    value = node.value
    if isinstance(value, int):
        return not isinstance(value, bool) and 0 <= value < 10**scalars.MAX_DIGITS
    if isinstance(value, str) and node.plain and scalars.INT.match(value):
        try:
            int(value)
        except ValueError:  # longer than Python's limit on digits
            return False
        return True
    return False


def _is_number(node: Node) -> bool:
    if type(node) is not Scalar:
        return False
    value = node.value
    if isinstance(value, int | float):
        return not isinstance(value, bool) and scalars.too_many_digits(value) is None
    if isinstance(value, str) and node.plain and scalars.NUMBER.match(value):
        try:
            float(value) if any(c in value for c in ".eE") else int(value)
        except ValueError:
            return False
        return True
    return False


def _is_bool(node: Node) -> bool:
    return type(node) is Scalar and isinstance(node.value, bool)


def _is_str(node: Node) -> bool:
    return type(node) is Scalar and isinstance(node.value, str)


def _is_jurisdiction(node: Node) -> bool:
    if type(node) is not Scalar or not isinstance(node.value, str):
        return False
    from compliance.facts import jurisdictions

    try:
        jurisdictions.normalise(node.value)
    except ValueError:
        return False
    return True


def _anchored(pattern: str) -> re.Pattern[str]:
    """A JSON Schema pattern as pydantic-core's Rust regex reads it: ``$`` is the end of the
    text (Python's ``$`` also matches before a final newline)."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


class _Compiler:
    def __init__(self, schema: dict[str, Any], lazy: bool = False) -> None:
        self.defs: dict[str, Any] = schema.get("$defs", {})
        self.refs: dict[str, Check] = {}
        self.lazy = lazy

    def ref(self, target: str) -> Check:
        if not target.startswith("#/$defs/"):
            raise UnsupportedSchema(f"$ref {target!r}")
        name = target.rsplit("/", 1)[1]
        found = self.refs.get(name)
        if found is not None:
            return found
        if name == "Jurisdiction":
            self.refs[name] = _is_jurisdiction
            return _is_jurisdiction
        slot: list[Check] = []

        def late(node: Node) -> bool:  # a definition that refers to itself, or a lazy one
            if not slot:
                slot.append(self.compile(self.defs[name]))
                self.refs[name] = slot[0]
            return slot[0](node)

        self.refs[name] = late
        if self.lazy:
            return late
        check = self.compile(self.defs[name])
        slot.append(check)
        self.refs[name] = check
        return check

    def compile(self, node: dict[str, Any]) -> Check:
        unknown = node.keys() - _KNOWN
        if unknown:
            raise UnsupportedSchema(f"schema keyword {sorted(unknown)[0]!r}")
        if "$ref" in node:
            if set(node) - _ANNOTATIONS - {"$ref"}:
                raise UnsupportedSchema("$ref beside other keywords")
            return self.ref(node["$ref"])
        if "anyOf" in node:
            if set(node) - _ANNOTATIONS - {"anyOf"}:
                raise UnsupportedSchema("anyOf beside other keywords")
            return self.any_of([self.compile(branch) for branch in node["anyOf"]])
        if "const" in node:
            return self.const(node["const"])
        kind = node.get("type")
        if "enum" in node:
            if kind != "string" or not all(isinstance(v, str) for v in node["enum"]):
                raise UnsupportedSchema("an enum of anything but text")
            values = frozenset(node["enum"])
            return lambda n: type(n) is Scalar and isinstance(n.value, str) and n.value in values
        if kind == "string":
            return self.string(node)
        if kind == "boolean":
            return _is_bool
        if kind == "integer":
            return _is_int
        if kind == "number":
            return _is_number
        if kind == "array":
            return self.array(node)
        if kind == "object":
            return self.object(node)
        raise UnsupportedSchema(f"type {kind!r}")

    @staticmethod
    def any_of(checks: list[Check]) -> Check:
        if len(checks) == 1:
            return checks[0]
        if len(checks) == 2:
            first, second = checks
            return lambda n: first(n) or second(n)
        return lambda n: any(check(n) for check in checks)

    @staticmethod
    def const(value: Any) -> Check:
        if not isinstance(value, str):
            raise UnsupportedSchema("a const that is not text")
        return lambda n: type(n) is Scalar and n.value == value and isinstance(n.value, str)

    @staticmethod
    def string(node: dict[str, Any]) -> Check:
        fmt = node.get("format")
        if fmt is not None:
            if fmt != "date" or set(node) & {"pattern", "minLength", "maxLength"}:
                raise UnsupportedSchema(f"string format {fmt!r}")
            return _is_date
        pattern = _anchored(node["pattern"]) if "pattern" in node else None
        low = node.get("minLength")
        high = node.get("maxLength")
        if pattern is None and low is None and high is None:
            return _is_str

        def constrained(n: Node) -> bool:
            if type(n) is not Scalar:
                return False
            value = n.value
            if not isinstance(value, str) or not _encodable(value):
                return False
            if low is not None and len(value) < low:
                return False
            if high is not None and len(value) > high:
                return False
            return pattern is None or pattern.search(value) is not None

        return constrained

    def array(self, node: dict[str, Any]) -> Check:
        item = self.compile(node["items"]) if "items" in node else None

        def check(n: Node) -> bool:
            if type(n) is not Sequence:
                return False
            if item is None:
                return True
            return all(item(element) for element in n.items)

        return check

    def object(self, node: dict[str, Any]) -> Check:
        properties = {name: self.compile(prop) for name, prop in node.get("properties", {}).items()}
        required = tuple(node.get("required", ()))
        extra = node.get("additionalProperties", True)
        if extra not in (True, False):
            raise UnsupportedSchema("additionalProperties that is a schema")
        if not properties and not required and extra is True:
            return lambda n: type(n) is Mapping

        def check(n: Node) -> bool:
            if type(n) is not Mapping:
                return False
            entries = n.entries
            for key, (_, value) in entries.items():
                prop = properties.get(key)
                if prop is None:
                    if not extra:
                        return False
                elif not prop(value):
                    return False
            return all(name in entries for name in required)

        return check


__all__ = ["UnsupportedSchema", "compile_schema", "contract_schema", "valid_contract"]
