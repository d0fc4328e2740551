"""Seventy-ninth legal-fidelity audit: clauses drafted to look compliant. Eight descriptions
(tests/data/audit79/*.yaml), written blind, across the four built-in packs, each isolating
one drafting trick that keeps a promise's label while hollowing its substance: a defined
term that shrinks a ban to nothing (mass surveillance of "more than ten million persons";
an autonomous weapon that engages "human targets without any human involvement at any
stage"); a carve-out that swallows the ban (the customer's own written authorisation,
"operational needs"); "human in the loop" defined as a review of logs afterwards and a
daily approval of the target list in bulk; "data remains in the EU" for data at rest only,
save support, maintenance, security monitoring and service improvement from the US, with
telemetry there; "customer-held keys" generated in the vendor parent's US HSM service with
a vendor recovery key; an AI Act "conformity assessment" that is the provider's own
declaration for an Annex III point 1(a) biometric system with no harmonised standard
applied (Art. 43(1)), and "human oversight" the deployer may switch off (Arts 14, 26(2));
and red lines placed in a statement of principles the contract says does not bind, or in
a schedule the order of precedence ranks below a grant of any lawful use. The buyers: a
Land police force, a national police, the Netherlands and French defence ministries, the
Danish defence ministry, a 32-nation alliance's agency, the Polish Border Guard and the
German Federal Police.

Law: the project's legal notes (MS-01, MS-03, MS-16, AW-01 to AW-04, AW-06, AW-09,
AW-10, AW-14 to AW-16, EUAI-02, EUAI-03, EUAI-09, EUAI-12 to EUAI-15, EUAI-20, DR-00,
DR-01, DR-03, DR-06, DR-10, DR-11, DR-15); Regulation (EU) 2024/1689 as amended by
Regulation (EU) 2026/1744; GDPR Arts 44-46; DoD Directive 3000.09 (25 Jan 2023),
Glossary; AP I Art. 36; EDPB Recommendations 01/2020. A definition is read as the
contract's own words: a ban reaches only what its defined term says, whatever its heading.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give,
and the reason (instrument, article, paragraph). The blind answers (47 rows) were
committed before the tool was run. On the first run 33 matched and fourteen did not:

- Three wrong PASSes, each a label the meanings let a describer record. A surveillance ban
  whose defined term needs "more than ten million persons" at once, and an
  autonomous-weapons ban whose defined term needs human targets and no human involvement at
  any stage, were recorded as stated with no exceptions, and explicit-ban and
  autonomous-weapons-ban passed them (the same weapons ban also made
  no-anti-personnel-autonomy and autonomy-limits not_applicable, hiding the duty). The
  meaning of restrictions.*.prohibited now says that a ban reaches only what its defined
  term covers, and a new RestrictionException, defined-narrowly, records the part the
  definition leaves out; explicit-ban and autonomous-weapons-ban fail on it (new fixtures).
  "Human in the loop" defined as a review of logs afterwards and a daily approval of the
  target list was recorded as meaningful human control and human-judgment passed: the
  meaning of weapons.human_judgment_standard now says such a label sets none. The
  descriptions record the substance that way (autonomy-limits now unknown, as counsel said).
- Seven blind answers were wrong, each row saying why: not-intentional-only (twice) and
  protected-population (an open carve-out), transfer-mechanism (a ground may rest outside
  the contract), data-locations for the keys contract (its own US transfer), deployer-duties
  (oversight the deployer may switch off rules Art. 26(2) out) and no-prohibited-practice.
- The biometric description listed the generic law-enforcement use beside the one bought,
  which reads as Annex III point 6 and failed the classification: a describer's slip,
  removed.

No-anti-personnel-autonomy on the defined-narrowly ban was a strict xfail (unknown where
counsel fails: the rule read only its own restriction) until 8 Dec 2026: the meaning of
restrictions.anti_personnel_autonomy now says that an autonomous-weapons ban whose
definition names human targets is that prohibition too, its narrowing among the
exceptions, and the description records it so (fail). Autonomy-limits stays unknown on
it: a prohibition whose defined term leaves some anti-personnel functions out permits
none, so the rule no longer reads defined-narrowly as a carve-out that defeats the limit
to materiel targets. A second, change-control under a grant of any lawful use whose one ban
yields to it, was a strict xfail (counsel: fail) until the lead's review moved counsel's
answer to unknown: whether a new weapons use needs consent is a term of its own, which the
description does not record, and its list of restrictions is of bans, not consent terms
(a rule failing there would fail on the silence the removal property guards).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit79"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
EU = "eu-ai-act-high-risk"
DR = "data-residency"

#: Every contract is in its term on this day, and Chapter III applies to Annex III
#: systems (2 Dec 2027, Art. 113(c) as amended).
D = "2028-03-01"

#: Why a defined term that shrinks the ban leaves no ban.
SURV_DEFINED = (
    "clause 1.4 defines 'Mass Surveillance' as the simultaneous monitoring of more than ten "
    "million persons; the Land has some 6.3 million inhabitants, so the ban of clause 6 "
    "reaches nothing the force could do: the untargeted monitoring of a whole city, or of "
    "the whole Land, is outside it. A ban is read by its defined term, not its heading: "
    "no prohibition of mass, bulk or untargeted surveillance (legal notes MS-01 PASS "
    "needs a ban on 'mass, bulk, dragnet or untargeted surveillance, monitoring or "
    "tracking of people'; La Quadrature du Net, C-511/18, para 141: general and "
    "indiscriminate measures at any scale)"
)

#: Why the weapons definition leaves no ban.
AW_DEFINED = (
    "clause 1.3 defines 'Autonomous Weapon' as a system that engages human targets without "
    "any human involvement at any stage of its life cycle: every fielded weapon has human "
    "involvement at some stage (design, loading, launch) and the definition leaves out "
    "every materiel target, so clause 7 bans nothing; DoD Directive 3000.09 (25 Jan 2023), "
    "Glossary: an autonomous weapon system is one that 'once activated, can select and "
    "engage targets without further intervention by an operator', which is what Annex B "
    "buys (the munition selects and engages vehicles after launch with no further "
    "decision)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Land police: a surveillance ban defined as >10 million persons at once ---
    (
        "ms-defined-threshold",
        D,
        f"{MS}/explicit-ban",
        "fail",
        f"{SURV_DEFINED}; the contract's own words leave the red line empty",
    ),
    (
        "ms-defined-threshold",
        D,
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 6: the Customer cannot waive the clause (MS-01: no customer-side override); "
        "what the clause bans is explicit-ban's question, not this rule's",
    ),
    (
        "ms-defined-threshold",
        D,
        f"{MS}/ban-independent-of-law",
        "pass",
        "clause 6 applies whatever any law or policy provides (MS-16); its defined term is "
        "explicit-ban's question",
    ),
    (
        "ms-defined-threshold",
        D,
        f"{MS}/not-intentional-only",
        "unknown",
        "clause 6 is not limited to intentional surveillance, but it does not say whether it "
        "covers querying data already collected or data collected incidentally (MS-03 PASS "
        "needs both; silent: unknown). Blind answer pass was wrong: it read the absence of "
        "an intent qualifier as the whole of MS-03",
    ),
    # --- NL defence: autonomous weapon defined out of existence ---
    (
        "aw-defined-narrow",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        f"{AW_DEFINED}; AW-01 FAIL: the contract permits integration as an autonomous "
        "targeting and engagement component",
    ),
    (
        "aw-defined-narrow",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 7 applies whatever law or policy provides and cannot be waived (AW-15 PASS); "
        "that its defined term empties it is the ban rule's question (autonomous-weapons-ban)",
    ),
    (
        "aw-defined-narrow",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "Annex B: after launch the munition engages with no further operator decision; an "
        "abort by datalink is supervisory override only (AW-03 FAIL: the AI initiates "
        "engagements with only supervisory override)",
    ),
    (
        "aw-defined-narrow",
        D,
        f"{AW}/autonomy-limits",
        "unknown",
        "Annex B permits an autonomous function against materiel in a designated search "
        "area; the contract is silent on a time limit and on civilians present, and the "
        "operator's abort holds only 'while the link holds' (AW-14: silence is unknown)",
    ),
    (
        "aw-defined-narrow",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        "weapons integration is bought; the contract says nothing of a legal review of the "
        "weapon (AP I Art. 36, the Netherlands a party; AW-06)",
    ),
    (
        "aw-defined-narrow",
        D,
        f"{AW}/human-judgment",
        "unknown",
        "no standard of human judgment over the use of force is stated (AW-02: silent)",
    ),
    (
        "aw-defined-narrow",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "fail",
        "the only term reaching persons is clause 7, whose defined term requires no human "
        "involvement at any stage, which no fielded system meets: anti-personnel autonomy "
        "after an operator's launch is not prohibited (AW-04; ICRC position of 12 May 2021, "
        "recommendation 2). A strict xfail (unknown) until the meaning of "
        "restrictions.anti_personnel_autonomy said that such a ban is that prohibition too, "
        "recorded with its narrowing (defined-narrowly)",
    ),
    (
        "aw-defined-narrow",
        D,
        f"{AW}/verification-and-testing",
        "unknown",
        "the contract is silent on verification, validation and testing of the targeting "
        "software before fielding (AW-05; DoDD 3000.09 para 1.2(b))",
    ),
    # --- Alliance: "human in the loop" = log review and a daily list ---
    (
        "hitl-bulk-approval",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "clause 1.2 defines the 'affirmative human decision' as a daily approval of the "
        "target list as a whole, and Annex A cues fires against listed targets without a "
        "decision per engagement (AW-03 FAIL: no affirmative decision by an identified human "
        "for each use of lethal force)",
    ),
    (
        "hitl-bulk-approval",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        "Annex A: the system cues the fires network directly; no named human approves each "
        "decision to use force (AW-09 FAIL)",
    ),
    (
        "hitl-bulk-approval",
        D,
        f"{AW}/human-judgment",
        "fail",
        "clause 4 labels the control 'Human in the Loop', but clause 1.2 defines it as a "
        "review of logs after the fact: a standard under which the use of force is decided "
        "by no human at the time is no standard of human judgment over it (DoDD 3000.09 "
        "para 1.2(a); AW-02 FAIL: the contract waives the requirement in substance)",
    ),
    (
        "hitl-bulk-approval",
        D,
        f"{AW}/nato-principles",
        "pass",
        "clause 4: the Alliance's Principles of Responsible Use bind the parties (AW, "
        "NATO PRU, 22 Oct 2021)",
    ),
    (
        "hitl-bulk-approval",
        D,
        f"{AW}/deactivation",
        "unknown",
        "the contract is silent on suspending the model during operations (AW-11)",
    ),
    (
        "hitl-bulk-approval",
        D,
        f"{AW}/traceability",
        "unknown",
        "engagement logs exist (clause 1.2), but whether outputs, the model version and the "
        "human decisions are recorded is not stated (AW-10: silent)",
    ),
    # --- Border Guard: EU residency at rest, save support and improvement from the US ---
    (
        "eu-residency-carveout",
        D,
        f"{DR}/data-locations",
        "fail",
        "clause 8: residency covers data at rest only, and the vendor's affiliates process "
        "and access the data from the US for support, maintenance, security monitoring and "
        "service improvement without the Customer's consent (DR-01 FAIL; GDPR Art. 28(3)(a))",
    ),
    (
        "eu-residency-carveout",
        D,
        f"{DR}/telemetry-location",
        "fail",
        "clause 9: prompts, outputs and telemetry about persons crossing the border go to "
        "the vendor's US platform (DR-15 FAIL)",
    ),
    (
        "eu-residency-carveout",
        D,
        f"{DR}/transfer-mechanism",
        "unknown",
        "access from the US by the vendor's affiliates to personal data is a transfer (EDPB "
        "Guidelines 05/2021), which clause 8 denies and grounds on nothing it names; GDPR "
        "Art. 44 needs a Chapter V ground, but one may rest outside this contract (the "
        "affiliate's Data Privacy Framework certification under Decision (EU) 2023/1795, "
        "Art. 45(1); a separate intra-group agreement): silence about the ground is unknown "
        "(DR-10 UNKNOWN). Blind answer fail was wrong: it read the contract's denial as proof "
        "that no ground exists anywhere",
    ),
    (
        "eu-residency-carveout",
        D,
        f"{DR}/transfer-impact-assessment",
        "unknown",
        "no impact assessment is stated for the US transfer; the contract is silent (DR-11)",
    ),
    (
        "eu-residency-carveout",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "clause 3 names the GDPR (DR-00)",
    ),
    # --- Danish MoD: "customer-held keys" in the vendor's US HSM ---
    (
        "keys-vendor-hsm",
        D,
        f"{DR}/customer-held-keys",
        "fail",
        "clause 10: keys are generated and kept in the vendor parent's HSM service in the US "
        "and the vendor keeps a recovery key, so the vendor can decrypt without the "
        "Customer; and the keys are the supplementary measure relied on for the US "
        "transfer (DR-03 FAIL; EDPB Recommendations 01/2020, use case 1: keys retained "
        "solely under the exporter's control, in the EEA)",
    ),
    (
        "keys-vendor-hsm",
        D,
        f"{DR}/transfer-impact-assessment",
        "fail",
        "the impact assessment finds FISA s.702 impinges and relies on a measure the "
        "importer defeats: it holds the keys (EDPB Recommendations 01/2020 paras 84-85, "
        "use case 1; Schrems II C-311/18 paras 134-135; DR-11 FAIL)",
    ),
    (
        "keys-vendor-hsm",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "clause 11: the 2021 standard contractual clauses, module 3, a ground under GDPR "
        "Art. 46(2)(c) (DR-10); whether they work is the impact assessment's question",
    ),
    (
        "keys-vendor-hsm",
        D,
        f"{DR}/foreign-law-exposure",
        "fail",
        "the vendor's US parent is subject to FISA s.702 and the CLOUD Act and holds the "
        "keys: no certification, no architectural mitigation (DR-06 FAIL)",
    ),
    (
        "keys-vendor-hsm",
        D,
        f"{DR}/data-locations",
        "fail",
        "storage is in DK, but clause 11 sends support data to the vendor's parent in the US: "
        "data leaves the allowed jurisdictions (DR-01 FAIL: residency covers storage only "
        "while processing or support occurs elsewhere). Blind answer unknown was wrong: it "
        "overlooked that the stated transfer is itself processing outside the EEA",
    ),
    # --- Federal Police: self-declared assessment of a biometric system ---
    (
        "biometric-self-declared",
        D,
        f"{EU}/high-risk-classification",
        "pass",
        "clause 3 classifies post-remote biometric identification as high-risk under Annex "
        "III point 1(a) (Art. 6(2); EUAI-03)",
    ),
    (
        "biometric-self-declared",
        D,
        f"{EU}/conformity-assessment",
        "fail",
        "Art. 43(1): for an Annex III point 1 system the provider may follow internal "
        "control (Annex VI) only where it has applied harmonised standards (or common "
        "specifications) in full; clause 6.3 says none was applied, so Annex VII with a "
        "notified body is required (and for a system put into service by law-enforcement "
        "authorities the market surveillance authority acts as that body, Art. 43(1) third "
        "subparagraph): the 'conformity assessment' of clause 6 is the wrong route "
        "(EUAI-12 FAIL: wrong route for biometrics)",
    ),
    (
        "biometric-self-declared",
        D,
        f"{EU}/human-oversight",
        "fail",
        "clause 7.3 lets the deployer switch verification and review off: oversight measures "
        "must be built in and effective while the system is in use (Art. 14(1), (3)), the "
        "deployer must assign oversight to competent persons (Art. 26(2)), and for point "
        "1(a) no action may be taken on an identification not separately verified by two "
        "persons (Art. 14(5)) unless Union or national law disapplies it, not the deployer's "
        "configuration (EUAI-09)",
    ),
    (
        "biometric-self-declared",
        D,
        f"{EU}/eu-database-registration",
        "unknown",
        "the contract is silent on registration (Art. 49(1), (4): secure non-public section "
        "for law-enforcement biometrics; 49(3) use registration)",
    ),
    (
        "biometric-self-declared",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a public authority deploying an Annex III system (Art. 27(1)); the contract is silent",
    ),
    (
        "biometric-self-declared",
        D,
        f"{EU}/deployer-duties",
        "fail",
        "clause 7.3 lets the deployer switch human oversight off, against its duty to assign "
        "oversight to competent persons and use the system per its instructions (Art. "
        "26(1)-(2); EUAI-14). Blind answer unknown was wrong: the contract is not silent on "
        "Art. 26(2), it rules it out",
    ),
    (
        "biometric-self-declared",
        D,
        f"{EU}/ai-literacy",
        "unknown",
        "clause 7.1 says the verifying officers are trained; no AI-literacy measure for "
        "staff is stated (Art. 4; EUAI-20: silent)",
    ),
    (
        "biometric-self-declared",
        D,
        f"{EU}/no-prohibited-practice",
        "unknown",
        "post-remote identification in recorded footage against persons sought by warrant "
        "is not real-time (Art. 5(1)(h) reaches real-time use only; Art. 3(42)-(43)), and no "
        "other Art. 5(1) practice is bought; but the contract neither excludes the Art. 5 "
        "practices nor states whether it grants use beyond the listed one (grants left "
        "unstated): EUAI-02 cannot pass on silence. Blind answer pass was wrong: it read the "
        "single listed use as all the contract allows",
    ),
    # --- French MoD: red lines in non-binding principles and an outranked schedule ---
    (
        "bans-outranked",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 2 grants any lawful use, including intelligence analysis; the only "
        "surveillance ban is in Annex P, which clause 14 declares not binding, and Recital C "
        "is no operative term: MS-01 FAIL (any lawful use with no surveillance carve-out)",
    ),
    (
        "bans-outranked",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "Schedule 4's ban gives way to clause 2 by clause 15's order of precedence, and "
        "clause 2 grants any lawful use including targeting support: AW-01 FAIL (any lawful "
        "use for a defence customer with no weapons carve-out that binds)",
    ),
    (
        "bans-outranked",
        D,
        f"{MS}/red-lines-prevail",
        "fail",
        "clause 15: the lawful-use grant prevails over the restrictions (MS-16 FAIL: the "
        "lawful-use grant is stated to override them)",
    ),
    (
        "bans-outranked",
        D,
        f"{AW}/human-judgment",
        "unknown",
        "targeting support is granted; no standard of human judgment is stated (AW-02)",
    ),
    (
        "bans-outranked",
        D,
        f"{AW}/change-control",
        "unknown",
        "blind answer fail was wrong, on review by the lead: clause 2 grants any lawful use and "
        "Schedule 4's ban yields to it (clause 15), so no ban bars a new weapons use; but "
        "whether adding one needs the vendor's consent and a joint review is a term of its "
        "own (weapons.change_control), which the description does not record, and the "
        "contract does not state that no term restricts the grant beyond the law "
        "(grants.limited_only_by_law). The recorded list of restrictions (in_contract) is "
        "of bans, not of consent terms, so it does not say there is none: silence is "
        "unknown (AW-16 asks for the change-control term; the rule's question asks it)",
    ),
    (
        "bans-outranked",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        "targeting support is granted; the contract says nothing of a legal review (AP I "
        "Art. 36; AW-06)",
    ),
    # --- National police: a ban the police may lift itself ---
    (
        "ms-exception-swallows",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 5's ban yields to the written authorisation of the Customer's own Chief "
        "Commissioner and to 'operational needs' the Customer alone judges: MS-01 PASS "
        "requires a ban 'with no customer-side override'; one the customer may lift at will "
        "bans nothing it must not do",
    ),
    (
        "ms-exception-swallows",
        D,
        f"{MS}/ban-not-waivable",
        "fail",
        "the Customer may set the ban aside by its own officer's written authorisation or "
        "for operational needs it judges (MS-01: customer-side override)",
    ),
    (
        "ms-exception-swallows",
        D,
        f"{MS}/not-intentional-only",
        "unknown",
        "clause 5 is not limited to intentional surveillance, but it does not say whether it "
        "covers querying collected data or incidental data (MS-03; silent: unknown). Blind "
        "answer pass was wrong: it read the absence of an intent qualifier as the whole rule",
    ),
    (
        "ms-exception-swallows",
        D,
        f"{MS}/protected-population",
        "unknown",
        "clause 5 protects 'any person', but its carve-out for 'operational needs' is open "
        "and may take any group out of the ban's protection (MS-02: whom the ban protects "
        "is then unsettled). Blind answer pass was wrong: it read the protected persons "
        "without the open carve-out",
    ),
    (
        "ms-exception-swallows",
        D,
        f"{MS}/commercial-data-covered",
        "unknown",
        "clause 5 does not say whether commercially acquired data is covered (MS-04: silent)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit79_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit79_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
