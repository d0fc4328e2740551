"""The JSON Schemas committed for editors (schemas/*.schema.json): fresh, the ones the
docs point at, and they accept every bundled file as an editor's YAML 1.2 parser reads it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, cli
from jsonschema import Draft202012Validator

from compliance.document.loader import load_file
from compliance.document.nodes import to_json_data

SCHEMAS = ROOT / "schemas"
KINDS = ("contract", "pack", "rule", "fixtures")


@pytest.mark.parametrize("kind", KINDS)
def test_the_committed_schema_is_what_compliance_schema_prints(kind: str) -> None:
    run = cli("schema", kind)
    assert run.code == 0, run.err
    committed = (SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert committed == run.out, (
        f"schemas/{kind}.schema.json is stale: "
        f"compliance schema {kind} > schemas/{kind}.schema.json"
    )


def validator(kind: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def bundled(kind: str) -> list[Path]:
    if kind == "contract":
        return sorted([*ROOT.glob("contracts/*.yaml"), *ROOT.glob("tests/data/contracts/*.yaml")])
    files = sorted(ROOT.glob("rules/*/*.yaml"))
    if kind == "pack":
        return [f for f in files if f.name == "pack.yaml"]
    if kind == "fixtures":
        return [f for f in files if f.name.endswith(".test.yaml")]
    return [
        f
        for f in files
        if f.name != "pack.yaml"
        and not f.name.endswith(".test.yaml")
        and f.parent.name not in ("profiles", "nations")  # parameters, national profiles
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_every_bundled_file_is_valid_as_an_editor_reads_it(kind: str) -> None:
    """Editors type plain YAML scalars as YAML 1.2 core does (6 is a number), not as
    compliance's loader does (text, typed by the model): the schema accepts both."""
    check = validator(kind)
    files = bundled(kind)
    assert files
    for path in files:
        errors = [e.message for e in check.iter_errors(to_json_data(load_file(str(path))))]
        assert not errors, f"{path.relative_to(ROOT)}: {errors[:3]}"


def test_a_misspelt_field_is_flagged() -> None:
    data = to_json_data(load_file(str(ROOT / "contracts" / "nato-openai-2026.yaml")))
    data["restrictions"] = {"mass_surveillance": {"prohibitted": True}}
    assert any("prohibitted" in e.message for e in validator("contract").iter_errors(data))


def test_the_docs_point_editors_at_committed_schemas() -> None:
    text = (ROOT / "docs" / "writing-contracts.md").read_text(encoding="utf-8")
    modeline = re.search(r"^# yaml-language-server: \$schema=(\S+)$", text, re.M)
    assert modeline, "the modeline is documented"
    urls = [modeline.group(1)]
    block = re.search(r"```json\n(.*?)```", text, re.S)
    assert block
    settings = json.loads(block.group(1))
    urls += list(settings["yaml.schemas"])
    from compliance import __version__

    for url in urls:
        prefix = f"https://raw.githubusercontent.com/compliance-tool/compliance/v{__version__}/"
        assert url.startswith(prefix), url
        assert (ROOT / url.removeprefix(prefix)).is_file(), url
