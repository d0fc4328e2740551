"""Generated data shipped in the package, so that ``compliance check`` never needs pydantic.

The models (:mod:`compliance.model`) stay the one source of truth. From them this module
writes, into ``compliance/data/``:

* ``facttable.json``: every fact path and its kind (:func:`compliance.facts.table.table`);
* ``contract.schema.json``: the contract JSON Schema, which :mod:`compliance.contracts.fastvalidate`
  compiles into a validator;
* ``builtin-packs.json``: the built-in packs, compiled (:mod:`compliance.packs.cache`);
* ``shipped.marshal``: these three and ``jurisdictions.json`` in the interpreter's
  ``marshal`` format, which a check reads instead of parsing JSON
  (:mod:`compliance.core.shipped`);
* ``rule-code.marshal``: the built-in rules' generated code, compiled by this interpreter
  (:mod:`compliance.packs.codecache`; another interpreter compiles the code itself);

and ``compliance/core/record_inits.py``, the ``__init__`` templates of the record classes'
shapes (:mod:`compliance.core.records`), compiled ahead like any module.

Run ``python -m compliance.tools.datagen`` after changing a model or a built-in pack; the test
suite fails until the shipped files equal what the models and packs generate
(``python -m compliance.tools.datagen --check`` says whether they do).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any

DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


def dump(data: Any) -> str:
    """The one JSON layout of every generated file."""
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def fact_table_text() -> str:
    from compliance.tools.facttable import generate_table, table_to_json

    return dump(table_to_json(generate_table()))


def contract_schema_text() -> str:
    from compliance.model.schema import contract_schema

    return dump(contract_schema())


def builtin_packs_text() -> str:
    """The built-in packs compiled from their YAML (needs the shipped fact table)."""
    from compliance.packs.cache import shipped_data
    from compliance.packs.compiler import compile_packs_uncached

    data = shipped_data(compile_packs_uncached(None))
    # Compact: it is read on every run, and nobody reads it but the program.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


#: file name -> generator, in the order they must be written (the packs are compiled
#: against the fact table, and stamped with its hash).
FILES: dict[str, Callable[[], str]] = {
    "facttable.json": fact_table_text,
    "contract.schema.json": contract_schema_text,
    "builtin-packs.json": builtin_packs_text,
}


RECORD_INITS = os.path.join(os.path.dirname(DATA_DIR), "core", "record_inits.py")


def record_shapes() -> list[tuple[bool, tuple[bool, ...]]]:
    """The shapes of every record class defined at the top of a module of the package."""
    import importlib
    import pkgutil

    import compliance

    shapes: set[tuple[bool, tuple[bool, ...]]] = set()
    for info in pkgutil.walk_packages(compliance.__path__, "compliance."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)  # (optional dependencies: imported in use)
        for value in list(vars(module).values()):
            if isinstance(value, type) and value.__module__ == info.name:
                shape = value.__dict__.get("__record_shape__")
                if shape is not None:
                    shapes.add(shape)
    return sorted(shapes)


def record_inits_text() -> str:
    """``compliance/core/record_inits.py``: one template per shape, one line each."""
    from compliance.core.records import shape_name, template_source

    lines = [
        '"""The ``__init__`` templates of the record classes of the package, one per shape,',
        "compiled ahead (written by ``python -m compliance.tools.datagen``; see",
        ':func:`compliance.core.records._template`). Do not edit."""',
        "",
        "# mypy: ignore-errors",
        "# ruff: noqa",
        "# fmt: off",
        "",
    ]
    for frozen, factories in record_shapes():
        name = shape_name(frozen, factories)
        lines.append(template_source(frozen, factories, name, "; ").replace(":; ", ": ", 1))
    return "\n".join(lines) + "\n"


def stale() -> list[str]:
    """Shipped files that differ from what would be generated now."""
    from compliance.core import shipped

    out = []
    for name, generate in FILES.items():
        path = os.path.join(DATA_DIR, name)
        try:
            with open(path, encoding="utf-8") as handle:
                current = handle.read()
        except OSError:
            current = None
        if current != generate():
            out.append(name)
    if not shipped.bundle_is_fresh():
        out.append(shipped.BUNDLE_FILE)
    from compliance.packs import codecache

    if not codecache.code_is_fresh():
        out.append(codecache.CODE_FILE)
    try:
        with open(RECORD_INITS, encoding="utf-8") as handle:
            current = handle.read()
    except OSError:
        current = None
    if current != record_inits_text():
        out.append("../core/record_inits.py")
    return out


def write_all() -> list[str]:
    """Regenerate every file; returns the names of those that changed."""
    from compliance.facts import table as factschema

    changed = []
    for name, generate in FILES.items():
        path = os.path.join(DATA_DIR, name)
        if _write_if_changed(path, generate()):
            changed.append(name)
        if name == "facttable.json":
            factschema.table_json_text.cache_clear()
            factschema.table_hash.cache_clear()
            factschema.table.cache_clear()
    from compliance.core import shipped

    if not shipped.bundle_is_fresh():  # from the JSON files just written
        with open(os.path.join(DATA_DIR, shipped.BUNDLE_FILE), "wb") as handle:
            handle.write(shipped.bundle_bytes())
        changed.append(shipped.BUNDLE_FILE)
    from compliance.packs import cache, codecache

    # Forget what this process read before writing: the bundle it loaded (whose entry for
    # a JSON file of the same size as the new one would be taken for it) and the packs.
    shipped.forget()
    cache.forget()
    code = codecache.builtin_code()  # from the packs just written
    if not codecache.code_is_fresh(code=code):
        with open(os.path.join(DATA_DIR, codecache.CODE_FILE), "wb") as handle:
            handle.write(codecache.code_bytes(code))
        changed.append(codecache.CODE_FILE)
    if _write_if_changed(RECORD_INITS, record_inits_text()):
        changed.append("../core/record_inits.py")
    return changed


def _write_if_changed(path: str, text: str) -> bool:
    """Write ``text`` to ``path`` unless the file holds it already; whether it wrote."""
    try:
        with open(path, encoding="utf-8") as handle:
            if handle.read() == text:
                return False
    except OSError:
        pass
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    return True


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--check"]:
        bad = stale()
        for name in bad:
            where = os.path.normpath(f"compliance/data/{name}")
            print(f"{where} is stale: run python -m compliance.tools.datagen")
        return 1 if bad else 0
    if args:
        print("usage: python -m compliance.tools.datagen [--check]", file=sys.stderr)
        return 2
    for name in write_all():
        print(f"wrote {os.path.normpath(f'compliance/data/{name}')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
