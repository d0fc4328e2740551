"""JSON Schemas generated from the models (never written by hand)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from compliance.model.types import jurisdiction_schema, unspecified_schema, vocabulary_schemas

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _tidy(node: Any, defs: dict[str, Any]) -> Any:
    """Turn placeholders into $refs, drop null branches and null defaults, flatten anyOf."""
    if isinstance(node, list):
        return [_tidy(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    if "x-ref" in node:
        return {"$ref": f"#/$defs/{node['x-ref']}"}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "default" and value is None:
            continue
        if key == "title" and isinstance(value, str) and "properties" not in node:
            continue  # pydantic's per-field titles only repeat the field name
        out[key] = _tidy(value, defs)
    if "anyOf" in out:
        flat: list[Any] = []
        for branch in out["anyOf"]:
            if branch == {"type": "null"}:
                continue
            candidates = branch["anyOf"] if set(branch) == {"anyOf"} else [branch]
            for candidate in candidates:
                if candidate not in flat:
                    flat.append(candidate)
        if len(flat) == 1:
            del out["anyOf"]
            out.update(flat[0])
        else:
            out["anyOf"] = flat
    return out


def _allow_unspecified_sections(node: Any, sections: set[str]) -> Any:
    """A reference to a section (a group of facts) also accepts ``unspecified``."""
    if isinstance(node, list):
        return [_allow_unspecified_sections(item, sections) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _allow_unspecified_sections(value, sections) for key, value in node.items()}
    ref = out.get("$ref", "")
    if ref.rsplit("/", 1)[-1] in sections:
        rest = {key: value for key, value in out.items() if key != "$ref"}
        return {**rest, "anyOf": [{"$ref": ref}, {"$ref": "#/$defs/Unspecified"}]}
    return out


def model_schema(model: type[BaseModel], *, title: str, schema_id: str) -> dict[str, Any]:
    raw = model.model_json_schema(ref_template="#/$defs/{model}")
    defs = dict(raw.pop("$defs", {}))
    schema = _tidy(raw, defs)
    tidy_defs = {name: _tidy(value, defs) for name, value in sorted(defs.items())}
    sections = {name for name, value in tidy_defs.items() if value.pop("x-section", False)}
    schema = _allow_unspecified_sections(schema, sections)
    tidy_defs = {
        name: _allow_unspecified_sections(value, sections) for name, value in tidy_defs.items()
    }
    tidy_defs["Unspecified"] = unspecified_schema()
    tidy_defs["Jurisdiction"] = jurisdiction_schema()
    tidy_defs.update(vocabulary_schemas())
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": schema_id,
        **schema,
        "title": title,
        "$defs": dict(sorted(tidy_defs.items())),
    }


def contract_schema() -> dict[str, Any]:
    from compliance.model.contract import Contract

    return model_schema(
        Contract,
        title="Contract description",
        schema_id="https://compliance.invalid/schemas/contract.schema.json",
    )


def pack_schemas() -> dict[str, dict[str, Any]]:
    from compliance.model.pack import Fixtures, Pack, Rule

    base = "https://compliance.invalid/schemas/"
    return {
        "pack": model_schema(Pack, title="Rule pack", schema_id=base + "pack.schema.json"),
        "rule": model_schema(Rule, title="Rule", schema_id=base + "rule.schema.json"),
        "fixtures": model_schema(
            Fixtures, title="Rule fixtures", schema_id=base + "fixtures.schema.json"
        ),
    }
