"""Fifty-fourth legal-fidelity audit: subcontracting chains and flow-down, who is bound by
the red lines. Seven descriptions (tests/data/audit54/*.yaml), written blind from contract
law (privity; flow-down clauses as FAR 52.244-6 and DFARS practice use them), GDPR Art.
28(2) and (4), AI Act Arts 3(3)-(4) and 25, DoD Directive 3000.09, the vendors' red lines
and the project's legal notes, whose verdicts turn on the chain: who signed what, and what
reaches the customer.

The contracts: a Land interior ministry's prime contract banning mass surveillance, its
subcontract with the model vendor silent, and a Statement of Work that buys
"population-level pattern analysis" of the Land's residents; a US Army contract with an
integrator that grants any lawful use and says the model vendor's usage policy (no mass
surveillance, no autonomous weapons) does not bind the Government, the vendor's licence
binding only the integrator; an integrator that fine-tunes a vendor's general-purpose model
into a benefits-eligibility system and sells it under its own name while the contract calls
the vendor "the provider" (Art. 25(1)(a), (b)); a reseller that only white-labels a finished
high-risk system, the vendor keeping the provider's duties by contract (Art. 25(1)(a), "without
prejudice to contractual arrangements"); a French ministry promised residency in France
and Ireland by its prime, whose sub-processor annex lists the vendor's US cloud for peak
inference; a municipality whose processor flows its obligations down "to the extent
applicable"; and an alliance agency (an international organisation) whose weapons ban is
flowed down word for word to national subcontractors.

A subcontract is not a term of the contract between the customer and the prime (privity:
the customer neither signed it nor can enforce it, and it cannot bind the customer); the
descriptions record such documents as sources of kind other, which decide no verdict. The
format describes one contract at a time: a chain's other links are read only through what
the described contract says about them (its sub-processor list, its flow-down clause, the
roles it gives the parties, becomes_provider_by). Where that matters, the row says so.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). Where the blind answer, written before the
tool was run, differed, the row says so and why the verdict given is the right one.

Descriptions changed after the first run, each said in its file or here: Statement of Work
3 was first recorded as buying ``surveillance`` and ``communications-analysis``;
``surveillance`` is monitoring of people or groups, targeted or not, which a ban on mass
surveillance does not contradict, and the tool passed explicit-ban. What the Statement buys,
untargeted pattern analysis of a whole population, is ``mass-surveillance`` (MS-01 FAIL:
"pattern-of-life analysis of whole populations"); the describer's error, now corrected. The
Army contract first recorded only the grant of any lawful use and that the usage policy
does not bind; the tool was unknown on the bans, as silence about other restrictions must
be (the description did not say that no term restricts the grant). Clause 3 says so in its
second sentence, now recorded as ``grants.limited_only_by_law``. The white-label contract
first left out whether the agency and the representative do anything that makes them a
provider; the rules on provider duties were unknown on it, and the describer now records
what clause 4 says (the agency uses the system as supplied).

Found and fixed: data-residency/data-locations passed the French ministry's contract,
whose storage and processing clause names only France and Ireland, although the
sub-processor annex the same contract authorises lists a US cloud that runs inference on
the prompts (a wrong PASS: a sub-processor's country is where it processes, GDPR Art.
28(2), (4); the rule read only the vendor's own sites, leaving sub-processors to
sub-processor-locations). The rule now fails a listed sub-processor outside the allowed
jurisdictions. And no-autonomous-weapons/unconditional-ban and
no-mass-surveillance/ban-not-waivable were unknown on the Army contract, where a grant of any
lawful use that the contract says no term restricts beyond the law leaves the customer no ban
at all (the vendor's red line binds the integrator only): they now fail it, as explicit-ban
and autonomous-weapons-ban do (MS-01 FAIL, AW-01 FAIL).
"""

from __future__ import annotations

import json
from pathlib import Path

from audits import assert_every_file_used, verdict_test
from conftest import cli

DATA = Path(__file__).parent / "data" / "audit54"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
EU = "eu-ai-act-high-risk"
DR = "data-residency"

#: The Land ministry: before Statement of Work 3, and while it runs.
PRE = "2027-06-01"
SOW = "2027-11-01"
#: The Army contract, the municipality.
D = "2027-06-01"
#: The French ministry and the alliance agency.
D2 = "2027-09-01"
#: The two benefits agencies, after the systems went into service (1 February 2028) and
#: Chapter III applies to Annex III systems (2 December 2027).
EUD = "2028-03-01"

#: Why a subcontract binds neither the customer nor reaches its contract.
PRIVITY = (
    "the subcontract is between the prime and the vendor; the customer neither signed it "
    "nor can enforce it, and it neither adds to nor takes from the customer's contract "
    "(privity of contract); a prime contract reaches a subcontractor only through a "
    "flow-down clause, which binds the prime to put the clause into the subcontract "
    "(FAR 52.244-6(c) and DFARS 252.244-7000 list the clauses a prime must flow down)"
)

#: Why the vendor's red line does not bind the Army.
NOT_FLOWED = (
    "the model vendor's usage policy binds the integrator under its licence, not the Army: "
    "clause H-12 says third-party licence terms bind the Government only where the contract "
    "incorporates them, and none is (the Government's rights in commercial software are "
    "those of the licence the contract includes, FAR 12.212(a)-(b), and the contract's terms "
    "control over a vendor's agreement, FAR 27.405-3); clause 3 grants any lawful "
    "Government purpose and says no term restricts it beyond the law. The vendor's remedy "
    "is against the integrator for breach of the licence; the Army is free of the line"
)

#: Why the integrator is the provider whatever the contract calls it.
ART25 = (
    "the integrator puts the system into service under its own name and trademark (AI Act "
    "Art. 25(1)(a)) and fine-tuned the vendor's model into it (Art. 25(1)(b); indeed it "
    "develops the high-risk system itself, Art. 3(3)); under Art. 25(2) the vendor 'shall "
    "no longer be considered to be a provider of that specific AI system'. The contract "
    "calls the vendor the provider and the integrator a distributor, and puts the "
    "provider's duties on the vendor, who is no party to it and no longer the provider of "
    "this system: the label does not move the duties (legal reference EUAI-01 FAIL: "
    "provider duties assigned to a party that cannot fulfil them)"
)

#: Why the US sub-processor breaks the residency the prime promised.
SUBPROC = (
    "Annex 3, which clause 10 makes the complete list of authorised sub-processors, names "
    "Hyperion Cloud Inc. (United States), engaged by the vendor, for peak inference on the "
    "prompts: the contract itself authorises processing in the US (GDPR Art. 28(2), (4): "
    "the vendor's sub-processor processes on the controller's behalf under the chain of "
    "processor contracts), whatever clause 8 promises"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Land ministry: a ban in the prime contract, a silent subcontract, SOW 3 ---
    (
        "prime-ban-sow-pattern-analysis",
        PRE,
        f"{MS}/explicit-ban",
        "pass",
        "clause 7: an express, unconditional ban the Ministry may not waive, with no "
        "carve-out, and clause 2 lists every use, none of them surveillance (MS-01 PASS). The "
        f"subcontract's silence changes nothing here: {PRIVITY}; the ban is on the use of "
        "the Services the Ministry buys, whoever runs the model",
    ),
    (
        "prime-ban-sow-pattern-analysis",
        SOW,
        f"{MS}/explicit-ban",
        "fail",
        "Statement of Work 3, signed by the Ministry and the prime and in force from 1 "
        "October 2027, buys population-level pattern analysis of the residents' movement and "
        "communications metadata: untargeted monitoring of a whole population (CJEU C-511/18 "
        "La Quadrature du Net, general and indiscriminate processing of traffic and location "
        "data). What the contract buys outranks the ban's label (MS-01 FAIL: pattern-of-life "
        "analysis of whole populations expressly permitted). The blind answer was fail; the "
        "tool passed on the first description, which recorded the purchase as surveillance "
        "(targeted or not), the describer's error",
    ),
    (
        "prime-ban-sow-pattern-analysis",
        PRE,
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 7: 'The Ministry may not waive this clause' (MS-01: no customer-side override)",
    ),
    (
        "prime-ban-sow-pattern-analysis",
        SOW,
        f"{MS}/ban-not-waivable",
        "fail",
        "the Ministry and the prime agreed Statement of Work 3, which buys what the ban "
        "forbids: a non-waiver clause the customer overrides by ordering the banned use is "
        "no protection. Counsel's blind answer was pass (the words of clause 7 stand); but the "
        "quality of a ban is that of a ban that rules the use out, and this one, beside "
        "the Statement, does not",
    ),
    (
        "prime-ban-sow-pattern-analysis",
        PRE,
        f"{MS}/protected-population",
        "pass",
        "clause 7 protects 'any person' (MS-01: the ban is not confined to nationals)",
    ),
    (
        "prime-ban-sow-pattern-analysis",
        PRE,
        f"{MS}/dpia-before-monitoring",
        "unknown",
        "the GDPR applies (clause 2) and the contract does not say whether the Ministry's "
        "files hold special-category or criminal-offence data (data.categories is open) nor "
        "whether a DPIA precedes use (GDPR Art. 35(1), (3)(b)). Counsel's blind answer was "
        "not_applicable (no monitoring use before SOW 3); an interior ministry's files may "
        "well hold such data, and silence is unknown",
    ),
    (
        "prime-ban-sow-pattern-analysis",
        SOW,
        f"{MS}/dpia-before-monitoring",
        "unknown",
        "SOW 3 buys systematic monitoring of a population (GDPR Art. 35(3)(c), large-scale "
        "systematic monitoring; Article 29 Working Party WP248 rev.01, endorsed by the EDPB), "
        "and neither the contract nor "
        "the Statement says a DPIA precedes it: silent, unknown",
    ),
    (
        "prime-ban-sow-pattern-analysis",
        PRE,
        f"{DR}/sub-processor-authorisation",
        "unknown",
        "clause 12 gives prior specific authorisation and names the vendor (GDPR Art. "
        "28(2)), but says nothing of imposing the same data-protection obligations on it "
        "by contract (Art. 28(4)); the subcontract, which would show it, is not before the "
        f"Ministry and is silent ({PRIVITY}). Legal reference DR-09 UNKNOWN: silent",
    ),
    (
        "prime-ban-sow-pattern-analysis",
        SOW,
        f"{DR}/sub-processor-authorisation",
        "unknown",
        "SOW 3 changes nothing in the sub-processing terms: still no flow-down (GDPR Art. 28(4))",
    ),
    (
        "prime-ban-sow-pattern-analysis",
        PRE,
        f"{DR}/sub-processor-locations",
        "pass",
        "clause 12's list is complete (one sub-processor, in Germany) and any other needs "
        "the Ministry's prior specific authorisation (GDPR Art. 28(2); DR-09)",
    ),
    # --- US Army: the vendor's red lines not flowed down to the Government ---
    (
        "vendor-red-lines-not-flowed-down",
        D,
        f"{MS}/explicit-ban",
        "fail",
        f"{NOT_FLOWED}. An intelligence command with any lawful use and no surveillance "
        "carve-out: legal reference MS-01 FAIL",
    ),
    (
        "vendor-red-lines-not-flowed-down",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        f"{NOT_FLOWED}. Any lawful use to a defence customer with no weapons carve-out: "
        "legal reference AW-01 FAIL; DoD Directive 3000.09 (25 Jan 2023) permits autonomous "
        "weapon systems after senior review, so the law bans nothing here",
    ),
    (
        "vendor-red-lines-not-flowed-down",
        D,
        f"{MS}/red-lines-prevail",
        "fail",
        "a lawful-use grant and no restriction that prevails over it: the only red lines "
        "are the vendor's, which the contract states do not bind the Government (legal "
        "reference MS-16 FAIL: the lawful-use grant overrides the usage policy)",
    ),
    (
        "vendor-red-lines-not-flowed-down",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        f"{NOT_FLOWED}: the Army has no ban, conditional or not (AW-01 FAIL, AW-15). Fixed: "
        "the tool was unknown, reading only the bans a contract states; a lawful-use grant "
        "stated to be limited only by law, with no weapons ban, now fails the rule as it "
        "fails autonomous-weapons-ban",
    ),
    (
        "vendor-red-lines-not-flowed-down",
        D,
        f"{MS}/ban-not-waivable",
        "fail",
        f"{NOT_FLOWED}: the Army need not waive a line that never bound it. Fixed: the tool "
        "was unknown; the rule now fails a lawful-use grant limited only by law with no "
        "surveillance ban stated, as explicit-ban does (MS-01 FAIL)",
    ),
    (
        "vendor-red-lines-not-flowed-down",
        D,
        f"{MS}/ban-independent-of-law",
        "fail",
        "the law is the only limit on the Army's use (clause 3), and US law permits much "
        "bulk collection (EO 14086 s.2(c)(ii)): legal reference MS-01 FAIL",
    ),
    (
        "vendor-red-lines-not-flowed-down",
        D,
        f"{AW}/human-judgment",
        "unknown",
        "the contract states no standard of human judgment over the use of force (DoDD "
        "3000.09 of 25 Jan 2023: 'appropriate levels of human judgment over the use of "
        "force'; legal reference AW-02); the vendor's policy, "
        "which does not bind the Army, would not supply one either: silent",
    ),
    # --- Integrator that fine-tunes and rebrands: it is the provider ---
    (
        "integrator-rebrands-fine-tune",
        EUD,
        f"{EU}/roles-allocated",
        "fail",
        ART25,
    ),
    (
        "integrator-rebrands-fine-tune",
        EUD,
        f"{EU}/conformity-assessment",
        "fail",
        f"{ART25}. The assessment clause 5 records is the vendor's, who is not the provider "
        "of this system; the provider (the integrator) takes on no assessment (Arts 16(f), "
        "43(4): a substantially modified system undergoes a new conformity assessment). "
        "Counsel's blind answer was unknown (the integrator's assessment unstated); but the "
        "contract does state how the duty is met, and the arrangement it states cannot meet "
        "it: fail",
    ),
    (
        "integrator-rebrands-fine-tune",
        EUD,
        f"{EU}/provider-obligations",
        "fail",
        f"{ART25}: the quality management system of Art. 17 is promised of the vendor "
        "(Art. 16(c)), not of the provider. Counsel's blind answer was unknown, as for the "
        "conformity assessment",
    ),
    (
        "integrator-rebrands-fine-tune",
        EUD,
        f"{EU}/risk-management",
        "fail",
        f"{ART25}: the Art. 9 risk management system is promised of the vendor. Counsel's "
        "blind answer was unknown",
    ),
    (
        "integrator-rebrands-fine-tune",
        EUD,
        f"{EU}/technical-documentation",
        "fail",
        f"{ART25}: the Art. 11 documentation of this system is the provider's (Art. "
        "16(d)); the vendor's documents its model, not the integrator's system. Counsel's "
        "blind answer was unknown",
    ),
    (
        "integrator-rebrands-fine-tune",
        EUD,
        f"{EU}/eu-database-registration",
        "fail",
        f"{ART25}: registration under Art. 49(1) is the provider's, and the one clause 5 "
        "records is the vendor's. Counsel's blind answer was unknown",
    ),
    (
        "integrator-rebrands-fine-tune",
        EUD,
        f"{EU}/gpai-provider-duties",
        "unknown",
        "clause 6: the integrator confirms the model vendor complies with Art. 53 and gave "
        "it the Annex XII information (Art. 53(1)(b): what downstream providers need); but "
        "the vendor is established outside the Union and the contract names no authorised "
        "representative (Art. 54(1)): unknown. Counsel's blind answer was pass, missing Art. "
        "54",
    ),
    (
        "integrator-rebrands-fine-tune",
        EUD,
        f"{EU}/high-risk-classification",
        "unknown",
        "the contract records the Annex III point 5 area that its use (benefits "
        "eligibility, Annex III 5(a)) falls in, but not that the classification is "
        "documented (legal reference EUAI-03). Counsel's blind answer was pass",
    ),
    # --- White-label reseller: Art. 25(1)(a), duties kept by contract with the vendor ---
    (
        "white-label-reseller",
        EUD,
        f"{EU}/roles-allocated",
        "pass",
        "the reseller puts its name on a high-risk system already on the market, unchanged "
        "(Art. 25(1)(a)); that provision applies 'without prejudice to contractual "
        "arrangements stipulating that the obligations set out therein are otherwise "
        "allocated', and clause 4 records that the vendor keeps the provider's obligations "
        "under the distribution agreement, with an EU authorised representative (Arts 22, "
        "25(1)(a); EUAI-01 PASS). No substantial modification or new purpose (25(1)(b), (c))",
    ),
    (
        "white-label-reseller",
        EUD,
        f"{EU}/eu-database-registration",
        "unknown",
        "the provider registered the system (Art. 49(1)), but a public-authority deployer "
        "must also register its use before using it (Arts 26(8), 49(3)), and the contract is "
        "silent on the agency's registration. Counsel's blind answer was unknown",
    ),
    (
        "white-label-reseller",
        EUD,
        f"{EU}/provider-obligations",
        "unknown",
        "the contract keeps the provider's duties with the vendor but says nothing of its "
        "quality management system (Arts 16(c), 17): silent",
    ),
    (
        "white-label-reseller",
        EUD,
        f"{EU}/gpai-provider-duties",
        "not_applicable",
        "BenefitCheck is not built on a general-purpose model (clause 3): Arts 53-55 do not "
        "reach it",
    ),
    # --- French ministry: residency promised, a US sub-processor of the vendor ---
    (
        "residency-sub-processor-third-country",
        D2,
        f"{DR}/sub-processor-locations",
        "fail",
        f"{SUBPROC}; outside the allowed jurisdictions (legal reference DR-09)",
    ),
    (
        "residency-sub-processor-third-country",
        D2,
        f"{DR}/data-locations",
        "fail",
        f"{SUBPROC}: the residency of clause 8 is contradicted by a link further down the "
        "chain that the same contract authorises. Fixed: the tool passed (a wrong PASS), "
        "reading only the storage and processing lists; the rule now fails a listed "
        "sub-processor outside the allowed jurisdictions",
    ),
    (
        "residency-sub-processor-third-country",
        D2,
        f"{DR}/transfer-mechanism",
        "fail",
        f"{SUBPROC}: an onward transfer to a third country (GDPR Arts 44, 28(3)(a)), and the "
        "contract, which says there is none (clause 8.3), names no Chapter V ground for it "
        "(legal reference DR-10)",
    ),
    (
        "residency-sub-processor-third-country",
        D2,
        f"{DR}/transfer-impact-assessment",
        "not_applicable",
        "a transfer impact assessment goes with a transfer on an Art. 46 tool (CJEU C-311/18 "
        "Schrems II; EDPB Recommendations 01/2020); the transfer to Hyperion rests on none, "
        "and transfer-mechanism fails it. Counsel's blind answer was fail; the failure is "
        "the mechanism's, and counting it twice adds nothing",
    ),
    (
        "residency-sub-processor-third-country",
        D2,
        f"{DR}/sub-processor-authorisation",
        "pass",
        "clause 10: prior specific authorisation for any change, a complete list with "
        "locations (Annex 3), and the same obligations imposed by written contract (GDPR Art. "
        "28(2), (4); DR-09 PASS). Authorised is not resident: the location is the rules "
        "above",
    ),
    (
        "residency-sub-processor-third-country",
        D2,
        f"{DR}/foreign-law-exposure",
        "unknown",
        "Hyperion is a US company; the contract does not state the laws that can compel it "
        "to disclose (18 U.S.C. s.2713; FISA s.702) nor those of the other parties",
    ),
    (
        "residency-sub-processor-third-country",
        D2,
        f"{DR}/processor-terms",
        "unknown",
        "the contract states the sub-processor terms of Art. 28(2), (4) but not the other "
        "elements of Art. 28(3): silent",
    ),
    # --- Municipality: flow-down "to the extent applicable" ---
    (
        "flow-down-to-extent-applicable",
        D,
        f"{DR}/sub-processor-authorisation",
        "unknown",
        "GDPR Art. 28(4) requires that 'the same data protection obligations as set out in "
        "the contract' be imposed on the sub-processor; 'flow down ... to the extent "
        "applicable' leaves the processor to decide which apply, and does not say the same "
        "ones do. Neither silence nor a flow-down: the contract leaves the point open "
        "(flow_down: unspecified), and the rule is unknown. Counsel's answer: a question to "
        "put to the processor, not a pass",
    ),
    (
        "flow-down-to-extent-applicable",
        D,
        f"{DR}/processor-terms",
        "pass",
        "clause 11 holds every element of GDPR Art. 28(3)(a)-(h)",
    ),
    (
        "flow-down-to-extent-applicable",
        D,
        f"{DR}/sub-processor-locations",
        "pass",
        "Annex B is complete: Germany and the Netherlands, any change needing prior specific "
        "authorisation (GDPR Art. 28(2))",
    ),
    (
        "flow-down-to-extent-applicable",
        D,
        f"{DR}/data-locations",
        "pass",
        "clause 9 lists storage (NL) and processing (NL, DE) in full, elsewhere only with "
        "consent, no transfer, and each listed sub-processor is inside the EU",
    ),
    (
        "flow-down-to-extent-applicable",
        D,
        f"{DR}/transfer-mechanism",
        "not_applicable",
        "no transfer out of the EEA (clause 9) and no sub-processor outside it",
    ),
    (
        "flow-down-to-extent-applicable",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "not_applicable",
        "a municipality's civil administration under the GDPR, not a competent authority's "
        "law-enforcement processing (Directive (EU) 2016/680, Arts 1(1), 3(7))",
    ),
    (
        "flow-down-to-extent-applicable",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "clause 7 binds the Municipality, the customer, in terms: its vague flow-down (7.4) "
        "goes to whether subcontractors are bound, not to whether the customer is (MS-01 PASS)",
    ),
    # --- Alliance agency with national subcontractors ---
    (
        "alliance-agency-national-subcontractors",
        D2,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 7.1: an express, unconditional ban with no carve-out that the agency may not "
        "waive (AW-01 PASS); clause 7.3 flows it down word for word to every tier, so the "
        "German and US subcontractors are bound by their subcontracts too (FAR 52.244-6-"
        "style flow-down; the format reads the prime contract's own ban)",
    ),
    (
        "alliance-agency-national-subcontractors",
        D2,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 7.1-7.2: unconditional, no exception, not waivable (AW-15)",
    ),
    (
        "alliance-agency-national-subcontractors",
        D2,
        f"{AW}/human-decision-per-engagement",
        "pass",
        "clause 8: an affirmative decision by an identified human for each use of force",
    ),
    (
        "alliance-agency-national-subcontractors",
        D2,
        f"{AW}/ihl-compliance",
        "pass",
        "clause 8: use complies with international humanitarian law",
    ),
    (
        "alliance-agency-national-subcontractors",
        D2,
        f"{AW}/senior-review",
        "not_applicable",
        "DoD Directive 3000.09 binds DoD components (para 1.1); neither the agency nor any "
        "contractor is one, and a US subcontractor does not bring the directive with it; "
        "the ban rules out autonomous weapon systems besides",
    ),
    (
        "alliance-agency-national-subcontractors",
        D2,
        f"{AW}/no-anti-personnel-autonomy",
        "not_applicable",
        "the ban rules out every autonomous weapon use: no autonomous function may apply "
        "force (AW-01)",
    ),
    (
        "alliance-agency-national-subcontractors",
        D2,
        f"{MS}/explicit-ban",
        "unknown",
        "intelligence analysis and no word on surveillance: silent (MS-01 UNKNOWN); the "
        "flow-down of clause 7 carries only what clause 7 says",
    ),
    (
        "alliance-agency-national-subcontractors",
        D2,
        f"{EU}/roles-allocated",
        "not_applicable",
        "defence and military purposes only (clause 2): the AI Act does not apply, "
        "'regardless of the type of entity carrying out those activities' (Art. 2(3)), so "
        "the national subcontractors, companies, are outside it as well",
    ),
    (
        "white-label-reseller",
        EUD,
        f"{EU}/conformity-assessment",
        "pass",
        "clause 5: the provider (the vendor, by the Art. 25(1)(a) arrangement of clause 4) "
        "assessed the system, drew up the declaration and affixed the CE marking before the "
        "contract. For a system under Annex III point 5 the law fixes the route: internal "
        "control (Art. 43(2), Annex VI); no other is open. The tool was unknown, requiring the "
        "route to be stated (ai_act.conformity_route) for every Annex III area (a strict "
        "xfail until the rule read the route Art. 43(2) prescribes for points 2 to 8 where "
        "the contract names none)",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit54_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit54_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))


def test_the_unflowed_red_lines_without_the_law_only_sentence_stay_unknown(
    tmp_path: Path,
) -> None:
    """Silence is unknown: the Army contract without clause 3's second sentence (no term
    restricts the grant beyond the law) does not say there is no other restriction, and the
    bans are unknown, not failed; the vendor's usage policy, which the contract says does
    not bind the Government, passes none of them."""
    text = (DATA / "vendor-red-lines-not-flowed-down.yaml").read_text(encoding="utf-8")
    line = "        limited_only_by_law: true\n"
    assert text.count(line) == 1
    path = tmp_path / "silent.yaml"
    path.write_text(text.replace(line, ""), encoding="utf-8")
    run = cli("check", str(path), "--as-of", D, "--format", "json")
    assert run.code in (0, 1), run.err
    status = {r["id"]: r["status"] for r in json.loads(run.out)["contracts"][0]["results"]}
    for rule in (
        f"{MS}/explicit-ban",
        f"{MS}/ban-not-waivable",
        f"{AW}/autonomous-weapons-ban",
        f"{AW}/unconditional-ban",
    ):
        assert status[rule] == "unknown", rule
