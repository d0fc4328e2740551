"""Rendering ``compliance gaps``: the gap list, or the questions for the counterparty."""

from __future__ import annotations

import json
from typing import Any

from compliance.gaps import Question, gaps, questions, to_dict
from compliance.reasons import BADGES, short_reason
from compliance.report import ContractReport, Report
from compliance.reporters.markdown import code, md, quote
from compliance.terminal import clean

FORMATS = ("text", "markdown", "json")


def _fact_words(question: Question) -> str:
    return ", ".join(f"{m.path} ({m.reason})" for m in question.facts)


def _text_contract(contract: ContractReport, with_questions: bool) -> list[str]:
    lines = [f"{clean(contract.path)}: {clean(contract.id)} — {clean(contract.title)}", ""]
    if with_questions:
        found = questions(contract)
        if not found:
            lines.append("  No unknown: nothing to ask.")
        for number, item in enumerate(found, start=1):
            lines.append(f"{number}. {clean(_fact_words(item))}")
            lines += [f"   Q: {clean(text)}" for text in item.questions]
            if item.see:
                lines.append(f"   (see also {', '.join(str(n) for n in item.see)})")
            lines.append(f"   settles or narrows {len(item.rules)}: {', '.join(item.rules)}")
            lines.append("")
        return lines
    found_gaps = gaps(contract)
    if not found_gaps:
        lines.append("  No fail and no unknown.")
    for result in found_gaps:
        lines.append(f"  {BADGES[result.status]}  {result.full_id}  {clean(result.title)}")
        lines.append(f"      {clean(short_reason(result, limit=3))}")
        lines.append(f"      suggested clause: {clean(' '.join(result.remediation.split()))}")
    lines.append("")
    return lines


def _md_contract(contract: ContractReport, with_questions: bool) -> list[str]:
    lines = [
        f"## {md(contract.title)}",
        "",
        f"{code(contract.id)} · file {code(contract.path)}",
        "",
    ]
    if with_questions:
        found = questions(contract)
        if not found:
            lines += ["No unknown: nothing to ask.", ""]
        for number, item in enumerate(found, start=1):
            facts = ", ".join(f"{code(m.path)} ({m.reason})" for m in item.facts)
            lines += [f"{number}. **{facts}**", ""]
            for text in item.questions:
                lines += [*(f"   {line}" for line in quote(text)), ""]
            if item.see:
                lines += [f"   See also {', '.join(str(n) for n in item.see)}.", ""]
            rules = ", ".join(code(rule) for rule in item.rules)
            lines += [f"   Settles or narrows {len(item.rules)}: {rules}", ""]
        return lines
    found_gaps = gaps(contract)
    if not found_gaps:
        lines += ["No fail and no unknown.", ""]
    for result in found_gaps:
        lines.append(
            f"- {BADGES[result.status]} {code(result.full_id)} — {md(result.title)}: "
            f"{md(short_reason(result, limit=3))}"
        )
        lines.append(f"  - suggested clause: {md(result.remediation)}")
    lines.append("")
    return lines


def render(report: Report, fmt: str, *, with_questions: bool = False, **_: Any) -> str:
    if fmt == "json":
        data = {
            "schema_version": 1,
            "header": report.header(),
            "contracts": [to_dict(c, with_questions) for c in report.contracts],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    title = "Questions for the counterparty" if with_questions else "Contract gaps"
    lines: list[str]
    if fmt == "markdown":
        lines = [f"# {title}", "", f"Assessed as of **{report.as_of.isoformat()}**.", ""]
        for contract in report.contracts:
            lines += _md_contract(contract, with_questions)
    else:
        lines = [f"{title}, as of {report.as_of.isoformat()}", ""]
        for contract in report.contracts:
            lines += _text_contract(contract, with_questions)
    return "\n".join(lines).rstrip("\n") + "\n"
