"""Reports written from their contracts' pieces (compliance.report.reporters.pieces): the
squeezing of blank lines written as it comes is that of the whole text, however it is cut;
sections added up in order, on disk or in memory, give the same text."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from compliance.report.reporters.pieces import Parts, Piece, Squeeze, collect

texts = st.lists(st.text(alphabet="ab\n", max_size=12), max_size=8)


def whole(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"


@given(texts)
def test_squeeze_written_as_it_comes_is_the_whole_texts(pieces: list[str]) -> None:
    out: list[str] = []
    squeeze = Squeeze(out.append)
    for piece in pieces:
        squeeze(piece)
    squeeze.end()
    assert "".join(out) == whole("".join(pieces))


@given(texts, st.integers(min_value=1, max_value=5))
def test_squeeze_of_a_copy_in_chunks(pieces: list[str], size: int) -> None:
    """A section copied out in chunks of any size squeezes as the whole text."""
    text = "".join(pieces)
    out: list[str] = []
    squeeze = Squeeze(out.append)
    for start in range(0, len(text), size):
        squeeze(text[start : start + size])
    squeeze.end()
    assert "".join(out) == whole(text)


@given(st.lists(st.dictionaries(st.sampled_from("xyz"), st.text(max_size=5), max_size=3)))
def test_parts_on_disk_are_the_parts_in_memory(pieces: list[dict[str, str]]) -> None:
    import tempfile

    made = [
        Piece(texts, {(name, "n"): len(text) for name, text in texts.items()}) for texts in pieces
    ]
    with tempfile.TemporaryDirectory() as folder:
        disk = Parts(folder, on_disk=True)
        for piece in made:
            disk.add(piece)
        memory = collect(made)
        for name in "xyz":
            expected = "".join(texts.get(name, "") for texts in pieces)
            assert disk.text(name) == memory.text(name) == expected
            assert disk.count(name, "n") == memory.count(name, "n") == len(expected)
        assert disk.contracts == memory.contracts == len(pieces)
        disk.close()
        assert list(Path(folder).iterdir()) == []
