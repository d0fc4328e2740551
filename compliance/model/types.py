"""Field types shared by the models: facts that may be ``unspecified``, open or complete
lists, vocabularies with did-you-mean, strict dates and numbers, jurisdictions."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    WrapValidator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from compliance.core import scalars
from compliance.core.hints import did_you_mean, mean
from compliance.document.nodes import Quoted
from compliance.facts.vocabulary import VOCABULARIES

UNSPECIFIED = "unspecified"
T = TypeVar("T")

_DATE = scalars.DATE
_INT = scalars.INT
_NUMBER = scalars.NUMBER


def _error(kind: str, message: str) -> PydanticCustomError:
    """A validation error with a preformatted message (no template fields)."""
    return PydanticCustomError(kind, message.replace("{", "(").replace("}", ")"))


# --- unspecified ------------------------------------------------------------------------------


def _allow_unspecified(value: Any, handler: Any) -> Any:
    if value == UNSPECIFIED:
        return value
    return handler(value)


class _UnspecifiedSchema:
    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        inner = handler(schema)
        return {"anyOf": [inner, {"x-ref": "Unspecified"}]}


def unspecified_schema() -> dict[str, Any]:
    return {
        "const": UNSPECIFIED,
        "description": (
            "The contract does not (yet) specify this fact. Like leaving the field out, "
            "it makes rules that need the fact come out unknown; reports say which."
        ),
    }


# --- scalars ------------------------------------------------------------------------------------


def _strict_bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    raise _error(
        "bool_type", f"expected true or false, got {value!r} (only true and false are booleans)"
    )


def _strict_str(value: Any) -> Any:
    if isinstance(value, str):
        return value
    raise _error("string_type", f"expected text, got {value!r}")


def _strict_date(value: Any) -> Any:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _error("date_type", f"expected a date written YYYY-MM-DD, got {value!r}")


def _strict_int(value: Any) -> Any:
    """A whole number, 0 or more (every whole number of the model counts days, months or
    processes)."""
    long = scalars.too_many_digits(value) if not isinstance(value, Quoted) else None
    if long is not None:
        raise _error("int_type", long)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and _INT.match(value):
        if isinstance(value, Quoted):
            raise _error(
                "int_type",
                f"expected a whole number, got text {value!r} (quoted: write it without quotes)",
            )
        return int(value)
    if isinstance(value, int | str) and not isinstance(value, bool) and str(value)[:1] == "-":
        raise _error("int_type", f"expected a whole number, 0 or more, got {value!r}")
    raise _error("int_type", f"expected a whole number, got {value!r}")


def _strict_number(value: Any) -> Any:
    long = scalars.too_many_digits(value) if not isinstance(value, Quoted) else None
    if long is not None:
        raise _error("number_type", long)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _NUMBER.match(value):
        if isinstance(value, Quoted):
            raise _error(
                "number_type",
                f"expected a number, got text {value!r} (quoted: write it without quotes)",
            )
        return float(value) if any(c in value for c in ".eE") else int(value)
    raise _error("number_type", f"expected a number, got {value!r}")


Bool = Annotated[bool, BeforeValidator(_strict_bool)]
Str = Annotated[str, BeforeValidator(_strict_str)]
Date = Annotated[date, BeforeValidator(_strict_date)]
Int = Annotated[int, BeforeValidator(_strict_int)]
Number = Annotated[float, BeforeValidator(_strict_number)]


class Vocab:
    """A string from one of the controlled vocabularies, with did-you-mean on a typo."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.values = tuple(VOCABULARIES[name])

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        values = frozenset(self.values)
        name = self.name
        choices = self.values

        def check(value: Any) -> str:
            if isinstance(value, str) and value in values:
                return value
            hint = did_you_mean(value, choices) if isinstance(value, str) else ""
            allowed = (
                f" (allowed: {', '.join(choices)})"
                if len(choices) <= 12
                else " (see 'compliance schema contract' for the list)"
            )
            raise _error("vocabulary", f"{value!r} is not a {name} value{hint}{allowed}")

        return core_schema.no_info_plain_validator_function(check)

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"x-ref": self.name}


def vocabulary_schemas() -> dict[str, Any]:
    return {
        name: {
            "type": "string",
            "title": name,
            "enum": list(values),
            "enumDescriptions": list(values.values()),
        }
        for name, values in VOCABULARIES.items()
    }


class _JurisdictionType:
    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def check(value: Any) -> str:
            from compliance.facts import jurisdictions

            if not isinstance(value, str):
                raise _error("jurisdiction", f"expected a country code or group, got {value!r}")
            try:
                return jurisdictions.normalise(value)
            except jurisdictions.UnknownJurisdiction as exc:
                hint = mean(exc.suggestion)
                raise _error(
                    "jurisdiction",
                    f"{value!r} is not an ISO 3166-1 alpha-2 country code or a known group{hint}",
                ) from None

        return core_schema.no_info_plain_validator_function(check)

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"x-ref": "Jurisdiction"}


Jurisdiction = Annotated[str, _JurisdictionType()]


def jurisdiction_schema() -> dict[str, Any]:
    from compliance.facts import jurisdictions

    return {
        "type": "string",
        "title": "Jurisdiction",
        "description": (
            "An ISO 3166-1 alpha-2 country code (e.g. DE, US, NO) or a group that expands to "
            "its member countries on the assessment date: "
            + ", ".join(jurisdictions.groups())
            + "."
        ),
        "enum": jurisdictions.countries() + jurisdictions.groups(),
    }


# --- facts and lists ---------------------------------------------------------------------------

Fact = Annotated[T, WrapValidator(_allow_unspecified), _UnspecifiedSchema()]


def _unwrap_list(value: Any) -> Any:
    if isinstance(value, list) or value == UNSPECIFIED:
        return value
    if isinstance(value, dict):
        extra = sorted(set(value) - {"items", "complete"})
        if extra:
            raise _error(
                "fact_list",
                f"unknown field {extra[0]!r} in a list written as a mapping "
                "(use items and complete)",
            )
        if "items" not in value:
            raise _error("fact_list", "a list written as a mapping needs 'items' (and 'complete')")
        complete = value.get("complete", False)
        if not isinstance(complete, bool):
            raise _error("fact_list", f"'complete' must be true or false, got {complete!r}")
        items = value["items"]
        if not isinstance(items, list):
            raise _error("fact_list", "'items' must be a list")
        return items
    raise _error(
        "fact_list", f"expected a list (or items: [...] with complete: true), got {value!r}"
    )


class _FactListSchema:
    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        array = handler(schema)
        return {
            "anyOf": [
                array,
                {
                    "type": "object",
                    "description": "The list with 'complete: true' when it lists every item.",
                    "properties": {
                        "items": array,
                        "complete": {
                            "type": "boolean",
                            "description": (
                                "true: the list holds every item (a closed list). Without it "
                                "a list is open: it may hold more than it says."
                            ),
                        },
                    },
                    "required": ["items"],
                    "additionalProperties": False,
                },
                {"x-ref": "Unspecified"},
            ],
            "x-fact-list": True,
        }


FactList = Annotated[
    list[Annotated[T, WrapValidator(_allow_unspecified), _UnspecifiedSchema()]],
    WrapValidator(_allow_unspecified),
    BeforeValidator(_unwrap_list),
    _FactListSchema(),
]


# --- base model ---------------------------------------------------------------------------------


class Model(BaseModel):
    """Base of every model: unknown fields are errors; ``null`` is never a value."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)

    @model_validator(mode="before")
    @classmethod
    def _no_nulls(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key, value in data.items():
                if value is None:
                    raise PydanticCustomError(
                        "null_value",
                        "{key} is empty (null); write 'unspecified' or leave the field out",
                        {"key": key},
                    )
        return data


class Section(Model):
    """A group of facts: like any fact, the whole group may be written ``unspecified``."""

    @model_validator(mode="wrap")
    @classmethod
    def _unspecified_section(cls, data: Any, handler: Any) -> Any:
        if data == UNSPECIFIED:
            return cls.model_construct()
        return handler(data)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        inner = handler(schema)
        target = handler.resolve_ref_schema(inner)
        target["x-section"] = True
        return inner


def fact_field(description: str, **kwargs: Any) -> Any:
    """An optional fact field (absent: the description says nothing) with its description."""
    return Field(default=None, description=description, **kwargs)
