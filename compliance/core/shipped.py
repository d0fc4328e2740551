"""The JSON data shipped in ``compliance/data``, read without a JSON parser on start-up.

Every ``compliance check`` reads four generated or maintained JSON files: the fact table,
the contract schema, the built-in packs compiled, the jurisdictions. Their content is also
shipped in one ``marshal`` file (``compliance/data/shipped.marshal``, the interpreter's own
serialisation of plain values), which :func:`load_json` reads instead: the check then
imports no JSON parser at all (importing orjson, which imports the standard ``json``, cost
more than parsing the four files).

The marshal file is package data, written only by ``python -m compliance.tools.datagen``
from the JSON files next to it (:func:`bundle_bytes`), and held equal to them by
``python -m compliance.tools.datagen --check`` and the tests; nothing else is ever read
with ``marshal`` (least of all a file from the user cache). A file is taken from it only
while the JSON file still has the size it had when the bundle was written; otherwise (a
JSON file edited and the bundle not yet regenerated), and when the bundle cannot be read
(missing, or written by an interpreter whose ``marshal`` format this one does not read),
the JSON file is parsed as before.
"""

from __future__ import annotations

import marshal
import os
from functools import cache
from typing import Any

DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")
BUNDLE_FILE = "shipped.marshal"
#: The JSON files of ``compliance/data`` the bundle holds.
BUNDLED = ("facttable.json", "contract.schema.json", "builtin-packs.json", "jurisdictions.json")
#: The bundle's layout (2: the compiled packs' equal parts shared, :func:`shared`).
FORMAT = 2
#: The marshal version written (4: strings shared by reference, the most compact).
MARSHAL_VERSION = 4


def data_path(name: str) -> str:
    return os.path.join(DATA_DIR, name)


@cache
def _bundle() -> dict[str, Any]:
    """name -> (size of the JSON file, its content); empty if the bundle cannot be read."""
    try:
        with open(data_path(BUNDLE_FILE), "rb") as handle:
            data = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def forget() -> None:
    """Forget the bundle this process read (``datagen``, after writing the JSON files it
    holds: an entry for a file of the same size as the new one would be taken for it)."""
    _bundle.cache_clear()


def load_json(name: str) -> Any:
    """The content of the JSON file ``name`` of ``compliance/data``: from the bundle while it
    holds the file at its current size (each file once: a later call gets a fresh copy,
    parsed), else parsed from the file."""
    entry = _bundle().pop(name, None)
    if entry is not None:
        try:
            size = os.stat(data_path(name)).st_size
        except OSError:
            size = -1
        if size == entry[0]:
            return entry[1]
    content = parse_json(name)
    # shared as in the bundle, so that what is made of it is the same either way (the
    # generated code of a condition several rules share is written once: see
    # compliance.engine.build)
    return shared(content, {}) if name in SHARED else content


def parse_json(name: str) -> Any:
    """The JSON file ``name`` of ``compliance/data``, parsed."""
    import orjson

    with open(data_path(name), "rb") as handle:
        return orjson.loads(handle.read())


#: The files whose equal parts are shared in the bundle (:func:`shared`): those read only,
#: never changed in place (the compiled packs: a condition, a citation or a parameter repeated
#: in many rules is one object in the bundle, so reading it makes fewer objects).
SHARED = ("builtin-packs.json",)


def bundle_content() -> dict[str, Any]:
    """What the bundle holds, from the JSON files as they are now."""
    files = {}
    for name in BUNDLED:
        content = parse_json(name)
        if name in SHARED:
            content = shared(content, {})
        files[name] = (os.stat(data_path(name)).st_size, content)
    return {"format": FORMAT, "files": files}


def shared(value: Any, seen: dict[tuple[Any, ...], Any]) -> Any:
    """``value`` with its equal lists and dicts made one object each (``marshal`` writes an
    object it meets again as a reference to the first, and reading it gives one object
    back). Equal means of the same type, with equal items (dicts: the same keys in the same
    order) of the same types: ``True`` and ``1``, ``1.0`` and ``1``, ``0.0`` and ``-0.0``
    are not merged. Built from the leaves up, so each part is keyed by its items'
    identities."""
    if isinstance(value, dict):
        items = [(key, shared(item, seen)) for key, item in value.items()]
        key = (dict, *[(name, _identity(item)) for name, item in items])
        found = seen.get(key)
        if found is None:
            found = seen[key] = dict(items)
        return found
    if isinstance(value, list):
        parts = [shared(item, seen) for item in value]
        key = (list, *map(_identity, parts))
        found = seen.get(key)
        if found is None:
            found = seen[key] = parts
        return found
    return value


def _identity(value: Any) -> Any:
    """A shared part by its identity, a plain value by its type and value (a number with
    its ``repr``: ``0.0`` is not ``-0.0``)."""
    if isinstance(value, dict | list):
        return id(value)
    return (type(value), repr(value) if type(value) is float else value)


def bundle_bytes() -> bytes:
    """The bundle's bytes, from the JSON files as they are now."""
    return marshal.dumps(bundle_content(), MARSHAL_VERSION)


def bundle_is_fresh() -> bool:
    """Whether the shipped bundle holds the JSON files as they are now: the same values of
    the same types (compared by ``repr``: ``True`` and ``1`` are equal, not the same)."""
    try:
        with open(data_path(BUNDLE_FILE), "rb") as handle:
            shipped = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return False
    return repr(shipped) == repr(bundle_content())
