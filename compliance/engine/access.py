"""Fact access: following a compiled fact path through a contract's fact tree, to one fact
or to the elements of a list, with the missing facts met on the way."""

from __future__ import annotations

from typing import Any

from compliance.core.records import record
from compliance.engine.truth import ABSENT, OPEN, UNSPECIFIED, Evidence, Missing
from compliance.facts.tree import FLeaf, FList, FNode, FObj, FUnspec

Steps = tuple[tuple[str, bool], ...]  # (field name, is-each)


def join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def rest(path: str, steps: Steps, index: int) -> str:
    """``path`` continued with the steps from ``index`` on (``[*]`` for list steps)."""
    for name, each in steps[index:]:
        path = join(path, name) + ("[*]" if each else "")
    return path


def resolve_scalar(obj: FObj, steps: Steps, prefix: str) -> tuple[FNode | None, str, str]:
    """Follow a path without ``[*]``: (node, concrete path, missing reason or "").

    A missing fact is reported by its full path, whichever step of it is absent.
    """
    node: FNode = obj
    path = prefix
    for index, (name, _) in enumerate(steps):
        if isinstance(node, FUnspec):
            return node, rest(path, steps, index), UNSPECIFIED
        child = node.fields.get(name) if isinstance(node, FObj) else None
        if child is None:
            return None, rest(path, steps, index), ABSENT
        path = join(path, name)
        node = child
    if isinstance(node, FUnspec):
        return node, path, UNSPECIFIED
    return node, path, ""


def resolve_plain(
    obj: FObj, names: tuple[str, ...], prefix: str, dotted: str
) -> tuple[FNode | None, str, str]:
    """:func:`resolve_scalar` for a path without list steps (``names`` joined by dots is
    ``dotted``): a missing fact's path is then always the full path."""
    path = f"{prefix}.{dotted}" if prefix else dotted
    node: FNode = obj
    for name in names:
        kind = type(node)
        if kind is FUnspec:
            return node, path, UNSPECIFIED
        child = node.fields.get(name) if kind is FObj else None  # type: ignore[union-attr]
        if child is None:
            return None, path, ABSENT
        node = child
    if type(node) is FUnspec:
        return node, path, UNSPECIFIED
    return node, path, ""


Collected = tuple[list[tuple[str, FLeaf]], bool, list[Missing], list[Evidence]]


def collect_plain(
    obj: FObj,
    names: tuple[str, ...],
    prefix: str,
    dotted: str,
    cache: dict[str, tuple[FObj, Collected]] | None = None,
) -> Collected:
    """:func:`collect` for a path without list steps. With ``cache`` (the evaluation
    context's), the result is kept for the other predicates on the same path (callers never
    change it)."""
    if cache is not None:
        key = f"{prefix}.{dotted}" if prefix else dotted
        hit = cache.get(key)
        if hit is not None:
            tree, found = hit
            if tree is obj:
                return found
        found = _collect_plain(obj, names, prefix, dotted)
        cache[key] = (obj, found)
        return found
    return _collect_plain(obj, names, prefix, dotted)


def _collect_plain(obj: FObj, names: tuple[str, ...], prefix: str, dotted: str) -> Collected:
    node, path, reason = resolve_plain(obj, names, prefix, dotted)
    if reason:
        return [], False, [(path, reason)], []
    if type(node) is FList:
        complete = node.complete
        missing: list[Missing] = [] if complete else [(path, OPEN)]
        items: list[tuple[str, FLeaf]] = []
        for position, item in enumerate(node.items):
            if type(item) is FLeaf:
                items.append((f"{path}[{position}]", item))
            else:
                complete = False
                missing.append((f"{path}[{position}]", UNSPECIFIED))
        return items, complete, missing, [(path, node)]
    if type(node) is FLeaf:
        return [(path, node)], True, [], []
    return [], True, [], []


def collect(
    obj: FObj, steps: Steps, prefix: str
) -> tuple[list[tuple[str, FLeaf]], bool, list[Missing], list[Evidence]]:
    """The elements a list path reaches: (items, complete, missing, list evidence).

    ``complete`` is true only when every list on the way is complete and every element
    states the fact.
    """
    items: list[tuple[str, FLeaf]] = []
    missing: list[Missing] = []
    lists: list[Evidence] = []
    complete = True

    def walk(node: FNode, index: int, path: str) -> None:
        nonlocal complete
        if index == len(steps):
            if isinstance(node, FList):
                lists.append((path, node))
                if not node.complete:
                    complete = False
                    missing.append((path, OPEN))
                for position, item in enumerate(node.items):
                    if isinstance(item, FLeaf):
                        items.append((f"{path}[{position}]", item))
                    else:
                        complete = False
                        missing.append((f"{path}[{position}]", UNSPECIFIED))
            elif isinstance(node, FLeaf):
                items.append((path, node))
            elif isinstance(node, FUnspec):
                complete = False
                missing.append((path, UNSPECIFIED))
            return
        name, each = steps[index]
        step_path = join(path, name)
        if isinstance(node, FUnspec):
            complete = False
            missing.append((rest(path, steps, index), UNSPECIFIED))
            return
        child = node.fields.get(name) if isinstance(node, FObj) else None
        if child is None:
            complete = False
            missing.append((rest(path, steps, index), ABSENT))
            return
        if each:
            if isinstance(child, FUnspec):
                complete = False
                missing.append((rest(path, steps, index), UNSPECIFIED))
                return
            assert isinstance(child, FList)
            lists.append((step_path, child))
            if not child.complete:
                complete = False
                missing.append((step_path, OPEN))
            for position, element in enumerate(child.items):
                walk(element, index + 1, f"{step_path}[{position}]")
        else:
            walk(child, index + 1, step_path)

    walk(obj, 0, prefix)
    return items, complete, missing, lists


@record(frozen=True)
class FactRef:
    """Another fact used as the value of ``in`` or ``subset_of``: its known items.

    ``root``: the fact is read from the top of the contract (``$.``), not from the list
    item a ``some`` / ``every`` is about (the caller passes the top of the tree)."""

    fact: str
    steps: Steps
    root: bool = False

    def known(
        self, obj: FObj, prefix: str
    ) -> tuple[list[Any], bool, list[Missing], list[Evidence]]:
        items, complete, missing, lists = collect(obj, self.steps, prefix)
        return [leaf.value for _, leaf in items], complete, missing, lists + list(items)
