"""Hostile input, fourth pass: a JSON file over the value limit is refused fast, numbers
follow one rule in both formats, and option values are read with the run's limits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import AS_OF, ROOT, cli
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from compliance.core.errors import InputError
from compliance.document import jsonparse

# --- a JSON file just over the value limit is refused without the minute-long parse ----------


def _many_values(lists: int) -> str:
    rows = ",".join("[" + ",".join(["0"] * 9_000) + "]" for _ in range(lists))
    return '{"id": "x", "title": "t", "extensions": {"p": [' + rows + "]}}"


def test_a_json_file_over_the_value_limit_is_refused_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _many_values(112)  # 1,008,000 values, 2 MB
    contract = tmp_path / "many.json"
    contract.write_text(text)
    run = cli("validate", str(contract), timeout=120)
    assert run.code == 2, run.err
    # The message and position the positioned parser gives (it took 25 s to get there).
    assert run.err == f"{contract}:1:2000037: more than 1000000 values\n", run.err

    def slow(self: object) -> None:
        raise AssertionError("the pure-Python parser ran")

    monkeypatch.setattr(jsonparse._Parser, "parse", slow)
    with pytest.raises(InputError) as caught:
        jsonparse.parse_json(text, max_depth=64)
    assert (caught.value.line, caught.value.col) == (1, 2000037)
    assert "more than 1000000 values" in str(caught.value)


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=5),
    st.sampled_from(["a,b", "[{", '"', "\\", "\b", "\u0001", "\ufffe", "é", "k:"]),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=40,
)


def _first_error(text: str, max_depth: int, max_items: int, max_nodes: int) -> str:
    try:
        jsonparse._Parser(text, max_depth, max_items, max_nodes).parse()
    except InputError as exc:
        return f"{exc.line}:{exc.col}: {exc}"
    return "accepted"


@settings(max_examples=300)
@example([[0, 0, 0], 0, 0, 0], None, None, False, 5, 5, 2)  # a list too long comes first
@example([[[[0]]], 0, 0, 0, 0], None, None, False, 5, 3, 5)  # so does nesting too deep
@example([0, 0, 0, 0], None, None, True, 5, 5, 5)  # and a duplicate key
@example(["\u0001", 0, 0, 0, 0], None, None, False, 4, 5, 5)  # and a control character
@example([1e300, 0, 0, 0, 0], None, None, False, 4, 5, 5)  # (a number in range)
@example({"\n\x7f": None}, None, None, False, 1, 5, 5)  # and a raw DEL in a string
@given(
    value=_VALUES,
    indent=st.sampled_from([None, 0, 2]),
    edit=st.none() | st.tuples(st.integers(0, 10_000), st.sampled_from(["", ",", "]", '"', "x"])),
    duplicate=st.booleans(),
    max_nodes=st.integers(0, 30),
    max_depth=st.integers(1, 5),
    max_items=st.integers(0, 6),
)
def test_the_fast_refusal_is_the_positioned_parsers_first_error(
    value: object,
    indent: int | None,
    edit: tuple[int, str] | None,
    duplicate: bool,
    max_nodes: int,
    max_depth: int,
    max_items: int,
) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=bool(indent))
    if duplicate:
        text = '{"k": 1, "k": ' + text + "}"
    if edit is not None:  # one character changed or dropped: the text may not be JSON any more
        at = edit[0] % (len(text) + 1)
        text = text[:at] + edit[1] + text[at + 1 :]
    over = jsonparse._over_the_limit(text, max_depth, max_items, max_nodes)
    expected = _first_error(text, max_depth, max_items, max_nodes)
    event(f"fast path: {over is not None}")
    if over is not None:
        line, col = jsonparse._Parser(text, 1, 1, 1).position(over)
        assert expected == f"{line}:{col}: more than {max_nodes} values", (text, expected)
    # And parse_json, fast or not, always gives the positioned parser's answer.
    try:
        jsonparse.parse_json(text, max_depth=max_depth, max_items=max_items, max_nodes=max_nodes)
    except InputError as exc:
        assert expected == f"{exc.line}:{exc.col}: {exc}"
    else:
        assert expected == "accepted"


def test_an_unterminated_string_costs_one_pass() -> None:
    text = '["' + '\\"' * 2_000_000  # quadratic with a backtracking search for the quote
    assert jsonparse._over_the_limit(text, 64, 10_000, 1_000) is None


# --- a whole number has at most 18 digits, in YAML and in JSON alike -------------------------

LONG = "12345678901234567890123"


@pytest.mark.parametrize("number", [LONG, "-" + LONG])
def test_a_23_digit_number_is_refused_alike_in_yaml_and_json(tmp_path: Path, number: str) -> None:
    facts = {"data": {"retention_months": "N"}}
    body = {
        "id": "c",
        "title": "t",
        "clauses": [{"id": "1", "title": "a", "text": "b", "facts": facts}],
    }
    as_json = json.dumps(body).replace('"N"', number)
    yaml_file, json_file = tmp_path / "c.yaml", tmp_path / "c.json"
    json_file.write_text(as_json)
    yaml_file.write_text(as_json.replace("{", "{ ").replace("}", " }"))  # YAML flow style
    errors = []
    for path in (yaml_file, json_file):
        for command in ("validate", "check"):
            run = cli(command, str(path))
            assert run.code == 2, (path, command, run.err)
            assert run.err.startswith(f"{path}:1:"), run.err
            errors.append(run.err.strip().splitlines()[-1].split(": ", 1)[1])
    expected = f"expected a whole number of at most 18 digits, got one of {len(LONG)} digits"
    assert set(errors) == {f"clauses[0].facts.data.retention_months: {expected}"}, errors


def test_a_23_digit_assumption_is_refused_and_18_digits_are_accepted() -> None:
    contract = str(ROOT / "contracts" / "model-contract.yaml")
    run = cli("check", contract, "--assume", f"data.retention_months={LONG}", "--as-of", AS_OF)
    assert run.code == 2, run.err
    assert run.err.strip().endswith(
        "data.retention_months: expected a whole number of at most 18 digits, got one of 23 digits"
    ), run.err
    run = cli("check", contract, "--assume", f"data.retention_months={LONG[:18]}", "--as-of", AS_OF)
    assert run.code in (0, 1), run.err


def test_the_digit_rule_is_exactly_eighteen_digits() -> None:
    from compliance.core.scalars import too_many_digits

    assert too_many_digits(10**18 - 1) is None and too_many_digits("9" * 18) is None
    assert too_many_digits(10**18) is not None and too_many_digits("-" + "9" * 19) is not None
    assert too_many_digits(True) is None and too_many_digits("1" * 19 + ".5") is None


# --- option values and pyproject.toml are read with the run's --max-* limits ------------------

NESTED = "[" * 70 + "]" * 70  # deeper than the default --max-depth of 64


@pytest.mark.parametrize(
    ("option", "target"),
    [("--assume", "parties"), ("--set", "data-residency.allowed_jurisdictions")],
)
def test_an_option_value_is_read_with_the_runs_limits(option: str, target: str) -> None:
    contract = str(ROOT / "contracts" / "model-contract.yaml")
    common = ("check", contract, "--as-of", AS_OF)
    run = cli(*common, option, f"{target}={NESTED}")
    assert run.code == 2 and "nesting deeper than 64 levels" in run.err, run.err[-300:]
    # Raised: the value is read, and refused for what it is, not for its depth.
    run = cli(*common, "--max-depth", "100", option, f"{target}={NESTED}")
    assert run.code == 2, run.err[-300:]
    assert "nesting deeper" not in run.err and "expected" in run.err, run.err[-300:]
    # Lowered: refused where the default would accept it.
    run = cli(*common, "--max-depth", "3", option, f'{target}=[[[["DE"]]]]')
    assert run.code == 2 and "nesting deeper than 3 levels" in run.err, run.err[-300:]
    many = "[" + ",".join(['"DE"'] * 20) + "]"
    run = cli(*common, "--max-items", "10", option, f"{target}={many}")
    assert run.code == 2 and "a list of more than 10 items" in run.err, run.err[-300:]


def test_pyproject_is_read_with_the_runs_limits(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.compliance]\npacks = {NESTED}\n")
    (tmp_path / "c.yaml").write_text("id: c\ntitle: t\n")
    for command in ("check", "validate"):
        run = cli(command, "c.yaml", cwd=tmp_path)
        assert run.code == 2 and "nesting deeper than 64 levels" in run.err, run.err[-300:]
        run = cli(command, "c.yaml", "--max-depth", "100", cwd=tmp_path)
        assert run.code == 2 and "nesting deeper" not in run.err, run.err[-300:]
        assert run.err.startswith("pyproject.toml:2:1: packs[0]: expected text"), run.err[:200]
    (tmp_path / "pyproject.toml").write_text('[tool.compliance]\nfail-on = "never"\n' + "#" * 2000)
    run = cli("check", "c.yaml", "--max-file-size", "1K", cwd=tmp_path)
    assert run.code == 2 and run.err.startswith("pyproject.toml: file is 2036 bytes"), run.err
    assert cli("check", "c.yaml", cwd=tmp_path).code == 0
    # A .compliance.yaml named with --config too.
    (tmp_path / "pyproject.toml").unlink()
    (tmp_path / "conf.yaml").write_text("packs: [[[[[a]]]]]\n")
    run = cli("check", "c.yaml", "--config", "conf.yaml", "--max-depth", "3", cwd=tmp_path)
    assert run.code == 2 and "conf.yaml:1:" in run.err and "nesting deeper than 3" in run.err


def test_waivers_and_baselines_are_read_with_the_runs_limits(tmp_path: Path) -> None:
    contract = str(ROOT / "contracts" / "model-contract.yaml")
    waivers = tmp_path / "w.yaml"
    waivers.write_text("waivers:\n  - rule: [[[[[x]]]]]\n")
    baseline = tmp_path / "b.json"
    baseline.write_text('{"baseline_version": [[[[["x"]]]]]}')
    for option, path in (("--waivers", waivers), ("--baseline", baseline)):
        run = cli("check", contract, option, str(path), "--max-depth", "3", "--as-of", AS_OF)
        assert run.code == 2, run.err
        assert f"{path}:" in run.err and "nesting deeper than 3 levels" in run.err, run.err
        run = cli("check", contract, option, str(path), "--as-of", AS_OF)
        assert run.code == 2 and "nesting deeper" not in run.err, run.err


# --- interview: an answer typed at the prompt is read as a file's value is --------------------


def test_an_answer_at_the_prompt_is_read_as_a_file_is(tmp_path: Path) -> None:
    out = tmp_path / "o.yaml"
    typed = b"\x1b[2J\n\xff\xfe\n" + NESTED.encode() + b"\nq\n"
    common = ("interview", "-o", str(out), "--as-of", AS_OF)
    run = cli(*common, stdin=typed)
    assert run.code == 0 and "Traceback" not in run.err, run.err
    refusals = [line for line in run.out.splitlines() if "not an answer here" in line]
    assert [line.split("not an answer here: ", 1)[1] for line in refusals] == [
        "control character U+001B in the answer (not allowed in text)",
        "invalid UTF-8 (byte 0xff) in the answer; type UTF-8 text",
        "answer:1:65: nesting deeper than 64 levels (raise it with --max-depth)",
    ], refusals
    # With the limit raised, the nested answer is read (and refused for what it is).
    run = cli(*common, "--force", "--max-depth", "100", stdin=NESTED + "\nq\n")
    assert run.code == 0 and "nesting deeper" not in run.out, run.out[-500:]


@pytest.mark.parametrize(
    ("path", "typed", "message"),
    [
        ("data.retention_months", "\u0661\u0662", "expected a whole number, got '١٢'"),
        ("data.retention_months", "1_000", "expected a whole number, got '1_000'"),
        ("data.retention_months", LONG, "at most 18 digits, got one of 23 digits"),
        ("data.retention_months", "-5", "expected a whole number, 0 or more, got '-5'"),
        ("term.end", "20261127", "expected a date written YYYY-MM-DD, got '20261127'"),
    ],
)
def test_a_typed_number_or_date_follows_the_rules_of_a_file(
    path: str, typed: str, message: str
) -> None:
    from compliance.run.interview import parse_text

    with pytest.raises(ValueError, match=re.escape(message)):
        parse_text(path, typed)
    # What a file accepts, the prompt accepts.
    assert parse_text("data.retention_months", " 12 ") == 12
    assert str(parse_text("term.end", "2026-11-27")) == "2026-11-27"


# --- nations: a huge --jobs starts no more processes than there are evaluations ---------------


def test_nations_with_a_huge_jobs_count_runs_one_process_per_evaluation() -> None:
    contract = str(ROOT / "contracts" / "nato-openai-2026.yaml")
    args = ("nations", "check", contract, "--nations", "FR,DE", "--as-of", AS_OF)
    # -j 100000 forked a hundred thousand workers for two evaluations: the run hung.
    run = cli(*args, "-j", "100000", timeout=90)
    assert run.code == 0, run.err
    assert run.out == cli(*args).out


# --- a raw control character in YAML is reported at its line and column ----------------------


@pytest.mark.parametrize(
    ("content", "position", "message"),
    [
        (b"id: c\ntitle: t\nuse_cases: [\x1b]\n", "3:13", "control character U+001B"),
        (b'id: c\ntitle: "a\xc2\x85b\xc2\x9f"\n', "2:12", "control character U+009F"),
        (b"id: c\ntitle: t\x7f\n", "2:9", "control character U+007F"),
        (b"id: c\ntitle: \xef\xbf\xbe\n", "2:8", "noncharacter U+FFFE"),
    ],
)
def test_a_raw_control_character_in_yaml_has_its_position(
    tmp_path: Path, content: bytes, position: str, message: str
) -> None:
    contract = tmp_path / "c.yaml"
    contract.write_bytes(content)
    # The YAML reader said only "position 27" (counted in UTF-8 bytes), with no line.
    for command in (("validate",), ("classify", "--as-of", AS_OF)):
        run = cli(*command, str(contract))
        assert run.code == 2, run.err
        assert run.err == f"{contract}:{position}: {message} (not allowed in text)\n", run.err


def test_nations_check_refuses_an_output_it_cannot_write_before_the_run(tmp_path: Path) -> None:
    contract = str(ROOT / "contracts" / "nato-openai-2026.yaml")
    args = ("nations", "check", contract, "--nations", "FR", "--as-of", AS_OF)
    run = cli(*args, "-o", str(tmp_path))  # was an internal error (exit 3) after the run
    assert (
        run.code == 2
        and run.err == f"-o {str(tmp_path)!r}: {str(tmp_path)!r} is a folder; name a file\n"
    )
    blocker = tmp_path / "file"
    blocker.write_text("")
    run = cli(*args, "-o", str(blocker / "report.txt"))
    assert run.code == 2 and "cannot write the file" in run.err, run.err
    run = cli(*args, "-o", "-")
    assert run.code == 0 and run.out == cli(*args).out
