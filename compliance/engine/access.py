"""Fact access: following a compiled fact path through a contract's fact tree, to one fact
or to the elements of a list, with the missing facts met on the way."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from compliance.core.records import record
from compliance.engine.truth import ABSENT, IMPRECISE, OPEN, UNSPECIFIED, Evidence, Missing
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
    obj: FObj, steps: Steps, prefix: str, holders: list[FNode] | None = None
) -> tuple[list[tuple[str, FLeaf]], bool, list[Missing], list[Evidence]]:
    """The elements a list path reaches: (items, complete, missing, list evidence).

    ``complete`` is true only when every list on the way is complete and every element
    states the fact. With ``holders``, the node holding each element's field is appended
    to it, one per element (the item of a list of objects whose field the path ends in).
    """
    items: list[tuple[str, FLeaf]] = []
    missing: list[Missing] = []
    lists: list[Evidence] = []
    complete = True

    def walk(node: FNode, index: int, path: str, holder: FNode) -> None:
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
                        if holders is not None:
                            holders.append(holder)
                    else:
                        complete = False
                        missing.append((f"{path}[{position}]", UNSPECIFIED))
            elif isinstance(node, FLeaf):
                items.append((path, node))
                if holders is not None:
                    holders.append(holder)
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
                walk(element, index + 1, f"{step_path}[{position}]", node)
        else:
            walk(child, index + 1, step_path, node)

    walk(obj, 0, prefix, obj)
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
        self,
        obj: FObj,
        prefix: str,
        expand: Callable[[str], frozenset[str]] | None = None,
    ) -> tuple[list[Any], bool, list[Missing], list[Evidence]]:
        """The fact's known values, whether they are all of them, the missing facts and
        the evidence. With ``expand`` (jurisdiction groups to their members), a place fact
        whose reading depends on another field of its item
        (:data:`compliance.facts.vocabulary.PLACE_READINGS_BY_ITEM`) leaves out a group
        that names an organisation, not a place: a transfer "to NATO" whose recipient is
        the international organisation goes to the organisation, not to the member
        states (GDPR Art. 4(26), Art. 44), so it is no transfer to any of them. While the
        item leaves that field out or open, either reading may hold: the group is left
        out and the values are not all known, with the place missing as imprecise (a term
        the contract states, so ``stated`` with ``unspecified: unknown`` keeps it unknown)
        and the field missing."""
        by = _readings_by_item(self.fact) if expand is not None else None
        if by is None:
            items, complete, missing, lists = collect(obj, self.steps, prefix)
            return [leaf.value for _, leaf in items], complete, missing, lists + list(items)
        assert expand is not None
        holders: list[FNode] = []
        items, complete, missing, lists = collect(obj, self.steps, prefix, holders)
        field, readings = by
        values: list[Any] = []
        for (path, leaf), holder in zip(items, holders, strict=True):
            code = leaf.value
            if isinstance(code, str) and code != _ANYWHERE and expand(code) != frozenset((code,)):
                stated = holder.fields.get(field) if isinstance(holder, FObj) else None
                if isinstance(stated, FLeaf):
                    if readings.get(stated.value) == _ORGANISATION:
                        continue
                else:  # either reading may hold: the place is stated, imprecisely
                    reason = UNSPECIFIED if isinstance(stated, FUnspec) else ABSENT
                    complete = False
                    missing.append((path, IMPRECISE))
                    missing.append((join(path.rpartition(".")[0], field), reason))
                    continue
            values.append(code)
        return values, complete, missing, lists + list(items)


#: :data:`compliance.facts.jurisdictions.ANYWHERE` and
#: :data:`compliance.facts.vocabulary.ORGANISATION` (not imported: the hot path does not
#: load the vocabularies).
_ANYWHERE = "ANYWHERE"
_ORGANISATION = "organisation"


@cache
def _readings_by_item(fact: str) -> tuple[str, dict[str, str]] | None:
    """The field and readings of :data:`compliance.facts.vocabulary.PLACE_READINGS_BY_ITEM`
    for a fact path (``data.transfers[*].destination``), None for any other."""
    from compliance.facts.vocabulary import PLACE_READINGS_BY_ITEM

    return PLACE_READINGS_BY_ITEM.get(fact)
