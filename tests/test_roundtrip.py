"""Any contract round-trips through YAML and JSON to the same facts, and every fact's
position points at where its value is written."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import yaml
from hypothesis import given
from strategies import as_data, contracts

from compliance.contracts.load import ContractDoc, build_contract
from compliance.document.loader import parse_text
from compliance.facts.tree import FLeaf, FList, FNode, FObj, FUnspec, plain_value


def load(text: str, as_json: bool) -> ContractDoc:
    name = "c.json" if as_json else "c.yaml"
    return build_contract(parse_text(text, name, json=as_json), name)


def leaves(node: FNode, path: str = "") -> list[tuple[str, FLeaf | FUnspec]]:
    out: list[tuple[str, FLeaf | FUnspec]] = []
    if isinstance(node, FObj):
        for key, child in node.fields.items():
            out.extend(leaves(child, f"{path}.{key}" if path else key))
    elif isinstance(node, FList):
        for index, item in enumerate(node.items):
            out.extend(leaves(item, f"{path}[{index}]"))
    else:
        out.append((path, node))
    return out


def spellings(value: Any) -> list[str]:
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, date):
        value = value.isoformat()
    text = str(value)
    return [text, f"'{text}'", f'"{text}"', json.dumps(text)]


def assert_positions(doc: ContractDoc, text: str) -> None:
    lines = text.splitlines()
    for path, leaf in leaves(doc.facts):
        value = "unspecified" if isinstance(leaf, FUnspec) else leaf.value
        wanted = spellings(value)
        at = lines[leaf.line - 1][leaf.col - 1 :]
        assert any(at.startswith(w) for w in wanted), (path, leaf.line, leaf.col, at[:40])


@given(contracts())
def test_yaml_and_json_give_the_same_facts_and_true_positions(contract: dict[str, Any]) -> None:
    as_yaml = yaml.safe_dump(contract, sort_keys=False, allow_unicode=True)
    as_json = json.dumps(contract, indent=2, ensure_ascii=False)
    from_yaml = load(as_yaml, as_json=False)
    from_json = load(as_json, as_json=True)
    assert plain_value(from_yaml.facts) == plain_value(from_json.facts)
    assert from_yaml.id == from_json.id == contract["id"]
    assert_positions(from_yaml, as_yaml)
    assert_positions(from_json, as_json)
    # Written back out, the facts load to the same facts again (complete lists included).
    again = {"id": contract["id"], "title": contract["title"], **as_data(from_yaml.facts)}
    for text, as_json_format in (
        (yaml.safe_dump(again, sort_keys=False), False),
        (json.dumps(again), True),
    ):
        reloaded = load(text, as_json=as_json_format)
        assert as_data(reloaded.facts) == as_data(from_yaml.facts)
        assert_positions(reloaded, text)
