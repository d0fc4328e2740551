"""compliance packs new and packs lint through the real CLI; the applies_when analysis as a
property (a finding is never wrong)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, cli, compile_condition, run_cli
from hypothesis import given
from hypothesis import strategies as st

FINDING = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<level>error|warning) (?P<code>[a-z-]+) "
)


def findings(out: str) -> list[dict[str, str]]:
    return [m.groupdict() for line in out.splitlines() if (m := FINDING.match(line))]


def codes(out: str) -> set[str]:
    return {f["code"] for f in findings(out)}


def new_pack(tmp_path: Path, ident: str = "acme") -> Path:
    run = cli("packs", "new", ident, "--dir", str(tmp_path))
    assert run.code == 0, run.err
    return tmp_path / ident


RULE = """\
id: {id}
title: A test rule
severity: low
basis: guidance
citations:
  - instrument: Regulation (EU) 2016/679 (GDPR)
    provision: Art. 28(3)(h)
    url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
rationale: A test rule.
{body}
remediation: A clause.
question: A question?
"""


def add_rule(pack: Path, ident: str, body: str) -> Path:
    path = pack / f"{ident}.yaml"
    path.write_text(RULE.format(id=ident, body=body))
    return path


# --- packs new ----------------------------------------------------------------------------------


def test_a_new_pack_passes_its_tests_and_lints_clean(tmp_path: Path) -> None:
    pack = new_pack(tmp_path, "acme-red-lines")
    assert sorted(p.name for p in pack.iterdir()) == [
        "audit-rights.test.yaml",
        "audit-rights.yaml",
        "pack.yaml",
    ]
    tested = cli("packs", "test", str(pack))
    assert tested.code == 0, tested.out
    assert "acme-red-lines: 3/3 cases pass" in tested.out
    linted = cli("packs", "lint", str(pack))
    assert linted.code == 0, linted.out
    assert findings(linted.out) == []


def test_packs_new_never_overwrites(tmp_path: Path) -> None:
    pack = new_pack(tmp_path)
    (pack / "pack.yaml").write_text("mine")
    again = cli("packs", "new", "acme", "--dir", str(tmp_path))
    assert again.code == 2
    assert "already exists" in again.err
    assert (pack / "pack.yaml").read_text() == "mine"


@pytest.mark.parametrize("ident", ["Acme", "acme_lines", "-acme", "acme/lines", "x" * 81, ""])
def test_packs_new_validates_the_id(tmp_path: Path, ident: str) -> None:
    run = cli("packs", "new", "--dir", str(tmp_path), "--", ident)
    assert run.code == 2
    assert "invalid pack id" in run.err
    assert list(tmp_path.iterdir()) == []


# --- the built-in packs ---------------------------------------------------------------------


def test_the_builtin_packs_lint_clean() -> None:
    run = cli("packs", "lint", "rules/")
    assert run.code == 0, run.out + run.err
    assert findings(run.out) == []
    summaries = [line for line in run.out.splitlines() if "rule ids compared with" in line]
    assert len(summaries) == len(
        [p for p in (ROOT / "rules").iterdir() if (p / "pack.yaml").is_file()]
    )


def test_lint_without_arguments_lints_the_builtin_packs() -> None:
    run = cli("packs", "lint")
    assert run.code == 0, run.out
    assert "data-residency" in run.out


# --- findings -----------------------------------------------------------------------------------


def test_missing_and_failing_fixtures(tmp_path: Path) -> None:
    pack = new_pack(tmp_path)
    add_rule(pack, "no-tests", "requires: {fact: safeguards.audit_rights, equals: true}")
    fixtures = pack / "audit-rights.test.yaml"
    fixtures.write_text(fixtures.read_text().replace("expect: fail", "expect: pass", 1))
    run = cli("packs", "lint", str(pack))
    assert run.code == 1, run.out
    found = {(f["code"], Path(f["file"]).name) for f in findings(run.out)}
    assert ("missing-fixture", "no-tests.yaml") in found
    assert ("fixture-fails", "audit-rights.test.yaml") in found
    # The finding points at the rule's id.
    missing = next(
        f for f in findings(run.out) if f["code"] == "missing-fixture" and "no-tests" in f["file"]
    )
    assert (missing["line"], missing["col"]) == ("1", "5")


def test_a_rule_that_passes_silence_is_vacuous(tmp_path: Path) -> None:
    pack = new_pack(tmp_path)
    (pack / "pack.yaml").write_text(
        (pack / "pack.yaml").read_text()
        + "parameters:\n  strict:\n    type: boolean\n    default: true\n    description: x\n"
    )
    add_rule(pack, "silence", "requires: {param: strict, equals: true}")
    run = cli("packs", "lint", str(pack))
    assert run.code == 1
    vacuous = [f for f in findings(run.out) if f["code"] == "vacuous"]
    assert [Path(f["file"]).name for f in vacuous] == ["silence.yaml"]
    assert vacuous[0]["line"] == "10"  # the requires key


def test_applies_when_that_can_never_be_true_or_false(tmp_path: Path) -> None:
    pack = new_pack(tmp_path)
    add_rule(
        pack,
        "never-true",
        "applies_when:\n  all:\n    - {fact: status, equals: signed}\n"
        "    - {fact: status, equals: expired}\n"
        "requires: {fact: safeguards.audit_rights, equals: true}",
    )
    add_rule(
        pack,
        "never-false",
        "applies_when:\n  not: {fact: data.classification_ceiling, in: []}\n"
        "requires: {fact: safeguards.audit_rights, equals: true}",
    )
    add_rule(
        pack,
        "sound",
        "applies_when:\n  any:\n    - {fact: status, equals: signed}\n"
        "    - {fact: status, equals: expired}\n"
        "requires: {fact: safeguards.audit_rights, equals: true}",
    )
    run = cli("packs", "lint", str(pack))
    found = {(f["code"], Path(f["file"]).stem, f["level"]) for f in findings(run.out)}
    assert ("applies-never-true", "never-true", "error") in found
    assert ("applies-never-false", "never-false", "warning") in found
    assert not any(stem == "sound" and code.startswith("applies") for code, stem, _ in found)


def test_a_pack_that_cannot_be_loaded_exits_2_with_every_problem(tmp_path: Path) -> None:
    pack = new_pack(tmp_path)
    text = RULE.format(id="bare", body="requires: {fact: safeguards.audit_rights, equals: true}")
    text = re.sub(r"citations:\n(  .*\n|    .*\n)+", "", text).replace(
        "question: A question?\n", ""
    )
    (pack / "bare.yaml").write_text(text)
    add_rule(
        pack,
        "second",
        "aliases: [audit-rights]\nrequires: {fact: safeguards.audit_rights, equals: true}",
    )
    add_rule(pack, "typo", "requires: {fact: safeguards.audit_right, equals: true}")
    run = cli("packs", "lint", str(pack))
    assert run.code == 2, run.out
    found = {(f["code"], Path(f["file"]).stem) for f in findings(run.out)}
    assert ("no-citation", "bare") in found
    assert ("no-question", "bare") in found
    assert ("duplicate-id", "second") in found
    assert "cannot be loaded" in run.out


def test_a_condition_that_does_not_compile_is_a_schema_error_with_its_position(
    tmp_path: Path,
) -> None:
    pack = new_pack(tmp_path)
    add_rule(pack, "typo", "requires: {fact: safeguards.audit_right, equals: true}")
    run = cli("packs", "lint", str(pack))
    assert run.code == 2
    (finding,) = findings(run.out)
    assert finding["code"] == "schema"
    assert Path(finding["file"]).name == "typo.yaml"
    assert (finding["line"], finding["col"]) == ("10", "18")
    assert "did you mean 'audit_rights'" in run.out


def test_unused_parameters_and_definitions_are_warnings(tmp_path: Path) -> None:
    pack = new_pack(tmp_path)
    (pack / "pack.yaml").write_text(
        (pack / "pack.yaml").read_text()
        + "parameters:\n  spare:\n    type: integer\n    default: 1\n    description: x\n"
        + "definitions:\n  unused:\n    title: Not used\n    when: {fact: status, equals: signed}\n"
    )
    run = cli("packs", "lint", str(pack))
    assert run.code == 0, run.out
    assert codes(run.out) == {"unused-parameter", "unused-definition"}
    assert all(f["level"] == "warning" for f in findings(run.out))


def test_a_definition_another_pack_uses_counts_as_used(tmp_path: Path) -> None:
    base = new_pack(tmp_path, "base")
    (base / "pack.yaml").write_text(
        (base / "pack.yaml").read_text()
        + "definitions:\n  shared:\n    title: Shared\n    when: {fact: status, equals: signed}\n"
    )
    user = new_pack(tmp_path, "user")
    add_rule(
        user,
        "uses-shared",
        "applies_when: {ref: base/shared}\nrequires: {fact: safeguards.audit_rights, equals: true}",
    )
    alone = cli("packs", "lint", str(base))
    assert "unused-definition" in codes(alone.out)
    both = cli("packs", "lint", str(base), str(user))
    assert "unused-definition" not in codes(both.out)


def test_placeholders_are_warnings(tmp_path: Path) -> None:
    pack = new_pack(tmp_path)
    rule = pack / "audit-rights.yaml"
    rule.write_text(rule.read_text().replace("Does the contract", "TODO: does the contract"))
    run = cli("packs", "lint", str(pack))
    assert run.code == 0
    assert codes(run.out) == {"placeholder"}


def test_removed_ids_against_a_previous_copy(tmp_path: Path) -> None:
    pack = new_pack(tmp_path)
    previous = tmp_path / "previous"
    shutil.copytree(pack, previous)
    old = add_rule(previous, "old-name", "requires: {fact: safeguards.audit_rights, equals: true}")
    del old
    run = cli("packs", "lint", str(pack), "--previous", str(previous))
    assert run.code == 1
    (finding,) = findings(run.out)
    assert finding["code"] == "removed-id"
    assert "'old-name'" in run.out
    assert f"compared with --previous {previous}" in run.out
    # An alias keeps the old id alive.
    rule = pack / "audit-rights.yaml"
    rule.write_text(
        rule.read_text().replace("severity: high", "aliases: [old-name]\nseverity: high")
    )
    assert cli("packs", "lint", str(pack), "--previous", str(previous)).code == 0


def test_removed_ids_against_git_head(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    pack = new_pack(tmp_path)
    add_rule(pack, "gone-soon", "requires: {fact: safeguards.audit_rights, equals: true}")

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "first")
    (pack / "gone-soon.yaml").unlink()
    run = run_cli("packs", "lint", "acme", cwd=tmp_path)
    assert run.returncode == 1, run.stdout
    assert "error removed-id rule 'gone-soon'" in run.stdout
    assert "compared with git HEAD:acme" in run.stdout


def test_lint_says_when_it_had_nothing_to_compare_with(tmp_path: Path) -> None:
    pack = new_pack(tmp_path)
    run = run_cli("packs", "lint", str(pack), cwd=tmp_path)
    assert "compared with nothing (not in a git work tree" in run.stdout


def test_previous_needs_a_single_pack() -> None:
    run = cli("packs", "lint", "rules/", "--previous", "rules/data-residency")
    assert run.code == 2
    assert "--previous compares one pack" in run.err


# --- the applies_when analysis is sound: a finding is never wrong ---------------------------

STATUSES = ["signed", "expired", "negotiating", "in-force"]
USES = ["translation", "logistics", "surveillance"]

leaves = st.one_of(
    st.builds(lambda v: {"fact": "safeguards.audit_logging", "equals": v}, st.booleans()),
    st.builds(lambda v: {"fact": "status", "equals": v}, st.sampled_from(STATUSES)),
    st.builds(
        lambda vs: {"fact": "status", "in": vs}, st.lists(st.sampled_from(STATUSES), max_size=3)
    ),
    st.builds(
        lambda op, v: {"fact": "safeguards.log_retention_months", op: v},
        st.sampled_from(["equals", "gt", "ge", "lt", "le"]),
        st.integers(0, 12),
    ),
    st.builds(lambda v: {"fact": "use_cases", "contains": v}, st.sampled_from(USES)),
    st.builds(
        lambda op, vs: {"fact": "use_cases", op: vs},
        st.sampled_from(["any_of", "all_of", "none_of", "subset_of"]),
        st.lists(st.sampled_from(USES), max_size=3, unique=True),
    ),
)
conditions = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.builds(lambda xs: {"all": xs}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda xs: {"any": xs}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda x: {"not": x}, inner),
        st.builds(lambda x: {"stated": x}, inner),
    ),
    max_leaves=6,
)
absent = st.just(None)
contracts = st.fixed_dictionaries(
    {
        "audit_logging": st.one_of(absent, st.just("unspecified"), st.booleans()),
        "status": st.one_of(absent, st.sampled_from(STATUSES)),
        "months": st.one_of(absent, st.integers(0, 13)),
        "uses": st.one_of(
            absent,
            st.tuples(st.lists(st.sampled_from(USES), unique=True), st.booleans()),
        ),
    }
)


def _contract(values: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    safeguards: dict[str, Any] = {}
    if values["audit_logging"] is not None:
        safeguards["audit_logging"] = values["audit_logging"]
    if values["months"] is not None:
        safeguards["log_retention_months"] = values["months"]
    if safeguards:
        data["safeguards"] = safeguards
    if values["status"] is not None:
        data["status"] = values["status"]
    if values["uses"] is not None:
        items, complete = values["uses"]
        data["use_cases"] = {"items": items, "complete": complete}
    return data


@given(conditions, st.lists(contracts, min_size=1, max_size=5))
def test_the_analysis_never_rules_out_an_outcome_a_contract_gives(
    condition: dict[str, Any], samples: list[dict[str, Any]]
) -> None:
    from compliance.contracts.load import build_contract
    from compliance.document.loader import parse_text
    from compliance.engine import conditions as engine
    from compliance.engine.build import build_node
    from compliance.engine.satisfiable import Analyser

    ir = compile_condition(condition)
    outcomes = Analyser({}).outcomes(ir, "t")
    node = build_node(ir, "t", {"t": {}}, [])
    for values in samples:
        data = {"id": "c", "title": "c", **_contract(values)}
        doc = build_contract(parse_text(json.dumps(data), "c.json", json=True), "c.json")
        value, _, _ = node.evaluate(engine.Ctx(date(2026, 11, 27)), doc.facts, "")
        if value == engine.TRUE:
            assert outcomes.true, (condition, data)
        if value == engine.FALSE:
            assert outcomes.false, (condition, data)


@pytest.mark.parametrize(
    ("condition", "true", "false"),
    [
        ({"fact": "status", "in": []}, False, True),
        ({"fact": "use_cases", "subset_of": []}, True, True),
        ({"not": {"fact": "status", "in": []}}, True, False),
        ({"stated": {"fact": "status", "in": []}}, False, True),
        ({"stated": {"not": {"fact": "status", "in": []}}}, True, True),
        ({"not": {"stated": {"fact": "status", "in": []}}}, True, False),
        ({"not": {"stated": {"fact": "use_cases", "subset_of": []}}}, True, True),
        (
            {
                "all": [
                    {"fact": "safeguards.log_retention_months", "gt": 6},
                    {"fact": "safeguards.log_retention_months", "lt": 7},
                ]
            },
            False,
            True,
        ),
        (
            {
                "any": [
                    {"fact": "safeguards.log_retention_months", "ge": 6},
                    {"fact": "safeguards.log_retention_months", "lt": 7},
                ]
            },
            True,
            False,
        ),
        ({"some": "parties", "where": {"fact": "kind", "in": []}}, False, True),
        ({"every": "parties", "where": {"fact": "kind", "in": []}}, True, True),
    ],
)
def test_the_analysis_finds_conditions_that_cannot_go_one_way(
    condition: dict[str, Any], true: bool, false: bool
) -> None:
    from compliance.engine.satisfiable import Analyser

    outcomes = Analyser({}).outcomes(compile_condition(condition), "t")
    assert (outcomes.true, outcomes.false) == (true, false)


def test_definitions_in_a_cycle_are_a_load_error(tmp_path: Path) -> None:
    pack = new_pack(tmp_path)
    (pack / "pack.yaml").write_text(
        (pack / "pack.yaml").read_text()
        + "definitions:\n  a: {title: A, when: {ref: b}}\n  b: {title: B, when: {ref: a}}\n"
    )
    add_rule(pack, "loop", "applies_when: {ref: a}\nrequires: {fact: status, equals: signed}")
    run = cli("packs", "lint", str(pack))
    assert run.code == 2
    assert (
        f"{pack / 'pack.yaml'}:1:1: error schema definitions refer to each other in a "
        "cycle: acme/a -> acme/b -> acme/a" in run.out
    )


@pytest.mark.parametrize(
    ("inner", "position", "message"),
    [
        ("[safeguards.audit_rights]", "bad.yaml:11:3: ", "Input should be a valid dictionary"),
        (
            "{fact: safeguards.audit_right, equals: true}",
            "bad.yaml:12:20: ",
            "unknown fact path 'safeguards.audit_right'",
        ),
    ],
)
def test_a_malformed_stated_is_one_positioned_line(
    tmp_path: Path, inner: str, position: str, message: str
) -> None:
    pack = new_pack(tmp_path)
    add_rule(pack, "bad", f"requires:\n  not:\n    stated: {inner}")
    for command in ("test", "lint"):
        run = cli("packs", command, str(pack))
        assert run.code == 2, (command, run.out, run.err)
        output = run.out + run.err
        lines = [line for line in output.splitlines() if "bad.yaml" in line]
        assert len(lines) == 1, (command, output)
        assert position in lines[0] and message in lines[0], lines
        assert "Traceback" not in output


@pytest.mark.parametrize(
    ("predicate", "message"),
    [
        ("{fact: system.put_into_service, le: {as_of: false}}", "is written {as_of: true}"),
        ("{fact: system.put_into_service, le: {as_of: yes please}}", "is written {as_of: true}"),
        ("{fact: system.put_into_service, ge: {as_of: true, param: x}}", "is written"),
        ("{fact: system.put_into_service, equals: {as_of: true}}", "works with gt, ge, lt, le"),
        ("{fact: safeguards.log_retention_months, lt: {as_of: true}}", "compares a date with"),
        ("{fact: geography.deployment, le: {as_of: true}}", "is a list"),
    ],
)
def test_a_malformed_comparison_with_the_assessment_date_is_positioned(
    tmp_path: Path, predicate: str, message: str
) -> None:
    """``{as_of: true}`` as a value: only for gt / ge / lt / le on a single date fact; any
    other use is a schema error at the operator's value, with its file, line and column."""
    pack = new_pack(tmp_path)
    add_rule(
        pack,
        "bad",
        "requires:\n  all:\n    - {fact: safeguards.audit_rights, equals: true}\n"
        f"    - {predicate}",
    )
    run = cli("packs", "lint", str(pack))
    assert run.code == 2, run.out
    (finding,) = findings(run.out)
    assert finding["code"] == "schema"
    assert Path(finding["file"]).name == "bad.yaml"
    column = 7 + predicate.index("{as_of")  # the operator's value; the item is at column 7
    assert (finding["line"], finding["col"]) == ("13", str(column)), run.out
    assert message in run.out
