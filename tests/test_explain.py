"""compliance explain: a rule in words, and the evaluation trace of a fail and of an unknown
on the seed contracts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, CONTRACTS, cli

NATO = str(CONTRACTS / "nato-openai-2026.yaml")
PENTAGON = str(CONTRACTS / "pentagon-openai-2026.yaml")


def test_a_rule_in_words() -> None:
    run = cli("explain", "no-mass-surveillance/explicit-ban")
    assert run.code == 0, run.err
    out = run.out
    assert out.startswith(
        "no-mass-surveillance/explicit-ban — The contract bans mass surveillance\n"
    )
    for expected in (
        "severity: critical    basis: policy-red-line",
        "citations:",
        "  - Executive Order 14086 (7 Oct 2022), §2(c)(ii)",
        "rationale:",
        "applies when:",
        '  - the definition "The deployment can touch data about people" '
        "(no-mass-surveillance/surveillance-nexus):",
        "    - any of:",
        "          - some item of parties satisfies (The customer, or a party that deploys "
        "the system",
        "              - its roles holds at least one of [customer, deployer]",
        "requires:",
        "  - all of:",
        "    - the fact restrictions.mass_surveillance.prohibited equals true",
        "      - all of (The contract permits a use that amounts to the restricted practice "
        "'mass-surveillance'",
        "        - the list use_cases holds at least one of "
        "[facial-image-scraping, mass-surveillance]",
        "        - not (The uses left unnamed are not shown to be governed by the ban (a grant "
        "of any lawful use it prevails over, or a record of every term that buys a use beside "
        "an unconditional ban)):",
        "definitions used:",
        "remediation:",
        "question:",
    ):
        assert any(line.startswith(expected) for line in out.splitlines()), expected


def test_descriptions_dates_and_parameters_in_words() -> None:
    run = cli(
        "explain",
        "data-residency/classification-boundary",
        "--set",
        "data-residency.max_classification=secret",
    )
    assert run.code == 0, run.err
    assert "(Every network is accredited for at least the ceiling that applies on it" in run.out
    assert "is at most the parameter max_classification (now: secret)" in run.out
    dated = cli("explain", "eu-ai-act-high-risk/fundamental-rights-impact-assessment")
    assert "in force: from " in dated.out


def test_the_trace_of_an_unknown_on_a_seed_contract() -> None:
    run = cli("explain", "no-mass-surveillance/explicit-ban", "--contract", NATO, "--as-of", AS_OF)
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert f"contract: {NATO} (nato-openai-2026), as of {AS_OF}" in lines
    # applies_when: true, resting on the press report (marked *).
    assert any(line.startswith("  TRUE     the definition") for line in lines)
    assert (
        "                         parties[1].kind = military-alliance  "
        "(press-report 'seed-article', line 32 *)"
    ) in lines
    # requires: unknown, with the missing fact and why.
    index = lines.index("requires:")
    assert lines[index + 1] == "  UNKNOWN  all of:"
    assert lines[index + 2] == (
        "    UNKNOWN  the fact restrictions.mass_surveillance.prohibited equals true"
    )
    assert lines[index + 3].strip() == (
        "missing: restrictions.mass_surveillance.prohibited (unspecified)"
    )
    assert "status: unknown" in lines
    assert "missing facts:" in lines
    assert "question:" in lines
    assert lines[-1] == "* rests on a source that is not contract terms (a statement or report)"


def test_the_trace_of_a_fail_on_a_seed_contract() -> None:
    # NATO's unclassified networks under a customer that allows only public information.
    args = [
        "explain",
        "data-residency/classification-boundary",
        "--contract",
        NATO,
        "--as-of",
        AS_OF,
        "--set",
        "data-residency.max_classification=public",
    ]
    # Only the vendor's spokesperson states the ceiling: a public statement is not a term,
    # so the requirement is read from the terms alone (unknown), and the note says why.
    run = cli(*args)
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    index = lines.index("requires:")
    assert lines[index + 1] == "  UNKNOWN  all of:"
    assert "status: unknown" in lines
    assert (
        "  note: data.classification_ceiling = unclassified is stated only by public-statement"
        in lines
    )
    # Stated as a term (here: a what-if assumption), the same ceiling breaks the rule, but
    # only the press report says the customer is a military alliance, so whether the rule
    # applies is open: unknown, and the note says why.
    args += ["--assume", "data.classification_ceiling=unclassified"]
    run = cli(*args)
    assert run.code == 0, run.err
    assert "status: unknown" in run.out.splitlines()
    assert "  note: parties[1].kind = military-alliance is stated only by press-report" in run.out
    # With a defence purpose stated as a term too, it fails.
    args += ["--assume", 'purposes=["defence"]']
    run = cli(*args)
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    index = lines.index("requires:")
    assert lines[index + 1] == "  FALSE    all of:"
    # The contract-wide ceiling is above the limit, and no network sets its own within it.
    assert lines[index + 2].startswith(
        "    FALSE    any of (Information above the customer's limit is kept out:"
    )
    assert lines[index + 3] == (
        "      FALSE    the fact data.classification_ceiling is at most the parameter "
        "max_classification (now: public)"
    )
    assert "data.classification_ceiling = unclassified  (" in lines[index + 4]
    assert "status: fail" in lines
    assert "remediation:" in lines
    data = json.loads(cli(*args, "--format", "json").out)
    assert data["result"]["status"] == "fail"
    requires = data["trace"]["requires"]
    assert requires["value"] == "false"
    first = requires["children"][0]["children"][0]
    assert first["value"] == "false"
    assert first["evidence"][0]["path"] == "data.classification_ceiling"
    assert first["evidence"][0]["source"] == "assumption"


def test_json_without_a_contract_has_no_trace() -> None:
    run = cli("explain", "no-mass-surveillance/explicit-ban", "--format", "json")
    data = json.loads(run.out)
    assert set(data) == {"rule", "definitions", "parameters"}
    assert data["rule"]["requires"]["text"] == "all of"
    assert data["rule"]["requires"]["children"][0]["text"] == (
        "the fact restrictions.mass_surveillance.prohibited equals true"
    )
    assert data["definitions"][0]["id"] == "no-mass-surveillance/surveillance-nexus"


def test_rule_names(tmp_path: Path) -> None:
    unknown = cli("explain", "no-mass-surveillance/explicit-bann")
    assert unknown.code == 2
    assert "did you mean 'no-mass-surveillance/explicit-ban'?" in unknown.err
    bare = cli("explain", "explicit-ban")
    assert bare.code == 0 and bare.out.startswith("no-mass-surveillance/explicit-ban ")
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "id: p\ntitle: P\nversion: 1.0.0\ndescription: d\ndisclaimer: d\nrules:\n"
        "  - id: new-name\n    aliases: [old-name]\n    title: T\n    severity: low\n"
        "    basis: guidance\n    citations: [{instrument: I, provision: P, "
        'url: "https://eur-lex.europa.eu/"}]\n'
        "    rationale: r\n    requires: {fact: status, equals: signed}\n"
        "    remediation: r\n    question: q\n"
    )
    alias = cli("explain", "p/old-name", "--pack", str(pack))
    assert alias.code == 0, alias.err
    assert alias.out.startswith("p/new-name — T")
    assert "aliases: old-name" in alias.out


def _statuses(path: Path) -> dict[str, str]:
    run = cli("check", str(path), "--format", "json", "--as-of", AS_OF, "--fail-on", "never")
    return {r["id"]: r["status"] for r in json.loads(run.out)["contracts"][0]["results"]}


@pytest.mark.parametrize("contract", sorted(p.name for p in CONTRACTS.glob("*.yaml")))
def test_the_trace_agrees_with_the_verdict(contract: str, in_root: Path) -> None:
    """On every bundled contract, for every built-in rule: explain gives check's status,
    and the trace's top values are the ones that status needs."""
    from compliance.run.api import CheckOptions
    from compliance.run.explain import explain, load

    expected = _statuses(CONTRACTS / contract)
    options = CheckOptions(as_of=date.fromisoformat(AS_OF))
    loaded = load(options)
    for rule_id, status in sorted(expected.items()):
        explanation = explain(rule_id, options, str(CONTRACTS / contract), loaded)
        assert explanation.result is not None
        assert explanation.result.status == status, rule_id
        applies = explanation.applies.value if explanation.applies else "true"
        requires = explanation.requires.value
        assert _consistent(status, applies, requires, explanation), (rule_id, applies, requires)


def _consistent(status: str, applies: str | None, requires: str | None, explanation: Any) -> bool:
    dated = bool(explanation.rule.effective)
    if status == "not_applicable":
        return applies == "false" or dated
    if status == "fail":
        return requires == "false" and applies == "true"
    if status == "pass":
        return requires == "true"
    if status == "unknown":
        return "unknown" in (applies, requires) or dated
    return True


RULE = "data-residency/personnel-location"
WAIVERS = "docs/recipes/waivers.yaml"


@pytest.mark.parametrize(
    ("extra", "status"),
    [
        ([], "unknown"),
        (["--waivers", WAIVERS], "waived"),
        (["--assume", 'data.personnel.locations=["US"]'], "fail"),
    ],
)
def test_explain_gives_the_verdict_check_gives(extra: list[str], status: str) -> None:
    """explain runs on check's path: --waivers and --assume apply, and the status is
    check's with the same options."""
    common = ["--as-of", AS_OF, "--pack", "data-residency", *extra]
    explained = cli("explain", RULE, "--contract", NATO, "--format", "json", *common)
    assert explained.code == 0, explained.err
    checked = cli("check", NATO, "--format", "json", "--fail-on", "never", *common)
    results = json.loads(checked.out)["contracts"][0]["results"]
    expected = next(r["status"] for r in results if r["id"] == RULE)
    result = json.loads(explained.out)["result"]
    assert result["status"] == expected == status
    if status == "waived":
        assert result["waiver"]["file"] == WAIVERS
        text = cli("explain", RULE, "--contract", NATO, *common)
        assert "status: waived" in text.out and "waives unknown:" in text.out
    if status == "fail":
        assert result["assumed"] is True


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--contract", NATO, "--baseline", "b.json"],
            "explain: --baseline is not supported: a baseline decides which verdicts fail a "
            "check run, and explain has no such outcome (use compliance check --baseline)",
        ),
        (
            ["--assume", "text_public=true"],
            "explain: --assume needs --contract: it applies to a contract's facts and verdicts",
        ),
        (
            ["--waivers", WAIVERS],
            "explain: --waivers needs --contract: it applies to a contract's facts and verdicts",
        ),
    ],
)
def test_explain_refuses_what_it_cannot_honour(extra: list[str], message: str) -> None:
    done = cli("explain", RULE, *extra)
    assert done.code == 2
    assert done.out == ""
    assert done.err.splitlines() == [message]
