"""Hundredth legal-fidelity audit: a new describer, who records clauses from the
vocabulary alone. Nine descriptions (tests/data/audit100/*.yaml) of clauses worded as real
contracts word them, ambiguous in the ways they are, each fact recorded from the meaning
docs/vocabulary.md gives it (never from the rule that reads it); where two readings were
possible, the description's header says which meaning sentence was followed. The clauses:
a surveillance ban "except for lawful foreign intelligence purposes" (an alliance's
intelligence analysis); a weapons term "no final targeting decisions without appropriate
human judgment", with nominations reviewed "where operationally feasible" (a defence
ministry's classified target-nomination support); an EU ministry's applicant ranking whose
only AI Act term is "the supplier shall comply with applicable AI law"; data "hosted in the
EU, with follow-the-sun support from India and the US"; weights "escrowed with a third
party, released on vendor insolvency"; a DPIA "to be completed before go-live" after a pilot
on live cases; an "exclusively military" system also made available to the civil-protection
agency; a network-defence carve-out reaching "Alliance and national networks" (cyber
defence); and a logistics planner installed on armoured fighting vehicles.

Sources: Regulation (EU) 2024/1689 (AI Act) as amended by Regulation (EU) 2026/1744, Arts
2(3) and Recital 24, 6(2), 9, 16-17, 26(7), 27(1), 43, Annex III points 4(a), 5(a), 5(d);
Regulation (EU) 2016/679 (GDPR) Arts 28(2)-(3), 35(1) and (3), 44-46; EDPB Guidelines 05/2021
(remote access from a third country is a transfer); DoD Directive 3000.09 (25 Jan 2023)
para 1.2; EO 14086 section 2(c); and the project's legal notes (MS-01, MS-02, MS-15, MS-19,
AW-01 to AW-03, AW-07, AW-09, AW-13, EUAI-00, EUAI-03, EUAI-04, EUAI-11, EUAI-12, EUAI-14,
EUAI-15, DR-01, DR-02, DR-05, DR-08 to DR-10, DR-16).

Each row: file, as-of date, rule, profile, the verdict a lawyer reading the contract would
give, and the reason. The blind answers (41 rows) were written and committed before the
tool was run. On the first run 34 matched and seven did not. Six were the tool reading a
fact the way its rule needs while the fact's meaning had let the describer record a label:

- risk-management and provider-obligations passed the ministry's applicant ranking (two
  wrong PASSes): the meanings of ai_act.risk_management and quality_management ("Art. 9
  risk management", "Arts 16-17 provider duties and QMS") said nothing of a general duty
  to comply with the law, and the describer recorded "comply with applicable AI law" as
  both (conformity-assessment, recorded the same way, was unknown only for want of other
  facts). Each AI Act duty's meaning now says a general duty to comply with applicable law
  or the Act as a whole is not it (unspecified, unless a term states it, as one naming the
  duty's article does: audit 28's "including Article 16" keeps its reading).
- dpia-before-monitoring passed the benefit fraud scoring at both dates (two wrong PASSes):
  data.dpia meant "A data-protection impact assessment precedes go-live", which clause 11
  says word for word, while the pilot processes live case files months before go-live
  (GDPR Art. 35(1): prior to the processing). The meaning now says the assessment precedes
  the first processing, a pilot on live data included, and one due only before a later
  go-live is false. ai_act.fria ("before use") led the describer right; its meaning now
  says the same of a pilot.
- decision-support-advisory and targeting-and-c2-controlled were unknown on target
  nominations "reviewed by a targeting officer where operationally feasible" (fail): the
  describer could record safeguards.outputs_advisory neither true nor false from "a named
  human approves decisions". The meaning now says an approval promised only where
  practicable or feasible is none: false. Audits 37 and 61 recorded such clauses as true
  beside weapons.human_decision_qualified (which decided their verdicts); they now record
  false (audit 61's amendment, which lifts the qualification, true); no row moves.

The seventh was the blind answer: explicit-ban on the foreign-intelligence carve-out was
answered fail and the tool's pass is right (argued in the row): the ban exists and the
customer cannot lift it; whom the carve-out leaves out is the protected-population
failure, which the tool gives. Meanings found ambiguous though the verdict came out right,
now clarified: the foreign-intelligence carve-out ("lawful" foreign intelligence is not
lawful-purposes, which would fail explicit-ban); data.model_weights.locations (an escrow
deposit is a place of storage; left out, weights-location would have read Belgium only).
Ambiguous and left as they are, for the lead: restrictions.autonomous_weapons.prohibited
for "no final targeting decisions without appropriate human judgment" (a "shall not" that
bans no autonomous weapon system; the description leaves it out, autonomous-weapons-ban
unknown); surveillance.foreign_intelligence_purpose_required for a carve-out limited to
foreign-intelligence purposes (not the documented purpose the meaning asks; left out);
ai_act.also_placed_for_non_excluded_purposes, which speaks of the provider's other
customers and not of this contract's own civil use (scope-qualification-recorded fails
on purposes anyway); and purposes, which has no value for civil protection (recorded
civilian). All four were settled afterwards in meanings 2 (tests/test_meanings2.py), and
military-system-civil-protection now records also_placed_for_non_excluded_purposes true,
as the meaning now says (no row moves).

No row is a known wrong.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test

DATA = Path(__file__).parent / "data" / "audit100"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
EU = "eu-ai-act-high-risk"
DR = "data-residency"

#: The customers' profiles: an alliance's unclassified networks, an EU public body.
NATO = "alliance-unclassified"
EUPS = "eu-public-sector"

#: The day the contracts are read: each in its term, after 2 Dec 2027 (Chapter III for
#: Annex III systems, Art. 113(c) as amended), every system put into service on or after
#: that day.
D = "2028-03-01"
#: Before the benefit pilot starts: the signed terms already schedule it.
PRE = "2027-12-15"

#: Why a general duty to comply with the law states no AI Act duty.
GENERAL = (
    "clause 9 says only that the supplier complies with applicable AI law: it restates the "
    "law, which binds the provider anyway (a restriction 'as required by applicable law' "
    "adds nothing beyond it, legal notes MS-01 UNKNOWN on 'only a generic comply with law "
    "clause', AW-13 on 'all applicable laws'), neither classifies TalentMatch nor commits "
    "the provider to any process or information the deployer can hold it to"
)

CASES: list[tuple[str, str, str, str, str, str]] = [
    # --- Alliance intelligence analysis: a ban "except for lawful foreign intelligence" ---
    (
        "nato-intel-foreign-carveout",
        D,
        f"{MS}/explicit-ban",
        NATO,
        "pass",
        "blind answer fail was wrong: clause 4.1 expressly forbids the customer mass or bulk "
        "surveillance of natural persons, and the customer cannot lift the ban (12.3), so "
        "MS-01 PASS ('with no customer-side override': a power to waive or suspend the ban, "
        "which a carve-out bounded by a class of purpose is not); what the "
        "foreign-intelligence carve-out leaves out is whom the ban protects, the failure "
        "MS-02 names ('foreign-intelligence analysis') and the protected-population row "
        "below, not the ban's existence; a carve-out for any use the customer deems lawful "
        "would fail here, and 'lawful' qualifying a named purpose is not one",
    ),
    (
        "nato-intel-foreign-carveout",
        D,
        f"{MS}/protected-population",
        NATO,
        "fail",
        "the ban's words protect 'natural persons', but its foreign-intelligence carve-out "
        "leaves out everyone a foreign-intelligence purpose reaches, the people outside the "
        "member states whose reports the analysts work on: legal notes MS-02 FAIL (a ban "
        "confined away from the populations the deployment processes, 'foreign-intelligence "
        "analysis'); EO 14086 s.2(c)(iii)(A), protection for all persons whatever their "
        "nationality",
    ),
    (
        "nato-intel-foreign-carveout",
        D,
        f"{MS}/foreign-intelligence-purpose",
        NATO,
        "unknown",
        "the contract limits only the carve-out to foreign-intelligence purposes; it does "
        "not require a documented foreign-intelligence purpose or approved person-data "
        "procedures for the intelligence analysis it buys (EO 12333 s.2.3; legal notes "
        "MS-15 UNKNOWN, silent)",
    ),
    (
        "nato-intel-foreign-carveout",
        D,
        f"{MS}/ban-not-waivable",
        NATO,
        "pass",
        "clause 12.3: the agreement changes only by a writing both parties sign; the "
        "customer cannot lift the ban alone (legal notes MS-01, no customer-side override)",
    ),
    # --- Defence ministry: "no final targeting decisions without appropriate human judgment" ---
    (
        "mod-targeting-human-judgment",
        D,
        f"{AW}/human-judgment",
        EUPS,
        "pass",
        "clause 7.2 requires appropriate human judgment over final targeting decisions, the "
        "DoDD 3000.09 para 1.2 standard, not qualified by practicability (legal notes AW-02 "
        "PASS)",
    ),
    (
        "mod-targeting-human-judgment",
        D,
        f"{AW}/human-decision-per-engagement",
        EUPS,
        "unknown",
        "only AW-02-level wording: appropriate human judgment does not require an "
        "affirmative decision by an identified human for each engagement (DoDD 3000.09 does "
        "not require in-the-loop control), and the contract does not say an engagement may "
        "proceed without one (legal notes AW-03 UNKNOWN)",
    ),
    (
        "mod-targeting-human-judgment",
        D,
        f"{AW}/decision-support-advisory",
        EUPS,
        "fail",
        "clause 7.3 calls outputs advisory but has a targeting officer review nominations "
        "only 'where operationally feasible': where the customer finds review not feasible a "
        "nomination goes forward with no human approving it, and appropriate human judgment "
        "(7.2) asks for no approval of each decision on force (legal notes AW-09 FAIL, "
        "nominations into a target list without review; NATO Principle E)",
    ),
    (
        "mod-targeting-human-judgment",
        D,
        f"{AW}/targeting-and-c2-controlled",
        EUPS,
        "fail",
        "target nomination is bought (clause 3); the human control stated over it is a review "
        "the customer may dispense with where not feasible (7.3) and a standard of judgment "
        "that DoDD 3000.09 lets be exercised without a human decision per engagement (7.2): "
        "targeting is neither out of scope nor under stated human control (OpenAI red lines 2 "
        "and 3)",
    ),
    (
        "mod-targeting-human-judgment",
        D,
        f"{AW}/autonomous-weapons-ban",
        EUPS,
        "unknown",
        "a defence customer whose open list of uses includes target nomination; clause 7.2 "
        "forbids no use in a weapon system that selects and engages targets (appropriate "
        "human judgment is the standard DoDD 3000.09 sets for such systems, not a ban of "
        "them) and no term permits one: legal notes AW-01 UNKNOWN",
    ),
    (
        "mod-targeting-human-judgment",
        D,
        f"{AW}/ihl-compliance",
        EUPS,
        "unknown",
        "clause 7.1 is a duty to comply with 'all applicable laws': it names neither "
        "international humanitarian law nor its rules of distinction, proportionality and "
        "precautions (AP I Arts 48, 51, 57; legal notes AW-13)",
    ),
    # --- EU ministry's applicant ranking: "comply with applicable AI law" ---
    (
        "ministry-hr-applicable-law",
        D,
        f"{EU}/risk-management",
        EUPS,
        "unknown",
        f"ranking applicants for the ministry's posts is Annex III point 4(a) and profiles "
        f"them, so high-risk (Art. 6(2), 6(3) last subparagraph); {GENERAL}: no Art. 9 "
        "risk-management process is committed to (legal notes EUAI-04 UNKNOWN, silent)",
    ),
    (
        "ministry-hr-applicable-law",
        D,
        f"{EU}/conformity-assessment",
        EUPS,
        "unknown",
        f"Art. 43(2) internal control for a point 4 system, declaration and CE marking "
        f"before use (Arts 47-48); {GENERAL} (legal notes EUAI-12)",
    ),
    (
        "ministry-hr-applicable-law",
        D,
        f"{EU}/provider-obligations",
        EUPS,
        "unknown",
        f"Arts 16-17 provider duties and quality-management system; {GENERAL} (legal notes "
        "EUAI-11)",
    ),
    (
        "ministry-hr-applicable-law",
        D,
        f"{EU}/high-risk-classification",
        EUPS,
        "unknown",
        "the contract records no classification of TalentMatch, neither high-risk nor an "
        "Art. 6(3) assessment (legal notes EUAI-03 UNKNOWN, no classification stated); a "
        "duty to comply with the law classifies nothing",
    ),
    (
        "ministry-hr-applicable-law",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        EUPS,
        "unknown",
        "a ministry is a body governed by public law deploying an Art. 6(2) system (point "
        "4(a)): Art. 27(1) requires an impact assessment before deployment; the contract is "
        "silent (legal notes EUAI-15 UNKNOWN)",
    ),
    (
        "ministry-hr-applicable-law",
        D,
        f"{EU}/workplace-information",
        EUPS,
        "unknown",
        "the ministry ranks candidates for its own posts, so it uses the system at its "
        "workplace as employer (Art. 26(7)): informing workers' representatives and the "
        "affected workers before use is owed, and the contract is silent",
    ),
    (
        "ministry-hr-applicable-law",
        D,
        f"{EU}/deployer-duties",
        EUPS,
        "unknown",
        "Art. 26 deployer duties: the contract puts none on the ministry (legal notes EUAI-14, "
        "silent); clause 9 binds the supplier only",
    ),
    (
        "ministry-hr-applicable-law",
        D,
        f"{EU}/scope-qualification-recorded",
        EUPS,
        "pass",
        "the statement of work records the purposes (civilian recruitment) and clause 9 "
        "accepts the Act as applicable, no Art. 2(3) exclusion claimed (legal notes EUAI-00 "
        "PASS (a); Art. 2(1)(a)-(b))",
    ),
    # --- EU hosting, follow-the-sun support from India and the US ---
    (
        "eu-hosted-follow-the-sun",
        D,
        f"{DR}/data-locations",
        EUPS,
        "fail",
        "the affiliates' engineers in India and the US reach the tenant's data: processing "
        "outside the EEA the profile allows (GDPR Art. 4(2) 'consultation', Art. 44; EDPB "
        "Guidelines 05/2021; legal notes DR-01), whatever 'hosted in the EU' says",
    ),
    (
        "eu-hosted-follow-the-sun",
        D,
        f"{DR}/personnel-location",
        EUPS,
        "fail",
        "legal notes DR-05 FAIL: follow-the-sun support from jurisdictions outside the "
        "allowed list, with access to the data",
    ),
    (
        "eu-hosted-follow-the-sun",
        D,
        f"{DR}/transfer-mechanism",
        EUPS,
        "unknown",
        "remote access from India and the US is a transfer (EDPB Guidelines 05/2021) needing "
        "a Chapter V ground (GDPR Art. 44); the contract names none (legal notes DR-10 "
        "UNKNOWN: transfers occur but no mechanism stated)",
    ),
    (
        "eu-hosted-follow-the-sun",
        D,
        f"{DR}/sub-processor-locations",
        EUPS,
        "fail",
        "the supporting affiliates are sub-processors (GDPR Art. 28(2), (4)) processing in "
        "India and the US, outside the allowed jurisdictions (legal notes DR-09)",
    ),
    (
        "eu-hosted-follow-the-sun",
        D,
        f"{DR}/sub-processor-authorisation",
        EUPS,
        "fail",
        "a general authorisation under which affiliates are added or replaced without "
        "notice: GDPR Art. 28(2), second sentence, requires the processor to inform the "
        "controller of intended changes and give it the opportunity to object",
    ),
    (
        "eu-hosted-follow-the-sun",
        D,
        f"{DR}/processor-terms",
        EUPS,
        "fail",
        "clause 8 has every Art. 28(3) element but (d): sub-processors engaged without the "
        "conditions of Art. 28(2) and (4) (legal notes DR-08)",
    ),
    # --- Weights escrowed in Switzerland, deposit returned to the provider ---
    (
        "weights-escrow",
        D,
        f"{DR}/weights-custody",
        NATO,
        "fail",
        "the provider copies the weights, the customer's fine-tuned weights included, out "
        "of the customer's servers into an escrow agent's custody and gets the deposit back "
        "at the end: a vendor copy path outside government-controlled infrastructure "
        "(legal notes DR-02 FAIL; RAND RR-A2849-1)",
    ),
    (
        "weights-escrow",
        D,
        f"{DR}/weights-location",
        NATO,
        "fail",
        "the escrow deposit stores the weights in Switzerland, outside the NATO nations the "
        "profile allows",
    ),
    (
        "weights-escrow",
        D,
        f"{DR}/exit-deletion",
        NATO,
        "fail",
        "the escrow deposit, with the customer's fine-tuned weights, is returned to the "
        "provider at the end: the vendor keeps customer-derived weights (legal notes DR-16 "
        "FAIL)",
    ),
    # --- Benefit fraud scoring: DPIA and FRIA "before go-live", pilot on live cases first ---
    (
        "benefits-dpia-before-go-live",
        D,
        f"{MS}/dpia-before-monitoring",
        EUPS,
        "fail",
        "scoring benefit recipients for fraud, on which payments are suspended, is a "
        "systematic and extensive evaluation of personal aspects based on automated "
        "processing with legal effects, on health data (GDPR Art. 35(3)(a)-(b)); the DPIA "
        "is due 'prior to the processing' (Art. 35(1)), and the pilot has processed live "
        "case files since 10 January 2028, months before the go-live the DPIA waits for "
        "(legal notes MS-19 FAIL)",
    ),
    (
        "benefits-dpia-before-go-live",
        PRE,
        f"{MS}/dpia-before-monitoring",
        EUPS,
        "fail",
        "the signed terms already schedule the processing (the pilot from 10 January 2028) "
        "before the DPIA (GDPR Art. 35(1); legal notes MS-19 FAIL)",
    ),
    (
        "benefits-dpia-before-go-live",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        EUPS,
        "fail",
        "a ministry deploying an Annex III point 5(a) system must assess the impact 'prior "
        "to deploying' it (Art. 27(1)); case officers have used the scores since the pilot "
        "began, before the assessment due at go-live (legal notes EUAI-15 FAIL)",
    ),
    (
        "benefits-dpia-before-go-live",
        PRE,
        f"{EU}/fundamental-rights-impact-assessment",
        EUPS,
        "fail",
        "the signed terms schedule use (the pilot) before the assessment (Art. 27(1); "
        "Chapter III applies to Annex III systems from 2 Dec 2027, Art. 113(c) as amended)",
    ),
    # --- "Exclusively military", also made available to civil protection ---
    (
        "military-system-civil-protection",
        D,
        f"{EU}/scope-qualification-recorded",
        EUPS,
        "fail",
        "clause 1.2 claims the exclusion while the order form lets the crisis centre use the "
        "system for civil protection, a purpose Art. 2(3) does not exclude (Recital 24: a "
        "system used for civilian purposes falls within scope), with no clause making that "
        "use comply (legal notes EUAI-00 FAIL)",
    ),
    (
        "military-system-civil-protection",
        D,
        f"{EU}/high-risk-classification",
        EUPS,
        "fail",
        "prioritising the dispatch of emergency response teams is Annex III point 5(d), "
        "high-risk (Art. 6(2)); 'exclusively military' places it outside the Act on no Art. "
        "6(3) assessment (legal notes EUAI-03 FAIL)",
    ),
    (
        "military-system-civil-protection",
        D,
        f"{EU}/conformity-assessment",
        EUPS,
        "unknown",
        "a point 5(d) system needs a conformity assessment before use (Art. 43(2)); the "
        "contract is silent on it",
    ),
    (
        "military-system-civil-protection",
        D,
        f"{EU}/risk-management",
        EUPS,
        "unknown",
        "Art. 9 applies to the point 5(d) system; the contract is silent (legal notes "
        "EUAI-04 UNKNOWN)",
    ),
    (
        "military-system-civil-protection",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        EUPS,
        "unknown",
        "the crisis centre, a public body, deploys an Art. 6(2) system outside point 2: Art. "
        "27(1) applies to it; the contract is silent (legal notes EUAI-15 UNKNOWN)",
    ),
    # --- Alliance cyber defence: carve-out for "Alliance and national networks" ---
    (
        "alliance-cyber-defence-carveout",
        D,
        f"{MS}/explicit-ban",
        NATO,
        "fail",
        "the carve-out lets either party monitor the traffic of every member nation's "
        "networks, content not excluded, beyond the customer's own systems (the reach of "
        "network security, GDPR Recital 49, NIS2 Art. 21): untargeted monitoring of the "
        "people on those networks is left permitted (legal notes MS-01)",
    ),
    (
        "alliance-cyber-defence-carveout",
        D,
        f"{MS}/ban-not-waivable",
        NATO,
        "pass",
        "clause 16.2: changed only by a writing both parties sign (legal notes MS-01)",
    ),
    # --- Logistics planner installed on armoured fighting vehicles ---
    (
        "field-logistics-afv",
        D,
        f"{AW}/no-weapons-embedding",
        EUPS,
        "fail",
        "the model's weights are delivered for installation on armoured fighting vehicles' "
        "mission computers, armed platforms, and the contract expressly permits it, with no "
        "autonomous-weapons ban (legal notes AW-07 FAIL)",
    ),
    (
        "field-logistics-afv",
        D,
        f"{AW}/decision-support-advisory",
        EUPS,
        "pass",
        "resupply plans are executed only after the unit's logistics officer approves them "
        "(legal notes AW-09 PASS)",
    ),
    (
        "field-logistics-afv",
        D,
        f"{AW}/targeting-and-c2-controlled",
        EUPS,
        "pass",
        "the customer may use the software 'solely' for resupply planning: targeting and "
        "command and control are out of scope",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str, str]] = []


test_audit100_verdict = profile_verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit100_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
