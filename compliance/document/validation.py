"""Validation of contract documents against the model, with positioned one-line errors."""

from __future__ import annotations

from typing import Any

from compliance.core.errors import InputError
from compliance.core.hints import did_you_mean, hint_budget
from compliance.document.nodes import Mapping, Node, Sequence, locate, to_model_data

#: Errors of one document that get a fuzzy did-you-mean hint (the first ones, in the
#: order the model checks them).
HINTS = 200


def _schema_properties(schema: dict[str, Any], loc: tuple[str | int, ...]) -> list[str]:
    """Field names allowed at ``loc`` (for did-you-mean on an unknown field)."""
    defs = schema.get("$defs", {})

    def deref(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = defs[node["$ref"].rsplit("/", 1)[1]]
        return node

    def candidates(node: dict[str, Any]) -> list[dict[str, Any]]:
        node = deref(node)
        if "anyOf" in node:
            out: list[dict[str, Any]] = []
            for branch in node["anyOf"]:
                out.extend(candidates(branch))
            return out
        return [node]

    current = [schema]
    for step in loc:
        following: list[dict[str, Any]] = []
        for node in current:
            for cand in candidates(node):
                if isinstance(step, int):
                    if cand.get("type") == "array":
                        following.append(cand["items"])
                    elif "properties" in cand and "items" in cand["properties"]:
                        inner = cand["properties"]["items"]
                        following.extend(c["items"] for c in candidates(inner) if "items" in c)
                elif step in cand.get("properties", {}):
                    following.append(cand["properties"][step])
        current = following
    names: list[str] = []
    for node in current:
        for cand in candidates(node):
            names.extend(cand.get("properties", {}))
    return names


def _locate(root: Node, loc: tuple[str | int, ...], *, key: bool) -> Node:
    # A list written as {items: [...], complete: ...}: indices go through 'items'.
    fixed: list[str | int] = []
    node: Node = root
    for step in loc:
        if isinstance(step, int) and isinstance(node, Mapping) and node.get("items") is not None:
            fixed.append("items")
            node = node.get("items")  # type: ignore[assignment]
        fixed.append(step)
        nxt, found = locate(node, (step,))
        if not found:
            break
        node = nxt
    target, _ = locate(root, tuple(fixed), key=key)
    return target


def format_loc(loc: tuple[str | int, ...]) -> str:
    out = ""
    for step in loc:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out += f".{step}" if out else step
    return out


def model_errors(
    model: Any, root: Node, name: str, schema: dict[str, Any] | None = None
) -> list[InputError]:
    """Validate ``root`` against a pydantic model; every error as a positioned InputError."""
    from pydantic import ValidationError

    try:
        with hint_budget(HINTS):
            model.model_validate(to_model_data(root))
    except ValidationError as exc:
        errors: list[InputError] = []
        for error in exc.errors(include_url=False):
            loc = tuple(error["loc"])
            kind = error["type"]
            ctx = error.get("ctx") or {}
            if kind == "null_value":
                loc = (*loc, ctx.get("key", ""))
            where = format_loc(loc)
            if kind == "null_value":
                message = f"{where} is empty (null); write 'unspecified' or leave the field out"
                node = _locate(root, loc, key=True)
                errors.append(InputError(message, file=name, line=node.line, col=node.col))
                continue
            if kind == "extra_forbidden":
                field = str(loc[-1])
                allowed = _schema_properties(schema, loc[:-1]) if schema else []
                message = f"unknown field {field!r}"
                if where != field:
                    message += f" in {format_loc(loc[:-1])}"
                message += did_you_mean(field, allowed)
                node = _locate(root, loc, key=True)
            elif kind in ("model_type", "dict_type", "model_attributes_type"):
                got = error.get("input")
                message = f"{where}: expected a mapping of fields, got {got!r}"
                node = _locate(root, loc, key=False)
            elif kind == "list_type":
                message = f"{where}: expected a list, got {error.get('input')!r}"
                node = _locate(root, loc, key=False)
            elif kind == "missing":
                message = f"missing required field {where!r}"
                node = _locate(root, loc[:-1], key=False)
            else:
                message = f"{where}: {error['msg']}" if where else error["msg"]
                node = _locate(root, loc, key=kind == "null_value")
            errors.append(InputError(message, file=name, line=node.line, col=node.col))
        errors.sort(key=lambda e: (e.line or 0, e.col or 0))
        return errors
    return []


def require_mapping(root: Node, name: str, what: str) -> Mapping:
    if isinstance(root, Mapping):
        return root
    shape = "a list" if isinstance(root, Sequence) else "a single value"
    raise InputError(
        f"{what} must be a mapping of fields (id, title, ...), not {shape}",
        file=name,
        line=root.line,
        col=root.col,
    )
