"""docs/architecture.md stays true: every module and function it names exists, every
subpackage it describes is there, and each subpackage's ``__init__`` imports nothing."""

from __future__ import annotations

import ast
import importlib
import re

import pytest
from conftest import ROOT

DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
LAYERS = ("core", "document", "facts", "model", "contracts", "report", "engine", "packs")
LAYERS += ("run", "nations", "tools", "cli")
#: `layer.module.function` (or `layer.module`, `layer.module.Class.method`) in backticks.
NAMED = sorted(
    set(re.findall(r"`((?:%s)(?:\.[A-Za-z_]\w*)+)`" % "|".join(LAYERS), DOC))  # noqa: UP031
)


def resolve(dotted: str) -> object:
    """The object a dotted name relative to ``compliance`` names: the longest importable
    module, then attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module("compliance." + ".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for name in parts[cut:]:
            found = getattr(found, name)
        return found
    raise ModuleNotFoundError(dotted)


def test_the_document_names_code() -> None:
    assert len(NAMED) > 30


@pytest.mark.parametrize("dotted", NAMED)
def test_every_name_in_the_document_exists(dotted: str) -> None:
    assert resolve(dotted) is not None


def test_every_layer_is_described_and_nothing_else_is_loose() -> None:
    packages = sorted(
        p.name for p in (ROOT / "compliance").iterdir() if (p / "__init__.py").is_file()
    )
    assert packages == sorted(LAYERS)
    for layer in LAYERS:
        assert f"`{layer}/`" in DOC, layer
    loose = sorted(p.name for p in (ROOT / "compliance").glob("*.py"))
    assert loose == ["__init__.py", "__main__.py", "bench.py"]


@pytest.mark.parametrize("layer", [layer for layer in LAYERS if layer != "cli"])
def test_a_layer_init_holds_only_its_docstring(layer: str) -> None:
    """Importing one module of a layer loads no other (``cli/__init__.py`` is the command
    group itself, and ``report/reporters/__init__.py`` the lazy registry of formats)."""
    tree = ast.parse((ROOT / "compliance" / layer / "__init__.py").read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), layer
    assert len(tree.body) == 1, f"{layer}/__init__.py holds more than its docstring"
