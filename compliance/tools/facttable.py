"""Generate the fact-path table from the contract model's JSON Schema (imports pydantic).

``python -m compliance.tools.datagen`` writes the result to ``compliance/data/facttable.json``,
which :mod:`compliance.facts.table` reads on the hot path without the models.
"""

from __future__ import annotations

from typing import Any

from compliance.facts.table import (
    ANY,
    BOOL,
    DATE,
    INT,
    JURISDICTION,
    LIST,
    NUMBER,
    OBJECT,
    STRING,
    VOCAB,
    Kind,
)


def kind_of(schema: dict[str, Any], defs: dict[str, Any]) -> tuple[Kind, str | None]:
    """The kind of a property schema, and the $defs name of an object's schema."""
    description = schema.get("description", "")
    branches = schema.get("anyOf", [schema])
    branches = [b for b in branches if b.get("$ref") != "#/$defs/Unspecified"]
    if schema.get("x-fact-list") or any(b.get("type") == "array" for b in branches):
        array = next(b for b in branches if b.get("type") == "array")
        item, ref = kind_of(array["items"], defs)
        return Kind(LIST, item=item, description=description), ref
    branch = branches[0]
    ref = branch.get("$ref")
    if ref:
        name = ref.rsplit("/", 1)[1]
        target = defs[name]
        if name == "Jurisdiction":
            return Kind(JURISDICTION, description=description), None
        if "enum" in target:
            return Kind(VOCAB, vocab=name, description=description), None
        return Kind(OBJECT, description=description), name
    kind = branch.get("type")
    if kind == "boolean":
        return Kind(BOOL, description=description), None
    if kind == "integer":
        return Kind(INT, description=description), None
    if kind == "number":
        return Kind(NUMBER, description=description), None
    if kind == "string":
        if branch.get("format") == "date":
            return Kind(DATE, description=description), None
        return Kind(STRING, description=description), None
    return Kind(ANY, description=description), None


def with_place(path: str, kind: Kind) -> Kind:
    """A jurisdiction fact's kind with its reading of groups (``place``), from
    :data:`compliance.facts.vocabulary.PLACE_READINGS`; any other kind as it is."""
    from compliance.facts.vocabulary import PLACE_READINGS, PLACE_READINGS_BY_ITEM

    element = kind.item if kind.kind == LIST and kind.item is not None else kind
    if element.kind != JURISDICTION:
        return kind
    if path not in PLACE_READINGS:
        raise ValueError(
            f"{path}: a jurisdiction fact needs its reading of groups in "
            "compliance.facts.vocabulary.PLACE_READINGS"
        )
    by = PLACE_READINGS_BY_ITEM.get(path)
    placed = Kind(
        element.kind,
        element.vocab,
        element.item,
        element.description,
        PLACE_READINGS[path],
        (by[0], tuple(sorted(by[1].items()))) if by is not None else None,
    )
    if element is kind:
        return placed
    return Kind(kind.kind, kind.vocab, placed, kind.description)


def build_table(schema: dict[str, Any]) -> dict[str, Kind]:
    """Every fact path (pattern) of the Facts model and its kind."""
    defs = schema["$defs"]
    table: dict[str, Kind] = {}

    def walk(def_name: str, prefix: str) -> None:
        for name, prop in defs[def_name].get("properties", {}).items():
            kind, ref = kind_of(prop, defs)
            path = f"{prefix}{name}"
            table[path] = with_place(path, kind)
            if ref is not None:
                walk(ref, f"{path}[*]." if kind.kind == LIST else f"{path}.")

    walk("Facts", "")
    return dict(sorted(table.items()))


def kind_to_json(kind: Kind) -> dict[str, Any]:
    """A kind as JSON data (the shipped fact table's form)."""
    out: dict[str, Any] = {"kind": kind.kind}
    if kind.vocab is not None:
        out["vocab"] = kind.vocab
    if kind.item is not None:
        out["item"] = kind_to_json(kind.item)
    if kind.description:
        out["description"] = kind.description
    if kind.place is not None:
        out["place"] = kind.place
    if kind.place_by is not None:
        field, readings = kind.place_by
        out["place_by"] = {"field": field, "readings": dict(readings)}
    return out


def generate_table() -> dict[str, Kind]:
    """The fact table as the models generate it (imports pydantic)."""
    from compliance.model.schema import contract_schema

    return build_table(contract_schema())


def table_to_json(table: dict[str, Kind]) -> dict[str, Any]:
    return {path: kind_to_json(kind) for path, kind in sorted(table.items())}
