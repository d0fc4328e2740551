"""Where rule packs are: the built-in packs' folder and ids, the files of a pack, and the
pack folders a run was given (an ``extends`` by path may resolve only inside them).

A pack is a folder ``rules/<pack-id>/`` holding ``pack.yaml`` (metadata, parameters,
definitions), one ``<rule-id>.yaml`` per rule and its fixtures ``<rule-id>.test.yaml``
beside it; or a single YAML file with ``rules:`` inline.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import contextvars
    from pathlib import Path

PACK_FILE = "pack.yaml"
TEST_SUFFIX = ".test.yaml"


def builtin_root() -> str:
    """Folder of the built-in packs, as text (no pathlib: this is on every check's path)."""
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    shipped = os.path.join(here, "_builtin", "rules")
    if os.path.isdir(shipped):
        return shipped
    return os.path.join(os.path.dirname(here), "rules")


def builtin_dir() -> Path:
    """Folder of the built-in packs: inside the installed package, or the checkout's rules/."""
    from pathlib import Path

    return Path(builtin_root())


def builtin_ids() -> list[str]:
    """The ids of the built-in packs (their folders' names), sorted."""
    root = builtin_root()
    try:
        names = os.listdir(root)
    except OSError:
        return []
    return sorted(n for n in names if os.path.isfile(os.path.join(root, n, PACK_FILE)))


#: Pack folders a command was given besides the one it is reading now (``packs test A B``
#: reads A and B one at a time, but either may extend the other).
_GIVEN_ROOTS: list[contextvars.ContextVar[tuple[str, ...]]] = []


def given_roots_var() -> contextvars.ContextVar[tuple[str, ...]]:
    """The context variable holding those folders, made on first use (contextvars is not
    imported on the path of ``check``, which never sets it)."""
    if not _GIVEN_ROOTS:
        import contextvars

        _GIVEN_ROOTS.append(contextvars.ContextVar("given_roots", default=()))
    return _GIVEN_ROOTS[0]


def given_roots() -> tuple[str, ...]:
    """The folders set by :func:`given_roots_var`, if any."""
    return _GIVEN_ROOTS[0].get() if _GIVEN_ROOTS else ()


def pack_roots(specs: list[str]) -> tuple[str, ...]:
    """The folders of the packs a run was given by path (a single-file pack: its folder)."""
    roots = []
    for spec in specs:
        if os.path.isdir(spec):
            roots.append(os.path.realpath(spec))
        elif os.path.isfile(spec):
            roots.append(os.path.realpath(os.path.dirname(os.path.abspath(spec))))
    return tuple(sorted(set(roots)))


def inside(path: str, folder: str) -> bool:
    """Whether ``path`` is ``folder`` or lies inside it (both real paths)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def identity(path: str) -> str:
    """Where a pack is, whichever way it was named: its folder, or its single file (a
    folder's ``pack.yaml`` named as a file is that folder's pack)."""
    real = os.path.realpath(path)
    if os.path.basename(real) == PACK_FILE and os.path.isfile(real):
        return os.path.dirname(real)
    return real
