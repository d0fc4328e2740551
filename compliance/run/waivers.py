"""Waivers (``--waivers FILE``): deliberate, dated exceptions to verdicts.

A waiver file (YAML or JSON) holds ``waivers:``, a list of entries with ``rule`` (the full
id ``PACK/RULE``; a former id of the rule resolves to it), ``contract`` (a contract id, or
``*`` for every contract), ``justification``, ``owner``, ``approved_by`` and ``expires``
(a date ``YYYY-MM-DD``, required), and optionally ``statuses`` (``fail``, ``unknown``).

* A waived result has status ``waived``; it keeps the status it waives (``waived_status``)
  and the waiver, is counted apart (summary ``waived``), never fails the run and is never
  shown as a pass.
* Only ``fail`` and ``unknown`` verdicts can be waived. A rule in ``error`` is never waived
  (fail closed: an error says the check itself did not work); nor is a pass or a rule that
  does not apply (there is nothing to accept).
* A waiver applies through its ``expires`` day. On a later as-of date (``--as-of``, a date
  with no time zone, so that a run is reproducible) the verdict stands again, and the run
  warns (on standard error and in the report's ``warnings``).
* A waiver that waives nothing (no such verdict in the run, or only verdicts it cannot
  waive) is reported as a warning, so that stale exceptions get removed.
* A waiver for one contract wins over a ``*`` waiver for the same rule; two waivers for the
  same rule and contract are an error.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from compliance.core import records
from compliance.core.errors import InputError, raise_all
from compliance.report.results import ContractReport, WaiverInfo

if TYPE_CHECKING:
    from compliance.document.limits import Limits

WAIVABLE = ("fail", "unknown")
EVERY_CONTRACT = "*"


@records.record
class Waiver:
    """A deliberate, dated exception to one rule's verdict."""

    info: WaiverInfo
    statuses: tuple[str, ...]
    #: Statuses of the verdicts it matched in this run.
    matched: set[str] = records.field(default_factory=set)
    waived: int = 0

    @property
    def label(self) -> str:
        info = self.info
        return f"{info.file}:{info.line}: waiver for {info.rule} on {info.contract}"

    def expired(self, as_of: date) -> bool:
        return self.info.expires < as_of


def load_waivers(
    path: str, ids: dict[str, str], all_packs: list[str], limits: Limits | None = None
) -> list[Waiver]:
    """Read and validate a waiver file (with the run's ``limits``); rule ids resolve against
    the run's rules (``ids``: every id and former id -> full id). A waiver for a known pack
    that this run does not load is kept with its id as written (it will match nothing and
    be reported)."""
    from compliance.document.loader import DEFAULT_LIMITS, load_file
    from compliance.document.nodes import Mapping, locate
    from compliance.document.validation import model_errors, require_mapping
    from compliance.model.governance import WaiverFile
    from compliance.report.selection import resolve_rule

    root = load_file(path, limits or DEFAULT_LIMITS)
    mapping = require_mapping(root, path, "a waiver file (waivers: [...])")
    errors = model_errors(WaiverFile, mapping, path, WaiverFile.model_json_schema())
    if errors:  # with the rule ids that do not resolve: every mistake in one run
        errors += _unknown_rules(mapping, path, ids, all_packs)
        raise_all(sorted(errors, key=lambda e: (e.line or 0, e.col or 0)))
    data = WaiverFile.model_validate(_plain(mapping))
    out: list[Waiver] = []
    seen: dict[tuple[str, str], int] = {}
    problems: list[InputError] = []
    for index, entry in enumerate(data.waivers):
        node, _ = locate(mapping, ("waivers", index))
        rule_node, _ = locate(mapping, ("waivers", index, "rule"))
        try:
            full = resolve_rule(entry.rule, ids, all_packs) or entry.rule
        except InputError as exc:
            problems.append(
                InputError(
                    f"waivers[{index}].rule: {exc.message}",
                    file=path,
                    line=rule_node.line,
                    col=rule_node.col,
                )
            )
            continue
        key = (full, entry.contract)
        if key in seen:
            problems.append(
                InputError(
                    f"waivers[{index}]: a second waiver for {full} on {entry.contract} (the "
                    f"first is at line {seen[key]})",
                    file=path,
                    line=node.line,
                    col=node.col,
                )
            )
            continue
        seen[key] = node.line
        assert isinstance(node, Mapping)
        info = WaiverInfo(
            rule=full,
            contract=entry.contract,
            justification=entry.justification,
            owner=entry.owner,
            approved_by=entry.approved_by,
            expires=entry.expires,
            file=path,
            line=node.line,
        )
        out.append(Waiver(info, tuple(entry.statuses or WAIVABLE)))
    raise_all(problems)
    return out


def _unknown_rules(
    mapping: Any, path: str, ids: dict[str, str], all_packs: list[str]
) -> list[InputError]:
    """The ``rule`` values of a waiver file (read from the nodes, valid or not) that name
    no rule."""
    from compliance.document.nodes import Mapping, Scalar, Sequence
    from compliance.report.selection import resolve_rule

    entries = mapping.get("waivers")
    out: list[InputError] = []
    for index, entry in enumerate(entries.items if isinstance(entries, Sequence) else []):
        rule = entry.get("rule") if isinstance(entry, Mapping) else None
        if not isinstance(rule, Scalar) or not isinstance(rule.value, str):
            continue
        try:
            resolve_rule(rule.value, ids, all_packs)
        except InputError as exc:
            message = f"waivers[{index}].rule: {exc.message}"
            out.append(InputError(message, file=path, line=rule.line, col=rule.col))
    return out


def _plain(node: Any) -> Any:
    from compliance.document.nodes import to_plain

    return to_plain(node)


#: What one contract did to the waivers: (index of the waiver in the file's order, status of
#: the verdict it matched, whether it waived it).
Hit = tuple[int, str, bool]


def by_rule(waivers: list[Waiver]) -> dict[str, list[tuple[int, Waiver]]]:
    """The waivers by full rule id, each with its index in the file's order."""
    out: dict[str, list[tuple[int, Waiver]]] = {}
    for index, entry in enumerate(waivers):
        out.setdefault(entry.info.rule, []).append((index, entry))
    return out


def waive_contract(
    contract: ContractReport, index: dict[str, list[tuple[int, Waiver]]], as_of: date
) -> list[Hit]:
    """Waive one contract's matching fail and unknown verdicts in place. The waivers are
    not changed (a batch's worker processes hold copies): what matched is returned, for
    :func:`record` to add up in the order of the contracts."""
    hits: list[Hit] = []
    for result in contract.results:
        candidates = index.get(result.full_id)
        if not candidates:
            continue
        chosen = _choose(candidates, contract.id)
        if chosen is None:
            continue
        number, waiver = chosen
        if result.status not in waiver.statuses:
            hits.append((number, result.status, False))
            continue
        if waiver.expired(as_of):
            hits.append((number, result.status, False))
            result.notes.append(
                f"waiver expired on {waiver.info.expires.isoformat()} "
                f"({waiver.info.file}:{waiver.info.line}); the verdict stands"
            )
            continue
        hits.append((number, result.status, True))
        result.waived_status = result.status
        result.waiver = waiver.info
        result.status = "waived"
    return hits


def _choose(candidates: list[tuple[int, Waiver]], contract: str) -> tuple[int, Waiver] | None:
    exact = [pair for pair in candidates if pair[1].info.contract == contract]
    every = [pair for pair in candidates if pair[1].info.contract == EVERY_CONTRACT]
    chosen = exact or every
    return chosen[0] if chosen else None


def record(waivers: list[Waiver], hits: list[Hit]) -> None:
    """Add up what a contract's verdicts did to the waivers (see :func:`waive_contract`)."""
    for number, status, waived in hits:
        waiver = waivers[number]
        waiver.matched.add(status)
        waiver.waived += waived


def apply_waivers(contracts: list[ContractReport], waivers: list[Waiver], as_of: date) -> list[str]:
    """Waive the matching fail and unknown verdicts in place; return the warnings (expired
    waivers, waivers that waive nothing, errors a waiver would have hidden), in file order."""
    index = by_rule(waivers)
    for contract in contracts:
        record(waivers, waive_contract(contract, index, as_of))
    return warnings(waivers, as_of)


def warnings(waivers: list[Waiver], as_of: date) -> list[str]:
    """The warnings of a run's waivers, once every contract is recorded, in file order."""
    out: list[str] = []
    for waiver in waivers:
        info = waiver.info
        if waiver.expired(as_of):
            out.append(
                f"{waiver.label} expired on {info.expires.isoformat()}, before the as-of date "
                f"{as_of.isoformat()}; it no longer applies (owner {info.owner})"
            )
            continue
        if "error" in waiver.matched:
            out.append(
                f"{waiver.label} matches a rule in error, which is never waived (fail closed)"
            )
        if waiver.waived:
            continue
        if not waiver.matched:
            out.append(f"{waiver.label} matches no verdict of this run")
        elif "error" not in waiver.matched:
            seen = ", ".join(sorted(set(waiver.matched)))
            allowed = " or ".join(waiver.statuses)
            out.append(f"{waiver.label} waives nothing: the verdict is {seen}, not {allowed}")
    return out
