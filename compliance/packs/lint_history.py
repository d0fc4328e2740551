"""Rule ids gone since the previous version of a pack (``removed-id``): the previous
version is a copy given with ``--previous``, or the pack as committed in git HEAD.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from compliance.core.errors import InputError
from compliance.document.nodes import Mapping, Node, Scalar, Sequence
from compliance.packs.lint_findings import Finding, display, find, pack_file, rule_nodes

if TYPE_CHECKING:
    from compliance.packs.read import RawPack


def removed_checks(path: str, raw: RawPack, previous: str | None) -> tuple[str, list[Finding]]:
    """Rule ids (and aliases) of the previous version that no rule carries any more."""
    before: set[str] | None
    if previous is not None:
        before = ids_in_folder(Path(previous))
        label = f"--previous {previous}"
    else:
        before, label = ids_in_git(Path(path))
    if before is None:
        return label, []
    now: set[str] = set()
    for rule in raw.rules:
        now.add(rule.data["id"])
        now.update(rule.data.get("aliases", []))
    node = find(raw.node, ("id",))
    own_file = display(pack_file(raw.path))
    out = [
        Finding(
            own_file,
            node.line,
            node.col,
            "removed-id",
            f"rule {ident!r} of the previous version ({label}) is gone and no rule lists it "
            "under aliases (reports, waivers and baselines name rules by id)",
        )
        for ident in sorted(before - now)
    ]
    return label, out


def rule_ids(root: Node, is_pack_file: bool) -> set[str]:
    """Rule ids and aliases written in one file (tolerant of schema errors)."""
    out: set[str] = set()
    for node in rule_nodes(root, is_pack_file):
        if not isinstance(node, Mapping):
            continue
        ident = node.get("id")
        if isinstance(ident, Scalar) and isinstance(ident.value, str):
            out.add(ident.value)
        aliases = node.get("aliases")
        if isinstance(aliases, Sequence):
            out.update(str(item.value) for item in aliases.items if isinstance(item, Scalar))
    return out


def ids_in_folder(location: Path) -> set[str]:
    from compliance.document.loader import load_file
    from compliance.packs.locate import PACK_FILE, TEST_SUFFIX

    if location.is_file():
        return rule_ids(load_file(str(location)), True)
    if not (location / PACK_FILE).is_file():
        raise InputError(f"--previous: not a rule pack (no {PACK_FILE})", file=str(location))
    out = rule_ids(load_file(str(location / PACK_FILE)), True)
    for file in sorted(location.glob("*.yaml")):
        if file.name != PACK_FILE and not file.name.endswith(TEST_SUFFIX):
            out |= rule_ids(load_file(str(file)), False)
    return out


def _git(folder: Path, *args: str) -> str | None:
    try:
        proc = subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0:
        return None
    return proc.stdout.decode("utf-8", errors="replace")


def ids_in_git(location: Path) -> tuple[set[str] | None, str]:
    """Rule ids of the pack as committed in git HEAD, and what was compared with."""
    from compliance.document.loader import parse_text
    from compliance.packs.locate import PACK_FILE, TEST_SUFFIX

    folder = location if location.is_dir() else location.parent
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top is None:
        return None, "nothing (not in a git work tree; use --previous PATH)"
    relative = os.path.relpath(os.path.realpath(location), os.path.realpath(top.strip()))
    label = f"git HEAD:{Path(relative).as_posix()}"
    if location.is_dir():
        listing = _git(folder, "ls-tree", "--name-only", "HEAD", "--", ".")
        names = [n for n in (listing or "").splitlines() if n]
        files = [(n, n == PACK_FILE) for n in names if n.endswith(".yaml")]
        files = [(n, p) for n, p in files if not n.endswith(TEST_SUFFIX)]
        if not any(p for _, p in files):
            return None, f"nothing (no {PACK_FILE} in git HEAD: a new pack?)"
    else:
        files = [(location.name, True)]
    out: set[str] = set()
    for name, is_pack in files:
        text = _git(folder, "show", f"HEAD:./{name}")
        if text is None:
            if is_pack and not location.is_dir():
                return None, "nothing (the file is not in git HEAD: a new pack?)"
            continue
        try:
            root = parse_text(text, f"HEAD:{name}", json=False)
        except InputError:
            continue
        out |= rule_ids(root, is_pack)
    return out, label
