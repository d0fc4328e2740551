"""Terms in time and rank: which clauses and sources state facts on the assessment date.

Each clause and source of a contract description is a *term* with a validity in time:
``effective`` (its first day) and ``expires`` (its last day, inclusive, as a waiver's
``expires`` and the contract's ``term.end``). On a date it is

* **in force** when ``effective <= date <= expires`` (a missing bound is open) and no term
  in force on that date ``replaces`` it (directly or through a chain of replacements);
* **not yet effective** before its ``effective`` date, **expired** after its ``expires``
  date, and **replaced** while a term that replaces it is in force.

A term may take effect, or lapse, on an event whose day is not known (``effective_on``,
``expires_on``: accreditation of the system, ratification, the customer's notice). Until the
description gives the day (``effective``, ``expires``), the term is *conditional*: it may or
may not be in force. :func:`compliance.contracts.load.build_contract` merges the facts both
with it and without it, and a fact the two readings state differently is open (see
:mod:`compliance.contracts.conditions`). Where the description states the last day the event
is known not to have taken place (``effective_on_pending_through``,
``expires_on_pending_through``: a fact about the world, like ``effective``), the term is not
yet in force (or has not lapsed) on that day and before, in every reading, and conditional
only after it.

Only terms in force state facts (:func:`compliance.contracts.load.build_contract` merges only
theirs); what a term that is not in force would prevail over or replace still stands.

Rank: sources that are not contract terms (a public statement, a press report, an official
record, another source) can never prevail over or replace contract terms (a clause, an
annex, an amendment, a side letter, an incorporated usage policy, a statement of work).

A source the contract disowns on a date (named in ``grants.sources_not_binding``, or a
usage policy where ``grants.usage_policy_applies`` is false, by the top level or a contract
term in force on that date) is no contract term on that date: it replaces nothing, so the
terms it names in ``replaces`` stay in force. A disowned source cannot lift its own
disowning: a term that disowns a source stays in force against that source's ``replaces``.
A source that names itself in ``grants.sources_not_binding`` (a memorandum "not legally
binding") disowns itself: see :func:`self_disowned`.

Signatures: where the contract requires a modification to be signed by named parties
(``grants.modifications_signed_by``), a clause or source whose signatories are stated
(``signed_by``) and lack one of them binds no one, and one whose signatories are stated
only in part is in force only on the condition that it was signed; where it requires no
form, an amendment or side letter whose signatories lack a contracting party is in force
only on the condition that that party assented: see :func:`signatures`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from compliance.core.errors import InputError
from compliance.core.records import field, record, replace
from compliance.document.nodes import Mapping, Node, Scalar, Sequence
from compliance.facts.tree import UNSPECIFIED, Prov
from compliance.facts.vocabulary import CONTRACT_SOURCE_KINDS

IN_FORCE = "in-force"
NOT_YET = "not-yet-effective"
EXPIRED = "expired"
REPLACED = "replaced"
#: In force only if an event whose day is not known has taken place (or has not).
CONDITIONAL = "conditional"
#: The states of a term on a date, in the order explain lists them.
STATES = (IN_FORCE, NOT_YET, EXPIRED, REPLACED, CONDITIONAL)


@record
class Term:
    """A clause or source as a term of the contract: its validity in time, what it prevails
    over and what it replaces, and the facts it states."""

    ref: str
    prov: Prov
    node: Mapping
    facts: Mapping | None
    effective: date | None = None
    expires: date | None = None
    prevails_over: list[str] = field(default_factory=list)
    replaces: list[str] = field(default_factory=list)
    #: The event it takes effect on, and the event it lapses on, where the description
    #: names one (with ``effective`` or ``expires``, the day the event took place).
    effective_on: str | None = None
    expires_on: str | None = None
    #: The last day the event is known not to have taken place, where the description
    #: says (``effective_on_pending_through``, ``expires_on_pending_through``).
    effective_pending: date | None = None
    expires_pending: date | None = None
    #: Who signed it, where the description says (``signed_by``): the party ids, and
    #: whether the list is complete. None: not stated.
    signed_by: list[str] | None = None
    signed_complete: bool = False
    #: The parties whose signature the contract requires (``grants.modifications_signed_by``)
    #: and that ``signed_by`` does not name, and the term that requires them (its label):
    #: set by :func:`signatures`.
    lacking: list[str] = field(default_factory=list)
    required_by: str | None = None
    #: Set by :func:`signatures` where the contract requires no signatures: ``lacking``
    #: then names the contracting parties that did not sign this amendment or side letter,
    #: whose assent a variation needs but may have been given otherwise than by signing.
    assent_unknown: bool = False

    @property
    def label(self) -> str:
        return self.prov.label()

    @property
    def start_unknown(self) -> bool:
        """Whether it takes effect on an event not shown to have taken place."""
        return self.effective_on is not None and self.effective is None

    @property
    def end_unknown(self) -> bool:
        """Whether it lapses on an event not shown not to have taken place, nor dated."""
        return self.expires_on is not None and self.expires is None

    def pending_start(self, day: date) -> bool:
        """Whether its start event is known not to have taken place by ``day``: it is not
        yet in force on ``day``, whatever the readings of its condition."""
        return (
            self.start_unknown
            and self.effective_pending is not None
            and day <= self.effective_pending
        )

    def pending_end(self, day: date) -> bool:
        """Whether its lapse event is known not to have taken place by ``day``: it has not
        lapsed on ``day``, whatever the readings of its condition."""
        return self.end_unknown and self.expires_pending is not None and day <= self.expires_pending

    def open_on(self, day: date) -> bool:
        """Whether its event (or a signature) leaves open on ``day`` whether it binds."""
        return (
            (self.start_unknown and not self.pending_start(day))
            or (self.end_unknown and not self.pending_end(day))
            or self.signature_unknown
        )

    @property
    def unsigned(self) -> bool:
        """Whether it lacks a signature the contract requires, its signatories stated in
        full: it binds no one."""
        return bool(self.lacking) and self.signed_complete and not self.assent_unknown

    @property
    def signature_unknown(self) -> bool:
        """Whether a signature the contract requires is not shown, its signatories stated
        only in part: it binds only if that party signed it, which is not known."""
        return bool(self.lacking) and (not self.signed_complete or self.assent_unknown)

    @property
    def conditional(self) -> bool:
        """Whether it is in force only if an event whose day is not known took place (or
        did not), or only if a party not shown to have signed it did: it may or may not be
        in force, whatever the date."""
        return self.start_unknown or self.end_unknown or self.signature_unknown

    @property
    def signers_wanted(self) -> str:
        """The required signatures it lacks, in words ("the signature of 'dod', which clause
        31 requires")."""
        who = " and ".join(repr(ref) for ref in self.lacking)
        plural = "s" if len(self.lacking) > 1 else ""
        return f"the signature{plural} of {who}, which {self.required_by} requires"

    @property
    def condition(self) -> str:
        """The condition in words ("takes effect upon ..., lapses upon ...")."""
        parts = []
        if self.signature_unknown and self.assent_unknown:
            who = " and ".join(repr(ref) for ref in self.lacking)
            signers = " and ".join(repr(ref) for ref in self.signed_by or []) or "no party"
            parts.append(
                f"binds only if {who} assented to it: it is signed by {signers} alone, and "
                "a variation binds only with the assent of both parties (no term requires "
                "it in signed form, so the assent may have been given otherwise)"
            )
        elif self.signature_unknown:
            who = " and ".join(repr(ref) for ref in self.lacking)
            parts.append(
                f"binds only if {who} signed it, as {self.required_by} requires for a "
                "modification to bind (its signatories are stated only in part)"
            )
        if self.start_unknown:
            parts.append(f"takes effect upon {self.effective_on}")
        if self.end_unknown:
            parts.append(f"lapses upon {self.expires_on}")
        return " and ".join(parts)

    @property
    def event(self) -> str:
        """The events in words, for a question ("accreditation of the system")."""
        events = []
        if self.start_unknown and self.effective_on:
            events.append(self.effective_on)
        if self.end_unknown and self.expires_on:
            events.append(self.expires_on)
        if self.signature_unknown:
            what = "assent of " if self.assent_unknown else "signature by "
            events.append(what + " and ".join(repr(r) for r in self.lacking))
        return "; ".join(events)

    @property
    def binding(self) -> bool:
        """Whether the term is contract terms (and so may change contract terms)."""
        return self.prov.kind in CONTRACT_SOURCE_KINDS

    def within(self, day: date) -> bool:
        """Whether ``day`` is within the term's own dates (replacement aside): a term whose
        start event is known not to have taken place by ``day`` is not."""
        return (
            (self.effective is None or self.effective <= day)
            and (self.expires is None or day <= self.expires)
            and not self.pending_start(day)
        )

    @property
    def pending_words(self) -> str:
        """What the description says had not taken place, and by when ("accreditation ...,
        which had not taken place by 2028-06-01")."""
        parts = []
        if self.start_unknown and self.effective_pending is not None:
            parts.append(
                f"takes effect upon {self.effective_on}, which had not taken place by "
                f"{self.effective_pending.isoformat()}"
            )
        if self.end_unknown and self.expires_pending is not None:
            parts.append(
                f"lapses upon {self.expires_on}, which had not taken place by "
                f"{self.expires_pending.isoformat()}"
            )
        return " and ".join(parts)


@record
class TermState:
    """A term's state on the assessment date, and why."""

    ref: str
    label: str
    kind: str
    state: str
    reason: str
    line: int
    effective: date | None = None
    expires: date | None = None
    #: The terms in force that replace it (state ``replaced``).
    replaced_by: list[str] = field(default_factory=list)
    #: The condition it is in force on, where its day is not known (state ``conditional``).
    condition: str | None = None
    #: Whether it lacks a signature the contract requires (it binds no one).
    unsigned: bool = False

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.ref,
            "kind": self.kind,
            "state": self.state,
            "reason": self.reason,
            "line": self.line,
            "effective": self.effective.isoformat() if self.effective else None,
            "expires": self.expires.isoformat() if self.expires else None,
            "replaced_by": list(self.replaced_by),
        }
        if self.condition is not None:
            out["condition"] = self.condition
        if self.unsigned:
            out["unsigned"] = True
        return out


def closure(relation: dict[str, set[str]]) -> dict[str, set[str]]:
    """The transitive closure of a relation (ref -> refs)."""
    out = {ref: set(targets) for ref, targets in relation.items()}
    changed = True
    while changed:
        changed = False
        for targets in out.values():
            extra: set[str] = set()
            for target in targets:
                extra |= out.get(target, set())
            if not extra <= targets:
                targets |= extra
                changed = True
    return out


USAGE_POLICY = "usage-policy"
NOT_BINDING = "sources_not_binding"


def sources_not_binding(statements: Iterable[Mapping]) -> list[tuple[str, Node]]:
    """The source ids (with their nodes) that ``statements`` name in
    ``grants.sources_not_binding``: the contract says those sources do not bind, so what
    they state is not contract terms (an annex "for information only" binds no one)."""
    found: list[tuple[str, Node]] = []
    for facts in statements:
        grants = facts.get("grants")
        node = grants.get(NOT_BINDING) if isinstance(grants, Mapping) else None
        if isinstance(node, Mapping):
            node = node.get("items")
        if isinstance(node, Sequence):
            found.extend((str(x.value), x) for x in node.items if isinstance(x, Scalar))
    return found


def usage_policy_disowned(statements: Iterable[Mapping]) -> bool:
    """Whether one of ``statements`` says ``grants.usage_policy_applies: false``: the
    contract then says that the usage policy does not bind (a policy that is not
    incorporated binds no one). Or ``unspecified`` (the whole of ``grants`` too): the
    contract leaves open whether the policy binds, and a term not shown to bind decides
    no verdict, so the policy is read as a source that is not contract terms, its facts
    set aside with a note (a ban in it passes nothing, as a press report's would not)."""
    for facts in statements:
        grants = facts.get("grants")
        if isinstance(grants, Scalar) and grants.value == UNSPECIFIED:
            return True
        value = grants.get("usage_policy_applies") if isinstance(grants, Mapping) else None
        if isinstance(value, Scalar) and (value.value is False or value.value == UNSPECIFIED):
            return True
    return False


def _prevailed(term: Term, key: str, terms: list[Term], outranks: dict[str, set[str]]) -> bool:
    """Whether a contract term of ``terms`` that prevails over ``term`` (directly or through
    a chain) states ``grants.<key>`` too, definitely: the merged value is then that term's,
    and what ``term`` says of it does not count (an amendment that re-incorporates the usage policy
    a clause disowned, and prevails over that clause, ends the disowning)."""
    for other in terms:
        if other is term or term.ref not in outranks.get(other.ref, ()):
            continue
        if other.facts is None or not other.prov.contract_term:
            continue
        grants = other.facts.get("grants")
        if isinstance(grants, Mapping) and _definite(grants.get(key)):
            return True
    return False


def _definite(node: Node | None) -> bool:
    """Whether a statement of ``grants.usage_policy_applies`` or ``grants.sources_not_binding``
    says something definite: true or false, or a complete list. ``unspecified`` or an open
    list leaves open what binds, so it does not set aside a statement that disowns."""
    if isinstance(node, Scalar):
        return isinstance(node.value, bool)
    if isinstance(node, Mapping):
        complete = node.get("complete")
        return isinstance(complete, Scalar) and complete.value is True
    return False


def disowned(
    top: Mapping | None,
    terms: Iterable[Term],
    among: Iterable[Term],
    outranks: dict[str, set[str]] | None = None,
) -> set[str]:
    """The refs of the terms ``among`` (each a candidate) that the top level or the contract
    terms of ``terms`` (the caller's choice: those in force) disown: sources named in
    ``grants.sources_not_binding``, and usage policies where a statement that is not itself
    a usage policy says ``grants.usage_policy_applies: false``. With ``outranks`` (what each
    term prevails over or replaces, closed), a statement that a term of ``terms`` prevailing
    over it restates does not count: the prevailing term's value is the contract's."""
    terms = list(terms)
    ranks = outranks or {}

    def counts(term: Term, key: str) -> bool:
        return not ranks or not _prevailed(term, key, terms, ranks)

    stating = [
        t.facts
        for t in terms
        if t.facts is not None and t.prov.contract_term and counts(t, NOT_BINDING)
    ]
    others = [
        t.facts
        for t in terms
        if t.facts is not None
        and t.prov.contract_term
        and t.prov.kind != USAGE_POLICY
        and counts(t, "usage_policy_applies")
    ]
    head = [top] if top is not None else []
    candidates = {t.ref: t for t in among}
    named = {ref for ref, _ in sources_not_binding(head + stating) if ref in candidates}
    if usage_policy_disowned(head + others):
        named |= {ref for ref, t in candidates.items() if t.prov.kind == USAGE_POLICY}
    return named


def self_disowned(
    among: list[Term], outranks: dict[str, set[str]], terms: list[Term] | None = None
) -> frozenset[str]:
    """The refs of the sources ``among`` that name themselves in
    ``grants.sources_not_binding``: a memorandum "not legally binding", a letter of intent
    "subject to contract". A document whose own words deny any intention to create legal
    relations binds no one (Rose and Frank Co v J R Crompton and Bros Ltd [1925] AC 445, HL:
    the "honourable pledge" clause), whatever the kind its describer gave it; unlike the
    disowning of another source, this one needs no other term to say so, and a disowned
    source's statement about itself still counts (it takes away, never adds, a binding
    term). A contract term of ``terms`` (default: ``among``) that prevails over the source
    and states ``grants.sources_not_binding`` definitely (an amendment that incorporates
    the memorandum) ends it, as it ends any disowning."""
    others = among if terms is None else terms
    found: set[str] = set()
    for term in among:
        if term.facts is None or not term.prov.contract_term:
            continue
        if term.ref not in {ref for ref, _ in sources_not_binding([term.facts])}:
            continue
        if _prevailed(term, NOT_BINDING, others, outranks):
            continue
        found.add(term.ref)
    return frozenset(found)


REQUIRED = "modifications_signed_by"
_BARE = {"replaces": "replace", "prevails over": "prevail over"}


def _party_ids(node: Node | None) -> list[str]:
    """The ids a fact list of party ids names (``[a, b]`` or ``{items: [...]}``)."""
    if isinstance(node, Mapping):
        node = node.get("items")
    if isinstance(node, Sequence):
        return [str(x.value) for x in node.items if isinstance(x, Scalar)]
    return []


def signatures(top: Mapping | None, terms: list[Term], day: date) -> list[Term]:
    """``terms``, each that lacks a signature the contract requires marked so
    (:attr:`Term.lacking`).

    The requirement is ``grants.modifications_signed_by``, stated by the top level or a
    contract term within its dates on ``day``: the parties whose signatures a modification
    needs ("may be modified only by a written modification signed by the Contracting
    Officer and the Contractor"). It applies to every contract term whose signatories the
    description states (``signed_by``), except a usage policy (it binds through the term
    that incorporates it, not by its own signatures); a term is not held to a requirement
    it states itself (the contract's own clause is not a modification of itself), only to
    one another term or the top level states.

    A term whose signatories are stated in full and lack a required one binds no one
    (:attr:`Term.unsigned`: :class:`Timeline` disowns it), not even the party that signed
    it. A no-oral-modification clause is effective: the parties bound themselves to its
    formalities, and a variation not made in them is invalid, not one-sided (Rock
    Advertising Ltd v MWB Business Exchange Centres Ltd [2018] UKSC 24, paras 11-15; only
    an estoppel, on words or conduct unequivocally representing that the variation was
    valid notwithstanding its informality, and more than the informal promise itself, could
    hold a party to it: para 16, facts the description does not state). A variation is a
    contract, made only by the assent of both parties, so a letter from one party cannot
    impose a restriction on the other's use (offer and acceptance): a restriction on the
    customer's use needs the customer's signature. In a US federal contract only a
    contracting officer acting within the scope of their authority may execute a
    modification (FAR 43.102(a)), and a bilateral modification is signed by the contractor
    and the contracting officer (FAR 43.103(a)). What the signer promises of its own
    conduct may still bind it by other means (a unilateral undertaking, an estoppel); the
    tool reads no such promise as a term, so no verdict rests on it: a verdict that promise
    would decide is unknown or fails, and never passes on it.

    A term whose signatories are stated only in part (an open list, or ``unspecified``)
    and do not name a required party may or may not bind: it is conditional
    (:attr:`Term.signature_unknown`), read both ways like a term on an event whose day is
    not known, and a verdict that differs between the readings is unknown. A term whose
    signatories are not stated keeps its reading: silence about signatures is no evidence
    that one is missing.

    Where the contract requires no form (no ``grants.modifications_signed_by`` that names a
    party), a variation is still a contract, made only by the assent of both contracting
    parties (offer and acceptance; UNIDROIT Principles 2016, Arts 2.1.1, 3.1.2), but that
    assent may be given otherwise than by signing (UNIDROIT Art. 1.2: no form required), so
    an amendment or side letter whose stated signatories lack the customer or the provider
    (a party of the top-level ``parties`` with that role) is not shown to bind, nor shown
    not to: it is conditional on that party's assent (:attr:`Term.assent_unknown`), read
    both ways, and a verdict that differs between the readings is unknown. A letter from
    the vendor alone that restricts the customer's use therefore passes no rule, nor does
    one that relaxes what the vendor owes fail one."""
    if not any(t.signed_by is not None for t in terms):
        return terms
    stating: list[tuple[Term | None, Mapping]] = [] if top is None else [(None, top)]
    stating += [
        (t, t.facts)
        for t in terms
        if t.facts is not None and t.prov.contract_term and t.within(day)
    ]
    #: (the stating term's ref, or None for the top level; its label; the party ids).
    required: list[tuple[str | None, str, list[str]]] = []
    for term, facts in stating:
        grants = facts.get("grants")
        node = grants.get(REQUIRED) if isinstance(grants, Mapping) else None
        ids = _party_ids(node) if node is not None else []
        if ids:
            label = "the contract" if term is None else term.label
            required.append((None if term is None else term.ref, label, ids))
    if not required:
        return _assent(top, terms)
    out = []
    for term in terms:
        if term.signed_by is not None and term.binding and term.prov.kind != USAGE_POLICY:
            # A term is not a modification of itself: what it requires binds later ones.
            lacking: dict[str, set[str]] = {}
            for ref, label, ids in required:
                if ref == term.ref:
                    continue
                for party in ids:
                    if party not in term.signed_by:
                        lacking.setdefault(party, set()).add(label)
            if lacking:
                by = sorted(set().union(*lacking.values()))
                term = replace(term, lacking=list(lacking), required_by=" and ".join(by))
        out.append(term)
    return out


#: The kinds of source that vary the contract, and need both parties' assent to bind.
VARIATIONS = ("amendment", "side-letter")
#: The roles of the contracting parties, whose assent a variation needs.
CONTRACTING = ("customer", "provider")


def _contracting_parties(top: Mapping | None) -> list[str]:
    """The ids of the parties to the contract, whose assent a variation needs: those the
    top level says are (``parties[*].contracting``: true, or ``unspecified``: perhaps), and
    where it says nothing of a party, those with a contracting role (customer or provider).
    A party it says is not one (``contracting: false``, e.g. the model's developer behind
    an integrator) need not sign."""
    parties = top.get("parties") if top is not None else None
    if isinstance(parties, Mapping):
        parties = parties.get("items")
    out: list[str] = []
    if not isinstance(parties, Sequence):
        return out
    for item in parties.items:
        if not isinstance(item, Mapping):
            continue
        ident = item.get("id")
        roles = item.get("roles")
        if isinstance(roles, Mapping):
            roles = roles.get("items")
        named = (
            {str(r.value) for r in roles.items if isinstance(r, Scalar)}
            if isinstance(roles, Sequence)
            else set()
        )
        if not isinstance(ident, Scalar):
            continue
        stated = item.get("contracting")
        if isinstance(stated, Scalar) and (stated.value is True or stated.value == UNSPECIFIED):
            out.append(str(ident.value))
        elif isinstance(stated, Scalar) and stated.value is False:
            continue
        elif named & set(CONTRACTING):
            out.append(str(ident.value))
    return out


def _assent(top: Mapping | None, terms: list[Term]) -> list[Term]:
    """:func:`signatures` where the contract requires no form: each amendment or side
    letter whose stated signatories lack a contracting party marked conditional on that
    party's assent (:attr:`Term.assent_unknown`)."""
    parties = _contracting_parties(top)
    if not parties:
        return terms
    out = []
    for term in terms:
        if term.signed_by is not None and term.prov.kind in VARIATIONS:
            lacking = [party for party in parties if party not in term.signed_by]
            if lacking:
                term = replace(
                    term,
                    lacking=lacking,
                    required_by="a variation of the contract",
                    assent_unknown=True,
                )
        out.append(term)
    return out


class Timeline:
    """The terms of one contract and which of them are in force on a date.

    ``top`` is the description's top-level statement: with it, a source that the contract
    disowns on a date replaces nothing on that date (see :meth:`disowned`)."""

    def __init__(self, terms: list[Term], top: Mapping | None = None) -> None:
        self.terms = terms
        self.top = top
        self.by_ref = {term.ref: term for term in terms}
        self.replacing = closure({t.ref: set(t.replaces) for t in terms if t.replaces})
        self.outranks = closure(
            {
                t.ref: set(t.prevails_over) | set(t.replaces)
                for t in terms
                if t.prevails_over or t.replaces
            }
        )
        self._disowned: dict[date, frozenset[str]] = {}
        #: The terms that lack a signature the contract requires: they bind no one.
        self.unsigned = frozenset(t.ref for t in terms if t.unsigned)

    def disowned(self, day: date) -> frozenset[str]:
        """The terms the contract disowns on ``day``: named as not binding by the top level
        or by a contract term in force on ``day`` that is not itself disowned.

        Computed from above: first every term within its dates may disown; a disowned
        source replaces nothing, and a term that only a disowned source replaced is in
        force. Then the terms that are in force (replaced only by terms that are not
        disowned) disown again, until nothing changes (each round only removes terms, so
        it ends). A disowned source so never lifts the term that disowns it. A term that
        lacks a signature the contract requires (:func:`signatures`) is disowned whatever
        other terms say: no term can make it signed."""
        cached = self._disowned.get(day)
        if cached is not None:
            return cached
        within = [t for t in self.terms if t.within(day)]
        ranks = self.outranks
        unsigned = self.unsigned
        current = (
            frozenset(disowned(self.top, within, within)) | self_disowned(within, ranks) | unsigned
        )
        if current:
            while True:
                in_force = [
                    t for t in within if t.ref not in current and not self._by(t.ref, day, current)
                ]
                # A term in force that prevails over a disowning statement, and says
                # otherwise, ends it; a disowned source is not in force and cannot.
                narrower = (
                    (
                        frozenset(disowned(self.top, in_force, within, ranks))
                        | self_disowned(within, ranks, in_force)
                    )
                    & current
                ) | unsigned
                if narrower == current:
                    break
                current = narrower
        self._disowned[day] = current
        return current

    def _by(self, ref: str, day: date, unbound: frozenset[str]) -> list[str]:
        return sorted(
            other
            for other, targets in self.replacing.items()
            if ref in targets and other not in unbound and self.by_ref[other].within(day)
        )

    @property
    def dated(self) -> bool:
        """Whether any term has a date or replaces another (else every term is always in
        force and one merge decides)."""
        return any(
            t.effective or t.expires or t.replaces or t.effective_pending or t.expires_pending
            for t in self.terms
        )

    def replacers(self, ref: str, day: date) -> list[str]:
        """The terms within their dates on ``day`` and not disowned on it that replace
        ``ref`` (directly or through a chain), sorted."""
        if not self.replacing:
            return []
        return self._by(ref, day, self.disowned(day))

    def in_force(self, ref: str, day: date) -> bool:
        term = self.by_ref[ref]
        return term.within(day) and not self.replacers(ref, day)

    def epochs(self, as_of: date) -> list[date]:
        """One date in each period in which the set of terms in force is constant (the
        assessment date first): merging on each finds every contradiction."""
        bounds: set[date] = set()
        for term in self.terms:
            if term.effective is not None:
                bounds.add(term.effective)
            if term.expires is not None and term.expires < date.max:
                bounds.add(term.expires + timedelta(days=1))
            for pending in (term.effective_pending, term.expires_pending):
                if pending is not None and pending < date.max:
                    bounds.add(pending + timedelta(days=1))
        days = sorted(bounds)
        if days and days[0] > date.min:
            days.insert(0, days[0] - timedelta(days=1))
        return [as_of] + [day for day in days if day != as_of]

    def state(self, term: Term, day: date) -> TermState:
        """The term's state on ``day``, with the reason in words."""
        when = day.isoformat()
        kind = term.prov.kind
        common = (term.ref, term.label, kind)
        tail = (term.node.line, term.effective, term.expires)
        if term.effective is not None and day < term.effective:
            reason = f"not yet in force: takes effect on {term.effective.isoformat()}, after {when}"
            return TermState(*common, NOT_YET, reason, *tail)
        if term.pending_start(day):
            reason = (
                f"not yet in force: it takes effect upon {term.effective_on}, which had not "
                f"taken place by {term.effective_pending.isoformat()}"  # type: ignore[union-attr]
            )
            return TermState(*common, NOT_YET, reason, *tail)
        if term.expires is not None and term.expires < day:
            reason = f"expired: its last day was {term.expires.isoformat()}, before {when}"
            return TermState(*common, EXPIRED, reason, *tail)
        by = self.replacers(term.ref, day)
        if by:
            names = ", ".join(self.by_ref[r].label for r in by)
            reason = f"not in force: replaced as a whole by {names}"
            return TermState(*common, REPLACED, reason, *tail, replaced_by=by)
        parts = []
        if term.effective is not None:
            parts.append(f"since {term.effective.isoformat()}")
        if term.expires is not None:
            parts.append(f"through {term.expires.isoformat()}")
        reason = "in force" + (" " + ", ".join(parts) if parts else "")
        if term.unsigned:
            reason += (
                f", but it binds no one: it lacks {term.signers_wanted} for a modification "
                "to bind; its facts are read as a source that is not contract terms, and it "
                "replaces or prevails over no term"
            )
            return TermState(*common, IN_FORCE, reason, *tail, unsigned=True)
        if term.ref in self.disowned(day):
            reason += (
                ", but the contract says it does not bind: its facts are read as a source "
                "that is not contract terms, and it replaces or prevails over no term"
            )
        return TermState(*common, IN_FORCE, reason, *tail)

    def notes(self, day: date) -> list[str]:
        """Dated notes for the report: terms not yet in force or expired on ``day``, what
        applies until a later term changes it, and terms replaced as a whole."""
        return self.dated_notes(day)[0]

    def changes(self, day: date) -> dict[str, list[str]]:
        """For each term in force on ``day`` that a later date changes, the notes saying
        when and how (for the verdicts whose evidence it is)."""
        return self.dated_notes(day)[1]

    def dated_notes(self, day: date) -> tuple[list[str], dict[str, list[str]]]:
        out: list[str] = []
        changes: dict[str, list[str]] = {}
        when = day.isoformat()
        for term in self.terms:
            if term.effective is not None and day < term.effective:
                start = term.effective.isoformat()
                out.append(f"{term.label} takes effect on {start}: on {when} it states nothing yet")
                # A source the contract disowns when it takes effect changes no term then.
                disowned = term.ref in self.disowned(term.effective)
                for target, verb in [] if disowned else self._targets(term):
                    if self.in_force(target, day):
                        text = (
                            f"{self.by_ref[target].label} applies until {start}, when "
                            f"{term.label} {verb} it"
                        )
                        out.append(text)
                        changes.setdefault(target, []).append(text)
            elif term.expires is not None and term.expires < day:
                end = term.expires.isoformat()
                out.append(
                    f"{term.label} expired after {end} (its last day): on {when} its facts "
                    "no longer apply"
                )
                for target, _ in self._targets(term):
                    if self.in_force(target, day):
                        out.append(
                            f"{self.by_ref[target].label} applies again since {term.label} "
                            f"expired after {end}"
                        )
            elif self.replacers(term.ref, day):
                names = ", ".join(self.by_ref[r].label for r in self.replacers(term.ref, day))
                out.append(
                    f"{term.label} is replaced as a whole by {names}: none of its facts apply"
                )
            elif term.expires is not None:
                text = f"{term.label} applies through {term.expires.isoformat()} (its last day)"
                out.append(text)
                changes.setdefault(term.ref, []).append(text)
        return out, changes

    def signature_notes(self, day: date, changes: dict[str, list[str]]) -> list[str]:
        """Notes on the terms within their dates on ``day`` that lack a signature the
        contract requires, each also noted for the verdicts resting on a term it would have
        changed (``changes``)."""
        out: list[str] = []
        for term in self.terms:
            if not term.unsigned or not term.within(day):
                continue
            out.append(
                f"{term.label} binds no one: it lacks {term.signers_wanted} for a "
                "modification to bind, so what it states decides no verdict"
            )
            for target, verb in self._targets(term):
                if self.in_force(target, day):
                    text = (
                        f"{self.by_ref[target].label} stands: {term.label} would "
                        f"{_BARE[verb]} it, but lacks {term.signers_wanted}"
                    )
                    out.append(text)
                    changes.setdefault(target, []).append(text)
        return out

    def _targets(self, term: Term) -> list[tuple[str, str]]:
        pairs = {(ref, "replaces") for ref in term.replaces}
        pairs |= {(ref, "prevails over") for ref in term.prevails_over if ref not in term.replaces}
        return sorted(pairs)


def check_rank(terms: list[Term], refs: dict[str, Node], name: str) -> None:
    """A term that is not contract terms may not prevail over or replace one that is; and
    a term's ``expires`` may not come before its ``effective``."""
    by_ref = {term.ref: term for term in terms}
    for term in terms:
        _check_pending(term, name)
        if term.effective and term.expires and term.expires < term.effective:
            node = term.node.get("expires") or term.node
            raise InputError(
                f"{term.label} expires on {term.expires.isoformat()}, before it takes effect "
                f"on {term.effective.isoformat()} (expires is its last day)",
                file=name,
                line=node.line,
                col=node.col,
            )
        if term.binding:
            continue
        for key, targets in (("prevails_over", term.prevails_over), ("replaces", term.replaces)):
            for target in targets:
                other = by_ref.get(target)
                if other is None or not other.binding:
                    continue
                node = term.node.get(key) or refs[term.ref]
                verb = "prevail over" if key == "prevails_over" else "replace"
                raise InputError(
                    f"{term.label} cannot {verb} {other.label} (line {other.node.line}): a "
                    f"{term.prov.kind} is not contract terms, and only contract terms (a "
                    "clause, annex, amendment, side-letter, usage-policy or "
                    f"statement-of-work) can change contract terms; remove {target!r} from "
                    f"its {key}, or, if the contract incorporates it, give it a contract-term "
                    "kind",
                    file=name,
                    line=node.line,
                    col=node.col,
                )


def _check_pending(term: Term, name: str) -> None:
    """A day by which an event had not taken place needs the event, and cannot come on or
    after the day it took place (``effective``) or after the term's last day
    (``expires``)."""
    pairs = (
        ("effective", term.effective_on, term.effective_pending, term.effective),
        ("expires", term.expires_on, term.expires_pending, term.expires),
    )
    for key, event, pending, day in pairs:
        if pending is None:
            continue
        node = term.node.get(f"{key}_on_pending_through") or term.node
        if event is None:
            message = (
                f"{term.label} gives '{key}_on_pending_through' without '{key}_on': name the "
                "event that had not taken place by that day"
            )
        elif day is not None and (day <= pending if key == "effective" else day < pending):
            message = (
                f"{term.label}: the event it {'takes effect' if key == 'effective' else 'lapses'}"
                f" upon had not taken place by {pending.isoformat()}, but '{key}' is "
                f"{day.isoformat()}"
            )
        else:
            continue
        raise InputError(message, file=name, line=node.line, col=node.col)


def conditional_state(term: Term, timeline: Timeline, day: date) -> TermState:
    """The state on ``day`` of a term in force on a condition whose day is not known, read
    on ``timeline`` (every conditional term in force): in force there, it is
    ``conditional`` (it may be in force or not); else as that reading says (not yet in
    force, expired or replaced whatever the event)."""
    state = timeline.state(term, day)
    if state.state != IN_FORCE:
        return state
    if not term.open_on(day):
        # Its lapse event is known not to have taken place by then: in force.
        return replace(state, reason=f"{state.reason}: it {term.pending_words}")
    if term.start_unknown or term.end_unknown:
        reason = (
            f"in force only on a condition: it {term.condition}, and no day is given for "
            f"that, so it may or may not be in force on {day.isoformat()}"
        )
    else:
        reason = (
            f"in force only on a condition: it {term.condition}, so it may or may not bind "
            f"on {day.isoformat()}"
        )
    return replace(state, state=CONDITIONAL, reason=reason, condition=term.condition)


def condition_notes(
    conditional: list[Term], timeline: Timeline, every: Timeline, day: date, doc: Any
) -> list[str]:
    """Notes for the report on the terms in force on a condition whose day is not known
    (``timeline`` reads none of them in force, ``every`` all), each also noted for the
    verdicts that rest on a fact it states or leaves open (``doc.conditions``) and on a
    term it would change (``doc.changes``)."""
    out: list[str] = []
    when = day.isoformat()
    for term in conditional:
        if term.pending_start(day) or (term.pending_end(day) and not term.open_on(day)):
            out += _pending_notes(term, timeline, every, day, doc)
            continue
        if not every.in_force(term.ref, day):
            continue
        event = term.event
        if not (term.start_unknown or term.end_unknown):
            out += _signature_condition_notes(term, timeline, every, day, doc)
            continue
        days = [d for d in (term.effective_pending, term.expires_pending) if d is not None]
        since = (
            f" (it had not taken place by {max(days).isoformat()}, the description says)"
            if days
            else ""
        )
        out.append(
            f"{term.label} {term.condition}: no day is given for it, so on {when} it may or "
            "may not be in force; what it states, or would change, is open where the two "
            "readings differ (give the day with 'effective' or 'expires' once known)" + since
        )
        doc.conditions[term.ref] = (
            f"{term.label} {term.condition}, and no day is given for it: a fact it states "
            "or would change is open, as either reading may bind (is the condition met, "
            "and since when?)"
        )
        happened = "been met" if term.start_unknown else "taken place"
        doc.condition_questions[term.ref] = (
            f"Has the condition of {term.label} ({event}) {happened}, and on what day?{since}"
        )
        for target, verb in every._targets(term):
            if target not in timeline.by_ref or not timeline.in_force(target, day):
                continue
            label = timeline.by_ref[target].label
            if term.start_unknown:
                text = (
                    f"{label} applies unless {event} has taken place, when {term.label} "
                    f"{verb} it (no day is given for it)"
                )
            else:
                text = f"{term.label} {verb} {label} until {event} (no day is given for it)"
            out.append(text)
            doc.changes.setdefault(target, []).append(text)
    return out


def _pending_notes(
    term: Term, timeline: Timeline, every: Timeline, day: date, doc: Any
) -> list[str]:
    """:func:`condition_notes` for a term whose event the description states had not taken
    place by a day on or after ``day``: not yet in force (or not lapsed) on ``day``, in
    every reading; each verdict resting on a term it would change says until when that
    term is known to stand."""
    when = day.isoformat()
    if term.pending_start(day):
        pending = term.effective_pending
        out = [f"{term.label} {term.pending_words}: on {when} it states nothing yet"]
    else:
        pending = term.expires_pending
        out = [f"{term.label} {term.pending_words}: on {when} it still applies"]
    assert pending is not None
    after = pending.isoformat()
    for target, verb in every._targets(term):
        if target not in timeline.by_ref:
            continue
        label = timeline.by_ref[target].label
        if term.pending_start(day):
            if not timeline.in_force(target, day):
                continue
            text = (
                f"{label} applies until {term.effective_on} takes place (not by {after}), "
                f"when {term.label} {verb} it"
            )
        else:
            text = (
                f"{term.label} {verb} {label} until {term.expires_on} takes place (not by {after})"
            )
        out.append(text)
        doc.changes.setdefault(target, []).append(text)
    return out


def _signature_condition_notes(
    term: Term, timeline: Timeline, every: Timeline, day: date, doc: Any
) -> list[str]:
    """:func:`condition_notes` for a term that binds only if a party not shown to have
    signed it did (:attr:`Term.signature_unknown`)."""
    who = " and ".join(repr(ref) for ref in term.lacking)
    settle = (
        "add the party to 'signed_by' once its assent is shown"
        if term.assent_unknown
        else "state its signatories in full with 'signed_by' once known"
    )
    asked = (
        "did the other party assent to it?" if term.assent_unknown else "was it signed as required?"
    )
    out = [
        f"{term.label} {term.condition}: on {day.isoformat()} it may or may not bind; what "
        f"it states, or would change, is open where the two readings differ ({settle})"
    ]
    doc.conditions[term.ref] = (
        f"{term.label} {term.condition}: a fact it states or would change is open, as "
        f"either reading may bind ({asked})"
    )
    if term.assent_unknown:
        doc.condition_questions[term.ref] = (
            f"Did {who} assent to {term.label}, which it did not sign (a variation binds "
            "only with the assent of both parties)?"
        )
    else:
        doc.condition_questions[term.ref] = (
            f"Did {who} sign {term.label}, as {term.required_by} requires for a modification "
            "to bind?"
        )
    for target, verb in every._targets(term):
        if target not in timeline.by_ref or not timeline.in_force(target, day):
            continue
        text = (
            f"{timeline.by_ref[target].label} applies unless {who} assented to {term.label}, "
            f"which {verb} it (signed by it alone)"
            if term.assent_unknown
            else f"{timeline.by_ref[target].label} applies unless {who} signed {term.label}, "
            f"which {verb} it (its signatories are stated only in part)"
        )
        out.append(text)
        doc.changes.setdefault(target, []).append(text)
    return out
