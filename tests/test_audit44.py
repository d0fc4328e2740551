"""Forty-fourth legal-fidelity audit: the Law Enforcement Directive's Art. 11(2)-(3)
(decisions on special categories of data, discriminatory profiling), and decision support
that scores people (GDPR Art. 22(1) read with CJEU C-634/21 SCHUFA), each contract the
smallest that isolates one point, run through the real CLI (tests/data/audit44/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here rests only on terms in force on
that date, binding in rank; silence is unknown. Where the tool cannot yet give that
verdict, the row sits in KNOWN_WRONG as a strict xfail with the reason and where a fix
belongs.

Police risk scoring under the LED: decisions on biometric or health data authorised by
law, with the suitable measures Art. 11(2) asks stated, with none, or with an open list;
an open list of data categories; an officer who decides each case; profiling that
discriminates on special categories expressly permitted, left to be agreed, or banned
(Art. 11(3)).

Decision support that scores people (C-634/21 SCHUFA, 7 Dec 2023: a probability value a
third party draws strongly on to establish, implement or terminate a contractual
relationship with the person is itself a decision under GDPR Art. 22(1)): a benefit risk
score the caseworker takes into account and may depart from, or may not; a loan score
"taken into account" with nothing on whether the officer may depart from it, or with that
left to be agreed; a visa ranking that takes effect unless a supervising officer stops it;
scoring for a decision the contract does not name, with and without a human who decides;
decision support that profiles nobody; a police force's scoring support.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit44"

DR = "data-residency"
D = "2027-06-01"

GDPR = f"{DR}/automated-decisions"
LED = f"{DR}/led-automated-decisions"

#: LED Art. 11(2): no decision under 11(1) based on Art. 10 data without suitable measures.
A112 = "LED Art. 11(2)"
#: LED Art. 11(3): profiling that discriminates on the basis of Art. 10 data is prohibited.
A113 = "LED Art. 11(3)"
#: GDPR Art. 22(1), a score the decision draws strongly on being the decision.
SCHUFA = "GDPR Art. 22(1) (C-634/21 SCHUFA, operative part)"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- LED Art. 11(2) ---
    (
        "led-biometric-measures",
        D,
        LED,
        "pass",
        f"LED Art. 11(1) and {A112}: authorised by law with the right to human intervention, "
        "and suitable measures stated for the biometric data (Art. 10)",
    ),
    (
        "led-biometric-measures",
        D,
        GDPR,
        "not_applicable",
        "GDPR Art. 2(2)(d): a police force's processing for law-enforcement purposes is the LED's",
    ),
    (
        "led-health-no-measures",
        D,
        LED,
        "fail",
        f"{A112}: the decisions rest on health data (Art. 10) and the complete list of "
        "safeguards has no suitable measures for it; authorisation by law alone does not do",
    ),
    (
        "led-special-measures-open",
        D,
        LED,
        "unknown",
        f"{A112}: special-category data, and the safeguards are an open list that may yet "
        "hold the measures",
    ),
    (
        "led-categories-open",
        D,
        LED,
        "unknown",
        f"{A112}: an open list of data categories for police risk scoring may hold Art. 10 "
        "data, on which the decision would need suitable measures",
    ),
    (
        "led-special-officer-decides",
        D,
        LED,
        "pass",
        "LED Art. 11(1)-(2): an officer takes each decision, so none is based solely on "
        "automated processing and Art. 11(2) does not reach it",
    ),
    # --- LED Art. 11(3) ---
    (
        "led-discriminatory-profiling-permitted",
        D,
        LED,
        "fail",
        f"{A113} (Recital 38; Charter Arts 21, 52): the contract expressly permits "
        "profiling that discriminates on the basis of special categories, whoever decides",
    ),
    (
        "led-discriminatory-profiling-open",
        D,
        LED,
        "unknown",
        f"{A113}: left to be agreed, the term may be settled the way the Directive forbids",
    ),
    (
        "led-discriminatory-profiling-banned",
        D,
        LED,
        "pass",
        f"{A113}: the contract prohibits discriminatory profiling, and an officer decides",
    ),
    # --- decision support that scores people ---
    (
        "benefit-score-caseworker-departs",
        D,
        GDPR,
        "pass",
        f"{SCHUFA}: the caseworker decides each case and may depart from the advisory score; "
        "how strongly decisions draw on it in practice is for counsel",
    ),
    (
        "benefit-score-must-follow",
        D,
        GDPR,
        "fail",
        f"{SCHUFA}: a score the caseworker takes into account but may not depart from "
        "determines the outcome, whatever the contract calls it; no Art. 22(2) ground",
    ),
    (
        "loan-score-taken-into-account",
        D,
        GDPR,
        "unknown",
        f"{SCHUFA}: a loan officer 'takes the score into account'; whether they may depart "
        "from it, and so whether the decision is the score's, is not stated",
    ),
    (
        "loan-score-override-open",
        D,
        GDPR,
        "unknown",
        f"{SCHUFA}: outputs called advisory, but whether the officer may depart from the "
        "score is left to be agreed",
    ),
    (
        "visa-ranking-on-the-loop",
        D,
        GDPR,
        "fail",
        "GDPR Art. 22(1): a ranking that refuses visas unless a supervising officer stops it "
        "is a decision based solely on automated processing, advisory in name only; no "
        "Art. 22(2) ground",
    ),
    (
        "scoring-support-no-use",
        D,
        GDPR,
        "unknown",
        f"{SCHUFA}: the score may determine decisions with significant effects; the contract "
        "names no decision and no human who decides (unsettled: counsel must check the use)",
    ),
    (
        "scoring-support-officer-decides",
        D,
        GDPR,
        "pass",
        f"{SCHUFA}: whatever the score serves, a human decides each case and may depart from it",
    ),
    (
        "support-no-profiling",
        D,
        GDPR,
        "not_applicable",
        "GDPR Art. 22(1): stock-planning support evaluates no personal aspects of anyone",
    ),
    (
        "police-scoring-support",
        D,
        LED,
        "unknown",
        "LED Art. 11(1), read with C-634/21 SCHUFA: the officers' decisions may draw "
        "strongly on the score; the contract names no decision and no officer who decides",
    ),
    (
        "police-scoring-support",
        D,
        GDPR,
        "not_applicable",
        "GDPR Art. 2(2)(d): a police force's processing for law-enforcement purposes is the LED's",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit44_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit44_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
