"""Lint findings: the codes of ``compliance packs lint`` (:mod:`compliance.packs.lint` has
the table), one finding per problem, the findings of one pack, and paths as the user
typed them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from compliance.core.errors import InputError
from compliance.core.records import field, record
from compliance.document.nodes import Mapping, Node, Sequence, locate

ERROR, WARNING = "error", "warning"

#: code -> (level, what it means): the table of :mod:`compliance.packs.lint`, for --help and
#: the docs.
CODES: dict[str, tuple[str, str]] = {
    "schema": (ERROR, "a file does not follow the schema, or a condition does not compile"),
    "no-citation": (ERROR, "a rule without citations"),
    "no-remediation": (ERROR, "a rule without a remediation (suggested clause)"),
    "no-question": (ERROR, "a rule without a question for the counterparty"),
    "duplicate-id": (ERROR, "two rules (or a rule and an alias) share an id"),
    "missing-fixture": (ERROR, "a rule lacks a fixture for pass, fail, unknown (not_applicable)"),
    "fixture-fails": (ERROR, "a fixture case does not give its expected status"),
    "vacuous": (ERROR, "the rule passes a contract that states nothing"),
    "applies-never-true": (ERROR, "no contract can make applies_when true"),
    "applies-never-false": (WARNING, "no contract can make applies_when false"),
    "transition-never-true": (WARNING, "no contract can make a transition's condition true"),
    "removed-id": (ERROR, "a rule id of the previous version is gone without an alias"),
    "unused-parameter": (WARNING, "a parameter no rule uses"),
    "unused-definition": (WARNING, "a definition no rule uses"),
    "placeholder": (WARNING, "TODO/FIXME/TBD text, or an example.com citation"),
}

#: Codes that mean the pack cannot be loaded (exit 2).
LOAD_CODES = frozenset({"schema", "no-citation", "no-remediation", "no-question", "duplicate-id"})


@record(frozen=True, order=True)
class Finding:
    """One lint finding: file, position, level, code and message."""

    file: str
    line: int
    col: int
    code: str
    message: str

    @property
    def level(self) -> str:
        return CODES[self.code][0]

    def __str__(self) -> str:
        text = " ".join(self.message.split())
        return f"{self.file}:{self.line}:{self.col}: {self.level} {self.code} {text}"


@record
class PackLint:
    """The findings for one pack."""

    path: str
    pack: str | None = None
    findings: list[Finding] = field(default_factory=list)
    loaded: bool = True
    #: What rule ids were compared with (a previous copy, git HEAD, or nothing and why).
    compared: str = ""
    #: The pack as loaded (read and compiled), when it could be.
    packset: Any = field(default=None, repr=False, compare=False)
    raw: Any = field(default=None, repr=False, compare=False)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.level == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.level == WARNING)

    def summary(self) -> str:
        same = self.pack in (None, Path(self.path).name, Path(self.path).stem)
        name = self.path if same else f"{self.path} ({self.pack})"
        errors = f"{self.errors} error{'s' if self.errors != 1 else ''}"
        warnings = f"{self.warnings} warning{'s' if self.warnings != 1 else ''}"
        if not self.loaded:
            return f"{name}: {errors}, {warnings}; cannot be loaded, other checks skipped"
        return f"{name}: {errors}, {warnings}; rule ids compared with {self.compared}"


def display(path: str | Path) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    text = str(path)
    absolute = os.path.abspath(text)
    cwd = os.getcwd()
    if absolute == cwd or absolute.startswith(cwd + os.sep):
        return os.path.relpath(absolute, cwd)
    return text


def pack_file(path: str) -> Path:
    """A pack's own file: its folder's ``pack.yaml``, or the single-file pack."""
    from compliance.packs.locate import PACK_FILE

    location = Path(path)
    return location / PACK_FILE if location.is_dir() else location


_FIELD = re.compile(
    r"^(?:missing required field ')?(?:rules\[\d+\]\.)?(citations|remediation|question)\b"
)
_FIELD_CODES = {
    "citations": "no-citation",
    "remediation": "no-remediation",
    "question": "no-question",
}


def each_error(error: InputError) -> list[InputError]:
    """The errors an InputError stands for (several for InputErrors)."""
    from compliance.core.errors import InputErrors

    return error.errors if isinstance(error, InputErrors) else [error]


def finding(error: InputError, code: str | None = None) -> Finding:
    """An error of loading as a finding (its code from its message unless given)."""
    if code is None:
        match = _FIELD.match(error.message)
        code = _FIELD_CODES[match.group(1)] if match else "schema"
        if error.message.startswith("duplicate rule id"):
            code = "duplicate-id"
    return Finding(display(error.file or ""), error.line or 1, error.col or 1, code, error.message)


def rule_nodes(root: Node, is_pack_file: bool) -> list[Node]:
    """The nodes of the rules written in one file (the pack file's inline ``rules:``)."""
    if not is_pack_file:
        return [root]
    rules = root.get("rules") if isinstance(root, Mapping) else None
    return list(rules.items) if isinstance(rules, Sequence) else []


def find(node: Node, loc: tuple[Any, ...], key: bool = False) -> Node:
    """The node at ``loc`` (its key with ``key``), or the nearest one that exists."""
    found, _ = locate(node, loc, key=key)
    return found
