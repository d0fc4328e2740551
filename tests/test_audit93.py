"""Ninety-third legal-fidelity audit: public authorities that score people. Seven
descriptions (tests/data/audit93/*.yaml), written blind from the AI Act (Regulation (EU)
2024/1689 as amended by Regulation (EU) 2026/1744): Art. 2(3) (military, defence and
national-security purposes, "where and in so far"; Recital 24), Art. 5(1)(c) (social
scoring: evaluation or classification of natural persons or groups over a certain period of
time based on their social behaviour or known, inferred or predicted personal or
personality characteristics, the score leading to detrimental or unfavourable treatment
(i) in social contexts unrelated to those in which the data was generated or collected, or
(ii) unjustified or disproportionate to their social behaviour or its gravity; Recital 31),
Art. 6(2)-(3) and Annex III points 4(b), 5(a) and 7(b)-(c), Art. 113(a) (Art. 5 applies
from 2 Feb 2025) and 113(c) as amended (Chapter III for Annex III systems from 2 Dec 2027);
the GDPR, Arts 5(1)(c) and (e), 22 and 35; the Hague District Court's SyRI judgment
(Rechtbank Den Haag, 5 Feb 2020, ECLI:NL:RBDHA:2020:1878: linking many agencies' files to
risk-score benefit recipients, with no transparency or safeguards, breached Art. 8 ECHR);
CJEU C-634/21 SCHUFA (7 Dec 2023: a score is itself an Art. 22 decision where it plays a
determining role in the decision taken on it); and the project's legal notes (MS-01,
MS-02, MS-06, MS-09, MS-18, MS-19, EUAI-02, EUAI-03).

Settings: a ministry's benefits-fraud risk model fed by several agencies (SyRI); a
region's "citizen trust score" for access to services; a defence ministry's insider-risk
vetting score, claimed to be outside the Act as national security, that also feeds
promotion boards and contract renewals; a city's ranking of neighbourhoods for building
inspections from building data only (a control); a migration authority's risk flags on
visa applicants shared with other authorities for their own decisions on the person;
a region's "reliability index" of every resident beside a ban on "social scoring" by name;
and a social-insurance agency's eligibility scores that municipalities may use while the
ban on social scoring binds the agency alone.
Read on 15 Jan 2025 (before Art. 5 applies), 1 Jun 2026 (Art. 5 in force, Chapter III not
yet for Annex III systems) and 1 Mar 2028 (Chapter III applies).

The describer records what each contract buys, whatever it calls it: a score of people
over time, from their conduct or traits, that a contract lets follow them into unrelated
decisions is recorded as the use case social-scoring (the vocabulary's meaning of the
value), a label "outside Annex III" as the derogation relied on with no classification
documented.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give,
and the reason (instrument, article, paragraph). The blind answers for the first six
files (46 rows) were written and committed before the tool was run; the seventh file
(shared-eligibility-score, 4 rows) was written after that run, its answers committed
before it was run. On the first runs 46 of 50 matched and four did not:

- Two classification rows: the blind answers failed the classification of the fraud
  model and of the vetting model on 1 Mar 2028; the tool says unknown, and it is right:
  both were put into service in 2026 for a public authority, before Chapter III applies
  to Annex III systems, and Art. 111(2), second sentence, as replaced by Regulation (EU)
  2026/1744 gives them until 2 Aug 2030 unless their design changes significantly from
  2 Dec 2027, on which the contracts are silent. The rows record the blind answers as
  wrong.
- Two wrong PASSes: a ban on social scoring that binds the customer agency alone, while
  municipalities and housing corporations use the system and its scores as authorised
  users bound by no term, passed no-social-scoring and no-prohibited-practice. The
  definition art5-social-scoring-excluded (eu-ai-act-high-risk pack, shared by both rules)
  now asks that the prohibition bind every user the contract admits
  (restrictions.social_scoring.binds_every_user not stated false; unspecified: unknown),
  as explicit-ban asks of the surveillance ban (new fixtures in both rules: fail, pass,
  and unknown for no-social-scoring; they fail on the old definition). The other Art. 5
  practices' definitions do not yet read binds_every_user; no audit row probes them.

No wrong PASS or wrong not_applicable was found where the contract's words were recorded
as what it buys: the trust score, the reliability index behind a ban by name, the visa
flags shared for unrelated decisions and the vetting score reused for promotion all fail
both social-scoring rules, and the defence ministry's claim that the vetting model lies
outside the Act (Art. 2(3)) does not take its employment use out of no-prohibited-practice.
Because a describer could record the label ("reliability index", "risk flags") rather
than the substance and so get a wrong PASS beside a ban by name, the meaning of the use
case social-scoring now says to record it for what the contract buys, whatever it calls
the score and whatever it says of social scoring, and not for a score kept in the context
its data was collected for and proportionate to it.

No row is a known wrong.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit93"

EU = "eu-ai-act-high-risk"
MS = "no-mass-surveillance"

#: Before 2 Feb 2025: Art. 5 does not yet apply (Art. 113(a)); the contracts read then run
#: past that day.
PRE = "2025-01-15"
#: Art. 5 applies; Chapter III does not yet apply to Annex III systems.
D = "2026-06-01"
#: Chapter III applies to Annex III systems (Art. 113(c) as amended: 2 Dec 2027).
H = "2028-03-01"

#: Why a score that follows people into unrelated decisions is Art. 5(1)(c).
SCORING = (
    "Art. 5(1)(c) prohibits placing on the market, putting into service or using AI "
    "systems to evaluate or classify natural persons over a certain period of time based on "
    "their social behaviour or known, inferred or predicted personal or personality "
    "characteristics, the score leading to detrimental or unfavourable treatment in social "
    "contexts unrelated to those in which the data was generated or collected (point (i)) "
    "or disproportionate to the behaviour (point (ii)), by public and private actors alike "
    "(Recital 31); legal notes MS-09 FAIL: person-level trust or risk scores used across "
    "unrelated contexts"
)

#: Why the Art. 2(3) exclusion does not reach a dual use.
DUAL = (
    "Art. 2(3) excludes AI systems only 'where and in so far' as they are put into service "
    "or used exclusively for military, defence or national-security purposes; a system also "
    "used for other purposes is within the Act for those (Recital 24): the score is made "
    "available to promotion boards and contract-renewal decisions, employment uses, so the "
    "contract's claim that the system lies outside the Regulation does not decide its scope"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Ministry of social affairs: SyRI-like benefits-fraud risk model ---
    (
        "benefits-fraud-model",
        D,
        f"{EU}/no-prohibited-practice",
        "pass",
        "the only Art. 5(1) practice the system could be turned to is social scoring "
        "(Art. 5(1)(c); it profiles recipients, Art. 3(52)), and clause 5 prohibits it with no "
        "exception and no waiver, confining the score to selecting files for a benefits "
        "investigation and barring its sharing: the treatment stays in the context of the "
        "benefit the data (income, household, housing) bears on, the eligibility conditions "
        "themselves; the fraud is a benefit reclaim, not a criminal prosecution, and the "
        "purposes are civilian, so Art. 5(1)(d) (predicting criminal offences) is not in "
        "play; whether linking many agencies' files is proportionate is an Art. 8 ECHR "
        "question (SyRI) the rule does not decide",
    ),
    (
        "benefits-fraud-model",
        D,
        f"{MS}/no-social-scoring",
        "pass",
        "clause 5 prohibits evaluating or classifying persons for treatment in any other "
        "context, with no exception and no waiver (Art. 5(1)(c); legal notes MS-09 PASS); "
        "the use bought keeps the score inside the benefits investigation",
    ),
    (
        "benefits-fraud-model",
        H,
        f"{EU}/high-risk-classification",
        "unknown",
        "blind answer fail was wrong: the system was put into service on 1 Jan 2026, "
        "before Chapter III applies to Annex III systems (2 Dec 2027, Art. 113(c) as "
        "amended), and a public authority uses it, so under Art. 111(2), second sentence, "
        "as replaced by Regulation (EU) 2026/1744 its provider and deployer comply by "
        "2 Aug 2030 unless its design changes significantly from 2 Dec 2027, which the "
        "contract does not say; the duty is otherwise plain: Annex III point 5(a) lists "
        "systems a public authority uses to evaluate eligibility "
        "for public assistance benefits 'as well as to grant, reduce, revoke, or reclaim "
        "such benefits'; the fraud-detection carve-out is in point 5(b) (creditworthiness) "
        "alone; 'outside Annex III' is a label (Art. 3(12), 6(2); legal notes EUAI-03 FAIL), "
        "and a system profiling recipients is always high-risk (Art. 6(3), last "
        "subparagraph)",
    ),
    (
        "benefits-fraud-model",
        D,
        f"{MS}/dpia-before-monitoring",
        "fail",
        "clause 6 states there will be no DPIA; a systematic evaluation of personal aspects "
        "based on profiling, on which decisions with significant effects are based (stopping "
        "or reclaiming benefits), requires one before processing (GDPR Art. 35(1), 35(3)(a)); "
        "that the data is already held by public bodies is no exemption (legal notes MS-19 "
        "FAIL; the SyRI court weighed the absence of such safeguards under Art. 8 ECHR)",
    ),
    (
        "benefits-fraud-model",
        D,
        f"{MS}/retention-and-query-logging",
        "fail",
        "clause 7 keeps scores and linked records 'as long as needed for enforcement', which "
        "sets no period (GDPR Art. 5(1)(e), storage limitation; legal notes MS-18 FAIL: "
        "retention expressly open-ended)",
    ),
    (
        "benefits-fraud-model",
        D,
        f"{MS}/bulk-processing-limited",
        "not_applicable",
        "no communications or signals data is processed (the data categories are stated in "
        "full: personal data from agency files): legal notes MS-06 NOT_APPLICABLE",
    ),
    (
        "benefits-fraud-model",
        D,
        f"{MS}/explicit-ban",
        "unknown",
        "the contract processes personal data about every benefit recipient and says nothing "
        "of mass or untargeted surveillance: legal notes MS-01 UNKNOWN (silent)",
    ),
    (
        "benefits-fraud-model",
        D,
        f"{MS}/protected-population",
        "unknown",
        "no surveillance ban is stated, so whom it protects is not stated either (legal notes "
        "MS-02 UNKNOWN)",
    ),
    # --- Region: "citizen trust score" for access to services ---
    (
        "citizen-trust-score",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        f"a quarterly score of every resident from conduct records (fines, complaints, "
        f"volunteering) decides priority for housing, childcare and permits and adds checks "
        f"to any application: {SCORING}",
    ),
    (
        "citizen-trust-score",
        PRE,
        f"{EU}/no-prohibited-practice",
        "fail",
        "Art. 5 applies from 2 Feb 2025 (Art. 113(a)); the contract, in force to 31 Oct "
        "2028, buys the practice of Art. 5(1)(c) and will still buy it on that day: counsel "
        "reading the signed terms now fails them",
    ),
    (
        "citizen-trust-score",
        D,
        f"{MS}/no-social-scoring",
        "fail",
        f"the contract buys a trust score that follows residents into unrelated decisions and "
        f"states no ban: {SCORING}",
    ),
    (
        "citizen-trust-score",
        PRE,
        f"{MS}/no-social-scoring",
        "fail",
        "the red line is a contractual benchmark with no start date of its own (legal notes "
        "MS-09): the contract buys social scoring on any day of its term",
    ),
    (
        "citizen-trust-score",
        D,
        f"{MS}/dpia-before-monitoring",
        "pass",
        "clause 6: the Region completed a DPIA before go-live (GDPR Art. 35(1), 35(3)(a); "
        "legal notes MS-19 PASS); whether the processing it assessed may lawfully take place "
        "is another question (no-prohibited-practice)",
    ),
    (
        "citizen-trust-score",
        D,
        f"{MS}/retention-and-query-logging",
        "pass",
        "clause 6: fields limited to Annex 2 (GDPR Art. 5(1)(c)), deletion after three years "
        "(Art. 5(1)(e)), every query about a resident logged and reviewed by the DPO (legal "
        "notes MS-18 PASS)",
    ),
    (
        "citizen-trust-score",
        D,
        f"{MS}/bulk-processing-limited",
        "not_applicable",
        "no communications data (legal notes MS-06 NOT_APPLICABLE)",
    ),
    # --- Ministry of defence: insider-risk vetting score reused for promotion ---
    (
        "defence-vetting",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        f"{DUAL}; a six-monthly score of staff from finances, travel and social-media posts, "
        f"made available to promotion boards and renewal decisions, puts data generated in "
        f"unrelated contexts to detrimental use in employment decisions: {SCORING}",
    ),
    (
        "defence-vetting",
        D,
        f"{MS}/no-social-scoring",
        "fail",
        "the red line applies whatever the AI Act's scope (a defence customer, a profiling "
        "system); the contract buys a score that follows staff into promotion and renewal "
        "decisions and states no ban (legal notes MS-09 FAIL)",
    ),
    (
        "defence-vetting",
        H,
        f"{EU}/high-risk-classification",
        "unknown",
        "blind answer fail was wrong: put into service on 1 Mar 2026 for a public "
        "authority, before 2 Dec 2027, the system need comply only by 2 Aug 2030 unless its "
        "design changes significantly from 2 Dec 2027 (Art. 111(2), second sentence, as "
        "replaced by Regulation (EU) 2026/1744), on which the contract is silent; the "
        f"classification is otherwise wrong: {DUAL}; a system used to take decisions on "
        "promotion and on the continuation of "
        "work relationships and to evaluate behaviour and traits is Annex III point 4(b); the "
        "contract's position that it lies outside the Regulation classifies nothing "
        "(Art. 6(2); legal notes EUAI-03 FAIL), and it profiles (Art. 6(3), last "
        "subparagraph)",
    ),
    (
        "defence-vetting",
        D,
        f"{MS}/dpia-before-monitoring",
        "unknown",
        "the contract names the GDPR for personnel data, and a ministry's employment "
        "processing is not national security alone (GDPR Art. 2(2)(a) read strictly, CJEU "
        "C-439/19 Latvijas Republikas Saeima): profiling of staff needs a DPIA (Art. 35(1), "
        "35(3)(a)); the contract is silent (legal notes MS-19 UNKNOWN)",
    ),
    (
        "defence-vetting",
        D,
        f"{MS}/retention-and-query-logging",
        "unknown",
        "nothing on minimisation, retention or query logging (legal notes MS-18 UNKNOWN)",
    ),
    (
        "defence-vetting",
        D,
        f"{MS}/protected-population",
        "unknown",
        "no surveillance ban is stated (legal notes MS-02 UNKNOWN)",
    ),
    (
        "defence-vetting",
        D,
        f"{MS}/bulk-processing-limited",
        "not_applicable",
        "the data is stated in full (HR, financial, travel records and public posts): no "
        "communications or intercepted signals (legal notes MS-06 NOT_APPLICABLE)",
    ),
    # --- City: ranking neighbourhoods for building inspections (control) ---
    (
        "neighbourhood-inspections",
        D,
        f"{EU}/no-prohibited-practice",
        "pass",
        "the uses are listed in full (civil administration, decision support on inspection "
        "rounds), no lawful use is granted at large, and the data holds no personal data: no "
        "Art. 5(1) practice can occur (legal notes EUAI-02 PASS: uses limited so none can "
        "occur); Art. 5(1)(c) concerns natural persons or groups of persons, and a ranking "
        "of buildings by construction data evaluates neither",
    ),
    (
        "neighbourhood-inspections",
        D,
        f"{MS}/no-social-scoring",
        "not_applicable",
        "no individual-level scoring and no personal data (legal notes MS-09 NOT_APPLICABLE)",
    ),
    (
        "neighbourhood-inspections",
        H,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "no use in Annex III (building inspection planning is none of points 1-8): Art. "
        "6(2)-(4) put no duty on the system",
    ),
    (
        "neighbourhood-inspections",
        D,
        f"{MS}/dpia-before-monitoring",
        "not_applicable",
        "no personal data processed (GDPR Art. 2(1), 4(1), Recital 26): legal notes MS-19 "
        "NOT_APPLICABLE",
    ),
    (
        "neighbourhood-inspections",
        D,
        f"{MS}/retention-and-query-logging",
        "not_applicable",
        "no personal data (legal notes MS-18 NOT_APPLICABLE)",
    ),
    (
        "neighbourhood-inspections",
        D,
        f"{MS}/explicit-ban",
        "not_applicable",
        "no person-related data or analysis in scope (legal notes MS-01 NOT_APPLICABLE, gate "
        "G-4 false)",
    ),
    (
        "neighbourhood-inspections",
        D,
        f"{MS}/protected-population",
        "not_applicable",
        "MS-01 is not applicable, so MS-02 is not (legal notes MS-02 NOT_APPLICABLE)",
    ),
    (
        "neighbourhood-inspections",
        D,
        f"{MS}/bulk-processing-limited",
        "not_applicable",
        "no communications data (legal notes MS-06 NOT_APPLICABLE)",
    ),
    # --- Migration authority: visa-applicant risk flags shared for unrelated decisions ---
    (
        "visa-flags-reuse",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        f"clause 4 shares the flags, kept ten years, with the benefits agency, housing "
        f"offices and the licensing authority for their own decisions on the person: a risk "
        f"classification made for a visa decision leads to unfavourable treatment in "
        f"unrelated contexts (point (i)): {SCORING}",
    ),
    (
        "visa-flags-reuse",
        D,
        f"{MS}/no-social-scoring",
        "fail",
        "the contract buys reuse of person-level risk flags across unrelated decisions and "
        "states no ban (legal notes MS-09 FAIL)",
    ),
    (
        "visa-flags-reuse",
        H,
        f"{EU}/high-risk-classification",
        "pass",
        "clause 2: the provider documents the system as high-risk under Annex III point 7 "
        "(7(b) risk assessment of persons entering, 7(c) examination of visa applications), "
        "relies on no derogation and registers it (Art. 6(2), 49(1)); that its sharing "
        "clause buys a prohibited practice is for Art. 5, not the classification",
    ),
    (
        "visa-flags-reuse",
        D,
        f"{MS}/dpia-before-monitoring",
        "pass",
        "a DPIA precedes the processing (GDPR Art. 35(1), 35(3)(a)-(b); legal notes MS-19 PASS)",
    ),
    (
        "visa-flags-reuse",
        D,
        f"{MS}/retention-and-query-logging",
        "unknown",
        "clause 4 minimises and sets a ten-year period (GDPR Art. 5(1)(c), (e)); the "
        "contract says nothing of logging queries about applicants (legal notes MS-18 "
        "UNKNOWN)",
    ),
    (
        "visa-flags-reuse",
        D,
        f"{MS}/explicit-ban",
        "unknown",
        "a border authority processing data on every applicant, silent on mass or untargeted "
        "surveillance (legal notes MS-01 UNKNOWN)",
    ),
    (
        "visa-flags-reuse",
        D,
        f"{MS}/bulk-processing-limited",
        "not_applicable",
        "no communications data (legal notes MS-06 NOT_APPLICABLE)",
    ),
    # --- Region: "reliability index" beside a ban on "social scoring" by name ---
    (
        "label-ban-reliability-index",
        D,
        f"{MS}/no-social-scoring",
        "fail",
        f"clause 3 bans 'social scoring' by name, but Annex 1 buys a monthly index of every "
        f"resident from payment history, police contacts, children's school attendance and "
        f"neighbours' complaints that every department uses to set the scrutiny of permit, "
        f"subsidy and childcare applications: what the contract buys outranks its label, "
        f"and the use is the practice: {SCORING}",
    ),
    (
        "label-ban-reliability-index",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        f"the ban by name does not exclude the practice the statement of work buys: {SCORING}",
    ),
    (
        "label-ban-reliability-index",
        PRE,
        f"{EU}/no-prohibited-practice",
        "fail",
        "in service from 6 Jan 2025 and in force to 30 Nov 2028: on 2 Feb 2025, when Art. 5 "
        "applies (Art. 113(a)), the contract still buys the practice of Art. 5(1)(c)",
    ),
    (
        "label-ban-reliability-index",
        PRE,
        f"{MS}/no-social-scoring",
        "fail",
        "the red line has no start date of its own; the contract buys the scoring now "
        "(legal notes MS-09 FAIL)",
    ),
    (
        "label-ban-reliability-index",
        D,
        f"{MS}/retention-and-query-logging",
        "fail",
        "clause 6: queries about individual residents are not logged (legal notes MS-18 "
        "FAIL: query logging expressly excluded), though data is minimised and kept five "
        "years",
    ),
    (
        "label-ban-reliability-index",
        D,
        f"{MS}/dpia-before-monitoring",
        "unknown",
        "the GDPR governs; profiling-based evaluation of residents with significant effects "
        "and criminal-offence data (police contacts) need a DPIA (GDPR Art. 35(3)(a)-(b)); "
        "the contract is silent (legal notes MS-19 UNKNOWN)",
    ),
    (
        "label-ban-reliability-index",
        D,
        f"{MS}/explicit-ban",
        "unknown",
        "silent on mass or untargeted surveillance (legal notes MS-01 UNKNOWN)",
    ),
    (
        "label-ban-reliability-index",
        D,
        f"{MS}/protected-population",
        "unknown",
        "no surveillance ban is stated (legal notes MS-02 UNKNOWN)",
    ),
    # --- Social-insurance agency: eligibility scores, ban binding the agency alone ---
    (
        "shared-eligibility-score",
        D,
        f"{MS}/no-social-scoring",
        "fail",
        "clause 3 binds 'the Agency' alone, while clause 4 lets municipalities and housing "
        "corporations use the Service and its scores for their own decisions, bound by no "
        "term of the contract (a contract binds its parties only, UNIDROIT Principles 2016, "
        "Art. 1.3): they may carry a person-level score into decisions unrelated to the "
        "benefit it was made for (Art. 5(1)(c)(i)), and the ban does not reach them; the "
        "pack reads a ban binding some users only so for mass surveillance (explicit-ban), "
        "and the red line of legal notes MS-09 is no stronger than the users it binds",
    ),
    (
        "shared-eligibility-score",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        "the system profiles applicants (Art. 3(52)), so social scoring is a practice it "
        "could be turned to; the contract rules it out for the Agency only and admits other "
        "users it does not bind: for them the practice is left open, a carve-out wider than "
        "Art. 5(1)(c), which has none (Art. 5 binds them by law, but the rule asks what the "
        "contract rules out)",
    ),
    (
        "shared-eligibility-score",
        D,
        f"{MS}/dpia-before-monitoring",
        "pass",
        "clause 2: a DPIA precedes the processing (GDPR Art. 35(1), 35(3)(a); legal notes "
        "MS-19 PASS)",
    ),
    (
        "shared-eligibility-score",
        D,
        f"{MS}/bulk-processing-limited",
        "not_applicable",
        "no communications data (legal notes MS-06 NOT_APPLICABLE)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit93_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit93_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
