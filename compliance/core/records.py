"""Light records: dataclass-like classes that cost little to define.

``dataclasses.dataclass`` compiles three or four methods per class with ``exec`` and
inspects every field; over the fifty record classes on the ``check`` path that is some
twenty milliseconds of every run's start-up. :func:`record` makes only ``__init__``, from
one template per shape of record, renamed for each class (compiling one for each class
cost some ten milliseconds more); the templates of the shapes the package uses are
compiled ahead, in :mod:`compliance.core.record_inits` (written by
``python -m compliance.tools.datagen``), since compiling the thirty a check needs took
some ten milliseconds more again. It shares generic ``__repr__`` and ``__eq__``
(and ``__hash__`` for frozen records, and ``<``, ``<=``, ``>``, ``>=`` with
``order=True``). A field may be left out of the comparisons and the hash
(``field(compare=False)``) or of the repr (``field(repr=False)``). Records
pickle as plain objects do. Type checkers see it as a dataclass
(``typing.dataclass_transform``). Use real dataclasses where ``dataclasses.asdict`` or
other dataclass machinery is needed.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from types import CodeType, FunctionType
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")

_MISSING: Any = object()


class _Field:
    __slots__ = ("compare", "default", "default_factory", "repr")

    def __init__(
        self,
        default: Any,
        default_factory: Callable[[], Any] | None,
        compare: bool,
        repr: bool,
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.compare = compare
        self.repr = repr


def field(
    *,
    default: Any = _MISSING,
    default_factory: Callable[[], Any] | None = None,
    compare: bool = True,
    repr: bool = True,
) -> Any:
    """A field's default (a value, or a factory called for each new record); whether it
    takes part in equality, ordering and the hash (``compare``) and in the repr."""
    return _Field(default, default_factory, compare, repr)


def _repr(self: Any) -> str:
    inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_repr__)
    return f"{type(self).__name__}({inner})"


def _key(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in self.__record_compare__)


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    names = self.__record_compare__
    return all(getattr(self, n) == getattr(other, n) for n in names)


def _hash(self: Any) -> int:
    return hash(_key(self))


def _lt(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _key(self) < _key(other)


def _le(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _key(self) <= _key(other)


def _gt(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _key(self) > _key(other)


def _ge(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _key(self) >= _key(other)


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise AttributeError(f"cannot assign to field {name!r} of a frozen {type(self).__name__}")


#: Compiled ``__init__`` templates by shape (frozen, and which fields have a default
#: factory), with placeholder names: see :func:`_init_function`.
_TEMPLATES: dict[tuple[bool, tuple[bool, ...]], CodeType] = {}


def _placeholder(index: int) -> str:
    return f"_record_field_{index}_"


def shape_name(frozen: bool, factories: tuple[bool, ...]) -> str:
    """The name of the template of a shape in :mod:`compliance.core.record_inits`."""
    bits = "".join("1" if factory else "0" for factory in factories)
    return f"{'f' if frozen else 'p'}{len(factories)}_{bits}"


def template_source(frozen: bool, factories: tuple[bool, ...], name: str, sep: str) -> str:
    """The source of the template ``__init__`` of a shape, named ``name``, its statements
    joined by ``sep`` (a line break and indentation, or ``"; "`` for one line)."""
    names = [_placeholder(i) for i in range(len(factories))]
    setter = "_d[{name!r}] = {value}" if frozen else "self.{name} = {value}"
    body: list[str] = ["_d = self.__dict__"] if frozen else []
    for index, (field_name, factory) in enumerate(zip(names, factories, strict=True)):
        value = field_name
        if factory:
            value = f"_record_factory_{index}_() if {field_name} is _MISSING else {field_name}"
        body.append(setter.format(name=field_name, value=value))
    return f"def {name}(self, {', '.join(names)}):{sep}" + (sep.join(body) or "pass")


def _template(frozen: bool, factories: tuple[bool, ...]) -> CodeType:
    """The code of an ``__init__`` of this shape: its parameters and the attributes it sets
    are named by :func:`_placeholder`, its default factories are the globals
    ``_record_factory_N_``. The shapes the package uses are compiled ahead, in
    :mod:`compliance.core.record_inits` (written by ``python -m compliance.tools.datagen``,
    read from Python's byte code cache like any module); another is compiled once."""
    key = (frozen, factories)
    found = _TEMPLATES.get(key)
    if found is not None:
        return found
    ahead = getattr(_ahead(), shape_name(frozen, factories), None)
    if ahead is not None:
        code: CodeType = ahead.__code__
    else:
        namespace: dict[str, Any] = {}
        exec(template_source(frozen, factories, "__init__", "\n    "), namespace)
        code = namespace["__init__"].__code__
    _TEMPLATES[key] = code
    return code


_AHEAD: Any = None


def _ahead() -> Any:
    """The module of templates compiled ahead (None if it cannot be imported)."""
    global _AHEAD
    if _AHEAD is None:
        try:
            from importlib import import_module

            _AHEAD = import_module("compliance.core.record_inits")
        except ImportError:  # pragma: no cover - a package without it
            _AHEAD = False
    return _AHEAD or None


def _init_function(
    cls: type, frozen: bool, names: list[str], factories: list[Any], defaults: list[Any]
) -> Callable[..., None]:
    """``__init__`` for the fields ``names`` (``factories``: each field's default factory
    or None; ``defaults``: the default values of the last fields, factories given as
    ``_MISSING``). Compiling a function costs a tenth of a millisecond; records are defined
    by the dozen on start-up, so the code is compiled once per shape (:func:`_template`)
    and given each class's names (``CodeType.replace``)."""
    shape = tuple(factory is not None for factory in factories)
    template = _template(frozen, shape)
    rename = {_placeholder(i): name for i, name in enumerate(names)}

    def renamed(values: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(rename.get(v, v) if type(v) is str else v for v in values)

    code = template.replace(
        co_varnames=renamed(template.co_varnames),
        co_names=renamed(template.co_names),
        co_consts=renamed(template.co_consts),
        co_name="__init__",
        co_qualname=f"{cls.__qualname__}.__init__",
    )
    # The globals of the function: with ``__builtins__``, which C code that imports on the
    # way (``date.today`` as a default factory) looks up in the calling frame's globals.
    namespace: dict[str, Any] = {"__builtins__": builtins, "_MISSING": _MISSING}
    for index, factory in enumerate(factories):
        if factory is not None:
            namespace[f"_record_factory_{index}_"] = factory
    init: Callable[..., None] = FunctionType(code, namespace, "__init__", tuple(defaults) or None)
    return init


def _build(cls: type[T], frozen: bool, order: bool) -> type[T]:
    annotations = cls.__dict__.get("__annotations__", {})  # noqa: RUF063 (own fields only)
    names: list[str] = []
    compared: list[str] = []
    shown: list[str] = []
    factories: list[Any] = []
    defaults: list[Any] = []
    for name, annotation in annotations.items():
        if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
            continue
        names.append(name)
        default = cls.__dict__.get(name, _MISSING)
        if not isinstance(default, _Field) or default.compare:
            compared.append(name)
        if not isinstance(default, _Field) or default.repr:
            shown.append(name)
        factory = None
        if isinstance(default, _Field) and default.default_factory is not None:
            factory = default.default_factory
            defaults.append(_MISSING)
            delattr(cls, name)
        elif isinstance(default, _Field):
            defaults.append(default.default)
            setattr(cls, name, default.default)
        elif default is not _MISSING:
            defaults.append(default)
        elif defaults:
            raise TypeError(f"{cls.__name__}: field {name!r} without a default follows one with")
        factories.append(factory)
    init = _init_function(cls, frozen, names, factories, defaults)
    methods: dict[str, Any] = {
        "__init__": init,
        "__record_fields__": tuple(names),
        "__record_shape__": (frozen, tuple(factory is not None for factory in factories)),
        "__record_compare__": tuple(compared),
        "__record_repr__": tuple(shown),
        "__repr__": _repr,
        "__eq__": _eq,
        "__hash__": _hash if frozen else None,
    }
    if frozen:
        methods["__setattr__"] = _frozen_setattr
    if order:
        methods.update(__lt__=_lt, __le__=_le, __gt__=_gt, __ge__=_ge)
    for attribute, value in methods.items():
        setattr(cls, attribute, value)
    return cls


@overload
def record(cls: type[T], /) -> type[T]: ...


@overload
def record(*, frozen: bool = False, order: bool = False) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(field_specifiers=(field,))
def record(cls: type[T] | None = None, /, *, frozen: bool = False, order: bool = False) -> Any:
    """Make ``cls`` a record: ``__init__`` from its annotated fields (in order, with their
    defaults), and value-based ``__repr__`` and ``__eq__``; frozen records are hashable and
    refuse assignment; ordered records compare as the tuples of their compared fields."""
    if cls is None:
        return lambda klass: _build(klass, frozen, order)
    return _build(cls, frozen, order)


def replace(obj: T, **changes: Any) -> T:
    """A copy of a record with some fields changed (like ``dataclasses.replace``)."""
    names = obj.__record_fields__  # type: ignore[attr-defined]
    unknown = set(changes) - set(names)
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no field {sorted(unknown)[0]!r}")
    values = {name: changes[name] if name in changes else getattr(obj, name) for name in names}
    return type(obj)(**values)


def fields(obj: Any) -> tuple[str, ...]:
    """The field names of a record (or record class), in order."""
    names: tuple[str, ...] = obj.__record_fields__
    return names
