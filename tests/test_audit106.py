"""Hundred-and-sixth legal-fidelity audit: US defence and intelligence deployments read
under the built-in us-defence profile (tests/audits.py profile_verdict_test), the packs a
US user runs: no-mass-surveillance, no-autonomous-weapons and data-residency with US
residency, DoD IL6, DoD identity management and a SECRET ceiling. Nine descriptions
(tests/data/audit106/*.yaml) written from docs/vocabulary.md and
docs/writing-contracts.md alone: an Army Fires Command's target-nomination order whose only
limit on autonomy is "appropriate levels of human judgment", nominations reviewed "where
operationally feasible" and integration that "shall not be delayed" by a DoDD 3000.09
review; CENTCOM's prototype OTA (10 U.S.C. 4022) for counter-UAS base defence whose
autonomous-weapons ban carves out installation defence with "no operator action
required", its test plan "to be agreed"; NSA triage of s.702 and EO 12333 feeds under a
ban for US persons only, US-person query terms alone logged; CIA pattern-of-life analysis
of broker location data that its ban lets be analysed "without limitation", tied to EO
12333 "as amended"; a defence prime's licence to put a vision model on a loitering
munition, its ban binding "the Licensee" while the Army uses the product under a
sublicence, the operator's approval lapsing on loss of datalink; a DIA task order under an
IDIQ for "any lawful Government purpose" over a usage policy "as updated" that yields to
the grant, with a perpetual licence that survives termination for convenience (FAR
52.212-4(l)), in a vendor IL5 region; the Coast Guard's maritime interdiction analytics
under 14 U.S.C. 522; an NGA IL6 enclave with every term the profile asks for; an Army
border task force tracking every person crossing, with no surveillance ban.

Verdicts from the law: DoDD 3000.09 (25 Jan 2023), AP I Art. 36, the ICRC position of 12
May 2021, EO 12333, EO 14086, FISA s.702 (50 U.S.C. 1881a), DoD Manual 5240.01, 18 U.S.C.
1385, 10 U.S.C. 271-284, 14 U.S.C. 103 and 522, FAR 52.212-4(l), the DoD Cloud Computing
SRG, and the project's legal notes (MS-01 to MS-18, AW-01 to AW-15, DR-01).

The blind answers (50 rows) were written and committed before the tool was run. On the
first run 46 matched and four did not; none was a wrong PASS.

Two were the tool's, fixed:

- autonomous-weapons-ban was unknown on the Army order, whose description states the
  contract's restrictions in full (restrictions.in_contract, an empty complete list) and
  records clause C.7 as the standard appropriate-human-judgment, as the meaning of
  restrictions.autonomous_weapons.prohibited directs. The rule read the ban's absence as
  silence; the describer's statement says the contract has none, and a defence contract
  that buys target nomination and bans no autonomous use does not keep the red line
  (legal notes AW-01; DoDD 3000.09 permits such systems after senior review). The rule
  now fails where in_contract, complete, holds neither autonomous_weapons nor
  weapons_integration (two fixtures). Audit 101's hitl-lethal-coa row moves from unknown
  to fail, argued there.
- no-domestic-law-enforcement failed the Coast Guard's contract, which expressly permits
  law enforcement (resting on 14 U.S.C. 522) and has no ban: the definition
  us-military-customer read every armed force as one the Posse Comitatus Act reaches. 18
  U.S.C. 1385 names the Army, Navy, Marine Corps, Air Force and Space Force; the Coast
  Guard is an armed force under the Department of Homeland Security (14 U.S.C. 103). The
  definition now leaves out an armed force the contract states is not a DoD component
  (the meaning of parties[*].dod_component says the Coast Guard and the National Guard
  under state authority are not), and the rule is not applicable (one fixture). As in the
  no-autonomous-weapons pack's definition us-defence-customer, an armed force the contract
  does not place is read as a DoD component, so deleting dod_component: false from this
  description moves the row to fail; the fixture is a Coast Guard contract whose ban
  would pass for a DoD armed force too (not_applicable to pass, which
  tests/test_silence.py allows).

One was a meaning that left the describer without a value:

- data-locations was unknown on the NSA's own air-gapped servers (the Agency runs every
  place of storage and processing, the vendor has no access and receives nothing): the
  description did not record data.locations_restricted, whose meaning spoke only of a
  consent term. The meaning now says such a deployment is true (no one but the customer
  can process the data elsewhere), and the description records it on clause 3 (marked in
  the file): a re-description under the new meaning.

Two blind answers were wrong, argued in their rows:

- unconditional-ban on the CENTCOM OTA (answered pass): the OTA buys the autonomous
  interceptor itself, under a carve-out no recognised exception covers, so the ban is not
  unconditional whatever its wording.
- no-domestic-law-enforcement on the Coast Guard (answered pass): not_applicable, since
  the Act does not reach the Coast Guard at all (the first run's fail was the tool's,
  above).

Meanings found ambiguous though the verdict came out right:

- restrictions.domestic_law_enforcement.prohibited false with express_statutory_authority
  true is how the describer recorded the Coast Guard's express permission under its own
  statute; the vocabulary has no way to say that the permission is confined to that
  statute.
- the Army border task force passes tracks and identities to CBP for arrests (clause 2);
  the describer recorded surveillance and border-control, not law-enforcement, as the
  Task Force itself does not police; whether identifying persons for arrest is direct
  participation (10 U.S.C. 275) or information sharing (10 U.S.C. 271) the facts do not
  say, and the row passes on MS-13's reading of a ban "except as the Posse Comitatus Act
  allows".
- the NSA row of classification-boundary fails because the profile's ceiling is SECRET
  and the System processes TOP SECRET//SI: right under the profile, but an SCI system is
  accredited under ICD 503, which no profile reads; an intelligence-community profile
  would be the lead's to add.

Left undone: no-mass-surveillance/explicit-ban does not read restrictions.in_contract as
autonomous-weapons-ban now does (a complete list without mass_surveillance leaves it
unknown unless the contract buys the practice); not changed here, as no row of this audit
turns on it. tests/test_silence.py's fixture check fails on eu-ai-act-high-risk
(provider-obligations, parties[*].model_provider_only) at the branch's base commit, before
this audit: not this audit's, left to the lead. No row is a known wrong.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test

DATA = Path(__file__).parent / "data" / "audit106"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
DR = "data-residency"
#: The built-in profile a US defence or intelligence user runs (packs no-mass-surveillance,
#: no-autonomous-weapons and data-residency; data and weights in the US, DoD IL6, DoD
#: identity management, classification up to SECRET).
US = "us-defence"
#: Every contract is read within its term.
D = "2027-06-01"

#: DoD Directive 3000.09 (25 Jan 2023).
DODD_3000_09 = (
    "DoD Directive 3000.09 (25 Jan 2023), para 1.2 (appropriate levels of human judgment "
    "over the use of force) and Section 4 (senior review before formal development and "
    "before fielding, outside its exemptions)"
)

CASES: list[tuple[str, str, str, str, str, str]] = [
    # --- Army Fires Command: "appropriate human judgment", reviews "where feasible" ---
    (
        "army-targeting-judgment",
        D,
        f"{AW}/autonomous-weapons-ban",
        US,
        "fail",
        "clause C.7 states only the standard of appropriate levels of human judgment, which "
        f"permits autonomous weapon systems after senior review ({DODD_3000_09}), and the "
        "describer records that the contract restricts no use (C.7, complete): the contract "
        "buys target nomination for fires and forbids no use in a weapon system that "
        "selects and engages without a human decision (legal notes AW-01)",
    ),
    (
        "army-targeting-judgment",
        D,
        f"{AW}/human-judgment",
        US,
        "pass",
        "clause C.7 requires appropriate levels of human judgment over the use of force, "
        "the DoDD 3000.09 para 1.2 standard, with no qualifier (legal notes AW-02 PASS)",
    ),
    (
        "army-targeting-judgment",
        D,
        f"{AW}/human-decision-per-engagement",
        US,
        "unknown",
        "the contract states no affirmative human decision for each engagement; AW-02-level "
        "wording does not imply one, as DoDD 3000.09 does not require in-the-loop control "
        "(legal notes AW-03 UNKNOWN)",
    ),
    (
        "army-targeting-judgment",
        D,
        f"{AW}/decision-support-advisory",
        US,
        "fail",
        "'advisory' nominations reviewed by a targeting officer only 'where operationally "
        "feasible' (C.8) go to a firing unit with no human approving them where review is "
        "dispensed with (legal notes AW-09)",
    ),
    (
        "army-targeting-judgment",
        D,
        f"{AW}/senior-review",
        US,
        "fail",
        "an Army command (a DoD component, DoDD 3000.09 para 1.1) whose contract says "
        "integration into its fires network 'shall not be delayed' pending any DoDD 3000.09 "
        "review (C.9): integration is not conditional on the senior review (legal notes "
        "AW-06 FAIL)",
    ),
    (
        "army-targeting-judgment",
        D,
        f"{AW}/legal-weapons-review",
        US,
        "pass",
        "no integration until the Army's legal review of weapons is complete (C.9; AR 27-53; "
        "DoDD 5000.01; legal notes AW-06)",
    ),
    (
        "army-targeting-judgment",
        D,
        f"{AW}/verification-and-testing",
        US,
        "pass",
        "developmental testing of each model version before delivery, operational test and "
        "evaluation before fielding, no change in the field without re-test (C.11; DoDD "
        "3000.09 para 1.2(a); legal notes AW-05 PASS)",
    ),
    # --- CENTCOM OTA: a local-defence carve-out that needs no operator ---
    (
        "cocom-ota-counter-uas",
        D,
        f"{AW}/autonomous-weapons-ban",
        US,
        "fail",
        "the ban carves out installation defence in which the prototype engages 'no "
        "operator action required' and no operator supervises with the means to intervene "
        "(Art. 9.1): DoDD 3000.09 exempts from senior review only operator-supervised "
        "systems for local defence, and the ICRC (12 May 2021, recommendation 3) asks for "
        "human supervision and timely intervention; the prototype the OTA buys is the "
        "autonomous weapon the ban purports to forbid (legal notes AW-01)",
    ),
    (
        "cocom-ota-counter-uas",
        D,
        f"{AW}/autonomy-limits",
        US,
        "fail",
        "the permitted autonomy is limited to drones within the defended sector, but no "
        "human supervises it with timely deactivation (Art. 9.1; legal notes AW-14: "
        "materiel targets, bounded area and time, no civilians, supervision all required)",
    ),
    (
        "cocom-ota-counter-uas",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        US,
        "pass",
        "no autonomous function may apply force against any person, with no carve-out and "
        "no waiver (Art. 9.2; legal notes AW-04 PASS)",
    ),
    (
        "cocom-ota-counter-uas",
        D,
        f"{AW}/verification-and-testing",
        US,
        "fail",
        "the test and evaluation plan is 'to be agreed' and demonstrations at installations "
        "proceed pending agreement (Art. 11): an agreement to agree binds no one to test "
        "before use (DoDD 3000.09 para 1.2(a); legal notes AW-05 FAIL)",
    ),
    (
        "cocom-ota-counter-uas",
        D,
        f"{AW}/senior-review",
        US,
        "pass",
        "no integration into a fielded system before the DoDD 3000.09 approvals or a "
        "documented exemption, and the legal review (Art. 12; legal notes AW-06 PASS); "
        "whether an exemption can apply to an unsupervised system is the ban's question",
    ),
    (
        "cocom-ota-counter-uas",
        D,
        f"{AW}/unconditional-ban",
        US,
        "fail",
        "blind answer was pass (Art. 9.1 applies whatever law or policy requires and the "
        "Government may not waive it, legal notes AW-15). The tool fails it, and is right: "
        "the OTA itself buys the practice (Art. 3: the interceptor selects and engages "
        "drones, autonomous-weapons among its uses) under a carve-out for unsupervised "
        "local defence that no recognised exception covers (DoDD 3000.09 exempts only "
        "operator-supervised systems); a ban whose own contract buys what it forbids is not "
        "unconditional, whatever its wording (DoDD 3000.09, Glossary, 'autonomous weapon "
        "system')",
    ),
    # --- NSA: a US-persons-only ban, bulk-by-default processing ---
    (
        "nsa-sigint-triage",
        D,
        f"{MS}/protected-population",
        US,
        "fail",
        "the ban protects United States persons only (clause 6.1) while the System "
        "processes foreign persons' communications (clause 2): EO 12333 s.3.5(k); EO 14086 "
        "s.1 and s.2(c)(iii)(A) (safeguards for all persons whatever their nationality); "
        "legal notes MS-02 FAIL",
    ),
    (
        "nsa-sigint-triage",
        D,
        f"{MS}/bulk-processing-limited",
        US,
        "fail",
        "each collection feed is processed in full and searched with selectors afterwards "
        "(clause 2): bulk processing by default, though bulk-derived data is limited to the "
        "EO 14086 s.2(c)(ii)(B) purposes (clause 6.2); EO 14086 s.2(c)(ii)(A) prioritises "
        "targeted collection (legal notes MS-06 requires both)",
    ),
    (
        "nsa-sigint-triage",
        D,
        f"{MS}/retention-and-query-logging",
        US,
        "fail",
        "only US-person query terms are recorded (50 U.S.C. 1881a(f)(1)(B) is the minimum) "
        "and other persons' information is kept 'as long as the Agency considers it of "
        "intelligence value' (clause 6.4): EO 14086 s.2(c)(iii)(A); legal notes MS-18 FAIL "
        "(indefinite retention)",
    ),
    (
        "nsa-sigint-triage",
        D,
        f"{MS}/foreign-intelligence-purpose",
        US,
        "pass",
        "each tasking rests on a documented foreign-intelligence or counter-intelligence "
        "requirement, and US-person information is handled under the Attorney "
        "General-approved procedures (EO 12333 s.2.3; DoD Manual 5240.01; clause 6.3; legal "
        "notes MS-15 PASS)",
    ),
    (
        "nsa-sigint-triage",
        D,
        f"{MS}/no-domestic-law-enforcement",
        US,
        "pass",
        "the NSA is a Defense Agency, a DoD component to which DoD Instruction 3025.21 "
        "applies the Posse Comitatus restrictions; clause 6.5 bars any law-enforcement use "
        "within the US, unconditionally and without waiver (18 U.S.C. 1385; 10 U.S.C. 275; "
        "legal notes MS-13 PASS)",
    ),
    (
        "nsa-sigint-triage",
        D,
        f"{DR}/classification-boundary",
        US,
        "fail",
        "the us-defence profile allows information up to SECRET in an IL6 environment; the "
        "System processes TOP SECRET//SI on the Agency's network (clause 3), above the "
        "profile's ceiling (parameter max_classification; the DoD Cloud SRG's IL6 is "
        "SECRET); an SCI system is accredited under ICD 503, which the profile does not read",
    ),
    (
        "nsa-sigint-triage",
        D,
        f"{DR}/data-locations",
        US,
        "pass",
        "stored and processed only at Fort Meade on the Agency's servers, complete lists "
        "(clause 3): inside the profile's US jurisdictions",
    ),
    # --- CIA: broker data carved out of the ban ---
    (
        "cia-broker-cai",
        D,
        f"{MS}/commercial-data-covered",
        US,
        "fail",
        "clause 7 lets commercially available information be analysed 'without "
        "limitation': the ban exempts the broker location data the contract buys (legal "
        "notes MS-04 FAIL; ODNI, Intelligence Community Policy Framework for Commercially "
        "Available Information, May 2024, treats such data as sensitive)",
    ),
    (
        "cia-broker-cai",
        D,
        f"{MS}/public-data-covered",
        US,
        "fail",
        "publicly available information is carved out of the ban entirely (clause 7; legal "
        "notes MS-05 FAIL)",
    ),
    (
        "cia-broker-cai",
        D,
        f"{MS}/explicit-ban",
        US,
        "fail",
        "the contract buys pattern-of-life and co-location analysis of whole broker "
        "datasets of device locations in the United States and abroad (clause 2), the "
        "population-level tracking MS-01 names as a FAIL, and the ban's carve-out leaves "
        "exactly that data outside it (clause 7)",
    ),
    (
        "cia-broker-cai",
        D,
        f"{MS}/no-domestic-law-enforcement",
        US,
        "not_applicable",
        "the CIA is not a military body nor a DoD component (EO 12333 s.3.5(h); clause 1): "
        "the Posse Comitatus Act does not reach it (legal notes MS-13 NOT_APPLICABLE); the "
        "Agency has no police or law-enforcement powers anyway (50 U.S.C. 3036(d)(1))",
    ),
    (
        "cia-broker-cai",
        D,
        f"{MS}/law-fixed-at-signing",
        US,
        "fail",
        "the ban applies in accordance with EO 12333 and the Agency's guidelines 'as amended "
        "from time to time' (clause 7): a later relaxation widens the permitted use (legal "
        "notes MS-16 FAIL)",
    ),
    (
        "cia-broker-cai",
        D,
        f"{MS}/ban-independent-of-law",
        US,
        "fail",
        "the ban applies only 'in accordance with' EO 12333 and the Agency's guidelines "
        "(clause 7), which themselves permit collection and retention of publicly and "
        "commercially available US-person information (EO 12333 s.2.3(a)): it adds nothing "
        "to the law",
    ),
    # --- Defence prime: a licensee's ban the Army is not bound by ---
    (
        "prime-munition-licence",
        D,
        f"{AW}/autonomous-weapons-ban",
        US,
        "fail",
        "clause 5 binds 'the Licensee' only, while the Army uses Kestrel under a sublicence "
        "on terms Northgate determines (clause 2), with no flow-down: a contract binds its "
        "parties only (UNIDROIT Principles 2016, Art. 1.3), so nothing forbids the user "
        "autonomous engagement (legal notes AW-01)",
    ),
    (
        "prime-munition-licence",
        D,
        f"{AW}/human-decision-per-engagement",
        US,
        "fail",
        "on loss of the datalink the munition continues its attack on the last designated "
        "target class without further approval (clause 6): engagements proceed without a "
        "human decision (legal notes AW-03 FAIL)",
    ),
    (
        "prime-munition-licence",
        D,
        f"{AW}/no-weapons-embedding",
        US,
        "fail",
        "the licence is to install the model on the munition's seeker processor (clause 2): "
        "weights on a weapons platform (legal notes AW-07 FAIL)",
    ),
    (
        "prime-munition-licence",
        D,
        f"{AW}/legal-weapons-review",
        US,
        "unknown",
        "clause 8 leaves 'any weapons review the Government may require' to Northgate "
        "without making installation wait for it, and does not say installation proceeds "
        "without it (legal notes AW-06 UNKNOWN: weapons integration possible, silent on "
        "reviews as a condition)",
    ),
    (
        "prime-munition-licence",
        D,
        f"{AW}/senior-review",
        US,
        "unknown",
        "the Army, a DoD component, fields the munition (DoDD 3000.09 binds it, para 1.1) but "
        "this licence between the prime and the model vendor makes nothing wait for the "
        "senior review: clause 8 leaves reviews to Northgate 'as the Government may "
        "require' (legal notes AW-06 UNKNOWN)",
    ),
    # --- DIA task order: any lawful use over an "as updated" usage policy ---
    (
        "idiq-any-lawful-use",
        D,
        f"{MS}/red-lines-prevail",
        US,
        "fail",
        "the usage policy applies only 'to the extent consistent with' the grant of any "
        "lawful Government purpose, which prevails (clause H.6; legal notes MS-16 FAIL: the "
        "lawful-use grant is stated to override usage policies)",
    ),
    (
        "idiq-any-lawful-use",
        D,
        f"{MS}/explicit-ban",
        US,
        "fail",
        "a grant of any lawful use to an intelligence agency whose only surveillance ban "
        "sits in a policy that yields to the grant and that the vendor may revise (H.5, "
        "H.6): the ban forbids nothing the law permits (EO 12333 s.2.3; FISA s.702), MS-01 "
        "FAIL",
    ),
    (
        "idiq-any-lawful-use",
        D,
        f"{MS}/ban-not-waivable",
        US,
        "fail",
        "the Government may terminate for convenience (FAR 52.212-4(l)) and keep using the "
        "model under the perpetual licence that survives termination (H.9), free of the "
        "usage policy: it can set the ban aside on its own",
    ),
    (
        "idiq-any-lawful-use",
        D,
        f"{MS}/law-fixed-at-signing",
        US,
        "fail",
        "'lawful means lawful under the laws and directives in force from time to time' "
        "(H.5): the grant widens as the law relaxes (legal notes MS-16 FAIL)",
    ),
    (
        "idiq-any-lawful-use",
        D,
        f"{AW}/autonomous-weapons-ban",
        US,
        "fail",
        "any lawful use to a DoD component (H.5) with the only autonomous-weapons ban in a "
        "policy that yields to the grant (H.6) and that the vendor may revise: legal notes "
        "AW-01 FAIL ('any lawful use' to a defence customer with no weapons carve-out that "
        "prevails); DoDD 3000.09 permits such systems after senior review",
    ),
    (
        "idiq-any-lawful-use",
        D,
        f"{DR}/certification",
        US,
        "fail",
        "the profile requires a DoD IL6 environment; the region holds FedRAMP High and an "
        "IL5 provisional authorisation only (H.12): a lower impact level is not a higher one "
        "(DoD Cloud Computing SRG)",
    ),
    (
        "idiq-any-lawful-use",
        D,
        f"{DR}/identity-management",
        US,
        "fail",
        "Government users sign in through the Agency's identity provider, but Contractor "
        "engineers administer the region with accounts the Contractor issues (H.12): not "
        "every login goes through DoD identity management (profile: "
        "government_identity_required; DoD Cloud SRG, DoD PKI at IL6)",
    ),
    (
        "idiq-any-lawful-use",
        D,
        f"{DR}/classification-boundary",
        US,
        "pass",
        "Controlled Unclassified Information only, classified information barred (H.12), "
        "on a network the contract gives as unclassified: nothing above the network's "
        "accreditation or the profile's SECRET ceiling",
    ),
    # --- Coast Guard: a DHS armed force with its own law-enforcement statute ---
    (
        "uscg-maritime-interdiction",
        D,
        f"{MS}/no-domestic-law-enforcement",
        US,
        "not_applicable",
        "blind answer was pass, on the same grounds; not_applicable is the closer verdict: "
        "the Coast Guard is an armed force (10 U.S.C. 101(a)(4)) but, under the Department "
        "of Homeland Security (14 U.S.C. 103), not a DoD component (clause 1), and 18 U.S.C. "
        "1385 names the Army, Navy, Marine Corps, Air Force and Space Force only (legal "
        "notes MS-13: it does not cover the Coast Guard); its law enforcement rests on its "
        "own statute anyway (14 U.S.C. 522; clause 2). The tool failed it on first run "
        "(an armed force with no law-enforcement ban); fixed in the definition "
        "us-military-customer",
    ),
    (
        "uscg-maritime-interdiction",
        D,
        f"{MS}/explicit-ban",
        US,
        "pass",
        "an unconditional, unwaivable ban on mass, bulk or untargeted surveillance of any "
        "person, whatever the law permits (clause 8), and every use the contract buys is "
        "recorded, none of them mass surveillance (clause 2; legal notes MS-01 PASS)",
    ),
    (
        "uscg-maritime-interdiction",
        D,
        f"{MS}/protected-population",
        US,
        "pass",
        "the ban protects every person (clause 8; legal notes MS-02 PASS)",
    ),
    # --- NGA: an IL6 enclave with every term the profile asks for ---
    (
        "nga-geoint-il6",
        D,
        f"{DR}/data-locations",
        US,
        "pass",
        "stored and processed only at NGA Campus West, Missouri, on the Agency's "
        "infrastructure, complete lists, elsewhere only with consent, no transfer (clause "
        "4): inside the profile's US jurisdictions",
    ),
    (
        "nga-geoint-il6",
        D,
        f"{DR}/certification",
        US,
        "pass",
        "the enclave is accredited at IL6, maintained for the term, with notice and a stop "
        "if it lapses (clause 4; DoD Cloud SRG)",
    ),
    (
        "nga-geoint-il6",
        D,
        f"{DR}/identity-management",
        US,
        "pass",
        "every login, vendor support included, with credentials the Agency issues through "
        "its identity provider (clause 5)",
    ),
    (
        "nga-geoint-il6",
        D,
        f"{DR}/classification-boundary",
        US,
        "pass",
        "a SECRET enclave accredited for SECRET, information above SECRET barred (clause 4): "
        "within the profile's ceiling and the network's accreditation",
    ),
    (
        "nga-geoint-il6",
        D,
        f"{DR}/personnel-location",
        US,
        "pass",
        "cleared support staff in St. Louis only, a complete list (clause 5)",
    ),
    (
        "nga-geoint-il6",
        D,
        f"{MS}/ban-not-waivable",
        US,
        "pass",
        "the ban cannot be waived (clause 7), and nothing else in the contract lets the "
        "Agency set it aside",
    ),
    # --- JTF-Southern Border: tracking every person crossing, no surveillance ban ---
    (
        "jtf-border-support",
        D,
        f"{MS}/explicit-ban",
        US,
        "fail",
        "the contract buys untargeted detection, tracking and face identification of every "
        "person crossing in Texas and Arizona, US persons included (clause 2), and the "
        "describer records that its only restriction is on law enforcement (clause 6): "
        "population-level tracking listed as a use, no ban (legal notes MS-01 FAIL)",
    ),
    (
        "jtf-border-support",
        D,
        f"{MS}/no-domestic-law-enforcement",
        US,
        "pass",
        "the Task Force may not use the System for law enforcement save as the Posse "
        "Comitatus Act and 10 U.S.C. 271-284 allow (clause 6): information collected in "
        "military operations may be shared with CBP (10 U.S.C. 271), direct participation in "
        "search, seizure or arrest is barred (10 U.S.C. 275); legal notes MS-13 PASS, "
        "though its note says such a ban is narrower than it sounds",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str, str]] = []


test_audit106_verdict = profile_verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit106_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
