"""The fact-path table: every fact path the model knows, and what kind of value it holds.

Generated from the contract model's JSON Schema by :mod:`compliance.tools.facttable`
and shipped as ``data/facttable.json``; this module only reads it. Rule packs are checked
against it when they are compiled (an unknown path or an operator that does not fit the
value is a load error), and the fact tree uses it to type plain YAML scalars
(``2026-02-28`` is a date only where the model says so).

Path grammar (used everywhere a fact is named: evidence, missing facts, ``--set``,
``--assume``, baselines)::

    path     := segment ("." segment)*
    segment  := name ("[*]" | "[" index "]")?
    name     := [a-z][a-z0-9_]*        (extension namespaces may also use "-")

``[*]`` stands for every element of a list (in rule conditions); ``[N]`` names one element
(0-based, in evidence). Examples: ``status``, ``restrictions.mass_surveillance.prohibited``,
``data.storage[*].country``, ``parties[1].roles``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from compliance.core.records import record

# Value kinds of leaves.
BOOL, INT, NUMBER, DATE, STRING, JURISDICTION, VOCAB, OBJECT, LIST, ANY = (
    "bool",
    "int",
    "number",
    "date",
    "string",
    "jurisdiction",
    "vocab",
    "object",
    "list",
    "any",
)

#: A path step: a name, and an index of at most 9 ASCII digits (``\d`` would take any
#: script's digits; a longer index names no element of a file under the limits).
_SEGMENT = re.compile(r"^([a-z][a-z0-9_-]*)(?:\[(\*|[0-9]{1,9})\])?$")


@record(frozen=True)
class Kind:
    """What a fact path holds. For a list, ``item`` is the kind of its elements."""

    kind: str
    vocab: str | None = None
    item: Kind | None = None
    description: str = ""
    place: str | None = None
    """For a jurisdiction: how a group is read (``every`` member or ``one`` of them,
    :data:`compliance.facts.vocabulary.PLACE_READINGS`)."""
    place_by: tuple[str, tuple[tuple[str, str], ...]] | None = None
    """For a jurisdiction in an item: another field of the item and the reading of a group
    for each of its values (:data:`compliance.facts.vocabulary.PLACE_READINGS_BY_ITEM`)."""

    @property
    def scalar(self) -> bool:
        return self.kind not in (OBJECT, LIST, ANY)

    def label(self) -> str:
        if self.kind == LIST and self.item is not None:
            return f"list of {self.item.label()}"
        if self.kind == VOCAB:
            return f"{self.vocab} value"
        return self.kind


def parse_path(text: str) -> list[tuple[str, str | None]]:
    """Split a path into (name, index) steps; index is ``"*"``, a number, or ``None``."""
    if not text or text != text.strip():
        raise ValueError(f"invalid fact path {text!r}")
    steps: list[tuple[str, str | None]] = []
    for part in text.split("."):
        match = _SEGMENT.match(part)
        if match is None:
            raise ValueError(f"invalid fact path {text!r} (at {part!r})")
        steps.append((match.group(1), match.group(2)))
    return steps


def pattern_of(text: str) -> str:
    """The table key of a concrete path: every index becomes ``[*]``."""
    return re.sub(r"\[[0-9]+\]", "[*]", text)


def extension_table(namespace: str, schema: dict[str, Any]) -> dict[str, Kind]:
    """Fact paths under ``extensions.<namespace>`` from a pack's JSON Schema.

    A property with one JSON type gets that kind (``format: date`` strings are dates);
    anything else (several types, no type) is ``any``: every operator is allowed and a value
    of the wrong type shows up at run time as an ``error`` verdict.
    """
    out: dict[str, Kind] = {}

    def kind_of(node: dict[str, Any]) -> Kind:
        kind = node.get("type")
        description = node.get("description", "")
        if kind == "boolean":
            return Kind(BOOL, description=description)
        if kind == "integer":
            return Kind(INT, description=description)
        if kind == "number":
            return Kind(NUMBER, description=description)
        if kind == "string":
            if node.get("format") == "date":
                return Kind(DATE, description=description)
            return Kind(STRING, description=description)
        if kind == "array":
            return Kind(LIST, item=kind_of(node.get("items", {})), description=description)
        if kind == "object":
            return Kind(OBJECT, description=description)
        return Kind(ANY, description=description)

    def walk(node: dict[str, Any], path: str) -> None:
        kind = kind_of(node)
        out[path] = kind
        if kind.kind == OBJECT:
            for name, child in node.get("properties", {}).items():
                walk(child, f"{path}.{name}")
        elif kind.kind == LIST and node.get("items", {}).get("type") == "object":
            for name, child in node["items"].get("properties", {}).items():
                walk(child, f"{path}[*].{name}")

    walk(schema, f"extensions.{namespace}")
    return out


def kind_from_json(data: dict[str, Any]) -> Kind:
    item = data.get("item")
    return Kind(
        data["kind"],
        data.get("vocab"),
        kind_from_json(item) if item is not None else None,
        data.get("description", ""),
        data.get("place"),
        _place_by(data.get("place_by")),
    )


def _place_by(data: dict[str, Any] | None) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    if data is None:
        return None
    return data["field"], tuple(sorted(data["readings"].items()))


TABLE_FILE = "facttable.json"


def table_path() -> str:
    """Where the shipped fact table is (``compliance/data/facttable.json``)."""
    import os

    # A plain file read: importlib.resources would import zipfile, tempfile and more.
    return os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", TABLE_FILE
    )


@cache
def table_json_text() -> str:
    """The shipped fact table's text."""
    with open(table_path(), encoding="utf-8") as handle:
        return handle.read()


@cache
def table_hash() -> str:
    """A digest of the fact table: part of the key of every compiled pack in a cache."""
    from compliance.core.digest import sha256

    return str(sha256(table_json_text().encode("utf-8")).hexdigest()[:16])


@cache
def table() -> dict[str, Kind]:
    """Every fact path (pattern) and its kind, read from the table shipped in the package
    (generated from the models by ``python -m compliance.tools.datagen``; a test holds the two
    equal), so that the hot path never imports pydantic."""
    from compliance.core.shipped import load_json

    data = load_json(TABLE_FILE)
    return {path: kind_from_json(entry) for path, entry in data.items()}


def lookup(path: str) -> Kind | None:
    """The kind of a path pattern (``parties[*].country``) or concrete path."""
    return table().get(pattern_of(path))
