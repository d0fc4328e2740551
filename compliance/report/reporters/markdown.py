"""The reviewer's gap report in Markdown: what the contract says, what it lacks, which
provision demands it, the clause that would close the gap, and the question to ask.

Every value from a contract or a pack is escaped, so contract text cannot add headings,
links or HTML to the report.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from compliance.core.terminal import visible_controls
from compliance.report.byclause import CLAUSE, group_by_clause
from compliance.report.reasons import (
    BADGES,
    asked,
    asks_counterparty,
    by_pack,
    counsel_note,
    counsel_warning,
    decisive,
    marks,
    place,
    short_reason,
    waiver_text,
)
from compliance.report.reporters.pieces import (
    CONTRACTS,
    Parts,
    Squeeze,
    Write,
    collect,
    copy_summary,
    gap_pieces,
    rendered,
)
from compliance.report.results import ContractReport, PackHeader, Report, Result, jsonable
from compliance.report.review import SEVERITY_ORDER, Finding, Statement, view
from compliance.report.status import STATUSES

_SPECIAL = re.compile(r"([\\`*\[\]|~])")
_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
_BLOCK_START = re.compile(r"^(\d+)([.)])|^([#+=-])")
NOTE = "\\* rests on a source that is not contract terms (a statement or a press report)"
WITHHELD = "_(text withheld: --redact)_"
QUOTED = "_(text quoted above)_"

#: How many questions the executive summary names.
TOP_QUESTIONS = 3


def md(text: Any) -> str:
    """Inline text: HTML special characters as entities, the Markdown punctuation that
    could start emphasis, code, links, tables or blocks escaped, line breaks as spaces."""
    return _md(text if type(text) is str else str(text))


@lru_cache(maxsize=16384)
def _md(text: str) -> str:
    # A report escapes the same texts (titles, clauses, fact paths) again and again.
    value = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = " ".join(value.split())
    if not value.isprintable():
        value = visible_controls(value)
    if _SPECIAL.search(value) is not None:
        value = _SPECIAL.sub(r"\\\1", value)
    if "_" in value:
        value = _UNDERSCORE.sub(r"\\_", value)
    return value


def block(text: Any) -> str:
    """Text at the start of a line: also keep it from opening a heading or a list."""
    value = md(text)
    return _BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", value)


def code(text: Any) -> str:
    value = visible_controls(" ".join(str(text).replace("`", "'").split()))
    return f"`{value}`"


def quote(text: str) -> list[str]:
    return [f"> {block(line)}" if line.strip() else ">" for line in text.strip().splitlines()]


def parameters(pack: PackHeader) -> str:
    values = jsonable(pack.parameters)
    return ", ".join(f"{md(k)}={md(json.dumps(v))}" for k, v in values.items()) or "none"


def governance(report: Report, counsel: bool = False) -> list[str]:
    """Bullet lines for the run's governance settings and warnings (none when unset)."""
    lines = []
    if report.select:
        lines.append("- Rules selected: " + ", ".join(code(p) for p in report.select))
    if report.ignore:
        lines.append("- Rules ignored: " + ", ".join(code(p) for p in report.ignore))
    if report.fail_on_severity:
        lines.append(f"- Fails only on severity {report.fail_on_severity} and above")
    if report.waivers is not None:
        lines.append(f"- Waivers: {code(report.waivers)}")
    if report.baseline is not None:
        counts = ", ".join(f"{n} {state}" for state, n in report.baseline_counts().items())
        lines.append(f"- Baseline: {code(report.baseline)} ({counts})")
    for item in report.assumptions:
        value = json.dumps(jsonable(item["value"]), ensure_ascii=False)
        fact = md(asked(item["fact"])) if counsel else code(item["fact"])
        lines.append(f"- **Assumed** (what-if): {fact} = {code(value)}")
    shown = [counsel_warning(w) for w in report.warnings] if counsel else report.warnings
    lines += [f"- **Warning:** {md(warning)}" for warning in shown]
    return ["", *lines] if lines else []


def header(report: Report, title: str, counsel: bool = False) -> list[str]:
    lines = [
        f"# {title}",
        "",
        f"compliance {md(report.tool_version)} · assessed as of **{report.as_of.isoformat()}**"
        f" · fail on: {report.fail_on}" + (" · clause texts withheld" if report.redacted else ""),
        "",
    ]
    if counsel:
        lines += ["| Rule pack | Version | Parameters |", "|---|---|---|"]
        lines += [f"| {md(p.title)} | {md(p.version)} | {parameters(p)} |" for p in report.packs]
        return lines + governance(report, counsel=True)
    lines += ["| Pack | Version | Hash | Parameters |", "|---|---|---|---|"]
    lines += [
        f"| {md(p.id)} — {md(p.title)} | {md(p.version)} | {code(p.hash)} | {parameters(p)} |"
        for p in report.packs
    ]
    return lines + governance(report)


def summary_lines(contract: ContractReport) -> list[str]:
    """A contract's lines of the summary, under its title (two lines: the title and a
    blank line, left out when the report holds one contract)."""
    from compliance.report.gaps import questions
    from compliance.report.review import exec_summary

    summary = exec_summary(contract)
    lines = [f"**{md(contract.title)}**", ""]
    lines.append(f"- {md(summary.counts_line())}")
    if summary.fails:
        lines.append(f"- {md(summary.fails_line())}:")
        fails = [r for r in contract.results if r.status == "fail"]
        fails.sort(key=lambda r: (SEVERITY_ORDER.index(r.severity), r.full_id))
        lines += [f"  - **{r.severity}**: {md(r.title)}" for r in fails]
    if summary.dated:
        lines.append(
            f"- {summary.dated} verdict{'s' if summary.dated != 1 else ''} on duties that "
            "apply only from a later date (see each finding)"
        )
    asked = questions(contract)[:TOP_QUESTIONS]
    if asked:
        lines.append("- Questions that settle most verdicts:")
        lines += [
            f"  {n}. {md(q.text)} (settles or narrows {len(q.rules)})"
            for n, q in enumerate(asked, start=1)
        ]
    lines.append("")
    return lines


def summary_table(contract: ContractReport) -> list[str]:
    names = [s for s in STATUSES if s != "waived" or contract.summary.get(s)]
    lines = [
        "| Pack | " + " | ".join(BADGES[s] for s in names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for pack, results in by_pack(contract).items():
        counts = [sum(1 for r in results if r.status == s) for s in names]
        lines.append(f"| {md(pack)} | " + " | ".join(str(c) for c in counts) + " |")
    return lines


def citations(result: Result) -> list[str]:
    return [
        "- " + link(f"{md(c['instrument'])}, {md(c['provision'])}", c["url"])
        for c in result.citations
    ]


def link(text: str, url: object) -> str:
    """``[text](<url>)`` for an http(s) URL; otherwise the text and the URL as plain text."""
    from compliance.report.reporters.links import web_url

    safe = web_url(url)
    if safe is not None:
        return f"[{text}](<{safe}>)"
    return f"{text} ({md(url)})" if url else text


def quoted_before(statement: Statement, seen: set[tuple[str, str | None]] | None) -> bool:
    """Whether the statement's text was already quoted in this contract's section (then a
    finding refers to it instead of quoting it again); records it otherwise."""
    if seen is None or not statement.text:
        return False
    key = (statement.kind, statement.id)
    if key in seen:
        return True
    seen.add(key)
    return False


def statement_lines(
    statement: Statement,
    redacted: bool,
    counsel: bool = False,
    seen: set[tuple[str, str | None]] | None = None,
) -> list[str]:
    lines = [f"- {md(statement.heading)}"]
    if not counsel:
        lines += [
            f"  - {code(path)} = {md(value)} ({md(statement.where(line, note))})"
            for path, value, line, note in statement.facts
        ]
    if statement.url:
        from compliance.report.reporters.links import web_url

        safe = web_url(statement.url)
        shown = f"<{safe}>" if safe is not None else md(statement.url)
        lines.append(f"  - source: {shown}")
    if redacted and statement.kind != "contract":
        lines.append(f"  {WITHHELD}")
    elif quoted_before(statement, seen):
        lines.append(f"  {QUOTED}")
    elif statement.text:
        lines += ["", *[f"  {line}" for line in quote(statement.text)], ""]
    return lines


def mark_text(result: Result) -> str:
    """`` · baseline: new · assumed`` (empty when there is nothing to mark)."""
    return "".join(f" · {md(mark)}" for mark in marks(result))


def dated_text(result: Result) -> str:
    """``Applies from 2027-08-02`` for a duty not yet in force on the as-of date."""
    if result.applies_from is None:
        return ""
    start = result.applies_from.isoformat()
    return f"Applies from {start} (not yet in force on the as-of date)"


def missing_lines(result: Result, counsel: bool) -> list[str]:
    """The missing facts: paths with their reason, or (for counsel) the questions."""
    if not counsel:
        return [f"- {code(m.path)} ({m.reason})" for m in result.missing]
    from compliance.facts.questions import open_list_question, question

    asked: list[str] = []
    for m in result.missing:
        text = open_list_question(m.path) if m.reason == "open" else question(m.path)
        if text not in asked:
            asked.append(text)
    return [f"- {md(text)}" for text in asked]


def finding(
    finding: Finding,
    redacted: bool,
    counsel: bool = False,
    seen: set[tuple[str, str | None]] | None = None,
) -> list[str]:
    result = finding.result
    lines = [
        f"#### {BADGES[result.status]} — {code(result.full_id)}: {md(result.title)}",
        "",
        f"Severity **{result.severity}** · basis: {result.basis}"
        + (" · \\* rests on a source that is not contract terms" if result.non_contract else "")
        + mark_text(result),
        "",
        "**Demanded by**",
        "",
        *citations(result),
        "",
        "**What the contract says**",
        "",
    ]
    says = [
        line for s in finding.statements for line in statement_lines(s, redacted, counsel, seen)
    ]
    lines += says or ["Nothing on this."]
    lines.append("")
    if result.applies_from is not None:
        lines += [f"**{dated_text(result)}**", ""]
    if result.waiver is not None:
        lines += [f"**Waived:** {md(waiver_text(result))}", ""]
    if result.message:
        lines += [f"**Note:** {md(result.message)}", ""]
    for note in result.notes:
        if result.applies_from is None or not note.startswith("applies from"):
            lines += [f"**Note:** {md(counsel_note(note) if counsel else note)}", ""]
    if result.missing:
        lines += ["**What is missing**" if not counsel else "**What to ask**", ""]
        lines += missing_lines(result, counsel)
        lines.append("")
    if result.verdict in ("fail", "unknown"):
        lines += ["**Suggested clause**", "", *quote(result.remediation), ""]
    if asks_counterparty(result):
        lines += ["**Question for the counterparty**", "", *quote(result.question), ""]
    return lines


def counsel_reason(result: Result) -> str:
    """Why, without fact paths: the clauses and sources a verdict rests on."""
    if result.status == "not_applicable" and result.message:
        return "does not apply"
    places = sorted({place(item) for item in decisive(result)})
    return "rests on " + ", ".join(places) if places else result.status.replace("_", " ")


def decided_line(result: Result, counsel: bool = False) -> str:
    reason = counsel_reason(result) if counsel else short_reason(result)
    dated = f" ({dated_text(result)})" if result.applies_from else ""
    return (
        f"- {BADGES[result.status]} {code(result.full_id)} — {md(result.title)}: "
        + md(reason)
        + md(dated)
        + mark_text(result)
    )


def contract_section(contract: ContractReport, redacted: bool, counsel: bool = False) -> list[str]:
    shown = view(contract)
    lines = [f"## {md(contract.title)}", ""]
    if not counsel:
        lines.append(f"{code(contract.id)} · file {code(contract.path)}")
    lines += ["", *summary_table(contract), "", "### Gaps", ""]
    if not shown.gaps:
        lines += ["No fail and no unknown.", ""]
    seen: set[tuple[str, str | None]] = set()
    for item in shown.gaps:
        lines += finding(item, redacted, counsel, seen)
    if shown.waived:
        lines += ["### Waived", ""]
    for item in shown.waived:
        lines += finding(item, redacted, counsel, seen)
    if shown.decided:
        lines += ["### Passed and not applicable", ""]
        lines += [decided_line(result, counsel) for result in shown.decided]
        lines.append("")
    return lines


def by_clause_section(contract: ContractReport, redacted: bool, counsel: bool = False) -> list[str]:
    lines = [f"## {md(contract.title)}", ""]
    if not counsel:
        lines.append(f"{code(contract.id)} · file {code(contract.path)}")
    lines += ["", *summary_table(contract), ""]
    entries = {c.id: c for c in contract.clauses}
    for group in group_by_clause(contract):
        lines += [f"### {md(group.heading)}", ""]
        clause = entries.get(group.id or "") if group.kind == CLAUSE else None
        if clause and redacted:
            lines += [WITHHELD, ""]
        elif clause and clause.text:
            lines += [*quote(clause.text), ""]
        if not group.entries:
            lines += [group.empty, ""]
        for result, items in group.entries:
            facts = "; ".join(f"{code(i.path)}" for i in items)
            if counsel:
                why = md(result.status.replace("_", " ") if items else counsel_reason(result))
            else:
                why = facts or md(short_reason(result))
            lines.append(
                f"- {BADGES[result.status]} {code(result.full_id)} — {md(result.title)}: {why}"
                + mark_text(result)
            )
        lines.append("")
    return lines


def document(
    report: Report, parts: Parts, write: Write, *, audience: str | None = None, **_: Any
) -> None:
    """The gap report from its contracts' pieces; ``audience="counsel"``: no fact paths and
    no pack hashes. Runs of blank lines are made one (:class:`Squeeze`)."""
    counsel = audience == "counsel"
    head = header(report, "Contract gap report", counsel)
    out = Squeeze(write)
    out("\n".join([*head[:4], "## Summary", ""]))
    copy_summary(parts, out)
    out("\n" + "\n".join(head[4:]))
    parts.copy(CONTRACTS, out)
    tail = []
    if report.problems:
        tail += ["", "## Files that could not be checked", ""]
        tail += [f"- {md(problem.message)}" for problem in report.problems]
    if parts.count(CONTRACTS, "non_contract"):
        tail += ["", NOTE]
    if tail:
        out("\n" + "\n".join(tail))
    out.end()


def render(report: Report, *, by: str | None = None, audience: str | None = None, **_: Any) -> str:
    """The gap report; ``audience="counsel"``: no fact paths and no pack hashes."""
    parts = collect(
        piece(c, redacted=report.redacted, by=by, audience=audience) for c in report.contracts
    )
    return rendered(lambda write: document(report, parts, write, audience=audience))


__all__ = ["code", "document", "md", "piece", "quote", "render"]


#: A contract's lines of the summary and its section (see :func:`gap_pieces`).
piece = gap_pieces(
    summary_lines, contract_section, by_clause_section, title_break=2, section_break="\n\n"
)
