"""``party``: a condition on the party a fact names by its id (a storage site's
``operator``), read on the contract's ``parties`` item with that id. Its value follows the
condition on that party, the naming fact is evidence, and what is not known (no operator
named, a party list that may hold more, the party's own facts) is unknown, never a pass or a
fail; the generated code gives what the interpreter gives; a pack that misuses it is refused
with its place; and the built-in rule that reads it fails a replica a sub-processor runs
abroad, through the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import cli, compile_condition
from hypothesis import given
from hypothesis import strategies as st

from compliance.contracts.load import build_contract
from compliance.core.errors import PackError
from compliance.document.loader import parse_text
from compliance.engine import codegen, fastpath
from compliance.engine import conditions as engine
from compliance.engine.build import build_node

T, F, U = engine.TRUE, engine.FALSE, engine.UNKNOWN
AS_OF = date(2026, 11, 27)

#: Is the site's operator a sub-processor?
SUB = {"party": "operator", "where": {"fact": "roles", "contains": "sub-processor"}}
#: Some site abroad run by a sub-processor.
ABROAD = {
    "some": "data.storage",
    "where": {"all": [{"not": {"fact": "country", "in": ["EEA"]}}, SUB]},
}


def node_of(condition: dict[str, Any]) -> engine.Node:
    return build_node(compile_condition(condition), "t", {"t": {}}, [])


def facts(data: dict[str, Any]) -> Any:
    text = json.dumps({"id": "c", "title": "c", **data})
    return build_contract(parse_text(text, "c.json", json=True), "c.json", as_of=AS_OF).facts


IDS = ("vendor", "affiliate", "host")
ROLES = ("processor", "sub-processor", "provider")


@st.composite
def contracts(draw: st.DrawFn) -> dict[str, Any]:
    """Parties (each id once, roles stated in full, in part or not at all; the list complete
    or open) and storage sites whose operator is one of them, absent, or (where the list of
    parties may hold more) a party not listed."""
    listed = draw(st.lists(st.sampled_from(IDS), unique=True, max_size=3))
    complete = draw(st.booleans())
    parties = []
    for ident in listed:
        party: dict[str, Any] = {"id": ident}
        roles = draw(st.lists(st.sampled_from(ROLES), unique=True, max_size=2))
        kind = draw(st.sampled_from(("complete", "open", "absent")))
        if kind != "absent":
            party["roles"] = {"items": roles, "complete": kind == "complete"}
        parties.append(party)
    names = list(listed) + ([] if complete else ["stranger"])
    sites = []
    for _ in range(draw(st.integers(0, 3))):
        site: dict[str, Any] = {"country": draw(st.sampled_from(("DE", "US")))}
        operator = draw(st.sampled_from([None, *names]))
        if operator is not None:
            site["operator"] = operator
        sites.append(site)
    return {
        "parties": {"items": parties, "complete": complete},
        "data": {"storage": {"items": sites, "complete": True}},
    }


def expected_party(data: dict[str, Any], site: dict[str, Any]) -> str:
    """SUB on one site, by hand."""
    if "operator" not in site:
        return U
    for party in data["parties"]["items"]:
        if party["id"] == site["operator"]:
            roles = party.get("roles")
            if roles is None:
                return U
            if "sub-processor" in roles["items"]:
                return T
            return F if roles["complete"] else U
    return U  # not listed: the list is open (a complete one is refused at load)


def kleene_any(values: list[str]) -> str:
    return T if T in values else U if U in values else F


@given(contracts())
def test_party_reads_the_named_partys_facts(data: dict[str, Any]) -> None:
    tree = facts(data)
    sites = data["data"]["storage"]["items"]
    sub_node = node_of(ABROAD).where.parts[1]  # type: ignore[attr-defined]
    assert isinstance(sub_node, engine.PartyNode)
    for index, site in enumerate(sites):
        element = tree.fields["data"].fields["storage"].items[index]
        ctx = engine.Ctx(AS_OF)
        ctx.root = tree
        value, evidence, missing = sub_node.ev(ctx, element, f"data.storage[{index}]")
        assert value == expected_party(data, site)
        if "operator" in site:  # the naming fact is evidence, first
            assert evidence[0][0] == f"data.storage[{index}].operator"
        if value == U:
            assert missing
        if value != U:  # decided on the party's own roles
            assert any(path.startswith("parties[") for path, _ in evidence)
    abroad = [expected_party(data, site) if site["country"] == "US" else F for site in sites]
    assert node_of(ABROAD).evaluate(engine.Ctx(AS_OF), tree, "")[0] == kleene_any(abroad)


@given(contracts())
def test_generated_code_gives_what_the_interpreter_gives(data: dict[str, Any]) -> None:
    node = node_of(ABROAD)
    (function,) = codegen.build([node], fastpath.Shared())
    tree = facts(data)
    interpreted = node.ev(engine.Ctx(AS_OF), tree, "")
    assert function(engine.Ctx(AS_OF), tree, "") == interpreted


def test_a_party_list_not_stated_leaves_it_unknown() -> None:
    data = {"data": {"storage": {"items": [{"country": "US", "operator": "x"}], "complete": True}}}
    value, evidence, missing = node_of(ABROAD).evaluate(engine.Ctx(AS_OF), facts(data), "")
    assert value == U
    assert ("parties", engine.ABSENT) in missing
    assert [path for path, _ in evidence] == ["data.storage[0].country", "data.storage[0].operator"]


def test_an_unspecified_operator_is_unknown() -> None:
    data = {
        "parties": {"items": [{"id": "a", "roles": ["sub-processor"]}], "complete": True},
        "data": {
            "storage": {"items": [{"country": "US", "operator": "unspecified"}], "complete": True}
        },
    }
    value, _, missing = node_of(ABROAD).evaluate(engine.Ctx(AS_OF), facts(data), "")
    assert value == U
    assert ("data.storage[0].operator", engine.UNSPECIFIED) in missing


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ({"party": "data.storage", "where": {"fact": "country", "equals": "US"}}, "party id"),
        (
            {"party": "data.storage[*].operator", "where": {"fact": "country", "equals": "US"}},
            "plain path",
        ),
        ({"party": "$.operator", "where": {"fact": "country", "equals": "US"}}, "plain path"),
        ({"party": "operator", "where": {"fact": "country", "equals": "US"}}, "operator"),
        (
            {
                "some": "data.storage",
                "where": {"party": "operator", "where": {"fact": "nope", "equals": 1}},
            },
            "nope",
        ),
    ],
)
def test_misuse_is_refused(condition: dict[str, Any], message: str) -> None:
    with pytest.raises(PackError, match=message):
        compile_condition(condition)


def test_a_pack_reads_it_through_the_cli(tmp_path: Path) -> None:
    rule = {
        "id": "no-sub-processor-abroad",
        "title": "No sub-processor runs a site abroad",
        "severity": "low",
        "basis": "guidance",
        "citations": [{"instrument": "Test", "provision": "1", "url": "https://example.org"}],
        "rationale": "test",
        "requires": {"not": ABROAD},
        "remediation": "test",
        "question": "test",
    }
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "id: test-pack\ntitle: Test\nversion: 1.0.0\ndescription: Test pack.\n"
        f"disclaimer: Test only.\nrules:\n  - {json.dumps(rule)}\n"
    )
    contract = tmp_path / "c.yaml"
    contract.write_text(
        "id: c\ntitle: c\n"
        "parties:\n"
        "  items:\n"
        "    - {id: vendor, roles: {items: [processor], complete: true}}\n"
        "    - {id: affiliate, roles: {items: [sub-processor], complete: true}}\n"
        "  complete: true\n"
        "data:\n"
        "  storage:\n"
        "    items:\n"
        "      - {country: DE, operator: vendor}\n"
        "      - {country: US, operator: affiliate}\n"
        "    complete: true\n"
    )
    run = cli("check", str(contract), "--pack", str(pack), "--format", "json")
    assert run.code == 1, run.err
    (result,) = json.loads(run.out)["contracts"][0]["results"]
    assert result["status"] == "fail"
    explained = cli(
        "explain",
        "test-pack/no-sub-processor-abroad",
        "--pack",
        str(pack),
        "--contract",
        str(contract),
    )
    assert explained.code == 0, explained.err
    assert "the party named by its operator satisfies" in explained.out
    assert "parties[1].roles[0] = sub-processor" in explained.out
    # Without the affiliate's role stated, the rule cannot pass: unknown.
    contract.write_text(
        contract.read_text()
        .replace("[sub-processor]", "[]")
        .replace("{items: [], complete: true}", "{items: [], complete: false}")
    )
    run = cli("check", str(contract), "--pack", str(pack), "--format", "json")
    report = json.loads(run.out)["contracts"][0]
    (result,) = report["results"]
    assert result["status"] == "unknown"
    missing = [report["missing_facts"][index] for index in result["missing"]]
    assert {"path": "parties[1].roles", "reason": "open"} in [
        {"path": m["path"], "reason": m.get("reason", "absent")} for m in missing
    ]
