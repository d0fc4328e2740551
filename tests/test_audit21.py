"""Twenty-first legal-fidelity audit: six realistic, complete contract descriptions of
deployments audit 19 did not cover, each with clauses, sources (amendments, side letters,
press reports, public statements), dates and parties, where the interplay of terms decides
the verdict, run through the real CLI (tests/data/audit21/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

(a) A state criminal police office's LLM from a US vendor for translation and for ranking
domestic-violence reports by the risk to the victim (AI Act Annex III, point 6(a)): US
hosting on the 2021 SCCs (no ground under the LED), no EU authorised representative, until
amendment 1 (1 Mar 2028) moves everything to the vendor's German region and names one; a
press report's "no mass surveillance" is no term.
(b) A ministry of defence's national SECRET enclave with a French vendor and a US
maintenance sub-processor: Art. 2(3) exclusion for exclusively defence and national-security
uses, unconditional red lines, weights in the vendor's vault and standing US remote access
until amendment 1 (1 Oct 2027) puts the weights in the ministry's custody.
(c) A public employment service ranking jobseekers for vacancies (Annex III, point 4(a)):
Art. 26 and 27 duties in the contract, GDPR Art. 22 human review; registration of the use
(Art. 49(3)) only in the service's press release; informing jobseekers (Art. 26(11)) from
amendment 1 (1 Mar 2028).
(d) A public hospital group fine-tuning a general-purpose model with systemic risk, which
amendment 1 (1 Feb 2028) puts to emergency triage (Annex III, point 5(d)): the hospital
becomes provider (Art. 25(1)(c)); the model provider's Arts 53-55 duties; a side letter lets
the lab keep the fine-tuned adapter after the end.
(e) An alliance agency's draft for logistics and cyber defence: the weapons clause and the
principles of responsible use in brackets until amendment 1 (1 Jan 2028) settles them; the
surveillance ban protects only member states' nationals throughout.
(f) A city's public-space video analytics with live face matching for the police confined
to specific victims (Art. 5(1)(h)(i)), every condition of Art. 5(2)-(5) stated, widened by
amendment 1 (1 Sep 2027) to "serious threats to public order at major events".

Audit 71 moved one row from unknown to not_applicable (the defence ministry's text model,
no-real-time-biometric-identification): a contract silent on a ban is no longer read as
one that may expressly permit the practice; the row argues it.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit21"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
AI = "eu-ai-act-high-risk"
DR = "data-residency"

A = "a-police-llm-us-vendor"
B = "b-mod-secret-eu-vendor-us-subprocessor"
C = "c-employment-service-ranking"
D = "d-hospital-gpai-fine-tune"
E = "e-nato-agency-draft-amended"
F = "f-city-video-analytics"

A_BEFORE = "2028-01-15"  # in service, before amendment 1 (effective 1 Mar 2028)
A_AFTER = "2028-04-01"
B_BEFORE = "2027-06-01"  # before amendment 1 (effective 1 Oct 2027)
B_AFTER = "2027-11-01"
C_EARLY = "2028-02-01"  # in service, before amendment 1 (effective 1 Mar 2028)
C_LATE = "2028-04-01"
D_2026 = "2026-09-01"  # after 2 Aug 2026 (Art. 50), before amendment 1 (1 Feb 2028)
D_AFTER = "2028-03-01"
E_DRAFT = "2027-06-01"  # before amendment 1 (effective 1 Jan 2028)
E_AFTER = "2028-03-01"
F_BEFORE = "2027-06-01"  # before amendment 1 (effective 1 Sep 2027)
F_AFTER = "2027-10-01"

LED = "Directive (EU) 2016/680 (LED)"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- (a) police LLM from a US vendor ---
    (
        A,
        A_BEFORE,
        f"{DR}/led-transfers",
        "fail",
        f"{LED} Arts 35-37 and 39: the police office's law-enforcement data goes to the vendor's "
        "US region on the 2021 SCCs (clause 7), a GDPR instrument and no ground under the LED, "
        "in a standing arrangement that Art. 39 (individual and specific cases) cannot carry",
    ),
    (
        A,
        A_AFTER,
        f"{DR}/led-transfers",
        "not_applicable",
        f"{LED} Art. 35: amendment 1 replaces clause 7 from 1 Mar 2028; no personal data "
        "leaves the Union (transfers stated as none)",
    ),
    (
        A,
        A_BEFORE,
        f"{DR}/data-protection-regime",
        "pass",
        "GDPR Art. 2(2)(d), LED Arts 1(1), 2(1), 3(7): before amendment 1 no EU-established "
        "company processes the data (the vendor has no EU establishment), but the LED "
        "governs the police force's law-enforcement processing and clause 6 names it "
        "(legal notes DR-00 PASS). Moved by audit 84 from not_applicable, which rested on "
        "the rule's former scope (an EU-established company only): a contract naming no "
        "EU regime here would misstate the law as much as one with an EU processor",
    ),
    (
        A,
        A_AFTER,
        f"{DR}/data-protection-regime",
        "pass",
        "LED Arts 1(1), 3(7): the German subsidiary processes for a competent authority whose "
        "purposes are all law enforcement, under the LED the contract names (clause 6)",
    ),
    (
        A,
        A_BEFORE,
        f"{DR}/data-locations",
        "fail",
        "clause 7: data stored and processed in the US, outside the allowed EEA (default)",
    ),
    (
        A,
        A_AFTER,
        f"{DR}/data-locations",
        "pass",
        "amendment 1: storage and processing in Germany only, elsewhere only with the Office's "
        "prior written consent",
    ),
    (
        A,
        A_BEFORE,
        f"{DR}/personnel-location",
        "fail",
        "clause 7: support staff in the United States",
    ),
    (A, A_AFTER, f"{DR}/personnel-location", "pass", "amendment 1: support staff in Germany"),
    (
        A,
        A_BEFORE,
        f"{DR}/vendor-access",
        "fail",
        "clause 7: standing access of the vendor's US staff",
    ),
    (
        A,
        A_AFTER,
        f"{DR}/vendor-access",
        "pass",
        "amendment 1: access approved per session by the Office",
    ),
    (
        A,
        A_AFTER,
        f"{DR}/foreign-law-exposure",
        "fail",
        "the provider (US) and its German subsidiary (US parent) are subject to the CLOUD Act, "
        "18 U.S.C. §2713; no immunity certification or architectural mitigation (clause 6)",
    ),
    (
        A,
        A_AFTER,
        f"{DR}/exit-deletion",
        "pass",
        "clause 6: deletion or return within 30 days, certified, nothing derived kept",
    ),
    (
        A,
        A_BEFORE,
        f"{AI}/provider-obligations",
        "fail",
        "AI Act Art. 22(1): a provider established in a third country appoints an authorised "
        "representative before making a high-risk system available; clause 4 says it does not",
    ),
    (
        A,
        A_AFTER,
        f"{AI}/provider-obligations",
        "pass",
        "AI Act Art. 22(1): amendment 1 appoints Corvane Deutschland GmbH, prevailing over "
        "clause 4",
    ),
    (
        A,
        A_BEFORE,
        f"{AI}/gpai-provider-duties",
        "fail",
        "AI Act Art. 54(1): the US model provider names no EU representative (clause 4); the "
        "model is not open-source (Art. 54(6) does not apply)",
    ),
    (
        A,
        A_AFTER,
        f"{AI}/gpai-provider-duties",
        "pass",
        "AI Act Arts 53(1)(b), 54(1): Annex XII information (clause 4) and a representative "
        "(amendment 1)",
    ),
    (
        A,
        A_BEFORE,
        f"{AI}/high-risk-classification",
        "pass",
        "AI Act Art. 6(2), Annex III point 6(a): ranking reports by the risk that the victim is "
        "harmed again, recorded as law enforcement, no derogation claimed",
    ),
    (
        A,
        A_BEFORE,
        f"{AI}/fundamental-rights-impact-assessment",
        "pass",
        "AI Act Art. 27(1): a public authority deploying an Annex III point 6 system; clause 5 "
        "requires the assessment before first use",
    ),
    (
        A,
        A_BEFORE,
        f"{AI}/deployer-information",
        "not_applicable",
        "AI Act Art. 26(11), last sentence: for law-enforcement systems Art. 13 LED governs "
        "information; no workplace use (Art. 26(7)). Audit 67 moved this row from pass: "
        "where Art. 26(11) asks nothing the rule does not apply",
    ),
    (
        A,
        A_BEFORE,
        f"{AI}/logging-and-retention",
        "pass",
        "AI Act Arts 12, 19, 26(6): automatic logs kept twelve months (at least six)",
    ),
    (
        A,
        A_BEFORE,
        f"{MS}/explicit-ban",
        "unknown",
        "only the newspaper report says mass surveillance is ruled out; no clause prohibits it "
        "(MS-01; a press report is not a contract term)",
    ),
    (
        A,
        A_AFTER,
        f"{MS}/protected-population",
        "unknown",
        "MS-02: no ban in force whose protected population could be read",
    ),
    (
        A,
        A_BEFORE,
        f"{AW}/autonomous-weapons-ban",
        "not_applicable",
        "G-3: a civilian police customer and weapons uses excluded (clause 2); no weapons nexus",
    ),
    # --- (b) MoD SECRET enclave, EU vendor, US sub-processor ---
    (
        B,
        B_BEFORE,
        f"{AI}/high-risk-classification",
        "not_applicable",
        "AI Act Art. 2(3): every use is for defence or national security (clause 3), exclusion "
        "claimed",
    ),
    (
        B,
        B_AFTER,
        f"{AI}/risk-management",
        "not_applicable",
        "AI Act Art. 2(3): exclusively defence and national-security purposes",
    ),
    (
        B,
        B_AFTER,
        f"{AI}/scope-qualification-recorded",
        "unknown",
        "AI Act Recital 24: the exclusion is claimed, but no clause says that a use outside "
        "the excluded purposes triggers compliance by the party making it",
    ),
    (
        B,
        B_AFTER,
        f"{AI}/gpai-provider-duties",
        "unknown",
        "AI Act Art. 53(1): the model's provider duties attach to the model as placed on the "
        "market, not to this defence deployment (legal notes, G-1); the contract is silent",
    ),
    (
        B,
        B_BEFORE,
        f"{DR}/weights-custody",
        "fail",
        "default parameters (government custody): clause 5 keeps the master copy in the "
        "vendor's vault under the vendor's control",
    ),
    (
        B,
        B_AFTER,
        f"{DR}/weights-custody",
        "pass",
        "amendment 1: the only copy in the Ministry's enclave, vendor copies prohibited",
    ),
    (
        B,
        B_BEFORE,
        f"{DR}/vendor-access",
        "fail",
        "clause 5: the US sub-processor's engineers have standing remote access",
    ),
    (
        B,
        B_AFTER,
        f"{DR}/vendor-access",
        "pass",
        "amendment 1: on-site access approved per session by the Ministry",
    ),
    (
        B,
        B_BEFORE,
        f"{DR}/personnel-location",
        "fail",
        "clause 5: privileged staff in the United States",
    ),
    (B, B_AFTER, f"{DR}/personnel-location", "pass", "amendment 1: staff in Germany and France"),
    (
        B,
        B_BEFORE,
        f"{DR}/sub-processor-locations",
        "fail",
        "clause 5: the maintenance sub-processor processes from the United States",
    ),
    (
        B,
        B_AFTER,
        f"{DR}/sub-processor-locations",
        "pass",
        "amendment 1: the sub-processor works only on site in Germany",
    ),
    (
        B,
        B_BEFORE,
        f"{DR}/foreign-law-exposure",
        "fail",
        "18 U.S.C. §2713 and 50 U.S.C. §1881a: the US sub-processor with standing access is "
        "subject to both; no immunity certification or architectural mitigation",
    ),
    (
        B,
        B_AFTER,
        f"{DR}/foreign-law-exposure",
        "unknown",
        "the sub-processor stays subject to the CLOUD Act; whether customer-held keys and "
        "per-session on-site access keep the data out of its control is left open",
    ),
    (
        B,
        B_AFTER,
        f"{DR}/customer-held-keys",
        "pass",
        "clause 5: keys generated and held by the Ministry",
    ),
    (
        B,
        B_BEFORE,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "AW-01: clause 4 bans any weapons integration and autonomous weapons use, unconditionally",
    ),
    (
        B,
        B_BEFORE,
        f"{AW}/unconditional-ban",
        "pass",
        "AW-15: the ban applies whatever the law permits and cannot be waived",
    ),
    (
        B,
        B_BEFORE,
        f"{AW}/decision-support-advisory",
        "pass",
        "AW-09: planning analyses are advisory, an officer decides (clause 4)",
    ),
    (
        B,
        B_AFTER,
        f"{AW}/verification-and-testing",
        "unknown",
        "DoDD 3000.09 para. 1.2 as the measure: the contract is silent on testing",
    ),
    (
        B,
        B_BEFORE,
        f"{MS}/explicit-ban",
        "pass",
        "MS-01: clause 4 bans mass surveillance of any person, unconditionally, over a closed "
        "list of uses none of which is the banned practice",
    ),
    (
        B,
        B_BEFORE,
        f"{MS}/protected-population",
        "pass",
        "MS-02, EO 12333 §3.5(k) as the contrast: the ban protects all persons",
    ),
    (
        B,
        B_BEFORE,
        f"{MS}/commercial-data-covered",
        "pass",
        "MS-04: commercially acquired data expressly covered, no carve-out",
    ),
    (
        B,
        B_BEFORE,
        f"{MS}/not-intentional-only",
        "pass",
        "MS-03, 50 U.S.C. §1881a(b): the ban applies whether surveillance is intended or "
        "incidental",
    ),
    (
        B,
        B_BEFORE,
        f"{MS}/no-real-time-biometric-identification",
        "not_applicable",
        "AI Act Art. 5(1)(h) as the measure: a text model (capabilities listed in full: text "
        "generation, translation) over a closed list of uses, none biometric, cannot "
        "identify anyone from biometric data (Art. 3(34), 3(41)); legal notes MS-07 "
        "NOT_APPLICABLE: no biometric or video capability in scope. The blind answer was "
        "unknown (no term bans live identification); moved by audit 71: the contract's "
        "silence on the ban was read as a possible express permission, and silence about "
        "a ban permits nothing",
    ),
    # --- (c) public employment service ---
    (
        C,
        C_EARLY,
        f"{AI}/high-risk-classification",
        "pass",
        "AI Act Art. 6(2), Annex III point 4(a): evaluating and ranking candidates for vacancies",
    ),
    (
        C,
        C_EARLY,
        f"{AI}/fundamental-rights-impact-assessment",
        "pass",
        "AI Act Art. 27(1) and (3): a body governed by public law; clause 4 requires the "
        "assessment before first use and notification of its results",
    ),
    (
        C,
        C_EARLY,
        f"{AI}/eu-database-registration",
        "unknown",
        "AI Act Art. 49(3), 26(8): the provider registers (clause 3), but the deployer's "
        "registration of its use is said only by its own press release, not a term",
    ),
    (
        C,
        C_LATE,
        f"{AI}/eu-database-registration",
        "unknown",
        "AI Act Art. 49(3): amendment 1 does not touch registration; still only the press release",
    ),
    (
        C,
        C_EARLY,
        f"{AI}/human-oversight",
        "pass",
        "AI Act Art. 14, GDPR Art. 22(1): a trained placement officer reviews every shortlist",
    ),
    (
        C,
        C_EARLY,
        f"{AI}/deployer-duties",
        "pass",
        "AI Act Art. 26(1), (2), (5), (6): instructions followed, trained overseers, suspension "
        "on risk, logs kept twelve months",
    ),
    (
        C,
        C_EARLY,
        f"{AI}/no-prohibited-practice",
        "pass",
        "AI Act Art. 5(1): every practice ruled out, not waivable, over a closed list of uses",
    ),
    (
        C,
        C_EARLY,
        f"{AI}/conformity-assessment",
        "pass",
        "AI Act Art. 43(2): internal control (Annex VI) for an Annex III point 4 system",
    ),
    (
        C,
        C_EARLY,
        f"{DR}/processor-terms",
        "pass",
        "GDPR Art. 28(3)(a)-(h): every element (clause 5)",
    ),
    (C, C_EARLY, f"{DR}/data-locations", "pass", "clause 5: Austria only, elsewhere with consent"),
    (
        C,
        C_EARLY,
        f"{MS}/dpia-before-monitoring",
        "pass",
        "GDPR Art. 35(3)(a): profiling of jobseekers with a DPIA before go-live (clause 5)",
    ),
    (
        C,
        C_EARLY,
        f"{MS}/no-social-scoring",
        "pass",
        "AI Act Art. 5(1)(c): social scoring ruled out (clause 2)",
    ),
    (
        C,
        C_EARLY,
        f"{AI}/deployer-information",
        "unknown",
        "AI Act Art. 26(11): before amendment 1 no term says the jobseekers are told that a "
        "high-risk system assists the ranking",
    ),
    (
        C,
        C_LATE,
        f"{AI}/deployer-information",
        "pass",
        "AI Act Art. 26(11): amendment 1 informs the jobseekers; Art. 26(7) binds a deployer "
        "that is an employer using the system at the workplace, and the Service ranks "
        "jobseekers for other employers, not its own staff or applicants (clause 2)",
    ),
    # --- (d) hospital fine-tuning a GPAI model ---
    (
        D,
        D_2026,
        f"{AI}/gpai-provider-duties",
        "pass",
        "AI Act Arts 53(1), 54(1): Annex XII information and an Irish representative (clause 3)",
    ),
    (
        D,
        D_2026,
        f"{AI}/gpai-systemic-risk-duties",
        "pass",
        "AI Act Art. 55(1)(a)-(d): confirmed for the systemic-risk model (clause 3)",
    ),
    (
        D,
        D_2026,
        f"{AI}/ai-literacy",
        "unknown",
        "AI Act Art. 4 (from 2 Feb 2025): the contract does not say staff are trained",
    ),
    (
        D,
        D_2026,
        f"{AI}/transparency",
        "unknown",
        "AI Act Art. 50(1) (from 2 Aug 2026): a conversational system; nothing on telling "
        "people they interact with AI",
    ),
    (
        D,
        D_2026,
        f"{DR}/exit-deletion",
        "fail",
        "GDPR Art. 28(3)(g): the side letter, contract terms signed with the licence and "
        "prevailing over clause 4, lets the lab keep the fine-tuned adapter after the end",
    ),
    (
        D,
        D_AFTER,
        f"{DR}/training-on-customer-data",
        "pass",
        "clause 4: no training of the lab's own models on the hospital's data",
    ),
    (
        D,
        D_AFTER,
        f"{AI}/roles-allocated",
        "pass",
        "AI Act Art. 25(1)(c): amendment 1 records that the hospital becomes provider of the "
        "triage system by changing the intended purpose",
    ),
    (
        D,
        D_AFTER,
        f"{AI}/high-risk-classification",
        "pass",
        "AI Act Art. 6(2), Annex III point 5(d): emergency healthcare patient triage",
    ),
    (
        D,
        D_AFTER,
        f"{AI}/risk-management",
        "pass",
        "AI Act Art. 9 with Art. 25(1)(c): the hospital as provider undertakes it (amendment 1)",
    ),
    (
        D,
        D_AFTER,
        f"{AI}/conformity-assessment",
        "unknown",
        "AI Act Arts 43, 47, 48: amendment 1 is silent on conformity assessment",
    ),
    (
        D,
        D_AFTER,
        f"{AI}/eu-database-registration",
        "unknown",
        "AI Act Art. 49(1), (3): silent on the provider's and the public deployer's registration",
    ),
    (
        D,
        D_AFTER,
        f"{AI}/fundamental-rights-impact-assessment",
        "unknown",
        "AI Act Art. 27(1): a body governed by public law deploying an Annex III point 5 "
        "system; no term on the assessment",
    ),
    # --- (e) alliance agency draft ---
    (
        E,
        E_DRAFT,
        f"{AW}/autonomous-weapons-ban",
        "unknown",
        "AW-01: the weapons clause is bracketed, its condition not agreed",
    ),
    (
        E,
        E_AFTER,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "AW-01: amendment 1's agreed text bans any weapons integration without condition",
    ),
    (
        E,
        E_DRAFT,
        f"{AW}/unconditional-ban",
        "unknown",
        "AW-15: one bracketed alternative conditions the ban on the Agency's policy",
    ),
    (
        E,
        E_AFTER,
        f"{AW}/unconditional-ban",
        "pass",
        "AW-15: amendment 1 applies the ban whatever the Agency's policy permits, not waivable",
    ),
    (
        E,
        E_DRAFT,
        f"{AW}/nato-principles",
        "unknown",
        "NATO AI Strategy (2021, rev. 2024) principles: bracketed clause 5, not agreed",
    ),
    (
        E,
        E_AFTER,
        f"{AW}/nato-principles",
        "pass",
        "amendment 1 makes the principles of responsible use part of the agreement",
    ),
    (
        E,
        E_DRAFT,
        f"{MS}/protected-population",
        "fail",
        "MS-02: clause 3 protects only member states' nationals, while the traffic analysed "
        "concerns foreign persons too",
    ),
    (
        E,
        E_AFTER,
        f"{MS}/protected-population",
        "fail",
        "MS-02: amendment 1 leaves clause 3 unchanged",
    ),
    (
        E,
        E_AFTER,
        f"{DR}/classification-boundary",
        "pass",
        "clause 2: unclassified networks only, higher markings forbidden (default ceiling)",
    ),
    # --- (f) city video analytics with live face matching ---
    (
        F,
        F_BEFORE,
        f"{MS}/no-real-time-biometric-identification",
        "pass",
        "AI Act Art. 5(1)(h)(i), 5(2)-(5): only the targeted search for specific victims and "
        "missing persons, each use authorised by a court, on national law, after FRIA and "
        "registration, notified",
    ),
    (
        F,
        F_AFTER,
        f"{MS}/no-real-time-biometric-identification",
        "fail",
        "AI Act Art. 5(1)(h)(ii): amendment 1 allows use against 'serious threats to public "
        "order at major events', not a specific, substantial and imminent threat to life or a "
        "terrorist attack",
    ),
    (
        F,
        F_BEFORE,
        f"{AI}/no-prohibited-practice",
        "pass",
        "AI Act Art. 5(1)(a)-(h): every practice ruled out save the confined victim search",
    ),
    (
        F,
        F_AFTER,
        f"{AI}/no-prohibited-practice",
        "fail",
        "AI Act Art. 5(1)(h): the widened exception buys a prohibited use",
    ),
    (
        F,
        F_AFTER,
        f"{MS}/no-biometric-categorisation",
        "pass",
        "AI Act Art. 5(1)(g): ruled out without exception (clause 3)",
    ),
    (
        F,
        F_AFTER,
        f"{AI}/high-risk-classification",
        "pass",
        "AI Act Art. 6(2), Annex III point 1(a): remote biometric identification",
    ),
    (
        F,
        F_AFTER,
        f"{AI}/human-oversight",
        "unknown",
        "AI Act Art. 14(5): no term requires two persons to verify a match before action",
    ),
    (
        F,
        F_BEFORE,
        f"{MS}/explicit-ban",
        "unknown",
        "MS-01: crowd analytics of the public; no clause bans mass surveillance",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit21_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit21_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
