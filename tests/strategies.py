"""Hypothesis strategies: contract descriptions generated from the fact table, biased
towards the facts the built-in packs read so that the packs' conditions are exercised."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from hypothesis import strategies as st

from compliance.facts import table as factschema
from compliance.facts.table import Kind
from compliance.facts.vocabulary import VOCABULARIES

JURISDICTIONS = ["DE", "FR", "NL", "US", "GB", "NO", "CH", "TR", "EU", "EEA", "NATO", "FI"]
SKIP = {"extensions", "parties[*].id"}
PARTY_IDS = ["vendor", "customer", "agency"]


@cache
def pack_paths() -> frozenset[str]:
    """Fact-path patterns the built-in packs read (and their parents)."""
    from compliance.packs.compiler import compile_packs

    paths: set[str] = set()

    def walk(ir: Any, scope: str) -> None:
        if isinstance(ir, dict):
            if ir.get("op") in ("leaf", "some", "every"):
                full = f"{scope}.{ir['fact']}" if scope else ir["fact"]
                paths.add(factschema.pattern_of(full))
                if ir.get("op") in ("some", "every"):
                    walk(ir["where"], f"{full}[*]")
                    return
                value = ir.get("value")
                if isinstance(value, dict) and "fact" in value:
                    ref = f"{scope}.{value['fact']}" if scope else value["fact"]
                    paths.add(factschema.pattern_of(ref))
            for key, value in ir.items():
                if key != "where":
                    walk(value, scope)
        elif isinstance(ir, list):
            for item in ir:
                walk(item, scope)

    packset = compile_packs(None)
    for pack in packset.all.values():
        for definition in pack.definitions.values():
            walk(definition["ir"], "")
        for rule in pack.rules:
            for ir in rule.conditions():
                walk(ir, "")
            if rule.effective:
                paths.add("term.end")
    out = set()
    for path in paths:
        parts = path.split(".")
        for i in range(1, len(parts) + 1):
            out.add(".".join(parts[:i]))
    return frozenset(out)


def children(pattern: str) -> list[str]:
    table = factschema.table()
    prefix = f"{pattern}." if pattern else ""
    names = set()
    for key in table:
        if key.startswith(prefix):
            rest = key[len(prefix) :]
            if "." not in rest:
                names.add(rest)
    return sorted(names)


def scalar(kind: Kind) -> st.SearchStrategy[Any]:
    k = kind.kind
    if k == factschema.BOOL:
        return st.booleans()
    if k == factschema.INT:
        return st.integers(min_value=0, max_value=40)
    if k == factschema.NUMBER:
        return st.integers(min_value=0, max_value=40)
    if k == factschema.DATE:
        return st.dates(min_value=date(2024, 1, 1), max_value=date(2031, 12, 31)).map(
            lambda d: d.isoformat()
        )
    if k == factschema.JURISDICTION:
        return st.sampled_from(JURISDICTIONS)
    if k == factschema.VOCAB:
        assert kind.vocab is not None
        return st.sampled_from(list(VOCABULARIES[kind.vocab]))
    return st.text(alphabet="abcdefgh xyz", min_size=1, max_size=8).filter(
        lambda s: s.strip() and s != "unspecified"
    )


def maybe_unspecified(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(*([strategy] * 7), st.just("unspecified"))


@st.composite
def facts_object(draw: st.DrawFn, pattern: str = "", depth: int = 0) -> dict[str, Any]:
    table = factschema.table()
    relevant = pack_paths()
    weighted: list[str] = []
    for name in children(pattern):
        path = f"{pattern}.{name}" if pattern else name
        if path in SKIP or path.endswith(".operator"):
            continue
        # Facts the packs read are drawn far more often than the rest.
        weighted.extend([name] * (6 if path in relevant else 1))
    if not weighted or depth > 3:
        return {}
    chosen = draw(st.lists(st.sampled_from(weighted), max_size=30 if depth == 0 else 10))
    out: dict[str, Any] = {}
    for name in sorted(set(chosen)):
        path = f"{pattern}.{name}" if pattern else name
        out[name] = draw(value_for(table[path], path, depth))
    return out


def value_for(kind: Kind, path: str, depth: int) -> st.SearchStrategy[Any]:
    if kind.kind == factschema.OBJECT:
        return maybe_unspecified(facts_object(path, depth + 1))
    if kind.kind == factschema.LIST:
        assert kind.item is not None
        if kind.item.kind == factschema.OBJECT:
            item: st.SearchStrategy[Any] = facts_object(f"{path}[*]", depth + 1)
            if path == "parties":
                return maybe_unspecified(party_list())
        else:
            item = maybe_unspecified(scalar(kind.item))
        items = st.lists(item, max_size=3)
        closed = st.builds(lambda xs: {"items": xs, "complete": True}, items)
        return maybe_unspecified(st.one_of(items, closed, closed))
    return maybe_unspecified(scalar(kind))


@st.composite
def party_list(draw: st.DrawFn) -> Any:
    ids = draw(st.lists(st.sampled_from(PARTY_IDS), unique=True, max_size=3))
    parties = []
    for ident in ids:
        party = draw(facts_object("parties[*]", 1))
        party["id"] = ident
        parties.append(party)
    if draw(st.booleans()):
        return {"items": parties, "complete": True}
    return parties


@st.composite
def contracts(draw: st.DrawFn) -> dict[str, Any]:
    """A valid contract description (as plain data)."""
    facts = ordered_term(draw(facts_object()))
    contract: dict[str, Any] = {"id": "generated", "title": "Generated contract"}
    if draw(st.booleans()):
        contract.update(facts)
    else:
        contract["clauses"] = [{"id": "4.10", "title": "All terms", "facts": facts}]
    return contract


def as_data(node: Any) -> Any:
    """A fact tree back as contract data (complete lists keep their flag)."""
    from compliance.facts.tree import FLeaf, FList, FObj, FUnspec

    if isinstance(node, FLeaf):
        value = node.value
        return value.isoformat() if isinstance(value, date) else value
    if isinstance(node, FUnspec):
        return "unspecified"
    if isinstance(node, FList):
        items = [as_data(item) for item in node.items]
        return {"items": items, "complete": True} if node.complete else items
    if isinstance(node, FObj):
        return {key: as_data(value) for key, value in node.fields.items()}
    raise TypeError(node)


@cache
def example_facts() -> list[dict[str, Any]]:
    """The merged facts of every bundled example contract."""
    from pathlib import Path

    from compliance.contracts.load import load_contract

    root = Path(__file__).resolve().parent.parent / "contracts"
    return [as_data(load_contract(str(p)).facts) for p in sorted(root.glob("*.yaml"))]


def leaf_paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            out.extend(leaf_paths(value, (*path, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out.extend(leaf_paths(value, (*path, index)))
    else:
        out.append(path)
    return out


def pattern(path: tuple[Any, ...]) -> str:
    out = ""
    for step in path:
        if step == "items" or step == "complete":
            continue
        if isinstance(step, int):
            out += "[*]"
        else:
            out += f".{step}" if out else step
    return out


@st.composite
def perturbed_contracts(draw: st.DrawFn) -> dict[str, Any]:
    """A bundled example's facts with a few values changed: rich in decided verdicts."""
    import copy

    base = copy.deepcopy(draw(st.sampled_from(example_facts())))
    table = factschema.table()
    paths = [p for p in leaf_paths(base) if p[-1] not in ("complete", "id", "operator")]
    for path in draw(st.lists(st.sampled_from(paths), max_size=4, unique=True)):
        text = pattern(path)
        kind = table.get(factschema.pattern_of(text))
        in_list = False
        if kind is None and text.endswith("[*]"):
            kind = table.get(factschema.pattern_of(text[:-3]))
            in_list = True
        if kind is None:
            continue
        whole_list = kind.kind == factschema.LIST and not in_list
        if kind.kind == factschema.LIST:
            kind = kind.item or kind
        if not kind.scalar:
            continue
        parent = base
        for step in path[:-1]:
            parent = parent[step]
        value = draw(scalar(kind))
        parent[path[-1]] = [value] if whole_list else value
    return ordered_term(base)


def ordered_term(facts: dict[str, Any]) -> dict[str, Any]:
    """``facts`` with ``term.start`` and ``term.end`` in order (a term that ends before
    it starts is not a valid description)."""
    term = facts.get("term")
    if isinstance(term, dict):
        start, end = term.get("start"), term.get("end")
        dated = all(isinstance(v, str) and v[:1].isdigit() for v in (start, end))
        if dated and end < start:
            term["start"], term["end"] = end, start
    return facts


#: Facts and values the weapons pack's conditions read that the bundled examples seldom
#: state (or never state so): drawn onto a perturbed example by
#: :func:`weapons_perturbed_contracts`, so that the Rego differential test decides them.
WEAPONS_USES = ["weapons-targeting", "fire-control", "autonomous-weapons"]


def _vocab_of(path: str) -> list[Any]:
    kind = factschema.table()[path]
    if kind.kind == factschema.LIST:
        assert kind.item is not None
        kind = kind.item
    assert kind.vocab is not None
    return list(VOCABULARIES[kind.vocab])


def _list_of(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A list drawn from ``values``: complete more often than open."""
    items = st.lists(values, max_size=3, unique=True)
    return st.one_of(items, *[st.builds(lambda xs: {"items": xs, "complete": True}, items)] * 2)


@cache
def weapons_settings() -> list[tuple[str, st.SearchStrategy[Any]]]:
    exceptions = _list_of(st.sampled_from(_vocab_of("restrictions.autonomous_weapons.exceptions")))
    uses = _list_of(st.sampled_from(WEAPONS_USES))
    return [
        ("use_cases+", st.sampled_from([*WEAPONS_USES, "decision-support"])),
        ("restrictions.autonomous_weapons.prohibited", st.booleans()),
        ("restrictions.autonomous_weapons.exceptions", exceptions),
        ("restrictions.autonomous_weapons.waivable_by_customer", st.booleans()),
        ("restrictions.autonomous_weapons.amendable_by_provider", st.booleans()),
        ("restrictions.weapons_integration.amendable_by_provider", st.booleans()),
        ("restrictions.autonomous_weapons.binds_every_user", st.booleans()),
        ("restrictions.weapons_integration.binds_every_user", st.booleans()),
        ("restrictions.autonomous_weapons.operator_supervised", st.booleans()),
        (
            "restrictions.autonomous_weapons.condition",
            st.sampled_from(_vocab_of("restrictions.autonomous_weapons.condition")),
        ),
        ("restrictions.anti_personnel_autonomy.prohibited", st.booleans()),
        (
            "restrictions.in_contract",
            _list_of(st.sampled_from(_vocab_of("restrictions.in_contract"))),
        ),
        ("restrictions.autonomous_weapons", st.just({})),
        ("grants.uses_recorded_in_full", st.booleans()),
        ("grants.any_lawful_use", st.booleans()),
        (
            "restrictions.weapons_integration.condition",
            st.sampled_from(_vocab_of("restrictions.weapons_integration.condition")),
        ),
        ("restrictions.anti_personnel_autonomy.exceptions", exceptions),
        ("weapons.human_decision_per_engagement", st.booleans()),
        ("weapons.human_decision_qualified", st.booleans()),
        ("weapons.legal_review_uses", uses),
        ("weapons.senior_review_uses", uses),
        ("weapons.verification_uses", uses),
        (
            "safeguards.human_oversight.mode",
            st.sampled_from(_vocab_of("safeguards.human_oversight.mode")),
        ),
        ("safeguards.human_oversight.can_stop", st.booleans()),
        ("safeguards.customer_may_suspend", st.booleans()),
        ("safeguards.vendor_may_suspend", st.booleans()),
        ("system.capabilities+", st.just("autonomous-action")),
        ("data.continuity.safeguard_removal_condition", st.booleans()),
        (
            "parties+",
            st.just(
                {
                    "id": "nato",
                    "roles": ["customer"],
                    "kind": "international-organisation",
                    "international_organisation": "nato",
                }
            ),
        ),
    ]


def _put(data: dict[str, Any], path: str, value: Any) -> None:
    """Set the fact at a dotted path (``PATH+``: add an item to the list there)."""
    append = path.endswith("+")
    *parents, last = path.rstrip("+").split(".")
    for step in parents:
        child = data.get(step)
        if not isinstance(child, dict):
            child = data[step] = {}
        data = child
    if not append:
        data[last] = value
        return
    current = data.get(last)
    if isinstance(current, dict) and isinstance(current.get("items"), list):
        current["items"].append(value)
    elif isinstance(current, list):
        current.append(value)
    else:
        data[last] = {"items": [value], "complete": True}


def weapons_permitted_contract() -> dict[str, Any]:
    """The model contract's facts with weapons use permitted: decision support feeding
    weapons targeting for a US defence department, every duty stated for targeting, the
    autonomous-weapons ban unconditional with no carve-out (every rule of the weapons pack
    decided, most of them passing)."""
    import copy

    base = copy.deepcopy(next(f for f in example_facts() if _is_model_contract(f)))
    base["parties"]["items"][0]["country"] = "US"
    base["use_cases"] = {"items": ["decision-support", "weapons-targeting"], "complete": True}
    base["excluded_use_cases"] = ["fire-control", "command-and-control"]
    base["restrictions"]["weapons_integration"] = {"prohibited": False}
    weapons = base["weapons"]
    for key in ("legal_review_uses", "senior_review_uses", "verification_uses"):
        weapons[key] = {"items": ["weapons-targeting"], "complete": True}
    weapons["human_decision_qualified"] = False
    base["system"]["capabilities"]["items"].append("autonomous-action")
    return base


def _is_model_contract(facts: dict[str, Any]) -> bool:
    return facts.get("system", {}).get("name") == "Example Assistant"


@st.composite
def weapons_perturbed_contracts(draw: st.DrawFn) -> dict[str, Any]:
    """A contract that states every fact the weapons pack reads (the model contract, with
    weapons use permitted or not) with a few of the pack's seldom-stated facts set
    (:func:`weapons_settings`): the rules stay decided as the facts change."""
    import copy

    if draw(st.booleans()):
        base = weapons_permitted_contract()
    else:
        base = copy.deepcopy(next(f for f in example_facts() if _is_model_contract(f)))
    settings = weapons_settings()
    chosen = draw(st.lists(st.sampled_from(range(len(settings))), min_size=1, max_size=5))
    for index in chosen:
        path, values = settings[index]
        _put(base, path, draw(values))
    return base
