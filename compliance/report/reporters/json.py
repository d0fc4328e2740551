"""The JSON report (``schema_version`` 3): ``schema_version``, ``header``, ``contracts``,
``errors``, ``summary``.

What a rule says whatever the contract (title, severity, basis, citations, question,
suggested clause) is in the header's ``rules`` table, once per run, keyed by the rule's
full id. Each contract lists the facts its verdicts rest on once (``facts``: value,
clause or source, line and column), and the facts whose absence leaves verdicts unknown
once (``missing_facts``: path, where the contract writes it, and ``reason`` unless the
contract does not mention the fact at all, ``absent``), and the distinct texts of its
results' notes once (``result_notes``, sorted); each result keeps what varies (id,
status, dates, waiver, baseline) and points into those tables: ``evidence`` holds the
indices of its facts, ``applies_when`` those among them that only decide whether the
rule applies, ``missing`` the indices of its missing facts, ``notes`` those of its notes.
A result leaves out what is empty or false (``evidence``, ``missing``,
``non_contract_source``), the only change from version 2, whose results carry all three.
:func:`expanded` gives a result the shape of ``schema_version`` 1 back from either
version; it and :func:`notes_of` also read the earlier layout of version 2, whose results
carry their notes as texts.

With ``by="clause"`` each contract also carries ``by_clause``: its results grouped by the
clause or source they rest on, the last group holding the rules no clause decides.

A batch writes the report as it goes (:func:`head`, then :func:`contract_part` for each
contract as it is ready, then :func:`tail`); the bytes are those of :func:`render`.
"""

from __future__ import annotations

from typing import Any

from compliance.core.jsonout import dumps
from compliance.report.results import (
    SCHEMA_VERSION,
    ContractReport,
    EvidenceItem,
    InputProblem,
    MissingItem,
    Report,
    Result,
    Totals,
    jsonable,
)

#: Stands for the contracts while the rest of the document is laid out around them.
_HOLE = "\x00contracts\x00"
_MARK = '\n  "contracts": ' + dumps(_HOLE)

FactKey = tuple[str, int, int, str, str, str]

#: The role of a fact that only decides whether a rule applies.
APPLIES_WHEN = "applies_when"

#: The reason of a missing fact the contract does not mention (left out of the report).
ABSENT = "absent"


def rules_table(report: Report) -> dict[str, dict[str, Any]]:
    """Every rule of the run by full id: what it says whatever the contract."""
    return {
        rule.full_id: {
            "pack": rule.pack,
            "rule": rule.rule,
            "title": rule.title,
            "severity": rule.severity,
            "basis": rule.basis,
            "citations": rule.citations,
            "question": rule.question,
            "remediation": rule.remediation,
        }
        for rule in report.rule_table()
    }


def header_data(report: Report) -> dict[str, Any]:
    return {**report.header(), "rules": rules_table(report)}


def _key(item: EvidenceItem) -> FactKey:
    return (
        item.path,
        item.line,
        item.column,
        item.source,
        item.source_id or "",
        item.clause or "",
    )


def fact_data(item: EvidenceItem) -> dict[str, Any]:
    out: dict[str, Any] = {
        "path": item.path,
        "value": jsonable(item.value),
        "clause": item.clause,
        "source": item.source,
        "source_id": item.source_id,
        "line": item.line,
        "column": item.column,
        "contract_term": item.contract_term,
    }
    if item.superseded:
        out["superseded"] = list(item.superseded)
    return out


def fact_table(contract: ContractReport) -> tuple[list[dict[str, Any]], dict[int, int]]:
    """The facts the contract's verdicts rest on, each once, sorted by path and place; and
    each evidence item's index in it, by the item's identity (the results share their
    items: each is keyed once, and the results keep them alive while rendered)."""
    items: dict[FactKey, EvidenceItem] = {}
    keyed: dict[int, FactKey] = {}
    seen: set[int] = set()
    for result in contract.results:
        evidence = result.evidence
        if id(evidence) in seen:  # results that rest on the same facts share their list
            continue
        seen.add(id(evidence))
        for item in evidence:
            ident = id(item)
            if ident not in keyed:
                key = keyed[ident] = _key(item)
                items.setdefault(key, item)
    keys = sorted(items)
    position = {key: n for n, key in enumerate(keys)}
    return [fact_data(items[key]) for key in keys], {
        ident: position[key] for ident, key in keyed.items()
    }


def missing_table(contract: ContractReport) -> tuple[list[dict[str, Any]], dict[Any, int]]:
    """The missing facts of the contract's verdicts, each once, sorted by path, reason and
    place; and each one's index."""
    items = {item for result in contract.results for item in result.missing}
    ordered = sorted(items, key=_gap_key)
    return [gap_data(item.to_dict()) for item in ordered], {
        item: n for n, item in enumerate(ordered)
    }


def _gap_key(item: MissingItem) -> tuple[str, str, int, str, str]:
    return (item.path, item.reason, item.line or 0, item.clause or "", item.source_id or "")


def gap_data(gap: dict[str, Any]) -> dict[str, Any]:
    """A missing fact as the report writes it: ``reason`` left out where it is ``absent``
    (the contract does not mention the fact), the commonest."""
    if gap["reason"] == ABSENT:
        del gap["reason"]
    return gap


def notes_table(contract: ContractReport) -> tuple[list[str], dict[str, int]]:
    """The distinct texts of the notes of the contract's results, sorted; and each one's
    index."""
    texts = sorted({note for result in contract.results for note in result.notes})
    return texts, {text: n for n, text in enumerate(texts)}


def result_data(
    result: Result,
    index: dict[int, int],
    missing: dict[Any, int],
    notes: dict[str, int] | None = None,
    shared: dict[int, Any] | None = None,
) -> dict[str, Any]:
    """What varies in a result; its evidence, missing facts and notes as indices into the
    contract's tables (``index``: by the evidence item's identity, see :func:`fact_table`;
    without ``notes``, the notes as texts). ``shared``: the indices already worked out for
    the contract's other results, by the identity of their lists (results that rest on the
    same facts share them; the results keep them alive while rendered)."""
    if shared is None:
        shared = {}
    evidence = result.evidence
    found = shared.get(id(evidence))
    if found is None:
        applies = [index[id(item)] for item in evidence if item.role == APPLIES_WHEN]
        more = {str(index[id(item)]): item.more for item in evidence if item.more}
        found = shared[id(evidence)] = ([index[id(item)] for item in evidence], applies, more)
    out: dict[str, Any] = {"id": result.full_id, "status": result.status}
    if found[0]:
        out["evidence"] = found[0]
    if found[1]:
        out["applies_when"] = found[1]
    if found[2]:
        out["more"] = found[2]
    absent = result.missing
    gaps = shared.get(id(absent))
    if gaps is None:
        gaps = shared[id(absent)] = [missing[item] for item in absent]
    if gaps:
        out["missing"] = gaps
    if result.non_contract:
        out["non_contract_source"] = True
    if result.waived_status is not None and result.waiver is not None:
        out["waived_status"] = result.waived_status
        out["waiver"] = result.waiver.to_dict()
    out.update(result.dated_and_governance())
    if notes is not None and "notes" in out:
        out["notes"] = [notes[text] for text in out["notes"]]
    return out


def contract_data(contract: ContractReport, by: str | None = None) -> dict[str, Any]:
    facts, index = fact_table(contract)
    gaps, missing = missing_table(contract)
    texts, notes = notes_table(contract)
    shared: dict[int, Any] = {}
    data: dict[str, Any] = {
        "path": contract.path,
        "id": contract.id,
        "title": contract.title,
        "clauses": [clause.to_dict() for clause in contract.clauses],
        "sources": [source.to_dict() for source in contract.sources],
        "facts": facts,
        "missing_facts": gaps,
        "result_notes": texts,
        "results": [
            result_data(result, index, missing, notes, shared) for result in contract.results
        ],
        "summary": contract.summary,
    }
    if contract.notes:
        data["notes"] = list(contract.notes)
    if by == "clause":
        from compliance.report.byclause import group_by_clause

        data["by_clause"] = [group.to_dict() for group in group_by_clause(contract)]
    return data


def report_data(report: Report, by: str | None = None) -> dict[str, Any]:
    """The whole report as data (what :func:`render` writes)."""
    totals = report.totals or Totals.of(report.contracts)
    return {
        "schema_version": SCHEMA_VERSION,
        "header": header_data(report),
        "contracts": [contract_data(contract, by) for contract in report.contracts],
        "errors": [problem.to_dict() for problem in report.problems],
        "summary": dict(totals.summary),
    }


def notes_of(contract: dict[str, Any], result: dict[str, Any]) -> list[str]:
    """The texts of a result's notes (none: an empty list), in its order, read from a
    ``schema_version`` 2 or 3 report: indices into the contract's ``result_notes``, or (the
    earlier layout) the texts themselves."""
    texts = contract.get("result_notes", [])
    return [texts[n] if isinstance(n, int) else n for n in result.get("notes", [])]


def expanded(contract: dict[str, Any], rules: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """A contract's results of a ``schema_version`` 2 or 3 report in the shape of version 1:
    the rule's fields merged in, each evidence item in full with its role, each missing
    fact in full, the notes as texts (either layout of version 2)."""
    facts = contract["facts"]
    gaps = [{"path": gap["path"], "reason": ABSENT, **gap} for gap in contract["missing_facts"]]
    out = []
    for result in contract["results"]:
        rule = rules[result["id"]]
        applies = set(result.get("applies_when", []))
        more = result.get("more", {})
        evidence = [
            {
                **facts[n],
                "role": "applies_when" if n in applies else "requires",
                **({"more": more[str(n)]} if str(n) in more else {}),
            }
            for n in result.get("evidence", [])
        ]
        rest = {k: v for k, v in result.items() if k not in ("evidence", "applies_when", "more")}
        rest.setdefault("non_contract_source", False)
        missing = [gaps[n] for n in result.get("missing", [])]
        if "notes" in rest:
            rest["notes"] = notes_of(contract, result)
        out.append({**rule, **rest, "evidence": evidence, "missing": missing})
    return out


def _around(report: Report, totals: Totals) -> tuple[str, str]:
    """The document before and after the list of contracts."""
    data = {
        "schema_version": SCHEMA_VERSION,
        "header": header_data(report),
        "contracts": _HOLE,
        "errors": [problem.to_dict() for problem in report.problems],
        "summary": dict(totals.summary),
    }
    text = dumps(data)
    cut = text.index(_MARK) + len(_MARK) - len(dumps(_HOLE))
    return text[:cut], text[cut + len(dumps(_HOLE)) :] + "\n"


def head(report: Report, **_: Any) -> str:
    return _around(report, Totals())[0] + "["


def contract_part(contract: ContractReport, *, by: str | None = None, **_: Any) -> str:
    """One contract as an element of the list, indented; :func:`join` puts in the commas."""
    text = dumps(contract_data(contract, by))
    return "    " + text.replace("\n", "\n    ")


def join(part: str, first: bool) -> str:
    return ("\n" if first else ",\n") + part


def problem_part(problem: InputProblem) -> str:
    """Nothing: the files that could not be checked are listed by the tail."""
    return ""


def tail(report: Report, totals: Totals, **_: Any) -> str:
    return ("\n  ]" if totals.contracts else "]") + _around(report, totals)[1]


def render(report: Report, *, by: str | None = None, **_: Any) -> str:
    totals = report.totals or Totals.of(report.contracts)
    parts = [head(report)]
    for number, contract in enumerate(report.contracts):
        parts.append(join(contract_part(contract, by=by), number == 0))
    parts.append(tail(report, totals))
    return "".join(parts)
