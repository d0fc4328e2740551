"""JUnit XML for CI test dashboards: a test suite per pack, a test case per rule and contract.

fail -> ``<failure>``; error -> ``<error>``; an unknown that fails the run (``--fail-on
unknown``, at or above ``--fail-on-severity``, not known in the ``--baseline``) ->
``<failure>``; any other unknown, not_applicable and waived -> ``<skipped>``.

A dashboard shows a skipped test's name and status, not its text, so the name of a skipped
case says why it was skipped (``(unknown: the contract is silent)``, ``(not applicable)``,
``(waived)``), and so do its ``message`` and the first line of its text. Passing, failing
and erroring cases keep the plain name ``PACK/RULE: title``, the key CI systems compare
failures by across runs.

Files that could not be checked form one more suite, ``compliance.inputs``, with an
``<error>`` each. Characters XML 1.0 forbids, and the C1 and bidirectional controls,
become ``\\xNN`` / ``\\uNNNN`` escapes.

The document is written from each contract's piece (:func:`piece`: its test cases in each
pack's suite, already indented, and their outcomes counted) by :func:`document`, which
builds the suites' skeleton with the counts and puts each pack's cases in place: a batch
spools the pieces to disk, :func:`render` keeps them in memory
(see :mod:`compliance.report.reporters.pieces`).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any

from compliance.core.terminal import CONTROLS, escape
from compliance.report.reasons import (
    anchor_line,
    asks_counterparty,
    baseline_text,
    missing_text,
    short_reason,
    waiver_text,
)
from compliance.report.reporters.pieces import Parts, Piece, Write, collect, rendered
from compliance.report.results import ContractReport, Report, Result

#: What XML 1.0 forbids (C0 controls but tab, line feed and carriage return; lone
#: surrogates; U+FFFE, U+FFFF), and what it allows but a reader must not get raw: DEL and the
#: C1 controls (U+009B starts a terminal escape where the report is printed, U+0085 is a
#: line end to XML 1.1), and the bidirectional embeddings, overrides and isolates, which
#: reorder what a CI dashboard shows (as the Markdown and HTML reports escape them).
_FORBIDDEN = re.compile(f"{CONTROLS}|[\ud800-\udfff]")


def xml_text(text: str) -> str:
    """Text XML 1.0 can hold, safe to show: forbidden characters, DEL, C1 controls and
    bidirectional controls become visible escapes (``\\x85``, ``\\u202e``)."""
    return _FORBIDDEN.sub(escape, str(text))


def _element(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    child = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attrs.items()})
    if text:
        child.text = xml_text(text)
    return child


#: Why a case is skipped: in its name, its message and the first line of its text.
SKIPPED_AS = {
    "unknown": ("unknown: the contract is silent", "UNKNOWN: the contract does not say enough"),
    "not_applicable": ("not applicable", "NOT APPLICABLE: the rule does not apply"),
    "waived": ("waived", "WAIVED: an accepted exception"),
}


def outcome(result: Result, fail_on: str, report: Report | None = None) -> str:
    """failure, error, skipped or passed. An unknown is a failure when it fails the run."""
    from compliance.report.reporters.github import gated

    return kind_of(result, fail_on, gated(result, report))


def kind_of(result: Result, fail_on: str, gate: bool) -> str:
    """:func:`outcome`, with ``gate``: whether the severity gate and the baseline let the
    verdict fail the run."""
    if result.status == "fail" or (result.status == "unknown" and fail_on == "unknown" and gate):
        return "failure"
    if result.status == "error":
        return "error"
    if result.status in ("unknown", "not_applicable", "waived"):
        return "skipped"
    return "passed"


def details(result: Result) -> str:
    lines = [f"{result.full_id}: {result.title} [{result.severity}, {result.basis}]"]
    lines.append(f"status: {result.status}")
    if result.waiver is not None:
        lines.append(waiver_text(result))
    if result.baseline is not None:
        lines.append(f"baseline: {baseline_text(result)}")
    if result.assumed:
        lines.append("assumed: rests on a fact assumed with --assume")
    if not result.missing:
        lines.append(f"reason: {short_reason(result, limit=5)}")
    else:
        lines.append("missing: " + missing_text(result.missing, limit=len(result.missing)))
    if asks_counterparty(result):
        lines.append("question: " + result.question.strip())
    if result.verdict in ("fail", "unknown"):
        lines.append("suggested clause: " + result.remediation.strip())
    lines.extend(f"cited: {c['instrument']}, {c['provision']}" for c in result.citations)
    if result.non_contract:
        lines.append("* rests on a source that is not contract terms")
    # One line per item: a line break in a title, a reason or a waiver's justification
    # cannot start a line of its own (printed to a CI log, it could forge ``::error::``).
    return "\n".join(" ".join(line.split()) for line in lines) + "\n"


def _count(suite: ET.Element, counts: dict[str, int]) -> None:
    total = sum(counts.values())
    suite.set("tests", str(total))
    suite.set("failures", str(counts["failure"]))
    suite.set("errors", str(counts["error"]))
    suite.set("skipped", str(counts["skipped"]))
    suite.set("time", "0")


def governance(report: Report) -> list[tuple[str, str]]:
    """The run's governance settings that are set, as (name, value) properties."""
    out = []
    if report.fail_on_severity:
        out.append(("fail_on_severity", report.fail_on_severity))
    if report.select:
        out.append(("select", " ".join(report.select)))
    if report.ignore:
        out.append(("ignore", " ".join(report.ignore)))
    if report.waivers is not None:
        out.append(("waivers", report.waivers))
    if report.baseline is not None:
        out.append(("baseline", report.baseline))
    out += [("assumed", f"{a['fact']}={json.dumps(a['value'])}") for a in report.assumptions]
    out += [("warning", warning) for warning in report.warnings]
    return out


#: A test case's outcomes, in the order the counts are kept.
KINDS = ("passed", "failure", "error", "skipped")

#: Where a suite's test cases go in the document's skeleton (an element no case can be).
_SLOT = "compliance-cases-{}"


def piece(
    contract: ContractReport,
    *,
    fail_on: str = "fail",
    fail_on_severity: str | None = None,
    **_: Any,
) -> Piece:
    """A contract's test cases, per pack (section: the pack id), as they stand in the pack's
    suite (indented, each on its own line), and their outcomes counted."""
    from compliance.report.reporters.github import passes_gate

    suites: dict[str, ET.Element] = {}
    counts: dict[tuple[str, str], int] = {}
    for result in contract.results:
        kind = kind_of(result, fail_on, passes_gate(result, fail_on_severity))
        name = f"{result.full_id}: {result.title}"
        if kind == "skipped":
            name += f" ({SKIPPED_AS[result.status][0]})"
        suite = suites.get(result.pack)
        if suite is None:
            suite = suites[result.pack] = ET.Element("suite")
        case = _element(
            suite,
            "testcase",
            name=name,
            classname=contract.id,
            file=contract.path,
            line=str(anchor_line(result)),
            time="0",
        )
        counts[(result.pack, kind)] = counts.get((result.pack, kind), 0) + 1
        message = f"{result.status}: {short_reason(result)}"
        if kind == "skipped":
            why, first = SKIPPED_AS[result.status]
            message = f"{why}: {short_reason(result)}"
            _element(case, "skipped", f"{first}\n{details(result)}", message=message)
        elif kind != "passed":
            _element(case, kind, details(result), message=message, type=result.status)
    texts = {}
    for pack, suite in suites.items():
        ET.indent(suite, level=1)
        # "<suite>\n    <testcase ...>...\n  </suite>": the cases, each after its line break
        texts[pack] = ET.tostring(suite, encoding="unicode")[len("<suite>") : -len("\n  </suite>")]
    return Piece(texts, counts)


def document(report: Report, parts: Parts, write: Write, **_: Any) -> None:
    """The XML document: the suites with their properties and counts, each pack's test
    cases as the pieces gave them, the suite of files that could not be checked."""
    root = ET.Element("testsuites", {"name": "compliance"})
    totals = dict.fromkeys(KINDS, 0)
    slots: list[str] = []
    for pack in report.packs:
        suite = _element(root, "testsuite", name=pack.id)
        props = _element(suite, "properties")
        for name, value in (
            ("pack.version", pack.version),
            ("pack.hash", pack.hash),
            ("as_of", report.as_of.isoformat()),
            ("fail_on", report.fail_on),
            ("tool_version", report.tool_version),
            *governance(report),
        ):
            _element(props, "property", name=name, value=value)
        counts = {kind: parts.count(pack.id, kind) for kind in KINDS}
        if sum(counts.values()):
            ET.SubElement(suite, _SLOT.format(len(slots)))
            slots.append(pack.id)
        _count(suite, counts)
        for key, count in counts.items():
            totals[key] += count
    if report.problems:
        suite = _element(root, "testsuite", name="compliance.inputs")
        for problem in report.problems:
            case = _element(suite, "testcase", name=problem.path, classname="input", time="0")
            _element(case, "error", problem.message, message=problem.message, type="input")
        _count(suite, dict.fromkeys(totals, 0) | {"error": len(report.problems)})
        totals["error"] += len(report.problems)
    _count(root, totals)
    ET.indent(root)
    skeleton = ET.tostring(root, encoding="unicode")
    write('<?xml version="1.0" encoding="UTF-8"?>\n')
    at = 0
    for number, pack_id in enumerate(slots):
        slot = f"\n    <{_SLOT.format(number)} />"
        found = skeleton.index(slot, at)
        write(skeleton[at:found])
        parts.copy(pack_id, write)
        at = found + len(slot)
    write(skeleton[at:] + "\n")


def render(report: Report, **_: Any) -> str:
    parts = collect(
        piece(c, fail_on=report.fail_on, fail_on_severity=report.fail_on_severity)
        for c in report.contracts
    )
    return rendered(lambda write: document(report, parts, write))
