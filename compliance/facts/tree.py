"""The fact tree: one tree of facts per contract, each fact with its one source.

A contract description states facts in several places: its top level, each clause's
``facts`` and each other source's ``facts``. They merge into one tree. A fact stated twice
with the same value keeps the first (contract terms before other sources); stated with
different values it is an error, unless one statement ``prevails_over`` the other, in
which case the loser is kept as ``superseded`` for the report. A contract term outranks a
statement that is not one (a press report, a public statement...) without being told: the
term's value stands and the other is kept as ``superseded``, a statement that disagrees with
the contract and decides nothing (:func:`disagreements`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Union

from compliance.core import scalars
from compliance.core.errors import InputError
from compliance.document.nodes import Mapping, Node, Scalar, Sequence
from compliance.facts import table as factschema
from compliance.facts.table import Kind
from compliance.facts.vocabulary import CONTRACT_SOURCE_KINDS

if TYPE_CHECKING:
    from collections.abc import Iterable

UNSPECIFIED = "unspecified"
#: The provenance kind of a fact assumed with ``--assume`` (see compliance.contracts.assume).
ASSUMPTION = "assumption"


class Prov:
    """Where a statement comes from: the contract's top level, a clause, or another source.

    Slotted by hand, not a record (:mod:`compliance.core.records`): it derives
    ``contract_term`` from ``kind`` when made, and provenances are told apart by identity,
    not by value."""

    __slots__ = (
        "contract_term",
        "date",
        "effective",
        "kind",
        "order",
        "ref",
        "settles",
        "title",
        "url",
    )

    def __init__(
        self,
        kind: str,
        ref: str | None,
        order: int,
        title: str | None = None,
        date: date | None = None,
        url: str | None = None,
        effective: date | None = None,
    ) -> None:
        self.kind = kind  # "contract", "clause", or a source kind such as "press-report"
        self.ref = ref  # the clause id or source id (None for the top level)
        self.order = order
        self.title = title
        self.date = date
        self.url = url
        self.effective = effective
        self.contract_term = kind in CONTRACT_SOURCE_KINDS
        #: A dated official record's statement of who a party is (its country, its
        #: parent's country, the laws it is subject to), which settles those facts from
        #: its day over what the contract said of them
        #: (:func:`compliance.contracts.load._standing`).
        self.settles = False

    def label(self) -> str:
        if self.kind == "contract":
            return "the description's top level"
        if self.kind == "clause":
            return f"clause {self.ref}"
        return f"{self.kind} '{self.ref}'"

    def __repr__(self) -> str:
        return f"Prov({self.kind}, {self.ref})"


class FLeaf:
    """A stated value, with where it is stated (and what it supersedes).

    The fact-tree nodes are slotted by hand, not records (:mod:`compliance.core.records`):
    every fact of every contract is one, on the hot path, where slots make them smaller and
    quicker to build; they are mutable while the tree is merged, and compared by identity."""

    __slots__ = ("also", "col", "line", "prov", "superseded", "value")

    def __init__(self, value: Any, prov: Prov, line: int, col: int) -> None:
        self.value = value
        self.prov = prov
        self.line = line
        self.col = col
        self.also: list[Prov] = []
        self.superseded: list[tuple[Any, Prov, int]] = []


class FUnspec:
    """A fact written as ``unspecified`` (slotted by hand, as :class:`FLeaf`), or left open
    because a term in force on a condition whose day is not known states it otherwise
    (``condition``: that term's ref; :mod:`compliance.contracts.conditions`)."""

    __slots__ = ("col", "condition", "line", "prov", "superseded")

    def __init__(self, prov: Prov, line: int, col: int) -> None:
        self.prov = prov
        self.line = line
        self.col = col
        self.superseded: list[tuple[Any, Prov, int]] = []
        self.condition: str | None = None


class FList:
    """A list of facts, complete or open (slotted by hand, as :class:`FLeaf`); ``condition``
    as for :class:`FUnspec` (a list open because such a term holds it otherwise)."""

    __slots__ = ("col", "complete", "condition", "disputed", "items", "line", "prov")

    def __init__(self, items: list[FNode], complete: bool, prov: Prov, line: int, col: int):
        self.items = items
        self.complete = complete
        self.prov = prov
        self.line = line
        self.col = col
        self.condition: str | None = None
        #: Lists a source that does not bind states otherwise (value, where, line): noted.
        self.disputed: list[tuple[Any, Prov, int]] = []

    @property
    def open(self) -> bool:
        """Open: it may hold more than it says (not complete, or an element unspecified)."""
        return not self.complete or any(isinstance(item, FUnspec) for item in self.items)


class FObj:
    """An object of facts by name (slotted by hand, as :class:`FLeaf`)."""

    __slots__ = ("col", "fields", "line", "prov")

    def __init__(self, prov: Prov, line: int, col: int) -> None:
        self.fields: dict[str, FNode] = {}
        self.prov = prov
        self.line = line
        self.col = col


FNode = Union[FLeaf, FUnspec, FList, FObj]  # noqa: UP007


def binding(prov: Prov) -> bool:
    """Whether a statement binds: a contract term (the description's top level, a clause,
    an annex, an amendment...) or a what-if assumption, not a press report, a public
    statement, an official record or another source."""
    return prov.contract_term or prov.kind == ASSUMPTION


def is_bound(node: FNode) -> bool:
    """Whether a contract term (or an assumption) states the node, alone or with others."""
    return binding(node.prov) or (isinstance(node, FLeaf) and any(binding(p) for p in node.also))


def not_bound(evidence: Iterable[tuple[str, FNode]]) -> list[tuple[str, FNode]]:
    """The (path, node) pairs of ``evidence`` that no contract term (nor assumption) states:
    what only a press report, a public statement or another such source says."""
    # Most facts are stated by a contract term: that is checked first, without a call.
    return [
        (path, node)
        for path, node in evidence
        if not node.prov.contract_term and not is_bound(node)
    ]


def binding_view(node: FObj) -> FObj:
    """The facts the contract's terms state: ``node`` without what only sources that are
    not contract terms state (a list they state in full stays open; the facts they alone
    state are absent). Nodes are shared with ``node``, not copied."""
    out = FObj(node.prov, node.line, node.col)
    for key, child in node.fields.items():
        kept = bound_part(child)
        if kept is not None:
            out.fields[key] = kept
    return out


def bound_part(child: FNode) -> FNode | None:
    """What contract terms (or assumptions) state of a node: the node itself, the part of
    an object or list they state, or None when only other sources state it."""
    if isinstance(child, FObj):
        view = binding_view(child)
        return view if view.fields or binding(child.prov) else None
    if isinstance(child, FList):
        items = [kept for kept in map(bound_part, child.items) if kept is not None]
        complete = child.complete and binding(child.prov)
        if not items and not complete and not binding(child.prov):
            return None
        kept_list = FList(items, complete, child.prov, child.line, child.col)
        kept_list.condition = child.condition
        return kept_list
    return child if is_bound(child) else None


def conditional_on(facts: FObj, path: str) -> bool:
    """Whether the fact at ``path`` (or a list or fact on the way to it) is open only
    because a term in force on a condition whose day is not known states it otherwise."""
    node: FNode | None = facts
    for part in _parts(path):
        if isinstance(node, FUnspec | FList) and node.condition is not None:
            return True
        node = _step(node, part)
        if node is None:
            return False
    return isinstance(node, FUnspec | FList) and node.condition is not None


def left_open_by_term(facts: FObj, path: str) -> bool:
    """Whether the fact at ``path`` (a dotted path that may run through ``[n]`` or
    ``[*]``) is left open by the contract: written ``unspecified``, at a step of its path
    or in a list item it runs through, by a contract term or an assumption, or opened by a
    term on a condition whose day is not known. False only where every such node on the
    way is a press report's or another source's that does not bind; true where none is
    found (the fact is read as left open, as before)."""
    found = _unspecified_on(facts, path.replace("[", ".[").split("."))
    return not found or any(is_bound(node) or node.condition is not None for node in found)


def _unspecified_on(node: FNode | None, parts: list[str]) -> list[FUnspec]:
    """The ``unspecified`` nodes on the way along ``parts`` (every item at a ``[*]``)."""
    for step, part in enumerate(parts):
        if isinstance(node, FUnspec):
            return [node]
        if not part:
            continue
        if part.startswith("["):
            if not isinstance(node, FList):
                return []
            index = part[1:-1]
            if not index.isdigit():
                rest = parts[step + 1 :]
                return [found for item in node.items for found in _unspecified_on(item, rest)]
            position = int(index)
            node = node.items[position] if position < len(node.items) else None
        elif isinstance(node, FObj):
            node = node.fields.get(part)
        else:
            return []
    return [node] if isinstance(node, FUnspec) else []


def find(facts: FObj, path: str) -> FNode | None:
    """The node at a concrete dotted path such as ``a.b[0].c`` (None: not there, or the
    path runs through ``[*]``)."""
    node: FNode | None = facts
    for part in _parts(path):
        node = _step(node, part)
        if node is None:
            return None
    return node


def _parts(path: str) -> list[str]:
    """The steps of a concrete path: field names and ``[N]`` indexes."""
    return [part for part in path.replace("[", ".[").split(".") if part]


def _step(node: FNode | None, part: str) -> FNode | None:
    """The child of ``node`` that ``part`` names (None: not there, or not a concrete step)."""
    if part.startswith("["):
        index = part[1:-1]
        if not index.isdigit() or not isinstance(node, FList):
            return None
        position = int(index)
        return node.items[position] if position < len(node.items) else None
    if isinstance(node, FObj):
        return node.fields.get(part)
    return None


def plain_value(node: FNode) -> Any:
    """The plain value of a fact node (for JSON output and comparisons)."""
    if isinstance(node, FLeaf):
        return node.value
    if isinstance(node, FUnspec):
        return UNSPECIFIED
    if isinstance(node, FList):
        return [plain_value(item) for item in node.items]
    return {key: plain_value(value) for key, value in node.fields.items()}


# --- building ------------------------------------------------------------------------------------


def _convert_scalar(value: Any, kind: Kind) -> Any:
    if kind.kind == factschema.DATE and isinstance(value, str):
        return date.fromisoformat(value)
    if kind.kind == factschema.INT and isinstance(value, str):
        return int(value)
    if kind.kind == factschema.NUMBER and isinstance(value, str):
        return float(value) if any(c in value for c in ".eE") else int(value)
    if kind.kind == factschema.JURISDICTION and isinstance(value, str):
        from compliance.facts import jurisdictions

        return jurisdictions.normalise(value)
    return value


def _any_scalar(node: Scalar) -> Any:
    """YAML 1.2 core typing for extension facts (no model to type them)."""
    value = node.value
    # ASCII digits only, bounded (compliance.core.scalars)
    if node.plain and isinstance(value, str):
        found = scalars.number(value)
        if found is not None:
            return found
    return value


def build(node: Node, kind: Kind, pattern: str, prov: Prov, table: dict[str, Kind]) -> FNode:
    """A fact node from a (validated) document node."""
    k = kind.kind
    if isinstance(node, Scalar) and node.value == UNSPECIFIED and k != factschema.ANY:
        return FUnspec(prov, node.line, node.col)
    if k == factschema.OBJECT:
        return _build_object(node, pattern, prov, table)
    if k == factschema.LIST:
        return _build_list(node, kind, pattern, prov, table)
    if k == factschema.ANY:
        return _build_any(node, kind, pattern, prov, table)
    if not isinstance(node, Scalar):
        raise InputError(f"{pattern}: expected a single value", line=node.line, col=node.col)
    return FLeaf(_convert_scalar(node.value, kind), prov, node.line, node.col)


def _build_object(node: Node, pattern: str, prov: Prov, table: dict[str, Kind]) -> FObj:
    if not isinstance(node, Mapping):
        raise InputError(f"{pattern}: expected a mapping", line=node.line, col=node.col)
    obj = FObj(prov, node.line, node.col)
    for key, child in node.items():
        child_pattern = f"{pattern}.{key}" if pattern else key
        child_kind = table.get(child_pattern)
        if child_kind is None:
            raise InputError(f"unknown field {key!r}", line=child.line, col=child.col)
        obj.fields[key] = build(child, child_kind, child_pattern, prov, table)
    return obj


def _build_list(node: Node, kind: Kind, pattern: str, prov: Prov, table: dict[str, Kind]) -> FList:
    """A list written ``[...]``, or ``{items: [...], complete: true}``."""
    assert kind.item is not None
    complete = False
    seq = node
    if isinstance(node, Mapping):
        flag = node.get("complete")
        complete = bool(isinstance(flag, Scalar) and flag.value is True)
        seq = node.get("items") or Sequence(node.line, node.col)
    if not isinstance(seq, Sequence):
        raise InputError(f"{pattern}: expected a list", line=node.line, col=node.col)
    items = [build(item, kind.item, f"{pattern}[*]", prov, table) for item in seq.items]
    if len(items) > 1 and kind.item.kind == factschema.OBJECT:
        _no_duplicate_ids(items, pattern)
    return FList(items, complete, prov, node.line, node.col)


def _no_duplicate_ids(items: list[FNode], pattern: str) -> None:
    """Two items of one list with the same id are an error: merging, references and
    reports tell items apart by id, so the second would be lost or read for the first."""
    seen: dict[Any, FLeaf] = {}
    for item in items:
        ident = item.fields.get("id") if isinstance(item, FObj) else None
        if not isinstance(ident, FLeaf):
            continue
        first = seen.get(ident.value)
        if first is not None:
            raise InputError(
                f"{pattern}: duplicate id {ident.value!r} (first at line {first.line})",
                line=ident.line,
                col=ident.col,
            )
        seen[ident.value] = ident


def _build_any(node: Node, kind: Kind, pattern: str, prov: Prov, table: dict[str, Kind]) -> FNode:
    """An untyped (extension) value: mappings, lists and scalars as written."""
    if isinstance(node, Mapping):
        obj = FObj(prov, node.line, node.col)
        for key, child in node.items():
            obj.fields[key] = build(child, kind, f"{pattern}.{key}", prov, table)
        return obj
    if isinstance(node, Sequence):
        items = [build(item, kind, f"{pattern}[*]", prov, table) for item in node.items]
        return FList(items, False, prov, node.line, node.col)
    assert isinstance(node, Scalar)
    return FLeaf(_any_scalar(node), prov, node.line, node.col)


# --- merging ------------------------------------------------------------------------------------


def _settles_over(a: Prov, b: Prov) -> bool:
    """Whether ``a`` prevails over ``b`` where one of them is a dated official record
    settling a party's standing facts (``settles``): the record over a statement of no
    day (the contract's own, as signed) or of an earlier day; a contract term dated after
    the record (an amendment restating the owner) over the record; of two records, the
    later. The same day decides nothing."""
    if a.effective is None:
        return False
    if a.settles and b.effective is None:
        return not b.settles
    return b.effective is not None and a.effective > b.effective


class Merger:
    """Merges statements into one tree, checking for contradictions."""

    def __init__(self, prevails: dict[str, set[str]], name: str) -> None:
        self.prevails = prevails  # ref -> refs it prevails over (transitively closed)
        self.name = name

    def wins(self, a: Prov, b: Prov) -> bool:
        if a.settles or b.settles:
            return _settles_over(a, b)
        return a.ref is not None and b.ref is not None and b.ref in self.prevails.get(a.ref, ())

    @staticmethod
    def binds_over(a: Prov, b: Prov) -> bool:
        """Whether ``a`` outranks ``b`` without ``prevails_over``: a contract term in force
        (or an assumption) binds, a press report, a public statement, an official record,
        another source or a usage policy the contract disowns does not."""
        return binding(a) and not binding(b)

    def outranked(self, path: str, winner: FNode, loser: FNode) -> None:
        """Keep what ``loser`` (not binding) states where ``winner`` (a contract term)
        states otherwise: a value beside a value or a list (an object, or ``unspecified``
        beside an object, is only dropped)."""
        if isinstance(winner, FLeaf | FUnspec):
            self.ranked(path, winner, loser)
        elif isinstance(winner, FList):
            winner.disputed.append((plain_value(loser), loser.prov, loser.line))

    def ranked(self, path: str, winner: FLeaf | FUnspec, loser: FNode) -> None:
        """Keep ``loser`` (a statement that does not bind) as superseded by the contract
        term ``winner``; two such statements that disagree with each other stay an error,
        unless one prevails over the other."""
        value = plain_value(loser)
        for other, prov, line in winner.superseded:
            if (
                not binding(prov)
                and other != value
                and not self.wins(prov, loser.prov)
                and not self.wins(loser.prov, prov)
            ):
                shown = other.isoformat() if isinstance(other, date) else other
                raise self.contradiction(path, loser, repr(shown), prov, line)
        winner.superseded.append((value, loser.prov, loser.line))

    def conflict(self, path: str, old: FNode, new: FNode) -> InputError:
        return self.contradiction(path, new, _show(old), old.prov, old.line)

    def contradiction(
        self, path: str, new: FNode, old_value: str, old_prov: Prov, old_line: int
    ) -> InputError:
        """The error for ``new`` stating ``path`` otherwise than ``old_prov`` did (at
        ``old_line``, as ``old_value``), neither prevailing over the other."""
        return InputError(
            f"contradictory facts: {path} is {_show(new)} in {new.prov.label()} but "
            f"{old_value} in {old_prov.label()} (line {old_line}); add prevails_over to the "
            "one that prevails",
            file=self.name,
            line=new.line,
            col=new.col,
        )

    def merge(self, path: str, old: FNode, new: FNode) -> FNode:
        if isinstance(old, FObj) and isinstance(new, FObj):
            for key, value in new.fields.items():
                child = f"{path}.{key}" if path else key
                if key in old.fields:
                    old.fields[key] = self.merge(child, old.fields[key], value)
                else:
                    old.fields[key] = value
            return old
        if isinstance(old, FList) and isinstance(new, FList):
            return self.merge_lists(path, old, new)
        if isinstance(old, FLeaf) and isinstance(new, FLeaf) and old.value == new.value:
            if new.prov is not old.prov:
                if self.wins(new.prov, old.prov):
                    # The same value from a statement that prevails: it is the operative
                    # one (cited as evidence), the earlier statement says it too.
                    new.also = [old.prov, *old.also]
                    new.superseded = old.superseded
                    return new
                old.also.append(new.prov)
            return old
        if isinstance(old, FUnspec) and isinstance(new, FUnspec):
            if self.wins(new.prov, old.prov):
                new.superseded = old.superseded
                return new
            return old
        # Different values: one must prevail over the other, or be a contract term where
        # the other is not (it binds; the other is kept as a statement that disagrees).
        if self.wins(new.prov, old.prov):
            winner, loser = new, old
        elif self.wins(old.prov, new.prov):
            winner, loser = old, new
        elif self.binds_over(old.prov, new.prov):
            self.outranked(path, old, new)
            return old
        elif self.binds_over(new.prov, old.prov):
            if isinstance(old, FLeaf | FUnspec) and isinstance(new, FLeaf | FUnspec):
                new.superseded.extend(old.superseded)
            self.outranked(path, new, old)
            return new
        else:
            raise self.conflict(path, old, new)
        if isinstance(winner, FLeaf | FUnspec):
            winner.superseded.append((plain_value(loser), loser.prov, loser.line))
        return winner

    def merge_lists(self, path: str, old: FList, new: FList) -> FList:
        prevailing = new if self.wins(new.prov, old.prov) else None
        base, new, complete = self._list_base(path, old, new)
        if prevailing is not None:
            # The list of a statement that prevails is the operative one: it is cited as
            # the evidence (and it decides whether the list binds), not the one it prevails
            # over, whose items it may keep.
            old.prov, old.line, old.col = prevailing.prov, prevailing.line, prevailing.col
        merged = base
        index = {_key_of(item): i for i, item in enumerate(merged)}
        for item in new.items:
            key = _key_of(item)
            if key in index:
                position = index[key]
                merged[position] = self.merge(f"{path}[{position}]", merged[position], item)
            else:
                index[key] = len(merged)
                merged.append(item)
        old.items = merged
        old.complete = complete
        return old

    def _list_base(self, path: str, old: FList, new: FList) -> tuple[list[FNode], FList, bool]:
        """The items the merged list starts from, the new items to merge into them, and
        whether the result is complete; a complete list that does not prevail and lacks
        items of the other is a contradiction."""
        new_wins = self.wins(new.prov, old.prov)
        old_wins = self.wins(old.prov, new.prov)
        old_keys = {_key_of(item) for item in old.items}
        new_keys = {_key_of(item) for item in new.items}
        if new_wins and new.complete:
            return [item for item in old.items if _key_of(item) in new_keys], new, True
        if old_wins and old.complete:
            kept = [i for i in new.items if _key_of(i) in old_keys]
            return list(old.items), FList(kept, False, new.prov, new.line, new.col), True
        if old.complete and (new_keys - old_keys) and not new_wins:
            if self.binds_over(old.prov, new.prov):
                # The contract term's complete list stands; what only the other source
                # names is no item of it.
                old.disputed.append((plain_value(new), new.prov, new.line))
                kept = [i for i in new.items if _key_of(i) in old_keys]
                return list(old.items), FList(kept, False, new.prov, new.line, new.col), True
            if not self.binds_over(new.prov, old.prov):
                raise self.conflict(path, old, new)
            # The other source's list said it was complete: the term's items stand.
            return list(old.items), new, new.complete
        if new.complete and (old_keys - new_keys) and not old_wins:
            if self.binds_over(new.prov, old.prov):
                return [item for item in old.items if _key_of(item) in new_keys], new, True
            if not self.binds_over(old.prov, new.prov):
                raise self.conflict(path, old, new)
            # A source that does not bind says the list is complete without the items a
            # contract term names: the term's items stand, the list as open as the term.
            old.disputed.append((plain_value(new), new.prov, new.line))
            kept = [i for i in new.items if _key_of(i) in old_keys]
            return list(old.items), FList(kept, False, new.prov, new.line, new.col), old.complete
        # A source that does not bind does not close a contract term's open list.
        complete = (
            old.complete
            if old_wins or self.binds_over(old.prov, new.prov)
            else (old.complete or new.complete)
        )
        return list(old.items), new, complete


def _show(node: FNode) -> str:
    value = plain_value(node)
    if isinstance(value, date):
        value = value.isoformat()
    return repr(value)


def disagreements(facts: FObj, prevails: dict[str, set[str]]) -> list[str]:
    """Notes on the facts a contract term states where a source that does not bind states
    another value (and is not told to lose with ``prevails_over``): the term binds."""
    out: list[str] = []

    def walk(node: FNode, path: str) -> None:
        if isinstance(node, FObj):
            for key, child in node.fields.items():
                walk(child, f"{path}.{key}" if path else key)
        elif isinstance(node, FList):
            for index, item in enumerate(node.items):
                walk(item, f"{path}[{index}]")
            if binding(node.prov):
                note(node, path, node.disputed)
        elif binding(node.prov):
            note(node, path, node.superseded)

    def note(node: FNode, path: str, others: list[tuple[Any, Prov, int]]) -> None:
        for value, prov, line in others:
            if binding(prov) or (
                node.prov.ref is not None and prov.ref in prevails.get(node.prov.ref, ())
            ):
                continue
            said = value.isoformat() if isinstance(value, date) else value
            out.append(
                f"{prov.label()} (line {line}) says {path} = {said!r}; "
                f"{node.prov.label()} (line {node.line}) says {_show(node)}: the "
                f"{'clause' if node.prov.kind == 'clause' else 'contract term'} binds, "
                f"the {prov.kind} decides no verdict"
            )

    walk(facts, "")
    return out


def _key_of(item: FNode) -> Any:
    """What identifies a list item when lists are merged: an object's id, a value (an
    object without an id by its whole value: stated again unchanged, it is the same item,
    not a second one)."""
    if isinstance(item, FObj):
        ident = item.fields.get("id")
        if isinstance(ident, FLeaf):
            return ("id", ident.value)
        return ("obj", _frozen(plain_value(item)))
    if isinstance(item, FLeaf):
        return ("value", item.value)
    return ("unspecified", id(item))


def _frozen(value: Any) -> Any:
    """A plain value as a hashable, order-free key (an object's fields in name order)."""
    if isinstance(value, dict):
        return tuple(sorted((key, _frozen(item)) for key, item in value.items()))
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    return (type(value).__name__, value)
