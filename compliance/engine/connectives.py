"""The connectives of the condition language: ``all``, ``any``, ``not``, ``stated``,
``unsettled``, references to named definitions, the quantifiers ``some`` / ``every``
over a list of objects, and ``party`` (a condition on the party a fact names)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, cast

from compliance.engine.access import Steps, resolve_plain, resolve_scalar
from compliance.engine.context import Ctx, Node, reads_from_top
from compliance.engine.predicates import EVERY_MEMBER as _EVERY
from compliance.engine.predicates import item_reading
from compliance.engine.truth import (
    ABSENT,
    ERROR,
    FALSE,
    IMPRECISE,
    OPEN,
    TRUE,
    UNKNOWN,
    UNSETTLED,
    UNSPECIFIED,
    Missing,
    Res,
    combine_all,
    combine_any,
)
from compliance.facts.tree import FLeaf, FList, FObj, conditional_on, left_open_by_term

_NO: tuple[Any, ...] = ()


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


class PracticeNode(AllNode):
    """A ``permits_practice`` expansion (an ``all``, see
    :func:`compliance.packs.shorthands.practice_condition`). It is made from the
    vocabulary's tables alone, so every rule that names the practice has the same one:
    its result is kept on the context once per contract and tree, by the practice's id,
    as a definition's is (:func:`memoised`), and read from there by the other rules. An
    explanation's trace (and a condition under a prefix, which the compiler refuses)
    reads it anew, as an ``all``."""

    def __init__(self, parts: list[Node], description: str | None, practice: str) -> None:
        super().__init__(parts, description)
        self.practice = practice
        self.key = ("practice", practice)
        #: The same ``all`` without the memo (what the memo runs, and the generated code
        #: compiles as a definition).
        self.plain = AllNode(parts, description)

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        if ctx.trace is not None or prefix:
            return AllNode.ev(self, ctx, obj, prefix)
        return memoised(ctx, obj, self.key, self.plain.ev)


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


class _OnePart(Node):
    """A connective of one part (``not``, ``stated``)."""

    def __init__(self, part: Node, description: str | None = None) -> None:
        self.part = part
        self.description = description

    def children(self) -> list[Node]:
        return [self.part]

    def part_result(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        """The part's result (traced when the context traces)."""
        if ctx.trace is None:
            return self.part.ev(ctx, obj, prefix)
        return self.part.evaluate(ctx, obj, prefix)


class NotNode(_OnePart):
    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        value, evidence, missing = self.part_result(ctx, obj, prefix)
        if value == TRUE:
            value = FALSE
        elif value == FALSE:
            value = TRUE
        return value, evidence, missing


class StatedNode(_OnePart):
    """``stated``: true when the part is true, false when it is false or unknown (the
    contract does not state it); an error stays an error. Its evidence is the part's when
    decided; it reports no missing facts.

    With ``unspecified: unknown`` (:attr:`open_unknown`), a part unknown through a fact the
    contract states as ``unspecified`` (a point it leaves open) stays unknown, with those
    facts missing (only those) and the part's evidence; unknown through absent facts only,
    it is false as before."""

    def __init__(
        self, part: Node, description: str | None = None, *, open_unknown: bool = False
    ) -> None:
        super().__init__(part, description)
        self.open_unknown = open_unknown

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        value, evidence, missing = self.part_result(ctx, obj, prefix)
        if value == UNKNOWN:
            if self.open_unknown:
                left_open = left_open_facts(ctx, obj, prefix, missing)
                if left_open:
                    return UNKNOWN, evidence, left_open
            return stated_open(ctx, obj, prefix, missing)
        return value, evidence, _NO


def left_open_facts(
    ctx: Ctx, obj: FObj, prefix: str, missing: tuple[Missing, ...]
) -> tuple[Missing, ...]:
    """The missing facts of ``missing`` that the contract states as ``unspecified``, or
    imprecisely (a group that names an international organisation, not where it keeps the
    data): by a term of the contract (or an assumption). A point only a press report or
    another source that does not bind leaves open is not one the contract leaves open: the
    contract is silent on it."""
    return tuple(
        [
            entry
            for entry in missing
            if entry[1] in _LEFT_OPEN and _left_open_by_term(ctx, obj, prefix, entry[0])
        ]
    )


_LEFT_OPEN = (UNSPECIFIED, IMPRECISE)


def _left_open_by_term(ctx: Ctx, obj: FObj, prefix: str, path: str) -> bool:
    if path.startswith(prefix):
        return left_open_by_term(obj, path[len(prefix) :])
    return ctx.root is None or left_open_by_term(ctx.root, path)


_NOT_STATED: Res = (FALSE, _NO, _NO)


def stated_open(ctx: Ctx, obj: FObj, prefix: str, missing: tuple[Missing, ...]) -> Res:
    """``stated`` where its part is unknown: false (the contract does not state it), unless
    a fact it misses is open only because a term in force on a condition whose day is not
    known states it otherwise: whether the contract states it then turns on the condition,
    and ``stated`` is unknown, missing those facts."""
    if not ctx.conditional:  # (the contract has no such term: most contracts)
        return _NOT_STATED
    opened = tuple(
        entry
        for entry in missing
        if entry[1] in (UNSPECIFIED, OPEN) and _conditional(ctx, obj, prefix, entry[0])
    )
    return (UNKNOWN, _NO, opened) if opened else _NOT_STATED


def _conditional(ctx: Ctx, obj: FObj, prefix: str, path: str) -> bool:
    if path.startswith(prefix):
        return conditional_on(obj, path[len(prefix) :])
    return ctx.root is not None and conditional_on(ctx.root, path)


class UnsettledNode(_OnePart):
    """``unsettled``: a point of law that is not settled. Unknown when the part is true
    (the facts are stated, the law does not decide them), its missing entry the reason
    (:data:`~compliance.engine.truth.UNSETTLED`: reports give it as a note, not as a fact
    to ask for); false when the part is false; unknown with the part's missing facts when
    the part is unknown; an error stays an error. Its evidence is the part's."""

    def __init__(self, part: Node, reason: str, description: str | None = None) -> None:
        super().__init__(part, description)
        self.reason = reason
        #: The missing entry of its unknown, made once.
        self.unsettled: tuple[Missing, ...] = ((reason, UNSETTLED),)

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        value, evidence, missing = self.part_result(ctx, obj, prefix)
        if value == TRUE:
            return UNKNOWN, evidence, self.unsettled
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
        return memoised(ctx, obj, id(target), target.ev)


def memoised(ctx: Ctx, obj: FObj, key: Hashable, function: Callable[[Ctx, FObj, str], Res]) -> Res:
    """A definition at the top of the tree, evaluated by ``function`` (its node's ``ev``,
    or its generated code in :mod:`compliance.engine.codegen`): its result from the
    context's memo (with the errors and legal defaults it reported), or evaluated and
    stored there."""
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
    result = function(ctx, obj, "")
    ctx.memo[key] = (
        obj,
        result,
        errors[start:] if errors is ctx.errors else [],
        defaulted[first:] if defaulted is ctx.defaulted else [],
    )
    return result


class EachNode(Node):
    """``some`` / ``every`` over a list of objects; inner paths are relative to an element,
    except those read from the top of the contract (``$.``).

    ``root``: the list itself is read from the top of the contract (``fact`` is its path
    without ``$.``). The outermost ``some`` / ``every`` whose condition reads a fact from
    the top (:attr:`anchored`) records the top of the tree in the context
    (:attr:`Ctx.root`) before it evaluates the items.

    ``spread``: the fields of an item that hold a place read as every member of a group
    (:data:`compliance.facts.vocabulary.PLACE_READINGS`: a transfer "to the NATO nations"
    is a transfer to each of them). An item whose condition is unknown only because such a
    group lies partly inside a list of places (``imprecise``) is read once for each member,
    as that many items: for ``every`` each must hold, for ``some`` one. ``spread_by``: for
    such a field whose reading depends on another field of the item, that field and its
    readings; an item read otherwise (a group that names the international organisation
    receiving a transfer) is not read per member."""

    def __init__(
        self,
        quantifier: str,
        fact: str,
        steps: Steps,
        where: Node,
        description: str | None,
        root: bool = False,
        spread: tuple[str, ...] = (),
        spread_by: dict[str, tuple[str, dict[str, str]] | None] | None = None,
    ) -> None:
        self.quantifier = quantifier
        self.spread = spread
        self.spread_by = spread_by or {}
        self.fact = fact
        self.steps = steps
        self.where = where
        self.description = description
        self.root = root
        self.anchored = root or reads_from_top(where)
        self.names = tuple(name for name, _ in steps)
        self.dotted = ".".join(self.names)
        self.plain = not any(each for _, each in steps)
        #: For each :attr:`spread` field, the lists of places the condition compares it
        #: with (None: it reads the field otherwise), found on first use.
        self.place_sets: dict[str, list[tuple[str, ...]] | None] = {}

    def children(self) -> list[Node]:
        return [self.where]

    def from_top(self) -> bool:
        return self.root

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        if self.anchored:
            if prefix and self.root:
                obj, prefix = ctx.top(obj, prefix), ""
            if not prefix:
                ctx.root = obj
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
                    result = self.where.ev(ctx, element, element_path)
                else:
                    result = self.where.evaluate(ctx, element, element_path)
                if result[0] == UNKNOWN and self.spread:
                    result = self.per_member(ctx, element, element_path, result)
                results.append(result)
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

    def per_member(self, ctx: Ctx, element: FObj, element_path: str, result: Res) -> Res:
        """An item whose condition is unknown because a group in a :attr:`spread` field lies
        partly inside a list of places: the condition on the item once for each member of
        the group (the group's leaf replaced by the member's code, where it is stated),
        combined as the quantifier combines items; else ``result``."""
        missing = result[2]
        for name in self.spread:
            leaf = element.fields.get(name)
            if type(leaf) is not FLeaf or (f"{element_path}.{name}", IMPRECISE) not in missing:
                continue
            if item_reading(element, self.spread_by.get(name), _EVERY) != _EVERY:
                continue  # a group that names (or may name) the organisation receiving it
            members = sorted(ctx.expand(leaf.value))
            if len(members) < 2:
                continue
            # The members the condition can tell apart (one for each set of the lists of
            # places it compares the field with that holds it): the others read the same.
            read: list[str] | None = members if ctx.trace is not None else None
            if read is None:
                key = ("place-readings", id(self), name, leaf.value)
                read = ctx.items.get(key)
                if read is None:
                    read = ctx.items[key] = self.distinct(ctx, name, members)
            each = []
            stand_ins: set[int] = set()
            trace, ctx.trace = ctx.trace, None  # the trace shows the item as stated
            try:
                for member in read:
                    stand_in = FLeaf(member, leaf.prov, leaf.line, leaf.col)
                    stand_ins.add(id(stand_in))
                    copy = FObj(element.prov, element.line, element.col)
                    copy.fields = {**element.fields, name: stand_in}
                    each.append(self.where.ev(ctx, copy, element_path))
            finally:
                ctx.trace = trace
            value, evidence, lacking = (
                combine_any(each) if self.quantifier == "some" else combine_all(each)
            )
            # The evidence is the stated group, each fact once.
            shown = [(p, leaf if id(node) in stand_ins else node) for p, node in evidence]
            combined = (value, _once(shown), _once(lacking))
            if trace is not None:
                # For explain: the item's value, read per member (keyed by this node and
                # the item's path), and which members fail or leave it unknown.
                outcome = [(m, r[0]) for m, r in zip(members, each, strict=True)]
                note = cast(Res, (combined[0], tuple(outcome), (name,)))
                trace.append((self, element_path, note))
            return combined
        return result

    def distinct(self, ctx: Ctx, name: str, members: list[str]) -> list[str]:
        """The first of ``members`` for each way the lists of places the condition compares
        the field ``name`` with hold or lack a member (all of them where the condition
        reads the field otherwise, e.g. against another fact): a member is read as any
        other that each of those lists holds or lacks alike, so one reading stands for
        them all (an item "ANYWHERE" is read a few times, not once per country)."""
        if name not in self.place_sets:
            self.place_sets[name] = _place_sets(self.where, name)
        lists = self.place_sets[name]
        if lists is None:
            return members
        held = [frozenset().union(*[ctx.expand(code) for code in codes]) for codes in lists]
        seen: set[tuple[bool, ...]] = set()
        out = []
        for member in members:
            key = tuple([member in places for places in held])
            if key not in seen:
                seen.add(key)
                out.append(member)
        return out


def _place_sets(where: Node, name: str) -> list[tuple[str, ...]] | None:
    """The lists of places (codes) the predicates of ``where`` compare an item's field
    ``name`` with, through definitions too; None where a predicate reads it otherwise (its
    value another fact, or not a place code), or compares another fact with the field."""
    from compliance.engine.access import FactRef
    from compliance.engine.predicates import LeafNode, RootLeafNode

    found: list[tuple[str, ...]] = []
    seen: set[int] = set()
    todo = [where]
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if type(node) is EachNode:  # (its predicates read the items of another list)
            continue
        if isinstance(node, LeafNode):
            value = node.value
            if isinstance(value, FactRef):
                return None
            if node.fact == name and not isinstance(node, RootLeafNode):
                if isinstance(value, str):
                    found.append((value,))
                elif isinstance(value, list | tuple | frozenset) and all(
                    isinstance(code, str) for code in value
                ):
                    found.append(tuple(sorted(value)))
                else:
                    return None
        todo.extend(node.children())
    return found


def _once(entries: Any) -> tuple[Any, ...]:
    """Evidence or missing facts without repeats, in order (nodes compared by identity)."""
    seen: set[tuple[str, object]] = set()
    out = []
    for path, node in entries:
        key = (path, node if isinstance(node, str) else id(node))
        if key not in seen:
            seen.add(key)
            out.append((path, node))
    return tuple(out)


class PartyNode(Node):
    """``party``: a condition on the party a fact names by its id (e.g. the ``operator`` of
    a storage site): the contract's ``parties`` item with that ``id``, its paths relative
    to the party (``parties[N]``), read from the top of the contract wherever the naming
    fact stands. The naming fact is evidence of the result. Unknown where the fact is
    absent or unspecified, or where no party listed has the id and the list of parties may
    hold more; an error where the complete list has no party with the id."""

    def __init__(self, fact: str, steps: Steps, where: Node, description: str | None) -> None:
        self.fact = fact
        self.steps = steps
        self.where = where
        self.description = description
        self.names = tuple(name for name, _ in steps)
        self.dotted = ".".join(self.names)

    def children(self) -> list[Node]:
        return [self.where]

    def from_top(self) -> bool:
        return True  # the parties are read from the top of the contract

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        named, path, reason = resolve_plain(obj, self.names, prefix, self.dotted)
        if reason:
            return UNKNOWN, _NO, ((path, reason),)
        if type(named) is not FLeaf or not isinstance(named.value, str):
            ctx.errors.append(f"{path}: expected the id of a party")
            return ERROR, _NO, _NO
        reference = ((path, named),)
        if not prefix:
            ctx.root = obj
        top = ctx.top(obj, prefix)
        parties, where, reason = resolve_plain(top, ("parties",), "", "parties")
        if reason:
            return UNKNOWN, reference, ((where, reason),)
        if not isinstance(parties, FList):
            ctx.errors.append(f"{where}: expected a list")
            return ERROR, _NO, _NO
        index, unsure = _party_index(ctx, parties, where)
        found = index.get(named.value)
        if found is not None:
            element, party = found
            if ctx.trace is None:
                value, evidence, missing = self.where.ev(ctx, party, element)
            else:
                value, evidence, missing = self.where.evaluate(ctx, party, element)
            if value == ERROR:
                return value, evidence, missing
            return value, reference + evidence, missing
        if unsure:
            return UNKNOWN, reference, unsure
        ctx.errors.append(f"{path}: {named.value!r} is not the id of a party")
        return ERROR, _NO, _NO


def _party_index(
    ctx: Ctx, parties: FList, where: str
) -> tuple[dict[Any, tuple[str, FObj]], tuple[Missing, ...]]:
    """The parties by id (the first with each id) with their paths, and what leaves another
    party possible (an item or an id unspecified, the list open): made once per list and
    evaluation context, so that a contract's sites are joined to its parties in linear
    time however many there are."""
    key = ("party-index", id(parties))
    kept = ctx.items.get(key)
    if kept is not None and kept[0] is parties:
        return kept[1], kept[2]
    index: dict[Any, tuple[str, FObj]] = {}
    unsure: list[Missing] = []
    for position, party in enumerate(parties.items):
        element = f"{where}[{position}]"
        if not isinstance(party, FObj):
            unsure.append((element, UNSPECIFIED))
            continue
        ident = party.fields.get("id")
        if type(ident) is not FLeaf:
            unsure.append((f"{element}.id", ABSENT if ident is None else UNSPECIFIED))
        elif not isinstance(ident.value, Hashable):  # (facts not validated: a list)
            unsure.append((f"{element}.id", UNSPECIFIED))
        else:
            index.setdefault(ident.value, (element, party))
    if parties.open:
        unsure.append((where, OPEN))
    ctx.items[key] = (parties, index, tuple(unsure))
    return index, tuple(unsure)
