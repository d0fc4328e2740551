"""The gap report as a Word file (``compliance gaps -o FILE.docx --format docx``), for
counsel, who exchange Word files.

Written with python-docx, an optional extra
(``pip install 'ai-contract-compliance[docx]'``), imported only here. The same content
as ``gaps`` (the summary first, each gap with the clause that
would close it, or the questions by topic, then the open lists), so that ``--audience
counsel`` gives a file to send. The file is deterministic: its dates are the as-of date
and its zip entries carry that date too.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import Any

from compliance import __version__
from compliance.core.errors import InputError
from compliance.report.results import ContractReport, Report

#: The one-line error when python-docx is not installed.
MISSING = (
    "the Word format needs python-docx, an optional extra: "
    f"pip install 'ai-contract-compliance[docx]=={__version__}'"
)


def _document() -> Any:
    try:
        import docx
    except ImportError:
        raise InputError(MISSING) from None
    return docx.Document()


def available() -> None:
    """Raise the one-line error (exit 2) when python-docx is missing."""
    _document()


def _safe(text: str) -> str:
    """``text`` with the characters Word's XML cannot hold, and the bidirectional controls
    that would reorder what counsel reads, as visible escapes."""
    if text.isprintable():
        return text
    from compliance.core.terminal import visible_controls

    return visible_controls(text)


def _paragraph(doc: Any, text: str = "", style: str | None = None) -> Any:
    return doc.add_paragraph(_safe(text), style=style)


def _heading(doc: Any, text: str, level: int) -> Any:
    return doc.add_heading(_safe(text), level=level)


def _contract(doc: Any, contract: ContractReport, with_questions: bool, counsel: bool) -> None:
    from compliance.core.terminal import visible_controls
    from compliance.report.gaps import gaps, open_lists, questions
    from compliance.report.reasons import BADGES, asks_counterparty
    from compliance.report.reporters.gaps import (
        ASSUMED,
        TOP_QUESTIONS,
        _missing_words,
        _open_list_words,
    )
    from compliance.report.review import exec_summary

    _heading(doc, contract.title, level=1)
    if not counsel:
        # A file name is the one text here that may hold a control character (a contract,
        # a pack or a waiver cannot), which Word's XML cannot carry.
        _paragraph(doc, f"{contract.id} · file {visible_controls(contract.path)}")
    found = questions(contract)
    summary = exec_summary(contract)
    _heading(doc, "Summary", level=2)
    _paragraph(doc, summary.counts_line(), style="List Bullet")
    if summary.fails_line():
        _paragraph(doc, summary.fails_line(), style="List Bullet")
    for item in found[:TOP_QUESTIONS]:
        _paragraph(doc, f"Top question {item.number}: {item.text}", style="List Bullet")
    if with_questions:
        if not found:
            _paragraph(doc, "No unknown: nothing to ask.")
        topic = None
        for item in found:
            if item.topic != topic:
                topic = item.topic
                _heading(doc, topic, level=2)
            _paragraph(doc, f"{item.number}. {item.text}")
            if item.left_open:
                _paragraph(doc, "The contract leaves this open.").runs[0].italic = True
            rules = ", ".join(item.rules)
            _paragraph(doc, f"Settles or narrows {len(item.rules)}: {rules}")
    else:
        _heading(doc, "Gaps", level=2)
        results = gaps(contract)
        if not results:
            _paragraph(doc, "No fail and no unknown.")
        for result in results:
            _heading(doc, f"{BADGES[result.status]} — {result.title}", level=3)
            meta = f"{result.full_id} · severity {result.severity} · basis: {result.basis}"
            _paragraph(doc, meta)
            if result.applies_from is not None:
                start = result.applies_from.isoformat()
                _paragraph(doc, f"Applies from {start} (not yet in force on the as-of date)")
            words = _missing_words(result, counsel)
            _paragraph(doc, words)
            if result.assumed and "assumed" not in words:
                _paragraph(doc, ASSUMED[0].upper() + ASSUMED[1:])
            for citation in result.citations:
                cited = f"{citation['instrument']}, {citation['provision']}"
                _paragraph(doc, f"Demanded by: {cited}", style="List Bullet")
            _paragraph(doc, "Suggested clause:").runs[0].bold = True
            _paragraph(doc, " ".join(result.remediation.split()), style="Quote")
            if asks_counterparty(result):
                _paragraph(doc, "Question for the counterparty:").runs[0].bold = True
                _paragraph(doc, " ".join(result.question.split()), style="Quote")
        _waived(doc, contract)
    listed = open_lists(contract)
    if listed:
        _heading(doc, "Open lists", level=2)
        for entry in listed:
            _paragraph(doc, _open_list_words(entry, counsel), style="List Bullet")


def _waived(doc: Any, contract: ContractReport) -> None:
    """The fails and unknowns accepted under a waiver, each with its waiver."""
    from compliance.report.gaps import waived
    from compliance.report.reasons import BADGES, waiver_text

    accepted = waived(contract)
    if accepted:
        _heading(doc, "Waived", level=2)
    for result in accepted:
        _paragraph(
            doc,
            f"{BADGES[result.status]} — {result.title} ({result.full_id}): {waiver_text(result)}",
            style="List Bullet",
        )


def _fixed_zip(data: bytes, when: datetime) -> bytes:
    """The same package with every entry dated ``when`` (python-docx stamps the time of
    writing), so the same report gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def render_gaps(
    report: Report, *, with_questions: bool = False, audience: str = "reviewer"
) -> bytes:
    """The gap report (or the questions) of ``report`` as the bytes of a .docx file."""
    counsel = audience == "counsel"
    doc = _document()
    title = "Questions for the counterparty" if with_questions else "Contract gaps"
    when = datetime(report.as_of.year, report.as_of.month, report.as_of.day)
    props = doc.core_properties
    props.title = title
    props.author = "compliance"
    props.last_modified_by = "compliance"
    props.created = props.modified = when
    props.revision = 1
    _heading(doc, title, level=0)
    packs = ", ".join(
        f"{p.id} {p.version}" + ("" if counsel else f" ({p.hash})") for p in report.packs
    )
    _paragraph(doc, f"Assessed as of {report.as_of.isoformat()}. Rule packs: {packs}.")
    if report.assumptions:
        from compliance.report.reporters.gaps import what_if

        _paragraph(doc, f"Assuming (what-if, not in the contract): {what_if(report)}.")
    for contract in report.contracts:
        _contract(doc, contract, with_questions, counsel)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip(buffer.getvalue(), when)
