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
    effective: dict[str, str] | None
    applies: dict[str, Any] | None
    requires: dict[str, Any]
    file: str
    line: int
    #: For a rule taken from the pack this one extends: its full id there.
    origin: str | None = None

    @property
    def full_id(self) -> str:
        return f"{self.pack}/{self.id}"


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
    #: The rule's generated code, made on first use (see :mod:`compliance.engine.fastpath`);
    #: not part of its value.
    fast: Any = field(default=None, compare=False, repr=False)


@record
class CompiledPack:
    """A pack instantiated with its parameter values, ready to evaluate."""

    ir: PackIR
    params: dict[str, Any]
    rules: list[CompiledRule]
