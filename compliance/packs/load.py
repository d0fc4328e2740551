"""Loading the packs of a run: the built-in packs (all of them, so that definitions can be
shared across packs) and the packs named by id or path, each read and composed, with every
pack known by one id.
"""

from __future__ import annotations

import os

from compliance.core.errors import InputError, PackError, raise_all
from compliance.packs.compose import read_pack
from compliance.packs.locate import builtin_dir, builtin_ids, given_roots, identity, pack_roots
from compliance.packs.read import RawPack


def load_raw(
    specs: list[str] | None, *, shadow: bool = False
) -> tuple[list[RawPack], dict[str, RawPack]]:
    """Read the packs named by ``specs`` (ids of built-in packs or paths); all built-ins
    are read too, so that definitions can be shared across packs. With ``shadow`` (``packs
    test``, ``packs lint``, ``docs``: the packs named are the subject, e.g. a copy of a
    built-in pack being changed), a pack given by path takes the place of the built-in pack
    with its id; a run (``check``) never allows that."""
    builtins = {ident: read_pack(builtin_dir() / ident, builtin=True) for ident in builtin_ids()}
    known = dict(builtins)
    selected: list[RawPack] = []
    if not specs:
        selected = [builtins[ident] for ident in sorted(builtins)]
    else:
        roots = tuple(sorted(set(pack_roots(specs)) | set(given_roots())))
        problems: list[InputError] = []  # every pack's errors in one run
        for spec in specs:
            if spec in builtins:
                raw = builtins[spec]
            elif os.path.exists(spec) or os.sep in spec or spec.endswith((".yaml", ".yml")):
                try:
                    raw = read_pack(spec, roots=roots)
                except InputError as exc:
                    problems.extend(getattr(exc, "errors", [exc]))
                    continue
                for pack in (raw, *raw.bases()):
                    _register(known, pack, spec, shadow=shadow and pack is raw)
            else:
                from compliance.core.hints import did_you_mean

                extra = did_you_mean(spec, list(builtins))
                raise InputError(
                    f"--pack {spec!r}: no built-in pack with this id and no such path{extra} "
                    f"(built-in: {', '.join(sorted(builtins))})"
                )
            if raw.id in {r.id for r in selected}:
                continue
            selected.append(raw)
        raise_all(problems)
    return selected, known


def _register(known: dict[str, RawPack], raw: RawPack, spec: str, *, shadow: bool = False) -> None:
    """Add a pack read from a path. Two different packs with one id are an error, whatever
    their origin (a pack given by path never silently replaces a built-in one: a deliberate
    change of a pack is a new pack that ``extends`` it)."""
    other = known.get(raw.id)
    if shadow and other is not None and other.builtin:
        known[raw.id] = raw
        return
    if other is not None and identity(other.path) != identity(raw.path):
        where = "built-in" if other.builtin else other.path
        raise PackError(
            f"two packs with the id {raw.id!r} ({where}, {raw.path}); to change a pack, "
            "give yours another id and make it extend this one",
            file=spec,
        )
    if other is None:
        known[raw.id] = raw
