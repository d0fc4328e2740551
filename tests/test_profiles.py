"""Profiles through the real CLI: pack selection, parameters, and precedence."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import AS_OF, CONTRACTS, cli

PENTAGON = str(CONTRACTS / "pentagon-openai-2026.yaml")

#: us-defence's allowed places: the 50 States and DC (US) and the outlying areas that FAR
#: 2.101 defines, where DFARS 252.239-7010(b)(3) lets Government data be kept.
US_AND_OUTLYING_AREAS = ["US", "PR", "GU", "VI", "AS", "MP", "UM"]


def header(*args: str) -> dict:
    run = cli("check", PENTAGON, "--format", "json", "--as-of", AS_OF, "--fail-on", "never", *args)
    assert run.code == 0, run.err
    return json.loads(run.out)["header"]


def params(head: dict, pack: str) -> dict:
    return next(p["parameters"] for p in head["packs"] if p["id"] == pack)


def test_profile_selects_packs_and_parameters() -> None:
    head = header("--profile", "us-defence")
    assert head["profile"] == "us-defence"
    assert [p["id"] for p in head["packs"]] == [
        "no-mass-surveillance",
        "no-autonomous-weapons",
        "data-residency",
    ]
    assert params(head, "data-residency")["allowed_jurisdictions"] == US_AND_OUTLYING_AREAS


def test_precedence_set_over_profile_over_defaults() -> None:
    default = params(header(), "data-residency")
    profiled = params(header("--profile", "us-defence"), "data-residency")
    both = params(
        header("--profile", "us-defence", "--set", 'data-residency.allowed_jurisdictions=["CA"]'),
        "data-residency",
    )
    # The EEA with the outermost regions and Aland (TFEU Arts 349, 355(1), (4)).
    assert default["allowed_jurisdictions"] == ["EEA", "GF", "GP", "MQ", "YT", "RE", "MF", "AX"]
    assert profiled["allowed_jurisdictions"] == US_AND_OUTLYING_AREAS
    assert both["allowed_jurisdictions"] == ["CA"]
    # A value the profile sets and --set does not touch keeps the profile's value.
    assert both["required_certifications"] == ["dod-il6"] != default["required_certifications"]


def test_pack_option_replaces_the_profile_packs() -> None:
    head = header("--profile", "us-defence", "--pack", "no-mass-surveillance")
    assert [p["id"] for p in head["packs"]] == ["no-mass-surveillance"]


def test_profile_changes_verdicts() -> None:
    run = cli(
        "check",
        str(CONTRACTS / "model-contract.yaml"),
        "--format",
        "json",
        "--as-of",
        AS_OF,
        "--profile",
        "us-defence",
        "--fail-on",
        "never",
    )
    results = {r["id"]: r["status"] for r in json.loads(run.out)["contracts"][0]["results"]}
    # The model contract keeps its data in Germany: a US-only profile fails it.
    assert results["data-residency/data-locations"] == "fail"
    default = cli(
        "check", str(CONTRACTS / "model-contract.yaml"), "--format", "json", "--as-of", AS_OF
    )
    results = {r["id"]: r["status"] for r in json.loads(default.out)["contracts"][0]["results"]}
    assert results["data-residency/data-locations"] == "pass"


def test_profile_file_and_errors(tmp_path: Path) -> None:
    profile = tmp_path / "mine.yaml"
    profile.write_text(
        "id: mine\ntitle: Mine\ndescription: Test.\npacks: [data-residency]\n"
        "parameters:\n  data-residency: {allowed_jurisdictions: [NO]}\n"
    )
    head = header("--profile", str(profile))
    assert head["profile"] == "mine"
    assert params(head, "data-residency")["allowed_jurisdictions"] == ["NO"]
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: bad\ntitle: Bad\ndescription: Test.\npacks: [data-residency]\n"
        "parameters:\n  data-residency: {allowed_jurisdiction: [NO]}\n"
    )
    run = cli("check", PENTAGON, "--profile", str(bad), "--as-of", AS_OF)
    assert run.code == 2
    assert "no parameter 'allowed_jurisdiction'" in run.err
    assert "did you mean 'allowed_jurisdictions'" in run.err
    run = cli("check", PENTAGON, "--profile", "alliance", "--as-of", AS_OF)
    assert run.code == 2 and "did you mean 'alliance-unclassified'" in run.err


def test_profiles_command_lists_builtins() -> None:
    run = cli("profiles", "--format", "json")
    ids = [p["id"] for p in json.loads(run.out)["profiles"]]
    assert ids == ["alliance-unclassified", "eu-public-sector", "us-defence"]
    for ident in ids:
        assert header("--profile", ident)["profile"] == ident
