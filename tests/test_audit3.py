"""Third legal-fidelity audit: contracts written from the law's text, each the smallest that
isolates one point, run through the real CLI (tests/data/audit3/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the legal reason with its article, paragraph and point. The expected verdict comes from the
law, not from what the packs do: a PASS here must rest on terms in force on that date,
binding in rank and not contradicted by what the contract buys; silence is unknown. Where
the tool cannot yet give the law's verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason.

Areas: the Art. 6(3) derogation and its conditions, Annex III exclusions of their own
(1(a) verification, 5(b) fraud detection), Art. 26 deployer duties, Art. 27 (who must
assess), Art. 4 dates, Art. 25(1) role changes, Art. 2(3) and 2(6) exclusions, red lines
(rank, amendments, a practice bought under another name) and GDPR Chapter V / residency.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit3"

EU = "eu-ai-act-high-risk"
MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
DR = "data-residency"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- AI Act Art. 6(3)-(4): the derogation and its conditions ---
    (
        "hr-derogation-profiling-unstated",
        "2028-01-15",
        f"{EU}/risk-management",
        "unknown",
        "Art. 6(3), last subparagraph: an Annex III 3(d) system that profiles is always "
        "high-risk; whether this one profiles is not stated, so whether Art. 9 binds is open",
    ),
    (
        "hr-derogation-no-condition",
        "2028-01-15",
        f"{EU}/risk-management",
        "fail",
        "Art. 6(3), second subparagraph, points (a)-(d): the derogation needs one of the four "
        "conditions; claimed on none, the Annex III 6(c) system stays high-risk and Art. 9 "
        "risk management cannot be disclaimed",
    ),
    (
        "hr-derogation-condition-unstated",
        "2028-01-15",
        f"{EU}/risk-management",
        "unknown",
        "Art. 6(3)(a)-(d): the condition the derogation rests on is not stated; whether the "
        "Annex III 8(a) system is high-risk (and Art. 9 binds) is open",
    ),
    (
        "hr-learning-evaluation-derogation",
        "2028-01-15",
        f"{EU}/high-risk-classification",
        "fail",
        "Art. 6(3), last subparagraph: grading a person's learning outcomes (Annex III 3(b)) "
        "evaluates personal aspects, i.e. profiling (Art. 3(52), GDPR Art. 4(4)); the "
        "derogation cannot be relied on whatever the contract says of profiling",
    ),
    (
        "hr-learning-evaluation-derogation",
        "2028-01-15",
        f"{EU}/risk-management",
        "fail",
        "Art. 6(3), last subparagraph, and Art. 9: the profiling system stays high-risk and "
        "its provider may not disclaim risk management",
    ),
    # --- Art. 27(1): who must assess fundamental-rights impact ---
    (
        "hr-credit-private-bank-no-fria",
        "2028-01-15",
        f"{EU}/fundamental-rights-impact-assessment",
        "fail",
        "Art. 27(1): deployers of Annex III 5(b) creditworthiness systems carry out a FRIA "
        "even when private; the contract rules it out",
    ),
    (
        "hr-private-school-public-service-fria",
        "2028-01-15",
        f"{EU}/fundamental-rights-impact-assessment",
        "pass",
        "Art. 27(1): a private entity providing public services (education) deploying an "
        "Annex III 3(a) system must assess; the FRIA is committed",
    ),
    (
        "hr-private-recruiter-fria-refused",
        "2028-01-15",
        f"{EU}/fundamental-rights-impact-assessment",
        "not_applicable",
        "Art. 27(1): a private employer using an Annex III 4(a) system is neither a public "
        "body, nor providing public services, nor a 5(b)-(c) deployer: no FRIA is owed",
    ),
    # --- Annex III exclusions of their own: 1(a) verification, 5(b) fraud detection ---
    (
        "hr-biometric-verification-gym",
        "2028-01-15",
        f"{EU}/high-risk-classification",
        "not_applicable",
        "Annex III 1(a), second sentence: biometric verification whose sole purpose is to "
        "confirm that a person is who they claim to be is not a high-risk use",
    ),
    (
        "hr-biometric-verification-gym",
        "2028-01-15",
        f"{EU}/risk-management",
        "not_applicable",
        "Annex III 1(a), second sentence: not high-risk, so Art. 9 does not bind",
    ),
    (
        "hr-fraud-detection-bank",
        "2028-01-15",
        f"{EU}/fundamental-rights-impact-assessment",
        "not_applicable",
        "Annex III 5(b) excepts systems used to detect financial fraud; Art. 27(1) names "
        "5(b) deployers only for creditworthiness",
    ),
    (
        "hr-fraud-detection-bank",
        "2028-01-15",
        f"{EU}/risk-management",
        "not_applicable",
        "Annex III 5(b), fraud-detection exception: not high-risk, no Art. 9 duty",
    ),
    (
        "hr-fraud-and-credit-bank",
        "2028-01-15",
        f"{EU}/fundamental-rights-impact-assessment",
        "fail",
        "Annex III 5(b): the fraud exception does not reach the creditworthiness use of the "
        "same system; Art. 27(1) requires the FRIA the contract rules out",
    ),
    # --- Art. 25(1): who becomes the provider ---
    (
        "rc-purpose-change-recruitment",
        "2028-01-15",
        f"{EU}/roles-allocated",
        "fail",
        "Art. 25(1)(c): a deployer that changes a non-high-risk system's intended purpose so "
        "that it becomes high-risk (Annex III 4(a)) is its provider; the contract keeps it a "
        "deployer",
    ),
    (
        "rc-substantial-modification",
        "2028-01-15",
        f"{EU}/roles-allocated",
        "fail",
        "Art. 25(1)(b): a substantial modification that keeps the Annex III 5(a) system "
        "high-risk makes the modifying deployer its provider; the contract names only the "
        "vendor",
    ),
    (
        "rc-rebrand-allocated",
        "2028-01-15",
        f"{EU}/roles-allocated",
        "pass",
        "Art. 25(1)(a) applies 'without prejudice to contractual arrangements stipulating "
        "that the obligations are otherwise allocated': the contract keeps every provider "
        "obligation with the vendor",
    ),
    # --- Art. 26(10): post-remote biometric identification ---
    (
        "dd-post-rbi-no-authorisation",
        "2028-01-15",
        f"{EU}/deployer-duties",
        "fail",
        "Art. 26(10): post-remote biometric identification in a criminal investigation needs "
        "judicial or binding administrative authorisation, ex ante or within 48 hours",
    ),
    (
        "dd-post-rbi-silent",
        "2028-01-15",
        f"{EU}/deployer-duties",
        "unknown",
        "Art. 26(10): the contract is silent on the authorisation the searches need",
    ),
    # --- Art. 26: deployer duties ---
    (
        "dd-logs-three-months",
        "2028-01-15",
        f"{EU}/logging-and-retention",
        "fail",
        "Art. 26(6) (and Art. 19(1) for the provider): logs are kept for at least six months",
    ),
    (
        "dd-logs-six-months",
        "2028-01-15",
        f"{EU}/logging-and-retention",
        "pass",
        "Arts 12(1), 19(1) and 26(6): automatic logging, kept six months",
    ),
    (
        "dd-instructions-withheld",
        "2028-01-15",
        f"{EU}/instructions-for-use",
        "fail",
        "Art. 13(1)-(3): the provider of an Annex III 4(b) system supplies instructions for "
        "use, which the deployer follows (Art. 26(1)); the contract withholds them",
    ),
    (
        "dd-workers-informed-persons-silent",
        "2028-01-15",
        f"{EU}/deployer-information",
        "unknown",
        "Art. 26(7) is met, but Art. 26(11) (informing the persons an Annex III 4(b) "
        "decision concerns) is not addressed: silence is unknown",
    ),
    # --- Art. 4 AI literacy ---
    (
        "lit-refused-first-day",
        "2025-02-02",
        f"{EU}/ai-literacy",
        "fail",
        "Art. 113(a): Art. 4 applies from 2 Feb 2025 to every AI system, high-risk or not; "
        "a spam filter's contract ruling out literacy measures fails on the first day",
    ),
    (
        "lit-military-exclusive",
        "2027-06-01",
        f"{EU}/ai-literacy",
        "not_applicable",
        "Art. 2(3): a system used exclusively for military purposes is outside the Act, "
        "Art. 4 included",
    ),
    (
        "lit-military-exclusive",
        "2027-06-01",
        f"{EU}/scope-qualification-recorded",
        "pass",
        "Art. 2(3) and Recital 24: the exclusion is claimed for a use confined to military "
        "purposes, with a clause that any other use brings compliance",
    ),
    # --- Art. 2(3) and 2(6): exclusions ---
    (
        "sc-defence-and-border",
        "2028-01-15",
        f"{EU}/scope-qualification-recorded",
        "fail",
        "Art. 2(3) and Recital 24: a border-management purpose beside defence means the "
        "system is not used exclusively for excluded purposes",
    ),
    (
        "sc-military-any-lawful-use",
        "2028-01-15",
        f"{EU}/scope-qualification-recorded",
        "fail",
        "Art. 2(3): an any-lawful-use grant does not confine the use to military purposes",
    ),
    (
        "sc-military-open-purposes",
        "2028-01-15",
        f"{EU}/scope-qualification-recorded",
        "unknown",
        "Art. 2(3) 'exclusively': an open list of purposes does not show exclusivity",
    ),
    (
        "sc-research-and-commercial",
        "2028-01-15",
        f"{EU}/risk-management",
        "fail",
        "Art. 2(6) excludes only systems put into service for the sole purpose of scientific "
        "research; sold commercially too, the Annex III 4(a) system bears Art. 9",
    ),
    (
        "sc-research-only-recruitment",
        "2028-01-15",
        f"{EU}/risk-management",
        "not_applicable",
        "Art. 2(6): developed and put into service for the sole purpose of scientific research",
    ),
    (
        "hr-emotion-retail-no-notice",
        "2027-06-01",
        f"{EU}/transparency-emotion-biometric",
        "fail",
        "Art. 50(3): the deployer of an emotion-recognition system informs the people exposed "
        "to it; a shop (Annex III 1(c), outside Art. 5(1)(f)) says it will not, and relies "
        "on no exception",
    ),
    (
        "p5-workplace-emotion-permitted",
        "2027-06-01",
        f"{EU}/no-prohibited-practice",
        "fail",
        "Art. 5(1)(f): emotion recognition in the workplace is banned save for medical or "
        "safety reasons; the contract expressly permits it with no such limit",
    ),
    (
        "p5-workplace-emotion-permitted",
        "2027-06-01",
        f"{MS}/no-workplace-emotion-recognition",
        "fail",
        "Art. 5(1)(f): an express permission of workplace emotion recognition is no ban",
    ),
    (
        "sc-national-security-intel-silent",
        "2027-06-01",
        f"{EU}/no-prohibited-practice",
        "not_applicable",
        "Art. 2(3): a system used exclusively for national security is outside the Act, "
        "Art. 5 included",
    ),
    (
        "sc-national-security-intel-silent",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "unknown",
        "the Art. 2(3) exclusion says nothing of the contract's own red line: an "
        "intelligence service's contract silent on mass surveillance is unknown",
    ),
    # --- Red lines: rank, amendments, carve-outs, other names ---
    (
        "rl-aw-amendment-adds-carveout",
        "2027-01-15",
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 5 bans autonomous weapons without exception until the amendment takes effect",
    ),
    (
        "rl-aw-amendment-adds-carveout",
        "2027-06-01",
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "the amendment, in force and prevailing over clause 5, opens the ban to any use the "
        "customer deems lawful: no ban beyond the law",
    ),
    (
        "rl-aw-press-only",
        "2027-06-01",
        f"{AW}/autonomous-weapons-ban",
        "unknown",
        "a press report is not a contract term; the contract is silent on weapons autonomy",
    ),
    (
        "rl-aw-stated-red-line-only",
        "2027-06-01",
        f"{AW}/autonomous-weapons-ban",
        "unknown",
        "a party's public red line is not a contract term; the contract is silent",
    ),
    (
        "rl-ms-rbi-imminent-threat-bought-conditions-silent",
        "2027-06-01",
        f"{MS}/no-real-time-biometric-identification",
        "unknown",
        "Art. 5(1)(h)(ii) with 5(2)-(5): the ban's carve-out is one the Act makes, but none "
        "of the conditions it carries is stated",
    ),
    (
        "rl-ms-rbi-imminent-threat-bought-conditions-silent",
        "2027-06-01",
        f"{EU}/no-prohibited-practice",
        "unknown",
        "Art. 5(1)(h)(ii), 5(2)-(5): whether the live identification bought stays within the "
        "exception depends on conditions the contract does not state",
    ),
    (
        "rl-ms-usage-policy-not-binding",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "unknown",
        "the ban sits only in a usage policy the contract says does not bind the customer, so "
        "it is no contract term and the contract is silent on mass surveillance",
    ),
    (
        "rl-ms-usage-policy-binding",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "pass",
        "a usage policy the contract incorporates (it binds the customer) is a contract term; "
        "its unconditional ban without carve-outs stands",
    ),
    # --- GDPR Chapter V, Decision (EU) 2021/914, residency ---
    (
        "dr-weights-vendor-may-copy",
        "2027-06-01",
        f"{DR}/weights-custody",
        "fail",
        "weights on government-controlled infrastructure are not in its custody when the "
        "vendor may copy them out",
    ),
    (
        "dr-old-scc-signed-after-cutoff",
        "2022-06-01",
        f"{DR}/transfer-mechanism",
        "fail",
        "Decision (EU) 2021/914, Art. 4(3)-(4): the 2010 clauses were repealed from "
        "27 Sep 2021; the transition covers only contracts concluded before that day",
    ),
    (
        "dr-scc-2021-module-3",
        "2027-06-01",
        f"{DR}/transfer-mechanism",
        "pass",
        "GDPR Art. 46(2)(c), Decision (EU) 2021/914 Annex, Module Three (processor to processor)",
    ),
    (
        "dr-adequacy-japan-authority",
        "2027-06-01",
        f"{DR}/transfer-mechanism",
        "fail",
        "GDPR Art. 45(1), Decision (EU) 2019/419 Art. 1(1): the Japan decision covers "
        "business operators under the APPI, not public authorities",
    ),
    (
        "dr-data-de-support-us",
        "2027-06-01",
        f"{DR}/data-locations",
        "fail",
        "remote support access from the US is processing there (EDPB Guidelines 05/2021: a "
        "transfer), and other locations need no consent",
    ),
    (
        "dr-eu-subsidiary-us-parent",
        "2027-06-01",
        f"{DR}/foreign-law-exposure",
        "fail",
        "an EU company under a US parent subject to the CLOUD Act (18 U.S.C. §2713) can be "
        "compelled to disclose data it holds in Germany; no certified immunity, no "
        "customer-held keys",
    ),
    (
        "dd-overseers-untrained",
        "2028-01-15",
        f"{EU}/human-oversight",
        "fail",
        "Art. 26(2): the deployer assigns oversight to persons with the necessary "
        "competence, training and authority; the contract says the overseers need none",
    ),
    (
        "rl-aw-autonomous-fire-control",
        "2027-06-01",
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "DoDD 3000.09, Glossary: fire control acting autonomously with no human decision for "
        "each engagement selects and engages targets without further intervention, i.e. the "
        "banned practice bought under another name",
    ),
    (
        "rl-aw-autonomous-fire-control",
        "2027-06-01",
        f"{AW}/unconditional-ban",
        "fail",
        "the label 'unconditional' does not survive a term buying fire control that engages "
        "without a human decision (DoDD 3000.09, Glossary: an autonomous weapon system)",
    ),
    (
        "hr-rbi-shop-single-check",
        "2028-01-15",
        f"{EU}/human-oversight",
        "fail",
        "Art. 14(5): an Annex III 1(a) system acts on a match only after separate verification "
        "by at least two competent persons; the exception of its second subparagraph is for "
        "law enforcement, migration, border control or asylum, not a shop",
    ),
    (
        "dr-data-de-support-us",
        "2027-06-01",
        f"{DR}/transfer-mechanism",
        "unknown",
        "GDPR Art. 44 and EDPB Guidelines 05/2021: remote access from the US may be a "
        "transfer (it is one if the staff belong to another entity); the contract lists no "
        "transfers, so the Chapter V ground is open",
    ),
    (
        "dr-tia-us-clear-data",
        "2027-06-01",
        f"{DR}/transfer-impact-assessment",
        "fail",
        "Schrems II (C-311/18) and EDPB Recommendations 01/2020, Annex 2, use case 6: no "
        "supplementary measure works for an importer subject to FISA s.702 that processes "
        "the data in the clear",
    ),
    (
        "dr-weights-hyperscaler",
        "2027-06-01",
        f"{DR}/weights-custody",
        "fail",
        "weights in Germany but on infrastructure a third party controls are not in the "
        "customer's or a government's custody",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit3_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit3_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
