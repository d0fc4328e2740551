"""``stated`` with ``unspecified: unknown`` (docs/writing-rule-packs.md, section 10, "A term
left open"): true where the part is true, false where it is false or unknown only through
facts the contract leaves out, unknown (those facts missing) where it is unknown through a
fact the contract states as ``unspecified``. Random formulas against a hand-written oracle,
through the interpreter and the generated code; and a pack through the real CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from conftest import cli
from hypothesis import given
from hypothesis import strategies as st

from compliance.contracts.load import ContractDoc, build_contract
from compliance.document.loader import parse_text
from compliance.engine import codegen, fastpath
from compliance.engine import conditions as engine

FACTS = ["safeguards.audit_logging", "safeguards.audit_rights", "safeguards.vendor_monitoring"]
#: A fact's state in a contract: stated true or false, left out, or stated as unspecified.
TRUE, FALSE, ABSENT, OPEN = "true", "false", "absent", "unspecified"
STATES = (TRUE, FALSE, ABSENT, OPEN)
T, F, U = "T", "F", "U"
AS_OF = date(2026, 11, 27)


def doc_of(states: tuple[str, ...]) -> ContractDoc:
    data: dict[str, Any] = {"id": "c", "title": "c"}
    for path, state in zip(FACTS, states, strict=True):
        if state == ABSENT:
            continue
        value: Any = state == TRUE if state in (TRUE, FALSE) else "unspecified"
        head, name = path.split(".")
        data.setdefault(head, {})[name] = value
    return build_contract(parse_text(json.dumps(data), "c.json", json=True), "c.json")


formulas = st.recursive(
    st.sampled_from(range(len(FACTS))).map(lambda i: ("leaf", i)),
    lambda inner: st.one_of(
        st.tuples(st.just("all"), st.lists(inner, min_size=1, max_size=3)),
        st.tuples(st.just("any"), st.lists(inner, min_size=1, max_size=3)),
        *(st.tuples(st.just(kind), inner) for kind in ("not", "stated", "stated-open")),
    ),
    max_leaves=8,
)


def oracle(formula: Any, states: tuple[str, ...]) -> tuple[str, set[tuple[str, str]]]:
    """The value and the missing facts (path, reason), by hand: strong Kleene logic; an
    unknown part's missing facts travel up while the result is unknown."""
    kind = formula[0]
    if kind == "leaf":
        path, state = FACTS[formula[1]], states[formula[1]]
        if state in (ABSENT, OPEN):
            return U, {(path, state)}
        return (T if state == TRUE else F), set()
    if kind == "not":
        value, missing = oracle(formula[1], states)
        return {T: F, F: T, U: U}[value], missing
    if kind in ("stated", "stated-open"):
        value, missing = oracle(formula[1], states)
        if value != U:
            return value, set()
        left_open = {entry for entry in missing if entry[1] == OPEN}
        if kind == "stated-open" and left_open:
            return U, left_open
        return F, set()
    results = [oracle(part, states) for part in formula[1]]
    values = {value for value, _ in results}
    decisive, other = (F, T) if kind == "all" else (T, F)
    if decisive in values:
        return decisive, set()
    if values == {other}:
        return other, set()
    return U, {entry for value, missing in results if value == U for entry in missing}


def node_of(formula: Any) -> engine.Node:
    kind = formula[0]
    if kind == "leaf":
        path = FACTS[formula[1]]
        steps = tuple((name, False) for name in path.split("."))
        return engine.LeafNode(path, steps, "equals", True, is_list=False, kind="bool")
    if kind == "not":
        return engine.NotNode(node_of(formula[1]))
    if kind in ("stated", "stated-open"):
        return engine.StatedNode(node_of(formula[1]), open_unknown=kind == "stated-open")
    parts = [node_of(part) for part in formula[1]]
    return engine.AllNode(parts) if kind == "all" else engine.AnyNode(parts)


NAMES = {engine.TRUE: T, engine.FALSE: F, engine.UNKNOWN: U}


@given(formulas, st.tuples(*(st.sampled_from(STATES) for _ in FACTS)))
def test_stated_with_unspecified_unknown_follows_the_oracle(
    formula: Any, states: tuple[str, ...]
) -> None:
    node = node_of(formula)
    facts = doc_of(states).facts
    value, _, missing = node.ev(engine.Ctx(AS_OF), facts, "")
    assert (NAMES[value], set(missing)) == oracle(formula, states)
    (function,) = codegen.build([node], fastpath.Shared())
    assert function(engine.Ctx(AS_OF), facts, "") == node.ev(engine.Ctx(AS_OF), facts, "")


@given(formulas, st.tuples(*(st.sampled_from((TRUE, FALSE, ABSENT)) for _ in FACTS)))
def test_without_a_fact_left_open_it_is_plain_stated(formula: Any, states: tuple[str, ...]) -> None:
    """Where the contract leaves nothing open, ``unspecified: unknown`` changes nothing."""
    facts = doc_of(states).facts
    plain = node_of(("stated", formula)).ev(engine.Ctx(AS_OF), facts, "")
    assert node_of(("stated-open", formula)).ev(engine.Ctx(AS_OF), facts, "") == plain


WAIVER = "restrictions.social_scoring.waivable_by_customer"

PACK = f"""id: open-pack
title: Open
version: 1.0.0
description: Test pack.
disclaimer: Test only.
rules:
  - id: not-waivable
    title: The customer may not waive the ban
    severity: low
    basis: guidance
    citations: [{{instrument: Test, provision: "1", url: "https://example.org"}}]
    rationale: test
    requires:
      description: the customer may not waive the ban
      not:
        stated: {{fact: {WAIVER}, equals: true}}
        unspecified: unknown
    remediation: test
    question: May the customer waive the ban?
"""


def test_a_pack_reads_a_term_left_open_as_open_through_the_cli(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text(PACK)
    folder = tmp_path / "contracts"
    folder.mkdir()
    expected = {"absent": "pass", "open": "unknown", "true": "fail", "false": "pass"}
    values = {"open": "unspecified", "true": True, "false": False}
    for name in expected:
        data: dict[str, Any] = {"id": name, "title": name}
        if name in values:
            data["restrictions"] = {"social_scoring": {"waivable_by_customer": values[name]}}
        (folder / f"{name}.json").write_text(json.dumps(data))
    run = cli(
        "check", str(folder), "--pack", str(pack), "--format", "json", "--as-of", "2026-11-27"
    )
    assert run.code in (0, 1), run.err
    report = json.loads(run.out)
    got = {c["id"]: c["results"][0]["status"] for c in report["contracts"]}
    assert got == expected
    (opened,) = [c for c in report["contracts"] if c["id"] == "open"]
    missing = [opened["missing_facts"][i] for i in opened["results"][0]["missing"]]
    assert [(m["path"], m["reason"]) for m in missing] == [(WAIVER, "unspecified")]
    explained = cli(
        "explain",
        "open-pack/not-waivable",
        "--pack",
        str(pack),
        "--contract",
        str(folder / "open.json"),
        "--as-of",
        "2026-11-27",
    )
    assert "the contract states that (unknown where it leaves the point open)" in explained.out
    assert f"missing: {WAIVER} (unspecified)" in explained.out
    # Lint reads the option (schema, satisfiability): its only findings are about this
    # bare test pack (no fixtures, an example address, a rule an empty contract passes).
    lint = cli("packs", "lint", str(pack))
    kinds = {line.split()[2] for line in lint.out.splitlines() if " error " in line}
    assert kinds <= {"missing-fixture", "vacuous"}, lint.out + lint.err


def test_a_point_only_a_press_report_leaves_open_is_silence(tmp_path: Path) -> None:
    """``unspecified`` said only by a source that does not bind (a press report) is not a
    point the contract leaves open: the contract is silent on it, and the rule reads it as
    silence (pass here), in the interpreter and through the CLI; the contract's own term
    left open stays unknown beside the report."""
    open_waiver = {"social_scoring": {"waivable_by_customer": "unspecified"}}
    report = {"id": "report", "kind": "press-report", "facts": {"restrictions": open_waiver}}
    reported = {"id": "reported", "title": "reported", "sources": [report]}
    both = {
        "id": "both",
        "title": "both",
        "restrictions": open_waiver,
        "sources": [report],
    }
    steps = tuple((name, False) for name in WAIVER.split("."))
    leaf = engine.LeafNode(WAIVER, steps, "equals", True, is_list=False, kind="bool")
    node = engine.StatedNode(leaf, open_unknown=True)
    for data, value in ((reported, engine.FALSE), (both, engine.UNKNOWN)):
        doc = build_contract(parse_text(json.dumps(data), "c.json", json=True), "c.json")
        assert node.ev(engine.Ctx(AS_OF), doc.facts, "")[0] == value
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text(PACK)
    folder = tmp_path / "contracts"
    folder.mkdir()
    for data in (reported, both):
        (folder / f"{data['id']}.json").write_text(json.dumps(data))
    run = cli(
        "check", str(folder), "--pack", str(pack), "--format", "json", "--as-of", "2026-11-27"
    )
    assert run.code in (0, 1), run.err
    got = {c["id"]: c["results"][0]["status"] for c in json.loads(run.out)["contracts"]}
    assert got == {"reported": "pass", "both": "unknown"}


def test_only_unknown_is_accepted(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text(PACK.replace("unspecified: unknown", "unspecified: false"))
    run = cli("packs", "test", str(pack))
    assert run.code != 0
    assert "unspecified" in run.out + run.err
