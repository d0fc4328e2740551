"""Every single removal of information from a contract description.

A description states facts at its top level, under each clause's ``facts`` and under each
source's ``facts``. One removal of information is one of:

* ``delete`` one fact key, at any depth: one value, a list, a whole group of facts, a
  list element's field (``parties[0].roles``);
* ``open`` a complete list (``{items: [...], complete: true}`` loses ``complete``);
* ``drop`` one item of an open list;
* ``delete`` a clause or a source as a whole (its id leaves every ``prevails_over`` that
  names it), or only its ``facts``.

Not removals of information, so not enumerated: a party's ``id`` (required: it names the
party, it states nothing about it), and what says which statement counts (``prevails_over``,
``effective``, a source's ``kind``): taking those away changes which terms apply, it does not
take a term away.

The descriptions are the loaders' node trees (positions kept), so that a removal is built
exactly as the command line would read it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from compliance.document.nodes import Mapping, Node, Scalar, Sequence
from compliance.facts import table as factschema
from compliance.facts.table import Kind

Step = str | int
HEADER = frozenset({"id", "title", "description"})
STATEMENTS = ("clauses", "sources")
ANY = Kind(factschema.ANY)


@dataclass(frozen=True)
class Removal:
    """One removal: what is done (delete, open, drop) and where (keys and indices)."""

    how: str
    path: tuple[Step, ...]

    def __str__(self) -> str:
        text = ""
        for step in self.path:
            text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
        return f"{self.how} {text}"


def removals(doc: Mapping) -> list[Removal]:
    """Every single removal of information from a description, in document order."""
    table = factschema.table()
    out: list[Removal] = []
    for key, value in doc.items():
        if key in HEADER:
            continue
        if key in STATEMENTS:
            if not isinstance(value, Sequence):
                continue
            for index, entry in enumerate(value.items):
                out.append(Removal("delete", (key, index)))
                facts = entry.get("facts") if isinstance(entry, Mapping) else None
                if isinstance(facts, Mapping):
                    out.append(Removal("delete", (key, index, "facts")))
                    out.extend(_object(facts, "", (key, index, "facts"), table))
            continue
        out.extend(_field(key, value, key, (key,), table))
    return out


def _object(
    node: Mapping, pattern: str, path: tuple[Step, ...], table: dict[str, Kind]
) -> Iterator[Removal]:
    for key, value in node.items():
        child = f"{pattern}.{key}" if pattern else key
        yield from _field(key, value, child, (*path, key), table)


def _field(
    key: str, node: Node, pattern: str, path: tuple[Step, ...], table: dict[str, Kind]
) -> Iterator[Removal]:
    kind = table.get(pattern)
    if kind is None or pattern.startswith("extensions."):
        kind = ANY  # extension facts: typed by their pack's schema, not the table
    if not (key == "id" and pattern.endswith("[*].id")):
        yield Removal("delete", path)
    if isinstance(node, Scalar):
        return
    if kind.kind == factschema.LIST or (kind.kind == factschema.ANY and isinstance(node, Sequence)):
        items_path = path
        complete = False
        seq = node
        if isinstance(node, Mapping):
            flag = node.get("complete")
            complete = isinstance(flag, Scalar) and flag.value is True
            seq = node.get("items") or Sequence(node.line, node.col)
            items_path = (*path, "items")
        if not isinstance(seq, Sequence):
            return
        if complete:
            yield Removal("open", path)
        else:
            for index in range(len(seq.items)):
                yield Removal("drop", (*items_path, index))
        for index, item in enumerate(seq.items):
            if isinstance(item, Mapping):
                yield from _object(item, f"{pattern}[*]", (*items_path, index), table)
    elif isinstance(node, Mapping):
        yield from _object(node, pattern, path, table)


def copy_node(node: Node) -> Node:
    """A deep copy of a node tree (positions kept)."""
    if isinstance(node, Mapping):
        out = Mapping(node.line, node.col)
        out.entries = {key: (name, copy_node(value)) for key, (name, value) in node.entries.items()}
        return out
    if isinstance(node, Sequence):
        seq = Sequence(node.line, node.col)
        seq.items = [copy_node(item) for item in node.items]
        return seq
    assert isinstance(node, Scalar)
    return node


def apply(doc: Mapping, removal: Removal) -> Mapping:
    """The description with one piece of information removed (``doc`` is left as it is)."""
    out = copy_node(doc)
    assert isinstance(out, Mapping)
    parent: Node = out
    *steps, last = removal.path
    for step in steps:
        parent = _child(parent, step)
    if removal.how == "open":
        target = _child(parent, last)
        assert isinstance(target, Mapping)
        flag = target.entries["complete"]
        target.entries["complete"] = (flag[0], Scalar(False, flag[1].line, flag[1].col))
        return out
    if isinstance(parent, Mapping):
        assert isinstance(last, str)
        del parent.entries[last]
    else:
        assert isinstance(parent, Sequence) and isinstance(last, int)
        removed = parent.items.pop(last)
        if len(removal.path) == 2 and removal.path[0] in STATEMENTS:
            _forget(out, removed)
    return out


def _child(node: Node, step: Step) -> Node:
    if isinstance(node, Mapping):
        assert isinstance(step, str)
        found = node.get(step)
        assert found is not None, step
        return found
    assert isinstance(node, Sequence) and isinstance(step, int)
    return node.items[step]


def _forget(doc: Mapping, removed: Node) -> None:
    """A clause or source removed: no ``prevails_over`` names it any more."""
    ident = removed.get("id") if isinstance(removed, Mapping) else None
    if not isinstance(ident, Scalar):
        return
    for key in STATEMENTS:
        entries = doc.get(key)
        for entry in entries.items if isinstance(entries, Sequence) else []:
            if not isinstance(entry, Mapping):
                continue
            over = entry.get("prevails_over")
            if isinstance(over, Sequence):
                over.items = [
                    item
                    for item in over.items
                    if not (isinstance(item, Scalar) and str(item.value) == str(ident.value))
                ]
