"""The leaf predicates of the condition language: a fact compared with a value (or with
another fact), and a parameter of the run compared with a value.

A predicate whose fact is absent or ``unspecified`` is unknown. On an open list,
contains / any_of / all_of can only be true or unknown, and none_of / subset_of only false
or unknown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from compliance.engine.access import (
    FactRef,
    Steps,
    collect,
    collect_plain,
    join,
    resolve_plain,
    resolve_scalar,
)
from compliance.engine.context import Ctx, Node
from compliance.engine.truth import (
    ABSENT,
    ERROR,
    FALSE,
    IMPRECISE,
    TRUE,
    UNKNOWN,
    UNSPECIFIED,
    Evidence,
    Res,
)
from compliance.facts.tree import FLeaf, FNode, FObj, FUnspec

_NO: tuple[Any, ...] = ()


class ParamNode(Node):
    """A predicate over a parameter of the run: always true or false."""

    def __init__(
        self,
        name: str,
        actual: Any,
        operator: str,
        value: Any,
        *,
        is_list: bool,
        kind: str,
        order: list[str] | None,
        description: str | None = None,
    ) -> None:
        self.name = name
        self.actual = actual
        self.operator = operator
        self.value = value
        self.description = description
        self.result = self.decide(actual, operator, value, is_list, order)

    @staticmethod
    def decide(actual: Any, op: str, value: Any, is_list: bool, order: list[str] | None) -> int:
        if is_list:
            have = set(actual)
            want = [value] if op == "contains" else list(value)
            if op in ("contains", "all_of"):
                ok = all(w in have for w in want)
            elif op == "any_of":
                ok = any(w in have for w in want)
            elif op == "none_of":
                ok = not any(w in have for w in want)
            else:  # subset_of
                ok = have <= set(want)
            return TRUE if ok else FALSE
        if op == "equals":
            return TRUE if actual == value else FALSE
        if op == "in":
            return TRUE if actual in value else FALSE
        rank = {name: i for i, name in enumerate(order)} if order else None
        left, right = (rank[actual], rank[value]) if rank else (actual, value)
        ok = {"gt": left > right, "ge": left >= right, "lt": left < right, "le": left <= right}[op]
        return TRUE if ok else FALSE

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        return self.result, _NO, _NO


class LeafNode(Node):
    """A predicate over a fact path."""

    def __init__(
        self,
        fact: str,
        steps: Steps,
        operator: str,
        value: Any,
        *,
        is_list: bool,
        kind: str,
        order: list[str] | None = None,
        description: str | None = None,
        pattern: Any = None,
    ) -> None:
        self.fact = fact
        self.steps = steps
        self.operator = operator
        self.value = value
        self.is_list = is_list
        self.kind = kind
        self.order = {name: i for i, name in enumerate(order)} if order else None
        self.description = description
        self.pattern = pattern
        self.jurisdiction = kind == "jurisdiction"
        self.names = tuple(name for name, _ in steps)
        self.dotted = ".".join(self.names)
        self.plain = not any(each for _, each in steps)
        self.members: frozenset[Any] | None = None
        if isinstance(value, list | frozenset):
            try:
                self.members = frozenset(value)
            except TypeError:
                self.members = None
        self.run: Callable[[Ctx, FObj, str], Res]
        if is_list:
            self.run = self.ev_list
        elif (
            self.plain
            and kind != "date"
            and (operator == "equals" or (operator == "in" and isinstance(value, frozenset)))
        ):
            self.run = self.ev_simple
        else:
            self.run = self.ev_scalar

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        try:
            return self.run(ctx, obj, prefix)
        except (TypeError, ValueError, KeyError) as exc:
            ctx.errors.append(f"{join(prefix, self.fact)}: {exc}")
            return ERROR, _NO, _NO

    # scalars

    def ev_simple(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        """``equals``, or ``in`` a set of values, on a path without list steps: what most
        predicates are (the same result as :meth:`ev_scalar`, in fewer steps)."""
        path = f"{prefix}.{self.dotted}" if prefix else self.dotted
        node: FNode = obj
        for name in self.names:
            kind = type(node)
            if kind is FUnspec:
                return UNKNOWN, _NO, ((path, UNSPECIFIED),)
            child = node.fields.get(name) if kind is FObj else None  # type: ignore[union-attr]
            if child is None:
                return UNKNOWN, _NO, ((path, ABSENT),)
            node = child
        if type(node) is not FLeaf:
            return self.ev_scalar(ctx, obj, prefix)
        value = node.value
        if self.operator == "equals":
            result = TRUE if value == self.value else FALSE
        else:
            result = TRUE if value in self.value else FALSE
        return result, ((path, node),), _NO

    def ev_scalar(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        if self.plain:
            node, path, reason = resolve_plain(obj, self.names, prefix, self.dotted)
        else:
            node, path, reason = resolve_scalar(obj, self.steps, prefix)
        if reason:
            return UNKNOWN, _NO, ((path, reason),)
        if not isinstance(node, FLeaf):
            raise TypeError(f"expected a single value, found {type(node).__name__}")
        value = node.value
        if self.kind == "date" and isinstance(value, str):
            value = date.fromisoformat(value)  # extension facts: dates written as text
        op = self.operator
        expected = self.value
        if op == "equals":
            result = TRUE if value == expected else FALSE
        elif op == "in" and isinstance(expected, FactRef):
            return self.in_fact(ctx, obj, prefix, [(path, node)], expected)
        elif op == "in":
            if self.jurisdiction:
                result = self.within(ctx, value, expected)
                if result == UNKNOWN:
                    return UNKNOWN, ((path, node),), ((path, IMPRECISE),)
            else:
                result = TRUE if value in expected else FALSE
        elif op == "matches":
            if not isinstance(value, str):
                raise TypeError(f"matches needs text, found {value!r}")
            result = TRUE if self.pattern.search(value) else FALSE
        else:
            left, right = value, expected
            if self.order is not None:
                left, right = self.order[value], self.order[expected]
            if isinstance(left, bool) or isinstance(right, bool):
                raise TypeError("cannot compare booleans")
            if op == "gt":
                result = TRUE if left > right else FALSE
            elif op == "ge":
                result = TRUE if left >= right else FALSE
            elif op == "lt":
                result = TRUE if left < right else FALSE
            else:
                result = TRUE if left <= right else FALSE
        return result, ((path, node),), _NO

    def in_fact(
        self, ctx: Ctx, obj: FObj, prefix: str, items: Sequence[Evidence], ref: FactRef
    ) -> Res:
        """Every item is among the known values of another list fact."""
        allowed, ref_complete, ref_missing, ref_evidence = ref.known(obj, prefix)
        unsure: list[Evidence] = []
        for path, leaf in items:
            assert isinstance(leaf, FLeaf)
            if self.jurisdiction:
                verdict = self.within(ctx, leaf.value, allowed) if allowed else FALSE
            else:
                verdict = TRUE if leaf.value in allowed else FALSE
            if verdict == FALSE and ref_complete:
                return FALSE, ((path, leaf), *ref_evidence), _NO
            if verdict != TRUE:
                unsure.append((path, leaf))
        if unsure:
            return UNKNOWN, tuple(unsure) + tuple(ref_evidence), tuple(ref_missing)
        return TRUE, tuple(items) + tuple(ref_evidence), _NO

    def within(self, ctx: Ctx, code: str, allowed: list[str]) -> int:
        """Is jurisdiction ``code`` inside ``allowed``: true, false, or unknown (a group that
        only partly overlaps)."""
        inside = frozenset().union(*(ctx.expand(a) for a in allowed))
        countries = ctx.expand(code)
        if countries <= inside:
            return TRUE
        if countries.isdisjoint(inside):
            return FALSE
        return UNKNOWN

    # lists

    def ev_list(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        if self.plain:
            items, complete, missing, lists = collect_plain(
                obj, self.names, prefix, self.dotted, ctx.collected
            )
        else:
            items, complete, missing, lists = collect(obj, self.steps, prefix)
        op = self.operator
        expected = self.value
        jur = self.jurisdiction
        members = self.members
        if op == "contains":
            expected = [expected]
            try:
                members = frozenset(expected)
            except TypeError:
                members = None
        hits: list[Evidence] = []
        if op in ("contains", "all_of"):
            if jur:
                have = frozenset().union(*(ctx.expand(leaf.value) for _, leaf in items))
                ok = all(ctx.expand(e) <= have for e in expected)
            else:
                have_values = {leaf.value for _, leaf in items}
                ok = all(e in have_values for e in expected)
            if ok:
                if jur:
                    hits = list(items)
                else:
                    inside = members if members is not None else expected
                    hits = [(p, leaf) for p, leaf in items if leaf.value in inside]
                return TRUE, tuple(hits), _NO
            return (
                (FALSE, tuple(lists) + tuple(items), _NO)
                if complete
                else (UNKNOWN, tuple(items), tuple(missing))
            )
        if op in ("any_of", "none_of"):
            if jur:
                inside = frozenset().union(*(ctx.expand(e) for e in expected))
                hits = [
                    (p, leaf) for p, leaf in items if not ctx.expand(leaf.value).isdisjoint(inside)
                ]
            else:
                inside = members if members is not None else expected
                hits = [(p, leaf) for p, leaf in items if leaf.value in inside]
            found = TRUE if op == "any_of" else FALSE
            if hits:
                return found, tuple(hits), _NO
            if complete:
                return (FALSE if op == "any_of" else TRUE), tuple(lists) + tuple(items), _NO
            return UNKNOWN, tuple(items), tuple(missing)
        if op == "subset_of" and isinstance(expected, FactRef):
            result = self.in_fact(ctx, obj, prefix, items, expected)
            value, evidence, ref_missing = result
            if value == TRUE and not complete:
                return UNKNOWN, evidence, tuple(missing)
            if value == UNKNOWN and not complete:
                return UNKNOWN, evidence, ref_missing + tuple(missing)
            return result
        if op == "subset_of":
            unsure: list[Evidence] = []
            for path, leaf in items:
                if jur:
                    verdict = self.within(ctx, leaf.value, expected)
                else:
                    verdict = TRUE if leaf.value in expected else FALSE
                if verdict == FALSE:
                    return FALSE, ((path, leaf),), _NO
                if verdict == UNKNOWN:
                    unsure.append((path, leaf))
            if unsure:
                return (
                    UNKNOWN,
                    tuple(unsure),
                    tuple(missing) + tuple((p, IMPRECISE) for p, _ in unsure),
                )
            if complete:
                return TRUE, tuple(lists) + tuple(items), _NO
            return UNKNOWN, tuple(items), tuple(missing)
        raise TypeError(f"operator {op} does not apply to a list")
