"""Which rules a run evaluates (``--select``, ``--ignore``), and rule ids as users write them.

A pattern is a full rule id ``PACK/RULE`` or an ``fnmatch`` glob over full ids
(``no-mass-surveillance/*``, ``*/no-*``); a bare pack id ``PACK`` means ``PACK/*``. A rule's
former ids (``aliases`` in its pack) match too. With no ``--select`` every rule is selected;
``--ignore`` then drops rules. A ``--select`` pattern that matches no rule is an error (a
typo must not shrink a run silently), and so is a selection that leaves no rule at all: a run
that evaluates nothing is not a green run. An ``--ignore`` pattern that matches nothing is a
warning (a shared configuration may ignore rules of packs a run does not load).
"""

from __future__ import annotations

from collections.abc import Iterable
from fnmatch import fnmatchcase
from typing import Any

from compliance.core.errors import InputError
from compliance.core.records import replace


def rule_ids(packs: Iterable[Any]) -> dict[str, str]:
    """Every id a rule of ``packs`` (compiled packs) answers to -> its full id.

    ``PACK/RULE`` for each rule, and ``PACK/ALIAS`` for each of its former ids.
    """
    out: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            ir = rule.ir
            out[ir.full_id] = ir.full_id
            for alias in ir.aliases:
                out.setdefault(f"{ir.pack}/{alias}", ir.full_id)
    return out


def _normal(pattern: str) -> str:
    return pattern if "/" in pattern else f"{pattern}/*"


def matching(pattern: str, ids: dict[str, str]) -> set[str]:
    """Full ids of the rules whose id (or former id) matches ``pattern``."""
    glob = _normal(pattern)
    return {full for written, full in ids.items() if fnmatchcase(written, glob)}


def _no_match(option: str, pattern: str, ids: dict[str, str]) -> str:
    from compliance.core.hints import mean, suggest

    pack, _, rule = _normal(pattern).partition("/")
    packs = sorted({full.split("/")[0] for full in ids})
    if not any(fnmatchcase(p, pack) for p in packs):
        close = suggest(pack, packs)
        hint = f"{close}/{rule}" if close else None
    else:
        hint = suggest(pattern, sorted(ids))
    extra = mean(hint)
    return f"{option} {pattern!r}: matches no rule of this run{extra}"


def select_rules(
    packs: list[Any], select: list[str], ignore: list[str]
) -> tuple[list[Any], list[str]]:
    """The packs with only the selected rules (packs left with none are dropped), and
    warnings. Raises InputError when a --select pattern matches nothing or no rule is left."""
    if not select and not ignore:
        return packs, []
    ids = rule_ids(packs)
    chosen: set[str] = set(ids.values())
    warnings: list[str] = []
    if select:
        chosen = set()
        for pattern in select:
            found = matching(pattern, ids)
            if not found:
                raise InputError(_no_match("--select", pattern, ids))
            chosen |= found
    for pattern in ignore:
        found = matching(pattern, ids)
        if not found:
            warnings.append(_no_match("--ignore", pattern, ids))
        chosen -= found
    if not chosen:
        raise InputError(
            "--select/--ignore leave no rule to evaluate (a run that checks nothing is not a "
            "green run)"
        )
    kept = []
    for pack in packs:
        rules = [rule for rule in pack.rules if rule.ir.full_id in chosen]
        if rules:
            kept.append(replace(pack, rules=rules))
    return kept, warnings


def resolve_rule(written: str, ids: dict[str, str], all_packs: Iterable[str]) -> str | None:
    """The full id a ``PACK/RULE`` (or ``PACK/ALIAS``) names among the run's rules.

    None when the pack is known but not part of this run; raises InputError (with a
    did-you-mean) for an id that names no rule of a loaded pack, or no known pack.
    """
    from compliance.core.hints import did_you_mean

    pack, slash, rule = written.partition("/")
    if not slash or not pack or not rule:
        raise InputError(f"{written!r}: expected a full rule id PACK/RULE")
    if written in ids:
        return ids[written]
    loaded = {full.split("/")[0] for full in ids}
    if pack in loaded:
        extra = did_you_mean(written, sorted(k for k in ids if k.startswith(f"{pack}/")))
        raise InputError(f"{written!r}: pack {pack!r} has no rule {rule!r}{extra}")
    if pack in set(all_packs):
        return None
    extra = did_you_mean(pack, sorted(loaded | set(all_packs)))
    raise InputError(f"{written!r}: no pack {pack!r}{extra}")


def at_least(severity: str, threshold: str | None) -> bool:
    """Whether ``severity`` is at or above ``threshold`` (None: every severity)."""
    from compliance.report.results import SEVERITY_ORDER

    if threshold is None:
        return True
    return SEVERITY_ORDER.index(severity) >= SEVERITY_ORDER.index(threshold)
