"""What a pack author meets: extension facts with numbers in their JSON Schema, validate
with the configuration's packs, and the wording of condition mistakes; all through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import AS_OF, cli

PACK = """\
id: acme
title: Acme
version: 0.1.0
description: Acme's escrow terms.
disclaimer: Not legal advice.
facts:
  type: object
  additionalProperties: false
  properties:
    agent: {type: string}
    months:
      type: integer
      minimum: 1
      enum: [1, 3, 6, 12]
    code: {enum: ["6"]}
"""

RULE = """\
id: checked
title: The deposit is checked at least every six months
severity: medium
basis: policy-red-line
citations:
  - instrument: Acme policy
    provision: Sec. 7
    url: https://example.org/acme
rationale: An unchecked deposit may be incomplete.
requires:
{requires}
remediation: Check the deposit every six months.
question: How often is the deposit checked?
"""

REQUIRES = """\
  all:
    - fact: extensions.acme.months
      le: 6
"""


def contract(months: str, extra: str = "") -> str:
    return f"id: c1\ntitle: C1\nextensions:\n  acme:\n    months: {months}\n{extra}"


def make_pack(folder: Path, requires: str = REQUIRES) -> Path:
    pack = folder / "acme"
    pack.mkdir(parents=True, exist_ok=True)
    (pack / "pack.yaml").write_text(PACK)
    (pack / "checked.yaml").write_text(RULE.format(requires=requires.rstrip("\n")))
    return pack


def test_numbers_in_a_facts_schema_are_numbers(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    good = tmp_path / "good.yaml"
    good.write_text(contract("6"))
    run = cli(
        "check", str(good), "--pack", str(pack), "--as-of", AS_OF, "--show", "all", cwd=tmp_path
    )
    assert run.code == 0, run.err
    assert "PASS     acme/checked" in run.out
    bad = tmp_path / "bad.yaml"
    bad.write_text(contract("7"))
    run = cli("check", str(bad), "--pack", str(pack), "--as-of", AS_OF, cwd=tmp_path)
    assert run.code == 2
    assert "bad.yaml:5:13: extensions.acme.months: 7 is not one of [1, 3, 6, 12]" in run.err
    # a quoted number in the schema stays text: the contract's plain 6 is a number
    odd = tmp_path / "odd.yaml"
    odd.write_text(contract("6", "    code: 6\n"))
    run = cli("validate", str(odd), "--pack", str(pack), cwd=tmp_path)
    assert run.code == 2 and "extensions.acme.code: 6 is not one of ['6']" in run.err


def test_validate_uses_the_packs_of_the_configuration(tmp_path: Path) -> None:
    make_pack(tmp_path)
    (tmp_path / "contracts").mkdir()
    (tmp_path / "contracts" / "c.yaml").write_text(contract("6"))
    run = cli("validate", "contracts/c.yaml", "--no-config", cwd=tmp_path)
    assert run.code == 2 and "no loaded pack declares these facts" in run.err
    (tmp_path / ".compliance.yaml").write_text("packs: [acme/]\n")
    run = cli("validate", "contracts/c.yaml", cwd=tmp_path)
    assert (run.code, run.out, run.err) == (0, "contracts/c.yaml: valid\n", "")
    # the pre-commit hook's entry, from a folder below the configuration
    run = cli("validate", "c.yaml", cwd=tmp_path / "contracts")
    assert run.code == 0, run.err
    # --pack wins over the file
    run = cli("validate", "contracts/c.yaml", "--pack", "no-mass-surveillance", cwd=tmp_path)
    assert run.code == 2
    # a pack of the configuration that does not load is its own error, not the contract's
    (tmp_path / ".compliance.yaml").write_text("packs: [./nowhere/]\n")
    run = cli("validate", "contracts/c.yaml", cwd=tmp_path)
    assert run.code == 2 and not run.err.startswith("contracts/c.yaml")


@pytest.mark.parametrize(
    ("requires", "message"),
    [
        (
            "  all:\n    - fact: extensions.acme.months\n      equalz: 6\n",
            "requires.all[0]: unknown operator 'equalz'; did you mean 'equals'? (operators: ",
        ),
        (
            "  alll:\n    - fact: extensions.acme.months\n      equals: 6\n",
            "requires: unknown key 'alll'; did you mean 'all'?",
        ),
        (
            "  all: []\n",
            "requires: 'all: []' has no condition (an empty all would always be true); "
            "list at least one, or leave it out",
        ),
        (
            "  any: []\n",
            "requires: 'any: []' has no condition (an empty any would always be false)",
        ),
        ("  not: {}\n", "an empty condition: write a predicate"),
    ],
)
def test_condition_mistakes_are_worded_for_pack_authors(
    tmp_path: Path, requires: str, message: str
) -> None:
    pack = make_pack(tmp_path, requires)
    good = tmp_path / "good.yaml"
    good.write_text(contract("6"))
    run = cli("check", str(good), "--pack", str(pack), "--as-of", AS_OF, cwd=tmp_path)
    assert run.code == 2, run.out
    assert message in run.err
    assert "List should have" not in run.err and "Traceback" not in run.err
    assert run.err.count("\n") == 1
