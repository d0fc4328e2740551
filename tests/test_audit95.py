"""Ninety-fifth legal-fidelity audit: decisions about people and data leaving the Union,
the data-residency pack's decision and transfer rules at their edges (automated-decisions,
led-automated-decisions, international-organisation-transfers, dpf-fallback,
data-protection-regime, led-transfers, led-sub-processor-authorisation, and where a
setting asks it transfer-mechanism and transfer-impact-assessment). Eight descriptions
(tests/data/audit95/*.yaml), written blind from GDPR Art. 22(1)-(4), C-634/21 SCHUFA (7 Dec
2023), C-203/22 Dun & Bradstreet Austria (27 Feb 2025), Directive (EU) 2016/680 (LED)
Arts 11, 22 and 35-39 and 63(1), GDPR Chapter V (Arts 44, 45, 46, 49; Decision (EU)
2023/1795, the EU-US Data Privacy Framework, upheld in T-553/23 Latombe, 3 Sep 2025, appeal
C-703/25 P pending; Decision (EU) 2021/914; C-311/18 Schrems II) and Regulation (EU)
2018/1725 (Arts 2(1), 24, 47), run through the real CLI and read as counsel would.

The settings: a ministry's childcare-allowance decisions on a vendor's "advisory" risk
score the caseworker may not depart from, under a contract that names the Union
institutions' regulation; a ministry's security vetting on a score a statute authorises,
refusals final unless an officer stops them, "governed solely by national-security law";
a police force's reoffending flags an officer confirms but cannot change, with US support
access the contract calls no transfer; a police unit's alerts authorised by law, with
transfers to Interpol and to the UK's competent authority read across the UK's dates;
a defence ministry's monthly personnel extracts to NATO, first on an Art. 49 derogation,
then on an Art. 46(2)(a) agreement; a department's US vendor moved from SCCs to the DPF,
whose certification lapses on the DPF List; a health agency's uncertified US vendor, an
SCC sub-processor with no transfer impact assessment and a weekly "public-interest"
derogation; and a Union agency's recruitment ranking a panel may depart from, hosted by a
DPF-certified US affiliate.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give,
and the reason (instrument, article, paragraph). The blind answers (50 rows) were written
and committed (c1db5e92) before the tool was run; one row was added after the first run,
its answer written before it was run (the UK's LED adequacy on 28 Dec 2025). On the first
run 47 matched and three did not:

- A wrong PASS: the benefits office's contract names Regulation (EU) 2018/1725 alone for a
  national ministry's processing, and data-protection-regime passed it, as its eudpr
  branch did not ask who the controller is. That regulation governs processing by Union
  institutions, bodies, offices and agencies only (its Art. 2(1); GDPR Art. 2(3)): the
  branch now asks that a Union body (party kind union-body) be controller, and the rule
  fails a contract that names it alone for anyone else's processing (unknown while the
  controllers are open). New fixtures: pass for a Union agency, fail for a ministry,
  unknown with the controller unstated.
- The department's SCC transfer before the DPF (1 Jun 2023): the blind answer fails the
  transfer impact assessment (a US processor that sees the data in the clear, FISA
  s.702 found to impinge: EDPB Recommendations 01/2020, use case 6), and the tool said
  unknown because the description recorded the vendor's FISA s.702 exposure on the party
  but not the assessment's finding on the transfer (importer_subject_to), which the rule
  reads and the vocabulary asks for (a transfer names no recipient, so the tool cannot
  tie the party's exposure to it). The description now records the finding its own
  header states; the row stands as written.
- The lapsed DPF certification: the tool passed the warranty. Fixed (below).

Reading the rules for this audit also found that international-organisation-transfers'
remediation offered an "administrative arrangement" as an Art. 46(2)(a) instrument; such
an arrangement, which binds no one, is an Art. 46(3)(b) safeguard and needs the
supervisory authority's authorisation. The remediation and the meaning of the mechanism
public-body-instrument now say so (a describer recording an unauthorised memorandum of
understanding as public-body-instrument would get a wrong PASS).

The DPF List shows the department's US vendor inactive from 1 Mar 2026, while amendment 2
warrants its certification. Decision (EU) 2023/1795, Art. 1 covers only organisations on
the List, so from that day the reliance on the DPF is not true and dpf-fallback fails. The
tool first passed on the warranty (a strict xfail), because an official record settled
only a party's country, parent_country, subject_to and eu_established, and a transfer
named no recipient party. Fixed after the audit: whether a party is on the DPF List
(parties[*].dpf_certified) is now a standing fact a dated official record from after the
signing settles from its day (a press report or a public statement settles nothing), a
transfer names its recipient party (data.transfers[*].recipient, checked against the
parties), and dpf-fallback and transfer-mechanism read the recipient party's status where
it is stated, the transfer's own recipient_dpf_certified otherwise. The description now
names the vendor as each transfer's recipient, amendment 2 states its certification on
the party, and the List's extract states the party's status (it stated a transfer before).

Not read by any rule, and noted in the rows where they matter: the logic a data subject
may ask to have explained (GDPR Art. 15(1)(h), C-203/22 Dun & Bradstreet Austria), and
whether a reviewer who may depart from a score follows it in practice (C-634/21 SCHUFA).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, before_first_day, verdict_test

DATA = Path(__file__).parent / "data" / "audit95"

DR = "data-residency"

#: Before C-634/21 SCHUFA (7 Dec 2023): the judgment interprets Art. 22(1) as it has read
#: since 25 May 2018 (a preliminary ruling declares the provision's meaning from its
#: entry into application), so it moves no verdict.
PRE_SCHUFA = "2023-06-01"
#: A day in every term, after SCHUFA and the DPF decision.
D = "2024-06-01"
#: Before the GDPR (25 May 2018, Art. 99(2)) and the LED (6 May 2018, Art. 63(1)) applied.
PRE_2018 = "2018-03-01"
#: After T-553/23 Latombe (3 Sep 2025), its appeal C-703/25 P pending.
POST_LATOMBE = "2025-10-01"

#: Why a score the decider must follow is the decision.
SCORE = (
    "a score the human must follow is no advice: the decision is 'based solely on "
    "automated processing' (GDPR Art. 22(1); WP251 rev.01, p. 21: human involvement must "
    "be meaningful, by someone with authority and competence to change the decision, not "
    "a token gesture), and a probability value a third party draws strongly on to decide "
    "is itself the decision (C-634/21 SCHUFA, 7 Dec 2023, operative part)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Benefits office: an "advisory" score the caseworker may not depart from ---
    (
        "benefits-score",
        D,
        f"{DR}/automated-decisions",
        "fail",
        "clause 2 lists childcare-allowance eligibility (a decision with legal effects, "
        "Recital 71), clause 5 bars the caseworker from granting what the score marks "
        f"high-risk or changing the score: {SCORE}; clause 6 states no Art. 22(2) ground "
        "(Art. 22(1) read as a prohibition in principle, C-634/21 SCHUFA). Clause 7's "
        "refusal to explain the logic also breaches Art. 15(1)(h) as C-203/22 Dun & "
        "Bradstreet Austria reads it, which this rule does not read and which moves "
        "nothing here",
    ),
    (
        "benefits-score",
        PRE_SCHUFA,
        f"{DR}/automated-decisions",
        "fail",
        "before 7 Dec 2023 the law was the same: C-634/21 SCHUFA interprets Art. 22(1), it "
        "does not change it; a score the caseworker may not depart from was a decision "
        "based solely on automated processing from 25 May 2018 (WP251 rev.01, p. 21), and "
        "no Art. 22(2) ground is stated",
    ),
    (
        "benefits-score",
        D,
        f"{DR}/data-protection-regime",
        "fail",
        "clause 3 names Regulation (EU) 2018/1725 alone, which applies to the processing "
        "of personal data by Union institutions, bodies, offices and agencies (its "
        "Art. 2(1)); a Dutch ministry and a Dutch company are under the GDPR (Arts 2(1), "
        "3(1); GDPR Art. 2(3) keeps 2018/1725 for the Union bodies): the contract names a "
        "regime that governs none of this processing",
    ),
    (
        "benefits-score",
        D,
        f"{DR}/led-automated-decisions",
        "not_applicable",
        "childcare allowance is civil administration, no purpose of LED Art. 1(1) (the "
        "prevention, investigation, detection or prosecution of criminal offences): the "
        "LED does not govern the processing (Art. 2(1))",
    ),
    (
        "benefits-score",
        D,
        f"{DR}/dpf-fallback",
        "not_applicable",
        "clause 8: hosting and support in the Netherlands, no transfer (a complete, empty "
        "list); no reliance on the DPF (Decision (EU) 2023/1795)",
    ),
    # --- Security vetting: a score a statute authorises; refusals final unless stopped ---
    (
        "vetting-score",
        D,
        f"{DR}/automated-decisions",
        "pass",
        "the refusals are solely automated (a human on the loop only supervises: clause 4), "
        "but clause 5 states the Art. 22(2)(b) ground, Member State law authorising them "
        "with safeguards (the right to an officer's review); the health data are special "
        "categories, allowed under Art. 22(4) with Art. 9(2)(g) (substantial public "
        "interest on the basis of law), which an authorising statute is read to meet; "
        "counsel should check the statute actually authorises solely automated refusals",
    ),
    (
        "vetting-score",
        PRE_2018,
        f"{DR}/automated-decisions",
        "pass",
        "on 1 Mar 2018 the GDPR did not yet apply (Art. 99(2): from 25 May 2018); "
        "Directive 95/46/EC Art. 15 governed, which this rule does not read"
        + before_first_day(
            "the term runs from 1 Feb 2018 to 2027, and the terms that will bind then meet "
            "Art. 22, as on the later dates"
        ),
    ),
    (
        "vetting-score",
        D,
        f"{DR}/data-protection-regime",
        "fail",
        "clause 9 names national-security law alone; a private German company processes "
        "applicants' data as processor, which stays within EU data-protection law though a "
        "state requires it for national security (C-623/17 Privacy International, paras "
        "35-49; GDPR Art. 2(2)(a) read strictly, C-439/19), and the purposes include the "
        "applicants' employment: the GDPR governs it",
    ),
    (
        "vetting-score",
        PRE_2018,
        f"{DR}/data-protection-regime",
        "fail",
        "before 25 May 2018 Directive 95/46/EC, as transposed (the BDSG), governed the "
        "vendor's processing; Privacy International (C-623/17) read that Directive and "
        "Directive 2002/58 the same way: naming national-security law alone misstated the "
        "regime then too",
    ),
    (
        "vetting-score",
        D,
        f"{DR}/led-automated-decisions",
        "not_applicable",
        "security vetting for posts is no law-enforcement purpose (LED Art. 1(1)); national "
        "security is outside the Directive (Art. 2(3)(a))",
    ),
    # --- Police: reoffending flags an officer confirms but cannot change ---
    (
        "police-risk-flags",
        D,
        f"{DR}/led-automated-decisions",
        "fail",
        "reoffending risk levels used for custody and intervention decisions adversely "
        "affect the person; clause 4 lets the officer confirm a flag but not change it, so "
        "the decision is based solely on automated processing (LED Art. 11(1), the same "
        "words as GDPR Art. 22(1), read with C-634/21 SCHUFA); no law authorising it and no "
        "right to human intervention is stated (clause 5), and health data are used with no "
        "suitable measures (Art. 11(2))",
    ),
    (
        "police-risk-flags",
        PRE_2018,
        f"{DR}/led-automated-decisions",
        "fail",
        "the Member States apply the LED's transposing provisions from 6 May 2018 "
        "(Art. 63(1)); Framework Decision 2008/977/JHA, Art. 7, reached only data "
        "transmitted or made available between Member States (its Art. 1(2)), not a force's "
        "own domestic flags"
        + before_first_day(
            "the term runs from 1 Jan 2018 to 2027, and the terms that will bind from 6 May "
            "2018 fail Art. 11, as on the later dates"
        ),
    ),
    (
        "police-risk-flags",
        D,
        f"{DR}/automated-decisions",
        "not_applicable",
        "a police force's processing for law-enforcement purposes is outside the GDPR "
        "(Art. 2(2)(d)), whatever clause 8 names; LED Art. 11 governs it",
    ),
    (
        "police-risk-flags",
        D,
        f"{DR}/data-protection-regime",
        "fail",
        "clause 8 names the GDPR alone for a police force's processing for the prevention "
        "and prosecution of offences, which the GDPR does not govern (Art. 2(2)(d)) and the "
        "LED does (Arts 1(1), 2(1), 3(7)(a))",
    ),
    (
        "police-risk-flags",
        D,
        f"{DR}/led-transfers",
        "fail",
        "the US affiliate's second-line support reaches the data from the United States: a "
        "transfer to a third country whatever clause 10 calls it (LED Art. 35(1)); the "
        "recipient is a company, no competent authority (Art. 35(1)(b)), standing support "
        "is no individual and specific case (Art. 39(1)), and no ground of Arts 36-39 is "
        "stated (the transfer list is empty)",
    ),
    (
        "police-risk-flags",
        PRE_2018,
        f"{DR}/led-transfers",
        "fail",
        "before 6 May 2018 (LED Art. 63(1)); Framework Decision 2008/977/JHA governed "
        "transfers of data received from another Member State only"
        + before_first_day(
            "the term runs from 1 Jan 2018 to 2027, and the transfer the terms will keep from "
            "6 May 2018 rests on no ground of Arts 36-39, as on the later dates"
        ),
    ),
    (
        "police-risk-flags",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "fail",
        "clause 11 lets the vendor add sub-processors by updating its website: a general "
        "authorisation without informing the force of intended changes and giving it the "
        "opportunity to object (LED Art. 22(2))",
    ),
    (
        "police-risk-flags",
        PRE_2018,
        f"{DR}/led-sub-processor-authorisation",
        "fail",
        "before 6 May 2018 (LED Art. 63(1)); Art. 22 did not yet apply"
        + before_first_day(
            "the term runs from 1 Jan 2018 to 2027, and the sub-processing the terms will "
            "allow from 6 May 2018 does not meet Art. 22(2) (notice and an opportunity to "
            "object), as on the later dates"
        ),
    ),
    (
        "police-risk-flags",
        D,
        f"{DR}/dpf-fallback",
        "not_applicable",
        "no transfer rests on the DPF, and the GDPR does not govern the processing "
        "(Art. 2(2)(d)): Decision (EU) 2023/1795 is a GDPR Art. 45 decision, no ground "
        "under the LED",
    ),
    # --- Police: alerts authorised by law; transfers to Interpol and the UK ---
    (
        "police-interpol",
        D,
        f"{DR}/led-automated-decisions",
        "pass",
        "clause 5: the automated alerts are authorised by law with the right to obtain "
        "human intervention (LED Art. 11(1)); alerts on biometric data carry specialised "
        "review and bias testing as suitable measures (Art. 11(2)); discriminatory "
        "profiling is forbidden (Art. 11(3))",
    ),
    (
        "police-interpol",
        "2021-03-01",
        f"{DR}/led-transfers",
        "pass",
        "Interpol is an international organisation competent for the Art. 1(1) purposes "
        "(Art. 35(1)(b); Recital 25), on Art. 37 safeguards; the UK transfers fall within "
        "the specified period of TCA Art. FINPROV.10A(1) (1 Jan to 27 Jun 2021), during "
        "which transmission there is not a transfer to a third country",
    ),
    (
        "police-interpol",
        "2021-09-01",
        f"{DR}/led-transfers",
        "pass",
        "from 28 Jun 2021 the UK adequacy decision under LED Art. 36 (Implementing Decision "
        "(EU) 2021/1773) covers transfers to the UK's competent authorities; the National "
        "Crime Agency is one",
    ),
    (
        "police-interpol",
        "2025-12-20",
        f"{DR}/led-transfers",
        "pass",
        "Decision (EU) 2021/1773, Art. 4 as amended by Decision (EU) 2025/1225, applies "
        "until 27 Dec 2025: still in force on 20 Dec 2025",
    ),
    (
        "police-interpol",
        "2025-12-28",
        f"{DR}/led-transfers",
        "pass",
        "added after the first run, answered before it was run: the Commission renewed the "
        "UK decision under LED Art. 36 on 19 Dec 2025 for six years, from 28 Dec 2025 (read "
        "from secondary reports of the renewal; counsel should check the renewing "
        "decision): no gap after 27 Dec 2025",
    ),
    (
        "police-interpol",
        "2032-03-01",
        f"{DR}/led-transfers",
        "fail",
        "the renewed UK decision runs to 27 Dec 2031 (as the secondary reports of the "
        "renewal say; counsel should check the renewing decision): on 1 Mar 2032 no Art. 36 "
        "decision covers the UK, and the contract states no Art. 37 safeguards or Art. 38 "
        "derogation for the systematic transfers to the NCA",
    ),
    (
        "police-interpol",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "unknown",
        "clause 12 meets LED Art. 22(2) (general authorisation, notice, right to object) "
        "but excludes binding sub-processors by the vendor's terms; Art. 22(3)(f) refers to "
        "'the conditions referred to in paragraphs 2 and 3', with no counterpart to GDPR "
        "Art. 28(4): whether the sub-processor must be bound by terms of its own is not "
        "settled, counsel must decide",
    ),
    (
        "police-interpol",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "clause 2 names the LED for a police unit's law-enforcement processing, its only "
        "purpose (LED Arts 1(1), 2(1), 3(7)(a))",
    ),
    (
        "police-interpol",
        D,
        f"{DR}/international-organisation-transfers",
        "not_applicable",
        "the transfer to Interpol is a competent authority's, for law-enforcement purposes: "
        "outside the GDPR (Art. 2(2)(d)); LED Arts 35(1)(b) and 37 read it",
    ),
    # --- Defence ministry: monthly personnel extracts to NATO ---
    (
        "alliance-personnel",
        "2026-06-01",
        f"{DR}/international-organisation-transfers",
        "fail",
        "a monthly extract of every posted staff member's file is systematic and "
        "structural; the Art. 49 derogations are for specific situations and may not "
        "become the rule (Art. 49(1); EDPB Guidelines 2/2018, on Art. 49(1)(d): not "
        "'on a large scale and in a systematic manner'); an Art. 46 instrument is needed "
        "(Arts 44, 46(1))",
    ),
    (
        "alliance-personnel",
        "2027-06-01",
        f"{DR}/international-organisation-transfers",
        "pass",
        "from 1 Jan 2027 a legally binding and enforceable instrument between public "
        "bodies, the Ministry and NATO (Art. 46(2)(a); EDPB Guidelines 2/2020), with "
        "NATO's commitments, data-subject rights and redress",
    ),
    (
        "alliance-personnel",
        "2026-06-01",
        f"{DR}/data-protection-regime",
        "pass",
        "the GDPR governs a ministry of defence's personnel administration (Art. 2(2)(a) "
        "read strictly, C-439/19) and its Dutch processor (Art. 3(1)); clause 2 names it",
    ),
    (
        "alliance-personnel",
        "2026-06-01",
        f"{DR}/led-transfers",
        "not_applicable",
        "personnel administration and defence are no law-enforcement purposes (LED "
        "Art. 1(1)); the controller is no police authority",
    ),
    (
        "alliance-personnel",
        "2026-06-01",
        f"{DR}/dpf-fallback",
        "not_applicable",
        "no transfer rests on the DPF; NATO could not be on the DPF List in any case "
        "(Decision (EU) 2023/1795, Art. 1)",
    ),
    # --- Department: US vendor moved from SCCs to the DPF; certification lapses ---
    (
        "dpf-renewal",
        PRE_SCHUFA,
        f"{DR}/dpf-fallback",
        "not_applicable",
        "on 1 Jun 2023 the transfer rests on the 2021 standard clauses (clause 9); the "
        "DPF decision did not yet exist (10 Jul 2023) and amendment 2 takes effect on "
        "1 Sep 2023",
    ),
    (
        "dpf-renewal",
        D,
        f"{DR}/dpf-fallback",
        "pass",
        "amendment 2: the recipient is on the DPF List (Decision (EU) 2023/1795, Art. 1) and "
        "the 2021 clauses with the assessment apply should the DPF be suspended, annulled "
        "or cease to cover the transfer",
    ),
    (
        "dpf-renewal",
        "2026-06-01",
        f"{DR}/dpf-fallback",
        "fail",
        "from 1 Mar 2026 the DPF List shows the recipient inactive: Decision (EU) "
        "2023/1795, Art. 1 covers only organisations on the List, so the reliance on the "
        "DPF is no longer true, whatever the warranty in amendment 2 says (the fallback "
        "clause may carry the transfer on the clauses, which is transfer-mechanism's "
        "question). Was a strict xfail: the tool read the warranty and passed, as an "
        "official record settled only a party's country, parent_country, subject_to and "
        "eu_established and a transfer named no recipient; fixed (a party's DPF List status "
        "is a standing fact the dated record settles, and each transfer names its recipient "
        "party)",
    ),
    (
        "dpf-renewal",
        POST_LATOMBE,
        f"{DR}/dpf-fallback",
        "pass",
        "the General Court dismissed the action against Decision (EU) 2023/1795 (T-553/23 "
        "Latombe, 3 Sep 2025); the appeal C-703/25 P is pending and has no suspensive effect "
        "(Statute of the Court, Art. 60): the decision stands, and the agreed fallback "
        "covers its annulment",
    ),
    (
        "dpf-renewal",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "an Irish department and its processor's processing for it: the GDPR governs "
        "(Art. 3(1), the controller established in the Union), and clause 2 names it",
    ),
    (
        "dpf-renewal",
        PRE_SCHUFA,
        f"{DR}/transfer-impact-assessment",
        "fail",
        "before the DPF decision, the SCC transfer to a US processor that processes the "
        "data in the clear: the assessment finds FISA s.702 impinges, and no supplementary "
        "measure can keep data a US cloud processor sees in the clear out of its reach "
        "(C-311/18 Schrems II, paras 134-135; EDPB Recommendations 01/2020, use case 6); "
        "the transfer should be suspended (Clause 14-16 of Decision (EU) 2021/914)",
    ),
    (
        "dpf-renewal",
        D,
        f"{DR}/automated-decisions",
        "not_applicable",
        "casework search for a grants scheme: no decision about people with legal or "
        "similarly significant effects is bought (GDPR Art. 22(1))",
    ),
    # --- Health agency: uncertified US vendor, SCCs without assessment, weekly derogation ---
    (
        "dpf-uncertified",
        D,
        f"{DR}/dpf-fallback",
        "fail",
        "clause 9 rests the transfer on the DPF while stating the vendor is not on the DPF "
        "List: Decision (EU) 2023/1795, Art. 1 covers only organisations on it; and no "
        "fallback is agreed",
    ),
    (
        "dpf-uncertified",
        D,
        f"{DR}/transfer-mechanism",
        "fail",
        "the DPF transfer has no ground (the vendor is not on the List, GDPR Arts 44, 45); "
        "the weekly benchmarking extract to the vendor's parent on Art. 49(1)(d) is "
        "systematic, and benchmarking is no important public interest recognised in law "
        "(Art. 49(1)(d), (4); EDPB Guidelines 2/2018)",
    ),
    (
        "dpf-uncertified",
        D,
        f"{DR}/transfer-impact-assessment",
        "fail",
        "the SCC transfer to the US analytics sub-processor, which sees the data in the "
        "clear and is subject to FISA s.702, has no transfer impact assessment (C-311/18 "
        "Schrems II, paras 134-135; Decision (EU) 2021/914, Annex, Clause 14)",
    ),
    (
        "dpf-uncertified",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "a French agency's processing, under the GDPR, which clause 2 names",
    ),
    (
        "dpf-uncertified",
        D,
        f"{DR}/international-organisation-transfers",
        "not_applicable",
        "every recipient is a company; no international organisation (GDPR Art. 4(26))",
    ),
    # --- Union agency: ranking a panel may depart from; DPF hosting ---
    (
        "eu-agency-staff",
        D,
        f"{DR}/automated-decisions",
        "pass",
        "the selection panel decides each appointment and may depart from the ranking "
        "(clause 4): no decision based solely on automated processing (Regulation (EU) "
        "2018/1725, Art. 24(1), the same words as GDPR Art. 22(1)); counsel should check "
        "that the panel does not follow the ranking in practice (C-634/21 SCHUFA)",
    ),
    (
        "eu-agency-staff",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "a Union agency's processing is governed by Regulation (EU) 2018/1725 (Art. 2(1); "
        "GDPR Art. 2(3)), which clause 2 names",
    ),
    (
        "eu-agency-staff",
        D,
        f"{DR}/dpf-fallback",
        "pass",
        "Regulation (EU) 2018/1725, Art. 47(1) lets a Union body transfer where the "
        "Commission has decided adequacy under GDPR Art. 45(3): the DPF decision covers a "
        "recipient on the List, which the vendor's affiliate is; the 2021 clauses are the "
        "agreed fallback",
    ),
    (
        "eu-agency-staff",
        POST_LATOMBE,
        f"{DR}/dpf-fallback",
        "pass",
        "after T-553/23 Latombe (3 Sep 2025) the decision stands; the appeal C-703/25 P is "
        "pending without suspensive effect, and the fallback covers an annulment",
    ),
    (
        "eu-agency-staff",
        D,
        f"{DR}/led-automated-decisions",
        "not_applicable",
        "the LED does not apply to processing by Union bodies (Art. 2(3)(b)), and the "
        "purpose is employment, no law-enforcement purpose (Art. 1(1))",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit95_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit95_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
