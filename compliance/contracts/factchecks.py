"""Checks and notes on a contract's merged facts: a term that ends before it starts, an
operator that names no party, the term not yet (or no longer) running on the assessment
date, and the values of replaced terms kept as superseded."""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance.core.errors import InputError
from compliance.facts import table as factschema
from compliance.facts.tree import FObj, build, plain_value


def note_replaced(merged: FObj, terms: list[Any], timeline: Any, day: date, name: str) -> None:
    """Keep the values of terms replaced as a whole on ``day`` as ``superseded`` where a
    term in force states the same fact differently (so reports still show them)."""
    from compliance.facts.tree import FLeaf, FList, FNode, FUnspec

    table = factschema.table()
    facts_kind = factschema.Kind(factschema.OBJECT)

    def key_of(item: FNode) -> Any:
        if isinstance(item, FObj):
            ident = item.fields.get("id")
            return ident.value if isinstance(ident, FLeaf) else None
        return None

    def walk(current: FNode, old: FNode) -> None:
        if isinstance(current, FObj) and isinstance(old, FObj):
            for key, child in old.fields.items():
                if key in current.fields:
                    walk(current.fields[key], child)
        elif isinstance(current, FList) and isinstance(old, FList):
            index = {key_of(item): item for item in current.items if key_of(item) is not None}
            for item in old.items:
                match = index.get(key_of(item)) if key_of(item) is not None else None
                if match is not None:
                    walk(match, item)
        elif (
            isinstance(current, FLeaf | FUnspec)
            and isinstance(old, FLeaf | FUnspec)
            and plain_value(current) != plain_value(old)
        ):
            current.superseded.append((plain_value(old), old.prov, old.line))

    for term in terms:
        if term.facts is None or not term.within(day) or timeline.in_force(term.ref, day):
            continue
        try:
            tree = build(term.facts, facts_kind, "", term.prov, table)
        except InputError as exc:
            raise exc.located(name) from None
        walk(merged, tree)


#: What a contract status says of the terms a description states, for its note.
_STATUS_NOTES = {
    "exploratory": "talks only, nothing agreed",
    "negotiating": "its terms are under negotiation, not agreed",
    "suspended": "it is in force, but performance is suspended",
    "expired": "its term has ended",
    "terminated": "a party has ended it",
}


def status_notes(facts: FObj) -> list[str]:
    """A note when the contract's status says its terms are not (or no longer) agreed and
    performed: the verdicts read them as the description states them, as they would bind."""
    from compliance.facts.tree import FLeaf

    status = facts.fields.get("status")
    if not isinstance(status, FLeaf) or status.value not in _STATUS_NOTES:
        return []
    return [
        f"the contract's status is {status.value} (status, line {status.line}): "
        f"{_STATUS_NOTES[status.value]}; the verdicts read the terms this description "
        "states as they would bind"
    ]


def term_notes(facts: FObj, day: date) -> list[str]:
    """Notes when the contract's term has not started or has ended on ``day``."""
    from compliance.facts.tree import FLeaf

    term = facts.fields.get("term")
    if not isinstance(term, FObj):
        return []
    out = []
    start, end = term.fields.get("start"), term.fields.get("end")
    when = day.isoformat()
    if isinstance(start, FLeaf) and isinstance(start.value, date) and day < start.value:
        out.append(
            f"the contract's term starts on {start.value.isoformat()}, after the assessment "
            f"date {when}: the contract is not in force yet (term.start, line {start.line})"
        )
    if isinstance(end, FLeaf) and isinstance(end.value, date) and end.value < day:
        out.append(
            f"the contract's term ended on {end.value.isoformat()}, before the assessment "
            f"date {when}: the contract is no longer in force (term.end, line {end.line})"
        )
    return out


def check_term(facts: FObj, name: str) -> None:
    """A term that ends before it starts is an error (in whichever statements set them)."""
    from compliance.facts.tree import FLeaf

    term = facts.fields.get("term")
    if not isinstance(term, FObj):
        return
    start, end = term.fields.get("start"), term.fields.get("end")
    if not (isinstance(start, FLeaf) and isinstance(end, FLeaf)):
        return
    if isinstance(start.value, date) and isinstance(end.value, date) and end.value < start.value:
        raise InputError(
            f"term.end {end.value.isoformat()} is before term.start {start.value.isoformat()} "
            f"(line {start.line})",
            file=name,
            line=end.line,
            col=end.col,
        )


#: Facts whose value is a party's id: a site's or network's operator, a transfer's recipient.
_PARTY_REFS = frozenset({"operator", "recipient"})


def check_party_refs(facts: FObj, name: str, terms: Any = ()) -> None:
    """Fields that name a party (operator, a transfer's recipient, who signed a term and
    whose signature a modification needs) must name one of the parties, when the contract
    lists its parties in full."""
    from compliance.facts.tree import FLeaf, FList

    parties = facts.fields.get("parties")
    known = set()
    if not isinstance(parties, FList) or parties.open:
        return  # an open (or unstated) list of parties may hold the one named
    if isinstance(parties, FList):
        for item in parties.items:
            if isinstance(item, FObj) and isinstance(item.fields.get("id"), FLeaf):
                known.add(item.fields["id"].value)  # type: ignore[union-attr]

    def unknown(what: str, value: Any, node: Any) -> InputError:
        return InputError(
            f"{what} {value!r} is not the id of a party "
            f"(parties: {', '.join(sorted(known)) or 'none'})",
            file=name,
            line=node.line,
            col=node.col,
        )

    for term in terms:
        if term.signed_by is None:
            continue
        for ref in term.signed_by:
            if ref not in known:
                raise unknown(f"{term.label}: signed_by", ref, term.node.get("signed_by"))

    def walk(node: Any) -> None:
        if isinstance(node, FObj):
            for key, child in node.fields.items():
                if key in _PARTY_REFS and isinstance(child, FLeaf) and child.value not in known:
                    raise unknown(key, child.value, child)
                if key == "modifications_signed_by" and isinstance(child, FList):
                    for item in child.items:
                        if isinstance(item, FLeaf) and item.value not in known:
                            raise unknown("grants.modifications_signed_by", item.value, item)
                walk(child)
        elif isinstance(node, FList):
            for item in node.items:
                walk(item)

    walk(facts)


#: Bans on what the vendor does, not on the uses the contract grants the customer: stated
#: beside a grant limited only by law, they do not contradict it.
_VENDOR_BANS = frozenset({"training_on_customer_data"})

#: Conditions under which a ban applies only as far as the law (or the customer's own
#: policy) requires: such a ban adds no limit to the grant beyond the law.
_LAW_BOUND = frozenset({"where-law-or-policy-requires", "as-required-by-applicable-law"})


def grant_warnings(facts: FObj, name: str) -> list[str]:
    """A warning for each ban a contract term states (``restrictions.<r>.prohibited: true``)
    beside a term stating that the law is the only limit on the uses the contract grants
    (``grants.limited_only_by_law: true``): a ban on a use the customer is granted limits
    the grant beyond the law, so the two terms contradict each other. Not an error: which
    term the parties meant is for the reader (a term that adds a restriction states the
    grant fact false and prevails). A ban stated to apply only as far as law or policy
    requires adds nothing to the law, and a ban on what the vendor does (training on
    customer data) does not limit the customer's uses: neither is warned about. What only
    a source that is not a contract term states (a press report) is not the contract
    contradicting itself."""
    from compliance.facts.tree import FLeaf, is_bound

    grants = facts.fields.get("grants")
    restrictions = facts.fields.get("restrictions")
    if not isinstance(grants, FObj) or not isinstance(restrictions, FObj):
        return []
    grant = grants.fields.get("limited_only_by_law")
    if not isinstance(grant, FLeaf) or grant.value is not True or not is_bound(grant):
        return []
    out = []
    for key, ban in restrictions.fields.items():
        if key in _VENDOR_BANS or not isinstance(ban, FObj):
            continue
        prohibited = ban.fields.get("prohibited")
        condition = ban.fields.get("condition")
        if not isinstance(prohibited, FLeaf) or prohibited.value is not True:
            continue
        if not is_bound(prohibited):
            continue
        if isinstance(condition, FLeaf) and condition.value in _LAW_BOUND:
            continue
        out.append(
            f"{name}:{grant.line}:{grant.col}: warning: {grant.prov.label()} (line "
            f"{grant.line}) states that no term restricts the uses the contract grants "
            f"beyond the law (grants.limited_only_by_law: true), but "
            f"{prohibited.prov.label()} (line {prohibited.line}) prohibits a use "
            f"(restrictions.{key}.prohibited): the contract contradicts itself; if the "
            "ban binds, the grant is limited by more than the law (state "
            "grants.limited_only_by_law: false)"
        )
    return out
