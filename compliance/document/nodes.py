"""The positioned document tree every loader produces.

YAML and JSON files both load into these three node types, so that every value keeps the
line and column (1-based) where it was written. Plain (unquoted) YAML scalars other than
``null``, ``true`` and ``false`` stay strings: the model decides whether ``4.10`` is a
clause id or a number, and whether ``NO`` is Norway.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

ScalarValue = str | int | float | bool | None


class Node:
    """A positioned node of a parsed document.

    The nodes are slotted by hand, not records (:mod:`compliance.core.records`): a file
    makes thousands, on the hot path of every check, and they inherit their position
    fields, which records do not."""

    __slots__ = ("col", "line")

    def __init__(self, line: int, col: int) -> None:
        self.line = line
        self.col = col


class Scalar(Node):
    __slots__ = ("plain", "value")

    def __init__(self, value: ScalarValue, line: int, col: int, plain: bool = False) -> None:
        self.line = line  # as Node.__init__, without the call (a file makes thousands)
        self.col = col
        self.value = value
        self.plain = plain

    def __repr__(self) -> str:
        return f"Scalar({self.value!r}@{self.line}:{self.col})"


class Mapping(Node):
    """A mapping with string keys; ``entries`` keeps each key's own node for its position."""

    __slots__ = ("entries",)

    def __init__(self, line: int, col: int) -> None:
        self.line = line
        self.col = col
        self.entries: dict[str, tuple[Scalar, Node]] = {}

    def get(self, key: str) -> Node | None:
        entry = self.entries.get(key)
        return entry[1] if entry is not None else None

    def items(self) -> Iterator[tuple[str, Node]]:
        for key, (_, value) in self.entries.items():
            yield key, value

    def __repr__(self) -> str:
        return f"Mapping({list(self.entries)}@{self.line}:{self.col})"


class Sequence(Node):
    __slots__ = ("items",)

    def __init__(self, line: int, col: int) -> None:
        self.line = line
        self.col = col
        self.items: list[Node] = []

    def __repr__(self) -> str:
        return f"Sequence(len={len(self.items)}@{self.line}:{self.col})"


class Quoted(str):
    """Text written in quotes (or as a block): a quoted ``'6'`` stays text, never a number,
    when the models validate a document (:func:`to_model_data`)."""

    __slots__ = ()


def to_model_data(node: Node) -> Any:
    """Plain data for the models to validate: as :func:`to_plain`, with quoted text marked
    :class:`Quoted` so that the models read only plain scalars as numbers."""
    if isinstance(node, Scalar):
        value = node.value
        if not node.plain and type(value) is str:
            return Quoted(value)
        return value
    if isinstance(node, Mapping):
        return {key: to_model_data(value) for key, value in node.items()}
    if isinstance(node, Sequence):
        return [to_model_data(item) for item in node.items]
    raise TypeError(f"not a node: {node!r}")


def to_plain(node: Node) -> Any:
    """Plain Python data (dicts, lists, scalars) from a node tree."""
    if isinstance(node, Scalar):
        return node.value
    if isinstance(node, Mapping):
        return {key: to_plain(value) for key, value in node.items()}
    if isinstance(node, Sequence):
        return [to_plain(item) for item in node.items]
    raise TypeError(f"not a node: {node!r}")


def to_json_data(node: Node) -> Any:
    """Plain data as a JSON Schema reads YAML: a plain (unquoted) scalar written as a number
    is a number (``minimum: 1``, ``enum: [1, 3, 6]``); quoted text stays text."""
    if isinstance(node, Scalar):
        value = node.value
        if node.plain and isinstance(value, str):
            from compliance.core.scalars import INT, NUMBER

            if INT.match(value):
                return int(value)
            if NUMBER.match(value):
                return float(value)
        return value
    if isinstance(node, Mapping):
        return {key: to_json_data(value) for key, value in node.items()}
    if isinstance(node, Sequence):
        return [to_json_data(item) for item in node.items]
    raise TypeError(f"not a node: {node!r}")


def locate(node: Node, loc: tuple[str | int, ...], *, key: bool = False) -> tuple[Node, bool]:
    """Follow ``loc`` (keys and indices) from ``node``.

    Returns the deepest node reached and whether the whole path was found. With ``key``,
    a path ending in a mapping key gives the key's own node (where an unknown field is
    written) instead of its value.
    """
    current = node
    for index, step in enumerate(loc):
        if isinstance(current, Mapping) and isinstance(step, str):
            entry = current.entries.get(step)
            if entry is None:
                return current, False
            if key and index == len(loc) - 1:
                return entry[0], True
            current = entry[1]
        elif isinstance(current, Sequence) and isinstance(step, int):
            if not 0 <= step < len(current.items):
                return current, False
            current = current.items[step]
        else:
            return current, False
    return current, True
