"""The benchmark's contracts: varied copies of the bundled examples, generated seeded.

Facts are dropped and values changed to others of the same kind, so that rules pass, fail,
come out unknown and not applicable.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from compliance.facts import table as factschema
from compliance.facts.tree import FLeaf, FList, FNode, FUnspec

#: The assessment date of every measured run.
AS_OF = date(2026, 11, 27)


def examples_dir() -> Path:
    """The bundled example contracts: ``$COMPLIANCE_BENCH_CONTRACTS``, or the checkout's
    ``contracts/`` (the benchmark runs from a checkout or an sdist; a wheel does not ship
    the examples)."""
    from compliance.packs.locate import builtin_dir

    named = os.environ.get("COMPLIANCE_BENCH_CONTRACTS")
    if named:
        return Path(named)
    for candidate in (
        builtin_dir().parent.parent / "contracts",
        builtin_dir().parent / "contracts",
    ):
        if candidate.is_dir() and any(candidate.glob("*.yaml")):
            return candidate
    raise SystemExit("compliance.bench: the bundled example contracts are not installed")


def as_data(node: FNode) -> Any:
    """A fact tree back as contract data (complete lists keep their flag)."""
    if isinstance(node, FLeaf):
        value = node.value
        return value.isoformat() if isinstance(value, date) else value
    if isinstance(node, FUnspec):
        return "unspecified"
    if isinstance(node, FList):
        items = [as_data(item) for item in node.items]
        return {"items": items, "complete": True} if node.complete else items
    return {key: as_data(value) for key, value in node.fields.items()}


def _paths(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("id", "complete", "operator", "extensions"):
                continue
            yield from _paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*path, index))
    if path:
        yield path


def _pattern(path: tuple[Any, ...]) -> str:
    out = ""
    for step in path:
        if step == "items":
            continue
        out += "[*]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


def _other_value(kind: factschema.Kind, rng: random.Random) -> Any:
    from compliance.facts.vocabulary import VOCABULARIES

    if kind.kind == factschema.BOOL:
        return rng.choice([True, False])
    if kind.kind == factschema.INT:
        return rng.randint(0, 48)
    if kind.kind == factschema.DATE:
        return date(2025 + rng.randint(0, 5), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
    if kind.kind == factschema.JURISDICTION:
        return rng.choice(["US", "DE", "FR", "GB", "NO", "EU", "NATO", "FIVE-EYES", "CH"])
    if kind.kind == factschema.VOCAB and kind.vocab:
        return rng.choice(list(VOCABULARIES[kind.vocab]))
    if kind.kind == factschema.STRING:
        return rng.choice(["alpha", "bravo", "charlie"])
    return None


def vary(facts: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A copy of an example's facts with some facts dropped and some values changed."""
    import copy

    data = copy.deepcopy(facts)
    table = factschema.table()
    paths = list(_paths(data))
    rng.shuffle(paths)
    for path in paths[: rng.randint(0, max(1, len(paths) // 4))]:
        parent: Any = data
        try:
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed it
        last = path[-1]
        if isinstance(parent, dict) and rng.random() < 0.35:
            del parent[last]
            continue
        pattern = _pattern(path)
        kind = table.get(pattern)
        if kind is None and pattern.endswith("[*]"):
            item = table.get(pattern[:-3])
            kind = item.item if item is not None else None
        if kind is None or not kind.scalar:
            continue
        value = _other_value(kind, rng)
        if value is not None:
            parent[last] = value
    return data


def generate_files(
    count: int,
    seed: int,
    folder: Path,
    render: Callable[[dict[str, Any], random.Random, int, list[dict[str, Any]]], tuple[str, str]],
) -> list[Path]:
    """``count`` valid contract files in ``folder`` (seeded): ``render(bases, ...)`` turns a
    varied copy of the bundled examples into (file name, text); files that do not load are
    drawn again."""
    from compliance.contracts.load import load_contract
    from compliance.core.errors import InputError

    rng = random.Random(seed)
    bases = [
        as_data(load_contract(str(path)).facts) for path in sorted(examples_dir().glob("*.yaml"))
    ]
    files: list[Path] = []
    attempt = 0
    while len(files) < count:
        attempt += 1
        if attempt > count * 20:
            raise RuntimeError("could not generate valid contracts")
        name, text = render(vary(rng.choice(bases), rng), rng, len(files), bases)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        try:
            load_contract(str(path))
        except InputError:
            path.unlink()
            continue
        files.append(path)
    return files


def generate_contracts(count: int, seed: int, folder: Path) -> list[Path]:
    """``count`` valid contract files in ``folder``: varied copies of the examples."""

    def render(
        facts: dict[str, Any], rng: random.Random, index: int, bases: list[dict[str, Any]]
    ) -> tuple[str, str]:
        chosen = facts if index or count == 1 else bases[0]
        data = {"id": f"bench-{index:04d}", "title": f"Benchmark contract {index}", **chosen}
        return f"bench-{index:04d}.json", json.dumps(data, indent=1)

    return generate_files(count, seed, folder, render)
