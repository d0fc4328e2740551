"""``compliance gaps``: what a contract lacks, and the questions to send the counterparty.

:func:`questions` turns the unknowns of a contract into a list of questions: the distinct
missing facts, each asked once in the words of the rules' ``question`` fields. Facts that
the very same rules wait on are asked together; the list is ordered by how many verdicts
an answer would settle, and a question text already asked in an earlier entry is referred
to by number instead of being asked again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from compliance.reasons import sorted_results
from compliance.report import FAIL, UNKNOWN_S, ContractReport, MissingItem, Result


@dataclass
class Question:
    """A missing fact to ask about, with the rules an answer would decide."""

    facts: list[MissingItem]  # the missing facts it asks for (each in one entry only)
    questions: list[str]  # the rules' question texts first asked here
    rules: list[str]  # full ids of the rules whose unknown it would settle or narrow
    see: list[int] = field(default_factory=list)  # earlier entries (1-based) asking the rest

    def to_dict(self) -> dict[str, Any]:
        return {
            "facts": [m.to_dict() for m in self.facts],
            "questions": self.questions,
            "see": self.see,
            "rules": self.rules,
            "settles": len(self.rules),
        }


def gaps(contract: ContractReport) -> list[Result]:
    """The fails, then the unknowns (worst first)."""
    return [r for r in sorted_results(contract.results) if r.status in (FAIL, UNKNOWN_S)]


def questions(contract: ContractReport) -> list[Question]:
    """One entry per group of missing facts that the same rules wait on."""
    unknowns = [r for r in contract.results if r.status == UNKNOWN_S]
    facts: dict[str, MissingItem] = {}
    waiting: dict[str, list[Result]] = {}
    for result in sorted(unknowns, key=lambda r: r.full_id):
        for missing in result.missing:
            facts.setdefault(missing.path, missing)
            waiting.setdefault(missing.path, []).append(result)
    grouped: dict[tuple[str, ...], list[MissingItem]] = {}
    for path in sorted(facts):
        key = tuple(r.full_id for r in waiting[path])
        grouped.setdefault(key, []).append(facts[path])
    entries = sorted(grouped.items(), key=lambda kv: (-len(kv[0]), kv[1][0].path))
    out: list[Question] = []
    asked: dict[str, int] = {}  # question text -> entry number where it is first asked
    for number, (key, items) in enumerate(entries, start=1):
        entry = Question(items, [], list(key))
        for result in waiting[items[0].path]:
            text = " ".join(result.question.split())
            if text not in asked:
                asked[text] = number
                entry.questions.append(text)
            elif asked[text] != number and asked[text] not in entry.see:
                entry.see.append(asked[text])
        out.append(entry)
    return out


def to_dict(contract: ContractReport, with_questions: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"path": contract.path, "id": contract.id, "title": contract.title}
    if with_questions:
        out["questions"] = [q.to_dict() for q in questions(contract)]
    else:
        keep = {
            "id",
            "title",
            "status",
            "severity",
            "citations",
            "missing",
            "question",
            "remediation",
        }
        out["gaps"] = [
            {key: value for key, value in result.to_dict().items() if key in keep}
            for result in gaps(contract)
        ]
    return out
