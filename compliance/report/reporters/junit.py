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
``<error>`` each. Characters XML 1.0 forbids become ``\\xNN`` escapes.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any

from compliance.report.reasons import (
    anchor_line,
    baseline_text,
    missing_text,
    short_reason,
    waiver_text,
)
from compliance.report.results import Report, Result

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text XML 1.0 can hold: forbidden characters become visible escapes."""
    return _FORBIDDEN.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text))


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

    if result.status == "fail" or (
        result.status == "unknown" and fail_on == "unknown" and gated(result, report)
    ):
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
    if result.verdict == "unknown":
        lines.append("question: " + result.question.strip())
    if result.verdict in ("fail", "unknown"):
        lines.append("suggested clause: " + result.remediation.strip())
    lines.extend(f"cited: {c['instrument']}, {c['provision']}" for c in result.citations)
    if result.non_contract:
        lines.append("* rests on a source that is not contract terms")
    return "\n".join(lines) + "\n"


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


def build(report: Report) -> ET.Element:
    root = ET.Element("testsuites", {"name": "compliance"})
    totals = dict.fromkeys(("passed", "failure", "error", "skipped"), 0)
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
        counts = dict.fromkeys(totals, 0)
        for contract in report.contracts:
            for result in (r for r in contract.results if r.pack == pack.id):
                kind = outcome(result, report.fail_on, report)
                name = f"{result.full_id}: {result.title}"
                if kind == "skipped":
                    name += f" ({SKIPPED_AS[result.status][0]})"
                case = _element(
                    suite,
                    "testcase",
                    name=name,
                    classname=contract.id,
                    file=contract.path,
                    line=str(anchor_line(result)),
                    time="0",
                )
                counts[kind] += 1
                message = f"{result.status}: {short_reason(result)}"
                if kind == "skipped":
                    why, first = SKIPPED_AS[result.status]
                    message = f"{why}: {short_reason(result)}"
                    _element(case, "skipped", f"{first}\n{details(result)}", message=message)
                elif kind != "passed":
                    _element(case, kind, details(result), message=message, type=result.status)
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
    return root


def render(report: Report, **_: Any) -> str:
    root = build(report)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
