"""Tests for compliance.facts.jurisdictions: country codes, aliases and dated groups."""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import compliance.facts.jurisdictions as jur
from compliance.facts.jurisdictions import UnknownJurisdiction

DATA_FILE = Path(jur.__file__).parent.parent / "data" / "jurisdictions.json"
RAW: dict[str, Any] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
AS_OF = date(2026, 11, 27)


def _codes(text: str) -> set[str]:
    return set(text.split())


EU27 = _codes("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK")
NATO32 = _codes(
    "AL BE BG CA CZ DE DK EE ES FI FR GB GR HR HU IS IT LT LU LV ME MK NL NO PL PT RO SE SI "
    "SK TR US"
)


# ---------------------------------------------------------------- loading


def test_data_is_loaded_lazily_not_at_import() -> None:
    # A fresh interpreter: importing the module must not read the data or import difflib.
    script = (
        "import sys\n"
        "import compliance.facts.jurisdictions as j\n"
        "assert j._data.cache_info().currsize == 0\n"
        "assert 'difflib' not in sys.modules\n"
        "assert j.is_country('DE')\n"
        "assert j._data.cache_info().currsize == 1\n"
    )
    root = str(Path(jur.__file__).resolve().parent.parent.parent)
    env = {**os.environ, "PYTHONPATH": root}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_data_version_and_note() -> None:
    assert RAW["version"] == RAW["as_of"] == "2026-11-27"
    assert jur.data_version() == "2026-11-27"
    assert "change" in RAW["note"]


# ---------------------------------------------------------------- countries


def test_all_iso_codes_plus_kosovo() -> None:
    codes = jur.countries()
    assert len(codes) == 250
    assert codes == sorted(codes)
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert RAW["countries"]["XK"]["user_assigned"] is True
    user_assigned = [c for c, e in RAW["countries"].items() if e.get("user_assigned")]
    assert user_assigned == ["XK"]
    for code in ("DE", "US", "GB", "GR", "CH", "JP", "AQ", "XK"):
        assert jur.is_country(code)
    for code in ("UK", "EL", "EU", "XX", "DEU", ""):
        assert not jur.is_country(code)


def test_no_is_norway_not_a_boolean() -> None:
    assert RAW["countries"]["NO"]["name"] == "Norway"
    assert jur.is_country("NO")
    assert jur.name("NO") == "Norway"
    assert jur.normalise("no") == "NO"
    assert jur.expand("NO", AS_OF) == frozenset({"NO"})
    assert "NO" in jur.members("NATO", AS_OF)


def test_boolean_false_suggests_norway() -> None:
    with pytest.raises(UnknownJurisdiction) as info:
        jur.normalise(False)  # type: ignore[arg-type]
    assert info.value.suggestion == "NO"
    assert "YAML" in str(info.value)


def test_names() -> None:
    assert jur.name("DE") == "Germany"
    assert jur.name(" gb ") == "United Kingdom"
    assert jur.name("UK") == "United Kingdom"
    assert jur.name("EL") == "Greece"
    assert jur.name("XK") == "Kosovo"
    assert jur.name("NATO") == "North Atlantic Treaty Organization"
    assert jur.name("EU") == "European Union"


# ---------------------------------------------------------------- normalise, aliases


@pytest.mark.parametrize(
    ("given_", "expected"),
    [
        ("DE", "DE"),
        (" de ", "DE"),
        ("NATO ", "NATO"),
        ("Nato", "NATO"),
        ("eu-adequacy", "EU-ADEQUACY"),
        ("five-eyes", "FIVE-EYES"),
        ("UK", "GB"),
        ("uk", "GB"),
        ("EL", "GR"),
        ("xk", "XK"),
    ],
)
def test_normalise(given_: str, expected: str) -> None:
    assert jur.normalise(given_) == expected


def test_aliases_are_accepted_but_reported() -> None:
    assert jur.aliases() == {"EL": "GR", "UK": "GB"}
    assert jur.is_alias("uk") and jur.is_alias("EL")
    assert not jur.is_alias("GB")
    resolution = jur.resolve(" uk")
    assert resolution.code == "GB"
    assert resolution.alias == "UK"
    assert resolution.given == " uk"
    assert resolution.warning is not None and "GB" in resolution.warning
    plain = jur.resolve("GB")
    assert plain.alias is None and plain.warning is None
    assert jur.expand("UK", AS_OF) == frozenset({"GB"})


@pytest.mark.parametrize(
    ("given_", "suggestion"),
    [
        ("Germny", "DE"),
        ("Germany", "DE"),
        ("EUR", "EU"),
        ("European Union", "EU"),
        ("NAT", "NATO"),
        ("FIVE EYES", "FIVE-EYES"),
        ("FIVE_EYES", "FIVE-EYES"),
        ("Norway", "NO"),
        ("Switzerland", "CH"),
        ("DEU", "DE"),
        ("UKR", "UA"),
        ("South Korea", "KR"),
    ],
)
def test_unknown_values_raise_with_suggestion(given_: str, suggestion: str) -> None:
    with pytest.raises(UnknownJurisdiction) as info:
        jur.normalise(given_)
    assert isinstance(info.value, ValueError)
    assert info.value.suggestion == suggestion
    assert repr(suggestion) in str(info.value)


@pytest.mark.parametrize("value", ["XX", "ZZ", "", "   ", "US of A", "12"])
def test_unknown_values_without_suggestion(value: str) -> None:
    with pytest.raises(UnknownJurisdiction) as info:
        jur.normalise(value)
    assert info.value.suggestion is None
    assert not jur.is_known(value)


def test_is_known() -> None:
    for code in ("DE", "uk", "EL", "EU", "nato", "XK"):
        assert jur.is_known(code)
    for code in ("EUR", "XX", "Germany"):
        assert not jur.is_known(code)
    assert not jur.is_known(None)  # type: ignore[arg-type]


def test_unknown_raises_everywhere() -> None:
    for call in (
        lambda: jur.expand("XX", AS_OF),
        lambda: jur.members("NATOO", AS_OF),
        lambda: jur.name("XX"),
        lambda: jur.group_info("XX"),
        lambda: jur.partial_note("EU-ADEQUACY", "XX"),
    ):
        with pytest.raises(UnknownJurisdiction):
            call()


def test_members_of_a_country_is_an_error() -> None:
    with pytest.raises(ValueError, match="not a group"):
        jur.members("DE", AS_OF)


# ---------------------------------------------------------------- groups and dates


def test_groups_listed() -> None:
    assert jur.groups() == ["ANYWHERE", "EEA", "EFTA", "EU", "EU-ADEQUACY", "FIVE-EYES", "NATO"]
    for gid in jur.groups():
        assert jur.is_group(gid) and not jur.is_country(gid)


def test_nato_counts() -> None:
    assert len(jur.members("NATO", date(2023, 4, 3))) == 30
    assert len(jur.members("NATO", date(2023, 4, 4))) == 31
    assert "FI" in jur.members("NATO", date(2023, 4, 4))
    assert "SE" not in jur.members("NATO", date(2024, 3, 6))
    assert len(jur.members("NATO", date(2024, 3, 7))) == 32
    assert jur.members("NATO", AS_OF) == NATO32
    assert len(jur.members("NATO", date(1949, 8, 24))) == 12
    assert jur.members("NATO", date(1949, 8, 23)) == frozenset()
    assert "DE" not in jur.members("NATO", date(1955, 5, 5))
    assert "DE" in jur.members("NATO", date(1955, 5, 6))


def test_eu_counts_and_brexit() -> None:
    assert len(jur.members("EU", date(2020, 1, 31))) == 28
    assert "GB" in jur.members("EU", date(2020, 1, 31))
    assert len(jur.members("EU", date(2020, 2, 1))) == 27
    assert jur.members("EU", AS_OF) == EU27
    assert jur.members("EU", date(1958, 1, 1)) == {"BE", "DE", "FR", "IT", "LU", "NL"}
    assert len(jur.members("EU", date(1973, 1, 1))) == 9
    assert len(jur.members("EU", date(1995, 1, 1))) == 15
    assert len(jur.members("EU", date(2004, 5, 1))) == 25
    assert len(jur.members("EU", date(2007, 1, 1))) == 27
    assert len(jur.members("EU", date(2013, 7, 1))) == 28
    assert "HR" not in jur.members("EU", date(2013, 6, 30))


def test_eea() -> None:
    today = jur.members("EEA", AS_OF)
    assert today == EU27 | {"IS", "LI", "NO"}
    assert "NO" in today and "CH" not in today
    assert jur.members("EEA", date(1993, 12, 31)) == frozenset()
    assert "GB" in jur.members("EEA", date(2020, 12, 31))
    assert "GB" not in jur.members("EEA", date(2021, 1, 1))
    assert "HR" not in jur.members("EEA", date(2014, 4, 11))
    assert "HR" in jur.members("EEA", date(2014, 4, 12))
    assert "LI" not in jur.members("EEA", date(1995, 4, 30))
    assert "LI" in jur.members("EEA", date(1995, 5, 1))
    assert "CH" not in jur.members("EEA", date(1994, 1, 1))


def test_efta_and_five_eyes() -> None:
    assert jur.members("EFTA", AS_OF) == {"CH", "IS", "LI", "NO"}
    assert jur.members("FIVE-EYES", AS_OF) == {"AU", "CA", "GB", "NZ", "US"}
    assert "intelligence" in jur.group_info("FIVE-EYES")["description"]


def test_adequacy() -> None:
    today = jur.members("EU-ADEQUACY", AS_OF)
    expected = _codes("AD AR BR CA CH FO GB GG IL IM JE JP KR NZ US UY")
    assert today == expected
    assert not today & (EU27 | {"IS", "LI", "NO"})  # EEA states are not third countries
    assert "JP" not in jur.members("EU-ADEQUACY", date(2019, 1, 22))
    assert "JP" in jur.members("EU-ADEQUACY", date(2019, 1, 23))
    assert "KR" in jur.members("EU-ADEQUACY", date(2021, 12, 17))
    assert "GB" in jur.members("EU-ADEQUACY", date(2021, 6, 28))
    assert "US" not in jur.members("EU-ADEQUACY", date(2023, 7, 9))
    assert "US" in jur.members("EU-ADEQUACY", date(2023, 7, 10))
    assert "BR" not in jur.members("EU-ADEQUACY", date(2026, 1, 25))
    assert "BR" in jur.members("EU-ADEQUACY", date(2026, 1, 26))
    assert "US" not in jur.members("EU-ADEQUACY", date(2021, 1, 1))  # after Schrems II


def test_partial_notes() -> None:
    assert jur.partial_note("EU-ADEQUACY", "CA") == "commercial organisations subject to PIPEDA"
    us = jur.partial_note("EU-ADEQUACY", "US")
    assert us == "only organisations certified under the EU-US Data Privacy Framework"
    assert "Privacy Shield" in (jur.partial_note("EU-ADEQUACY", "US", date(2018, 1, 1)) or "")
    assert jur.partial_note("EU-ADEQUACY", "US", date(2021, 1, 1)) is None
    assert jur.partial_note("EU-ADEQUACY", "CH") is None
    assert jur.partial_note("NATO", "DE") is None
    assert jur.partial_note("EU-ADEQUACY", "uk") == jur.partial_note("EU-ADEQUACY", "GB")


def test_group_info() -> None:
    info = jur.group_info("eu-adequacy")
    assert info["id"] == "EU-ADEQUACY"
    assert info["partial"]["CA"] == "commercial organisations subject to PIPEDA"
    assert "DE" not in info["partial"]
    assert jur.group_info("EEA")["description"].count("2014-04-12") == 1
    official = {
        "EU": "europa.eu",
        "EEA": "efta.int",
        "EFTA": "efta.int",
        "NATO": "nato.int",
        "EU-ADEQUACY": "commission.europa.eu",
    }
    for gid in jur.groups():
        info = jur.group_info(gid)
        assert info["source"].startswith("https://")
        assert info["name"] and len(info["description"]) > 40
        if gid in official:
            assert official[gid] in info["source"]


def test_expand() -> None:
    assert jur.expand("de", AS_OF) == frozenset({"DE"})
    assert jur.expand("NATO", AS_OF) == jur.members("NATO", AS_OF)
    assert isinstance(jur.expand("EU", AS_OF), frozenset)
    assert jur.expand("EU", datetime(2020, 1, 31, 23, 59)) == jur.members("EU", date(2020, 1, 31))
    with pytest.raises(TypeError):
        jur.expand("EU", "2020-01-31")  # type: ignore[arg-type]


# ---------------------------------------------------------------- data integrity


def _entries() -> list[tuple[str, dict[str, Any]]]:
    return [
        (gid, m) for gid, g in RAW["groups"].items() if g["members"] != "*" for m in g["members"]
    ]


def test_every_member_is_a_known_country_and_dates_are_ordered() -> None:
    known = set(jur.countries())
    for gid, member in _entries():
        assert member["country"] in known, (gid, member)
        assert set(member) <= {"country", "from", "until", "partial", "decision"}, member
        start = date.fromisoformat(member["from"])
        if "until" in member:
            assert start < date.fromisoformat(member["until"]), (gid, member)


def test_member_periods_do_not_overlap() -> None:
    periods: dict[tuple[str, str], list[tuple[date, date]]] = {}
    for gid, member in _entries():
        start = date.fromisoformat(member["from"])
        end = date.fromisoformat(member.get("until", "9999-12-31"))
        periods.setdefault((gid, member["country"]), []).append((start, end))
    for key, spans in periods.items():
        spans.sort()
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end < start, key


def test_every_group_has_required_fields() -> None:
    for gid, group in RAW["groups"].items():
        assert {"name", "description", "source", "members"} <= set(group), gid
        assert group["members"], gid


def test_bad_data_is_rejected() -> None:
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    raw["groups"]["NATO"]["members"].append({"country": "ZZ", "from": "2025-01-01"})
    with pytest.raises(ValueError, match="unknown country"):
        jur._build(raw)
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    raw["groups"]["NATO"]["members"].append(
        {"country": "AT", "from": "2025-01-01", "until": "2025-01-01"}
    )
    with pytest.raises(ValueError, match="not after"):
        jur._build(raw)
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    raw["groups"]["NATO"]["members"].append(
        {"country": "NO", "from": "1950-01-01", "until": "1960-01-01"}
    )
    with pytest.raises(ValueError, match="overlapping"):
        jur._build(raw)


# ---------------------------------------------------------------- properties

DATES = st.dates(min_value=date(1940, 1, 1), max_value=date(2040, 12, 31))
GROUPS = st.sampled_from(sorted(RAW["groups"]))


@settings(deadline=None, derandomize=True)
@given(group=GROUPS, on=DATES)
def test_members_are_known_countries(group: str, on: date) -> None:
    found = jur.members(group, on)
    assert found <= set(jur.countries())
    assert jur.expand(group, on) == found
    for country in found:
        assert jur.expand(country, on) == {country}


@settings(deadline=None, derandomize=True)
@given(entry=st.sampled_from(_entries()), data=st.data())
def test_membership_holds_throughout_each_interval(
    entry: tuple[str, dict[str, Any]], data: Any
) -> None:
    gid, member = entry
    start = date.fromisoformat(member["from"])
    end = date.fromisoformat(member["until"]) if "until" in member else date(2040, 12, 31)
    first = data.draw(st.dates(min_value=start, max_value=end))
    second = data.draw(st.dates(min_value=first, max_value=end))
    assert member["country"] in jur.members(gid, first)
    assert member["country"] in jur.members(gid, second)
    # and not the day before it began, unless another period of the same country covers it
    before = start - timedelta(days=1)
    covered = any(
        g == gid
        and m["country"] == member["country"]
        and date.fromisoformat(m["from"]) <= before
        and ("until" not in m or before <= date.fromisoformat(m["until"]))
        for g, m in _entries()
    )
    assert (member["country"] in jur.members(gid, before)) == covered


@settings(deadline=None, derandomize=True)
@given(text=st.text(max_size=12))
def test_normalise_is_total_and_idempotent(text: str) -> None:
    try:
        code = jur.normalise(text)
    except UnknownJurisdiction as exc:
        assert not jur.is_known(text)
        assert exc.suggestion is None or jur.is_known(exc.suggestion)
    else:
        assert jur.is_known(text)
        assert jur.normalise(code) == code
        assert jur.is_country(code) or jur.is_group(code)


# ---------------------------------------------------------------- ANYWHERE


def test_anywhere_is_every_country_on_any_day() -> None:
    for day in (date(1950, 1, 1), AS_OF, date(2099, 12, 31)):
        assert jur.members("ANYWHERE", day) == frozenset(jur.countries())
    assert jur.unrestricted("anywhere") and not jur.unrestricted("EU")
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    raw["groups"]["NATO"]["members"] = "*"
    with pytest.raises(ValueError, match="only ANYWHERE"):
        jur._build(raw)


_PLACES = st.lists(
    st.sampled_from(["DE", "FR", "US", "IN", "CN", "NO", "EU", "EEA", "NATO", "EU-ADEQUACY"]),
    min_size=1,
    max_size=4,
)


def _verdict(condition: dict[str, Any], data: dict[str, Any]) -> str:
    """``condition`` compiled and evaluated on the contract ``data``: true, false or
    unknown."""
    from conftest import compile_condition

    from compliance.contracts.load import build_contract
    from compliance.document.loader import parse_text
    from compliance.engine import conditions as engine
    from compliance.engine.build import build_node
    from compliance.engine.truth import FALSE, TRUE

    doc = build_contract(
        parse_text(json.dumps({"id": "c", "title": "c", **data}), "c.json", json=True), "c.json"
    )
    node = build_node(compile_condition(condition), "t", {}, [])
    value, _, _ = node.evaluate(engine.Ctx(AS_OF), doc.facts, "")
    return "true" if value == TRUE else "false" if value == FALSE else "unknown"


@settings(max_examples=60)
@given(_PLACES, st.booleans())
def test_anywhere_lies_outside_every_list_narrower_than_everywhere(
    allowed: list[str], complete: bool
) -> None:
    """A place stated as ANYWHERE is outside any allowed list that does not hold every
    country (false, never unknown, open list or not), inside one that names ANYWHERE, and
    overlaps every place (``any_of`` true, ``none_of`` false). A sub-processor that may
    process anywhere is read as one processing in each country: some of them in an
    allowed list (``some ... in``), not all of them (``every ... in``)."""
    locations = {
        "data": {"personnel": {"locations": {"items": ["ANYWHERE"], "complete": complete}}}
    }
    subprocessor = {
        "data": {"sub_processors": {"list": {"items": [{"country": "ANYWHERE"}], "complete": True}}}
    }
    path = "data.personnel.locations"
    assert _verdict({"fact": path, "subset_of": allowed}, locations) == "false"
    assert _verdict({"fact": path, "any_of": allowed}, locations) == "true"
    assert _verdict({"fact": path, "none_of": allowed}, locations) == "false"
    wider = {"fact": path, "subset_of": [*allowed, "ANYWHERE"]}
    assert _verdict(wider, locations) == ("true" if complete else "unknown")
    inside = {"some": "data.sub_processors.list", "where": {"fact": "country", "in": allowed}}
    assert _verdict(inside, subprocessor) == "true"
    everywhere = {"every": "data.sub_processors.list", "where": {"fact": "country", "in": allowed}}
    assert _verdict(everywhere, subprocessor) == "false"
