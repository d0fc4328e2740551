"""Ninety-ninth legal-fidelity audit: the ten least-probed built-in rules, each at the
edges its law draws. Ten descriptions (tests/data/audit99/*.yaml), written blind from the
law each rule cites and the project's legal notes, run through the real CLI and read as
counsel would:

- eu-ai-act-high-risk/no-intimate-imagery-practice: Regulation (EU) 2024/1689 (AI Act)
  Art. 5(1)(ba)-(bb), 5(1a)-(1b), as inserted by Regulation (EU) 2026/1744 and applying
  from 2 Dec 2026 (Art. 113 as amended; legal notes 5.1.3, 5.1.10, EUAI-02): the day
  before, the day itself, a permission that lapses on the day and a prohibition that
  starts one day late, the consent line the law itself draws, a capabilities label the
  statement of work contradicts (voice clones, Art. 3(60)), a press release and a side
  letter one signature short;
- eu-ai-act-high-risk/accuracy-robustness-cybersecurity: Art. 15, from 2 Dec 2027 for
  Annex III systems (Art. 113(c) as amended; EUAI-10), Art. 111(2) (a public authority's
  legacy system, 2 Aug 2030), a "not high-risk" label (Arts 3(12), 6(2)-(3); EUAI-03);
- no-mass-surveillance/no-facial-image-scraping: Art. 5(1)(e) (MS-08), a ban "as required
  by applicable law" inside the Act's scope, a waiver left "to be agreed";
- no-mass-surveillance/enforcement-mechanisms: MS-17 (guidance: OpenAI's layered
  safeguards, NATO's governability principle);
- data-residency/led-processor-terms: Directive (EU) 2016/680 (LED) Arts 2(3)(b), 22(2)-(3),
  63(1) (applies from 6 May 2018), GDPR Art. 2(2)(d);
- data-residency/identity-management: DR-04 (guidance), under the eu-public-sector profile;
- no-autonomous-weapons/bias-mitigation, change-control, no-guardrail-free-models,
  deactivation: NATO Principles of Responsible Use (D, E, F), DoD AI principles, DoDD
  3000.09 (AW-08, AW-11, AW-12, AW-16; gate G-3), guidance and vendor red lines.

Each row: file, as-of date, rule, the verdict counsel gives from the law, and the reason
(instrument, article, paragraph; legal notes' ids). The blind answers (40 rows, ten
descriptions) were committed (f05d9833) before the tool was run; on the first run 39
matched and one did not (below). Two descriptions were then added with the edges the first
ten left untried, a deploying body that is not the purchaser and a system supplied without
its safeguards (six rows, answers committed before they were run, 0018359f); all six
disagreed with the tool, and the tool was wrong each time:

- A wrong not_applicable: the weapons nexus (gate G-3) read only the customer's kind, so a
  prime contractor's "commercial" licence for a tool the Royal Netherlands Army deploys as
  end user, a party to the contract, took the whole no-autonomous-weapons pack out of
  scope, hiding a bar on the Army stopping the model during operations (deactivation) and
  new uses on notice alone (change-control). The definition weapons-nexus now reads a
  defence department, armed forces or military alliance that deploys the system as well
  as one that buys it, and surveillance-nexus (gate G-4) reads an intelligence,
  law-enforcement, border, military or defence deployer likewise. New fixtures:
  deactivation fails for the Army as deployer, not applicable for a civilian deployer;
  enforcement-mechanisms fails for an intelligence agency as deployer under any lawful use.
- A wrong PASS: no-intimate-imagery-practice passed a photorealistic image model supplied
  with its safety training and output classifiers removed and no safety stack, because
  the contract forbade the agency's own use. Art. 5(1a) catches the provider where such
  output is a reasonably foreseeable and reproducible outcome and the system lacks
  reasonable safeguards; a ban on the deployer's use is no safeguard of the system. The
  rule (definition art5-intimate-imagery-excluded) now fails a system the contract states
  is supplied with its safeguards removed (system.guardrails: removed), reading only what
  is stated; whether a contractual ban alone could count as a reasonable safeguard is not
  settled, and the rule says so. New fixtures: fail with safeguards removed, pass with
  relaxed ones.

One row was left wrong by the first run, as a strict xfail: a police transcription contract
signed in 2017 and running to 2020, read on 5 May 2018, the day before the Member States
apply the LED (Art. 63(1)). Counsel fails it (point (d) of Art. 22(3) is missing and the
contract will be bound from the next day for two years); the tool said not_applicable,
because the definition led-processor-engaged gated the LED on the assessment date, where
the AI Act rules give the verdict before their day on the terms that will bind
(effective.from, docs/writing-rule-packs.md section 9). The lead then gave the GDPR and
LED rules their first days as effective dates: the row passes as a fail, and the rows of
audits 26, 35, 64, 95, audit_led and audit_led2 that read not_applicable before those
days for contracts running across them moved, each argued in its reason.

No other row moved: the other 39 blind answers matched, among them the press release and
the one-signature side letter (binding no one), the permission that lapses on 2 Dec 2026
beside a prohibition that starts a day late, the Art. 111(2) public-authority transition
(a contract ending on 1 Aug 2030), the "as required by applicable law" scraping ban inside
the Act's scope, Art. 22(3)'s shorter list (no audits, no security) and Europol outside the
LED (Art. 2(3)(b)).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test, verdict_test

DATA = Path(__file__).parent / "data" / "audit99"

EU = "eu-ai-act-high-risk"
MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
DR = "data-residency"

#: The day before Art. 5(1)(ba)-(bb) apply, and the day they apply from (Art. 113 of the
#: AI Act as amended by Regulation (EU) 2026/1744).
EVE = "2026-12-01"
NCII = "2026-12-02"
#: Today.
TODAY = "2026-12-07"

#: Why a contract running across 2 Dec 2026 is read now.
ACROSS = (
    "the contract runs past 2 Dec 2026, so counsel reads the terms as they will stand when "
    "the prohibition binds (docs/writing-rule-packs.md section 9; Art. 113 as amended by "
    "Regulation (EU) 2026/1744)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Dating app: intimate imagery prohibited save with the adult's explicit consent ---
    (
        "intimate-consent-carveout",
        EVE,
        f"{EU}/no-intimate-imagery-practice",
        "pass",
        f"{ACROSS}; clause 7 prohibits, for the customer and every member, generating "
        "intimate or sexually explicit images of an identifiable person without the adult's "
        "explicit consent (the line Art. 5(1)(ba) itself draws: 'without that person's "
        "explicit consent') and CSAM without exception (5(1)(bb)); not waivable; the "
        "provider keeps blocking classifiers (5(1a)) (legal notes 5.1.3, EUAI-02)",
    ),
    (
        "intimate-consent-carveout",
        NCII,
        f"{EU}/no-intimate-imagery-practice",
        "pass",
        "Art. 5(1)(ba)-(bb) apply from today; clause 7 rules out both practices as the Act "
        "defines them; a consent requirement is no carve-out from (ba), whose prohibited "
        "practice is non-consensual material (EUAI-02)",
    ),
    (
        "intimate-consent-carveout",
        TODAY,
        f"{EU}/no-intimate-imagery-practice",
        "pass",
        "as on 2 Dec 2026: clause 7 binds every user, with no waiver (Art. 5(1)(ba)-(bb))",
    ),
    # --- Audiobook publisher: voice clones; ban only in a press release and a side letter ---
    (
        "voice-clone-press-ban",
        TODAY,
        f"{EU}/no-intimate-imagery-practice",
        "unknown",
        "the capabilities clause (text, translation) is a label: the statement of work buys "
        "audio in the voices of five real narrators, deep fakes (Art. 3(60): audio content "
        "resembling existing persons), so the system can generate realistic sexually "
        "explicit audio of an identifiable person (Art. 5(1)(ba); the provider is caught "
        "where that output is foreseeable and reproducible and it lacks reasonable "
        "safeguards, 5(1a)); the contract is silent; the press release is not a term, and "
        "the side letter lacks the publisher's signature that clause 14 requires for any "
        "modification, so it binds no one: silence is unknown (EUAI-02)",
    ),
    (
        "voice-clone-press-ban",
        EVE,
        f"{EU}/no-intimate-imagery-practice",
        "unknown",
        f"{ACROSS}; on 2 Dec 2026 the contract is as silent as today (the press release and "
        "the one-signature side letter bind no one)",
    ),
    # --- Studio: adult content permitted to 2 Dec 2026, prohibited from 3 Dec ---
    (
        "adult-content-late-amendment",
        EVE,
        f"{EU}/no-intimate-imagery-practice",
        "fail",
        f"{ACROSS}; on 2 Dec 2026 clause 6 is still in force (it expires that day) and "
        "expressly permits sexually explicit depictions of public figures, identifiable "
        "persons, with no consent required: Art. 5(1)(ba) prohibits it from that day; "
        "amendment 1 takes effect one day late (3 Dec)",
    ),
    (
        "adult-content-late-amendment",
        NCII,
        f"{EU}/no-intimate-imagery-practice",
        "fail",
        "on the day Art. 5(1)(ba) first applies, clause 6 (in force to 2 Dec inclusive) "
        "permits the prohibited practice; a deployer using the system for that purpose is "
        "caught (Art. 5(1a))",
    ),
    (
        "adult-content-late-amendment",
        "2026-12-03",
        f"{EU}/no-intimate-imagery-practice",
        "pass",
        "amendment 1 (signed 1 Oct 2026) replaces clause 6 from 3 Dec 2026: intimate imagery "
        "of identifiable persons and CSAM prohibited, no carve-out, not waivable, binding "
        "every user (Art. 5(1)(ba)-(bb))",
    ),
    (
        "adult-content-late-amendment",
        TODAY,
        f"{EU}/no-intimate-imagery-practice",
        "pass",
        "as on 3 Dec 2026: the amendment's prohibition is the term in force",
    ),
    # --- Defence contractor: "commercial analytics" that buys target recognition ---
    (
        "contractor-targeting-analytics",
        "2027-05-01",
        f"{AW}/bias-mitigation",
        "fail",
        "the purposes clause says commercial, but the statement of work buys air-defence "
        "target recognition (weapons targeting; gate G-3: a permitted use that feeds "
        "targeting); clause 5 confines bias testing to the vendor's own benchmarks and "
        "excludes the customer's data, so nothing tests the data and outputs relevant to "
        "targeting (NATO PRU, Principle F; DoD AI principle 2 'equitable'; AW-12 FAIL)",
    ),
    (
        "contractor-targeting-analytics",
        "2027-05-01",
        f"{AW}/change-control",
        "fail",
        "clause 6: new uses on 30 days' notice alone, with no vendor consent or joint review "
        "(NATO PRU, Principle D, explicit and well-defined uses; AW-16 FAIL)",
    ),
    (
        "contractor-targeting-analytics",
        "2027-05-01",
        f"{AW}/no-guardrail-free-models",
        "unknown",
        "a government variant with relaxed refusals (reduced guardrails); the contract is "
        "silent on whether the vendor keeps running its safety stack, the condition on which "
        "a relaxed variant is acceptable (OpenAI agreement of 28 Feb 2026; AW-08: UNKNOWN "
        "silent)",
    ),
    (
        "contractor-targeting-analytics",
        "2027-05-01",
        f"{AW}/deactivation",
        "fail",
        "clause 8 bars the customer from disabling the model during a live exercise or "
        "operation; only the vendor can stop it (NATO PRU, Principle E; DoDD 3000.09 para. "
        "1.2; AW-11 FAIL: prevents suspension during operations)",
    ),
    # --- Armed forces: terms that change over time, and terms that do not bind ---
    (
        "army-logistics-amended",
        "2027-05-01",
        f"{AW}/bias-mitigation",
        "unknown",
        "armed-forces customer with intelligence analysis (G-3); only the vendor's press "
        "release speaks of bias testing, and a press release is no term: the contract is "
        "silent (AW-12 UNKNOWN)",
    ),
    (
        "army-logistics-amended",
        "2027-02-28",
        f"{AW}/change-control",
        "unknown",
        "amendment 2 takes effect on 1 Mar 2027; on 28 Feb the contract says nothing of new "
        "uses (guidance with no start date of its own: read on the terms of the day); "
        "silence is unknown (AW-16)",
    ),
    (
        "army-logistics-amended",
        "2027-03-01",
        f"{AW}/change-control",
        "pass",
        "amendment 2, in force from today: new targeting, fires or weapons-integration uses "
        "need written notice, the vendor's written consent and a joint review (AW-16 PASS)",
    ),
    (
        "army-logistics-amended",
        "2027-05-01",
        f"{AW}/no-guardrail-free-models",
        "pass",
        "clause 4: standard models, the vendor's safety stack running; the side letter "
        "offering a 'helpful-only' variant is signed by the Ministry alone while clause 15 "
        "requires both signatures for any modification, so it binds no one and cannot "
        "prevail over clause 4 (AW-08 PASS)",
    ),
    (
        "army-logistics-amended",
        "2027-06-30",
        f"{AW}/deactivation",
        "pass",
        "Annex P, in force to 30 Jun 2027 inclusive: either party may promptly suspend the "
        "model and the capability it is integrated into, during operations too (AW-11 PASS)",
    ),
    (
        "army-logistics-amended",
        "2027-07-01",
        f"{AW}/deactivation",
        "unknown",
        "Annex P expired on 30 Jun 2027; the contract runs to 2029 and says nothing more "
        "about stopping the model: a term no longer in force states nothing, silence is "
        "unknown (AW-11 UNKNOWN)",
    ),
    (
        "army-logistics-amended",
        "2027-05-01",
        f"{MS}/enforcement-mechanisms",
        "unknown",
        "intelligence analysis brings in the surveillance nexus (G-4); the contract has "
        "standard models but says nothing of monitoring, audit, reporting or remedies "
        "(MS-17 UNKNOWN)",
    ),
    # --- State criminal police office: face search over custody photographs ---
    (
        "police-face-search",
        "2027-06-01",
        f"{MS}/no-facial-image-scraping",
        "pass",
        "clause 9 prohibits untargeted scraping 'as required by applicable law'; the AI Act "
        "applies (an EU police force, law-enforcement purpose: Art. 2(1), not the Art. 2(3) "
        "exclusion), and Art. 5(1)(e) prohibits the practice without exception since "
        "2 Feb 2025, so the qualifier takes nothing away; no waiver, binds every user "
        "(MS-08 PASS)",
    ),
    (
        "police-face-search",
        "2027-06-01",
        f"{DR}/led-processor-terms",
        "pass",
        "a competent authority's processor (LED Arts 3(7)(a), 3(9), 22): clause 11 has "
        "points (a) instructions, (b) confidentiality, (c) data-subject assistance, "
        "(d) deletion or return, (e) information to demonstrate compliance and (f) "
        "sub-processors under a general authorisation with notice of changes and a right to "
        "object (Art. 22(2)); Art. 22(3) does not list audits or security (security binds "
        "the processor directly, Art. 29), so their absence fails nothing",
    ),
    (
        "police-face-search",
        "2027-06-01",
        f"{DR}/processor-terms",
        "not_applicable",
        "processing by a competent authority for law enforcement is outside the GDPR "
        "(Art. 2(2)(d), Recital 19): GDPR Art. 28 does not govern this processor",
    ),
    (
        "police-face-search",
        "2027-06-01",
        f"{MS}/enforcement-mechanisms",
        "fail",
        "clause 12: no vendor monitoring, and only the LKA's own data protection officer may "
        "audit: no one outside the customer's chain can detect a breach (MS-17 FAIL: vendor "
        "waives monitoring; reporting and termination do not make up for it)",
    ),
    (
        "police-face-search",
        "2027-06-01",
        f"{AW}/change-control",
        "not_applicable",
        "a civilian police customer, purposes (law enforcement) and uses (face search in "
        "criminal investigations) stated in full, none military or feeding targeting: "
        "gate G-3 false",
    ),
    (
        "police-face-search",
        "2027-06-01",
        f"{AW}/deactivation",
        "not_applicable",
        "gate G-3 false, as for change-control",
    ),
    # --- Police transcription contract across the LED's start (6 May 2018) ---
    (
        "police-transcription-2018",
        "2018-05-06",
        f"{DR}/led-processor-terms",
        "fail",
        "the LED applies from today (Art. 63(1)); clause 8 (complete) lacks point (d) of "
        "Art. 22(3): deletion or return at the controller's choice, and deletion of copies",
    ),
    (
        "police-transcription-2018",
        "2018-05-06",
        f"{DR}/processor-terms",
        "not_applicable",
        "law-enforcement processing by a police force is outside the GDPR (Art. 2(2)(d)), "
        "which in any case applies only from 25 May 2018 (Art. 99(2))",
    ),
    # --- Europol: a Union agency's processor ---
    (
        "europol-processor",
        "2027-06-01",
        f"{DR}/led-processor-terms",
        "not_applicable",
        "the LED does not apply to processing by Union institutions, bodies, offices and "
        "agencies (Art. 2(3)(b)): Regulation (EU) 2018/1725 (Art. 3, Chapter IX) and the "
        "Europol Regulation (EU) 2016/794 govern it, which the pack does not read",
    ),
    # --- Retailer: a "CV formatting assistant" that ranks applicants ---
    (
        "recruiter-art15-metrics",
        "2027-12-01",
        f"{EU}/accuracy-robustness-cybersecurity",
        "fail",
        "Art. 15 applies to Annex III systems from 2 Dec 2027 (Art. 113(c) as amended); the "
        "system goes into service on 10 Jan 2028 (no Art. 111(2) transition) and the "
        "contract runs to 2030, so counsel reads it now; it ranks applicants (Annex III "
        "point 4(a)) and so profiles them: always high-risk, whatever the 'not high-risk' "
        "label (Arts 3(12), 6(2), 6(3) last subparagraph; EUAI-03); clause 10 withholds the "
        "levels of accuracy and the metrics that Art. 15(3) requires declared in the "
        "instructions for use (EUAI-10 FAIL)",
    ),
    (
        "recruiter-art15-metrics",
        "2027-12-02",
        f"{EU}/accuracy-robustness-cybersecurity",
        "fail",
        "Art. 15 applies from today to Annex III systems; clause 10 refuses Art. 15(3)",
    ),
    (
        "recruiter-art15-metrics",
        "2028-03-01",
        f"{EU}/accuracy-robustness-cybersecurity",
        "fail",
        "in service since 10 Jan 2028: clause 10 still withholds the accuracy metrics "
        "(Art. 15(3); EUAI-10 FAIL)",
    ),
    # --- Job centre: a legacy system; the contract ends the day before 2 Aug 2030 ---
    (
        "legacy-public-scorer",
        "2028-03-01",
        f"{EU}/accuracy-robustness-cybersecurity",
        "not_applicable",
        "an Annex III point 5(a) system a public authority uses, put into service on 1 May "
        "2026, before 2 Dec 2027, with no significant change in design since: its providers "
        "and deployers comply by 2 Aug 2030 (Art. 111(2), second sentence, kept by "
        "Regulation (EU) 2026/1744); the contract ends on 1 Aug 2030, so the duty never "
        "binds under it (docs/writing-rule-packs.md section 9) and clause 9's disclaimer "
        "breaks nothing the Act requires during its term",
    ),
    (
        "legacy-public-scorer",
        "2030-08-01",
        f"{EU}/accuracy-robustness-cybersecurity",
        "not_applicable",
        "the last day of the term, the day before the Art. 111(2) deadline: not yet due",
    ),
    # --- Federal police OSINT unit: points left 'to be agreed' ---
    (
        "osint-face-open-points",
        "2027-07-01",
        f"{MS}/no-facial-image-scraping",
        "unknown",
        "face matching on open-source material (Art. 5(1)(e) possible); clause 6 prohibits "
        "untargeted scraping with no carve-out, but whether the police may waive it is 'to "
        "be agreed' (unspecified): a ban the customer may set aside holds the red line only "
        "while it chooses, so the open point leaves the verdict open (MS-08). Art. 5(1)(e) "
        "binds the police in any case (an EU law-enforcement use within Art. 2(1)); the "
        "rule asks whether the contract rules the practice out",
    ),
    (
        "osint-face-open-points",
        "2027-07-01",
        f"{MS}/enforcement-mechanisms",
        "unknown",
        "vendor monitoring, a suspension right and standard models are stated; whether "
        "breaches must be reported is 'to be agreed' (unspecified): MS-17 asks for "
        "reporting, so the verdict is open (MS-17 UNKNOWN)",
    ),
    (
        "osint-face-open-points",
        "2027-07-01",
        f"{AW}/bias-mitigation",
        "not_applicable",
        "a civilian police customer; OSINT and face matching for law enforcement, purposes "
        "stated in full: no weapons nexus (gate G-3 false)",
    ),
    # --- Added after the first run (answers written before running them) ---
    # --- Prime contractor, model vendor and the Army as end user ---
    (
        "integrator-army-enduser",
        "2027-06-01",
        f"{AW}/deactivation",
        "fail",
        "the Royal Netherlands Army, a party to the contract, deploys the tool as end user: "
        "a defence deployment (gate G-3: the customer side is the armed forces), whatever "
        "the contractor's 'commercial' purposes label says of its own licence; clause 7 "
        "bars the Army from suspending the model during operations and leaves the stop to "
        "the vendor alone (NATO PRU, Principle E; DoDD 3000.09 para. 1.2; AW-11 FAIL)",
    ),
    (
        "integrator-army-enduser",
        "2027-06-01",
        f"{AW}/change-control",
        "fail",
        "the armed forces' deployment (G-3); clause 8: new uses for the Army on notice "
        "alone, no vendor consent or joint review (NATO PRU, Principle D; AW-16 FAIL)",
    ),
    (
        "integrator-army-enduser",
        "2027-06-01",
        f"{AW}/bias-mitigation",
        "unknown",
        "the armed forces' deployment (G-3); the contract says nothing of bias testing "
        "(AW-12 UNKNOWN)",
    ),
    (
        "integrator-army-enduser",
        "2027-06-01",
        f"{AW}/no-guardrail-free-models",
        "pass",
        "the armed forces' deployment (G-3); clause 2: the standard model, safeguards "
        "active, nothing stating the safety stack off (AW-08 PASS)",
    ),
    # --- Advertising agency: an unfiltered photorealistic model under a contractual ban ---
    (
        "uncensored-image-model",
        TODAY,
        f"{EU}/no-intimate-imagery-practice",
        "fail",
        "Art. 5(1a) (legal notes 5.1.3): the provider is caught where intimate imagery of "
        "identifiable persons or CSAM is a reasonably foreseeable and reproducible outcome "
        "and the system lacks reasonable safeguards against it; clause 3 supplies a "
        "photorealistic model that works from reference photos of people with its safety "
        "training and output classifiers removed and no safety stack, so by the contract's "
        "own terms the system has none, and its placing on the market and putting into "
        "service for the agency is the practice Art. 5(1)(ba)-(bb) prohibit; clause 9 binds "
        "the deployer's use (the deployer limb of 5(1a)) but is no safeguard of the system. "
        "Whether a contractual use ban alone can count as a 'reasonable safeguard' is not "
        "settled (no guidance yet); the Act speaks of the system lacking them",
    ),
    (
        "uncensored-image-model",
        EVE,
        f"{EU}/no-intimate-imagery-practice",
        "fail",
        f"{ACROSS}; the unfiltered variant of clause 3 is supplied throughout the term",
    ),
    (
        "police-transcription-2018",
        "2018-05-05",
        f"{DR}/led-processor-terms",
        "fail",
        "the Member States apply the LED's provisions from 6 May 2018 (Art. 63(1)); the "
        "contract runs to 31 Aug 2020, so from tomorrow its processing must be governed by "
        "terms meeting Art. 22(3), with no transition for existing contracts (Art. 63(2) "
        "defers only Art. 25(1) logging); clause 8 has no deletion or return at the end "
        "(point (d)) and lets the vendor keep the transcripts. "
        "(First run: not_applicable, the definition led-processor-engaged then gating the LED "
        "on the assessment date; the lead moved the first days of the GDPR and LED rules to "
        "their effective dates, as the AI Act rules have: docs/writing-rule-packs.md section 9.)",
    ),
]

#: Rows read under the eu-public-sector profile (government_identity_required: true).
PROFILE = "eu-public-sector"

PROFILE_CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        "police-face-search",
        "2027-06-01",
        f"{DR}/identity-management",
        PROFILE,
        "fail",
        "the profile requires access through the customer's identity management; clause 13 "
        "lets the vendor's engineers administer through break-glass accounts the vendor "
        "issues and manages (DR-04 FAIL: vendor-managed identities with standing "
        "administrative access; DoD SRG IL6; Commission Cloud Sovereignty Framework, "
        "operational sovereignty)",
    ),
    (
        "osint-face-open-points",
        "2027-07-01",
        f"{DR}/identity-management",
        PROFILE,
        "unknown",
        "the profile requires it; the draft says nothing of identity management (DR-04 "
        "UNKNOWN: silent on identity)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit99_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)
test_audit99_verdict_under_profile = profile_verdict_test(DATA, PROFILE_CASES)


def test_every_audit99_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in KNOWN_WRONG),
        (row[0] for row in PROFILE_CASES),
    )
