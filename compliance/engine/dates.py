"""Dates in rules: whether a dated duty matters on the assessment date (a rule's
``effective``, with first days that depend on facts: ``transitions``), and the condition on
the assessment date itself (``{as_of: {...}}``).

A rule's duty has a first day (``from``), a last day (``until``), and may have transitions:
other first days, each with a condition on the contract's facts and the provision of law
that sets it (e.g. a model already on the market complies two years later). The first
transition whose condition holds gives the first day; when none does, ``from`` does. When a
condition is unknown, each first day it leaves possible is a reading: the gate is decided
when every reading gives the same gate, else unknown, with the facts the conditions miss.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from compliance.engine.context import Ctx, Node
from compliance.engine.truth import (
    ABSENT,
    ERROR,
    FALSE,
    IMPRECISE,
    TRUE,
    UNKNOWN,
    UNSPECIFIED,
    Evidence,
    Res,
)
from compliance.facts.tree import FLeaf, FObj, FUnspec, bound_part, find
from compliance.report.status import NOT_APPLICABLE

if TYPE_CHECKING:
    from compliance.contracts.load import ContractDoc
    from compliance.engine.truth import Evidence, Missing
    from compliance.report.results import Result

_NO: tuple[Any, ...] = ()
_TRUE: Res = (TRUE, (), ())
_FALSE: Res = (FALSE, (), ())


class AsOfNode(Node):
    """``{as_of: {from, until, before}}``: true when the assessment date is on or after
    ``from``, on or before ``until`` and before ``before`` (the bounds given), else false.
    It reads no fact, so it has no evidence and is never unknown. Slotted by hand: a
    condition node, evaluated on the hot path."""

    __slots__ = ("before", "description", "start", "until")

    def __init__(
        self,
        start: date | None,
        until: date | None,
        before: date | None,
        description: str | None = None,
    ) -> None:
        self.start = start
        self.until = until
        self.before = before
        self.description = description

    def holds(self, day: date) -> bool:
        if self.start is not None and day < self.start:
            return False
        if self.until is not None and day > self.until:
            return False
        return not (self.before is not None and day >= self.before)

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        return _TRUE if self.holds(ctx.as_of) else _FALSE


class TermFromNode(Node):
    """``{term_from: {fact, from, until, before}}``: whether the term that states a fact
    took effect within the bounds (as :class:`AsOfNode` reads the assessment date): the
    day is the term's ``effective`` date; for a clause or the description's top level
    without one, the contract's ``signed_on`` (read from the top of the contract); for a
    source without one, its ``date``. Unknown when the fact is absent or unspecified, or
    the day is not stated. Slotted by hand: a condition node."""

    __slots__ = ("bounds", "description", "dotted", "names")

    def __init__(
        self,
        fact: str,
        start: date | None,
        until: date | None,
        before: date | None,
        description: str | None = None,
    ) -> None:
        self.dotted = fact
        self.names = tuple(fact.split("."))
        self.bounds = AsOfNode(start, until, before)
        self.description = description

    def from_top(self) -> bool:
        return True  # the contract's signed_on

    def ev(self, ctx: Ctx, obj: FObj, prefix: str) -> Res:
        from compliance.engine.access import resolve_plain

        node, path, reason = resolve_plain(obj, self.names, prefix, self.dotted)
        if reason or node is None:
            return UNKNOWN, (), ((path, reason or ABSENT),)
        evidence: tuple[Evidence, ...] = ((path, node),)
        prov = node.prov
        day = prov.effective
        if day is None and prov.kind in ("clause", "contract"):
            signed = ctx.top(obj, prefix).fields.get("signed_on")
            if not (isinstance(signed, FLeaf) and isinstance(signed.value, date)):
                return (
                    UNKNOWN,
                    evidence,
                    (("signed_on", ABSENT if signed is None else UNSPECIFIED),),
                )
            day = signed.value
            evidence += (("signed_on", signed),)
        elif day is None:
            day = prov.date
            if day is None:
                return UNKNOWN, evidence, ((path, IMPRECISE),)
        return (TRUE if self.bounds.holds(day) else FALSE), evidence, ()


class Transition:
    """Another first day of a rule's duty: the condition (an engine node) under which it
    applies, and the provision that sets it. Slotted by hand, not a record: made once per
    rule and run, read once per rule and contract."""

    __slots__ = ("citation", "invoked_by", "note", "start", "when")

    def __init__(
        self,
        start: date,
        when: Node,
        citation: dict[str, str],
        note: str | None,
        invoked_by: tuple[str, ...] = (),
    ) -> None:
        self.start = start
        self.when = when
        self.citation = citation
        self.note = note
        #: Facts that invoke it: while the contract states none, it is not applied.
        self.invoked_by = invoked_by

    def invoked(self, facts: FObj) -> bool:
        """Whether the contract states one of the facts that invoke it (always, without
        ``invoked_by``). A transitional provision is an exception for whoever relies on it
        to establish: a contract that states none of them does not rely on it, and what
        only a press report or another source that is not a contract term says is no
        statement of the contract's (it neither relies on the exception nor opens it)."""
        if not self.invoked_by:
            return True
        for path in self.invoked_by:
            node = find(facts, path)
            if node is not None and bound_part(node) is not None:
                return True
        return False

    def cite(self) -> str:
        citation = self.citation
        return f"{citation['provision']} of {citation['instrument']}"

    def says(self) -> str:
        """The provision and what it says (for notes and messages)."""
        note = " ".join(self.note.split()).rstrip(".") if self.note else ""
        if note[:2].istitle():  # "A model ..." reads on as "a model ..."
            note = note[0].lower() + note[1:]
        return f"{self.cite()}: {note}" if note else self.cite()


class Gate:
    """A dated duty on one contract and date: ``res`` is None when the duty is in force,
    false (with ``reason``) when it does not matter, true when it starts later within the
    term, unknown when that cannot be told; ``start`` is the first day that applies (None
    when unknown or undated), ``transition`` the transition that gave it, ``readings`` the
    first days left possible when a condition is unknown. Slotted by hand, not a record:
    made once per dated rule and contract."""

    __slots__ = (
        "left",
        "open",
        "readings",
        "reason",
        "res",
        "rests",
        "silent",
        "start",
        "transition",
    )

    def __init__(
        self,
        res: Res | None,
        reason: str = "",
        start: date | None = None,
        transition: Transition | None = None,
        readings: tuple[tuple[date | None, Transition | None], ...] = (),
    ) -> None:
        self.res = res
        self.reason = reason
        self.start = start
        self.transition = transition
        self.readings = readings
        #: Transitions left out because the contract states none of the facts that invoke
        #: them (:attr:`Transition.invoked_by`) while their condition could hold.
        self.silent: tuple[Transition, ...] = ()
        #: The transition the assessment date's terms meet and the terms in force from
        #: ``start`` no longer do (the duty binds from then: :func:`_bound_later`).
        self.left: Transition | None = None
        #: The facts the transitions' conditions were decided on, those that hold and those
        #: that do not: which first days are possible rests on them, whether or not
        #: ``res`` shows them (a gate resting on facts no term states is read again on the
        #: terms, as a rule's parts are).
        self.rests: tuple[Evidence, ...] = ()
        #: The facts the unknown conditions miss, when they leave several first days
        #: possible (``readings``): what a verdict that differs between them rests on.
        self.open: tuple[Missing, ...] = ()


def term_end(doc: ContractDoc) -> tuple[Res, date | None]:
    """The contract's last day as an evaluation result (unknown when not stated), as its
    terms state it over time: those in force on the assessment date, then each later
    period of terms that takes effect while the contract still runs (an amendment already
    signed that ends the term early or extends it decides whether a duty starting later
    ever binds the contract). With an unknown result, a date is the last day the contract
    can still run (terms that end it before they take effect, after terms that leave the
    end unstated)."""
    found = term_end_of(doc.facts)
    for first, tree in doc.later:
        end = found[1]
        if end is not None and first > end:
            break  # the contract has ended before these terms would take effect
        earlier, found = found, term_end_of(tree)
        if found[1] is not None and found[1] < first:
            # Terms that end the contract before they take effect: it runs until then
            # where the terms before them say it still runs; where those leave the end
            # unstated, it has ended by then at the latest, and whether it still runs
            # before then is unknown (the later terms state nothing until they apply).
            if end is None:
                return (UNKNOWN, found[0][1], earlier[0][2]), first - timedelta(days=1)
            return found[0], first - timedelta(days=1)
    return found


def term_end_of(facts: FObj) -> tuple[Res, date | None]:
    """:func:`term_end` of a fact tree (the terms of one period)."""
    term = facts.fields.get("term")
    node = term.fields.get("end") if isinstance(term, FObj) else None
    if isinstance(node, FLeaf) and isinstance(node.value, date):
        return (TRUE, (("term.end", node),), ()), node.value
    reason = UNSPECIFIED if node is not None or isinstance(term, FUnspec) else ABSENT
    return (UNKNOWN, (), (("term.end", reason),)), None


def _from_day(start: date | None, transition: Transition | None) -> str:
    day = start.isoformat() if start else "the start"
    return f"{day} ({transition.says()})" if transition is not None else day


def start_gate(
    start: date | None, doc: ContractDoc, as_of: date, transition: Transition | None = None
) -> tuple[Res | None, str]:
    """The gate of a duty with this first day: false when it starts after the contract's
    term ends (the duty never binds the contract, whatever the assessment date); else None
    when in force on the assessment date; true when it starts later but within the term;
    unknown when it starts later and the term's end is not stated."""
    if start is None:
        return None, ""
    end_res, end = term_end(doc)
    if end is not None and end < start:
        _, end_evidence, _ = end_res
        return (FALSE, end_evidence, ()), (
            f"the duty applies from {_from_day(start, transition)}, after the contract's "
            f"term ends on {end.isoformat()}"
        )
    if as_of >= start:
        return None, ""
    if end is None:
        # The end unstated: a day the terms have the contract performed on or after the
        # duty's first day shows the contract still runs when the duty applies.
        runs = _runs_from(doc.facts, start)
        if runs is not None:
            return (TRUE, runs, ()), ""
    return end_res, ""


#: Date facts on which the contract runs: the first day of its term, and the day the
#: system is put into service under it.
_RUNNING_DAYS = (("term", "start"), ("system", "put_into_service"))


def _runs_from(facts: FObj, start: date) -> tuple[Evidence, ...] | None:
    """The first date fact of :data:`_RUNNING_DAYS` that falls on or after ``start`` (None:
    none stated, or all before)."""
    for section, name in _RUNNING_DAYS:
        holder = facts.fields.get(section)
        node = holder.fields.get(name) if isinstance(holder, FObj) else None
        if isinstance(node, FLeaf) and isinstance(node.value, date) and node.value >= start:
            return ((f"{section}.{name}", node),)
    return None


def date_gate(
    effective: dict[str, Any],
    transitions: tuple[Transition, ...],
    doc: ContractDoc,
    ctx: Ctx,
) -> Gate:
    """Whether a dated duty matters for this contract on the assessment date (see
    :class:`Gate`)."""
    as_of = ctx.as_of
    start = date.fromisoformat(effective["from"]) if effective.get("from") else None
    until = date.fromisoformat(effective["until"]) if effective.get("until") else None
    if until is not None and until < as_of:
        return Gate(
            (FALSE, (), ()),
            f"the duty ended on {until.isoformat()}, before the assessment date "
            f"{as_of.isoformat()}",
            start,
        )
    if not transitions:
        res, reason = start_gate(start, doc, as_of)
        return Gate(res, reason, start)
    silent: list[Transition] = []
    ruled_out: list[Evidence] = []
    readings, evidence, missing, error = _readings(
        start, transitions, doc.facts, ctx, silent, ruled_out
    )
    if error is not None:
        return Gate(error)
    rests = evidence + tuple(ruled_out)
    if len(readings) == 1:
        first, transition = readings[0]
        res, reason = start_gate(first, doc, as_of, transition)
        if res is not None and transition is not None:
            res = (res[0], res[1] + evidence, res[2])
        elif res is None and transition is not None and evidence:
            res = (TRUE, evidence, ())  # in force because of the transition's facts
        gate = Gate(res, reason, first, transition)
        if doc.later and transition is not None and res is not None and res[0] <= TRUE:
            # Deferred past the term, or to a later day, by a transition the assessment
            # date's terms meet: later terms that no longer meet it bind the contract sooner.
            sooner = _bound_later(start, transitions, transition, doc, gate)
            if sooner is not None:
                sooner.rests = rests
                return sooner
    else:
        gate = _undecided(readings, evidence, missing, doc, as_of)
    gate.silent = tuple(silent)
    gate.rests = rests
    return gate


def _bound_later(
    start: date | None,
    transitions: tuple[Transition, ...],
    relied: Transition,
    doc: ContractDoc,
    gate: Gate,
) -> Gate | None:
    """A duty the assessment date's terms defer by the transition ``relied`` (past the
    contract's term, or to a day after the assessment date), when a later period of terms
    within the term no longer meets its condition (e.g. an amendment that redesigns a
    legacy system, Art. 111(2) of the AI Act): the gate of the first day on which the
    terms then in force make the duty bind, read with the law of that period's first day;
    None when no period does so sooner. A period whose conditions leave the first day
    open is not read (the assessment date's reading stands)."""
    bound = gate.start if gate.res is not None and gate.res[0] == TRUE else None
    periods = doc.later
    for index, (first, tree) in enumerate(periods):
        if bound is not None and first >= bound:
            break
        _, end = term_end_of(tree)
        if end is not None and first > end:
            break  # the contract has ended by then
        ctx = Ctx(first)
        readings, _, _, error = _readings(start, transitions, tree, ctx, [])
        if error is not None or len(readings) != 1 or readings[0][0] is None:
            continue
        own, transition = readings[0]
        assert own is not None
        day = max(own, first)
        following = periods[index + 1][0] if index + 1 < len(periods) else None
        if (following is not None and day >= following) or (end is not None and day > end):
            continue
        if bound is not None and day >= bound:
            continue
        value, left_by, _ = relied.when.evaluate(ctx, tree, "")
        if value != FALSE:
            continue
        sooner = Gate((TRUE, left_by, ()), "", day, transition)
        sooner.left = relied
        return sooner
    return None


def _readings(
    start: date | None,
    transitions: tuple[Transition, ...],
    facts: FObj,
    ctx: Ctx,
    silent: list[Transition],
    ruled_out: list[Evidence] | None = None,
) -> tuple[
    list[tuple[date | None, Transition | None]],
    tuple[Evidence, ...],
    tuple[Missing, ...],
    Res | None,
]:
    """The first days left possible (with the transition that gives each; None: the rule's
    own), the evidence of the conditions that decide, the facts the unknown ones miss, and
    an error result if a condition errs. A transition whose condition is unknown while the
    contract states none of the facts that invoke it is not a reading: it goes to
    ``silent``. The evidence of the conditions that do not hold goes to ``ruled_out``."""
    readings: list[tuple[date | None, Transition | None]] = []
    evidence: list[Evidence] = []
    missing: list[Missing] = []
    for transition in transitions:
        value, found, lacking = transition.when.evaluate(ctx, facts, "")
        if value == ERROR:
            return [], (), (), (ERROR, found, lacking)
        if value == FALSE:
            if ruled_out is not None:
                ruled_out.extend(found)
            continue
        if value == UNKNOWN and not transition.invoked(facts):
            silent.append(transition)  # not relied on: the contract states none of its facts
            continue
        readings.append((transition.start, transition))
        if value == TRUE:
            evidence.extend(found)
            return readings, tuple(evidence), tuple(missing), None
        evidence.extend(found)
        missing.extend(lacking)
    readings.append((start, None))
    return readings, tuple(evidence), tuple(missing), None


def _undecided(
    readings: list[tuple[date | None, Transition | None]],
    evidence: tuple[Evidence, ...],
    missing: tuple[Missing, ...],
    doc: ContractDoc,
    as_of: date,
) -> Gate:
    """The gate when a condition left several first days possible: decided when every
    reading gives the same value (in force counts as true), else unknown with what the
    conditions miss."""
    gates = [start_gate(first, doc, as_of, transition)[0] for first, transition in readings]
    values = {TRUE if res is None else res[0] for res in gates}
    possible = tuple(readings)
    later = _earliest_later(readings, as_of)
    decided = [res for res in gates if res is not None]
    found = tuple(item for res in decided for item in res[1])
    if not decided:
        gate = Gate(None, "", later, None, possible)
    elif values == {TRUE}:
        gate = Gate((TRUE, found, ()), "", later, None, possible)
    elif values == {FALSE}:
        return Gate((FALSE, found, ()), _each_after_term(readings, doc), later, None, possible)
    else:
        lacking = tuple(item for res in decided for item in res[2])
        return Gate((UNKNOWN, found + evidence, missing + lacking), "", later, None, possible)
    gate.open = missing  # each reading is read on its own terms (evaluate._each_first_day)
    return gate


def _earliest_later(
    readings: list[tuple[date | None, Transition | None]], as_of: date
) -> date | None:
    """When no reading is in force yet: the earliest first day (the duty applies from it at
    the earliest); else None."""
    days = [first for first, _ in readings if first is not None and as_of < first]
    return min(days) if len(days) == len(readings) else None


def _each_after_term(
    readings: list[tuple[date | None, Transition | None]], doc: ContractDoc
) -> str:
    """Why a duty does not bind whichever first day applies."""
    _, end = term_end(doc)
    each = ", ".join(sorted({first.isoformat() for first, _ in readings if first}))
    cites = "; ".join(transition.cite() for _, transition in readings if transition)
    return (
        f"the duty applies from one of {each} (which one depends on facts the contract "
        f"does not state: {cites}), each after the contract's term ends on "
        f"{end.isoformat() if end else 'an unstated day'}"
    )


def date_notes(result: Result, effective: dict[str, Any], gate: Gate, as_of: date) -> None:
    """A dated rule's message and dates: why it does not apply, when its duty ended, from
    when it applies, and which first day a transition gave it (or that a condition left it
    open)."""
    status = result.status
    if status == NOT_APPLICABLE and gate.reason:
        result.message = gate.reason
        if effective.get("until") and "ended" in gate.reason:
            result.applies_until = date.fromisoformat(effective["until"])
    start = gate.start
    if start and as_of < start:
        result.applies_from = start
        if status != NOT_APPLICABLE:
            result.notes.append(
                f"applies from {start.isoformat()}: not yet in force on {as_of.isoformat()}"
            )
    if status != NOT_APPLICABLE:
        if gate.left is not None and start is not None:
            result.notes.append(
                f"binds the contract from {start.isoformat()}: the terms in force from then "
                f"no longer meet {gate.left.says()}, which defers the duty on the terms in "
                f"force on {as_of.isoformat()}"
            )
        result.notes.extend(_transition_notes(effective, gate, as_of))


def _transition_notes(effective: dict[str, Any], gate: Gate, as_of: date) -> list[str]:
    """Which first day a transition gave the duty, or that a condition left it open (when
    the day matters on the assessment date)."""
    transition = gate.transition
    default = date.fromisoformat(effective["from"]) if effective.get("from") else None
    notes = []
    if transition is not None and (
        as_of < transition.start or (default is not None and as_of < default)
    ):
        instead = f", not {default.isoformat()}," if default else ""
        notes.append(
            f"the duty applies from {transition.start.isoformat()}{instead} under "
            f"{transition.says()}"
        )
    notes.extend(_silent_note(t, default) for t in gate.silent if as_of < t.start)
    later = any(first is not None and as_of < first for first, _ in gate.readings)
    if len(gate.readings) > 1 and later:
        days = "; ".join(_reading(first, other) for first, other in gate.readings)
        notes.append(
            f"the day the duty applies from depends on facts the contract does not state: {days}"
        )
    return notes


@lru_cache(maxsize=1024)
def _silent_note(transition: Transition, default: date | None) -> str:
    """The note on a transitional provision the contract does not rely on (the same for
    every contract of a run: made once per rule)."""
    return (
        f"the contract does not state {_either(transition.invoked_by)}, so no transitional "
        f"provision is relied on and the duty applies from {_own_day(default)} (under "
        f"{transition.says()}, it would apply from {transition.start.isoformat()} where the "
        "contract shows that)"
    )


def _either(paths: tuple[str, ...]) -> str:
    return paths[0] if len(paths) == 1 else ", ".join(paths[:-1]) + " or " + paths[-1]


def _own_day(default: date | None) -> str:
    return default.isoformat() if default is not None else "its own first day"


def _reading(start: date | None, transition: Transition | None) -> str:
    day = start.isoformat() if start else "no date"
    if transition is None:
        return f"otherwise from {day}"
    return f"from {day} under {transition.says()}"


__all__ = ["AsOfNode", "Gate", "Transition", "date_gate", "date_notes", "start_gate", "term_end"]
