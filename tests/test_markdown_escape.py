"""The Markdown escape of inline text (``md``), cached and with its fast paths, gives what
the plain rule gives: entities for HTML's specials, a backslash before Markdown's
punctuation and before an underscore at a word's edge, whitespace runs as one space, and a
control character that is not whitespace (an escape, a bell) written visibly (``\\x1b``)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from compliance.report.reporters.markdown import md


def reference(text: object) -> str:
    value = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = re.sub(
        "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]",
        lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0xA0 else f"\\u{ord(m[0]):04x}",
        " ".join(value.split()),
    )
    value = re.sub(r"([\\`*\[\]|~])", r"\\\1", value)
    return re.sub(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])", r"\\_", value)


SPECIAL = st.sampled_from(list("\\`*[]|~_&<> \n\tab9_é"))


@given(st.lists(st.one_of(SPECIAL, st.characters()), max_size=40).map("".join))
def test_md_is_the_plain_escape(text: str) -> None:
    assert md(text) == reference(text)
    assert md(text) == reference(text)  # from the cache


@given(st.one_of(st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False)))
def test_md_of_a_value_that_is_not_text(value: object) -> None:
    assert md(value) == reference(value)


def test_examples() -> None:
    assert md("a_b _c d_ [x](y) <b> & `z`") == ("a_b \\_c d\\_ \\[x\\](y) &lt;b&gt; &amp; \\`z\\`")
