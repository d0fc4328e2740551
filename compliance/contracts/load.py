"""Loading contract descriptions: read, validate, and merge their facts into one tree."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from operator import itemgetter
from typing import Any

from compliance.contracts.factchecks import (
    check_party_refs,
    check_term,
    note_replaced,
    status_notes,
    term_notes,
)
from compliance.core.errors import InputError
from compliance.core.records import field, record, replace
from compliance.core.timing import phase
from compliance.document.limits import DEFAULT_LIMITS, Limits
from compliance.document.loader import display_name, load_file
from compliance.document.nodes import Mapping, Node, Scalar, Sequence
from compliance.document.validation import model_errors, require_mapping
from compliance.facts import table as factschema
from compliance.facts.tree import (
    UNSPECIFIED,
    FObj,
    Merger,
    Prov,
    build,
    disagreements,
    plain_value,
)

FACT_FIELDS_EXCLUDED = frozenset({"id", "title", "description", "clauses", "sources"})

#: Dated terms make periods in which different terms are in force; each period's terms are
#: merged to find contradictions. At most this many statements are merged in all (so that a
#: description with thousands of dates cannot take hours).
PERIOD_CHECKS = 200_000


@record
class ClauseInfo:
    """A clause of the contract: id, title, text and where it is written."""

    id: str
    title: str | None
    text: str | None
    line: int
    col: int


@record
class SourceInfo:
    """A source other than a clause: id, kind, title, date, url and position."""

    id: str
    kind: str
    title: str | None
    date: date | None
    url: str | None
    line: int
    col: int
    note: str | None = None


@record
class ContractDoc:
    """A loaded contract description: header, merged facts, clauses and sources."""

    path: str
    id: str
    title: str
    facts: FObj
    line: int = 1
    col: int = 1
    clauses: dict[str, ClauseInfo] = field(default_factory=dict)
    sources: dict[str, SourceInfo] = field(default_factory=dict)
    #: The assessment date the facts are for, each clause's and source's state on it
    #: (compliance.contracts.terms.TermState), and dated notes for the report.
    as_of: date | None = None
    terms: list[Any] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Clause or source id -> notes on how a later date changes it (for the verdicts that
    #: rest on it).
    changes: dict[str, list[str]] = field(default_factory=dict)
    #: The facts of each later period in which the terms in force differ: (its first day,
    #: the facts then), by day; empty when no term changes after the assessment date. A
    #: duty that applies only from a later day is read on the terms in force that day.
    later: list[tuple[date, FObj]] = field(default_factory=list)
    #: The facts of the contract as it stood on a day before the assessment date: the
    #: terms agreed by that day, as in force on it (a term signed later states nothing on
    #: that day, whatever effect it gives itself); made on demand, once a day. None where
    #: no term changed before the assessment date and none states when it was signed. A
    #: duty performed once by a past day (``effective.due``) is read on these.
    stood: Any = None
    #: Whether every fact, in every period, is stated by a contract term (no press
    #: report, public statement or disowned source states one): then no verdict has facts
    #: to set aside, and none is read again on the terms alone. False when not known.
    bound: bool = False
    #: Where the contract's id is written (for a duplicate id across files).
    id_line: int = 1
    id_col: int = 1
    #: Clause or source id -> a note for the verdicts that rest on it, or on a fact it
    #: leaves open: a term in force on a condition whose day is not known.
    conditions: dict[str, str] = field(default_factory=dict)
    #: Clause or source id -> the question to ask of such a condition (gaps --questions).
    condition_questions: dict[str, str] = field(default_factory=dict)
    #: Each reading of those conditions, made on demand: (for each such term, whether it
    #: is read as in force; the description built so), the first with none in force. A
    #: verdict is a pass or a fail only where it is one on every reading.
    readings: Any = None


def _text(node: Node | None) -> str | None:
    if isinstance(node, Scalar) and node.value is not None:
        return str(node.value)
    return None


def _date(node: Node | None) -> date | None:
    text = _text(node)
    return date.fromisoformat(text) if text else None


def validate_document(root: Node, name: str) -> list[InputError]:
    """Every model error of a contract document (empty when it is valid).

    The fast validator (compiled from the shipped contract schema) decides; only a document
    it rejects goes through the pydantic models, which say where and why."""
    from compliance.contracts.fastvalidate import valid_contract

    mapping = require_mapping(root, name, "a contract description")
    with phase("validate"):
        if valid_contract(mapping):
            return []
        return model_document_errors(mapping, name)


def model_document_errors(root: Node, name: str) -> list[InputError]:
    """Every error the pydantic models find in a contract document (the slow path)."""
    from compliance.contracts.fastvalidate import contract_schema
    from compliance.model.contract import Contract

    mapping = require_mapping(root, name, "a contract description")
    # The schema (slow to generate) only serves did-you-mean hints: build it on errors.
    if not model_errors(Contract, mapping, name):
        return []
    return model_errors(Contract, mapping, name, contract_schema())


@record
class _Statements:
    """The clauses and sources of a description, read: ids and their nodes, the clause and
    source records, the terms (in the order written), and where the list is written."""

    refs: dict[str, Node]
    clauses: dict[str, ClauseInfo]
    sources: dict[str, SourceInfo]
    terms: list[Any]
    place: Node | None


def build_contract(
    root: Node,
    path: str,
    *,
    validate: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    as_of: date | None = None,
    settle: dict[str, bool] | None = None,
) -> ContractDoc:
    """A ContractDoc from a parsed document (validated first unless told otherwise).

    ``settle`` reads the terms in force on a condition whose day is not known (by id) as
    in force (True: the condition left out) or not (False: the term left out).

    Its facts are those of the terms in force on ``as_of`` (default: today; see
    :mod:`compliance.contracts.terms`). The merge is also tried on one date of every other period
    in which the terms in force differ, so a contradiction is an error whatever the date."""
    from compliance.contracts.terms import (
        Timeline,
        condition_notes,
        conditional_state,
        signatures,
    )

    name = display_name(path)
    mapping = require_mapping(root, name, "a contract description")
    if validate:
        errors = validate_document(mapping, name)
        if errors:
            raise errors[0]
    day = as_of or date.today()
    read = _read_statements(mapping, name, limits)
    terms = read.terms
    closure = _check_relations(terms, read.refs, name)
    every_term = terms
    terms, unagreed = _agreed_by(terms, day)
    top = _top_statement(mapping)
    # A term lacking a signature the contract requires binds no one (or, its signatories
    # stated only in part, may not bind: a condition, read both ways).
    terms = signatures(top, terms, day)
    if settle:
        terms = _settled(terms, settle)
    if unagreed or settle:
        closure = _check_relations(terms, read.refs, name)
    _check_not_binding(top, terms, read, name)
    # A term in force on an event whose day is not known may be in force or not: the facts
    # are merged on every reading and joined (compliance.contracts.conditions).
    conditional = [t for t in terms if t.conditional]
    readings = _readings(terms, conditional, read.place, name)
    timelines = [Timeline(reading, top) for reading in readings]
    timeline = timelines[0]
    days = [day]
    if any(t.dated for t in timelines):
        bounds = {when for t in timelines for when in t.epochs(day)}
        days += sorted(bounds - {day})
    _check_periods(days, terms, read.place, name, len(readings))
    merges = [
        _merge_periods(
            days,
            top,
            reading,
            reading_timeline,
            closure if reading is terms else _check_relations(reading, read.refs, name),
            name,
        )
        for reading, reading_timeline in zip(readings, timelines, strict=True)
    ]
    merged, later, changed_before, bound = (
        merges[0] if len(merges) == 1 else _join_readings(merges, conditional, closure)
    )
    expand_former_facts(merged)
    if timeline.dated:
        note_replaced(merged, readings[0], timeline, day, name)
    ident = _text(mapping.get("id")) or ""
    title = _text(mapping.get("title")) or ""
    doc = ContractDoc(
        path, ident, title, merged, mapping.line, mapping.col, read.clauses, read.sources
    )
    doc.as_of = day
    doc.bound = bound
    if any(tree is not merged for _, tree in later):
        for tree in {id(tree): tree for _, tree in later if tree is not merged}.values():
            expand_former_facts(tree)
        doc.later = later
    # A term agreed by the day is read as kept (a clause that prevailed over a source not
    # yet agreed keeps only what it still prevails over): look it up by its id.
    agreed = {term.ref: term for term in terms}
    doc.terms = [
        (
            _unagreed_state(term, day)
            if term.ref not in agreed
            else conditional_state(agreed[term.ref], timelines[-1], day)
            if agreed[term.ref].conditional
            else timeline.state(agreed[term.ref], day)
        )
        for term in every_term
    ]
    if changed_before or any(t.binding and t.prov.date is not None for t in terms):
        doc.stood = _stood(root, path, limits, settle)
    notes, doc.changes = timeline.dated_notes(day)
    if timeline.unsigned:
        notes += timeline.signature_notes(day, doc.changes)
    if conditional:
        notes += condition_notes(conditional, timeline, timelines[-1], day, doc)
        doc.readings = _reading_docs(root, path, limits, day, [t.ref for t in conditional])
    doc.notes = (
        status_notes(merged)
        + term_notes(merged, day)
        + notes
        + unagreed
        + disagreements(merged, closure)
    )
    id_node = mapping.get("id")
    if id_node is not None:
        doc.id_line, doc.id_col = id_node.line, id_node.col
    check_party_refs(merged, name, every_term)
    check_term(merged, name)
    return doc


def _stood(
    root: Node, path: str, limits: Limits, settle: dict[str, bool] | None = None
) -> Callable[[date], FObj]:
    """:attr:`ContractDoc.stood` of a contract: its facts as the contract stood on a day
    (the description built as of that day), each day's made once."""
    made: dict[date, FObj] = {}

    def on(day: date) -> FObj:
        found = made.get(day)
        if found is None:
            try:
                doc = build_contract(
                    root, path, validate=False, limits=limits, as_of=day, settle=settle
                )
            except InputError as exc:
                # Terms signed later settled what was contradictory on that day.
                exc.message = (
                    f"as the contract stood on {day.isoformat()} (the terms signed by then): "
                    f"{exc.message}"
                )
                raise
            found = made[day] = doc.facts
        return found

    return on


#: At most so many terms in force on a condition whose day is not known (each doubles the
#: readings merged).
MAX_CONDITIONAL = 6


def _readings(terms: list[Any], conditional: list[Any], place: Node | None, name: str) -> list[Any]:
    """The terms of each reading of the conditions whose day is not known: every
    conditional term in force or not, the first reading with none of them in force (so its
    statements are cited where every reading agrees), the last with all; ``[terms]`` when
    no term is conditional."""
    if not conditional:
        return [terms]
    if len(conditional) > MAX_CONDITIONAL:
        node = conditional[MAX_CONDITIONAL].node
        raise InputError(
            f"{len(conditional)} clauses and sources take effect or lapse on an event whose "
            f"day is not given: at most {MAX_CONDITIONAL} (each doubles the readings of the "
            "contract); give the day of the events that took place ('effective' or 'expires')",
            file=name,
            line=node.line,
            col=node.col,
        )
    refs = [t.ref for t in conditional]
    out = []
    for mask in range(2 ** len(refs)):
        dropped = {ref for bit, ref in enumerate(refs) if not mask >> bit & 1}
        out.append(_not_in_force(terms, dropped))
    return out


def _not_in_force(terms: list[Any], dropped: set[str]) -> list[Any]:
    """``terms`` with the conditional ones of ``dropped`` read as not in force: left out,
    save one whose lapse event is known not to have taken place by a day
    (``expires_on_pending_through``), which lapses after that day instead."""
    lapsing = {
        t.ref
        for t in terms
        if t.ref in dropped
        and t.expires_pending is not None
        and t.end_unknown
        and not t.start_unknown
        and not t.signature_unknown
    }
    if not lapsing:
        return _without(terms, dropped)
    kept = [
        replace(t, expires=t.expires_pending, expires_pending=None) if t.ref in lapsing else t
        for t in terms
    ]
    return _without(kept, dropped - lapsing)


def _settled(terms: list[Any], settle: dict[str, bool]) -> list[Any]:
    """``terms`` with the conditional ones ``settle`` names in force (True) or left out."""
    dropped = {t.ref for t in terms if t.conditional and settle.get(t.ref) is False}
    out = []
    for term in _not_in_force(terms, dropped):
        if term.conditional and settle.get(term.ref):
            # Its start event known not to have taken place by a day: in force after it.
            start = term.effective
            if start is None and term.effective_on and term.effective_pending:
                start = term.effective_pending + timedelta(days=1)
            term = replace(
                term,
                effective=start,
                effective_on=term.effective_on if term.effective else None,
                expires_on=term.expires_on if term.expires else None,
                effective_pending=None,
                expires_pending=None,
                lacking=[] if term.signature_unknown else term.lacking,
            )
        out.append(term)
    return out


def _reading_docs(
    root: Node, path: str, limits: Limits, day: date, refs: list[str]
) -> Callable[[], list[tuple[dict[str, bool], ContractDoc]]]:
    """:attr:`ContractDoc.readings`: the description built on each reading, once."""
    made: list[tuple[dict[str, bool], ContractDoc]] = []

    def docs() -> list[tuple[dict[str, bool], ContractDoc]]:
        if not made:
            for mask in range(2 ** len(refs)):
                settle = {ref: bool(mask >> bit & 1) for bit, ref in enumerate(refs)}
                doc = build_contract(
                    root, path, validate=False, limits=limits, as_of=day, settle=settle
                )
                made.append((settle, doc))
        return made

    return docs


def _without(terms: list[Any], dropped: set[str]) -> list[Any]:
    """``terms`` without those of ``dropped``, and without what the others would prevail
    over or replace of them."""
    if not dropped:
        return terms
    kept = []
    for term in terms:
        if term.ref in dropped:
            continue
        if set(term.prevails_over) & dropped or set(term.replaces) & dropped:
            term = replace(
                term,
                prevails_over=[r for r in term.prevails_over if r not in dropped],
                replaces=[r for r in term.replaces if r not in dropped],
            )
        kept.append(term)
    return kept


def _join_readings(
    merges: list[tuple[FObj, list[tuple[date, FObj]], bool, bool]],
    conditional: list[Any],
    closure: dict[str, set[str]],
) -> tuple[FObj, list[tuple[date, FObj]], bool, bool]:
    """The facts of every reading (:func:`_merge_periods` on each) joined, day by day (the
    same trees joined once)."""
    from compliance.contracts.conditions import join

    refs = {t.ref: t for t in conditional}

    def cite(a: Any, b: Any) -> tuple[Prov, int, int]:
        for node in (b, a):
            if node is not None and node.prov.ref in refs:
                return node.prov, node.line, node.col
        for node in (b, a):
            for term in conditional:
                if node is not None and node.prov.ref in closure.get(term.ref, ()):
                    return term.prov, term.node.line, term.node.col
        first = conditional[0]
        return first.prov, first.node.line, first.node.col

    made: dict[tuple[int, ...], FObj] = {}

    def joined(trees: list[FObj]) -> FObj:
        key = tuple(map(id, trees))
        found = made.get(key)
        if found is None:
            found = made[key] = join(trees, cite)
        return found

    merged = joined([m[0] for m in merges])
    later = [
        (when, joined([m[1][index][1] for m in merges]))
        for index, (when, _) in enumerate(merges[0][1])
    ]
    return merged, later, any(m[2] for m in merges), all(m[3] for m in merges)


def _agreed_by(terms: list[Any], day: date) -> tuple[list[Any], list[str]]:
    """The terms agreed by ``day``, and a note for each source that is contract terms (an
    amendment, a side letter, an annex...) dated after it: not yet agreed on that day, it
    is no term of the contract then, in force or later (what it would prevail over or
    replace stands, and a duty read on the terms in force later does not read it). A
    source that is not contract terms (a press report) keeps its place whatever its date:
    it decides no verdict."""
    late = {t.ref for t in terms if t.binding and t.prov.date is not None and t.prov.date > day}
    if not late:
        return terms, []
    kept = _without(terms, late)
    notes = [
        f"{t.label} is dated {t.prov.date.isoformat()}, after the assessment date: not yet "
        f"agreed on {day.isoformat()}, it states nothing"
        for t in terms
        if t.ref in late
    ]
    return kept, notes


def _unagreed_state(term: Any, day: date) -> Any:
    """The state of a term dated after ``day`` (:func:`_agreed_by`): not yet agreed."""
    from compliance.contracts.terms import NOT_YET, TermState

    if term.prov.date is None or term.prov.date <= day:
        # Left out by a reading of its condition (build_contract's ``settle``).
        reason = "read as not in force: its condition is read as not met"
    else:
        reason = f"not yet agreed: dated {term.prov.date.isoformat()}, after {day.isoformat()}"
    return TermState(
        term.ref,
        term.label,
        term.prov.kind,
        NOT_YET,
        reason,
        term.node.line,
        term.effective,
        term.expires,
    )


def _top_statement(mapping: Mapping) -> Mapping:
    """The facts stated at the description's top level (all but its header and lists)."""
    top = Mapping(mapping.line, mapping.col)
    for key, entry in mapping.entries.items():
        if key not in FACT_FIELDS_EXCLUDED:
            top.entries[key] = entry
    return top


def _read_statements(mapping: Mapping, name: str, limits: Limits) -> _Statements:
    """The clauses, then the sources, each with its term (duplicate ids are errors)."""
    clause_list = mapping.get("clauses")
    source_list = mapping.get("sources")
    clause_items = clause_list.items if isinstance(clause_list, Sequence) else []
    source_items = source_list.items if isinstance(source_list, Sequence) else []
    place = clause_list if isinstance(clause_list, Sequence) else source_list
    count = len(clause_items) + len(source_items)
    if count > limits.max_clauses:
        assert place is not None
        raise InputError(
            f"{count} clauses and sources, over the limit of {limits.max_clauses} "
            "(raise it with --max-clauses)",
            file=name,
            line=place.line,
            col=place.col,
        )
    read = _Statements({}, {}, {}, [], place)
    for item in clause_items:
        _read_clause(read, item, name)
    for item in source_items:
        _read_source(read, item, name)
    return read


def _register(refs: dict[str, Node], ref: str, node: Node, what: str, name: str) -> None:
    if ref in refs:
        first = refs[ref]
        raise InputError(
            f"duplicate {what} id {ref!r} (first at line {first.line})",
            file=name,
            line=node.line,
            col=node.col,
        )
    refs[ref] = node


def _read_clause(read: _Statements, item: Node, name: str) -> None:
    assert isinstance(item, Mapping)
    ident = _text(item.get("id")) or ""
    _register(read.refs, ident, item.get("id") or item, "clause", name)
    title = _text(item.get("title"))
    read.clauses[ident] = ClauseInfo(ident, title, _text(item.get("text")), item.line, item.col)
    order = len(read.terms) + 1
    prov = Prov("clause", ident, order, title, effective=_date(item.get("effective")))
    read.terms.append(_term(ident, prov, item))


def _read_source(read: _Statements, item: Node, name: str) -> None:
    assert isinstance(item, Mapping)
    ident = _text(item.get("id")) or ""
    _register(read.refs, ident, item.get("id") or item, "source", name)
    kind = _text(item.get("kind")) or "other"
    title, when, url = _text(item.get("title")), _date(item.get("date")), _text(item.get("url"))
    read.sources[ident] = SourceInfo(
        ident, kind, title, when, url, item.line, item.col, _text(item.get("note"))
    )
    order = len(read.terms) + 1
    prov = Prov(kind, ident, order, title, when, url, _date(item.get("effective")))
    read.terms.append(_term(ident, prov, item))


def _check_relations(terms: list[Any], refs: dict[str, Node], name: str) -> dict[str, set[str]]:
    """Check ``prevails_over`` and ``replaces`` (known ids, rank, no cycle); returns what
    each term prevails over: what it replaces, and what that prevailed over."""
    from compliance.contracts.terms import check_rank

    for term in terms:
        for key, targets in (("prevails_over", term.prevails_over), ("replaces", term.replaces)):
            for target in targets:
                if target not in refs:
                    node = term.node.get(key) or refs[term.ref]
                    raise InputError(
                        f"{key} names {target!r}, which is not a clause or source id",
                        file=name,
                        line=node.line,
                        col=node.col,
                    )
    check_rank(terms, refs, name)
    outranks = {t.ref: set(t.prevails_over) | set(t.replaces) for t in terms}
    closure = _closure({ref: targets for ref, targets in outranks.items() if targets})
    for key, relation in (
        ("replaces", _closure({t.ref: set(t.replaces) for t in terms if t.replaces})),
        ("prevails_over", closure),
    ):
        for term in terms:
            if term.ref in relation.get(term.ref, ()):
                node = refs[term.ref]
                raise InputError(
                    f"{key} forms a cycle through {term.ref!r}",
                    file=name,
                    line=node.line,
                    col=node.col,
                )
    return closure


def _check_periods(
    days: list[date], terms: list[Any], place: Node | None, name: str, readings: int = 1
) -> None:
    """Too many periods times statements (times readings of conditions whose day is not
    known) to merge each period is an error."""
    stating = sum(1 for term in terms if term.facts is not None)
    if len(days) * readings > 1 and len(days) * stating * readings > PERIOD_CHECKS:
        assert place is not None
        raise InputError(
            f"{len(days)} periods in which different terms are in force, with {stating} "
            f"clauses and sources stating facts: too many to check each period for "
            f"contradictions (at most {PERIOD_CHECKS} merges of a statement); split the "
            "description",
            file=name,
            line=place.line,
            col=place.col,
        )


def _merge_periods(
    days: list[date],
    top: Mapping,
    terms: list[Any],
    timeline: Any,
    closure: dict[str, set[str]],
    name: str,
) -> tuple[FObj, list[tuple[date, FObj]], bool, bool]:
    """The facts merged on the first of ``days`` (the assessment date), after a merge on
    each day whose terms in force differ from those of the days before (a contradiction is
    an error on any day); for each later day of ``days``, its facts (the same tree for
    the same terms in force), by day; whether the terms in force on an earlier day differ
    from the assessment date's; and whether every tree's facts are stated by contract
    terms alone."""
    top_prov = Prov("contract", None, 0)
    trees: dict[frozenset[str], FObj] = {}
    later: list[tuple[date, FObj]] = []
    earlier: list[FObj] = []
    bound = True
    for when in days:
        active = frozenset(
            t.ref for t in terms if t.facts is not None and timeline.in_force(t.ref, when)
        )
        tree = trees.get(active)
        if tree is None:
            try:
                tree, terms_only = _merge_on(when, top_prov, top, terms, timeline, closure, name)
                trees[active] = tree
                bound = bound and terms_only
            except InputError as exc:
                if len(days) > 1 and exc.message.startswith("contradictory facts"):
                    exc.message += f" (both in force on {when.isoformat()})"
                raise
        if when > days[0]:
            later.append((when, tree))
        elif when < days[0]:
            earlier.append(tree)
    merged = trees[next(iter(trees))]
    changed_before = any(tree is not merged for tree in earlier)
    return merged, sorted(later, key=itemgetter(0)), changed_before, bound


def _term(ident: str, prov: Prov, item: Mapping) -> Any:
    from compliance.contracts.terms import Term

    facts = item.get("facts")
    return Term(
        ident,
        prov,
        item,
        facts if isinstance(facts, Mapping) else None,
        _date(item.get("effective")),
        _date(item.get("expires")),
        _refs(item.get("prevails_over")),
        _refs(item.get("replaces")),
        _text(item.get("effective_on")),
        _text(item.get("expires_on")),
        _date(item.get("effective_on_pending_through")),
        _date(item.get("expires_on_pending_through")),
        *_signed(item.get("signed_by")),
    )


def _signed(node: Node | None) -> tuple[list[str] | None, bool]:
    """Who signed a clause or source (``signed_by``), and whether the list is complete:
    (None, False) where the description does not say; ``unspecified`` names no one."""
    if node is None:
        return None, False
    complete = False
    if isinstance(node, Mapping):
        flag = node.get("complete")
        complete = isinstance(flag, Scalar) and flag.value is True
        node = node.get("items")
    if isinstance(node, Sequence):
        return [str(x.value) for x in node.items if isinstance(x, Scalar)], complete
    return [], False


def _refs(node: Node | None) -> list[str]:
    if isinstance(node, Sequence):
        return [str(x.value) for x in node.items if isinstance(x, Scalar)]
    return []


def _merge_on(
    day: date,
    top_prov: Prov,
    top: Mapping,
    terms: list[Any],
    timeline: Any,
    closure: dict[str, set[str]],
    name: str,
) -> tuple[FObj, bool]:
    """The facts of the terms in force on ``day`` merged into one tree: the top level,
    then the contract terms, then the other sources, each in the order written; and
    whether no other source states a fact."""
    statements: list[tuple[Prov, Mapping]] = [(top_prov, top)]
    later: list[tuple[Prov, Mapping]] = []
    in_force = [t for t in terms if t.facts is not None and timeline.in_force(t.ref, day)]
    unbound = timeline.disowned(day)
    demoted: set[str] = set()
    settled: list[tuple[Prov, Mapping]] = []
    records: list[Any] = []
    for term in in_force:
        prov = term.prov
        if term.ref in unbound:
            prov = _not_binding(prov)
            demoted.add(term.ref)
        (statements if prov.contract_term else later).append((prov, term.facts))
        if prov.kind == "official-record":  # only a record can settle a party's standing
            records.append(term)
    merger = Merger(_demote(closure, demoted), name)
    if records:
        # The terms that bind on the day (not a disowned annex, nor an unsigned letter),
        # and the signing day as they state it, each term's precedence applied.
        binding = [t for t in in_force if t.prov.contract_term and t.ref not in demoted]
        signed = _signed_on(statements, Merger(_demote(closure, demoted), name), name)
        for term in records:
            standing = _standing(term.prov, term.facts, signed, binding, top)
            if standing is not None:
                settled.append(standing)
    statements.extend(settled)
    statements.extend(later)
    merged = _merge_statements(statements, merger, name)
    assert merged is not None
    return merged, not later


def _merge_statements(
    statements: list[tuple[Prov, Mapping]], merger: Merger, name: str
) -> FObj | None:
    """Each statement's facts built into a tree and merged, in order, with the
    precedence ``merger`` applies; None where there are none. An error in a statement
    is reported against the file ``name``."""
    table = factschema.table()
    facts_kind = factschema.Kind(factschema.OBJECT)
    merged: FObj | None = None
    for prov, facts in statements:
        try:
            tree = build(facts, facts_kind, "", prov, table)
        except InputError as exc:
            raise exc.located(name) from None
        assert isinstance(tree, FObj)
        merged = tree if merged is None else merger.merge("", merged, tree)  # type: ignore[assignment]
    return merged


#: What a party is, as a public record shows it on a day (not a promise of the contract):
#: its country, its parent's country, the foreign laws it is subject to, its establishment,
#: and whether it is on the Data Privacy Framework List (Decision (EU) 2023/1795, Art. 1).
STANDING_FACTS = ("country", "parent_country", "subject_to", "eu_established", "dpf_certified")


def _signed_on(statements: list[tuple[Prov, Mapping]], merger: Merger, name: str) -> date | None:
    """The day the contract was signed, as the terms that bind on the day (its top level
    and the contract terms in force, ``statements``) state it, merged with their
    precedence: a clause that prevails over a side letter's date, or leaves it open
    (``unspecified``), is the word that counts. None where they do not state a date."""
    from compliance.facts.tree import FLeaf

    slims: list[tuple[Prov, Mapping]] = []
    for prov, facts in statements:
        if "signed_on" in facts.entries:
            slim = Mapping(facts.line, facts.col)
            slim.entries["signed_on"] = facts.entries["signed_on"]
            slims.append((prov, slim))
    merged = _merge_statements(slims, merger, name)
    if merged is None:
        return None
    signed = merged.fields.get("signed_on")
    if isinstance(signed, FLeaf) and isinstance(signed.value, date):
        return signed.value
    return None


def _party_items(facts: Mapping) -> list[Mapping]:
    """The party objects a statement's ``parties`` holds (as a list or ``{items: ...}``)."""
    parties = facts.get("parties")
    if isinstance(parties, Mapping):
        parties = parties.get("items")
    if not isinstance(parties, Sequence):
        return []
    return [p for p in parties.items if isinstance(p, Mapping) and "id" in p.entries]


def _party_id(party: Mapping) -> Any:
    """The value of a party object's ``id`` (None where it is not a scalar)."""
    ident = party.entries["id"][1]
    return ident.value if isinstance(ident, Scalar) else None


def _restated(record: Prov, terms: list[Any]) -> set[tuple[Any, str]]:
    """The (party id, standing fact) pairs a contract term dated after ``record`` states:
    the later word, which the record does not settle."""
    out: set[tuple[Any, str]] = set()
    for term in terms:
        later = term.prov.effective
        if not term.prov.contract_term or later is None or record.effective is None:
            continue
        if later <= record.effective or term.facts is None:
            continue
        for party in _party_items(term.facts):
            key = _party_id(party)
            out.update((key, name) for name in STANDING_FACTS if name in party.entries)
    return out


def _said(node: Node) -> Any:
    """A standing fact's value as written, comparable across statements (a list written
    ``{items: [...], complete: ...}`` as its sorted items)."""
    from compliance.document.nodes import to_plain

    value = to_plain(node)
    if isinstance(value, dict) and "items" in value:
        value = value["items"]
    return sorted(map(str, value)) if isinstance(value, list) else value


def _contract_says(top: Mapping, terms: list[Any]) -> dict[tuple[Any, str], list[Any]]:
    """The values the contract's terms (its top level and the contract terms in force)
    state of each (party id, standing fact)."""
    said: dict[tuple[Any, str], list[Any]] = {}
    stating = (top, *(t.facts for t in terms if t.prov.contract_term and t.facts is not None))
    for facts in stating:
        for party in _party_items(facts):
            key = _party_id(party)
            for name in STANDING_FACTS:
                if name in party.entries:
                    said.setdefault((key, name), []).append(_said(party.entries[name][1]))
    return said


def _standing(
    prov: Prov, facts: Mapping, signed: date | None, terms: list[Any], top: Mapping
) -> tuple[Prov, Mapping] | None:
    """A dated official record's statement of the parties' standing facts
    (:data:`STANDING_FACTS`, e.g. a register entry showing a change of owner, or the DPF
    List showing a certification inactive), as a
    statement that settles them from the record's ``effective`` day over what the
    contract's terms say of them: who owns a party is a fact of the world on the day read,
    not a term the parties agreed (the rest of the record binds no one, as before). Only a
    record dated after the contract was signed (``signed``, the ``signed_on`` a term
    states): one from before it settles nothing, since the contract's own statement is the
    later word; nor does it settle a fact a contract term dated after it restates
    (:func:`_restated`). Where the contract does not say when it was signed, either may be
    the later word: a fact the record states that the contract's terms do not state alike
    is settled as ``unspecified`` (open: silence decides nothing), one they state alike is
    left as they state it. None for any other statement."""
    if prov.kind != "official-record" or prov.effective is None:
        return None
    if signed is not None and prov.effective <= signed:
        return None  # what the contract said when it was signed is the later word
    listed = _party_items(facts)
    if not listed:
        return None
    restated = _restated(prov, terms)
    said = _contract_says(top, terms) if signed is None else {}
    items = Sequence(listed[0].line, listed[0].col)
    for party in listed:
        key = _party_id(party)
        kept = Mapping(party.line, party.col)
        kept.entries["id"] = party.entries["id"]
        for name in STANDING_FACTS:
            if name not in party.entries or (key, name) in restated:
                continue
            if signed is None:  # the record and the contract cannot be put in order
                label, node = party.entries[name]
                alike = said.get((key, name))
                if alike and all(value == _said(node) for value in alike):
                    continue
                kept.entries[name] = (label, Scalar(UNSPECIFIED, node.line, node.col))
            else:
                kept.entries[name] = party.entries[name]
        if len(kept.entries) > 1:
            items.items.append(kept)
    if not items.items:
        return None
    top = Mapping(facts.line, facts.col)
    top.entries["parties"] = (Scalar("parties", facts.line, facts.col), items)
    settles = Prov(prov.kind, prov.ref, prov.order, prov.title, prov.date, prov.url, prov.effective)
    settles.contract_term = True
    settles.settles = True
    return settles, top


def _check_not_binding(top: Mapping, terms: list[Any], read: _Statements, name: str) -> None:
    """Each id in ``grants.sources_not_binding`` names a source of the description."""
    from compliance.contracts.terms import NOT_BINDING, sources_not_binding

    stating = [top] + [t.facts for t in terms if t.facts is not None and t.prov.contract_term]
    for ref, node in sources_not_binding(stating):
        if ref not in read.sources:
            raise InputError(
                f"grants.{NOT_BINDING} names {ref!r}, which is not a source id",
                file=name,
                line=node.line,
                col=node.col,
            )


def _demote(closure: dict[str, set[str]], demoted: set[str]) -> dict[str, set[str]]:
    """What each term prevails over once the ``demoted`` terms are not contract terms: a
    source the contract disowns changes no term, so what it would prevail over prevails
    over it instead (its facts stay, read as a statement that binds no one)."""
    if not demoted or not any(ref in closure for ref in demoted):
        return closure
    result = {ref: set(targets) for ref, targets in closure.items() if ref not in demoted}
    for ref in sorted(demoted):
        for target in sorted(closure.get(ref, ())):
            if target not in demoted:
                result.setdefault(target, set()).add(ref)
    return result


def _not_binding(prov: Prov) -> Prov:
    """A copy of a usage policy's provenance that is not contract terms."""
    copy = Prov(prov.kind, prov.ref, prov.order, prov.title, prov.date, prov.url, prov.effective)
    copy.contract_term = False
    return copy


def _closure(prevails: dict[str, set[str]]) -> dict[str, set[str]]:
    from compliance.contracts.terms import closure

    return closure(prevails)


#: Facts that stood for several later ones: (group, former key) -> the keys it states,
#: where the description does not state them itself.
FORMER_FACTS: dict[tuple[str, str], tuple[str, ...]] = {
    # Art. 50(1) and 50(2) of the AI Act, read together before they were separate duties.
    ("ai_act", "transparency"): ("interaction_disclosure", "output_marking"),
}


def expand_former_facts(facts: FObj) -> None:
    """A former fact states the facts that replaced it (same value, same line), unless
    the description states them; ``validate`` notes the former fact."""
    for (group, former), keys in FORMER_FACTS.items():
        node = facts.fields.get(group)
        if not isinstance(node, FObj) or former not in node.fields:
            continue
        for key in keys:
            node.fields.setdefault(key, node.fields[former])


def silence_notes(doc: ContractDoc) -> list[InputError]:
    """Notes on statements that may mean "none" but say nothing (the file stays valid).

    * A prohibition stated without its exceptions: left out, they are unknown like any
      other fact (descriptions written when such a prohibition was read as having none
      need the "none" said).
    * A list written empty but open (``[]``): it names nothing and does not say that
      there is nothing, so rules that read it stay unknown.
    * A restriction stated beside a complete ``restrictions.in_contract`` that does not
      list it: the describer's claim that every restriction is listed is contradicted.
    """
    from compliance.facts.tree import FLeaf, FList

    name = display_name(doc.path)
    notes: list[InputError] = []

    def note(message: str, node: Any) -> None:
        notes.append(InputError(f"note: {message}", file=name, line=node.line, col=node.col))

    restrictions = doc.facts.fields.get("restrictions")
    for key, node in sorted(restrictions.fields.items() if isinstance(restrictions, FObj) else []):
        if not isinstance(node, FObj) or "exceptions" in node.fields:
            continue
        stated = node.fields.get("prohibited")
        if isinstance(stated, FLeaf) and stated.value is True:
            note(
                f"restrictions.{key} is prohibited, but its exceptions are not stated, so "
                "they are unknown (earlier versions read them as none); write "
                "'exceptions: {items: [], complete: true}' if the contract allows none, or "
                "'exceptions: unspecified' if it leaves them open",
                stated,
            )

    listed = restrictions.fields.get("in_contract") if isinstance(restrictions, FObj) else None
    if isinstance(listed, FList) and not listed.open and isinstance(restrictions, FObj):
        names = {item.value for item in listed.items if isinstance(item, FLeaf)}
        for key, node in sorted(restrictions.fields.items()):
            if isinstance(node, FObj) and key not in names:
                note(
                    f"restrictions.{key} is stated, but restrictions.in_contract says the "
                    f"contract's restrictions are listed in full (line {listed.line}) and does "
                    "not list it: add it to the list, or open the list if not every "
                    "restriction is recorded",
                    node,
                )

    for (group, former), keys in sorted(FORMER_FACTS.items()):
        holder = doc.facts.fields.get(group)
        former_node = holder.fields.get(former) if isinstance(holder, FObj) else None
        if former_node is not None:
            note(
                f"{group}.{former} is deprecated: it is read as "
                + " and ".join(f"{group}.{key}" for key in keys)
                + " where those are not stated; write them instead",
                former_node,
            )

    def walk(node: Any, path: str) -> None:
        if isinstance(node, FObj):
            for key, child in node.fields.items():
                if not (key == "extensions" and not path):
                    walk(child, f"{path}.{key}" if path else key)
        elif isinstance(node, FList):
            if not node.items and not node.complete:
                note(
                    f"{path} is an empty open list, which does not say there are none; "
                    "write '{items: [], complete: true}' if the contract says none, or leave "
                    "it out",
                    node,
                )
            for index, item in enumerate(node.items):
                walk(item, f"{path}[{index}]")

    walk(doc.facts, "")
    return sorted(notes, key=lambda n: (n.line or 0, n.col or 0))


@record
class IdRegistry:
    """The contract ids of one run, with the file and position of each: two contracts with
    the same id are an error (waivers and baselines match contracts by id)."""

    seen: dict[str, tuple[str, int, int]] = field(default_factory=dict)

    def claim(self, ident: str, path: str, line: int, col: int) -> InputError | None:
        """None, or the error when ``ident`` is already the id of another file's contract."""
        first = self.seen.get(ident)
        if first is None:
            self.seen[ident] = (path, line, col)
            return None
        return InputError(
            f"contract id {ident!r} is also the id of {first[0]} (line {first[1]}): give each "
            "contract its own id (waivers and baselines match contracts by id)",
            file=path,
            line=line,
            col=col,
        )


def load_contract(
    path: str, limits: Limits = DEFAULT_LIMITS, as_of: date | None = None
) -> ContractDoc:
    """Read, validate and build one contract description (``-`` reads standard input),
    with the facts of the terms in force on ``as_of`` (default: today)."""
    with phase("read"):
        root = load_file(path, limits)
    with phase("facts"):
        return build_contract(root, path, limits=limits, as_of=as_of)


def check_extensions(doc: ContractDoc, schemas: dict[str, dict[str, Any]], name: str) -> None:
    """Validate facts under ``extensions.<pack-id>`` against the schema that pack declares.

    A namespace no known pack declares is an error (a typo must never become a silent
    unknown). jsonschema is imported only when a contract has extension facts.
    """
    extensions = doc.facts.fields.get("extensions")
    if not isinstance(extensions, FObj):
        return
    with phase("validate"):
        _check_extensions(extensions, schemas, name)


def _check_extensions(extensions: FObj, schemas: dict[str, dict[str, Any]], name: str) -> None:
    from jsonschema import Draft202012Validator

    from compliance.facts.tree import FList, FNode

    for namespace, node in sorted(extensions.fields.items()):
        schema = schemas.get(namespace)
        if schema is None:
            from compliance.core.hints import did_you_mean

            extra = did_you_mean(namespace, sorted(schemas))
            known = ", ".join(sorted(schemas)) or "none"
            raise InputError(
                f"extensions.{namespace}: no loaded pack declares these facts{extra} "
                f"(packs with extension facts: {known})",
                file=name,
                line=node.line,
                col=node.col,
            )
        validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        errors = sorted(validator.iter_errors(plain_value(node)), key=lambda e: list(e.path))
        if errors:
            error = errors[0]
            target: FNode = node
            for step in error.absolute_path:
                if isinstance(target, FObj) and isinstance(step, str) and step in target.fields:
                    target = target.fields[step]
                elif isinstance(target, FList) and isinstance(step, int):
                    target = target.items[step]
            where = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in error.path)
            raise InputError(
                f"extensions.{namespace}{where}: {error.message}",
                file=name,
                line=target.line,
                col=target.col,
            )
