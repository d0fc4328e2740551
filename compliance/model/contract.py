"""The contract description document: header, facts, clauses and other sources."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from compliance.model.facts import Facts
from compliance.model.types import Date, FactList, Model, Str, Vocab

_ID = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"


class Clause(Model):
    """A clause of the contract and the facts it establishes."""

    id: Str = Field(
        description="The clause number as the contract writes it, e.g. '4.2' (kept as text).",
        min_length=1,
    )
    title: Str | None = Field(default=None, description="The clause heading.")
    text: Str | None = Field(
        default=None,
        description="The clause text or a faithful summary: evidence for people, never read "
        "by rules.",
    )
    facts: Facts | None = Field(default=None, description="The facts this clause states.")
    prevails_over: list[Str] | None = Field(
        default=None,
        description="Ids of clauses or sources this one prevails over where they set a fact "
        "differently (e.g. an amendment).",
    )
    replaces: list[Str] | None = Field(
        default=None,
        description="Ids of clauses or sources this one replaces as a whole: while this one is "
        "in force, none of their facts apply (not only those this one restates).",
    )
    effective: Date | None = Field(
        default=None,
        description="First day this clause applies. Before it, the clause states nothing and "
        "what it would prevail over or replace still stands.",
    )
    expires: Date | None = Field(
        default=None,
        description="Last day this clause applies (inclusive). After it, the clause states "
        "nothing and what it prevailed over or replaced applies again.",
    )
    effective_on: Str | None = Field(
        default=None,
        description="The event on which this clause takes effect, where no day is stated (e.g. "
        "'accreditation of the system by the national authority'). Without 'effective' (the "
        "day the event took place) its start is unknown: a fact only it states is open, and "
        "where it would change another term the fact is open unless both say the same.",
        min_length=1,
    )
    expires_on: Str | None = Field(
        default=None,
        description="The event on which this clause lapses, where no day is stated (e.g. "
        "'termination of the framework agreement'). Without 'expires' (the day the event "
        "took place) whether it still applies is unknown, and read as 'effective_on'.",
        min_length=1,
    )
    effective_on_pending_through: Date | None = Field(
        default=None,
        description="With 'effective_on' and no 'effective': the last day the event is known "
        "not to have taken place (e.g. the day of the register that does not list the "
        "accreditation). On that day and before, this clause is not yet in force and what it "
        "would prevail over or replace stands; after it, its start is unknown again. An "
        "event that can no longer take place is not pending: where it could take place only "
        "by a day now past and did not (an option exercisable only by notice given by 31 "
        "March, not given), the clause never takes effect and states nothing on any day: "
        "give it no facts (its text stays as evidence), since a start left pending would "
        "leave open every fact it states.",
    )
    expires_on_pending_through: Date | None = Field(
        default=None,
        description="With 'expires_on' and no 'expires': the last day the event is known not "
        "to have taken place. On that day and before, this clause has not lapsed; after it, "
        "whether it still applies is unknown again.",
    )
    signed_by: FactList[Str] | None = Field(
        default=None,
        description="Ids of the parties who signed this clause (e.g. {items: [vendor], complete: "
        "true}: signed by the vendor alone). Read with grants.modifications_signed_by: a "
        "clause whose complete list lacks a party whose signature the contract requires "
        "binds no one; an open list (or 'unspecified') that lacks one leaves whether it "
        "binds unknown. Left out, the clause is read as binding as its kind says.",
    )


class Source(Model):
    """A source other than the contract's clauses: an annex, an amendment, a public statement,
    a press report. Reports flag verdicts that rest on a source that is not contract terms."""

    id: Str = Field(description="Short id used to refer to this source.", pattern=_ID)
    kind: Annotated[str, Vocab("SourceKind")] = Field(description="What kind of source it is.")
    title: Str | None = Field(default=None, description="Title of the document or article.")
    publisher: Str | None = Field(default=None, description="Who published it.")
    party: Str | None = Field(default=None, description="Party id of the party it comes from.")
    date: Date | None = Field(default=None, description="Date of the source.")
    url: Str | None = Field(default=None, description="Where to read it.")
    note: Str | None = Field(default=None, description="What it says, in your own words.")
    facts: Facts | None = Field(default=None, description="The facts this source states.")
    prevails_over: list[Str] | None = Field(
        default=None,
        description="Ids of clauses or sources this one prevails over. Only a source that is "
        "contract terms (annex, amendment, side-letter, usage-policy, statement-of-work) may "
        "prevail over a clause or another contract term.",
    )
    replaces: list[Str] | None = Field(
        default=None,
        description="Ids of clauses or sources this one replaces as a whole (contract terms "
        "only): while this one is in force, none of their facts apply.",
    )
    effective: Date | None = Field(
        default=None,
        description="First day this source applies. Before it, the source states nothing and "
        "what it would prevail over or replace still stands.",
    )
    expires: Date | None = Field(
        default=None,
        description="Last day this source applies (inclusive). After it, the source states "
        "nothing and what it prevailed over or replaced applies again.",
    )
    effective_on: Str | None = Field(
        default=None,
        description="The event on which this source takes effect, where no day is stated (e.g. "
        "'accreditation of the system by the national authority'). Without 'effective' (the "
        "day the event took place) its start is unknown: a fact only it states is open, and "
        "where it would change another term the fact is open unless both say the same.",
        min_length=1,
    )
    expires_on: Str | None = Field(
        default=None,
        description="The event on which this source lapses, where no day is stated (e.g. "
        "'termination of the framework agreement'). Without 'expires' (the day the event "
        "took place) whether it still applies is unknown, and read as 'effective_on'.",
        min_length=1,
    )
    effective_on_pending_through: Date | None = Field(
        default=None,
        description="With 'effective_on' and no 'effective': the last day the event is known "
        "not to have taken place (e.g. the day of the register that does not list the "
        "accreditation). On that day and before, this source is not yet in force and what it "
        "would prevail over or replace stands; after it, its start is unknown again. An "
        "event that can no longer take place is not pending: where it could take place only "
        "by a day now past and did not (an option exercisable only by notice given by 31 "
        "March, not given), the source never takes effect and states nothing on any day: "
        "give it no facts (its text stays as evidence), since a start left pending would "
        "leave open every fact it states.",
    )
    expires_on_pending_through: Date | None = Field(
        default=None,
        description="With 'expires_on' and no 'expires': the last day the event is known not "
        "to have taken place. On that day and before, this source has not lapsed; after it, "
        "whether it still applies is unknown again.",
    )
    signed_by: FactList[Str] | None = Field(
        default=None,
        description="Ids of the parties who signed this source (e.g. {items: [vendor], complete: "
        "true}: signed by the vendor alone). Read with grants.modifications_signed_by: a "
        "source whose complete list lacks a party whose signature the contract requires "
        "binds no one; an open list (or 'unspecified') that lacks one leaves whether it "
        "binds unknown. Left out, the source is read as binding as its kind says.",
    )


class Contract(Facts):
    """A contract description: what a contract (or proposal) says, and where it says it.

    Facts written at the top level come from the description itself (source kind
    ``contract``); facts under a clause or a source come from that clause or source.
    """

    id: Str = Field(
        description="Stable id of the contract (used by waivers and baselines).",
        pattern=_ID,
        max_length=200,
    )
    title: Str = Field(description="Human-readable title.", min_length=1)
    description: Str | None = Field(default=None, description="What this description covers.")
    clauses: list[Clause] | None = Field(default=None, description="The contract's clauses.")
    sources: list[Source] | None = Field(
        default=None, description="Annexes, amendments, statements and reports it draws on."
    )
