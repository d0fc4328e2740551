"""Nineteenth legal-fidelity audit: seven realistic, complete contract descriptions of the
kind the tool exists for, each with clauses, sources (amendments, side letters, statements
of work, annexes, press reports, public statements), dates and parties, where the
interactions between terms decide the verdict, run through the real CLI
(tests/data/audit19/*.yaml). Earlier audits isolate one point per contract; this one checks
9 to 13 rules on each whole deal.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs. Rows run under a built-in profile (the customer's
parameters) sit in PROFILE_CASES.

(a) A defence department's frontier model on its SECRET network, in an enclave the vendor
runs: an "all lawful purposes" grant, red lines added by an amendment from 1 Mar 2027 (US
persons only, intentional use only; weapons autonomy only where law or policy requires
human control) that prevail over the grant, and a press report crediting the deal with
more red lines than any term holds.
(b) A 32-nation alliance's draft for its unclassified networks (NATO UNCLASSIFIED marking),
data in member states, every weapons use and any mass surveillance ruled out, the clauses on
the NATO principles and on keys still bracketed; a wire report says both are settled.
(c) A border guard's traveller risk assessment (AI Act Annex III, point 7(b)) from a
provider outside the Union, in service from April 2028: the authorised representative is
named only in an annex the contract says does not bind; a side letter cuts log retention to
three months; US support sees the data in the clear under the 2021 SCCs.
(d) A police force's live facial recognition at a football tournament in 2028 under
Art. 5(1)(h) and 5(2)-(7): every condition in the contract save the national law of
Art. 5(5), which only the interior ministry's press statement gives; internal control
without harmonised standards (Art. 43(1)).
(e) A European defence company on a US cloud provider's German region: CLOUD Act exposure,
the Data Privacy Framework with SCCs as fallback, audits replaced by reports, and keys held
by the customer only under a side letter that expires on 31 Dec 2027.
(f) An intelligence agency's OSINT contract whose clause bans mass surveillance of anyone,
commercial and public data included, while its statement of work (from 1 Apr 2027) buys the
untargeted ingestion of a nationwide location feed and a social-media firehose.
(g) A targeting decision-support service with a human "on the loop", whose statement of
work sends unvetoed nominations to fire control as engagement orders, with a DoDD 3000.09
senior-review clause added by an amendment effective 1 Sep 2027.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test, verdict_test

DATA = Path(__file__).parent / "data" / "audit19"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
AI = "eu-ai-act-high-risk"
DR = "data-residency"

A = "a-defence-secret-enclave"
B = "b-alliance-unclassified-draft"
C = "c-border-risk-assessment-2028"
D = "d-police-live-facial-recognition"
E = "e-defence-firm-us-cloud"
F = "f-intel-osint-commercial-data"
G = "g-targeting-decision-support"

A_BEFORE = "2027-01-15"  # before amendment 1 (effective 1 Mar 2027)
A_AFTER = "2027-06-01"
B_DRAFT = "2027-03-01"
C_EARLY = "2028-04-15"  # before the side letter on logs (effective 1 May 2028)
C_LATE = "2028-06-01"
D_EVENT = "2028-06-15"
E_KEYS = "2027-06-01"  # the side letter on keys in force
E_AFTER = "2028-03-01"  # the side letter expired on 31 Dec 2027
F_BEFORE = "2027-03-01"  # before statement of work no. 1 (effective 1 Apr 2027)
F_AFTER = "2027-06-01"
G_BEFORE = "2027-06-01"  # before amendment 2 (effective 1 Sep 2027)
G_AFTER = "2027-10-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- (a) defence department, SECRET enclave, "all lawful purposes" ---
    (
        A,
        A_AFTER,
        f"{MS}/protected-population",
        "fail",
        "EO 12333 §3.5(k): amendment 1 protects only US persons, while clause 3 processes "
        "data about foreign persons too; the legal notes, MS-02",
    ),
    (
        A,
        A_AFTER,
        f"{MS}/not-intentional-only",
        "fail",
        "50 U.S.C. §1881a(b): the amendment forbids only intentional use, the hook that lets "
        "incidental collection and its querying proceed (MS-03)",
    ),
    (
        A,
        A_BEFORE,
        f"{MS}/red-lines-prevail",
        "fail",
        "MS-16 FAIL: until amendment 1 takes effect on 1 Mar 2027 the grant of all lawful "
        "purposes (clause 3) stands alone, overriding the usage policy, and clause 3 states "
        "that no term restricts use beyond the law: there is no restriction to prevail over "
        "the grant (unknown only where restrictions exist with no precedence rule; read "
        "again in audit 45, tests/test_audit45.py)",
    ),
    (
        A,
        A_AFTER,
        f"{MS}/red-lines-prevail",
        "pass",
        "MS-16: from 1 Mar 2027 amendment 1 applies the red lines notwithstanding clause 3",
    ),
    (
        A,
        A_AFTER,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "DoDD 3000.09 para. 1.2 and CRS IF11150: US policy does not require human control, so "
        "a ban that applies only where law, regulation or Department policy requires it "
        "(clause 3B) bans nothing the policy allows (AW-01, AW-15)",
    ),
    (
        A,
        A_AFTER,
        f"{AW}/unconditional-ban",
        "fail",
        "AW-15: clause 3B is conditioned on law or policy requiring human control; the press "
        "report's 'unconditional' red line is no term",
    ),
    (
        A,
        A_AFTER,
        f"{MS}/no-social-scoring",
        "unknown",
        "only the press report (not contract terms) says social scoring is ruled out; the "
        "grant leaves the uses open (AI Act Art. 5(1)(c) as the red line's measure)",
    ),
    (
        A,
        A_AFTER,
        f"{MS}/intelligence-agencies-excluded",
        "unknown",
        "MS-14: only the press report says the Department's intelligence agencies need a "
        "further contract; no term says so",
    ),
    (
        A,
        A_AFTER,
        f"{MS}/law-fixed-at-signing",
        "unknown",
        "MS-16: the grant is measured against the law; that the law is fixed at signing is "
        "said only by the press report",
    ),
    (
        A,
        A_AFTER,
        f"{AW}/verification-and-testing",
        "pass",
        "DoDD 3000.09 para. 1.2 and Section 3: clause 4 requires verification, validation "
        "and testing before any weapon-system use and no learning in the field",
    ),
    (
        A,
        A_AFTER,
        f"{AW}/senior-review",
        "unknown",
        "DoDD 3000.09 Section 4: clause 4 names testing, not the senior review; silent",
    ),
    (
        A,
        A_BEFORE,
        f"{MS}/explicit-ban",
        "fail",
        "MS-01 FAIL: a grant of all lawful purposes (clause 3) to a defence customer, the "
        "usage policy disowned, and no other term restricting use beyond the law "
        "(grants.limited_only_by_law): no surveillance carve-out in any term in force",
    ),
    (
        A,
        A_BEFORE,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "AW-01 FAIL: a grant of any lawful use to a defence customer with no weapons "
        "carve-out (clause 3 states that no other term restricts use beyond the law; "
        "clause 4 even contemplates use in autonomous weapon systems, which DoDD 3000.09 "
        "permits after review)",
    ),
    (
        A,
        A_AFTER,
        f"{MS}/explicit-ban",
        "pass",
        "MS-01 PASS: amendment 1 bans mass surveillance (of US persons) and applies "
        "notwithstanding the grant of clause 3, so no use the grant's open list ('including') "
        "leaves unnamed can be the banned practice, and no use clause 3 names is; whom the "
        "ban protects is for MS-02 (protected-population, fail)",
    ),
    (
        A,
        A_AFTER,
        f"{DR}/weights-custody",
        "fail",
        "RAND RR-A2849-1; with the default parameters (government custody required): clause 2 "
        "leaves the weights in Calder's custody",
    ),
    # --- (b) alliance, unclassified networks, draft ---
    (
        B,
        B_DRAFT,
        f"{DR}/classification-boundary",
        "pass",
        "NATO C-M(2002)49-REV1: NATO UNCLASSIFIED is a marking, not a classification; clause 2 "
        "sets the ceiling there and forbids NATO RESTRICTED or higher on an unclassified "
        "network (DR-14)",
    ),
    (
        B,
        B_DRAFT,
        f"{MS}/explicit-ban",
        "pass",
        "MS-01: clause 4 bans mass surveillance unconditionally, not waivable, with no "
        "exception, and the complete list of uses (clause 3) buys none",
    ),
    (
        B,
        B_DRAFT,
        f"{MS}/protected-population",
        "pass",
        "EO 14086 §1 and MS-02: the ban protects every person, whatever nationality",
    ),
    (
        B,
        B_DRAFT,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "AW-01 ('or forbids all weapons use outright'); DoDD 3000.09 Glossary: an autonomous "
        "weapon system is a weapon system, and clause 4 forbids any weapons use, "
        "unconditionally and without exception (fixed: the rule reads the total weapons ban)",
    ),
    (
        B,
        B_DRAFT,
        f"{AW}/unconditional-ban",
        "pass",
        "AW-15: the prohibition of every weapons use applies whatever a member nation's law "
        "permits (fixed: the rule reads the total weapons ban)",
    ),
    (
        B,
        B_DRAFT,
        f"{AW}/nato-principles",
        "unknown",
        "NATO AI Strategy (22 Oct 2021), Principles of Responsible Use: clause 6 is still "
        "bracketed (unspecified); the wire report that they are settled is no term",
    ),
    (
        B,
        B_DRAFT,
        f"{DR}/customer-held-keys",
        "unknown",
        "EDPB Recommendations 01/2020, Annex 2, use case 1: who holds the keys is bracketed in "
        "clause 7; the wire report decides nothing",
    ),
    (
        B,
        B_DRAFT,
        f"{DR}/exit-deletion",
        "unknown",
        "DR-16: deletion with a certificate at the end is said only by the wire report",
    ),
    (
        B,
        B_DRAFT,
        f"{AI}/scope-qualification-recorded",
        "unknown",
        "AI Act Art. 2(3), Recital 24; EUAI-00: the exclusion is claimed for defence uses "
        "only, but no clause says that a non-excluded use triggers compliance",
    ),
    (
        B,
        B_DRAFT,
        f"{DR}/data-locations",
        "fail",
        "clause 5 permits storage and processing in any alliance member state, the US, Canada "
        "and Turkiye among them, outside the allowed EEA: a term that permits places reads a "
        "group as every member (was unknown, when a group was read as somewhere among them)",
    ),
    (
        B,
        B_DRAFT,
        f"{DR}/weights-location",
        "fail",
        "clause 5: the weights may be held in any member state, outside the EEA too (was "
        "unknown under the 'somewhere among' reading of a group)",
    ),
    (
        B,
        B_DRAFT,
        f"{DR}/personnel-location",
        "fail",
        "clause 5: support staff may work from any member state, outside the EEA too (was "
        "unknown under the 'somewhere among' reading of a group)",
    ),
    (
        B,
        B_DRAFT,
        f"{DR}/telemetry-location",
        "fail",
        "clause 5: prompts, outputs and logs may be stored in any member state, outside the "
        "EEA too (was unknown under the 'somewhere among' reading of a group)",
    ),
    # --- (c) border guard, Annex III point 7(b), provider outside the Union ---
    (
        C,
        C_LATE,
        f"{AI}/high-risk-classification",
        "pass",
        "AI Act Art. 6(2), Annex III point 7(b): documented, no Art. 6(3) derogation, and "
        "profiling keeps it high-risk (Art. 6(3), last subparagraph)",
    ),
    (
        C,
        C_LATE,
        f"{AI}/provider-obligations",
        "unknown",
        "AI Act Art. 22(1): Kestrel is established outside the Union; its authorised "
        "representative is named only in annex 4, which clause 20.3 says does not bind",
    ),
    (
        C,
        C_LATE,
        f"{AI}/conformity-assessment",
        "pass",
        "AI Act Art. 43(2): an Annex III point 7 system follows internal control (Annex VI)",
    ),
    (
        C,
        C_LATE,
        f"{AI}/eu-database-registration",
        "pass",
        "AI Act Art. 49(1), (3) and (4): the provider registers the system and the authority "
        "its use, in the non-public section for border control",
    ),
    (
        C,
        C_LATE,
        f"{AI}/fundamental-rights-impact-assessment",
        "pass",
        "AI Act Art. 27(1): the public-body deployer assesses before first use (clause 5)",
    ),
    (
        C,
        C_EARLY,
        f"{AI}/logging-and-retention",
        "pass",
        "AI Act Arts 12, 19(1), 26(6): logs kept twelve months (clause 6)",
    ),
    (
        C,
        C_LATE,
        f"{AI}/logging-and-retention",
        "fail",
        "AI Act Arts 19(1), 26(6): at least six months; from 1 May 2028 the side letter, which "
        "prevails over clause 6, keeps logs three months",
    ),
    (
        C,
        C_LATE,
        f"{AI}/human-oversight",
        "pass",
        "AI Act Art. 14(4): trained officers can disregard, override and stop the system",
    ),
    (
        C,
        C_LATE,
        f"{AI}/serious-incident-reporting",
        "pass",
        "AI Act Art. 73(2)-(4): 15, 10 and 2 days",
    ),
    (
        C,
        C_LATE,
        f"{AI}/no-prohibited-practice",
        "pass",
        "AI Act Art. 5(1)(a)-(h): clause 3 rules out every practice the deployment could reach",
    ),
    (
        C,
        C_LATE,
        f"{DR}/processor-terms",
        "pass",
        "GDPR Art. 28(3)(a)-(h): every element stated (clause 8)",
    ),
    (
        C,
        C_LATE,
        f"{DR}/transfer-impact-assessment",
        "fail",
        "C-311/18 Schrems II, paras 134-135; EDPB Recommendations 01/2020, Annex 2, use case "
        "6: the assessment finds US law impinges and the importer sees the data in the clear, "
        "where no supplementary measure is effective",
    ),
    # --- (d) police, live facial recognition at a tournament ---
    (
        D,
        D_EVENT,
        f"{MS}/no-real-time-biometric-identification",
        "unknown",
        "AI Act Art. 5(1)(h), 5(2)-(5): the objectives, targeting, judicial authorisation, "
        "FRIA, registration and notice are terms, but a national law providing for the use "
        "(Art. 5(5)) is stated only by the ministry's press statement",
    ),
    (
        D,
        D_EVENT,
        f"{AI}/no-prohibited-practice",
        "unknown",
        "AI Act Art. 5(5): without a national law the use is prohibited; the contract does not "
        "say that one exists, and a public statement decides nothing",
    ),
    (
        D,
        D_EVENT,
        f"{AI}/conformity-assessment",
        "fail",
        "AI Act Art. 43(1): an Annex III point 1 system whose provider has not applied the "
        "harmonised standards in full follows Annex VII (a notified body), not internal "
        "control",
    ),
    (
        D,
        D_EVENT,
        f"{AI}/human-oversight",
        "pass",
        "AI Act Art. 14(5): no match acted on unless two trained officers verify it",
    ),
    (
        D,
        D_EVENT,
        f"{AI}/fundamental-rights-impact-assessment",
        "pass",
        "AI Act Arts 5(2) and 27(1): FRIA before first use",
    ),
    (
        D,
        D_EVENT,
        f"{MS}/dpia-before-monitoring",
        "pass",
        "LED Art. 27: a DPIA precedes the monitoring of publicly accessible places",
    ),
    (
        D,
        D_EVENT,
        f"{DR}/data-protection-regime",
        "pass",
        "LED Arts 1(1), 2(1), 3(7)(a): a police force processing for law enforcement",
    ),
    (
        D,
        D_EVENT,
        f"{DR}/processor-terms",
        "not_applicable",
        "GDPR Art. 2(2)(d): the police's processor works under LED Art. 22, not GDPR Art. 28",
    ),
    (
        D,
        D_EVENT,
        f"{AI}/high-risk-classification",
        "pass",
        "AI Act Art. 6(2), Annex III point 1(a): remote biometric identification, documented",
    ),
    (
        D,
        D_EVENT,
        f"{MS}/no-facial-image-scraping",
        "pass",
        "AI Act Art. 5(1)(e): clause 4 forbids scraping to build or extend the watchlist",
    ),
    # --- (e) European defence company on a US cloud ---
    (
        E,
        E_KEYS,
        f"{DR}/customer-held-keys",
        "pass",
        "EDPB Recommendations 01/2020, Annex 2, use case 1: in 2027 the side letter, which "
        "prevails over clause 7, has Adlerwerk generate and hold the keys",
    ),
    (
        E,
        E_AFTER,
        f"{DR}/customer-held-keys",
        "fail",
        "the side letter expired on 31 Dec 2027; clause 7 (keys Stratus generates and "
        "manages) applies again",
    ),
    (
        E,
        E_KEYS,
        f"{DR}/foreign-law-exposure",
        "fail",
        "18 U.S.C. §2713: Stratus and its German subsidiary are subject to the CLOUD Act; the "
        "keys protect stored data only, the subsidiary runs the storage and computes on the "
        "data in the clear (EDPB use case 6), and no immunity certification is held",
    ),
    (
        E,
        E_AFTER,
        f"{DR}/foreign-law-exposure",
        "fail",
        "18 U.S.C. §2713: as before, now with provider-managed keys too",
    ),
    (
        E,
        E_KEYS,
        f"{DR}/transfer-mechanism",
        "pass",
        "GDPR Art. 45; Decision (EU) 2023/1795, Art. 1: the recipient is on the DPF List",
    ),
    (
        E,
        E_KEYS,
        f"{DR}/dpf-fallback",
        "pass",
        "DR-12: DPF certification stated, with the 2021 SCCs as fallback (Latombe appeal "
        "C-703/25 P pending)",
    ),
    (
        E,
        E_KEYS,
        f"{DR}/transfer-impact-assessment",
        "not_applicable",
        "GDPR Art. 45(1): a transfer under an adequacy decision needs no specific "
        "authorisation; Schrems II's assessment attaches to Art. 46 safeguards",
    ),
    (
        E,
        E_KEYS,
        f"{DR}/processor-terms",
        "fail",
        "GDPR Art. 28(3)(h): the processor shall allow for and contribute to audits, "
        "including inspections; clause 5 offers reports instead of any audit",
    ),
    (
        E,
        E_KEYS,
        f"{DR}/sub-processor-authorisation",
        "pass",
        "GDPR Art. 28(2), (4): general authorisation with notice and a right to object, same "
        "obligations flowed down",
    ),
    (
        E,
        E_KEYS,
        f"{DR}/data-protection-regime",
        "pass",
        "GDPR Art. 3(1) and C-623/17: a German company's processing, defence work included, "
        "is under the GDPR, which the contract names",
    ),
    (
        E,
        E_KEYS,
        f"{DR}/telemetry-location",
        "fail",
        "GDPR Arts 5(1)(b), 28(3)(a); with the default parameters (EEA): telemetry and logs go "
        "to the US and Stratus may export them",
    ),
    # --- (f) intelligence agency, OSINT, commercial data ---
    (
        F,
        F_BEFORE,
        f"{MS}/explicit-ban",
        "pass",
        "MS-01: clause 6 bans mass surveillance of anyone; the complete list of uses buys none "
        "and statement of work no. 1 is not yet in force",
    ),
    (
        F,
        F_AFTER,
        f"{MS}/explicit-ban",
        "fail",
        "MS-01 and EO 14086 §2(c)(ii): from 1 Apr 2027 the statement of work buys untargeted "
        "ingestion of location and commercial data about the domestic population; the "
        "purchase outranks the label of the ban, and the director's statement decides nothing",
    ),
    (
        F,
        F_AFTER,
        f"{MS}/commercial-data-covered",
        "fail",
        "MS-04: the ban names commercially acquired data, but the statement of work buys its "
        "bulk, selector-free processing",
    ),
    (
        F,
        F_AFTER,
        f"{MS}/public-data-covered",
        "fail",
        "MS-05; EO 12333 §2.3(a): the ban names publicly available data, but the statement "
        "of work buys the untargeted aggregation of a social network's public posts",
    ),
    (
        F,
        F_AFTER,
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 6: the Center may not waive the ban",
    ),
    (
        F,
        F_AFTER,
        f"{MS}/ban-independent-of-law",
        "pass",
        "clause 6 applies whatever the law permits (the purchase is judged by explicit-ban)",
    ),
    (
        F,
        F_AFTER,
        f"{MS}/protected-population",
        "fail",
        "EO 14086 §1: the ban protects every person in words, but from 1 Apr 2027 the "
        "statement of work buys the selector-free ingestion of location data about everyone "
        "in the United States (mass surveillance under another label, definition "
        "buys-untargeted-population-surveillance), which reaches the whole population "
        "whatever the ban protects; the rule already failed a purchase of mass surveillance "
        "by name, and audit 94 made it read the purchase under another label the same way "
        "(this row was pass until then: the protection of a ban the contract's own purchase "
        "overrides protects no one it reaches)",
    ),
    (
        F,
        F_AFTER,
        f"{MS}/foreign-intelligence-purpose",
        "pass",
        "EO 12333 §2.3; DoDM 5240.01: a documented foreign-intelligence purpose and "
        "AG-approved procedures (clause 8)",
    ),
    (
        F,
        F_AFTER,
        f"{MS}/retention-and-query-logging",
        "pass",
        "50 U.S.C. §1881a(f)(1)(B) and EO 14086 §2(c)(iii) as the measure: queries logged, "
        "data minimised, retention capped at five years",
    ),
    (
        F,
        F_AFTER,
        f"{DR}/data-protection-regime",
        "not_applicable",
        "GDPR Art. 3: US parties, no EU establishment, no people in the Union targeted",
    ),
    # --- (g) targeting decision support, human on the loop ---
    (
        G,
        G_BEFORE,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "DoDD 3000.09 Glossary: a system that, once activated, selects and engages targets "
        "without further operator intervention is autonomous, human-supervised included; the "
        "statement of work sends unvetoed nominations to fire control as engagement orders",
    ),
    (
        G,
        G_BEFORE,
        f"{AW}/unconditional-ban",
        "fail",
        "AW-15: the label 'unconditional' does not survive a term that buys the practice",
    ),
    (
        G,
        G_BEFORE,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "AW-03: a veto window on the loop is no affirmative decision for each engagement",
    ),
    (
        G,
        G_BEFORE,
        f"{AW}/decision-support-advisory",
        "fail",
        "AW-09: auto-nomination into a strike queue without review is not advisory, whatever "
        "clause 2 calls it",
    ),
    (
        G,
        G_BEFORE,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        "NATO PRU E; DoDD 3000.09 para. 1.2: weapons targeting bought with engagements that "
        "proceed without a human decision",
    ),
    (
        G,
        G_BEFORE,
        f"{AW}/human-judgment",
        "pass",
        "DoDD 3000.09 para. 1.2 (CRS IF11150): appropriate levels of human judgment is a "
        "design standard that does not require a decision per engagement; clause 3 states it",
    ),
    (
        G,
        G_BEFORE,
        f"{AW}/senior-review",
        "unknown",
        "DoDD 3000.09 Section 4: amendment 2 takes effect on 1 Sep 2027; until then no term "
        "makes integration conditional on senior review",
    ),
    (
        G,
        G_AFTER,
        f"{AW}/senior-review",
        "pass",
        "DoDD 3000.09 Section 4: from 1 Sep 2027 amendment 2 requires the senior review or a "
        "documented exemption",
    ),
    (
        G,
        G_BEFORE,
        f"{AW}/deactivation",
        "fail",
        "AW-11 (NATO PRU E; DoD principle 'governable'): Ardent may not suspend the service "
        "during operations",
    ),
    (
        G,
        G_BEFORE,
        f"{AW}/legal-weapons-review",
        "pass",
        "AP I Art. 36 as the measure (the US reviews under its own procedure): clause 4 makes "
        "use subject to the Command's legal review of weapons",
    ),
    (
        G,
        G_BEFORE,
        f"{AW}/verification-and-testing",
        "pass",
        "DoDD 3000.09 Section 3: tested before fielding and after changes, no field learning",
    ),
]

PROFILE_CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        A,
        A_AFTER,
        f"{DR}/classification-boundary",
        "us-defence",
        "pass",
        "DoD Cloud SRG IL6: SECRET ceiling on a SECRET network, higher inputs forbidden",
    ),
    (
        A,
        A_AFTER,
        f"{DR}/weights-custody",
        "us-defence",
        "unknown",
        "the US defence profile accepts a vendor-operated environment inside the IL6 "
        "accreditation, but not a vendor copy of customer-specific weights (DR-02): the contract "
        "says neither whether any are created nor whether the vendor may keep copies (was "
        "not_applicable until 7 Dec 2026, which read a contract silent on whether customer-"
        "specific weights (fine-tunes, adapters) are created as creating none; the legal notes'"
        " DR-02 make the rule not applicable only where none are created, and silence is "
        "unknown)",
    ),
    (
        B,
        B_DRAFT,
        f"{DR}/data-locations",
        "alliance-unclassified",
        "pass",
        "clause 5: storage and processing only in member states (NATO), elsewhere only with "
        "the Agency's prior consent",
    ),
    (
        B,
        B_DRAFT,
        f"{DR}/personnel-location",
        "alliance-unclassified",
        "pass",
        "clause 5: support staff work from member states",
    ),
    (
        B,
        B_DRAFT,
        f"{DR}/foreign-law-exposure",
        "alliance-unclassified",
        "not_applicable",
        "the alliance profile does not require immunity from members' access laws",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit19_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)
test_audit19_verdict_under_profile = profile_verdict_test(DATA, PROFILE_CASES)


def test_every_audit19_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in PROFILE_CASES),
        (row[0] for row in KNOWN_WRONG),
    )
