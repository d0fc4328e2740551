"""The nations matrix (``compliance nations check``) as text, JSON, Markdown or HTML.

One row per nation: its verdict (meets, fails, unknown, not bound), whether its profile binds
the deal, the profile's confidence, and what blocks the deal with the deciding facts. All four
formats come from the same data (:func:`data`), in the same order, so they agree.
"""

from __future__ import annotations

import json
from datetime import date
from html import escape
from typing import Any

from compliance.nations.matrix import FAILS, MEETS, NOT_BOUND, UNKNOWN, DealMatrix

FORMAT_ID = "compliance-nations/1"
LABELS = {MEETS: "meets", FAILS: "fails", UNKNOWN: "unknown", NOT_BOUND: "not bound"}
MARKS = {MEETS: "✓", FAILS: "✗", UNKNOWN: "?", NOT_BOUND: "–"}


def data(
    matrices: list[DealMatrix], spec: str, on: date, noun: str, nations: list[str]
) -> dict[str, Any]:
    """The report as plain data (the JSON format; see ``compliance nations schema``)."""
    from compliance.run.prepare import relative

    return {
        "format": FORMAT_ID,
        "as_of": on.isoformat(),
        "nations_spec": spec,
        "nations": list(nations),
        "deals": [
            {
                "path": relative(m.path),
                "id": m.id,
                "title": m.title,
                "headline": m.headline(noun),
                "counts": m.counts(),
                "nations": [n.to_dict() for n in m.nations],
            }
            for m in matrices
        ],
    }


def render_json(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def _blocking(nation: dict[str, Any]) -> list[str]:
    lines = []
    for item in nation["blocking"]:
        rules = f" ({', '.join(item['rules'])})" if item["rules"] else ""
        lines.append(f"{item['field']}: {item['status']}, {item['reason']}{rules}")
    return lines


def render_text(report: dict[str, Any]) -> str:
    out: list[str] = []
    for deal in report["deals"]:
        out.append(f"{deal['id']} ({deal['path']})")
        out.append(f"  nations {report['nations_spec']} on {report['as_of']}: {deal['headline']}")
        out.append("")
        width = max((len(n["name"]) for n in deal["nations"]), default=4) + 4
        out.append(f"  {'nation':<{width}} {'verdict':<10} {'bound':<8} confidence")
        for n in deal["nations"]:
            label = f"{n['nation']} {n['name']}"
            out.append(
                f"  {label:<{width}} {LABELS[n['status']]:<10} {n['binding']['status']:<8} "
                f"{n['confidence']}"
            )
        blocked = [n for n in deal["nations"] if n["blocking"]]
        if blocked:
            out.append("")
            out.append("  What blocks each nation, and the deciding facts:")
        for n in blocked:
            out.append(f"  {n['nation']} {n['name']}: {LABELS[n['status']]}")
            for item in n["blocking"]:
                rules = f" [{', '.join(item['rules'])}]" if item["rules"] else ""
                out.append(f"    - {item['field']} {item['status']}: {item['reason']}{rules}")
                for fact in item["facts"]:
                    out.append(f"        {fact}")
        out.append("")
    return _lines(out)


def _lines(out: list[str]) -> str:
    """Text lines, each safe to print: a line break, a terminal escape or a bidirectional
    control in a profile's or a contract's text shows as an escape (it cannot forge a line
    of the log)."""
    from compliance.core.terminal import clean

    return "\n".join(clean(line) for line in out)


def _md(text: Any) -> str:
    """Inline Markdown text (a profile's or a contract's text is untrusted): HTML special
    characters as entities, Markdown punctuation escaped, line breaks as spaces."""
    from compliance.report.reporters.markdown import md

    return md(text)


def _code(text: Any) -> str:
    from compliance.report.reporters.markdown import code

    return code(text).replace("|", "\\|")


def render_markdown(report: dict[str, Any]) -> str:
    out: list[str] = ["# Which nations' rules the deal meets", ""]
    out.append(f"Nations: `{report['nations_spec']}`, as of {report['as_of']}.")
    out.append("")
    for deal in report["deals"]:
        out.append(f"## {_md(deal['title'])} (`{deal['id']}`)")
        out.append("")
        out.append(f"**{_md(deal['headline'].capitalize())}.**")
        out.append("")
        out.append("| Nation | Verdict | Bound | Confidence | Blocking | Deciding facts |")
        out.append("|---|---|---|---|---|---|")
        for n in deal["nations"]:
            blocking = "<br>".join(_md(line) for line in _blocking(n)) or "-"
            facts = sorted({f for item in n["blocking"] for f in item["facts"]})
            shown = "<br>".join(_code(f) for f in facts[:6]) or "-"
            if len(facts) > 6:
                shown += f"<br>and {len(facts) - 6} more"
            out.append(
                f"| {n['nation']} {_md(n['name'])} | {MARKS[n['status']]} {LABELS[n['status']]} "
                f"| {n['binding']['status']} | {n['confidence']} | {blocking} | {shown} |"
            )
        out.append("")
    return "\n".join(out)


CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;
max-width:72rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #999;padding:.2rem .5rem;
text-align:left;vertical-align:top}
code{font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;background:#f2f2f2;padding:0 .2rem}
td.v{font-weight:700;white-space:nowrap}
.s-meets{background:#d7f5dc;border-style:solid}
.s-fails{background:#fbd5d5;border-style:solid;border-width:3px}
.s-unknown{background:#fff1c2;border-style:dashed}
.s-not-bound{background:#ececec;border-style:dotted}
ul{margin:0;padding-left:1.1rem}
svg.map{width:100%;height:auto;border:1px solid #999}
.legend .key{display:inline-block;padding:0 .4rem;margin-right:.4rem;border:1px solid #333}
@media print{body{font-size:10pt;max-width:none;margin:0}tr{break-inside:avoid}}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


FILL = {MEETS: "#4caf50", FAILS: "#d32f2f", UNKNOWN: "#f9c846", NOT_BOUND: "#9e9e9e"}
PATTERN = {FAILS: "url(#hatch)", NOT_BOUND: "url(#dots)"}


def _map_data() -> dict[str, Any] | None:
    """The outlines (compliance/data/nations-map.json), or None when not shipped."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "nations-map.json"
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data


def render_map(deal: dict[str, Any], outlines: dict[str, Any]) -> str:
    """The nations asked about, coloured by verdict (fails also hatched, not bound dotted),
    on a grey background of the other countries; each outline titled with its verdict."""
    width, height = outlines["width"], outlines["height"]
    out = [
        f'<svg class="map" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Map of the verdicts (the table below says the same)">',
        "<defs>"
        '<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#d32f2f"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="2"/></pattern>'
        '<pattern id="dots" width="5" height="5" patternUnits="userSpaceOnUse">'
        '<rect width="5" height="5" fill="#9e9e9e"/><circle cx="2.5" cy="2.5" r="1" '
        'fill="#fff"/></pattern></defs>',
        f'<rect width="{width}" height="{height}" fill="#eef4f8"/>',
        f'<path d="{outlines["background"]}" fill="#fafafa" stroke="#bbb" stroke-width=".5"/>',
    ]
    for nation in deal["nations"]:
        path = outlines["countries"].get(nation["nation"])
        if not path:
            continue
        status = nation["status"]
        fill = PATTERN.get(status, FILL[status])
        out.append(
            f'<path d="{path}" fill="{fill}" stroke="#333" stroke-width=".6">'
            f"<title>{_e(nation['name'])}: {_e(LABELS[status])}</title></path>"
        )
    out.append("</svg>")
    legend = " ".join(
        f'<span class="key s-{_e(v)}">{_e(MARKS[v])} {_e(LABELS[v])}</span>' for v in FILL
    )
    out.append(
        f'<p class="legend">{legend}<br><small>Outlines: {_e(outlines["source"])}.</small></p>'
    )
    return "\n".join(out)


def render_html(report: dict[str, Any]) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Which nations' rules the deal meets</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>Which nations' rules the deal meets</h1>",
        f"<p>Nations: <code>{_e(report['nations_spec'])}</code>, as of {_e(report['as_of'])}. "
        "Verdicts: meets (green, solid border), fails (red, thick border), unknown (yellow, "
        "dashed), not bound (grey, dotted).</p>",
    ]
    for deal in report["deals"]:
        out.append(f"<h2>{_e(deal['title'])} (<code>{_e(deal['id'])}</code>)</h2>")
        out.append(f"<p><strong>{_e(deal['headline'].capitalize())}.</strong></p>")
        outlines = _map_data()
        if outlines is not None:
            out.append(render_map(deal, outlines))
        out.append(
            "<table><thead><tr><th>Nation</th><th>Verdict</th><th>Bound</th>"
            "<th>Confidence</th><th>Blocking</th><th>Deciding facts</th></tr></thead><tbody>"
        )
        for n in deal["nations"]:
            status = n["status"]
            blocking = "".join(f"<li>{_e(line)}</li>" for line in _blocking(n))
            facts = sorted({f for item in n["blocking"] for f in item["facts"]})
            shown = "".join(f"<li><code>{_e(f)}</code></li>" for f in facts)
            out.append(
                f'<tr class="s-{_e(status)}"><td>{_e(n["nation"])} {_e(n["name"])}</td>'
                f'<td class="v">{_e(MARKS[status])} {_e(LABELS[status])}</td>'
                f"<td>{_e(n['binding']['status'])}</td><td>{_e(n['confidence'])}</td>"
                f"<td>{'<ul>' + blocking + '</ul>' if blocking else '-'}</td>"
                f"<td>{'<ul>' + shown + '</ul>' if shown else '-'}</td></tr>"
            )
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


RENDERERS = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "html": render_html,
}


# --- compare and questions ----------------------------------------------------------------------


def render_compare_text(view: dict[str, Any]) -> str:
    out = [
        f"A {view['a']['id']}: {view['a']['headline']}",
        f"B {view['b']['id']}: {view['b']['headline']}",
        "",
    ]
    width = max((len(r["name"]) for r in view["nations"]), default=4) + 4
    out.append(f"  {'nation':<{width}} {'A':<10} {'B':<10}")
    for row in view["nations"]:
        label = f"{row['nation']} {row['name']}"
        mark = " *" if row["differs"] else ""
        out.append(
            f"  {label:<{width}} {LABELS[row['a']]:<10} {LABELS[row['b']]:<10}{mark}".rstrip()
        )
    out.append("")
    out.append("  * the verdicts differ")
    return _lines(out) + "\n"


def render_compare_markdown(view: dict[str, Any]) -> str:
    out = [
        f"- **A** `{view['a']['id']}`: {_md(view['a']['headline'])}",
        f"- **B** `{view['b']['id']}`: {_md(view['b']['headline'])}",
        "",
        "| Nation | A | B |",
        "|---|---|---|",
    ]
    for row in view["nations"]:
        a, b = row["a"], row["b"]
        cells = [f"{MARKS[a]} {LABELS[a]}", f"{MARKS[b]} {LABELS[b]}"]
        if row["differs"]:
            cells = [f"**{c}**" for c in cells]
        out.append(f"| {row['nation']} {_md(row['name'])} | {cells[0]} | {cells[1]} |")
    return "\n".join(out) + "\n"


def render_questions_text(views: list[dict[str, Any]]) -> str:
    out: list[str] = []
    for view in views:
        out.append(f"{view['id']}: the questions that bear on the most nations' verdicts")
        if not view["questions"]:
            out.append("  (none: no nation's verdict waits on the contract)")
        for number, q in enumerate(view["questions"], 1):
            out.append(
                f"  {number}. {q['path']} (bears on {q['count']}: {', '.join(q['nations'])})"
            )
            if q["question"]:
                out.append(f"     {q['question']}")
        if view["research"]:
            out.append("  National rules still to confirm (research, not the counterparty):")
            for r in view["research"]:
                out.append(f"  - {r['field']}: {r['count']} nations ({', '.join(r['nations'])})")
        out.append("")
    return _lines(out)


def render_questions_markdown(views: list[dict[str, Any]]) -> str:
    out: list[str] = []
    for view in views:
        out += [
            f"## Questions for `{view['id']}`",
            "",
            "| # | Fact | Nations it bears on | Question |",
        ]
        out.append("|---|---|---|---|")
        for number, q in enumerate(view["questions"], 1):
            out.append(
                f"| {number} | {_code(q['path'])} | {q['count']}: {', '.join(q['nations'])} "
                f"| {_md(q['question'])} |"
            )
        if view["research"]:
            out += ["", "National rules still to confirm:", ""]
            for r in view["research"]:
                out.append(f"- {r['field']}: {r['count']} nations ({', '.join(r['nations'])})")
        out.append("")
    return "\n".join(out)
