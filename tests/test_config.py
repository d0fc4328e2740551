"""Configuration files through the real CLI: pyproject.toml [tool.compliance] and
.compliance.yaml, precedence, relative paths, and ``compliance config``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import AS_OF, ROOT, cli

NATO = ROOT / "contracts" / "nato-openai-2026.yaml"

WAIVERS = """\
waivers:
  - rule: data-residency/audit-logging
    contract: nato-openai-2026
    justification: Logging is set out in the security annex, due with the signed contract.
    owner: procurement@example.org
    approved_by: ciso@example.org
    expires: 2027-03-31
    statuses: [unknown]
"""

PYPROJECT = """\
[project]
name = "contracts"

[tool.compliance]
packs = ["data-residency", "no-mass-surveillance"]
select = ["data-residency/*", "no-mass-surveillance/explicit-ban"]
ignore = ["data-residency/certification"]
waivers = "governance/waivers.yaml"
baseline = "governance/baseline.json"
fail-on = "unknown"
fail-on-severity = "high"
format = "json"
outputs = ["sarif:reports/compliance.sarif", "reports/compliance.json"]

[tool.compliance.parameters.data-residency]
allowed_jurisdictions = ["EEA", "NO"]
"""

FLAGS = [
    "--pack",
    "data-residency",
    "--pack",
    "no-mass-surveillance",
    "--select",
    "data-residency/*",
    "--select",
    "no-mass-surveillance/explicit-ban",
    "--ignore",
    "data-residency/certification",
    "--waivers",
    "governance/waivers.yaml",
    "--baseline",
    "governance/baseline.json",
    "--fail-on",
    "unknown",
    "--fail-on-severity",
    "high",
    "--format",
    "json",
    "-o",
    "sarif:reports/compliance.sarif",
    "-o",
    "reports/compliance.json",
    "--set",
    'data-residency.allowed_jurisdictions=["EEA", "NO"]',
]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with a contract, a waiver file and a baseline (made from the contract
    before it stated one more failure)."""
    (tmp_path / "contracts").mkdir()
    (tmp_path / "governance").mkdir()
    (tmp_path / "reports").mkdir()
    contract = tmp_path / "contracts" / "nato.yaml"
    shutil.copy(NATO, contract)
    (tmp_path / "governance" / "waivers.yaml").write_text(WAIVERS)
    made = cli(
        "check",
        "contracts/nato.yaml",
        "--as-of",
        AS_OF,
        "--fail-on",
        "never",
        "-o",
        "json:governance/baseline.json",
        cwd=tmp_path,
    )
    assert made.code == 0, made.err
    contract.write_text(contract.read_text() + "\ndata:\n  locations_restricted: false\n")
    return tmp_path


def reports(repo: Path) -> dict[str, bytes]:
    """The report files of a run (removed, so that the next run writes its own)."""
    out = {}
    for name in ("compliance.sarif", "compliance.json"):
        path = repo / "reports" / name
        out[name] = path.read_bytes()
        path.unlink()
    return out


def test_pyproject_and_flags_give_byte_identical_reports(repo: Path) -> None:
    by_flags = cli(
        "check", "contracts/nato.yaml", "--as-of", AS_OF, "--no-config", *FLAGS, cwd=repo
    )
    from_flags = reports(repo)
    (repo / "pyproject.toml").write_text(PYPROJECT)
    by_file = cli("check", "contracts/nato.yaml", "--as-of", AS_OF, cwd=repo)
    assert reports(repo) == from_flags
    assert by_file.out == by_flags.out == ""  # -o: nothing on standard output
    assert by_file.err == by_flags.err
    assert by_file.code == by_flags.code == 1  # one new failure, of high severity
    report = json.loads(from_flags["compliance.json"])
    header = report["header"]
    assert header["select"] == ["data-residency/*", "no-mass-surveillance/explicit-ban"]
    assert header["waivers"] == "governance/waivers.yaml"
    assert header["baseline"]["path"] == "governance/baseline.json"
    assert header["baseline"]["counts"]["worse"] == 1
    params = next(p["parameters"] for p in header["packs"] if p["id"] == "data-residency")
    assert params["allowed_jurisdictions"] == ["EEA", "NO"]
    waived = [r for c in report["contracts"] for r in c["results"] if r["status"] == "waived"]
    assert [r["id"] for r in waived] == ["data-residency/audit-logging"]


def test_the_same_through_compliance_yaml(repo: Path) -> None:
    by_flags = cli(
        "check", "contracts/nato.yaml", "--as-of", AS_OF, "--no-config", *FLAGS, cwd=repo
    )
    yaml = """\
packs: [data-residency, no-mass-surveillance]
select: [data-residency/*, no-mass-surveillance/explicit-ban]
ignore: [data-residency/certification]
waivers: governance/waivers.yaml
baseline: governance/baseline.json
fail-on: unknown
fail-on-severity: high
format: json
outputs: ["sarif:reports/compliance.sarif", reports/compliance.json]
parameters:
  data-residency:
    allowed_jurisdictions: [EEA, "NO"]
"""
    from_flags = reports(repo)
    (repo / ".compliance.yaml").write_text(yaml)
    by_file = cli("check", "contracts/nato.yaml", "--as-of", AS_OF, cwd=repo)
    assert reports(repo) == from_flags
    assert by_file.err == by_flags.err and by_file.code == by_flags.code


def test_relative_paths_resolve_against_the_config_folder(repo: Path) -> None:
    (repo / ".compliance.yaml").write_text(
        "paths: [contracts/nato.yaml]\nwaivers: governance/waivers.yaml\nformat: json\n"
        "select: [data-residency/audit-logging]\n"
    )
    elsewhere = repo / "governance"
    run = cli("check", "--as-of", AS_OF, cwd=elsewhere)  # no PATH: the config's paths
    assert run.code == 0, run.err
    report = json.loads(run.out)
    # Shown from the current folder: relative below it, absolute outside it.
    assert report["header"]["waivers"] == "waivers.yaml"
    assert report["contracts"][0]["path"] == str(repo / "contracts" / "nato.yaml")
    assert report["contracts"][0]["results"][0]["status"] == "waived"


def test_the_command_line_wins_and_replaces_lists(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(PYPROJECT)
    run = cli(
        "check",
        "contracts/nato.yaml",
        "--as-of",
        AS_OF,
        "--select",
        "no-mass-surveillance/*",
        "--select",
        "data-residency/data-locations",
        "--fail-on",
        "never",
        "--set",
        "data-residency.residency_required=false",
        "-o",
        "json:reports/out.json",
        cwd=repo,
    )
    assert run.code == 0, run.err
    assert not (repo / "reports" / "compliance.sarif").exists()  # -o replaced outputs
    header = json.loads((repo / "reports" / "out.json").read_text())["header"]
    assert header["select"] == ["no-mass-surveillance/*", "data-residency/data-locations"]
    assert header["ignore"] == ["data-residency/certification"]  # kept from the file
    params = next(p["parameters"] for p in header["packs"] if p["id"] == "data-residency")
    assert params["allowed_jurisdictions"] == ["EEA", "NO"]  # from the file
    assert params["residency_required"] is False  # from --set, merged


def test_compliance_config_shows_each_value_and_its_origin(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(PYPROJECT)
    run = cli("config", "--fail-on", "fail", "--json", cwd=repo)
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["config_file"] == "pyproject.toml"
    settings = data["settings"]
    assert settings["packs"] == {
        "value": ["data-residency", "no-mass-surveillance"],
        "origin": "pyproject.toml:5",
    }
    assert settings["fail-on"] == {"value": "fail", "origin": "command line"}
    assert settings["fail-on-severity"]["origin"] == "pyproject.toml:11"
    assert settings["parameters"]["origin"] == "pyproject.toml:15"
    assert settings["outputs"]["value"] == [
        "sarif:reports/compliance.sarif",
        "reports/compliance.json",
    ]
    assert settings["redact"] == {"value": False, "origin": "default"}
    text = cli("config", cwd=repo / "contracts").out
    assert text.splitlines()[0] == f"configuration file: {repo / 'pyproject.toml'}"
    assert 'waivers           "' + str(repo / "governance" / "waivers.yaml") in text
    assert "(pyproject.toml:8)" not in text and f"({repo / 'pyproject.toml'}:8)" in text
    none = cli("config", "--no-config", cwd=repo)
    assert none.out.splitlines()[0] == "configuration file: none"
    assert "(default)" in none.out and "pyproject" not in none.out


def test_a_pyproject_without_the_table_is_passed_over(repo: Path) -> None:
    (repo / "contracts" / "pyproject.toml").write_text("[tool.black]\nline-length = 99\n")
    (repo / ".compliance.yaml").write_text("fail-on: never\n")
    run = cli("config", "--json", cwd=repo / "contracts")
    assert json.loads(run.out)["config_file"] == str(repo / ".compliance.yaml")
    named = cli("config", "--config", "pyproject.toml", cwd=repo / "contracts")
    assert named.code == 2 and "no [tool.compliance] table" in named.err


@pytest.mark.parametrize(
    ("name", "text", "error"),
    [
        (
            "pyproject.toml",
            '[tool.compliance]\nfail_on = "unknown"\n',
            "pyproject.toml:2:1: unknown field 'fail_on'; did you mean 'fail-on'?",
        ),
        ("pyproject.toml", '[tool.compliance]\nselect = "a/*"\n', "pyproject.toml:2:1: select:"),
        (
            "pyproject.toml",
            '[tool.compliance]\nselect = ["a/*"\n',
            "pyproject.toml: TOML syntax error",
        ),
        (
            "pyproject.toml",
            '[tool.compliance]\nas-of = "2026-01-01"\n',
            "pyproject.toml:2:1: unknown field 'as-of'",
        ),
        (".compliance.yaml", "format: pdf\n", ".compliance.yaml:1:9: format:"),
        (".compliance.yaml", "packs: no-mass-surveillance\n", ".compliance.yaml:1:8: packs:"),
    ],
)
def test_a_bad_configuration_is_exit_2_with_a_position(
    tmp_path: Path, name: str, text: str, error: str
) -> None:
    (tmp_path / name).write_text(text)
    run = cli("check", str(NATO), cwd=tmp_path)
    assert run.code == 2
    assert run.err.startswith(error), run.err
    assert run.err.count("\n") == 1


def test_two_configurations_in_one_folder_are_an_error(tmp_path: Path) -> None:
    (tmp_path / ".compliance.yaml").write_text("fail-on: never\n")
    (tmp_path / "pyproject.toml").write_text('[tool.compliance]\nfail-on = "fail"\n')
    run = cli("check", str(NATO), cwd=tmp_path)
    assert run.code == 2
    assert "both .compliance.yaml and pyproject.toml [tool.compliance]" in run.err
    assert cli("check", str(NATO), "--no-config", "--as-of", AS_OF, cwd=tmp_path).code == 0


@pytest.mark.parametrize("kind", ["folder", "dangling-link"])
def test_a_configuration_that_is_no_file_is_an_error_not_skipped(tmp_path: Path, kind: str) -> None:
    """A .compliance.yaml that is a folder or a link to nothing configures nothing: the run
    stops (exit 2) instead of skipping it for the configuration of a folder further up (here
    one that would make every verdict pass the gate) or running unconfigured."""
    (tmp_path / ".compliance.yaml").write_text("fail-on: never\n")
    work = tmp_path / "work"
    work.mkdir()
    if kind == "folder":
        (work / ".compliance.yaml").mkdir()
        said = ".compliance.yaml: is a folder, so it configures nothing"
    else:
        (work / ".compliance.yaml").symlink_to(work / "nowhere.yaml")
        said = ".compliance.yaml: is a link to nothing, so it configures nothing"
    run = cli("check", str(NATO), "--as-of", AS_OF, cwd=work)
    assert run.code == 2, run.err
    assert run.err.startswith(said) and run.err.count("\n") == 1, run.err
    assert cli("check", str(NATO), "--no-config", "--as-of", AS_OF, cwd=work).code in (0, 1)


def test_no_path_and_no_configured_paths_is_an_error(tmp_path: Path) -> None:
    run = cli("check", cwd=tmp_path)
    assert run.code == 2
    assert "no PATH given" in run.err


def test_the_configuration_knows_every_format_and_option() -> None:
    from typing import get_args

    from compliance.cli.options import CONFIG_KEYS
    from compliance.model.governance import Config
    from compliance.report.reporters import FORMATS
    from compliance.run.config import DEFAULTS

    annotation = Config.model_fields["format"].annotation
    (literal, _) = get_args(annotation)
    assert set(get_args(literal)) == set(FORMATS)
    assert set(CONFIG_KEYS.values()) == set(DEFAULTS)
    aliases = {f.alias or name for name, f in Config.model_fields.items()}
    assert aliases == set(DEFAULTS)
