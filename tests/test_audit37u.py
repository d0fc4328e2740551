"""Thirty-seventh legal-fidelity audit (u): a term the contract leaves open (``unspecified``)
where the rule reads the contract's silence as "no". docs/writing-contracts.md ("Saying
nothing, and saying `unspecified`") promises that an open point never leads to a pass where
the fact matters; a rule that reads a fact with ``not: {stated: ...}`` (silence: the contract
does not say so) read an open term the same way and passed. Each contract is a built-in
fixture that passes, with one fact the rule reads as stated turned into ``unspecified``
(tests/data/audit37u/*.yaml, the fact named in each file's first line), run through the real
CLI.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). All were PASS before the rules read those
facts with ``stated``'s ``unspecified: unknown``: a ban whose waiver or condition is "to be
agreed" is a ban whose strength is open; a site, operator, control or transfer left open
may be the one the rule excludes. Silence (the fact left out) still passes as before: that
is each rule's own fixture.

Left then for a legal decision, and decided in audit 41 (tests/test_audit41.py): the
transfer chain, sub-processor authorisation, incident notification, the classification
boundary, what a contract with an express ban buys, and the LED flow-down in
data-residency/led-sub-processor-authorisation (now unknown when left open: the rule reads
a stated exclusion as unknown, Directive (EU) 2016/680, Art. 22(3)(f) not settling it).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit37u"

D = "2027-01-01"
LATER = "2028-01-10"
WAIVER = (
    "a prohibition the customer may waive binds it only while it chooses (the rule's "
    "rationale); whether the customer may waive this one is left open ('to be agreed'), so "
    "whether the ban binds is open: "
)
CONDITION = (
    "a ban that applies only 'where law or policy requires' adds nothing where no law "
    "prohibits the practice; the ban's condition is left open, so it may be that one: "
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- bans whose waiver is left open ---
    (
        "ss-waiver-open",
        D,
        "no-mass-surveillance/no-social-scoring",
        "unknown",
        WAIVER + "the red line on social scoring (benchmark: AI Act Art. 5(1)(c)), for a "
        "defence customer outside the Act's scope (Art. 2(3))",
    ),
    (
        "fis-waiver-open",
        D,
        "no-mass-surveillance/no-facial-image-scraping",
        "unknown",
        WAIVER + "the red line on untargeted facial-image scraping (benchmark: AI Act Art. "
        "5(1)(e))",
    ),
    (
        "ia-waiver-open",
        D,
        "no-mass-surveillance/intelligence-agencies-excluded",
        "unknown",
        WAIVER + "the exclusion of intelligence-agency use (the Department of War's "
        "affirmation, Reuters 2-3 Mar 2026)",
    ),
    (
        "dle-waiver-open",
        D,
        "no-mass-surveillance/no-domestic-law-enforcement",
        "unknown",
        WAIVER + "the ban on domestic law-enforcement use (18 U.S.C. §1385; 10 U.S.C. §275)",
    ),
    (
        "npp-social-scoring-waiver-open",
        D,
        "eu-ai-act-high-risk/no-prohibited-practice",
        "unknown",
        WAIVER + "AI Act Art. 5(1)(c) prohibits social scoring; a contractual ban the "
        "customer may set aside does not show the practice excluded",
    ),
    (
        "nii-waiver-open",
        "2027-01-15",
        "eu-ai-act-high-risk/no-intimate-imagery-practice",
        "unknown",
        WAIVER + "AI Act Art. 5(1)(ba)-(bb) as amended by Regulation (EU) 2026/1744 (in "
        "force from 2 Dec 2026, Art. 113(a))",
    ),
    (
        "apa-waiver-open",
        D,
        "no-autonomous-weapons/no-anti-personnel-autonomy",
        "unknown",
        WAIVER + "the ban on autonomous force against persons (ICRC position of 12 May 2021, "
        "Recommendation 2)",
    ),
    # --- bans whose condition is left open ---
    (
        "ss-condition-open",
        D,
        "no-mass-surveillance/no-social-scoring",
        "unknown",
        CONDITION + "outside the AI Act's reach (a defence use, Art. 2(3)) no law prohibits "
        "social scoring",
    ),
    (
        "rbi-condition-open",
        D,
        "no-mass-surveillance/no-real-time-biometric-identification",
        "unknown",
        CONDITION + "the contract does not put the police deployment within the AI Act's "
        "reach (no place of deployment stated), and outside it no law prohibits real-time "
        "remote biometric identification (benchmark: Art. 5(1)(h))",
    ),
    (
        "eb-condition-open",
        D,
        "no-mass-surveillance/explicit-ban",
        "unknown",
        CONDITION + "the red line on mass domestic surveillance (OpenAI's agreement of 28 Feb "
        "2026, red line 1) must be stronger than the law",
    ),
    (
        "awb-condition-open",
        D,
        "no-autonomous-weapons/autonomous-weapons-ban",
        "unknown",
        CONDITION + "no treaty prohibits autonomous weapons (ICRC position of 12 May 2021, "
        "Recommendations 1-3 call for new rules; DoD Directive 3000.09 permits them after "
        "review)",
    ),
    (
        "nwe-condition-open",
        D,
        "no-autonomous-weapons/no-weapons-embedding",
        "unknown",
        CONDITION + "no law forbids installing the model on a weapons platform (OpenAI's "
        "deployment terms of 28 Feb 2026: cloud only)",
    ),
    (
        "tcd-condition-open",
        D,
        "data-residency/training-on-customer-data",
        "unknown",
        "GDPR Art. 5(1)(b), Art. 28(3)(a) and 28(10): the ban on training on customer data is "
        "subject to a condition left open, which may let the provider use the data for its "
        "own purposes where no law forbids it",
    ),
    # --- other terms left open ---
    (
        "eb-protected-open",
        D,
        "no-mass-surveillance/explicit-ban",
        "unknown",
        "the ban's protected persons are 'to be agreed': it may protect none of the "
        "customer's nationals whose location data the service processes",
    ),
    (
        "lfs-law-reference-open",
        D,
        "no-mass-surveillance/law-fixed-at-signing",
        "unknown",
        "whether the laws the ban refers to are those at signing or as amended is left open; "
        "as amended, a change of law moves the line (OpenAI's claim of 28 Feb 2026 that the "
        "contract fixes the law as it stands)",
    ),
    (
        "hj-qualified-open",
        D,
        "no-autonomous-weapons/human-judgment",
        "unknown",
        "DoD Directive 3000.09, para. 1.2: appropriate levels of human judgment over the use "
        "of force; whether the human judgment the contract requires is qualified (e.g. "
        "'where practicable') is left open",
    ),
    (
        "hdpe-qualified-open",
        D,
        "no-autonomous-weapons/human-decision-per-engagement",
        "unknown",
        "a human decision for each engagement (OpenAI's red line 2; CCW GGE guiding "
        "principle (b)); whether that decision is qualified is left open",
    ),
    (
        "ad-practicable-open",
        D,
        "data-residency/automated-decisions",
        "unknown",
        "GDPR Art. 22(1) (CJEU C-634/21 SCHUFA): the ban on solely automated decisions is "
        "said to apply, but whether only 'where practicable' is left open; so qualified, it "
        "lets the decision be solely automated",
    ),
    (
        "fd-review-open",
        D,
        "data-residency/foreign-disclosure",
        "unknown",
        "GDPR Art. 48 and Art. 28(3)(a): whether the provider may disclose the data to a "
        "foreign authority without review is left open; disclosure without an international "
        "agreement is not recognised",
    ),
    (
        "frh-review-open",
        D,
        "data-residency/foreign-request-handling",
        "unknown",
        "SCC (Decision (EU) 2021/914), Clause 15.2: a request is reviewed for lawfulness "
        "before disclosure; whether the provider may disclose without review is left open",
    ),
    (
        "ho-mode-open",
        LATER,
        "eu-ai-act-high-risk/human-oversight",
        "unknown",
        "AI Act Art. 14(1): the system is effectively overseen by natural persons while in "
        "use; the oversight mode is left open, and may be none",
    ),
    (
        "sir-days-open",
        LATER,
        "eu-ai-act-high-risk/serious-incident-reporting",
        "unknown",
        "AI Act Art. 73(4): a death reported within 10 days; the contract sets a clock of its "
        "own for deaths but leaves it open, and that specific clock governs deaths over the "
        "general one",
    ),
    (
        "ca-online-learning-open",
        LATER,
        "eu-ai-act-high-risk/conformity-assessment",
        "unknown",
        "AI Act Art. 43(4), second subparagraph, and Art. 3(23): whether the system keeps "
        "learning after it is placed on the market is left open; if it does, changes not "
        "pre-determined in the assessment are substantial modifications needing a new one",
    ),
    (
        "spl-operator-open",
        D,
        "data-residency/sub-processor-locations",
        "unknown",
        "GDPR Art. 28(2), (4): a backup in the United States whose operator is left open may "
        "be run by a sub-processor outside the allowed places",
    ),
    (
        "wc-backup-control-open",
        D,
        "data-residency/weights-custody",
        "unknown",
        "the customer's custody policy (RAND RR-A2849-1): who controls the storage site "
        "holding the weights is left open; a vendor-controlled backup is not custody",
    ),
    (
        "fle-standing-access-open",
        D,
        "data-residency/foreign-law-exposure",
        "unknown",
        "18 U.S.C. §2713 (possession, custody or control): the architectural route needs the "
        "provider without standing access to the infrastructure; whether it has such access is "
        "left open",
    ),
    (
        "dl-transfers-open",
        D,
        "data-residency/data-locations",
        "unknown",
        "GDPR Art. 28(3)(a) and Art. 44: the transfers are 'to be agreed', so the data may "
        "leave the allowed places",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

test_audit37u_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES))
