"""Fuzzing with Hypothesis: whatever the input, the only outcomes are a report or a one-line
positioned error; and every report renders to valid output in every format."""

from __future__ import annotations

import json
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st
from strategies import contracts

from compliance.contracts.load import build_contract
from compliance.core.errors import InputError
from compliance.document.loader import decode, parse_text

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=False, width=16),
    st.text(max_size=8),
    st.sampled_from(["unspecified", "NO", "4.10", "2026-02-28", "EU"]),
)
KEYS = st.one_of(
    st.sampled_from(
        [
            "id",
            "title",
            "status",
            "parties",
            "clauses",
            "facts",
            "data",
            "use_cases",
            "restrictions",
            "mass_surveillance",
            "prohibited",
            "items",
            "complete",
            "storage",
            "country",
            "sources",
            "kind",
            "prevails_over",
            "replaces",
            "effective",
            "expires",
            "term",
            "end",
        ]
    ),
    st.text(max_size=6),
)
TREES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=5)),
    max_leaves=25,
)


def one_line(error: InputError) -> None:
    text = str(error)
    assert "\n" not in text
    assert text.startswith("fuzz.")
    assert error.message


@given(st.binary(max_size=300))
def test_random_bytes_give_a_tree_or_one_line(data: bytes) -> None:
    try:
        text = decode(data, "fuzz.yaml")
        root = parse_text(text, "fuzz.yaml", json=False)
        build_contract(root, "fuzz.yaml")
    except InputError as error:
        one_line(error)


@given(st.text(alphabet=st.sampled_from(list("{}[]:,-&*!|>'\"#? \n\tabc01")), max_size=120))
def test_random_yaml_syntax_gives_a_tree_or_one_line(text: str) -> None:
    for as_json in (False, True):
        try:
            root = parse_text(text, "fuzz.yaml", json=as_json)
            build_contract(root, "fuzz.yaml")
        except InputError as error:
            one_line(error)


@given(TREES)
def test_random_structures_shaped_like_contracts(tree: Any) -> None:
    for base in ({}, {"id": "fuzz", "title": "Fuzz"}):
        data = {**base, **tree} if isinstance(tree, dict) else tree
        for text, as_json in ((json.dumps(data), True), (yaml.safe_dump(data), False)):
            try:
                build_contract(parse_text(text, "fuzz.json", json=as_json), "fuzz.json")
            except InputError as error:
                one_line(error)


@given(TREES)
def test_random_packs_load_or_give_one_line(tree: Any) -> None:
    import tempfile

    from compliance.core.errors import PackError
    from compliance.packs.compiler import Compiler
    from compliance.packs.compose import read_pack

    base = {"id": "fuzz", "title": "t", "version": "1.0.0", "description": "d", "disclaimer": "d"}
    rule = {
        "id": "r",
        "title": "t",
        "severity": "low",
        "basis": "guidance",
        "citations": [{"instrument": "i", "provision": "p", "url": "https://x.org"}],
        "rationale": "r",
        "remediation": "r",
        "question": "q",
        "requires": tree,
    }
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pack.yaml"
        path.write_text(yaml.safe_dump({**base, "rules": [rule]}))
        try:
            raw = read_pack(path)
            Compiler(raw, {raw.id: raw}).compile()
        except InputError as error:  # PackError included: both are bad input, exit 2
            assert "\n" not in str(error) and str(error).startswith(str(path))
            assert isinstance(error, PackError) or error.line is not None


# --- every report renders to valid output in every format -----------------------------------


class _Strict(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in {"meta", "br", "hr", "link", "img", "input", "col", "wbr"}:
            self.stack.append(tag)
        assert tag != "script"

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-3:])
        self.stack.pop()


@pytest.fixture(scope="module")
def packs() -> Any:
    from compliance.engine.build import instantiate
    from compliance.packs.compiler import compile_packs

    return instantiate(compile_packs(None))


NASTY = st.lists(
    st.sampled_from(
        [
            *"<>&\"'\x00\x07\x1b[]{}|\\\r\n\u202e\ufffe :;%,é",
            "a",
            "</script>",
            "]]>",
            "::error ",
            "<script>alert(1)</script>",
        ]
    ),
    max_size=12,
).map("".join)


@given(contracts(), NASTY)
def test_any_report_renders_valid_in_every_format(
    packs: Any, contract: dict[str, Any], nasty: str
) -> None:
    from jsonschema import Draft202012Validator
    from junitparser import JUnitXml

    from compliance.engine.evaluate import evaluate_contract
    from compliance.report.reporters import FORMATS, render
    from compliance.report.results import Report

    contract = dict(contract)
    contract["title"] = nasty or "t"
    contract["clauses"] = [
        *contract.get("clauses", []),
        {"id": "9" + nasty[:3].strip() or "9", "title": nasty, "text": nasty},
    ]
    try:
        doc = build_contract(parse_text(json.dumps(contract), "c.json", json=True), "c.json")
    except InputError:
        return
    report = Report(
        "0.0.0", date(2026, 11, 27), [], [evaluate_contract(doc, packs, date(2026, 11, 27))]
    )
    schema = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())
    for name in sorted(FORMATS):
        out = render(name, report)
        assert isinstance(out, str) and out
        if name == "json":
            data = json.loads(out)
            assert data["summary"]["unknown"] == sum(
                1 for r in data["contracts"][0]["results"] if r["status"] == "unknown"
            )
        elif name == "sarif":
            errors = list(Draft202012Validator(schema).iter_errors(json.loads(out)))
            assert not errors, errors[0].message
        elif name == "junit":
            import tempfile

            with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False) as handle:
                handle.write(out)
            JUnitXml.fromfile(handle.name)
            Path(handle.name).unlink()
        elif name == "html":
            parser = _Strict()
            parser.feed(out)
            parser.close()
        elif name == "github":
            for line in out.splitlines():
                assert line.startswith("::")
        if name in ("text", "github"):
            assert "\x1b" not in out and "\x07" not in out
