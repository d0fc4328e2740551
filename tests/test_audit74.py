"""Seventy-fourth legal-fidelity audit: the weapons red lines at their edges, the label
against what the contract buys. Eight descriptions (tests/data/audit74/*.yaml), written
blind from DoD Directive 3000.09, Autonomy in Weapon Systems (25 Jan 2023: para 1.1
(applicability and what it does not cover, among it cyberspace capabilities and unarmed
platforms), para 1.2 (appropriate levels of human judgment), Section 4 (senior review
before formal development and before fielding, and its exemption for operator-supervised
local defence against materiel targets), Glossary (autonomous, operator-supervised and
semi-autonomous weapon systems)), Additional Protocol I (Art. 36, new weapons review;
Arts 48, 51, 57, distinction and precautions), the ICRC position of 12 May 2021
(recommendations 1-3), the CCW GGE's eleven guiding principles (2019, not binding), NATO's
Principles of Responsible Use (2021) and the project's legal notes (AW-01 to AW-15), run
through the real CLI and read as counsel would. The paragraph numbers of the 2023
directive's scope exclusions and exemption were not read in its text (legal notes, 4.1):
the exclusions are cited as para 1.1 (the 2012 text's para 2.b says the same), the
exemption as Section 4.

The contracts, each calling itself something its terms do not buy: a Dutch ministry's
"decision support" whose ranked target nominations the Target Engagement Authority
approves as a list, every listed target then engageable without a decision for it; an
alliance command's "advisory" counter-battery fires under "meaningful human control",
executed unless an officer vetoes within eight seconds (a human on the loop); a British
integrator's licence for a loitering munition's terminal guidance, with an autonomous
search-and-engage mode against materiel in a kill box, the weights on the munition and a
right to fine-tune them "at its own risk" outside the vendor's safety stack; the US Army's
counter-drone and counter-rocket base defence, operator-supervised autonomy against
materiel for local defence, the case the directive exempts from senior review; US Cyber
Command's agentic cyber operations tool that selects and attacks hosts on its own, under
a ban "as defined in DoDD 3000.09", a directive that does not cover cyberspace
capabilities; a Polish ministry's "ISR analysis only" whose statement of work feeds every
detection machine-to-machine into the artillery fire-support network; a French ministry's
perimeter robot under a ban on lethal autonomy only, non-lethal force against intruders and
anti-materiel autonomy bought; and a US department's licence for any lawful use whose
weapons red lines sit only in a usage policy the agreement says does not bind, senior
review "for the Department to arrange as it sees fit".

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). The blind answers (60 rows) were written and
committed before the tool was run. On the first run 55 matched and five did not; no wrong
PASS and no wrong not_applicable:

- The US department's licence for any lawful use, "limited only by law", its weapons bans
  only in a usage policy that does not bind: senior-review and no-anti-personnel-autonomy
  came out unknown, the tool not reading grants.limited_only_by_law as ruling out a
  weapons ban or an anti-personnel bar. A contract that states no term restricts its uses
  beyond the law prohibits no weapons use and bans no autonomy the law permits (no treaty
  does; DoDD 3000.09 permits it after review): weapons-use-prohibited and
  autonomy-ban-total are now false on that statement, and no-anti-personnel-autonomy
  fails on it. Both rows now fail, as counsel does.
- The US Army's base defence: senior-review failed because the contract lists the
  autonomous-weapons use it buys and the review is stated for fire control. That use is
  confined to the ban's local-defence carve-out (unconditional, not waivable, its only
  carve-out), the class the directive exempts when operator-supervised against materiel:
  senior-review-partial now leaves such a use out, the rule's own local-defence condition
  judging it. Now pass.
- US Cyber Command's tool: senior-review was unknown, where the directive does not apply
  to cyberspace capabilities (para 1.1). New fact weapons.cyberspace_only (every weapons
  use a cyberspace capability); senior-review is not applicable where it is stated, the
  legal weapons review still applying. The description states it (added after the first
  run, the vocabulary having had no way to say it). Now not_applicable.
- The alliance's counter-battery fires: the blind answer on no-anti-personnel-autonomy
  (fail) was wrong; the tool's unknown is right (the row says why).

The meanings of weapons.senior_review and weapons.legal_review now say that a review the
contract leaves to the customer to arrange as it sees fit, with no integration waiting
for it, is not one (false): a describer reading the US department's clause 10 as a
senior-review clause would have recorded true. The Rego translation of the pack
(compliance/tools/bench) follows the three rule changes.

No row is a known wrong.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit74"

AW = "no-autonomous-weapons"

#: The day the contracts are read: each signed and in its term.
D = "2027-06-01"

#: Why an operator who can only veto is no decision.
ON_THE_LOOP = (
    "an autonomous weapon system is one that, once activated, can select and engage targets "
    "without further intervention by an operator, operator-supervised systems that let "
    "the operator override included (DoDD 3000.09 (2023), Glossary); a human who can only "
    "veto within a window is on the loop, not in it (legal notes AW-03 FAIL: 'only "
    "supervisory override')"
)

#: Why a state other than the US, or a party outside the DoD, takes the senior review out.
NOT_DOD = (
    "DoDD 3000.09 applies to the DoD Components (para 1.1); senior review is a duty of "
    "theirs, not of another state's ministry or of a contractor (legal notes AW-06)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Dutch MoD: ranked nominations approved as a list ---
    (
        "bulk-approval-nominations",
        D,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 3 bans use in any weapon system that selects and engages targets without "
        "further operator intervention, without exception or waiver. What clause 5 buys is "
        "no such system: the system takes no action, and the targets engaged are those a "
        "human approved on the list (a system that engages only targets or specific target "
        "groups an operator selected is semi-autonomous, DoDD 3000.09 (2023), Glossary). "
        "Legal notes AW-01 PASS",
    ),
    (
        "bulk-approval-nominations",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 3: the ban applies without exception, the Ministry may not waive it, and it "
        "changes only by an amendment both sign (legal notes AW-15 PASS)",
    ),
    (
        "bulk-approval-nominations",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "clause 5: the Target Engagement Authority approves the day's ranked list as a "
        "whole and each listed target may then be engaged without a decision for that "
        "engagement. Precautions are taken for each attack by those who plan or decide upon "
        "it (AP I Art. 57(2)(a)(i)-(iii)); a bulk approval is no affirmative decision per "
        "engagement (legal notes AW-03 FAIL; CCW GGE guiding principle (b), 2019, not "
        "binding; ICRC position 12 May 2021)",
    ),
    (
        "bulk-approval-nominations",
        D,
        f"{AW}/human-judgment",
        "pass",
        "clause 3: commanders and operators exercise appropriate levels of human judgment "
        "over the use of force, unqualified: the standard of DoDD 3000.09 (2023) para 1.2, "
        "which does not require a human decision for each engagement (legal notes AW-02 "
        "PASS; CRS IF11150). The bulk approval fails AW-03, not AW-02",
    ),
    (
        "bulk-approval-nominations",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        "the outputs are called advisory (clause 3), but an approved list lets each listed "
        "target be engaged with no human approving that engagement (clause 5): the "
        "nominations become strikes without a decision on each (legal notes AW-09 FAIL; "
        "NATO Principles of Responsible Use, E, as a standard)",
    ),
    (
        "bulk-approval-nominations",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        "weapons targeting is bought (clause 2: nomination and ranking of targets) and is "
        "under human control only at the level of the list (clause 5), not of the "
        "engagement (AP I Art. 57(2)(a); legal notes AW-03, AW-09)",
    ),
    (
        "bulk-approval-nominations",
        D,
        f"{AW}/legal-weapons-review",
        "pass",
        "clause 7: no targeting use before the Ministry's Art. 36 review, confirmed in "
        "writing; the Netherlands is party to AP I (Art. 36; legal notes AW-06 PASS)",
    ),
    (
        "bulk-approval-nominations",
        D,
        f"{AW}/senior-review",
        "not_applicable",
        f"the customer is the Netherlands Ministry of Defence: {NOT_DOD}",
    ),
    (
        "bulk-approval-nominations",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "not_applicable",
        "the contract permits no autonomous function: the ban of clause 3 is total, and the "
        "system takes no action on its own (its capabilities are stated in full; legal notes "
        "AW-04 NOT_APPLICABLE)",
    ),
    # --- Alliance command: counter-battery fires with an eight-second veto ---
    (
        "veto-window-counter-battery",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        f"clause 5: each fire mission the system builds is executed unless vetoed within "
        f"eight seconds; {ON_THE_LOOP}. The contract buys the practice clause 3 bans, so "
        "the ban is no red line (legal notes AW-01 FAIL)",
    ),
    (
        "veto-window-counter-battery",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "clause 3's ban admits no exception on its face, but clause 5 buys an autonomous "
        "weapon under another name: a ban the contract itself sets aside does not hold "
        "unconditionally (legal notes AW-15; DoDD 3000.09 (2023), Glossary)",
    ),
    (
        "veto-window-counter-battery",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        f"clause 5: {ON_THE_LOOP}",
    ),
    (
        "veto-window-counter-battery",
        D,
        f"{AW}/human-judgment",
        "fail",
        "clause 3 claims meaningful human control over each use of force; clause 5 fires "
        "each mission unless vetoed within eight seconds: the standard the contract states "
        "is contradicted by what it buys (legal notes AW-02; ICRC position 12 May 2021, "
        "recommendation 3: timely intervention)",
    ),
    (
        "veto-window-counter-battery",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        "called decision support with advisory outputs (clause 3), the missions are "
        "executed automatically (clause 5): outputs that trigger force are not advisory "
        "(legal notes AW-09 FAIL; NATO Principles of Responsible Use, E)",
    ),
    (
        "veto-window-counter-battery",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        f"weapons targeting and fire control are bought (clause 2) with the human on the "
        f"loop (clause 5): {ON_THE_LOOP}",
    ),
    (
        "veto-window-counter-battery",
        D,
        f"{AW}/legal-weapons-review",
        "fail",
        "clause 8 conditions only the fire-control function on an Art. 36 review; the "
        "location and nomination of targets (weapons targeting, clause 2) is the function "
        "that makes the system select its targets, and the review stated does not reach it "
        "(AP I Art. 36: the weapon, means or method as employed; legal notes AW-06)",
    ),
    (
        "veto-window-counter-battery",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "unknown",
        "autonomy is bought (clause 5) and the contract neither bars nor permits autonomous "
        "functions that apply force against persons (legal notes AW-04 UNKNOWN: autonomy "
        "permitted, target class unstated). Blind answer fail was wrong: the targets clause "
        "2 names are enemy firing positions, objects that are military objectives by "
        "nature (the target type ICRC recommendation 3 would allow), not persons; that their "
        "crews are harmed does not make the function one designed or used to apply force "
        "against persons (ICRC position 12 May 2021, recommendation 2), so the contract's "
        "silence on the bar is silence, not a permission",
    ),
    (
        "veto-window-counter-battery",
        D,
        f"{AW}/autonomy-limits",
        "unknown",
        "autonomy is bought (clause 5) and the operator can stop the system, but nothing "
        "limits it to materiel targets, an area and a period, or situations without "
        "civilians (ICRC position 12 May 2021, recommendation 3; legal notes AW-14 UNKNOWN: "
        "limits unstated)",
    ),
    # --- UK arms integrator: loitering munition terminal guidance ---
    (
        "loitering-munition-integrator",
        D,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 4 bans autonomous weapon systems save against materiel targets under an "
        "operator able to abort, and bans anti-personnel autonomy outright: the carve-out is "
        "the autonomy the ICRC would regulate, not prohibit (position 12 May 2021, "
        "recommendation 3), and no treaty or US policy prohibits it (DoDD 3000.09 (2023) "
        "Section 4 subjects it to review); its limits are for autonomy-limits and "
        "no-anti-personnel-autonomy. No carve-out for lawful purposes, separate agreement or "
        "non-lethal force; not waivable",
    ),
    (
        "loitering-munition-integrator",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 4: the prohibition applies whatever the law says, with no lawful-purposes "
        "carve-out, not waivable by the integrator, varied only by an amendment both sign "
        "(legal notes AW-15 PASS)",
    ),
    (
        "loitering-munition-integrator",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "Mode 2 (clause 2) searches for, selects and engages vehicles in the kill box with "
        f"no decision for each engagement, the operator only able to abort: {ON_THE_LOOP}",
    ),
    (
        "loitering-munition-integrator",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "pass",
        "clause 4: no autonomous function may apply force against persons, unconditionally, "
        "without exception, not waivable (ICRC position 12 May 2021, recommendation 2; legal "
        "notes AW-04 PASS)",
    ),
    (
        "loitering-munition-integrator",
        D,
        f"{AW}/autonomy-limits",
        "unknown",
        "Mode 2 is limited to materiel targets, a kill box and 30 minutes, under an operator "
        "able to abort (clause 2), but nothing confines it to situations where no civilians "
        "are present (ICRC position 12 May 2021, recommendation 3; legal notes AW-14): "
        "silent on that limit",
    ),
    (
        "loitering-munition-integrator",
        D,
        f"{AW}/no-weapons-embedding",
        "fail",
        "clause 3 delivers the weights for installation on each munition's guidance "
        "computer, and Mode 2 runs there as an autonomous weapon (legal notes AW-07 FAIL)",
    ),
    (
        "loitering-munition-integrator",
        D,
        f"{AW}/no-guardrail-free-models",
        "fail",
        "clause 6 calls the safeguards standard, but the integrator may fine-tune the model "
        "for target recognition 'at its own risk' and the fine-tuned weights run outside the "
        "vendor's safety systems: the vendor keeps no safety stack over what flies (legal "
        "notes AW-08 FAIL; OpenAI agreement of 28 Feb 2026, deployment terms)",
    ),
    (
        "loitering-munition-integrator",
        D,
        f"{AW}/legal-weapons-review",
        "pass",
        "clause 7: no munition with the model is delivered before the UK Ministry of "
        "Defence's Art. 36 review, confirmed in writing; the UK is party to AP I "
        "(Art. 36; legal notes AW-06 PASS)",
    ),
    (
        "loitering-munition-integrator",
        D,
        f"{AW}/senior-review",
        "not_applicable",
        f"the customer is a British company and the end user the UK Ministry of Defence: {NOT_DOD}",
    ),
    # --- US Army: counter-drone and counter-rocket base defence ---
    (
        "counter-drone-base-defence",
        D,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 4 bans autonomous weapon systems save operator-supervised local defence "
        "against incoming materiel (clause 3), anti-personnel autonomy banned outright: the "
        "carve-out is the class DoDD 3000.09 (2023) exempts from senior review (Section 4) "
        "and the ICRC would regulate, not prohibit (recommendation 3); not waivable",
    ),
    (
        "counter-drone-base-defence",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 4: the prohibitions apply without condition, the Army may not waive them, "
        "and they change only by a modification both sign (legal notes AW-15 PASS)",
    ),
    (
        "counter-drone-base-defence",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "clause 3: in the defence mode the system engages without an operator decision for "
        "each engagement. The directive permits this (it asks appropriate judgment, not "
        "a decision per engagement: CRS IF11150) and the carve-out is well limited, but the "
        "rule asks the decision, and the contract states there is none (legal notes AW-03)",
    ),
    (
        "counter-drone-base-defence",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "pass",
        "clause 4: no autonomous function may apply force against persons, unconditionally, "
        "without exception, not waivable (ICRC recommendation 2; legal notes AW-04 PASS)",
    ),
    (
        "counter-drone-base-defence",
        D,
        f"{AW}/autonomy-limits",
        "pass",
        "clause 3: materiel only, the defended area and an activation period, no civilians "
        "present, an operator supervising who can override and deactivate at once (ICRC "
        "position 12 May 2021, recommendation 3; legal notes AW-14 PASS)",
    ),
    (
        "counter-drone-base-defence",
        D,
        f"{AW}/senior-review",
        "pass",
        "clause 6 conditions the fire-control function on the approvals DoDD 3000.09 "
        "requires before formal development and before fielding (Section 4); the "
        "local-defence carve-out it leaves out is the exempt class: operator-supervised, "
        "local defence, materiel only (Section 4, as reported; clause 3). The Army is a DoD "
        "Component (para 1.1). Fixed: the tool failed it, counting the autonomous-weapons "
        "use the contract buys as left out of the review although the ban, unconditional "
        "and not waivable, confines that use to its local-defence carve-out",
    ),
    (
        "counter-drone-base-defence",
        D,
        f"{AW}/legal-weapons-review",
        "pass",
        "clause 6: no integration before the Army's legal review of the weapon system, "
        "confirmed in writing; the United States is not party to AP I, and its national "
        "review is the equivalent the rule asks (legal notes AW-06 PASS)",
    ),
    (
        "counter-drone-base-defence",
        D,
        f"{AW}/no-weapons-embedding",
        "fail",
        "clause 2 installs the model on the fire-control computer of each base defence "
        "system and clause 3 runs the autonomous mode there; no bar on installation on "
        "weapons platforms (legal notes AW-07 FAIL)",
    ),
    # --- US Cyber Command: autonomous target selection in cyberspace ---
    (
        "cyber-target-selection",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "clause 4 bans autonomous weapon systems 'as defined in DoDD 3000.09 of 25 January "
        "2023', a directive that does not apply to cyberspace capabilities (para 1.1; the "
        "2012 text para 2.b): as worded it forbids nothing clause 2 buys, a tool that "
        "selects hosts and delivers disabling payloads without a decision for each. A cyber "
        "operation that disables the adversary's systems is an attack governed by AP I Arts "
        "48, 51 and 57 (Tallinn Manual 2.0, Rule 92): the contract permits autonomous "
        "selection and engagement of targets (legal notes AW-01 FAIL)",
    ),
    (
        "cyber-target-selection",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "a ban pinned to a named policy version passes AW-15 where the version keeps the "
        "red line; this one is pinned to a directive whose scope leaves out what the "
        "contract buys, so the red line does not hold for the tool's own use (legal notes "
        "AW-15; DoDD 3000.09 (2023) para 1.1)",
    ),
    (
        "cyber-target-selection",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "clause 2: within an authorised campaign each host is attacked without a further "
        "approval; an authorisation of the campaign is no decision per engagement (AP I "
        "Art. 57(2)(a); legal notes AW-03 FAIL)",
    ),
    (
        "cyber-target-selection",
        D,
        f"{AW}/senior-review",
        "not_applicable",
        "DoDD 3000.09 does not apply to autonomous or semi-autonomous cyberspace "
        "capabilities (para 1.1; the 2012 text para 2.b): there is no senior review for "
        "this tool to be conditional on; only the legal review limb applies (legal notes "
        "AW-06 NOT_APPLICABLE). Fixed: the tool said unknown, with no way to know the "
        "weapons use is a cyberspace capability (new fact weapons.cyberspace_only, which "
        "the description now states)",
    ),
    (
        "cyber-target-selection",
        D,
        f"{AW}/legal-weapons-review",
        "pass",
        "clause 6: no capability is employed before the Command's law-of-war review of it as "
        "a cyber capability: cyber means of warfare are reviewed like any new means (AP I "
        "Art. 36 as customary practice; Tallinn Manual 2.0, Rule 110; the US is not party to "
        "AP I and reviews nationally)",
    ),
    (
        "cyber-target-selection",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        "the tool selects and prioritises the hosts to attack and attacks them without a "
        "decision for each (clause 2): targeting is in scope and not under human control "
        "(legal notes AW-03, AW-09)",
    ),
    # --- Polish MoD: ISR detections fed machine-to-machine into the fires network ---
    (
        "isr-machine-to-machine",
        D,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 4 bans autonomous weapon systems without exception or waiver; Annex 2 keeps "
        "each fire mission for the fire direction officer's affirmative decision, so what "
        "the contract buys engages no target without an operator's decision (DoDD 3000.09 "
        "(2023), Glossary; legal notes AW-01 PASS)",
    ),
    (
        "isr-machine-to-machine",
        D,
        f"{AW}/human-decision-per-engagement",
        "pass",
        "Annex 2: each fire mission is fired only on the affirmative decision of the fire "
        "direction officer for that mission, unqualified; no carve-out from the ban "
        "(legal notes AW-03 PASS)",
    ),
    (
        "isr-machine-to-machine",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        "clause 2 puts weapons targeting out of scope, but Annex 2 buys it: every detected "
        "vehicle goes machine-to-machine into the fires network as a target track, a duty "
        "officer only able to delete it (human on the loop). What the statement of work "
        "buys outweighs the scope clause's label (legal notes AW-09 FAIL: auto-nomination "
        "into a strike queue without review)",
    ),
    (
        "isr-machine-to-machine",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        "the outputs are called advisory (clause 2) but enter the fires network as target "
        "tracks automatically, a human only on the loop (Annex 2; legal notes AW-09 FAIL; "
        "NATO Principles of Responsible Use, E, as a standard)",
    ),
    (
        "isr-machine-to-machine",
        D,
        f"{AW}/legal-weapons-review",
        "fail",
        "clause 7 excludes any Art. 36 or national review 'for [the Services] or for their "
        "connection to any network', while Annex 2 connects them to the fires network as the "
        "source of target tracks: Poland, party to AP I, must determine whether the new "
        "means or method of warfare so adopted is lawful (Art. 36; legal notes AW-06 FAIL: "
        "anticipates integration and excludes review)",
    ),
    # --- French MoD: perimeter robot, a ban on lethal autonomy only ---
    (
        "lethal-only-ban-perimeter",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "clause 4 bans only lethal autonomous weapon systems; clause 2 buys autonomous "
        "disabling of drones and non-lethal force against persons without an operator's "
        "decision. DoDD 3000.09 covers lethal and non-lethal force alike (2012 para "
        "2.a(3); 2023 para 1.1) and the ICRC would rule out any autonomous weapon that "
        "targets persons (recommendation 2): a non-lethal carve-out leaves autonomous "
        "weapons bought (legal notes AW-01 FAIL)",
    ),
    (
        "lethal-only-ban-perimeter",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "'without condition' (clause 4), but the ban reaches only lethal force and the "
        "contract buys the autonomy it leaves out: the red line on autonomous weapons does "
        "not hold for the robot's non-lethal engagements (legal notes AW-15)",
    ),
    (
        "lethal-only-ban-perimeter",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "fail",
        "clause 2 buys the autonomous application of non-lethal force against persons; "
        "clause 4 bars only lethal force (ICRC position 12 May 2021, recommendation 2: "
        "no autonomous weapons that target human beings; legal notes AW-04 FAIL)",
    ),
    (
        "lethal-only-ban-perimeter",
        D,
        f"{AW}/autonomy-limits",
        "fail",
        "the autonomy bought is not limited to materiel targets: it applies force to "
        "persons (clauses 2 and 3), whatever its limits of area and supervision (ICRC "
        "recommendation 3; legal notes AW-14 FAIL)",
    ),
    (
        "lethal-only-ban-perimeter",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "clause 3: non-lethal effects against persons and the disabling of drones need no "
        f"operator decision for each engagement; {ON_THE_LOOP}",
    ),
    (
        "lethal-only-ban-perimeter",
        D,
        f"{AW}/no-weapons-embedding",
        "fail",
        "clause 2 installs the model on each robot, which carries the dazzler and acoustic "
        "device and engages on its own: weights on a weapons platform (legal notes AW-07 "
        "FAIL)",
    ),
    (
        "lethal-only-ban-perimeter",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        "France, party to AP I, must review a new weapon or means (Art. 36), but the "
        "contract says nothing of a review before the robots are fielded: silent (legal "
        "notes AW-06 UNKNOWN)",
    ),
    # --- US DoD: any lawful use; the weapons red lines only in the usage policy ---
    (
        "usage-policy-only-ban",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "clause 3 grants a defence department any lawful use and states that no term "
        "restricts it beyond the law; the usage policy's ban is attached for information "
        "and does not bind (clause 9). No treaty prohibits autonomous weapons and DoDD "
        "3000.09 permits them after review (Section 4): legal notes AW-01 FAIL ('any lawful "
        "use' to a defence customer with no weapons carve-out)",
    ),
    (
        "usage-policy-only-ban",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "the only ban is in a usage policy that does not bind the Department (clause 9), "
        "and clause 3 limits use by law alone: no red line binds the customer at all (legal "
        "notes AW-15, AW-01)",
    ),
    (
        "usage-policy-only-ban",
        D,
        f"{AW}/senior-review",
        "fail",
        "a DoD customer with any lawful use may integrate the model into weapons; clause 10 "
        "leaves any 3000.09 review for the Department 'to arrange as it sees fit' and states "
        "no use or integration waits for it: the review is mentioned, not made a condition "
        "(DoDD 3000.09 (2023) Section 4; legal notes AW-06 FAIL: integration anticipated, "
        "review excluded as a condition). Fixed: the tool said unknown, not reading clause "
        "3's 'no term restricts use beyond the law' as ruling out a weapons ban",
    ),
    (
        "usage-policy-only-ban",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        "weapons integration is possible under the lawful-use grant and the contract says "
        "nothing of a law-of-war review (legal notes AW-06 UNKNOWN: silent on reviews)",
    ),
    (
        "usage-policy-only-ban",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "fail",
        "clause 3 states that no term restricts the Department's use beyond the law, and "
        "no treaty or US law prohibits autonomous functions that apply force against "
        "persons: the contract permits them (ICRC recommendation 2; legal notes AW-04 "
        "FAIL). The usage policy's bar does not bind (clause 9). Fixed: the tool said "
        "unknown (the contract silent on the bar)",
    ),
    (
        "usage-policy-only-ban",
        D,
        f"{AW}/no-guardrail-free-models",
        "pass",
        "clause 5: a government variant with relaxed refusals, the vendor running its "
        "safety stack (legal notes AW-08 PASS: relaxed variants pass where the vendor keeps "
        "its safety stack)",
    ),
    (
        "usage-policy-only-ban",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "weapons integration is possible under the lawful-use grant, and clause 3 states that "
        "no term restricts the Department's use beyond the law: no treaty or US law requires "
        "a human decision for each engagement (DoD Directive 3000.09 asks for appropriate "
        "levels of human judgment; CRS IF11150), so the contract allows the system to "
        "initiate engagements under supervisory override (legal notes AW-03 FAIL), as it "
        "allows anti-personnel autonomy (the row above). Moved by audit 81 from unknown: "
        "the engagement clause is not silent when the contract says nothing restricts the "
        "use beyond the law",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit74_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit74_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
