"""How the models read scalar text: the patterns shared by the pydantic models
(:mod:`compliance.model.types`) and the fast validator (:mod:`compliance.fastvalidate`),
so that both accept exactly the same values. Importing this module imports no pydantic."""

from __future__ import annotations

import re

#: A date written YYYY-MM-DD (then checked with ``date.fromisoformat``).
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: A whole number written as text (then converted with ``int``).
INT = re.compile(r"^-?\d+$")
#: A number written as text.
NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")
