"""Forty-eighth legal-fidelity audit: EU AI Act high-risk duties in realistic public-sector
contracts. Seven descriptions (tests/data/audit48/*.yaml), written blind from Regulation
(EU) 2024/1689 (as amended by Regulation (EU) 2026/1744) and from how such contracts are
drafted, run through the real CLI and read as counsel would.

The contracts: a municipality's "case-prioritisation assistant" that scores applicants'
eligibility for social assistance under a documented Art. 6(3)(d) claim, with the impact
assessment put on the vendor; a control beside it, a completeness checker that profiles
nobody under a documented Art. 6(3)(a) claim; an immigration service's "language tool"
whose order form buys a credibility check of asylum applicants' statements, from a US
vendor with no EU representative; an interior ministry that claims the national-security
exclusion for a system it also uses for ordinary administration; an intelligence service
that uses its system exclusively for national security; a public employment service that
retrains a vendor's ranking model and runs it under its own name while the contract keeps
calling the vendor the provider; a police force's victim-risk tool put into service before
the Annex III date, a legacy public-authority system under Art. 111(2).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). "Counsel's blind answer" notes where the
answer written before the tool ran (kept in the audit's first commit) was different.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit48"

AI = "eu-ai-act-high-risk"
#: After Chapter III applies to Annex III systems (2 Dec 2027: AI Act Art. 113(c)(i) as
#: amended by Reg. (EU) 2026/1744) and after the systems below went into service.
F28 = "2028-03-01"
#: Before 2 Dec 2027.
J27 = "2027-06-01"
#: After the municipality signed (1 Sep 2027), before 2 Dec 2027.
O27 = "2027-10-15"
#: Between 2 Dec 2027 and 2 Aug 2030, the date a legacy public-authority system must
#: comply by (Art. 111(2) as replaced by Reg. (EU) 2026/1744).
J28 = "2028-06-01"
#: The day after that deadline.
A30 = "2030-08-02"

#: Art. 6(3), last subparagraph.
PROFILING = (
    "an AI system referred to in Annex III shall always be considered high-risk where it "
    "performs profiling of natural persons (AI Act Art. 6(3), last subparagraph; profiling "
    "as in GDPR Art. 4(4), AI Act Art. 3(52))"
)
#: Art. 2(3) applied to a system used only for national security.
EXCLUDED = (
    "clause 3 confines every use to national security (a complete list) and clause 4 "
    "subjects any other use to the Act: a system used exclusively for national-security "
    "purposes is outside the Act (AI Act Art. 2(3), second subparagraph; Recital 24)"
)
#: Art. 111(2) for the police system.
LEGACY = (
    "DV-Risk went into service on 1 Apr 2027, before Chapter III applies to Annex III "
    "systems, with no significant change in design; as a system intended to be used by "
    "public authorities it must comply by 2 Aug 2030 (AI Act Art. 111(2) as replaced by "
    "Reg. (EU) 2026/1744)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- municipality: eligibility scoring bought under a "prioritisation" label ---
    (
        "benefits-prioritisation",
        F28,
        f"{AI}/high-risk-classification",
        "fail",
        "SOW 1 (contract terms) buys an eligibility score per applicant and reclaim flags: a "
        "public authority evaluating eligibility for public assistance and reducing or "
        "reclaiming it (Annex III point 5(a)); clause 6 relies on Art. 6(3)(d), but " + PROFILING,
    ),
    (
        "benefits-prioritisation",
        O27,
        f"{AI}/high-risk-classification",
        "fail",
        "on 15 Oct 2027 the contract is signed and SOW 1 agreed; Art. 6 applies to Annex III "
        "systems from 2 Dec 2027 (Art. 113(c)(i) as amended), before CasePilot goes into "
        "service (10 Jan 2028), and the duty is read on the terms in force that day: the "
        "misclassification is already agreed. Counsel's blind row was dated 1 Jun 2027, "
        "before signature, when SOW 1 was not yet agreed and the tool rightly said unknown; "
        "the date was moved",
    ),
    (
        "benefits-prioritisation",
        F28,
        f"{AI}/fundamental-rights-impact-assessment",
        "unknown",
        "Art. 27(1): the deployer (a body governed by public law using an Annex III point 5 "
        "system) performs the assessment before first use; clause 9 makes the vendor 'solely "
        "responsible', which cannot discharge the deployer's duty, and no term says whether "
        "the Municipality performs and notifies one (Art. 27(3)): unknown, not pass",
    ),
    (
        "benefits-prioritisation",
        F28,
        f"{AI}/human-oversight",
        "unknown",
        "AI Act Arts 14, 26(2): high-risk by Art. 6(3), last subparagraph; the contract is "
        "silent on oversight",
    ),
    (
        "benefits-prioritisation",
        F28,
        f"{AI}/deployer-duties",
        "unknown",
        "AI Act Art. 26(1), (5): the contract is silent on the Municipality's deployer duties; "
        "putting the impact assessment on the vendor does not speak to them",
    ),
    (
        "benefits-prioritisation",
        F28,
        f"{AI}/deployer-information",
        "unknown",
        "AI Act Art. 26(11): applicants and recipients scored for eligibility are subject to "
        "decisions the system assists; the contract is silent on informing them",
    ),
    (
        "benefits-prioritisation",
        F28,
        f"{AI}/roles-allocated",
        "pass",
        "clause 6 names the provider and the deployer and subjects re-branding and "
        "substantial modification to Art. 25 (AI Act Art. 3(3)-(4), 25(1))",
    ),
    (
        "benefits-prioritisation",
        F28,
        f"{AI}/eu-database-registration",
        "unknown",
        "AI Act Arts 49(1), 49(3), 26(8): a high-risk Annex III system and its use by a public "
        "authority are registered before use; the contract is silent",
    ),
    (
        "benefits-prioritisation",
        F28,
        f"{AI}/conformity-assessment",
        "unknown",
        "AI Act Art. 43(2) (internal control for Annex III point 5), Arts 47-48: silent",
    ),
    (
        "benefits-prioritisation",
        F28,
        f"{AI}/no-prohibited-practice",
        "unknown",
        "a score per person used to reduce or reclaim benefits can become social scoring "
        "where it leads to detrimental treatment unjustified or disproportionate to the "
        "behaviour (AI Act Art. 5(1)(c)(ii)); the contract neither bans social scoring nor "
        "confines the score. Counsel's blind answer was pass (an Annex III point 5(a) use is "
        "not as such Art. 5(1)(c)); the tool's unknown is the better reading",
    ),
    # --- control: a completeness checker under a documented Art. 6(3)(a) claim ---
    (
        "benefits-completeness-check",
        F28,
        f"{AI}/high-risk-classification",
        "pass",
        "clause 5: Annex III point 5(a) area, narrow procedural task (Art. 6(3)(a)), no "
        "profiling, assessment documented before putting into service and registration "
        "under Art. 49(2) (Art. 6(4))",
    ),
    (
        "benefits-completeness-check",
        F28,
        f"{AI}/human-oversight",
        "not_applicable",
        "not high-risk under Art. 6(3)(a): Art. 14 binds high-risk systems only",
    ),
    (
        "benefits-completeness-check",
        F28,
        f"{AI}/fundamental-rights-impact-assessment",
        "not_applicable",
        "Art. 27(1) reaches high-risk systems under Art. 6(2); this one is not high-risk "
        "(Art. 6(3)(a))",
    ),
    (
        "benefits-completeness-check",
        F28,
        f"{AI}/eu-database-registration",
        "pass",
        "clause 5: the provider registers the system under Art. 49(2), which applies to a "
        "system it considers not high-risk under Art. 6(3) (kept by Reg. (EU) 2026/1744)",
    ),
    (
        "benefits-completeness-check",
        F28,
        f"{AI}/conformity-assessment",
        "not_applicable",
        "Art. 43 binds high-risk systems; this one is not high-risk (Art. 6(3)(a))",
    ),
    (
        "benefits-completeness-check",
        F28,
        f"{AI}/roles-allocated",
        "pass",
        "clause 5 names the provider and the deployer and applies Art. 25 to re-branding and "
        "substantial modification",
    ),
    # --- immigration service: a "language tool" that helps examine asylum applications ---
    (
        "asylum-language-tool",
        F28,
        f"{AI}/high-risk-classification",
        "fail",
        "the Order Form (contract terms) buys a credibility consistency rating used in "
        "assessing asylum applications: Annex III point 7(c) (examination of applications "
        "for asylum, incl. the reliability of evidence); clause 5 records no Annex III area "
        "and no Art. 6(3) assessment; a label never beats what the contract buys (AI Act "
        "Art. 6(2), 6(4))",
    ),
    (
        "asylum-language-tool",
        F28,
        f"{AI}/roles-allocated",
        "unknown",
        "no clause allocates roles or Art. 25 shifts, and the US provider names no authorised "
        "representative (AI Act Art. 22(1)): silence",
    ),
    (
        "asylum-language-tool",
        F28,
        f"{AI}/provider-obligations",
        "unknown",
        "AI Act Arts 16, 17, 22(1): the contract is silent on a QMS and on an EU authorised "
        "representative of the US provider",
    ),
    (
        "asylum-language-tool",
        F28,
        f"{AI}/fundamental-rights-impact-assessment",
        "unknown",
        "AI Act Art. 27(1): a body governed by public law deploying an Annex III point 7 "
        "system; silent on an assessment",
    ),
    (
        "asylum-language-tool",
        F28,
        f"{AI}/human-oversight",
        "unknown",
        "AI Act Arts 14, 26(2): silent on oversight of the credibility rating",
    ),
    (
        "asylum-language-tool",
        F28,
        f"{AI}/scope-qualification-recorded",
        "pass",
        "border-management and civilian purposes, no Art. 2(3) exclusion claimed (AI Act "
        "Art. 2(1)(b))",
    ),
    (
        "asylum-language-tool",
        F28,
        f"{AI}/gpai-provider-duties",
        "unknown",
        "the tool is built on a general-purpose model; the contract is silent on Art. 53 "
        "information and on an Art. 54 representative",
    ),
    (
        "asylum-language-tool",
        F28,
        f"{AI}/no-prohibited-practice",
        "unknown",
        "a text-generating model and a credibility rating of persons (profiling, Art. 3(52)) "
        "with no ban on Art. 5(1)(a)-(c) practices: the complete list of modules does not "
        "say what the system cannot be made to do (the pack reads capabilities, not only "
        "listed uses). Counsel's blind answer was pass on the complete list; on reflection "
        "unknown",
    ),
    (
        "asylum-language-tool",
        F28,
        f"{AI}/compliance-timeline",
        "unknown",
        "clause 9 schedules Art. 50 for 2 Dec 2027 on the false premise that Reg. (EU) "
        "2026/1744 moved it (Art. 50 applies from 2 Aug 2026, Art. 113; only the Art. 50(2) "
        "grace of Art. 111(4) for systems already on the market was added), but the system "
        "goes into service on 15 Jan 2028, so the date defers nothing; the model's Chapter V "
        "dates are not stated: unknown. Counsel's blind answer was fail (the wrong premise); "
        "the tool failed it too until compliance-timeline learnt that a date on or before "
        "the system's first placing or putting into service defers nothing (fixed)",
    ),
    (
        "asylum-language-tool",
        F28,
        f"{AI}/annex-iii-timeline",
        "pass",
        "clause 9 schedules the high-risk duties from 2 Dec 2027, the amended Annex III date "
        "(Art. 113(c)(i) as amended by Reg. (EU) 2026/1744)",
    ),
    # --- interior ministry: national security claimed beside ordinary administration ---
    (
        "interior-national-security-mixed",
        F28,
        f"{AI}/scope-qualification-recorded",
        "fail",
        "clause 4 claims the Art. 2(3) exclusion, but clause 3 (a complete list) also permits "
        "drafting replies to citizens and access-to-documents requests: the exclusion covers "
        "only systems used exclusively for national security, and a system also used for "
        "civilian purposes is in scope for that use (AI Act Art. 2(3); Recital 24); no "
        "clause subjects the civilian use to the Act",
    ),
    (
        "interior-national-security-mixed",
        F28,
        f"{AI}/high-risk-classification",
        "not_applicable",
        "the complete list of uses (intelligence analysis, drafting, file search, "
        "administration) names no Annex III use: nothing to classify as high-risk (Art. 6(2))",
    ),
    (
        "interior-national-security-mixed",
        F28,
        f"{AI}/human-oversight",
        "not_applicable",
        "no Annex III use in the complete list: Art. 14 does not bind",
    ),
    (
        "interior-national-security-mixed",
        F28,
        f"{AI}/ai-literacy",
        "unknown",
        "AI Act Art. 4 (as amended by Reg. (EU) 2026/1744) applies to the in-scope civilian "
        "use whatever the risk; the contract is silent on literacy measures",
    ),
    (
        "interior-national-security-mixed",
        F28,
        f"{AI}/roles-allocated",
        "unknown",
        "having denied that the Act applies, the contract allocates no roles (AI Act Art. "
        "3(3)-(4), 25): silence",
    ),
    (
        "interior-national-security-mixed",
        F28,
        f"{AI}/no-prohibited-practice",
        "unknown",
        "the system's capabilities are not stated and the contract bans no Art. 5 practice: "
        "a drafting assistant may generate text, and whether Art. 5(1)(a)-(b) techniques are "
        "possible is open. Counsel's blind answer was pass on the complete list of uses",
    ),
    # --- intelligence service: exclusively national security ---
    ("intel-exclusive", F28, f"{AI}/scope-qualification-recorded", "pass", EXCLUDED),
    ("intel-exclusive", F28, f"{AI}/high-risk-classification", "not_applicable", EXCLUDED),
    (
        "intel-exclusive",
        F28,
        f"{AI}/fundamental-rights-impact-assessment",
        "not_applicable",
        EXCLUDED,
    ),
    ("intel-exclusive", F28, f"{AI}/ai-literacy", "not_applicable", EXCLUDED),
    ("intel-exclusive", F28, f"{AI}/no-prohibited-practice", "not_applicable", EXCLUDED),
    (
        "intel-exclusive",
        F28,
        f"{AI}/gpai-provider-duties",
        "unknown",
        "Art. 2(3) excludes AI systems used exclusively for national security; whether it "
        "switches off the Art. 53 duties of a model its provider also places on the EU "
        "market generally is not settled (legal reference G-1: not N/A merely because the "
        "customer's use is excluded); the contract is silent on them",
    ),
    # --- employment service: its own name and a substantial modification ---
    (
        "jobmatch-rebrand",
        F28,
        f"{AI}/roles-allocated",
        "fail",
        "the Service retrains TalentRank (a substantial modification) and runs it as "
        "JobMatch: it is the provider (AI Act Art. 25(1)(b)) and RankWerk no longer is "
        "(Art. 25(2)); clause 4 keeps calling RankWerk the provider 'whatever the "
        "modifications'. A contract may reallocate the duties for a mere change of name "
        "(Art. 25(1)(a), 'without prejudice to contractual arrangements'), not for a "
        "substantial modification",
    ),
    (
        "jobmatch-rebrand",
        F28,
        f"{AI}/provider-obligations",
        "fail",
        "the provider of JobMatch is the Service (Art. 25(1)(b)), which clause 4 denies any "
        "provider role, and RankWerk's QMS commitment covers a system it no longer provides "
        "(Art. 25(2)): no one is bound to Art. 16. Counsel's blind answer was unknown "
        "(silence on the Service's duties); the express denial is not silence",
    ),
    (
        "jobmatch-rebrand",
        F28,
        f"{AI}/conformity-assessment",
        "fail",
        "a substantial modification calls for a new conformity assessment by the new provider "
        "(AI Act Art. 43(4), Art. 16(f), 25(1)(b)); clause 4 leaves that provider without the "
        "role. Counsel's blind answer was unknown",
    ),
    (
        "jobmatch-rebrand",
        F28,
        f"{AI}/eu-database-registration",
        "fail",
        "the new provider registers the modified system (AI Act Arts 16(i), 49(1)); clause 4 "
        "denies the Service that role, so no provider is bound to register JobMatch. "
        "Counsel's blind answer was unknown",
    ),
    (
        "jobmatch-rebrand",
        F28,
        f"{AI}/high-risk-classification",
        "pass",
        "clause 4: Annex III point 4(a) (ranking candidates), Art. 6(3) not relied on",
    ),
    (
        "jobmatch-rebrand",
        F28,
        f"{AI}/fundamental-rights-impact-assessment",
        "pass",
        "clause 8: the Service (a body governed by public law) assesses before first use and "
        "notifies the market-surveillance authority (AI Act Art. 27(1), (3))",
    ),
    (
        "jobmatch-rebrand",
        F28,
        f"{AI}/human-oversight",
        "pass",
        "clause 8: a trained officer reviews each ranking, may disregard it and stop the "
        "system (AI Act Art. 14(4)(d)-(e), 26(2))",
    ),
    (
        "jobmatch-rebrand",
        F28,
        f"{AI}/workplace-information",
        "not_applicable",
        "AI Act Art. 26(7) concerns use at the deployer's workplace; JobMatch ranks jobseekers "
        "for other employers' vacancies, not the Service's workers or candidates",
    ),
    (
        "jobmatch-rebrand",
        F28,
        f"{AI}/deployer-duties",
        "unknown",
        "AI Act Art. 26(1), (5): oversight is provided for, but the contract is silent on "
        "monitoring, suspension and incident reporting",
    ),
    (
        "jobmatch-rebrand",
        F28,
        f"{AI}/deployer-information",
        "unknown",
        "AI Act Art. 26(11): the jobseekers ranked are not told, as far as the contract says",
    ),
    # --- police: a legacy public-authority system under Art. 111(2) ---
    (
        "police-victim-risk-legacy",
        J27,
        f"{AI}/human-oversight",
        "unknown",
        "Art. 14 binds Annex III systems only from 2 Dec 2027 (Art. 113(c)(i) as amended), and "
        "this system only from 2 Aug 2030 (Art. 111(2)), but both fall within the term (to "
        "28 Feb 2031) and a duty that applies later in the term is read on the terms in force "
        "then: the contract is silent. Counsel's blind answer was not_applicable (not yet in "
        "force); a reviewer must ask for the term that will be needed",
    ),
    (
        "police-victim-risk-legacy",
        J28,
        f"{AI}/human-oversight",
        "unknown",
        LEGACY + "; the date falls within the term and the contract is silent on oversight. "
        "Counsel's blind answer was not_applicable",
    ),
    (
        "police-victim-risk-legacy",
        J28,
        f"{AI}/fundamental-rights-impact-assessment",
        "unknown",
        LEGACY + "; the police force is a public authority (Art. 27(1)) and the contract, "
        "which runs past that date, is silent on an assessment. Counsel's blind answer was "
        "not_applicable",
    ),
    (
        "police-victim-risk-legacy",
        J28,
        f"{AI}/annex-iii-timeline",
        "pass",
        "clause 7 schedules conformity by 30 Jun 2028: later than 2 Dec 2027 but earlier "
        "than the date the law sets for this system; " + LEGACY,
    ),
    (
        "police-victim-risk-legacy",
        A30,
        f"{AI}/human-oversight",
        "unknown",
        "from 2 Aug 2030 the duties bind (Art. 111(2)); the contract is silent on oversight "
        "(Arts 14, 26(2))",
    ),
    (
        "police-victim-risk-legacy",
        A30,
        f"{AI}/fundamental-rights-impact-assessment",
        "unknown",
        "from 2 Aug 2030 (Art. 111(2)); a public-authority deployer of an Annex III point 6 "
        "system, silent on an assessment (Art. 27(1))",
    ),
    (
        "police-victim-risk-legacy",
        J28,
        f"{AI}/high-risk-classification",
        "pass",
        "clause 5: Annex III point 6(a) (risk of becoming a victim), Art. 6(3) not relied on",
    ),
    (
        "police-victim-risk-legacy",
        J28,
        f"{AI}/roles-allocated",
        "pass",
        "clause 5 names the provider and the deployer and applies Art. 25 to re-branding, "
        "substantial modification and change of purpose",
    ),
    (
        "police-victim-risk-legacy",
        J28,
        f"{AI}/deployer-information",
        "not_applicable",
        "AI Act Art. 26(11), last sentence: for a high-risk system used for law-enforcement "
        "purposes, informing the persons concerned follows Art. 13 of Directive (EU) "
        "2016/680, not the AI Act: nothing for the contract to add under the Act. Counsel's "
        "blind answer was unknown; audit 67 moved the row from pass: a duty the Act does not "
        "impose is not applicable, not met",
    ),
    (
        "police-victim-risk-legacy",
        J28,
        f"{AI}/no-prohibited-practice",
        "unknown",
        "a system that profiles persons for a police force, with no term ruling out its use to "
        "predict offending on profiling alone (Art. 5(1)(d)) or social scoring (5(1)(c)): "
        "the complete list of uses does not bar the practice. Counsel's blind answer was "
        "pass (victim risk is Annex III point 6(a), not Art. 5(1)(d))",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit48_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit48_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
