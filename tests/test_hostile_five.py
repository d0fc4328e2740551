"""Hostile input, fifth pass: a large valid JSON file is read fast with exactly the positioned
parser's result, JSON numbers follow YAML's rule, and the nations commands take the --max-*
options."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, ROOT, cli
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from compliance.core.errors import InputError
from compliance.document import jsonfast, jsonparse
from compliance.document.nodes import Mapping, Node, Scalar, Sequence

# --- valid JSON of any size is read by the C decoder, with the positioned parser's result ----


def _shape(node: Node) -> Any:
    """Everything a node tree holds, to compare two exactly: the kind, type and value of
    every scalar (-0.0 told from 0.0), whether it is plain, and the line and column of every
    value and key."""
    if isinstance(node, Scalar):
        value = node.value
        shown = repr(value) if isinstance(value, float) else value
        return ("scalar", type(value).__name__, shown, node.plain, node.line, node.col)
    if isinstance(node, Mapping):
        entries = [
            (name, _shape(key), _shape(value)) for name, (key, value) in node.entries.items()
        ]
        return ("mapping", node.line, node.col, entries)
    assert isinstance(node, Sequence)
    return ("sequence", node.line, node.col, [_shape(item) for item in node.items])


def _exact(text: str, max_depth: int, max_items: int, max_nodes: int) -> Any:
    try:
        return _shape(jsonparse._Parser(text, max_depth, max_items, max_nodes).parse())
    except InputError as exc:
        return f"{exc.line}:{exc.col}: {exc}"


def _read(text: str, max_depth: int, max_items: int, max_nodes: int) -> Any:
    try:
        return _shape(
            jsonparse.parse_json(
                text, max_depth=max_depth, max_items=max_items, max_nodes=max_nodes
            )
        )
    except InputError as exc:
        return f"{exc.line}:{exc.col}: {exc}"


_TEXT = st.text(
    st.sampled_from(["a", "é", ",", ":", "[", "{", '"', "\\", "\n", "\t", "\x7f", "\U0001f600"])
    | st.characters(max_codepoint=0x10FFFF),
    max_size=6,
)
#: Mostly text the fast read takes (no escape that may make a character no text may hold).
_CLEAN = st.text(
    st.sampled_from(["a", "b", "é", " ", ",", ":", "{", '"', "\\", "\n", "\U0001f600"])
)
_KEYS = _CLEAN | _CLEAN | _TEXT
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**120), 10**120),
    st.integers(-(10**19), 10**19),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, -0.0, 1e300, 1e-300, 1.5, 5e-324, 1e22]),
    _CLEAN,
    _TEXT,
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=6)
        | st.lists(_SCALARS, min_size=2, max_size=6)
        | st.dictionaries(_KEYS, inner, max_size=5)
        | st.dictionaries(_KEYS, _SCALARS, min_size=2, max_size=5)
    ),
    max_leaves=30,
)
#: Bits of text that make valid JSON invalid, or valid in a way the positioned parser refuses.
_EDITS = st.sampled_from(
    [
        "",
        ",",
        "]",
        "}",
        '"',
        "\\",
        "x",
        "e",
        "e400",
        "9" * 101,
        "NaN",
        "-Infinity",
        "\\u0000",
        "\\ud800",
        "\\udc00",
        "\\\\udc00",
        "\\b",
        "\x7f",
        "\x00",
        "\ufeff",
        "\n",
        "\r\n",
        " ",
        "[]",
        "{}",
        '"k":1,',
    ]
)


@settings(max_examples=300)
@example(
    value={"a": 1, "b": "x", "c": [None, {"d": 1.5, "e": True}]},
    indent=2,
    ascii=True,
    edit=None,
    duplicate=False,
    limits=(64, 10_000, 1_000_000),
)
@example(value={"a": 1}, indent=None, ascii=True, edit=None, duplicate=True, limits=(5, 5, 50))
@example(
    value="\U0001f600", indent=None, ascii=True, edit=None, duplicate=False, limits=(5, 5, 50)
)  # a surrogate pair, escaped: one character, accepted
@example(value=[[[0]]], indent=2, ascii=True, edit=None, duplicate=False, limits=(2, 5, 50))
@example(value=[0, 1, 2], indent=None, ascii=True, edit=None, duplicate=False, limits=(5, 2, 50))
@example(value=[0, 1, 2], indent=None, ascii=True, edit=None, duplicate=False, limits=(5, 5, 3))
@example(value=1, indent=None, ascii=True, edit=None, duplicate=False, limits=(5, 5, 0))
@example(value=10**99, indent=None, ascii=True, edit=None, duplicate=False, limits=(5, 5, 5))
@example(value=-(10**99), indent=None, ascii=True, edit=None, duplicate=False, limits=(5, 5, 5))
@example(
    value={"k": "x\x7f"}, indent=0, ascii=False, edit=None, duplicate=False, limits=(5, 5, 5)
)  # a raw DEL: refused at the character
@example(
    value={"k": "\n\x7f"}, indent=0, ascii=False, edit=None, duplicate=False, limits=(5, 5, 5)
)  # and at the string where the string has an escape
@example(
    value=["a", "b"],
    indent=None,
    ascii=True,
    edit=(2, "\\\\udc00"),
    duplicate=False,
    limits=(5, 5, 5),
)  # an escaped backslash, then "udc00": no surrogate
@given(
    value=_VALUES,
    indent=st.sampled_from([None, 0, 2, "\t", " \r"]),
    ascii=st.booleans(),
    edit=st.none() | st.none() | st.tuples(st.integers(0, 10_000), _EDITS),
    duplicate=st.sampled_from([False, False, False, True]),
    limits=st.just((64, 10_000, 1_000_000))
    | st.tuples(st.integers(1, 6), st.integers(0, 8), st.integers(0, 60)),
)
def test_the_fast_read_is_the_positioned_parsers_own(
    value: object,
    indent: int | str | None,
    ascii: bool,
    edit: tuple[int, str] | None,
    duplicate: bool,
    limits: tuple[int, int, int],
) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=ascii)
    if duplicate:
        text = '{"k": 1, "k": ' + text + "}"
    if edit is not None:  # a bit of text put in the place of one character (or inserted)
        at = edit[0] % (len(text) + 1)
        drop = edit[0] % 2
        text = text[:at] + edit[1] + text[at + drop :]
    expected = _exact(text, *limits)
    fast = jsonfast.parse_valid(text, *limits)
    event(f"fast: {fast is not None}")
    if fast is not None:
        assert _shape(fast) == expected, text
    assert _read(text, *limits) == expected, text


def _big(values: int) -> str:
    """A valid contract of ``values`` values, written over many lines, its mappings and lists
    nested, every kind of scalar in it."""
    rows = []
    count = 5  # the top-level mapping, id, title, extensions and the list
    while count + 6 <= values:
        n = len(rows)
        rows.append({"a": f"é{n}", "n": n, "x": n / 4, "b": n % 2 == 0, "z": None})
        count += 6
    body = {
        "id": "x",
        "title": "t",
        "extensions": {"p": [rows[i : i + 1000] for i in range(0, len(rows), 1000)]},
    }
    return json.dumps(body, indent=1, ensure_ascii=False)


def test_a_large_valid_json_text_is_not_read_by_the_positioned_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _big(30_000)
    expected = _exact(text, 64, 10_000, 1_000_000)
    assert isinstance(expected, tuple), expected

    def slow(self: object) -> None:
        raise AssertionError("the pure-Python parser ran")

    monkeypatch.setattr(jsonparse._Parser, "parse", slow)
    assert _shape(jsonparse.parse_json(text, max_depth=64)) == expected


def test_a_valid_json_contract_just_under_the_value_limit_is_read(tmp_path: Path) -> None:
    rows = ",".join("[" + ",".join(["0"] * 9_000) + "]" for _ in range(111))
    text = '{"id": "x", "title": "t", "extensions": {"p": [' + rows + "]}}"
    contract = tmp_path / "many.json"
    contract.write_text(text)
    run = cli("validate", str(contract), timeout=60)
    # Read whole (999,116 values): the only complaint is the model's, on a fact no pack declares.
    assert run.code == 2, run.err
    assert run.err == (
        f"{contract}:1:47: extensions.p: no loaded pack declares these facts "
        "(packs with extension facts: none)\n"
    ), run.err


@pytest.mark.parametrize(
    "number",
    ["1e400", "-1e400", "1" + "0" * 100, "-" + "1" * 100, "0." + "1" * 99, "1E+999"],
)
def test_a_number_the_positioned_parser_refuses_is_refused_alike(number: str) -> None:
    text = '{"id": "x", "n": [1, ' + number + "]}"
    assert jsonfast.parse_valid(text, 64, 100, 100) is None
    expected = _exact(text, 64, 100, 100)
    assert isinstance(expected, str) and expected.startswith("1:22: "), expected
    assert _read(text, 64, 100, 100) == expected
    ok = '{"id": "x", "n": [1, ' + number[:99] + "]}"  # within the length: read fast
    if not math.isinf(float(number[:99])):
        fast = jsonfast.parse_valid(ok, 64, 100, 100)
        assert fast is not None and _shape(fast) == _exact(ok, 64, 100, 100)


# --- a JSON number YAML would not read as a number is read as YAML reads it ------------------

PACK = """\
id: p
title: P
version: 0.1.0
description: d
disclaimer: Not legal advice.
facts:
  type: object
  properties:
    rate: {type: number, description: A rate.}
    count: {type: integer, description: A count.}
    free: {description: Anything.}
"""
RULE = """\
id: rate
title: The rate is low
severity: medium
basis: guidance
citations:
  - {instrument: AI Act, provision: Art. 26(6), url: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"}
rationale: r
requires: {fact: extensions.p.rate, le: 2}
remediation: r
question: q?
"""
#: Numbers YAML does not read as numbers: an exponent of 3 digits, more than 18 digits after
#: or before the point.
NOT_NUMBERS = ["1e300", "-1E+100", "1.0000000000000000001", "12345678901234567890.5"]


def _pack(folder: Path) -> Path:
    folder.mkdir()
    (folder / "pack.yaml").write_text(PACK)
    (folder / "rate.yaml").write_text(RULE)
    return folder


def _both(folder: Path, body: str) -> tuple[Path, Path]:
    """The same contract as JSON and as YAML (flow style: the same text, spaced)."""
    as_json, as_yaml = folder / "c.json", folder / "c.yaml"
    as_json.write_text(body)
    as_yaml.write_text(body.replace("{", "{ ").replace("}", " }"))
    return as_yaml, as_json


def _error(run: Any, path: Path) -> str:
    """The message of a one-line error, without its position."""
    assert run.code == 2, run.err
    line = run.err.strip().splitlines()[-1]
    assert line.startswith(f"{path}:1:"), line
    return line.split(": ", 1)[1]


@pytest.mark.parametrize("number", NOT_NUMBERS)
def test_a_number_yaml_refuses_is_refused_alike_in_json(tmp_path: Path, number: str) -> None:
    pack = str(_pack(tmp_path / "p"))
    for field, kind in (("rate", "number"), ("count", "integer")):
        body = f'{{"id": "c", "title": "t", "extensions": {{"p": {{"{field}": {number}}}}}}}'
        files = _both(tmp_path, body)
        for command in ("validate", "check"):
            errors = {_error(cli(command, str(path), "--pack", pack), path) for path in files}
            assert errors == {f"extensions.p.{field}: {number!r} is not of type {kind!r}"}
    facts = f'"facts": {{"data": {{"retention_months": {number}}}}}'
    body = '{"id": "c", "title": "t", "clauses": [{"id": "1", "title": "a", "text": "b", '
    body += facts + "}]}"
    files = _both(tmp_path, body)
    for command in ("validate", "check"):
        errors = {_error(cli(command, str(path)), path) for path in files}
        expected = f"expected a whole number, got {number!r}"
        if number.startswith("-"):
            expected = f"expected a whole number, 0 or more, got {number!r}"
        assert errors == {f"clauses[0].facts.data.retention_months: {expected}"}, errors


@pytest.mark.parametrize("number", ["1.5", "-0.5", "1e2", "1E+99", "0.000000000000000001"])
def test_a_number_yaml_reads_is_a_number_in_json_too(tmp_path: Path, number: str) -> None:
    pack = str(_pack(tmp_path / "p"))
    body = f'{{"id": "c", "title": "t", "extensions": {{"p": {{"rate": {number}}}}}}}'
    verdict = "pass" if float(number) <= 2 else "fail"
    for path in _both(tmp_path, body):
        run = cli("check", str(path), "--pack", pack, "--format", "json", "--fail-on", "never")
        assert run.code == 0, run.err
        results = json.loads(run.out)["contracts"][0]["results"]
        assert [(r["id"], r["status"]) for r in results] == [("p/rate", verdict)], path


def test_a_json_number_yaml_would_not_read_is_plain_text() -> None:
    for number in NOT_NUMBERS:
        text = f'[1.5, {number}, {{"k": {number}}}]'
        node = jsonparse.parse_json(text)
        assert isinstance(node, Sequence)
        first, second, third = node.items
        assert isinstance(first, Scalar) and first.value == 1.5
        assert isinstance(second, Scalar) and (second.value, second.plain) == (number, True)
        assert isinstance(third, Mapping)
        assert _shape(third) == _exact(text, 64, 100, 100)[3][2]
        assert _shape(node) == _exact(text, 64, 100, 100)


@pytest.mark.parametrize("value", ["nan", "inf", "-Infinity", "1_000", *NOT_NUMBERS])
def test_an_assumed_number_is_held_to_the_same_rule(tmp_path: Path, value: str) -> None:
    from compliance.facts import table
    from compliance.facts.paths import PathError, coerce

    pack = str(_pack(tmp_path / "p"))
    contract = tmp_path / "c.yaml"
    contract.write_text("id: c\ntitle: t\n")
    run = cli("check", str(contract), "--pack", pack, "--assume", f"extensions.p.rate={value}")
    assert run.code == 2, run.err
    assert run.err.strip().endswith(f"extensions.p.rate: expected a number, got {value!r}")
    with pytest.raises(PathError):
        coerce(value, table.Kind(table.NUMBER), "x")
    # Untyped: the text, as in a contract (never NaN, an infinity or 1000).
    assert coerce(value, table.Kind(table.ANY), "x") == value
    assert coerce("1e2", table.Kind(table.ANY), "x") == 100.0
    assert coerce("12", table.Kind(table.ANY), "x") == 12


# --- the nations commands take the --max-* options their messages name ----------------------

NESTED = "[" * 70 + "]" * 70  # deeper than the default --max-depth of 64


def _deep_contract(folder: Path) -> Path:
    path = folder / "deep.yaml"
    path.write_text(f'id: c\ntitle: t\nclauses:\n  - id: "1"\n    title: a\n    text: {NESTED}\n')
    return path


@pytest.mark.parametrize(
    "command",
    [("nations", "check"), ("nations", "questions"), ("nations", "compare"), ("check",)],
)
def test_the_nations_commands_read_contracts_with_the_runs_limits(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    deep = str(_deep_contract(tmp_path))
    fine = str(ROOT / "contracts" / "nato-openai-2026.yaml")
    common = (*command, deep, *((fine,) if command[-1] == "compare" else ()))
    nations = ("--nations", "FR,DE")
    run = cli(*common, *nations, "--as-of", AS_OF)
    assert run.code == 2, run.err
    assert run.err.strip().endswith("nesting deeper than 64 levels (raise it with --max-depth)")
    assert f"{deep}:6:" in run.err, run.err
    # Raised: the contract is read, and refused for what it is, not for its depth.
    run = cli(*common, *nations, "--as-of", AS_OF, "--max-depth", "100")
    assert run.code == 2, run.err
    assert "nesting deeper" not in run.err and "clauses[0].text: expected text" in run.err
    # Lowered: a contract the default accepts is refused, a list longer than --max-items too.
    for option, value, words in (
        ("--max-depth", "4", "nesting deeper than 4 levels (raise it with --max-depth)"),
        ("--max-items", "2", "over the limit of 2 (raise it with --max-items)"),
        ("--max-file-size", "1K", "over the limit of 1024 (raise it with --max-file-size)"),
    ):
        args = (*command, fine, *((fine,) if command[-1] == "compare" else ()))
        run = cli(*args, *nations, "--as-of", AS_OF, option, value)
        assert run.code == 2, (option, run.err)
        assert words in run.err and f"{fine}:" in run.err, (option, run.err)


def test_the_profiles_are_read_with_the_runs_limits(tmp_path: Path) -> None:
    folder = tmp_path / "nations"
    folder.mkdir()
    text = (ROOT / "rules" / "nations" / "FR.yaml").read_text(encoding="utf-8")
    (folder / "FR.yaml").write_text(text + f"deep: {NESTED}\n", encoding="utf-8")
    contract = str(ROOT / "contracts" / "nato-openai-2026.yaml")
    for command in (
        ("nations", "lint"),
        ("nations", "list"),
        ("nations", "check", contract, "--nations", "FR", "--as-of", AS_OF),
    ):
        run = cli(*command, "--profiles", str(folder))
        assert run.code == 2, run.err
        assert f"{folder / 'FR.yaml'}:" in run.err
        assert "nesting deeper than 64 levels (raise it with --max-depth)" in run.err
        run = cli(*command, "--profiles", str(folder), "--max-depth", "100")
        assert run.code == 2, run.err  # read: refused for the field no profile has
        assert "nesting deeper" not in run.err and "deep" in run.err, run.err
    # The built-in profiles are not input: a lower limit is for the contracts.
    run = cli("nations", "lint", "--max-depth", "2")
    assert run.code == 0, run.err
    run = cli("nations", "check", contract, "--nations", "FR", "--as-of", AS_OF, "--max-depth", "5")
    assert run.code == 2 and f"{contract}:" in run.err, run.err


# --- nations check and classify read the terms in force on the as-of date -------------------

SCORING_LATER = """\
id: scoring-later
title: A chatbot, social scoring from December
parties:
  items:
    - {id: shop, roles: {items: [customer, deployer], complete: true}, kind: company, country: BE,
       eu_established: true}
    - {id: vendor, roles: {items: [provider], complete: true}, kind: company, country: BE,
       eu_established: true}
  complete: true
geography: {deployment: {items: [BE], complete: true}}
purposes: {items: [commercial], complete: true}
system: {capabilities: {items: [conversational], complete: true}}
term: {start: 2026-01-01, end: 2027-12-31}
clauses:
  - id: "2"
    title: Use
    text: Customer service only.
    expires: 2026-11-30
    facts:
      use_cases: {items: [customer-service-chatbot], complete: true}
sources:
  - id: amd-1
    kind: amendment
    title: Amendment No. 1
    effective: 2026-12-01
    replaces: ["2"]
    facts:
      use_cases: {items: [social-scoring], complete: true}
"""


def test_nations_check_reads_the_terms_in_force_on_the_as_of_date(tmp_path: Path) -> None:
    import yaml

    data = yaml.safe_load((ROOT / "tests" / "data" / "nations" / "fr-sovereign.yaml").read_text())
    storage = data["data"].pop("storage")
    data["clauses"] = [
        {"id": "4", "title": "Hosting", "text": "In France.", "expires": "2026-11-30"}
        | {"facts": {"data": {"storage": storage}}}
    ]
    moved = {"items": [{"country": "US"}], "complete": True}
    data["sources"] = [
        {"id": "amd-1", "kind": "amendment", "title": "Hosting moves", "replaces": ["4"]}
        | {"effective": "2026-12-01", "facts": {"data": {"storage": moved}}}
    ]
    deal = tmp_path / "moves.yaml"
    deal.write_text(yaml.safe_dump(data, sort_keys=False))
    found = {}
    for day in ("2026-11-27", "2026-12-02"):  # hosted in France, then in the United States
        run = cli("nations", "check", str(deal), "--nations", "FR", "--as-of", day, "-f", "json")
        assert run.code == 0, run.err
        found[day] = json.loads(run.out)["deals"][0]["nations"][0]["status"]
    assert found == {"2026-11-27": "meets", "2026-12-02": "fails"}


def test_classify_reads_the_terms_in_force_on_the_as_of_date(tmp_path: Path) -> None:
    deal = tmp_path / "scoring.yaml"
    deal.write_text(SCORING_LATER)
    tiers = {}
    for day in ("2026-11-27", "2026-12-02"):  # a chatbot, then social scoring
        run = cli("classify", str(deal), "--as-of", day, "--format", "json")
        assert run.code == 0, run.err
        tiers[day] = json.loads(run.out)["classifications"][0]["tier"]
    assert tiers == {"2026-11-27": "transparency", "2026-12-02": "prohibited"}


# --- a character no text may hold is refused in JSON written as it is, as in YAML -------------


@pytest.mark.parametrize("char", ["\x7f", "\x85", "\x9f", "\ufffe", "\uffff"])
def test_a_raw_character_no_text_may_hold_is_refused_in_json_as_in_yaml(
    tmp_path: Path, char: str
) -> None:
    as_json, as_yaml = tmp_path / "c.json", tmp_path / "c.yaml"
    as_json.write_text(f'{{"id": "c", "title": "ab{char}c"}}', encoding="utf-8")
    as_yaml.write_text(f'{{"id": "c", "title": "ab{char}c"}}', encoding="utf-8")
    kind = "noncharacter" if char >= "\ufffe" else "control character"
    words = f"{kind} U+{ord(char):04X}"
    # (YAML reads a raw NEL, U+0085, as a line break, not as a character of the string.)
    for path in (as_json, as_yaml) if char != "\x85" else (as_json,):
        run = cli("validate", str(path))
        assert run.code == 2, run.err
        # At the character itself, in both formats.
        assert run.err.startswith(f"{path}:1:25: {words}"), run.err
    # Escaped, the JSON string is refused at its start, as before.
    as_json.write_text(f'{{"id": "c", "title": "ab\\u{ord(char):04x}c"}}', encoding="utf-8")
    run = cli("validate", str(as_json))
    assert run.code == 2 and run.err.startswith(f"{as_json}:1:22: {words}"), run.err
    # And so is a value on the command line.
    run = cli(
        "check",
        str(ROOT / "contracts" / "model-contract.yaml"),
        "--as-of",
        AS_OF,
        "--assume",
        f'parties="{char}"',
    )
    assert run.code == 2 and words in run.err, run.err


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_json_and_yaml_say_the_same_of_nesting_too_deep(tmp_path: Path, suffix: str) -> None:
    """Too deep is one message in both formats, naming the option that raises the limit."""
    path = tmp_path / f"deep{suffix}"
    path.write_text("[" * 70 + "1" + "]" * 70 + "\n", encoding="utf-8")
    run = cli("validate", str(path))
    assert run.code == 2, run.err
    assert run.err.strip().endswith("nesting deeper than 64 levels (raise it with --max-depth)")
