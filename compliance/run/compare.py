"""``compliance compare``: contracts side by side, key facts first, then every rule.

The key facts are those of the packs in the run: the general ones (status, geography, use
cases, public text), the ones a pack in the run is about (the surveillance ban for
no-mass-surveillance...), and the facts that most of the run's rules read.

Each cell has a short text and, for facts, where the contract states it; each rule cell
has the status and a short reason (the missing facts, or the decisive fact). Rows where
the contracts differ come first, in their original order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from compliance.contracts.load import ContractDoc
from compliance.facts import jurisdictions
from compliance.facts.tree import FLeaf, FList, FNode, FObj, FUnspec, find
from compliance.facts.vocabulary import CONTRACT_SOURCE_KINDS
from compliance.report.comparison import Cell, Column, Comparison, Row
from compliance.report.reasons import short_reason
from compliance.report.results import ContractReport, PackHeader, Result
from compliance.run.options import CheckOptions

NOT_STATED = "not stated"


# --- key facts -------------------------------------------------------------------------------


def _cell(text: str, node: FNode | None) -> Cell:
    if node is None:
        return Cell(text)
    return Cell(text, non_contract=not node.prov.contract_term, line=node.line)


def _leaf(node: FNode | None) -> str:
    if node is None:
        return NOT_STATED
    if isinstance(node, FUnspec):
        return "unspecified"
    if isinstance(node, FLeaf):
        value = node.value
        return ("yes" if value else "no") if isinstance(value, bool) else str(value)
    return "…"


def _items(node: FNode | None) -> tuple[list[str], bool] | None:
    """A list's leaf values and whether it is open (None: not a list)."""
    if not isinstance(node, FList):
        return None
    values = [str(item.value) for item in node.items if isinstance(item, FLeaf)]
    return values, node.open


def _listed(node: FNode | None) -> str:
    found = _items(node)
    if found is None:
        return _leaf(node)
    values, is_open = found
    return _joined(values, is_open)


def _joined(values: list[str], is_open: bool) -> str:
    """Listed values; an open list that lists none says nothing, so it never reads "none"."""
    if is_open:
        return (", ".join(values) or "none listed") + " (open list)"
    return ", ".join(values) or "none"


def status(facts: FObj, as_of: date) -> Cell:
    node = find(facts, "status")
    text = _leaf(node)
    signed = find(facts, "signed_on")
    if isinstance(signed, FLeaf):
        text += f" ({signed.value})"
    return _cell(text, node)


def network_classification(facts: FObj, as_of: date) -> Cell:
    node = find(facts, "networks")
    if not isinstance(node, FList):
        return _cell(_leaf(node), node)
    words: list[str] = []
    for item in node.items:
        if not isinstance(item, FObj):
            continue
        classified = _leaf(item.fields.get("classified"))
        level = _leaf(item.fields.get("classification"))
        word = {"yes": "classified", "no": "unclassified"}.get(classified, classified)
        if level not in (NOT_STATED, "unspecified", word):
            word += f" ({level})"
        if word not in words:
            words.append(word)
    return _cell(", ".join(words) or NOT_STATED, node)


def geography(facts: FObj, as_of: date) -> Cell:
    node = find(facts, "geography.deployment")
    found = _items(node)
    if found is None:
        return _cell(_leaf(node), node)
    values, is_open = found
    words = []
    for code in values:
        if jurisdictions.is_group(code):
            words.append(f"{code} ({len(jurisdictions.members(code, as_of))} countries)")
        else:
            words.append(code)
    text = _joined(words, is_open)
    if len(values) == 1 and not is_open and not jurisdictions.is_group(values[0]):
        text += " only"
    return _cell(text, node)


def oversight(facts: FObj, as_of: date) -> Cell:
    node = find(facts, "oversight.authority")
    kind = find(facts, "oversight.kind")
    text = _leaf(node)
    if isinstance(kind, FLeaf):
        text += f" ({kind.value})"
    return _cell(text, node)


def use_cases(facts: FObj, as_of: date) -> Cell:
    node = find(facts, "use_cases")
    return _cell(_listed(node), node)


def _ban(facts: FObj, base: str, detail: str, label: str) -> Cell:
    node = find(facts, f"{base}.prohibited")
    text = {"yes": "prohibited", "no": "not prohibited"}.get(_leaf(node), _leaf(node))
    extra = find(facts, f"{base}.{detail}")
    if extra is not None and text == "prohibited":
        found = _items(extra)
        if found is not None:
            values, is_open = found
            if not values:
                text += "" if is_open else f"; {label} none"
            else:
                text += f"; {label} {', '.join(values)}" + ("" if is_open else " only")
        else:
            text += f"; {label} {_leaf(extra)}"
    return _cell(text, node)


def surveillance_ban(facts: FObj, as_of: date) -> Cell:
    return _ban(facts, "restrictions.mass_surveillance", "protected_persons", "protects")


def weapons_ban(facts: FObj, as_of: date) -> Cell:
    return _ban(facts, "restrictions.autonomous_weapons", "condition", "condition:")


def text_public(facts: FObj, as_of: date) -> Cell:
    node = find(facts, "text_public")
    return _cell({"yes": "public", "no": "not public"}.get(_leaf(node), _leaf(node)), node)


#: The key facts, in the order of the seed article's comparison table: (key, title,
#: extractor, the fact paths it shows, the packs it matters to; none: every run).
KEY_FACTS: list[tuple[str, str, Callable[[FObj, date], Cell], tuple[str, ...], tuple[str, ...]]] = [
    (
        "networks",
        "Network classification",
        network_classification,
        ("networks",),
        ("data-residency", "no-mass-surveillance", "no-autonomous-weapons"),
    ),
    ("status", "Status", status, ("status", "signed_on"), ()),
    ("geography", "Geography", geography, ("geography",), ()),
    (
        "oversight",
        "Oversight authority",
        oversight,
        ("oversight",),
        ("no-mass-surveillance", "no-autonomous-weapons"),
    ),
    ("use_cases", "Documented use cases", use_cases, ("use_cases",), ()),
    (
        "mass_surveillance",
        "Mass surveillance ban",
        surveillance_ban,
        ("restrictions.mass_surveillance",),
        ("no-mass-surveillance",),
    ),
    (
        "autonomous_weapons",
        "Autonomous weapons ban",
        weapons_ban,
        ("restrictions.autonomous_weapons",),
        ("no-autonomous-weapons",),
    ),
    ("text_public", "Public contract text", text_public, ("text_public",), ()),
]

#: How many more key facts the packs of the run add: the facts most of their rules read.
PACK_FACTS = 6

_INDEX = re.compile(r"\[\d+\]")


def _covered(pattern: str, prefixes: tuple[str, ...]) -> bool:
    plain = pattern.replace("[*]", "")
    return any(plain == p or plain.startswith(p + ".") for p in prefixes)


def pack_facts(reports: list[ContractReport], shown: tuple[str, ...]) -> list[str]:
    """The fact paths (patterns) that most rules of the run read, in evidence or missing,
    across the contracts compared; those already shown are left out."""
    readers: dict[str, set[str]] = {}
    for report in reports:
        for result in report.results:
            paths = [i.path for i in result.evidence] + [m.path for m in result.missing]
            for path in paths:
                pattern = _INDEX.sub("[*]", path).removesuffix("[*]")
                if not _covered(pattern, shown) and pattern.count("[*]") < 2:
                    readers.setdefault(pattern, set()).add(result.full_id)
    ranked = sorted(readers, key=lambda p: (-len(readers[p]), p))
    return ranked[:PACK_FACTS]


def fact_cell(facts: FObj, pattern: str) -> Cell:
    """Any fact's value: a leaf, a list, or (``x[*].y``) each element's value."""
    if "[*]" not in pattern:
        node = find(facts, pattern)
        return _cell(_listed(node), node)
    head, _, rest = pattern.partition("[*].")
    node = find(facts, head.removesuffix("[*]"))
    if not isinstance(node, FList):
        return _cell(_leaf(node), node)
    words = []
    for item in node.items:
        if not isinstance(item, FObj):
            continue
        value = _listed(find(item, rest)) if rest else "…"
        ident = item.fields.get("id")
        words.append(f"{ident.value}: {value}" if isinstance(ident, FLeaf) else value)
    text = "; ".join(words) or "none"
    return _cell(text + (" (open list)" if node.open else ""), node)


def fact_title(pattern: str) -> str:
    """A key fact's row title: the plain-language question about it."""
    from compliance.facts.questions import question

    return question(pattern)


def evidence_base(doc: ContractDoc) -> Cell:
    """Whether the description rests on contract terms or only on other sources."""
    others = sorted({s.kind for s in doc.sources.values()})
    if doc.clauses:
        text = f"{len(doc.clauses)} clauses"
        return Cell(text + (f"; also {', '.join(others)}" if others else ""))
    terms = any(s.kind in CONTRACT_SOURCE_KINDS for s in doc.sources.values())
    text = "no clauses; " + (", ".join(others) or "top-level facts only")
    return Cell(text, non_contract=bool(others) and not terms)


# --- rows --------------------------------------------------------------------------------------


def differing_first(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda row: not row.differs)


def rule_rows(reports: list[ContractReport]) -> list[Row]:
    found: dict[str, list[Result | None]] = {}
    titles: dict[str, str] = {}
    severities: dict[str, str] = {}
    for column, report in enumerate(reports):
        for result in report.results:
            found.setdefault(result.full_id, [None] * len(reports))[column] = result
            titles[result.full_id] = result.title
            severities[result.full_id] = result.severity
    rows = []
    for key in sorted(found):
        cells = [
            Cell("not checked")
            if result is None
            else Cell(short_reason(result, limit=1), result.status, result.non_contract)
            for result in found[key]
        ]
        rows.append(Row(key, titles[key], cells, severities[key]))
    return differing_first(rows)


def compare(
    docs: list[ContractDoc],
    reports: list[ContractReport],
    packs: list[PackHeader],
    as_of: date,
    tool_version: str,
) -> Comparison:
    """The comparison of contracts already loaded and evaluated (same order)."""
    from compliance.document.loader import display_name

    columns = [Column(doc.id, doc.title, display_name(doc.path)) for doc in docs]
    in_run = {pack.id for pack in packs}
    chosen = [fact for fact in KEY_FACTS if not fact[4] or in_run & set(fact[4])]
    facts = [
        Row(key, title, [extract(doc.facts, as_of) for doc in docs])
        for key, title, extract, _, _ in chosen
    ]
    shown = tuple(path for fact in chosen for path in fact[3])
    facts += [
        Row(pattern, fact_title(pattern), [fact_cell(doc.facts, pattern) for doc in docs])
        for pattern in pack_facts(reports, shown)
    ]
    facts.append(Row("evidence", "Evidence base", [evidence_base(doc) for doc in docs]))
    from compliance.report.gaps import questions

    top = [[q.text for q in questions(report)[:TOP_QUESTIONS]] for report in reports]
    return Comparison(
        tool_version, as_of, packs, columns, differing_first(facts), rule_rows(reports), top
    )


#: How many questions the summary names per contract.
TOP_QUESTIONS = 3


#: Why compare refuses --baseline (compliance.run.prepare.refuse).
NO_BASELINE = (
    "is not supported: a baseline decides which verdicts fail a check run, and a "
    "comparison has no such outcome (use compliance check --baseline)"
)


def compare_paths(
    paths: list[str], options: CheckOptions, on_warning: Callable[[str], None] | None = None
) -> Comparison:
    """Load, check and compare contract files on the run path of ``check``
    (compliance.run.prepare: ``--assume`` facts and waivers apply; a baseline is refused);
    a file that cannot be read or checked stops the comparison (InputError). The waivers'
    warnings (expired, matching nothing) go to ``on_warning``."""
    from compliance import __version__
    from compliance.contracts.load import IdRegistry
    from compliance.core.errors import InputError
    from compliance.document.loader import display_name
    from compliance.run.prepare import (
        evaluation,
        expand_paths,
        governance_warnings,
        record_hits,
        refuse,
        set_up,
    )

    refuse(options, "compare", baseline=NO_BASELINE)
    setup = set_up(options)
    docs: list[ContractDoc] = []
    reports: list[ContractReport] = []
    hits: list[tuple[int, str, bool]] = []
    ids = IdRegistry()
    for path, problem in expand_paths(paths):
        if problem is not None:
            raise problem
        try:
            done = evaluation(setup, path)
        except InputError as exc:
            raise exc.located(path) from None
        doc = done.doc
        duplicate = ids.claim(doc.id, display_name(path), doc.id_line, doc.id_col)
        if duplicate is not None:
            raise duplicate
        docs.append(doc)
        reports.append(done.contract)
        hits += done.hits
    if len(docs) < 2:
        raise InputError(f"compare needs at least two contracts, got {len(docs)}")
    comparison = compare(docs, reports, setup.prepared.headers, options.as_of, __version__)
    comparison.waivers = options.waivers
    if setup.assumer is not None:
        comparison.assumptions = [a.to_dict() for a in setup.assumer.assumptions]
    record_hits(setup, hits)
    for warning in governance_warnings(setup):
        if on_warning is not None:
            on_warning(warning)
    return comparison
