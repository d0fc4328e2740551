"""Compiled packs, cached: the built-in packs ship compiled; other packs are cached by content.

Reading and compiling packs needs pydantic (to validate the YAML) and type-checks every
condition against the fact table; the result (:class:`~compliance.engine.ir.PackSet`) is plain
JSON-able data. So:

* The built-in packs ship compiled in ``compliance/data/builtin-packs.json`` (written by
  ``python -m compliance.tools.datagen``; a test holds it equal to a fresh compilation). It is used
  when every built-in pack's YAML files still hash to what was compiled and the fact table
  is the one it was compiled against; otherwise (an editable install with local edits) the
  packs are compiled as usual. Once this has been found true, a stamp in the user cache
  (the sizes and modification times of the files it was found from, as text) spares
  hashing them again while they keep both.
* A run that names packs by path (``--pack PATH``) is cached under the user cache folder:
  ``$COMPLIANCE_CACHE_DIR``, else ``$XDG_CACHE_HOME/compliance``, else
  ``~/.cache/compliance``. An entry is found by the tool version, the fact table's hash and
  the ``--pack`` arguments, and is used only if every file the compilation read (the packs'
  YAML files, any pack they build on, the built-in packs) still has the same bytes and every
  pack folder still holds the same files. Entries are written atomically; a cache that cannot
  be read or written is ignored (the packs are compiled as usual).

Only successful compilations are cached: a pack with an error is compiled (and reported)
every time. This module only stores and finds compiled packs; the compiler
(:func:`compliance.packs.compiler.compile_packs`) asks it first and hands it what it compiled.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import Any

from compliance import __version__
from compliance.core.atomic import write_atomic
from compliance.core.digest import sha256
from compliance.core.records import fields
from compliance.core.shipped import load_json
from compliance.engine.ir import PackIR, PackSet, RuleIR
from compliance.facts import table as factschema
from compliance.packs import locate
from compliance.packs.locate import PACK_FILE, TEST_SUFFIX

FORMAT = 3
SHIPPED_FILE = "builtin-packs.json"
CACHE_ENV = "COMPLIANCE_CACHE_DIR"


def inputs_hash() -> str:
    """What compiled packs depend on besides their files: the fact table and the
    vocabulary's table of restricted practices (``permits_practice`` is expanded from it)."""
    from compliance.facts import practices

    return f"{factschema.table_hash()}+{practices.digest()}"


# --- the JSON form of compiled packs -------------------------------------------------------------


def pack_to_json(ir: PackIR, base: str | None = None) -> dict[str, Any]:
    """A compiled pack as JSON data; with ``base``, its paths are made relative to it."""
    data = {name: getattr(ir, name) for name in fields(ir)}
    data["rules"] = [{name: getattr(rule, name) for name in fields(rule)} for rule in ir.rules]
    if base is not None:
        data["path"] = _relative(data["path"], base)
        for rule in data["rules"]:
            rule["file"] = _relative(rule["file"], base)
    return data


def pack_from_json(data: dict[str, Any], base: str | None = None) -> PackIR:
    """The inverse of :func:`pack_to_json`."""
    values = dict(data)
    rules = [RuleIR(**rule) for rule in values.pop("rules")]
    if base is not None:
        values["path"] = _absolute(values["path"], base)
        for rule in rules:
            rule.file = _absolute(rule.file, base)
    return PackIR(**values, rules=rules)


def packset_to_json(packset: PackSet) -> dict[str, Any]:
    return {
        "selected": [ir.id for ir in packset.selected],
        "all": [pack_to_json(ir) for ir in packset.all.values()],
    }


def packset_from_json(data: dict[str, Any]) -> PackSet:
    every = {ir.id: ir for ir in (pack_from_json(item) for item in data["all"])}
    return PackSet([every[ident] for ident in data["selected"]], every)


def _relative(path: str, base: str) -> str:
    return os.path.relpath(path, base).replace(os.sep, "/")


def _absolute(path: str, base: str) -> str:
    return os.path.join(base, *path.split("/")) if path != "." else base


# --- hashing pack files ---------------------------------------------------------------------------


def pack_files(folder: str) -> list[str]:
    """The YAML files that make up a pack folder (what it is compiled from), sorted."""
    names = [
        name
        for name in os.listdir(folder)
        if name.endswith(".yaml") and not name.endswith(TEST_SUFFIX) and name != PACK_FILE
    ]
    return sorted([PACK_FILE, *names])


def folder_hash(folder: str) -> str:
    """The hash of a pack folder's YAML files, as :func:`compliance.packs.read.read_one`
    records it in ``PackIR.hash``."""
    digest = sha256()
    for name in pack_files(folder):
        digest.update(name.encode())
        digest.update(b"\0")
        with open(os.path.join(folder, name), "rb") as handle:
            digest.update(handle.read())
        digest.update(b"\0")
    return "sha256:" + str(digest.hexdigest())[:16]


# --- the built-in packs, shipped compiled ---------------------------------------------------------


def shipped_path() -> str:
    return os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", SHIPPED_FILE
    )


def shipped_data(packset: PackSet) -> dict[str, Any]:
    """The shipped file's content for a compilation of every built-in pack."""
    return {
        "format": FORMAT,
        "facttable": inputs_hash(),
        "packs": [
            pack_to_json(ir, str(locate.builtin_dir() / ir.id)) for ir in packset.all.values()
        ],
    }


_SHIPPED: dict[str, PackIR] | None = None


def forget() -> None:
    """Forget the shipped packs this process read (``datagen``, after writing them)."""
    global _SHIPPED
    _SHIPPED = None


def _installed(root: str) -> bool:
    """Whether the built-in packs are the copy shipped inside the package (a wheel)."""
    return os.path.basename(os.path.dirname(root)) == "_builtin"


def shipped_packs() -> dict[str, PackIR] | None:
    """The built-in packs as shipped compiled, or None if they are stale (a pack's YAML
    files changed, a pack was added or removed, the fact table changed) or unreadable."""
    global _SHIPPED
    if _SHIPPED is not None:
        return _SHIPPED
    try:
        data = load_json(SHIPPED_FILE)
        if data.get("format") != FORMAT:
            return None
        root = locate.builtin_root()
        packs: dict[str, PackIR] = {}
        for item in data["packs"]:
            base = os.path.join(root, item["id"])
            packs[item["id"]] = pack_from_json(item, base)
        if sorted(packs) != locate.builtin_ids():
            return None
        if not _shipped_fresh(root, packs, str(data["facttable"])):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    _SHIPPED = packs
    return packs


# --- whether the shipped packs are fresh: checked, or stamped -------------------------------------

STAMP_HEADER = "compliance built-in packs stamp 1"
#: A file changed less than this long before a stamp would be written (nanoseconds) keeps
#: the stamp from being written: a file rewritten within the time resolution of its file
#: system can keep its time (as git does with its index).
RACY_NS = 2_000_000_000


def stamp_path(root: str) -> str:
    """The stamp of a built-in folder (one per checkout) in the user cache."""
    digest = sha256(root.encode("utf-8")).hexdigest()[:16]
    return os.path.join(cache_dir(), f"builtin-stamp-{digest}.txt")


def _input_files() -> list[str]:
    """The files :func:`inputs_hash` is computed from: the fact table, and the module of
    the table of restricted practices."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return [factschema.table_path(), os.path.join(package, "facts", "practices.py")]


def _stats(root: str, packs: dict[str, PackIR], inputs: str, folders: bool) -> tuple[str, int]:
    """The stamp's text for the inputs and (with ``folders``) the pack folders as they are
    (the hashes compiled against, then every file they come from: size, modification time,
    name), and the newest time."""
    lines = [STAMP_HEADER, __version__, root, inputs]
    newest = 0
    for path in _input_files():
        info = os.stat(path)
        newest = max(newest, info.st_mtime_ns)
        lines.append(f"{info.st_size} {info.st_mtime_ns} {path}")
    for ident in sorted(packs) if folders else ():
        folder = os.path.join(root, ident)
        lines.append(f"{ident} {packs[ident].hash}")
        for name in pack_files(folder):
            info = os.stat(os.path.join(folder, name))
            newest = max(newest, info.st_mtime_ns)
            lines.append(f"{info.st_size} {info.st_mtime_ns} {name}")
    return "\n".join(lines) + "\n", newest


def _shipped_fresh(root: str, packs: dict[str, PackIR], inputs: str) -> bool:
    """Whether the shipped packs were compiled against the fact table and practices of
    this version (``inputs``: the :func:`inputs_hash` they record) and, in a checkout (or
    an editable install), every pack folder still hashes to what its compiled form
    records. In an installed package the YAML and its compiled form come from one build
    (CI checks they agree), so its folders are not hashed.

    Computing the hashes costs some milliseconds on each run (importing the practices,
    reading and hashing every pack's YAML); so once they have been found right, a stamp in
    the user cache records each file's size and modification time (what Python itself
    trusts to reuse compiled modules), and while they are the same, nothing is hashed
    again. The stamp is text compared whole, never executed or unpickled; one that cannot
    be read or written is ignored."""
    folders = not _installed(root)
    try:
        text, newest = _stats(root, packs, inputs, folders)
    except OSError:  # a file to stamp is missing (a package without its sources)
        text, newest = "", -1
    path = stamp_path(root)
    try:
        with open(path, encoding="utf-8") as handle:
            if text and handle.read() == text:
                return True
    except (OSError, ValueError):
        pass
    if inputs != inputs_hash():
        return False
    for ident, ir in packs.items() if folders else ():
        if folder_hash(os.path.join(root, ident)) != ir.hash:
            return False
    import time

    if text and time.time_ns() - newest > RACY_NS:
        _write_stamp(path, text)
    return True


def _write_stamp(path: str, text: str) -> None:
    """Write the stamp atomically (without tempfile: a check does not import it)."""
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.remove(temporary)


def from_shipped(specs: list[str] | None, shipped: dict[str, PackIR]) -> PackSet:
    """The packs of a run that names only built-in packs, as the compiler would select them."""
    chosen = sorted(shipped) if not specs else list(dict.fromkeys(specs))
    compiled: dict[str, PackIR] = {}

    def need(ident: str) -> PackIR:
        if ident not in compiled:
            compiled[ident] = shipped[ident]
            for other in compiled[ident].refs:
                need(other)
        return compiled[ident]

    return PackSet([need(ident) for ident in chosen], compiled)


# --- the user cache -------------------------------------------------------------------------------


def cache_dir() -> str:
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "compliance")


def _entry_path(specs: list[str]) -> str:
    import json

    key = json.dumps(
        [FORMAT, __version__, inputs_hash(), locate.builtin_root(), locate.builtin_ids(), specs]
    )
    digest = sha256(key.encode("utf-8")).hexdigest()[:32]
    return os.path.join(cache_dir(), f"packs-{digest}.json")


def _file_hash(path: str) -> str:
    with open(path, "rb") as handle:
        return str(sha256(handle.read()).hexdigest())


def _listing(folder: str) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith((".yaml", ".yml")))


def _fresh(entry: dict[str, Any]) -> bool:
    """Every file the compilation read has the same bytes, every folder the same files."""
    try:
        for path, digest in entry["files"]:
            if _file_hash(path) != digest:
                return False
        for folder, names in entry["folders"]:
            if _listing(folder) != names:
                return False
    except OSError:
        return False
    return True


def load_entry(specs: list[str]) -> PackSet | None:
    import orjson

    try:
        with open(_entry_path(specs), encoding="utf-8") as handle:
            entry = orjson.loads(handle.read())
        if entry.get("format") != FORMAT or not _fresh(entry):
            return None
        return packset_from_json(entry["packset"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store_entry(specs: list[str], packset: PackSet, reads: list[str]) -> None:
    """Write a cache entry atomically; any failure leaves the cache as it was."""
    import json

    try:
        files = sorted(set(reads))
        folders = sorted({os.path.dirname(path) or "." for path in files})
        entry = {
            "format": FORMAT,
            "files": [[path, _file_hash(path)] for path in files],
            "folders": [[folder, _listing(folder)] for folder in folders],
            "packset": packset_to_json(packset),
        }
        target = _entry_path(specs)
        write_atomic(target, json.dumps(entry, ensure_ascii=False, sort_keys=True))
    except (OSError, ValueError, TypeError):
        return


@contextlib.contextmanager
def recording() -> Iterator[list[str]]:
    """Collect the paths of every file :func:`compliance.document.loader.load_file` reads."""
    from compliance.document import loader

    previous = loader.READS
    reads: list[str] = []
    loader.READS = reads
    try:
        yield reads
    finally:
        loader.READS = previous
        if previous is not None:
            previous.extend(reads)


# --- other validated files ------------------------------------------------------------------------


def validated(kind: str, path: str, validate: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """``validate()`` (pydantic) for the file at ``path``, or its result cached by the file's
    bytes (e.g. a profile: pydantic need not be imported to read one already seen)."""
    import json

    try:
        with open(path, "rb") as handle:
            content = handle.read()
    except OSError:
        return validate()
    import orjson

    digest = sha256(
        json.dumps([FORMAT, __version__, kind]).encode("utf-8") + b"\0" + content
    ).hexdigest()[:32]
    target = os.path.join(cache_dir(), f"{kind}-{digest}.json")
    try:
        with open(target, encoding="utf-8") as handle:
            entry = orjson.loads(handle.read())
        if isinstance(entry, dict) and entry.get("format") == FORMAT:
            data: dict[str, Any] = entry["data"]
            return data
    except (OSError, ValueError, KeyError, TypeError):
        pass
    data = validate()
    with contextlib.suppress(OSError, ValueError, TypeError):
        write_atomic(target, json.dumps({"format": FORMAT, "data": data}, ensure_ascii=False))
    return data
