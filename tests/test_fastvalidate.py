"""The fast validator accepts and rejects exactly what the pydantic models do: on every
example contract, every fixture fragment, generated contracts and mutated (mostly invalid)
documents."""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st
from strategies import contracts, perturbed_contracts

from compliance.contracts.fastvalidate import UnsupportedSchema, compile_schema, valid_contract
from compliance.contracts.load import model_document_errors, validate_document
from compliance.core.errors import InputError
from compliance.document.loader import load_file, parse_text
from compliance.document.nodes import Mapping, Node, Scalar, Sequence, to_plain
from compliance.facts import jurisdictions
from compliance.facts import table as factschema
from compliance.facts.vocabulary import VOCABULARIES

EXAMPLES = sorted((ROOT / "contracts").glob("*.yaml")) + sorted(
    (ROOT / "tests" / "data" / "contracts").glob("*.yaml")
)


def nodes(data: Any) -> Node:
    """A node tree from plain data, as the loaders make it."""
    if isinstance(data, dict):
        mapping = Mapping(1, 1)
        for key, value in data.items():
            mapping.entries[key] = (Scalar(key, 1, 1), nodes(value))
        return mapping
    if isinstance(data, list):
        seq = Sequence(1, 1)
        seq.items = [nodes(item) for item in data]
        return seq
    return Scalar(data, 1, 1, plain=True)


def pydantic_accepts(root: Node) -> bool:
    return not model_document_errors(root, "t.yaml")


def agree(root: Node) -> bool:
    return valid_contract(root) == pydantic_accepts(root)


# --- fixed documents ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_contract_is_accepted_by_both(path: Path) -> None:
    root = load_file(str(path))
    assert valid_contract(root)
    assert pydantic_accepts(root)


@cache
def fixture_fragments() -> list[Node]:
    from compliance.packs.fixtures import _with_header

    out = []
    for test_file in sorted((ROOT / "rules").glob("*/*.test.yaml")):
        root = load_file(str(test_file))
        assert isinstance(root, Mapping)
        cases = root.get("cases")
        assert isinstance(cases, Sequence)
        for case in cases.items:
            assert isinstance(case, Mapping)
            contract = case.get("contract")
            if isinstance(contract, Mapping):
                out.append(_with_header(contract, "case"))
    return out


def test_every_fixture_fragment_gets_the_same_answer() -> None:
    fragments = fixture_fragments()
    assert len(fragments) > 300
    bad = [to_plain(f) for f in fragments if not agree(f)]
    assert bad == []


@pytest.mark.parametrize(
    "text",
    [
        "id: x\ntitle: t\nsigned_on: 2026-02-30\n",
        "id: x\ntitle: t\nsigned_on: '2026-02-28'\n",
        "id: x\ntitle: t\nsigned_on: 2026-2-28\n",
        'id: x\ntitle: t\nsigned_on: "2026-02-28\\n"\n',
        "id: x\ntitle: t\ndata: {retention_months: 12}\n",
        "id: x\ntitle: t\ndata: {retention_months: '12'}\n",
        "id: x\ntitle: t\ndata: {retention_months: 12.5}\n",
        "id: x\ntitle: t\ndata: {retention_months: -3}\n",
        'id: x\ntitle: t\ndata: {retention_months: "12\\n"}\n',
        "id: x\ntitle: t\ndata: {retention_months: true}\n",
        "id: x\ntitle: t\ndata: {retention_months: unspecified}\n",
        "id: x\ntitle: t\ndata: unspecified\n",
        "id: x\ntitle: t\ndata: ~\n",
        "id: x\ntitle: t\ntext_public: yes\n",
        "id: x\ntitle: t\ntext_public: 'true'\n",
        "id: x\ntitle: t\ntext_public: True\n",
        "id: x\ntitle: t\ngeography: {deployment: [uk, ' de ', nato, Norway]}\n",
        "id: x\ntitle: t\ngeography: {deployment: [UK, DE, NATO]}\n",
        "id: x\ntitle: t\ngeography: {deployment: [XX]}\n",
        "id: x\ntitle: t\ngeography: {deployment: {items: [DE], complete: true}}\n",
        "id: x\ntitle: t\ngeography: {deployment: {items: [DE], complete: yes}}\n",
        "id: x\ntitle: t\ngeography: {deployment: {items: [DE], more: 1}}\n",
        "id: x\ntitle: t\ngeography: {deployment: {complete: true}}\n",
        "id: x\ntitle: t\ngeography: {deployment: [unspecified]}\n",
        "id: x\ntitle: t\ngeography: {deployment: DE}\n",
        "id: x\ntitle: t\npurposes: [militry]\n",
        "id: x\ntitle: t\nparties: [{name: A}]\n",
        "id: x\ntitle: t\nparties: [unspecified, {id: a, roles: [vendor]}]\n",
        "id: x\ntitle: t\nparties: [{id: a, colour: red}]\n",
        "id: x\ntitle: t\nextensions: {acme: {a: ~, b: [1, {c: ~}]}}\n",
        "id: x\ntitle: t\nextensions: ~\n",
        "id: x\ntitle: t\nextensions: unspecified\n",
        "id: 'x y'\ntitle: t\n",
        "id: 'x'\ntitle: ''\n",
        "id: x\n",
        "title: t\n",
        "id: x\ntitle: t\nclauses: [{id: '4.10', facts: unspecified, prevails_over: [a]}]\n",
        "id: x\ntitle: t\nclauses: [{id: '', facts: {}}]\n",
        "id: x\ntitle: t\nclauses: [{id: '1', prevails_over: a}]\n",
        "id: x\ntitle: t\nsources: [{id: s1, kind: press-report, date: 2026-03-01}]\n",
        "id: x\ntitle: t\nsources: [{id: s1, kind: rumour}]\n",
        "id: x\ntitle: t\nsources: [{id: 's 1', kind: annex}]\n",
        "id: x\ntitle: t\nrestrictions: {mass_surveillance: {prohibited: true, covers: [x]}}\n",
        "id: x\ntitle: t\nrestrictions: {mass_surveillance: unspecified}\n",
        "id: x\ntitle: t\nstatus: signed\nunknown_field: 1\n",
    ],
)
def test_hand_picked_documents_get_the_same_answer(text: str) -> None:
    assert agree(parse_text(text, "t.yaml", json=False))


@pytest.mark.parametrize(
    "text",
    [
        '{"id": "x", "title": "t", "data": {"retention_months": 12}}',
        '{"id": "x", "title": "t", "data": {"retention_months": 12.0}}',
        '{"id": "x", "title": "t", "data": {"retention_months": -1}}',
        '{"id": "x", "title": "t", "text_public": 1}',
        '{"id": "x", "title": "t", "parties": [{"id": 1}]}',
    ],
)
def test_json_documents_get_the_same_answer(text: str) -> None:
    assert agree(parse_text(text, "t.json", json=True))


@pytest.mark.parametrize(
    "text",
    [
        '{"id": "x", "title": "t", "data": {"retention_months": 1e400}}',
        '{"id": "x\\ud800", "title": "t"}',
        '{"id": "x", "title": "t\\ud800"}',
        '{"id": "x", "title": "t", "description": "d\\ud800"}',
        '{"id": "x", "title": "t", "extensions": {"a\\ud800": null}}',
        '{"id": "x", "title": "t", "clauses": [{"id": "\\ud800"}]}',
    ],
)
def test_json_documents_no_validator_sees(text: str) -> None:
    """Numbers out of range and lone surrogates are refused when the file is read."""
    with pytest.raises(InputError):
        parse_text(text, "t.json", json=True)


def test_an_id_too_long_is_rejected_by_both() -> None:
    root = nodes({"id": "a" * 201, "title": "t"})
    assert not valid_contract(root) and not pydantic_accepts(root)
    assert agree(nodes({"id": "a" * 200, "title": "t"}))


def test_unknown_schema_keywords_fail_loudly() -> None:
    with pytest.raises(UnsupportedSchema):
        compile_schema({"type": "integer", "minimum": 0})
    with pytest.raises(UnsupportedSchema):
        compile_schema({"type": "string", "format": "email"})


def test_a_rejected_document_keeps_its_positioned_message() -> None:
    root = parse_text("id: x\ntitle: t\ndata:\n  retention_months: twelve\n", "t.yaml", json=False)
    errors = validate_document(root, "t.yaml")
    assert [str(e) for e in errors] == [
        "t.yaml:4:21: data.retention_months: expected a whole number, got 'twelve'"
    ]


# --- generated documents ------------------------------------------------------------------------


@given(contracts())
def test_generated_contracts_get_the_same_answer(data: dict[str, Any]) -> None:
    assert agree(nodes(data))


@given(perturbed_contracts())
def test_perturbed_examples_get_the_same_answer(data: dict[str, Any]) -> None:
    assert agree(nodes({"id": "p", "title": "p", **data}))


@cache
def example_documents() -> list[Any]:
    return [to_plain(load_file(str(path))) for path in EXAMPLES]


def all_paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every position in a document: the root's children, containers and leaves."""
    out: list[tuple[Any, ...]] = [path] if path else []
    if isinstance(data, dict):
        for key, value in data.items():
            out.extend(all_paths(value, (*path, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out.extend(all_paths(value, (*path, index)))
    return out


@cache
def field_names() -> list[str]:
    names = {part.split("[")[0] for path in factschema.table() for part in path.split(".") if part}
    names |= {"id", "title", "items", "complete", "clauses", "sources", "facts", "kind"}
    names |= {"prevails_over", "effective", "date", "note", "url", "publisher", "party"}
    names |= {"replaces", "expires"}
    return sorted(names)


def odd_values() -> st.SearchStrategy[Any]:
    vocab = sorted({value for values in VOCABULARIES.values() for value in values})
    codes = jurisdictions.countries()[:40] + jurisdictions.groups()
    fixed = [
        None,
        True,
        False,
        0,
        -1,
        7,
        1.5,
        10**30,
        "",
        " ",
        "unspecified",
        "Unspecified",
        "2026-02-28",
        "2026-02-30",
        "2026-2-28",
        "2026-02-28\n",
        "12",
        "-4",
        "12\n",
        "٣",
        "1" * 5000,
        "true",
        "uk",
        " de ",
        "Germany",
        "eu",
        "NO",
        "a\ud800",
        "x y",
        "4.10",
        [],
        {},
        ["unspecified"],
        [None],
        {"items": []},
        {"items": [], "complete": True},
        {"items": [], "complete": "yes"},
        {"items": "x"},
        {"complete": True},
        {"id": "a"},
        {"prohibited": True},
    ]
    return st.one_of(
        st.sampled_from(fixed),
        st.sampled_from(vocab),
        st.sampled_from(codes),
        st.text(max_size=6),
        st.integers(),
        st.lists(st.sampled_from(vocab + codes), max_size=3),
    )


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    """An example document (or a generated one) with a few values broken: wrong types,
    unknown fields, nulls, bad vocabulary values, bad dates, removed fields."""
    if draw(st.booleans()):
        doc = copy.deepcopy(draw(st.sampled_from(example_documents())))
    else:
        doc = draw(contracts())
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = all_paths(doc)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        action = draw(st.sampled_from(["replace", "replace", "add", "remove", "wrap"]))
        if action == "replace":
            parent[last] = draw(odd_values())
        elif action == "add" and isinstance(parent[last], dict):
            parent[last][draw(st.sampled_from(field_names()))] = draw(odd_values())
        elif action == "remove" and isinstance(parent, dict):
            del parent[last]
        elif action == "wrap":
            value = parent[last]
            parent[last] = draw(
                st.sampled_from([[value], {"items": [value]}, {"items": value, "complete": True}])
            )
    return doc


@given(mutated_documents())
def test_mutated_documents_get_the_same_answer(data: Any) -> None:
    root = nodes(data)
    if not isinstance(root, Mapping):
        return
    assert agree(root)


@given(mutated_documents())
def test_mutated_documents_through_the_json_loader(data: Any) -> None:
    import json

    try:
        text = json.dumps(data)
    except ValueError:
        return
    try:
        root = parse_text(text, "t.json", json=True)
    except InputError as error:  # text no file may hold (a control character): refused at load
        assert "control character" in str(error) or "surrogate" in str(error), error
        return
    if isinstance(root, Mapping):
        assert agree(root)
