"""What a result rests on, in words: the decisive facts, where they are, a short reason.

Shared by the reporters, ``compare`` and ``--by clause`` so that every output names the
same facts and lines for the same verdict.
"""

from __future__ import annotations

import re
from typing import Any

from compliance.facts.tree import ASSUMPTION
from compliance.report.results import ContractReport, EvidenceItem, MissingItem, Result
from compliance.report.status import FAIL, NOT_APPLICABLE, PASS, UNKNOWN_S, WAIVED

#: Statuses worst first, for sorting results within a group.
ORDER = ("fail", "error", "unknown", "waived", "pass", "not_applicable")

#: Status labels that read without colour (an icon and a word).
BADGES = {
    "pass": "✓ PASS",
    "fail": "✗ FAIL",
    "unknown": "? UNKNOWN",
    "not_applicable": "– N/A",
    "error": "! ERROR",
    "waived": "~ WAIVED",
}


def _whole_list(path: str) -> str | None:
    """The path of the list whose element ``path`` is (``x`` for ``x[3]``), else None."""
    if path.endswith("]"):
        index = path.rfind("[")
        if index > 0 and path[index + 1 : -1].isdigit():
            return path[:index]
    return None


#: The line of a contract file to point at when nothing states the fact.
TOP = 1


def decisive(result: Result) -> list[EvidenceItem]:
    """The evidence the verdict rests on: the applicability facts for not_applicable, the
    required facts otherwise (all evidence when the split gives nothing). Contract terms
    come first, then other sources, each by path."""
    role = "applies_when" if result.status == NOT_APPLICABLE else "requires"
    items = [item for item in result.evidence if item.role == role] or list(result.evidence)
    # An element adds nothing when its whole list is shown: keep ``x = [a, b]``, not ``x[0]``.
    lists = {item.path for item in items if isinstance(item.value, list)}
    if lists:
        items = [item for item in items if _whole_list(item.path) not in lists]
    return sorted(items, key=_by_rank)


def _by_rank(item: EvidenceItem) -> tuple[bool, str, int]:
    """Contract terms first, then other sources, each by path and line."""
    return not item.contract_term, item.path, item.line


def anchor_line(result: Result, rests: list[EvidenceItem] | None = None) -> int:
    """The line a CI annotation points at: the first decisive fact for a decided verdict;
    for an unknown, the first missing fact the contract writes down (as unspecified or an
    open list); else the top of the contract (``rests``: :func:`decisive` of the result,
    when the caller has it)."""
    if result.status == UNKNOWN_S:
        lines = [m.line for m in result.missing if m.line is not None]
        return lines[0] if lines else TOP
    items = decisive(result) if rests is None else rests
    return items[0].line if items else TOP


ASSUMED_PLACE = "assumed with --assume"


def collapse_lists(items: list[EvidenceItem]) -> list[EvidenceItem]:
    """The evidence with each list shown once: the elements ``x[0]``, ``x[1]`` that one
    source states become one item ``x`` whose value is the tuple of their values (read
    "x includes a, b"; at the first element's line), and an element is dropped when its
    whole list is already there. Order is kept (each list where its first element was); the
    count of elements left out of the report (``more``) is summed."""
    lists = {(item.path, item.role) for item in items if isinstance(item.value, list)}
    out: list[EvidenceItem] = []
    merged: dict[tuple[Any, ...], int] = {}
    for item in items:
        whole = _whole_list(item.path)
        if whole is None:
            out.append(item)
            continue
        if (whole, item.role) in lists:
            continue
        key = (whole, item.role, item.source, item.source_id, item.clause, item.contract_term)
        if key in merged:
            first = out[merged[key]]
            out[merged[key]] = first._replace(
                value=(*first.value, item.value), more=first.more + item.more
            )
        else:
            merged[key] = len(out)
            out.append(item._replace(path=whole, value=(item.value,)))
    return out


def place(item: EvidenceItem | MissingItem) -> str:
    """Where a fact is stated, in words: ``clause 4.2``, ``press-report 'wsj'``, ``contract``,
    or ``assumed with --assume``."""
    if isinstance(item, EvidenceItem) and item.source == ASSUMPTION:
        return ASSUMED_PLACE
    if item.clause:
        return f"clause {item.clause}"
    if isinstance(item, EvidenceItem) and item.source not in ("clause", "contract"):
        return f"{item.source} '{item.source_id}'"
    if isinstance(item, MissingItem) and item.source_id:
        return f"source '{item.source_id}'"
    return "contract"


def plain(value: Any) -> str:
    """A fact value as text: lists in brackets, booleans as true/false."""
    if isinstance(value, list):
        return "[" + ", ".join(plain(v) for v in value) + "]"
    if isinstance(value, tuple):  # elements of a list (see collapse_lists)
        return ", ".join(plain(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {plain(v)}" for k, v in value.items()) + "}"
    return str(value)


def statement(item: EvidenceItem) -> str:
    """``path = value``, or ``path includes a, b`` for elements of a list (see
    :func:`collapse_lists`)."""
    if isinstance(item.value, tuple):
        return f"{item.path} includes {', '.join(plain(v) for v in item.value)}"
    return f"{item.path} = {plain(item.value)}"


def where(item: EvidenceItem) -> str:
    """``clause 5, line 12`` (`` *`` when not contract terms); ``assumed with --assume``."""
    if item.source == ASSUMPTION:
        return ASSUMED_PLACE
    mark = "" if item.contract_term else " *"
    more = f"; and {item.more} more of this list" if item.more else ""
    return f"{place(item)}, line {item.line}{mark}{more}"


def fact(item: EvidenceItem) -> str:
    """``path = value (clause 5, line 12)``."""
    return f"{item.path} = {plain(item.value)} ({where(item)})"


def waiver_text(result: Result) -> str:
    """``waives fail: REASON (owner A, approved by B, expires 2027-01-31; FILE:LINE)``."""
    waiver = result.waiver
    if waiver is None:
        return ""
    return (
        f"waives {result.waived_status}: {waiver.justification.strip()} (owner {waiver.owner}, "
        f"approved by {waiver.approved_by}, expires {waiver.expires.isoformat()}; "
        f"{waiver.file}:{waiver.line})"
    )


def baseline_text(result: Result) -> str:
    """``new``; ``worse (was unknown)``; ``known``; empty without a baseline."""
    if result.baseline is None:
        return ""
    if result.baseline_status is not None and result.baseline in ("worse", "better"):
        return f"{result.baseline} (was {result.baseline_status})"
    return result.baseline


def marks(result: Result) -> list[str]:
    """Short marks after a result's title: ``baseline: new``, ``assumed``."""
    out = []
    if result.baseline is not None:
        out.append(f"baseline: {baseline_text(result)}")
    if result.assumed:
        out.append("assumed")
    return out


def missing_text(items: list[MissingItem], limit: int = 3) -> str:
    """``a (unspecified), b (absent) and 2 more``."""
    words = [f"{m.path} ({m.reason})" for m in items[:limit]]
    more = len(items) - limit
    text = ", ".join(words)
    return f"{text} and {more} more" if more > 0 else text


def asks_counterparty(result: Result) -> bool:
    """Whether an unknown asks the counterparty a question: not when it waits only on a
    point of law that is not settled (no fact the counterparty could give decides it)."""
    return result.verdict == UNKNOWN_S and bool(result.missing or not result.unsettled)


def short_reason(result: Result, limit: int = 2, rests: list[EvidenceItem] | None = None) -> str:
    """One line saying why: the missing facts of an unknown, the decisive facts of a pass
    or fail, the reason a rule does not apply, the message of an error (``rests``:
    :func:`decisive` of the result, when the caller has it)."""
    if result.status == UNKNOWN_S:
        unsettled = result.unsettled
        if unsettled:  # the law leaves it open: no fact decides it (its facts may too)
            shown = "; ".join(unsettled)
            return f"missing: {missing_text(result.missing)}; {shown}" if result.missing else shown
        return "missing: " + missing_text(result.missing) if result.missing else "undecided"
    if result.status == NOT_APPLICABLE and result.message:
        return result.message
    if result.status == WAIVED and result.waiver is not None:
        return waiver_text(result)
    if result.status not in (PASS, FAIL, NOT_APPLICABLE):
        return result.message or result.status
    items = decisive(result) if rests is None else rests
    if not items:
        return result.message or "no fact needed"
    shown = "; ".join(f"{i.path} = {plain(i.value)} ({place(i)})" for i in items[:limit])
    more = len(items) - limit
    return f"{shown}; and {more} more" if more > 0 else shown


def sorted_results(results: list[Result]) -> list[Result]:
    """Worst status first, then by full id."""
    return sorted(results, key=lambda r: (ORDER.index(r.status), r.full_id))


def by_pack(contract: ContractReport) -> dict[str, list[Result]]:
    """The contract's results per pack, packs and rules in id order."""
    out: dict[str, list[Result]] = {}
    for result in sorted(contract.results, key=lambda r: (r.pack, r.rule)):
        out.setdefault(result.pack, []).append(result)
    return out


# Patterns of the notes and warnings written for counsel: compiled (and cached by ``re``)
# on first use, not at import, as most runs render no counsel format.
_SET_ASIDE = (
    r"^(?P<path>\S+) = (?P<value>.+?) is stated only by (?P<where>.+?), not by a term of the "
    r"contract, so it does not decide this verdict \(a verdict rests on terms that bind\)$"
)


def counsel_note(note: str) -> str:
    """A verdict's note for counsel, with no fact path: a fact set aside (stated only by a
    source that is not contract terms), a legal default and a transitional provision not
    relied on name the fact by its question; other notes are as they are."""
    from compliance.facts.questions import question

    found = re.match(_SET_ASIDE, note)
    if found is None:
        note = re.sub(
            _DEFAULTED, lambda m: f"(the contract does not answer {asked(m['path'])})", note
        )
        found = re.match(_NOT_INVOKED, note)
        if found is None:
            return note
        paths = re.split(r", | or ", found["paths"])
        either = " or ".join(asked(path) for path in paths)
        return f"the contract does not answer {either}{note[found.end('paths') :]}"
    path = re.sub(r"(\[\d+\])+$", "", found["path"])
    return (
        f"{found['where'][0].upper()}{found['where'][1:]} answers “{question(path)}” with "
        f"{found['value']}; it is not a term of the contract, so it does not decide this verdict."
    )


def counsel_warning(warning: str) -> str:
    """A run's warning for counsel: the contract named by its file's stem, not its path, and
    no fact path with its line (``(term.start, line 30)``)."""
    head, sep, rest = warning.partition(": ")
    if sep and head.endswith((".yaml", ".yml", ".json")) and " " not in head:
        stem = head.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        warning = f"{stem}: {rest}"
    return re.sub(_FACT_AT_LINE, "", warning)


def asked(path: str) -> str:
    """The question about a fact, in quotation marks (for counsel, instead of its path)."""
    from compliance.facts.questions import question

    return f"“{question(re.sub(_INDICES, '', path))}”"


_INDICES = r"(\[\d+\])+$"
_PATH = r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+(?:\[\d+\])*"
_DEFAULTED = rf"\((?P<path>{_PATH}) is not stated\)"
_NOT_INVOKED = (
    rf"^the contract does not state (?P<paths>{_PATH}(?:(?:, | or ){_PATH})*), so no "
    "transitional provision is relied on"
)
_FACT_AT_LINE = rf" \({_PATH}, line \d+\)"
