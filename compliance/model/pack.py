"""pydantic models of rule packs, their rules, conditions, parameters and fixtures."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, Tag, field_validator, model_validator
from pydantic_core import PydanticCustomError

from compliance.core.hints import did_you_mean
from compliance.model.types import Date, Model, Str

_ID = r"^[a-z0-9][a-z0-9-]*$"
SEVERITY = Literal["low", "medium", "high", "critical"]
RULE_ID = Annotated[str, Field(pattern=_ID, max_length=80)]

OPERATORS = (
    "equals",
    "in",
    "contains",
    "any_of",
    "all_of",
    "none_of",
    "subset_of",
    "gt",
    "ge",
    "lt",
    "le",
    "matches",
)


class ParamRef(Model):
    """A parameter standing in for a value: ``{param: name}``."""

    param: Str = Field(description="Name of a parameter of this pack.")


# A value is a scalar, a list of scalars, {param: name} (a parameter of the pack), for
# ``in`` and ``subset_of`` {fact: path} (the values of another fact; ``$.path`` inside
# some/every: from the top of the contract), or for gt/ge/lt/le on a date fact
# {as_of: true} (the assessment date). Checked on compile.
Value = Any


class Leaf(Model):
    """A predicate over one fact path: ``{fact: PATH, OPERATOR: VALUE}``.

    Scalar operators: equals, in (the value is one of a list), gt/ge/lt/le (numbers, dates
    and ordered vocabularies such as classification; a date fact with the assessment date:
    ``{as_of: true}``), matches (an RE2 pattern). List
    operators: contains, any_of, all_of, none_of, subset_of. A fact that is absent or
    ``unspecified`` makes the predicate unknown; on an open list, contains / any_of /
    all_of can only be true or unknown and none_of / subset_of only false or unknown.
    """

    fact: Str | None = Field(
        default=None,
        description="The fact path, e.g. restrictions.mass_surveillance.prohibited; inside "
        "some/every relative to the item, unless it starts with $. (read from the top of the "
        "contract, e.g. $.data.transfers[*].destination).",
    )
    param: Str | None = Field(
        default=None,
        description="Instead of a fact: a parameter of this pack (e.g. to switch a rule on "
        "for a profile). Exactly one of fact and param.",
    )
    description: Str | None = Field(default=None, description="The predicate in words.")
    equals: Value = Field(default=None, description="The fact equals this value.")
    in_: Value = Field(default=None, alias="in", description="The fact is one of these values.")
    contains: Value = Field(default=None, description="The list holds this value.")
    any_of: Value = Field(default=None, description="The list holds at least one of these.")
    all_of: Value = Field(default=None, description="The list holds all of these.")
    none_of: Value = Field(default=None, description="The list holds none of these.")
    subset_of: Value = Field(default=None, description="Every item of the list is one of these.")
    gt: Value = Field(
        default=None,
        description="Greater than (numbers, dates, ordered values). For a date fact, "
        "{as_of: true} is the assessment date: {fact: F, gt: {as_of: true}} is true when F "
        "is after it.",
    )
    ge: Value = Field(
        default=None,
        description="Greater than or equal ({as_of: true}: on or after the assessment date).",
    )
    lt: Value = Field(
        default=None, description="Less than ({as_of: true}: before the assessment date)."
    )
    le: Value = Field(
        default=None,
        description="Less than or equal ({as_of: true}: on or before the assessment date).",
    )
    matches: Value = Field(default=None, description="Matches this RE2 regular expression.")

    model_config = Model.model_config | {"populate_by_name": False}

    @model_validator(mode="before")
    @classmethod
    def _one_operator(cls, data: Any) -> Any:
        if isinstance(data, dict):
            ops = [op for op in OPERATORS if op in data]
            subjects = [key for key in ("fact", "param") if key in data]
            unknown = sorted(key for key in data if key not in LEAF_KEYS)
            if unknown and (len(ops) != 1 or len(subjects) != 1):
                raise PydanticCustomError("unknown_key", _unknown_key(unknown[0], subjects))
            if not data:
                raise PydanticCustomError(
                    "empty",
                    "an empty condition: write a predicate ({fact: PATH, OPERATOR: VALUE}) or "
                    f"one of {', '.join(_KINDS)}",
                )
            if len(subjects) != 1:
                raise PydanticCustomError(
                    "subject", "a predicate names exactly one of 'fact' and 'param'"
                )
            if len(ops) != 1:
                found = ", ".join(ops) if ops else "none"
                raise PydanticCustomError(
                    "operator",
                    f"a fact predicate needs exactly one operator of {', '.join(OPERATORS)} "
                    f"(found: {found})",
                )
        return data


def _not_empty(value: Any, key: str, empty_means: str) -> Any:
    if isinstance(value, list) and not value:
        raise PydanticCustomError(
            "empty_list",
            f"'{key}: []' has no condition (an empty {key} would always be {empty_means}); "
            "list at least one, or leave it out",
        )
    return value


class All(Model):
    all: list[Condition] = Field(min_length=1, description="True if every part is true.")
    description: Str | None = None

    @field_validator("all", mode="before")
    @classmethod
    def _some_parts(cls, value: Any) -> Any:
        return _not_empty(value, "all", "true")


class AnyOf(Model):
    any: list[Condition] = Field(min_length=1, description="True if some part is true.")
    description: Str | None = None

    @field_validator("any", mode="before")
    @classmethod
    def _some_parts(cls, value: Any) -> Any:
        return _not_empty(value, "any", "false")


class Not(Model):
    not_: Condition = Field(alias="not", description="Swaps true and false; unknown stays.")
    description: Str | None = None


class Stated(Model):
    stated: Condition = Field(
        description="True when the condition is true; false when it is false or unknown "
        "(the contract does not state it). For what a contract affirmatively states, e.g. "
        "a purchase that contradicts a ban: silence about it must not make the ban "
        "uncertain. An error stays an error; no missing facts are reported."
    )
    unspecified: Literal["unknown"] | None = Field(
        default=None,
        description="'unknown': a fact the contract states as unspecified (a point it "
        "leaves open) keeps the condition unknown, with that fact missing, instead of "
        "false: silence reads as 'not so', an open term as 'may be so'. Only where the part "
        "is unknown through a fact stated as unspecified; an absent fact still makes it false.",
    )
    description: Str | None = None


class UnsettledPoint(Model):
    """A point of law that is not settled: the condition that raises it, and why the law
    leaves it open."""

    when: Condition = Field(
        description="The condition that raises the point: where it is true, the law does not "
        "decide (unknown, with the reason); where it is false, false; where it is unknown, "
        "unknown with its missing facts."
    )
    reason: Str = Field(
        min_length=1,
        description="Why the law is open on the point, with its citations (instrument, "
        "article, paragraph; the case law that leaves it open). Reports give it as a note, "
        "'unsettled in law: REASON', not as a fact to ask for.",
    )


class Unsettled(Model):
    unsettled: UnsettledPoint = Field(
        description="A point of law that is not settled: unknown when its condition is true, "
        "though every fact is stated (no fact the contract could state decides it); false "
        "when the condition is false; unknown with the condition's missing facts when it is "
        "unknown. In an any/all it combines as unknown does (Kleene)."
    )
    description: Str | None = None


class Ref(Model):
    ref: Str = Field(
        description="A definition of this pack (``name``) or another (``pack-id/name``)."
    )
    description: Str | None = None


class Some(Model):
    some: Str = Field(
        description="A fact path to a list of objects ($.PATH inside some/every: from the "
        "top of the contract)."
    )
    where: Condition = Field(
        description="Condition on one element (paths relative to it; a path that starts "
        "with $. is read from the top of the contract)."
    )
    description: Str | None = None


class Every(Model):
    every: Str = Field(
        description="A fact path to a list of objects ($.PATH inside some/every: from the "
        "top of the contract)."
    )
    where: Condition = Field(
        description="Condition on each element (paths relative to it; a path that starts "
        "with $. is read from the top of the contract)."
    )
    description: Str | None = None


class PartyOf(Model):
    party: Str = Field(
        description="A fact path whose value is the id of a party (e.g. operator, inside "
        "some/every relative to the item): the condition reads the contract's party with "
        "that id."
    )
    where: Condition = Field(
        description="Condition on the party named (paths relative to the party, e.g. roles, "
        "country; a path that starts with $. is read from the top of the contract)."
    )
    description: Str | None = None


class PermitsPractice(Model):
    permits_practice: Str = Field(
        description="A restricted practice of the vocabulary's table (e.g. "
        "mass-surveillance): true when the contract permits a use, purpose or capability "
        "that amounts to it and no recognised exception stated on its ban covers the use; "
        "false when the lists are complete and none does; else unknown."
    )
    description: Str | None = None


class BanPrevails(Model):
    ban_prevails: Str = Field(
        description="A restriction of the vocabulary (e.g. mass_surveillance): true when it "
        "applies notwithstanding a grant of any lawful use. The restriction's own "
        "prevails_over_grants decides where stated; else grants.red_lines_prevail (every "
        "restriction); else unknown."
    )
    description: Str | None = None


class PermitsUse(Model):
    permits_use: Str = Field(
        description="A class of uses in the vocabulary's classification table: annex-iii "
        "(any Annex III point), annex-iii:4 or annex-iii:4(a) (a point or sub-point), "
        "profiling (uses that profile natural persons by their nature), art-50:1 .. "
        "art-50:4 (uses or capabilities that trigger that paragraph of Art. 50). True when "
        "the contract permits such a use; false when the lists are complete and none is; "
        "else unknown."
    )
    description: Str | None = None


class AsOfRange(Model):
    """Bounds on the assessment date (inclusive ``from`` and ``until``, exclusive
    ``before``); at least one."""

    start: Date | None = Field(
        default=None, alias="from", description="True on this day and after."
    )
    until: Date | None = Field(default=None, description="True on this day and before.")
    before: Date | None = Field(default=None, description="True before this day.")

    @model_validator(mode="after")
    def _some_bound(self) -> AsOfRange:
        if self.start is None and self.until is None and self.before is None:
            raise PydanticCustomError(
                "as_of_bounds", "as_of needs at least one of from, until and before"
            )
        return self


class AsOf(Model):
    as_of: AsOfRange = Field(
        description="A condition on the assessment date (--as-of), not on a fact: true when "
        "the date is within the bounds (e.g. {as_of: {before: 2022-12-27}}), else false. "
        "For a branch of a rule that the law limits in time (a transitional period)."
    )
    description: Str | None = None


class TermFromRange(AsOfRange):
    """A fact, and bounds on the first day of the term that states it (as for ``as_of``)."""

    fact: Str = Field(
        description="The fact (a path relative to the list item inside some/every; no $. and "
        "no list steps) whose stating term is read."
    )


class TermFrom(Model):
    term_from: TermFromRange = Field(
        description="A condition on when the term that states a fact took effect: its "
        "effective date, or for a clause or the description's top level without one the "
        "contract's signed_on, or for a source without one its date. True when that day is "
        "within the bounds (e.g. {term_from: {fact: scc_version, before: 2021-09-27}}), "
        "false when it is not, unknown when the fact is absent or the day is not stated. "
        "For a duty that turns on when a term was agreed (clauses a later amendment adds)."
    )
    description: Str | None = None


_KINDS = (
    "all",
    "any",
    "not",
    "stated",
    "unsettled",
    "ref",
    "some",
    "every",
    "party",
    "permits_practice",
    "permits_use",
    "ban_prevails",
    "as_of",
    "term_from",
)
#: The keys a predicate may have.
LEAF_KEYS = frozenset(("fact", "param", "description", *OPERATORS))


def _unknown_key(key: str, subjects: list[str]) -> str:
    """An unknown key in a condition, with the closest key that fits there."""
    choices: tuple[str, ...] = OPERATORS if subjects else (*_KINDS, "fact", "param", *OPERATORS)
    kind = "operator" if subjects else "key"
    extra = did_you_mean(key, choices)
    listing = "operators" if subjects else "a condition is a predicate with"
    if subjects:
        return f"unknown {kind} {key!r}{extra} ({listing}: {', '.join(OPERATORS)})"
    return (
        f"unknown {kind} {key!r}{extra} ({listing} fact or param and an operator, or one "
        f"of {', '.join(_KINDS)})"
    )


def _condition_kind(value: Any) -> str:
    if isinstance(value, dict):
        for key in _KINDS:
            if key in value:
                return key
        if "fact" in value:
            return "fact"
    return "fact"


Condition = Annotated[
    Annotated[Leaf, Tag("fact")]
    | Annotated[All, Tag("all")]
    | Annotated[AnyOf, Tag("any")]
    | Annotated[Not, Tag("not")]
    | Annotated[Stated, Tag("stated")]
    | Annotated[Unsettled, Tag("unsettled")]
    | Annotated[Ref, Tag("ref")]
    | Annotated[Some, Tag("some")]
    | Annotated[Every, Tag("every")]
    | Annotated[PartyOf, Tag("party")]
    | Annotated[PermitsPractice, Tag("permits_practice")]
    | Annotated[PermitsUse, Tag("permits_use")]
    | Annotated[BanPrevails, Tag("ban_prevails")]
    | Annotated[AsOf, Tag("as_of")]
    | Annotated[TermFrom, Tag("term_from")],
    Discriminator(_condition_kind),
]

All.model_rebuild()
AnyOf.model_rebuild()
Not.model_rebuild()
Stated.model_rebuild()
UnsettledPoint.model_rebuild()
Unsettled.model_rebuild()
Some.model_rebuild()
Every.model_rebuild()
PartyOf.model_rebuild()


class Citation(Model):
    instrument: Str = Field(
        description="The instrument, e.g. 'Regulation (EU) 2024/1689 (AI Act)'.", min_length=1
    )
    provision: Str = Field(
        description="The provision as the instrument numbers it, e.g. 'Art. 5(1)(h)'.",
        min_length=1,
    )
    url: Str = Field(
        description="Where to read it: an http(s) URL without spaces, quotes, angle brackets "
        "or backslashes (it becomes a link in the reports).",
        pattern=r"^https?://[^\s<>\"'`\\]+$",
    )
    note: Str | None = Field(default=None, description="What it says or how sure we are.")


class Parameter(Model):
    type: Literal["boolean", "integer", "number", "string", "date", "jurisdiction"] | Str = Field(
        description="boolean, integer, number, string, date, jurisdiction, or a vocabulary "
        "name (e.g. Population)."
    )
    list: bool = Field(default=False, description="true: the parameter is a list of values.")
    default: Any = Field(description="The default value.")
    description: Str = Field(description="What the parameter means.", min_length=1)


class Definition(Model):
    title: Str = Field(description="The definition in a few words.", min_length=1)
    description: Str | None = Field(default=None, description="What it decides and why.")
    citations: list[Citation] | None = None
    when: Condition = Field(description="The condition.")


class Transition(Model):
    """Another first day for the duty, where a fact of the contract says so (a transitional
    provision of the law: e.g. a system already on the market complies later)."""

    when: Condition = Field(description="When this date applies (a condition on the facts).")
    start: Date = Field(alias="from", description="The duty's first day when the condition holds.")
    citation: Citation = Field(description="The provision that sets this date.")
    note: Str | None = Field(default=None, description="What the provision says, in words.")
    invoked_by: list[Str] | None = Field(
        default=None,
        min_length=1,
        description="Fact paths that invoke the transition. A transitional provision is an "
        "exception for whoever relies on it to establish: while the contract states none of "
        "these facts, the transition is not applied and the rule's own first day holds (the "
        "result notes what stating them would change); once one is stated, its condition "
        "decides, unknown included.",
    )


class Effective(Model):
    """When a rule's duty applies (dates are inclusive)."""

    start: Date | None = Field(default=None, alias="from", description="First day it applies.")
    until: Date | None = Field(default=None, description="Last day it applies.")
    note: Str | None = Field(default=None, description="Where the dates come from.")
    due: Str | None = Field(
        default=None,
        description="A date fact of the contract (e.g. system.put_into_service) by which a "
        "duty performed once falls due (an assessment before the system is first used). "
        "Where a term in force on the assessment date states that day, after the "
        "assessment date and within the contract's term, and other terms are in force on "
        "it (an amendment, a lapsing side letter), the duty is read on the terms in force "
        "on that day, with the law as it stands then: a commitment that lapses before the "
        "duty falls due does not meet it, one a signed amendment adds before then does. "
        "Where the day is past, the duty is read on the terms agreed and in force that day "
        "as well as on today's, the worse verdict counting. Where no term states the day "
        "and later terms give another verdict, unknown (fail where today's terms fail it).",
    )
    transitions: list[Transition] | None = Field(
        default=None,
        min_length=1,
        description="Other first days that depend on facts of the contract, in order: the "
        "first whose condition holds gives the duty's first day instead of from. When a "
        "condition is unknown, so is the date, unless every reading gives the same verdict.",
    )


class Rule(Model):
    id: RULE_ID = Field(description="Unique in its pack; the full id is PACK/RULE.")
    title: Str = Field(min_length=1)
    severity: SEVERITY
    basis: Literal["law", "policy-red-line", "guidance"]
    citations: list[Citation] = Field(min_length=1)
    rationale: Str = Field(min_length=1, description="Why the rule exists and how it reads.")
    applies_when: Condition | None = Field(
        default=None, description="When the rule applies (default: always)."
    )
    requires: Condition = Field(description="What the contract must establish to pass.")
    remediation: Str = Field(min_length=1, description="A suggested clause that would pass.")
    question: Str = Field(
        min_length=1, description="The question to put to the counterparty when unknown."
    )
    aliases: list[RULE_ID] | None = Field(default=None, description="Former ids of this rule.")
    effective: Effective | None = Field(default=None, description="When the duty applies.")


class Overrides(Model):
    """What an extending pack changes in the pack it extends."""

    parameters: dict[str, Any] | None = Field(
        default=None,
        description="New default values for parameters of the base pack (profiles and --set "
        "still take precedence).",
    )
    severity: dict[str, SEVERITY] | None = Field(
        default=None, description="New severities for rules of the base pack: {rule-id: level}."
    )
    disable: list[RULE_ID] | None = Field(
        default=None, description="Rules of the base pack to leave out."
    )


class Pack(Model):
    id: RULE_ID = Field(description="The pack id, e.g. no-mass-surveillance.")
    title: Str = Field(min_length=1)
    version: Str = Field(pattern=r"^\d+\.\d+\.\d+$")
    description: Str = Field(min_length=1)
    disclaimer: Str = Field(min_length=1, description="Not legal advice; what the pack covers.")
    extends: Str | None = Field(
        default=None,
        description="A pack this one builds on: a built-in pack id, or a path relative to this "
        "pack's folder (./base). Its rules, parameters and definitions become this pack's, "
        "under this pack's id.",
        min_length=1,
    )
    overrides: Overrides | None = Field(
        default=None,
        description="Changes to the base pack: parameter defaults, rule severities, rules left "
        "out (needs extends).",
    )
    facts: dict[str, Any] | None = Field(
        default=None,
        description="A JSON Schema (an object) for facts this pack needs beyond the core "
        "model; contracts write them under extensions.<pack-id> and they are validated "
        "against it.",
    )
    parameters: dict[str, Parameter] | None = None
    definitions: dict[str, Definition] | None = None
    rules: list[Rule] | None = Field(
        default=None, description="Rules written in this file (more may sit beside it)."
    )


class Case(Model):
    name: Str = Field(min_length=1)
    expect: Literal["pass", "fail", "unknown", "not_applicable", "error"]
    description: Str | None = None
    as_of: Date | None = None
    parameters: dict[str, Any] | None = None
    contract: dict[str, Any] = Field(
        description="A contract fragment (id and title may be left out)."
    )
    expect_missing: list[Str] | None = Field(
        default=None, description="Fact paths the unknown must list as missing."
    )
    expect_unsettled: bool | None = Field(
        default=None,
        description="true: the result must note a point of law that is not settled (an "
        "unsettled condition holds); false: it must note none.",
    )
    expect_applies_from: Date | None = None


class Fixtures(Model):
    rule: RULE_ID
    cases: list[Case] = Field(min_length=1)
