"""Thirty-fifth legal-fidelity audit: solely automated individual decisions under the GDPR
(Art. 22) and the Law Enforcement Directive (Art. 11), each contract the smallest that
isolates one point, run through the real CLI (tests/data/audit35/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here rests only on terms in force on
that date, binding in rank; silence is unknown. Where the tool cannot yet give that
verdict, the row sits in KNOWN_WRONG as a strict xfail with the reason and where a fix
belongs.

Police risk scoring (LED Art. 11(1)): with an officer who approves each score and can
reverse it; deciding alone on no ground; authorised by law with the right to human
intervention, or without that right; on the suspects' consent, which the Directive does
not know; silence.

A benefits agency's eligibility engine (GDPR Art. 22): silence; authorised by law
(22(2)(b)); consent or a contract claimed by a public authority (Recital 43: consent is
unlikely to be freely given there), unsettled; consent without the right to contest
(22(3)).

A border authority's automated refusals, and an officer's approval of each; a border
authority whose public-security purpose brings in the LED beside the GDPR.

Banks and others: a ban only where human approval is practicable; a ban stated only in a
press report or in a side letter that has lapsed; a ban the customer may waive, or that
applies only as law requires; a clerk who signs but cannot change the outcome; a contract
ground with the three Art. 22(3) rights; health data on a contract ground (22(4)); a
contract assessed before the GDPR applied (Art. 99(2)); uses that decide nothing about
people.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, before_first_day, verdict_test

DATA = Path(__file__).parent / "data" / "audit35"

DR = "data-residency"
D = "2027-06-01"

GDPR = f"{DR}/automated-decisions"
LED = f"{DR}/led-automated-decisions"

#: GDPR Art. 22(1), read as a prohibition in principle (C-634/21 SCHUFA, 7 Dec 2023).
A22 = "GDPR Art. 22(1) (C-634/21 SCHUFA)"
#: LED Art. 11(1).
A11 = "LED Art. 11(1)"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- police risk scoring (LED) ---
    (
        "ad-police-risk-human-review",
        D,
        LED,
        "pass",
        f"{A11}: an officer approves each decision and can reverse the score, so no "
        "decision is based solely on automated processing",
    ),
    (
        "ad-police-risk-human-review",
        D,
        GDPR,
        "not_applicable",
        "GDPR Art. 2(2)(d): a police force's processing for law-enforcement purposes is the LED's",
    ),
    (
        "ad-police-risk-no-review",
        D,
        LED,
        "fail",
        f"{A11}: the scores decide alone, authorised by no law, with no right to human "
        "intervention",
    ),
    (
        "ad-police-risk-authorised-by-law",
        D,
        LED,
        "pass",
        f"{A11}: authorised by Member State law with at least the right to obtain human "
        "intervention on the part of the controller",
    ),
    (
        "ad-police-risk-law-no-intervention",
        D,
        LED,
        "fail",
        f"{A11}: the law authorises the decisions, but the right to human intervention, the "
        "minimum safeguard, is not given; a human on the loop only supervises",
    ),
    (
        "ad-police-risk-consent",
        D,
        LED,
        "fail",
        f"{A11}: the Directive knows no consent ground (unlike GDPR Art. 22(2)(c)); only "
        "authorisation by law lifts the prohibition",
    ),
    (
        "ad-police-risk-silent",
        D,
        LED,
        "unknown",
        f"{A11}: the contract does not say who decides or on what authority: silence",
    ),
    # --- a benefits agency's eligibility engine (GDPR) ---
    (
        "ad-benefits-engine-silent",
        D,
        GDPR,
        "unknown",
        f"{A22}: an eligibility engine decides about benefits (legal effects); the contract "
        "is silent on human approval and on any Art. 22(2) ground",
    ),
    (
        "ad-benefits-engine-silent",
        D,
        LED,
        "not_applicable",
        "LED Art. 1(1), 3(7): a civilian benefits agency pursues no law-enforcement purpose",
    ),
    (
        "ad-benefits-engine-authorised-by-law",
        D,
        GDPR,
        "pass",
        "GDPR Art. 22(2)(b): authorised by Member State law laying down suitable safeguards",
    ),
    (
        "ad-benefits-engine-consent",
        D,
        GDPR,
        "unknown",
        "GDPR Art. 22(2)(c), Recital 43: consent to a public authority is unlikely to be "
        "freely given; whether it is in the specific situation is unsettled",
    ),
    (
        "ad-benefits-engine-contract-ground",
        D,
        GDPR,
        "unknown",
        "GDPR Art. 22(2)(a): a decision on a benefit is taken in the exercise of public "
        "authority and seldom necessary for a contract with the claimant; unsettled",
    ),
    (
        "ad-benefits-engine-consent-no-contest",
        D,
        GDPR,
        "fail",
        "GDPR Art. 22(3): with consent the person may at least obtain human intervention, "
        "express their point of view and contest the decision; two are missing",
    ),
    # --- a border authority ---
    (
        "ad-border-automated-refusals",
        D,
        GDPR,
        "fail",
        f"{A22}: entry and visa refusals (legal effects) decided alone on no Art. 22(2) ground",
    ),
    (
        "ad-border-officer-approves",
        D,
        GDPR,
        "pass",
        f"{A22}: outputs are advisory and a named officer approves each refusal",
    ),
    (
        "ad-border-public-security-ban",
        D,
        GDPR,
        "pass",
        f"{A22}: the contract bans high-stakes decisions without human approval, "
        "unconditionally and not waivable",
    ),
    (
        "ad-border-public-security-ban",
        D,
        LED,
        "pass",
        f"{A11}: the public-security part is the LED's; the same ban keeps a human in each "
        "decision",
    ),
    # --- banks, insurers, employers ---
    (
        "ad-bank-where-practicable",
        D,
        GDPR,
        "fail",
        f"{A22}: human approval only where practicable lets the system refuse credit alone "
        "otherwise, on no Art. 22(2) ground",
    ),
    (
        "ad-bank-ban-press-only",
        D,
        GDPR,
        "unknown",
        "a press report is not a contract term: the contract is silent (not a pass)",
    ),
    (
        "ad-bank-ban-side-letter-lapsed",
        D,
        GDPR,
        "unknown",
        "the side letter lapsed on 31 Mar 2027; on the assessment date the contract is "
        "silent (not a pass)",
    ),
    (
        "ad-bank-ban-side-letter-lapsed",
        "2027-02-15",
        GDPR,
        "pass",
        f"{A22}: while the side letter is in force its unconditional ban binds",
    ),
    (
        "ad-bank-ban-waivable",
        D,
        GDPR,
        "fail",
        f"{A22}: a ban the customer may waive binds only while it chooses; no ground, no human",
    ),
    (
        "ad-bank-ban-as-law-requires",
        D,
        GDPR,
        "fail",
        f"{A22}: a ban 'as required by applicable law' restates the law and keeps no human "
        "in the decision; no Art. 22(2) ground is stated",
    ),
    (
        "ad-bank-rubber-stamp",
        D,
        GDPR,
        "fail",
        f"{A22}: a clerk who cannot change the outcome is a token gesture, not human "
        "involvement (WP29 Guidelines WP251 rev.01, p. 21)",
    ),
    (
        "ad-bank-contract-ground",
        D,
        GDPR,
        "pass",
        "GDPR Art. 22(2)(a), (3): necessary for the loan contract, with the rights to human "
        "intervention, to be heard and to contest (Recital 71: online credit refusals)",
    ),
    (
        "ad-insurer-health-contract-ground",
        D,
        GDPR,
        "fail",
        "GDPR Art. 22(4): decisions based on health data only under Art. 9(2)(a) or (g), "
        "not on a contract ground",
    ),
    (
        "ad-employer-screening-silent",
        D,
        GDPR,
        "unknown",
        f"{A22}: recruitment screening decides about candidates; the contract is silent",
    ),
    (
        "ad-employer-screening-silent",
        "2018-03-01",
        GDPR,
        "unknown",
        "GDPR Art. 99(2): the Regulation applies from 25 May 2018 (Directive 95/46/EC "
        "Art. 15 governed before, not read)"
        + before_first_day(
            "the term runs from 1 Jun 2017 to 2030, and the contract is silent on automated "
            "decisions, as on the later dates"
        ),
    ),
    (
        "ad-translation-only",
        D,
        GDPR,
        "not_applicable",
        f"{A22}: translation and drafting decide nothing about people",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit35_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit35_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
