"""Legal-fidelity audit of the processor, sub-processor and impact-assessment duties of a
police force or other competent authority under the Law Enforcement Directive (Directive
(EU) 2016/680, LED). Its processing for the prevention, investigation, detection or
prosecution of criminal offences, public security included (LED Arts 1(1), 3(7)(a)), is
outside the GDPR (GDPR Art. 2(2)(d)), so the GDPR's Art. 28 and Art. 35 do not reach it;
the LED imposes its own: a contract or other legal act binding the processor with the terms
of Art. 22(3)(a)-(f), sub-processors only with the controller's prior specific or general
written authorisation (Art. 22(2)), and an impact assessment before processing likely to
result in a high risk (Art. 27(1)). A wrong not applicable here would make a duty vanish.
Each contract is the smallest that isolates one point, run through the real CLI
(tests/data/audit_led2/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown,
and a press report decides nothing. Where the tool cannot yet give that verdict, the row
sits in KNOWN_WRONG as a strict xfail with the reason and where a fix belongs.

The LED's processor terms are fewer than the GDPR's: no security term (GDPR Art. 28(3)(c);
the LED binds the processor to security directly, Art. 29(1)), no assistance with the
controller's own duties (28(3)(f)), information without audits (22(3)(e) against 28(3)(h));
and no counterpart to GDPR Art. 28(4) (the same obligations imposed on a sub-processor),
which the rules leave as a point the law does not settle. GDPR Art. 48 and the Chapter V
instruments (standard clauses with an impact assessment, the Data Privacy Framework) have no
LED counterpart: the LED's transfer rules are read by led-transfers (tests/test_audit_led.py).
Where the contract lists another purpose too, the GDPR governs that part and both sets of
terms are needed.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, before_first_day, verdict_test

DATA = Path(__file__).parent / "data" / "audit_led2"

DR = "data-residency"
LPT = f"{DR}/led-processor-terms"
LSA = f"{DR}/led-sub-processor-authorisation"
PT = f"{DR}/processor-terms"
SA = f"{DR}/sub-processor-authorisation"
DPIA = "no-mass-surveillance/dpia-before-monitoring"
D = "2027-06-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- the processor contract (LED Art. 22(3)) ---
    (
        "police-processor-led-terms",
        D,
        LPT,
        "pass",
        "LED Art. 22(3)(a)-(f): instructions, confidentiality, data-subject assistance, "
        "deletion or return, information to demonstrate compliance, sub-processor "
        "conditions; no audit right or security term is among them",
    ),
    (
        "police-processor-led-terms",
        D,
        PT,
        "not_applicable",
        "GDPR Art. 2(2)(d): a competent authority's processing for law-enforcement purposes "
        "is outside the GDPR, so Art. 28(3) does not claim it",
    ),
    (
        "police-processor-led-terms",
        "2018-05-01",
        LPT,
        "pass",
        "before 6 May 2018 the LED's transposing rules did not apply (LED Art. 63(1)); "
        "Framework Decision 2008/977/JHA governed until its repeal (Art. 59)"
        + before_first_day(
            "the terms that will bind from 6 May 2018 already hold every Art. 22(3) term"
        ),
    ),
    (
        "police-processor-no-deletion",
        D,
        LPT,
        "fail",
        "LED Art. 22(3)(b) and (d): confidentiality and deletion or return at the end are "
        "missing from terms stated in full",
    ),
    (
        "police-processor-no-deletion",
        D,
        PT,
        "not_applicable",
        "GDPR Art. 2(2)(d): the missing terms are judged under the LED, not GDPR Art. 28(3)",
    ),
    (
        "police-processor-silent",
        D,
        LPT,
        "unknown",
        "public security is an LED purpose (Art. 1(1)); the contract states no processor "
        "terms, and the duty of Art. 22(3) remains: silence is unknown",
    ),
    (
        "police-gdpr-dpa",
        D,
        LPT,
        "pass",
        "the GDPR's eight Art. 28(3) terms contain every term of LED Art. 22(3) (audits "
        "include the information of 22(3)(e))",
    ),
    (
        "police-gdpr-dpa",
        D,
        PT,
        "not_applicable",
        "naming the GDPR does not bring a competent authority's law-enforcement processing "
        "under it (GDPR Art. 2(2)(d), LED Art. 2(1))",
    ),
    # --- sub-processors (LED Art. 22(2)) ---
    (
        "police-processor-led-terms",
        D,
        LSA,
        "pass",
        "LED Art. 22(2): general written authorisation with notice of intended changes and "
        "an opportunity to object",
    ),
    (
        "police-subprocessors-free",
        D,
        LSA,
        "fail",
        "LED Art. 22(2), first sentence: no other processor without the controller's prior "
        "specific or general written authorisation",
    ),
    (
        "police-subprocessors-free",
        D,
        SA,
        "not_applicable",
        "GDPR Art. 2(2)(d): GDPR Art. 28(2) does not reach the authority's law-enforcement "
        "processing; LED Art. 22(2) does",
    ),
    (
        "police-subprocessors-no-objection",
        D,
        LSA,
        "fail",
        "LED Art. 22(2), second sentence: under a general authorisation the processor "
        "informs the controller of intended changes, giving it the opportunity to object",
    ),
    (
        "police-flowdown-excluded",
        D,
        LSA,
        "unknown",
        "LED Art. 22(3)(f) refers to the conditions of paragraphs 2 and 3 and has no "
        "counterpart to GDPR Art. 28(4): whether the sub-processor must be bound by the "
        "processor's obligations is not settled (unsettled in law)",
    ),
    # --- impact assessment (LED Art. 27) ---
    (
        "police-processor-led-terms",
        D,
        DPIA,
        "pass",
        "LED Art. 27(1): an assessment before biometric identification in criminal "
        "investigations, processing likely to result in a high risk",
    ),
    (
        "police-crime-prediction-no-dpia",
        D,
        DPIA,
        "fail",
        "LED Art. 27(1): crime prediction on criminal-offence and location data with a new "
        "technology is likely to result in a high risk; the LED governs whatever the "
        "contract names (GDPR Art. 2(2)(d), LED Art. 2(1)), and no assessment will be made",
    ),
    (
        "police-surveillance-dpia-silent",
        D,
        DPIA,
        "unknown",
        "LED Art. 27(1) applies to the surveillance use; the contract is silent on the assessment",
    ),
    # --- mixed purposes: both regimes ---
    (
        "mixed-purposes-led-terms-only",
        D,
        LPT,
        "pass",
        "the law-enforcement part is under the LED, whose Art. 22(3) terms are all there",
    ),
    (
        "mixed-purposes-led-terms-only",
        D,
        PT,
        "fail",
        "the administrative part is under the GDPR (Art. 2(2)(d) covers only the "
        "law-enforcement part): security (28(3)(c)), assistance with Arts 32-36 (28(3)(f)) "
        "and audits (28(3)(h)) are missing",
    ),
    (
        "mixed-purposes-led-terms-only",
        D,
        SA,
        "fail",
        "GDPR Art. 28(4): for the administrative part the same obligations must bind the "
        "sub-processor, and the contract excludes it",
    ),
    (
        "mixed-purposes-led-terms-only",
        D,
        LSA,
        "unknown",
        "for the law-enforcement part the flow-down's exclusion is a point LED Art. 22 does "
        "not settle (unsettled in law)",
    ),
    # --- a press report claims compliance ---
    (
        "press-claims-led-compliance",
        D,
        LPT,
        "unknown",
        "a press report is no term of the contract: it neither states nor binds the vendor "
        "to the terms of LED Art. 22(3)",
    ),
    (
        "press-claims-led-compliance",
        D,
        LSA,
        "unknown",
        "the sub-processor authorisation LED Art. 22(2) requires is stated only in the press",
    ),
    # --- who governs ---
    (
        "private-security-firm",
        D,
        LPT,
        "not_applicable",
        "a company is no competent authority (LED Art. 3(7)(a); an Art. 3(7)(b) "
        "entrustment is not stated), so the GDPR governs",
    ),
    (
        "private-security-firm",
        D,
        PT,
        "fail",
        "GDPR Art. 28(3)(h): a private controller's processor must allow audits",
    ),
    # --- GDPR duties with no LED counterpart ---
    (
        "police-us-disclosure",
        D,
        f"{DR}/foreign-disclosure",
        "not_applicable",
        "GDPR Art. 48 does not reach a competent authority's law-enforcement processing "
        "(GDPR Art. 2(2)(d)), and the LED has no counterpart to it",
    ),
    (
        "police-us-scc-transfer",
        D,
        f"{DR}/transfer-impact-assessment",
        "not_applicable",
        "the standard clauses and their Schrems II assessment are GDPR Art. 46 instruments; "
        "the transfer is judged under LED Chapter V instead",
    ),
    (
        "police-us-scc-transfer",
        D,
        f"{DR}/dpf-fallback",
        "not_applicable",
        "the Data Privacy Framework is a GDPR Art. 45 decision, no LED Art. 36 decision",
    ),
    (
        "police-us-scc-transfer",
        D,
        f"{DR}/led-transfers",
        "fail",
        "LED Arts 35(1)(b), 36-39: neither the standard clauses nor the DPF is an LED "
        "ground, and a standing transfer to a US company is no individual case (Art. 39(1))",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit_led2_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit_led2_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in KNOWN_WRONG),
    )
