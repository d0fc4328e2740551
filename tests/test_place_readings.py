"""How a jurisdiction group in a place-valued fact is read (compliance.facts.vocabulary
PLACE_READINGS): a term that permits places stands for every member of a group (storage "in
the EU" permits France as much as Germany), a fact that says where one thing is stands for
one member, unknown which. Each predicate under both readings is checked against a set-based
oracle written here by hand: a permission is the set of the countries it permits, and a
single place is every world in which it is one of its group's members (true where the
condition holds in every world, false where in none, else unknown)."""

from __future__ import annotations

import itertools
import json
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import compliance.facts.jurisdictions as jur
from compliance.facts import table as factschema
from compliance.facts.vocabulary import EVERY, ONE, PLACE_READINGS

AS_OF = date(2026, 11, 27)

#: Countries and small groups (EFTA: IS LI NO CH; FIVE-EYES: AU CA GB NZ US), so that the
#: oracle can enumerate the worlds of single places.
CODES = ["DE", "FR", "NO", "CH", "US", "CA", "TR", "EFTA", "FIVE-EYES"]
_PLACES = st.lists(st.sampled_from(CODES), min_size=1, max_size=3)
_ALLOWED = st.lists(st.sampled_from([*CODES, "EU", "EEA", "NATO"]), min_size=1, max_size=3)


def _expand(code: str) -> frozenset[str]:
    return jur.expand(code, AS_OF)


def _union(codes: list[str]) -> frozenset[str]:
    return frozenset().union(*(_expand(c) for c in codes))


def _verdict(condition: dict[str, Any], data: dict[str, Any]) -> str:
    """``condition`` compiled and evaluated on the contract ``data`` by the interpreter and
    by the generated fast path (which must agree): true, false or unknown."""
    from conftest import compile_condition

    from compliance.contracts.load import build_contract
    from compliance.document.loader import parse_text
    from compliance.engine import codegen
    from compliance.engine import conditions as engine
    from compliance.engine.build import build_node
    from compliance.engine.fastpath import Shared
    from compliance.engine.truth import FALSE, TRUE

    doc = build_contract(
        parse_text(json.dumps({"id": "c", "title": "c", **data}), "c.json", json=True), "c.json"
    )
    node = build_node(compile_condition(condition), "t", {}, [])
    value, evidence, missing = node.evaluate(engine.Ctx(AS_OF), doc.facts, "")
    (fast,) = codegen.build([node], Shared())
    assert fast(engine.Ctx(AS_OF), doc.facts, "") == (value, evidence, missing)
    return "true" if value == TRUE else "false" if value == FALSE else "unknown"


def _three(worlds: list[bool]) -> str:
    """A condition's value over the possible worlds."""
    if all(worlds):
        return "true"
    if not any(worlds):
        return "false"
    return "unknown"


def _value(ok: bool) -> str:
    return "true" if ok else "false"


# ---------------------------------------------------------------- the data


def test_every_place_valued_fact_has_a_reading() -> None:
    """Each jurisdiction fact of the vocabulary has its reading, in one table, and the table
    names no other path; the fact table carries it."""
    table = factschema.table()
    places = {
        path
        for path, kind in table.items()
        if factschema.JURISDICTION in (kind.kind, kind.item.kind if kind.item is not None else None)
    }
    assert places == set(PLACE_READINGS)
    for path in places:
        kind = table[path]
        element = kind.item if kind.item is not None else kind
        assert element.place == PLACE_READINGS[path] in (EVERY, ONE)


def test_single_places_are_where_one_thing_is() -> None:
    assert {p for p, r in PLACE_READINGS.items() if r == ONE} == {
        "parties[*].country",
        "parties[*].parent_country",
        "data.sub_processors.list[*].parent_country",
        "geography.governing_law",
    }


# ---------------------------------------------------------------- lists compared as a whole


def _personnel(places: list[str]) -> dict[str, Any]:
    return {"data": {"personnel": {"locations": {"items": places, "complete": True}}}}


@settings(max_examples=80, deadline=None)
@given(_PLACES, _ALLOWED)
def test_a_permission_list_is_the_set_it_permits(places: list[str], allowed: list[str]) -> None:
    """subset_of / any_of / none_of / contains / all_of on a list of places that a term
    permits (data.personnel.locations): set comparisons of every country permitted."""
    permitted, values = _union(places), _union(allowed)
    data = _personnel(places)
    path = "data.personnel.locations"
    assert _verdict({"fact": path, "subset_of": allowed}, data) == _value(permitted <= values)
    assert _verdict({"fact": path, "any_of": allowed}, data) == _value(bool(permitted & values))
    assert _verdict({"fact": path, "none_of": allowed}, data) == _value(not permitted & values)
    covered = all(_expand(a) <= permitted for a in allowed)
    assert _verdict({"fact": path, "all_of": allowed}, data) == _value(covered)
    first = allowed[0]
    assert _verdict({"fact": path, "contains": first}, data) == _value(_expand(first) <= permitted)


def _parties(places: list[str]) -> dict[str, Any]:
    items = [{"id": f"p{i}", "country": place} for i, place in enumerate(places)]
    return {"parties": {"items": items, "complete": True}}


def _worlds(places: list[str]) -> list[tuple[str, ...]]:
    """Every choice of one member for each single place."""
    return list(itertools.product(*(sorted(_expand(p)) for p in places)))


@settings(max_examples=80, deadline=None)
@given(_PLACES, _ALLOWED)
def test_single_places_are_one_member_each(places: list[str], allowed: list[str]) -> None:
    """The same operators on single places (the parties' countries): true where the
    condition holds whichever member each party is in, false where it holds for none,
    else unknown; contains / all_of may say unknown where the oracle can tell (sound)."""
    values = _union(allowed)
    worlds = _worlds(places)
    data = _parties(places)
    path = "parties[*].country"
    oracle = {
        "subset_of": _three([set(w) <= values for w in worlds]),
        "any_of": _three([bool(set(w) & values) for w in worlds]),
        "none_of": _three([not set(w) & values for w in worlds]),
    }
    for operator, expected in oracle.items():
        assert _verdict({"fact": path, operator: allowed}, data) == expected, operator
    covered = _three([all(_expand(a) <= set(w) for a in allowed) for w in worlds])
    found = _verdict({"fact": path, "all_of": allowed}, data)
    assert found == covered or found == "unknown"


# ---------------------------------------------------------------- single places in items


def _transfers(
    places: list[str], mechanisms: list[str], recipient: str | None = "company"
) -> dict[str, Any]:
    """Transfers to ``places`` (to a company: a group there is every member; to an
    international organisation: a group names it; ``None``: the recipient left out)."""
    items = [
        {"destination": place, "mechanism": mechanism}
        | ({"recipient_kind": recipient} if recipient else {})
        for place, mechanism in zip(places, mechanisms, strict=True)
    ]
    return {"data": {"transfers": {"items": items, "complete": True}}}


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from([*CODES, "NATO", "ANYWHERE"]), min_size=1, max_size=3),
    _ALLOWED,
    st.lists(st.sampled_from(["adequacy", "scc"]), min_size=3, max_size=3),
)
def test_a_permitted_group_is_each_member(
    places: list[str], allowed: list[str], mechanisms: list[str]
) -> None:
    """A transfer to a group is a transfer to each member: every / some over the transfers
    read a group destination once per member, under negation and disjunction alike (the
    engine reads one member for each way the condition's lists of places hold or lack it:
    checked here against every member, ANYWHERE included)."""
    mechanisms = mechanisms[: len(places)]
    values = _union(allowed)
    data = _transfers(places, mechanisms)
    each = [(m, mech) for p, mech in zip(places, mechanisms, strict=True) for m in _expand(p)]
    inside = {"fact": "destination", "in": allowed}
    conditions = {
        "every-in": (
            {"every": "data.transfers", "where": inside},
            all(m in values for m, _ in each),
        ),
        "some-in": ({"some": "data.transfers", "where": inside}, any(m in values for m, _ in each)),
        "every-not-in": (
            {"every": "data.transfers", "where": {"not": inside}},
            all(m not in values for m, _ in each),
        ),
        "every-in-or-adequacy": (
            {
                "every": "data.transfers",
                "where": {"any": [inside, {"fact": "mechanism", "equals": "adequacy"}]},
            },
            all(m in values or mech == "adequacy" for m, mech in each),
        ),
        "every-in-or-in-five-eyes": (
            {
                "every": "data.transfers",
                "where": {"any": [inside, {"fact": "destination", "in": ["FIVE-EYES"]}]},
            },
            all(m in values or m in _expand("FIVE-EYES") for m, _ in each),
        ),
        "some-in-and-not-us": (
            {
                "some": "data.transfers",
                "where": {"all": [inside, {"not": {"fact": "destination", "equals": "US"}}]},
            },
            any(m in values and m != "US" for m, _ in each),
        ),
        "every-not-in-and-scc": (
            {
                "every": "data.transfers",
                "where": {"all": [{"not": inside}, {"fact": "mechanism", "equals": "scc"}]},
            },
            all(m not in values and mech == "scc" for m, mech in each),
        ),
    }
    for name, (condition, expected) in conditions.items():
        assert _verdict(condition, data) == _value(expected), name


@settings(max_examples=80, deadline=None)
@given(_PLACES, _ALLOWED)
def test_a_single_place_in_an_item_is_one_member(places: list[str], allowed: list[str]) -> None:
    """``some`` / ``every`` over the parties with ``in``: a party's country is one member of
    its group, unknown which."""
    values = _union(allowed)
    worlds = _worlds(places)
    data = _parties(places)
    inside = {"fact": "country", "in": allowed}
    every = _three([all(x in values for x in w) for w in worlds])
    some = _three([any(x in values for x in w) for w in worlds])
    assert _verdict({"every": "parties", "where": inside}, data) == every
    assert _verdict({"some": "parties", "where": inside}, data) == some
    negated = _three([all(x not in values for x in w) for w in worlds])
    assert _verdict({"every": "parties", "where": {"not": inside}}, data) == negated


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(CODES), st.sampled_from(["DE", "NO", "US", "CA", "TR"]))
def test_equals(place: str, country: str) -> None:
    """``equals`` a country: a single place (the governing law) equals it in every world, in
    none, or in some (unknown); a permitted group is each member, so a transfer to it
    equals the country for every member, for none, or for some (then false: not all do)."""
    law = {"geography": {"governing_law": place}}
    expected = _three([member == country for member in _expand(place)])
    assert _verdict({"fact": "geography.governing_law", "equals": country}, law) == expected
    transfer = {"every": "data.transfers", "where": {"fact": "destination", "equals": country}}
    each = _value(all(member == country for member in _expand(place)))
    assert _verdict(transfer, _transfers([place], ["scc"])) == each


def test_a_group_equals_itself() -> None:
    law = {"geography": {"governing_law": "EFTA"}}
    assert _verdict({"fact": "geography.governing_law", "equals": "EFTA"}, law) == "true"
    assert _verdict({"fact": "geography.governing_law", "equals": "EU"}, law) == "false"


def test_the_brief_examples() -> None:
    """Storage "in the EU" against Germany only fails; against every EU country passes;
    against none fails. Establishment "in the EU" against Germany only is unknown."""
    storage = {"data": {"storage": {"items": [{"country": "EU"}], "complete": True}}}
    only_de = {"every": "data.storage", "where": {"fact": "country", "in": ["DE"]}}
    in_eu = {"every": "data.storage", "where": {"fact": "country", "in": ["EEA"]}}
    in_us = {"every": "data.storage", "where": {"fact": "country", "in": ["US"]}}
    assert _verdict(only_de, storage) == "false"
    assert _verdict(in_eu, storage) == "true"
    assert _verdict(in_us, storage) == "false"
    listed = {"fact": "data.storage[*].country", "subset_of": ["DE"]}
    assert _verdict(listed, storage) == "false"
    party = _parties(["EU"])
    assert _verdict({"every": "parties", "where": {"fact": "country", "in": ["DE"]}}, party) == (
        "unknown"
    )


def test_explain_names_the_members_an_item_fails_for() -> None:
    """An item read once per member says so in the explanation, with the members for
    which its condition is false or unknown."""
    from conftest import ROOT, cli

    run = cli(
        "explain",
        "data-residency/transfer-mechanism",
        "--contract",
        str(ROOT / "tests" / "data" / "audit32" / "adq-alliance-group.yaml"),
        "--as-of",
        "2027-06-01",
    )
    requires = run.out[run.out.index("\nrequires:") :]
    line = next(x for x in requires.splitlines() if "data.transfers[0]," in x)
    assert line.split()[0] == "FALSE"
    assert "read for each member of the group its destination names" in line
    assert "false for AL, ME, MK, TR" in line


def test_a_group_item_is_read_once_for_each_way_the_condition_tells_members_apart() -> None:
    """Hostile input does not multiply the work by the number of countries: an item
    "ANYWHERE" (about 250 members) is read once as stated and once for each way the
    condition's lists of places hold or lack a member (here: in the EEA or not), not once
    per member; the verdict is that of every member read."""
    from conftest import compile_condition

    from compliance.contracts.load import build_contract
    from compliance.document.loader import parse_text
    from compliance.engine import conditions as engine
    from compliance.engine.build import build_node
    from compliance.engine.truth import FALSE

    items = [
        {"destination": "ANYWHERE", "mechanism": "scc", "recipient_kind": "company"}
        for _ in range(50)
    ]
    data = {"id": "c", "title": "c", "data": {"transfers": {"items": items, "complete": True}}}
    doc = build_contract(parse_text(json.dumps(data), "c.json", json=True), "c.json")
    condition = {"every": "data.transfers", "where": {"fact": "destination", "in": ["EEA"]}}
    node = build_node(compile_condition(condition), "t", {}, [])
    calls = 0
    where = node.where  # type: ignore[attr-defined]
    inner = where.ev

    def counted(ctx: Any, obj: Any, prefix: str) -> Any:
        nonlocal calls
        calls += 1
        return inner(ctx, obj, prefix)

    where.ev = counted
    value, _, _ = node.evaluate(engine.Ctx(AS_OF), doc.facts, "")
    assert value == FALSE
    assert calls == 50 * 3, calls


# ------------------------------------------- a group that names an international organisation


@settings(max_examples=60, deadline=None)
@given(_PLACES, _ALLOWED)
def test_a_group_naming_an_organisation_says_nothing_of_the_place(
    places: list[str], allowed: list[str]
) -> None:
    """A transfer whose recipient is an international organisation goes to the organisation
    (GDPR Art. 4(26), Art. 44): a group there names it, and where it keeps the data is not
    said (any country): inside the allowed places only if they hold every country, outside
    none of them for sure. A country there is the organisation's site, read as it is. With
    the recipient left out, either reading may hold: decided only where both agree."""
    everywhere = _expand("ANYWHERE")
    values = _union(allowed)
    inside = {"fact": "destination", "in": allowed}

    def site(place: str) -> list[bool]:
        """The worlds of "the organisation keeps it inside the allowed places"."""
        if _expand(place) == frozenset((place,)) or place == "ANYWHERE":
            return [_expand(place) <= values]
        return [True, False] if not everywhere <= values else [True]

    def every_member(place: str) -> list[bool]:
        return [_expand(place) <= values]

    mechanisms = ["scc"] * len(places)
    worlds_org = [all(choice) for choice in _product([site(p) for p in places])]
    org = _transfers(places, mechanisms, "international-organisation")
    assert _verdict({"every": "data.transfers", "where": inside}, org) == _three(worlds_org)
    worlds_open = [all(choice) for choice in _product([site(p) + every_member(p) for p in places])]
    silent = _transfers(places, mechanisms, None)
    assert _verdict({"every": "data.transfers", "where": inside}, silent) == _three(worlds_open)


def _product(options: list[list[bool]]) -> list[tuple[bool, ...]]:
    from itertools import product

    return list(product(*options))


def test_nato_as_an_organisation() -> None:
    """The audit contracts' case: NATO as an international organisation against the EEA."""
    eea = {"fact": "destination", "in": ["EEA"]}
    for recipient, expected in (
        ("international-organisation", "unknown"),
        ("public-authority", "false"),
        (None, "unknown"),
    ):
        data = _transfers(["NATO"], ["scc"], recipient)
        assert _verdict({"every": "data.transfers", "where": eea}, data) == expected, recipient
    site = _transfers(["BE"], ["scc"], "international-organisation")
    assert _verdict({"every": "data.transfers", "where": eea}, site) == "true"
    anywhere = {"every": "data.transfers", "where": {"fact": "destination", "in": ["ANYWHERE"]}}
    org = _transfers(["NATO"], ["scc"], "international-organisation")
    assert _verdict(anywhere, org) == "true"
    equals = {"every": "data.transfers", "where": {"fact": "destination", "equals": "BE"}}
    assert _verdict(equals, org) == "unknown"


def test_a_list_read_of_a_destination_is_refused() -> None:
    """How a group in a transfer's destination is read depends on the transfer's recipient
    kind, so the compiler refuses a list read of the destinations through ``[*]``."""
    import pytest
    from conftest import compile_condition

    from compliance.core.errors import PackError

    with pytest.raises(PackError, match="recipient_kind"):
        compile_condition({"fact": "data.transfers[*].destination", "none_of": ["US"]})
