"""Paths read from the top of the contract (``$.``) inside ``some`` / ``every``: a condition
on a list item compares the item with a fact outside it (e.g. a sub-processor's country
with the destinations of the listed transfers).

Three-valued as everywhere: an outside fact the contract does not state is unknown, never
false; evidence and missing facts carry the outside fact's own path; the generated code
(compliance.engine.codegen) gives what the interpreter gives; the paths are checked
against the fact table like any other, with a FILE:LINE:COL error.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, cli, compile_condition
from hypothesis import given
from hypothesis import strategies as st

from compliance.contracts.load import build_contract
from compliance.document.loader import parse_text
from compliance.engine import codegen, fastpath
from compliance.engine import conditions as engine
from compliance.engine.build import build_node

AS_OF = date(2026, 11, 27)
DESTINATIONS = "data.transfers[*].destination"
T, F, U = "true", "false", "unknown"

#: Every sub-processor's country is a destination of a listed transfer.
COVERED = {
    "every": "data.sub_processors.list",
    "where": {"fact": "country", "in": {"fact": "$.data.transfers[*].destination"}},
}
#: Some sub-processor outside the EEA has no listed transfer to its country.
UNCOVERED = {
    "some": "data.sub_processors.list",
    "where": {
        "all": [
            {"not": {"fact": "country", "in": ["EEA"]}},
            {"not": {"fact": "country", "in": {"fact": "$.data.transfers[*].destination"}}},
        ]
    },
}
#: A predicate on an outside fact of its own (a list), and one on a date.
PROCESSOR_UNDER_GDPR = {
    "some": "parties",
    "where": {
        "all": [
            {"fact": "roles", "contains": "processor"},
            {"fact": "$.data.regimes", "contains": "gdpr"},
        ]
    },
}
SIGNED_EARLY = {
    "every": "data.sub_processors.list",
    "where": {
        "any": [{"fact": "$.signed_on", "lt": "2021-09-27"}, {"fact": "name", "equals": "A"}]
    },
}
#: A list read from the top inside an item.
NESTED = {
    "every": "data.sub_processors.list",
    "where": {
        "any": [
            {"fact": "country", "in": ["EEA"]},
            {"some": "$.data.transfers", "where": {"fact": "mechanism", "equals": "scc"}},
        ]
    },
}
CONDITIONS = [COVERED, UNCOVERED, PROCESSOR_UNDER_GDPR, SIGNED_EARLY, NESTED]


def node_of(condition: dict[str, Any]) -> engine.Node:
    return build_node(compile_condition(condition), "t", {"t": {}}, [])


def facts(data: dict[str, Any]) -> Any:
    text = json.dumps({"id": "c", "title": "c", **data})
    return build_contract(parse_text(text, "c.json", json=True), "c.json", as_of=AS_OF).facts


def evaluate(condition: dict[str, Any], data: dict[str, Any]) -> engine.Res:
    return node_of(condition).evaluate(engine.Ctx(AS_OF), facts(data), "")


# --- contracts: sub-processors and transfers, each list absent, open or complete -------------

COUNTRIES = ("US", "IN", "DE")
country = st.one_of(st.none(), st.sampled_from(COUNTRIES))
listing = st.sampled_from(("absent", "open", "complete"))


@st.composite
def contracts(draw: st.DrawFn) -> dict[str, Any]:
    data: dict[str, Any] = {}
    subs, subs_kind = draw(st.lists(country, max_size=3)), draw(listing)
    dests, dests_kind = draw(st.lists(country, max_size=3)), draw(listing)
    if subs_kind != "absent":
        items = [{"name": f"s{i}", **({"country": c} if c else {})} for i, c in enumerate(subs)]
        data["sub_processors"] = {"list": {"items": items, "complete": subs_kind == "complete"}}
    if dests_kind != "absent":
        items = [
            {"destination": c, "mechanism": "scc"} if c else {"mechanism": "scc"} for c in dests
        ]
        data["transfers"] = {"items": items, "complete": dests_kind == "complete"}
    return {"data": data} if data else {}


def covered_reference(data: dict[str, Any]) -> str:
    """:data:`COVERED` by hand, in strong Kleene logic: an item is true when its country is
    a stated destination, false when the destinations are all stated in a complete list
    without it, else unknown; every item, and the list complete, for true."""
    section = data.get("data", {})
    subs = section.get("sub_processors", {}).get("list")
    transfers = section.get("transfers")
    if subs is None:
        return U
    stated = (
        [t["destination"] for t in transfers["items"] if "destination" in t] if transfers else []
    )
    closed = transfers is not None and transfers["complete"]
    closed = closed and all("destination" in t for t in transfers["items"])  # type: ignore[index]
    values = []
    for item in subs["items"]:
        if "country" not in item:
            values.append(U)
        elif item["country"] in stated:
            values.append(T)
        else:
            values.append(F if closed else U)
    if not subs["complete"]:
        values.append(U)
    return F if F in values else U if U in values else T


@given(contracts())
def test_an_item_compared_with_an_outside_list_follows_kleene(data: dict[str, Any]) -> None:
    value, _, missing = evaluate(COVERED, data)
    assert engine.TRUTH_NAMES[value] == covered_reference(data)
    if value == engine.UNKNOWN:
        assert missing


@given(contracts())
def test_an_unstated_outside_fact_is_unknown_never_false(data: dict[str, Any]) -> None:
    """Taking away the transfers (the outside fact) never decides the condition: it keeps
    its value only where the item alone decides it; else it becomes unknown, and the
    missing facts name the outside fact by its own path."""
    section = data.get("data", {})
    if "transfers" not in section:
        return
    without = {"data": {k: v for k, v in section.items() if k != "transfers"}}
    before, _, _ = evaluate(COVERED, data)
    after, _, missing = evaluate(COVERED, without)
    assert after in (before, engine.UNKNOWN)
    assert after != engine.FALSE
    subs = section.get("sub_processors", {}).get("list", {})
    if any("country" in item for item in subs.get("items", ())):
        assert after == engine.UNKNOWN
        assert (DESTINATIONS, engine.ABSENT) in missing


def test_evidence_and_missing_facts_carry_the_outside_facts_own_path() -> None:
    data = {
        "data": {
            "sub_processors": {
                "list": {"items": [{"name": "a", "country": "US"}], "complete": True}
            },
            "transfers": {"items": [{"destination": "IN"}], "complete": True},
        }
    }
    value, evidence, _ = evaluate(COVERED, data)
    assert value == engine.FALSE
    paths = [path for path, _ in evidence]
    assert paths == [
        "data.sub_processors.list[0].country",
        "data.transfers",
        "data.transfers[0].destination",
    ]
    del data["data"]["transfers"]
    value, _, missing = evaluate(COVERED, data)
    assert (value, missing) == (engine.UNKNOWN, ((DESTINATIONS, engine.ABSENT),))


def test_a_predicate_on_an_outside_fact_reads_it_from_the_top() -> None:
    party = {"id": "v", "roles": {"items": ["processor"], "complete": True}}
    value, evidence, _ = evaluate(
        PROCESSOR_UNDER_GDPR, {"parties": [party], "data": {"regimes": ["gdpr"]}}
    )
    assert value == engine.TRUE
    assert "data.regimes[0]" in [path for path, _ in evidence]
    value, _, missing = evaluate(PROCESSOR_UNDER_GDPR, {"parties": [party]})
    assert value == engine.UNKNOWN
    assert ("data.regimes", engine.ABSENT) in missing  # and parties: a list not complete
    # Inside the item the same path (without $.) names the item's own field: unknown here.
    with pytest.raises(Exception, match="unknown fact path"):
        compile_condition(
            {"some": "parties", "where": {"fact": "data.regimes", "contains": "gdpr"}}
        )


def test_a_list_read_from_the_top_inside_an_item() -> None:
    subs = {"list": {"items": [{"name": "a", "country": "US"}], "complete": True}}
    scc = {"items": [{"destination": "US", "mechanism": "scc"}], "complete": True}
    value, evidence, _ = evaluate(NESTED, {"data": {"sub_processors": subs, "transfers": scc}})
    assert value == engine.TRUE
    assert "data.transfers[0].mechanism" in [path for path, _ in evidence]
    value, _, missing = evaluate(NESTED, {"data": {"sub_processors": subs}})
    assert (value, missing) == (engine.UNKNOWN, (("data.transfers", engine.ABSENT),))


@given(contracts(), st.sampled_from(range(len(CONDITIONS))), st.booleans())
def test_generated_code_gives_what_the_interpreter_gives(
    data: dict[str, Any], which: int, early: bool
) -> None:
    if early:
        data = {**data, "signed_on": "2020-01-01"}
    data = {**data, "parties": [{"id": "v", "roles": ["processor"]}]}
    node = node_of(CONDITIONS[which])
    (function,) = codegen.build([node], fastpath.Shared())
    tree = facts(data)
    slow, fast = engine.Ctx(AS_OF), engine.Ctx(AS_OF)
    assert function(fast, tree, "") == node.ev(slow, tree, "")
    assert (fast.errors, fast.defaulted) == (slow.errors, slow.defaulted)


def test_conditions_without_outside_facts_take_the_common_path() -> None:
    """Only a some / every whose condition reads the top records it (no cost elsewhere)."""
    plain = node_of({"every": "data.sub_processors.list", "where": {"fact": "name", "equals": "a"}})
    assert isinstance(plain, engine.EachNode) and not plain.anchored
    assert "ctx.root" not in codegen.generate([plain], fastpath.Shared())[0]
    outer = node_of(
        {"every": "parties", "where": {"fact": "country", "in": {"fact": "$.geography.deployment"}}}
    )
    assert isinstance(outer, engine.EachNode) and outer.anchored
    assert "ctx.root = obj" in codegen.generate([outer], fastpath.Shared())[0]
    # Items whose place a group may spread over (a sub-processor's country) are read by the
    # interpreter, which records the top itself.
    spread = node_of(COVERED)
    assert isinstance(spread, engine.EachNode) and spread.anchored and spread.spread
    assert ".ev(ctx, obj, prefix)" in codegen.generate([spread], fastpath.Shared())[0]


def test_at_the_top_the_marker_changes_nothing() -> None:
    ir = compile_condition({"fact": "$.data.regimes", "contains": "gdpr"})
    assert "root" not in ir
    assert type(build_node(ir, "t", {"t": {}}, [])) is engine.LeafNode


# --- through the CLI: the pack is checked, the trace shows the outside fact ------------------


def write_pack(folder: Path, requires: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(
        "id: t\ntitle: T\nversion: 1.0.0\ndescription: T.\ndisclaimer: T.\nrules:\n"
        "  - id: r\n    title: R\n    severity: low\n    basis: guidance\n"
        "    citations: [{instrument: T, provision: '1', url: 'https://example.org'}]\n"
        "    rationale: R.\n    remediation: R.\n    question: R?\n"
        f"    requires:\n{requires}"
    )
    return folder


@pytest.mark.parametrize(
    ("where", "message"),
    [
        (
            "        fact: country\n        in: {fact: '$.data.transfer[*].destination'}\n",
            "unknown fact path '$.data.transfer[*].destination': no field 'transfer' in data",
        ),
        (
            "        fact: country\n        in: {fact: '$.data.transfers[*].mechanism'}\n",
            "must be a list of jurisdiction",
        ),
        (
            "        fact: '$.data.regimes'\n        any_of: {fact: '$.data.categories'}\n",
            "works with in, subset_of and gt, ge, lt, le, not any_of",
        ),
        (
            "        fact: '$.data.transfers[*].destination'\n        in: {fact: country}\n",
            "is read from the top of the contract, so the fact it is compared with must be too",
        ),
        ("        fact: '$.country'\n        equals: US\n", "unknown fact path '$.country'"),
        ("        fact: '$data.regimes'\n        contains: gdpr\n", "invalid fact path"),
    ],
)
def test_paths_from_the_top_are_checked_like_any_other(
    tmp_path: Path, where: str, message: str
) -> None:
    pack = write_pack(
        tmp_path / "t", f"      every: data.sub_processors.list\n      where:\n{where}"
    )
    run = cli("packs", "lint", str(pack))
    assert run.code != 0
    assert message in run.out + run.err
    assert "pack.yaml:1" in run.out + run.err  # FILE:LINE:COL


def test_a_pack_using_paths_from_the_top_lints_and_checks(tmp_path: Path) -> None:
    pack = write_pack(
        tmp_path / "t",
        "      every: data.sub_processors.list\n      where:\n"
        "        fact: country\n        in: {fact: '$.data.transfers[*].destination'}\n",
    )
    contract = tmp_path / "c.yaml"
    contract.write_text(
        "id: c\ntitle: c\ndata:\n"
        "  sub_processors: {list: [{name: a, country: US}]}\n"
        "  transfers: {items: [{destination: IN}], complete: true}\n"
    )
    run = cli("check", str(contract), "--pack", str(pack), "--format", "json")
    assert run.code == 1, run.err
    (result,) = json.loads(run.out)["contracts"][0]["results"]
    assert result["status"] == "fail"


def test_explain_shows_the_outside_fact() -> None:
    run = cli(
        "explain",
        "data-residency/transfer-mechanism",
        "--contract",
        str(ROOT / "tests/data/audit2/tr-us-subprocessor-no-transfer.yaml"),
        "--as-of",
        "2027-06-01",
    )
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    at = next(
        i
        for i, line in enumerate(lines)
        if "its country is one of the values of the contract's fact "
        "data.transfers[*].destination" in line
    )
    assert lines[at].split()[0] == "FALSE"
    assert "data.sub_processors.list[0].country = US  (clause 7" in lines[at + 1]
    assert "data.transfers = []  (clause 7" in lines[at + 2]
    assert "status: fail" in run.out


def test_the_words_say_the_contract_s_fact() -> None:
    """``explain`` without a contract: a ``$.`` path reads "the contract's", never "its"."""
    from compliance.engine.describe import Describer

    def words(condition: dict[str, Any]) -> list[str]:
        step = Describer({}).condition(compile_condition(condition), "t")
        out: list[str] = []
        todo = [step]
        while todo:
            current = todo.pop(0)
            out.append(current.text)
            todo.extend(current.children)
        return out

    assert (
        "its country is one of the values of the contract's fact data.transfers[*].destination"
        in words(COVERED)
    )
    assert "the contract's list data.regimes contains gdpr" in words(PROCESSOR_UNDER_GDPR)
    assert "the contract's fact signed_on is less than 2021-09-27" in words(SIGNED_EARLY)
    assert "some item of the contract's data.transfers satisfies" in words(NESTED)
    assert not any("$." in text for case in CONDITIONS for text in words(case))
