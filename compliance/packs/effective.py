"""Compiling a rule's dates (``effective``): ISO dates, and each transition's condition
compiled, its date within the duty's dates and the facts that invoke it known."""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance.document.nodes import Node as YamlNode
from compliance.document.nodes import locate
from compliance.facts.paths import PathError, check_path


def _find(node: YamlNode, loc: tuple[Any, ...]) -> YamlNode:
    found, _ = locate(node, loc)
    return found


def compile_effective(
    compiler: Any, effective: dict[str, Any] | None, rule_node: YamlNode
) -> dict[str, Any] | None:
    """A rule's dates in compiled form: ISO dates, and each transition's condition
    compiled (its date must fall within the duty's dates), by ``compiler`` (a
    :class:`compliance.packs.compiler.Compiler`, which calls this: its ``condition``,
    ``error`` and ``extra``)."""
    if not effective:
        return None
    out: dict[str, Any] = {
        key: (value.isoformat() if isinstance(value, date) else value)
        for key, value in effective.items()
        if key != "transitions"
    }
    start, until = effective.get("from"), effective.get("until")
    if start is not None and until is not None and start > until:
        raise compiler.error(
            f"effective: from {start.isoformat()} is after until {until.isoformat()}",
            _find(rule_node, ("effective", "until")),
        )
    due = effective.get("due")
    if due is not None:
        where_due = _find(rule_node, ("effective", "due"))
        try:
            kind, steps, through = check_path(due, "", allow_each=False, extra=compiler.extra)
        except PathError as exc:
            raise compiler.error(str(exc), where_due) from None
        if through or any(each for _, each in steps):
            raise compiler.error(f"effective: due reads {due!r} through a list", where_due)
        if kind.kind != "date":
            raise compiler.error(
                f"effective: due names {due!r}, a fact of kind {kind.kind}: name a date fact",
                where_due,
            )
    transitions = []
    for index, transition in enumerate(effective.get("transitions") or ()):
        where = _find(rule_node, ("effective", "transitions", index))
        first = transition["from"]
        if until is not None and first > until:
            raise compiler.error(
                f"effective: a transition's from {first.isoformat()} is after the duty's "
                f"until {until.isoformat()}",
                _find(where, ("from",)),
            )
        if start is not None and first == start:
            raise compiler.error(
                f"effective: a transition's from {first.isoformat()} is the rule's own "
                "from (leave the transition out)",
                _find(where, ("from",)),
            )
        invoked = transition.get("invoked_by") or []
        for position, path in enumerate(invoked):
            try:
                check_path(path, "", allow_each=False, extra=compiler.extra)
            except PathError as exc:
                raise compiler.error(str(exc), _find(where, ("invoked_by", position))) from None
        transitions.append(
            {
                "from": first.isoformat(),
                "when": compiler.condition(transition["when"], "", _find(where, ("when",)), 0),
                "citation": transition["citation"],
                **({"note": transition["note"]} if transition.get("note") else {}),
                **({"invoked_by": list(invoked)} if invoked else {}),
            }
        )
    if transitions:
        out["transitions"] = transitions
    return out
