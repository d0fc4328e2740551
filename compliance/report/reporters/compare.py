"""Rendering a :class:`~compliance.report.comparison.Comparison`: text, Markdown, HTML and JSON."""

from __future__ import annotations

from typing import Any

from compliance.core.terminal import clean
from compliance.report.comparison import Cell, Comparison, Row
from compliance.report.reasons import BADGES
from compliance.report.reporters import html as h
from compliance.report.reporters.markdown import code, md

FORMATS = ("text", "markdown", "html", "json")
TITLE = "Contract comparison"
NOTE = "* rests on a source that is not contract terms (a statement or a press report)"


def _cell_text(cell: Cell) -> str:
    label = (
        (f"{BADGES[cell.status]}: " if cell.text else BADGES[cell.status]) if cell.status else ""
    )
    return label + cell.text + (" *" if cell.non_contract else "")


def _packs(comparison: Comparison, counsel: bool = False) -> str:
    if counsel:
        return ", ".join(f"{p.id} {p.version}" for p in comparison.packs)
    return ", ".join(f"{p.id} {p.version} ({p.hash})" for p in comparison.packs)


SUMMARY_STATUSES = ("pass", "fail", "unknown", "not_applicable", "error", "waived")
SEVERITIES = ("critical", "high", "medium", "low")


def summary_rows(comparison: Comparison) -> list[tuple[str, list[str]]]:
    """The verdict counts per contract, then the fails by severity: (label, cells)."""
    counts = []
    for column in range(len(comparison.columns)):
        found: dict[str, int] = {}
        for row in comparison.rules:
            status = row.cells[column].status
            if status:
                found[status] = found.get(status, 0) + 1
        counts.append(found)
    words = {"not_applicable": "not applicable"}
    rows = [
        (words.get(s, s), [str(c.get(s, 0)) for c in counts])
        for s in SUMMARY_STATUSES
        if s in ("pass", "fail", "unknown") or any(c.get(s) for c in counts)
    ]
    fails = []
    for column in range(len(comparison.columns)):
        by: dict[str, int] = {}
        for row in comparison.rules:
            if row.cells[column].status == "fail":
                by[row.severity] = by.get(row.severity, 0) + 1
        fails.append(", ".join(f"{by[s]} {s}" for s in SEVERITIES if by.get(s)) or "none")
    rows.append(("fails by severity", fails))
    return rows


def _counsel_rows(rows: list[Row]) -> list[Row]:
    """Rule rows with the status only (their reasons name fact paths)."""
    return [
        Row(
            row.key,
            row.title,
            [Cell("", c.status, c.non_contract) for c in row.cells],
            row.severity,
        )
        for row in rows
    ]


def render_text(comparison: Comparison, counsel: bool = False) -> str:
    lines = [
        f"compliance {comparison.tool_version}, as of {comparison.as_of.isoformat()}",
        f"packs: {_packs(comparison, counsel)}",
        "contracts: " + ", ".join(clean(c.id) for c in comparison.columns),
        "",
        "Summary",
    ]
    for label, cells in summary_rows(comparison):
        lines.append(
            f"  {label}: "
            + "; ".join(
                f"{clean(c.id)} {cell}" for c, cell in zip(comparison.columns, cells, strict=True)
            )
        )
    for column, asked in zip(comparison.columns, comparison.questions, strict=False):
        for number, text in enumerate(asked, start=1):
            lines.append(f"  {clean(column.id)} question {number}: {clean(text)}")
    rules = _counsel_rows(comparison.rules) if counsel else comparison.rules
    for heading, rows in (("Key facts", comparison.facts), ("Verdicts", rules)):
        lines += ["", heading]
        for row in rows:
            mark = "  [differs]" if row.differs else ""
            name = row.title if heading == "Key facts" else f"{row.key}  {row.title}"
            lines.append(f"  {clean(name)}{mark}")
            for column, cell in zip(comparison.columns, row.cells, strict=True):
                lines.append(f"    {clean(column.id)}: {clean(_cell_text(cell))}")
    lines += ["", NOTE]
    return "\n".join(lines) + "\n"


def _md_table(comparison: Comparison, rows: list[Row], first: str, rules: bool) -> list[str]:
    head = " | ".join(code(c.id) for c in comparison.columns)
    lines = [f"| {first} | {head} |", "|---|" + "---|" * len(comparison.columns)]
    for row in rows:
        name = f"{code(row.key)} {md(row.title)}" if rules else md(row.title)
        mark = " ≠" if row.differs else ""
        cells = " | ".join(md(_cell_text(cell)) for cell in row.cells)
        lines.append(f"| {name}{mark} | {cells} |")
    return lines


def _md_questions(comparison: Comparison) -> list[str]:
    """The questions that settle most verdicts, per contract."""
    lines: list[str] = []
    for column, asked in zip(comparison.columns, comparison.questions, strict=False):
        if asked:
            lines += [f"Questions that settle most verdicts of {code(column.id)}:", ""]
            lines += [f"{n}. {md(text)}" for n, text in enumerate(asked, start=1)]
            lines.append("")
    return lines


def render_markdown(comparison: Comparison, counsel: bool = False) -> str:
    head = " | ".join(code(c.id) for c in comparison.columns)
    summary = [f"| Verdicts | {head} |", "|---|" + "---:|" * len(comparison.columns)]
    summary += [
        f"| {label} | " + " | ".join(cells) + " |" for label, cells in summary_rows(comparison)
    ]
    lines = [
        f"# {TITLE}",
        "",
        f"compliance {md(comparison.tool_version)} · assessed as of "
        f"**{comparison.as_of.isoformat()}** · packs: {md(_packs(comparison, counsel))}",
        "",
        *[
            f"- {code(c.id)}: {md(c.title)}" + ("" if counsel else f" ({code(c.path)})")
            for c in comparison.columns
        ],
        "",
        "## Summary",
        "",
        *summary,
        "",
        *_md_questions(comparison),
        "Rows marked ≠ differ between the contracts; they come first.",
        "",
        "## Key facts",
        "",
        *_md_table(comparison, comparison.facts, "Fact", rules=False),
        "",
        "## Verdicts",
        "",
        *_md_table(
            comparison,
            _counsel_rows(comparison.rules) if counsel else comparison.rules,
            "Rule",
            rules=True,
        ),
        "",
        md(NOTE),
    ]
    return "\n".join(lines) + "\n"


def _html_table(comparison: Comparison, rows: list[Row], first: str, rules: bool) -> list[str]:
    head = "".join(f"<th><code>{h.e(c.id)}</code></th>" for c in comparison.columns)
    out = [f'<table class="wide"><thead><tr><th>{first}</th>{head}</tr></thead><tbody>']
    for row in rows:
        name = f"<code>{h.e(row.key)}</code> {h.e(row.title)}" if rules else h.e(row.title)
        mark = " <strong>≠</strong>" if row.differs else ""
        cells = "".join(
            "<td>"
            + (h.badge(cell.status) + " " if cell.status else "")
            + h.e(cell.text)
            + (' <span class="nc">*</span>' if cell.non_contract else "")
            + "</td>"
            for cell in row.cells
        )
        out.append(f"<tr><th>{name}{mark}</th>{cells}</tr>")
    out.append("</tbody></table>")
    return out


def render_html(comparison: Comparison, counsel: bool = False) -> str:
    items = "".join(
        f"<li><code>{h.e(c.id)}</code>: {h.e(c.title)}"
        + ("" if counsel else f" (<code>{h.e(c.path)}</code>)")
        + "</li>"
        for c in comparison.columns
    )
    head = "".join(f"<th><code>{h.e(c.id)}</code></th>" for c in comparison.columns)
    summary = [f'<table class="wide"><thead><tr><th>Verdicts</th>{head}</tr></thead><tbody>']
    summary += [
        f"<tr><th>{h.e(label)}</th>"
        + "".join(f'<td class="n">{h.e(cell)}</td>' for cell in cells)
        + "</tr>"
        for label, cells in summary_rows(comparison)
    ]
    summary.append("</tbody></table>")
    body = [
        f"<h1>{TITLE}</h1>",
        f'<p class="meta">compliance {h.e(comparison.tool_version)} · assessed as of '
        f"<strong>{comparison.as_of.isoformat()}</strong> · packs: "
        f"{h.e(_packs(comparison, counsel))}</p>",
        f"<ul>{items}</ul>",
        "<h2>Summary</h2>",
        *summary,
        *[
            f"<p>Questions that settle most verdicts of <code>{h.e(column.id)}</code>:</p><ol>"
            + "".join(f"<li>{h.e(text)}</li>" for text in asked)
            + "</ol>"
            for column, asked in zip(comparison.columns, comparison.questions, strict=False)
            if asked
        ],
        "<p>Rows marked ≠ differ between the contracts; they come first.</p>",
        "<h2>Key facts</h2>",
        *_html_table(comparison, comparison.facts, "Fact", rules=False),
        "<h2>Verdicts</h2>",
        *_html_table(
            comparison,
            _counsel_rows(comparison.rules) if counsel else comparison.rules,
            "Rule",
            rules=True,
        ),
        f'<p class="nc">{h.e(NOTE)}</p>',
    ]
    return h.page(TITLE, body)


def render(comparison: Comparison, fmt: str, *, audience: str | None = None, **_: Any) -> str:
    counsel = audience == "counsel"
    if fmt == "markdown":
        return render_markdown(comparison, counsel)
    if fmt == "html":
        return render_html(comparison, counsel)
    if fmt == "json":
        from compliance.core.jsonout import dumps

        return dumps(comparison.to_dict()) + "\n"
    return render_text(comparison, counsel)
