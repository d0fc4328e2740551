"""Conditions in words: a rule's compiled condition tree as readable nested text.

One walker serves ``explain`` (with or without a contract) and the generated docs. It reads
the compiled form (:class:`~compliance.engine.ir.PackIR`), so parameters and definitions keep
their names; given the engine nodes instantiated from that form and an evaluation trace
(``Ctx.trace``), it also gives each node's value and the facts behind it.

Words, by node::

    all / any        all of: / any of:
    not              not:
    ref              the definition "TITLE" (pack/name): its condition below
    some / every     some item of LIST satisfies: / every item of LIST satisfies:
    party            the party named by F satisfies: its condition below (on parties[N])
    as_of            the assessment date is on or after D / on or before D / before D
    term_from        the term stating F took effect on or after D / ... / before D
    fact predicate   the fact X equals V, is one of [...], is at least V, matches '...',
                     is on or before the assessment date ({as_of: true});
                     the list X contains V, holds at least one of / all of / none of [...];
                     every item of the list X is one of [...]
    param predicate  the parameter P equals V (now: ...)
    unsettled        the law is unsettled where: its condition below, then the reason
                     ("unsettled in law: ...", in a trace where the condition holds)

Inside ``some`` / ``every``, paths are relative to the item: "its roles contains customer";
a path read from the top of the contract (``$.``) is "the contract's": "its country is one
of the values of the contract's fact data.transfers[*].destination".
A node's ``description``, when the pack gives one, follows it in parentheses.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from compliance.core.records import field, record
from compliance.engine import conditions as engine

if TYPE_CHECKING:
    from compliance.engine.ir import PackIR
    from compliance.report.results import EvidenceItem

#: Truth values as the trace shows them.
VALUES = {
    engine.TRUE: "true",
    engine.FALSE: "false",
    engine.UNKNOWN: "unknown",
    engine.ERROR: "error",
}

_SCALAR_WORDS = {
    "equals": "equals",
    "in": "is one of",
    "gt": "is greater than",
    "ge": "is at least",
    "lt": "is less than",
    "le": "is at most",
    "matches": "matches the pattern",
}
#: A date fact compared with the assessment date (``{as_of: true}``).
_AS_OF_WORDS = {
    "gt": "is after",
    "ge": "is on or after",
    "lt": "is before",
    "le": "is on or before",
}
_LIST_WORDS = {
    "contains": "contains",
    "any_of": "holds at least one of",
    "all_of": "holds all of",
    "none_of": "holds none of",
}


@record
class Step:
    """One node of a condition in words (and, in a trace, its value and facts)."""

    kind: str  # all, any, not, ref, some, every, fact, param, as_of, item
    #: The words, as (text, is_code) pieces: fact paths and values are code in Markdown.
    words: list[tuple[str, bool]]
    description: str | None = None
    children: list[Step] = field(default_factory=list)
    #: In a trace: true, false, unknown, error, or None when the node was not evaluated.
    value: str | None = None
    evidence: list[EvidenceItem] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)
    #: A definition already shown above (its condition is not repeated).
    repeated: bool = False
    #: ``unsettled``: why the law is open on the point.
    unsettled: str | None = None
    #: In a trace: the point is raised (its condition is true, so the node is unknown for
    #: the law, not for a fact).
    raised: bool = False

    @property
    def text(self) -> str:
        return "".join(piece for piece, _ in self.words)

    def to_dict(self, trace: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.description:
            out["description"] = self.description
        if trace:
            out["value"] = self.value
            if self.evidence:
                out["evidence"] = [item.to_dict() for item in self.evidence]
            if self.missing:
                out["missing"] = [{"path": p, "reason": r} for p, r in self.missing]
        if self.unsettled is not None:
            out["unsettled"] = self.unsettled
            if trace:
                out["raised"] = self.raised
        if self.repeated:
            out["repeated"] = True
        if self.children:
            out["children"] = [child.to_dict(trace) for child in self.children]
        return out


def plain(value: Any) -> str:
    """A condition value as text: lists in brackets, booleans as true/false."""
    if isinstance(value, list | tuple):
        return "[" + ", ".join(plain(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _tidy(description: str | None) -> str | None:
    if not description:
        return None
    return " ".join(description.split()).rstrip(".")


Lookup = dict[tuple[int, str], engine.Res]
Words = list[tuple[str, bool]]


class Describer:
    """Builds :class:`Step` trees for the conditions of a set of compiled packs.

    ``params`` (pack -> name -> value) adds each parameter's value to the words;
    ``trace`` (the ``Ctx.trace`` of an evaluation) with the matching engine nodes adds
    values, evidence and missing facts.
    """

    def __init__(
        self,
        packs: dict[str, PackIR],
        params: dict[str, dict[str, Any]] | None = None,
        trace: list[tuple[engine.Node, str, engine.Res]] | None = None,
        *,
        param_label: str = "now",
    ) -> None:
        self.packs = packs
        self.params = params or {}
        self.param_label = param_label
        self.lookup: Lookup = {}
        self.order: dict[int, list[str]] = {}
        for node, prefix, result in trace or []:
            self.lookup[(id(node), prefix)] = result
            self.order.setdefault(id(node), []).append(prefix)
        self.tracing = trace is not None
        self.expanded: set[tuple[str, str]] = set()

    # --- words --------------------------------------------------------------------------

    def parameter(self, pack: str, name: str) -> Words:
        value = self._param_value(pack, name)
        return [
            ("the parameter ", False),
            (name, True),
            (f" ({self.param_label}: ", False),
            (plain(value), True),
            (")", False),
        ]

    def value_words(self, value: Any, pack: str) -> Words:
        if isinstance(value, dict) and "param" in value:
            return self.parameter(pack, value["param"])
        if isinstance(value, dict) and "as_of" in value:
            return [("the assessment date", False)]
        if isinstance(value, dict) and "fact" in value:
            if value.get("root"):
                return [("the values of the contract's fact ", False), _top(value["fact"])]
            return [("the values of the fact ", False), (value["fact"], True)]
        return [(plain(value), True)]

    def date_fact_words(self, value: dict[str, Any]) -> Words:
        """Another single date fact as the value of a comparison."""
        if value.get("root"):
            return [("the contract's date ", False), _top(value["fact"])]
        return [("the date ", False), (value["fact"], True)]

    def leaf_words(self, ir: dict[str, Any], pack: str, scoped: bool) -> Words:
        operator = ir["operator"]
        value = ir["value"]
        its: Words = [("its ", False)] if scoped else []
        if ir["op"] == "param":
            name: Words = [(ir["param"], True)]
            now: Words = [(f" ({self.param_label}: ", False)]
            now += [(plain(self._param_value(pack, ir["param"])), True), (")", False)]
            if operator == "subset_of":
                head: Words = [("every item of the parameter ", False), *name]
                return [*head, (" is one of ", False), (plain(value), True), *now]
            words = _SCALAR_WORDS.get(operator) or _LIST_WORDS.get(operator) or operator
            return [
                ("the parameter ", False),
                *name,
                (f" {words} ", False),
                (plain(value), True),
                *now,
            ]
        subject: Words = [*its, (ir["fact"], True)]
        if ir.get("root"):  # read from the top of the contract, not from the item
            scoped = False
            subject = [("the contract's ", False), _top(ir["fact"])]
        shown = self.value_words(value, pack)
        if operator == "matches":
            shown = [(f"'{value}'", True)]
        if ir["list"]:
            the: Words = [] if scoped else [("the list ", False)]
            if ir.get("root"):
                subject = [("the contract's list ", False), _top(ir["fact"])]
                the = []
            if operator == "subset_of":
                return [("every item of ", False), *the, *subject, (" is one of ", False), *shown]
            return [*the, *subject, (f" {_LIST_WORDS[operator]} ", False), *shown]
        the = [] if scoped or ir.get("root") else [("the fact ", False)]
        if ir.get("root"):
            subject = [("the contract's fact ", False), _top(ir["fact"])]
        words = _SCALAR_WORDS[operator]
        if isinstance(value, dict) and "as_of" in value:
            words = _AS_OF_WORDS[operator]
        elif isinstance(value, dict) and "fact" in value and operator in _AS_OF_WORDS:
            words = _AS_OF_WORDS[operator]
            shown = self.date_fact_words(value)
        return [*the, *subject, (f" {words} ", False), *shown]

    def _param_value(self, pack: str, name: str) -> Any:
        if name in self.params.get(pack, {}):
            return self.params[pack][name]
        return self.packs[pack].parameters[name]["default"]

    # --- trees --------------------------------------------------------------------------

    def condition(
        self,
        ir: dict[str, Any],
        pack: str,
        node: engine.Node | None = None,
        prefix: str = "",
        scoped: bool = False,
    ) -> Step:
        op = ir["op"]
        description = _tidy(ir.get("description"))
        step: Step
        if op in ("all", "any"):
            parts = node.parts if isinstance(node, engine.AllNode | engine.AnyNode) else None
            step = Step(op, [(f"{op} of", False)], description)
            for index, part in enumerate(ir["args"]):
                child = parts[index] if parts is not None else None
                step.children.append(self.condition(part, pack, child, prefix, scoped))
        elif op == "not":
            inner = node.part if isinstance(node, engine.NotNode) else None
            step = Step(op, [("not", False)], description)
            step.children.append(self.condition(ir["arg"], pack, inner, prefix, scoped))
        elif op == "stated":
            inner = node.part if isinstance(node, engine.StatedNode) else None
            said = "the contract states that"
            if ir.get("unspecified") == "unknown":
                said += " (unknown where it leaves the point open)"
            step = Step(op, [(said, False)], description)
            step.children.append(self.condition(ir["arg"], pack, inner, prefix, scoped))
        elif op == "unsettled":
            inner = node.part if isinstance(node, engine.UnsettledNode) else None
            step = Step(op, [("the law is unsettled where", False)], description)
            step.unsettled = ir["reason"]
            step.children.append(self.condition(ir["arg"], pack, inner, prefix, scoped))
        elif op == "ref":
            step = self.reference(ir, node, prefix, description)
        elif op in ("some", "every"):
            step = self.quantifier(ir, pack, node, prefix, scoped, description)
        elif op == "party":
            step = self.party_of(ir, pack, node, prefix, scoped, description)
        elif op == "as_of":
            step = Step(op, as_of_words(ir), description)
        elif op == "term_from":
            words = as_of_words(ir)[1:]
            step = Step(
                op,
                [
                    ("the term stating ", False),
                    (ir["fact"], True),
                    (" took effect ", False),
                    *words,
                ],
                description,
            )
        else:
            kind = "param" if op == "param" else "fact"
            step = Step(kind, self.leaf_words(ir, pack, scoped), description)
        if node is not None and self.tracing:
            self.attach(step, node, prefix)
        return step

    def reference(
        self, ir: dict[str, Any], node: engine.Node | None, prefix: str, description: str | None
    ) -> Step:
        key = (ir["pack"], ir["name"])
        words: Words = [(f'the definition "{ir["title"]}" (', False)]
        words += [(f"{ir['pack']}/{ir['name']}", True), (")", False)]
        step = Step("ref", words, description)
        if key in self.expanded:
            step.repeated = True
            return step
        self.expanded.add(key)
        definition = self.packs[ir["pack"]].definitions[ir["name"]]
        target = node.target if isinstance(node, engine.RefNode) else None
        step.children.append(self.condition(definition["ir"], ir["pack"], target, prefix))
        return step

    def quantifier(
        self,
        ir: dict[str, Any],
        pack: str,
        node: engine.Node | None,
        prefix: str,
        scoped: bool,
        description: str | None,
    ) -> Step:
        words: Words = [(f"{ir['op']} item of ", False)]
        if ir.get("root"):  # a list read from the top of the contract
            words += [("the contract's ", False), _top(ir["fact"]), (" satisfies", False)]
        else:
            words += [("its ", False)] if scoped else []
            words += [(ir["fact"], True), (" satisfies", False)]
        step = Step(ir["op"], words, description)
        if not isinstance(node, engine.EachNode) or not self.tracing:
            step.children.append(self.condition(ir["where"], pack, None, prefix, True))
            return step
        base = _list_path(ir, prefix)
        element = re.compile(re.escape(base) + r"\[\d+\]$")
        prefixes = [p for p in self.order.get(id(node.where), []) if element.match(p)]
        seen: list[str] = []
        for item_prefix in prefixes:
            if item_prefix not in seen:
                seen.append(item_prefix)
        if not seen:
            # Not evaluated, or a list with no items: show the condition once, without values.
            step.children.append(self.condition(ir["where"], pack, None, prefix, True))
            return step
        for item_prefix in sorted(seen, key=_index):
            item = Step("item", [(item_prefix, True)])
            expanded = set(self.expanded)
            inner = self.condition(ir["where"], pack, node.where, item_prefix, True)
            self.expanded = expanded
            item.value = inner.value
            spread = self.lookup.get((id(node), item_prefix))
            if spread is not None:
                item.words += _per_member(spread)
                item.value = VALUES[spread[0]]
            item.children.append(inner)
            step.children.append(item)
        return step

    def party_of(
        self,
        ir: dict[str, Any],
        pack: str,
        node: engine.Node | None,
        prefix: str,
        scoped: bool,
        description: str | None,
    ) -> Step:
        """``party``: the party a fact names, and the condition on it (traced: on the party
        it was read on, ``parties[N]``)."""
        words: Words = [("the party named by ", False)]
        words += [("its ", False)] if scoped else []
        words += [(ir["fact"], True), (" satisfies", False)]
        step = Step("party", words, description)
        party_prefix = ""
        if isinstance(node, engine.PartyNode) and self.tracing:
            # The party it was read on, here: the one its own result's evidence names.
            result = self.lookup.get((id(node), prefix))
            for path, _ in result[1] if result is not None else ():
                match = re.match(r"parties\[\d+\]", path)
                if match:
                    party_prefix = match.group(0)
                    break
        inner = node.where if party_prefix and isinstance(node, engine.PartyNode) else None
        step.children.append(
            self.condition(ir["where"], pack, inner, party_prefix or "parties[*]", True)
        )
        return step

    def attach(self, step: Step, node: engine.Node, prefix: str) -> None:
        from compliance.engine.evaluate import evidence_item

        result = self.lookup.get((id(node), prefix))
        if result is None:
            return
        value, evidence, missing = result
        step.value = VALUES[value]
        if step.kind == "unsettled":
            step.raised = value == engine.UNKNOWN and (step.unsettled, engine.UNSETTLED) in missing
        if step.kind in ("fact", "param", "term_from"):
            seen: set[tuple[str, int]] = set()
            for path, fact in evidence:
                if (path, fact.line) not in seen:
                    seen.add((path, fact.line))
                    step.evidence.append(evidence_item(path, fact))
            step.missing = sorted(set(missing))
        elif step.kind == "party":
            # The fact naming the party (the party's own facts show below).
            step.evidence = [
                evidence_item(path, fact)
                for path, fact in evidence[:1]
                if not path.startswith("parties[")
            ]
            step.missing = sorted(set(missing))
        elif step.kind in ("some", "every") and step.children[0].kind != "item":
            step.missing = sorted(set(missing))
        elif step.kind in ("some", "every"):
            # The items show their own facts; here only whether the list itself is open.
            subject = next(piece for piece, code in step.words if code)
            path = subject if node.from_top() else engine.join(prefix, subject)
            step.missing = sorted({m for m in missing if m == (path, engine.OPEN)})


def as_of_words(ir: dict[str, Any]) -> Words:
    """``{as_of: ...}`` in words: the assessment date and its bounds."""
    bounds: Words = []
    for key, words in (("from", "on or after "), ("until", "on or before "), ("before", "before ")):
        if ir.get(key):
            if bounds:
                bounds.append((" and ", False))
            bounds += [(words, False), (ir[key], True)]
    return [("the assessment date is ", False), *bounds]


def _top(path: str) -> tuple[str, bool]:
    """A path read from the top of the contract (``$.``), as the words show it: the
    contract's path, without the marker."""
    from compliance.facts.paths import ROOT

    return (path.removeprefix(ROOT), True)


def _per_member(spread: Any) -> Words:
    """What an item read once per member of a group says (the trace entry
    :meth:`compliance.engine.connectives.EachNode.per_member` records: its value, each
    member's value, the field)."""
    _, outcome, (name,) = spread
    failing = [m for m, v in outcome if v == engine.FALSE]
    open_ = [m for m, v in outcome if v not in (engine.TRUE, engine.FALSE)]
    words: Words = [(f", read for each member of the group its {name} names", False)]
    if failing:
        words.append((f"; false for {', '.join(failing)}", False))
    if open_:
        words.append((f"; unknown for {', '.join(open_)}", False))
    return words


def _list_path(ir: dict[str, Any], prefix: str) -> str:
    """The concrete path of the list a ``some`` / ``every`` is about, under ``prefix``."""
    if ir.get("root"):
        return str(_top(ir["fact"])[0])
    return engine.join(prefix, ir["fact"])


def _index(prefix: str) -> int:
    match = re.search(r"\[(\d+)\]$", prefix)
    return int(match.group(1)) if match else 0


# --- rendering --------------------------------------------------------------------------------


def heading(step: Step) -> str:
    """A node's line: its words, its description, a colon when children follow."""
    text = step.text
    if step.description:
        text += f" ({step.description})"
    if step.repeated:
        text += ", as above"
    elif step.children and step.kind != "item":
        text += ":"
    return text


def text_lines(step: Step, depth: int = 0, *, trace: bool = False) -> list[str]:
    """The tree as indented text; in a trace each line starts with the node's value
    (SKIPPED: not evaluated, e.g. requires when the rule does not apply)."""
    from compliance.report.reasons import place
    from compliance.report.results import UNSETTLED_NOTE

    pad = "  " * depth
    if trace:
        value = (step.value or "skipped").upper()
        line = f"{pad}{value:<8} {heading(step)}"
    else:
        line = f"{pad}- {heading(step)}"
    lines = [line]
    facts = " " * (len(pad) + 9) if trace else pad + "    "
    for item in step.evidence:
        mark = "" if item.contract_term else " *"
        lines.append(
            f"{facts}{item.path} = {plain(item.value)}  ({place(item)}, line {item.line}{mark})"
        )
    for path, reason in step.missing:
        lines.append(f"{facts}missing: {path} ({reason})")
    if step.unsettled is not None and (step.raised or not trace):
        lines.append(f"{facts}{UNSETTLED_NOTE}{step.unsettled}")
    for child in step.children:
        lines.extend(text_lines(child, depth + 1, trace=trace))
    return lines


def markdown_lines(step: Step, depth: int = 0) -> list[str]:
    """The tree as a nested Markdown list (fact paths and values in code spans)."""
    pad = "  " * depth
    lines = [f"{pad}- {_markdown_heading(step)}"]
    if step.unsettled is not None:
        lines.append(f"{pad}  - *unsettled in law:* {escape_markdown(step.unsettled)}")
    for child in step.children:
        lines.extend(markdown_lines(child, depth + 1))
    return lines


def _markdown_heading(step: Step) -> str:
    text = "".join(f"`{piece}`" if code else escape_markdown(piece) for piece, code in step.words)
    if step.description:
        text += f" *({escape_markdown(step.description)})*"
    if step.repeated:
        text += ", as above"
    elif step.children and step.kind != "item":
        text += ":"
    return text


def escape_markdown(text: str) -> str:
    """Text safe in a Markdown paragraph or list item (no accidental emphasis or HTML); a
    line break becomes a space, so that a title cannot end its heading or start a block."""
    out = []
    for char in text:
        if char in "\r\n":
            out.append(" ")
            continue
        if char in "\\`*_[]<>|#":
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)
