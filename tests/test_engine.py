"""The three-valued engine: Kleene laws, open lists, the removal property, exit codes."""

from __future__ import annotations

import copy
import itertools
import json
import operator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, cli, compile_condition
from hypothesis import given
from hypothesis import strategies as st
from removals import Removal
from strategies import contracts, perturbed_contracts
from test_silence import UNSTATED_MOVES, rule_stated, uninvokes

from compliance.contracts.load import ContractDoc, build_contract
from compliance.document.loader import parse_text
from compliance.engine.build import instantiate
from compliance.engine.evaluate import evaluate_contract
from compliance.engine.ir import CompiledPack
from compliance.packs.compiler import compile_packs

F, T, U = "false", "true", "unknown"
BOOL_FACTS = ["safeguards.audit_logging", "safeguards.audit_rights", "safeguards.vendor_monitoring"]


# --- helpers ------------------------------------------------------------------------------------


def doc_of(data: dict[str, Any]) -> ContractDoc:
    data = {"id": "c", "title": "c", **data}
    return build_contract(parse_text(json.dumps(data), "c.json", json=True), "c.json")


@cache
def builtin() -> list[CompiledPack]:
    return instantiate(compile_packs(None))


def statuses(data: dict[str, Any], packs: list[CompiledPack] | None = None) -> dict[str, str]:
    report = evaluate_contract(doc_of(data), packs or builtin(), date(2026, 11, 27))
    return {r.full_id: r.status for r in report.results}


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        data = data.setdefault(part, {})
    data[parts[-1]] = value


def rule(ident: str, requires: Any, applies: Any = None) -> str:
    body = {
        "id": ident,
        "title": ident,
        "severity": "low",
        "basis": "guidance",
        "citations": [{"instrument": "Test", "provision": "1", "url": "https://example.org"}],
        "rationale": "test",
        "requires": requires,
        "remediation": "test",
        "question": "test",
    }
    if applies is not None:
        body["applies_when"] = applies
    return json.dumps(body)


def write_pack(folder: Path, rules: list[str], extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(
        "id: test-pack\ntitle: Test\nversion: 1.0.0\ndescription: Test pack.\n"
        "disclaimer: Test only.\n" + extra + "rules:\n" + "".join(f"  - {r}\n" for r in rules)
    )
    return folder


def leaf(path: str) -> dict[str, Any]:
    return {"fact": path, "equals": True}


# --- Kleene laws --------------------------------------------------------------------------------

K3_AND = {
    (T, T): T,
    (T, F): F,
    (F, T): F,
    (F, F): F,
    (T, U): U,
    (U, T): U,
    (F, U): F,
    (U, F): F,
    (U, U): U,
}
K3_OR = {
    (T, T): T,
    (T, F): T,
    (F, T): T,
    (F, F): F,
    (T, U): T,
    (U, T): T,
    (F, U): U,
    (U, F): U,
    (U, U): U,
}
K3_NOT = {T: F, F: T, U: U}
#: ``stated``: what the contract does not state is false, not unknown.
STATED = {T: T, F: F, U: F}
STATUS_OF = {T: "pass", F: "fail", U: "unknown"}


def test_kleene_tables_through_the_cli(tmp_path: Path) -> None:
    a, b = BOOL_FACTS[:2]
    pack = write_pack(
        tmp_path / "pack",
        [
            rule("and", {"all": [leaf(a), leaf(b)]}),
            rule("or", {"any": [leaf(a), leaf(b)]}),
            rule("not", {"not": leaf(a)}),
        ],
    )
    folder = tmp_path / "contracts"
    folder.mkdir()
    cases = {}
    for va, vb in itertools.product((T, F, U), repeat=2):
        data: dict[str, Any] = {"id": f"c-{va}-{vb}", "title": "t"}
        if va != U:
            set_path(data, a, va == T)
        if vb != U:
            set_path(data, b, vb == T)
        (folder / f"{va}-{vb}.json").write_text(json.dumps(data))
        cases[f"c-{va}-{vb}"] = (va, vb)
    run = cli(
        "check",
        str(folder),
        "--pack",
        str(pack),
        "--format",
        "json",
        "--as-of",
        AS_OF,
        "--fail-on",
        "never",
    )
    assert run.code == 0, run.err
    report = json.loads(run.out)
    assert len(report["contracts"]) == 9
    for contract in report["contracts"]:
        va, vb = cases[contract["id"]]
        got = {r["id"].split("/")[1]: r["status"] for r in contract["results"]}
        assert got == {
            "and": STATUS_OF[K3_AND[va, vb]],
            "or": STATUS_OF[K3_OR[va, vb]],
            "not": STATUS_OF[K3_NOT[va]],
        }, (va, vb)


def _formulas(*one_part: str) -> st.SearchStrategy[Any]:
    """Formulas over the bool facts: ``all``, ``any``, and the connectives of one part
    (``not``, ``stated`` and any of ``one_part``)."""
    return st.recursive(
        st.sampled_from(range(len(BOOL_FACTS))).map(lambda i: ("leaf", i)),
        lambda inner: st.one_of(
            st.tuples(st.just("all"), st.lists(inner, min_size=1, max_size=3)),
            st.tuples(st.just("any"), st.lists(inner, min_size=1, max_size=3)),
            *(st.tuples(st.just(kind), inner) for kind in ("not", "stated", *one_part)),
        ),
        max_leaves=8,
    )


formulas = _formulas()


def to_condition(formula: Any) -> dict[str, Any]:
    kind = formula[0]
    if kind == "leaf":
        return leaf(BOOL_FACTS[formula[1]])
    if kind == "unsettled":
        return {"unsettled": {"when": to_condition(formula[1]), "reason": REASON}}
    if kind in ("not", "stated"):
        return {kind: to_condition(formula[1])}
    return {kind: [to_condition(part) for part in formula[1]]}


def reference(formula: Any, values: tuple[str, ...]) -> str:
    kind = formula[0]
    if kind == "leaf":
        return values[formula[1]]
    if kind == "unsettled":
        return UNSETTLED_TABLE[reference(formula[1], values)]
    if kind == "not":
        return K3_NOT[reference(formula[1], values)]
    if kind == "stated":
        return STATED[reference(formula[1], values)]
    results = [reference(part, values) for part in formula[1]]
    table = K3_AND if kind == "all" else K3_OR
    out = results[0]
    for other in results[1:]:
        out = table[out, other]
    return out


def _evaluate(condition: dict[str, Any], values: tuple[str, ...]) -> Any:
    """``condition`` compiled and evaluated on the bool facts set to ``values``."""
    from compliance.engine import conditions as engine

    data: dict[str, Any] = {}
    for path, value in zip(BOOL_FACTS, values, strict=True):
        if value != U:
            set_path(data, path, value == T)
    ir = compile_condition(condition)
    return _instantiate(ir).evaluate(engine.Ctx(date(2026, 11, 27)), doc_of(data).facts, "")


@given(formulas, st.tuples(*(st.sampled_from((T, F, U)) for _ in BOOL_FACTS)))
def test_stated_is_never_unknown_and_keeps_a_decided_value(
    formula: Any, values: tuple[str, ...]
) -> None:
    from compliance.engine import conditions as engine

    condition = to_condition(formula)
    inner, inner_evidence, _ = _evaluate(condition, values)
    value, evidence, missing = _evaluate({"stated": condition}, values)
    assert value in (engine.TRUE, engine.FALSE)
    assert not missing
    if inner in (engine.TRUE, engine.FALSE):
        assert value == inner
        assert [path for path, _ in evidence] == [path for path, _ in inner_evidence]
    else:
        assert (value, evidence) == (engine.FALSE, ())


def test_stated_keeps_an_error() -> None:
    from compliance.engine import conditions as engine

    class Broken(engine.Node):
        def ev(self, ctx: engine.Ctx, obj: Any, prefix: str) -> engine.Res:
            return engine.ERROR, (), ()

    ctx = engine.Ctx(date(2026, 11, 27))
    facts = doc_of({}).facts
    assert engine.StatedNode(Broken()).evaluate(ctx, facts, "") == (engine.ERROR, (), ())
    assert engine.NotNode(engine.StatedNode(Broken())).ev(ctx, facts, "")[0] == engine.ERROR


@given(formulas, st.tuples(*(st.sampled_from((T, F, U)) for _ in BOOL_FACTS)))
def test_random_formulas_follow_strong_kleene(formula: Any, values: tuple[str, ...]) -> None:
    from compliance.engine import conditions as engine
    from compliance.engine.ir import PackSet

    condition = to_condition(formula)
    data: dict[str, Any] = {}
    for path, value in zip(BOOL_FACTS, values, strict=True):
        if value != U:
            set_path(data, path, value == T)
    ir = compile_condition(condition)
    node = _instantiate(ir)
    value, _, missing = node.evaluate(engine.Ctx(date(2026, 11, 27)), doc_of(data).facts, "")
    assert engine.TRUTH_NAMES[value] == reference(formula, values)
    if value == engine.UNKNOWN:
        # Only facts that are actually missing are reported.
        unknown = {p for p, v in zip(BOOL_FACTS, values, strict=True) if v == U}
        assert {path for path, _ in missing} <= unknown and missing
    else:
        assert not missing
    del PackSet


def _instantiate(ir: dict[str, Any]) -> Any:
    from compliance.engine import conditions as engine

    op = ir["op"]
    if op in ("all", "any"):
        parts = [_instantiate(p) for p in ir["args"]]
        return engine.AllNode(parts) if op == "all" else engine.AnyNode(parts)
    if op == "not":
        return engine.NotNode(_instantiate(ir["arg"]))
    if op == "stated":
        return engine.StatedNode(_instantiate(ir["arg"]))
    steps = tuple((name, bool(each)) for name, each in ir["steps"])
    return engine.LeafNode(
        ir["fact"], steps, ir["operator"], ir["value"], is_list=ir["list"], kind=ir["kind"]
    )


def test_error_wins_inside_all_and_any(tmp_path: Path) -> None:
    extra = "facts:\n  type: object\n  properties:\n    score: {description: untyped}\n"
    bad = {"fact": "extensions.test-pack.score", "gt": 5}
    pack = write_pack(
        tmp_path / "pack",
        [
            rule("all-with-false", {"all": [bad, {"fact": BOOL_FACTS[0], "equals": True}]}),
            rule("any-with-true", {"any": [bad, {"fact": BOOL_FACTS[0], "equals": False}]}),
            rule("plain", {"fact": BOOL_FACTS[0], "equals": False}),
        ],
        extra,
    )
    contract = tmp_path / "c.yaml"
    contract.write_text(
        "id: c\ntitle: t\nsafeguards: {audit_logging: false}\n"
        "extensions:\n  test-pack: {score: high}\n"
    )
    run = cli("check", str(contract), "--pack", str(pack), "--format", "json", "--as-of", AS_OF)
    assert run.code == 3, run.err
    results = {r["id"].split("/")[1]: r for r in json.loads(run.out)["contracts"][0]["results"]}
    assert results["all-with-false"]["status"] == "error"
    assert results["any-with-true"]["status"] == "error"
    assert "not supported" in results["all-with-false"]["message"]
    assert results["plain"]["status"] == "pass"


# --- unsettled points of law ----------------------------------------------------------------------

REASON = "Art. 2(2)(a): whether it reaches a third country's military activity is open"
#: ``unsettled``: unknown where its condition holds (the law does not decide), false where
#: it does not, unknown where the condition is.
UNSETTLED_TABLE = {T: U, F: F, U: U}

formulas_with_unsettled = _formulas("unsettled")


def _node_and_facts(condition: dict[str, Any], values: tuple[str, ...]) -> tuple[Any, Any]:
    from compliance.engine.build import build_node

    data: dict[str, Any] = {}
    for path, value in zip(BOOL_FACTS, values, strict=True):
        if value != U:
            set_path(data, path, value == T)
    return build_node(compile_condition(condition), "t", {"t": {}}, []), doc_of(data).facts


@given(st.sampled_from((T, F, U)))
def test_unsettled_follows_its_truth_table(value: str) -> None:
    """Unknown exactly where its condition is true or unknown; where it is true the unknown
    carries the reason (no missing fact), where unknown the condition's missing facts."""
    from compliance.engine import conditions as engine

    fact = BOOL_FACTS[0]
    node, facts = _node_and_facts(
        {"unsettled": {"when": leaf(fact), "reason": REASON}}, (value, F, F)
    )
    got, evidence, missing = node.evaluate(engine.Ctx(date(2026, 11, 27)), facts, "")
    assert engine.TRUTH_NAMES[got] == UNSETTLED_TABLE[value]
    if value == T:
        assert missing == ((REASON, engine.UNSETTLED),)
        assert [path for path, _ in evidence] == [fact]
    elif value == U:
        assert missing == ((fact, engine.ABSENT),)
    else:
        assert not missing and [path for path, _ in evidence] == [fact]


@given(formulas_with_unsettled, st.tuples(*(st.sampled_from((T, F, U)) for _ in BOOL_FACTS)))
def test_unsettled_composes_in_strong_kleene(formula: Any, values: tuple[str, ...]) -> None:
    """With all / any / not / stated around and inside it, ``unsettled`` is unknown as
    strong Kleene logic has unknown; an unknown lists only facts that are missing and the
    reason of an unsettled point; the generated code gives the interpreter's result."""
    from compliance.engine import codegen, fastpath
    from compliance.engine import conditions as engine

    node, facts = _node_and_facts(to_condition(formula), values)
    result = node.evaluate(engine.Ctx(date(2026, 11, 27)), facts, "")
    value, _, missing = result
    assert engine.TRUTH_NAMES[value] == reference(formula, values)
    unknown = {p for p, v in zip(BOOL_FACTS, values, strict=True) if v == U}
    if value == engine.UNKNOWN:
        assert missing
        for path, reason in missing:
            assert (path, reason) == (REASON, engine.UNSETTLED) or path in unknown
    else:
        assert not missing
    (generated,) = codegen.build([node], fastpath.Shared())
    assert generated(engine.Ctx(date(2026, 11, 27)), facts, "") == result


def test_an_unsettled_point_alone_gives_no_missing_fact_and_no_question(tmp_path: Path) -> None:
    """Through the command line: the reason reaches the JSON, text, Markdown and explain
    output as a note "unsettled in law: ...", not as a missing fact; gaps asks no question
    for it; a fact that is missing beside it is still listed and asked for."""
    a, b = BOOL_FACTS[:2]
    point = {"unsettled": {"when": leaf(a), "reason": REASON}}
    pack = write_pack(
        tmp_path / "pack",
        [
            rule("law-only", {"fact": a, "equals": False}, applies=point),
            rule("law-and-fact", {"fact": a, "equals": False}, applies={"any": [point, leaf(b)]}),
        ],
    )
    contract = tmp_path / "c.yaml"
    contract.write_text("id: c\ntitle: t\nsafeguards: {audit_logging: true}\n")
    base = ["--pack", str(pack), "--as-of", AS_OF, "--fail-on", "never"]
    run = cli("check", str(contract), *base, "--format", "json")
    assert run.code == 0, run.err
    found = json.loads(run.out)["contracts"][0]
    notes, missing_facts = found["result_notes"], found["missing_facts"]
    results = {r["id"].split("/")[1]: r for r in found["results"]}
    note = f"unsettled in law: {REASON}"
    assert notes == [note]
    law = results["law-only"]
    assert law["status"] == "unknown"
    assert "missing" not in law and [notes[i] for i in law["notes"]] == [note]
    both = results["law-and-fact"]
    assert both["status"] == "unknown"
    assert [missing_facts[i]["path"] for i in both["missing"]] == [b]
    assert [notes[i] for i in both["notes"]] == [note]
    assert all(REASON not in m["path"] for m in missing_facts)

    text = cli("check", str(contract), *base, "--show", "unknown")
    assert text.code == 0, text.err
    assert f"note: {note}" in text.out
    assert "missing: " + REASON not in text.out
    compact = cli("check", str(contract), *base)
    assert "(unsettled in law)" in compact.out
    assert "(1 missing fact; unsettled in law)" in compact.out

    markdown = cli("check", str(contract), *base, "--format", "markdown")
    assert f"**Note:** {note}" in markdown.out.replace("\\", "")

    questions = cli("gaps", str(contract), *base[:4], "--questions", "--format", "json")
    assert questions.code == 0, questions.err
    asked = json.loads(questions.out)["contracts"][0]["questions"]
    assert [q["path"] for q in asked] == [b]
    assert all(q["rules"] == ["test-pack/law-and-fact"] for q in asked)

    explain = cli(
        "explain",
        "test-pack/law-only",
        "--pack",
        str(pack),
        "--contract",
        str(contract),
        "--as-of",
        AS_OF,
    )
    assert explain.code == 0, explain.err
    assert "UNKNOWN  the law is unsettled where:" in explain.out
    assert f"unsettled in law: {REASON}" in explain.out
    assert "question:" not in explain.out


def test_unsettled_needs_a_reason(tmp_path: Path) -> None:
    a = BOOL_FACTS[0]
    pack = write_pack(tmp_path / "pack", [rule("r", {"unsettled": {"when": leaf(a)}})])
    run = cli("packs", "lint", str(pack))
    assert run.code != 0
    assert "reason" in run.err + run.out


# --- open lists -----------------------------------------------------------------------------------

USE_CASES = ["translation", "logistics", "cyber-defense", "surveillance"]
LIST_OPS = ("contains", "any_of", "all_of", "none_of", "subset_of")


def reference_list(op: str, items: list[str], complete: bool, target: list[str]) -> str:
    have = set(items)
    want = set(target)
    if op == "contains" or op == "all_of":
        return T if want <= have else (F if complete else U)
    if op == "any_of":
        return T if have & want else (F if complete else U)
    if op == "none_of":
        return F if have & want else (T if complete else U)
    return F if not have <= want else (T if complete else U)  # subset_of


@given(
    st.sampled_from(LIST_OPS),
    st.lists(st.sampled_from(USE_CASES), max_size=4, unique=True),
    st.booleans(),
    st.lists(st.sampled_from(USE_CASES), min_size=1, max_size=3, unique=True),
)
def test_list_operators_on_open_and_complete_lists(
    op: str, items: list[str], complete: bool, target: list[str]
) -> None:
    from compliance.engine import conditions as engine

    value: Any = target[0] if op == "contains" else target
    node = engine.LeafNode(
        "use_cases", (("use_cases", False),), op, value, is_list=True, kind="vocab"
    )
    facts = {"use_cases": {"items": items, "complete": True} if complete else items}
    got, _, missing = node.evaluate(engine.Ctx(date(2026, 11, 27)), doc_of(facts).facts, "")
    expected = reference_list(op, items, complete, [value] if op == "contains" else target)
    assert engine.TRUTH_NAMES[got] == expected
    if not complete:
        # The open-list guarantee.
        if op in ("contains", "any_of", "all_of"):
            assert got != engine.FALSE
        else:
            assert got != engine.TRUE
    if got == engine.UNKNOWN:
        assert ("use_cases", "open") in missing


def test_open_list_rules_through_the_cli(tmp_path: Path) -> None:
    pack = write_pack(
        tmp_path / "pack",
        [
            rule("contains", {"fact": "use_cases", "contains": "surveillance"}),
            rule("none", {"fact": "use_cases", "none_of": ["surveillance"]}),
        ],
    )
    open_ = tmp_path / "open.yaml"
    open_.write_text("id: open\ntitle: t\nuse_cases: [translation]\n")
    closed = tmp_path / "closed.yaml"
    closed.write_text("id: closed\ntitle: t\nuse_cases: {items: [translation], complete: true}\n")
    unspec = tmp_path / "unspec.yaml"
    unspec.write_text(
        "id: unspec\ntitle: t\nuse_cases: {items: [translation, unspecified], complete: true}\n"
    )
    run = cli(
        "check",
        str(open_),
        str(closed),
        str(unspec),
        "--pack",
        str(pack),
        "--format",
        "json",
        "--as-of",
        AS_OF,
        "--fail-on",
        "never",
    )
    got = {
        c["id"]: {r["id"].split("/")[1]: r["status"] for r in c["results"]}
        for c in json.loads(run.out)["contracts"]
    }
    assert got == {
        "open": {"contains": "unknown", "none": "unknown"},
        "closed": {"contains": "fail", "none": "pass"},
        "unspec": {"contains": "unknown", "none": "unknown"},
    }


# --- the removal property -------------------------------------------------------------------------

ALLOWED = (
    {(s, s) for s in ("pass", "fail", "unknown", "not_applicable", "error")}
    | {(s, "unknown") for s in ("pass", "fail", "not_applicable")}
    | {("not_applicable", "pass")}
)


def removals(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[str, tuple[Any, ...]]]:
    """Every way to remove one piece of information from a contract's facts."""
    out: list[tuple[str, tuple[Any, ...]]] = []
    if isinstance(data, dict):
        if set(data) == {"items", "complete"}:
            out.append(("open", path))
            out.extend(removals(data["items"], (*path, "items")))
            return out
        for key in data:
            if path == () and key in ("id", "title", "clauses"):
                continue
            if (key == "id" and len(path) >= 2 and path[-2] == "items") or (
                key == "id" and (path and isinstance(path[-1], int))
            ):
                continue  # a party's id is not information about the contract
            out.append(("delete", (*path, key)))
            if data[key] != "unspecified":
                out.append(("unspecify", (*path, key)))
            out.extend(removals(data[key], (*path, key)))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            out.append(("unspecify", (*path, index)))
            out.extend(removals(item, (*path, index)))
    return out


def apply(data: Any, how: str, path: tuple[Any, ...]) -> Any:
    data = copy.deepcopy(data)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1] if path else None
    if how == "delete":
        del parent[last]
    elif how == "unspecify":
        parent[last] = "unspecified"
    else:  # open a complete list
        target = parent[last] if path else data
        target["complete"] = False
    return data


def check_removal(facts: dict[str, Any], data: Any) -> None:
    before = statuses(facts)
    options = removals(facts)
    if not options:
        return
    how, path = data.draw(st.sampled_from(options))
    reduced = apply(facts, how, path)
    after = statuses(reduced)
    # Deleting a fact a rule reads inside ``stated`` (or opening its list) may take away
    # what the contract states, as test_silence's property allows: an open term
    # (``unspecified: unknown``) made unknown becomes silence, which ``not: {stated: ...}``
    # reads as "no" (docs/writing-rule-packs.md, "A term left open").
    removal = Removal(how, tuple(path))
    stated = rule_stated([rule for pack in builtin() for rule in pack.rules])
    for rule_id, old in before.items():
        moves = ALLOWED
        if uninvokes(removal, stated(rule_id), opens=True):
            moves = ALLOWED | UNSTATED_MOVES
        assert (old, after[rule_id]) in moves, (rule_id, old, after[rule_id], how, path)


@given(contracts(), st.data())
def test_removing_information_never_flips_a_verdict(contract: dict[str, Any], data: Any) -> None:
    facts = (
        contract["clauses"][0]["facts"]
        if "clauses" in contract
        else {k: v for k, v in contract.items() if k not in ("id", "title")}
    )
    check_removal(facts, data)


@given(perturbed_contracts(), st.data())
def test_removal_property_on_perturbed_examples(facts: dict[str, Any], data: Any) -> None:
    check_removal(facts, data)


def test_a_contract_with_only_id_and_title_passes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("id: empty\ntitle: States nothing\n")
    run = cli("check", str(path), "--format", "json", "--as-of", AS_OF, "--fail-on", "never")
    assert run.code == 0, run.err
    results = json.loads(run.out)["contracts"][0]["results"]
    assert results
    assert all(r["status"] != "pass" for r in results), [
        r["id"] for r in results if r["status"] == "pass"
    ]
    assert any(r["status"] == "unknown" for r in results)


# --- exit codes -----------------------------------------------------------------------------------


@pytest.fixture
def exit_setup(tmp_path: Path) -> dict[str, Path]:
    extra = "facts:\n  type: object\n  properties:\n    score: {description: untyped}\n"
    pack = write_pack(
        tmp_path / "pack",
        [
            rule("logging", {"fact": BOOL_FACTS[0], "equals": True}),
            rule("score", {"fact": "extensions.test-pack.score", "gt": 5}),
        ],
        extra,
    )
    files = {"pack": pack}
    contents = {
        "pass": "safeguards: {audit_logging: true}\nextensions: {test-pack: {score: 9}}\n",
        "fail": "safeguards: {audit_logging: false}\nextensions: {test-pack: {score: 9}}\n",
        "unknown": "extensions: {test-pack: {score: 9}}\n",
        "error": "safeguards: {audit_logging: true}\nextensions: {test-pack: {score: x}}\n",
        "bad": "staus: signed\n",
    }
    for name, body in contents.items():
        path = tmp_path / f"{name}.yaml"
        path.write_text(f"id: {name}\ntitle: {name}\n{body}")
        files[name] = path
    return files


@pytest.mark.parametrize(
    ("inputs", "fail_on", "code"),
    [
        (["pass"], "fail", 0),
        (["unknown"], "fail", 0),
        (["unknown"], "unknown", 1),
        (["fail"], "fail", 1),
        (["fail"], "never", 0),
        (["bad", "fail"], "fail", 2),
        (["bad"], "never", 2),
        (["error"], "never", 3),
        (["error", "bad", "fail"], "fail", 3),
        (["pass", "unknown", "fail"], "unknown", 1),
    ],
)
def test_exit_code_precedence(
    exit_setup: dict[str, Path], inputs: list[str], fail_on: str, code: int
) -> None:
    run = cli(
        "check",
        *(str(exit_setup[i]) for i in inputs),
        "--pack",
        str(exit_setup["pack"]),
        "--fail-on",
        fail_on,
        "--as-of",
        AS_OF,
    )
    assert run.code == code, (run.out, run.err)
    assert "Traceback" not in run.err
    if "bad" in inputs:
        # The bad file is one error line; the others are still checked.
        assert f"{exit_setup['bad']}:3:1: unknown field 'staus'" in run.err
        for other in inputs:
            if other != "bad":
                assert f"{other} — {other}" in run.out


@given(perturbed_contracts(), st.sampled_from(["requires", "applies_when"]))
def test_a_facts_evidence_entry_agrees_with_its_item(data: dict[str, Any], role: str) -> None:
    """What the evaluation path keeps of each fact (``_made``: its item, its place, its
    list's path, whether it is assumed or not a contract term, read from the provenance)
    agrees with the item :func:`evidence_item` makes, for every node of a contract's facts
    (lists, objects, unspecified facts, superseded values, every kind of source)."""
    from hypothesis import assume

    from compliance.core.errors import InputError
    from compliance.engine.evaluate import _made, evidence_item
    from compliance.facts.tree import FList, FObj

    text = json.dumps({"id": "c", "title": "c", **data}, default=str)
    try:
        doc = build_contract(
            parse_text(text, "c.json", json=True), "c.json", as_of=date(2027, 1, 1)
        )
    except InputError:  # a changed value can name a party that is not there
        assume(False)
        return
    assert doc.facts.fields
    todo: list[tuple[str, Any]] = [(key, node) for key, node in doc.facts.fields.items()]
    while todo:
        path, node = todo.pop()
        at, item, pattern, flag = _made(path, node, role)
        assert item == evidence_item(path, node, role), path
        if item.source == "assumption":
            assert flag == "assumed", path
        else:
            assert flag == ("" if item.contract_term else "non-contract"), path
        assert at == (path, node.line)
        assert (pattern is None) == ("[" not in path)
        if isinstance(node, FObj):
            todo.extend((f"{path}.{key}", child) for key, child in node.fields.items())
        elif isinstance(node, FList):
            todo.extend((f"{path}[{i}]", child) for i, child in enumerate(node.items))


@cache
def _all_packs() -> list[CompiledPack]:
    from compliance.packs.locate import builtin_ids

    return instantiate(compile_packs(builtin_ids()))


@given(
    perturbed_contracts(), st.sampled_from([date(2021, 3, 1), date(2026, 11, 27), date(2031, 1, 1)])
)
def test_what_a_contract_shares_between_rules_changes_no_result(
    data: dict[str, Any], as_of: date
) -> None:
    """A contract's rules share what they make of it (the date gates of rules with the same
    dates and transitions; evidence and missing facts by the facts themselves; the merge
    of two parts): each result is the one the rule gives in a context of its own."""
    from hypothesis import assume

    from compliance.core.errors import InputError
    from compliance.engine import conditions as engine
    from compliance.engine.evaluate import evaluate_rule

    text = json.dumps({"id": "c", "title": "c", **data}, default=str)
    try:
        doc = build_contract(parse_text(text, "c.json", json=True), "c.json", as_of=as_of)
    except InputError:  # a changed value can name a party that is not there
        assume(False)
        return
    packs = _all_packs()
    shared = evaluate_contract(doc, packs, as_of).results
    alone = []
    for pack in packs:
        for rule in pack.rules:
            ctx = engine.Ctx(as_of)
            ctx.bound = doc.bound
            alone.append(evaluate_rule(rule, doc, ctx))
    alone.sort(key=lambda result: (result.pack, result.rule))
    assert [r.to_dict() for r in shared] == [r.to_dict() for r in alone]


# --- a date fact compared with the assessment date ({as_of: true}) ----------------------------

_DATE_OPS = {"lt": operator.lt, "le": operator.le, "gt": operator.gt, "ge": operator.ge}
_DAYS = st.dates(date(2024, 1, 1), date(2031, 12, 31))


@given(
    st.sampled_from(sorted(_DATE_OPS)),
    st.one_of(_DAYS, st.just("unspecified"), st.none()),
    _DAYS,
    st.sampled_from((T, F, U)),
)
def test_a_date_fact_compared_with_the_assessment_date(
    op: str, put: date | str | None, day: date, other: str
) -> None:
    """``{fact: F, OP: {as_of: true}}`` is Python's comparison of the stated date with the
    assessment date; unknown, with the fact missing, when the date is absent or unspecified.
    The generated code (here inside an ``all`` and a ``not``, which it inlines) gives the
    same result, evidence and missing facts as the interpreter."""
    from compliance.engine import codegen, fastpath
    from compliance.engine import conditions as engine
    from compliance.engine.build import build_node

    leaf = {"fact": "system.put_into_service", op: {"as_of": True}}
    node = build_node(compile_condition(leaf), "t", {}, [])
    data: dict[str, Any] = {}
    if put is not None:
        set_path(data, "system.put_into_service", put if isinstance(put, str) else put.isoformat())
    if other != U:
        set_path(data, BOOL_FACTS[0], other == T)
    facts = doc_of(data).facts
    value, evidence, missing = node.evaluate(engine.Ctx(day), facts, "")
    if isinstance(put, date):
        assert engine.TRUTH_NAMES[value] == (T if _DATE_OPS[op](put, day) else F)
        assert [path for path, _ in evidence] == ["system.put_into_service"]
        assert missing == ()
    else:
        reason = engine.ABSENT if put is None else engine.UNSPECIFIED
        assert (value, missing) == (engine.UNKNOWN, (("system.put_into_service", reason),))
    tree = compile_condition({"all": [{"not": leaf}, {"fact": BOOL_FACTS[0], "equals": True}]})
    whole = build_node(tree, "t", {}, [])
    (generated,) = codegen.build([whole], fastpath.Shared())
    assert generated(engine.Ctx(day), facts, "") == whole.ev(engine.Ctx(day), facts, "")


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ({"fact": "system.put_into_service", "equals": {"as_of": True}}, "not equals"),
        ({"fact": "system.put_into_service", "le": {"as_of": False}}, "{as_of: true}"),
        ({"fact": "system.put_into_service", "le": {"as_of": True, "x": 1}}, "{as_of: true}"),
        ({"fact": "safeguards.log_retention_months", "le": {"as_of": True}}, "a date with"),
        ({"fact": "geography.deployment", "contains": {"as_of": True}}, "not contains"),
        ({"fact": "geography.deployment", "le": {"as_of": True}}, "is a list"),
    ],
)
def test_a_malformed_comparison_with_the_assessment_date_is_refused(
    condition: dict[str, Any], message: str
) -> None:
    from compliance.core.errors import PackError

    with pytest.raises(PackError) as caught:
        compile_condition(condition)
    assert message in str(caught.value)


def test_a_date_compared_with_the_assessment_date_is_read_on_each_period_of_terms(
    tmp_path: Path,
) -> None:
    """A duty that applies from a later day is read on the terms of each period from its
    first day on, each on its own day (``_worst_period``, ``_day_ctx``): the comparison
    with the assessment date uses that day, not ``--as-of``."""
    pack = write_pack(
        tmp_path / "pack",
        [
            json.dumps(
                {
                    **json.loads(
                        rule("placed", {"fact": "system.put_into_service", "le": {"as_of": True}})
                    ),
                    "effective": {"from": "2027-01-01"},
                }
            )
        ],
    )
    packs = instantiate(compile_packs([str(pack)]))

    def status(put: str) -> tuple[str, list[str]]:
        data = {
            "term": {"start": "2026-01-01", "end": "2028-12-31"},
            "clauses": [
                {"id": "1", "facts": {"system": {"put_into_service": put}}},
                {
                    "id": "2",
                    "effective": "2027-06-01",
                    "facts": {"safeguards": {"audit_logging": True}},
                },
            ],
        }
        text = json.dumps({"id": "c", "title": "c", **data})
        doc = build_contract(
            parse_text(text, "c.json", json=True), "c.json", as_of=date(2026, 6, 1)
        )
        (result,) = evaluate_contract(doc, packs, date(2026, 6, 1)).results
        return result.status, result.notes

    # Placed before the duty's first day but after --as-of: every period is read on a day
    # the system is on the market.
    assert status("2026-12-01")[0] == "pass"
    # Placed on the first day of the second period: the first period, read on 2027-01-01,
    # is the worst.
    got, notes = status("2027-06-01")
    assert got == "fail"
    assert any("2027-01-01" in note for note in notes)
    # Placed after the last period starts: never on the market while the duty applies.
    assert status("2027-06-02")[0] == "fail"
