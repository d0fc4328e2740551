"""``compliance gaps``: what a contract lacks, and the questions to send the counterparty.

:func:`questions` turns the unknowns of a contract into a list of questions: one
plain-language question per missing fact (the same fact of several list elements, such
as each party's establishment, is asked once), in the words of the vocabulary's question
texts (:mod:`compliance.facts.questions`), with the rules an answer would settle or narrow.
Questions are grouped by topic; within a topic, and topics among themselves, the question
that settles most verdicts comes first.

:func:`open_lists` names the open lists that keep rules unknown, with the fix when the
contract does enumerate them (``complete: true``).
"""

from __future__ import annotations

from typing import Any

from compliance.core.records import field, record
from compliance.report.reasons import sorted_results
from compliance.report.results import ContractReport, MissingItem, Result
from compliance.report.status import FAIL, UNKNOWN_S, WAIVED

OPEN = "open"
#: The topic of a question on a condition whose day is not known.
CONDITION_TOPIC = "Terms in time"


@record
class Question:
    """A question about one fact (for every list element it concerns), with the rules an
    answer would decide."""

    text: str
    topic: str
    path: str  # the fact's path pattern (parties[*].roles)
    facts: list[MissingItem]  # the missing facts it asks for
    rules: list[str]  # full ids of the rules whose unknown it would settle or narrow
    number: int = 0  # its place in the list (1-based), set by :func:`questions`
    left_open: bool = False  # the contract writes the fact as unspecified

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "topic": self.topic,
            "question": self.text,
            "path": self.path,
            "facts": [m.to_dict() for m in self.facts],
            "rules": self.rules,
            "settles": len(self.rules),
        }


@record
class OpenList:
    """An open list (it may hold more than it says) that keeps rules unknown."""

    path: str
    line: int | None
    rules: list[str] = field(default_factory=list)

    @property
    def fix(self) -> str:
        """The one-line change to the description when the list is in fact complete."""
        name = self.path.rsplit(".", 1)[-1]
        name = name.split("[", 1)[0]
        return f"{name}: {{items: [...], complete: true}}"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "rules": self.rules, "fix": self.fix}


def gaps(contract: ContractReport) -> list[Result]:
    """The fails, then the unknowns (worst first)."""
    return [r for r in sorted_results(contract.results) if r.status in (FAIL, UNKNOWN_S)]


def waived(contract: ContractReport) -> list[Result]:
    """The fails and unknowns accepted under a waiver (``--waivers``), worst first."""
    return [r for r in sorted_results(contract.results) if r.status == WAIVED]


def questions(contract: ContractReport) -> list[Question]:
    """One question per missing fact path (list elements together), grouped by topic,
    numbered in the order listed."""
    from compliance.facts import questions as fq

    unknowns = sorted(
        (r for r in contract.results if r.status == UNKNOWN_S), key=lambda r: r.full_id
    )
    found: dict[tuple[str, bool], Question] = {}
    # What each question already lists (its facts' paths, its rules), for the lookups.
    listed: dict[tuple[str, bool], tuple[set[str], set[str]]] = {}
    for result in unknowns:
        rule = result.full_id
        for missing in result.missing:
            is_open = missing.reason == OPEN
            key = (fq.pattern(missing.path), is_open)
            entry = found.get(key)
            if entry is None:
                text = fq.open_list_question(key[0]) if is_open else fq.question(key[0])
                entry = found[key] = Question(text, fq.topic(key[0]), key[0], [], [])
                listed[key] = (set(), set())
            paths, rules = listed[key]
            if missing.path not in paths:
                paths.add(missing.path)
                entry.facts.append(missing)
            if rule not in rules:
                rules.add(rule)
                entry.rules.append(rule)
            entry.left_open = entry.left_open or missing.reason == "unspecified"
        for ref in sorted({m.clause or m.source_id or "" for m in result.missing}):
            if ref not in contract.conditions:
                continue
            key = (f"condition of {ref}", False)
            entry = found.get(key)
            if entry is None:
                text = contract.conditions[ref]
                entry = found[key] = Question(text, CONDITION_TOPIC, key[0], [], [])
                listed[key] = (set(), set())
            if rule not in listed[key][1]:
                listed[key][1].add(rule)
                entry.rules.append(rule)
    for (path, is_open), entry in list(found.items()):
        whole = found.get((path, False))
        if is_open and whole is not None:
            # The terms do not state the list at all (a report may list some of it): ask
            # for the list, once, for every rule that waits on it.
            whole.rules = sorted(set(whole.rules) | set(entry.rules))
            whole.left_open = whole.left_open or entry.left_open
            del found[(path, is_open)]
    ranked = sorted(found.values(), key=lambda q: (-len(q.rules), q.topic, q.path, q.text))
    topics: dict[str, list[Question]] = {}
    for entry in ranked:
        topics.setdefault(entry.topic, []).append(entry)
    out = [entry for group in topics.values() for entry in group]
    for number, entry in enumerate(out, start=1):
        entry.facts.sort(key=lambda m: m.path)
        entry.number = number
    return out


def open_lists(contract: ContractReport) -> list[OpenList]:
    """The open lists that keep rules unknown, most rules first."""
    found: dict[str, OpenList] = {}
    for result in sorted(contract.results, key=lambda r: r.full_id):
        if result.status != UNKNOWN_S:
            continue
        for missing in result.missing:
            if missing.reason != OPEN:
                continue
            entry = found.setdefault(missing.path, OpenList(missing.path, missing.line))
            if result.full_id not in entry.rules:
                entry.rules.append(result.full_id)
    return sorted(found.values(), key=lambda o: (-len(o.rules), o.path))


def to_dict(contract: ContractReport, with_questions: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"path": contract.path, "id": contract.id, "title": contract.title}
    out["open_lists"] = [o.to_dict() for o in open_lists(contract)]
    if with_questions:
        out["questions"] = [q.to_dict() for q in questions(contract)]
    else:
        keep = {
            "id",
            "title",
            "status",
            "assumed",
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
        accepted = waived(contract)
        if accepted:
            keep |= {"waived_status", "waiver"}
            out["waived"] = [
                {key: value for key, value in result.to_dict().items() if key in keep}
                for result in accepted
            ]
    return out
