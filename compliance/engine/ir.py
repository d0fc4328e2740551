"""The pack IR: compiled packs as plain, parameter-free, JSON-able records (what
:mod:`compliance.packs.compiler` compiles rule packs into and :mod:`compliance.packs.cache`
stores), and packs instantiated with their parameter values as engine condition nodes
(what :mod:`compliance.engine.build` makes and :mod:`compliance.engine.evaluate` evaluates).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from compliance.core.records import field, record

if TYPE_CHECKING:
    from compliance.engine.conditions import Node as ConditionNode
    from compliance.engine.dates import Transition


@record
class RuleIR:
    """A rule in compiled (parameter-free, JSON-able) form with its metadata."""

    pack: str
    id: str
    title: str
    severity: str
    basis: str
    citations: list[dict[str, str]]
    rationale: str
    remediation: str
    question: str
    aliases: list[str]
    #: from, until, note, and transitions (each: from, when (a compiled condition),
    #: citation, note).
    effective: dict[str, Any] | None
    applies: dict[str, Any] | None
    requires: dict[str, Any]
    file: str
    line: int
    #: For a rule taken from the pack this one extends: its full id there.
    origin: str | None = None

    @property
    def full_id(self) -> str:
        return f"{self.pack}/{self.id}"

    def dates(self) -> dict[str, Any] | None:
        """The rule's dates as data for people and programs: from, until, note, and each
        transition's from, citation and note (without its compiled condition)."""
        if not self.effective:
            return None
        out = {key: value for key, value in self.effective.items() if key != "transitions"}
        transitions = self.effective.get("transitions")
        if transitions:
            out["transitions"] = [
                {key: value for key, value in spec.items() if key != "when"} for spec in transitions
            ]
        return out

    def conditions(self) -> list[dict[str, Any]]:
        """Every compiled condition of the rule: applies_when (if any), requires, and the
        condition of each transition of its dates."""
        found = [self.applies] if self.applies is not None else []
        found.append(self.requires)
        found.extend(spec["when"] for spec in (self.effective or {}).get("transitions", ()))
        return found


@record
class PackIR:
    """A pack in compiled (parameter-free, JSON-able) form."""

    id: str
    title: str
    version: str
    description: str
    disclaimer: str
    hash: str
    path: str
    builtin: bool
    parameters: dict[str, dict[str, Any]]
    definitions: dict[str, dict[str, Any]]
    rules: list[RuleIR]
    refs: list[str]  # packs whose definitions this pack uses
    facts_schema: dict[str, Any] | None = None
    #: The id of the pack this one extends, if any.
    extends: str | None = None


@record
class PackSet:
    """The packs of a run: the selected ones, and every pack their definitions refer to."""

    selected: list[PackIR]
    all: dict[str, PackIR]


@record
class CompiledRule:
    """A rule with its conditions instantiated as engine nodes."""

    ir: RuleIR
    applies: ConditionNode | None
    requires: ConditionNode
    #: The rule's other first days, their conditions instantiated (see
    #: :mod:`compliance.engine.dates`).
    transitions: tuple[Transition, ...] = ()
    #: The rule's generated code, made on first use (see :mod:`compliance.engine.fastpath`);
    #: not part of its value.
    fast: Any = field(default=None, compare=False, repr=False)


@record
class CompiledPack:
    """A pack instantiated with its parameter values, ready to evaluate."""

    ir: PackIR
    params: dict[str, Any]
    rules: list[CompiledRule]
