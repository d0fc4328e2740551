"""A small JSON parser that keeps the line and column of every value.

The standard library's decoder forgets positions and silently keeps the last of two
duplicate keys; contract descriptions need both. Strings are decoded by the standard
library's (C) ``scanstring``; the rest is a short iterative recursive-descent parser with a
depth limit, so deeply nested input is an error, never a ``RecursionError``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from json.decoder import scanstring  # type: ignore[attr-defined]

from compliance.core.errors import InputError
from compliance.core.scalars import NUMBER
from compliance.document.limits import BAD_CHARACTERS, MAX_NUMBER, bad_character, too_many_items
from compliance.document.nodes import Mapping, Node, Scalar, Sequence

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_LITERALS: dict[str, bool | None] = {"true": True, "false": False, "null": None}
#: One value of a JSON text, with the separators and the key before it: its start is the
#: group ``v``. Right for valid JSON only (see :func:`_over_the_limit`). Every loop is
#: possessive and unambiguous, so an unterminated string costs one pass, never a quadratic
#: search.
_VALUE = re.compile(
    r'[ \t\n\r,:\]}]*+(?:"[^"\\]*+(?:\\.[^"\\]*+)*+"[ \t\n\r]*+:[ \t\n\r]*+)?'
    r'(?P<v>"[^"\\]*+(?:\\.[^"\\]*+)*+"?|[\[{]|[^ \t\n\r,:\[\]{}"]++)'
)
#: A string (to the end of the text when it is not closed: never a quadratic search), the
#: characters that are not brackets, and a pair of brackets with nothing inside.
_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"?')
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")
_PAIR = re.compile(r"\[\]|\{\}")
#: What the positioned parser refuses that the standard library's decoder accepts: an
#: escaped character no text may hold, a number too long or too large (found anywhere, even
#: inside a string: then the exact parse decides).
_SUSPECT = re.compile(
    r"\\[bf]|\\u(?:00[0-1]|007[fF]|00[89]|[dD][89a-fA-F]|[fF]{3}[eEfF])"
    rf"|[-+0-9.eE]{{{MAX_NUMBER + 1}}}|[eE][-+]?[0-9]{{3}}"
)


class _Parser:
    def __init__(
        self, text: str, max_depth: int, max_items: int = 10_000, max_nodes: int = 1_000_000
    ) -> None:
        self.text = text
        self.max_depth = max_depth
        self.max_items = max_items
        self.max_nodes = max_nodes
        # Offsets of line starts, for offset -> (line, col).
        self.line_starts = [0]
        self.line_starts.extend(m.end() for m in re.finditer("\n", text))

    def position(self, offset: int) -> tuple[int, int]:
        # The last line start at or before ``offset`` (a binary search, in C).
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def fail(self, message: str, offset: int) -> InputError:
        line, col = self.position(offset)
        return InputError(f"JSON syntax error: {message}", line=line, col=col)

    def skip(self, offset: int) -> int:
        match = _WS.match(self.text, offset)
        assert match is not None
        return match.end()

    def string(self, offset: int) -> tuple[str, int]:
        try:
            result: tuple[str, int] = scanstring(self.text, offset + 1, True)
        except ValueError as exc:
            pos = getattr(exc, "pos", offset)
            msg = getattr(exc, "msg", str(exc))
            raise self.fail(msg, pos) from None
        # A character no text may hold, written as it is (the decoder refuses only the C0
        # controls) or as an escape: at the character, or at the string with an escape.
        problem = bad_character(result[0])
        if problem is not None:
            raw = self.text[offset : result[1]]
            found = None if "\\" in raw else re.search(BAD_CHARACTERS, raw)
            line, col = self.position(offset + (found.start() if found else 0))
            raise InputError(problem, line=line, col=col)
        return result

    def scalar(self, offset: int) -> tuple[Node, int]:
        text = self.text
        char = text[offset] if offset < len(text) else ""
        line, col = self.position(offset)
        if char == '"':
            value, end = self.string(offset)
            return Scalar(value, line, col), end
        for word, literal in _LITERALS.items():
            if text.startswith(word, offset):
                return Scalar(literal, line, col, plain=True), offset + len(word)
        match = _NUMBER.match(text, offset)
        if match is not None and match.end() > offset:
            raw = match.group(0)
            if len(raw) > MAX_NUMBER:
                raise InputError(
                    f"a number of {len(raw)} characters (at most {MAX_NUMBER})", line=line, col=col
                )
            number: int | float = float(raw) if match.group(1) or match.group(2) else int(raw)
            if number in (float("inf"), float("-inf")):
                raise InputError(f"number out of range: {raw}", line=line, col=col)
            if type(number) is float and NUMBER.match(raw) is None:
                # Not a number in YAML either (more than 18 digits on a side of the point, an
                # exponent of 3 digits): the text as written, read as YAML reads it.
                return Scalar(raw, line, col, plain=True), match.end()
            return Scalar(number, line, col, plain=True), match.end()
        if not char:
            raise self.fail("unexpected end of input, expected a value", offset)
        raise self.fail(f"unexpected character {char!r}, expected a value", offset)

    def parse(self) -> Node:
        text = self.text
        offset = self.skip(0)
        if offset >= len(text):
            raise self.fail("the file is empty", offset)
        # Explicit stack of containers under construction: (node, pending key).
        stack: list[tuple[Mapping | Sequence, Scalar | None]] = []
        root: Node | None = None
        skip, scalar, close, size = self.skip, self.scalar, self.close, len(text)
        count, max_nodes = 0, self.max_nodes
        while root is None:
            offset = skip(offset)
            # 1. Read one value (or open a container).
            count += 1
            if count > max_nodes:  # as the YAML loader's limit: no minute-long parse
                line, col = self.position(offset)
                raise InputError(f"more than {max_nodes} values", line=line, col=col)
            char = text[offset] if offset < size else ""
            value: Node | None
            if char and char in "{[":  # ("" in "{[" too: the end is no bracket)
                value, offset = self.open(char, offset, stack)
                if value is None:
                    continue
            else:
                value, offset = scalar(offset)
            # 2. Attach the value and close finished containers.
            root, offset = close(value, offset, stack)
        offset = self.skip(offset)
        if offset < len(text):
            raise self.fail("extra data after the top-level value", offset)
        return root

    def open(
        self, char: str, offset: int, stack: list[tuple[Mapping | Sequence, Scalar | None]]
    ) -> tuple[Node | None, int]:
        """Open a container at ``offset``: an empty one is a value, returned; any other is
        pushed on ``stack`` (and None returned) with its first key read."""
        text = self.text
        if len(stack) >= self.max_depth:
            raise self.fail(
                f"nesting deeper than {self.max_depth} levels (raise it with --max-depth)", offset
            )
        line, col = self.position(offset)
        container: Mapping | Sequence = Mapping(line, col) if char == "{" else Sequence(line, col)
        offset = self.skip(offset + 1)
        closer = "}" if char == "{" else "]"
        if offset < len(text) and text[offset] == closer:
            return container, offset + 1
        if isinstance(container, Mapping):
            key, offset = self.key(offset)
            stack.append((container, key))
        else:
            stack.append((container, None))
        return None, offset

    def close(
        self, value: Node, offset: int, stack: list[tuple[Mapping | Sequence, Scalar | None]]
    ) -> tuple[Node | None, int]:
        """Attach ``value`` to the open container and close the finished ones: the root when
        the top-level value is complete, else None and the offset of the next value."""
        text = self.text
        while stack:
            parent, pending = stack[-1]
            if isinstance(parent, Mapping):
                assert pending is not None
                name = str(pending.value)
                if name in parent.entries:
                    first = parent.entries[name][0]
                    raise InputError(
                        f"duplicate key {name!r} (first defined at line {first.line}, "
                        f"column {first.col})",
                        line=pending.line,
                        col=pending.col,
                    )
                parent.entries[name] = (pending, value)
            else:
                parent.items.append(value)
                if len(parent.items) > self.max_items:
                    raise InputError(
                        too_many_items(None, self.max_items), line=parent.line, col=parent.col
                    )
            offset = self.skip(offset)
            char = text[offset] if offset < len(text) else ""
            closer = "}" if isinstance(parent, Mapping) else "]"
            if char == ",":
                offset = self.skip(offset + 1)
                if isinstance(parent, Mapping):
                    key, offset = self.key(offset)
                    stack[-1] = (parent, key)
                return None, offset
            if char != closer:
                expected = "',' or '}'" if isinstance(parent, Mapping) else "',' or ']'"
                if not char:
                    raise self.fail(f"unexpected end of input, expected {expected}", offset)
                raise self.fail(f"unexpected character {char!r}, expected {expected}", offset)
            stack.pop()
            value = parent
            offset += 1
        return value, offset

    def key(self, offset: int) -> tuple[Scalar, int]:
        text = self.text
        if offset >= len(text) or text[offset] != '"':
            if offset < len(text) and text[offset] == "}":
                raise self.fail("trailing comma before '}'", offset)
            raise self.fail("expected a double-quoted key", offset)
        line, col = self.position(offset)
        name, offset = self.string(offset)
        offset = self.skip(offset)
        if offset >= len(text) or text[offset] != ":":
            raise self.fail("expected ':' after the key", offset)
        return Scalar(name, line, col), offset + 1


def _over_the_limit(text: str, max_depth: int, max_items: int, max_nodes: int) -> int | None:
    """The offset of value number ``max_nodes + 1`` when the text before it is valid JSON
    that the positioned parser would read without an error; else None.

    The positioned parser is pure Python: a text just over a million values took it 25 s to
    refuse. This check runs in C (a regular expression to find the value, the standard
    library's decoder to know the text before it has no other error, closed where it
    stops). When that text has another problem, None: the positioned parser reports it."""
    if len(text) <= max_nodes:  # every value takes a character
        return None
    # Every value but the first follows a comma or opens a container (the brackets and
    # commas in strings counted too): a bound in C, with no scan when it is under the limit.
    if 1 + text.count(",") + text.count("[") + text.count("{") <= max_nodes:
        return None
    from itertools import islice

    found = next(islice(_VALUE.finditer(text), max_nodes, None), None)
    if found is None:
        return None
    over = found.start("v")
    prefix = text[:over]
    if _SUSPECT.search(prefix) is not None or bad_character(prefix) is not None:
        return None  # an escape, a number or a raw character the exact parse refuses
    # The containers open where the value starts, innermost last: the brackets outside
    # strings, matched pairs taken out (one pass a level).
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", prefix))
    for _ in range(max_depth + 2):
        unpaired = _PAIR.sub("", brackets)
        if unpaired == brackets:
            break
        brackets = unpaired
    else:
        return None
    if "]" in brackets or "}" in brackets:
        return None
    closed = prefix + "0" + brackets[::-1].replace("[", "]").replace("{", "}")
    import json

    class _Refused(Exception):
        pass

    def pairs(entries: list[tuple[str, object]]) -> dict[str, object]:
        mapping = dict(entries)
        if len(mapping) != len(entries):
            raise _Refused  # a duplicate key
        return mapping

    def constant(name: str) -> object:
        raise _Refused  # NaN and Infinity are not JSON

    try:
        root = json.loads(closed, object_pairs_hook=pairs, parse_constant=constant)
    except (_Refused, ValueError, RecursionError):
        return None
    # Depth and list lengths, level by level, containers only (the values were counted).
    level: list[list[object] | dict[str, object]] = []
    if isinstance(root, list | dict):
        level.append(root)
    depth = 0
    while level:
        depth += 1
        if depth > max_depth:
            return None
        inner: list[list[object] | dict[str, object]] = []
        for value in level:
            if isinstance(value, list) and len(value) > max_items:
                return None
            children = value.values() if isinstance(value, dict) else value
            inner.extend(child for child in children if isinstance(child, list | dict))
        level = inner
    return found.start("v")


def parse_json(
    text: str, *, max_depth: int = 100, max_items: int = 10_000, max_nodes: int = 1_000_000
) -> Node:
    """Parse JSON text into a positioned node tree (errors carry line and column).

    Valid JSON is read by the standard library's decoder (:mod:`compliance.document.jsonfast`);
    the positioned parser reads the rest, and reports its first error."""
    over = _over_the_limit(text, max_depth, max_items, max_nodes)
    if over is not None:  # the error the positioned parser would give, without its minute
        line, col = _Parser(text, max_depth, max_items, max_nodes).position(over)
        raise InputError(f"more than {max_nodes} values", line=line, col=col)
    from compliance.document.jsonfast import parse_valid

    root = parse_valid(text, max_depth, max_items, max_nodes)
    if root is not None:
        return root
    return _Parser(text, max_depth, max_items, max_nodes).parse()
