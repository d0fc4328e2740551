"""JSON text for the reports, written by orjson (a C encoder): the bytes of
``json.dumps(data, ensure_ascii=False, indent=2)`` (or compact, with ``separators=(",",
":")``), keys in the order given, unless ``sort_keys``.

Two documented differences with the standard library, both in numbers a contract rarely
holds: a float smaller than 1e-4 (not zero) is written in orjson's shortest form (``1e-7``,
``0.00001`` rather than ``1e-07``, ``1e-05``: the same number), and a
number that is not finite (a JSON contract's ``1e400``) is ``null`` rather than the
``Infinity`` that no JSON reader accepts. What orjson cannot write (an integer beyond 64
bits, a string with a lone surrogate, a type it does not know) is written by the standard
library, as before.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

_INDENT = orjson.OPT_INDENT_2
_SORT = orjson.OPT_SORT_KEYS


def dumps(data: Any, *, indent: bool = True, sort_keys: bool = False) -> str:
    """``data`` as JSON text: indented by two spaces, or compact."""
    option = (_INDENT if indent else 0) | (_SORT if sort_keys else 0)
    try:
        return orjson.dumps(data, option=option).decode("utf-8")
    except (TypeError, orjson.JSONEncodeError):
        if indent:
            return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=sort_keys)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=sort_keys)
