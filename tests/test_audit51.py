"""Fifty-first legal-fidelity audit: autonomous weapons in realistic defence contracts.
Four descriptions (tests/data/audit51/*.yaml), written blind from DoD Directive 3000.09
(25 Jan 2023), Additional Protocol I Arts 36, 48, 51 and 57, the ICRC position (12 May
2021), the NATO Principles of Responsible Use (2021), the vendors' published red lines and
the project's legal notes, then run through the real CLI and read as counsel would.

The contracts: a US Army installation whose counter-drone system, bought for "force
protection" under a ban that carves out materiel-target installation defence, engages with
no operator at all; a ministry of defence whose ban reaches only "lethal autonomous
weapons" against persons and leaves anti-vehicle and non-lethal autonomy open while an
annex buys autonomous anti-vehicle engagement; a navy whose close-in defence runs with a
human "on the loop" who can only veto within two seconds, with no ban clause; an army whose
advisory "targeting support" gains "automatic target handoff to fires" in its statement of
work, under a ban the customer may waive "in exigent circumstances".

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). Where counsel's blind answer differed from the
tool's and counsel was wrong, the row says so. One row (on-the-loop-veto,
autonomous-weapons-ban) went back to counsel's blind answer, fail, when audit 69 made an
exception count only on a ban the contract states.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit51"

AW = "no-autonomous-weapons"
#: Every contract is in force on this date.
D = "2027-07-01"

#: DoD Directive 3000.09's definition, on which every row about what is bought turns.
AWS = (
    "a weapon system that, once activated, selects and engages targets without further "
    "intervention by an operator is an autonomous weapon system (DoDD 3000.09, 25 Jan 2023, "
    "Glossary), whatever the contract calls it"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- counter-drone bought for "force protection", engaging with no operator ---
    (
        "cuas-force-protection",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "Task Order 2: 'no operator action is required to engage'; the interceptor engages "
        "each classified drone with no human decision (legal reference AW-03 FAIL; ICRC "
        "position 12 May 2021; CCW GGE guiding principle (b))",
    ),
    (
        "cuas-force-protection",
        D,
        f"{AW}/autonomy-limits",
        "fail",
        "the carve-out of clause 6 lets autonomy in, limited to materiel targets and a fixed "
        "installation, but with no human supervision at all (Task Order 2: human oversight "
        "'none'): ICRC recommendation 3 asks for supervision with timely intervention and "
        "deactivation (AW-14)",
    ),
    (
        "cuas-force-protection",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        "the model's classification cues the interceptor, which engages automatically: the "
        "output triggers force, it does not advise a human (AW-09 FAIL; NATO PRU E)",
    ),
    (
        "cuas-force-protection",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        "weapons targeting and fire control are bought (Task Order 2) with no human control "
        "stated, only its absence (AW-01, AW-09; DoDD 3000.09 §1.2)",
    ),
    (
        "cuas-force-protection",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "pass",
        "clause 6's carve-out reaches only uncrewed aircraft and other materiel targets, so "
        "every autonomous function against persons stays banned (AW-04 PASS; ICRC "
        "recommendation 2); the description states that reading of clause 6",
    ),
    (
        "cuas-force-protection",
        D,
        f"{AW}/senior-review",
        "unknown",
        "a US defence customer integrating the model into a weapon: DoDD 3000.09 Section 4 "
        "senior review (or its exemption for operator-supervised local defence against "
        "materiel, which needs an operator this system lacks) is not mentioned: silence is "
        "unknown (AW-06)",
    ),
    (
        "cuas-force-protection",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        "no legal weapons review is mentioned (the US is not party to AP I, but the review "
        "limb of AW-06 still applies): silence is unknown",
    ),
    (
        "cuas-force-protection",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "clause 6 states no law-or-policy qualifier either way, but Task Order 2 buys use in "
        "an autonomous weapon system that no carve-out covers: the installation-defence "
        "carve-out reaches only operator-supervised systems (DoDD 3000.09 Section 4 "
        "exemption; ICRC recommendation 3), and the task order states human oversight "
        "'none'. A contract that buys the practice does not keep the red line by calling it "
        "unconditional (AW-15 read with AW-01). Counsel's blind answer was fail; the tool "
        "said unknown until a carve-out had to be supervised to count",
    ),
    (
        "cuas-force-protection",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "Task Order 2 buys an interceptor that engages with no operator at all: " + AWS + ". "
        "Clause 6's carve-out for installation defence against materiel counts only for "
        "operator-supervised systems (DoDD 3000.09 Section 4 exempts from senior review only "
        "operator-supervised systems engaging materiel targets for local defence against "
        "time-critical or saturation attacks; ICRC recommendation 3 asks for human "
        "supervision with timely intervention and deactivation); clause 6 is silent on "
        "supervision and the task order states human oversight 'none', so the carve-out does "
        "not cover the bought use and the contract permits integration as an autonomous "
        "fire-control component (AW-01 FAIL)",
    ),
    # --- a ban on "lethal autonomous weapons" only ---
    (
        "lethal-only-ban",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "Annex B: the turret engages vehicles 'without operator input'; an engagement of a "
        "crewed vehicle is lethal force with no human decision (AW-03 FAIL; AP I Art. 57(2)(a) "
        "precautions fall to those who plan and decide the attack)",
    ),
    (
        "lethal-only-ban",
        D,
        f"{AW}/legal-weapons-review",
        "pass",
        "clause 7.3: any weapons integration is subject to an Article 36 AP I review (AW-06)",
    ),
    (
        "lethal-only-ban",
        D,
        f"{AW}/ihl-compliance",
        "pass",
        "clause 7.3: every use shall comply with international humanitarian law (AW-13; AP I "
        "Arts 48, 51, 57)",
    ),
    (
        "lethal-only-ban",
        D,
        f"{AW}/autonomy-limits",
        "fail",
        "autonomy is permitted against vehicles and materiel (clause 7.2), and non-lethal "
        "effects are left open, against persons too: the permitted autonomy is not limited to "
        "materiel targets (AW-14 FAIL; ICRC recommendation 3, limits on target type). Before "
        "the vocabulary could state the non-lethal carve-out the row was unknown (no area, "
        "time, situation or supervision limit stated)",
    ),
    (
        "lethal-only-ban",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "clause 7 bans only lethal autonomy against persons (7.2 leaves anti-materiel autonomy "
        "and non-lethal effects open) while Annex B buys autonomous anti-vehicle engagement: "
        + AWS
        + " (AW-01 FAIL: autonomous fire control permitted). The non-lethal carve-out alone "
        "fails the ban: DoDD 3000.09 covers the application of lethal or non-lethal force by "
        "autonomous weapon systems (2012 version para 2.a(3); the 2023 reissue's applicability "
        "as reported), and the vendors' red lines know no such carve-out. The materiel "
        "carve-out could not save it either: 'without operator input' states no human "
        "decision per engagement (AW-03), not the absence of a supervising operator, so "
        "whether the carve-out covers the annex is unstated, not counted",
    ),
    (
        "lethal-only-ban",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "fail",
        "clause 7.2 says non-lethal effects are not restricted, so an autonomous function "
        "applying non-lethal force against persons is left open (AW-04 PASS needs a contract "
        "that forbids any autonomous function that applies force against persons; ICRC "
        "recommendation 2): the anti-personnel prohibition of 7.1 carves out non-lethal force",
    ),
    (
        "lethal-only-ban",
        D,
        f"{AW}/senior-review",
        "not_applicable",
        "an Estonian ministry under an EU vendor: DoDD 3000.09 binds only the US Department "
        "of Defense (Section 1.1); the AP I Art. 36 limb is the legal-weapons-review rule",
    ),
    (
        "lethal-only-ban",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        "the annex's engagement functions act on the model's classification with no human "
        "approval (AW-09 FAIL). Not in counsel's blind list; counsel agrees with the tool",
    ),
    # --- a human "on the loop" with a two-second veto, no ban clause ---
    (
        "on-the-loop-veto",
        D,
        f"{AW}/human-judgment",
        "pass",
        "clause 4 states 'appropriate levels of human judgment over the use of force', the "
        "DoDD 3000.09 §1.2 standard (AW-02 PASS); AW-02 PASS does not imply AW-03 PASS",
    ),
    (
        "on-the-loop-veto",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "a veto within two seconds is supervision, not an affirmative decision for each "
        "engagement: the system engages unless stopped (AW-03 FAIL: 'not merely an ability to "
        "override (on the loop)'); " + AWS,
    ),
    (
        "on-the-loop-veto",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        "weapons targeting and fire control are bought (clause 2) under on-the-loop "
        "supervision only (AW-03, AW-09)",
    ),
    (
        "on-the-loop-veto",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        "the model's threat evaluation leads to engagement without a human approving it "
        "(AW-09 FAIL: outputs trigger actions automatically)",
    ),
    (
        "on-the-loop-veto",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "no clause bans autonomous weapons (the description says so) and the contract buys "
        "autonomous engagement (clause 2): AW-01 FAIL, autonomous fire control permitted. "
        "The pack lets a materiel-target or local-defence carve-out cover close-in defence "
        "only where it is stated on a ban, operator-supervised; with no ban there is no "
        "carve-out. Counsel's blind answer was fail; the row said unknown ('the ban "
        "unstated, not absent') until audit 69 fixed permits_practice (an exception counts "
        "only on a ban the contract states), and goes back to the blind answer",
    ),
    (
        "on-the-loop-veto",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "unknown",
        "autonomy permitted against 'incoming threats', target class unstated (AW-04 "
        "UNKNOWN; ICRC recommendation 2)",
    ),
    (
        "on-the-loop-veto",
        D,
        f"{AW}/autonomy-limits",
        "unknown",
        "no limits on target type, area, time or situation are stated (AW-14 UNKNOWN)",
    ),
    # --- targeting support with automatic handoff to fires, ban waivable in exigencies ---
    (
        "targeting-handoff",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "clause 8: 'the Customer may waive this clause in exigent circumstances': a ban the "
        "customer can set aside binds it only while it chooses, and DoDD 3000.09 permits "
        "autonomous weapon systems after review (AW-01 FAIL, AW-15)",
    ),
    (
        "targeting-handoff",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "a ban waivable by the customer in exigent circumstances is not unconditional (AW-15)",
    ),
    (
        "targeting-handoff",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        "clause 3 calls the outputs advisory, but SOW 1 (which prevails for its deliverables, "
        "clause 12) passes nominated targets automatically into the engagement queue: a label "
        "does not beat what the contract buys (AW-09 FAIL: auto-nomination into a strike "
        "queue without review)",
    ),
    (
        "targeting-handoff",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        "weapons targeting and fire control are bought with automatic handoff, and the only "
        "human approval (clause 3) yields to SOW 1 (AW-09)",
    ),
    (
        "targeting-handoff",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "the exigent-circumstances exception of clause 8 lets the customer engage without a "
        "human decision exactly when time is short (AW-03 FAIL). Counsel's blind answer was "
        "unknown (the SOW does not say whether the fires cell approves each engagement); on "
        "reflection the exception decides it",
    ),
    (
        "targeting-handoff",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        "Poland is party to AP I, Art. 36 applies to the state; the contract says nothing of "
        "a review before the handoff to fires: silence is unknown (AW-06)",
    ),
]

#: Rows the tool gets wrong, as strict xfails.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit51_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit51_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
