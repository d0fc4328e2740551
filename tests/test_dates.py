"""Dates in rules: a duty's first day that depends on a fact (``effective.transitions``),
three-valued, and the condition on the assessment date (``{as_of: ...}``)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import cli
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.engine import conditions as engine
from compliance.engine.dates import AsOfNode, Transition, date_gate, start_gate
from compliance.facts.tree import FLeaf, FObj, Prov

PROV = Prov("contract", None, 0)
DEFAULT = date(2027, 12, 2)
LATER = date(2030, 8, 2)


class Fixed(engine.Node):
    """A condition with a fixed result (what a transition's condition came out as)."""

    def __init__(self, res: engine.Res) -> None:
        self.res = res

    def ev(self, ctx: engine.Ctx, obj: FObj, prefix: str) -> engine.Res:
        return self.res


class Doc:
    """The part of a contract the date gate reads: its facts (the term's end), and no later
    periods of terms."""

    def __init__(self, end: date | None) -> None:
        self.later: list[tuple[date, FObj]] = []
        self.facts = FObj(PROV, 1, 1)
        if end is not None:
            term = FObj(PROV, 2, 1)
            term.fields["end"] = FLeaf(end, PROV, 2, 8)
            self.facts.fields["term"] = term


FACT = FLeaf(date(2025, 6, 1), PROV, 5, 3)
RESULTS: dict[str, engine.Res] = {
    "true": (engine.TRUE, (("system.put_into_service", FACT),), ()),
    "false": (engine.FALSE, (("system.put_into_service", FACT),), ()),
    "unknown": (engine.UNKNOWN, (), (("system.put_into_service", engine.ABSENT),)),
}
CITATION = {"instrument": "Regulation (EU) 2024/1689 (AI Act)", "provision": "Art. 111(2)"}


def gate(condition: str, as_of: date, end: date | None, start: date = DEFAULT) -> Any:
    transition = Transition(LATER, Fixed(RESULTS[condition]), CITATION, "later")
    effective = {"from": start.isoformat()}
    doc: Any = Doc(end)
    return date_gate(effective, (transition,), doc, engine.Ctx(as_of))


def value(res: engine.Res | None) -> int:
    """A gate's value for the verdict: none (in force) counts as true."""
    return engine.TRUE if res is None else res[0]


days = st.dates(min_value=date(2025, 1, 1), max_value=date(2032, 12, 31))


@given(as_of=days, end=st.none() | days, start=days)
def test_an_unknown_condition_decides_only_when_both_readings_agree(
    as_of: date, end: date | None, start: date
) -> None:
    if start == LATER:
        start -= timedelta(days=1)
    when_true = value(gate("true", as_of, end, start).res)
    when_false = value(gate("false", as_of, end, start).res)
    found = gate("unknown", as_of, end, start)
    if when_true == when_false:
        assert value(found.res) == when_true
    else:
        assert value(found.res) == engine.UNKNOWN
        assert found.res is not None
        assert ("system.put_into_service", engine.ABSENT) in found.res[2]


@given(as_of=days, end=st.none() | days)
def test_a_decided_condition_picks_its_reading(as_of: date, end: date | None) -> None:
    doc: Any = Doc(end)
    assert value(gate("true", as_of, end).res) == value(start_gate(LATER, doc, as_of)[0])
    assert value(gate("false", as_of, end).res) == value(start_gate(DEFAULT, doc, as_of)[0])


def running(end: date | None, term_start: date | None, service: date | None) -> Any:
    """A Doc with the term's end, its first day and the day of service, each where given."""
    doc: Any = Doc(end)
    if term_start is not None:
        term = doc.facts.fields.setdefault("term", FObj(PROV, 2, 1))
        term.fields["start"] = FLeaf(term_start, PROV, 3, 8)
    if service is not None:
        system = FObj(PROV, 4, 1)
        system.fields["put_into_service"] = FLeaf(service, PROV, 4, 8)
        doc.facts.fields["system"] = system
    return doc


@given(days, st.none() | days, st.none() | days, st.none() | days)
def test_a_day_the_contract_runs_after_the_start_binds_it_to_the_duty(
    as_of: date, end: date | None, term_start: date | None, service: date | None
) -> None:
    """Before a duty applies, with the term's end unstated, a first day of the term or a day
    of service on or after the duty's first day shows the contract runs when it applies:
    the duty binds it (true, on that fact). Otherwise the stated end decides, or the gate is
    unknown; in force from the first day whatever the terms say."""
    res, _ = start_gate(DEFAULT, running(end, term_start, service), as_of)
    if as_of >= DEFAULT and (end is None or end >= DEFAULT):
        assert res is None
    elif end is not None:
        assert value(res) == (engine.TRUE if end >= DEFAULT else engine.FALSE)
    elif (term_start or date.min) >= DEFAULT or (service or date.min) >= DEFAULT:
        assert res is not None and res[0] == engine.TRUE
        ((path, node),) = res[1]
        assert path in ("term.start", "system.put_into_service") and node.value >= DEFAULT
    else:
        assert res is not None and res[0] == engine.UNKNOWN
        assert res[2] == (("term.end", engine.ABSENT),)


def test_both_readings_equal_is_decided_without_the_fact() -> None:
    # The term runs past both days: the duty binds within the term either way.
    found = gate("unknown", date(2028, 1, 10), date(2031, 12, 31))
    assert found.res is not None and found.res[0] == engine.TRUE and not found.res[2]
    # The term ends before both days: the duty never binds this contract.
    found = gate("unknown", date(2026, 6, 1), date(2027, 6, 30))
    assert found.res is not None and found.res[0] == engine.FALSE
    assert "one of 2027-12-02, 2030-08-02" in found.reason and "2027-06-30" in found.reason
    # Both days passed: in force either way.
    assert gate("unknown", date(2031, 1, 1), None).res is None


def test_the_transition_gives_the_message() -> None:
    found = gate("true", date(2028, 1, 10), date(2029, 12, 31))
    assert found.res is not None and found.res[0] == engine.FALSE
    assert found.start == LATER and found.transition is not None
    assert "2030-08-02 (Art. 111(2) of Regulation (EU) 2024/1689 (AI Act): later)" in found.reason
    assert ("system.put_into_service", FACT) in found.res[1]


def test_an_error_in_the_condition_is_an_error() -> None:
    transition = Transition(LATER, Fixed((engine.ERROR, (), ())), CITATION, None)
    found = date_gate(
        {"from": "2027-12-02"}, (transition,), Doc(None), engine.Ctx(date(2028, 1, 1))
    )  # type: ignore[arg-type]
    assert found.res is not None and found.res[0] == engine.ERROR


@given(as_of=days, start=st.none() | days, until=st.none() | days, before=st.none() | days)
def test_as_of_holds_within_its_bounds(
    as_of: date, start: date | None, until: date | None, before: date | None
) -> None:
    node = AsOfNode(start, until, before)
    result, evidence, missing = node.evaluate(engine.Ctx(as_of), FObj(PROV, 1, 1), "")
    inside = (
        (start is None or as_of >= start)
        and (until is None or as_of <= until)
        and (before is None or as_of < before)
    )
    assert result == (engine.TRUE if inside else engine.FALSE)
    assert evidence == () and missing == ()


# --- through the CLI ----------------------------------------------------------------------------

PACK = """\
id: acme
title: Acme
version: 0.1.0
description: Test pack.
disclaimer: Not legal advice.
"""

RULE = """\
id: dated
title: A dated duty
severity: low
basis: law
citations:
  - {{instrument: Regulation (EU) 2024/1689 (AI Act), provision: Art. 9, url: "https://eur-lex.europa.eu"}}
rationale: Test.
requires: {{fact: ai_act.risk_management, equals: true}}
effective:
  from: 2027-12-02
{extra}remediation: Do it.
question: Will you?
"""

GOOD = """\
  transitions:
    - when: {fact: system.put_into_service, lt: 2026-08-02}
      from: 2030-08-02
      citation: {instrument: Regulation (EU) 2024/1689 (AI Act), provision: Art. 111(2), url: "https://eur-lex.europa.eu"}
"""


def make_pack(tmp_path: Path, extra: str, requires: str | None = None) -> Path:
    pack = tmp_path / "acme"
    pack.mkdir(exist_ok=True)
    (pack / "pack.yaml").write_text(PACK)
    text = RULE.format(extra=extra)
    if requires is not None:
        text = text.replace("requires: {fact: ai_act.risk_management, equals: true}", requires)
    (pack / "dated.yaml").write_text(text)
    return pack


CONTRACT = """\
id: c
title: C
term: {{start: 2027-01-01, end: 2029-12-31}}
clauses:
  - id: "1"
    facts:
      {facts}
      ai_act: {{risk_management: false}}
"""


def check(tmp_path: Path, pack: Path, facts: str, as_of: str = "2028-01-10") -> Any:
    import json

    path = tmp_path / "c.yaml"
    path.write_text(CONTRACT.format(facts=facts))
    run = cli("check", str(path), "--pack", str(pack), "--as-of", as_of, "--format", "json")
    assert run.code in (0, 1), run.err
    contract = json.loads(run.out)["contracts"][0]
    (result,) = contract["results"]
    result["missing"] = [
        {"reason": "absent", **contract["missing_facts"][n]} for n in result.get("missing", [])
    ]
    if "notes" in result:
        result["notes"] = [contract["result_notes"][n] for n in result["notes"]]
    return result


def test_a_transition_through_the_cli(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, GOOD)
    legacy = check(tmp_path, pack, "system: {put_into_service: 2025-06-01}")
    assert legacy["status"] == "not_applicable"
    assert "2030-08-02 (Art. 111(2)" in legacy["message"]
    new = check(tmp_path, pack, "system: {put_into_service: 2027-01-01}")
    assert new["status"] == "fail"
    silent = check(tmp_path, pack, "purposes: [civilian]")
    assert silent["status"] == "unknown"
    assert {"path": "system.put_into_service", "reason": "absent"} in [
        {k: m[k] for k in ("path", "reason")} for m in silent["missing"]
    ]
    assert any("depends on facts the contract does not state" in n for n in silent["notes"])


INVOKED = GOOD.replace(
    "      from: 2030-08-02\n",
    "      invoked_by: [system.put_into_service]\n      from: 2030-08-02\n",
)


def test_a_transition_the_contract_does_not_invoke_is_not_relied_on(tmp_path: Path) -> None:
    """A transitional provision is an exception for whoever relies on it: while the contract
    states none of the facts that invoke it, the rule's own first day holds, with a note."""
    pack = make_pack(tmp_path, INVOKED)
    silent = check(tmp_path, pack, "purposes: [civilian]")
    assert silent["status"] == "fail"
    assert silent["missing"] == []
    (note,) = [n for n in silent["notes"] if "transitional provision" in n]
    assert note.startswith(
        "the contract does not state system.put_into_service, so no transitional provision is "
        "relied on and the duty applies from 2027-12-02 (under Art. 111(2) of "
    )
    assert note.endswith("it would apply from 2030-08-02 where the contract shows that)")
    # Stated: the condition decides, unknown included.
    legacy = check(tmp_path, pack, "system: {put_into_service: 2025-06-01}")
    assert legacy["status"] == "not_applicable"
    open_date = check(tmp_path, pack, "system: {put_into_service: unspecified}")
    assert open_date["status"] == "unknown"
    assert {"path": "system.put_into_service", "reason": "unspecified"} in [
        {k: m[k] for k in ("path", "reason")} for m in open_date["missing"]
    ]
    # After the later day the note has nothing to say.
    late = check(tmp_path, pack, "purposes: [civilian]", "2030-09-01")
    assert not any("transitional provision" in n for n in late.get("notes", []))


@given(as_of=days, end=st.none() | days, condition=st.sampled_from(sorted(RESULTS)))
def test_invoked_by_changes_only_an_unknown_condition_on_a_silent_contract(
    as_of: date, end: date | None, condition: str
) -> None:
    """With the invoking fact stated (here: the condition's own fact is in the tree), a
    transition reads as without invoked_by; unstated, an unknown condition reads as false."""
    plain = Transition(LATER, Fixed(RESULTS[condition]), CITATION, "later")
    invoked = Transition(
        LATER, Fixed(RESULTS[condition]), CITATION, "later", ("system.put_into_service",)
    )
    effective = {"from": DEFAULT.isoformat()}
    doc: Any = Doc(end)
    silent = date_gate(effective, (invoked,), doc, engine.Ctx(as_of))
    expected = date_gate(effective, (plain,), doc, engine.Ctx(as_of))
    if condition == "unknown":
        own = date_gate(effective, (), doc, engine.Ctx(as_of))
        assert (value(silent.res), silent.start) == (value(own.res), own.start)
        assert silent.silent == (invoked,)
    else:
        assert (value(silent.res), silent.start) == (value(expected.res), expected.start)
        assert silent.silent == ()
    system = FObj(PROV, 4, 1)
    system.fields["put_into_service"] = FACT
    doc.facts.fields["system"] = system
    stated = date_gate(effective, (invoked,), doc, engine.Ctx(as_of))
    again = date_gate(effective, (plain,), doc, engine.Ctx(as_of))
    assert (value(stated.res), stated.start, stated.silent) == (
        value(again.res),
        again.start,
        (),
    )


def test_as_of_through_the_cli(tmp_path: Path) -> None:
    requires = (
        "requires:\n  any:\n    - {fact: ai_act.risk_management, equals: true}\n"
        "    - {as_of: {before: 2028-01-01}}"
    )
    pack = make_pack(tmp_path, "", requires)
    assert check(tmp_path, pack, "purposes: [civilian]", "2027-12-31")["status"] == "pass"
    assert check(tmp_path, pack, "purposes: [civilian]", "2028-01-01")["status"] == "fail"


@pytest.mark.parametrize(
    ("extra", "requires", "where", "message"),
    [
        (
            GOOD.replace("system.put_into_service", "system.put_into_servise"),
            None,
            "dated.yaml:12:20:",
            "system.put_into_servise",
        ),
        (
            GOOD.replace("from: 2030-08-02", "from: 2027-12-02"),
            None,
            "dated.yaml:13:13:",
            "own from",
        ),
        (
            "  transitions:\n    - when: {fact: system.put_into_service, lt: 2026-08-02}\n"
            "      from: 2030-08-02\n",
            None,
            "dated.yaml:12:7:",
            "citation",
        ),
        (
            INVOKED.replace("invoked_by: [system.put_into_service]", "invoked_by: [system.nope]"),
            None,
            "dated.yaml:13:20:",
            "system.nope",
        ),
        ("", "requires: {as_of: {}}", "dated.yaml:8:", "as_of needs at least one of"),
        (
            "",
            "requires: {as_of: {from: 2028-01-01, before: 2027-01-01}}",
            "dated.yaml:8:",
            "no date is on or after 2028-01-01",
        ),
    ],
)
def test_a_malformed_date_construct_is_one_positioned_error(
    tmp_path: Path, extra: str, requires: str | None, where: str, message: str
) -> None:
    pack = make_pack(tmp_path, extra, requires)
    path = tmp_path / "c.yaml"
    path.write_text(CONTRACT.format(facts="purposes: [civilian]"))
    run = cli("check", str(path), "--pack", str(pack), "--as-of", "2028-01-10")
    assert run.code == 2, run.err
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert where in lines[0] and message in lines[0], lines[0]
    assert "Traceback" not in run.err


def test_explain_traces_the_transitions(tmp_path: Path) -> None:
    import json

    pack = make_pack(tmp_path, GOOD)
    path = tmp_path / "c.yaml"
    path.write_text(CONTRACT.format(facts="system: {put_into_service: 2025-06-01}"))
    args = ("explain", "acme/dated", "--pack", str(pack), "--contract", str(path))
    run = cli(*args, "--as-of", "2028-01-10", "--format", "json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["rule"]["effective"]["transitions"][0]["from"] == "2030-08-02"
    assert "when" not in data["rule"]["effective"]["transitions"][0]
    (traced,) = data["trace"]["transitions"]
    assert traced["when"]["value"] == "true"
    assert traced["when"]["text"] == "the fact system.put_into_service is less than 2026-08-02"
    text = cli(*args, "--as-of", "2028-01-10").out
    assert "dates (the first transition whose condition holds gives the first day):" in text
    assert "  - from 2030-08-02 under Art. 111(2) of Regulation (EU) 2024/1689 (AI Act)" in text


def test_as_of_in_words() -> None:
    from compliance.engine.describe import as_of_words

    words = as_of_words({"from": "2021-09-27", "until": None, "before": "2022-12-28"})
    assert "".join(text for text, _ in words) == (
        "the assessment date is on or after 2021-09-27 and before 2022-12-28"
    )


def test_lint_warns_of_a_transition_that_can_never_hold(tmp_path: Path) -> None:
    never = GOOD.replace(
        "{fact: system.put_into_service, lt: 2026-08-02}",
        "{all: [{fact: system.gpai_model, equals: true},"
        " {fact: system.gpai_model, equals: false}]}",
    )
    pack = make_pack(tmp_path, never)
    run = cli("packs", "lint", str(pack))
    assert "transition-never-true" in run.out, run.out + run.err
    assert "dated.yaml:12:7: warning transition-never-true" in run.out, run.out
    clean = make_pack(tmp_path, GOOD)
    assert "transition-never-true" not in cli("packs", "lint", str(clean)).out


def test_explain_shows_the_assessment_date_condition() -> None:
    audit = Path(__file__).parent / "data" / "audit" / "dr-old-scc-transition.yaml"
    args = ("explain", "data-residency/transfer-mechanism", "--contract", str(audit))
    inside = cli(*args, "--as-of", "2022-06-01")
    assert inside.code == 0, inside.err
    assert "TRUE     the assessment date is on or before 2022-12-27" in inside.out
    assert "status: pass" in inside.out
    after = cli(*args, "--as-of", "2023-01-02")
    assert "FALSE    the assessment date is on or before 2022-12-27" in after.out
    assert "status: fail" in after.out


def test_a_later_duty_is_read_with_the_law_of_each_period_it_applies_in(tmp_path: Path) -> None:
    """Before a duty applies, each period of terms it applies in is read with the law as
    it stands on that period's first day: here the rule accepts the duty unmet only until
    1 Jun 2028, so the period from 1 Jul 2028 fails it, though the assessment date, and
    the duty's first day, are before that day."""
    import json

    requires = (
        "requires:\n  any:\n    - {fact: ai_act.risk_management, equals: true}\n"
        "    - {as_of: {before: 2028-06-01}}"
    )
    pack = make_pack(tmp_path, "", requires)
    path = tmp_path / "later.yaml"
    text = (
        "id: c\ntitle: C\nterm: {start: 2027-01-01, end: 2029-12-31}\nclauses:\n"
        '  - id: "1"\n    facts:\n      ai_act: {risk_management: false}\n'
        '  - id: "2"\n    effective: 2028-07-01\n    facts:\n      purposes: [civilian]\n'
    )
    path.write_text(text)

    def status(as_of: str) -> tuple[str, list[str]]:
        run = cli("check", str(path), "--pack", str(pack), "--as-of", as_of, "--format", "json")
        contract = json.loads(run.out)["contracts"][0]
        (result,) = contract["results"]
        notes = [contract["result_notes"][n] for n in result.get("notes", [])]
        return result["status"], notes

    early, notes = status("2027-06-01")
    assert early == "fail"
    assert any("from 2028-07-01, while the duty applies (from 2027-12-02)" in n for n in notes)
    assert status("2027-12-02")[0] == "pass"  # in force: read as of that day alone
    assert status("2028-07-01")[0] == "fail"


@settings(max_examples=400)
@given(
    st.dates(date(2026, 1, 1), date(2029, 12, 31)),
    st.lists(
        st.tuples(
            st.dates(date(2026, 2, 1), date(2029, 12, 31)),
            st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2030, 12, 31))),
        ),
        max_size=3,
        unique_by=lambda amendment: amendment[0],
    ),
    st.dates(date(2026, 2, 1), date(2030, 6, 30)),
)
def test_a_later_duty_binds_iff_the_contract_still_runs_on_its_first_day(
    end: date, amendments: list[tuple[date, date | None]], start: date
) -> None:
    """Assessed on 1 Jan 2026, a duty from ``start`` is out of the contract (the gate
    false) exactly when, going day by day with the terms in force each day (the clause's
    term end, then each amendment's from the day it takes effect), the contract has ended
    before ``start``: an amendment already signed that ends the term early, or extends it
    while the contract still runs, counts."""
    import json

    from compliance.contracts.load import build_contract
    from compliance.document.loader import parse_text

    as_of = date(2026, 1, 1)
    sources = [
        {
            "id": f"a{n}",
            "kind": "amendment",
            "effective": day.isoformat(),
            "prevails_over": ["1", *(f"a{k}" for k in range(n))],
            "facts": {"term": {"end": stated.isoformat() if stated else "unspecified"}},
        }
        for n, (day, stated) in enumerate(sorted(amendments))
    ]
    data = {
        "id": "c",
        "title": "c",
        "clauses": [{"id": "1", "facts": {"term": {"end": end.isoformat()}}}],
        "sources": sources,
    }
    doc = build_contract(parse_text(json.dumps(data), "c.json", json=True), "c.json", as_of=as_of)

    def end_on(day: date) -> date | None:
        stated: date | None = end
        for first, value in sorted(amendments):
            if first <= day:
                stated = value
        return stated

    # Day by day: the contract has ended once a day is past the end its terms then state
    # (an unstated end: not known to have ended).
    ended = False
    day = as_of
    while day < start:
        last = end_on(day)
        if last is not None and day > last:
            ended = True
            break
        day += timedelta(days=1)
    res, _ = start_gate(start, doc, as_of)
    assert (res is not None and res[0] == engine.FALSE) == ended


@pytest.mark.parametrize(
    ("effective", "expected"),
    [("2027-12-03", engine.UNKNOWN), ("2027-12-02", engine.FALSE), ("2027-12-01", engine.FALSE)],
)
def test_terms_that_end_an_unstated_term_before_they_take_effect_prove_no_later_day(
    effective: str, expected: Any
) -> None:
    """A contract that states no end, and an amendment that takes effect later and says the
    term ended before then: nothing in force says the contract still runs on a duty's first
    day before the amendment takes effect (the gate is unknown, as without the amendment),
    but it has ended by then at the latest (a duty that starts later never binds it)."""
    import json

    from compliance.contracts.load import build_contract
    from compliance.document.loader import parse_text

    as_of, start = date(2026, 11, 27), date(2027, 12, 2)
    amendment = {
        "id": "a1",
        "kind": "amendment",
        "effective": effective,
        "facts": {"term": {"start": "2026-01-01", "end": "2027-06-30"}},
    }
    data = {"id": "c", "title": "c", "sources": [amendment]}
    doc = build_contract(parse_text(json.dumps(data), "c.json", json=True), "c.json", as_of=as_of)
    res, _ = start_gate(start, doc, as_of)
    assert res is not None and res[0] == expected
    after = start_gate(start + timedelta(days=2), doc, as_of)[0]
    assert after is not None and after[0] == engine.FALSE


class Unchanged(engine.Node):
    """A transition's condition: the system's design is stated not to have changed
    significantly (true on ``false``), read from the facts as stated."""

    def ev(self, ctx: engine.Ctx, obj: FObj, prefix: str) -> engine.Res:
        system = obj.fields.get("system")
        node = system.fields.get("significant_design_change") if isinstance(system, FObj) else None
        if not isinstance(node, FLeaf):
            return engine.UNKNOWN, (), (("system.significant_design_change", engine.ABSENT),)
        evidence = (("system.significant_design_change", node),)
        return (engine.TRUE if node.value is False else engine.FALSE), evidence, ()


@settings(max_examples=300)
@given(
    st.dates(date(2026, 2, 1), date(2029, 12, 31)),
    st.dates(date(2026, 2, 1), date(2031, 12, 31)),
    st.one_of(st.none(), st.dates(date(2026, 1, 2), date(2029, 12, 31))),
    st.dates(date(2026, 6, 1), date(2030, 12, 31)),
)
def test_a_transition_later_terms_no_longer_meet_binds_from_their_first_day(
    own: date, deferred: date, changed: date | None, end: date
) -> None:
    """Assessed on 1 Jan 2026, a duty from ``own`` that a transition defers to
    ``deferred`` while the system's design is unchanged, on a contract whose design an
    amendment (if any) changes from ``changed``: the gate gives the first day on which, by
    the terms in force that day, the duty binds the contract within its term (found going
    day by day), or not applicable when there is none."""
    import json

    from compliance.contracts.load import build_contract
    from compliance.document.loader import parse_text

    as_of = date(2026, 1, 1)
    deferred = max(deferred, own + timedelta(days=1))
    sources = []
    if changed is not None:
        sources.append(
            {
                "id": "a",
                "kind": "amendment",
                "effective": changed.isoformat(),
                "prevails_over": ["1"],
                "facts": {"system": {"significant_design_change": True}},
            }
        )
    data = {
        "id": "c",
        "title": "c",
        "clauses": [
            {
                "id": "1",
                "facts": {
                    "term": {"end": end.isoformat()},
                    "system": {"significant_design_change": False},
                },
            }
        ],
        "sources": sources,
    }
    doc = build_contract(parse_text(json.dumps(data), "c.json", json=True), "c.json", as_of=as_of)
    transition = Transition(deferred, Unchanged(), CITATION, "legacy systems")
    found = date_gate({"from": own.isoformat()}, (transition,), doc, engine.Ctx(as_of))

    first: date | None = None
    day = as_of
    while day <= end:
        unchanged = changed is None or day < changed
        if day >= (deferred if unchanged else own):
            first = day
            break
        day += timedelta(days=1)
    if first is None:
        assert found.res is not None and found.res[0] == engine.FALSE, found.reason
    elif first == as_of:
        assert found.res is None or found.res[0] == engine.TRUE
    else:
        assert found.res is not None and found.res[0] == engine.TRUE
        assert found.start == first


@pytest.mark.parametrize(
    ("where", "signed_on", "bounds", "expected"),
    [
        # A clause without an effective date: from the contract's signed_on.
        ({"clauses": [{"id": "1"}]}, "2021-06-01", {"before": "2021-09-27"}, "true"),
        ({"clauses": [{"id": "1"}]}, "2021-10-01", {"before": "2021-09-27"}, "false"),
        ({"clauses": [{"id": "1"}]}, None, {"before": "2021-09-27"}, "unknown"),
        # A clause with its own effective date: from it, whatever the signing date.
        (
            {"clauses": [{"id": "1", "effective": "2022-03-01"}]},
            "2021-06-01",
            {"before": "2021-09-27"},
            "false",
        ),
        # The description's top level: from signed_on.
        ({"top": "F"}, "2021-06-01", {"from": "2021-06-01", "until": "2021-06-01"}, "true"),
        # A source: its effective date, else its date, else unknown.
        (
            {"sources": [{"id": "s", "kind": "amendment", "effective": "2021-01-01"}]},
            "2020-01-01",
            {"before": "2021-09-27"},
            "true",
        ),
        (
            {"sources": [{"id": "s", "kind": "amendment", "date": "2023-01-01"}]},
            "2020-01-01",
            {"before": "2021-09-27"},
            "false",
        ),
        (
            {"sources": [{"id": "s", "kind": "amendment"}]},
            "2020-01-01",
            {"before": "2021-09-27"},
            "unknown",
        ),
        # The fact not stated at all.
        ({}, "2021-06-01", {"before": "2021-09-27"}, "unknown"),
    ],
)
def test_term_from_reads_when_the_stating_term_took_effect(
    where: dict[str, Any], signed_on: str | None, bounds: dict[str, str], expected: str
) -> None:
    """``{term_from: {fact, ...}}`` reads the first day of the term that states the fact:
    its effective date; a clause's or the top level's without one, the contract's
    signed_on; a source's without one, its date; unknown when that day or the fact is not
    stated. The amendment in force on the assessment date, not the clause it prevails
    over, is the one read."""
    import json

    from compliance.contracts.load import build_contract
    from compliance.document.loader import parse_text
    from compliance.engine.dates import TermFromNode

    facts = {"safeguards": {"log_retention_months": 6}}
    data: dict[str, Any] = {"id": "c", "title": "c"}
    if signed_on:
        data["signed_on"] = signed_on
    if "top" in where:
        data.update(facts)
    for key in ("clauses", "sources"):
        if key in where:
            data[key] = [{**item, "facts": facts} for item in where[key]]
    doc = build_contract(
        parse_text(json.dumps(data), "c.json", json=True), "c.json", as_of=date(2024, 1, 1)
    )
    day = {k: date.fromisoformat(v) for k, v in bounds.items()}
    node = TermFromNode(PATH, day.get("from"), day.get("until"), day.get("before"))
    value, evidence, missing = node.ev(engine.Ctx(date(2024, 1, 1)), doc.facts, "")
    assert engine.TRUTH_NAMES[value] == expected
    if expected == "unknown":
        assert missing
    else:
        assert (PATH, find_node(doc.facts, PATH)) in evidence


PATH = "safeguards.log_retention_months"


def find_node(facts: FObj, path: str) -> Any:
    from compliance.facts.tree import find

    return find(facts, path)


DUE_CONTRACT = """\
id: c
title: C
term: {{start: 2027-01-01, end: 2029-12-31}}
clauses:
  - id: "1"
    facts:
      ai_act: {{risk_management: true}}
{stated}sources:
  - id: amendment-1
    kind: amendment
    effective: 2028-03-01
    prevails_over: ["1"]
    facts:
      ai_act: {{risk_management: false}}
{press}"""


def due_check(tmp_path: Path, pack: Path, stated: str = "", press: str = "") -> Any:
    import json

    path = tmp_path / "due.yaml"
    path.write_text(DUE_CONTRACT.format(stated=stated, press=press))
    run = cli("check", str(path), "--pack", str(pack), "--as-of", "2028-01-10", "--format", "json")
    assert run.code in (0, 1), run.err
    contract = json.loads(run.out)["contracts"][0]
    (result,) = contract["results"]
    notes = [contract["result_notes"][n] for n in result.get("notes", [])]
    missing = [contract["missing_facts"][n]["path"] for n in result.get("missing", [])]
    assert (result["status"] == "unknown") == ("system.put_into_service" in missing)
    return result["status"], [n for n in notes if "falls due" in n]


IN_SERVICE = """\
  - id: "2"
    facts:
      system: {{put_into_service: {day}}}
"""


def test_a_duty_due_later_is_read_on_the_terms_in_force_when_it_falls_due(
    tmp_path: Path,
) -> None:
    """effective.due: a duty performed once by a day the terms state (the system goes into
    service on 1 Jun 2028) is read on the terms in force on that day (the amendment from
    1 Mar 2028 withdraws the commitment clause 1 makes today), with a note; not where the
    day is past or the rule names no due fact. Where no term states the day and the terms
    of a later period give another verdict, unknown, the day's fact missing."""
    pack = make_pack(tmp_path, "  due: system.put_into_service\n")
    later = IN_SERVICE.format(day="2028-06-01")
    assert due_check(tmp_path, pack, later) == (
        "fail",
        [
            "read on the terms in force on 2028-06-01, the day the duty falls due "
            "(system.put_into_service): they differ from those in force on the assessment date"
        ],
    )
    # Before the amendment takes effect: the terms of today.
    assert due_check(tmp_path, pack, IN_SERVICE.format(day="2028-02-01")) == ("pass", [])
    # In service already: the duty fell due on the terms of its day, read as today's.
    assert due_check(tmp_path, pack, IN_SERVICE.format(day="2027-06-01")) == ("pass", [])
    # No term states the day: which terms bind when it falls due is unknown, and so is the
    # verdict where they differ; a day only a press report states does not decide it.
    undated = (
        "unknown",
        [
            "no term states when the duty falls due (system.put_into_service): read on the "
            "terms in force on the assessment date it is pass, on those in force from "
            "2028-03-01 fail"
        ],
    )
    assert due_check(tmp_path, pack) == undated
    press = (
        "  - id: press\n    kind: press-report\n    facts:\n"
        "      system: {put_into_service: 2028-06-01}\n"
    )
    assert due_check(tmp_path, pack, "", press) == undated
    # A rule without effective.due reads today's terms.
    (tmp_path / "plain").mkdir()
    plain = make_pack(tmp_path / "plain", "")
    assert due_check(tmp_path, plain, later) == ("pass", [])


@pytest.mark.parametrize(
    ("due", "message"),
    [
        ("system.capabilities", "a fact of kind list: name a date fact"),
        ("system.no_such_fact", "system.no_such_fact"),
    ],
)
def test_effective_due_must_name_a_date_fact(tmp_path: Path, due: str, message: str) -> None:
    pack = make_pack(tmp_path, f"  due: {due}\n")
    run = cli("packs", "lint", str(pack))
    assert run.code == 2, run.out + run.err
    (line,) = [x for x in (run.out + run.err).splitlines() if message in x]
    assert line.startswith(f"{pack / 'dated.yaml'}:11:8: error")


_FRIA_DAYS = st.dates(date(2027, 12, 2), date(2030, 6, 30))
_FRIA_VALUE = {True: "pass", False: "fail", None: "unknown"}
_WORSE = ["not_applicable", "pass", "unknown", "fail", "error"]


@settings(max_examples=150)
@given(
    go_live=_FRIA_DAYS,
    as_of=_FRIA_DAYS,
    clause=st.none() | st.booleans(),
    amended=st.booleans(),
    effective=_FRIA_DAYS,
    signed_before=st.integers(-400, 200),
)
def test_a_duty_performed_once_is_met_by_the_terms_agreed_and_in_force_when_it_falls_due(
    go_live: date,
    as_of: date,
    clause: bool | None,
    amended: bool,
    effective: date,
    signed_before: int,
) -> None:
    """The built-in impact assessment (AI Act Art. 27(1): before first use, `effective.due:
    system.put_into_service`) for a public border authority, with clause 14 stating the
    commitment (or not) and an amendment that prevails over it from ``effective``, signed
    ``signed_before`` days before that day (a negative number: after it, with retroactive
    effect). A term counts on a day once it is signed by then and in force then. Go-live
    still to come: the terms that will be in force that day among those signed by the
    assessment date decide. Go-live past: the worse of the terms on that day and today's
    (a commitment made after first use cannot have preceded it; one dropped since still
    counts against the contract)."""
    from fixturecases import doc_of, shipped_rule

    from compliance.engine.conditions import Ctx
    from compliance.engine.evaluate import evaluate_rule

    signed = effective - timedelta(days=signed_before)
    data: dict[str, Any] = {
        "parties": {
            "items": [
                {
                    "id": "ministry",
                    "roles": {"items": ["customer", "deployer"], "complete": True},
                    "kind": "border-authority",
                    "country": "DE",
                    "eu_established": True,
                    "public_body": True,
                },
                {
                    "id": "vendor",
                    "roles": {"items": ["provider"], "complete": True},
                    "kind": "company",
                    "country": "DE",
                    "eu_established": True,
                },
            ],
            "complete": True,
        },
        "purposes": {"items": ["border-management"], "complete": True},
        "use_cases": {"items": ["asylum-visa-examination"], "complete": True},
        "term": {"start": "2027-01-01", "end": "2030-12-31"},
        "system": {"put_into_service": go_live.isoformat()},
        "clauses": [
            {"id": "14", "facts": {"ai_act": {} if clause is None else {"fria": clause}}},
        ],
        "sources": [
            {
                "id": "amendment-1",
                "kind": "amendment",
                "date": signed.isoformat(),
                "effective": effective.isoformat(),
                "prevails_over": ["14"],
                "facts": {"ai_act": {"fria": amended}},
            }
        ],
    }

    def on(day: date, known_by: date) -> str:
        counts = effective <= day and signed <= min(day, known_by)
        return _FRIA_VALUE[amended if counts else clause]

    if go_live > as_of:
        expected = on(go_live, as_of)
    else:
        expected = max(on(go_live, go_live), on(as_of, as_of), key=_WORSE.index)
    rule = shipped_rule("eu-ai-act-high-risk", "fundamental-rights-impact-assessment")
    result = evaluate_rule(rule, doc_of(data, as_of), Ctx(as_of))
    assert result.status == expected, result.notes


def test_terms_contradicting_on_a_past_due_day_are_an_error_naming_the_day(
    tmp_path: Path,
) -> None:
    """On go-live (1 Jun 2028) clause 14 and a side letter contradict each other; the
    amendment that replaces clause 14, with no effective date, was signed only in August:
    read on the terms signed by go-live, the duty's verdict is an error that says so (not
    an internal error, not a verdict on terms the parties had not yet agreed)."""
    import json

    path = tmp_path / "c.yaml"
    path.write_text(
        """\
id: stood
title: stood
parties:
  items:
    - id: ministry
      roles: {items: [customer, deployer], complete: true}
      kind: border-authority
      country: DE
      eu_established: true
      public_body: true
    - id: vendor
      roles: {items: [provider], complete: true}
      kind: company
      country: DE
      eu_established: true
  complete: true
purposes: {items: [border-management], complete: true}
use_cases: {items: [asylum-visa-examination], complete: true}
term: {start: 2027-01-01, end: 2030-12-31}
system: {put_into_service: 2028-06-01}
clauses:
  - id: "14"
    facts:
      ai_act: {fria: false}
sources:
  - id: side-1
    kind: side-letter
    date: 2027-05-01
    facts:
      ai_act: {fria: true}
  - id: amendment-1
    kind: amendment
    date: 2028-08-01
    replaces: ["14"]
    facts:
      ai_act: {registration: true}
""",
        encoding="utf-8",
    )
    run = cli("check", str(path), "--as-of", "2028-10-01", "--format", "json")
    assert run.code == 3, run.err  # an error verdict
    contract = json.loads(run.out)["contracts"][0]
    found = {r["id"]: r for r in contract["results"]}
    fria = found["eu-ai-act-high-risk/fundamental-rights-impact-assessment"]
    assert fria["status"] == "error"
    assert fria["message"].startswith(f"{path}:30:22: as the contract stood on 2028-06-01")
    assert "internal error" not in fria["message"]
    # Read before the amendment is signed, the contract is contradictory as it stands: the
    # whole file is bad input, as any contradiction in force on a day is.
    before = cli("check", str(path), "--as-of", "2028-05-01", "--format", "json")
    assert before.code == 2 and "contradictory facts" in before.err, before.err
