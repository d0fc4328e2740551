"""What evaluating a condition takes: the evaluation context (assessment date, caches,
trace) and the interface every condition node implements."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date
from typing import Any

from compliance.engine.access import Collected
from compliance.engine.truth import Res
from compliance.facts.tree import FNode, FObj


class Ctx:
    """What an evaluation needs besides the facts: the assessment date and caches.

    Slotted by hand, not a record (:mod:`compliance.core.records`): mutable state of one
    evaluation, read on every predicate, with no value equality."""

    __slots__ = (
        "as_of",
        "bound",
        "collected",
        "conditional",
        "defaulted",
        "errors",
        "expansions",
        "items",
        "memo",
        "parts",
        "root",
        "set_aside",
        "trace",
    )

    def __init__(self, as_of: date) -> None:
        self.as_of = as_of
        #: Whether the contract's facts are all stated by contract terms
        #: (:attr:`~compliance.contracts.load.ContractDoc.bound`): nothing to read again.
        self.bound = False
        #: Whether the contract may hold facts left open by a term in force on a condition
        #: whose day is not known (False only where its loader says it has no such term:
        #: ``stated`` then need not look for them).
        self.conditional = True
        self.expansions: dict[str, frozenset[str]] = {}
        self.errors: list[str] = []
        #: The facts read at their legal default (see :mod:`compliance.facts.legal_defaults`).
        self.defaulted: list[str] = []
        #: Facts stated only outside the contract's terms that a verdict was read without.
        self.set_aside: list[tuple[str, FNode]] = []
        #: When a list, every node evaluated is recorded (and nothing is memoised).
        self.trace: list[tuple[Node, str, Res]] | None = None
        #: Results of definitions already evaluated on a fact tree (a definition is used
        #: by many rules): id(definition), or a practice's key (a ``permits_practice``
        #: expansion, :class:`compliance.engine.connectives.PracticeNode`) -> (tree, result,
        #: errors it reported, facts it read at their legal default).
        self.memo: dict[Hashable, tuple[FObj, Res, list[str], list[str]]] = {}
        #: Evidence items already built (see compliance.engine.evaluate), by fact and role.
        self.items: dict[Any, Any] = {}
        #: Evidence items of an evaluation result, by result and role (the same).
        self.parts: dict[Any, Any] = {}
        #: What a list path reaches, by concrete path (see
        #: :func:`compliance.engine.access.collect_plain`).
        self.collected: dict[str, tuple[FObj, Collected]] = {}
        #: The top of the fact tree whose list items are being evaluated, for the paths
        #: read from the top of the contract (``$.``) inside ``some`` / ``every``: set by the
        #: outermost ``some`` / ``every`` whose condition has such a path (see
        #: :class:`compliance.engine.connectives.EachNode`).
        self.root: FObj | None = None

    def top(self, obj: FObj, prefix: str) -> FObj:
        """The top of the fact tree: ``obj`` itself at the top (no prefix), else the tree
        whose items are being evaluated."""
        if not prefix:
            return obj
        root = self.root
        assert root is not None, "a path from the top of the contract outside some/every"
        return root

    def expand(self, code: str) -> frozenset[str]:
        found = self.expansions.get(code)
        if found is None:
            from compliance.facts import jurisdictions

            found = jurisdictions.expand(code, self.as_of)
            self.expansions[code] = found
        return found


class Node:
    """A compiled condition."""

    description: str | None = None

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        raise NotImplementedError

    def evaluate(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        result = self.ev(ctx, obj, prefix)
        if ctx.trace is not None:
            ctx.trace.append((self, prefix, result))
        return result

    def children(self) -> list[Node]:
        return []

    def from_top(self) -> bool:
        """Whether the node itself reads a fact from the top of the contract (a ``$.``
        path) rather than from the list item it is evaluated on."""
        return False


def reads_from_top(node: Node) -> bool:
    """Whether a condition, or any of its parts, reads a fact from the top of the contract."""
    todo = [node]
    while todo:
        current = todo.pop()
        if current.from_top():
            return True
        todo.extend(current.children())
    return False
