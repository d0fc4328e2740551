"""compliance schema report: the JSON report of every bundled contract validates against it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import AS_OF, CONTRACTS, cli
from jsonschema import Draft202012Validator

BUNDLED = sorted(p.name for p in CONTRACTS.glob("*.yaml"))


def report_schema() -> dict[str, Any]:
    run = cli("schema", "report")
    assert run.code == 0, run.err
    schema: dict[str, Any] = json.loads(run.out)
    Draft202012Validator.check_schema(schema)
    return schema


SCHEMA = report_schema()


@pytest.mark.parametrize(
    "options",
    [[], ["--by", "clause"], ["--redact", "--profile", "eu-public-sector"]],
    ids=["plain", "by-clause", "redacted-profile"],
)
def test_every_bundled_contract_report_validates(options: list[str]) -> None:
    from compliance.model.report import Report

    paths = [str(CONTRACTS / name) for name in BUNDLED]
    run = cli("check", *paths, "--format", "json", "--as-of", AS_OF, "--fail-on", "never", *options)
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert len(data["contracts"]) == len(BUNDLED)
    errors = sorted(Draft202012Validator(SCHEMA).iter_errors(data), key=str)
    assert not errors, errors[0].message
    Report.model_validate(data)


def test_a_report_with_a_bad_file_validates(tmp_path: Any) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n")
    run = cli("check", str(bad), str(CONTRACTS / BUNDLED[0]), "--format", "json", "--as-of", AS_OF)
    data = json.loads(run.out)
    assert data["errors"]
    assert not list(Draft202012Validator(SCHEMA).iter_errors(data))


def test_the_schema_rejects_a_field_it_does_not_describe() -> None:
    run = cli(
        "check",
        str(CONTRACTS / BUNDLED[0]),
        "--format",
        "json",
        "--as-of",
        AS_OF,
        "--fail-on",
        "never",
    )
    data = json.loads(run.out)
    data["contracts"][0]["results"][0]["surprise"] = 1
    assert list(Draft202012Validator(SCHEMA).iter_errors(data))
    data["contracts"][0]["results"][0].pop("surprise")
    data["contracts"][0]["results"][0]["status"] = "maybe"
    assert list(Draft202012Validator(SCHEMA).iter_errors(data))


def test_both_layouts_of_the_notes_validate() -> None:
    """A result's notes are indices into the contract's result_notes; reports written
    before result_notes existed carry the texts, and validate too. Mixing them does not."""
    from compliance.model.report import Report

    nato = str(CONTRACTS / "nato-openai-2026.yaml")
    run = cli("check", nato, "--format", "json", "--as-of", AS_OF, "--fail-on", "never")
    data = json.loads(run.out)
    contract = data["contracts"][0]
    noted = [result for result in contract["results"] if "notes" in result]
    assert noted and all(isinstance(n, int) for r in noted for n in r["notes"])
    assert not list(Draft202012Validator(SCHEMA).iter_errors(data))
    Report.model_validate(data)
    texts = contract.pop("result_notes")
    for result in noted:
        result["notes"] = [texts[n] for n in result["notes"]]
    assert not list(Draft202012Validator(SCHEMA).iter_errors(data))
    Report.model_validate(data)
    noted[0]["notes"].append(0)
    assert list(Draft202012Validator(SCHEMA).iter_errors(data))
    noted[0]["notes"].pop()
    contract["result_notes"] = [1]
    assert list(Draft202012Validator(SCHEMA).iter_errors(data))
