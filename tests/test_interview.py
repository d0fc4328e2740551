"""``compliance interview``: scripted answers, simulated keyboard input, recreated verdicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, cli

AS_OF = "2027-06-01"


def flatten(facts: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Fact path -> value: down through plain mappings; lists and {items} are answers."""
    out: dict[str, Any] = {}
    for key, value in facts.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and "items" not in value and value:
            out.update(flatten(value, path + "."))
        else:
            out[path] = value
    return out


def answers_of(contract: Path) -> dict[str, Any]:
    """An answers file that states every fact of a contract under its clause (sources too)."""
    doc = yaml.safe_load(contract.read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    places = [(c["id"], c.get("text"), c.get("facts") or {}) for c in doc.get("clauses", [])]
    places += [(s["id"], s.get("title"), s.get("facts") or {}) for s in doc.get("sources", [])]
    skip = ("id", "title", "description", "clauses", "sources")
    top = {k: v for k, v in doc.items() if k not in skip}
    places.insert(0, (None, None, top))
    for clause, text, facts in places:
        for path, value in flatten(facts).items():
            spec: dict[str, Any] = {}
            if isinstance(value, dict) and "items" in value:
                spec = {"answer": value["items"], "complete": bool(value.get("complete"))}
            else:
                spec = {"answer": value}
            if clause is not None:
                spec["clause"] = str(clause)
                if text:
                    spec["quote"] = " ".join(str(text).split())
            if path in out:  # a source that repeats a clause: one answer says it
                assert out[path]["answer"] == spec["answer"], f"{path} stated twice"
                continue
            out[path] = spec
    return out


def verdicts(path: Path) -> dict[str, str]:
    run = cli("check", str(path), "--as-of", AS_OF, "--format", "json", "--fail-on", "never")
    assert run.code == 0, run.err
    contract = json.loads(run.out)["contracts"][0]
    return {r["id"]: r["status"] for r in contract["results"]}


@pytest.mark.parametrize("name", ["eu-border-agency-2027.yaml", "model-contract.yaml"])
def test_answers_alone_recreate_the_verdicts(name: str, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump(answers_of(ROOT / "contracts" / name), sort_keys=False))
    out = tmp_path / "out.yaml"
    run = cli("interview", "--answers", str(answers), "-o", str(out), "--as-of", AS_OF)
    assert run.code == 0, run.err
    assert "No answer could change a verdict any more" in run.out
    assert cli("validate", str(out)).code == 0
    assert verdicts(out) == verdicts(ROOT / "contracts" / name)
    # The same answers give the same file, byte for byte.
    again = tmp_path / "again.yaml"
    assert cli("interview", "--answers", str(answers), "-o", str(again), "--as-of", AS_OF).code == 0
    assert again.read_bytes() == out.read_bytes()
