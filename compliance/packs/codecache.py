"""The built-in packs' generated rule code, shipped compiled.

A batch generates every rule's code before it starts
(:func:`compliance.engine.fastpath.compile_now`); Python's compiler is most of that cost
(about 0.4 s for the built-in packs, paid by every batch). The code of the built-in packs
is shipped compiled in ``compliance/data/rule-code.marshal`` (package data, written only by
``python -m compliance.tools.datagen`` and held fresh by ``--check`` and the tests, as
``shipped.marshal`` is): each code object by the file name and digest of the source it was
compiled from, so a rule whose generated source differs (a pack edited, another pack) is
compiled as before. The file starts with the bytecode magic number of the interpreter that
wrote it; another interpreter does not unmarshal it and compiles everything. Nothing from
the user cache or any other path is read this way.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterable
from types import CodeType
from typing import TYPE_CHECKING, Any

from compliance.core.shipped import MARSHAL_VERSION, data_path

if TYPE_CHECKING:
    from compliance.engine.ir import CompiledRule

CODE_FILE = "rule-code.marshal"
FORMAT = 1

Code = dict[tuple[str, str], CodeType]


def _magic() -> bytes:
    from importlib.util import MAGIC_NUMBER

    return MAGIC_NUMBER


def _read(path: str) -> tuple[bytes, Any]:
    """The magic number a code file was written with and, when it is this interpreter's,
    its content (None otherwise, or when it cannot be read)."""
    try:
        with open(path, "rb") as handle:
            magic = handle.read(len(_magic()))
            if magic != _magic():
                return magic, None
            return magic, marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return b"", None


def _valid(data: Any) -> Code:
    """The code objects of a code file's content (empty unless it has the expected shape)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    code = data.get("code")
    if not isinstance(code, dict):
        return {}
    for key, value in code.items():
        if not (
            isinstance(key, tuple)
            and len(key) == 2
            and all(isinstance(part, str) for part in key)
            and isinstance(value, CodeType)
        ):
            return {}
    return code


def shipped_code(path: str | None = None) -> Code:
    """The shipped compiled code (empty when this interpreter cannot use it)."""
    return _valid(_read(path or data_path(CODE_FILE))[1])


def compile_shipped(rules: Iterable[CompiledRule]) -> None:
    """:func:`~compliance.engine.fastpath.compile_now`, with the shipped code for the
    sources it was compiled from (Python's compiler spared for the built-in packs)."""
    from compliance.engine import codegen
    from compliance.engine.fastpath import compile_now

    codegen.CODE = codegen.CodeCache(shipped_code())
    try:
        compile_now(rules)
    finally:
        codegen.CODE = None


def builtin_code() -> Code:
    """Every built-in rule's generated code, compiled now."""
    from compliance.engine import codegen
    from compliance.engine.build import instantiate
    from compliance.engine.fastpath import compile_now
    from compliance.packs.compiler import compile_packs
    from compliance.packs.locate import builtin_ids

    packs = instantiate(compile_packs(builtin_ids()))
    cache = codegen.CODE = codegen.CodeCache({})
    try:
        compile_now(rule for pack in packs for rule in pack.rules)
    finally:
        codegen.CODE = None
    return dict(sorted(cache.used.items()))


def code_bytes(code: Code | None = None) -> bytes:
    """The content of the shipped code file."""
    payload = {"format": FORMAT, "code": builtin_code() if code is None else code}
    return _magic() + marshal.dumps(payload, MARSHAL_VERSION)


def code_is_fresh(path: str | None = None, code: Code | None = None) -> bool:
    """Whether the shipped code file holds exactly the built-in rules' code: the same
    sources (by digest and file name) and, when written by this interpreter, the same
    code objects. A file another interpreter wrote cannot be judged by this one (nor used):
    it counts as fresh here, and is judged where it was written."""
    path = path or data_path(CODE_FILE)
    magic, data = _read(path)
    if magic and magic != _magic():
        return True
    fresh = builtin_code() if code is None else code
    shipped = _valid(data)
    return sorted(shipped) == sorted(fresh) and all(shipped[k] == fresh[k] for k in fresh)
