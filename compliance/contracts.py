"""Loading contract descriptions: read, validate, and merge their facts into one tree."""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance import factschema
from compliance.errors import InputError
from compliance.facts import FObj, Merger, Prov, build
from compliance.loader import DEFAULT_LIMITS, Limits, display_name, load_file
from compliance.nodes import Mapping, Node, Scalar, Sequence
from compliance.records import field, record
from compliance.timing import phase
from compliance.validation import model_errors, require_mapping

FACT_FIELDS_EXCLUDED = frozenset({"id", "title", "description", "clauses", "sources"})


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
    from compliance.fastvalidate import valid_contract

    mapping = require_mapping(root, name, "a contract description")
    with phase("validate"):
        if valid_contract(mapping):
            return []
        return model_document_errors(mapping, name)


def model_document_errors(root: Node, name: str) -> list[InputError]:
    """Every error the pydantic models find in a contract document (the slow path)."""
    from compliance.fastvalidate import contract_schema
    from compliance.model.contract import Contract

    mapping = require_mapping(root, name, "a contract description")
    # The schema (slow to generate) only serves did-you-mean hints: build it on errors.
    if not model_errors(Contract, mapping, name):
        return []
    return model_errors(Contract, mapping, name, contract_schema())


def build_contract(
    root: Node, path: str, *, validate: bool = True, limits: Limits = DEFAULT_LIMITS
) -> ContractDoc:
    """A ContractDoc from a parsed document (validated first unless told otherwise)."""
    name = display_name(path)
    mapping = require_mapping(root, name, "a contract description")
    if validate:
        errors = validate_document(mapping, name)
        if errors:
            raise errors[0]
    table = factschema.table()
    facts_kind = factschema.Kind(factschema.OBJECT)

    statements: list[tuple[Prov, Mapping]] = []
    prevails: dict[str, set[str]] = {}
    refs: dict[str, Node] = {}
    clauses: dict[str, ClauseInfo] = {}
    sources: dict[str, SourceInfo] = {}

    top = Mapping(mapping.line, mapping.col)
    for key, entry in mapping.entries.items():
        if key not in FACT_FIELDS_EXCLUDED:
            top.entries[key] = entry
    order = 0
    statements.append((Prov("contract", None, order), top))

    def register(ref: str, node: Node, what: str) -> None:
        if ref in refs:
            first = refs[ref]
            raise InputError(
                f"duplicate {what} id {ref!r} (first at line {first.line})",
                file=name,
                line=node.line,
                col=node.col,
            )
        refs[ref] = node

    later: list[tuple[Prov, Mapping]] = []
    clause_list = mapping.get("clauses")
    source_list = mapping.get("sources")
    count = sum(len(n.items) for n in (clause_list, source_list) if isinstance(n, Sequence))
    if count > limits.max_clauses:
        where = clause_list if isinstance(clause_list, Sequence) else source_list
        assert where is not None
        raise InputError(
            f"{count} clauses and sources, over the limit of {limits.max_clauses} "
            "(raise it with --max-clauses)",
            file=name,
            line=where.line,
            col=where.col,
        )
    for item in clause_list.items if isinstance(clause_list, Sequence) else []:
        assert isinstance(item, Mapping)
        ident = _text(item.get("id")) or ""
        register(ident, item.get("id") or item, "clause")
        clauses[ident] = ClauseInfo(
            ident, _text(item.get("title")), _text(item.get("text")), item.line, item.col
        )
        order += 1
        prov = Prov(
            "clause", ident, order, _text(item.get("title")), effective=_date(item.get("effective"))
        )
        _prevails(item, ident, prevails)
        facts = item.get("facts")
        if isinstance(facts, Mapping):
            statements.append((prov, facts))
    for item in source_list.items if isinstance(source_list, Sequence) else []:
        assert isinstance(item, Mapping)
        ident = _text(item.get("id")) or ""
        register(ident, item.get("id") or item, "source")
        kind = _text(item.get("kind")) or "other"
        sources[ident] = SourceInfo(
            ident,
            kind,
            _text(item.get("title")),
            _date(item.get("date")),
            _text(item.get("url")),
            item.line,
            item.col,
            _text(item.get("note")),
        )
        order += 1
        prov = Prov(
            kind,
            ident,
            order,
            _text(item.get("title")),
            _date(item.get("date")),
            _text(item.get("url")),
            _date(item.get("effective")),
        )
        _prevails(item, ident, prevails)
        facts = item.get("facts")
        if isinstance(facts, Mapping):
            (statements if prov.contract_term else later).append((prov, facts))
    statements.extend(later)  # contract terms first, then other sources

    for ref, targets in prevails.items():
        for target in targets:
            if target not in refs:
                node = refs[ref]
                raise InputError(
                    f"prevails_over names {target!r}, which is not a clause or source id",
                    file=name,
                    line=node.line,
                    col=node.col,
                )
    closure = _closure(prevails)
    for ref, targets in closure.items():
        if ref in targets:
            node = refs[ref]
            raise InputError(
                f"prevails_over forms a cycle through {ref!r}",
                file=name,
                line=node.line,
                col=node.col,
            )

    merger = Merger(closure, name)
    merged: FObj | None = None
    for prov, facts in statements:
        try:
            tree = build(facts, facts_kind, "", prov, table)
        except InputError as exc:
            raise exc.located(name) from None
        assert isinstance(tree, FObj)
        merged = tree if merged is None else merger.merge("", merged, tree)  # type: ignore[assignment]
    assert merged is not None
    ident = _text(mapping.get("id")) or ""
    title = _text(mapping.get("title")) or ""
    doc = ContractDoc(path, ident, title, merged, mapping.line, mapping.col, clauses, sources)
    _check_party_refs(doc, name)
    _check_term(doc, name)
    return doc


def _check_term(doc: ContractDoc, name: str) -> None:
    """A term that ends before it starts is an error (in whichever statements set them)."""
    from compliance.facts import FLeaf

    term = doc.facts.fields.get("term")
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


def _prevails(item: Mapping, ident: str, prevails: dict[str, set[str]]) -> None:
    node = item.get("prevails_over")
    if isinstance(node, Sequence):
        prevails.setdefault(ident, set()).update(
            str(x.value) for x in node.items if isinstance(x, Scalar)
        )


def _closure(prevails: dict[str, set[str]]) -> dict[str, set[str]]:
    closure = {ref: set(targets) for ref, targets in prevails.items()}
    changed = True
    while changed:
        changed = False
        for targets in closure.values():
            extra: set[str] = set()
            for target in targets:
                extra |= closure.get(target, set())
            if not extra <= targets:
                targets |= extra
                changed = True
    return closure


def _check_party_refs(doc: ContractDoc, name: str) -> None:
    """Fields that name a party (operator, ...) must name one of the parties, when the
    contract lists its parties in full."""
    from compliance.facts import FLeaf, FList

    parties = doc.facts.fields.get("parties")
    known = set()
    if not isinstance(parties, FList) or parties.open:
        return  # an open (or unstated) list of parties may hold the one named
    if isinstance(parties, FList):
        for item in parties.items:
            if isinstance(item, FObj) and isinstance(item.fields.get("id"), FLeaf):
                known.add(item.fields["id"].value)  # type: ignore[union-attr]

    def walk(node: Any) -> None:
        if isinstance(node, FObj):
            for key, child in node.fields.items():
                if key == "operator" and isinstance(child, FLeaf) and child.value not in known:
                    raise InputError(
                        f"operator {child.value!r} is not the id of a party "
                        f"(parties: {', '.join(sorted(known)) or 'none'})",
                        file=name,
                        line=child.line,
                        col=child.col,
                    )
                walk(child)
        elif isinstance(node, FList):
            for item in node.items:
                walk(item)

    walk(doc.facts)


def load_contract(path: str, limits: Limits = DEFAULT_LIMITS) -> ContractDoc:
    """Read, validate and build one contract description (``-`` reads standard input)."""
    with phase("read"):
        root = load_file(path, limits)
    with phase("facts"):
        return build_contract(root, path, limits=limits)


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

    from compliance.facts import FList, FNode, plain_value

    for namespace, node in sorted(extensions.fields.items()):
        schema = schemas.get(namespace)
        if schema is None:
            from compliance.model.types import suggest

            hint = suggest(namespace, sorted(schemas))
            extra = f"; did you mean {hint!r}?" if hint else ""
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
