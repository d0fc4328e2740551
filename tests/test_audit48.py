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
answer written before the tool ran was different.
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

CASES: list[tuple[str, str, str, str, str]] = []

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

#: Counsel's answers, written before the tool ran (kept for the report; rows move to CASES
#: or KNOWN_WRONG once compared).
BLIND: list[tuple[str, str, str, str, str]] = [
    # --- municipality: eligibility scoring under a "prioritisation" label ---
    ("benefits-prioritisation", F28, f"{AI}/high-risk-classification", "fail", "SOW 1 buys eligibility scoring and reclaim flags (Annex III 5(a)); " + PROFILING),
    ("benefits-prioritisation", O27, f"{AI}/high-risk-classification", "fail", "the system goes into service on 10 Jan 2028, after Art. 6 applies; the contract as agreed misclassifies it"),
    ("benefits-prioritisation", F28, f"{AI}/fundamental-rights-impact-assessment", "unknown", "Art. 27(1): the deployer performs the FRIA; clause 9 puts it on the vendor, which cannot discharge the deployer's duty; silent whether the City does it"),
    ("benefits-prioritisation", F28, f"{AI}/human-oversight", "unknown", "Arts 14, 26(2): silent"),
    ("benefits-prioritisation", F28, f"{AI}/deployer-duties", "unknown", "Art. 26: silent"),
    ("benefits-prioritisation", F28, f"{AI}/roles-allocated", "pass", "clause 6: provider, deployer, Art. 25"),
    ("benefits-prioritisation", F28, f"{AI}/scope-qualification-recorded", "pass", "civilian purpose, no exclusion claimed"),
    ("benefits-prioritisation", F28, f"{AI}/eu-database-registration", "unknown", "Art. 49(1), 49(3): silent"),
    ("benefits-prioritisation", F28, f"{AI}/no-prohibited-practice", "pass", "complete list, Annex III 5(a) use is not Art. 5(1)(c) social scoring"),
    # --- control: completeness checker ---
    ("benefits-completeness-check", F28, f"{AI}/high-risk-classification", "pass", "Art. 6(3)(a), documented, no profiling, Art. 6(4)"),
    ("benefits-completeness-check", F28, f"{AI}/human-oversight", "not_applicable", "not high-risk"),
    ("benefits-completeness-check", F28, f"{AI}/fundamental-rights-impact-assessment", "not_applicable", "not high-risk"),
    ("benefits-completeness-check", F28, f"{AI}/eu-database-registration", "pass", "Art. 49(2)"),
    ("benefits-completeness-check", F28, f"{AI}/deployer-duties", "not_applicable", "not high-risk"),
    ("benefits-completeness-check", F28, f"{AI}/ai-literacy", "unknown", "Art. 4: silent"),
    # --- immigration service: "language tool" for asylum examination ---
    ("asylum-language-tool", F28, f"{AI}/high-risk-classification", "fail", "Order form buys Annex III 7(c); clause 5 says no Annex III area without Art. 6(3) assessment"),
    ("asylum-language-tool", F28, f"{AI}/roles-allocated", "unknown", "no roles clause; no authorised representative named (Art. 22(1))"),
    ("asylum-language-tool", F28, f"{AI}/provider-obligations", "unknown", "Arts 16, 17, 22: silent"),
    ("asylum-language-tool", F28, f"{AI}/fundamental-rights-impact-assessment", "unknown", "Art. 27(1): silent"),
    ("asylum-language-tool", F28, f"{AI}/human-oversight", "unknown", "Art. 14: silent"),
    ("asylum-language-tool", F28, f"{AI}/deployer-duties", "unknown", "Art. 26: silent"),
    ("asylum-language-tool", F28, f"{AI}/scope-qualification-recorded", "pass", "border management, no exclusion claimed"),
    ("asylum-language-tool", F28, f"{AI}/gpai-provider-duties", "unknown", "Art. 53: silent"),
    ("asylum-language-tool", F28, f"{AI}/no-prohibited-practice", "pass", "complete list"),
    # --- interior ministry: national-security claim with ordinary administration ---
    ("interior-national-security-mixed", F28, f"{AI}/scope-qualification-recorded", "fail", "Art. 2(3) exclusively; Recital 24"),
    ("interior-national-security-mixed", F28, f"{AI}/high-risk-classification", "not_applicable", "no Annex III use"),
    ("interior-national-security-mixed", F28, f"{AI}/human-oversight", "not_applicable", "no Annex III use"),
    ("interior-national-security-mixed", F28, f"{AI}/ai-literacy", "unknown", "Art. 4: silent"),
    ("interior-national-security-mixed", F28, f"{AI}/no-prohibited-practice", "pass", "complete list"),
    # --- intelligence service: exclusively national security ---
    ("intel-exclusive", F28, f"{AI}/scope-qualification-recorded", "pass", EXCLUDED),
    ("intel-exclusive", F28, f"{AI}/high-risk-classification", "not_applicable", EXCLUDED),
    ("intel-exclusive", F28, f"{AI}/human-oversight", "not_applicable", EXCLUDED),
    ("intel-exclusive", F28, f"{AI}/fundamental-rights-impact-assessment", "not_applicable", EXCLUDED),
    ("intel-exclusive", F28, f"{AI}/ai-literacy", "not_applicable", EXCLUDED),
    ("intel-exclusive", F28, f"{AI}/no-prohibited-practice", "not_applicable", EXCLUDED),
    # --- employment service: own name and substantial modification ---
    ("jobmatch-rebrand", F28, f"{AI}/roles-allocated", "fail", "Art. 25(1)(a), (b), 25(2)"),
    ("jobmatch-rebrand", F28, f"{AI}/high-risk-classification", "pass", "Annex III 4(a)"),
    ("jobmatch-rebrand", F28, f"{AI}/fundamental-rights-impact-assessment", "pass", "Art. 27(1), (3)"),
    ("jobmatch-rebrand", F28, f"{AI}/human-oversight", "pass", "Arts 14, 26(2)"),
    ("jobmatch-rebrand", F28, f"{AI}/workplace-information", "not_applicable", "Art. 26(7): jobseekers for other employers"),
    ("jobmatch-rebrand", F28, f"{AI}/provider-obligations", "unknown", "the Service is the provider; it commits to no Art. 16/17 duty"),
    ("jobmatch-rebrand", F28, f"{AI}/deployer-duties", "unknown", "Art. 26: silent"),
    # --- police: legacy public-authority system ---
    ("police-victim-risk-legacy", J27, f"{AI}/human-oversight", "not_applicable", "Art. 113(c)(i): from 2 Dec 2027"),
    ("police-victim-risk-legacy", J28, f"{AI}/human-oversight", "not_applicable", LEGACY),
    ("police-victim-risk-legacy", J28, f"{AI}/fundamental-rights-impact-assessment", "not_applicable", LEGACY),
    ("police-victim-risk-legacy", J28, f"{AI}/annex-iii-timeline", "pass", "30 Jun 2028 is before 2 Aug 2030; " + LEGACY),
    ("police-victim-risk-legacy", A30, f"{AI}/human-oversight", "unknown", "silent, duties apply"),
    ("police-victim-risk-legacy", A30, f"{AI}/fundamental-rights-impact-assessment", "unknown", "silent, duties apply"),
    ("police-victim-risk-legacy", J28, f"{AI}/high-risk-classification", "pass", "Annex III 6(a), no derogation"),
    ("police-victim-risk-legacy", J28, f"{AI}/roles-allocated", "pass", "clause 5"),
    ("police-victim-risk-legacy", J28, f"{AI}/no-prohibited-practice", "pass", "complete list; 6(a) is not Art. 5(1)(d)"),
    # --- second round, written before running these rows ---
    ("asylum-language-tool", F28, f"{AI}/compliance-timeline", "fail", "Art. 50 applies from 2 Aug 2026 (Art. 113); the omnibus did not move it; clause 9 defers it to 2 Dec 2027"),
    ("asylum-language-tool", F28, f"{AI}/annex-iii-timeline", "pass", "2 Dec 2027 is the amended Annex III date (Art. 113(c)(i))"),
    ("intel-exclusive", F28, f"{AI}/gpai-provider-duties", "unknown", "GPAI model duties attach to the model placed on the EU market generally; whether Art. 2(3) switches them off is unsettled; silent"),
    ("jobmatch-rebrand", F28, f"{AI}/deployer-information", "unknown", "Art. 26(11): silent"),
    ("jobmatch-rebrand", F28, f"{AI}/eu-database-registration", "unknown", "Art. 49(1), 49(3): silent on the Service's registration"),
    ("jobmatch-rebrand", F28, f"{AI}/conformity-assessment", "unknown", "Art. 43(4), Art. 16(f): the Service as provider; silent"),
    ("benefits-prioritisation", F28, f"{AI}/deployer-information", "unknown", "Art. 26(11): silent"),
    ("benefits-prioritisation", F28, f"{AI}/conformity-assessment", "unknown", "Art. 43(2): silent"),
    ("interior-national-security-mixed", F28, f"{AI}/roles-allocated", "unknown", "silent"),
    ("interior-national-security-mixed", F28, f"{AI}/deployer-duties", "not_applicable", "not high-risk"),
    ("police-victim-risk-legacy", A30, f"{AI}/annex-iii-timeline", "pass", "2028-06-30 precedes 2 Aug 2030"),
    ("police-victim-risk-legacy", J28, f"{AI}/deployer-information", "unknown", "Art. 26(11) from 2 Aug 2030 within the term; silent"),
    ("benefits-completeness-check", F28, f"{AI}/roles-allocated", "pass", "clause 5"),
    ("benefits-completeness-check", F28, f"{AI}/conformity-assessment", "not_applicable", "not high-risk"),
]
