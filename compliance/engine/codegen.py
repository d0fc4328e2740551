"""Condition trees as generated Python code: one function per rule part, for the fast path
(:mod:`compliance.engine.fastpath`).

A generated function ``part(ctx, obj)`` gives exactly the :data:`~compliance.engine.truth.Res`
that ``node.ev(ctx, obj, "")`` gives (the same value, the same evidence and missing facts in
the same order, the same errors, legal defaults and memoised definitions), in fewer steps:

* ``all`` / ``any`` / ``not`` combine their parts inline, as
  :func:`~compliance.engine.truth.combine_all` and ``combine_any`` do, ``stated``
  reads its part's generated code (false where it is unknown), and so does ``unsettled``
  (unknown, with its reason, where the part is true);
* a definition (``ref``) is looked up in, or stored into, the context's memo as
  :class:`~compliance.engine.connectives.RefNode` does, its condition generated once per
  function module;
* ``equals`` and ``in`` a set of values on a path without list steps walk the fact tree
  inline (``dict.get`` on :attr:`FObj.fields`), and the list operators on such a path read
  the context's cache of collected lists inline before the predicate's own test;
* a parameter predicate is a constant;
* a leaf the function has read already at its top level (a rule that reads a fact in two
  of its conditions) is not read again: its result is reused (read again by the interpreter
  where it is an error, so that the error is reported as often as the interpreter does);
* a ``some`` / ``every`` on a plain path loops over the items inline (and, when its
  condition reads a fact from the top of the contract, ``$.``, first records the top of
  the tree in the context, as :meth:`EachNode.ev` does);
* any other node (``some`` / ``every`` on other paths or over items holding a place a
  group may spread over, predicates on a ``$.`` path,
  comparisons, jurisdictions, legal defaults, node kinds this module does not know) is
  called through its own ``ev``.

Paths are constants: rule parts and definitions are evaluated at the top of the fact tree
(prefix ``""``); inside ``some`` / ``every`` the interpreter evaluates. The interpreter
(``node.ev``) stays the reference, and the only path for explain traces.
"""

from __future__ import annotations

import re
from types import CodeType
from typing import Any

from compliance.engine.access import collect_plain, join, resolve_plain
from compliance.engine.connectives import (
    AllNode,
    AnyNode,
    EachNode,
    NotNode,
    PracticeNode,
    RefNode,
    StatedNode,
    UnsettledNode,
    left_open_facts,
    memoised,
    stated_open,
)
from compliance.engine.context import Node
from compliance.engine.predicates import LeafNode, ParamNode
from compliance.engine.truth import (
    ABSENT,
    ERROR,
    FALSE,
    OPEN,
    TRUE,
    UNKNOWN,
    UNSPECIFIED,
    combine_all,
    combine_any,
)
from compliance.facts.tree import FLeaf, FList, FObj, FUnspec

#: Connectives with more parts than this are combined by the generic helpers (their
#: parts still generated).
MAX_INLINE_PARTS = 8

_CAUGHT = "(TypeError, ValueError, KeyError)"
_USES_FIELDS = re.compile(r"\bF\b")


class _Module:
    """The source of one module of generated functions and the names it uses."""

    def __init__(self, shared: Any) -> None:
        #: The definitions already compiled (:class:`compliance.engine.fastpath.Shared`).
        self.shared = shared
        self.lines: list[str] = []
        self.names: dict[str, Any] = {
            "FObj": FObj,
            "FLeaf": FLeaf,
            "FUnspec": FUnspec,
            "combine_all": combine_all,
            "combine_any": combine_any,
            "collect_plain": collect_plain,
            "join": join,
            "resolve_plain": resolve_plain,
            "FList": FList,
            "memoised": memoised,
            "stated_open": stated_open,
            "left_open_facts": left_open_facts,
        }
        self.constants: dict[int, str] = {}
        self.functions: dict[tuple[int, bool], str] = {}
        self.pending: list[tuple[str, Node, bool]] = []
        self.count = 0
        #: The leaves already read at the top level of the function being generated, by
        #: what they read and test (:func:`_leaf_key`) -> the variable holding the result.
        self.read: dict[tuple[Any, ...], str] = {}

    def constant(self, value: Any) -> str:
        """A name bound to ``value`` in the module (kept alive there)."""
        name = self.constants.get(id(value))
        if name is None:
            name = self.constants[id(value)] = f"K{len(self.constants)}"
            self.names[name] = value
        return name

    def fresh(self) -> str:
        self.count += 1
        return f"r{self.count}"

    def function(self, node: Node, top: bool) -> str:
        """The name of the function generated for ``node`` (generated once), at the top of
        the tree (``top``: paths are constants) or under a prefix."""
        name = self.functions.get((id(node), top))
        if name is None:
            name = self.functions[(id(node), top)] = f"f{len(self.functions)}"
            self.names[f"_node_{name}"] = node  # keeps the id valid while the module lives
            self.pending.append((name, node, top))
        return name

    def generate(self) -> None:
        """The functions asked for, and those they call."""
        while self.pending:
            name, node, top = self.pending.pop(0)
            body: list[str] = []
            self.read = {}
            result = _emit(self, node, body, BASE, top)
            self.lines.append(f"def {name}(ctx, obj, prefix):")
            text = "\n".join(body)
            if _USES_FIELDS.search(text):
                self.lines.append("    F = obj.fields")
            if "COL" in text:
                self.lines.append("    COL = ctx.collected")
            self.lines.extend(body)
            self.lines.append(f"    return {result}")
            self.lines.append("")


def generate(nodes: list[Node], shared: Any) -> tuple[str, dict[str, Any], list[str]]:
    """Source of a module with one function per node of ``nodes`` (the definitions they
    use compiled in modules of their own, kept in ``shared``), its names, and the function
    names of ``nodes`` in order."""
    module = _Module(shared)
    entry = [module.function(node, True) for node in nodes]
    module.generate()
    return "\n".join(module.lines) + "\n", module.names, entry


def build(nodes: list[Node], shared: Any, filename: str = "<conditions>") -> list[Any]:
    """The generated functions of ``nodes``, compiled: ``fn(ctx, obj, "") -> Res``.
    ``shared`` (a :class:`compliance.engine.fastpath.Shared`) holds the functions of the
    definitions, compiled once for all the rules that use them."""
    source, names, entry = generate(nodes, shared)
    exec(compiled(source, filename), names)  # our own generated code
    return [names[name] for name in entry]


class CodeCache:
    """Compiled generated code by (file name, digest of the source): ``known`` shipped
    compiled (:mod:`compliance.packs.codecache`, package data), ``used`` by this run (what
    ``datagen`` writes). Slotted by hand: made once per batch."""

    __slots__ = ("known", "used")

    def __init__(self, known: dict[tuple[str, str], CodeType]) -> None:
        self.known = known
        self.used: dict[tuple[str, str], CodeType] = {}

    def code(self, source: str, filename: str) -> CodeType:
        from hashlib import blake2b

        key = (filename, blake2b(source.encode("utf-8"), digest_size=20).hexdigest())
        found = self.used.get(key) or self.known.get(key)
        if found is None:
            found = compile(source, filename, "exec")
        self.used[key] = found
        return found


#: Where compiled code is kept while a batch generates its rules' code (None: compile
#: every time).
CODE: CodeCache | None = None


def compiled(source: str, filename: str) -> CodeType:
    """``compile(source, filename, "exec")``, from :data:`CODE` where it holds it (Python's
    compiler is most of what generating a rule's code costs)."""
    if CODE is None:
        return compile(source, filename, "exec")
    return CODE.code(source, filename)


def definition(node: Node, top: bool, shared: Any) -> Any:
    """The compiled function of a definition's condition (made once, kept in ``shared``)."""
    key = (id(node), top)
    found = shared.functions.get(key)
    if found is not None and found[0] is node:
        return found[1]
    (function,) = build([node], shared, "<definition>") if top else _under(node, shared)
    shared.functions[key] = (node, function)
    return function


def _under(node: Node, shared: Any) -> list[Any]:
    """:func:`build` of a condition evaluated under a prefix (inside ``some`` / ``every``)."""
    module = _Module(shared)
    name = module.function(node, False)
    module.generate()
    exec(compile("\n".join(module.lines) + "\n", "<definition>", "exec"), module.names)
    return [module.names[name]]


def _emit(module: _Module, node: Node, out: list[str], ind: str, top: bool) -> str:
    """Code computing ``node``'s result into a fresh variable (whose name is returned); a
    leaf already read at the top level of the function (:func:`_leaf_key`) is read once."""
    if ind != BASE or type(node) is not LeafNode:  # (BASE: not in a loop over a list)
        return _emit_node(module, node, out, ind, top)
    key = _leaf_key(node)
    known = module.read.get(key) if key is not None else None
    if known is None:
        known = _emit_node(module, node, out, ind, top)
        if key is not None:
            module.read[key] = known
        return known
    # Read already: its result, unless that is an error (read again by the interpreter,
    # which reports the error again, as the leaf read here would).
    result = module.fresh()
    out.append(f"{ind}{result} = {known} if {known}[0] != {ERROR} else")
    out[-1] += f" {module.constant(node)}.ev(ctx, obj, prefix)"
    return result


def _emit_node(module: _Module, node: Node, out: list[str], ind: str, top: bool) -> str:
    kind = type(node)
    if kind is PracticeNode:
        if top:
            return _practice(module, node, out, ind)  # type: ignore[arg-type]
        node, kind = node.plain, AllNode  # type: ignore[attr-defined]
    if kind is AllNode or kind is AnyNode:
        parts: list[Node] = node.parts  # type: ignore[attr-defined]
        if 0 < len(parts) <= MAX_INLINE_PARTS:
            return _connective(module, kind is AllNode, parts, out, ind, top)
        if parts:
            return _combined(module, kind is AllNode, parts, out, ind, top)
    elif kind is NotNode:
        return _not(module, node.part, out, ind, top)  # type: ignore[attr-defined]
    elif kind is StatedNode:
        return _stated(module, node, out, ind, top)  # type: ignore[arg-type]
    elif kind is UnsettledNode:
        return _unsettled(module, node, out, ind, top)  # type: ignore[arg-type]
    elif kind is RefNode and node.target is not None:  # type: ignore[attr-defined]
        return _ref(module, node, out, ind, top)
    elif kind is EachNode:
        return _each(module, node, out, ind, top)  # type: ignore[arg-type]
    elif kind is ParamNode:
        return module.constant((node.result, (), ()))  # type: ignore[attr-defined]
    elif kind is LeafNode and _simple(node):  # type: ignore[arg-type]
        return _leaf_simple(module, node, out, ind, top)  # type: ignore[arg-type]
    elif kind is LeafNode and _listed(node):  # type: ignore[arg-type]
        return _leaf_list(module, node, out, ind, top)  # type: ignore[arg-type]
    result = module.fresh()
    out.append(f"{ind}{result} = {module.constant(node)}.ev(ctx, obj, prefix)")
    return result


#: The indentation of a generated function's body: code there runs once per call, in order,
#: on the function's own ``obj`` and ``prefix`` (inside a loop over a list, deeper).
BASE = "    "


def _leaf_key(node: LeafNode) -> tuple[Any, ...] | None:
    """What decides the result of a leaf generated inline: two leaves with the same key at
    the top level of one function give the same result (the same value, evidence and
    missing facts; an error is read again), so the function reads it once (a rule that
    reads a fact in two of its conditions, e.g. a ban's ``prohibited`` in its own test and
    in a shorthand built on it). None: a leaf read where it stands (one the interpreter
    reads, or a value whose text does not identify it). Connectives are not keyed: reading
    their leaves once is what pays (measured)."""
    if not (_simple(node) or _listed(node)):
        return None
    value = node.value
    if isinstance(value, frozenset | set):
        shown: Any = ("set", tuple(sorted(map(repr, value))))
    elif value is None or isinstance(value, str | bool | int | float):
        shown = (type(value).__name__, value)
    elif isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        shown = ("list", tuple(value))
    else:
        return None
    return (node.fact, node.operator, shown, node.is_list, node.kind, node.place)


def _simple(node: LeafNode) -> bool:
    """``equals`` / ``in`` a set on a plain path, without a legal default (the interpreter's
    :meth:`LeafNode.ev_simple`)."""
    run = getattr(node.run, "__func__", None)
    return run is LeafNode.ev_simple and node.default is None


def _listed(node: LeafNode) -> bool:
    """A list operator on a plain path (the interpreter's :meth:`LeafNode.ev_list`)."""
    run = getattr(node.run, "__func__", None)
    return run is LeafNode.ev_list and node.plain


def _path(dotted: str, top: bool) -> str:
    """An expression for the concrete path of ``dotted`` under the prefix."""
    if top:
        return repr(dotted)
    return f"(prefix + {'.' + dotted!r} if prefix else {dotted!r})"


def _connective(
    module: _Module, is_all: bool, parts: list[Node], out: list[str], ind: str, top: bool
) -> str:
    """``all`` / ``any``: each part, then :func:`combine_all` / ``combine_any`` inline."""
    names = [_emit(module, part, out, ind, top) for part in parts]
    result = module.fresh()
    if len(names) == 1:  # truth._single
        (only,) = names
        out.append(f"{ind}{result} = {only} if ({only}[0] == {UNKNOWN} or not {only}[2]) else")
        out[-1] += f" ({only}[0], {only}[1], ())"
        return result
    values = [f"{name}v" for name in names]
    for name, value in zip(names, values, strict=True):
        out.append(f"{ind}{value}, {name}e, {name}m = {name}")
    # The value: error wins, then the dominant value (false for all, true for any), then
    # unknown, else the neutral one (true for all, false for any).
    dominant, neutral = (FALSE, TRUE) if is_all else (TRUE, FALSE)
    value = f"{result}v"
    every_value = f"{result}t"
    out.append(f"{ind}{every_value} = ({', '.join(values)},)")
    out.append(
        f"{ind}{value} = ({ERROR} if {ERROR} in {every_value} else {dominant} if {dominant} in"
        f" {every_value} else {UNKNOWN} if {UNKNOWN} in {every_value} else {neutral})"
    )
    # truth._pick: the evidence of the parts that agree (all of them when the value is
    # neutral or unknown: no part is then error, nor dominant for neutral); the missing
    # facts of the unknown parts when unknown.
    every = " + ".join(f"{name}e" for name in names)
    out.append(f"{ind}if {value} == {neutral}:")
    out.append(f"{ind}    {result} = ({neutral}, {every}, ())")
    out.append(f"{ind}elif {value} == {UNKNOWN}:")
    missing = " + ".join(f"({name}m if {name}v == {UNKNOWN} else ())" for name in names)
    out.append(f"{ind}    {result} = ({UNKNOWN}, {every}, {missing})")
    out.append(f"{ind}else:")
    agreeing = " + ".join(f"({name}e if {name}v == {value} else ())" for name in names)
    out.append(f"{ind}    {result} = ({value}, {agreeing}, ())")
    return result


def _combined(
    module: _Module, is_all: bool, parts: list[Node], out: list[str], ind: str, top: bool
) -> str:
    """``all`` / ``any`` of more parts than are combined inline: each part's code, then
    :func:`combine_all` / ``combine_any``."""
    names = [_emit(module, part, out, ind, top) for part in parts]
    result = module.fresh()
    combine = "combine_all" if is_all else "combine_any"
    out.append(f"{ind}{result} = {combine}([{', '.join(names)}])")
    return result


def _not(module: _Module, part: Node, out: list[str], ind: str, top: bool) -> str:
    inner = _emit(module, part, out, ind, top)
    result = module.fresh()
    out.append(f"{ind}{result}v, {result}e, {result}m = {inner}")
    out.append(f"{ind}if {result}v == {TRUE}:")
    out.append(f"{ind}    {result} = ({FALSE}, {result}e, {result}m)")
    out.append(f"{ind}elif {result}v == {FALSE}:")
    out.append(f"{ind}    {result} = ({TRUE}, {result}e, {result}m)")
    out.append(f"{ind}else:")
    out.append(f"{ind}    {result} = {inner}")
    return result


def _stated(module: _Module, node: StatedNode, out: list[str], ind: str, top: bool) -> str:
    """``stated`` (:meth:`StatedNode.ev`): false where the part is unknown; no missing facts.
    With ``unspecified: unknown``, unknown where the part is unknown through a fact stated
    as unspecified, with those facts missing."""
    inner = _emit(module, node.part, out, ind, top)
    result = module.fresh()
    out.append(f"{ind}{result}v, {result}e, {result}m = {inner}")
    out.append(f"{ind}if {result}v == {UNKNOWN}:")
    if node.open_unknown:
        out.append(f"{ind}    {result}o = left_open_facts(ctx, obj, prefix, {result}m)")
        out.append(f"{ind}    if {result}o:")
        out.append(f"{ind}        {result} = ({UNKNOWN}, {result}e, {result}o)")
        out.append(f"{ind}    else:")
        out.append(f"{ind}        {result} = {_open_call(module, result)}")
    else:
        out.append(f"{ind}    {result} = {_open_call(module, result)}")
    out.append(f"{ind}elif {result}m:")
    out.append(f"{ind}    {result} = ({result}v, {result}e, ())")
    out.append(f"{ind}else:")
    out.append(f"{ind}    {result} = {inner}")
    return result


def _open_call(module: _Module, result: str) -> str:
    """What ``stated`` gives where its part is unknown (:func:`stated_open`), the call
    skipped on a contract with no term in force on a condition whose day is not known."""
    constant = module.constant((FALSE, (), ()))
    return f"stated_open(ctx, obj, prefix, {result}m) if ctx.conditional else {constant}"


def _unsettled(module: _Module, node: UnsettledNode, out: list[str], ind: str, top: bool) -> str:
    """``unsettled`` (:meth:`UnsettledNode.ev`): unknown with its reason where the part is
    true; else the part's result."""
    inner = _emit(module, node.part, out, ind, top)
    result = module.fresh()
    out.append(f"{ind}if {inner}[0] == {TRUE}:")
    out.append(f"{ind}    {result} = ({UNKNOWN}, {inner}[1], {module.constant(node.unsettled)})")
    out.append(f"{ind}else:")
    out.append(f"{ind}    {result} = {inner}")
    return result


def _ref(module: _Module, node: Any, out: list[str], ind: str, top: bool) -> str:
    """A definition, its condition compiled once (:func:`definition`): at the top of the
    tree memoised on the context as :meth:`RefNode.ev` does (the memo is shared with the
    interpreter: the same key, the same entries; a plain hit inline, the rest through
    :func:`memoised`); under a prefix evaluated afresh."""
    target = node.target
    function = module.constant(definition(target, top, module.shared))
    result = module.fresh()
    if not top:
        out.append(f"{ind}{result} = {function}(ctx, obj, prefix)")
        return result
    key = module.constant(id(target))  # a name: the source is the same in every process
    _memoised(key, function, result, out, ind)
    return result


def _memoised(key: str, function: str, result: str, out: list[str], ind: str) -> None:
    """``result`` = the memo entry ``key`` (a name) of the context where it holds a plain
    result for this tree, else :func:`memoised` of ``function`` (a name)."""
    hit = f"{result}h"
    out.append(f"{ind}{hit} = ctx.memo.get({key})")
    out.append(f"{ind}if {hit} is not None and {hit}[0] is obj and not {hit}[2] and not {hit}[3]:")
    out.append(f"{ind}    {result} = {hit}[1]")
    out.append(f"{ind}else:")
    out.append(f"{ind}    {result} = memoised(ctx, obj, {key}, {function})")


def _practice(module: _Module, node: PracticeNode, out: list[str], ind: str) -> str:
    """A ``permits_practice`` expansion at the top of the tree, memoised on the context by
    the practice's key as :meth:`PracticeNode.ev` does (the same key, the same entries):
    its ``all`` compiled once as a definition, a plain hit read inline."""
    function = module.constant(definition(node.plain, True, module.shared))
    result = module.fresh()
    _memoised(module.constant(node.key), function, result, out, ind)
    return result


def _each(module: _Module, node: EachNode, out: list[str], ind: str, top: bool) -> str:
    """``some`` / ``every`` on a plain path (:meth:`EachNode.ev`): the condition on each
    element inline in a loop, under the element's prefix (``obj``, ``F`` and ``prefix``
    are the element's inside the loop, and restored after it)."""
    result = module.fresh()
    if not node.plain or node.root or node.spread:
        out.append(f"{ind}{result} = {module.constant(node)}.ev(ctx, obj, prefix)")
        return result
    if node.anchored and top:  # its condition reads facts from the top: EachNode.ev
        out.append(f"{ind}ctx.root = obj")
    is_some = node.quantifier == "some"
    found, path, reason, each = f"{result}n", f"{result}p", f"{result}r", f"{result}l"
    names = module.constant(node.names)
    error = module.constant((ERROR, (), ()))
    out.append(f"{ind}{found}, {path}, {reason} = resolve_plain(obj, {names}, prefix,")
    out[-1] += f" {node.dotted!r})"
    out.append(f"{ind}if {reason}:")
    out.append(f"{ind}    {result} = ({UNKNOWN}, (), (({path}, {reason}),))")
    out.append(f"{ind}elif not isinstance({found}, FList):")
    out.append(f"{ind}    ctx.errors.append(f'{{{path}}}: expected a list')")
    out.append(f"{ind}    {result} = {error}")
    out.append(f"{ind}else:")
    inner = ind + "    "
    out.append(f"{inner}{each} = []")
    out.append(f"{inner}{result}o, {result}f, {result}x = obj, F, prefix")
    out.append(f"{inner}for {result}i, obj in enumerate({found}.items):")
    body = inner + "    "
    out.append(f"{body}prefix = f'{{{path}}}[{{{result}i}}]'")
    out.append(f"{body}if isinstance(obj, FObj):")
    out.append(f"{body}    F = obj.fields")
    where = _emit(module, node.where, out, body + "    ", False)
    out.append(f"{body}    {each}.append({where})")
    out.append(f"{body}else:")
    out.append(f"{body}    {each}.append(({UNKNOWN}, (), ((prefix, {UNSPECIFIED!r}),)))")
    out.append(f"{inner}obj, F, prefix = {result}o, {result}f, {result}x")
    combine = "combine_any" if is_some else "combine_all"
    empty = FALSE if is_some else TRUE
    out.append(f"{inner}if not {found}.open:")
    out.append(f"{inner}    if {each}:")
    out.append(f"{inner}        {result} = {combine}({each})")
    out.append(f"{inner}    else:")
    out.append(f"{inner}        {result} = ({empty}, (({path}, {found}),), ())")
    out.append(f"{inner}else:")
    out.append(f"{inner}    {each}.append(({UNKNOWN}, (), (({path}, {OPEN!r}),)))")
    out.append(f"{inner}    {result} = {combine}({each})")
    return result


def _caught(module: _Module, node: LeafNode, result: str, out: list[str], ind: str) -> None:
    """The interpreter's :meth:`LeafNode.ev`: an error in a predicate is an error result."""
    error = module.constant((ERROR, (), ()))
    label = module.constant(node.fact)
    out.append(f"{ind}except {_CAUGHT} as {result}exc:")
    out.append(f"{ind}    ctx.errors.append(f'{{join(prefix, {label})}}: {{{result}exc}}')")
    out.append(f"{ind}    {result} = {error}")


def _leaf_simple(module: _Module, node: LeafNode, out: list[str], ind: str, top: bool) -> str:
    """:meth:`LeafNode.ev_simple` inline."""
    result = module.fresh()
    if top:
        path = repr(node.dotted)
        absent = module.constant((UNKNOWN, (), ((node.dotted, ABSENT),)))
        unspecified = module.constant((UNKNOWN, (), ((node.dotted, UNSPECIFIED),)))
    else:
        path = f"{result}p"
        out.append(f"{ind}{path} = {_path(node.dotted, top)}")
        absent = f"({UNKNOWN}, (), (({path}, {ABSENT!r}),))"
        unspecified = f"({UNKNOWN}, (), (({path}, {UNSPECIFIED!r}),))"
    here = f"{result}n"
    test = "==" if node.operator == "equals" else "in"
    out.append(f"{ind}try:")
    inner = ind + "    "
    names = node.names
    for depth, name in enumerate(names):
        source = "F" if depth == 0 else f"{here}.fields"
        out.append(f"{inner}{here} = {source}.get({name!r})")
        out.append(f"{inner}if {here} is None:")
        out.append(f"{inner}    {result} = {absent}")
        if depth == len(names) - 1:
            out.append(f"{inner}elif type({here}) is FLeaf:")
            out.append(f"{inner}    {result} = ({TRUE} if {here}.value {test} ")
            out[-1] += f"{module.constant(node.value)} else {FALSE}, (({path}, {here}),), ())"
            out.append(f"{inner}else:")  # unspecified, or not a single value
            out.append(f"{inner}    {result} = {module.constant(node)}.ev(ctx, obj, prefix)")
        else:
            out.append(f"{inner}elif type({here}) is FUnspec:")
            out.append(f"{inner}    {result} = {unspecified}")
            out.append(f"{inner}elif type({here}) is not FObj:")
            out.append(f"{inner}    {result} = {absent}")
            out.append(f"{inner}else:")
            inner += "    "
    _caught(module, node, result, out, ind)
    return result


def _leaf_list(module: _Module, node: LeafNode, out: list[str], ind: str, top: bool) -> str:
    """:meth:`LeafNode.ev_list` on a plain path: the collected list from the context's
    cache (:func:`collect_plain`), then the predicate's own test."""
    result = module.fresh()
    dotted = node.dotted
    key = f"{result}k"
    hit = f"{result}h"
    out.append(f"{ind}try:")
    out.append(f"{ind}    {key} = {_path(dotted, top)}")
    out.append(f"{ind}    {hit} = COL.get({key})")
    out.append(f"{ind}    if {hit} is not None and {hit}[0] is obj:")
    out.append(f"{ind}        {hit} = {hit}[1]")
    out.append(f"{ind}    else:")
    names = module.constant(node.names)
    out.append(f"{ind}        {hit} = collect_plain(obj, {names}, prefix, {dotted!r}, COL)")
    if node.jurisdiction or node.operator not in ("any_of", "none_of", "contains", "all_of"):
        test = module.constant(node.test_list)
        out.append(f"{ind}    {result} = {test}(ctx, obj, prefix, {hit})")
    elif node.operator in ("any_of", "none_of"):
        _has_any(module, node, result, out, ind + "    ")
    else:
        _has_all(module, node, result, out, ind + "    ")
    _caught(module, node, result, out, ind)
    return result


def _has_any(module: _Module, node: LeafNode, result: str, out: list[str], ind: str) -> str:
    """:meth:`LeafNode.has_any` and :meth:`LeafNode.matched` inline: any_of / none_of on
    values (not jurisdictions), from the collected list in ``{result}h``."""
    inside = module.constant(node.members if node.members is not None else node.value)
    items, complete, missing, lists = (f"{result}{c}" for c in "icml")
    hits = f"{result}a"
    out.append(f"{ind}{items}, {complete}, {missing}, {lists} = {result}h")
    each = f"{result}q"
    out.append(f"{ind}{hits} = [{each} for {each} in {items} if {each}[1].value in {inside}]")
    out.append(f"{ind}if {hits}:")
    out.append(f"{ind}    {result} = ({node.found}, tuple({hits}), ())")
    out.append(f"{ind}elif {complete}:")
    out.append(f"{ind}    {result} = ({node.otherwise}, tuple({lists}) + tuple({items}), ())")
    out.append(f"{ind}else:")
    out.append(f"{ind}    {result} = ({UNKNOWN}, tuple({items}), tuple({missing}))")
    return result


def _has_all(module: _Module, node: LeafNode, result: str, out: list[str], ind: str) -> str:
    """:meth:`LeafNode.has_all` inline: contains / all_of on values (not jurisdictions),
    from the collected list in ``{result}h``."""
    items, complete, missing, lists = (f"{result}{c}" for c in "icml")
    have, each = f"{result}s", f"{result}q"
    out.append(f"{ind}{items}, {complete}, {missing}, {lists} = {result}h")
    out.append(f"{ind}{have} = {{{each}[1].value for {each} in {items}}}")
    if node.operator == "contains":
        out.append(f"{ind}if {module.constant(node.value)} in {have}:")
    else:
        wanted = module.constant(node.wanted)
        out.append(f"{ind}if all({each} in {have} for {each} in {wanted}):")
    inside = module.constant(node.wanted_set if node.wanted_set is not None else node.wanted)
    kept = f"[{each} for {each} in {items} if {each}[1].value in {inside}]"
    out.append(f"{ind}    {result} = ({TRUE}, tuple({kept}), ())")
    out.append(f"{ind}elif {complete}:")  # predicates._lacking
    out.append(f"{ind}    {result} = ({FALSE}, tuple({lists}) + tuple({items}), ())")
    out.append(f"{ind}else:")
    out.append(f"{ind}    {result} = ({UNKNOWN}, tuple({items}), tuple({missing}))")
    return result
