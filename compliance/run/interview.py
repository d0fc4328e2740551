"""``compliance interview``: describe a contract by answering the questions that decide verdicts.

A :class:`Session` holds a description (empty, or read from a file) and the answers given
so far. The next question is the first of the ranking ``gaps --questions`` computes
(:func:`compliance.report.gaps.questions`) that settles the most verdicts and was not skipped; its
text is the vocabulary's question text (:mod:`compliance.facts.questions`). The written
file is the description with the answers applied in the order given
(:mod:`compliance.run.answers`), so the same answers always give the same file.
"""

from __future__ import annotations

import copy
import os
import re
import tempfile
from functools import cache
from typing import TYPE_CHECKING, Any

from compliance.core.errors import InputError
from compliance.core.records import field, record
from compliance.report.gaps import Question
from compliance.report.results import ContractReport
from compliance.run.answers import UNSPECIFIED, Answer, apply, dump, is_list, kind_of

if TYPE_CHECKING:
    from compliance.document.limits import Limits

TALLY = ("pass", "fail", "unknown", "not_applicable")


@record
class Step:
    """An answered question and the verdicts the answer decided (rule id -> status)."""

    question: Question | None
    answer: Answer
    decided: dict[str, str] = field(default_factory=dict)


@cache
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


def parse_text(path: str, text: str, limits: Limits | None = None) -> Any:
    """An answer typed at the prompt, as the value to write (raises ValueError, or
    InputError for text that is not YAML): read as a file's text is, with the run's
    ``limits`` and the same rules for characters, numbers and dates."""
    from compliance.document.limits import bad_character

    text = text.strip()
    escaped = re.search("[\udc80-\udcff]", text)  # a byte that is not UTF-8 (see _read)
    if escaped is not None:
        byte = ord(escaped.group()) - 0xDC00
        raise ValueError(f"invalid UTF-8 (byte 0x{byte:02x}) in the answer; type UTF-8 text")
    problem = bad_character(text)  # a control character
    if problem is not None:
        raise ValueError(problem.replace(" in a string", " in the answer"))
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
    loaded = None
    if text:  # read as every input is: NO is Norway, 4.10 is text
        from compliance.document.loader import DEFAULT_LIMITS
        from compliance.document.loader import parse_text as parse_document
        from compliance.run.answers import document_data

        node = parse_document(text, "answer", json=False, limits=limits or DEFAULT_LIMITS)
        loaded = document_data(node)
    if loaded is None:
        raise ValueError("no answer given")
    return loaded


def _scalar(kind: str, text: str) -> Any:
    """A one-word answer, read by the rules of a file's plain values
    (:mod:`compliance.core.scalars`): ASCII digits only, at most 18 of them, a date written
    YYYY-MM-DD (``int`` and ``float`` also read other scripts' digits, ``1_000``, ``nan``
    and ``inf``, and ``date.fromisoformat`` reads 20261127)."""
    from datetime import date

    from compliance.core import scalars

    if kind == "bool":
        lowered = text.lower()
        if lowered in ("y", "yes", "true"):
            return True
        if lowered in ("n", "no", "false"):
            return False
        raise ValueError("answer yes or no")
    if kind in ("int", "number"):
        long = scalars.too_many_digits(text)
        if long is not None:
            raise ValueError(long)
    if kind == "int":
        if not scalars.INT.match(text):
            least = ", 0 or more" if text.startswith("-") else ""
            raise ValueError(f"expected a whole number{least}, got {text!r}")
        return int(text)
    if kind == "number":
        if not scalars.NUMBER.match(text):
            raise ValueError(f"expected a number, got {text!r}")
        return float(text) if any(c in text for c in ".eE") else int(text)
    if kind == "date":
        if not scalars.DATE.match(text):
            raise ValueError(f"expected a date written YYYY-MM-DD, got {text!r}")
        return date.fromisoformat(text)
    return text


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
    col = None if answer.line is None else 1
    return InputError(f"the answer for {answer.path} is refused: {exc}", line=answer.line, col=col)


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
