"""SHA-256 without importing hashlib where the interpreter has its own implementation.

Importing :mod:`hashlib` initialises OpenSSL, which on start-up costs more than hashing every
built-in pack; CPython also has a builtin SHA-256 module (``_sha2`` from 3.12, ``_sha256``
before), which gives the same digests."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _constructor() -> Any:
    for name in ("_sha2", "_sha256"):
        try:
            module = __import__(name)
        except ImportError:
            continue
        constructor = getattr(module, "sha256", None)
        if constructor is not None:
            return constructor
    import hashlib

    return hashlib.sha256


def sha256(data: bytes = b"") -> Any:
    """A new SHA-256 hash object (``update``, ``hexdigest``), fed ``data``."""
    return _constructor()(data)
