"""JSON Schema of the nations matrix (``compliance nations check --format json``)."""

from __future__ import annotations

from typing import Any

from compliance.nations.matrix import VERDICTS
from compliance.nations.profiles import CONFIDENCES, FIELDS

_STR = {"type": "string"}
_STRS = {"type": "array", "items": _STR}


def _obj(props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": required if required is not None else sorted(props),
        "properties": props,
    }


def nations_schema() -> dict[str, Any]:
    rule = _obj(
        {
            "id": _STR,
            "status": {"enum": ["pass", "fail", "unknown", "not_applicable", "error"]},
            "evidence": {
                "type": "array",
                "items": _obj({"path": _STR, "value": {}, "line": {"type": "integer"}}),
            },
            "missing": {"type": "array", "items": _obj({"path": _STR, "reason": _STR})},
        }
    )
    field = _obj(
        {
            "field": {"enum": list(FIELDS)},
            "rule": {"type": "string", "description": "The profile's rule as text."},
            "confidence": {"enum": list(CONFIDENCES)},
            "status": {
                "enum": ["pass", "fail", "unknown", "not_applicable", "no-rule"],
                "description": "no-rule: the profile says there is no such national rule.",
            },
            "reason": _STR,
            "rules": {"type": "array", "items": rule},
        }
    )
    blocking = _obj(
        {
            "field": {"enum": [*FIELDS, "binding"]},
            "status": {"enum": ["fail", "unknown"]},
            "reason": _STR,
            "rules": _STRS,
            "facts": _STRS,
        }
    )
    nation = _obj(
        {
            "nation": {"type": "string", "pattern": "^[A-Z]{2}$"},
            "name": _STR,
            "status": {"enum": list(VERDICTS)},
            "confidence": {"enum": list(CONFIDENCES)},
            "checked": _STR,
            "binding": _obj(
                {"status": {"enum": ["yes", "no", "unknown"]}, "reason": _STR, "missing": _STRS}
            ),
            "fields": {"type": "array", "items": field},
            "blocking": {"type": "array", "items": blocking},
        }
    )
    deal = _obj(
        {
            "path": _STR,
            "id": _STR,
            "title": _STR,
            "headline": _STR,
            "counts": _obj({v: {"type": "integer", "minimum": 0} for v in VERDICTS}),
            "nations": {"type": "array", "items": nation},
        }
    )
    schema = _obj(
        {
            "format": {"const": "compliance-nations/1"},
            "as_of": {"type": "string", "format": "date"},
            "nations_spec": _STR,
            "nations": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}},
            "deals": {"type": "array", "items": deal},
        }
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "compliance nations check --format json",
        **schema,
    }
