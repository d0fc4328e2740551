"""Rendering ``compliance gaps``: the gap list, or the questions for the counterparty.

Each contract opens with a short summary (the verdict counts, the fails by severity, the
first questions); the open lists that keep rules unknown come last, with the one-line
fix. ``audience="counsel"`` leaves out fact paths and pack hashes: the missing facts are
asked as questions, the open lists named in words.
"""

from __future__ import annotations

import textwrap
from typing import Any

from compliance.core.terminal import clean
from compliance.facts.questions import question as fact_question
from compliance.report.gaps import (
    OpenList,
    Question,
    gaps,
    open_lists,
    questions,
    to_dict,
    waived,
)
from compliance.report.reasons import (
    ASSUMED_PLACE,
    BADGES,
    decisive,
    place,
    short_reason,
    waiver_text,
)
from compliance.report.reporters.markdown import code, md
from compliance.report.results import ContractReport, Report, Result
from compliance.report.review import exec_summary

FORMATS = ("text", "markdown", "json", "docx")
AUDIENCES = ("reviewer", "counsel")

#: The mark of a gap whose verdict rests on an assumed fact (``--assume``).
ASSUMED = "rests on an assumed fact (--assume), not on the contract"

#: How counsel's list names a fact assumed with ``--assume``.
ASSUMED_FACT = "a fact assumed for this what-if (--assume), not the contract"

#: How many questions the summary names.
TOP_QUESTIONS = 3


def _missing_words(result: Result, counsel: bool, limit: int = 3) -> str:
    """Why a gap is open: the decisive or missing facts, or (for counsel) the questions."""
    if counsel and result.status == "fail":
        found = {place(item) for item in decisive(result)}
        places = sorted(found - {ASSUMED_PLACE}) + [ASSUMED_FACT] * (ASSUMED_PLACE in found)
        return "Rests on " + ", ".join(places) if places else "Fails"
    if not counsel or result.status != "unknown" or not result.missing:
        return short_reason(result, limit=limit)
    asked: list[str] = []
    for missing in result.missing:
        text = fact_question(missing.path)
        if text not in asked:
            asked.append(text)
    more = len(asked) - limit
    shown = " ".join(asked[:limit])
    law = " The law is also unsettled on a point no answer decides." if result.unsettled else ""
    return f"To settle: {shown}" + (f" (and {more} more)" if more > 0 else "") + law


def _open_list_words(item: OpenList, counsel: bool) -> str:
    rules = f"{len(item.rules)} rule" + ("" if len(item.rules) == 1 else "s")
    if counsel:
        from compliance.facts.questions import open_list_question

        return f"{open_list_question(item.path)} (keeps {rules} unknown)"
    where = f" (line {item.line})" if item.line else ""
    return (
        f"{item.path}{where} is an open list and keeps {rules} unknown; if the contract "
        f"lists every element, write {item.fix}"
    )


def _text_summary(contract: ContractReport, found: list[Question]) -> list[str]:
    summary = exec_summary(contract)
    lines = [f"  {summary.counts_line()}"]
    if summary.fails_line():
        lines.append(f"  {summary.fails_line()}")
    for item in found[:TOP_QUESTIONS]:
        lines.append(f"  top question {item.number}: {clean(item.text)}")
    return [*lines, ""]


def _text_questions(found: list[Question], counsel: bool) -> list[str]:
    lines: list[str] = []
    if not found:
        return ["  No unknown: nothing to ask.", ""]
    topic = None
    for item in found:
        if item.topic != topic:
            topic = item.topic
            lines.append(f" {clean(topic)}")
        lines.append(f"  {item.number}. {clean(item.text)}")
        if item.left_open:
            lines.append("     (the contract leaves this open)")
        rules = f"settles or narrows {len(item.rules)}: {', '.join(item.rules)}"
        lines += textwrap.wrap(
            rules, 100, initial_indent=" " * 5, subsequent_indent=" " * 7, break_on_hyphens=False
        )
    return [*lines, ""]


def _text_contract(contract: ContractReport, with_questions: bool, counsel: bool) -> list[str]:
    lines = [f"{clean(contract.path)}: {clean(contract.id)} — {clean(contract.title)}"]
    found = questions(contract)
    lines += _text_summary(contract, found)
    if with_questions:
        lines += _text_questions(found, counsel)
    else:
        found_gaps = gaps(contract)
        if not found_gaps:
            lines.append("  No fail and no unknown.")
        for result in found_gaps:
            lines.append(f"  {BADGES[result.status]}  {result.full_id}  {clean(result.title)}")
            words = _missing_words(result, counsel)
            lines.append(f"      {clean(words)}")
            if result.assumed and "assumed" not in words:
                lines.append(f"      {ASSUMED}")
            if result.applies_from is not None:
                lines.append(f"      applies from {result.applies_from.isoformat()}")
            lines.append(f"      suggested clause: {clean(' '.join(result.remediation.split()))}")
        lines.append("")
        accepted = waived(contract)
        if accepted:
            lines.append(" Waived")
            for result in accepted:
                lines.append(f"  {BADGES[result.status]}  {result.full_id}  {clean(result.title)}")
                lines.append(f"      {clean(waiver_text(result))}")
            lines.append("")
    listed = open_lists(contract)
    if listed:
        lines.append(" Open lists")
        lines += [f"  - {clean(_open_list_words(item, counsel))}" for item in listed]
        lines.append("")
    return lines


def _md_summary(contract: ContractReport, found: list[Question]) -> list[str]:
    summary = exec_summary(contract)
    lines = [f"- {md(summary.counts_line())}"]
    if summary.fails_line():
        lines.append(f"- {md(summary.fails_line())}")
    lines += [f"- Top question {q.number}: {md(q.text)}" for q in found[:TOP_QUESTIONS]]
    return [*lines, ""]


def _md_questions(found: list[Question], counsel: bool) -> list[str]:
    if not found:
        return ["No unknown: nothing to ask.", ""]
    lines: list[str] = []
    topic = None
    for item in found:
        if item.topic != topic:
            topic = item.topic
            lines += [f"### {md(topic)}", ""]
        lines += [f"{item.number}. {md(item.text)}", ""]
        if item.left_open:
            lines += ["   _The contract leaves this open._", ""]
        rules = ", ".join(code(rule) for rule in item.rules)
        lines += [f"   Settles or narrows {len(item.rules)}: {rules}", ""]
    return lines


def _md_contract(contract: ContractReport, with_questions: bool, counsel: bool) -> list[str]:
    lines = [f"## {md(contract.title)}", ""]
    if not counsel:
        lines += [f"{code(contract.id)} · file {code(contract.path)}", ""]
    found = questions(contract)
    lines += _md_summary(contract, found)
    if with_questions:
        lines += _md_questions(found, counsel)
    else:
        found_gaps = gaps(contract)
        if not found_gaps:
            lines += ["No fail and no unknown.", ""]
        for result in found_gaps:
            dated = (
                f" (applies from {result.applies_from.isoformat()})"
                if result.applies_from is not None
                else ""
            )
            words = _missing_words(result, counsel)
            lines.append(
                f"- {BADGES[result.status]} {code(result.full_id)} — {md(result.title)}{dated}: "
                f"{md(words)}"
            )
            if result.assumed and "assumed" not in words:
                lines.append(f"  - {md(ASSUMED)}")
            lines.append(f"  - suggested clause: {md(result.remediation)}")
        lines.append("")
        accepted = waived(contract)
        if accepted:
            lines += ["### Waived", ""]
            for result in accepted:
                lines.append(
                    f"- {BADGES[result.status]} {code(result.full_id)} — {md(result.title)}: "
                    f"{md(waiver_text(result))}"
                )
            lines.append("")
    listed = open_lists(contract)
    if listed:
        lines += ["### Open lists", ""]
        lines += [f"- {md(_open_list_words(item, counsel))}" for item in listed]
        lines.append("")
    return lines


def what_if(report: Report) -> str:
    """The run's ``--assume`` facts, ``FACT = VALUE, ...`` (values as JSON but for text)."""
    import json

    return ", ".join(
        f"{item['fact']} = "
        + (value if isinstance(value := item["value"], str) else json.dumps(value))
        for item in report.assumptions
    )


def render(
    report: Report,
    fmt: str,
    *,
    with_questions: bool = False,
    audience: str = "reviewer",
    **_: Any,
) -> str:
    if fmt == "json":
        data = {
            "schema_version": 1,
            "header": report.header(),
            "contracts": [to_dict(c, with_questions) for c in report.contracts],
        }
        from compliance.core.jsonout import dumps

        return dumps(data) + "\n"
    counsel = audience == "counsel"
    title = "Questions for the counterparty" if with_questions else "Contract gaps"
    lines: list[str]
    assumed = what_if(report)
    if fmt == "markdown":
        lines = [f"# {title}", "", f"Assessed as of **{report.as_of.isoformat()}**.", ""]
        if assumed:
            lines += [f"Assuming (what-if, not in the contract): {code(assumed)}.", ""]
        for contract in report.contracts:
            lines += _md_contract(contract, with_questions, counsel)
    else:
        lines = [f"{title}, as of {report.as_of.isoformat()}", ""]
        if assumed:
            lines[-1:] = [
                f"assuming (what-if, not in the contract): {clean(assumed)}",
                "",
            ]
        for contract in report.contracts:
            lines += _text_contract(contract, with_questions, counsel)
    return "\n".join(lines).rstrip("\n") + "\n"
