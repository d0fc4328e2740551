"""Legal-fidelity audit of AI Act Art. 111(2) as replaced by Regulation (EU) 2026/1744
(Art. 1, point (39)(a); OJ L, 2026/1744, 24.7.2026, in force 27 Jul 2026): the Regulation
applies to operators of high-risk AI systems "placed on the market or put into service
before the date of application of Chapter III referred to in Article 113, only if, as from
that date, those systems are subject to significant changes in their designs"; the
providers and deployers of those intended to be used by public authorities comply "by
2 August 2030" in any case. The 2024 text had "before 2 August 2026". Amended Art. 113,
third paragraph, point (c), applies Chapter III Sections 1-3 from 2 Dec 2027 to Annex III
systems (point (i)) and from 2 Aug 2028 to Annex I ones (point (ii)). Each contract the
smallest that isolates one point, run through the real CLI
(tests/data/audit_art1112/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). The cases: a company's Annex III system put
into service on 1 Dec 2027 (a legacy one) and on 2 Dec 2027 (not "before" the date), with
its compliance schedule, its design change unstated and stated; a public authority's system
put into service on 1 Dec 2027 with terms ending on 1 and 2 Aug 2030 (the second sentence
kept), and one put into service on 2 Dec 2027; an Annex I safety component put into service
on 1 and 2 Aug 2028 (its own Chapter III date); a system in both annexes put into service
between the two dates (the cut-off unsettled: unknown, never read to leave it outside the
Regulation); an Entry/Exit System component placed after the Art. 111(1) cut-off of
2 Aug 2027 but before 2 Dec 2027, which Art. 111(2) now reaches (2 Aug 2030, not
31 Dec 2030).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from audits import assert_every_file_used, verdict_test
from conftest import cli

DATA = Path(__file__).parent / "data" / "audit_art1112"

EU = "eu-ai-act-high-risk"
RM = f"{EU}/risk-management"
TL = f"{EU}/compliance-timeline"
A3T = f"{EU}/annex-iii-timeline"
A1 = f"{EU}/annex-i-product-requirements"
LOGS = f"{EU}/logging-and-retention"
AS_OF_III = "2028-03-01"
AS_OF_I = "2028-09-01"
EARLY = "2027-06-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Annex III: cut-off 2 Dec 2027 (Art. 113(c)(i)) ---
    (
        "iii-bank-1201",
        AS_OF_III,
        RM,
        "not_applicable",
        "Art. 111(2), first sentence, as replaced by Reg. (EU) 2026/1744, Art. 1(39)(a): put "
        "into service on 1 Dec 2027, before the date Chapter III applies to an Annex III "
        "system (2 Dec 2027, Art. 113(c)(i)), unchanged, used by no public authority: the "
        "Regulation does not apply to it until its design changes significantly",
    ),
    (
        "iii-bank-1201",
        EARLY,
        A3T,
        "not_applicable",
        "Art. 111(2), first sentence, as replaced: a legacy system no public authority uses "
        "is bound on no date while unchanged, so no Annex III date concerns it and "
        "scheduling the duties for 1 Jun 2028 defers nothing (moved from "
        "compliance-timeline, pass on its Annex III part; annex-iii-timeline does not apply "
        "where the Regulation does not)",
    ),
    (
        "iii-bank-1202",
        AS_OF_III,
        RM,
        "fail",
        "Art. 111(2) as replaced: put into service on 2 Dec 2027, not 'before' the Chapter III "
        "date, so a new system; Art. 9 binds it from 2 Dec 2027 (Art. 113(c)(i)) and risk "
        "management is disclaimed",
    ),
    (
        "iii-bank-1202",
        EARLY,
        A3T,
        "fail",
        "Art. 113(c)(i): a system put into service on 2 Dec 2027 meets the Annex III duties "
        "from that day; scheduling them for 1 Jun 2028 plans six months of non-compliance "
        "(moved from compliance-timeline, whose Annex III part became annex-iii-timeline)",
    ),
    (
        "iii-bank-1202",
        EARLY,
        TL,
        "pass",
        "Art. 113: no Art. 50 or Chapter V date concerns the system (was fail, on the "
        "Annex III part now split off into annex-iii-timeline)",
    ),
    (
        "iii-bank-1201-change-unstated",
        AS_OF_III,
        RM,
        "unknown",
        "Art. 111(2), first sentence, as replaced: placed before 2 Dec 2027, but whether its "
        "design changes significantly 'as from that date' is not stated",
    ),
    (
        "iii-bank-1201-redesign",
        AS_OF_III,
        RM,
        "fail",
        "Art. 111(2), first sentence, as replaced: a legacy system whose design changes "
        "significantly is within the Regulation (Recital 177 of Reg. 2024/1689); Art. 9 "
        "binds it and risk management is disclaimed",
    ),
    # --- public authorities: 2 Aug 2030 kept (Art. 111(2), second sentence) ---
    (
        "iii-agency-1201-ends-0801",
        AS_OF_III,
        RM,
        "not_applicable",
        "Art. 111(2), second sentence, kept by Reg. (EU) 2026/1744: the public authority's "
        "system put into service on 1 Dec 2027 and unchanged complies by 2 Aug 2030, after "
        "the term ends on 1 Aug 2030",
    ),
    (
        "iii-agency-1201-ends-0802",
        AS_OF_III,
        RM,
        "fail",
        "Art. 111(2), second sentence, Art. 9: the term's last day is 2 Aug 2030, the day "
        "the legacy system must comply, and risk management is disclaimed",
    ),
    (
        "iii-agency-1202-ends-0801",
        AS_OF_III,
        RM,
        "fail",
        "Art. 111(2) as replaced: put into service on 2 Dec 2027, not before the Chapter III "
        "date, so not a legacy system; Art. 9 binds it from 2 Dec 2027, within the term",
    ),
    # --- Annex I: cut-off 2 Aug 2028 (Art. 113(c)(ii)) ---
    (
        "i-machine-0801",
        AS_OF_I,
        A1,
        "not_applicable",
        "Art. 111(2), first sentence, as replaced, read with Art. 113(c)(ii): an Annex I "
        "safety component with no Annex III use put into service on 1 Aug 2028, before the "
        "date Chapter III applies to it (2 Aug 2028), unchanged and used by a company, is "
        "outside the Regulation until its design changes significantly",
    ),
    (
        "i-machine-0802",
        AS_OF_I,
        A1,
        "fail",
        "Art. 113(c)(ii), Arts 16(c) and 17: put into service on 2 Aug 2028, not before it, "
        "so a new system, and the provider disclaims a quality-management system",
    ),
    # --- both annexes, between the dates: the cut-off is not settled ---
    (
        "i-iii-triage-0115",
        AS_OF_I,
        A1,
        "unknown",
        "Art. 111(2) as replaced, Art. 113(c)(i)-(ii): high-risk under Art. 6(1) and under "
        "Art. 6(2) (Annex III point 5(d)), put into service on 15 Jan 2028; Chapter III "
        "applies to it from 2 Dec 2027 as an Annex III system, from 2 Aug 2028 as an Annex I "
        "one, and which date is its Art. 111(2) cut-off is not settled",
    ),
    (
        "i-iii-triage-0115",
        AS_OF_III,
        RM,
        "unknown",
        "as above: on the earlier date Art. 9 binds it and risk management is disclaimed; on "
        "the later the Regulation does not apply to it while unchanged",
    ),
    # --- Art. 111(1) and (2): an Annex X component placed from 2 Aug 2027 ---
    (
        "ees-1001-ends-0801",
        AS_OF_III,
        LOGS,
        "not_applicable",
        "Art. 111(1) reaches Annex X components placed before 2 Aug 2027 only; this one, "
        "placed on 1 Oct 2027, before 2 Dec 2027, is within Art. 111(2) as replaced (systems "
        "'other than the systems referred to in paragraph 1'): the border authority's "
        "unchanged system complies by 2 Aug 2030, after the term ends on 1 Aug 2030",
    ),
    (
        "ees-1001-ends-1230",
        AS_OF_III,
        LOGS,
        "fail",
        "Art. 111(2), second sentence: bound from 2 Aug 2030, not from the 31 Dec 2030 of "
        "Art. 111(1), which does not reach it; the term runs to 30 Dec 2030 and three months "
        "of logs breach Arts 19(1), 26(6)",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit_art1112_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit_art1112_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))


@pytest.mark.parametrize(("as_of", "rule"), [(AS_OF_I, A1), (AS_OF_III, RM)])
def test_both_annexes_wait_on_the_law_not_a_fact(as_of: str, rule: str) -> None:
    """The system in both annexes is unknown because the law is unsettled (Art. 111(2) with
    Art. 113(c)(i)-(ii)), not for a missing fact: no question is asked for it."""
    run = cli("check", str(DATA / "i-iii-triage-0115.yaml"), "--as-of", as_of, "--format", "json")
    assert run.code in (0, 1), run.err
    contract = json.loads(run.out)["contracts"][0]
    result = next(r for r in contract["results"] if r["id"] == rule)
    assert result["status"] == "unknown"
    assert "missing" not in result  # none: left out of the report
    notes = [contract["result_notes"][i] for i in result["notes"]]
    assert any(n.startswith("unsettled in law: AI Act Art. 111(2)") for n in notes), notes
