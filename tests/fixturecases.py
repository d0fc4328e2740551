"""The built-in rule fixtures as contracts for property tests (tests/test_terms.py,
tests/test_metamorphic.py): each case's pack, rule, contract and as-of date, the rule as the
pack ships it, and a contract description built from a plain dict."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from compliance.contracts.load import ContractDoc, build_contract
from compliance.document.loader import parse_text

#: A fixture case: pack, rule, contract (a plain dict) and as-of date (ISO).
Case = tuple[str, str, dict[str, Any], str]

#: What is not a fact at a contract's top level.
NOT_FACTS = frozenset({"clauses", "sources"})


def doc_of(data: dict[str, Any], as_of: date) -> ContractDoc:
    data = {"id": "c", "title": "c", **data}
    text = json.dumps(data, default=str)
    return build_contract(parse_text(text, "c.json", json=True), "c.json", as_of=as_of)


class Yaml12Booleans(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2's booleans, as the fixture runner reads them:
    `country: NO` is Norway, not false (only true and false are booleans)."""


Yaml12Booleans.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Booleans.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def fixture_cases(keep: Any) -> list[Case]:
    """(pack, rule, contract, as_of) of every built-in fixture case without parameters (the
    rule as the pack ships it) that ``keep(case)`` holds."""
    out = []
    for path in sorted(Path("rules").glob("*/*.test.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Booleans)
        for case in data["cases"]:
            if not case.get("parameters") and keep(case):
                as_of = str(case.get("as_of") or "2027-01-01")
                out.append((path.parent.name, data["rule"], case["contract"], as_of))
    return out


def fixtures_with_top_level_facts() -> list[Case]:
    return fixture_cases(lambda case: bool(set(case["contract"]) - NOT_FACTS))


def top_level(contract: dict[str, Any]) -> list[str]:
    """The names of the facts a contract states at its top level, sorted."""
    return sorted(set(contract) - NOT_FACTS)


@cache
def builtin_packs(ids: tuple[str, ...]) -> list[Any]:
    from compliance.engine.build import instantiate
    from compliance.packs.compiler import compile_packs

    return instantiate(compile_packs(list(ids)))


@cache
def _shipped() -> dict[tuple[str, str], Any]:
    from compliance.packs.locate import builtin_ids

    return {(r.ir.pack, r.ir.id): r for p in builtin_packs(tuple(builtin_ids())) for r in p.rules}


def shipped_rule(pack: str, rule: str) -> Any:
    """The compiled rule ``pack/rule`` as the built-in pack ships it."""
    return _shipped()[(pack, rule)]
