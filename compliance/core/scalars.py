"""How the models read scalar text: the patterns shared by the pydantic models
(:mod:`compliance.model.types`) and the fast validator (:mod:`compliance.contracts.fastvalidate`),
so that both accept exactly the same values. Importing this module imports no pydantic."""

from __future__ import annotations

import re

#: Digits are ASCII digits only (``\d`` would also take Arabic-Indic and other scripts'
#: digits, which ``int`` reads); lengths are bounded (a contract's number has at most 18
#: digits, an exponent 2: no 5,000-digit integer, no overflow to infinity).

#: A date written YYYY-MM-DD (then checked with ``date.fromisoformat``).
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
#: A whole number written as text (then converted with ``int``): 0 or more, as every whole
#: number of the model counts days, months or processes.
INT = re.compile(r"^[0-9]{1,18}$")
#: A number written as text.
NUMBER = re.compile(r"^-?[0-9]{1,18}(\.[0-9]{1,18})?([eE][-+]?[0-9]{1,2})?$")


def number(text: str) -> int | float | None:
    """``text`` as the number YAML 1.2's core schema reads it, within :data:`NUMBER`'s
    bounds (whole without a point or exponent), else None."""
    if NUMBER.match(text) is None:
        return None
    return float(text) if any(c in text for c in ".eE") else int(text)


#: The most digits of a whole number, however it is written: YAML text or a JSON number.
MAX_DIGITS = 18
_LONG_WHOLE = re.compile(r"^-?[0-9]{19,}$")


def too_many_digits(value: object) -> str | None:
    """The message for a whole number of more than :data:`MAX_DIGITS` digits, a JSON number
    or plain YAML text (which :data:`INT` and :data:`NUMBER` do not match), else None: both
    formats refuse the same numbers with the same words."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        if -(10**MAX_DIGITS) < value < 10**MAX_DIGITS:
            return None
        digits = len(str(abs(value))) if value.bit_length() < 10_000 else None
    elif isinstance(value, str) and _LONG_WHOLE.match(value):
        digits = len(value.lstrip("-"))
    else:
        return None
    shown = f"{digits} digits" if digits is not None else "thousands of digits"
    return f"expected a whole number of at most {MAX_DIGITS} digits, got one of {shown}"
