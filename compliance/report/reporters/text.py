"""The text report: per contract and pack, each rule's status with what it rests on."""

from __future__ import annotations

from typing import Any

from compliance.core.terminal import clean
from compliance.report.byclause import group_by_clause
from compliance.report.reasons import (
    collapse_lists,
    marks,
    plain,
    short_reason,
    sorted_results,
    statement,
    waiver_text,
)
from compliance.report.reasons import where as _where
from compliance.report.results import (
    ContractReport,
    EvidenceItem,
    InputProblem,
    Report,
    Result,
    Totals,
)

APPLIES_WHEN, REQUIRES = "applies_when", "requires"

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


#: Every status, in the order a report lists them (worst first).
SHOWN_ORDER = ("fail", "error", "waived", "unknown", "pass", "not_applicable")

#: Statuses whose evidence the default report shows in full (a fail is never hidden).
ALWAYS_SHOWN = ("fail", "error", "waived")


def render_result(result: Result, color: bool) -> list[str]:
    """A result with everything it rests on: notes, evidence (each list once), missing."""
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
    deciding, applicability = split_evidence(result)
    for item in deciding:
        lines.append(f"{indent}{clean(statement(item))}  ({where(item)})")
    if applicability:
        lines.append(f"{indent}applicability:")
        for item in applicability:
            lines.append(f"{indent}  {clean(statement(item))}  ({where(item)})")
    for missing in result.missing:
        lines.append(f"{indent}missing: {clean(missing.path)} ({missing.reason})")
    return lines


def split_evidence(result: Result) -> tuple[list[EvidenceItem], list[EvidenceItem]]:
    """A result's evidence (each list once), the facts that decide the verdict first: those
    the rule's requirement read, then those its applicability read (for a not-applicable
    verdict, the applicability facts are what decide it, and come first). A reader of a
    fail sees why it fails before why the rule applies."""
    items = collapse_lists(list(result.evidence))
    first = APPLIES_WHEN if result.status == "not_applicable" else REQUIRES
    deciding = [item for item in items if item.role == first]
    if not deciding:
        return items, []
    return deciding, [item for item in items if item.role != first]


def note_lines(contract: ContractReport) -> list[str]:
    """The contract's dated notes (terms not in force on the as-of date...)."""
    return [f" note: {clean(note)}" for note in contract.notes]


def _count(number: int, word: str) -> str:
    return f"{number} {word}" + ("" if number == 1 else "s")


def compact_result(result: Result, color: bool) -> str:
    """An unknown on one line: id, title, severity, how many facts it waits on (and whether
    a point of law that is not settled keeps it open), and the dated-duty note."""
    label = _style(f"{LABELS[result.status]:<8}", result.status, color)
    waits = f"  ({_count(len(result.missing), 'missing fact')})" if result.missing else ""
    if result.unsettled:  # it waits on the law too (or only): no fact decides that
        waits = f"  ({_count(len(result.missing), 'missing fact')}; unsettled in law)"
        waits = waits if result.missing else "  (unsettled in law)"
    dated = f"  (applies from {result.applies_from.isoformat()})" if result.applies_from else ""
    return (
        f"  {label} {result.full_id}  {clean(result.title)}  [{result.severity}]"
        f"{_marks(result)}{waits}{dated}"
    )


def parse_show(values: list[str] | tuple[str, ...] | None) -> tuple[str, ...] | None:
    """``--show fail,unknown`` (repeatable, comma-separated; ``all``) -> statuses, in
    report order; None when not given. An unknown status is bad input."""
    if not values:
        return None
    names = {"n/a": "not_applicable", "na": "not_applicable", "not-applicable": "not_applicable"}
    chosen: set[str] = set()
    for value in values:
        for word in str(value).split(","):
            key = names.get(word.strip().lower(), word.strip().lower())
            if key == "all":
                chosen.update(SHOWN_ORDER)
            elif key in SHOWN_ORDER:
                chosen.add(key)
            elif key:
                from compliance.core.errors import InputError

                raise InputError(
                    f"--show: unknown status {word.strip()!r} "
                    f"(statuses: {', '.join(SHOWN_ORDER)}, or all)"
                )
    return tuple(s for s in SHOWN_ORDER if s in chosen)


def render_contract(
    contract: ContractReport, color: bool, show: tuple[str, ...] | None = None
) -> list[str]:
    """The summary first; then each fail, error and waiver with its evidence, each unknown
    on one line, passes and not-applicables counted. The statuses in ``show`` are listed
    in full (``SHOWN_ORDER`` for everything)."""
    full = set(ALWAYS_SHOWN) | set(show or ())
    lines = [f"{clean(contract.path)}: {clean(contract.id)} — {clean(contract.title)}"]
    lines += note_lines(contract)
    lines.append(" " + summary_line(contract.summary))
    results = sorted_results(contract.results)
    hidden: list[str] = []
    for status in SHOWN_ORDER:
        chosen = [r for r in results if r.status == status]
        if status in ("pass", "not_applicable") and status not in full:
            # What-if verdicts (--assume) are what the run asks about: listed in full.
            if len(chosen) > sum(r.assumed for r in chosen):
                hidden.append(status)
            chosen = [r for r in chosen if r.assumed]
        if not chosen:
            continue
        lines.append("")
        if status == "unknown" and status not in full:
            lines.append(f" {UNKNOWN_HEADING}")
            lines.extend(compact_result(result, color) for result in chosen)
            continue
        for result in chosen:
            lines.extend(render_result(result, color))
    if hidden or ("unknown" not in full and contract.summary.get("unknown")):
        lines.append("")
        lines.append(" " + more_hint(contract.summary, hidden))
    return lines


UNKNOWN_HEADING = "unknown: the contract does not settle these (the facts they wait on: -v)"


def more_hint(summary: dict[str, int], hidden: list[str]) -> str:
    """``not listed: pass: 1, not applicable: 3; -v or --show STATUS,... lists ...``."""
    words = {"pass": "pass", "not_applicable": "not applicable"}
    parts = [f"{words[s]}: {summary[s]}" for s in hidden]
    listed = f"not listed: {', '.join(parts)}; " if parts else ""
    return f"{listed}-v or --show STATUS,... lists every verdict with its evidence"


def summary_line(summary: dict[str, int]) -> str:
    parts = [
        f"{summary[s]} {LABELS[s].lower() if s != 'not_applicable' else 'not applicable'}"
        for s in ("pass", "fail", "unknown", "not_applicable", "error", "waived")
        if s != "waived" or summary.get(s)
    ]
    return "summary: " + ", ".join(parts)


def render_by_clause(contract: ContractReport, color: bool) -> list[str]:
    lines = [f"{clean(contract.path)}: {clean(contract.id)} — {clean(contract.title)}"]
    lines += note_lines(contract)
    lines.append(" " + summary_line(contract.summary))
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


def head(report: Report, **_: Any) -> str:
    """The lines before the contracts: tool, date, packs and the run's settings."""
    packs = ", ".join(clean(f"{p.id} {p.version} ({p.hash})") for p in report.packs)
    lines = [
        f"compliance {report.tool_version}, as of {report.as_of.isoformat()}",
        f"packs: {packs}",
        *header_lines(report),
    ]
    return "\n".join(lines) + "\n"


def contract_part(
    contract: ContractReport,
    *,
    color: bool = False,
    by: str | None = None,
    show: tuple[str, ...] | None = None,
    **_: Any,
) -> str:
    """One contract's part of the report (a batch writes each as it is ready)."""
    lines = (
        render_by_clause(contract, color)
        if by == "clause"
        else render_contract(contract, color, show)
    )
    return "\n" + "\n".join(lines) + "\n"


def join(part: str, first: bool) -> str:
    """A contract's part needs no separator."""
    return part


def problem_part(problem: InputProblem) -> str:
    """Nothing: the files that could not be checked are listed by the tail."""
    return ""


def tail(report: Report, totals: Totals, **_: Any) -> str:
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


def render(
    report: Report,
    *,
    color: bool = False,
    by: str | None = None,
    show: tuple[str, ...] | None = None,
    **_: Any,
) -> str:
    """The whole text report; ``show``: the statuses listed with their evidence besides
    fail, error and waived (``SHOWN_ORDER`` for all)."""
    totals = report.totals or Totals.of(report.contracts)
    parts = [head(report)]
    parts.extend(
        contract_part(contract, color=color, by=by, show=show) for contract in report.contracts
    )
    parts.append(tail(report, totals))
    return "".join(parts)
