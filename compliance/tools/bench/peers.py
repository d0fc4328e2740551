"""The peers the engine is measured against: a hand-written Rego translation of the pack
``no-autonomous-weapons`` run by regopy (the rego-cpp interpreter) or by regorus (a Rego
engine in Rust, the ``opa-eval`` package), behind one adapter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from compliance.facts.tree import FLeaf, FList, FNode, FObj

REGO_FILE = Path(__file__).resolve().parent / "no_autonomous_weapons.rego"
REGO_ENTRYPOINT = "compliance/no_autonomous_weapons/verdicts"

#: Evaluates the translation on one input: rule id -> pass / fail / not_applicable.
Evaluate = Callable[[Any], dict[str, str]]


def rego_input(node: FNode) -> Any:
    """A contract's merged facts as Rego input (dates as ISO text, ``unspecified`` as text)."""
    if isinstance(node, FLeaf):
        value = node.value
        return value.isoformat() if isinstance(value, date) else value
    if isinstance(node, FObj):
        return {key: rego_input(value) for key, value in node.fields.items()}
    if isinstance(node, FList):
        return [rego_input(item) for item in node.items]
    return "unspecified"


def complete_lists(node: FObj, prefix: str = "") -> list[str]:
    """The dotted paths of the lists stated complete with no unspecified element, outside
    lists of objects (e.g. ``purposes``, ``restrictions.autonomous_weapons.exceptions``)."""
    out: list[str] = []
    for key, value in node.fields.items():
        if isinstance(value, FList):
            if not value.open:
                out.append(prefix + key)
        elif isinstance(value, FObj):
            out.extend(complete_lists(value, f"{prefix}{key}."))
    return out


def rego_document(facts: FObj) -> dict[str, Any]:
    """The Rego input of a contract: its merged facts, and ``complete_lists``, the dotted
    paths of the lists stated complete with no unspecified element (Rego cannot see a
    list's completeness in the JSON array itself)."""
    document: dict[str, Any] = rego_input(facts)
    document["complete_lists"] = sorted(complete_lists(facts))
    return document


def _missing(what: str) -> SystemExit:
    return SystemExit(
        f"compliance.bench needs {what}: install the bench extra ('.[bench]' from a checkout)"
    )


def _regopy(rego_file: Path) -> Evaluate:
    """The translation compiled once into a bundle, run by regopy's interpreter."""
    try:
        from regopy import Input, Interpreter
    except ImportError:  # pragma: no cover - the bench extra is not installed
        raise _missing("regopy") from None
    builder = Interpreter()
    builder.add_module(rego_file.name, rego_file.read_text(encoding="utf-8"))
    bundle = builder.build(None, [REGO_ENTRYPOINT])
    if not bundle.ok():
        raise RuntimeError("the Rego translation does not compile")
    interpreter = Interpreter()

    def evaluate(data: Any) -> dict[str, str]:
        interpreter.set_input(Input(data))
        output = interpreter.query_bundle_entrypoint(bundle, REGO_ENTRYPOINT)
        if not output.ok():
            raise RuntimeError(f"Rego evaluation failed: {output}")
        result: dict[str, str] = output.results[0].expressions[0]
        return result

    return evaluate


def _regorus(rego_file: Path) -> Evaluate:
    """The translation run by regorus, its input encoded as the JSON text it reads."""
    try:
        from opa_eval import OpaEval
    except ImportError:  # pragma: no cover - the bench extra is not installed
        raise _missing("opa-eval (regorus)") from None
    import orjson

    query = "data." + REGO_ENTRYPOINT.replace("/", ".")
    try:
        policy = OpaEval(str(rego_file), query=query)
    except RuntimeError as exc:
        raise RuntimeError(f"the Rego translation does not compile: {exc}") from None

    def evaluate(data: Any) -> dict[str, str]:
        result: dict[str, str] = policy.evaluate_parsed(orjson.dumps(data).decode("utf-8"))
        return result

    return evaluate


#: peer name -> how to compile the translation for it.
BACKENDS: dict[str, Callable[[Path], Evaluate]] = {"regopy": _regopy, "regorus": _regorus}
PEERS = tuple(BACKENDS)


class RegoPeer:
    """The Rego translation compiled once for one peer (``regopy`` or ``regorus``)."""

    def __init__(self, name: str, rego_file: Path | None = None) -> None:
        self.name = name
        self.evaluate = BACKENDS[name](rego_file or REGO_FILE)

    def verdicts(self, facts: FObj) -> dict[str, str]:
        """Rule id -> pass / fail / not_applicable, input conversion included."""
        return self.evaluate(rego_document(facts))
