"""Light records behave like the dataclasses they replace on the start-up path."""

from __future__ import annotations

import pytest

from compliance.core.records import field, fields, record, replace


@record
class Point:
    """A test record."""

    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)


@record(frozen=True)
class Key:
    """A frozen test record."""

    name: str
    version: int = 1


def test_init_defaults_and_factories() -> None:
    a, b = Point(1), Point(2, 3)
    assert (a.x, a.y, a.tags) == (1, 0, [])
    assert (b.x, b.y) == (2, 3)
    a.tags.append("t")
    assert Point(1).tags == []  # a fresh list per record
    assert Point(x=1, tags=["a"]).tags == ["a"]
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]


def test_equality_repr_and_hash() -> None:
    assert Point(1, 2) == Point(1, 2) != Point(1, 3)
    assert repr(Point(1)) == "Point(x=1, y=0, tags=[])"
    with pytest.raises(TypeError):
        hash(Point(1))
    assert {Key("a"), Key("a"), Key("b", 2)} == {Key("a"), Key("b", 2)}


def test_frozen_records_refuse_assignment() -> None:
    key = Key("a")
    with pytest.raises(AttributeError):
        key.name = "b"  # type: ignore[misc]


def test_replace_and_fields() -> None:
    assert replace(Point(1, 2), y=5) == Point(1, 5)
    assert replace(Key("a"), version=3) == Key("a", 3)
    assert fields(Point) == ("x", "y", "tags")
    with pytest.raises(TypeError):
        replace(Point(1), z=1)


def test_a_field_without_default_after_one_with_is_an_error() -> None:
    with pytest.raises(TypeError):

        @record
        class Bad:
            """Out of order."""

            a: int = 1
            b: int
