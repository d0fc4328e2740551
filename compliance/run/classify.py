"""What the AI Act makes of a deployment: its tier, with the reasons and the evidence.

``compliance classify`` answers the question the public AI Act checkers ask (is the system
prohibited, high-risk, subject to transparency duties, minimal, or out of scope?) for a
contract description. It holds no legal logic of its own: every finding is a definition of
the built-in ``eu-ai-act-high-risk`` pack (``in-scope``, ``art5-use-*``, ``high-risk``,
``art50-*``...), evaluated by the same engine as ``compliance check``, on the same facts;
those definitions read the vocabulary's classification table (:mod:`compliance.facts.practices`).
The dates a finding's duties apply from are those of the pack's rules that check them.

A finding is true, false or unknown. The tier is the highest tier with a true finding
(prohibited > high-risk > transparency); minimal when every finding is false; out of scope
when the Act does not apply; undecided when no finding is true and some is unknown. The
classification is *settled* when no unknown finding could raise the tier (or take the
deployment out of scope); otherwise its ``open`` findings name the facts that would decide.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from compliance.contracts.factchecks import status_notes
from compliance.contracts.load import ContractDoc
from compliance.core.records import fields, record
from compliance.engine import conditions as engine
from compliance.facts.tree import FLeaf, FList, FObj, binding_view, find, not_bound

PACK = "eu-ai-act-high-risk"
#: The definition of a high-risk system Art. 111(2), first sentence, leaves unbound.
LEGACY = "legacy-unchanged-no-public-authority"

TIERS = ("prohibited", "high-risk", "transparency", "minimal", "out-of-scope", "undecided")
_RANK = {"prohibited": 3, "high-risk": 2, "transparency": 1}


@record(frozen=True)
class Question:
    """One finding: a definition of the pack, the tier it leads to, the provision, and the
    rule whose dates say when its duties apply."""

    definition: str
    tier: str
    provision: str
    rule: str | None


#: The findings, in the order they are reported.
QUESTIONS: tuple[Question, ...] = (
    Question("art5-use-manipulation", "prohibited", "Art. 5(1)(a)-(b)", "no-prohibited-practice"),
    Question("art5-use-social-scoring", "prohibited", "Art. 5(1)(c)", "no-prohibited-practice"),
    Question("art5-use-crime-prediction", "prohibited", "Art. 5(1)(d)", "no-prohibited-practice"),
    Question("art5-use-facial-scraping", "prohibited", "Art. 5(1)(e)", "no-prohibited-practice"),
    Question(
        "art5-use-emotion-recognition", "prohibited", "Art. 5(1)(f)", "no-prohibited-practice"
    ),
    Question(
        "art5-use-biometric-categorisation", "prohibited", "Art. 5(1)(g)", "no-prohibited-practice"
    ),
    Question("art5-use-real-time-rbi", "prohibited", "Art. 5(1)(h)", "no-prohibited-practice"),
    Question(
        "art5-use-intimate-imagery",
        "prohibited",
        "Art. 5(1)(ba)-(bb)",
        "no-intimate-imagery-practice",
    ),
    Question("high-risk", "high-risk", "Art. 6(2) and Annex III", "high-risk-classification"),
    Question(
        "annex-i-high-risk-in-scope",
        "high-risk",
        "Art. 6(1) and Annex I",
        "annex-i-product-requirements",
    ),
    Question("art50-1", "transparency", "Art. 50(1)", "transparency"),
    Question("art50-2", "transparency", "Art. 50(2)", "transparency-marking"),
    Question("art50-3", "transparency", "Art. 50(3)", "transparency-emotion-biometric"),
    Question("art50-4", "transparency", "Art. 50(4)", "transparency-deep-fakes"),
)
#: What the AI Act makes of the model the system is built on (Chapter V): its provider's
#: duties, whatever the system's tier (reported beside it, never raising it).
MODEL_QUESTIONS: tuple[Question, ...] = (
    Question(
        "gpai-on-eu-market", "general-purpose-model", "Arts 3(63), 53", "gpai-provider-duties"
    ),
    Question(
        "gpai-systemic-risk-on-eu-market",
        "systemic-risk-model",
        "Arts 51, 55",
        "gpai-systemic-risk-duties",
    ),
)
SCOPE = "in-scope"
EXCLUDED = "excluded-purposes-only"
NEXUS = "eu-nexus"
COOPERATION = "third-country-cooperation"
PRE_MARKET = "pre-market-research"
PROVIDER_SCOPE = "provider-in-scope"
DEROGATION = "art6-derogation"


@record(frozen=True)
class Finding:
    definition: str
    title: str
    tier: str
    provision: str
    value: str  # "true", "false", "unknown", "error"
    evidence: list[dict[str, Any]]
    missing: list[dict[str, str]]
    applies_from: date | None
    #: Why the duties' first day is not the rule's own, or is not known (a transitional
    #: provision that defers it, or whose condition the contract leaves open).
    deferral: str | None = None

    @property
    def holder(self) -> str | None:
        """Who holds an Art. 50 duty: the provider or the deployer."""
        from compliance.facts.practices import ART50

        if self.definition.startswith("art50-"):
            return ART50[self.definition.removeprefix("art50-")].holder
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "definition": self.definition,
            "title": self.title,
            "tier": self.tier,
            "provision": self.provision,
            "holder": self.holder,
            "value": self.value,
            "applies_from": self.applies_from.isoformat() if self.applies_from else None,
            "deferral": self.deferral,
            "evidence": self.evidence,
            "missing": self.missing,
        }


@record(frozen=True)
class UseClass:
    """What one permitted use is, by the vocabulary's table."""

    fact: str
    value: str
    line: int
    practices: list[str]
    annex_iii: list[str]
    profiling: bool
    art50: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in fields(self)}


@record(frozen=True)
class Classification:
    path: str
    id: str
    title: str
    as_of: date
    tier: str
    settled: bool
    reason: str
    scope: Finding
    findings: list[Finding]
    uses: list[UseClass]
    #: The model's findings (:data:`MODEL_QUESTIONS`): a general-purpose model, with
    #: systemic risk.
    model: list[Finding]
    #: The contract's status as the description states it (None: not stated).
    status: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "id": self.id,
            "title": self.title,
            "as_of": self.as_of.isoformat(),
            "status": self.status,
            "tier": self.tier,
            "settled": self.settled,
            "reason": self.reason,
            "scope": self.scope.to_dict(),
            "prohibited": [
                f.provision for f in self.findings if f.tier == "prohibited" and _true(f)
            ],
            "high_risk": [f.provision for f in self.findings if f.tier == "high-risk" and _true(f)],
            "annex_iii": sorted({p for u in self.uses for p in u.annex_iii}),
            "transparency": self.provisions("transparency"),
            "findings": [f.to_dict() for f in self.findings if f.value != "false"],
            "open": sorted({m["path"] for f in open_findings(self) for m in f.missing}),
            "uses": [u.to_dict() for u in self.uses],
            "model": [f.to_dict() for f in self.model],
        }

    def provisions(self, tier: str) -> list[str]:
        """The provisions of the true findings of ``tier``."""
        return [f.provision for f in self.findings if f.tier == tier and _true(f)]


def _true(finding: Finding) -> bool:
    return finding.value == "true"


class Classifier:
    """The pack's definitions, instantiated once for many contracts."""

    def __init__(self, options: Any) -> None:
        from compliance.engine.build import build_node, parameter_values
        from compliance.packs.compiler import compile_packs

        packset = self.packset = compile_packs([PACK])
        ir = packset.all[PACK]
        params = {
            ident: parameter_values(p, options.parameters.get(ident))
            for ident, p in packset.all.items()
        }
        refs: list[engine.RefNode] = []
        self.nodes: dict[tuple[str, str], engine.Node] = {}
        self.titles: dict[str, str] = {}
        for ident, pack_ir in sorted(packset.all.items()):
            for name, spec in pack_ir.definitions.items():
                self.nodes[(ident, name)] = build_node(spec["ir"], ident, params, refs)
                if ident == PACK:
                    self.titles[name] = spec.get("title") or name
        for ref in refs:
            ref.target = self.nodes[(ref.pack, ref.name)]
        self.dates: dict[str, date] = {}
        for rule in ir.rules:
            start = (rule.effective or {}).get("from")
            if start:
                self.dates[rule.id] = date.fromisoformat(start)
        #: The rules whose first day a transitional provision can move (Art. 111), by id:
        #: instantiated on first use (only a high-risk finding asks).
        self.transitions: dict[str, Any] | None = None

    def _transitions(self, rule_id: str) -> Any:
        """The instantiated rule ``rule_id`` if it has transitions, else None."""
        if self.transitions is None:
            from compliance.engine.build import instantiate

            self.transitions = {
                rule.ir.id: rule
                for pack in instantiate(self.packset)
                for rule in pack.rules
                if rule.ir.pack == PACK and rule.transitions
            }
        return self.transitions.get(rule_id)

    def first_day(
        self, ctx: engine.Ctx, doc: ContractDoc, question: Question, value: int
    ) -> tuple[date | None, str | None]:
        """The first day the duties of a finding of ``value`` apply to this contract, and,
        for a true high-risk finding, why it is not the rule's own where it is not (None and
        why: not known, or none without a change)."""
        rule_id = question.rule
        start = self.dates.get(rule_id) if rule_id else None
        if rule_id is None or start is None or value != engine.TRUE:
            return start, None
        if question.tier in _MODEL_TIERS:
            return self._model_day(ctx, doc, rule_id, start)
        if question.tier != "high-risk":
            return start, None
        legacy = self.nodes[(PACK, LEGACY)].evaluate(ctx, doc.facts, "")[0]
        if legacy == engine.TRUE:
            return None, (
                "no duties while its design is unchanged: placed on the market or put into "
                "service before Chapter III applies to it and used by no public authority, "
                "it is bound only by a significant change in its design (Art. 111(2), first "
                "sentence)"
            )
        days, gate = self._gate(ctx, doc, rule_id)
        if legacy == engine.UNKNOWN or len(days) > 1:
            unchanged = (
                ", or not while its design is unchanged (Art. 111(2), first sentence)"
                if legacy == engine.UNKNOWN
                else " (Art. 111)"
            )
            return None, _open_day({start, *days}, unchanged, "the facts that decide")
        return _deferred(gate, start)

    def _model_day(
        self, ctx: engine.Ctx, doc: ContractDoc, rule_id: str, start: date
    ) -> tuple[date | None, str | None]:
        """The first day a model provider's duties apply: the rule's own, or the one
        Art. 111(3) sets for a model placed on the market before 2 Aug 2025 (None where the
        contract leaves open which)."""
        days, gate = self._gate(ctx, doc, rule_id)
        if len(days) > 1:
            return None, _open_day(
                set(days), " (Art. 111(3))", "when the model was placed on the market"
            )
        return _deferred(gate, start)

    def _gate(self, ctx: engine.Ctx, doc: ContractDoc, rule_id: str) -> tuple[list[date], Any]:
        """The days on which rule ``rule_id``'s duties may first apply to this contract,
        one for each reading of its transitional provisions, and the date gate that read
        them (no days and None for a rule without transitions)."""
        rule = self._transitions(rule_id)
        if rule is None:
            return [], None
        from compliance.engine.dates import date_gate

        gate = date_gate(rule.ir.effective, rule.transitions, doc, ctx)
        return sorted({day for day, _ in gate.readings if day is not None}), gate

    def finding(self, ctx: engine.Ctx, doc: ContractDoc, question: Question) -> Finding:
        from compliance.engine.evaluate import evidence_item

        node = self.nodes[(PACK, question.definition)]
        value, evidence, missing = node.evaluate(ctx, doc.facts, "")
        seen: dict[tuple[str, int], dict[str, Any]] = {}
        for path, fact in evidence:
            seen.setdefault((path, fact.line), evidence_item(path, fact).to_dict())
        items = [seen[key] for key in sorted(seen)]
        for item in items:
            item.pop("role", None)
        gaps = sorted({(path, reason) for path, reason in missing})
        start, deferral = self.first_day(ctx, doc, question, value)
        return Finding(
            question.definition,
            self.titles[question.definition],
            question.tier,
            question.provision,
            engine.TRUTH_NAMES[value],
            items,
            [{"path": p, "reason": r} for p, r in gaps] if value == engine.UNKNOWN else [],
            start,
            deferral,
        )

    def _reported_scope(self, ctx: engine.Ctx, doc: ContractDoc) -> bool:
        """Whether the scope finding rests on a fact no contract term states."""
        _, evidence, _ = self.nodes[(PACK, SCOPE)].evaluate(ctx, doc.facts, "")
        return bool(not_bound(evidence))

    def classify(self, doc: ContractDoc, as_of: date) -> Classification:
        ctx = engine.Ctx(as_of)
        scope = self.finding(ctx, doc, Question(SCOPE, "out-of-scope", "Art. 2", None))
        found = scope.value
        reported = found in ("true", "false") and self._reported_scope(ctx, doc)
        if reported:
            # In or out of scope only on what a source that is not contract terms says:
            # the scope is read on the terms (as check reads a rule's applies_when).
            terms_doc = copy.copy(doc)
            terms_doc.facts = binding_view(doc.facts)
            terms = self.finding(
                engine.Ctx(as_of), terms_doc, Question(SCOPE, "out-of-scope", "Art. 2", None)
            )
            reported = terms.value != found
            if reported:
                scope = terms
        findings: list[Finding] = []
        defaulted: dict[str, list[str]] = {}
        for question in QUESTIONS:
            ctx.defaulted = []
            findings.append(self.finding(ctx, doc, question))
            defaulted[question.definition] = sorted(set(ctx.defaulted))
        model = [self.finding(ctx, doc, question) for question in MODEL_QUESTIONS]
        uses = classify_uses(doc.facts)
        tier, settled, reason = decide(ctx, self, doc, scope, findings)
        if reported:
            where = "outside" if found == "false" else "within"
            reason += (
                " Only a source that is not contract terms (a press report, a public "
                f"statement) puts the system {where} the Act (Art. 2): that does not settle it."
            )
        points = sorted({p for u in uses for p in u.annex_iii})
        high = next(f for f in findings if f.definition == "high-risk")
        if tier == "undecided" and points and high.value == "unknown":
            listed = ", ".join(points)
            reason = (
                f"Annex III ({listed}): high-risk unless the Art. 6(3) derogation is claimed "
                "with its condition of 6(3)(a)-(d), documented (6(4)) and without profiling; "
                "the contract does not settle it. " + reason
            )
        listed = "point " + ", ".join(points) if len(points) == 1 else "points " + ", ".join(points)
        if tier == "prohibited" and points and high.value == "true":
            reason = reason.replace("Annex III", f"Annex III {listed}", 1)
        if tier == "high-risk" and points:
            reason = reason.replace("Annex III", f"Annex III {listed}", 1)
            profiles = [u.value for u in uses if u.profiling and u.annex_iii]
            stated = _stated_true(doc.facts, "ai_act.profiling")
            who = (
                f"{', '.join(profiles)} profiles natural persons"
                if profiles
                else f"The system profiles natural persons (ai_act.profiling, line {stated.line})"
                if stated is not None
                else None
            )
            if who is not None:
                first, also, rest = reason.partition(" Also ")
                note = (
                    f" {who}: the Art. 6(3) derogation cannot apply (Art. 6(3), last subparagraph)."
                )
                reason = first + note + also + rest
            elif defaulted["high-risk"]:
                reason = _with_default(reason, defaulted["high-risk"])
        if points and high.value == "false" and tier in ("transparency", "minimal"):
            derogation = self.finding(
                ctx, doc, Question(DEROGATION, "high-risk", "Art. 6(3)", None)
            )
            if derogation.value == "true":
                reason = (
                    f"Annex III {listed}, not high-risk: the Art. 6(3) derogation is claimed "
                    f"({_conditions(doc.facts)}), documented (Art. 6(4)) and the system does "
                    "not profile natural persons; the provider registers it (Art. 49(2)). " + reason
                )
        status = status_notes(doc.facts)
        if status:
            note = status[0].replace("the verdicts read", "the classification reads")
            reason += " Note: " + note[0].upper() + note[1:] + "."
        written = doc.facts.fields.get("status")
        return Classification(
            doc.path,
            doc.id,
            doc.title,
            as_of,
            tier,
            settled,
            reason,
            scope,
            findings,
            uses,
            model,
            str(written.value) if isinstance(written, FLeaf) else None,
        )


_MODEL_TIERS = frozenset(question.tier for question in MODEL_QUESTIONS)


def _stated_true(facts: FObj, path: str) -> FLeaf | None:
    """The contract's statement that the fact at ``path`` is true (None: not so stated)."""
    node = find(facts, path)
    return node if isinstance(node, FLeaf) and node.value is True else None


def _conditions(facts: FObj) -> str:
    """The Art. 6(3) conditions the contract states, as points of 6(3)."""
    letters = {
        "narrow-procedural-task": "a",
        "improves-human-activity": "b",
        "detects-patterns": "c",
        "preparatory-task": "d",
    }
    node = find(facts, "ai_act.derogation_condition")
    items = node.items if isinstance(node, FList) else []
    found = [letters[i.value] for i in items if isinstance(i, FLeaf) and i.value in letters]
    return ", ".join(f"Art. 6(3)({x})" for x in found) or "Art. 6(3)"


def _with_default(reason: str, paths: list[str]) -> str:
    """The reason, saying which legal default decided the tier (after its first sentence)."""
    from compliance.facts.legal_defaults import LEGAL_DEFAULTS

    said = " ".join(
        LEGAL_DEFAULTS[p].reason[0].upper() + LEGAL_DEFAULTS[p].reason[1:] + "."
        for p in paths
        if p in LEGAL_DEFAULTS
    )
    first, also, rest = reason.partition(" Also ")
    return f"{first} {said}{also}{rest}"


def decide(
    ctx: engine.Ctx, classifier: Classifier, doc: ContractDoc, scope: Finding, found: list[Finding]
) -> tuple[str, bool, str]:
    """(tier, settled, reason) from the findings."""
    if scope.value == "false":
        return "out-of-scope", True, _out_of_scope(ctx, classifier, doc)
    true = [f for f in found if f.value == "true"]
    unknown = [f for f in found if f.value in ("unknown", "error")]
    if true:
        return _tier_found(scope, true, unknown)
    if unknown:
        names = ", ".join(sorted({f.provision for f in unknown}))
        return "undecided", False, f"Not settled: {names} (see the facts that would decide)."
    if scope.value != "true":
        return "minimal", False, "Minimal risk if the Act applies; its scope is not settled."
    return (
        "minimal",
        True,
        "No prohibited practice, no high-risk use and no transparency duty: minimal risk.",
    )


def _out_of_scope(ctx: engine.Ctx, classifier: Classifier, doc: ContractDoc) -> str:
    """Why the AI Act does not apply (the scope finding is false)."""

    def holds(name: str, provision: str) -> bool:
        found = classifier.finding(ctx, doc, Question(name, "out-of-scope", provision, None))
        return found.value == "true"

    if holds(EXCLUDED, "Art. 2(3)"):
        why = "every purpose is military, defence or national security (Art. 2(3))"
    elif (
        classifier.finding(ctx, doc, Question(NEXUS, "out-of-scope", "Art. 2(1)", None)).value
        == "false"
    ):
        why = (
            "no EU nexus: no deployer established in the EU, no deployment or use of "
            "output in the EU (Art. 2(1))"
        )
    elif holds(COOPERATION, "Art. 2(4)"):
        why = (
            "a third-country public authority or an international organisation uses it "
            "under law-enforcement or judicial cooperation with the Union, with adequate "
            "safeguards (Art. 2(4))"
        )
    elif holds(PRE_MARKET, "Art. 2(8)"):
        why = (
            "the contract covers only research, testing or development before the system is "
            "placed on the market or put into service, not in real-world conditions (Art. 2(8))"
        )
    else:
        why = (
            "every stated purpose is excluded: military, defence or national security "
            "(Art. 2(3)), or research alone (Art. 2(6))"
        )
    reason = f"The AI Act does not apply: {why}."
    if holds(PROVIDER_SCOPE, "Art. 2(1)(a)"):
        if _stated_true(doc.facts, "ai_act.also_placed_for_non_excluded_purposes"):
            reason += (
                " The provider stays bound: it also places the system on the market or puts "
                "it into service in the Union for purposes the exclusion does not reach "
                "(Art. 2(1)(a), Art. 2(3) 'where and in so far', Recital 24)."
            )
        else:
            reason += (
                " The provider stays bound: it puts the system into service in a member "
                "state (Art. 2(1)(a)); Art. 2(4) exempts only the authorities that use it."
            )
    return reason


def _tier_found(
    scope: Finding, true: list[Finding], unknown: list[Finding]
) -> tuple[str, bool, str]:
    """The highest tier a true finding gives: settled unless a higher one is unknown or the
    scope is not settled."""
    top = max(_RANK[f.tier] for f in true)
    tier = next(t for t, r in _RANK.items() if r == top)
    provisions = ", ".join(f.provision for f in true if f.tier == tier)
    high = [f.provision for f in true if f.tier == "high-risk"]
    higher = [f for f in unknown if _RANK[f.tier] > top]
    settled = not higher and scope.value == "true"
    reason = {
        "prohibited": f"A permitted use is a practice the AI Act prohibits ({provisions}).",
        "high-risk": f"High-risk under {provisions}.",
        "transparency": f"Transparency duties of {provisions}; not high-risk.",
    }[tier]
    if tier == "prohibited" and high:
        reason += f" Also high-risk under {', '.join(high)}."
    also = [f.provision for f in true if f.tier == "transparency"]
    if tier != "transparency" and also:
        reason += f" Also transparency duties of {', '.join(also)}."
    if scope.value != "true":
        reason += " If the Act applies: its scope is not settled."
    return tier, settled, reason


def open_findings(result: Classification) -> list[Finding]:
    """The unknown findings that could change the tier (and the scope, if unsettled)."""
    out = [result.scope] if result.scope.value not in ("true", "false") else []
    if result.tier == "out-of-scope":
        return out
    rank = _RANK.get(result.tier, 0)
    out += [f for f in result.findings if f.value in ("unknown", "error") and _RANK[f.tier] > rank]
    return out


def classify_uses(facts: FObj) -> list[UseClass]:
    """Each permitted use and capability the contract states, classified by the table."""
    from compliance.facts.practices import AMOUNTS_TO, PERMITTED_USE_FACTS

    out: list[UseClass] = []
    for fact, vocab in PERMITTED_USE_FACTS.items():
        node: Any = facts
        for name in fact.split("."):
            node = node.fields.get(name) if isinstance(node, FObj) else None
        items = node.items if isinstance(node, FList) else [node] if node is not None else []
        table = AMOUNTS_TO.get(vocab, {})
        for item in items:
            if not isinstance(item, FLeaf):
                continue
            entry = table.get(item.value)
            if entry is None:
                continue
            out.append(
                UseClass(
                    fact,
                    str(item.value),
                    item.line,
                    list(entry.practices),
                    list(entry.annex_iii),
                    entry.profiling,
                    list(entry.art50),
                )
            )
    return out


# --- rendering ----------------------------------------------------------------------------------


def _evidence_text(item: dict[str, Any]) -> str:
    where = f"clause {item['clause']}, " if item.get("clause") else ""
    return f"{item['path']} = {_plain(item['value'])} ({where}line {item['line']})"


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_plain(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _dated(finding: Finding, as_of: date) -> str:
    if finding.applies_from is None:
        return f" [{finding.deferral}]" if finding.deferral else ""
    if finding.deferral:
        when = finding.applies_from.isoformat()
        verb = "from" if as_of < finding.applies_from else "since"
        return f" [duties apply {verb} {when}, {finding.deferral}]"
    when = finding.applies_from.isoformat()
    if as_of < finding.applies_from:
        return f" [duties apply from {when}, not yet on {as_of.isoformat()}]"
    return f" [duties apply since {when}]"


def render_text(results: list[Classification]) -> str:
    lines: list[str] = []
    for result in results:
        head = f"{result.path}: {result.id}"
        lines.append(head)
        settled = "" if result.settled else " (not settled)"
        lines.append(f"  tier: {result.tier}{settled}")
        lines.append(f"  reason: {result.reason}")
        if result.status is not None:
            lines.append(f"  contract status: {result.status}")
        for finding in result.findings:
            if finding.value != "true":
                continue
            dated = _dated(finding, result.as_of)  # Art. 50 titles name the holder
            lines.append(f"  {finding.provision}: {finding.title}{dated}")
            for item in finding.evidence:
                lines.append(f"    {_evidence_text(item)}")
        opened = open_findings(result)
        if opened:
            lines.append("  would decide it:")
            for finding in opened:
                paths = ", ".join(sorted({m["path"] for m in finding.missing})) or "(error)"
                lines.append(f"    {finding.provision} ({finding.title}): {paths}")
        lines.extend(_model_lines(result))
        classified = [u for u in result.uses if u.annex_iii or u.practices or u.art50]
        if classified:
            lines.append("  uses:")
            for use in classified:
                lines.append(f"    {use.value} (line {use.line}): {_use_text(use)}")
        lines.append("")
    return "\n".join(lines)


def _model_lines(result: Classification) -> list[str]:
    """What the classification says of the model the system is built on: the model
    provider's Chapter V duties (true findings, with their dates and evidence), or the
    facts that would decide whether it owes them."""
    lines: list[str] = []
    for finding in result.model:
        if finding.value == "true":
            dated = _dated(finding, result.as_of)
            lines.append(f"  model, {finding.provision}: {finding.title}{dated}")
            lines.extend(f"    {_evidence_text(item)}" for item in finding.evidence)
        elif finding.value in ("unknown", "error"):
            paths = ", ".join(sorted({m["path"] for m in finding.missing})) or "(error)"
            lines.append(
                f"  model, {finding.provision} ({finding.title}): would decide it: {paths}"
            )
    return lines


def _use_text(use: UseClass) -> str:
    parts = []
    if use.practices:
        parts.append("practice " + ", ".join(use.practices))
    if use.annex_iii:
        parts.append("Annex III " + ", ".join(use.annex_iii))
    if use.profiling:
        parts.append("profiling")
    if use.art50:
        parts.append("Art. 50(" + "), 50(".join(use.art50) + ")")
    return "; ".join(parts)


def render_markdown(results: list[Classification]) -> str:
    lines = [
        "| Contract | Tier | Settled | Reason | Would decide it |",
        "| --- | --- | --- | --- | --- |",
    ]
    for result in results:
        opened = sorted({m["path"] for f in open_findings(result) for m in f.missing})
        lines.append(
            f"| {result.id} | {result.tier} | {'yes' if result.settled else 'no'} | "
            f"{result.reason} | {', '.join(f'`{p}`' for p in opened) or '-'} |"
        )
    return "\n".join(lines) + "\n"


def to_json(results: list[Classification], as_of: date) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "as_of": as_of.isoformat(),
        "classifications": [r.to_dict() for r in results],
    }


def classify_paths(paths: list[str], options: Any) -> list[Classification]:
    """Classify the contracts at ``paths`` (files or folders). A file that cannot be read
    raises InputError (the command exits 2 with its location)."""
    from compliance.contracts.load import load_contract
    from compliance.run.prepare import expand_paths

    classifier = Classifier(options)
    out: list[Classification] = []
    for path, problem in expand_paths(paths):
        if problem is not None:
            raise problem
        doc = load_contract(path, options.limits, options.as_of)
        out.append(classifier.classify(doc, options.as_of))
    return out


def _open_day(days: set[date], provision: str, undecided: str) -> str:
    """Why a finding's first day is open: the days it may be, and what leaves it open."""
    known = " or ".join(day.isoformat() for day in sorted(days))
    return (
        f"when the duties apply is open: from {known}{provision}; "
        f"the contract leaves open {undecided}"
    )


def _deferred(gate: Any, start: date) -> tuple[date, str | None]:
    """The first day of a finding whose gate reads one day: the day a transitional
    provision defers it to, and which, or else the rule's own."""
    if gate is not None and gate.transition is not None and gate.start is not None:
        provision = gate.transition.citation.get("provision", "Art. 111")
        return gate.start, f"deferred by {provision}"
    return start, None
