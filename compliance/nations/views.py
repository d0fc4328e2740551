"""Two views over nations matrices: two deals side by side (per-nation headline and verdicts),
and the questions that would decide the most nations."""

from __future__ import annotations

from typing import Any

from compliance.nations.matrix import DealMatrix
from compliance.nations.profiles import NOT_CONFIRMED, PACK


def compare(a: DealMatrix, b: DealMatrix, noun: str) -> dict[str, Any]:
    """Each deal's headline, and per nation both verdicts (rows that differ first)."""
    rows = []
    for left, right in zip(a.nations, b.nations, strict=True):
        rows.append(
            {
                "nation": left.nation,
                "name": left.name,
                "a": left.status,
                "b": right.status,
                "differs": left.status != right.status,
            }
        )
    rows.sort(key=lambda row: (not row["differs"], row["nation"]))
    return {
        "a": {"id": a.id, "headline": a.headline(noun)},
        "b": {"id": b.id, "headline": b.headline(noun)},
        "nations": rows,
    }


def questions(matrix: DealMatrix) -> dict[str, Any]:
    """The facts the contract leaves open, each with the nations whose verdict it bears on
    (a nation whose verdict is fails or not bound is already decided and is not counted),
    most nations first; and the national rules still to research, by field."""
    from compliance.nations.matrix import UNKNOWN

    facts: dict[str, dict[str, Any]] = {}
    research: dict[str, set[str]] = {}
    for nation in matrix.nations:
        if nation.status != UNKNOWN:
            continue
        for item in nation.fields:
            if item.status != UNKNOWN:
                continue
            if not item.rules:
                if item.reason == NOT_CONFIRMED:
                    research.setdefault(item.field, set()).add(nation.nation)
                continue
            for rule in item.rules:
                for missing in rule.missing:
                    entry = facts.setdefault(
                        missing["path"], {"path": missing["path"], "nations": set(), "rules": set()}
                    )
                    entry["nations"].add(nation.nation)
                    entry["rules"].add(rule.id)
        for path in nation.binding.missing:
            entry = facts.setdefault(path, {"path": path, "nations": set(), "rules": set()})
            entry["nations"].add(nation.nation)
    asked: list[dict[str, Any]] = []
    for entry in facts.values():
        asked.append(
            {
                "path": entry["path"],
                "nations": sorted(entry["nations"]),
                "count": len(entry["nations"]),
                "rules": sorted(f"{PACK}/{r}" for r in entry["rules"]),
                "question": _question(sorted(entry["rules"])),
            }
        )
    asked.sort(key=lambda q: (-q["count"], q["path"]))
    todo: list[dict[str, Any]] = [
        {"field": field, "nations": sorted(codes), "count": len(codes)}
        for field, codes in research.items()
    ]
    todo.sort(key=lambda r: (-r["count"], r["field"]))
    return {"id": matrix.id, "questions": asked, "research": todo}


def _question(rules: list[str]) -> str:
    """The question of the first rule that needs the fact (the binding facts have none)."""
    if not rules:
        return (
            "Which government body, or which alliance acting for the nation, is a customer "
            "or owns the data (party roles, kind and country)?"
        )
    from compliance.packs.compiler import compile_packs

    packset = compile_packs([PACK])
    ir = packset.all[PACK]
    by_id = {rule.id: rule for rule in ir.rules}
    rule = by_id.get(rules[0])
    return " ".join(rule.question.split()) if rule is not None else ""
