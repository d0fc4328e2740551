"""Pack composition: extends and overrides, through the real CLI.

A pack may extend a pack outside its own folder only when that pack is also named on the
command line (packs are untrusted input), so the commands below name both.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, CONTRACTS, cli

HEADER = "version: 0.1.0\ndescription: d\ndisclaimer: Not legal advice.\n"

BASE_RULE = """\
id: log-retention
title: Logs are kept long enough
severity: medium
basis: guidance
citations:
  - {instrument: AI Act, provision: Art. 26(6), url: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"}
rationale: r
requires: {fact: safeguards.log_retention_months, ge: {param: min_months}}
remediation: r
question: q?
"""

BASE_FIXTURES = """\
rule: log-retention
cases:
  - {name: long enough, expect: pass, contract: {safeguards: {log_retention_months: 24}}}
  - {name: six months, expect: fail, contract: {safeguards: {log_retention_months: 6}}}
  - {name: silent, expect: unknown, contract: {}}
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def base_pack(folder: Path, ident: str = "base") -> Path:
    write(
        folder / "pack.yaml",
        f"id: {ident}\ntitle: Base\n{HEADER}"
        "parameters:\n  min_months: {type: integer, default: 12, description: Minimum.}\n",
    )
    write(folder / "log-retention.yaml", BASE_RULE)
    write(folder / "log-retention.test.yaml", BASE_FIXTURES)
    return folder


def pack_json(*specs: str) -> dict[str, Any]:
    args = [arg for spec in specs for arg in ("--pack", spec)]
    run = cli("packs", "list", "--format", "json", *args)
    assert run.code == 0, run.err
    data: dict[str, Any] = json.loads(run.out)
    return data


def header_params(contract: str, *args: str) -> dict[str, Any]:
    run = cli("check", contract, "--format", "json", "--as-of", AS_OF, "--fail-on", "never", *args)
    assert run.code == 0, run.err
    return {p["id"]: p["parameters"] for p in json.loads(run.out)["header"]["packs"]}


def test_extending_a_builtin_pack(tmp_path: Path) -> None:
    ext = write(
        tmp_path / "acme" / "pack.yaml",
        f"id: acme\ntitle: Acme\n{HEADER}extends: data-residency\n"
        "overrides:\n"
        "  parameters: {allowed_jurisdictions: [DE]}\n"
        "  severity: {telemetry-location: critical}\n"
        "  disable: [certification]\n",
    ).parent
    own = BASE_RULE.replace("id: log-retention", "id: audit-rights")
    own = own.replace("{param: min_months}", "12")
    write(ext / "audit-rights.yaml", own)
    (pack,) = pack_json(str(ext))["packs"]
    base = pack_json("data-residency")["packs"][0]
    ids = {rule["id"] for rule in pack["rules"]}
    assert pack["id"] == "acme" and pack["extends"] == "data-residency"
    assert "acme/certification" not in ids
    assert "acme/audit-rights" in ids
    assert {f"acme/{r['id'].split('/')[1]}" for r in base["rules"]} - ids == {"acme/certification"}
    telemetry = next(r for r in pack["rules"] if r["id"] == "acme/telemetry-location")
    assert telemetry["severity"] == "critical"
    assert telemetry["from"] == "data-residency/telemetry-location"
    assert pack["parameters"]["allowed_jurisdictions"]["default"] == ["DE"]
    # The base's fixtures still pass: they run with the base's defaults.
    run = cli("packs", "test", str(ext))
    assert run.code == 1  # audit-rights (the pack's own rule) has no fixtures
    assert "MISSING acme/audit-rights" in run.out
    assert "FAIL" not in run.out


def test_a_relative_base_and_fixtures_with_the_right_defaults(tmp_path: Path) -> None:
    base_pack(tmp_path / "shared" / "base")
    ext = write(
        tmp_path / "team" / "strict" / "pack.yaml",
        f"id: strict\ntitle: Strict\n{HEADER}extends: ../../shared/base\n"
        "overrides:\n  parameters: {min_months: 3}\n",
    ).parent
    base = str(tmp_path / "shared" / "base")
    # The base's "six months fails" case would pass under min_months 3: it runs with 12.
    assert cli("packs", "test", str(ext), base).code == 0
    # The pack's own fixtures for the inherited rule run with its own defaults.
    write(
        ext / "log-retention.test.yaml",
        "rule: log-retention\ncases:\n"
        "  - {name: six months are enough here, expect: pass, "
        "contract: {safeguards: {log_retention_months: 6}}}\n",
    )
    run = cli("packs", "test", str(ext), base, "-v")
    assert run.code == 0, run.out
    assert "strict: 4/4 cases pass" in run.out
    contract = write(
        tmp_path / "c.yaml", "id: c\ntitle: c\nsafeguards: {log_retention_months: 6}\n"
    )
    checked = cli(
        "check",
        str(contract),
        "--pack",
        str(ext),
        "--pack",
        base,
        "--format",
        "json",
        "--as-of",
        AS_OF,
        "--fail-on",
        "never",
    )
    assert checked.code == 0, checked.err
    results = {r["id"]: r["status"] for r in json.loads(checked.out)["contracts"][0]["results"]}
    assert results == {"strict/log-retention": "pass", "base/log-retention": "fail"}
    alone = cli("check", str(contract), "--pack", str(ext), "--as-of", AS_OF)
    assert alone.code == 2 and "name that pack with --pack" in alone.err
    assert cli("check", str(contract), "--pack", str(tmp_path / "shared" / "base")).code == 1


def test_precedence_default_extends_profile_set(tmp_path: Path) -> None:
    base_pack(tmp_path / "base")
    ext = write(
        tmp_path / "ext" / "pack.yaml",
        f"id: ext\ntitle: Ext\n{HEADER}extends: ../base\n"
        "overrides:\n  parameters: {min_months: 6}\n",
    ).parent
    profile = write(
        tmp_path / "profile.yaml",
        "id: p\ntitle: P\ndescription: d\npacks: [./ext, ./base]\n"
        "parameters:\n  ext: {min_months: 9}\n",
    )
    contract = str(CONTRACTS / "model-contract.yaml")
    assert header_params(contract, "--pack", str(tmp_path / "base"))["base"]["min_months"] == 12
    both = ("--pack", str(ext), "--pack", str(tmp_path / "base"))
    assert header_params(contract, *both)["ext"]["min_months"] == 6
    assert header_params(contract, "--profile", str(profile))["ext"]["min_months"] == 9
    with_set = header_params(contract, "--profile", str(profile), "--set", "ext.min_months=10")
    assert header_params(contract, "--profile", str(profile), *both)["ext"]["min_months"] == 9
    assert with_set["ext"]["min_months"] == 10


def test_a_cycle_is_an_error_naming_the_chain(tmp_path: Path) -> None:
    write(tmp_path / "a" / "pack.yaml", f"id: a\ntitle: A\n{HEADER}extends: ../b\n")
    write(tmp_path / "b" / "pack.yaml", f"id: b\ntitle: B\n{HEADER}extends: ../a\n")
    run = cli("packs", "list", "--pack", str(tmp_path / "a"), "--pack", str(tmp_path / "b"))
    assert run.code == 2
    assert "extends forms a cycle: a -> b -> a" in run.err
    assert "b/pack.yaml:6:" in run.err


def test_a_chain_deeper_than_eight_is_an_error(tmp_path: Path) -> None:
    for index in range(10):
        extends = f"extends: ../p{index + 1}\n" if index < 9 else ""
        write(tmp_path / f"p{index}" / "pack.yaml", f"id: p{index}\ntitle: P\n{HEADER}{extends}")
    every = [arg for i in range(10) for arg in ("--pack", str(tmp_path / f"p{i}"))]
    run = cli("packs", "list", *every)
    assert run.code == 2
    assert "deeper than 8" in run.err
    assert "p0 -> p1 -> p2 -> p3 -> p4 -> p5 -> p6 -> p7 -> p8" in run.err
    # Eight links are fine.
    assert cli("packs", "list", *every[2:]).code == 0


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            "  parameters: {min_month: 3}\n",
            "has no parameter 'min_month'; did you mean 'min_months'?",
        ),
        ("  parameters: {min_months: many}\n", "expected a whole number"),
        ("  severity: {log-retentio: high}\n", "has no rule 'log-retentio'; did you mean"),
        ("  severity: {log-retention: huge}\n", "overrides.severity.log-retention"),
        ("  disable: [nothing]\n", "has no rule 'nothing'"),
    ],
)
def test_overrides_must_name_what_the_base_has(
    tmp_path: Path, overrides: str, message: str
) -> None:
    base_pack(tmp_path / "base")
    ext = write(
        tmp_path / "ext" / "pack.yaml",
        f"id: ext\ntitle: Ext\n{HEADER}extends: ../base\noverrides:\n{overrides}",
    ).parent
    run = cli("packs", "list", "--pack", str(ext), "--pack", str(tmp_path / "base"))
    assert run.code == 2, run.out
    assert message in run.err
    assert run.err.startswith(f"{ext / 'pack.yaml'}:")


def test_overrides_need_extends_and_names_do_not_clash(tmp_path: Path) -> None:
    alone = write(
        tmp_path / "alone" / "pack.yaml",
        f"id: alone\ntitle: A\n{HEADER}overrides:\n  disable: [x]\n",
    ).parent
    run = cli("packs", "list", "--pack", str(alone))
    assert run.code == 2 and "overrides needs extends" in run.err
    base_pack(tmp_path / "base")
    clash = write(
        tmp_path / "clash" / "pack.yaml",
        f"id: clash\ntitle: C\n{HEADER}extends: ../base\n"
        "parameters:\n  min_months: {type: integer, default: 1, description: x}\n",
    ).parent
    run = cli("packs", "list", "--pack", str(clash), "--pack", str(tmp_path / "base"))
    assert run.code == 2 and "already a parameter of the base pack 'base'" in run.err
    unknown = write(
        tmp_path / "unknown" / "pack.yaml", f"id: unknown\ntitle: U\n{HEADER}extends: basee\n"
    ).parent
    run = cli("packs", "list", "--pack", str(unknown))
    assert run.code == 2 and "no built-in pack with this id" in run.err


def test_a_base_with_extension_facts(tmp_path: Path) -> None:
    base = base_pack(tmp_path / "base")
    (base / "pack.yaml").write_text(
        (base / "pack.yaml").read_text()
        + "facts:\n  type: object\n  properties:\n    escrow: {type: boolean}\n"
    )
    write(
        base / "escrow.yaml",
        BASE_RULE.replace("id: log-retention", "id: escrow").replace(
            "requires: {fact: safeguards.log_retention_months, ge: {param: min_months}}",
            "requires: {fact: extensions.base.escrow, equals: true}",
        ),
    )
    ext = write(
        tmp_path / "ext" / "pack.yaml", f"id: ext\ntitle: E\n{HEADER}extends: ../base\n"
    ).parent
    good = write(tmp_path / "good.yaml", "id: g\ntitle: g\nextensions: {base: {escrow: true}}\n")
    bad = write(tmp_path / "bad.yaml", "id: b\ntitle: b\nextensions: {base: {escrow: maybe}}\n")
    packs = ("--pack", str(ext), "--pack", str(base))
    run = cli(
        "check", str(good), *packs, "--format", "json", "--as-of", AS_OF, "--fail-on", "never"
    )
    statuses = {r["id"]: r["status"] for r in json.loads(run.out)["contracts"][0]["results"]}
    assert statuses["ext/escrow"] == "pass"
    assert cli("check", str(bad), *packs, "--as-of", AS_OF).code == 2


def test_the_compiled_form_of_an_extending_pack_stays_json_able(
    tmp_path: Path, in_root: Path
) -> None:
    from compliance.packs.compiler import compile_packs

    base_pack(tmp_path / "base")
    ext = write(
        tmp_path / "ext" / "pack.yaml",
        f"id: ext\ntitle: E\n{HEADER}extends: ../base\n"
        "overrides:\n  parameters: {min_months: 2}\n",
    ).parent
    packset = compile_packs([str(ext), str(tmp_path / "base")])
    pack = packset.selected[0]
    from compliance.packs.cache import pack_to_json

    data = pack_to_json(pack)
    assert json.loads(json.dumps(data)) == data
    assert pack.extends == "base"
    assert pack.rules[0].origin == "base/log-retention"
    assert pack.parameters["min_months"]["default"] == 2


def test_explain_finds_an_inherited_rule_by_its_id_in_the_base(tmp_path: Path) -> None:
    base_pack(tmp_path / "base")
    ext = write(tmp_path / "ext" / "pack.yaml", f"id: ext\ntitle: E\n{HEADER}extends: ../base\n")
    run = cli("explain", "base/log-retention", "--pack", str(ext.parent))
    assert run.code == 2 and "name that pack with --pack" in run.err
    run = cli(
        "explain", "ext/log-retention", "--pack", str(ext.parent), "--pack", str(tmp_path / "base")
    )
    assert run.code == 0, run.err
    assert run.out.startswith("ext/log-retention — Logs are kept long enough")
    assert "from: base/log-retention (the pack base that ext extends)" in run.out
