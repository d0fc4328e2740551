"""Terms in time and rank (compliance.contracts.terms): which clauses and sources state facts on the
as-of date, what outranks what, and one contract per id in a run.

The example contracts are in tests/data/sound/; each CLI test runs the real command line
before and after the date that matters."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import cli
from fixturecases import (
    builtin_packs,
    doc_of,
    fixture_cases,
    fixtures_with_top_level_facts,
    shipped_rule,
    top_level,
)
from hypothesis import given
from hypothesis import strategies as st

from compliance.contracts.load import ContractDoc
from compliance.core.errors import InputError
from compliance.facts.tree import FLeaf, find
from compliance.facts.tree import plain_value as plain

SOUND = Path("tests") / "data" / "sound"
FACT = "safeguards.log_retention_months"
RETENTION = "log_retention_months"


def verdict(out: str, rule: str) -> str:
    """The status word of ``rule`` in a text report."""
    for line in out.splitlines():
        parts = line.split()
        if len(parts) > 1 and parts[1] == rule:
            return parts[0]
    raise AssertionError(f"{rule} not in the report:\n{out}")


# --- time: CLI ----------------------------------------------------------------------------------


def test_a_ban_that_starts_later_does_not_pass_before_its_date() -> None:
    path = str(SOUND / "amendment-2029.yaml")
    rule = "no-mass-surveillance/explicit-ban"
    before = cli(
        "check", "--show", "all", path, "--pack", "no-mass-surveillance", "--as-of", "2027-05-01"
    )
    assert verdict(before.out, rule) == "FAIL", before.out  # clause 4 permits it until then
    assert "restrictions.mass_surveillance.prohibited = false  (clause 4, line 12)" in before.out
    assert "clause 4 applies until 2029-01-01, when amendment 'amendment-2' prevails over it" in (
        before.out
    )
    assert "amendment 'amendment-2' takes effect on 2029-01-01" in before.out
    # The verdict that rests on clause 4 says so too.
    lines = before.out.splitlines()
    at = next(i for i, line in enumerate(lines) if rule in line)
    assert lines[at + 1].strip() == (
        "note: clause 4 applies until 2029-01-01, when amendment 'amendment-2' prevails over it"
    )
    on = cli(
        "check", "--show", "all", path, "--pack", "no-mass-surveillance", "--as-of", "2029-01-01"
    )
    assert verdict(on.out, rule) == "PASS", on.out
    assert "(amendment 'amendment-2', line 21)" in on.out
    assert "note:" not in on.out


def test_superseded_value_stays_visible_and_evidence_cites_the_operative_term() -> None:
    path = str(SOUND / "amendment-2029.yaml")
    run = cli(
        "check",
        "--show",
        "all",
        path,
        "--pack",
        "no-mass-surveillance",
        "--as-of",
        "2030-01-01",
        "--format",
        "json",
    )
    from compliance.report.reporters.json import expanded

    data = json.loads(run.out)
    results = expanded(data["contracts"][0], data["header"]["rules"])
    (result,) = [r for r in results if r["rule"] == "explicit-ban"]
    (item,) = [e for e in result["evidence"] if e["path"].endswith("prohibited")]
    assert (item["source_id"], item["value"]) == ("amendment-2", True)
    assert item["superseded"] == [
        {"value": False, "clause": "4", "source": "clause", "source_id": None, "line": 12}
    ]


def test_an_expired_side_letter_no_longer_applies_and_the_clause_revives() -> None:
    path = str(SOUND / "expiring-side-letter.yaml")
    rule = "no-mass-surveillance/explicit-ban"
    last_day = cli(
        "check", "--show", "all", path, "--pack", "no-mass-surveillance", "--as-of", "2027-12-31"
    )
    assert verdict(last_day.out, rule) == "PASS"  # expires is the last day, inclusive
    assert "side-letter 'side-letter-1' applies through 2027-12-31 (its last day)" in last_day.out
    after = cli(
        "check", "--show", "all", path, "--pack", "no-mass-surveillance", "--as-of", "2028-01-01"
    )
    assert verdict(after.out, rule) == "FAIL"
    assert "clause 4 applies again since side-letter 'side-letter-1' expired" in after.out


def test_a_replaced_clause_is_withdrawn_as_a_whole() -> None:
    path = str(SOUND / "replaced-clause.yaml")
    packs = ("--pack", "no-mass-surveillance", "--pack", "data-residency")
    before = cli("check", "--show", "all", path, *packs, "--as-of", "2026-12-31")
    assert verdict(before.out, "data-residency/audit-logging") == "PASS"
    assert verdict(before.out, "no-mass-surveillance/explicit-ban") == "FAIL"
    after = cli("check", "--show", "all", path, *packs, "--as-of", "2027-01-01")
    # The amendment restates the ban only: clause 4's audit logging goes with the clause.
    assert verdict(after.out, "data-residency/audit-logging") == "UNKNOWN"
    assert verdict(after.out, "no-mass-surveillance/explicit-ban") == "PASS"
    assert "clause 4 is replaced as a whole by amendment 'amendment-3'" in after.out


FORMATS = ["text", "json", "jsonl", "markdown", "html", "sarif", "junit", "github"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_contract_not_started_or_ended_is_reported_in_every_format(fmt: str) -> None:
    path = str(SOUND / "term-2028.yaml")
    early = cli(
        "check",
        "--show",
        "all",
        path,
        "--pack",
        "no-mass-surveillance",
        "--as-of",
        "2027-05-01",
        "--format",
        fmt,
    )
    assert "term starts on 2028-01-01, after the assessment date 2027-05-01" in early.out
    assert "the contract is not in force yet" in early.out
    if fmt in ("text", "json"):
        late = cli(
            "check",
            "--show",
            "all",
            path,
            "--pack",
            "no-mass-surveillance",
            "--as-of",
            "2031-01-01",
            "--format",
            fmt,
        )
        assert "the contract's term ended on 2030-12-31" in late.out
        during = cli(
            "check",
            "--show",
            "all",
            path,
            "--pack",
            "no-mass-surveillance",
            "--as-of",
            "2029-01-01",
            "--format",
            fmt,
        )
        assert "the contract's term" not in during.out


def test_explain_shows_the_terms_in_force_and_why() -> None:
    path = str(SOUND / "amendment-2029.yaml")
    args = ("explain", "no-mass-surveillance/explicit-ban", "--contract", path)
    run = cli(*args, "--as-of", "2027-05-01")
    assert "terms on 2027-05-01:" in run.out
    assert "  - clause 4 (line 7): in force" in run.out
    assert (
        "  - amendment 'amendment-2' (line 14): not yet in force: takes effect on 2029-01-01"
        in run.out
    )
    replaced = cli(
        "explain",
        "no-mass-surveillance/explicit-ban",
        "--contract",
        str(SOUND / "replaced-clause.yaml"),
        "--as-of",
        "2027-06-01",
        "--format",
        "json",
    )
    terms = {t["id"]: t for t in json.loads(replaced.out)["terms"]}
    assert terms["4"]["state"] == "replaced"
    assert terms["4"]["replaced_by"] == ["amendment-3"]
    assert terms["amendment-3"]["state"] == "in-force"


# --- rank ---------------------------------------------------------------------------------------


def test_a_blog_post_cannot_prevail_over_a_clause() -> None:
    path = str(SOUND / "blog-over-clause.yaml")
    for args in (("validate", path), ("check", path, "--as-of", "2027-01-01")):
        run = cli(*args)
        assert run.code == 2, run
        assert (
            f"{path}:15:20: public-statement 'vendor-blog' cannot prevail over clause 7 (line 6)"
            in run.err
        )


def test_a_fact_only_a_blog_post_states_does_not_decide_a_verdict() -> None:
    """A requirement met only by what a public statement says is not met by the contract:
    the verdict is read from the terms alone (unknown here), and the report says what the
    statement says and why it does not count."""
    run = cli(
        "check",
        "--show",
        "all",
        str(SOUND / "blog-alone.yaml"),
        "--pack",
        "data-residency",
        "--as-of",
        "2027-01-01",
    )
    assert verdict(run.out, "data-residency/audit-logging") == "UNKNOWN"
    assert (
        "safeguards.audit_logging = true is stated only by public-statement 'vendor-blog', "
        "line 15, not by a term of the contract" in run.out
    )
    assert "missing: safeguards.audit_logging (absent)" in run.out


@pytest.mark.parametrize("kind", ["public-statement", "press-report", "official-record", "other"])
@pytest.mark.parametrize("key", ["prevails_over", "replaces"])
def test_no_source_that_is_not_contract_terms_outranks_a_contract_term(kind: str, key: str) -> None:
    data = {
        "clauses": [{"id": "7", "facts": {"safeguards": {"log_retention_months": 1}}}],
        "sources": [
            {"id": "annex-a", "kind": "annex", "facts": {"safeguards": {"audit_logging": True}}},
            {"id": "s", "kind": kind, key: ["annex-a"]},
        ],
    }
    with pytest.raises(InputError, match=rf"{kind} 's' cannot .* annex 'annex-a'"):
        doc_of(data, date(2027, 1, 1))
    # Over another source that is not contract terms it may (a correction of a report).
    data["sources"][0]["kind"] = "press-report"
    doc_of(data, date(2027, 1, 1))


def _not_applicable_fixtures() -> list[tuple[str, str, dict[str, Any], str]]:
    return fixture_cases(lambda case: case["expect"] == "not_applicable")


def _as_press_report(contract: dict[str, Any]) -> dict[str, Any]:
    """The contract with its top-level facts said by a press report instead."""
    facts = {k: v for k, v in contract.items() if k not in ("clauses", "sources")}
    return {
        **{k: v for k, v in contract.items() if k in ("clauses", "sources")},
        "sources": [
            *contract.get("sources", []),
            {"id": "report", "kind": "press-report", "facts": facts},
        ],
    }


@pytest.mark.parametrize(
    ("pack", "rule", "contract", "as_of"),
    _not_applicable_fixtures(),
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_rule_is_not_set_aside_on_what_a_press_report_says(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """The facts that take a rule out of scope, said by a press report instead of the
    contract, take it out of scope no more than silence does: the rule comes out not
    applicable only where it does on an empty description too (e.g. a date gate), and the
    report notes the facts set aside."""
    from compliance.engine.conditions import Ctx
    from compliance.engine.evaluate import evaluate_rule

    compiled = shipped_rule(pack, rule)
    day = date.fromisoformat(as_of)
    reported = _as_press_report(contract)
    as_terms = evaluate_rule(compiled, doc_of(contract, day), Ctx(day))
    assert as_terms.status == "not_applicable"
    empty = evaluate_rule(compiled, doc_of({}, day), Ctx(day)).status
    result = evaluate_rule(compiled, doc_of(reported, day), Ctx(day))
    if empty != "not_applicable":
        assert result.status != "not_applicable", (pack, rule, contract)
        assert any("is stated only by press-report 'report'" in n for n in result.notes)


@pytest.mark.parametrize(
    ("pack", "rule", "contract", "as_of"),
    fixtures_with_top_level_facts(),
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_what_only_a_press_report_says_decides_no_verdict(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """Every built-in fixture case, its top-level facts said by a press report instead:
    the verdict is the one the description gives without them, whichever way they would
    have decided it (in scope or out, in force or not, met or not). A report can raise a
    question in a note; a verdict rests on the contract's terms."""
    from compliance.engine.conditions import Ctx
    from compliance.engine.evaluate import evaluate_rule

    compiled = shipped_rule(pack, rule)
    day = date.fromisoformat(as_of)
    terms = {k: v for k, v in contract.items() if k in ("clauses", "sources")}
    reported = _as_press_report(contract)
    without = evaluate_rule(compiled, doc_of(terms, day), Ctx(day))
    result = evaluate_rule(compiled, doc_of(reported, day), Ctx(day))
    assert result.status == without.status, (pack, rule, contract)
    if result.status != "unknown":  # an unknown may show what the report says, flagged
        assert not any(item.source_id == "report" for item in result.evidence)


@pytest.mark.parametrize(
    ("pack", "rule", "contract", "as_of"),
    [case for case in fixtures_with_top_level_facts() if len(top_level(case[2])) > 1],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_one_fact_only_a_press_report_says_counts_as_unsaid(
    pack: str, rule: str, contract: dict[str, Any], as_of: str
) -> None:
    """Every built-in fixture case with several top-level facts, one of them at a time said
    by a press report instead while the others stay the contract's: the verdict is the one
    the description gives without that fact (a report neither completes nor overrides what
    the terms say, whichever fact it is and whatever the terms beside it say)."""
    from compliance.engine.conditions import Ctx
    from compliance.engine.evaluate import evaluate_rule

    compiled = shipped_rule(pack, rule)
    day = date.fromisoformat(as_of)
    for key in top_level(contract):
        rest = {k: v for k, v in contract.items() if k != key}
        reported = {
            **rest,
            "sources": [
                *contract.get("sources", []),
                {"id": "report", "kind": "press-report", "facts": {key: contract[key]}},
            ],
        }
        without = evaluate_rule(compiled, doc_of(rest, day), Ctx(day))
        result = evaluate_rule(compiled, doc_of(reported, day), Ctx(day))
        assert result.status == without.status, (pack, rule, key, contract)


def test_expires_before_effective_is_an_error() -> None:
    data = {"clauses": [{"id": "1", "effective": "2028-01-01", "expires": "2027-12-31"}]}
    with pytest.raises(InputError, match="expires on 2027-12-31, before it takes effect"):
        doc_of(data, date(2027, 1, 1))


def test_terms_that_never_overlap_do_not_contradict_but_overlapping_ones_do() -> None:
    def clauses(second_from: str) -> dict[str, Any]:
        return {
            "clauses": [
                {"id": "1", "expires": "2027-12-31", "facts": {"safeguards": {RETENTION: 6}}},
                {"id": "2", "effective": second_from, "facts": {"safeguards": {RETENTION: 12}}},
            ]
        }

    node = find(doc_of(clauses("2028-01-01"), date(2027, 6, 1)).facts, FACT)
    assert isinstance(node, FLeaf) and node.value == 6
    node = find(doc_of(clauses("2028-01-01"), date(2028, 6, 1)).facts, FACT)
    assert isinstance(node, FLeaf) and node.value == 12
    # Checked on a date when they do not overlap, the contradiction is still an error.
    with pytest.raises(InputError, match=r"contradictory facts.*both in force on 2027-12-31"):
        doc_of(clauses("2027-12-31"), date(2027, 6, 1))


# --- one id -------------------------------------------------------------------------------------


def test_two_contracts_with_one_id_are_bad_input() -> None:
    first, second = str(SOUND / "dup" / "first.yaml"), str(SOUND / "dup" / "second.yaml")
    message = f"{second}:1:5: contract id 'sound-same-id' is also the id of {first} (line 1)"
    for args in (
        ("check", first, second),
        ("check", str(SOUND / "dup")),
        ("gaps", first, second),
        ("compare", first, second),
        ("validate", first, second),
    ):
        extra = () if args[0] == "validate" else ("--as-of", "2027-01-01")
        run = cli(*args, "--pack", "no-mass-surveillance", *extra)
        assert run.code == 2, (args, run)
        assert message in run.err, (args, run.err)


def test_one_id_across_processes(tmp_path: Path) -> None:
    text = (SOUND / "dup" / "first.yaml").read_text()
    for index in range(40):
        (tmp_path / f"c{index:02d}.yaml").write_text(
            text.replace("sound-same-id", f"id-{index:02d}")
        )
    (tmp_path / "c40.yaml").write_text(text.replace("sound-same-id", "id-07"))
    runs = [
        cli(
            "check",
            "--show",
            "all",
            str(tmp_path),
            "--pack",
            "no-mass-surveillance",
            "--jobs",
            jobs,
            "--format",
            "json",
        )
        for jobs in ("1", "2")
    ]
    for run in runs:
        assert run.code == 2
        assert f"c40.yaml:1:5: contract id 'id-07' is also the id of {tmp_path}/c07.yaml" in run.err
        assert len(json.loads(run.out)["contracts"]) == 40
    assert runs[0].out == runs[1].out


# --- properties ---------------------------------------------------------------------------------

DAYS = st.dates(min_value=date(2025, 1, 1), max_value=date(2032, 12, 31))


@given(
    effective=st.none() | DAYS,
    expires=st.none() | DAYS,
    as_of=DAYS,
    binding=st.booleans(),
    dated=st.none() | DAYS,
)
def test_a_terms_facts_apply_iff_it_is_in_force(
    effective: date | None,
    expires: date | None,
    as_of: date,
    binding: bool,
    dated: date | None,
) -> None:
    """effective <= as_of <= expires (expires is the last day), a missing bound open; and a
    contract term dated after as_of is not yet agreed then (a press report keeps its
    place whatever its date: it decides nothing)."""
    if effective and expires and expires < effective:
        effective, expires = expires, effective
    source: dict[str, Any] = {
        "id": "s",
        "kind": "amendment" if binding else "press-report",
        "facts": {"safeguards": {"log_retention_months": 24}},
    }
    if effective:
        source["effective"] = effective.isoformat()
    if expires:
        source["expires"] = expires.isoformat()
    if dated:
        source["date"] = dated.isoformat()
    doc = doc_of({"sources": [source]}, as_of)
    in_force = (effective is None or effective <= as_of) and (expires is None or as_of <= expires)
    if binding and dated is not None and dated > as_of:
        in_force = False
        assert any("after the assessment date: not yet agreed" in n for n in doc.notes)
    assert (find(doc.facts, FACT) is not None) == in_force
    (state,) = doc.terms
    assert (state.state == "in-force") == in_force


@st.composite
def chains(draw: st.DrawFn) -> tuple[list[dict[str, Any]], date]:
    """Clause 4 and a chain of amendments, each prevailing over or replacing the one
    before, each with random dates and value."""
    count = draw(st.integers(1, 4))
    sources = []
    for index in range(1, count + 1):
        first = draw(st.none() | DAYS)
        last = draw(st.none() | DAYS)
        if first and last and last < first:
            first, last = last, first
        source: dict[str, Any] = {
            "id": f"a{index}",
            "kind": "amendment",
            draw(st.sampled_from(["prevails_over", "replaces"])): [
                "4" if index == 1 else f"a{index - 1}"
            ],
        }
        if draw(st.booleans()):
            source["facts"] = {"safeguards": {"log_retention_months": draw(st.integers(1, 5))}}
        if first:
            source["effective"] = first.isoformat()
        if last:
            source["expires"] = last.isoformat()
        sources.append(source)
    return sources, draw(DAYS)


def _within(source: dict[str, Any], day: date) -> bool:
    start, end = source.get("effective"), source.get("expires")
    return (start is None or date.fromisoformat(start) <= day) and (
        end is None or day <= date.fromisoformat(end)
    )


@given(chains())
def test_the_operative_term_is_the_latest_in_force_never_a_superseded_one(
    chain: tuple[list[dict[str, Any]], date],
) -> None:
    sources, as_of = chain
    clause = {"id": "4", "facts": {"safeguards": {"log_retention_months": 9}}}
    doc = doc_of({"clauses": [clause], "sources": sources}, as_of)
    terms = [clause, *sources]
    # In force: within its dates, and no term within its dates replaces it (directly or
    # through the chain of replacements above it).
    in_force = []
    for index, term in enumerate(terms):
        replaced = False
        for later in range(index + 1, len(terms)):
            if "replaces" not in terms[later]:
                break  # the chain of replacements stops here
            if _within(terms[later], as_of):
                replaced = True
                break
        in_force.append(_within(term, as_of) and not replaced)
    stating = [i for i, term in enumerate(terms) if in_force[i] and "facts" in term]
    node = find(doc.facts, FACT)
    if not stating:
        assert node is None
        return
    operative = terms[max(stating)]  # each later term outranks every earlier one
    assert isinstance(node, FLeaf)
    assert node.prov.ref == operative["id"]
    assert node.value == operative["facts"]["safeguards"]["log_retention_months"]
    states = {state.ref: state.state for state in doc.terms}
    assert states[node.prov.ref] == "in-force"
    for _, old, _ in node.superseded:  # what it supersedes is visible, never cited
        assert old.ref != node.prov.ref


def test_an_amendment_agreed_after_the_assessment_date_is_no_term_then_nor_later() -> None:
    """A duty that applies from a later day is read on the terms in force while it applies,
    but only on terms agreed by the assessment date: an amendment dated (signed) after it,
    taking effect after the duty's first day, does not yet exist on the assessment date."""
    clause = {"id": "4", "facts": {"safeguards": {"log_retention_months": 9}}}
    amendment = {
        "id": "a1",
        "kind": "amendment",
        "date": "2027-03-01",
        "effective": "2027-06-01",
        "prevails_over": ["4"],
        "facts": {"safeguards": {"log_retention_months": 24}},
    }
    data = {"clauses": [clause], "sources": [amendment]}
    before = doc_of(data, date(2027, 1, 10))
    assert not before.later  # no later period: the amendment is not agreed yet
    states = {s.ref: (s.state, s.reason) for s in before.terms}
    assert states["a1"] == (
        "not-yet-effective",
        "not yet agreed: dated 2027-03-01, after 2027-01-10",
    )
    assert states["4"][0] == "in-force"
    after = doc_of(data, date(2027, 3, 10))  # signed, in force from June
    assert [tree for _, tree in after.later]
    later = find(after.later[-1][1], FACT)
    assert isinstance(later, FLeaf) and later.value == 24


def test_states_before_during_and_after() -> None:
    data = {"clauses": [{"id": "1", "effective": "2027-03-01", "expires": "2027-06-30"}]}
    states = {
        day: doc_of(data, date.fromisoformat(day)).terms[0].state
        for day in ("2027-02-28", "2027-03-01", "2027-06-30", "2027-07-01")
    }
    assert states == {
        "2027-02-28": "not-yet-effective",
        "2027-03-01": "in-force",
        "2027-06-30": "in-force",
        "2027-07-01": "expired",
    }


def test_thousands_of_dates_are_refused_not_slow() -> None:
    from compliance.contracts.load import PERIOD_CHECKS

    count = int(PERIOD_CHECKS**0.5) + 2
    start = date(2020, 1, 1).toordinal()
    clauses = [
        {
            "id": f"c{index}",
            "effective": date.fromordinal(start + index).isoformat(),
            "facts": {"safeguards": {RETENTION: 6}},
        }
        for index in range(count)
    ]
    with pytest.raises(InputError, match="too many to check each period for contradictions"):
        doc_of({"clauses": clauses}, date(2027, 1, 1))


def test_a_prevailing_term_that_restates_the_same_value_is_the_one_cited() -> None:
    data = {
        "clauses": [{"id": "4", "facts": {"safeguards": {RETENTION: 3}}}],
        "sources": [
            {
                "id": "a1",
                "kind": "amendment",
                "prevails_over": ["4"],
                "facts": {"safeguards": {RETENTION: 3}},
            }
        ],
    }
    node = find(doc_of(data, date(2027, 1, 1)).facts, FACT)
    assert isinstance(node, FLeaf)
    assert node.prov.ref == "a1"
    assert [prov.ref for prov in node.also] == ["4"]


@pytest.mark.parametrize("complete", [False, True])
def test_an_object_without_an_id_stated_again_unchanged_is_one_item(complete: bool) -> None:
    """A list of objects without ids (places of storage, transfers) restated unchanged by
    an amendment that prevails over the clause, or by another clause: one item, not two
    (each fact counted once); a different object is another item."""
    storage = [{"country": "DE"}]
    listed: Any = {"items": storage, "complete": True} if complete else storage
    data = {
        "clauses": [
            {"id": "4", "facts": {"data": {"storage": listed}}},
            {"id": "5", "facts": {"data": {"storage": listed}}},
        ],
        "sources": [
            {
                "id": "a1",
                "kind": "amendment",
                "prevails_over": ["4"],
                "facts": {"data": {"storage": listed}},
            }
        ],
    }
    node = find(doc_of(data, date(2027, 1, 1)).facts, "data.storage")
    assert node is not None and [plain(item) for item in node.items] == [{"country": "DE"}]
    data["sources"][0]["facts"] = {"data": {"storage": [{"country": "FR"}]}}
    if not complete:
        node = find(doc_of(data, date(2027, 1, 1)).facts, "data.storage")
        assert [plain(item) for item in node.items] == [{"country": "DE"}, {"country": "FR"}]


@given(
    chains(),
    st.lists(st.integers(0, 4), max_size=3, unique=True),
    st.sampled_from(["replaces", "prevails_over"]),
    st.none() | DAYS,
    st.sampled_from(["sources_not_binding", "usage_policy_applies"]),
)
def test_a_source_the_contract_disowns_changes_no_term(
    chain: tuple[list[dict[str, Any]], date],
    targets: list[int],
    key: str,
    effective: date | None,
    how: str,
) -> None:
    """A source the contract disowns (named in grants.sources_not_binding, or a usage
    policy where grants.usage_policy_applies is false), whatever it claims to replace or
    prevail over and whenever it takes effect, leaves every other term's state and the
    operative fact as they are without it."""
    sources, as_of = chain
    clause = {"id": "4", "facts": {"safeguards": {"log_retention_months": 9}}}
    ids = ["4", *(source["id"] for source in sources)]
    grants = (
        {"sources_not_binding": {"items": ["d"], "complete": True}}
        if how == "sources_not_binding"
        else {"usage_policy_applies": False}
    )
    disowning = {"id": "20", "facts": {"grants": grants}}
    disowned: dict[str, Any] = {
        "id": "d",
        "kind": "annex" if how == "sources_not_binding" else "usage-policy",
        key: sorted({ids[i] for i in targets if i < len(ids)}),
        "facts": {"safeguards": {"audit_logging": False}},
    }
    if effective:
        disowned["effective"] = effective.isoformat()
    # Without the source, clause 20 disowns nothing (it may name no missing source).
    plain = {
        "id": "20",
        "facts": {"grants": {"sources_not_binding": {"items": [], "complete": True}}},
    }
    without = doc_of({"clauses": [clause, plain], "sources": sources}, as_of)
    with_it = doc_of({"clauses": [clause, disowning], "sources": [*sources, disowned]}, as_of)
    before = {state.ref: state.state for state in without.terms}
    after = {state.ref: state.state for state in with_it.terms if state.ref != "d"}
    assert after == before
    old, new = find(without.facts, FACT), find(with_it.facts, FACT)
    if old is None:
        assert new is None
        return
    assert isinstance(old, FLeaf) and isinstance(new, FLeaf)
    assert (new.prov.ref, new.value) == (old.prov.ref, old.value)


_ART50 = date(2026, 8, 2)
_SHOP = {
    "parties": {
        "items": [
            {
                "id": "shop",
                "roles": {"items": ["customer", "deployer"], "complete": True},
                "kind": "company",
                "country": "BE",
                "eu_established": True,
            },
            {
                "id": "vendor",
                "roles": {"items": ["provider"], "complete": True},
                "kind": "company",
                "country": "BE",
                "eu_established": True,
            },
        ],
        "complete": True,
    },
    "geography": {"deployment": {"items": ["BE"], "complete": True}},
    "purposes": {"items": ["commercial"], "complete": True},
    "use_cases": {"items": ["customer-service-chatbot"], "complete": True},
    "system": {"capabilities": {"items": ["conversational"], "complete": True}},
    "term": {"start": "2026-01-01", "end": "2028-12-31"},
}
_NEAR = st.none() | st.dates(min_value=date(2026, 3, 1), max_value=date(2026, 12, 31))


@given(
    first=st.booleans(),
    second=st.none() | st.booleans(),
    expires=_NEAR,
    effective=_NEAR,
    as_of=st.dates(min_value=date(2026, 2, 1), max_value=date(2026, 8, 1)),
)
def test_a_duty_that_starts_later_is_judged_on_the_terms_while_it_applies(
    first: bool, second: bool | None, expires: date | None, effective: date | None, as_of: date
) -> None:
    """Before Art. 50(1) applies, its verdict is the worst of those the contract gets on
    the day it applies and on the first day of each later period of terms within the
    contract's term: a commitment that lapses before then does not meet it, one that
    starts on that day (or earlier) does, and one that lapses while the duty applies does
    not, whatever the assessment date."""
    clause: dict[str, Any] = {"id": "6", "facts": {"ai_act": {"interaction_disclosure": first}}}
    if expires is not None:
        clause["expires"] = expires.isoformat()
    data: dict[str, Any] = {**_SHOP, "clauses": [clause]}
    if second is not None:
        amendment: dict[str, Any] = {
            "id": "amd",
            "kind": "amendment",
            "replaces": ["6"],
            "facts": {"ai_act": {"interaction_disclosure": second}},
        }
        if effective is not None:
            amendment["effective"] = effective.isoformat()
        data["sources"] = [amendment]
    from compliance.engine.conditions import Ctx
    from compliance.engine.evaluate import evaluate_rule

    rule = shipped_rule("eu-ai-act-high-risk", "transparency")
    early = evaluate_rule(rule, doc_of(data, as_of), Ctx(as_of))
    days = {_ART50} | {
        day
        for day in (expires + timedelta(days=1) if expires else None, effective)
        if day is not None and _ART50 < day <= date(2028, 12, 31)
    }
    worst = ["not_applicable", "pass", "unknown", "fail", "error"]
    statuses = [evaluate_rule(rule, doc_of(data, day), Ctx(day)).status for day in sorted(days)]
    assert early.status == max(statuses, key=worst.index), (data, as_of, statuses)
    if early.status != statuses[0]:  # a later period decided: the note says which
        assert any("while the duty applies (from 2026-08-02)" in note for note in early.notes)


def _every_node_bound(doc: ContractDoc) -> bool:
    """Whether every node of every period's facts is stated by a contract term (or is an
    assumption), found by walking the trees."""
    from compliance.facts.tree import FList, FObj, is_bound

    todo: list[Any] = [doc.facts, *(tree for _, tree in doc.later)]
    while todo:
        node = todo.pop()
        if not is_bound(node):
            return False
        if isinstance(node, FObj):
            todo.extend(node.fields.values())
        elif isinstance(node, FList):
            todo.extend(node.items)
    return True


def _bound_cases() -> list[tuple[str, dict[str, Any], str]]:
    """Every fixture case's contract (each rule's once), and the same said by a press
    report; and contracts whose only other source is disowned or is contract terms."""
    seen: dict[str, tuple[str, dict[str, Any], str]] = {}
    for pack, rule, contract, as_of in fixture_cases(lambda case: True):
        name = f"{pack}/{rule}"
        seen.setdefault(name, (name, contract, as_of))
        seen.setdefault(name + "/press", (name + "/press", _as_press_report(contract), as_of))
    policy = {"id": "p", "kind": "usage-policy", "facts": {"safeguards": {RETENTION: 3}}}
    seen["disowned"] = (
        "disowned",
        {"grants": {"usage_policy_applies": False}, "sources": [policy]},
        "2027-01-01",
    )
    seen["usage-policy"] = ("usage-policy", {"sources": [policy]}, "2027-01-01")
    later = {
        "id": "r",
        "kind": "press-report",
        "effective": "2027-06-01",
        "facts": {"safeguards": {RETENTION: 3}},
    }
    seen["press-later"] = ("press-later", {"sources": [later]}, "2027-01-01")
    return sorted(seen.values())


@pytest.mark.parametrize(("name", "contract", "as_of"), _bound_cases())
def test_a_contract_is_bound_exactly_when_every_fact_is_a_terms(
    name: str, contract: dict[str, Any], as_of: str
) -> None:
    """``ContractDoc.bound`` (no verdict then needs a reading on the terms alone) holds
    exactly when every fact of every period is stated by a contract term; and a bound
    contract's report is the same when the evaluation does not rely on it."""
    import copy

    from compliance.engine.evaluate import evaluate_contract
    from compliance.engine.fastpath import compile_now
    from compliance.packs.locate import builtin_ids

    doc = doc_of(contract, date.fromisoformat(as_of))
    assert doc.bound == _every_node_bound(doc), name
    if name.endswith("/press") and set(contract["sources"][-1]["facts"]):
        assert not doc.bound
    if name in ("disowned", "press-later"):
        assert not doc.bound, name
    if name == "usage-policy":
        assert doc.bound
    if not doc.bound:
        return
    packs = builtin_packs(tuple(builtin_ids()))
    compile_now(rule for pack in packs for rule in pack.rules)
    unsure = copy.copy(doc)
    unsure.bound = False
    day = date.fromisoformat(as_of)
    assert (
        evaluate_contract(doc, packs, day).to_dict()
        == evaluate_contract(unsure, packs, day).to_dict()
    )


@pytest.mark.parametrize(
    ("status", "said"),
    [
        ("exploratory", "talks only, nothing agreed"),
        ("negotiating", "its terms are under negotiation, not agreed"),
        ("suspended", "it is in force, but performance is suspended"),
        ("expired", "its term has ended"),
        ("terminated", "a party has ended it"),
        ("signed", None),
        ("in-force", None),
    ],
)
def test_a_status_whose_terms_do_not_bind_as_agreed_is_noted(
    tmp_path: Path, status: str, said: str | None
) -> None:
    """A draft, talks, a suspended or ended contract: its verdicts read the terms the
    description states as they would bind, and the report says so in the contract's notes;
    a signed or in-force contract has no such note."""
    path = tmp_path / "c.yaml"
    path.write_text(
        "id: c\ntitle: c\nclauses:\n  - id: '1'\n    facts:\n"
        f"      status: {status}\n      purposes: [civilian]\n"
    )
    run = cli("check", str(path), "--as-of", "2027-01-01", "--format", "json")
    assert run.code in (0, 1), run.err
    report = json.loads(run.out)
    notes = report["contracts"][0].get("notes", [])
    if said is None:
        assert not any("status" in note for note in notes)
    else:
        expected = (
            f"the contract's status is {status} (status, line 6): {said}; the verdicts read "
            "the terms this description states as they would bind"
        )
        assert notes == [expected]


@pytest.mark.parametrize("how", ["sources_not_binding", "usage_policy_applies"])
def test_a_term_that_prevails_over_the_disowning_one_ends_it(how: str) -> None:
    """An amendment in force that prevails over the clause disowning a source, and says
    otherwise, ends the disowning from its first day: the merged value is the amendment's,
    so the source binds (audit30: a usage policy re-incorporated, an annex made binding)."""
    kind = "annex" if how == "sources_not_binding" else "usage-policy"
    disowning, lifting = (
        ({"items": ["d"], "complete": True}, {"items": [], "complete": True})
        if how == "sources_not_binding"
        else (False, True)
    )
    data = {
        "clauses": [{"id": "2", "facts": {"grants": {how: disowning}}}],
        "sources": [
            {
                "id": "a1",
                "kind": "amendment",
                "effective": "2027-02-01",
                "prevails_over": ["2"],
                "facts": {"grants": {how: lifting}},
            },
            {"id": "d", "kind": kind, "facts": {"safeguards": {"audit_logging": True}}},
        ],
    }
    for day, binds in ((date(2027, 1, 15), False), (date(2027, 3, 1), True)):
        doc = doc_of(data, day)
        leaf = find(doc.facts, "safeguards.audit_logging")
        assert isinstance(leaf, FLeaf) and leaf.prov.contract_term is binds, day
        state = next(s for s in doc.terms if s.ref == "d")
        assert ("does not bind" in state.reason) is not binds, state.reason
    # An amendment that leaves the point open does not end the disowning.
    data["sources"][0]["facts"]["grants"][how] = "unspecified"
    leaf = find(doc_of(data, date(2027, 3, 1)).facts, "safeguards.audit_logging")
    assert isinstance(leaf, FLeaf) and leaf.prov.contract_term is False
    # The reverse: an amendment that prevails and disowns does so from its first day.
    data["clauses"][0]["facts"]["grants"][how] = lifting
    data["sources"][0]["facts"]["grants"][how] = disowning
    for day, binds in ((date(2027, 1, 15), True), (date(2027, 3, 1), False)):
        leaf = find(doc_of(data, day).facts, "safeguards.audit_logging")
        assert isinstance(leaf, FLeaf) and leaf.prov.contract_term is binds, day


def test_a_clause_that_prevails_over_a_source_signed_later_keeps_its_state() -> None:
    """A clause that prevails over a statement of work dated after the assessment date is
    in force on that date and the statement of work is not yet agreed (audit30: the
    loader crashed, looking the clause up as if it were the unsigned source)."""
    data = {
        "clauses": [
            {
                "id": "5",
                "prevails_over": ["sow"],
                "facts": {"safeguards": {"log_retention_months": 6}},
            }
        ],
        "sources": [
            {
                "id": "sow",
                "kind": "statement-of-work",
                "date": "2027-01-10",
                "facts": {"safeguards": {"log_retention_months": 12}},
            }
        ],
    }
    doc = doc_of(data, date(2027, 1, 5))
    states = {s.ref: (s.state, s.reason) for s in doc.terms}
    assert states["5"] == ("in-force", "in force")
    assert states["sow"][0] == "not-yet-effective"
    assert "not yet agreed" in states["sow"][1]
    leaf = find(doc.facts, FACT)
    assert isinstance(leaf, FLeaf) and leaf.value == 6


# --- signatures: a document binds only with the signatures the contract requires ------------

SIGNED = SOUND / "signed-side-letter.yaml"
VENDOR_ONLY = "    signed_by: {items: [vendor], complete: true}\n"
REQUIREMENT = "        modifications_signed_by: {items: [dod, vendor], complete: true}\n"


@pytest.mark.parametrize(
    ("how", "signed", "requirement", "expected"),
    [
        # Signed by the vendor alone, and clause 31 requires both: binds no one.
        ("vendor-only", VENDOR_ONLY, REQUIREMENT, "FAIL"),
        # Signed by both: binds.
        ("both", "    signed_by: {items: [dod, vendor], complete: true}\n", REQUIREMENT, "PASS"),
        # Signatories not stated: read as before (silence is no evidence of a gap).
        ("unstated", "", REQUIREMENT, "PASS"),
        # Stated only in part (an open list, or unspecified): whether it binds is unknown.
        ("open", "    signed_by: [vendor]\n", REQUIREMENT, "UNKNOWN"),
        ("unspecified", "    signed_by: unspecified\n", REQUIREMENT, "UNKNOWN"),
        # No form required: the letter, which restricts the dod's use, binds only with the
        # dod's assent, which it did not give by signing and may or may not have given
        # otherwise (audit73: a variation is a contract, made by the assent of both
        # parties, UNIDROIT Principles 2016, Arts 2.1.1, 3.1.2, in no form, Art. 1.2).
        # The row read PASS until then: a vendor's letter alone decided the ban.
        ("no-requirement", VENDOR_ONLY, "        any_lawful_use: true\n", "UNKNOWN"),
        # A requirement left open names no one: no form is required, as above.
        (
            "requirement-open",
            VENDOR_ONLY,
            "        modifications_signed_by: unspecified\n",
            "UNKNOWN",
        ),
        # An open requirement still names dod.
        ("requirement-names", VENDOR_ONLY, "        modifications_signed_by: [dod]\n", "FAIL"),
    ],
)
def test_a_side_letter_binds_only_with_the_signatures_the_contract_requires(
    tmp_path: Path, how: str, signed: str, requirement: str, expected: str
) -> None:
    text = SIGNED.read_text(encoding="utf-8")
    assert text.count(VENDOR_ONLY) == 1 and text.count(REQUIREMENT) == 1
    path = tmp_path / f"{how}.yaml"
    path.write_text(text.replace(VENDOR_ONLY, signed).replace(REQUIREMENT, requirement), "utf-8")
    rule = "no-mass-surveillance/explicit-ban"
    run = cli(
        "check",
        "--show",
        "all",
        str(path),
        "--pack",
        "no-mass-surveillance",
        "--as-of",
        "2028-06-01",
    )
    assert verdict(run.out, rule) == expected, run.out + run.err
    if expected == "FAIL":
        assert "side-letter 'side-letter-1' binds no one: it lacks the signature of 'dod'" in (
            run.out
        )
    if expected == "UNKNOWN" and how in ("no-requirement", "requirement-open"):
        assert "binds only if 'dod' assented to it: it is signed by 'vendor' alone" in run.out
    elif expected == "UNKNOWN":
        assert "binds only if 'dod'" in run.out and "as clause 31 requires" in run.out
    if how in ("both", "unstated"):
        assert "binds no one" not in run.out and "binds only if" not in run.out, run.out


def test_explain_and_json_say_why_an_unsigned_letter_does_not_bind(tmp_path: Path) -> None:
    rule = "no-mass-surveillance/explicit-ban"
    run = cli("explain", rule, "--contract", str(SIGNED), "--as-of", "2028-06-01")
    assert run.code == 0, run.err
    text = " ".join(run.out.split())
    assert (
        "side-letter 'side-letter-1' (line 23): in force, but it binds no one: it lacks the "
        "signature of 'dod', which clause 31 requires for a modification to bind"
    ) in text
    assert "clause 3 stands: side-letter 'side-letter-1' would prevail over it" in text
    data = json.loads(
        cli(
            "explain", rule, "--contract", str(SIGNED), "--as-of", "2028-06-01", "--format", "json"
        ).out
    )
    terms = {term["id"]: term for term in data["terms"]}
    assert terms["side-letter-1"].get("unsigned") is True
    assert "unsigned" not in terms["3"]


def test_a_letter_one_party_signed_where_no_form_is_required_asks_for_the_assent(
    tmp_path: Path,
) -> None:
    """With no term requiring a modification to be signed, a side letter the vendor alone
    signed binds only if the customer assented to it (audit73): the report says so and
    the questions ask; a letter both signed, or whose signatories are not stated, is read
    as before."""
    path = tmp_path / "no-form.yaml"
    text = SIGNED.read_text(encoding="utf-8")
    path.write_text(text.replace(REQUIREMENT, "        any_lawful_use: true\n"), "utf-8")
    run = cli(
        "gaps", "--questions", str(path), "--pack", "no-mass-surveillance", "--as-of", "2028-06-01"
    )
    assert (
        "Did 'dod' assent to side-letter 'side-letter-1', which it did not sign (a variation "
        "binds only with the assent of both parties)?"
    ) in run.out, run.out
    explained = cli(
        "explain",
        "no-mass-surveillance/explicit-ban",
        "--contract",
        str(path),
        "--as-of",
        "2028-06-01",
    )
    assert "it binds only if 'dod' assented to it" in " ".join(explained.out.split())
    # An annex or statement of work is no variation: its signatures are read as before.
    annex = tmp_path / "annex.yaml"
    annex.write_text(path.read_text("utf-8").replace("kind: side-letter", "kind: annex"), "utf-8")
    run = cli(
        "check",
        "--show",
        "all",
        str(annex),
        "--pack",
        "no-mass-surveillance",
        "--as-of",
        "2028-06-01",
    )
    assert "assented" not in run.out, run.out


THREE_PARTIES = (
    "    - {id: dod, roles: {items: [customer], complete: true}, kind: defence-department,"
    " country: US}\n"
    "    - {id: vendor, roles: {items: [integrator], complete: true}, kind: company,"
    " country: US%s}\n"
    "    - {id: lab, roles: {items: [provider], complete: true}, kind: company, country: US%s}\n"
)


@pytest.mark.parametrize(
    ("vendor", "lab", "signers", "expected"),
    [
        # The model's developer behind the integrator is no party to the contract: the letter
        # the customer and the integrator signed binds without it (UNIDROIT Principles 2016,
        # Art. 2.1.1: the assent of the parties to the contract).
        (", contracting: true", ", contracting: false", "[dod, vendor]", "PASS"),
        # Not said whether the developer is one: a provider is taken to be, and its assent
        # is not shown (read both ways).
        (", contracting: true", "", "[dod, vendor]", "UNKNOWN"),
        (", contracting: true", ", contracting: unspecified", "[dod, vendor]", "UNKNOWN"),
        # The integrator is a party to the contract: a letter it did not sign needs its
        # assent, whatever its role (before the fact, an integrator was never asked for).
        (", contracting: true", ", contracting: false", "[dod, lab]", "UNKNOWN"),
        # Said of no one: customer and provider are the parties, as before.
        ("", "", "[dod, lab]", "PASS"),
    ],
)
def test_a_variation_needs_the_assent_of_the_parties_to_the_contract_only(
    tmp_path: Path, vendor: str, lab: str, signers: str, expected: str
) -> None:
    text = SIGNED.read_text(encoding="utf-8").replace(REQUIREMENT, "        any_lawful_use: true\n")
    parties = text[text.index("    - {id: dod") : text.index("  complete: true\nclauses")]
    text = text.replace(parties, THREE_PARTIES % (vendor, lab))
    text = text.replace(VENDOR_ONLY, f"    signed_by: {{items: {signers}, complete: true}}\n")
    path = tmp_path / "three.yaml"
    path.write_text(text, "utf-8")
    assert cli("validate", str(path)).code == 0
    pack = ("--pack", "no-mass-surveillance", "--as-of", "2028-06-01")
    run = cli("check", "--show", "all", str(path), *pack)
    assert verdict(run.out, "no-mass-surveillance/explicit-ban") == expected, run.out + run.err
    if expected == "UNKNOWN":
        assert "assented to it" in " ".join(run.out.split()), run.out


def test_a_letter_whose_signatures_are_partly_stated_asks_who_signed(tmp_path: Path) -> None:
    path = tmp_path / "open.yaml"
    text = SIGNED.read_text(encoding="utf-8")
    path.write_text(text.replace(VENDOR_ONLY, "    signed_by: [vendor]\n"), encoding="utf-8")
    run = cli(
        "gaps", "--questions", str(path), "--pack", "no-mass-surveillance", "--as-of", "2028-06-01"
    )
    assert (
        "Did 'dod' sign side-letter 'side-letter-1', as clause 31 requires for a "
        "modification to bind?"
    ) in run.out, run.out
    explained = cli(
        "explain",
        "no-mass-surveillance/explicit-ban",
        "--contract",
        str(path),
        "--as-of",
        "2028-06-01",
    )
    assert "it binds only if 'dod' signed it" in " ".join(explained.out.split())


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (VENDOR_ONLY, "    signed_by: {items: [vendr], complete: true}\n"),
        (REQUIREMENT, "        modifications_signed_by: [dod, vendr]\n"),
    ],
)
def test_a_signatory_that_is_no_party_is_an_error(tmp_path: Path, old: str, new: str) -> None:
    path = tmp_path / "typo.yaml"
    path.write_text(SIGNED.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    run = cli("validate", str(path))
    assert run.code == 2, run.out + run.err
    assert "'vendr' is not the id of a party (parties: dod, vendor)" in run.err


def test_a_usage_policy_and_the_requiring_term_are_not_modifications(tmp_path: Path) -> None:
    """A usage policy binds through the term that incorporates it, not by its signatures;
    and the term that states the requirement is not a modification of itself."""
    text = SIGNED.read_text(encoding="utf-8")
    policy = tmp_path / "policy.yaml"
    policy.write_text(text.replace("kind: side-letter", "kind: usage-policy"), encoding="utf-8")
    itself = tmp_path / "itself.yaml"
    itself.write_text(
        text.replace(REQUIREMENT, "        any_lawful_use: true\n").replace(
            "      grants: {limited_only_by_law: false}\n",
            "      grants:\n        limited_only_by_law: false\n" + REQUIREMENT,
        ),
        encoding="utf-8",
    )
    # A letter that restates clause 31's requirement is still held to clause 31.
    restating = tmp_path / "restating.yaml"
    restating.write_text(
        text.replace(
            "      grants: {limited_only_by_law: false}\n",
            "      grants:\n        limited_only_by_law: false\n" + REQUIREMENT,
        ),
        encoding="utf-8",
    )
    rule = "no-mass-surveillance/explicit-ban"
    run = cli("check", str(restating), "--pack", "no-mass-surveillance", "--as-of", "2028-06-01")
    assert verdict(run.out, rule) == "FAIL", run.out + run.err
    for path in (policy, itself):
        run = cli(
            "check",
            "--show",
            "all",
            str(path),
            "--pack",
            "no-mass-surveillance",
            "--as-of",
            "2028-06-01",
        )
        assert verdict(run.out, rule) == "PASS", run.out + run.err


# --- time: an event known not to have taken place by a day ------------------------------------


def _pending(key: str, day: str, **extra: Any) -> dict[str, Any]:
    """A contract whose clause 4 keeps logs 9 months and whose amendment, on an event
    (``key``: effective_on or expires_on), keeps them 24, the event known not to have
    taken place by ``day``."""
    clause = {"id": "4", "facts": {"safeguards": {RETENTION: 9}}}
    amendment = {
        "id": "a1",
        "kind": "amendment",
        key: "accreditation of the system",
        f"{key}_pending_through": day,
        "prevails_over": ["4"],
        "facts": {"safeguards": {RETENTION: 24}},
        **extra,
    }
    return {"clauses": [clause], "sources": [amendment]}


def _retention(doc: ContractDoc) -> Any:
    leaf = find(doc.facts, FACT)
    return leaf.value if isinstance(leaf, FLeaf) else None


def test_a_term_on_an_event_not_taken_place_by_a_day_is_not_yet_in_force_then() -> None:
    """Through the day the event is known not to have taken place, the term states nothing
    and the clause stands, in every reading; after it, the term is conditional again."""
    data = _pending("effective_on", "2028-06-01")
    for day in (date(2028, 1, 1), date(2028, 6, 1)):
        doc = doc_of(data, day)
        assert _retention(doc) == 9
        states = {s.ref: (s.state, s.reason) for s in doc.terms}
        assert states["a1"] == (
            "not-yet-effective",
            "not yet in force: it takes effect upon accreditation of the system, which had "
            "not taken place by 2028-06-01",
        )
        assert not doc.conditions and not doc.condition_questions
        assert "clause 4 applies until accreditation of the system takes place (not by " in (
            " ".join(doc.changes["4"])
        )
    after = doc_of(data, date(2028, 6, 2))
    assert _retention(after) != 9
    assert {s.ref: s.state for s in after.terms}["a1"] == "conditional"
    assert "had not taken place by 2028-06-01" in after.condition_questions["a1"]


def test_a_term_on_a_lapse_not_taken_place_by_a_day_still_applies_then() -> None:
    data = _pending("expires_on", "2028-06-01")
    on = doc_of(data, date(2028, 6, 1))
    assert _retention(on) == 24
    state = {s.ref: s for s in on.terms}["a1"]
    assert state.state == "in-force"
    assert "lapses upon accreditation of the system, which had not taken place" in state.reason
    after = doc_of(data, date(2028, 6, 2))
    assert _retention(after) != 24
    assert {s.ref: s.state for s in after.terms}["a1"] == "conditional"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {
                "sources": [
                    {"id": "a1", "kind": "amendment", "effective_on_pending_through": "2028-06-01"}
                ]
            },
            "gives 'effective_on_pending_through' without 'effective_on'",
        ),
        (
            _pending("effective_on", "2028-06-01", effective="2028-05-01"),
            "had not taken place by 2028-06-01, but 'effective' is 2028-05-01",
        ),
        (
            _pending("expires_on", "2028-06-01", expires="2028-05-31"),
            "had not taken place by 2028-06-01, but 'expires' is 2028-05-31",
        ),
    ],
)
def test_a_pending_day_that_contradicts_the_event_is_an_error(
    data: dict[str, Any], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        doc_of(data, date(2028, 1, 1))


def test_a_pending_day_with_the_event_dated_reads_the_date() -> None:
    data = _pending("effective_on", "2028-06-01", effective="2028-09-01")
    assert _retention(doc_of(data, date(2028, 8, 31))) == 9
    assert _retention(doc_of(data, date(2028, 9, 1))) == 24


USAGE_POLICY_BAN = """\
id: open-policy
title: A usage policy whose binding force the contract leaves open
parties:
  items:
    - {id: dod, roles: [customer], kind: defence-department, country: US}
  complete: true
grants:
  any_lawful_use: true
%s
sources:
  - id: aup
    kind: usage-policy
    title: Vendor usage policy
    facts:
      restrictions:
        anti_personnel_autonomy:
          prohibited: true
          condition: unconditional
          exceptions: {items: [], complete: true}
"""


@pytest.mark.parametrize(
    ("applies", "status"),
    [
        ("  usage_policy_applies: true", "pass"),
        ("", "pass"),  # recorded as a usage-policy source: read as incorporated
        ("  usage_policy_applies: unspecified", "unknown"),
        ("  usage_policy_applies: false", "unknown"),
    ],
    ids=["applies", "not-stated", "open", "disowned"],
)
def test_a_usage_policy_whose_binding_force_is_open_decides_nothing(
    tmp_path: Path, applies: str, status: str
) -> None:
    """A ban in a usage policy passes the rule only while the policy binds: where the
    contract leaves open whether it applies (``usage_policy_applies: unspecified``), it is
    no term shown to bind, and its ban is set aside with a note, as where it is disowned."""
    path = tmp_path / "c.yaml"
    path.write_text(USAGE_POLICY_BAN % applies, encoding="utf-8")
    rule = "no-autonomous-weapons/no-anti-personnel-autonomy"
    run = cli("check", str(path), "--select", rule, "--as-of", "2027-06-01", "--format", "json")
    assert run.code in (0, 1), run.err
    (contract,) = json.loads(run.out)["contracts"]
    (result,) = contract["results"]
    assert result["status"] == status
    notes = [contract["result_notes"][n] for n in result.get("notes", [])]
    assert any("usage-policy 'aup'" in note for note in notes) == (status == "unknown")
