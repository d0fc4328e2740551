"""Checking fact paths and values against the fact table (used when packs compile).

Also parses ``--set``-style values: JSON where the text parses as JSON, else a plain string.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from compliance.core.hints import did_you_mean, mean
from compliance.facts import table as factschema
from compliance.facts.table import Kind
from compliance.facts.vocabulary import ORDERED, VOCABULARIES

if TYPE_CHECKING:
    from compliance.document.limits import Limits

SCALAR_OPERATORS = ("equals", "in", "gt", "ge", "lt", "le", "matches")
LIST_OPERATORS = ("contains", "any_of", "all_of", "none_of", "subset_of")
ORDER_OPERATORS = ("gt", "ge", "lt", "le")
MULTI_VALUE = ("in", "any_of", "all_of", "none_of", "subset_of")


#: The start of a condition path read from the top of the contract, wherever the condition
#: stands (inside ``some`` / ``every`` too): ``$.data.transfers[*].destination``.
ROOT = "$."


class PathError(ValueError):
    pass


def from_root(path: str) -> bool:
    """Whether a condition path is read from the top of the contract (starts with ``$.``)."""
    return path.startswith(ROOT)


def parse_cli_value(text: str, limits: Limits | None = None) -> Any:
    """A value from the command line: JSON if it parses, else the plain string. The JSON is
    read as a file's is, with the run's ``limits`` (default: the defaults): a duplicate key,
    nesting deeper than --max-depth, a list longer than --max-items, a number out of range or
    a control character is an error (:class:`~compliance.core.errors.InputError`, its
    column in the message), never an overwrite, an infinity or a crash; ``NaN`` is not JSON
    (the plain string)."""
    from compliance.core.errors import InputError
    from compliance.document.jsonparse import parse_json
    from compliance.document.limits import DEFAULT_LIMITS
    from compliance.document.nodes import to_plain

    limits = limits or DEFAULT_LIMITS
    try:
        node = parse_json(
            text,
            max_depth=limits.max_depth,
            max_items=limits.max_items,
            max_nodes=limits.max_nodes,
        )
    except InputError as exc:
        if exc.message.startswith("JSON syntax error") and "nesting deeper" not in exc.message:
            return text
        raise InputError(f"{exc.message} (at column {exc.col} of the value)") from None
    return to_plain(node)


def children_of(pattern: str, extra: dict[str, Kind] | None = None) -> list[str]:
    table = {**factschema.table(), **(extra or {})}
    prefix = f"{pattern}." if pattern else ""
    return sorted(
        {key[len(prefix) :].split(".")[0].split("[")[0] for key in table if key.startswith(prefix)}
    )


def check_path(
    path: str,
    scope: str = "",
    *,
    allow_each: bool = True,
    extra: dict[str, Kind] | None = None,
    allow_root: bool = False,
) -> tuple[factschema.Kind, tuple[tuple[str, bool], ...], bool]:
    """Check a fact path in a condition; returns (final kind, steps, reaches-through-a-list).

    ``scope`` is the pattern of the list element a ``some``/``every`` condition is about.
    With ``allow_root``, a path that starts with ``$.`` (:data:`ROOT`) is checked from the
    top of the contract whatever the scope (its steps are those of the rest of the path).
    """
    text = path
    if allow_root and from_root(path):
        text, scope = path[len(ROOT) :], ""
    try:
        raw = factschema.parse_path(text)
    except ValueError as exc:
        raise PathError(str(exc).replace(repr(text), repr(path), 1)) from None
    table = {**factschema.table(), **(extra or {})}
    pattern = scope
    steps: list[tuple[str, bool]] = []
    through_list = False
    kind: Kind | None = None
    for position, (name, index) in enumerate(raw):
        candidate = f"{pattern}.{name}" if pattern else name
        kind = table.get(candidate)
        if kind is None:
            where = f" in {pattern}" if pattern else ""
            hint = did_you_mean(name, children_of(pattern, extra))
            raise PathError(f"unknown fact path {path!r}: no field {name!r}{where}{hint}")
        last = position == len(raw) - 1
        if index is not None and index != "*":
            raise PathError(f"{path!r}: conditions use [*], not an index")
        if kind.kind == factschema.ANY and not last and pattern == "extensions":
            message = f"unknown fact path {path!r}: no loaded pack declares extension facts "
            raise PathError(message + f"{raw[position + 1][0]!r}")
        if kind.kind == factschema.LIST and _each(path, name, kind, index, last, allow_each):
            through_list = True
            pattern = f"{candidate}[*]"
            steps.append((name, True))
            continue
        if index is not None:
            raise PathError(f"{path!r}: {name} is not a list")
        steps.append((name, False))
        pattern = candidate
    assert kind is not None
    return kind, tuple(steps), through_list


def _each(path: str, name: str, kind: Kind, index: str | None, last: bool, allow: bool) -> bool:
    """Whether a list step goes through every element (``[*]``); errors where it cannot."""
    if index == "*":
        if not allow:
            raise PathError(f"{path!r}: write the list path without [*] here")
        if kind.item is None or kind.item.kind != factschema.OBJECT:
            raise PathError(f"{path!r}: [*] is for lists of objects")
        if last:
            raise PathError(f"{path!r}: name a field after [*]")
        return True
    if not last:
        raise PathError(f"{path!r}: {name} is a list; write {name}[*] to reach its items")
    return False


def coerce(value: Any, kind: Kind, what: str) -> Any:
    """A condition or parameter value checked and typed for ``kind`` (JSON-able result)."""
    convert = _COERCE.get(kind.kind)
    return value if convert is None else convert(value, kind, what)


def _bool(value: Any, kind: Kind, what: str) -> Any:
    if isinstance(value, bool):
        return value
    raise PathError(f"{what}: expected true or false, got {value!r}")


def _int(value: Any, kind: Kind, what: str) -> Any:
    from compliance.core import scalars

    long = scalars.too_many_digits(value)
    if long is not None:
        raise PathError(f"{what}: {long}")
    if isinstance(value, int) and not isinstance(value, bool):
        return value

    if isinstance(value, str) and scalars.INT.match(value):
        return int(value)
    raise PathError(f"{what}: expected a whole number, got {value!r}")


def _number(value: Any, kind: Kind, what: str) -> Any:
    from compliance.core import scalars

    long = scalars.too_many_digits(value)
    if long is not None:
        raise PathError(f"{what}: {long}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    # A number as YAML reads one (no "nan", "inf", "1_000" or 300-digit exponent).
    if isinstance(value, str) and scalars.NUMBER.match(value):
        return float(value)
    raise PathError(f"{what}: expected a number, got {value!r}")


def _date(value: Any, kind: Kind, what: str) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise PathError(f"{what}: expected a date YYYY-MM-DD, got {value!r}")


def _jurisdiction(value: Any, kind: Kind, what: str) -> Any:
    from compliance.facts import jurisdictions

    if not isinstance(value, str):
        raise PathError(f"{what}: expected a country code or group, got {value!r}")
    try:
        return jurisdictions.normalise(value)
    except jurisdictions.UnknownJurisdiction as exc:
        hint = mean(exc.suggestion)
        raise PathError(f"{what}: unknown country or group {value!r}{hint}") from None


def _vocab(value: Any, kind: Kind, what: str) -> Any:
    assert kind.vocab is not None
    values = list(VOCABULARIES[kind.vocab])
    if isinstance(value, str) and value in values:
        return value
    extra = did_you_mean(str(value), values)
    raise PathError(f"{what}: {value!r} is not a {kind.vocab} value{extra}")


def _string(value: Any, kind: Kind, what: str) -> Any:
    if isinstance(value, str):
        return value
    raise PathError(f"{what}: expected text, got {value!r}")


def _any(value: Any, kind: Kind, what: str) -> Any:
    from compliance.core import scalars

    if isinstance(value, str):
        # Untyped extension facts: numbers typed as a contract's are (facts.tree).
        found = scalars.number(value)
        if found is not None:
            return found
    return value


#: How a value is checked and typed for each kind (objects and lists are kept as given).
_COERCE: dict[str, Callable[[Any, Kind, str], Any]] = {
    factschema.BOOL: _bool,
    factschema.INT: _int,
    factschema.NUMBER: _number,
    factschema.DATE: _date,
    factschema.JURISDICTION: _jurisdiction,
    factschema.VOCAB: _vocab,
    factschema.STRING: _string,
    factschema.ANY: _any,
}


def parameter_kind(type_name: str) -> Kind:
    """The kind of a declared parameter type."""
    simple = {
        "boolean": factschema.BOOL,
        "integer": factschema.INT,
        "number": factschema.NUMBER,
        "string": factschema.STRING,
        "date": factschema.DATE,
        "jurisdiction": factschema.JURISDICTION,
    }
    if type_name in simple:
        return Kind(simple[type_name])
    if type_name in VOCABULARIES:
        return Kind(factschema.VOCAB, vocab=type_name)
    extra = did_you_mean(type_name, list(simple) + list(VOCABULARIES))
    raise PathError(f"unknown parameter type {type_name!r}{extra}")


def ordered(kind: Kind) -> list[str] | None:
    if kind.kind == factschema.VOCAB and kind.vocab in ORDERED:
        return ORDERED[kind.vocab]
    return None


def same_kind(a: Kind, b: Kind) -> bool:
    return a.kind == b.kind and a.vocab == b.vocab
