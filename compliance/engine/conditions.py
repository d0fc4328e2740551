"""The three-valued engine: compiled conditions evaluated over a contract's fact tree.

Truth values follow strong Kleene logic with an extra ``ERROR`` that wins everywhere:

* ``all``: false if any part is false, true if all are true, else unknown;
* ``any``: true if any part is true, false if all are false, else unknown;
* ``not``: swaps true and false and keeps unknown.

A predicate whose fact is absent or ``unspecified`` is unknown. On an open list,
contains / any_of / all_of can only be true or unknown, and none_of / subset_of only false
or unknown. Every evaluation returns its value, the evidence it rests on (facts with their
source) and, when unknown, the missing facts that could change it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from compliance.facts.tree import FLeaf, FList, FNode, FObj, FUnspec

# The rule statuses belong to the report layer; re-exported for the engine's callers.
from compliance.report.status import ERROR_S as ERROR_S
from compliance.report.status import FAIL as FAIL
from compliance.report.status import NOT_APPLICABLE as NOT_APPLICABLE
from compliance.report.status import PASS as PASS
from compliance.report.status import STATUSES as STATUSES
from compliance.report.status import UNKNOWN_S as UNKNOWN_S
from compliance.report.status import WAIVED as WAIVED

FALSE, TRUE, UNKNOWN, ERROR = 0, 1, 2, 3
TRUTH_NAMES = {FALSE: "false", TRUE: "true", UNKNOWN: "unknown", ERROR: "error"}

# Missing-fact reasons.
ABSENT, UNSPECIFIED, OPEN, IMPRECISE = "absent", "unspecified", "open", "imprecise"

Evidence = tuple[str, FNode]  # (concrete path, fact node)
Missing = tuple[str, str]  # (concrete path, reason)
Res = tuple[int, tuple[Evidence, ...], tuple[Missing, ...]]

_NO: tuple[Any, ...] = ()


class Ctx:
    """What an evaluation needs besides the facts: the assessment date and caches."""

    __slots__ = (
        "as_of",
        "collected",
        "defaulted",
        "errors",
        "expansions",
        "items",
        "memo",
        "parts",
        "trace",
    )

    def __init__(self, as_of: date) -> None:
        self.as_of = as_of
        self.expansions: dict[str, frozenset[str]] = {}
        self.errors: list[str] = []
        #: The facts read at their legal default (see :mod:`compliance.facts.legal_defaults`).
        self.defaulted: list[str] = []
        #: When a list, every node evaluated is recorded (and nothing is memoised).
        self.trace: list[tuple[Node, str, Res]] | None = None
        #: Results of definitions already evaluated on a fact tree (a definition is used
        #: by many rules): id(definition) -> (tree, result, errors it reported).
        self.memo: dict[int, tuple[FObj, Res, list[str], list[str]]] = {}
        #: Evidence items already built (see compliance.engine.evaluate), by fact and role.
        self.items: dict[Any, Any] = {}
        #: Evidence items of an evaluation result, by result and role (the same).
        self.parts: dict[Any, Any] = {}
        #: What a list path reaches, by concrete path (see :func:`collect_plain`).
        self.collected: dict[str, tuple[FObj, Collected]] = {}

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


# --- connectives ---------------------------------------------------------------------------------


class AllNode(Node):
    def __init__(self, parts: list[Node], description: str | None = None) -> None:
        self.parts = parts
        self.description = description

    def children(self) -> list[Node]:
        return self.parts

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        if ctx.trace is None:
            return combine_all([part.ev(ctx, obj, prefix) for part in self.parts])
        return combine_all([part.evaluate(ctx, obj, prefix) for part in self.parts])


class AnyNode(Node):
    def __init__(self, parts: list[Node], description: str | None = None) -> None:
        self.parts = parts
        self.description = description

    def children(self) -> list[Node]:
        return self.parts

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        if ctx.trace is None:
            return combine_any([part.ev(ctx, obj, prefix) for part in self.parts])
        return combine_any([part.evaluate(ctx, obj, prefix) for part in self.parts])


def combine_all(results: list[Res]) -> Res:
    if len(results) == 1:
        return _single(results[0])
    values = {value for value, _, _ in results}
    if ERROR in values:
        value = ERROR
    elif FALSE in values:
        value = FALSE
    elif UNKNOWN in values:
        value = UNKNOWN
    else:
        value = TRUE
    return _pick(value, results)


def combine_any(results: list[Res]) -> Res:
    if len(results) == 1:
        return _single(results[0])
    values = {value for value, _, _ in results}
    if ERROR in values:
        value = ERROR
    elif TRUE in values:
        value = TRUE
    elif UNKNOWN in values:
        value = UNKNOWN
    else:
        value = FALSE
    return _pick(value, results)


def _single(result: Res) -> Res:
    """``_pick`` of one part: its value and evidence; its missing facts if unknown."""
    value, evidence, missing = result
    if value == UNKNOWN or not missing:
        return result
    return value, evidence, _NO


def _pick(value: int, results: list[Res]) -> Res:
    """Evidence from the parts that agree with the result; missing facts of unknown parts."""
    evidence: list[Evidence] = []
    missing: list[Missing] = []
    for part_value, part_evidence, part_missing in results:
        if part_value == value or (value == UNKNOWN and part_value in (TRUE, FALSE)):
            evidence.extend(part_evidence)
        if value == UNKNOWN and part_value == UNKNOWN:
            missing.extend(part_missing)
    return value, tuple(evidence), tuple(missing)


class NotNode(Node):
    def __init__(self, part: Node, description: str | None = None) -> None:
        self.part = part
        self.description = description

    def children(self) -> list[Node]:
        return [self.part]

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        if ctx.trace is None:
            value, evidence, missing = self.part.ev(ctx, obj, prefix)
        else:
            value, evidence, missing = self.part.evaluate(ctx, obj, prefix)
        if value == TRUE:
            value = FALSE
        elif value == FALSE:
            value = TRUE
        return value, evidence, missing


class RefNode(Node):
    """A reference to a named definition (resolved when the packs are instantiated)."""

    def __init__(self, pack: str, name: str, title: str, description: str | None = None):
        self.pack = pack
        self.name = name
        self.title = title
        self.description = description
        self.target: Node | None = None

    def children(self) -> list[Node]:
        return [self.target] if self.target is not None else []

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        target = self.target
        assert target is not None, "unresolved definition"
        if ctx.trace is not None or prefix:
            return target.evaluate(ctx, obj, prefix)
        key = id(target)
        hit = ctx.memo.get(key)
        if hit is not None:
            tree, result, reported, defaults = hit
            if tree is obj:
                if reported:
                    ctx.errors.extend(reported)
                if defaults:
                    ctx.defaulted.extend(defaults)
                return result
        errors = ctx.errors
        start = len(errors)
        defaulted = ctx.defaulted
        first = len(defaulted)
        result = target.ev(ctx, obj, prefix)
        ctx.memo[key] = (
            obj,
            result,
            errors[start:] if errors is ctx.errors else [],
            defaulted[first:] if defaulted is ctx.defaulted else [],
        )
        return result


def _legal_default(fact: str, operator: str) -> Any:
    """The default value of ``fact`` when the law decides its absence, for the operators a
    default is read through (``equals``, ``in`` a list of values); else None."""
    from compliance.facts.legal_defaults import LEGAL_DEFAULTS

    found = LEGAL_DEFAULTS.get(fact)
    if found is None or operator not in ("equals", "in"):
        return None
    return found.value


# --- fact access ---------------------------------------------------------------------------------

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
    obj: FObj, names: tuple[str, ...], prefix: str, dotted: str, ctx: Ctx | None = None
) -> Collected:
    """:func:`collect` for a path without list steps. With ``ctx``, the result is kept for
    the other predicates on the same path (callers never change it)."""
    if ctx is not None:
        key = f"{prefix}.{dotted}" if prefix else dotted
        hit = ctx.collected.get(key)
        if hit is not None and hit[0] is obj:
            return hit[1]
        found = _collect_plain(obj, names, prefix, dotted)
        ctx.collected[key] = (obj, found)
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


class FactRef:
    """Another fact used as the value of ``in`` or ``subset_of``: its known items."""

    __slots__ = ("fact", "steps")

    def __init__(self, fact: str, steps: Steps) -> None:
        self.fact = fact
        self.steps = steps

    def known(
        self, obj: FObj, prefix: str
    ) -> tuple[list[Any], bool, list[Missing], list[Evidence]]:
        items, complete, missing, lists = collect(obj, self.steps, prefix)
        return [leaf.value for _, leaf in items], complete, missing, lists + list(items)


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


# --- predicates -----------------------------------------------------------------------------------


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
        self.default = _legal_default(fact, operator)
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
                if self.default is not None and not prefix:
                    return self.defaulted(ctx, path)
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
        if reason == ABSENT and self.default is not None and not prefix:
            return self.defaulted(ctx, path)
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

    def defaulted(self, ctx: Ctx, path: str) -> Res:
        """An absent fact the law decides (:mod:`compliance.facts.legal_defaults`): read as its
        default value, recorded in ``ctx.defaulted``; no evidence (nothing is stated)."""
        value = self.default
        if self.operator == "equals":
            result = TRUE if value == self.value else FALSE
        elif self.members is not None:
            result = TRUE if value in self.members else FALSE
        else:  # ``in`` the values of another fact: not read through a default
            return UNKNOWN, _NO, ((path, ABSENT),)
        ctx.defaulted.append(path)
        return result, _NO, _NO

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
                obj, self.names, prefix, self.dotted, ctx
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


class EachNode(Node):
    """``some`` / ``every`` over a list of objects; inner paths are relative to an element."""

    def __init__(
        self, quantifier: str, fact: str, steps: Steps, where: Node, description: str | None
    ) -> None:
        self.quantifier = quantifier
        self.fact = fact
        self.steps = steps
        self.where = where
        self.description = description
        self.names = tuple(name for name, _ in steps)
        self.dotted = ".".join(self.names)
        self.plain = not any(each for _, each in steps)

    def children(self) -> list[Node]:
        return [self.where]

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        if self.plain:
            node, path, reason = resolve_plain(obj, self.names, prefix, self.dotted)
        else:
            node, path, reason = resolve_scalar(obj, self.steps, prefix)
        if reason:
            return UNKNOWN, _NO, ((path, reason),)
        if not isinstance(node, FList):
            ctx.errors.append(f"{path}: expected a list")
            return ERROR, _NO, _NO
        results: list[Res] = []
        for position, element in enumerate(node.items):
            element_path = f"{path}[{position}]"
            if isinstance(element, FObj):
                if ctx.trace is None:
                    results.append(self.where.ev(ctx, element, element_path))
                else:
                    results.append(self.where.evaluate(ctx, element, element_path))
            else:
                results.append((UNKNOWN, _NO, ((element_path, UNSPECIFIED),)))
        if not node.open:
            if self.quantifier == "some":
                return combine_any(results) if results else (FALSE, ((path, node),), _NO)
            return combine_all(results) if results else (TRUE, ((path, node),), _NO)
        # Open list: more elements may exist.
        openness: Res = (UNKNOWN, _NO, ((path, OPEN),))
        if self.quantifier == "some":
            return combine_any([*results, openness])
        return combine_all([*results, openness])


# --- rule status --------------------------------------------------------------------------------


class RuleOutcome:
    """A rule's status on a contract, with the evidence and the missing facts of each part
    (:func:`rule_outcome`). A slotted class: cheaper to make than a ``NamedTuple`` and
    cheaper to define (start-up), on a path taken once per rule and contract."""

    __slots__ = ("applies", "applies_missing", "requires", "requires_missing", "status")

    def __init__(
        self,
        status: str,
        applies: tuple[Evidence, ...],
        requires: tuple[Evidence, ...],
        applies_missing: tuple[Missing, ...],
        requires_missing: tuple[Missing, ...],
    ) -> None:
        self.status = status
        #: Evidence from applies_when (facts the requires part also used serve requires).
        self.applies = applies
        #: Evidence from requires.
        self.requires = requires
        #: Missing facts from applies_when and from requires (meaningful when the status
        #: is unknown).
        self.applies_missing = applies_missing
        self.requires_missing = requires_missing

    @property
    def missing(self) -> tuple[Missing, ...]:
        return self.applies_missing + self.requires_missing

    def __repr__(self) -> str:
        return (
            f"RuleOutcome({self.status!r}, {self.applies!r}, {self.requires!r}, "
            f"{self.applies_missing!r}, {self.requires_missing!r})"
        )


_STATUS_OF = {TRUE: PASS, FALSE: FAIL, UNKNOWN: UNKNOWN_S}


def decided_by_applies(applies: Res) -> bool:
    """Whether an applies_when result decides the rule alone (false or error), so that
    requires need not be evaluated."""
    value, _, _ = applies
    return value in (FALSE, ERROR)


def rule_outcome(applies: Res | None, requires: Res | None) -> RuleOutcome:
    """A rule's outcome from its applies_when result (None: always applies) and its
    requires result (None only when applies_when is false or error: not evaluated).

    applies false -> not_applicable; true -> the value of requires; unknown -> pass if
    requires is true, else unknown. An error anywhere -> error.
    """
    if applies is not None:
        applies_value, applies_evidence, applies_missing = applies
        if applies_value == ERROR:
            return RuleOutcome(ERROR_S, applies_evidence, _NO, applies_missing, _NO)
        if applies_value == FALSE:
            return RuleOutcome(NOT_APPLICABLE, applies_evidence, _NO, applies_missing, _NO)
    assert requires is not None, "requires is evaluated unless applies_when is false or error"
    value, evidence, missing = requires
    if value == ERROR:
        return RuleOutcome(ERROR_S, _NO, evidence, _NO, missing)
    if applies is None:
        return RuleOutcome(_STATUS_OF[value], _NO, evidence, _NO, missing)
    if applies_value == TRUE:
        return RuleOutcome(_STATUS_OF[value], applies_evidence, evidence, _NO, missing)
    # applies_when unknown
    if value == TRUE:
        return RuleOutcome(PASS, _NO, evidence, _NO, missing)
    if value == UNKNOWN:
        return RuleOutcome(UNKNOWN_S, applies_evidence, evidence, applies_missing, missing)
    return RuleOutcome(UNKNOWN_S, applies_evidence, evidence, applies_missing, _NO)
