"""The fast way to read valid JSON: the standard library's (C) decoder for the values, a
regular expression (in C) for where each one is written.

:mod:`compliance.document.jsonparse` reads JSON one value at a time in Python, to know the
line and column of each and to stop at the first error: a valid file of a million values
took it a quarter of a minute. Here the C decoder reads the whole text and a C-level scan
finds where every value and key starts; only the positioned nodes are made in Python.

The result is the positioned parser's own, exactly: :func:`parse_valid` returns None (and
the positioned parser reads the text, giving its first error) whenever the text is not
plainly valid, or holds anything the positioned parser refuses or that needs a closer look:
a character no text may hold, an escape that may make one, a duplicate key, ``NaN``, a
number too long or too large, nesting deeper than the limit, a list longer than the limit,
more values than the limit.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from itertools import chain, repeat
from operator import add, is_not, sub
from typing import Any, cast

from compliance.core.scalars import NUMBER
from compliance.document.limits import MAX_NUMBER, bad_character
from compliance.document.nodes import Mapping, Node, Scalar, Sequence

#: Where each key and value of valid JSON starts, in document order (group 1): a string (a
#: key or a value), an opening bracket, or a number or literal, after what may lie between
#: (white space, ``,``, ``:``, closing brackets). Possessive loops, an unclosed string taken
#: to the end of the text: one pass, whatever the text.
_TOKEN = re.compile(
    r'(?s)[ \t\n\r,:\]}]*+("[^"\\]*+(?:\\.[^"\\]*+)*+"?|[\[{]|[^ \t\n\r,:\[\]{}"]++)'
)
#: An escape that may make a character no text may hold (a control character, a surrogate,
#: a noncharacter): where the text has one, every string is checked.
_RISKY_ESCAPE = re.compile(r"\\[bfu]")
#: What a number longer than :data:`MAX_NUMBER` characters holds, and a number YAML would
#: not read as one (:func:`_number`): where the text has one (one scan), every whole number
#: is checked, and numbers kept as text are looked for.
_LONG = re.compile(r"[0-9]{19}|[eE][-+]?[0-9]{3}")
_INFINITE = (float("inf"), float("-inf"))
_CONTAINERS = frozenset({dict, list})
_NEWLINE = re.compile("\n")


class _Doubt(Exception):
    """The text needs the positioned parser."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        raise _Doubt  # a duplicate key
    return mapping


class _Text(str):
    """A number YAML would not read as one (:data:`compliance.core.scalars.NUMBER`): kept
    as the text written, as a plain scalar."""

    __slots__ = ()


def _number(raw: str) -> float | _Text:
    if len(raw) > MAX_NUMBER:
        raise _Doubt
    value = float(raw)
    if value in _INFINITE:
        raise _Doubt
    if NUMBER.match(raw) is None:
        return _Text(raw)
    return value


def _whole(raw: str) -> int:
    if len(raw) > MAX_NUMBER:
        raise _Doubt
    return int(raw)


def _constant(name: str) -> Any:
    raise _Doubt  # NaN and Infinity are not JSON


def parse_valid(text: str, max_depth: int, max_items: int, max_nodes: int) -> Node | None:
    """The positioned node tree of ``text``, exactly as the positioned parser makes it; None
    when the text is not plainly valid JSON within the limits."""
    if bad_character(text) is not None:
        return None  # the positioned parser checks only strings with an escape: it decides
    long = _LONG.search(text) is not None
    import gc

    collecting = gc.isenabled()
    gc.disable()  # millions of new objects, none of them in a cycle: no collection helps
    try:
        return _parse(text, long, max_depth, max_items, max_nodes)
    finally:
        if collecting:
            gc.enable()


def _parse(text: str, long: bool, max_depth: int, max_items: int, max_nodes: int) -> Node | None:
    try:
        data = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_float=_number,
            parse_int=_whole if long else None,
            parse_constant=_constant,
        )
    except (_Doubt, ValueError, RecursionError):
        return None
    builder = _Builder(text, max_depth, max_items, max_nodes, long)
    if builder.count < 0:
        return None  # not even one value allowed
    try:
        if type(data) in _CONTAINERS:
            root = builder.container(data, 0)
        else:
            root = builder.scalars([data])[0]
    except (_Doubt, RecursionError):
        return None
    if builder.at != len(builder.lines):  # pragma: no cover - a start not accounted for
        return None
    return root


class _Builder:
    """Makes the nodes of decoded data, in document order, each at the next start the scan
    found (its line and column computed in C, for all of them at once)."""

    def __init__(
        self, text: str, max_depth: int, max_items: int, max_nodes: int, texts: bool
    ) -> None:
        self.max_depth = max_depth
        self.max_items = max_items
        self.count = max_nodes - 1  # values still allowed, the top-level one counted
        starts = list(map(re.Match.start, _TOKEN.finditer(text), repeat(1)))
        # Where each line but the first starts.
        breaks = list(map(re.Match.end, _NEWLINE.finditer(text)))
        if not breaks:
            self.lines = [1] * len(starts)
            self.cols = list(map(add, starts, repeat(1)))
        else:
            self.lines = list(map(bisect_right, repeat([0, *breaks]), starts))
            before = [0, -1, *map(sub, breaks, repeat(1))]  # before[line]: its start, less 1
            self.cols = list(map(sub, starts, map(before.__getitem__, self.lines)))
        self.at = 0  # the next start
        #: Whether the text may hold a number kept as text (a float's exponent has 3 digits
        #: or a side of its point more than 18).
        self.texts = texts
        #: Whether strings need checking (the text has an escape that may make a character
        #: no text may hold).
        self.check = _RISKY_ESCAPE.search(text) is not None

    def scalars(self, values: Any) -> list[Scalar]:
        """The scalars of ``values``, at the next starts."""
        if self.check and any(
            bad_character(value) is not None for value in values if type(value) is str
        ):
            raise _Doubt
        at = self.at
        end = self.at = at + len(values)
        lines, cols = self.lines[at:end], self.cols[at:end]
        # Text is quoted, not plain; a number kept as text is plain (read as decoded).
        plain = map(is_not, map(type, values), repeat(str))
        if self.texts:
            values = [str(value) if type(value) is _Text else value for value in values]
        return list(map(Scalar, values, lines, cols, plain))

    def one(self, value: Any) -> Scalar:
        """The scalar of ``value``, at the next start."""
        kind = type(value)
        if kind is str and self.check and bad_character(value) is not None:
            raise _Doubt
        at = self.at
        self.at = at + 1
        if kind is _Text:
            value = str(value)
        return Scalar(value, self.lines[at], self.cols[at], kind is not str)

    def container(self, value: dict[str, Any] | list[Any], depth: int) -> Node:
        """The node of a container, its children built too; ``depth``: the containers
        around it."""
        if depth >= self.max_depth:
            raise _Doubt
        self.count -= len(value)
        if self.count < 0:
            raise _Doubt  # more values than the limit
        at = self.at
        line, col = self.lines[at], self.cols[at]
        self.at = at + 1
        inner = depth + 1
        if type(value) is list:
            if len(value) > self.max_items:
                raise _Doubt
            sequence = Sequence(line, col)
            if _CONTAINERS.isdisjoint(map(type, value)):
                sequence.items = cast("list[Node]", self.scalars(value))
            else:
                sequence.items = [
                    self.container(item, inner) if type(item) in _CONTAINERS else self.one(item)
                    for item in value
                ]
            return sequence
        assert type(value) is dict
        mapping = Mapping(line, col)
        if _CONTAINERS.isdisjoint(map(type, value.values())):
            # Keys and values alternate, each at the next start.
            nodes = self.scalars(list(chain.from_iterable(value.items())))
            pairs = zip(nodes[::2], nodes[1::2], strict=True)
            mapping.entries = dict(zip(value, pairs, strict=True))
            return mapping
        entries = mapping.entries
        for name, item in value.items():
            key = self.one(name)
            if type(item) in _CONTAINERS:
                entries[name] = (key, self.container(item, inner))
            else:
                entries[name] = (key, self.one(item))
        return mapping
