"""compliance nations: national sovereignty profiles, and which nations' rules a deal meets
(through the real command line)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import ROOT, cli
from hypothesis import given
from hypothesis import strategies as st

from compliance.facts import jurisdictions
from compliance.nations.profiles import (
    CONFIDENCES,
    FIELDS,
    TRUSTED,
    Instrument,
    NationalField,
    NationProfile,
    load_profiles,
    usable,
)

DATA = Path("tests") / "data" / "nations"
FR_DEAL = str(DATA / "fr-sovereign.yaml")
US_DEAL = str(DATA / "us-commercial.yaml")
AS_OF = "2026-11-27"


def matrix(*args: str) -> dict[str, Any]:
    run = cli("nations", "check", *args, "--format", "json")
    assert run.code == 0, run.err
    data: dict[str, Any] = json.loads(run.out)
    return data


def verdicts(report: dict[str, Any], deal: int = 0) -> dict[str, str]:
    return {n["nation"]: n["status"] for n in report["deals"][deal]["nations"]}


def nation(report: dict[str, Any], code: str, deal: int = 0) -> dict[str, Any]:
    found: dict[str, Any] = next(n for n in report["deals"][deal]["nations"] if n["nation"] == code)
    return found


# --- acceptance ---------------------------------------------------------------------------------


def test_a_deal_in_france_on_secnumcloud_with_customer_keys_meets_france() -> None:
    report = matrix(FR_DEAL, "--nations", "FR", "--as-of", AS_OF)
    fr = nation(report, "FR")
    assert fr["status"] == "meets"
    assert fr["binding"]["status"] == "yes"
    assert fr["blocking"] == []
    fields = {f["field"]: f["status"] for f in fr["fields"]}
    assert fields["location"] == fields["certification"] == fields["foreign_law"] == "pass"
    assert report["deals"][0]["headline"] == "meets the rules of 1 nation, fails 0, unknown for 0"


def test_the_same_deal_on_a_us_commercial_cloud_fails_france_and_is_unknown_where_unconfirmed() -> (
    None
):
    report = matrix(US_DEAL, "--nations", "FR,PT,AL", "--as-of", AS_OF)
    assert verdicts(report) == {"AL": "unknown", "FR": "fails", "PT": "unknown"}
    fr = nation(report, "FR")
    blocking = {b["field"]: b for b in fr["blocking"]}
    assert blocking["location"]["status"] == "fail"
    assert "data-residency/data-locations" in blocking["location"]["rules"]
    assert any("data.storage[0].country" in fact for fact in blocking["location"]["facts"])
    assert blocking["foreign_law"]["rules"] == ["data-residency/foreign-law-exposure"]
    assert any("us-cloud-act" in fact for fact in blocking["foreign_law"]["facts"])
    # Portugal's location rule is from memory only: unknown, never pass or fail.
    pt = {f["field"]: f for f in nation(report, "PT")["fields"]}
    assert pt["location"]["status"] == "unknown"
    assert pt["location"]["reason"] == "national rule not confirmed"
    assert pt["location"]["rules"] == []


def test_dated_membership_changes_the_matrix() -> None:
    before = matrix(FR_DEAL, "--nations", "NATO", "--as-of", "2024-03-06")
    after = matrix(FR_DEAL, "--nations", "NATO", "--as-of", "2024-03-07")
    assert "SE" not in before["nations"] and "SE" in after["nations"]
    assert len(before["nations"]) == 31 and len(after["nations"]) == 32
    assert before["deals"][0]["headline"] != after["deals"][0]["headline"]
    # Asked about Sweden by name: the alliance acts for it only once it is a member.
    sweden_before = nation(matrix(FR_DEAL, "--nations", "SE", "--as-of", "2024-03-06"), "SE")
    sweden_after = nation(matrix(FR_DEAL, "--nations", "SE", "--as-of", "2024-03-07"), "SE")
    assert sweden_before["status"] == "not-bound"
    assert sweden_before["binding"]["status"] == "no"
    assert sweden_after["binding"]["status"] == "yes"
    assert sweden_after["status"] == "unknown"
    finland = matrix(FR_DEAL, "--nations", "NATO", "--as-of", "2023-04-03")["nations"]
    assert "FI" not in finland
    assert "FI" in matrix(FR_DEAL, "--nations", "NATO", "--as-of", "2023-04-04")["nations"]


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_output_is_deterministic_and_the_same_with_jobs(fmt: str) -> None:
    args = ("nations", "check", FR_DEAL, US_DEAL, "--nations", "NATO", "--as-of", AS_OF)
    first = cli(*args, "--format", fmt)
    again = cli(*args, "--format", fmt)
    parallel = cli(*args, "--format", fmt, "--jobs", "2")
    assert first.code == again.code == parallel.code == 0, first.err + parallel.err
    assert first.out == again.out == parallel.out
    assert "meets the rules of" in first.out.lower()


# --- formats ------------------------------------------------------------------------------------


def test_json_matches_its_schema() -> None:
    run = cli("nations", "schema")
    assert run.code == 0
    schema = json.loads(run.out)
    report = matrix(FR_DEAL, US_DEAL, "--nations", "NATO", "--as-of", AS_OF)
    jsonschema.validate(report, schema)
    counts = report["deals"][1]["counts"]
    assert sum(counts.values()) == 32
    seed = matrix("contracts/nato-openai-2026.yaml", "--nations", "NATO,EU", "--as-of", AS_OF)
    jsonschema.validate(seed, schema)
    assert any(b["field"] == "binding" for b in nation(seed, "FR")["blocking"])


def test_text_markdown_and_html_show_the_matrix() -> None:
    args = ("nations", "check", US_DEAL, "--nations", "FR,TR,PT", "--as-of", AS_OF)
    text = cli(*args).out
    assert "meets the rules of 0 nations, fails 2, unknown for 1" in text
    assert "FR France" in text and "data-residency/foreign-law-exposure" in text
    markdown = cli(*args, "--format", "markdown").out
    assert "| Nation | Verdict | Bound | Confidence | Blocking | Deciding facts |" in markdown
    assert "| FR France | ✗ fails | yes |" in markdown
    html = cli(*args, "--format", "html").out
    assert '<tr class="s-fails"><td>FR France</td>' in html
    assert '<tr class="s-unknown"><td>PT Portugal</td>' in html
    assert "<script" not in html and "Content-Security-Policy" in html


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "nations.html"
    run = cli(
        "nations",
        "check",
        FR_DEAL,
        "--nations",
        "FR",
        "--as-of",
        AS_OF,
        "-f",
        "html",
        "-o",
        str(target),
    )
    assert run.code == 0 and run.out == ""
    assert "s-meets" in target.read_text(encoding="utf-8")


def test_fail_on() -> None:
    args = ("nations", "check", US_DEAL, "--nations", "FR", "--as-of", AS_OF)
    assert cli(*args).code == 0
    assert cli(*args, "--fail-on", "fails").code == 1
    assert (
        cli(
            "nations", "check", FR_DEAL, "--nations", "FR", "--as-of", AS_OF, "--fail-on", "unknown"
        ).code
        == 0
    )


# --- binding ------------------------------------------------------------------------------------


def test_a_profile_binds_only_the_nation_whose_government_is_customer(tmp_path: Path) -> None:
    deal = yaml.safe_load((ROOT / FR_DEAL).read_text(encoding="utf-8"))
    deal["parties"]["items"][0].update(kind="defence-department", country="FR")
    path = tmp_path / "ministry.yaml"
    path.write_text(yaml.safe_dump(deal), encoding="utf-8")
    report = matrix(str(path), "--nations", "FR,DE", "--as-of", AS_OF)
    assert verdicts(report) == {"DE": "not-bound", "FR": "meets"}
    assert report["deals"][0]["headline"].endswith("not bound for 1")
    # Customer's country left open: binding unknown, and a failing nation becomes unknown.
    del deal["parties"]["items"][0]["country"]
    path.write_text(yaml.safe_dump(deal), encoding="utf-8")
    tr = nation(matrix(str(path), "--nations", "TR", "--as-of", AS_OF), "TR")
    assert tr["binding"]["status"] == "unknown"
    assert tr["status"] == "unknown"
    assert "parties[0].country" in tr["binding"]["missing"]


def test_the_seed_alliance_deal_is_unknown_everywhere() -> None:
    report = matrix("contracts/nato-openai-2026.yaml", "--nations", "NATO", "--as-of", AS_OF)
    assert set(verdicts(report).values()) == {"unknown"}
    assert report["deals"][0]["headline"] == "meets the rules of 0 members, fails 0, unknown for 32"


# --- profiles -----------------------------------------------------------------------------------


def test_every_nato_and_eu_member_has_a_profile() -> None:
    on = date(2026, 11, 27)
    wanted = jurisdictions.members("NATO", on) | jurisdictions.members("EU", on)
    profiles = load_profiles()
    assert set(profiles) == set(wanted)
    assert len(profiles) == 36
    for code in ("AL", "HR", "LV", "CY", "MT"):
        assert profiles[code].confidence == "not-researched"
        assert all(
            not usable(profiles[code], name)[0] for name in FIELDS if name != "classification"
        )


def test_no_unconfirmed_field_can_make_a_rule_pass() -> None:
    for profile in load_profiles().values():
        for name in FIELDS:
            item = profile.field(name)
            if item.confidence not in TRUSTED or item.rule in (None, "none-found"):
                assert usable(profile, name) == (False, "national rule not confirmed")


@given(
    confidence=st.sampled_from(CONFIDENCES),
    rule=st.sampled_from(["none", "none-found", "not-modelled", ("EU",), ("FR", "DE"), None]),
    cited=st.booleans(),
    url=st.booleans(),
    instrument_confidence=st.sampled_from(CONFIDENCES),
)
def test_a_field_is_relied_on_only_when_trusted_and_cited(
    confidence: str,
    rule: Any,
    cited: bool,
    url: bool,
    instrument_confidence: str,
) -> None:
    instrument = Instrument(
        "src", "A law", "Art. 1", "https://example.org" if url else None, instrument_confidence
    )
    fields = tuple(
        NationalField(
            name, rule if name == "location" else None, confidence, ("src",) if cited else ()
        )
        for name in FIELDS
    )
    profile = NationProfile(
        "FR", "France", confidence, date(2026, 1, 1), "s", "s", (instrument,), fields, "FR.yaml"
    )
    ok, reason = usable(profile, "location")
    relied = (
        confidence in TRUSTED
        and rule not in (None, "none-found", "not-modelled")
        and cited
        and url
        and instrument_confidence in TRUSTED
    )
    assert ok == relied
    if not ok and (confidence not in TRUSTED or rule in (None, "none-found")):
        assert reason == "national rule not confirmed"


def test_lint_passes_on_the_built_in_profiles() -> None:
    run = cli("nations", "lint")
    assert run.code == 0, run.out
    assert "36 national profiles, 0 errors" in run.out


def test_a_profile_without_citations_cannot_make_a_rule_pass(tmp_path: Path) -> None:
    folder = tmp_path / "nations"
    folder.mkdir()
    data = yaml.safe_load((ROOT / "rules" / "nations" / "FR.yaml").read_text(encoding="utf-8"))
    data["fields"]["location"]["cites"] = []
    (folder / "FR.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    run = cli("nations", "lint", "--profiles", str(folder))
    assert run.code == 1
    assert "FR.yaml:" in run.out and "fields.location: citations missing" in run.out
    report = matrix(FR_DEAL, "--nations", "FR", "--as-of", AS_OF, "--profiles", str(folder))
    fr = nation(report, "FR")
    assert fr["status"] == "unknown"
    location = next(f for f in fr["fields"] if f["field"] == "location")
    assert location["reason"] == "national rule not confirmed"


def test_a_broken_profile_is_a_one_line_error(tmp_path: Path) -> None:
    folder = tmp_path / "nations"
    folder.mkdir()
    shutil.copy(ROOT / "rules" / "nations" / "FR.yaml", folder / "FR.yaml")
    text = (folder / "FR.yaml").read_text(encoding="utf-8")
    (folder / "FR.yaml").write_text(text.replace("- fr-sren-31", "- fr-sren-99"), encoding="utf-8")
    run = cli("nations", "lint", "--profiles", str(folder))
    assert run.code == 2
    lines = run.err.strip().splitlines()
    assert len(lines) == 1
    assert "FR.yaml:" in lines[0] and "'fr-sren-99'" in lines[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--nations", "XX"), "--nations"),
        (("--nations", "FR,ZZZ"), "--nations"),
        (("--as-of", "yesterday"), "--as-of"),
    ],
)
def test_bad_options_are_one_line_errors(args: tuple[str, ...], message: str) -> None:
    run = cli("nations", "check", FR_DEAL, *args)
    assert run.code == 2
    assert message in run.err and len(run.err.strip().splitlines()) == 1


def test_nations_page_is_fresh(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    run = cli("docs", "--output", str(out / "rules"), "--vocabulary", str(out / "vocabulary.md"))
    assert run.code == 0, run.err
    assert (out / "nations.md").read_bytes() == (ROOT / "docs" / "nations.md").read_bytes(), (
        "docs/nations.md is stale; regenerate with: compliance docs"
    )
    page = (out / "nations.md").read_text(encoding="utf-8")
    assert "| [FR France](#fr) | NATO, EU |" in page


# --- compare and questions ----------------------------------------------------------------------


def test_compare_shows_each_deals_headline_and_the_nations_that_differ() -> None:
    run = cli(
        "nations",
        "compare",
        FR_DEAL,
        US_DEAL,
        "--nations",
        "FR,PT,TR",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    )
    assert run.code == 0, run.err
    view = json.loads(run.out)
    assert view["a"]["headline"] == "meets the rules of 1 nation, fails 1, unknown for 1"
    assert view["b"]["headline"] == "meets the rules of 0 nations, fails 2, unknown for 1"
    assert view["nations"][0] == {
        "nation": "FR",
        "name": "France",
        "a": "meets",
        "b": "fails",
        "differs": True,
    }
    assert [row["nation"] for row in view["nations"] if not row["differs"]] == ["PT", "TR"]
    text = cli("nations", "compare", FR_DEAL, US_DEAL, "--nations", "FR,PT,TR", "--as-of", AS_OF)
    assert "FR France" in text.out and "*" in text.out


def test_questions_are_ranked_by_how_many_nations_they_bear_on() -> None:
    run = cli(
        "nations",
        "questions",
        "contracts/nato-openai-2026.yaml",
        "--nations",
        "NATO",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    )
    assert run.code == 0, run.err
    (view,) = json.loads(run.out)
    counts = [q["count"] for q in view["questions"]]
    assert counts == sorted(counts, reverse=True) and counts[0] == 32
    storage = next(q for q in view["questions"] if q["path"] == "data.storage[*].country")
    assert storage["nations"] == ["FR", "IT", "TR", "US"]
    assert storage["rules"] == ["data-residency/data-locations"]
    research = {r["field"]: r for r in view["research"]}
    assert "PT" in research["location"]["nations"] and "FR" not in research["location"]["nations"]


def test_html_draws_the_members_on_a_map_coloured_by_verdict() -> None:
    outlines = json.loads((ROOT / "compliance" / "data" / "nations-map.json").read_text("utf-8"))
    assert set(outlines["countries"]) == set(load_profiles())
    assert "Natural Earth" in outlines["source"] and "public domain" in outlines["source"]
    html = cli(
        "nations", "check", US_DEAL, "--nations", "FR,PT", "--as-of", AS_OF, "-f", "html"
    ).out
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert svg.count("<title>") == 2
    assert "<title>France: fails</title>" in svg and "<title>Portugal: unknown</title>" in svg
    assert 'fill="url(#hatch)"' in svg and "<script" not in html


def test_check_nations_is_the_same_matrix_with_checks_exit_codes() -> None:
    args = (FR_DEAL, US_DEAL, "--nations", "NATO", "--as-of", AS_OF, "--format", "json")
    direct = cli("nations", "check", *args)
    via_check = cli("check", *args)
    parallel = cli("check", *args, "--jobs", "2")
    assert direct.out == via_check.out == parallel.out
    assert direct.code == 0
    assert via_check.code == parallel.code == 1  # check's --fail-on fail: a nation fails
    assert cli("check", *args, "--fail-on", "never").code == 0
    sarif = cli("check", FR_DEAL, "--nations", "FR", "--format", "sarif")
    assert sarif.code == 2 and "--nations: format 'sarif'" in sarif.err
