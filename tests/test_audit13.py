"""Thirteenth legal-fidelity audit: whether the GDPR applies and who is who (gate G-2 of the
legal notes), the DPIA duty before monitoring, and the autonomous-weapons duties in time,
in rank and against what the contract buys, each contract the smallest that isolates one
point, run through the real CLI (tests/data/audit13/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

GDPR scope: an EU-established company processing for a national intelligence agency under
"national-security law" only (Art. 2(2)(a), Art. 4(2) TEU; C-623/17 Privacy International);
a police force's processor under the LED (Art. 2(2)(d); LED Arts 3(7), 22) against a private
security firm that is its own controller for public-security purposes (no competent
authority) and one that is the police's processor; a US controller with an EU-established
processor (Art. 3(1)); US parties only; a US company profiling people in the EU
(Art. 3(2)(b), Recital 24) for commercial purposes and for a third country's armed forces
(contested: Art. 2(2)(a)); the GDPR named only in a press report.

DPIA (GDPR Art. 35(1), (3)(a)-(c); LED Art. 27): a clause against a side letter, a clause
"no DPIA" that an amendment changes only from a later date, a DPIA in a public statement
or in a usage policy the contract disowns, criminal-offence data, and a clause that
requires it for monitoring of a public space.

Weapons duties: deactivation in an amendment that expired or a side letter a clause
outranks; traceability in a public statement or an expired side letter; change control
from a later date or in a disowned usage policy; the legal weapons review (AP I Art. 36) in
an annex the contract says does not bind or an official record; human judgment qualified by
a statement of work or set only from a later date; meaningful human control claimed while
the statement of work buys autonomous target engagement, and the DoD standard against the
same purchase; verification and testing against learning in the field bought by a statement
of work or an amendment from a later date (DoDD 3000.09).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit13"

DR = "data-residency"
MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
D = "2027-06-01"
BEFORE = "2026-06-01"
LATER = "2028-01-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- GDPR scope (gate G-2) ---
    (
        "g-intel-eu-vendor-nslaw",
        D,
        f"{DR}/data-protection-regime",
        "fail",
        "C-623/17 Privacy International, paras 35-49: a private operator's processing a state "
        "requires for national security stays within EU law; Art. 2(2)(a) and Art. 4(2) TEU "
        "cover the State's own activities, so naming only national-security law misstates it",
    ),
    (
        "g-intel-eu-vendor-nslaw",
        D,
        f"{DR}/processor-terms",
        "unknown",
        "GDPR Art. 3(1) and C-623/17: the EU-established processor is under the GDPR, and the "
        "contract is silent on the Art. 28(3) terms",
    ),
    (
        "g-police-eu-vendor-led",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "LED Arts 1(1), 2(1), 3(7)(a): a police force is a competent authority processing for "
        "law enforcement; the LED is the regime (GDPR Art. 2(2)(d))",
    ),
    (
        "g-police-eu-vendor-led",
        D,
        f"{DR}/processor-terms",
        "not_applicable",
        "GDPR Art. 2(2)(d): the police's processor works under LED Art. 22, not GDPR Art. 28",
    ),
    (
        "g-private-security-led",
        D,
        f"{DR}/data-protection-regime",
        "fail",
        "GDPR Art. 2(2)(d) excludes only processing by competent authorities (LED Art. 3(7)); "
        "a private security company that is its own controller for public-security purposes "
        "is none, so naming only the LED misstates the regime (fixed: the LED branch needs a "
        "public authority as controller)",
    ),
    (
        "g-private-security-led",
        D,
        f"{DR}/processor-terms",
        "unknown",
        "GDPR Arts 2(2)(d), 3(1), 28(3): the company's processing stays under the GDPR, so its "
        "processor needs the Art. 28(3) terms, on which the contract is silent (fixed: "
        "gdpr-applies keeps the GDPR where every controller is a company)",
    ),
    (
        "g-private-security-led-police-controller",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "LED Arts 3(7)(a), 22: the police force is controller and the security company its "
        "processor; the LED governs",
    ),
    (
        "g-private-security-led-police-controller",
        D,
        f"{DR}/processor-terms",
        "not_applicable",
        "GDPR Art. 2(2)(d): processing by a competent authority, through its processors, for "
        "public-security purposes is under the LED",
    ),
    (
        "g-us-controller-eu-processor",
        D,
        f"{DR}/data-protection-regime",
        "fail",
        "GDPR Art. 3(1): processing in the context of a processor's EU establishment is under "
        "the GDPR, wherever the controller; naming only US law misstates it",
    ),
    (
        "g-us-controller-eu-processor",
        D,
        f"{DR}/processor-terms",
        "unknown",
        "GDPR Arts 3(1), 28(3): the EU processor is bound; the terms are not stated",
    ),
    (
        "g-us-only",
        D,
        f"{DR}/processor-terms",
        "not_applicable",
        "GDPR Art. 3: no EU establishment (3(1)) and no people in the Union (3(2)); the "
        "contract names US law only",
    ),
    (
        "g-us-only",
        D,
        f"{DR}/foreign-disclosure",
        "not_applicable",
        "GDPR Arts 3 and 48 do not reach US parties processing US persons' data in the US",
    ),
    (
        "g-us-profiling-eu-commercial",
        D,
        f"{DR}/foreign-disclosure",
        "unknown",
        "GDPR Art. 3(2)(b), Recital 24: profiling people in the Union brings a non-EU "
        "controller under the GDPR; Art. 48 then applies and the contract is silent",
    ),
    (
        "g-us-profiling-eu-commercial",
        D,
        f"{DR}/processor-terms",
        "unknown",
        "GDPR Arts 3(2)(b), 28(3): the processor of a controller bound by Art. 3(2)(b) needs "
        "the Art. 28(3) terms; not stated",
    ),
    (
        "g-us-military-profiling-eu",
        D,
        f"{DR}/foreign-disclosure",
        "unknown",
        "GDPR Art. 3(2)(b) reaches a processor outside the Union that profiles people in it; "
        "whether Art. 2(2)(a) takes a third country's military activity outside the GDPR is "
        "not settled, so the verdict is open (an unsettled point of law in gdpr-applies, "
        "noted as such), not not_applicable",
    ),
    (
        "g-us-military-profiling-eu",
        D,
        f"{DR}/processor-terms",
        "unknown",
        "as above: GDPR Arts 3(2)(b) and 28(3) may bind the US processor; contested under "
        "Art. 2(2)(a), so unknown, not not_applicable",
    ),
    (
        "g-gdpr-press-only",
        D,
        f"{DR}/processor-terms",
        "unknown",
        "a press report is no contract term: it neither brings the GDPR in nor leaves it out; "
        "the regimes are not stated, so whether Art. 28 applies is open",
    ),
    # --- DPIA (GDPR Art. 35; LED Art. 27) ---
    (
        "d-dpia-side-letter-below-clause",
        D,
        f"{MS}/dpia-before-monitoring",
        "fail",
        "LED Art. 27: biometric identification by the police needs a prior DPIA; clause 5 "
        "(none) prevails over the side letter that promises one",
    ),
    (
        "d-dpia-amendment-2028",
        D,
        f"{MS}/dpia-before-monitoring",
        "fail",
        "LED Art. 27: the DPIA must precede the processing; in 2027 clause 5 (none) governs, "
        "the amendment takes effect only in 2028",
    ),
    (
        "d-dpia-public-statement",
        D,
        f"{MS}/dpia-before-monitoring",
        "unknown",
        "LED Art. 27: a vendor's public statement is no term of the contract; silence",
    ),
    (
        "d-dpia-criminal-data",
        D,
        f"{MS}/dpia-before-monitoring",
        "unknown",
        "LED Art. 27 (cf. GDPR Art. 35(3)(b)): criminal-offence data processed by the police; "
        "the contract is silent on a DPIA",
    ),
    (
        "d-dpia-osint-usage-policy-disowned",
        D,
        f"{MS}/dpia-before-monitoring",
        "unknown",
        "GDPR Art. 35(1), (3)(a): profiling people from open sources needs a DPIA; the promise "
        "sits only in a usage policy the contract says does not apply",
    ),
    (
        "d-dpia-monitoring-clause",
        D,
        f"{MS}/dpia-before-monitoring",
        "pass",
        "GDPR Art. 35(3)(c): systematic monitoring of a public area; clause 7 requires the "
        "DPIA before go-live",
    ),
    # --- weapons duties in time and rank ---
    (
        "w-deactivation-amendment-expired",
        BEFORE,
        f"{AW}/deactivation",
        "pass",
        "DoDD 3000.09 / NATO Principles (governability): the amendment in force grants "
        "deactivation and prevails over clause 8",
    ),
    (
        "w-deactivation-amendment-expired",
        D,
        f"{AW}/deactivation",
        "fail",
        "the amendment expired on 31 Dec 2026: clause 8 (no deactivation) applies again",
    ),
    (
        "w-deactivation-side-letter-below-clause",
        D,
        f"{AW}/deactivation",
        "fail",
        "clause 8 (no deactivation) prevails over the side letter that promises it",
    ),
    (
        "w-traceability-public-statement",
        D,
        f"{AW}/traceability",
        "unknown",
        "NATO Principles (traceability): a public statement is no contract term; silence",
    ),
    (
        "w-traceability-side-letter-expired",
        BEFORE,
        f"{AW}/traceability",
        "pass",
        "the side letter in force until 30 Jun 2026 requires engagement logging",
    ),
    (
        "w-traceability-side-letter-expired",
        D,
        f"{AW}/traceability",
        "unknown",
        "the side letter expired on 30 Jun 2026; nothing in force states traceability",
    ),
    (
        "w-change-control-amendment-2028",
        D,
        f"{AW}/change-control",
        "fail",
        "clause 9 (no change control) governs until the amendment takes effect in 2028",
    ),
    (
        "w-change-control-amendment-2028",
        LATER,
        f"{AW}/change-control",
        "pass",
        "from 1 Jan 2028 the amendment prevails over clause 9 and requires change control",
    ),
    (
        "w-change-control-policy-disowned",
        D,
        f"{AW}/change-control",
        "unknown",
        "a usage policy the contract disowns binds nothing; silence",
    ),
    (
        "w-legal-review-annex-not-binding",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        "AP I Art. 36: the review sits only in an annex clause 20 says does not bind; silence",
    ),
    (
        "w-legal-review-official-record",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        "AP I Art. 36: an official record is no contract term; silence",
    ),
    (
        "w-judgment-sow-qualifies",
        D,
        f"{AW}/human-judgment",
        "fail",
        "DoDD 3000.09 para. 1.2: the binding statement of work applies the standard only where "
        "practicable, so the operator may dispense with it",
    ),
    (
        "w-judgment-amendment-2028",
        D,
        f"{AW}/human-judgment",
        "fail",
        "DoDD 3000.09 para. 1.2: clause 4 sets no standard until the amendment of 2028",
    ),
    (
        "w-judgment-amendment-2028",
        LATER,
        f"{AW}/human-judgment",
        "pass",
        "from 1 Jan 2028 the amendment sets meaningful human control; nothing bought "
        "contradicts it",
    ),
    (
        "w-engagement-sow-autonomous",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "the statement of work prevails over clause 4 and needs no human decision per "
        "engagement for autonomous targeting and fire control",
    ),
    (
        "w-engagement-sow-autonomous",
        D,
        f"{AW}/human-judgment",
        "pass",
        "DoDD 3000.09 para. 1.2 (CRS IF11150): appropriate levels of human judgment is a "
        "design standard that does not require a human decision per engagement; the purchase "
        "does not contradict it",
    ),
    (
        "w-mhc-sow-autonomous",
        D,
        f"{AW}/human-judgment",
        "fail",
        "meaningful human control over each use of force is contradicted by the purchase of "
        "target engagement with autonomous action and no human decision per engagement, an "
        "autonomous weapon system (DoDD 3000.09, Glossary) (fixed: the rule reads the "
        "purchase against that standard)",
    ),
    (
        "w-mhc-sow-autonomous",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "the statement of work needs no human decision per engagement",
    ),
    (
        "w-verification-sow-online-learning",
        D,
        f"{AW}/verification-and-testing",
        "fail",
        "DoDD 3000.09 (verification and validation before fielding and after changes): the "
        "prevailing statement of work lets the model change in the field without re-testing",
    ),
    (
        "w-verification-amendment-online-learning-2028",
        D,
        f"{AW}/verification-and-testing",
        "pass",
        "clause 6 (testing, no learning in the field) governs until 2028",
    ),
    (
        "w-verification-amendment-online-learning-2028",
        LATER,
        f"{AW}/verification-and-testing",
        "fail",
        "from 1 Jan 2028 the amendment lets the model learn in the field without re-testing",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit13_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit13_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
