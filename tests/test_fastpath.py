"""The fast path (rule parts as generated code: compliance.engine.codegen / fastpath) gives
exactly what the interpreter gives: the same result (value, evidence and missing facts in
the same order), the same errors and legal defaults, for every rule part and definition of
every built-in pack, on the bundled examples, the pack fixtures, generated contracts and
perturbed examples, at several assessment dates; and the same reports, byte for byte."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, cli
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from strategies import perturbed_contracts

from compliance.contracts.load import ContractDoc, build_contract, load_contract
from compliance.core.errors import InputError
from compliance.engine import codegen, fastpath
from compliance.engine import conditions as engine
from compliance.engine.build import instantiate
from compliance.engine.evaluate import evaluate_contract
from compliance.engine.ir import CompiledPack
from compliance.facts.tree import FLeaf, FList, FNode, FObj, FUnspec, binding_view
from compliance.packs.compiler import compile_packs
from compliance.packs.locate import builtin_ids
from compliance.tools.bench.generate import generate_contracts

DATES = (date(2024, 3, 1), date(2026, 8, 2), date(2026, 11, 27), date(2031, 1, 1))
EXAMPLES = sorted((ROOT / "contracts").glob("*.yaml"))


@cache
def packs() -> list[CompiledPack]:
    return instantiate(compile_packs(builtin_ids()))


def rule_nodes() -> Iterator[engine.Node]:
    """Every node of every built-in rule's parts, once for each place it is reached from
    (a definition's reference is not followed)."""
    for pack in packs():
        for rule in pack.rules:
            stack = [part for part in (rule.applies, rule.requires) if part is not None]
            while stack:
                node = stack.pop()
                yield node
                if not isinstance(node, engine.RefNode):
                    stack.extend(node.children())


@cache
def parts() -> list[tuple[str, engine.Node]]:
    """Every rule part and every definition of the built-in packs, once each."""
    out: dict[int, tuple[str, engine.Node]] = {}
    for pack in packs():
        for rule in pack.rules:
            named = [("applies_when", rule.applies), ("requires", rule.requires)]
            for role, node in named:
                if node is not None:
                    out.setdefault(id(node), (f"{rule.ir.full_id} {role}", node))
    stack = [node for _, node in out.values()]
    while stack:
        node = stack.pop()
        target = node.target if isinstance(node, engine.RefNode) else None
        if target is not None and id(target) not in out:
            out[id(target)] = (f"{node.pack}/{node.name}", target)  # type: ignore[attr-defined]
        stack.extend(node.children())
    return list(out.values())


@cache
def generated() -> list[Any]:
    """The generated function of each part, in the order of :func:`parts`."""
    return codegen.build([node for _, node in parts()], fastpath.Shared())


def differences(facts: FObj, as_of: date, functions: list[Any] | None = None) -> list[str]:
    """Where the generated code and the interpreter disagree on ``facts`` (and on its
    terms-only view), each part evaluated in turn in one context per side, so that
    definitions are memoised as in a real run."""
    functions = functions if functions is not None else generated()
    out = []
    for tree in (facts, binding_view(facts)):
        slow, fast = engine.Ctx(as_of), engine.Ctx(as_of)
        for (name, node), function in zip(parts(), functions, strict=True):
            slow.errors, fast.errors, slow.defaulted, fast.defaulted = [], [], [], []
            expected = node.ev(slow, tree, "")
            actual = function(fast, tree, "")
            if actual != expected:
                out.append(f"{name}: {actual!r} != {expected!r}")
            elif (fast.errors, fast.defaulted) != (slow.errors, slow.defaulted):
                out.append(f"{name}: errors or defaults differ")
    return out


@cache
def example_docs() -> list[tuple[str, date, ContractDoc]]:
    return [
        (path.name, day, load_contract(str(path), as_of=day)) for path in EXAMPLES for day in DATES
    ]


def fixture_docs() -> list[tuple[str, date, ContractDoc]]:
    """The contracts of every built-in rule's fixtures (the pack tests)."""
    from compliance.document.loader import load_file
    from compliance.document.nodes import Mapping
    from compliance.packs.fixtures import _with_header
    from compliance.tools.bench.generate import AS_OF

    out = []
    for test_file in sorted((ROOT / "rules").glob("*/*.test.yaml")):
        root = load_file(str(test_file))
        assert isinstance(root, Mapping)
        _, cases = root.entries["cases"]
        for case in cases.items:  # type: ignore[attr-defined]
            _, contract = case.entries["contract"]
            _, name = case.entries["name"]
            as_of = case.entries.get("as_of")
            day = date.fromisoformat(str(as_of[1].value)) if as_of else AS_OF
            try:
                doc = build_contract(
                    _with_header(contract, str(name.value)), str(test_file), as_of=day
                )
            except InputError:
                continue
            out.append((f"{test_file.name}: {name.value}", day, doc))
    return out


def test_every_part_of_every_builtin_pack_is_generated() -> None:
    assert len(parts()) > 200  # rule parts and definitions of the built-in packs
    assert len(generated()) == len(parts())


def test_the_bundled_examples_give_the_same_results() -> None:
    for name, day, doc in example_docs():
        assert differences(doc.facts, day) == [], f"{name} on {day}"


def test_the_pack_fixtures_give_the_same_results() -> None:
    found = fixture_docs()
    assert len(found) > 200
    for name, day, doc in found:
        assert differences(doc.facts, day) == [], name


def test_generated_contracts_give_the_same_results(tmp_path: Path) -> None:
    for number, path in enumerate(generate_contracts(40, seed=11, folder=tmp_path)):
        for day in DATES[number % 2 :: 2]:
            doc = load_contract(str(path), as_of=day)
            assert differences(doc.facts, day) == [], f"{path.name} on {day}"


@settings(max_examples=60)
@given(perturbed_contracts(), st.sampled_from(DATES))
def test_perturbed_examples_give_the_same_results(data: dict[str, Any], day: date) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.json"
        path.write_text(json.dumps({"id": "c", "title": "c", **data}), encoding="utf-8")
        try:
            doc = load_contract(str(path), as_of=day)
        except InputError:  # a changed value can name a party that is not there
            assume(False)
            return
    assert differences(doc.facts, day) == []


def mangled(node: FNode, data: st.DataObject) -> FNode:
    """A copy of a fact tree with some facts replaced by what rules do not expect: an
    unspecified fact, an object or an open list where a value is, values of other types
    (one that cannot be hashed)."""
    if isinstance(node, FObj):
        out = FObj(node.prov, node.line, node.col)
        out.fields = {name: mangled(child, data) for name, child in node.fields.items()}
        return out
    if isinstance(node, FList):
        return FList(
            [mangled(item, data) for item in node.items],
            node.complete,
            node.prov,
            node.line,
            node.col,
        )
    choice = data.draw(st.integers(0, 11))
    prov, line, col = node.prov, node.line, node.col
    if choice == 1:
        return FUnspec(prov, line, col)
    if choice == 2:
        return FObj(prov, line, col)
    if choice == 3:
        return FList([FLeaf("x", prov, line, col)], False, prov, line, col)
    if choice in (4, 5, 6):
        value = {4: ["not", "hashable"], 5: 3, 6: None}[choice]
        return FLeaf(value, prov, line, col)
    return node


@settings(max_examples=40)
@given(st.sampled_from(EXAMPLES), st.sampled_from(DATES), st.data())
def test_mangled_facts_give_the_same_results_and_errors(
    path: Path, day: date, data: st.DataObject
) -> None:
    """Where a predicate meets an unexpected node or value (an error, an unspecified or
    absent fact), the generated code does what the interpreter does."""
    doc = load_contract(str(path), as_of=day)
    facts = mangled(doc.facts, data)
    assert isinstance(facts, FObj)
    assert differences(facts, day) == []


def test_mangled_facts_reach_errors() -> None:
    """The mangled trees do make predicates fail (the test above is not vacuous)."""
    doc = load_contract(str(EXAMPLES[0]), as_of=DATES[2])
    facts = FObj(doc.facts.prov, 1, 1)
    for name, child in doc.facts.fields.items():
        facts.fields[name] = FLeaf(["not", "hashable"], child.prov, 1, 1)
    ctx = engine.Ctx(DATES[2])
    results = [function(ctx, facts, "") for function in generated()]
    assert any(value == engine.ERROR for value, _, _ in results)
    assert ctx.errors
    assert differences(facts, DATES[2]) == []


@pytest.mark.parametrize(
    "mutation",
    [
        {"TRUE": engine.FALSE, "FALSE": engine.TRUE},  # an operator's outcome inverted
        {"ABSENT": engine.UNSPECIFIED},  # a missing fact's reason wrong
    ],
)
def test_the_comparison_can_fail(mutation: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Generated code with an inlined predicate or connective wrong is caught on the bundled
    examples."""
    for name, value in mutation.items():
        monkeypatch.setattr(codegen, name, value)
    wrong = codegen.build([node for _, node in parts()], fastpath.Shared())
    found = [
        line for name, day, doc in example_docs() for line in differences(doc.facts, day, wrong)
    ]
    assert found


def test_whole_reports_are_the_same_with_and_without_the_fast_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every rule evaluated by generated code from its first contract on (``WARM_UP`` 0)
    gives the same reports as the interpreter alone."""
    slow_packs, fast_packs = packs(), instantiate(compile_packs(builtin_ids()))
    monkeypatch.setattr(fastpath, "WARM_UP", 0)
    for pack in slow_packs:
        for rule in pack.rules:  # never generated: interpreter only
            rule.fast = fastpath.FastRule()
            rule.fast.owner = rule
            rule.fast.seen = -(10**9)
    for name, day, doc in example_docs():
        slow = evaluate_contract(doc, slow_packs, day)
        fast = evaluate_contract(doc, fast_packs, day)
        assert fast == slow, name
        assert json.dumps(fast.to_dict(), default=str) == json.dumps(slow.to_dict(), default=str)
    assert all(rule.fast.requires is not None for pack in fast_packs for rule in pack.rules)
    assert all(rule.fast.requires is None for pack in slow_packs for rule in pack.rules)
    for pack in slow_packs:
        for rule in pack.rules:
            rule.fast = None


def test_generated_code_is_not_pickled_nor_copied(monkeypatch: pytest.MonkeyPatch) -> None:
    """A compiled rule pickles (e.g. to a batch worker) without its generated code, and a
    copy of a rule with other conditions does not run the code of the first."""
    from compliance.core.records import replace

    monkeypatch.setattr(fastpath, "WARM_UP", 0)
    first, second = instantiate(compile_packs(["no-autonomous-weapons"]))[0].rules[:2]
    made = fastpath.fast_parts(first)
    assert made is not None and made.requires is not None
    again = pickle.loads(pickle.dumps(first))
    assert again.fast.requires is None and again.fast.seen == 0
    copy = replace(first, requires=second.requires, applies=second.applies)
    assert copy.fast is first.fast  # the record's copy shares the field...
    fresh = fastpath.fast_parts(copy)
    assert fresh is not None and fresh is not made and fresh.owner is copy  # ...not its code
    assert fresh.shared is made.shared


def test_a_batch_with_generated_code_writes_the_reports_of_the_interpreter() -> None:
    """The real CLI with every rule's code generated from the first contract on
    (``WARM_UP`` 0) writes, for each contract of a batch, the JSON Lines line that a run of
    that contract alone (the interpreter: one contract never reaches ``WARM_UP``) writes."""
    files = [str(path) for path in EXAMPLES]
    args = ["check", *files, "--as-of", "2026-11-27", "--format", "jsonl", "--jobs", "1"]
    code = (
        "import atexit, runpy, sys; import compliance.engine.fastpath as f; f.WARM_UP = 0\n"
        "made = []; compile_rule = f.compile_rule\n"
        "f.compile_rule = lambda rule, fast: (made.append(rule), compile_rule(rule, fast))\n"
        "atexit.register(lambda: print(f'compiled {len(made)}', file=sys.stderr))\n"
        f"sys.argv = ['compliance', *{args!r}]; runpy.run_module('compliance', run_name='__main__')"
    )
    batch = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert batch.returncode in (0, 1), batch.stderr
    every = sum(len(pack.rules) for pack in packs())
    assert f"compiled {every}" in batch.stderr  # every built-in rule ran as generated code
    contracts = {}
    for text in batch.stdout.splitlines():
        line = json.loads(text)
        if line.get("type") == "contract":
            contracts[line["path"]] = text
    assert len(contracts) == len(files)
    for path in files:
        alone = cli("check", path, "--as-of", "2026-11-27", "--format", "jsonl")
        text = next(t for t in alone.out.splitlines() if json.loads(t).get("type") == "contract")
        assert text == contracts[json.loads(text)["path"]], path


def test_a_rule_its_code_cannot_be_compiled_for_stays_interpreted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Code Python cannot compile (e.g. blocks nested too deep) leaves the rule to the
    interpreter, with the same results, and is not tried again."""
    tries = []

    def refuse(nodes: Any, shared: Any, filename: str = "") -> Any:
        tries.append(filename)
        raise SyntaxError("too many statically nested blocks")

    monkeypatch.setattr(fastpath, "WARM_UP", 0)
    monkeypatch.setattr(codegen, "build", refuse)
    rules = instantiate(compile_packs(["no-autonomous-weapons"]))
    _, day, doc = example_docs()[0]
    first = evaluate_contract(doc, rules, day)
    assert len(tries) == len(rules[0].rules)  # tried once for each rule...
    assert evaluate_contract(doc, rules, day) == first
    assert len(tries) == len(rules[0].rules)  # ...and not again
    assert all(rule.fast.requires is None for rule in rules[0].rules)


def test_compile_now_generates_every_rule_and_keeps_the_results() -> None:
    """A batch large enough generates every rule's code before its first contract
    (:func:`compile_now`); the rules then give the interpreter's results from the start."""
    from compliance.engine.fastpath import compile_now

    packs = instantiate(compile_packs(builtin_ids()))
    rules = [rule for pack in packs for rule in pack.rules]
    assert all(rule.fast is None or rule.fast.requires is None for rule in rules)
    compile_now(rules)
    assert all(rule.fast is not None and rule.fast.requires is not None for rule in rules)
    interpreted = instantiate(compile_packs(builtin_ids()))
    for path in EXAMPLES:
        doc = load_contract(str(path))
        for as_of in (date(2025, 1, 1), date(2027, 6, 1)):
            fast = evaluate_contract(doc, packs, as_of)
            slow = evaluate_contract(doc, interpreted, as_of)
            assert fast.to_dict() == slow.to_dict(), path.name


def test_compile_now_leaves_a_rule_whose_code_cannot_compile() -> None:
    from compliance.engine.fastpath import compile_now

    (pack,) = instantiate(compile_packs(["no-autonomous-weapons"]))
    rule = pack.rules[0]
    compile_now([rule])
    assert rule.fast is not None
    rule.fast.applies = rule.fast.requires = None
    rule.fast.seen = -(2**62)  # as fast_parts marks a rule Python cannot compile
    compile_now([rule])
    assert rule.fast.requires is None and rule.fast.seen < 0


def _compiler_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names Python's compiler is asked to compile generated code for."""
    calls: list[str] = []

    def counting(source: str, filename: str, mode: str) -> Any:
        calls.append(filename)
        return compile(source, filename, mode)

    monkeypatch.setattr(codegen, "compile", counting, raising=False)
    return calls


def test_the_builtin_packs_code_is_shipped_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch of the built-in packs compiles none of their generated code (it is shipped
    compiled, by the digest of its source: the same in every process, no object's address
    in it), and gives the interpreter's results."""
    from compliance.packs.codecache import compile_shipped

    calls = _compiler_calls(monkeypatch)
    packs = instantiate(compile_packs(builtin_ids()))
    compile_shipped(rule for pack in packs for rule in pack.rules)
    assert calls == []
    assert all(
        rule.fast is not None and rule.fast.requires is not None for p in packs for rule in p.rules
    )
    interpreted = instantiate(compile_packs(builtin_ids()))
    for path in EXAMPLES:
        doc = load_contract(str(path))
        fast = evaluate_contract(doc, packs, date(2027, 6, 1))
        assert fast.to_dict() == evaluate_contract(doc, interpreted, date(2027, 6, 1)).to_dict()


def test_code_not_shipped_is_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Code whose source is not shipped (a pack of one's own, a built-in pack edited) is
    compiled as before: here nothing is shipped."""
    from compliance.packs.codecache import compile_shipped, shipped_code

    (pack,) = instantiate(compile_packs(["no-autonomous-weapons"]))
    rule = pack.rules[0]
    monkeypatch.setattr(codegen, "CODE", None)
    calls = _compiler_calls(monkeypatch)
    shipped = shipped_code()
    assert shipped
    monkeypatch.setattr("compliance.packs.codecache.shipped_code", lambda: {})
    compile_shipped([rule])
    assert calls and rule.fast is not None and rule.fast.requires is not None
    assert set(calls) <= {name for name, _ in shipped}


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01not marshal", b"MAGIC\xfb\x00\x00\x00\x00", b"MAGIC-not-marshal"],
)
def test_a_code_file_that_cannot_be_read_is_not_used(tmp_path: Path, content: bytes) -> None:
    import marshal
    from importlib.util import MAGIC_NUMBER

    from compliance.packs.codecache import FORMAT, shipped_code

    path = tmp_path / "rule-code.marshal"
    path.write_bytes(content.replace(b"MAGIC", MAGIC_NUMBER))
    assert shipped_code(str(path)) == {}
    code = compile("1", "g", "exec")
    for payload in (
        {"format": FORMAT, "code": {("f", "d"): "not code"}},
        {"format": FORMAT, "code": [code]},
        {"format": FORMAT + 1, "code": {("f", "d"): code}},
    ):
        path.write_bytes(MAGIC_NUMBER + marshal.dumps(payload))
        assert shipped_code(str(path)) == {}
    path.write_bytes(
        b"\x00\x00\r\n" + marshal.dumps({"format": FORMAT, "code": {("f", "d"): code}})
    )
    assert shipped_code(str(path)) == {}  # another interpreter's: not unmarshalled
    path.write_bytes(MAGIC_NUMBER + marshal.dumps({"format": FORMAT, "code": {("f", "d"): code}}))
    assert shipped_code(str(path)) == {("f", "d"): code}


def test_the_shipped_code_is_fresh_and_its_check_can_fail(tmp_path: Path) -> None:
    from compliance.packs.codecache import builtin_code, code_bytes, code_is_fresh

    code = builtin_code()
    assert code_is_fresh(code=code)
    path = tmp_path / "rule-code.marshal"
    stale = dict(code)
    key = next(iter(stale))
    stale[key] = compile("x = 1", key[0], "exec")
    path.write_bytes(code_bytes(stale))
    assert not code_is_fresh(str(path), code)
    del stale[key]
    path.write_bytes(code_bytes(stale))
    assert not code_is_fresh(str(path), code)
    path.write_bytes(code_bytes(code))
    assert code_is_fresh(str(path), code)


def _leaves(node: engine.Node, fact: str) -> int:
    """How many leaves of ``node`` read ``fact`` (outside ``some`` / ``every``)."""
    if isinstance(node, engine.LeafNode):
        return int(node.fact == fact)
    if isinstance(node, engine.EachNode | engine.RefNode):
        return 0
    return sum(_leaves(child, fact) for child in node.children())


def test_a_leaf_a_rule_part_reads_twice_is_read_once() -> None:
    """A ban's ``prohibited`` read by the rule's own test and by the ``permits_practice``
    shorthand built on it is read once by the generated code (an error in it is read again
    by the interpreter: the mangled-facts test above holds the errors the same)."""
    (rule,) = [
        r
        for p in packs()
        for r in p.rules
        if r.ir.full_id == "no-autonomous-weapons/autonomous-weapons-ban"
    ]
    fact = "restrictions.autonomous_weapons.prohibited"
    assert _leaves(rule.requires, fact) >= 3
    source, _, _ = codegen.generate([rule.requires], fastpath.Shared())
    assert source.count(f"(({fact!r}, ") == 1  # the evidence of one leaf read inline
    doc = load_contract(str(ROOT / "contracts" / "nato-openai-2026.yaml"), as_of=DATES[2])
    (function,) = codegen.build([rule.requires], fastpath.Shared())
    slow, fast = engine.Ctx(DATES[2]), engine.Ctx(DATES[2])
    assert function(fast, doc.facts, "") == rule.requires.ev(slow, doc.facts, "")


def test_every_expansion_of_a_practice_is_the_same() -> None:
    """A ``permits_practice`` expansion is memoised by the practice's id alone
    (:class:`compliance.engine.connectives.PracticeNode`): that is sound only while every
    rule's expansion of one practice is the same condition (its description aside, which
    the rule may give)."""

    def without_description(ir: Any) -> Any:
        if isinstance(ir, dict):
            return {k: without_description(v) for k, v in ir.items() if k != "description"}
        if isinstance(ir, list):
            return [without_description(v) for v in ir]
        return ir

    found: dict[str, list[str]] = {}

    def walk(ir: Any) -> None:
        if isinstance(ir, dict):
            if "practice" in ir and ir.get("op") == "all":
                found.setdefault(ir["practice"], []).append(
                    json.dumps(without_description(ir), sort_keys=True)
                )
            for value in ir.values():
                walk(value)
        elif isinstance(ir, list):
            for value in ir:
                walk(value)

    for pack in packs():
        for rule in pack.rules:
            walk(rule.ir.applies)
            walk(rule.ir.requires)
        for spec in pack.ir.definitions.values():
            walk(spec["ir"])
    assert sum(len(texts) for texts in found.values()) >= 20  # the packs name practices
    for practice, texts in sorted(found.items()):
        assert len(set(texts)) == 1, practice


def test_a_practice_is_evaluated_once_a_contract() -> None:
    """Rules that name the same practice read its result from the context: the expansion's
    ``all`` runs once a contract (the interpreter's path; the generated code uses the same
    memo entries, test_the_bundled_examples_give_the_same_results)."""
    calls: dict[tuple[str, str], int] = {}
    nodes = [node for node in rule_nodes() if isinstance(node, engine.PracticeNode)]
    assert len({node.key for node in nodes}) < len(nodes)  # named by more than one rule
    originals = {}
    for node in nodes:
        plain = node.plain
        if id(plain) in originals:
            continue
        originals[id(plain)] = plain.ev

        def counted(ctx: Any, obj: Any, prefix: str, _node: Any = node, _ev: Any = plain.ev) -> Any:
            calls[_node.key] = calls.get(_node.key, 0) + 1
            return _ev(ctx, obj, prefix)

        plain.ev = counted  # type: ignore[method-assign]
    try:
        ctx = engine.Ctx(date(2026, 11, 27))
        doc = load_contract(str(ROOT / "contracts" / "nato-openai-2026.yaml"))
        for node in nodes:
            node.ev(ctx, doc.facts, "")
    finally:
        for node in nodes:
            node.plain.__dict__.pop("ev", None)
    assert calls and max(calls.values()) == 1, calls


def test_a_condition_rules_share_is_one_node_and_changes_no_verdict() -> None:
    """A compiled condition that several rules share (one object in the shipped packs,
    :func:`compliance.core.shipped.shared`) is built into one node per pack; packs built from
    a copy that shares nothing give the same report on every bundled example."""
    from compliance.packs import cache as packcache

    seen: dict[int, int] = {}
    for node in rule_nodes():
        seen[id(node)] = seen.get(id(node), 0) + 1
    assert len(seen) < 0.8 * sum(seen.values())  # shared: reached from more than one place
    packset = compile_packs(builtin_ids())
    copied = packcache.packset_from_json(json.loads(json.dumps(packcache.packset_to_json(packset))))
    unshared = instantiate(copied)
    for path in sorted((ROOT / "contracts").glob("*.yaml")):
        doc = load_contract(str(path))
        for day in (date(2026, 12, 6), date(2028, 9, 1)):
            shared_report = evaluate_contract(doc, packs(), day).to_dict()
            assert shared_report == evaluate_contract(doc, unshared, day).to_dict(), path.name
