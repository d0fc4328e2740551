"""The only door for YAML and JSON: bytes in, a positioned node tree out.

* YAML goes through libyaml (``yaml.CSafeLoader``) when it is present. No implicit typing
  happens here: plain scalars stay strings except ``null``/``~``, ``true`` and ``false``
  (so ``NO`` is Norway and ``4.10`` a clause id); dates are dates only where the model says.
* A duplicate key at any depth is an error, never an overwrite.
* Aliases are expanded with a budget (no "billion laughs"), nesting has a depth limit, and
  files have a size limit; each limit names the option that raises it.
* Every error is an :class:`~compliance.core.errors.InputError` with file, line and column.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from typing import Any

from compliance.core.errors import InputError, printable_name
from compliance.document.limits import DEFAULT_LIMITS as DEFAULT_LIMITS
from compliance.document.limits import Limits as Limits
from compliance.document.limits import bad_character, too_many_items
from compliance.document.nodes import Mapping, Node, Scalar, Sequence

STDIN = "-"

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"


def display_name(path: str) -> str:
    """How messages and reports name ``path``: ``<stdin>`` for ``-``; a name that is not
    UTF-8 (a byte the file system holds that Python keeps as a lone surrogate) with that
    byte written ``\\xff``, as no UTF-8 report or message can carry it."""
    if path == STDIN:
        return "<stdin>"
    return path if path.isascii() else printable_name(path)


def read_bytes(path: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Read a file (or standard input for ``-``) with the size limit applied."""
    name = display_name(path)
    if path == STDIN:
        data = read_at_most(sys.stdin.buffer, limits.max_bytes)
    else:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            if os.path.islink(path):
                raise InputError("cannot read: dangling symbolic link", file=name) from None
            raise InputError("no such file", file=name) from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", file=name) from None
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a directory, not a file", file=name)
        if not stat.S_ISREG(st.st_mode):
            raise InputError("not a regular file", file=name)
        if st.st_size > limits.max_bytes:
            raise InputError(
                f"file is {st.st_size} bytes, over the limit of {limits.max_bytes} "
                "(raise it with --max-file-size)",
                file=name,
            )
        try:
            with open(path, "rb") as handle:
                data = read_at_most(handle, limits.max_bytes, st.st_size)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", file=name) from None
    if len(data) > limits.max_bytes:
        raise InputError(
            f"input is over the limit of {limits.max_bytes} bytes (raise it with --max-file-size)",
            file=name,
        )
    return data


def read_at_most(handle: Any, limit: int, expected: int = 0) -> bytes:
    """The bytes of ``handle`` up to ``limit`` + 1 (one more tells an input over the limit),
    read in pieces: one read of ``limit`` bytes would reserve that much memory first, and
    with a large --max-file-size fail before reading a byte. ``expected``: the size the file
    had (read at once)."""
    chunks: list[bytes] = []
    size = 0
    want = max(expected + 1, 1 << 16)
    while size <= limit:
        chunk = handle.read(min(want, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        want = 1 << 20
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def decode(data: bytes, name: str) -> str:
    """UTF-8 text from bytes; a UTF-8 byte-order mark is accepted and dropped."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise InputError("file is UTF-32; save it as UTF-8", file=name, line=1, col=1)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("file is UTF-16; save it as UTF-8", file=name, line=1, col=1)
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        col = nul - (data.rfind(b"\n", 0, nul) + 1) + 1
        raise InputError(
            "file contains NUL bytes (binary or UTF-16/32 data?); contracts and packs are "
            "UTF-8 text",
            file=name,
            line=line,
            col=col,
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            f"invalid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
            file=name,
            line=line,
            col=col,
        ) from None


def looks_like_json(path: str, text: str) -> bool:
    lower = path.lower()
    if lower.endswith(".json"):
        return True
    if lower.endswith((".yaml", ".yml")):
        return False
    return text.lstrip()[:1] in ("{", "[")


def parse_text(text: str, name: str, *, json: bool, limits: Limits = DEFAULT_LIMITS) -> Node:
    """Parse YAML or JSON text into a node tree."""
    try:
        if json:
            from compliance.document.jsonparse import parse_json

            return parse_json(
                text,
                max_depth=limits.max_depth,
                max_items=limits.max_items,
                max_nodes=limits.max_nodes,
            )
        return _parse_yaml(text, limits)
    except InputError as exc:
        raise exc.located(name) from None


#: While not None, every file :func:`load_file` reads is appended (the pack cache records
#: what a compilation read, so that it knows when a cached result is stale).
READS: list[str] | None = None


def load_file(path: str, limits: Limits = DEFAULT_LIMITS) -> Node:
    """Read and parse one YAML or JSON file (``-`` for standard input)."""
    if READS is not None:
        READS.append(path)
    name = display_name(path)
    text = decode(read_bytes(path, limits), name)
    return parse_text(text, name, json=looks_like_json(path, text), limits=limits)


# --- YAML -----------------------------------------------------------------------------------


def _loader_class() -> Any:
    import yaml

    base = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader

    tags = {yaml.ScalarNode: _STR_TAG, yaml.SequenceNode: _SEQ_TAG, yaml.MappingNode: _MAP_TAG}

    class _NoImplicitLoader(base):  # type: ignore[misc, valid-type]
        """Resolves no implicit types at all: typing is done here, by the rules above.

        With no implicit and no path resolvers, resolving a node's tag always gives the
        default tag of its kind; saying so directly spares libyaml a call into the generic
        resolver for every value (the answers are the same)."""

        yaml_implicit_resolvers: dict[str, Any] = {}  # noqa: RUF012

        def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
            return tags[kind]

        def descend_resolver(self, current_node: Any, current_index: Any) -> None:
            return None

        def ascend_resolver(self) -> None:
            return None

    return _NoImplicitLoader


_LOADER: Any = None


def _parse_yaml(text: str, limits: Limits) -> Node:
    global _LOADER
    import yaml

    if _LOADER is None:
        _LOADER = _loader_class()
    where = _too_deep(text, limits.max_depth)
    if where is not None:
        raise InputError(
            f"nesting deeper than {limits.max_depth} levels (raise it with --max-depth)",
            line=where[0],
            col=where[1],
        )
    if len(text) > limits.max_nodes:  # every value takes a character: only a text this long
        _count_values(text, limits)  # can hold more values than the limit
    loader = _LOADER(text)
    try:
        try:
            if not loader.check_node():
                raise InputError("the file is empty (no YAML document)", line=1, col=1)
            root = loader.get_node()
            if loader.check_node():
                extra = loader.get_node()
                mark = extra.start_mark if extra is not None else None
                raise InputError(
                    "several YAML documents in one file (only one is allowed)",
                    line=mark.line + 1 if mark else None,
                    col=mark.column + 1 if mark else None,
                )
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            problem = exc.problem or exc.context or "invalid YAML"
            if exc.context and exc.problem:
                problem = f"{exc.problem} ({exc.context})"
            raise InputError(
                f"YAML syntax error: {problem}",
                line=mark.line + 1 if mark else None,
                col=mark.column + 1 if mark else None,
            ) from None
        except yaml.reader.ReaderError as exc:  # a character YAML refuses, at an offset
            raise _reader_error(text, exc) from None
        except yaml.YAMLError as exc:
            raise InputError(f"YAML error: {exc}") from None
        except RecursionError:
            raise InputError(
                f"nesting deeper than {limits.max_depth} levels (raise it with --max-depth)"
            ) from None
    finally:
        loader.dispose()
    if root is None:
        raise InputError("the file is empty (no YAML document)", line=1, col=1)
    return _Builder(limits, text).build(root)


#: What the YAML reader refuses: every character but tab, line feed, carriage return, the
#: printable ASCII ones, NEL and the rest of Unicode past the C1 controls, but for surrogates
#: and the noncharacters U+FFFE and U+FFFF.
#: (Compiled when needed: a class with the surrogates takes a millisecond to compile.)
_NOT_YAML = "[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


def _reader_error(text: str, exc: Any) -> InputError:
    """A character the YAML reader refuses (a control character or a noncharacter), with
    its line and column and the words of every other input. The reader gives only an offset
    ("position 27"), counted in UTF-8 bytes by libyaml: the character is found again here."""
    found = re.search(_NOT_YAML, text)
    if found is None:  # pragma: no cover - the reader refuses only these characters
        return InputError(f"YAML error: {exc}")
    position = found.start()
    line = text.count("\n", 0, position) + 1
    col = position - (text.rfind("\n", 0, position) + 1) + 1
    code = ord(found.group())
    problem = bad_character(found.group())
    if problem is None:  # pragma: no cover - bad_character refuses all of them
        problem = f"character U+{code:04X} is not allowed in YAML"
    return InputError(problem.replace(" in a string", ""), line=line, col=col)


def _count_values(text: str, limits: Limits) -> None:
    """Refuse a text with more values than ``limits.max_nodes`` before it is composed: the
    composed nodes of a 7 MB file of short values took a minute and over a gigabyte, before
    the limit was checked. Counts the parser's events (aliases count once; their expansion is
    counted while building)."""
    import yaml

    loader = _LOADER(text)
    kinds = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)
    count = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, kinds):
                count += 1
                if count > limits.max_nodes:
                    mark = event.start_mark
                    raise InputError(
                        f"more than {limits.max_nodes} values after expanding aliases",
                        line=mark.line + 1 if mark else None,
                        col=mark.column + 1 if mark else None,
                    )
    except yaml.YAMLError:
        return  # a syntax error: reported, with its position, when the text is composed
    finally:
        loader.dispose()


def _too_deep(text: str, limit: int) -> tuple[int, int] | None:
    """Where the text nests deeper than ``limit`` (line, column), checked cheaply before
    libyaml recurses into it: libyaml's composer recurses in C and crashes the process on
    input nested tens of thousands deep. Flow nesting is counted by brackets; block nesting
    is bounded by indentation (two columns a level is the tightest common style, and
    anything indented past twice the limit is refused)."""
    # Cheap tests first (the same answers): nesting deeper than the limit needs more opening
    # brackets than the limit, and a row indented past twice the limit.
    if text.count("[") + text.count("{") > limit:
        found = _too_deep_flow(text, limit)
        if found is not None:
            return found
    # (A run of spaces and dashes that long, found in C: a regular expression trying each
    # position of each run costs a hundred times more.)
    if " " * (2 * limit + 1) not in text.replace("-", " "):
        return None
    for number, row in enumerate(text.splitlines(), 1):
        indent = len(row) - len(row.lstrip(" -"))
        if indent > 2 * limit and row.strip():
            return number, indent + 1
    return None


def _too_deep_flow(text: str, limit: int) -> tuple[int, int] | None:
    depth = 0
    line, start = 1, 0
    for offset, char in enumerate(text):
        if char == "\n":
            line, start = line + 1, offset + 1
        elif char in "[{":
            depth += 1
            if depth > limit:
                return line, offset - start + 1
        elif char in "]}":
            depth = max(depth - 1, 0)
    return None


_PLACEHOLDER: Any = (None, None)
_OTHER_BREAKS = ("\x85", "\u2028", "\u2029")


def _position(lines: list[int], index: int) -> tuple[int, int]:
    """(line, column) of a character offset, lines counted at line feeds only."""
    import bisect

    line = bisect.bisect_right(lines, index)
    return line, index - lines[line - 1] + 1


class _Builder:
    """Turns libyaml's node graph into our nodes: checks keys, tags, aliases and depth."""

    def __init__(self, limits: Limits, text: str = "") -> None:
        self.limits = limits
        self.text = text
        #: libyaml also counts NEL, U+2028 and U+2029 as line breaks, editors do not: where
        #: the text holds one, positions are counted from the character offset instead.
        self.lines: list[int] | None = None
        if any(char in text for char in _OTHER_BREAKS):
            self.lines = [0, *(m.end() for m in re.finditer("\n", text))]
        self.seen: set[int] = set()
        self.aliases = 0
        self.count = 0
        self.scalar_node: Any = None  # yaml.ScalarNode, set when building

    def build(self, root: Any) -> Node:
        import yaml

        scalar_node, mapping_node, sequence_node = (
            yaml.ScalarNode,
            yaml.MappingNode,
            yaml.SequenceNode,
        )
        self.scalar_node = scalar_node
        limits = self.limits
        max_aliases, max_nodes, max_depth = limits.max_aliases, limits.max_nodes, limits.max_depth
        seen = self.seen
        scalar = self.scalar
        result: Node | None = None
        # Iterative depth-first construction: (yaml node, parent, key, depth, ancestors); the
        # key is a key's Scalar in a mapping, an index in a sequence.
        stack: list[tuple[Any, Mapping | Sequence | None, Any, int, frozenset[int]]]
        stack = [(root, None, None, 0, frozenset())]
        pop, push = stack.pop, stack.append
        while stack:
            ynode, parent, key, depth, ancestors = pop()
            mark = ynode.start_mark
            line, col = mark.line + 1, mark.column + 1
            if self.lines is not None:
                line, col = _position(self.lines, mark.index)
            ident = id(ynode)
            if ident in ancestors:
                raise InputError(
                    "recursive YAML alias (a value that contains itself)", None, line, col
                )
            kind = type(ynode)
            if ident in seen and kind is not scalar_node:
                self.aliases += 1
                if self.aliases > max_aliases:
                    raise InputError(
                        f"more than {max_aliases} alias expansions (raise it with --max-aliases)",
                        line=line,
                        col=col,
                    )
            seen.add(ident)
            self.count += 1
            if self.count > max_nodes:
                raise InputError(
                    f"more than {max_nodes} values after expanding aliases",
                    line=line,
                    col=col,
                )
            if depth > max_depth:
                raise InputError(
                    f"nesting deeper than {max_depth} levels (raise it with --max-depth)",
                    line=line,
                    col=col,
                )
            node: Node
            if kind is scalar_node:
                node = scalar(ynode, line, col)
            elif kind is mapping_node:
                node = self.mapping(ynode, line, col, (depth + 1, ancestors | {ident}), push)
            elif kind is sequence_node:
                node = self.sequence(ynode, line, col, (depth + 1, ancestors | {ident}), push)
            else:  # pragma: no cover - libyaml only makes the three kinds
                raise InputError("unsupported YAML node", None, line, col)
            if parent is None:
                result = node
            elif type(parent) is Mapping:
                parent.entries[key.value] = (key, node)
            else:
                assert isinstance(parent, Sequence)
                parent.items[key] = node
        assert result is not None
        return result

    def mapping(
        self, ynode: Any, line: int, col: int, below: tuple[int, frozenset[int]], push: Any
    ) -> Mapping:
        """A mapping, its keys checked; its values are pushed to be built (``below``: their
        depth and ancestors)."""
        self.check_tag(ynode, _MAP_TAG, line, col)
        mapping = Mapping(line, col)
        depth, inner = below
        pairs = ynode.value
        lines = self.lines
        scalar_node = self.scalar_node
        for knode, vnode in reversed(pairs):
            kmark = knode.start_mark
            kline, kcol = kmark.line + 1, kmark.column + 1
            if lines is not None:
                kline, kcol = _position(lines, kmark.index)
            if type(knode) is not scalar_node:
                raise InputError("a mapping key must be a plain string", None, kline, kcol)
            kscalar = self.scalar(knode, kline, kcol)
            if kscalar.value == "":
                raise InputError("a mapping key must not be empty", None, kline, kcol)
            if not isinstance(kscalar.value, str):
                raise InputError(
                    f"a mapping key must be a string, not {knode.value!r}", None, kline, kcol
                )
            push((vnode, mapping, kscalar, depth, inner))
        # Keys are attached in document order by checking duplicates up front.
        entries = mapping.entries
        for knode, _ in pairs:
            name = knode.value
            if name in entries:
                first = next(k for k, _ in pairs if k.value == name)
                raise InputError(
                    f"duplicate key {name!r} (first defined at line "
                    f"{first.start_mark.line + 1}, column {first.start_mark.column + 1})",
                    line=knode.start_mark.line + 1,
                    col=knode.start_mark.column + 1,
                )
            entries[name] = _PLACEHOLDER  # filled below, in document order
        return mapping

    def sequence(
        self, ynode: Any, line: int, col: int, below: tuple[int, frozenset[int]], push: Any
    ) -> Sequence:
        """A sequence of placeholders; its items are pushed to be built."""
        self.check_tag(ynode, _SEQ_TAG, line, col)
        seq = Sequence(line, col)
        values = ynode.value
        limit = self.limits.max_items
        if len(values) > limit:
            raise InputError(too_many_items(len(values), limit), None, line, col)
        seq.items = [seq] * len(values)  # placeholders, filled below
        depth, inner = below
        for index in range(len(values) - 1, -1, -1):
            push((values[index], seq, index, depth, inner))
        return seq

    def check_tag(self, ynode: Any, expected: str, line: int, col: int) -> None:
        if ynode.tag != expected:
            tag = ynode.tag.replace("tag:yaml.org,2002:", "!!")
            raise InputError(
                f"unsupported YAML tag {tag!r} (tags are not allowed; write plain values)",
                None,
                line,
                col,
            )

    def tagged(self, ynode: Any, text: str) -> bool:
        """Whether a plain scalar that would be null or a boolean carries a tag (``!!str``
        or the non-specific ``!``, which libyaml reports as untagged)."""
        if text not in _NULLS and text not in _TRUE and text not in _FALSE:
            return False
        source = self.text[ynode.start_mark.index : ynode.end_mark.index]
        if source == text:
            return False
        prefix = source[: len(source) - len(text)] if source.endswith(text) else source
        return "!" in prefix

    def scalar(self, ynode: Any, line: int, col: int) -> Scalar:
        if ynode.tag != _STR_TAG:
            tag = ynode.tag.replace("tag:yaml.org,2002:", "!!")
            raise InputError(
                f"unsupported YAML tag {tag!r} (tags are not allowed; write plain values)",
                None,
                line,
                col,
            )
        text = ynode.value
        problem = bad_character(text)
        if problem is not None:
            raise InputError(problem, None, line, col)
        if ynode.style is None or ynode.style == "":
            if self.tagged(ynode, text):  # `!!str true`, `! true`: a string is a string
                return Scalar(text, line, col)
            if text in _NULLS:
                return Scalar(None, line, col, plain=True)
            if text in _TRUE:
                return Scalar(True, line, col, plain=True)
            if text in _FALSE:
                return Scalar(False, line, col, plain=True)
            return Scalar(text, line, col, plain=True)
        return Scalar(text, line, col)
