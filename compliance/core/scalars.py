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
