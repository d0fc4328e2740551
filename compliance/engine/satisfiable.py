"""Can a condition ever be true, or ever be false? (``compliance packs lint``)

The check reasons over the compiled condition tree:

* a **fact predicate** is evaluated by the engine itself on small contracts that set its
  fact to each value its type allows: true and false; every value of a vocabulary; every
  country code and group for a jurisdiction; the constants of the predicate, one less and
  one more for numbers and dates; for lists, the empty complete list, each value alone (as
  a complete and as an open list) and all the constants together;
* ``all`` can be true when every part can, false when some part can; ``any`` the other
  way round; ``not`` swaps; ``stated`` can be true when its part can, and can always be
  false (a contract silent on the part, with ``unspecified: unknown`` too); ``unsettled``
  is never true, and false when its part can be; ``some`` can always be false (a
  complete empty list) and ``every`` always true; definitions are followed;
* predicates of one ``all`` or ``any`` on the same single-valued fact are checked together
  (so ``x equals a`` and ``x equals b`` cannot both hold).

What it does not reach: predicates over parameters, conditions on the assessment date
(``as_of``), and predicates whose value is a
parameter, another fact or the assessment date (``{as_of: true}``), count as able to go
either way (a profile or ``--set`` may
change them); ``matches`` and untyped extension facts likewise; predicates on different
facts, or under different parts of the tree, are taken as independent. So a finding is
certain (no contract can make the condition true, or false), but a condition that passes
may still be contradictory in a way the check does not see.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from compliance.core.records import record
from compliance.engine import conditions as engine
from compliance.facts import table as factschema
from compliance.facts.tree import FLeaf, FList, FNode, FObj, Prov

if TYPE_CHECKING:
    from compliance.engine.ir import PackIR

AS_OF = date(2026, 11, 27)
_PROV = Prov("contract", None, 0)


@record(frozen=True)
class Outcomes:
    """Whether a condition can come out true, and whether it can come out false."""

    true: bool
    false: bool


FREE = Outcomes(True, True)


class Analyser:
    """Outcomes of conditions of a set of compiled packs (definitions followed)."""

    def __init__(self, packs: dict[str, PackIR], as_of: date = AS_OF) -> None:
        self.packs = packs
        self.as_of = as_of
        self.definitions: dict[tuple[str, str], Outcomes] = {}

    def outcomes(self, ir: dict[str, Any], pack: str) -> Outcomes:
        op = ir["op"]
        if op == "all":
            return self.connective(ir["args"], pack, conjunction=True)
        if op == "any":
            return self.connective(ir["args"], pack, conjunction=False)
        if op == "not":
            inner = self.outcomes(ir["arg"], pack)
            return Outcomes(inner.false, inner.true)
        if op == "stated":  # false also when the part is unknown (with unspecified: unknown,
            # only through absent facts: a contract silent on the part is still false)
            return Outcomes(self.outcomes(ir["arg"], pack).true, True)
        if op == "unsettled":  # unknown where its part is true
            return Outcomes(False, self.outcomes(ir["arg"], pack).false)
        if op == "ref":
            key = (ir["pack"], ir["name"])
            if key not in self.definitions:
                self.definitions[key] = FREE  # a cycle (rejected elsewhere) stays neutral
                target = self.packs[ir["pack"]].definitions[ir["name"]]["ir"]
                self.definitions[key] = self.outcomes(target, ir["pack"])
            return self.definitions[key]
        if op == "some":
            return Outcomes(self.outcomes(ir["where"], pack).true, True)
        if op == "every":
            return Outcomes(True, self.outcomes(ir["where"], pack).false)
        if op == "party":  # the named party's condition (unknown where none is named)
            return self.outcomes(ir["where"], pack)
        if op in ("param", "as_of", "term_from") or not _fixed(ir):
            return FREE  # a condition on the assessment date goes either way (its bounds
            # leave some day in, and out: the compiler checks)
        values = {value for _, value in self.leaf_values(ir)}
        return Outcomes(engine.TRUE in values, engine.FALSE in values)

    def connective(self, parts: list[dict[str, Any]], pack: str, *, conjunction: bool) -> Outcomes:
        groups: dict[str, list[dict[str, Any]]] = {}
        others: list[dict[str, Any]] = []
        for part in parts:
            if part["op"] == "leaf" and _fixed(part) and not part["list"]:
                key = repr((bool(part.get("root")), part["steps"]))  # $.: another fact
                groups.setdefault(key, []).append(part)
            else:
                others.append(part)
        results = [self.outcomes(part, pack) for part in others]
        for members in groups.values():
            if len(members) == 1:
                results.append(self.outcomes(members[0], pack))
            else:
                results.append(self.joint(members, conjunction))
        if conjunction:
            return Outcomes(all(r.true for r in results), any(r.false for r in results))
        return Outcomes(any(r.true for r in results), all(r.false for r in results))

    def joint(self, leaves: list[dict[str, Any]], conjunction: bool) -> Outcomes:
        """Predicates on one single-valued fact, combined: the outcomes of their all (or
        any) over every candidate value of the fact (the constants of all of them)."""
        consts = [c for leaf in leaves for c in _consts(leaf)]
        table = [dict(self.leaf_values(leaf, consts)) for leaf in leaves]
        can_true = can_false = False
        for key in table[0]:
            values = [row[key] for row in table]
            if conjunction:
                can_true |= all(v == engine.TRUE for v in values)
                can_false |= any(v == engine.FALSE for v in values)
            else:
                can_true |= any(v == engine.TRUE for v in values)
                can_false |= all(v == engine.FALSE for v in values)
        return Outcomes(can_true, can_false)

    def leaf_values(
        self, ir: dict[str, Any], consts: list[Any] | None = None
    ) -> list[tuple[str, int]]:
        """(candidate key, value) of a fact predicate over every candidate fact tree."""
        from compliance.engine.build import build_node

        node = build_node(ir, "", {}, [])
        ctx = engine.Ctx(self.as_of)
        out: list[tuple[str, int]] = []
        for key, tree in candidates(ir, self.as_of, consts):
            value, _, _ = node.evaluate(ctx, tree, "")
            out.append((key, value))
        return out


def _consts(ir: dict[str, Any]) -> list[Any]:
    value = ir["value"]
    return list(value) if isinstance(value, list) else [value]


def _fixed(ir: dict[str, Any]) -> bool:
    """A fact predicate whose outcome depends only on the fact (not on a parameter, another
    fact, the assessment date, a pattern or an untyped extension fact)."""
    if ir["op"] != "leaf":
        return False
    value = ir["value"]
    if isinstance(value, dict):
        return False
    return bool(ir["operator"] != "matches" and ir["kind"] != factschema.ANY)


# --- candidate facts ---------------------------------------------------------------------------


def candidates(
    ir: dict[str, Any], as_of: date, consts: list[Any] | None = None
) -> list[tuple[str, FObj]]:
    """Small fact trees that set the predicate's fact to each value worth trying (the
    constants: the predicate's own, or those given)."""
    steps = [(name, bool(each)) for name, each in ir["steps"]]
    through = any(each for _, each in steps)
    kind = ir["kind"]
    consts = _consts(ir) if consts is None else consts
    values = scalar_values(kind, ir.get("vocab"), consts, as_of)
    out: list[tuple[str, FObj]] = []
    if through:
        # One element holding each value; and a complete empty list at the first [*].
        for value in values:
            out.append((repr(value), _tree(steps, FLeaf(value, _PROV, 1, 1))))
        out.append(("empty", _tree(steps, None)))
        return out
    # A list fact (not through [*]) or a single value.
    table_kind = _list_kind(ir)
    if table_kind:
        lists: list[tuple[str, list[Any], bool]] = [("[]", [], True), ("[] open", [], False)]
        for value in values:
            lists.append((f"[{value!r}]", [value], True))
            lists.append((f"[{value!r}] open", [value], False))
        lists.append(("consts", [_typed(c, kind) for c in consts], True))
        if kind == factschema.VOCAB:
            lists.append(("all", list(values), True))
        for key, items, complete in lists:
            leaves: list[FNode] = [FLeaf(item, _PROV, 1, 1) for item in items]
            out.append((key, _tree(steps, FList(leaves, complete, _PROV, 1, 1))))
        return out
    for value in values:
        out.append((repr(value), _tree(steps, FLeaf(value, _PROV, 1, 1))))
    return out


def _list_kind(ir: dict[str, Any]) -> bool:
    return bool(ir["list"]) and not any(each for _, each in ir["steps"])


def _tree(steps: list[tuple[str, bool]], leaf: FNode | None) -> FObj:
    """A fact tree with ``leaf`` at the end of ``steps``; a step through a list holds one
    element (or, when ``leaf`` is None, the first such list is complete and empty)."""
    root = FObj(_PROV, 1, 1)
    current = root
    for index, (name, each) in enumerate(steps):
        if index == len(steps) - 1:
            if leaf is not None:
                current.fields[name] = leaf
            break
        if each:
            if leaf is None:
                current.fields[name] = FList([], True, _PROV, 1, 1)
                break
            element = FObj(_PROV, 1, 1)
            current.fields[name] = FList([element], True, _PROV, 1, 1)
            current = element
        else:
            child = FObj(_PROV, 1, 1)
            current.fields[name] = child
            current = child
    return root


def scalar_values(kind: str, vocab: str | None, consts: list[Any], as_of: date) -> list[Any]:
    """Every value worth trying for a fact of this kind, given the predicate's constants."""
    if kind == factschema.BOOL:
        return [True, False]
    if kind == factschema.VOCAB and vocab is not None:
        from compliance.facts.vocabulary import VOCABULARIES

        return list(VOCABULARIES[vocab])
    if kind == factschema.JURISDICTION:
        return jurisdiction_values()
    typed = [_typed(c, kind) for c in consts if c is not None]
    if kind == factschema.INT:
        found = {0}
        for c in typed:
            found |= {c - 1, c, c + 1}
        return sorted(found)
    if kind == factschema.NUMBER:
        found_n = {0.0}
        for c in typed:
            found_n |= {c - 0.5, float(c), c + 0.5}
        return sorted(found_n)
    if kind == factschema.DATE:
        found_d = {as_of}
        for c in typed:
            found_d |= {c - timedelta(days=1), c, c + timedelta(days=1)}
        return sorted(found_d)
    return sorted({*(str(c) for c in typed), "", "another value"})


@cache
def jurisdiction_values() -> list[str]:
    from compliance.facts import jurisdictions

    return jurisdictions.countries() + jurisdictions.groups()


def _typed(value: Any, kind: str) -> Any:
    if kind == factschema.DATE and isinstance(value, str):
        return date.fromisoformat(value)
    return value
