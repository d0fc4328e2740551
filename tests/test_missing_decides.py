"""An unknown's missing facts decide it: stating them can settle the verdict.

Every unknown names "the missing facts that would decide it" (README, docs/reports.md).
For each built-in rule fixture that expects unknown (with its parameters and date), and for
each unknown of each bundled contract under every built-in pack, the test states the
missing facts (absent, unspecified or open) with candidate values drawn from the fact
table's kinds and vocabularies:

* a yes/no fact both ways; a vocabulary value each value of its vocabulary;
* a date either side of each date the rule cites (and on it, and around the as-of date);
* a place one of a few countries and the places the rule cites;
* a number a few small values and those the rule cites (and either side);
* a list complete (``{items: [...], complete: true}``): an open list with the items it has,
  and with one more element per value of its vocabulary; an absent list empty or with one
  element; a list of objects with one element more; a fact of every element of a list
  (``data.sub_processors.list[*].country``) as the interview states it, the list with one
  element holding the value.

A fact is written where the terms in force write it (the top level, a clause, an annex or
another source that is a contract term), else at the top level: a value written only in a
press report or a party's statement, or in a term that has lapsed, decides no verdict, so
it is not a statement of the fact. A list element is found by its id.

It tries one fact at a time first (every candidate), then every missing fact together,
:data:`JOINT_SAMPLES` assignments drawn with a seed fixed by the case (lists with a random
selection of elements). It re-evaluates the one rule through the library and requires that
SOME assignment either decides the rule (pass, fail, not_applicable) or makes progress: the
missing facts change to facts that were not missing before (a stated purchase raising the
question of its safeguards), or nothing is left but a point of law the rule says is
unsettled. An unknown with no missing fact and an "unsettled in law" note is exempt: only
counsel can settle it.

It also holds each named fact to having an effect: stating it (or not) changes the rule's
status or missing facts, alone or with the others stated as in :data:`CONTEXTS` seeded
samples. A list that names a fact no value of which matters sends a reviewer after a
clause that cannot change the verdict.
"""

from __future__ import annotations

import copy
import json
import random
import re
import zlib
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, CONTRACTS, ROOT

from compliance.contracts.load import build_contract
from compliance.contracts.terms import IN_FORCE
from compliance.core.errors import InputError
from compliance.document.loader import load_file, parse_text
from compliance.document.nodes import Mapping, Sequence, to_plain
from compliance.engine.build import instantiate
from compliance.engine.conditions import Ctx
from compliance.engine.evaluate import evaluate_rule
from compliance.engine.ir import PackSet
from compliance.facts import jurisdictions
from compliance.facts import table as factschema
from compliance.facts.table import Kind, lookup, parse_path
from compliance.facts.tree import FLeaf, FList, FObj, find, plain_value
from compliance.facts.vocabulary import CONTRACT_SOURCE_KINDS, VOCABULARIES
from compliance.packs.compiler import compile_packs, compile_raw
from compliance.packs.fixtures import DEFAULT_AS_OF
from compliance.packs.load import load_raw
from compliance.run.answers import Verbatim, document_data, dump

EXAMPLES = sorted(CONTRACTS.glob("*.yaml"))
PACKS = sorted(p.name for p in (ROOT / "rules").iterdir() if (p / "pack.yaml").is_file())
DECIDED = ("pass", "fail", "not_applicable")
#: Assignments of every missing fact together tried per unknown (seeded by the case).
JOINT_SAMPLES = 60
#: Samples of the other missing facts stated under which each one is tried for an effect.
CONTEXTS = 3
#: Places tried for a place-valued fact, besides those the rule cites.
PLACES = ("DE", "FR", "IE", "NL", "US", "GB", "CH", "CN", "RU", "IN")
NUMBERS = (0, 1, 2, 5, 10, 100)

Doc = dict[str, Any]


# --- writing a fact into a description --------------------------------------------------------


def _holders(doc: Doc, live: set[str] | None = None) -> list[Doc]:
    """Where the description states terms: the top level, and each clause and each source
    that is a term of the contract (an annex, a side letter, ...) in force on the date
    (``live``: their ids; None: every one). A report or a party's statement binds no one,
    nor does a term that has lapsed or is not yet in force: a value written there decides
    no verdict, so it is not where a missing fact is stated."""
    out = [doc]
    for key in ("clauses", "sources"):
        for place in doc.get(key) or []:
            if not isinstance(place, dict):
                continue
            if key == "sources" and place.get("kind") not in CONTRACT_SOURCE_KINDS:
                continue
            if live is not None and str(place.get("id")) not in live:
                continue
            facts = place.get("facts")
            if isinstance(facts, dict):
                out.append(facts)
    return out


def _items(value: Any) -> list[Any] | None:
    if isinstance(value, dict) and "items" in value:
        value = value["items"]
    return value if isinstance(value, list) else None


#: The id of the element a concrete list path names, in the merged facts (None: it has
#: none, and the index is read in each place as written).
Ids = Callable[[str], Any]


def _element(listed: list[Any], index: int, ident: Any) -> Any:
    if ident is None:
        return listed[index] if index < len(listed) else None
    return next((e for e in listed if isinstance(e, dict) and str(e.get("id")) == ident), None)


def _set_written(holder: Doc, steps: list[tuple[str, str | None]], value: Any, ids: Ids) -> bool:
    """Replace the value of a path where ``holder`` writes it (an ``unspecified`` on the
    way becomes the object that holds the value; a list element is found by its id);
    False where it does not write it."""
    node: Any = holder
    element = False  # inside a list element the holder writes
    done = ""
    for number, (name, index) in enumerate(steps):
        last = number == len(steps) - 1
        if element and isinstance(node, dict) and name not in node and index is None:
            return _put(node, steps[number:], value)
        if not isinstance(node, dict) or name not in node:
            return False
        done = f"{done}.{name}" if done else name
        if last and index is None:
            node[name] = value
            return True
        child = node[name]
        if index is None:
            if child == "unspecified" and not last:
                child = node[name] = {}
                _put(child, steps[number + 1 :], value)
                return True
            node = child
            continue
        listed = _items(child)
        if listed is None or index == "*":
            return False
        done = f"{done}[{index}]"
        found = _element(listed, int(index), ids(done))
        if found is None:
            return False
        if last:
            listed[listed.index(found)] = value
            return True
        node = found
        element = True
    return False


def _put(node: Doc, steps: list[tuple[str, str | None]], value: Any) -> bool:
    """Write a path's value below ``node``, creating the objects on the way."""
    for number, (name, index) in enumerate(steps):
        if index is not None:
            return False
        if number == len(steps) - 1:
            node[name] = value
            return True
        child = node.get(name)
        if not isinstance(child, dict) or "items" in child:
            child = node[name] = {}
        node = child
    return False


def assign(doc: Doc, path: str, value: Any, built: Any = None) -> bool:
    """Write ``path: value`` into the description, in place: where it writes the fact,
    else at the top level (False: it cannot be written, a list element not there).
    ``built`` (the description as loaded) names the list elements by their ids and says
    which terms are in force."""
    facts = built.facts if built is not None else None
    ids = ids_of(facts) if facts is not None else _no_ids
    live = None
    if built is not None:
        live = {t.ref for t in built.terms if t.state == IN_FORCE and not t.unsigned}
    steps = parse_path(path)
    written = False
    for holder in _holders(doc, live):
        written = _set_written(holder, steps, value, ids) or written
    return written or _put(doc, steps, value) or _put_by_id(doc, steps, value, facts)


def _put_by_id(doc: Doc, steps: list[tuple[str, str | None]], value: Any, facts: Any) -> bool:
    """A fact of a list element only a report states, stated by the terms: the terms
    state the list as the description merges it, with the fact in that element."""
    concrete = [i for i, (_, index) in enumerate(steps) if index not in (None, "*")]
    if facts is None or len(concrete) != 1 or concrete[0] == len(steps) - 1:
        return False
    at = concrete[0]
    head = ".".join(name for name, _ in steps[: at + 1])
    listed = find(facts, head)
    if not isinstance(listed, FList):
        return False
    items = [plain_value(item) for item in listed.items]
    index = int(str(steps[at][1]))
    if index >= len(items) or not isinstance(items[index], dict):
        return False
    _put(items[index], steps[at + 1 :], value)
    whole = {"items": items, "complete": True} if listed.complete else items
    return _put(doc, [(name, None) for name, _ in steps[: at + 1]], whole)


def _no_ids(path: str) -> Any:
    return None


def ids_of(facts: FObj) -> Ids:
    """The ids of the merged list elements, by concrete path (``parties[1]``)."""

    def ident(path: str) -> Any:
        node = find(facts, f"{path}.id")
        return str(node.value) if isinstance(node, FLeaf) else None

    return ident


def written_items(facts: FObj, path: str) -> list[Any]:
    """The items of an open list, as the description's facts merge them."""
    node = find(facts, path)
    return [plain_value(item) for item in node.items] if isinstance(node, FList) else []


# --- candidate values ---------------------------------------------------------------------------


@cache
def cited(rule_repr: str) -> tuple[tuple[date, ...], tuple[str, ...], tuple[int, ...]]:
    """The dates, places and numbers a rule's compiled form cites."""
    dates = {
        date(int(y), int(m), int(d))
        for y, m, d in re.findall(r"datetime\.date\((\d{4}), (\d{1,2}), (\d{1,2})\)", rule_repr)
    }
    dates |= {date.fromisoformat(t) for t in re.findall(r"'(\d{4}-\d{2}-\d{2})'", rule_repr)}
    places = {c for c in re.findall(r"'([A-Z][A-Z0-9-]{1,11})'", rule_repr)}
    numbers = {int(n) for n in re.findall(r"(?<![\w.-])(\d{1,3})(?![\w.-])", rule_repr)}
    return (
        tuple(sorted(dates)),
        tuple(sorted(p for p in places if jurisdictions.is_known(p))),
        tuple(sorted(numbers)),
    )


def scalar_values(kind: Kind, rule_repr: str, as_of: date) -> list[Any]:
    dates, places, numbers = cited(rule_repr)
    if kind.kind == factschema.BOOL:
        return [True, False]
    if kind.kind == factschema.VOCAB and kind.vocab in VOCABULARIES:
        return list(VOCABULARIES[kind.vocab])
    if kind.kind == factschema.DATE:
        out: list[date] = []
        for day in (*dates, as_of):
            for near in (day - timedelta(days=1), day, day + timedelta(days=1)):
                if near not in out:
                    out.append(near)
        return [Verbatim(day.isoformat()) for day in out]
    if kind.kind == factschema.JURISDICTION:
        return list(dict.fromkeys((*PLACES, *places)))
    if kind.kind in (factschema.INT, factschema.NUMBER):
        near = {n + d for n in numbers for d in (-1, 0, 1) if n + d >= 0}
        return sorted({*NUMBERS, *near})
    return ["x"]


def list_values(kind: Kind, existing: list[Any], rule_repr: str, as_of: date) -> list[Any]:
    """Complete lists: the items written, and those with one more element each."""
    item = kind.item or Kind(factschema.ANY)
    if item.kind == factschema.OBJECT:
        extra: list[Any] = [{"id": "stated-by-the-test"}]
    else:
        extra = [v for v in scalar_values(item, rule_repr, as_of) if v not in existing]
    out = [{"items": list(existing), "complete": True}]
    out.extend({"items": [*existing, value], "complete": True} for value in extra)
    return out


def candidates(
    facts: FObj, path: str, reason: str, rule_repr: str, as_of: date
) -> list[tuple[str, Any]]:
    """(path, value) statements of one missing fact. A fact of every element of a list
    (``data.sub_processors.list[*].country``, missed where the list is not stated) is
    stated as the interview states it: the list, complete, one element per value."""
    kind = lookup(path)
    if kind is None:
        return []
    if "[*]" in path:
        head, tail = path.split("[*]", 1)
        inner = [(tail.lstrip("."), value) for value in [*scalar_values(kind, rule_repr, as_of)]]
        out: list[tuple[str, Any]] = [(head, {"items": [], "complete": True})]
        for rest, value in inner:
            element: Doc = {}
            if rest and _put(element, parse_path(rest), value):
                out.append((head, {"items": [element], "complete": True}))
        return out
    return [(path, value) for value in _candidates(facts, path, reason, kind, rule_repr, as_of)]


def _candidates(
    facts: FObj, path: str, reason: str, kind: Kind, rule_repr: str, as_of: date
) -> list[Any]:
    if kind.kind == factschema.LIST:
        existing = written_items(facts, path) if reason == "open" else []
        return list_values(kind, existing, rule_repr, as_of)
    return scalar_values(kind, rule_repr, as_of)


# --- the property -------------------------------------------------------------------------------


def build(data: Doc, as_of: date) -> Any:
    """The description built as the command line reads it (plain text stays plain)."""
    text = dump(data)
    return build_contract(parse_text(text, "c.yaml", json=False), "c.yaml", as_of=as_of)


Outcome = tuple[str, tuple[str, ...]]


class Trial:
    """One unknown: its missing facts, their candidate statements, and the rule's
    outcome (status, missing paths) on the description with some of them stated."""

    def __init__(self, rule: Any, data: Doc, as_of: date) -> None:
        self.rule, self.data, self.as_of = rule, data, as_of
        self.built = build(data, as_of)
        self.result = evaluate_rule(rule, self.built, Ctx(as_of))
        self.before = {m.path for m in self.result.missing}
        rule_repr = repr(rule.ir)
        self.facts = sorted({(m.path, m.reason) for m in self.result.missing})
        self.options = {
            fact: candidates(self.built.facts, *fact, rule_repr, as_of) for fact in self.facts
        }
        seed = zlib.crc32(json.dumps([rule.ir.pack, rule.ir.id, data], default=str).encode())
        self.rng = random.Random(seed)
        self.memo: dict[str, Outcome | None] = {}

    def varies(self, others: list[tuple[str, Any]], fact: tuple[str, str]) -> bool:
        """Whether stating ``fact`` (or not) changes the outcome, ``others`` stated."""
        seen: set[Outcome] = set()
        for changes in (others, *([*others, change] for change in self.options[fact])):
            found = self.outcome(changes)
            if found is not None:
                seen.add(found)
                if len(seen) > 1:
                    return True
        return False

    def outcome(self, changes: list[tuple[str, Any]]) -> Outcome | None:
        """The rule's status and missing paths with ``changes`` stated (None: they cannot
        be written, or the description is no longer valid)."""
        key = repr(changes)
        if key not in self.memo:
            self.memo[key] = self._outcome(changes)
        return self.memo[key]

    def _outcome(self, changes: list[tuple[str, Any]]) -> Outcome | None:
        trial = copy.deepcopy(self.data)
        for path, value in changes:
            if not assign(trial, path, value, self.built):
                return None
        try:
            after = evaluate_rule(self.rule, build(trial, self.as_of), Ctx(self.as_of))
        except InputError:
            return None
        if after.status == "unknown" and not after.missing and after.unsettled:
            return "unsettled", ()
        return after.status, tuple(sorted({m.path for m in after.missing}))

    def sample(self) -> list[tuple[str, Any]]:
        """Every missing fact stated together, drawn with the case's seed: a list with a
        random selection of the elements its candidates add (zero or one per value)."""
        out = []
        for fact in self.facts:
            options = self.options[fact]
            if not options:
                continue
            lists = [value for _, value in options if isinstance(value, dict) and "items" in value]
            if len(lists) == len(options) and len(lists) > 2:
                items: list[Any] = list(lists[0]["items"])
                for value in lists[1:]:
                    if self.rng.random() < 0.3:
                        items.extend(v for v in value["items"] if v not in items)
                out.append((options[0][0], {"items": items, "complete": True}))
            else:
                out.append(self.rng.choice(options))
        return out

    def leads(self, changes: list[tuple[str, Any]]) -> bool:
        """Whether stating ``changes`` decides the rule or makes progress: new facts
        missing, or nothing but an unsettled point of law left."""
        found = self.outcome(changes)
        if found is None:
            return False
        status, now = found
        return status in (*DECIDED, "unsettled") or (
            status == "unknown" and bool(set(now) - self.before)
        )


def progress(trial: Trial) -> tuple[bool, str]:
    """Whether some statement of the missing facts decides the unknown or leads on."""
    result = trial.result
    if result.status != "unknown":
        return True, f"not unknown: {result.status}"
    if not trial.before:
        return bool(result.unsettled), "unknown with nothing missing and no point of law"
    for fact in trial.facts:
        for change in trial.options[fact]:
            if trial.leads([change]):
                return True, ""
    for _ in range(JOINT_SAMPLES):
        if trial.leads(trial.sample()):
            return True, ""
    missing = ", ".join(f"{path} ({reason})" for path, reason in trial.facts)
    return False, f"no statement of {missing} decides it or leads on"


def _apart(path: str, own: set[str]) -> bool:
    """Whether stating ``path`` states none of the paths ``own`` (nor a part of one)."""
    return all(not (path.startswith(o) or o.startswith(path)) for o in own)


def idle_facts(trial: Trial) -> list[str]:
    """The missing facts of an unknown no statement of which changes the outcome, alone
    or with the others stated (:data:`CONTEXTS` seeded samples): a list that names one
    sends a reviewer after a clause that cannot matter."""
    if trial.result.status != "unknown" or not trial.before:
        return []
    contexts = [[], *(trial.sample() for _ in range(CONTEXTS))]
    idle = []
    for fact in trial.facts:
        own = {path for path, _ in trial.options[fact]}

        if not any(
            trial.varies([change for change in context if _apart(change[0], own)], fact)
            for context in contexts
        ):
            idle.append(f"{fact[0]} ({fact[1]})")
    return idle


@cache
def _fixture_packs() -> tuple[Any, Any]:
    selected, known = load_raw(PACKS)
    return selected, compile_raw(selected, known)


def fixture_unknowns(pack: str) -> list[tuple[str, Any, Doc, date]]:
    """(name, rule, contract, as-of) of each case of the pack's fixtures that expects
    unknown, the rule instantiated with the case's parameters."""
    selected, packset = _fixture_packs()
    index = [raw.id for raw in selected].index(pack)
    raw, ir = selected[index], packset.selected[index]
    instances: dict[str, Any] = {}
    out = []
    for test_file in raw.test_files:
        fixtures = load_file(test_file)
        assert isinstance(fixtures, Mapping)
        rule_id = to_plain(fixtures)["rule"]
        cases = fixtures.get("cases")
        assert isinstance(cases, Sequence)
        for case in cases.items:
            plain = to_plain(case)
            if plain["expect"] != "unknown":
                continue
            params = {**raw.test_parameters.get(test_file, {}), **(plain.get("parameters") or {})}
            key = repr(sorted(params.items()))
            if key not in instances:
                instances[key] = instantiate(PackSet([ir], packset.all), {ir.id: params})[0]
            rule = next(r for r in instances[key].rules if r.ir.id == rule_id)
            as_of = date.fromisoformat(str(plain["as_of"])) if "as_of" in plain else DEFAULT_AS_OF
            data = {"id": "case", "title": str(plain["name"])}
            data.update(document_data(case.get("contract")))
            out.append((f"{rule_id} [{plain['name']}]", rule, data, as_of))
    return out


def check(name: str, rule: Any, data: Doc, as_of: date, found: list[str]) -> int:
    """Hold one unknown to the property (and each missing fact to having an effect)."""
    trial = Trial(rule, data, as_of)
    ok, why = progress(trial)
    if not ok:
        found.append(f"{name}: {why}")
    idle = idle_facts(trial)
    if idle:
        found.append(f"{name}: no statement of {', '.join(idle)} changes anything")
    return 1


@pytest.mark.parametrize("pack", PACKS)
def test_missing_facts_of_fixture_unknowns_decide_them(pack: str) -> None:
    found: list[str] = []
    tried = sum(check(*case, found) for case in fixture_unknowns(pack))
    assert tried or pack == "nations", "no fixture expects unknown"
    assert not found, "\n".join(found)


@cache
def _builtin() -> list[Any]:
    return instantiate(compile_packs(None))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_missing_facts_of_bundled_contract_unknowns_decide_them(example: Path) -> None:
    as_of = date.fromisoformat(AS_OF)
    data = document_data(load_file(str(example)))
    doc = build(data, as_of)
    ctx = Ctx(as_of)
    found: list[str] = []
    tried = 0
    for pack in _builtin():
        for rule in pack.rules:
            if evaluate_rule(rule, doc, ctx).status == "unknown":
                name = f"{example.stem}: {rule.ir.pack}/{rule.ir.id}"
                tried += check(name, rule, data, as_of, found)
    assert tried or example.stem == "model-contract", "the example has no unknown"
    assert not found, "\n".join(found)


def test_a_fact_is_written_where_the_terms_write_it() -> None:
    doc: Doc = {
        "id": "c",
        "title": "c",
        "clauses": [{"id": "1", "facts": {"data": {"dpia": "unspecified"}}}],
    }
    assert assign(doc, "data.dpia", True)
    assert doc["clauses"][0]["facts"]["data"]["dpia"] is True
    assert "data" not in doc
    assert assign(doc, "system.open_source_model", False)
    assert doc["system"] == {"open_source_model": False}
    assert not assign(doc, "parties[3].roles", {"items": [], "complete": True})


def test_a_fact_a_report_or_a_lapsed_term_writes_is_stated_by_the_terms() -> None:
    """A report binds no one and a lapsed side letter no longer: the statement goes to the
    top level, and decides (the report's list element is restated there, by its id)."""
    data: Doc = {
        "id": "c",
        "title": "c",
        "sources": [
            {
                "id": "report",
                "kind": "press-report",
                "title": "r",
                "facts": {
                    "safeguards": {"government_identity_management": "unspecified"},
                    "parties": {"items": [{"id": "a", "roles": ["provider"]}], "complete": True},
                },
            },
            {
                "id": "letter",
                "kind": "side-letter",
                "title": "l",
                "expires": Verbatim("2026-12-31"),
                "facts": {"data": {"dpia": False}},
            },
        ],
    }
    built = build(data, date(2027, 6, 1))
    assert assign(data, "safeguards.government_identity_management", True, built)
    assert assign(data, "data.dpia", True, built)
    assert assign(data, "parties[0].country", "DE", built)
    assert data["safeguards"] == {"government_identity_management": True}
    assert data["data"] == {"dpia": True}
    assert data["parties"] == {
        "items": [{"id": "a", "roles": ["provider"], "country": "DE"}],
        "complete": True,
    }
    assert data["sources"][1]["facts"]["data"]["dpia"] is False
