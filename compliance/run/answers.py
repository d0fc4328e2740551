"""Answers to the interview's questions, and how they are written into a contract description.

An answer puts the fact under the clause that states it (the clause is created when new),
as the documented style asks: facts under their clauses, lists complete only when the
answer says so. Applying the same answers in the same order always gives the same file.

Answers files (``--answers``) map a fact path to its answer::

    use_cases: {answer: [translation], complete: true, clause: "2", quote: "..."}
    data.dpia: {answer: yes, clause: "7.2"}
    signed_on: 2027-01-15            # an answer with no clause: a top-level fact
    parties[0].roles: {complete: true}   # the list as written is complete

``unspecified`` records that the contract does not say; ``skip`` leaves the fact out.
"""

from __future__ import annotations

import re
from typing import Any

from compliance.core.errors import InputError
from compliance.core.records import record

UNSPECIFIED = "unspecified"
SKIP = "skip"

_SEGMENT = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+|\*)\])?$")


@record
class Answer:
    """One answer: the fact path, its value (``unspecified`` when the contract does not
    say), the clause that states it (None: a top-level fact) and an optional quote."""

    path: str
    value: Any
    clause: str | None = None
    quote: str | None = None
    complete: bool = False
    #: The answer to an open-list question: the list, as written, is complete.
    close: bool = False
    #: Where an answers file gives it (None: typed at the prompt).
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {} if self.close else {"answer": self.value}
        if self.complete or self.close:
            out["complete"] = True
        if self.clause is not None:
            out["clause"] = self.clause
        if self.quote:
            out["quote"] = self.quote
        return out


def new_document(ident: str = "interview", title: str | None = None) -> dict[str, Any]:
    return {
        "id": ident,
        "title": title or "Contract description written by compliance interview",
    }


def _segments(path: str) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for part in path.split("."):
        match = _SEGMENT.match(part)
        if match is None:
            raise InputError(f"not a fact path: {path!r}")
        out.append((match.group(1), match.group(2)))
    return out


def _listed(value: Any, complete: bool) -> Any:
    if isinstance(value, list) and complete:
        return {"items": value, "complete": True}
    return value


def _nest(segments: list[tuple[str, str | None]], value: Any, complete: bool) -> Any:
    """The value of a path's tail as nested mappings (``[*]``: one element per value)."""
    if not segments:
        return value
    name, index = segments[0]
    if index == "*":
        values = value if isinstance(value, list) else [value]
        items = [_nest(segments[1:], v, False) for v in values]
        return {name: _listed(items, complete)}
    if index is not None:
        raise InputError("an indexed path needs the list it points into")
    if segments[1:]:
        return {name: _nest(segments[1:], value, complete)}
    return {name: _listed(value, complete)}


def _put(target: dict[str, Any], tree: dict[str, Any]) -> None:
    for key, value in tree.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict) and "items" not in value:
            _put(target[key], value)
        else:
            target[key] = value


def _facts_holding(doc: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The fact mappings of the document (top level, then clauses) that state ``name``."""
    out: list[dict[str, Any]] = []
    if name in doc:
        out.append(doc)
    for clause in doc.get("clauses") or []:
        facts = clause.get("facts") if isinstance(clause, dict) else None
        if isinstance(facts, dict) and name in facts:
            out.append(facts)
    return out


def _holders(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Where facts are written: the top level, each clause, each source."""
    out = [doc]
    for key in ("clauses", "sources"):
        for place in doc.get(key) or []:
            facts = place.get("facts") if isinstance(place, dict) else None
            if isinstance(facts, dict):
                out.append(facts)
    return out


#: What :func:`_follow` returns for a path that is not written.
_ABSENT: Any = object()


def _follow(node: Any, segments: list[tuple[str, str | None]]) -> Any:
    """The value a path reaches below ``node`` (lists through their ``items`` when marked
    complete), or :data:`_ABSENT` where it is not written (``[*]`` reaches no one value)."""
    for name, index in segments:
        if not isinstance(node, dict) or name not in node:
            return _ABSENT
        node = node[name]
        if isinstance(node, dict) and "items" in node:
            node = node["items"]
        if index is not None:
            if index == "*" or not isinstance(node, list) or int(index) >= len(node):
                return _ABSENT
            node = node[int(index)]
    return node


def _walk(node: Any, segments: list[tuple[str, str | None]]) -> tuple[dict[str, Any], str] | None:
    """The mapping and key that hold a path's value below ``node`` (None: not written)."""
    *head, (name, index) = segments
    parent = _follow(node, head)
    if index is not None or not isinstance(parent, dict) or name not in parent:
        return None
    return parent, name


def _close(doc: dict[str, Any], answer: Answer) -> None:
    """Mark a written list complete, where it is written."""
    segments = _segments(answer.path)
    for holder in _holders(doc):
        found = _walk(holder, segments)
        if found is None:
            continue
        container, key = found
        value = container[key]
        if isinstance(value, list):
            container[key] = {"items": value, "complete": True}
            return
        if isinstance(value, dict) and "items" in value:
            value["complete"] = True
            return
    raise InputError(f"{answer.path}: no list written there to mark complete")


def _set_indexed(doc: dict[str, Any], answer: Answer) -> None:
    """A fact of one element of a list already written (``parties[1].country``): set in
    the element where the list is written."""
    segments = _segments(answer.path)
    first = next(i for i, (_, index) in enumerate(segments) if index not in (None, "*"))
    head = segments[: first + 1]
    holders = _facts_holding(doc, head[0][0])
    if not holders:
        raise InputError(f"{answer.path}: the list it points into is not written")
    node = _follow(holders[0], head)
    if node is _ABSENT:
        raise InputError(f"{answer.path}: no such list element")
    if not isinstance(node, dict):
        raise InputError(f"{answer.path}: the list element is not an object")
    _put(node, _nest(segments[first + 1 :], answer.value, answer.complete))


def _set_by_id(doc: dict[str, Any], answer: Answer) -> bool:
    """A fact of a list element that has an id, stated in the answer's clause: the clause
    names the element by its id (lists merge by id), so the clause is the evidence."""
    segments = _segments(answer.path)
    indexed = [i for i, (_, index) in enumerate(segments) if index is not None]
    if answer.clause is None or len(indexed) != 1:
        return False
    head, tail = segments[: indexed[0] + 1], segments[indexed[0] + 1 :]
    found = (_follow(holder, head) for holder in _holders(doc))
    element = next((e for e in found if e is not None and e is not _ABSENT), None)
    if not isinstance(element, dict) or "id" not in element or not tail:
        return False
    entry: dict[str, Any] = {"id": element["id"]}
    _put(entry, _nest(tail, answer.value, answer.complete))
    clause = clause_of(doc, answer.clause, answer.quote)
    node = clause.get("facts")
    if not isinstance(node, dict):
        node = clause["facts"] = {}
    return _merge_by_id(node, head, entry)


def _merge_by_id(node: dict[str, Any], head: list[tuple[str, str | None]], entry: Any) -> bool:
    """Put ``entry`` into the list ``head`` names below ``node`` (a clause's facts),
    merged into the element with its id if there is one (False: no list can be written
    there)."""
    for name, _ in head[:-1]:
        child = node.setdefault(name, {})
        if not isinstance(child, dict) or "items" in child:
            return False
        node = child
    name = head[-1][0]
    listed = node.get(name)
    if listed is None:
        node[name] = [entry]
        return True
    items = listed.get("items") if isinstance(listed, dict) else listed
    if not isinstance(items, list):
        return False
    same = next((i for i in items if isinstance(i, dict) and i.get("id") == entry["id"]), None)
    if same is None:
        items.append(entry)
    else:
        _put(same, {k: v for k, v in entry.items() if k != "id"})
    return True


def clause_of(doc: dict[str, Any], ident: str, quote: str | None) -> dict[str, Any]:
    """The clause with this id (created at the end when new); the quote becomes its text
    when it has none."""
    clauses = doc.setdefault("clauses", [])
    for clause in clauses:
        if isinstance(clause, dict) and str(clause.get("id")) == ident:
            if quote and not clause.get("text"):
                clause["text"] = quote
            return clause
    clause = {"id": ident}
    if quote:
        clause["text"] = quote
    clause["facts"] = {}
    clauses.append(clause)
    return clause


def apply(doc: dict[str, Any], answer: Answer) -> None:
    """Write an answer into the description (in place)."""
    if answer.close:
        _close(doc, answer)
        return
    segments = _segments(answer.path)
    if any(index not in (None, "*") for _, index in segments):
        if not _set_by_id(doc, answer):
            _set_indexed(doc, answer)
        return
    tree = _nest(segments, answer.value, answer.complete)
    if answer.clause is None:
        _put(doc, tree)
        return
    clause = clause_of(doc, answer.clause, answer.quote)
    facts = clause.get("facts")
    if not isinstance(facts, dict):
        facts = clause["facts"] = {}
    _put(facts, tree)


class Verbatim(str):
    """Text written plain (unquoted) in a description or an answers file: written back
    plain, as it was (``4.10``, ``NO``, ``6``, ``2026-06-01``), so that it reads back as
    the same value (:mod:`compliance.document.loader` types no plain text)."""

    __slots__ = ()


def document_data(node: Any) -> Any:
    """Plain data from a node tree, plain text marked :class:`Verbatim`."""
    from compliance.document.nodes import Mapping, Scalar, Sequence

    if isinstance(node, Scalar):
        value = node.value
        return Verbatim(value) if node.plain and type(value) is str else value
    if isinstance(node, Mapping):
        return {key: document_data(value) for key, value in node.items()}
    if isinstance(node, Sequence):
        return [document_data(item) for item in node.items]
    raise TypeError(f"not a node: {node!r}")


def read_document(path: str, limits: Any = None) -> Any:
    """A YAML or JSON file as plain data, read as every other input is (limits, duplicate
    keys, no implicit typing: ``4.10`` and ``NO`` stay text)."""
    from compliance.document.loader import DEFAULT_LIMITS, load_file

    return document_data(load_file(path, limits or DEFAULT_LIMITS))


def dumper() -> Any:
    """The YAML dumper of the descriptions written: text is quoted where YAML would read
    it as something else, except :class:`Verbatim` text, written plain as it was read."""
    import yaml

    class _Dumper(yaml.SafeDumper):
        pass

    def verbatim(dumper: Any, value: Verbatim) -> Any:
        text = str(value)
        return dumper.represent_scalar(dumper.resolve(yaml.ScalarNode, text, (True, False)), text)

    _Dumper.add_representer(Verbatim, verbatim)
    return _Dumper


def dump(doc: dict[str, Any]) -> str:
    """The description as YAML: keys in the order written, the same text for the same
    document, every value read back as it was written (see :func:`dumper`)."""
    import yaml

    text: str = yaml.dump(
        doc,
        Dumper=dumper(),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return "# Written by compliance interview.\n" + text


def _table() -> dict[str, dict[str, Any]]:
    import json

    from compliance.facts.table import table_json_text

    loaded: dict[str, dict[str, Any]] = json.loads(table_json_text())
    return loaded


def kind_of(path: str) -> dict[str, Any]:
    """The fact table's entry for a path (kind, item, vocab, description)."""
    from compliance.facts.questions import pattern

    return _table().get(pattern(path), {})


def is_list(path: str) -> bool:
    return kind_of(path).get("kind") == "list" or "[*]" in path


_YES_NO = frozenset({"y", "yes", "n", "no"})


def _yes_no(path: str, value: str) -> Any:
    """``yes`` or ``no`` answering a yes/no fact is ``true`` or ``false``, as at the
    prompt; anywhere else it stays text (``NO`` is Norway)."""
    if kind_of(path).get("kind") != "bool" or is_list(path):
        return value
    return value.lower().startswith("y")


def load_answers(path: str, limits: Any = None) -> list[Answer]:
    """An answers file: a mapping of fact path -> answer (or {answer, clause, quote,
    complete}); ``skip`` answers are dropped. Read with the limits on untrusted input."""
    from compliance.document.loader import DEFAULT_LIMITS, display_name, load_file
    from compliance.document.nodes import Mapping

    name = display_name(path)
    root = load_file(path, limits or DEFAULT_LIMITS)  # size, depth, aliases; positioned
    inner = root.get("answers") if isinstance(root, Mapping) else None
    if isinstance(inner, Mapping):
        root = inner
    if not isinstance(root, Mapping):
        raise InputError(
            "an answers file maps fact paths to answers", file=name, line=root.line, col=root.col
        )
    out: list[Answer] = []
    for key, (key_node, value_node) in root.entries.items():
        line = key_node.line
        spec = document_data(value_node)
        path_text = str(key)
        try:
            _segments(path_text)
        except InputError as exc:
            raise InputError(exc.message, file=name, line=line, col=key_node.col) from None
        keys = {"answer", "clause", "quote", "complete"}
        if isinstance(spec, dict) and set(spec) == {"complete"} and spec["complete"] is True:
            out.append(Answer(path_text, None, close=True, line=line))
            continue
        if isinstance(spec, dict) and "answer" in spec:
            extra = set(spec) - keys
            if extra:
                raise InputError(
                    f"{path_text}: unknown key {sorted(extra)[0]!r}", file=name, line=line, col=1
                )
            value = spec["answer"]
            clause = spec.get("clause")
            quote = spec.get("quote")
            complete = bool(spec.get("complete", False))
        else:
            value, clause, quote, complete = spec, None, None, False
        if value == SKIP:
            continue
        if isinstance(value, str) and value.lower() in _YES_NO:
            value = _yes_no(path_text, value)
        out.append(
            Answer(
                path_text,
                value,
                None if clause is None else str(clause),
                None if quote is None else str(quote),
                complete,
                line=line,
            )
        )
    return out
