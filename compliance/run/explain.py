"""``compliance explain``: a rule in full, and why it gives the verdict it does on a contract.

Without a contract: the rule's metadata, its condition in words (definitions by title,
each node's description), remediation and question. With a contract: the evaluation trace,
each sub-condition's value (true, false, unknown, error) with the facts and clauses behind
it, ending in the status and the missing facts.
"""

from __future__ import annotations

import textwrap
from datetime import date
from typing import TYPE_CHECKING, Any

from compliance.core.errors import InputError
from compliance.core.records import field, record

if TYPE_CHECKING:
    from compliance.engine.describe import Step
    from compliance.engine.ir import CompiledPack, CompiledRule, PackIR, PackSet, RuleIR
    from compliance.report.results import Result
    from compliance.run.options import CheckOptions
    from compliance.run.prepare import Setup

WIDTH = 88


@record
class Explanation:
    """A rule in words, and with a contract its evaluation trace."""

    pack: PackIR
    rule: RuleIR
    applies: Step | None
    requires: Step
    #: Definitions the rule uses: (pack/name, title, description), in order of first use.
    definitions: list[tuple[str, str, str | None]] = field(default_factory=list)
    #: The transitions of the rule's dates: (from, citation, note, the condition in words).
    transitions: list[tuple[str, dict[str, str], str | None, Step]] = field(default_factory=list)
    parameters: dict[str, Any] = field(default_factory=dict)
    # With a contract:
    contract: dict[str, str] | None = None
    as_of: date | None = None
    result: Result | None = None
    #: Each clause's and source's state on the as-of date (compliance.contracts.terms.TermState),
    #: and the contract's dated notes.
    terms: list[Any] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        rule = self.rule
        trace = self.result is not None
        out: dict[str, Any] = {
            "rule": {
                "id": rule.full_id,
                "pack": rule.pack,
                "title": rule.title,
                "severity": rule.severity,
                "basis": rule.basis,
                "citations": rule.citations,
                "rationale": rule.rationale.strip(),
                "aliases": rule.aliases,
                "effective": rule.dates(),
                "from": rule.origin,
                "applies_when": self.applies.to_dict() if self.applies else None,
                "requires": self.requires.to_dict(),
                "transitions": self._transitions(trace=False),
                "remediation": rule.remediation.strip(),
                "question": rule.question.strip(),
            },
            "definitions": [
                {"id": ident, "title": title, "description": description}
                for ident, title, description in self.definitions
            ],
            "parameters": self.parameters,
        }
        if trace and self.result is not None and self.as_of is not None:
            out["contract"] = self.contract
            out["as_of"] = self.as_of.isoformat()
            out["trace"] = {
                "applies_when": self.applies.to_dict(trace=True) if self.applies else None,
                "requires": self.requires.to_dict(trace=True),
                "transitions": self._transitions(trace=True),
            }
            out["result"] = self.result.to_dict()
            out["terms"] = [term.to_dict() for term in self.terms]
            out["notes"] = list(self.notes)
        return out

    def _transitions(self, trace: bool) -> list[dict[str, Any]]:
        return [
            {
                "from": start,
                "citation": citation,
                **({"note": note} if note else {}),
                "when": step.to_dict(trace),
            }
            for start, citation, note, step in self.transitions
        ]


def find_rule(packset: PackSet, spec: str) -> tuple[PackIR, RuleIR]:
    """A rule of the selected packs by full id ``PACK/RULE`` or ``PACK/ALIAS`` (or a bare
    rule id when exactly one selected pack has it; or the full id in the base pack of a rule
    an extending pack takes over, when the base itself is not selected)."""
    from compliance.core.hints import did_you_mean

    candidates: dict[str, tuple[PackIR, RuleIR]] = {}
    for pack in packset.selected:
        for rule in pack.rules:
            candidates[rule.full_id] = (pack, rule)
            for alias in rule.aliases:
                candidates.setdefault(f"{pack.id}/{alias}", (pack, rule))
            if rule.origin:  # a rule an extending pack takes from its base
                candidates.setdefault(rule.origin, (pack, rule))
    if spec in candidates:
        return candidates[spec]
    if "/" not in spec:
        hits = sorted({full for full, (_, rule) in candidates.items() if full.endswith("/" + spec)})
        owners = {candidates[full][1].full_id for full in hits}
        if len(owners) == 1:
            return candidates[hits[0]]
        if hits:
            raise InputError(
                f"rule {spec!r} is in several packs: {', '.join(sorted(owners))}; give the "
                "full id PACK/RULE"
            )
    extra = did_you_mean(spec, sorted(candidates))
    packs = ", ".join(pack.id for pack in packset.selected)
    raise InputError(
        f"no rule {spec!r} in the loaded packs{extra} (packs: {packs}; load another pack "
        "with --pack PATH; list rules with `compliance packs list`)"
    )


@record
class Loaded:
    """Packs compiled and instantiated for a run of explanations, with the rest of the run
    prepared as ``check`` prepares it (compliance.run.prepare.Setup: ``--assume`` facts,
    waivers)."""

    packset: PackSet
    compiled: list[CompiledPack]
    values: dict[str, dict[str, Any]]
    setup: Setup


#: Why explain refuses --baseline, and --assume or --waivers without --contract.
NO_BASELINE = (
    "is not supported: a baseline decides which verdicts fail a check run, and explain "
    "has no such outcome (use compliance check --baseline)"
)
NEEDS_CONTRACT = "needs --contract: it applies to a contract's facts and verdicts"


def load(options: CheckOptions) -> Loaded:
    """The packs of ``options`` (--pack, --profile, --set) and its assumptions and waivers,
    on the run path of ``check`` (compliance.run.prepare.set_up); a baseline is refused."""
    from compliance.engine.build import parameter_values
    from compliance.run.prepare import refuse, set_up

    refuse(options, "explain", baseline=NO_BASELINE)
    setup = set_up(options)
    prepared = setup.prepared
    packset, parameters = prepared.packset, prepared.parameters
    values = {
        ident: parameter_values(ir, parameters.get(ident)) for ident, ir in packset.all.items()
    }
    return Loaded(packset, prepared.packs, values, setup)


def explain(
    rule_spec: str,
    options: CheckOptions,
    contract: str | None = None,
    loaded: Loaded | None = None,
) -> Explanation:
    """Explain one rule, on one contract when ``contract`` is given (``loaded``: the packs,
    when the caller explains several rules). On a contract the verdict is the one ``check``
    gives: with the ``--assume`` facts, then waived (compliance.run.prepare)."""
    from compliance.engine import conditions as engine
    from compliance.engine.describe import Describer
    from compliance.engine.evaluate import evaluate_rule
    from compliance.run.prepare import refuse

    refuse(options, "explain", baseline=NO_BASELINE)
    if contract is None:
        refuse(options, "explain", assumptions=NEEDS_CONTRACT, waivers=NEEDS_CONTRACT)
    loaded = loaded or load(options)
    packset, values = loaded.packset, loaded.values
    pack, rule = find_rule(packset, rule_spec)
    target = next(r for p in loaded.compiled if p.ir.id == pack.id for r in p.rules if r.ir is rule)
    if contract is None:
        describer = Describer(packset.all, values)
        return _explanation(describer, pack, rule, target, values)
    from compliance.document.loader import display_name
    from compliance.report.results import ContractReport
    from compliance.run.prepare import govern, load_assumed

    doc = load_assumed(loaded.setup, contract)
    ctx = engine.Ctx(options.as_of)
    ctx.trace = []
    result = evaluate_rule(target, doc, ctx)
    govern(loaded.setup, ContractReport(display_name(contract), doc.id, doc.title, [result]))
    describer = Describer(packset.all, values, ctx.trace)
    out = _explanation(describer, pack, rule, target, values)
    out.contract = {"path": display_name(contract), "id": doc.id, "title": doc.title}
    out.as_of = options.as_of
    out.result = result
    out.terms = list(doc.terms)
    out.notes = list(doc.notes)
    return out


def _explanation(
    describer: Any, pack: PackIR, rule: RuleIR, target: CompiledRule, values: dict[str, Any]
) -> Explanation:
    applies = (
        describer.condition(rule.applies, pack.id, target.applies)
        if rule.applies is not None
        else None
    )
    requires = describer.condition(rule.requires, pack.id, target.requires)
    specs = (rule.effective or {}).get("transitions", ())
    transitions = [
        (
            spec["from"],
            spec["citation"],
            spec.get("note"),
            describer.condition(spec["when"], pack.id, node.when),
        )
        for spec, node in zip(specs, target.transitions, strict=True)
    ]
    used = []
    for pack_id, name in _refs([applies, requires, *(t[3] for t in transitions)]):
        spec = describer.packs[pack_id].definitions[name]
        used.append((f"{pack_id}/{name}", spec["title"], spec.get("description")))
    return Explanation(
        pack,
        rule,
        applies,
        requires,
        used,
        transitions,
        parameters=dict(values.get(pack.id, {})),
    )


def _refs(steps: list[Step | None]) -> list[tuple[str, str]]:
    """Definitions used in these trees, in order of first use."""
    out: list[tuple[str, str]] = []

    def walk(step: Step) -> None:
        if step.kind == "ref" and not step.repeated:
            ident = next(piece for piece, code in step.words if code)
            pack, _, name = ident.partition("/")
            if (pack, name) not in out:
                out.append((pack, name))
        for child in step.children:
            walk(child)

    for step in steps:
        if step is not None:
            walk(step)
    return out


# --- text --------------------------------------------------------------------------------------


def wrap(text: str, indent: str = "  ") -> list[str]:
    """A paragraph of pack text, wrapped (blank lines between paragraphs kept)."""
    out: list[str] = []
    for paragraph in text.strip().split("\n\n"):
        out.extend(
            textwrap.wrap(
                " ".join(paragraph.split()),
                WIDTH,
                initial_indent=indent,
                subsequent_indent=indent,
                break_on_hyphens=False,
                break_long_words=False,
            )
            or [indent.rstrip()]
        )
    return out


def citation_text(citation: dict[str, str]) -> str:
    text = f"{citation['instrument']}, {citation['provision']} <{citation['url']}>"
    if citation.get("note"):
        text += f" ({citation['note']})"
    return text


def effective_text(effective: dict[str, Any] | None) -> str | None:
    if not effective:
        return None
    parts = []
    if effective.get("from"):
        parts.append(f"from {effective['from']}")
    if effective.get("until"):
        parts.append(f"until {effective['until']}")
    text = " ".join(parts) or "always"
    if effective.get("note"):
        text += f" ({' '.join(effective['note'].split())})"
    transitions = effective.get("transitions") or ()
    if transitions:
        others = ", ".join(
            f"from {spec['from']} under {spec['citation']['provision']}" for spec in transitions
        )
        text += f"; where a transition's condition holds: {others}"
    return text


def render_text(explanation: Explanation) -> str:
    from compliance.core.terminal import clean
    from compliance.engine.describe import text_lines

    rule = explanation.rule
    pack = explanation.pack
    lines = [f"{rule.full_id} — {rule.title}"]
    lines.append(f"pack: {pack.id} {pack.version} — {pack.title}")
    if rule.origin:
        lines.append(f"from: {rule.origin} (the pack {pack.extends} that {pack.id} extends)")
    lines.append(f"severity: {rule.severity}    basis: {rule.basis}")
    if rule.aliases:
        lines.append(f"aliases: {', '.join(rule.aliases)}")
    dates = effective_text(rule.effective)
    if dates:
        lines.append(f"in force: {dates}")
    lines.append("citations:")
    for citation in rule.citations:
        lines.extend(wrap(citation_text(citation), "  - ")[:1])
        lines.extend(wrap(citation_text(citation), "    ")[1:])
    tracing = explanation.result is not None
    if tracing and explanation.contract and explanation.as_of:
        contract = explanation.contract
        lines.append("")
        lines.append(
            f"contract: {contract['path']} ({contract['id']}), as of "
            f"{explanation.as_of.isoformat()}"
        )
        lines.extend(_terms(explanation))
    else:
        lines.append("rationale:")
        lines.extend(wrap(rule.rationale))
    lines.append("")
    if explanation.applies is not None:
        lines.append("applies when:")
        lines.extend(text_lines(explanation.applies, 1, trace=tracing))
    else:
        lines.append("applies when: always")
    lines.append("requires:")
    lines.extend(text_lines(explanation.requires, 1, trace=tracing))
    lines.extend(_transition_lines(explanation, tracing))
    if explanation.definitions and not tracing:
        lines.append("")
        lines.append("definitions used:")
        for ident, title, description in explanation.definitions:
            lines.append(f"  {ident}: {title}")
            if description:
                lines.extend(wrap(description, "    "))
    lines.append("")
    result = explanation.result
    if result is None:
        lines.append("remediation:")
        lines.extend(wrap(rule.remediation))
        lines.append("question:")
        lines.extend(wrap(rule.question))
    else:
        lines.extend(_verdict(result))
        steps = [explanation.applies, explanation.requires]
        steps += [step for *_, step in explanation.transitions]
        if result.non_contract or _non_contract(steps):
            lines.append("")
            lines.append("* rests on a source that is not contract terms (a statement or report)")
    return "\n".join(clean(line) for line in lines) + "\n"


def _transition_lines(explanation: Explanation, tracing: bool) -> list[str]:
    """The transitions of the rule's dates: each first day, its provision and its condition
    (with values, in a trace)."""
    from compliance.engine.describe import text_lines

    if not explanation.transitions:
        return []
    lines = ["dates (the first transition whose condition holds gives the first day):"]
    for start, citation, note, step in explanation.transitions:
        head = f"from {start} under {citation['provision']} of {citation['instrument']}"
        text = head + (f": {' '.join(note.split())}" if note else "")
        lines.extend(wrap(text, "  - ")[:1])
        lines.extend(wrap(text, "    ")[1:])
        lines.append("    when:")
        lines.extend(text_lines(step, 3, trace=tracing))
    return lines


def _terms(explanation: Explanation) -> list[str]:
    """Which clauses and sources were in force on the as-of date and why (shown when one
    of them has dates or replaces another, or a dated note applies)."""
    from compliance.contracts.terms import IN_FORCE

    terms = explanation.terms
    dated = any(t.state != IN_FORCE or t.effective or t.expires or t.unsigned for t in terms)
    if not dated and not explanation.notes:
        return []
    assert explanation.as_of is not None
    lines = []
    if terms and dated:
        lines.append(f"terms on {explanation.as_of.isoformat()}:")
        for term in terms:
            text = f"{term.label} (line {term.line}): {term.reason}"
            lines.extend(wrap(text, "  - ")[:1])
            lines.extend(wrap(text, "    ")[1:])
    for note in explanation.notes:
        lines.extend(wrap(f"note: {note}", ""))
    return lines


def _non_contract(steps: list[Step | None]) -> bool:
    def walk(step: Step) -> bool:
        if any(not item.contract_term for item in step.evidence):
            return True
        return any(walk(child) for child in step.children)

    return any(walk(step) for step in steps if step is not None)


def _verdict(result: Result) -> list[str]:
    from compliance.report.reasons import asks_counterparty, place, waiver_text

    lines = [f"status: {result.status}"]
    if result.waiver is not None:
        lines.extend(wrap(waiver_text(result)))
    if result.message:
        lines.extend(wrap(result.message))
    for note in result.notes:
        lines.extend(wrap(f"note: {note}"))
    if result.missing:
        lines.append("missing facts:")
        for item in result.missing:
            where = f", {place(item)}, line {item.line}" if item.line is not None else ""
            lines.append(f"  {item.path} ({item.reason}{where})")
    if result.status == "unknown" and asks_counterparty(result):
        lines.append("question:")
        lines.extend(wrap(result.question))
    if result.status in ("fail", "unknown"):
        lines.append("remediation:")
        lines.extend(wrap(result.remediation))
    return lines
