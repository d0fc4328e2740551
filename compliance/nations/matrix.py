"""Which members' rules a deal meets: the deal evaluated once per nation.

For each nation, each field of its profile either sets parameter values of the
data-residency pack (and its rules are evaluated with them), or says there is no national
rule (its rules do not apply), or cannot be relied on (unconfirmed, not researched, no rule
found, no citation, or not checkable by the rules): then it is unknown with its reason, never
pass. A nation's verdict: fails when a field fails, else unknown when a field is unknown,
else meets. The profile binds only where the nation's government, or an alliance acting for
it, is a customer or controller (:mod:`compliance.nations.binding`); where that is unknown a
verdict other than meets becomes unknown, as for a rule whose ``applies_when`` is unknown.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from compliance.core.errors import InputError
from compliance.core.records import field, record
from compliance.document.limits import DEFAULT_LIMITS, Limits
from compliance.nations import binding as bind
from compliance.nations.profiles import (
    FIELD_RULES,
    FIELDS,
    NONE,
    PACK,
    NationProfile,
    load_profiles,
    parameters,
    usable,
)

MEETS, FAILS, UNKNOWN, NOT_BOUND = "meets", "fails", "unknown", "not-bound"
VERDICTS = (MEETS, FAILS, UNKNOWN, NOT_BOUND)
PASS, FAIL, NOT_APPLICABLE, NO_RULE = "pass", "fail", "not_applicable", "no-rule"


@record(frozen=True)
class RuleOutcome:
    """One data-residency rule evaluated with a nation's parameter values."""

    id: str
    status: str
    evidence: tuple[dict[str, Any], ...] = ()
    missing: tuple[dict[str, Any], ...] = ()


@record(frozen=True)
class FieldOutcome:
    """One field of a nation's profile on one deal."""

    field: str
    rule: str
    confidence: str
    status: str
    reason: str
    rules: tuple[RuleOutcome, ...] = ()


@record(frozen=True)
class NationOutcome:
    """One nation's verdict on one deal."""

    nation: str
    name: str
    confidence: str
    checked: str
    status: str
    binding: bind.Binding
    fields: tuple[FieldOutcome, ...]

    def blocking(self) -> list[dict[str, Any]]:
        """What stops the deal meeting the nation's rules: each failing or unknown field with
        its rules and the facts that decide them."""
        out: list[dict[str, Any]] = []
        if self.status == NOT_BOUND:
            return out
        for item in self.fields:
            if item.status not in (FAIL, UNKNOWN):
                continue
            rules = [r for r in item.rules if r.status in (FAIL, UNKNOWN, "error")]
            facts: list[str] = []
            for r in rules:
                if r.status == FAIL:
                    facts += [
                        f"{e['path']} = {_show(e['value'])} (line {e['line']})" for e in r.evidence
                    ]
                else:
                    facts += [f"{m['path']} ({m['reason']})" for m in r.missing]
            out.append(
                {
                    "field": item.field,
                    "status": item.status,
                    "reason": item.reason,
                    "rules": [f"{PACK}/{r.id}" for r in rules],
                    "facts": sorted(set(facts)),
                }
            )
        if self.binding.status == bind.UNKNOWN and self.status == UNKNOWN:
            out.append(
                {
                    "field": "binding",
                    "status": UNKNOWN,
                    "reason": self.binding.reason,
                    "rules": [],
                    "facts": [f"{m} (absent or open)" for m in self.binding.missing],
                }
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "nation": self.nation,
            "name": self.name,
            "status": self.status,
            "confidence": self.confidence,
            "checked": self.checked,
            "binding": {
                "status": self.binding.status,
                "reason": self.binding.reason,
                "missing": list(self.binding.missing),
            },
            "fields": [
                {
                    "field": f.field,
                    "rule": f.rule,
                    "confidence": f.confidence,
                    "status": f.status,
                    "reason": f.reason,
                    "rules": [
                        {
                            "id": f"{PACK}/{r.id}",
                            "status": r.status,
                            "evidence": list(r.evidence),
                            "missing": list(r.missing),
                        }
                        for r in f.rules
                    ],
                }
                for f in self.fields
            ],
            "blocking": self.blocking(),
        }


@record
class DealMatrix:
    """One deal's verdict for every nation asked about."""

    path: str
    id: str
    title: str
    nations: list[NationOutcome] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {v: sum(1 for n in self.nations if n.status == v) for v in VERDICTS}

    def headline(self, noun: str = "members") -> str:
        c = self.counts()
        one = noun[:-1] if c[MEETS] == 1 and noun.endswith("s") else noun
        text = f"meets the rules of {c[MEETS]} {one}, fails {c[FAILS]}, unknown for {c[UNKNOWN]}"
        if c[NOT_BOUND]:
            text += f", not bound for {c[NOT_BOUND]}"
        return text


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# --- nations ------------------------------------------------------------------------------------


def resolve_nations(spec: str, on: date, known: list[str]) -> tuple[list[str], str]:
    """``NATO``, ``EU``, any jurisdiction group (membership on ``on``) or a list such as
    ``FR,DE,PL`` -> (sorted nation codes, noun for the headline)."""
    from compliance.facts import jurisdictions

    codes: set[str] = set()
    group = False
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        try:
            code = jurisdictions.normalise(part)
        except jurisdictions.UnknownJurisdiction as exc:
            raise InputError(f"--nations: {exc}") from None
        if jurisdictions.is_group(code):
            group = True
            codes |= set(jurisdictions.members(code, on))
        else:
            codes.add(code)
    if not codes:
        raise InputError(f"--nations {spec!r}: no nation on {on.isoformat()}")
    missing = sorted(codes - set(known))
    if missing and not group:
        raise InputError(
            f"--nations: no national profile for {', '.join(missing)} "
            f"(profiles: {', '.join(sorted(known))})"
        )
    return sorted(codes), "members" if group else "nations"


# --- evaluation ---------------------------------------------------------------------------------

_PACKS: dict[str, Any] = {}


def _pack(values: dict[str, Any]) -> dict[str, Any]:
    """The data-residency pack's rules, by id, instantiated with ``values`` (cached)."""
    key = json.dumps(values, sort_keys=True)
    if key not in _PACKS:
        from compliance.engine.build import instantiate
        from compliance.packs.compiler import compile_packs

        packset = compile_packs([PACK])
        compiled = instantiate(packset, {PACK: values})
        _PACKS[key] = {
            rule.ir.id: rule for pack in compiled if pack.ir.id == PACK for rule in pack.rules
        }
    rules: dict[str, Any] = _PACKS[key]
    return rules


def _field(profile: NationProfile, name: str, doc: Any, on: date) -> FieldOutcome:
    from compliance.engine import conditions as engine
    from compliance.engine.evaluate import evaluate_rule

    item = profile.field(name)
    ok, reason = usable(profile, name)
    if not ok:
        return FieldOutcome(name, item.shown, item.confidence, UNKNOWN, reason)
    values = parameters(item)
    if values is None:
        why = "no national rule" if item.rule == NONE else "covered by the required certification"
        return FieldOutcome(name, item.shown, item.confidence, NO_RULE, why)
    rules = _pack(values)
    outcomes: list[RuleOutcome] = []
    for rule_id in FIELD_RULES[name]:
        rule = rules.get(rule_id)
        if rule is None:
            outcomes.append(RuleOutcome(rule_id, UNKNOWN))
            continue
        result = evaluate_rule(rule, doc, engine.Ctx(on))
        outcomes.append(
            RuleOutcome(
                rule_id,
                result.status,
                tuple(
                    {"path": e.path, "value": e.value, "line": e.line}
                    for e in result.evidence
                    if e.role == "requires"
                ),
                tuple({"path": m.path, "reason": m.reason} for m in result.missing),
            )
        )
    statuses = {o.status for o in outcomes}
    if FAIL in statuses:
        status, why = FAIL, "the deal breaks the national rule"
    elif statuses & {UNKNOWN, "error"}:
        status, why = UNKNOWN, "the contract leaves the national rule open"
    elif PASS in statuses:
        status, why = PASS, "the deal meets the national rule"
    else:
        status, why = NOT_APPLICABLE, "the rules do not apply to this deal"
    return FieldOutcome(name, item.shown, item.confidence, status, why, tuple(outcomes))


def evaluate_nation(profile: NationProfile, doc: Any, on: date) -> NationOutcome:
    """The deal against one nation's profile on ``on``."""
    binding = bind.binds(doc.facts, profile.nation, on)
    fields = tuple(_field(profile, name, doc, on) for name in FIELDS)
    statuses = {f.status for f in fields}
    if FAIL in statuses:
        status = FAILS
    elif UNKNOWN in statuses:
        status = UNKNOWN
    else:
        status = MEETS
    if binding.status == bind.NO:
        status = NOT_BOUND
    elif binding.status == bind.UNKNOWN and status != MEETS:
        status = UNKNOWN
    return NationOutcome(
        profile.nation,
        profile.name,
        profile.confidence,
        profile.checked.isoformat(),
        status,
        binding,
        fields,
    )


def _missing_profile(code: str) -> NationOutcome:
    from compliance.facts import jurisdictions

    fields = tuple(
        FieldOutcome(name, "-", "not-researched", UNKNOWN, "no national profile") for name in FIELDS
    )
    return NationOutcome(
        code,
        jurisdictions.name(code),
        "not-researched",
        "",
        UNKNOWN,
        bind.Binding(bind.UNKNOWN, "no national profile"),
        fields,
    )


# --- the run ------------------------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _init(
    on: date,
    docs: dict[str, Any] | None = None,
    folder: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> None:
    from pathlib import Path

    _STATE["on"] = on
    _STATE["profiles"] = load_profiles(Path(folder) if folder else None, limits)
    _STATE["docs"] = dict(docs or {})
    _STATE["limits"] = limits


def _task(task: tuple[str, str]) -> NationOutcome:
    from compliance.contracts.load import load_contract

    path, code = task
    docs: dict[str, Any] = _STATE["docs"]
    if path not in docs:
        docs[path] = load_contract(path, _STATE["limits"], _STATE["on"])
    profile = _STATE["profiles"].get(code)
    if profile is None:
        return _missing_profile(code)
    outcome: NationOutcome = evaluate_nation(profile, docs[path], _STATE["on"])
    return outcome


def _outcomes(
    tasks: list[tuple[str, str]],
    on: date,
    jobs: int,
    docs: dict[str, Any],
    folder: str | None,
    limits: Limits,
) -> Iterator[NationOutcome]:
    from compliance.document.loader import STDIN

    if jobs <= 1 or len(tasks) < 2 or STDIN in docs:
        _init(on, docs, folder, limits)
        yield from map(_task, tasks)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from compliance.run.batch import _start_method

    context = multiprocessing.get_context(_start_method())
    jobs = min(jobs, len(tasks))  # no idle process (-j 100000 forked until the run hung)
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_init, initargs=(on, None, folder, limits)
    ) as pool:
        yield from pool.map(_task, tasks, chunksize=max(1, len(tasks) // (jobs * 4)))


def run(
    paths: list[str],
    spec: str,
    on: date,
    jobs: int = 1,
    folder: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[list[DealMatrix], str, list[str]]:
    """Every deal against every nation of ``spec``: (matrices, headline noun, nations).
    The same whatever ``jobs``: tasks are mapped in order. ``folder``: profiles other than
    the built-in ones; ``limits``: those the contracts and profiles are read with."""
    from pathlib import Path

    from compliance.contracts.load import load_contract

    profiles = load_profiles(Path(folder) if folder else None, limits)
    nations, noun = resolve_nations(spec, on, sorted(profiles))
    matrices: list[DealMatrix] = []
    docs: dict[str, Any] = {}
    for path in paths:
        doc = docs[path] = load_contract(path, limits, on)  # bad input fails here, not in a worker
        matrices.append(DealMatrix(path, doc.id, doc.title))
    tasks = [(m.path, code) for m in matrices for code in nations]
    outcomes = iter(_outcomes(tasks, on, jobs, docs, folder, limits))
    for matrix in matrices:
        matrix.nations = [next(outcomes) for _ in nations]
    return matrices, noun, nations
