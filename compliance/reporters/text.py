"""The text report: per contract and pack, each rule's status with what it rests on."""

from __future__ import annotations

from typing import Any

from compliance.byclause import group_by_clause
from compliance.reasons import (
    by_pack,
    marks,
    plain,
    short_reason,
    sorted_results,
    waiver_text,
)
from compliance.reasons import where as _where
from compliance.report import ContractReport, EvidenceItem, Report, Result, Totals
from compliance.terminal import clean

LABELS = {
    "pass": "PASS",
    "fail": "FAIL",
    "unknown": "UNKNOWN",
    "not_applicable": "N/A",
    "error": "ERROR",
    "waived": "WAIVED",
}
COLOURS = {
    "pass": "green",
    "fail": "red",
    "unknown": "yellow",
    "not_applicable": "bright_black",
    "error": "magenta",
    "waived": "cyan",
}


def _style(text: str, status: str, color: bool) -> str:
    if not color:
        return text
    import click

    return click.style(text, fg=COLOURS.get(status), bold=status in ("fail", "error"))


def where(item: EvidenceItem) -> str:
    return clean(_where(item))


def _value(value: Any) -> str:
    return clean(plain(value))


def _marks(result: Result) -> str:
    return "".join(f" [{mark}]" for mark in marks(result))


def render_result(result: Result, color: bool) -> list[str]:
    label = _style(f"{LABELS[result.status]:<8}", result.status, color)
    lines = [
        f"  {label} {result.full_id}  {clean(result.title)}  [{result.severity}]{_marks(result)}"
    ]
    indent = " " * 11
    if result.waiver is not None:
        lines.append(f"{indent}{clean(waiver_text(result))}")
    if result.message:
        lines.append(f"{indent}{clean(result.message)}")
    for note in result.notes:
        lines.append(f"{indent}note: {clean(note)}")
    for item in result.evidence:
        lines.append(f"{indent}{clean(item.path)} = {_value(item.value)}  ({where(item)})")
    for missing in result.missing:
        lines.append(f"{indent}missing: {clean(missing.path)} ({missing.reason})")
    return lines


def render_contract(contract: ContractReport, color: bool) -> list[str]:
    lines = [f"{clean(contract.path)}: {clean(contract.id)} — {clean(contract.title)}"]
    for pack, results in by_pack(contract).items():
        lines.append("")
        lines.append(f" {clean(pack)}")
        for result in sorted_results(results):
            lines.extend(render_result(result, color))
    lines.append("")
    lines.append(" " + summary_line(contract.summary))
    return lines


def summary_line(summary: dict[str, int]) -> str:
    parts = [
        f"{summary[s]} {LABELS[s].lower() if s != 'not_applicable' else 'not applicable'}"
        for s in ("pass", "fail", "unknown", "not_applicable", "error", "waived")
        if s != "waived" or summary.get(s)
    ]
    return "summary: " + ", ".join(parts)


def render_by_clause(contract: ContractReport, color: bool) -> list[str]:
    lines = [f"{clean(contract.path)}: {clean(contract.id)} — {clean(contract.title)}"]
    for group in group_by_clause(contract):
        lines.append("")
        lines.append(f" {clean(group.heading)}")
        if not group.entries:
            lines.append(f"  ({group.empty.rstrip('.').lower()})")
        for result, items in group.entries:
            label = _style(f"{LABELS[result.status]:<8}", result.status, color)
            lines.append(f"  {label} {result.full_id}  {clean(result.title)}{_marks(result)}")
            reason = (
                "; ".join(f"{clean(i.path)} = {_value(i.value)}" for i in items)
                if items
                else clean(short_reason(result))
            )
            lines.append(f"{' ' * 11}{reason}")
    lines.append("")
    lines.append(" " + summary_line(contract.summary))
    return lines


def header_lines(report: Report) -> list[str]:
    """The run's governance settings, when set: selection, severity gate, waivers,
    baseline, assumptions, and the warnings."""
    lines = []
    if report.select:
        lines.append("select: " + ", ".join(clean(p) for p in report.select))
    if report.ignore:
        lines.append("ignore: " + ", ".join(clean(p) for p in report.ignore))
    if report.fail_on_severity:
        lines.append(f"fail on severity: {report.fail_on_severity} and above")
    if report.waivers is not None:
        lines.append(f"waivers: {clean(report.waivers)}")
    if report.baseline is not None:
        counts = ", ".join(f"{n} {state}" for state, n in report.baseline_counts().items())
        lines.append(f"baseline: {clean(report.baseline)} ({counts})")
    for item in report.assumptions:
        lines.append(f"assumed: {clean(item['fact'])} = {_value(item['value'])}")
    lines.extend(f"warning: {clean(warning)}" for warning in report.warnings)
    return lines


def head(report: Report) -> str:
    """The lines before the contracts: tool, date, packs and the run's settings."""
    packs = ", ".join(clean(f"{p.id} {p.version} ({p.hash})") for p in report.packs)
    lines = [
        f"compliance {report.tool_version}, as of {report.as_of.isoformat()}",
        f"packs: {packs}",
        *header_lines(report),
    ]
    return "\n".join(lines) + "\n"


def contract_part(contract: ContractReport, *, color: bool = False, by: str | None = None) -> str:
    """One contract's part of the report (a batch writes each as it is ready)."""
    lines = (
        render_by_clause(contract, color) if by == "clause" else render_contract(contract, color)
    )
    return "\n" + "\n".join(lines) + "\n"


def tail(report: Report, totals: Totals) -> str:
    """The lines after the contracts: bad files, the footnote, the batch's total."""
    lines: list[str] = []
    for problem in report.problems:
        lines.append("")
        lines.append(f"error: {clean(problem.message)}")
    if totals.non_contract:
        lines.append("")
        lines.append("* rests on a source that is not contract terms (a statement or report)")
    if totals.contracts > 1:
        lines.append("")
        lines.append(
            f"total ({totals.contracts} contracts): "
            + summary_line(totals.summary)[len("summary: ") :]
        )
    return "".join(line + "\n" for line in lines)


def render(report: Report, *, color: bool = False, by: str | None = None, **_: Any) -> str:
    totals = report.totals or Totals.of(report.contracts)
    parts = [head(report)]
    parts.extend(contract_part(contract, color=color, by=by) for contract in report.contracts)
    parts.append(tail(report, totals))
    return "".join(parts)
