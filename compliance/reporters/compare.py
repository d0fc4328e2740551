"""Rendering a :class:`~compliance.compare.Comparison`: text, Markdown, HTML and JSON."""

from __future__ import annotations

import json
from typing import Any

from compliance.compare import Cell, Comparison, Row
from compliance.reasons import BADGES
from compliance.reporters import html as h
from compliance.reporters.markdown import code, md
from compliance.terminal import clean

FORMATS = ("text", "markdown", "html", "json")
TITLE = "Contract comparison"
NOTE = "* rests on a source that is not contract terms (a statement or a press report)"


def _cell_text(cell: Cell) -> str:
    label = f"{BADGES[cell.status]}: " if cell.status else ""
    return label + cell.text + (" *" if cell.non_contract else "")


def _packs(comparison: Comparison) -> str:
    return ", ".join(f"{p.id} {p.version} ({p.hash})" for p in comparison.packs)


def render_text(comparison: Comparison) -> str:
    lines = [
        f"compliance {comparison.tool_version}, as of {comparison.as_of.isoformat()}",
        f"packs: {_packs(comparison)}",
        "contracts: " + ", ".join(clean(c.id) for c in comparison.columns),
    ]
    for heading, rows in (("Key facts", comparison.facts), ("Verdicts", comparison.rules)):
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


def render_markdown(comparison: Comparison) -> str:
    lines = [
        f"# {TITLE}",
        "",
        f"compliance {md(comparison.tool_version)} · assessed as of "
        f"**{comparison.as_of.isoformat()}** · packs: {md(_packs(comparison))}",
        "",
        *[f"- {code(c.id)}: {md(c.title)} ({code(c.path)})" for c in comparison.columns],
        "",
        "Rows marked ≠ differ between the contracts; they come first.",
        "",
        "## Key facts",
        "",
        *_md_table(comparison, comparison.facts, "Fact", rules=False),
        "",
        "## Verdicts",
        "",
        *_md_table(comparison, comparison.rules, "Rule", rules=True),
        "",
        md(NOTE),
    ]
    return "\n".join(lines) + "\n"


def _html_table(comparison: Comparison, rows: list[Row], first: str, rules: bool) -> list[str]:
    head = "".join(f"<th><code>{h.e(c.id)}</code></th>" for c in comparison.columns)
    out = [f"<table><thead><tr><th>{first}</th>{head}</tr></thead><tbody>"]
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


def render_html(comparison: Comparison) -> str:
    items = "".join(
        f"<li><code>{h.e(c.id)}</code>: {h.e(c.title)} (<code>{h.e(c.path)}</code>)</li>"
        for c in comparison.columns
    )
    body = [
        f"<h1>{TITLE}</h1>",
        f'<p class="meta">compliance {h.e(comparison.tool_version)} · assessed as of '
        f"<strong>{comparison.as_of.isoformat()}</strong> · packs: {h.e(_packs(comparison))}</p>",
        f"<ul>{items}</ul>",
        "<p>Rows marked ≠ differ between the contracts; they come first.</p>",
        "<h2>Key facts</h2>",
        *_html_table(comparison, comparison.facts, "Fact", rules=False),
        "<h2>Verdicts</h2>",
        *_html_table(comparison, comparison.rules, "Rule", rules=True),
        f'<p class="nc">{h.e(NOTE)}</p>',
    ]
    return h.page(TITLE, body)


def render(comparison: Comparison, fmt: str, **_: Any) -> str:
    if fmt == "markdown":
        return render_markdown(comparison)
    if fmt == "html":
        return render_html(comparison)
    if fmt == "json":
        return json.dumps(comparison.to_dict(), indent=2, ensure_ascii=False) + "\n"
    return render_text(comparison)
