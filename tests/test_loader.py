"""The loader: positions, YAML typing, duplicate keys, JSON, encodings, structure errors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compliance.core.errors import InputError
from compliance.document.loader import decode, parse_text
from compliance.document.nodes import Mapping, Scalar, Sequence, locate, to_plain


def yaml(text: str):
    return parse_text(text, "t.yaml", json=False)


def json_(text: str):
    return parse_text(text, "t.json", json=True)


def test_yaml_typing_keeps_strings_where_yaml_11_would_not() -> None:
    doc = yaml("country: NO\nclause: 4.10\nflag: yes\nwhen: 2026-02-28\nn: 12\nb: true\nz: ~\n")
    assert to_plain(doc) == {
        "country": "NO",
        "clause": "4.10",
        "flag": "yes",
        "when": "2026-02-28",
        "n": "12",
        "b": True,
        "z": None,
    }


def test_quoted_scalars_are_not_plain() -> None:
    doc = yaml("a: 'true'\nb: true\n")
    assert isinstance(doc, Mapping)
    a = doc.get("a")
    b = doc.get("b")
    assert isinstance(a, Scalar) and a.value == "true" and not a.plain
    assert isinstance(b, Scalar) and b.value is True


def test_yaml_positions_are_one_based_for_keys_and_values() -> None:
    doc = yaml("id: x\nparties:\n  - id: a\n    country: DE\n")
    key, _ = doc.entries["parties"]  # type: ignore[union-attr]
    assert (key.line, key.col) == (2, 1)
    node, found = locate(doc, ("parties", 0, "country"))
    assert found and (node.line, node.col) == (4, 14)
    keynode, _ = locate(doc, ("parties", 0, "country"), key=True)
    assert (keynode.line, keynode.col) == (4, 5)


@pytest.mark.parametrize(
    ("text", "line", "col"),
    [
        ("a: 1\na: 2\n", 2, 1),
        ("a:\n  b:\n    c: 1\n    c: 2\n", 4, 5),
        ("- {x: 1, x: 2}\n", 1, 10),
    ],
)
def test_duplicate_keys_at_any_depth_are_errors(text: str, line: int, col: int) -> None:
    with pytest.raises(InputError) as info:
        yaml(text)
    assert "duplicate key" in info.value.message
    assert (info.value.line, info.value.col) == (line, col)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("# only a comment\n", "empty"),
        ("a: 1\n---\nb: 2\n", "several YAML documents"),
        ("a: !!python/object:os.system x\n", "unsupported YAML tag"),
        ("a: !!binary aGk=\n", "unsupported YAML tag"),
        ("true: x\n", "must be a string"),
        ("? [a]\n: b\n", "plain string"),
        ("a: &x [*x]\n", "recursive"),
        ("a: [1\n", "YAML syntax error"),
        ("a: b: c\n", "YAML syntax error"),
    ],
)
def test_yaml_structure_errors(text: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        yaml(text)
    assert message in info.value.message
    assert info.value.line is not None


def test_alias_bomb_is_stopped() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(8):
        prev, cur = chr(97 + i), chr(98 + i)
        lines.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 9) + "]")
    with pytest.raises(InputError) as info:
        yaml("\n".join(lines) + "\n")
    assert "alias" in info.value.message


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    with pytest.raises(InputError) as info:
        yaml("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert "nesting deeper" in info.value.message
    with pytest.raises(InputError):
        json_("[" * 5000 + "]" * 5000)


def test_json_positions_and_duplicates() -> None:
    doc = json_('{\n  "id": "x",\n  "parties": [{"id": "a", "country": "DE"}]\n}')
    node, found = locate(doc, ("parties", 0, "country"))
    assert found and isinstance(node, Scalar) and node.value == "DE"
    assert (node.line, node.col) == (3, 38)
    with pytest.raises(InputError) as info:
        json_('{"a": {"b": 1, "b": 2}}')
    assert "duplicate key 'b'" in info.value.message and info.value.col == 16


def test_json_keeps_types() -> None:
    doc = json_('{"a": 1, "b": 1.5, "c": true, "d": null, "e": "4.10", "f": []}')
    assert to_plain(doc) == {"a": 1, "b": 1.5, "c": True, "d": None, "e": "4.10", "f": []}
    assert isinstance(doc.get("f"), Sequence)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": 1,}', "trailing comma"),
        ('{"a" 1}', "expected ':'"),
        ("[1, 2", "unexpected end"),
        ("[", "unexpected end of input, expected a value"),
        ("[1,", "unexpected end of input, expected a value"),
        ('{"a":', "unexpected end of input, expected a value"),
        ("[1] 2", "extra data"),
        ("", "empty"),
        ("{'a': 1}", "double-quoted key"),
        ('"abc', "Unterminated"),
    ],
)
def test_json_syntax_errors(text: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        json_(text)
    assert message in info.value.message


def test_encodings() -> None:
    assert decode(b"\xef\xbb\xbfid: x\n", "f") == "id: x\n"
    with pytest.raises(InputError, match="UTF-16"):
        decode("id: x\n".encode("utf-16"), "f")
    with pytest.raises(InputError, match="NUL") as info:
        decode(b"id: x\nt\x00itle: y\n", "f")
    assert (info.value.line, info.value.col) == (2, 2)
    with pytest.raises(InputError, match="invalid UTF-8") as info:
        decode(b"id: x\ntitle: \xff\n", "f")
    assert (info.value.line, info.value.col) == (2, 8)


def test_error_text_is_one_line_with_file_line_col() -> None:
    error = InputError("bad\nthing", file="c.yaml", line=3, col=7)
    assert str(error) == "c.yaml:3:7: bad thing"


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_bad_character_refuses_exactly_what_the_pattern_matches(text: str) -> None:
    # bad_character skips the search for text with nothing unprintable but allowed space.
    import re

    from compliance.document.limits import BAD_CHARACTERS, bad_character

    found = re.search(BAD_CHARACTERS, text)
    assert (bad_character(text) is None) == (found is None)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("plain", False),
        ("two\nlines\tand\r\n", False),
        ("soft\xadhyphen and \u2028 separator", False),
        ("bell\x07", True),
        ("\x85 next line", True),
        ("del\x7f", True),
        ("lone \ud800", True),
        ("tab\t\x1b", True),
    ],
)
def test_bad_character_examples(text: str, refused: bool) -> None:
    from compliance.document.limits import bad_character

    assert (bad_character(text) is not None) is refused


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_clean_escapes_exactly_what_the_unsafe_pattern_matches(text: str) -> None:
    # clean skips the pattern for printable text: the same result as always applying it.
    import re

    from compliance.core.terminal import UNSAFE, clean, escape

    assert clean(text) == re.sub(UNSAFE, escape, text)


@given(
    text=st.text(alphabet=st.sampled_from(" -\n\ta:[{"), max_size=120)
    | st.lists(st.sampled_from([" " * 7, "- ", "-", " ", "\n", "a: ", "x"]), max_size=40).map(
        "".join
    ),
    limit=st.integers(1, 6),
)
def test_the_indentation_depth_check_is_the_row_scan(text: str, limit: int) -> None:
    """The depth check refuses a row indented (spaces and dashes) past twice the limit
    exactly where a scan of every row does, its quick test done without a regular
    expression."""
    import re

    from compliance.document.loader import _too_deep

    expected = None
    if text.count("[") + text.count("{") > limit:
        from compliance.document.loader import _too_deep_flow

        expected = _too_deep_flow(text, limit)
    if expected is None and re.search(f"[ -]{{{2 * limit + 1}}}", text) is not None:
        for number, row in enumerate(text.splitlines(), 1):
            indent = len(row) - len(row.lstrip(" -"))
            if indent > 2 * limit and row.strip():
                expected = (number, indent + 1)
                break
    assert _too_deep(text, limit) == expected
