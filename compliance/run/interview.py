"""``compliance interview``: describe a contract by answering the questions that decide verdicts.

A :class:`Session` holds a description (empty, or read from a file) and the answers given
so far. The next question is the first of the ranking ``gaps --questions`` computes
(:func:`compliance.report.gaps.questions`) that settles the most verdicts and was not skipped; its
text is the vocabulary's question text (:mod:`compliance.facts.questions`). An answer puts
the fact under the clause that states it (the clause is created when new), as the
documented style asks: facts under their clauses, lists complete only when the answer says
so. The written file is the description with the answers applied in the order given, so
the same answers always give the same file.

Answers files (``--answers``) map a fact path to its answer::

    use_cases: {answer: [translation], complete: true, clause: "2", quote: "..."}
    data.dpia: {answer: yes, clause: "7.2"}
    signed_on: 2027-01-15            # an answer with no clause: a top-level fact
    parties[0].roles: {complete: true}   # the list as written is complete

``unspecified`` records that the contract does not say; ``skip`` leaves the fact out.
"""

from __future__ import annotations

import copy
import os
import re
import tempfile
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from compliance.core.errors import InputError
from compliance.report.gaps import Question
from compliance.report.results import ContractReport

UNSPECIFIED = "unspecified"
SKIP = "skip"
TALLY = ("pass", "fail", "unknown", "not_applicable")

_SEGMENT = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+|\*)\])?$")


@dataclass
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

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {} if self.close else {"answer": self.value}
        if self.complete or self.close:
            out["complete"] = True
        if self.clause is not None:
            out["clause"] = self.clause
        if self.quote:
            out["quote"] = self.quote
        return out


@dataclass
class Step:
    """An answered question and the verdicts the answer decided (rule id -> status)."""

    question: Question | None
    answer: Answer
    decided: dict[str, str] = field(default_factory=dict)


def new_document(ident: str = "interview", title: str | None = None) -> dict[str, Any]:
    return {
        "id": ident,
        "title": title or "Contract description written by compliance interview",
    }


@cache
def _table() -> dict[str, dict[str, Any]]:
    import json

    from compliance.facts.table import table_json_text

    loaded: dict[str, dict[str, Any]] = json.loads(table_json_text())
    return loaded


def kind_of(path: str) -> dict[str, Any]:
    """The fact table's entry for a path (kind, item, vocab, description)."""
    from compliance.facts.questions import pattern

    return _table().get(pattern(path), {})


def allowed(path: str) -> list[str]:
    """The allowed answers, one per line: vocabulary values with their meanings, or the
    form of the value (yes/no, a date, a number, a country)."""
    from compliance.facts.vocabulary import VOCABULARIES

    entry = kind_of(path)
    kind = str(entry.get("kind", ""))
    item = entry.get("item") or {}
    many = kind == "list"
    base = item if many else entry
    base_kind = str(base.get("kind", ""))
    lines: list[str] = []
    if many:
        lines.append("one or more of these, separated by commas:")
    if base_kind == "vocab":
        vocab = VOCABULARIES.get(str(base.get("vocab", "")), {})
        lines.extend(f"  {value} - {meaning}" for value, meaning in vocab.items())
    elif base_kind == "bool":
        lines.append("yes or no")
    elif base_kind == "date":
        lines.append("a date, YYYY-MM-DD")
    elif base_kind in ("int", "number"):
        lines.append("a number")
    elif base_kind == "jurisdiction":
        lines.append("a country code (DE, FR...) or a group (EU, EEA, NATO)")
    elif base_kind == "object":
        lines.append("the entries in YAML flow style, e.g. [{id: vendor, roles: [provider]}]")
    else:
        lines.append("a short text")
    return lines


def is_list(path: str) -> bool:
    return kind_of(path).get("kind") == "list" or "[*]" in path


def parse_text(path: str, text: str) -> Any:
    """An answer typed at the prompt, as the value to write (raises ValueError)."""
    import yaml

    text = text.strip()
    if text == UNSPECIFIED:
        return UNSPECIFIED
    entry = kind_of(path)
    kind = str(entry.get("kind", ""))
    base = (entry.get("item") or {}) if kind == "list" else entry
    base_kind = str(base.get("kind", ""))
    if is_list(path) and base_kind != "object" and not text.startswith("["):
        return [_scalar(base_kind, part.strip()) for part in text.split(",") if part.strip()]
    if base_kind in ("bool", "int", "number", "date") and not is_list(path):
        return _scalar(base_kind, text)
    loaded = yaml.safe_load(text) if text else None
    if loaded is None:
        raise ValueError("no answer given")
    return loaded


def _scalar(kind: str, text: str) -> Any:
    from datetime import date

    if kind == "bool":
        lowered = text.lower()
        if lowered in ("y", "yes", "true"):
            return True
        if lowered in ("n", "no", "false"):
            return False
        raise ValueError("answer yes or no")
    if kind == "int":
        return int(text)
    if kind == "number":
        return float(text)
    if kind == "date":
        return date.fromisoformat(text)
    return text


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


def _walk(node: Any, segments: list[tuple[str, str | None]]) -> tuple[dict[str, Any], str] | None:
    """The mapping and key that hold a path's value below ``node`` (None: not written)."""
    for position, (name, index) in enumerate(segments):
        if not isinstance(node, dict) or name not in node:
            return None
        if position == len(segments) - 1 and index is None:
            return node, name
        node = node[name]
        if isinstance(node, dict) and "items" in node:
            node = node["items"]
        if index is not None:
            if index == "*" or not isinstance(node, list) or int(index) >= len(node):
                return None
            node = node[int(index)]
    return None


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
    node: Any = holders[0]
    for name, index in head:
        node = node.get(name) if isinstance(node, dict) else None
        if isinstance(node, dict) and "items" in node:
            node = node["items"]
        if index is not None:
            if not isinstance(node, list) or int(index) >= len(node):
                raise InputError(f"{answer.path}: no such list element")
            node = node[int(index)]
    if not isinstance(node, dict):
        raise InputError(f"{answer.path}: the list element is not an object")
    _put(node, _nest(segments[first + 1 :], answer.value, answer.complete))


def _element(holder: dict[str, Any], head: list[tuple[str, str | None]]) -> Any:
    """The list element a path's head (``parties[1]``) points to below ``holder``."""
    node: Any = holder
    for name, index in head:
        node = node.get(name) if isinstance(node, dict) else None
        if isinstance(node, dict) and "items" in node:
            node = node["items"]
        if index is not None:
            if index == "*" or not isinstance(node, list) or int(index) >= len(node):
                return None
            node = node[int(index)]
    return node


def _set_by_id(doc: dict[str, Any], answer: Answer) -> bool:
    """A fact of a list element that has an id, stated in the answer's clause: the clause
    names the element by its id (lists merge by id), so the clause is the evidence."""
    segments = _segments(answer.path)
    indexed = [i for i, (_, index) in enumerate(segments) if index is not None]
    if answer.clause is None or len(indexed) != 1:
        return False
    head, tail = segments[: indexed[0] + 1], segments[indexed[0] + 1 :]
    element = next((e for e in (_element(h, head) for h in _holders(doc)) if e is not None), None)
    if not isinstance(element, dict) or "id" not in element or not tail:
        return False
    entry: dict[str, Any] = {"id": element["id"]}
    _put(entry, _nest(tail, answer.value, answer.complete))
    clause = clause_of(doc, answer.clause, answer.quote)
    node = clause.get("facts")
    if not isinstance(node, dict):
        node = clause["facts"] = {}
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


def dump(doc: dict[str, Any]) -> str:
    """The description as YAML: keys in the order written, the same text for the same
    document."""
    import yaml

    text: str = yaml.safe_dump(
        doc, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100
    )
    return "# Written by compliance interview.\n" + text


def load_answers(path: str, limits: Any = None) -> list[Answer]:
    """An answers file: a mapping of fact path -> answer (or {answer, clause, quote,
    complete}); ``skip`` answers are dropped. Read with the limits on untrusted input."""
    import yaml

    from compliance.document.loader import DEFAULT_LIMITS, decode, load_file, read_bytes

    name = path
    load_file(path, limits or DEFAULT_LIMITS)  # size, depth, aliases; FILE:LINE:COL errors
    loaded = yaml.safe_load(decode(read_bytes(path, limits or DEFAULT_LIMITS), name))
    if loaded is None:
        return []
    if isinstance(loaded, dict) and isinstance(loaded.get("answers"), dict):
        loaded = loaded["answers"]
    if not isinstance(loaded, dict):
        raise InputError("an answers file maps fact paths to answers", file=name, line=1)
    out: list[Answer] = []
    for key, spec in loaded.items():
        path_text = str(key)
        _segments(path_text)
        keys = {"answer", "clause", "quote", "complete"}
        if isinstance(spec, dict) and set(spec) == {"complete"} and spec["complete"] is True:
            out.append(Answer(path_text, None, close=True))
            continue
        if isinstance(spec, dict) and "answer" in spec:
            extra = set(spec) - keys
            if extra:
                raise InputError(f"{path_text}: unknown key {sorted(extra)[0]!r}", file=name)
            value = spec["answer"]
            clause = spec.get("clause")
            quote = spec.get("quote")
            complete = bool(spec.get("complete", False))
        else:
            value, clause, quote, complete = spec, None, None, False
        if value == SKIP:
            continue
        out.append(
            Answer(
                path_text,
                value,
                None if clause is None else str(clause),
                None if quote is None else str(quote),
                complete,
            )
        )
    return out


def covers(answer_path: str, question_path: str) -> bool:
    """Whether an answer (at a path or one of its prefixes) answers a question."""
    from compliance.facts.questions import pattern

    mine = pattern(answer_path)
    return question_path == mine or question_path.startswith((mine + ".", mine + "["))


class Session:
    """An interview: a description, the answers given, the verdicts they give."""

    def __init__(self, base: dict[str, Any], options: Any, name: str = "interview.yaml") -> None:
        from compliance.run.batch import Render, make_plan

        self.base = copy.deepcopy(base)
        self.options = options
        self.plan = make_plan(options, Render(keep=True))
        self.steps: list[Step] = []
        self.skipped: set[str] = set()
        self._folder = tempfile.TemporaryDirectory(prefix="compliance-interview-")
        self._path = os.path.join(self._folder.name, os.path.basename(name) or "interview.yaml")
        self._report: ContractReport | None = None
        self._ranked: list[Question] | None = None

    def close(self) -> None:
        self._folder.cleanup()

    def document(self) -> dict[str, Any]:
        doc = copy.deepcopy(self.base)
        for step in self.steps:
            apply(doc, step.answer)
        return doc

    def text(self) -> str:
        return dump(self.document())

    def report(self) -> ContractReport:
        if self._report is None:
            self._report = self._evaluate(self.text())
            self._ranked = None
        return self._report

    def _evaluate(self, text: str) -> ContractReport:
        from compliance.run.batch import check_file

        with open(self._path, "w", encoding="utf-8") as handle:
            handle.write(text)
        item = check_file(self.plan, self._path)
        if item.problem is not None or item.contract is None:
            message = item.problem or "cannot be checked"
            where = r"^.*?" + re.escape(os.path.basename(self._path)) + r"(:\d+)*: "
            message = re.sub(where, "", message)
            raise InputError(message)
        return item.contract

    def statuses(self) -> dict[str, str]:
        return {r.full_id: r.status for r in self.report().results}

    def tally(self) -> dict[str, int]:
        summary = self.report().summary
        return {key: summary.get(key, 0) for key in TALLY}

    def questions(self) -> list[Question]:
        """The open questions, most verdicts first (the order of ``gaps --questions`` among
        equals), without the skipped ones."""
        from compliance.report.gaps import questions

        report = self.report()
        if self._ranked is None:
            self._ranked = sorted(questions(report), key=lambda q: (-len(q.rules), q.number))
        asked = self.skipped | {s.question.path for s in self.steps if s.question is not None}
        return [q for q in self._ranked if q.path not in asked]

    def next_question(self) -> Question | None:
        found = self.questions()
        return found[0] if found else None

    def answer(self, answer: Answer, question: Question | None = None) -> Step:
        """Apply an answer; an answer that makes the description invalid is refused
        (InputError) and changes nothing."""
        return self.answer_all([answer], question)

    def answer_all(self, answers: list[Answer], question: Question | None = None) -> Step:
        """Apply answers together (one evaluation); the last step lists what they decided."""
        before = self.statuses()
        steps = [Step(question, answer) for answer in answers]
        self.steps.extend(steps)
        try:
            report = self._evaluate(self.text())
        except InputError:
            del self.steps[len(self.steps) - len(steps) :]
            raise
        self._report = report
        self._ranked = None
        after = {r.full_id: r.status for r in report.results}
        steps[-1].decided = {
            rule: status
            for rule, status in sorted(after.items())
            if status != "unknown" and before.get(rule) != status
        }
        return steps[-1]

    def skip(self, question: Question) -> None:
        self.skipped.add(question.path)

    def back(self) -> Step | None:
        if not self.steps:
            return None
        step = self.steps.pop()
        if step.question is not None:
            self.skipped.discard(step.question.path)
        self._report = None
        self._ranked = None
        return step


def why(question: Question) -> str:
    """One line: how many rules the answer decides, and on what."""
    count = len(question.rules)
    noun = "rule" if count == 1 else "rules"
    return f"decides {count} {noun} on {question.topic[:1].lower() + question.topic[1:]}"


def explain(question: Question, report: ContractReport) -> list[str]:
    """The rules the question decides, with their citations."""
    from compliance.run.explain import citation_text

    by_id = {r.full_id: r for r in report.results}
    lines = [f"Fact: {question.path}"]
    for rule in question.rules:
        result = by_id.get(rule)
        if result is None:
            continue
        lines.append(f"- {rule}: {result.title}")
        lines.extend(f"    {citation_text(c)}" for c in result.citations)
    return lines


def scripted(session: Session, answers: list[Answer]) -> list[Answer]:
    """Run the interview on an answers file: each question in turn takes the answer the file
    gives it (or is skipped). Returns the answers no question asked for, in the file's
    order (the caller applies them last, with :meth:`Session.answer_all`)."""
    pending = list(answers)
    while True:
        question = session.next_question()
        if question is None:
            break
        index = next((i for i, a in enumerate(pending) if covers(a.path, question.path)), None)
        if index is None:
            session.skip(question)
            continue
        answer = pending.pop(index)
        try:
            session.answer(answer, question)
        except InputError as exc:
            raise refused(answer, exc) from None
    return pending


def refused(answer: Answer, exc: InputError) -> InputError:
    """The error for an answer the description cannot take."""
    return InputError(f"the answer for {answer.path} is refused: {exc}")


def apply_rest(session: Session, answers: list[Answer]) -> None:
    """Apply the answers no question asked for, together; a refused one is named."""
    if not answers:
        return
    try:
        session.answer_all(answers)
    except InputError:
        for answer in answers:  # find the answer the description cannot take
            try:
                session.answer(answer)
            except InputError as exc:
                raise refused(answer, exc) from None
        raise
