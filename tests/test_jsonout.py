"""The reports' JSON encoder (orjson) writes the bytes of the standard library's."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from compliance.core.jsonout import dumps

#: Floats the two write alike: the documented difference is below 1e-4.
FLOATS = (
    st.just(0.0)
    | st.floats(min_value=1e-4, allow_nan=False, allow_infinity=False)
    | st.floats(max_value=-1e-4, allow_nan=False, allow_infinity=False)
)
SCALARS = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | FLOATS | st.text()
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@given(VALUES)
def test_the_bytes_of_the_standard_library(value: Any) -> None:
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)
    assert dumps(value, indent=False) == json.dumps(
        value, ensure_ascii=False, separators=(",", ":")
    )
    if isinstance(value, dict):
        assert dumps(value, sort_keys=True) == json.dumps(
            value, ensure_ascii=False, indent=2, sort_keys=True
        )


def test_what_orjson_cannot_write_falls_back() -> None:
    """A lone surrogate (a JSON contract may escape one) and an integer beyond 64 bits."""
    for value in [{"a": "\ud800"}, [2**70], {"t": (1, 2)}]:
        assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_the_documented_differences() -> None:
    assert dumps([1e-7, 0.00001, 1e16], indent=False) == "[1e-7,0.00001,1e+16]"
    assert dumps([float("inf")], indent=False) == "[null]"
