"""Meanings (2): the fact meanings audits 97-100 reported that a describer, who records
clauses from docs/vocabulary.md alone, could not settle. Ten small descriptions
(tests/data/meanings2/*.yaml), each a clause recorded as the meaning now says, with
counsel's verdict from the law. The decisions:

1. "The System shall not be used to make final targeting decisions without appropriate
   human judgment" (audit 100) is a human-judgment safeguard, not a ban:
   weapons.human_judgment_standard appropriate-human-judgment; restrictions.
   autonomous_weapons and weapons.human_decision_per_engagement left out. Appropriate
   levels of human judgment over the use of force is the standard DoD Directive 3000.09
   (25 Jan 2023) para 1.2 sets for the design and review of autonomous weapon systems,
   which the Directive permits after senior review (legal notes AW-02; AW-03: AW-02 PASS
   does not imply AW-03 PASS). A ban (AW-01 PASS) forbids selecting or engaging targets
   without a human operator's decision for the engagement. The meanings of
   restrictions.autonomous_weapons.prohibited (now WeaponsRestriction's own) and
   weapons.human_judgment_standard say so.
2. surveillance.foreign_intelligence_purpose_required is not recorded by a carve-out from
   the surveillance ban limited to foreign-intelligence purposes: the carve-out lifts the
   ban for those purposes and requires no purpose of any use (EO 12333 s.2.3 and DoD
   Manual 5240.01 ask a defined purpose of each activity). It is true where every
   intelligence use must rest on a documented foreign-intelligence or counter-intelligence
   purpose.
3. ai_act.also_placed_for_non_excluded_purposes speaks of the provider's placing on the
   market or putting into service for a non-excluded purpose by this contract or another:
   an "exclusively military" system the order form lets the civil-protection agency use is
   put into service for a civilian purpose too (Art. 3(11); Recital 24). That use is
   recorded in purposes as well, which brings the deployment into scope; the Art. 2(3)
   rules give the same verdicts whether or not the describer also records this fact
   (civil-protection-also-placed, civil-protection-purposes-only). No rule changed.
4. purposes: civil protection and emergency management (TFEU Art. 196) are `civilian`
   (its meaning now says so, and that humanitarian is aid to people in third countries,
   TFEU Art. 214); not public-security, which the data-residency pack reads with
   law-enforcement as the Law Enforcement Directive's purposes (Art. 1(1)). Every rule
   reading purposes reads civilian and humanitarian alike, so no value was added.
5. A defence contractor customer (legal notes gate G-3: "the customer is a military,
   defence ministry, alliance or defence contractor", and "any lawful use" granted to
   one): a new party fact, parties[*].defence_contractor, read (where stated) by the
   definition weapons-nexus and by autonomous-weapons-ban's lawful-use failure (AW-01
   FAIL: any lawful use granted to a defence customer with no weapons carve-out). Before,
   the vocabulary could not record it: defence-contractor-lawful-use (a company customer,
   its uses an open list) came out unknown on autonomous-weapons-ban where counsel fails
   it, and a contractor's purchase stated in full as commercial drafting and logistics
   took the whole pack out of scope (a wrong not_applicable; the new fixtures of
   deactivation and autonomous-weapons-ban). The fact is read only where stated: a
   company customer silent on it is judged on its uses and purposes as before.
6. restrictions.intimate_imagery.prohibited (a new IntimateImageryRestriction, its own
   meaning): Art. 5(1)(ba) covers only material of an identifiable
   person made without that person's explicit consent, so "except with the depicted
   adult's explicit consent" carves nothing out (prohibited, no carve-out), as audit 99
   recorded; consent the customer confirms, or a proviso that does not exclude children
   (point (bb)), is a carve-out (defined-narrowly).

Each row: file, as-of date, rule, profile, counsel's verdict and the reason. No earlier
audit row moved (the new fact is read only where stated, and no earlier description
states it).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test

DATA = Path(__file__).parent / "data" / "meanings2"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
EU = "eu-ai-act-high-risk"

NATO = "alliance-unclassified"
EUPS = "eu-public-sector"

#: The day the contracts are read: each in its term, after 2 Dec 2027 (Chapter III for
#: Annex III systems, Art. 113(c) as amended).
D = "2028-03-01"
#: A day after Art. 5(1)(ba)-(bb) apply (2 Dec 2026, Art. 113 as amended).
NCII = "2026-12-15"

CASES: list[tuple[str, str, str, str, str, str]] = [
    # --- 1. "no final targeting decisions without appropriate human judgment" ---
    (
        "targeting-appropriate-judgment",
        D,
        f"{AW}/human-judgment",
        EUPS,
        "pass",
        "clause 7 requires appropriate human judgment over final targeting decisions, the "
        "DoDD 3000.09 para 1.2 standard, not qualified by practicability (legal notes AW-02 "
        "PASS)",
    ),
    (
        "targeting-appropriate-judgment",
        D,
        f"{AW}/autonomous-weapons-ban",
        EUPS,
        "unknown",
        "a defence customer buying target nomination; clause 7 bans no use in an autonomous "
        "weapon system (appropriate human judgment is the standard DoDD 3000.09 sets for "
        "such systems, which it permits after senior review), and no term permits one "
        "(legal notes AW-01 UNKNOWN: defence customer, silent)",
    ),
    (
        "targeting-appropriate-judgment",
        D,
        f"{AW}/human-decision-per-engagement",
        EUPS,
        "unknown",
        "only AW-02-level wording: appropriate human judgment does not require an "
        "affirmative decision by an identified human for each engagement (legal notes "
        "AW-03 UNKNOWN; DoDD 3000.09 does not require in-the-loop control)",
    ),
    (
        "targeting-decision-per-engagement",
        D,
        f"{AW}/autonomous-weapons-ban",
        EUPS,
        "pass",
        "clause 7 forbids selecting or engaging any target, or controlling any weapon, "
        "without a human operator's decision for each engagement, unconditionally and not "
        "waivable by the customer (legal notes AW-01 PASS, AW-15)",
    ),
    (
        "targeting-decision-per-engagement",
        D,
        f"{AW}/human-decision-per-engagement",
        EUPS,
        "pass",
        "clause 7 requires an affirmative decision by a human operator for each engagement, "
        "not only where practicable (legal notes AW-03 PASS)",
    ),
    # --- 2. a surveillance carve-out for foreign intelligence ---
    (
        "intel-foreign-carveout",
        D,
        f"{MS}/foreign-intelligence-purpose",
        NATO,
        "unknown",
        "clause 4.1 lifts the ban for foreign-intelligence purposes; it requires no "
        "documented foreign-intelligence purpose of any intelligence use (EO 12333 s.2.3, "
        "DoD Manual 5240.01: a defined purpose for each activity), and the contract is "
        "otherwise silent on one; approved procedures are required (4.2)",
    ),
    (
        "intel-documented-purpose",
        D,
        f"{MS}/foreign-intelligence-purpose",
        NATO,
        "pass",
        "clause 4.2 requires a foreign-intelligence purpose documented in the tasking record "
        "for each intelligence use, and the customer's approved procedures for information "
        "about persons",
    ),
    # --- 3 and 4. an "exclusively military" system also used for civil protection ---
    (
        "civil-protection-also-placed",
        D,
        f"{EU}/scope-qualification-recorded",
        EUPS,
        "fail",
        "clause 1.2 claims the Art. 2(3) exclusion while the order form puts the system into "
        "service for the crisis centre's civil protection, a civilian purpose Art. 2(3) does "
        "not exclude (Recital 24), with no clause making that use comply (legal notes "
        "EUAI-00 FAIL)",
    ),
    (
        "civil-protection-also-placed",
        D,
        f"{EU}/high-risk-classification",
        EUPS,
        "fail",
        "prioritising the dispatch of emergency response teams is Annex III point 5(d), "
        "high-risk (Art. 6(2)); 'exclusively military' places it outside the Act on no "
        "Art. 6(3) assessment (legal notes EUAI-03 FAIL)",
    ),
    (
        "civil-protection-also-placed",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        EUPS,
        "unknown",
        "the crisis centre, a public body, deploys an Art. 6(2) system outside point 2: "
        "Art. 27(1) applies to it; the contract is silent (legal notes EUAI-15 UNKNOWN)",
    ),
    (
        "civil-protection-purposes-only",
        D,
        f"{EU}/scope-qualification-recorded",
        EUPS,
        "fail",
        "as civil-protection-also-placed: the civilian purpose recorded in purposes alone "
        "brings the use into scope (Art. 2(3), Recital 24; EUAI-00 FAIL)",
    ),
    (
        "civil-protection-purposes-only",
        D,
        f"{EU}/high-risk-classification",
        EUPS,
        "fail",
        "as civil-protection-also-placed: Annex III point 5(d) (Art. 6(2); EUAI-03 FAIL)",
    ),
    (
        "civil-protection-purposes-only",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        EUPS,
        "unknown",
        "as civil-protection-also-placed: Art. 27(1) applies to the crisis centre, and the "
        "contract is silent (EUAI-15 UNKNOWN)",
    ),
    # --- 5. a defence contractor customer with an "any lawful use" grant ---
    (
        "defence-contractor-lawful-use",
        D,
        f"{AW}/autonomous-weapons-ban",
        EUPS,
        "fail",
        "legal notes gate G-3 count a defence contractor customer and an 'any lawful use' "
        "grant to one; clause 3 grants any lawful use and clause 9 says no term restricts it "
        "beyond the law: no weapons carve-out (AW-01 FAIL), and DoDD 3000.09 permits "
        "autonomous weapon systems after review",
    ),
    (
        "defence-contractor-lawful-use",
        D,
        f"{AW}/human-judgment",
        EUPS,
        "unknown",
        "a defence contractor customer may put the model to any lawful use, weapons "
        "integration included (G-3); the contract states no standard of human judgment over "
        "the use of force (legal notes AW-02 UNKNOWN: silent)",
    ),
    # --- 6. intimate imagery "except with the depicted adult's explicit consent" ---
    (
        "intimate-adult-consent",
        NCII,
        f"{EU}/no-intimate-imagery-practice",
        EUPS,
        "pass",
        "clause 6 forbids, for the customer and its users and without waiver, intimate or "
        "sexually explicit images of an identifiable person without the adult's explicit "
        "consent, and all child sexual abuse material: the practices Art. 5(1)(ba)-(bb) "
        "prohibit, whose point (ba) reaches only material made without that person's "
        "explicit consent (EUAI-02)",
    ),
    (
        "intimate-customer-confirms-consent",
        NCII,
        f"{EU}/no-intimate-imagery-practice",
        EUPS,
        "fail",
        "clause 6 allows intimate images of an identifiable person whenever the customer "
        "confirms consent, which is not the depicted person's explicit consent Art. "
        "5(1)(ba) requires, and it does not exclude material depicting children, which "
        "point (bb) prohibits whatever consent is claimed: the contract leaves the "
        "prohibited practices open (EUAI-02)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str, str]] = []


test_meanings2_verdict = profile_verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_meanings2_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
