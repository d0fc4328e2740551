"""Terms in force on a condition whose day is not known (conditions precedent and subsequent).

A clause or source may take effect on an event (``effective_on``: "accreditation of the
system by the national authority", "ratification", "the Customer's written notice") or lapse
on one (``expires_on``: "termination of the framework agreement"). Where the description
does not give the day the event took place (``effective``, ``expires``), the term is
*conditional*: it may be in force, or not, on any day.

Nothing may then rest on the condition being met or not. The facts are merged on every
reading (each conditional term in force, or not: with ``n`` such terms, ``2**n`` readings)
and joined:

* a fact every reading states alike holds, cited where the reading with no conditional term
  in force states it (a clause that says what the conditional annex says still binds);
* a fact the readings state differently, or that some readings do not state, is open: it
  reads as ``unspecified``, where the conditional term states it (or, where that term only
  replaces or disowns another, at that term's line). So a fact only a conditional term
  states decides nothing, and neither does one it would prevail over or replace;
* a list the readings hold differently keeps the elements every reading holds (each joined
  the same way) and is open: it may hold more.

Each reading is a set of terms, so the joined facts are sound: a verdict read on them is a
pass (or a fail) only where it is one on every reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from compliance.facts.tree import FLeaf, FList, FNode, FObj, FUnspec, Prov, _key_of, plain_value

#: Where an open fact is cited: the provenance, line and column of the conditional term
#: whose reading changes the fact (given the node that some reading states, or None).
Cite = Callable[[FNode | None, FNode | None], tuple[Prov, int, int]]


def join(trees: list[FObj], cite: Cite) -> FObj:
    """The facts every reading of ``trees`` (the first: no conditional term in force)
    states alike; the rest open (see the module's docstring). New objects and lists; the
    leaves are shared with the first tree."""
    out: FObj = trees[0]
    for tree in trees[1:]:
        joined = _join(out, tree, cite)
        assert isinstance(joined, FObj)
        out = joined
    if len(trees) == 1:
        out = _copy(out)
    return out


def _copy(node: FObj) -> FObj:
    out = FObj(node.prov, node.line, node.col)
    for key, child in node.fields.items():
        out.fields[key] = _copy(child) if isinstance(child, FObj) else child
    return out


def _open(a: FNode | None, b: FNode | None, cite: Cite) -> FNode:
    """An open fact where the readings differ, or one of them does not state it."""
    if (a is None and isinstance(b, FObj)) or (b is None and isinstance(a, FObj)):
        # Stated as an object by one reading only: each of its facts is open, where written.
        one = a if a is not None else b
        assert isinstance(one, FObj)
        obj = FObj(one.prov, one.line, one.col)
        for key, child in one.fields.items():
            obj.fields[key] = (
                _open(child, None, cite) if a is not None else _open(None, child, cite)
            )
        return obj
    prov, line, col = cite(a, b)
    node = FUnspec(prov, line, col)
    node.condition = prov.ref or ""
    return node


def _join(a: FNode, b: FNode, cite: Cite) -> FNode:
    if isinstance(a, FObj) and isinstance(b, FObj):
        obj = FObj(a.prov, a.line, a.col)
        for key, child in a.fields.items():
            other = b.fields.get(key)
            obj.fields[key] = (
                _open(child, None, cite) if other is None else _join(child, other, cite)
            )
        for key, child in b.fields.items():
            if key not in a.fields:
                obj.fields[key] = _open(None, child, cite)
        return obj
    if isinstance(a, FList) and isinstance(b, FList):
        return _join_lists(a, b, cite)
    if isinstance(a, FLeaf) and isinstance(b, FLeaf) and _same(a.value, b.value):
        return a
    if isinstance(a, FUnspec) and isinstance(b, FUnspec):
        return a
    return _open(a, b, cite)


def _same(x: Any, y: Any) -> bool:
    return type(x) is type(y) and x == y


def _join_lists(a: FList, b: FList, cite: Cite) -> FNode:
    """The elements both lists hold (joined), complete only where both are complete and
    hold the same elements."""
    flat = not any(isinstance(item, FObj | FList) for item in a.items)
    if flat and a.complete == b.complete and plain_value(a) == plain_value(b):
        return FList(list(a.items), a.complete, a.prov, a.line, a.col)
    others: dict[Any, FNode] = {}
    for item in b.items:
        others.setdefault(_key_of(item), item)
    items: list[FNode] = []
    same = len(a.items) == len(b.items) and a.complete == b.complete
    for item in a.items:
        match = others.get(_key_of(item))
        if match is None:
            same = False
            continue
        joined = _join(item, match, cite)
        if isinstance(joined, FUnspec) and not isinstance(item, FUnspec):
            same = False
            continue
        items.append(joined)
    complete = same and a.complete and b.complete
    if same:
        return FList(items, complete, a.prov, a.line, a.col)
    prov, line, col = cite(a, b)
    out = FList(items, False, prov, line, col)
    out.condition = prov.ref or ""
    return out
