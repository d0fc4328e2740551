"""The leaf predicates of the condition language: a fact compared with a value (or with
another fact), and a parameter of the run compared with a value.

A predicate whose fact is absent or ``unspecified`` is unknown. On an open list,
contains / any_of / all_of can only be true or unknown, and none_of / subset_of only false
or unknown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from operator import ge, gt, le, lt
from typing import Any

from compliance.engine.access import (
    Collected,
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
    Missing,
    Res,
)
from compliance.facts.tree import FLeaf, FNode, FObj, FUnspec

_NO: tuple[Any, ...] = ()


class AssessmentDay:
    """The value of a predicate that compares a date fact with the assessment date
    (``{fact: F, le: {as_of: true}}``): the day of the context it is evaluated in
    (:attr:`Ctx.as_of`, the day of the period of terms being read). One instance,
    :data:`ASSESSMENT_DAY`."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "the assessment date"


ASSESSMENT_DAY = AssessmentDay()


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


def _legal_default(fact: str, operator: str) -> Any:
    """The default value of ``fact`` when the law decides its absence, for the operators a
    default is read through (``equals``, ``in`` a list of values); else None."""
    if operator != "equals" and operator != "in":
        return None
    global _DEFAULTS
    if _DEFAULTS is None:  # (imported once, not on each of the packs' thousand predicates)
        from compliance.facts.legal_defaults import LEGAL_DEFAULTS

        _DEFAULTS = LEGAL_DEFAULTS
    found = _DEFAULTS.get(fact)
    return None if found is None else found.value


_DEFAULTS: dict[str, Any] | None = None


class LeafNode(Node):
    """A predicate over a fact path.

    What a predicate does is chosen once, when it is built: :attr:`run` reaches the fact
    (:meth:`ev_simple`, :meth:`ev_scalar` or :meth:`ev_list`), then :attr:`test_scalar` or
    :attr:`test_list` applies the operator (e.g. :meth:`has_all`, :meth:`compare`).
    """

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
        place: str | None = None,
        place_by: tuple[str, dict[str, str]] | None = None,
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
        #: How a group in the fact is read (:data:`compliance.facts.vocabulary.PLACE_READINGS`):
        #: every member (a term that permits places) or one of them, unknown which.
        self.place = place
        self.every = place == _EVERY
        #: A reading that depends on another field of the item (a transfer's recipient
        #: kind): that field and the reading for each of its values.
        self.place_by = place_by
        self.names, self.dotted, self.plain = steps_info(steps)
        self.members = _members(value)
        #: The values a list must hold (contains: the one value) and their set.
        self.wanted: Any = [value] if operator == "contains" else value
        self.wanted_set = _members(self.wanted) if operator == "contains" else self.members
        #: What any_of / none_of give when an item matches, and when none can.
        self.found, self.otherwise = (TRUE, FALSE) if operator == "any_of" else (FALSE, TRUE)
        self.compare_with: Callable[[Any, Any], bool] = _COMPARE.get(operator, le)
        self.test_scalar: ScalarTest = self.scalar_test(operator, value)
        self.test_list: ListTest = self.list_test(operator, value)
        self.run: Callable[[Ctx, FObj, str], Res]
        if is_list:
            self.run = self.ev_list
        elif (
            self.plain
            and kind not in ("date", "jurisdiction")
            and (operator == "equals" or (operator == "in" and isinstance(value, frozenset)))
        ):
            self.run = self.ev_simple
        else:
            self.run = self.ev_scalar

    def from_top(self) -> bool:
        return isinstance(self.value, FactRef) and self.value.root

    def scalar_test(self, op: str, value: Any) -> ScalarTest:
        """The operator on one value (any other operator compares, as ``le``)."""
        if op == "equals":
            return self.equals_jurisdiction if self.jurisdiction else self.equals
        if op == "in" and isinstance(value, FactRef):
            return self.in_other_fact
        if op == "in":
            return self.in_jurisdictions if self.jurisdiction else self.in_values
        if op == "matches":
            return self.matches
        if value is ASSESSMENT_DAY:
            return self.compare_as_of
        if isinstance(value, FactRef):
            return self.compare_fact
        return self.compare

    def list_test(self, op: str, value: Any) -> ListTest:
        """The operator on a list's items."""
        if op in ("contains", "all_of"):
            return self.has_all_jurisdictions if self.jurisdiction else self.has_all
        if op in ("any_of", "none_of"):
            return self.has_any_jurisdiction if self.jurisdiction else self.has_any
        if op == "subset_of":
            return self.subset_of_fact if isinstance(value, FactRef) else self.subset
        return self.not_for_lists

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
        return self.test_scalar(ctx, obj, prefix, (path, node), value)

    def defaulted(self, ctx: Ctx, path: str) -> Res:
        """An absent fact the law decides (:mod:`compliance.facts.legal_defaults`): read as
        its default value, recorded in ``ctx.defaulted``; no evidence (nothing is stated)."""
        value = self.default
        if self.operator == "equals":
            result = TRUE if value == self.value else FALSE
        elif self.members is not None:
            result = TRUE if value in self.members else FALSE
        else:  # ``in`` the values of another fact: not read through a default
            return UNKNOWN, _NO, ((path, ABSENT),)
        ctx.defaulted.append(path)
        return result, _NO, _NO

    def equals(self, ctx: Ctx, obj: FObj, prefix: str, fact: Evidence, value: Any) -> Res:
        return (TRUE if value == self.value else FALSE), (fact,), _NO

    def equals_jurisdiction(
        self, ctx: Ctx, obj: FObj, prefix: str, fact: Evidence, value: Any
    ) -> Res:
        """``equals`` on a jurisdiction: the same countries, true; none in common, false. A
        group that stands for every member and only partly matches is unknown (``some`` /
        ``every`` then read the item once per member); one read as one of its members
        equals a country it holds only perhaps (unknown), and another group not at all."""
        countries = ctx.expand(value)
        target = ctx.expand(self.value)
        organisation, open_reading = self.names_organisation(ctx, obj, prefix, value)
        if organisation:  # where the organisation is: not said (nor, open, which reading)
            path, _ = fact
            lacking = ((path, IMPRECISE),)
            return UNKNOWN, (fact,), (*lacking, open_reading) if open_reading else lacking
        if countries == target:
            return TRUE, (fact,), _NO
        if countries.isdisjoint(target):
            return FALSE, (fact,), _NO
        if not self.spans(value) and (len(target) != 1 or not target <= countries):
            return FALSE, (fact,), _NO
        path, _ = fact
        return UNKNOWN, (fact,), ((path, IMPRECISE),)

    def spans(self, code: str) -> bool:
        """Whether a group in this fact stands for every member (a term that permits places,
        and ``ANYWHERE`` in any fact), not for one of them."""
        return self.every or code == _ANYWHERE

    def in_values(self, ctx: Ctx, obj: FObj, prefix: str, fact: Evidence, value: Any) -> Res:
        return (TRUE if value in self.value else FALSE), (fact,), _NO

    def names_organisation(
        self, ctx: Ctx, obj: FObj, prefix: str, code: str
    ) -> tuple[bool, Missing | None]:
        """Whether the group ``code`` names the organisation its item goes to, not a place
        (:data:`compliance.facts.vocabulary.ORGANISATION`: a transfer to NATO as an
        international organisation): a group (not ``ANYWHERE``) in a fact whose reading the
        item's other field (:attr:`place_by`) makes ``organisation``. While that field is
        left out or unspecified either reading may hold: true, with the field as missing
        (the caller takes a result only where both readings agree)."""
        if self.place_by is None or code == _ANYWHERE or ctx.expand(code) == frozenset((code,)):
            return False, None
        item: FNode = obj
        for name in self.names[:-1]:  # the item holding the fact
            child = item.fields.get(name) if type(item) is FObj else None
            if child is None:
                return False, None
            item = child
        reading = item_reading(item, self.place_by, self.place)
        if reading is not None:
            return reading == _ORGANISATION, None
        field = self.place_by[0]
        path = join(prefix, ".".join((*self.names[:-1], field)))
        stated = item.fields.get(field) if type(item) is FObj else None
        return True, (path, UNSPECIFIED if type(stated) is FUnspec else ABSENT)

    def in_jurisdictions(self, ctx: Ctx, obj: FObj, prefix: str, fact: Evidence, value: Any) -> Res:
        organisation, open_reading = self.names_organisation(ctx, obj, prefix, value)
        result = self.within(ctx, value, self.value, organisation=organisation)
        if open_reading is not None and result != self.within(ctx, value, self.value):
            result = UNKNOWN
        if result == UNKNOWN:
            path, _ = fact
            lacking = ((path, IMPRECISE),)
            return UNKNOWN, (fact,), (*lacking, open_reading) if open_reading else lacking
        return result, (fact,), _NO

    def in_other_fact(self, ctx: Ctx, obj: FObj, prefix: str, fact: Evidence, value: Any) -> Res:
        return self.in_fact(ctx, obj, prefix, [fact], self.value, False)

    def matches(self, ctx: Ctx, obj: FObj, prefix: str, fact: Evidence, value: Any) -> Res:
        if not isinstance(value, str):
            raise TypeError(f"matches needs text, found {value!r}")
        return (TRUE if self.pattern.search(value) else FALSE), (fact,), _NO

    def compare(self, ctx: Ctx, obj: FObj, prefix: str, fact: Evidence, value: Any) -> Res:
        """gt, ge, lt, le; values of an ordered kind by their rank."""
        left, right = value, self.value
        if self.order is not None:
            left, right = self.order[value], self.order[right]
        if isinstance(left, bool) or isinstance(right, bool):
            raise TypeError("cannot compare booleans")
        return (TRUE if self.compare_with(left, right) else FALSE), (fact,), _NO

    def compare_as_of(self, ctx: Ctx, obj: FObj, prefix: str, fact: Evidence, value: Any) -> Res:
        """gt, ge, lt, le of a date fact with the assessment date (``{as_of: true}``): the
        day of the context, so a later period of terms is read on its own first day."""
        if not isinstance(value, date):
            raise TypeError(f"expected a date, found {value!r}")
        return (TRUE if self.compare_with(value, ctx.as_of) else FALSE), (fact,), _NO

    def compare_fact(self, ctx: Ctx, obj: FObj, prefix: str, fact: Evidence, value: Any) -> Res:
        """gt, ge, lt, le of a date fact with another single date fact (``{fact: F}``): true
        or false on both dates, with both as evidence; unknown while the other is not
        stated (or stated as unspecified), with it missing."""
        ref = self.value
        assert isinstance(ref, FactRef)
        if ref.root:
            other, path, reason = resolve_scalar(ctx.top(obj, prefix), ref.steps, "")
        else:
            other, path, reason = resolve_scalar(obj, ref.steps, prefix)
        if reason:
            return UNKNOWN, (fact,), ((path, reason),)
        if not isinstance(other, FLeaf):
            raise TypeError(f"{path}: expected a date, found an object or a list")
        if not isinstance(value, date) or not isinstance(other.value, date):
            raise TypeError(f"expected dates, found {value!r} and {other.value!r}")
        verdict = TRUE if self.compare_with(value, other.value) else FALSE
        return verdict, (fact, (path, other)), _NO

    def in_fact(
        self,
        ctx: Ctx,
        obj: FObj,
        prefix: str,
        items: Sequence[Evidence],
        ref: FactRef,
        whole: bool,
    ) -> Res:
        """Every item is among the known values of another list fact (read from the top of
        the contract when its path starts with ``$.``); ``whole``: a list compared as a
        whole (:meth:`within`)."""
        expand = ctx.expand if self.jurisdiction else None
        if ref.root:
            allowed, ref_complete, ref_missing, ref_evidence = ref.known(
                ctx.top(obj, prefix), "", expand
            )
        else:
            allowed, ref_complete, ref_missing, ref_evidence = ref.known(obj, prefix, expand)
        unsure: list[Evidence] = []
        for path, leaf in items:
            assert isinstance(leaf, FLeaf)
            if self.jurisdiction:
                organisation, open_reading = self.names_organisation(ctx, obj, prefix, leaf.value)
                verdict = (
                    self.within(ctx, leaf.value, allowed, whole, organisation) if allowed else FALSE
                )
                if (
                    open_reading is not None
                    and allowed
                    and verdict != self.within(ctx, leaf.value, allowed, whole)
                ):
                    verdict = UNKNOWN
                if verdict == UNKNOWN and organisation:
                    ref_missing = [*ref_missing, (path, IMPRECISE)]
                    if open_reading is not None:
                        ref_missing.append(open_reading)
            else:
                verdict = TRUE if leaf.value in allowed else FALSE
            if verdict == FALSE and ref_complete:
                return FALSE, ((path, leaf), *ref_evidence), _NO
            if verdict != TRUE:
                unsure.append((path, leaf))
        if unsure:
            return UNKNOWN, tuple(unsure) + tuple(ref_evidence), tuple(ref_missing)
        return TRUE, tuple(items) + tuple(ref_evidence), _NO

    def within(
        self,
        ctx: Ctx,
        code: str,
        allowed: list[str],
        whole: bool = False,
        organisation: bool = False,
    ) -> int:
        """Is jurisdiction ``code`` inside ``allowed``: true when all its countries are,
        false when none is. A group only partly inside is unknown, except in a list of
        places compared as a whole (``whole``: ``subset_of``) where it stands for every
        member (a term that permits them all, :meth:`spans`): storage "in the EU" is not
        storage in Germany only. A single place of a list of objects (a transfer's
        destination) is left unknown here: ``some`` / ``every`` then read the item once
        for each member (:class:`compliance.engine.connectives.EachNode`). A group that
        names an organisation (``organisation``, :meth:`names_organisation`) says nothing of
        where the organisation keeps the data: inside only a list that holds every country,
        else unknown."""
        inside = frozenset().union(*(ctx.expand(a) for a in allowed))
        if organisation:
            if not inside:
                return FALSE
            return TRUE if ctx.expand(_ANYWHERE) <= inside else UNKNOWN
        countries = ctx.expand(code)
        if countries <= inside:
            return TRUE
        if countries.isdisjoint(inside) or (whole and self.spans(code)):
            return FALSE
        return UNKNOWN

    # lists

    def ev_list(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        if self.plain:
            collected = collect_plain(obj, self.names, prefix, self.dotted, ctx.collected)
        else:
            collected = collect(obj, self.steps, prefix)
        return self.test_list(ctx, obj, prefix, collected)

    def has_all(self, ctx: Ctx, obj: FObj, prefix: str, collected: Collected) -> Res:
        """contains / all_of: every wanted value among the items."""
        items, _, _, _ = collected
        wanted = self.wanted
        have_values = {leaf.value for _, leaf in items}
        if all(e in have_values for e in wanted):
            inside = self.wanted_set if self.wanted_set is not None else wanted
            return TRUE, tuple([(p, leaf) for p, leaf in items if leaf.value in inside]), _NO
        return _lacking(collected)

    def has_all_jurisdictions(self, ctx: Ctx, obj: FObj, prefix: str, collected: Collected) -> Res:
        """contains / all_of on jurisdictions: every wanted one inside the items'. Where a
        group is one of its members, only the items that name one country (or stand for
        every country) make it true; wanted ones inside a group's countries leave it
        unknown."""
        items, _, missing, _ = collected
        have = frozenset().union(*(ctx.expand(leaf.value) for _, leaf in items))
        wanted = [ctx.expand(e) for e in self.wanted]
        if not all(e <= have for e in wanted):
            return _lacking(collected)
        sure: frozenset[str] = frozenset()
        vague: list[Evidence] = []
        for p, leaf in items:
            countries = ctx.expand(leaf.value)
            if len(countries) > 1 and not self.spans(leaf.value):
                vague.append((p, leaf))
            else:
                sure |= countries
        if vague and not all(e <= sure for e in wanted):
            imprecise = tuple((p, IMPRECISE) for p, _ in vague)
            return UNKNOWN, tuple(items), tuple(missing) + imprecise
        return TRUE, tuple(items), _NO

    def has_any(self, ctx: Ctx, obj: FObj, prefix: str, collected: Collected) -> Res:
        """any_of / none_of: whether an item is one of the values."""
        items, _, _, _ = collected
        inside = self.members if self.members is not None else self.value
        hits = [(p, leaf) for p, leaf in items if leaf.value in inside]
        return self.matched(hits, collected)

    def has_any_jurisdiction(self, ctx: Ctx, obj: FObj, prefix: str, collected: Collected) -> Res:
        """any_of / none_of on jurisdictions: whether an item overlaps one of them. A group
        that stands for one of its members (:meth:`spans`) and lies only partly inside
        them perhaps does: unknown, unless another item surely does."""
        items, _, missing, _ = collected
        inside = frozenset().union(*(ctx.expand(e) for e in self.value))
        hits: list[Evidence] = []
        perhaps: list[Evidence] = []
        for p, leaf in items:
            countries = ctx.expand(leaf.value)
            if countries.isdisjoint(inside):
                continue
            if countries <= inside or self.spans(leaf.value):
                hits.append((p, leaf))
            else:
                perhaps.append((p, leaf))
        if perhaps and not hits:
            imprecise = tuple((p, IMPRECISE) for p, _ in perhaps)
            return UNKNOWN, tuple(perhaps), tuple(missing) + imprecise
        return self.matched(hits, collected)

    def matched(self, hits: Sequence[Evidence], collected: Collected) -> Res:
        """any_of / none_of from the items that match."""
        items, complete, missing, lists = collected
        if hits:
            return self.found, tuple(hits), _NO
        if complete:
            return self.otherwise, tuple(lists) + tuple(items), _NO
        return UNKNOWN, tuple(items), tuple(missing)

    def subset_of_fact(self, ctx: Ctx, obj: FObj, prefix: str, collected: Collected) -> Res:
        """subset_of another list fact: every item among its known values."""
        items, complete, missing, _ = collected
        result = self.in_fact(ctx, obj, prefix, items, self.value, True)
        value, evidence, ref_missing = result
        if value == TRUE and not complete:
            return UNKNOWN, evidence, tuple(missing)
        if value == UNKNOWN and not complete:
            return UNKNOWN, evidence, ref_missing + tuple(missing)
        return result

    def subset(self, ctx: Ctx, obj: FObj, prefix: str, collected: Collected) -> Res:
        """subset_of values: every item one of them (for jurisdictions: inside them)."""
        items, complete, missing, lists = collected
        expected = self.value
        jur = self.jurisdiction
        unsure: list[Evidence] = []
        for path, leaf in items:
            if jur:
                verdict = self.within(ctx, leaf.value, expected, True)
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

    def not_for_lists(self, ctx: Ctx, obj: FObj, prefix: str, collected: Collected) -> Res:
        raise TypeError(f"operator {self.operator} does not apply to a list")


class RootLeafNode(LeafNode):
    """A predicate on a fact read from the top of the contract (a path that starts with
    ``$.``) inside ``some`` / ``every``: evaluated at the top of the tree, so its evidence
    and missing facts carry the fact's own path (``fact`` is the path without ``$.``)."""

    def from_top(self) -> bool:
        return True

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        return LeafNode.ev(self, ctx, ctx.top(obj, prefix), "")


ScalarTest = Callable[[Ctx, FObj, str, Evidence, Any], Res]
ListTest = Callable[[Ctx, FObj, str, Collected], Res]

#: :data:`compliance.facts.jurisdictions.ANYWHERE` (not imported: the module loads its data
#: only when a jurisdiction is expanded).
_ANYWHERE = "ANYWHERE"
#: :data:`compliance.facts.vocabulary.EVERY` and :data:`~compliance.facts.vocabulary.ORGANISATION`
#: (not imported: the hot path does not load the vocabularies).
_EVERY = EVERY_MEMBER = "every"
_ORGANISATION = "organisation"


def item_reading(
    item: FNode, by: tuple[str, dict[str, str]] | None, default: str | None
) -> str | None:
    """The reading of a group in a field of ``item`` whose reading depends on another field
    of the item (``by``: that field and the reading for each of its values,
    :data:`compliance.facts.vocabulary.PLACE_READINGS_BY_ITEM`): the reading its stated
    value gives, ``default`` for any other value, and None while the field is left out or
    unspecified (either reading may hold)."""
    if by is None or type(item) is not FObj:
        return default
    field, readings = by
    stated = item.fields.get(field)
    if type(stated) is not FLeaf:
        return None
    return readings.get(stated.value, default) if isinstance(stated.value, str) else default


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {"gt": gt, "ge": ge, "lt": lt, "le": le}


def steps_info(steps: Steps) -> tuple[tuple[str, ...], str, bool]:
    """A path's field names, the path dotted, and whether it has no list step (made once
    for each path: the same path is read by many predicates)."""
    found = _STEPS_INFO.get(steps)
    if found is None:
        names = tuple([name for name, _ in steps])
        found = _STEPS_INFO[steps] = (names, ".".join(names), True not in [e for _, e in steps])
    return found


_STEPS_INFO: dict[Steps, tuple[tuple[str, ...], str, bool]] = {}


def _members(value: Any) -> frozenset[Any] | None:
    """The values of a list or set as a set (None: not a list, or not hashable)."""
    kind = type(value)
    if kind is list or kind is frozenset or isinstance(value, list | frozenset):
        try:
            return frozenset(value)
        except TypeError:
            return None
    return None


def _lacking(collected: Collected) -> Res:
    """contains / all_of when a wanted value is not among the items: false on a complete
    list, else unknown."""
    items, complete, missing, lists = collected
    if complete:
        return FALSE, tuple(lists) + tuple(items), _NO
    return UNKNOWN, tuple(items), tuple(missing)
