"""compliance baseline create|update and check --baseline with a slim baseline; waived
verdicts under a baseline; every waiver, baseline and pack error in one run. Real CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import AS_OF, ROOT, cli

NATO = "contracts/nato-openai-2026.yaml"
WAIVERS = "docs/recipes/waivers.yaml"
PERSONNEL = "data-residency/personnel-location"


def rule_count(pack: str | None = None) -> int:
    """How many rules the built-in packs (or one of them) hold."""
    from compliance.engine.build import instantiate
    from compliance.packs.compiler import compile_packs
    from compliance.packs.locate import builtin_ids

    ids = [pack] if pack else builtin_ids()
    return sum(len(p.rules) for p in instantiate(compile_packs(ids)))


def test_create_writes_a_slim_baseline_without_clause_text(tmp_path: Path) -> None:
    target = tmp_path / "governance" / "baseline.json"
    run = cli("baseline", "create", "contracts/", "--as-of", AS_OF, "-o", str(target))
    assert run.code == 0, run.err
    every = 5 * rule_count()
    assert run.out == f"{target}: {every} verdicts of 5 contracts\n"
    data = json.loads(target.read_text())
    assert data["baseline_version"] == 1 and data["as_of"] == AS_OF
    assert {pack["id"] for pack in data["packs"]} == {
        "data-residency", "eu-ai-act-high-risk", "no-autonomous-weapons", "no-mass-surveillance"
    }  # fmt: skip
    assert len(data["verdicts"]) == every
    for verdict in data["verdicts"]:
        assert set(verdict) == {"contract", "rule", "status", "fingerprint"}
        assert verdict["fingerprint"].startswith("sha256:")
    keys = [(v["contract"], v["rule"]) for v in data["verdicts"]]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    text = target.read_text()
    for contract in (ROOT / "contracts").glob("*.yaml"):
        for line in contract.read_text().splitlines():
            if line.strip().startswith("text:") and len(line) > 40:
                assert line.split("text:", 1)[1].strip()[:30] not in text
    # an existing baseline is not overwritten by create
    run = cli("baseline", "create", "contracts/", "--as-of", AS_OF, "-o", str(target))
    assert run.code == 2 and "compliance baseline update" in run.err


def test_a_slim_baseline_gates_check_like_a_report(tmp_path: Path) -> None:
    target = tmp_path / "b.json"
    select = ["--select", "data-residency/data-*"]
    assert cli("baseline", "create", NATO, *select, "--as-of", AS_OF, "-o", str(target)).code == 0
    base = ["check", NATO, *select, "--as-of", AS_OF, "--fail-on", "unknown", "--baseline"]
    run = cli(*base, str(target), "--no-color")
    assert run.code == 0, run.out + run.err
    assert "(2 known, 0 new, 0 worse, 0 better)" in run.out
    run = cli(*base, str(target), "--assume", "data.locations_restricted=false")
    assert run.code == 1
    assert "[baseline: worse (was unknown)]" in run.out


def test_update_accepts_the_current_state_and_says_what_changed(tmp_path: Path) -> None:
    target = tmp_path / "b.json"
    run = cli("baseline", "update", NATO, "--as-of", AS_OF, "-o", str(target))
    assert run.code == 2 and "compliance baseline create" in run.err
    select = ["--select", "data-residency/*"]
    assert cli("baseline", "create", NATO, *select, "--as-of", AS_OF, "-o", str(target)).code == 0
    run = cli("baseline", "update", NATO, "--as-of", AS_OF, "-o", str(target))
    assert run.code == 0, run.err
    data = json.loads(target.read_text())
    every, known = rule_count(), rule_count("data-residency")
    assert len(data["verdicts"]) == every
    assert f"({known} known, {every - known} new, 0 worse, 0 better, 0 gone)" in run.out


def test_the_configuration_names_the_file(tmp_path: Path) -> None:
    shutil.copy(ROOT / NATO, tmp_path / "nato.yaml")
    (tmp_path / ".compliance.yaml").write_text(
        "paths: [nato.yaml]\nbaseline: governance/baseline.json\nselect: [data-residency]\n"
    )
    run = cli("baseline", "create", "--as-of", AS_OF, cwd=tmp_path)
    assert run.code == 0, run.err
    assert f"{rule_count('data-residency')} verdicts of 1 contracts" in run.out
    run = cli("check", "--as-of", AS_OF, "--fail-on", "unknown", cwd=tmp_path)
    assert run.code == 0, run.out + run.err


def test_fingerprints_do_not_move_with_lines(tmp_path: Path) -> None:
    moved = tmp_path / "moved.yaml"
    moved.write_text("# a comment\n\n" + (ROOT / NATO).read_text())
    one, two = tmp_path / "1.json", tmp_path / "2.json"
    assert cli("baseline", "create", NATO, "--as-of", AS_OF, "-o", str(one)).code == 0
    assert cli("baseline", "create", str(moved), "--as-of", AS_OF, "-o", str(two)).code == 0
    assert json.loads(one.read_text())["verdicts"] == json.loads(two.read_text())["verdicts"]


def test_a_waived_verdict_is_waived_not_better(tmp_path: Path) -> None:
    """The baseline records the unknown; the waiver then waives it: WAIVED, no baseline
    mark, not "better"; and a baseline written under the waiver records the unknown."""
    target = tmp_path / "b.json"
    select = ["--select", PERSONNEL]
    args = ["--as-of", AS_OF, "-o", str(target)]
    assert cli("baseline", "create", NATO, *select, "--waivers", WAIVERS, *args).code == 0
    (verdict,) = json.loads(target.read_text())["verdicts"]
    assert verdict["status"] == "unknown"
    report = tmp_path / "r.json"
    run = cli(
        "check", NATO, *select, "--as-of", AS_OF, "--baseline", str(target), "--waivers",
        WAIVERS, "--fail-on", "unknown", "-o", f"json:{report}", "--format", "text",
    )  # fmt: skip
    assert run.code == 0, run.err
    assert "WAIVED" in run.out and "baseline: better" not in run.out
    assert "(0 known, 0 new, 0 worse, 0 better)" in run.out
    (result,) = json.loads(report.read_text())["contracts"][0]["results"]
    assert result["status"] == "waived" and "baseline" not in result


def test_waiver_and_baseline_errors_all_in_one_run(tmp_path: Path) -> None:
    waivers = tmp_path / "w.yaml"
    waivers.write_text(
        "waivers:\n"
        "  - rule: data-residency/personel-location\n"
        "    contract: nato-openai-2026\n"
        "    justification: x\n    owner: a\n    approved_by: b\n    expires: 2026-12-31\n"
        "  - rule: data-residency/data-locations\n"
        "    contract: nato-openai-2026\n"
        "    justification: x\n    owner: a\n    expires: 2026-13-01\n"
    )
    baseline = tmp_path / "b.json"
    baseline.write_text('{"baseline_version": 1, "verdicts": [{"contract": "x"}]}\n')
    run = cli(
        "check", NATO, "--as-of", AS_OF, "--waivers", str(waivers), "--baseline", str(baseline)
    )
    assert run.code == 2
    lines = run.err.splitlines()
    assert any(":2:11: waivers[0].rule:" in line and "did you mean" in line for line in lines)
    assert any(":8:5: missing required field 'waivers[1].approved_by'" in line for line in lines)
    assert any(":12:14: waivers[1].expires:" in line for line in lines)
    assert any(line.startswith(f"{baseline}:1:") for line in lines)
    assert "Traceback" not in run.err


def test_every_pack_error_in_one_run(tmp_path: Path) -> None:
    pack = tmp_path / "acme"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "id: acme\ntitle: A\nversion: 0.1.0\ndescription: d\ndisclaimer: d\nowner: me\n"
    )
    rule = (
        "id: {id}\ntitle: T\nseverity: {severity}\nbasis: policy-red-line\ncitations:\n"
        "  - instrument: I\n    provision: P\n    url: https://example.org\nrationale: r\n"
        "requires:\n  {requires}\nremediation: r\nquestion: q\n"
    )
    (pack / "one.yaml").write_text(rule.format(id="one", severity="urgent", requires="all: []"))
    (pack / "two.yaml").write_text(
        rule.format(id="two", severity="low", requires="{fact: x.y, equalz: 1}")
    )
    run = cli("check", NATO, "--pack", str(pack), "--as-of", AS_OF)
    assert run.code == 2
    lines = run.err.splitlines()
    assert len(lines) == 4, run.err
    assert lines[0].endswith("pack.yaml:6:1: unknown field 'owner'") or "owner" in lines[0]
    assert "one.yaml:3:11: severity:" in lines[1]
    assert "one.yaml:11:3: requires: 'all: []' has no condition" in lines[2]
    assert "two.yaml:11:3: requires: unknown operator 'equalz'; did you mean 'equals'?" in lines[3]
