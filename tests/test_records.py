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


@record(frozen=True, order=True)
class Place:
    """An ordered test record, with a field left out of comparisons and the repr."""

    file: str
    line: int
    note: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


def test_ordered_records_sort_as_their_compared_fields() -> None:
    places = [Place("b", 1), Place("a", 2), Place("a", 1, {"x": 1})]
    assert sorted(places) == [Place("a", 1), Place("a", 2), Place("b", 1)]
    assert Place("a", 1) <= Place("a", 1) < Place("a", 2)
    assert Place("b", 1) > Place("a", 9) >= Place("a", 9)
    with pytest.raises(TypeError):
        _ = Point(1) < Point(2)  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = Place("a", 1) < Key("a")  # type: ignore[operator]


def test_a_field_can_stay_out_of_equality_hash_and_repr() -> None:
    assert Place("a", 1, {"x": 1}) == Place("a", 1, {"y": 2})
    assert len({Place("a", 1, {"x": 1}), Place("a", 1)}) == 1  # the dict is not hashed
    assert repr(Place("a", 1, {"x": 1})) == "Place(file='a', line=1)"
    assert replace(Place("a", 1, {"x": 1}), line=2).note == {"x": 1}


@pytest.mark.parametrize("value", [Point(1, 2, ["t"]), Key("a", 3), Place("a", 1, {"x": 1})])
def test_records_survive_pickling_and_copying(value: object) -> None:
    import copy
    import pickle

    for again in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
        assert again == value
        assert type(again) is type(value)
        assert repr(again) == repr(value)


def _styles() -> dict[str, list[str]]:
    """Every class of the package by how it is written: dataclass, NamedTuple, record."""
    import ast

    from conftest import ROOT

    found: dict[str, list[str]] = {"dataclass": [], "NamedTuple": [], "record": []}
    for path in sorted((ROOT / "compliance").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            name = f"{path.relative_to(ROOT / 'compliance').as_posix()}:{node.name}"
            decorators = [ast.unparse(d) for d in node.decorator_list]
            if any(d.split("(")[0].endswith("dataclass") for d in decorators):
                found["dataclass"].append(name)
            if any(d.split("(")[0].endswith("record") for d in decorators):
                found["record"].append(name)
            if any(ast.unparse(base).endswith("NamedTuple") for base in node.bases):
                found["NamedTuple"].append(name)
    return found


def test_one_record_style() -> None:
    """Data classes are records; the two NamedTuples of the evaluation path say why they
    are not (docs/architecture.md)."""
    styles = _styles()
    assert styles["dataclass"] == []
    assert styles["NamedTuple"] == [
        "report/items.py:EvidenceItem",
        "report/items.py:MissingItem",
    ]
    assert len(styles["record"]) > 80


def test_records_of_one_shape_keep_their_own_names_defaults_and_factories() -> None:
    # Both compile to one __init__ template (see compliance.core.records._template).
    @record(frozen=True)
    class First:
        alpha: int
        beta: list[int] = field(default_factory=list)
        gamma: str = "g"

    @record(frozen=True)
    class Second:
        one: int
        two: dict[str, int] = field(default_factory=dict)
        three: str = "3"

    assert First.__init__.__code__.co_code == Second.__init__.__code__.co_code
    assert repr(First(1)) == "First(alpha=1, beta=[], gamma='g')"
    assert repr(Second(two={"a": 1}, one=2)) == "Second(one=2, two={'a': 1}, three='3')"
    assert vars(Second(1)) == {"one": 1, "two": {}, "three": "3"}
    assert First(1).beta is not First(1).beta
    assert First.__init__.__qualname__.endswith("First.__init__")
    with pytest.raises(TypeError, match="alpha"):
        First()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'alpha'"):
        Second(alpha=1)  # type: ignore[call-arg]


def test_a_record_of_a_shape_not_compiled_ahead_is_compiled() -> None:
    from compliance.core import record_inits
    from compliance.core.records import shape_name

    names = [f"f{i}" for i in range(40)]
    shape = (True, (False,) * 39 + (True,))
    assert not hasattr(record_inits, shape_name(*shape))
    namespace: dict[str, object] = {"field": field}
    source = "class Wide:\n" + "".join(f"    {n}: int = {i}\n" for i, n in enumerate(names[:-1]))
    source += "    f39: list[int] = field(default_factory=list)\n"
    exec(source, namespace)
    wide = record(frozen=True)(namespace["Wide"])  # type: ignore[call-overload]
    made = wide(f0=5)
    assert (made.f0, made.f38, made.f39) == (5, 38, [])
    assert made.__record_shape__ == shape


def test_the_package_records_use_the_templates_compiled_ahead() -> None:
    from compliance.core import record_inits
    from compliance.core.records import shape_name
    from compliance.report.results import Result
    from compliance.run.options import CheckOptions

    for cls in (Result, CheckOptions):
        ahead = getattr(record_inits, shape_name(*cls.__record_shape__))  # type: ignore[attr-defined]
        assert cls.__init__.__code__.co_code == ahead.__code__.co_code
        assert cls.__init__.__code__.co_filename == ahead.__code__.co_filename


def test_a_default_factory_that_imports_in_c_works() -> None:
    """``date.today`` imports ``time`` from C, which reads ``__builtins__`` from the calling
    frame's globals: the generated ``__init__`` must have them (it once raised KeyError)."""
    from datetime import date

    from compliance.core.records import field, record

    @record
    class Dated:
        name: str
        day: date = field(default_factory=date.today)

    assert Dated("x").day == date.today()

    @record(frozen=True)
    class FrozenDated:
        day: date = field(default_factory=date.today)

    assert FrozenDated().day == date.today()
