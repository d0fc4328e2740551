"""The reviewer's gap report as one self-contained HTML file.

No external assets and no script: inline CSS with a print stylesheet; a Content Security
Policy that forbids scripts; status shown by icon, word and border pattern as well as by
colour, so it reads in grey. Every value from a contract or a pack is escaped.
"""

from __future__ import annotations

import json
from html import escape
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
    marks,
    short_reason,
    waiver_text,
)
from compliance.report.reporters.markdown import counsel_reason, dated_text, quoted_before
from compliance.report.reporters.pieces import (
    CONTRACTS,
    Parts,
    Write,
    collect,
    copy_summary,
    gap_pieces,
    rendered,
)
from compliance.report.results import ContractReport, Report, Result, jsonable
from compliance.report.review import Finding, Statement, view
from compliance.report.status import STATUSES

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"

CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;
max-width:60rem;margin:2rem auto;padding:0 1rem}
h1,h2,h3,h4{line-height:1.25}h2{border-bottom:1px solid #999;padding-bottom:.2rem;margin-top:2.5rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #999;padding:.2rem .5rem;
text-align:left;vertical-align:top}td.n{text-align:right}
code{font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;background:#f2f2f2;padding:0 .2rem}
blockquote{margin:.4rem 0 .4rem 1rem;padding:.2rem .8rem;border-left:4px solid #777;
background:#fafafa;white-space:pre-wrap}
.meta{color:#444}.nc{font-weight:600}
.badge{display:inline-block;font-weight:700;padding:0 .4rem;border:2px solid #000;
border-radius:3px;white-space:nowrap}
.s-fail{background:#fbd5d5;border-style:solid;border-width:3px}
.s-error{background:#f3d1f4;border-style:double;border-width:4px}
.s-unknown{background:#fff1c2;border-style:dashed}
.s-pass{background:#d7f5dc;border-style:solid;border-width:1px}
.s-not_applicable{background:#ececec;border-style:dotted}
.s-waived{background:#d5eefb;border-style:dotted;border-width:3px}
.finding{border:1px solid #bbb;border-left-width:6px;padding:.2rem 1rem .6rem;margin:1rem 0}
.finding.s-fail{border-left-style:solid;background:none}
.finding.s-unknown{border-left-style:dashed;background:none}
.finding.s-error{border-left-style:double;background:none}
.finding h4{margin:.6rem 0;font-size:1.05rem}
dt{font-weight:700;margin-top:.6rem}dd{margin-left:1rem}
ul.facts{margin:.2rem 0}
td,th{overflow-wrap:anywhere}code{overflow-wrap:anywhere}
table.wide{width:100%;table-layout:fixed}
.summary{border:2px solid #444;padding:.4rem 1rem;margin:1rem 0}
@page{size:A4;margin:15mm 14mm}
@media print{body{font-size:10pt;max-width:none;margin:0;color:#000}
table{width:100%;table-layout:fixed}
.finding,blockquote,tr{break-inside:avoid}h2,h3,h4{break-after:avoid}
a{color:#000}a[href]::after{content:" <" attr(href) ">";font-size:9pt;word-break:break-all}
.badge{border-color:#000}}
"""


def e(value: Any) -> str:
    """Escape a value for element content or an attribute; a line break in it becomes a
    character reference (the same text to a browser), so that no value starts a line of the
    page's source: printed to a CI log, it cannot forge a line (``::error::...``)."""
    out = escape(str(value), quote=True)
    if not out.isprintable():
        out = visible_controls(out)
    if "\n" in out or "\r" in out:
        out = out.replace("\r", "&#13;").replace("\n", "&#10;")
    return out


def badge(status: str) -> str:
    return f'<span class="badge s-{e(status)}">{e(BADGES[status])}</span>'


def page(title: str, body: list[str]) -> str:
    return "\n".join([*page_head(title), *body, *PAGE_END]) + "\n"


#: The lines that end the page.
PAGE_END = ("</body>", "</html>")


def page_head(title: str) -> list[str]:
    return [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
    ]


def _around_summary(report: Report, title: str, counsel: bool) -> tuple[list[str], list[str]]:
    """The header's lines before the summary and after it."""
    if counsel:
        counsel_rows = [
            f"<tr><td>{e(p.title)}</td><td>{e(p.version)}</td><td>"
            + (
                ", ".join(f"{e(k)}={e(json.dumps(v))}" for k, v in jsonable(p.parameters).items())
                or "none"
            )
            + "</td></tr>"
            for p in report.packs
        ]
        redacted = " · clause texts withheld" if report.redacted else ""
        head = _header(report, title, counsel_rows, redacted)
        head[2] = "<table><thead><tr><th>Rule pack</th><th>Version</th><th>Parameters</th>"
        head[2] += "</tr></thead><tbody>"
        return head[:2], [*head[2:], *governance(report, counsel=True)]
    rows = [
        f"<tr><td>{e(p.id)} — {e(p.title)}</td><td>{e(p.version)}</td><td><code>{e(p.hash)}"
        "</code></td><td>"
        + (
            ", ".join(f"{e(k)}={e(json.dumps(v))}" for k, v in jsonable(p.parameters).items())
            or "none"
        )
        + "</td></tr>"
        for p in report.packs
    ]
    redacted = " · clause texts withheld" if report.redacted else ""
    head = _header(report, title, rows, redacted)
    return head[:2], [*head[2:], *governance(report)]


def summary_lines(contract: ContractReport) -> list[str]:
    """A contract's lines of the summary, under its title (one line, left out when the
    report holds one contract)."""
    from compliance.report.gaps import questions
    from compliance.report.review import SEVERITY_ORDER, exec_summary

    summary = exec_summary(contract)
    parts = [f"<h3>{e(contract.title)}</h3>"]
    items = [f"<li>{e(summary.counts_line())}</li>"]
    if summary.fails:
        fails = sorted(
            (r for r in contract.results if r.status == "fail"),
            key=lambda r: (SEVERITY_ORDER.index(r.severity), r.full_id),
        )
        named = "".join(f"<li><strong>{e(r.severity)}</strong>: {e(r.title)}</li>" for r in fails)
        items.append(f"<li>{e(summary.fails_line())}:<ul>{named}</ul></li>")
    if summary.dated:
        plural = "s" if summary.dated != 1 else ""
        items.append(
            f"<li>{summary.dated} verdict{plural} on duties that apply only from a later "
            "date (see each finding)</li>"
        )
    asked = questions(contract)[:TOP_QUESTIONS]
    if asked:
        listed = "".join(f"<li>{e(q.text)} (settles or narrows {len(q.rules)})</li>" for q in asked)
        items.append(f"<li>Questions that settle most verdicts:<ol>{listed}</ol></li>")
    return [*parts, "<ul>", *items, "</ul>"]


#: How many questions the executive summary names.
TOP_QUESTIONS = 3


def governance(report: Report, counsel: bool = False) -> list[str]:
    """The run's governance settings and warnings as a list (nothing when unset)."""
    items = []
    if report.select:
        items.append("Rules selected: " + ", ".join(f"<code>{e(p)}</code>" for p in report.select))
    if report.ignore:
        items.append("Rules ignored: " + ", ".join(f"<code>{e(p)}</code>" for p in report.ignore))
    if report.fail_on_severity:
        items.append(f"Fails only on severity {e(report.fail_on_severity)} and above")
    if report.waivers is not None:
        items.append(f"Waivers: <code>{e(report.waivers)}</code>")
    if report.baseline is not None:
        counts = ", ".join(f"{n} {state}" for state, n in report.baseline_counts().items())
        items.append(f"Baseline: <code>{e(report.baseline)}</code> ({e(counts)})")
    for item in report.assumptions:
        value = json.dumps(jsonable(item["value"]), ensure_ascii=False)
        fact = e(asked(item["fact"])) if counsel else f"<code>{e(item['fact'])}</code>"
        items.append(f"<strong>Assumed</strong> (what-if): {fact} = <code>{e(value)}</code>")
    shown = [counsel_warning(w) for w in report.warnings] if counsel else report.warnings
    items += [f"<strong>Warning:</strong> {e(warning)}" for warning in shown]
    if not items:
        return []
    return ['<ul class="meta">', *[f"<li>{item}</li>" for item in items], "</ul>"]


def _header(report: Report, title: str, rows: list[str], redacted: str) -> list[str]:
    return [
        f"<h1>{e(title)}</h1>",
        f'<p class="meta">compliance {e(report.tool_version)} · assessed as of '
        f"<strong>{report.as_of.isoformat()}</strong> · fail on: {e(report.fail_on)}"
        f"{redacted}</p>",
        "<table><thead><tr><th>Pack</th><th>Version</th><th>Hash</th><th>Parameters</th>"
        "</tr></thead><tbody>",
        *rows,
        "</tbody></table>",
    ]


def summary_table(contract: ContractReport) -> list[str]:
    names = [s for s in STATUSES if s != "waived" or contract.summary.get(s)]
    head = "".join(f"<th>{badge(s)}</th>" for s in names)
    rows = []
    for pack, results in by_pack(contract).items():
        cells = "".join(
            f'<td class="n">{sum(1 for r in results if r.status == s)}</td>' for s in names
        )
        rows.append(f"<tr><td>{e(pack)}</td>{cells}</tr>")
    return [f"<table><thead><tr><th>Pack</th>{head}</tr></thead><tbody>", *rows, "</tbody></table>"]


def quote(text: str | None, redacted: bool) -> str:
    if redacted:
        return "<p><em>(text withheld: --redact)</em></p>"
    return f"<blockquote>{e(text.strip())}</blockquote>" if text else ""


def link(html: str, url: object) -> str:
    """``html`` as a link to an http(s) URL; any other URL is not a link (shown as text)."""
    from compliance.report.reporters.links import web_url

    safe = web_url(url)
    if safe is not None:
        return f'<a href="{e(safe)}">{html}</a>'
    return html if html == e(url) else f"{html} ({e(url)})"


def statement(
    item: Statement,
    redacted: bool,
    counsel: bool = False,
    seen: set[tuple[str, str | None]] | None = None,
) -> str:
    head = e(item.heading)
    facts = (
        ""
        if counsel
        else "".join(
            f"<li><code>{e(path)}</code> = {e(value)} ({e(item.where(line, note))})</li>"
            for path, value, line, note in item.facts
        )
    )
    url = f"<li>source: {link(e(item.url), item.url)}</li>" if item.url else ""
    withheld = redacted and item.kind != "contract"
    if not withheld and quoted_before(item, seen):
        text = "<p><em>(text quoted above)</em></p>"
    else:
        text = quote(item.text, withheld)
    return f'<li>{head}<ul class="facts">{facts}{url}</ul>{text}</li>'


def mark_text(result: Result) -> str:
    return "".join(f" · {e(mark)}" for mark in marks(result))


def finding(
    found: Finding,
    redacted: bool,
    counsel: bool = False,
    seen: set[tuple[str, str | None]] | None = None,
) -> list[str]:
    result = found.result
    nc = ' · <span class="nc">* rests on a source that is not contract terms</span>'
    cites = "".join(
        "<li>" + link(f"{e(c['instrument'])}, {e(c['provision'])}", c["url"]) + "</li>"
        for c in result.citations
    )
    says = "".join(statement(s, redacted, counsel, seen) for s in found.statements)
    parts = [
        f'<section class="finding s-{e(result.status)}">',
        f"<h4>{badge(result.status)} <code>{e(result.full_id)}</code>: {e(result.title)}</h4>",
        f'<p class="meta">Severity <strong>{e(result.severity)}</strong> · basis: '
        f"{e(result.basis)}{nc if result.non_contract else ''}{mark_text(result)}</p>",
        "<dl>",
        f"<dt>Demanded by</dt><dd><ul>{cites}</ul></dd>",
        "<dt>What the contract says</dt>",
        f"<dd><ul>{says}</ul></dd>" if says else "<dd>Nothing on this.</dd>",
    ]
    if result.waiver is not None:
        parts.append(f"<dt>Waived</dt><dd>{e(waiver_text(result))}</dd>")
    if result.applies_from is not None:
        parts.append(f"<dt>Applies from</dt><dd><strong>{e(dated_text(result))}</strong></dd>")
    if result.message:
        parts.append(f"<dt>Note</dt><dd>{e(result.message)}</dd>")
    for note in result.notes:
        if result.applies_from is None or not note.startswith("applies from"):
            parts.append(f"<dt>Note</dt><dd>{e(counsel_note(note) if counsel else note)}</dd>")
    if result.missing and counsel:
        items = "".join(f"<li>{e(line[2:])}</li>" for line in _asked(result))
        parts.append(f"<dt>What to ask</dt><dd><ul>{items}</ul></dd>")
    elif result.missing:
        items = "".join(
            f"<li><code>{e(m.path)}</code> ({e(m.reason)})</li>" for m in result.missing
        )
        parts.append(f"<dt>What is missing</dt><dd><ul>{items}</ul></dd>")
    if result.verdict in ("fail", "unknown"):
        parts.append(f"<dt>Suggested clause</dt><dd>{quote(result.remediation, False)}</dd>")
    if asks_counterparty(result):
        parts.append(
            f"<dt>Question for the counterparty</dt><dd>{quote(result.question, False)}</dd>"
        )
    parts += ["</dl>", "</section>"]
    return parts


def _asked(result: Result) -> list[str]:
    """The missing facts asked as questions (Markdown list lines, unescaped)."""
    from compliance.facts.questions import open_list_question, question

    asked: list[str] = []
    for m in result.missing:
        text = open_list_question(m.path) if m.reason == "open" else question(m.path)
        if f"- {text}" not in asked:
            asked.append(f"- {text}")
    return asked


def decided_item(result: Result, counsel: bool = False) -> str:
    reason = counsel_reason(result) if counsel else short_reason(result)
    dated = f" ({dated_text(result)})" if result.applies_from else ""
    return (
        f"<li>{badge(result.status)} <code>{e(result.full_id)}</code> — {e(result.title)}: "
        f"{e(reason)}{e(dated)}{mark_text(result)}</li>"
    )


def contract_section(contract: ContractReport, redacted: bool, counsel: bool = False) -> list[str]:
    shown = view(contract)
    parts = [f"<h2>{e(contract.title)}</h2>"]
    if not counsel:
        parts.append(
            f'<p class="meta"><code>{e(contract.id)}</code> · file '
            f"<code>{e(contract.path)}</code></p>"
        )
    parts += [*summary_table(contract), "<h3>Gaps</h3>"]
    if not shown.gaps:
        parts.append("<p>No fail and no unknown.</p>")
    seen: set[tuple[str, str | None]] = set()
    for item in shown.gaps:
        parts += finding(item, redacted, counsel, seen)
    if shown.waived:
        parts.append("<h3>Waived</h3>")
    for item in shown.waived:
        parts += finding(item, redacted, counsel, seen)
    if shown.decided:
        parts += ["<h3>Passed and not applicable</h3>", "<ul>"]
        parts += [decided_item(result, counsel) for result in shown.decided]
        parts.append("</ul>")
    return parts


def by_clause_section(contract: ContractReport, redacted: bool, counsel: bool = False) -> list[str]:
    texts = {c.id: c.text for c in contract.clauses}
    parts = [f"<h2>{e(contract.title)}</h2>"]
    if not counsel:
        parts.append(
            f'<p class="meta"><code>{e(contract.id)}</code> · file '
            f"<code>{e(contract.path)}</code></p>"
        )
    parts += summary_table(contract)
    for group in group_by_clause(contract):
        parts.append(f"<h3>{e(group.heading)}</h3>")
        if group.kind == CLAUSE:
            parts.append(quote(texts.get(group.id or ""), redacted))
        if not group.entries:
            parts.append(f"<p>{e(group.empty)}</p>")
            continue
        parts.append("<ul>")
        for result, items in group.entries:
            if counsel:
                why = e(result.status.replace("_", " ") if items else counsel_reason(result))
            else:
                why = (
                    "; ".join(f"<code>{e(i.path)}</code>" for i in items)
                    if items
                    else e(short_reason(result))
                )
            parts.append(
                f"<li>{badge(result.status)} <code>{e(result.full_id)}</code> — "
                f"{e(result.title)}: {why}{mark_text(result)}</li>"
            )
        parts.append("</ul>")
    return parts


TITLE = "Contract gap report"

NC_NOTE = (
    '<p class="nc">* rests on a source that is not contract terms '
    "(a statement or a press report)</p>"
)


def document(
    report: Report, parts: Parts, write: Write, *, audience: str | None = None, **_: Any
) -> None:
    """The gap report from its contracts' pieces; ``audience="counsel"``: no fact paths and
    no pack hashes."""
    before, after = _around_summary(report, TITLE, audience == "counsel")
    write("\n".join([*page_head(TITLE), *before, '<section class="summary">', "<h2>Summary</h2>"]))
    copy_summary(parts, write)
    write("\n" + "\n".join(["</section>", *after]))
    parts.copy(CONTRACTS, write)
    tail = []
    if report.problems:
        tail += ["<h2>Files that could not be checked</h2>", "<ul>"]
        tail += [f"<li>{e(problem.message)}</li>" for problem in report.problems]
        tail.append("</ul>")
    if parts.count(CONTRACTS, "non_contract"):
        tail.append(NC_NOTE)
    write("\n" + "\n".join([*tail, *PAGE_END]) + "\n")


def render(report: Report, *, by: str | None = None, audience: str | None = None, **_: Any) -> str:
    """The gap report; ``audience="counsel"``: no fact paths and no pack hashes."""
    parts = collect(
        piece(c, redacted=report.redacted, by=by, audience=audience) for c in report.contracts
    )
    return rendered(lambda write: document(report, parts, write, audience=audience))


#: A contract's lines of the summary and its section (see :func:`gap_pieces`).
piece = gap_pieces(
    summary_lines, contract_section, by_clause_section, title_break=1, section_break="\n"
)
