"""A date fact compared with another single date fact (``{fact: PATH}`` as the value of gt,
ge, lt or le): true or false on the two dates, both as evidence; unknown while either is not
stated (or stated as unspecified), each missing by its own path; the generated code gives
what the interpreter gives; any other use of the operand is a positioned load error. The
built-in compliance-timeline reads it for a model placed on the market after 2 Aug 2025
(AI Act Art. 113, third paragraph, point (b): Chapter V applies from placement)."""

from __future__ import annotations

import json
import operator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import cli, compile_condition
from hypothesis import given
from hypothesis import strategies as st

from compliance.contracts.load import build_contract
from compliance.document.loader import parse_text
from compliance.engine import codegen, fastpath
from compliance.engine import conditions as engine
from compliance.engine.build import build_node

AS_OF = date(2026, 11, 27)
DUE = "ai_act.deadlines.gpai_duties"
PLACED = "system.model_placed_on_market"
OPERATORS = {"gt": operator.gt, "ge": operator.ge, "lt": operator.lt, "le": operator.le}
NAMES = {engine.TRUE: "true", engine.FALSE: "false", engine.UNKNOWN: "unknown"}


def condition(op: str) -> dict[str, Any]:
    return {"fact": DUE, op: {"fact": PLACED}}


def facts(due: date | str | None, placed: date | str | None) -> Any:
    data: dict[str, Any] = {}
    if due is not None:
        data["ai_act"] = {"deadlines": {"gpai_duties": str(due)}}
    if placed is not None:
        data["system"] = {"model_placed_on_market": str(placed)}
    text = json.dumps({"id": "c", "title": "c", **data})
    return build_contract(parse_text(text, "c.json", json=True), "c.json", as_of=AS_OF).facts


day = st.dates(date(2024, 1, 1), date(2028, 12, 31))
stated = st.none() | st.just("unspecified") | day


@given(op=st.sampled_from(sorted(OPERATORS)), due=stated, placed=stated)
def test_two_dates_compare_and_an_unstated_one_is_unknown(
    op: str, due: date | str | None, placed: date | str | None
) -> None:
    node = build_node(compile_condition(condition(op)), "t", {"t": {}}, [])
    value, evidence, missing = node.evaluate(engine.Ctx(AS_OF), facts(due, placed), "")
    paths = [path for path, _ in evidence]
    if isinstance(due, date) and isinstance(placed, date):
        assert NAMES[value] == ("true" if OPERATORS[op](due, placed) else "false")
        assert paths == [DUE, PLACED] and missing == ()
        return
    assert value == engine.UNKNOWN
    wanted = DUE if not isinstance(due, date) else PLACED
    reason = engine.ABSENT if (due if wanted == DUE else placed) is None else engine.UNSPECIFIED
    assert (wanted, reason) in missing


@given(op=st.sampled_from(sorted(OPERATORS)), due=stated, placed=stated)
def test_generated_code_gives_what_the_interpreter_gives(
    op: str, due: date | str | None, placed: date | str | None
) -> None:
    ir = compile_condition({"any": [condition(op), {"fact": "system.gpai_model", "equals": True}]})
    node = build_node(ir, "t", {"t": {}}, [])
    (generated,) = codegen.build([node], fastpath.Shared())
    tree = facts(due, placed)
    assert generated(engine.Ctx(AS_OF), tree, "") == node.evaluate(engine.Ctx(AS_OF), tree, "")


RULE = """\
id: r
title: R
severity: low
basis: law
citations: [{{instrument: I, provision: P, url: "https://example.org"}}]
rationale: R.
requires: {requires}
remediation: R.
question: Q?
"""


@pytest.mark.parametrize(
    ("requires", "message"),
    [
        (
            "{fact: ai_act.deadlines.gpai_duties, equals: {fact: system.model_placed_on_market}}",
            "works with in, subset_of and gt, ge, lt, le, not equals",
        ),
        (
            "{fact: ai_act.deadlines.gpai_duties, le: {fact: use_cases}}",
            "compares two single date facts",
        ),
        (
            "{fact: safeguards.log_retention_months, le: {fact: system.model_placed_on_market}}",
            "compares two single date facts",
        ),
    ],
)
def test_any_other_use_is_a_positioned_error(tmp_path: Path, requires: str, message: str) -> None:
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "id: p\ntitle: P\nversion: 0.1.0\ndescription: D.\ndisclaimer: D.\n"
    )
    (pack / "r.yaml").write_text(RULE.format(requires=requires))
    run = cli("packs", "lint", str(pack))
    assert run.code == 2, run.out
    assert message in run.out and "r.yaml:7:" in run.out, run.out


def test_the_timeline_reads_a_model_placed_after_2_august_2025(tmp_path: Path) -> None:
    """Chapter V scheduled on the day of placement passes (audit 24's former xfail), a day
    after it fails, and with the placement unstated the rule is unknown."""

    def status(deadline: str, placed: str | None) -> str:
        data: dict[str, Any] = {
            "id": "c",
            "title": "c",
            "parties": {
                "items": [
                    {
                        "id": "shop",
                        "roles": {"items": ["customer", "deployer"], "complete": True},
                        "kind": "company",
                        "country": "FR",
                        "eu_established": True,
                    },
                    {
                        "id": "vendor",
                        "roles": {"items": ["provider"], "complete": True},
                        "kind": "company",
                        "country": "FR",
                        "eu_established": True,
                    },
                ],
                "complete": True,
            },
            "purposes": {"items": ["commercial"], "complete": True},
            "use_cases": {"items": ["customer-service-chatbot"], "complete": True},
            "geography": {"deployment": {"items": ["FR"], "complete": True}},
            "system": {
                "gpai_model": True,
                **({"model_placed_on_market": placed} if placed else {}),
            },
            "ai_act": {"deadlines": {"gpai_duties": deadline, "transparency": "2026-08-02"}},
        }
        path = tmp_path / "c.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        rule = "eu-ai-act-high-risk/compliance-timeline"
        args = ("--as-of", "2026-09-01", "--format", "json", "--fail-on", "never")
        run = cli("check", str(path), "--select", rule, *args)
        assert run.code == 0, run.err
        (result,) = json.loads(run.out)["contracts"][0]["results"]
        return str(result["status"])

    assert status("2026-03-01", "2026-03-01") == "pass"
    assert status("2026-09-01", "2026-03-01") == "fail"
    assert status("2026-03-01", None) == "unknown"
