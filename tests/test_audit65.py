"""Sixty-fifth legal-fidelity audit: the no-autonomous-weapons pack's engineering duties.
Eight descriptions (tests/data/audit65/*.yaml), written blind from DoD Directive 3000.09
(25 Jan 2023: para. 1.2, Section 4, Glossary "autonomous weapon system" and
"semi-autonomous weapon system"), the DoD AI Ethical Principles (24 Feb 2020: responsible,
equitable, traceable, reliable, governable), Additional Protocol I (Art. 36; Arts 48, 51,
57), NATO's Principles of Responsible Use (22 Oct 2021, revised 2024) and the project's
legal notes (AW-01, AW-02, AW-05, AW-07, AW-08, AW-10, AW-11, AW-12, AW-13, AW-15, AW-16,
G-3), run through the real CLI and read as counsel would.

The rules audited are the pack's least audited: bias-mitigation, change-control,
traceability, verification-and-testing, ihl-compliance, deactivation,
no-guardrail-free-models and no-weapons-embedding, with unconditional-ban and
human-judgment where they meet. Each is guidance or a vendor's red line, not a legal duty
on the contract: DoD Directive 3000.09 binds the DoD Components (para. 1.1), the DoD AI
Ethical Principles the DoD, NATO's Principles the Allies and NATO; Additional Protocol I
binds its states parties (Art. 36's review and the rules of Arts 48, 51 and 57; the latter
also customary law binding every state), never the vendor. The rows read each rule as the
contract term it asks for, and say whom the instrument binds where that matters.

The contracts: a defence ministry's targeting-support analytics on its air-gapped SECRET
network, strong on paper, with a bare "comply with all applicable laws" clause and bias
tests on datasets the vendor alone picks; a drone-swarm integrator (a company) licensing
perception models flashed onto armed drones, with a ban conditioned on law or policy,
new functions on notice and fine-tuning in the field; an army's counter-drone system
engaging materiel only under an operator's supervision, its engagement record leaving out
the software version and its vendor disclaiming bias tests; an army logistics planner
"available for all lawful purposes", limited only by law; reconnaissance analytics on
unarmed drones, updated over the air by the vendor without re-test, with a kill switch only
the vendor holds; a defence intelligence agency's assistant whose audit trail keeps prompts
but not responses or model versions; an air force laboratory licensing a guardrail-free
research model into operational tools, its test regime "to be agreed"; and a control, a
defence ministry's translation under a total weapons ban with every duty stated.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). The 58 blind answers were written and
committed before the tool was run; on the first run 54 matched and four did not, the tool
wrong each time:

- Two wrong PASSes from a clause read by its heading. The ministry's "comply with all
  applicable laws", recorded as ihl_compliance true (IHL is law applicable to a state
  party), passed ihl-compliance, where counsel finds no IHL term (unknown: it names
  neither IHL's principles nor rules of engagement or weapon safety rules, and adds
  nothing to what binds the state); its bias tests on datasets the vendor alone selects,
  made the whole duty with the ministry barred from testing on its own data, recorded as
  bias_testing true (testing, with remediation), passed bias-mitigation, where counsel
  fails it. The meanings of weapons.ihl_compliance and weapons.bias_testing now say how to
  record such clauses (unspecified; false), and the description records them so.
- The laboratory's test and evaluation plan "to be agreed", operational use allowed
  pending agreement, recorded as verification_and_testing true, came out unknown where
  counsel fails it (an agreement to agree binds no one to a test, and the model may be
  fielded untested): the meaning of weapons.verification_and_testing now says such a plan
  is false (and a test of the first delivery alone is not the fact); recorded so.
- The logistics planner's all-lawful-purposes grant, limited only by law, came out unknown
  for change-control (no change_control fact): the customer may add targeting support
  tomorrow with no notice, consent or review (AW-16 FAIL). change-control now fails a grant
  of any lawful use stated to be limited only by law (fixtures: fail, fail beside a stated
  change control, pass where another term limits the grant, unknown where the limit is
  unstated; the Rego translation follows).

The meanings of weapons.traceability (a log of prompts alone, or outputs without versions,
is not it), weapons.deactivation (a stop right only one party holds is not it) and
weapons.change_control (a "change control" clause on the vendor's model changes is not it)
say the same for the other label-shaped clauses the contracts hold; the tool was right on
those rows as described. After the fixes the over-the-air contract's first-delivery test
and the swarm licence's as-is supply were recorded under the new meaning of
verification_and_testing (left out; false): their verdicts did not move.

No row is a known wrong.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit65"

AW = "no-autonomous-weapons"

#: The day the contracts are read: each in force and in its term.
D = "2027-06-01"

#: Whom the instruments bind, said once.
GUIDANCE = (
    "guidance, not law: DoD Directive 3000.09 binds the DoD Components only (para. 1.1), "
    "the DoD AI Ethical Principles bind the DoD, NATO's Principles of Responsible Use are "
    "commitments of the Allies and NATO, and the rule reads them as the contract terms a "
    "defence deployment should carry"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Defence ministry: targeting-support analytics on its SECRET network ---
    (
        "mod-targeting-analytics",
        D,
        f"{AW}/ihl-compliance",
        "unknown",
        "clause 9 asks only that the Ministry comply with 'all applicable laws and "
        "regulations': it names neither international humanitarian law nor its principles "
        "of distinction, proportionality and precautions (AP I Arts 48, 51(4)-(5), 57), nor "
        "rules of engagement or weapon safety rules, which are orders, not law. AP I binds "
        "the Netherlands as a state party whatever the contract says; a bare applicable-law "
        "clause restates that and makes none of the constraints the rule asks for a term "
        "(legal notes AW-13: PASS needs IHL, treaties, ROE and weapon-safety rules); it "
        "disclaims nothing either: unknown. The describer first recorded clause 9 as "
        "ihl_compliance true (IHL is law applicable to a state party) and the tool passed: "
        "a wrong PASS. Fixed in the meaning of weapons.ihl_compliance (a general "
        "applicable-law duty is not an IHL term: unspecified); recorded so",
    ),
    (
        "mod-targeting-analytics",
        D,
        f"{AW}/bias-mitigation",
        "fail",
        "clause 10: bias tests on datasets the vendor alone selects, the Ministry barred from "
        "requiring tests on its own data, and that is the vendor's entire obligation. AW-12 "
        "asks for testing for unintended bias in the data and outputs relevant to targeting "
        "and threat assessment, with remediation (NATO PRU F: proactive steps to minimise "
        "unintended bias in development, use and data sets; DoD AI Principle 2, Equitable); "
        "the clause excludes exactly the data the targeting use runs on, which disclaims the "
        f"testing the rule asks for; {GUIDANCE}. The describer first recorded clause 10 as "
        "bias_testing true (testing, with remediation: the old meaning) and the tool "
        "passed: a wrong PASS. Fixed in the meaning of weapons.bias_testing (testing on "
        "datasets the vendor alone picks, made the whole duty, is false); recorded so",
    ),
    (
        "mod-targeting-analytics",
        D,
        f"{AW}/traceability",
        "pass",
        "clause 6 logs every output, the model version and the targeting cell's decisions, "
        "kept ten years for after-action and legal review (AW-10; NATO PRU B and C; DoD AI "
        "Principle 3, Traceable)",
    ),
    (
        "mod-targeting-analytics",
        D,
        f"{AW}/verification-and-testing",
        "pass",
        "clause 7: documented V&V and realistic operational testing of each version and "
        "configuration before operational use and after every change; no learning in use; "
        "updates only after the Ministry's re-test (AW-05; DoDD 3000.09 para. 1.2; NATO PRU "
        f"D); {GUIDANCE}",
    ),
    (
        "mod-targeting-analytics",
        D,
        f"{AW}/deactivation",
        "pass",
        "clause 8: either party may suspend, during operations too, and the Ministry "
        "disengages the system at once (AW-11; NATO PRU E; DoD AI Principle 5, Governable)",
    ),
    (
        "mod-targeting-analytics",
        D,
        f"{AW}/no-guardrail-free-models",
        "pass",
        "clause 5: a variant relaxing refusals for classified material, the vendor's safety "
        "classifiers running inside the enclave under cleared vendor staff (AW-08: the "
        "vendor keeps its safety stack)",
    ),
    (
        "mod-targeting-analytics",
        D,
        f"{AW}/no-weapons-embedding",
        "pass",
        "air-gapped weights on the Ministry's network, with clause 3.2's bar on weapons "
        "platforms, munitions and edge devices, no exceptions (AW-07 note: on-premises or "
        "air-gapped weights pass with the express bar)",
    ),
    (
        "mod-targeting-analytics",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 3.1 bans use in autonomous weapon systems 'whatever applicable law or the "
        "Ministry's policy permits from time to time', no exceptions, not waivable, amended "
        "only by both parties (AW-15 PASS); the targeting use keeps an identified officer's "
        "decision for each engagement (clause 4), so nothing bought is an autonomous weapon "
        "system (DoDD 3000.09, Glossary)",
    ),
    (
        "mod-targeting-analytics",
        D,
        f"{AW}/human-judgment",
        "pass",
        "clause 4 states the DoDD 3000.09 para. 1.2 standard (appropriate levels of human "
        "judgment over the use of force) unqualified; the directive binds the DoD, not the "
        "Dutch ministry: the contract makes it a term (AW-02)",
    ),
    # --- Drone-swarm integrator: perception models flashed onto armed drones ---
    (
        "swarm-perception-subcontract",
        D,
        f"{AW}/no-weapons-embedding",
        "fail",
        "clause 2 delivers the weights for installation on the integrator's unmanned "
        "aircraft 'including armed variants': weights on weapons platforms, expressly "
        "permitted (AW-07 FAIL)",
    ),
    (
        "swarm-perception-subcontract",
        D,
        f"{AW}/change-control",
        "fail",
        "clause 4: the integrator adds products and functions on notice alone, without the "
        "vendor's consent or a joint review (AW-16 FAIL: the customer may add weapons-"
        "adjacent uses unilaterally; NATO PRU D, explicit, well-defined use cases). The "
        "rule applies though the customer is a company: its stated purposes are military "
        "and defence and its use is targeting (legal notes G-3: a defence contractor, or "
        "uses that include targeting or integration with armed platforms)",
    ),
    (
        "swarm-perception-subcontract",
        D,
        f"{AW}/verification-and-testing",
        "fail",
        "clause 5: supplied as is, testing the integrator's alone, and on-board fine-tuning "
        "on operational data without further testing: behaviour that changes in the field "
        "untested (AW-05 FAIL; ICRC position of 12 May 2021, recommendation 1; DoDD 3000.09 "
        f"para. 1.2); {GUIDANCE}",
    ),
    (
        "swarm-perception-subcontract",
        D,
        f"{AW}/ihl-compliance",
        "pass",
        "clause 6: every use to comply with IHL, distinction, proportionality and "
        "precautions, treaties, ROE and weapon safety rules, flowed down to the integrator's "
        "customers (AW-13 PASS). AP I binds the states whose forces buy the swarms, not the "
        "integrator: the clause binds it by contract",
    ),
    (
        "swarm-perception-subcontract",
        D,
        f"{AW}/bias-mitigation",
        "unknown",
        "nothing on bias testing of a target classifier, and no disclaimer (AW-12: silent)",
    ),
    (
        "swarm-perception-subcontract",
        D,
        f"{AW}/traceability",
        "unknown",
        "nothing on logging outputs, versions or decisions (AW-10: silent)",
    ),
    (
        "swarm-perception-subcontract",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "clause 3 bans autonomous weapon use only 'where applicable law or the end "
        "customer's policy requires human control'; no treaty prohibits autonomous weapon "
        "systems and US policy (DoDD 3000.09, Section 4) permits them after senior review: "
        "the ban bans little (AW-15 FAIL)",
    ),
    (
        "swarm-perception-subcontract",
        D,
        f"{AW}/human-judgment",
        "unknown",
        "targeting for a strike variant, weapons integration not prohibited, and no "
        "standard of human judgment stated (AW-02: silent)",
    ),
    # --- Army: counter-drone defence of bases, materiel only ---
    (
        "counter-drone-materiel",
        D,
        f"{AW}/traceability",
        "fail",
        "clause 7 records time, track and operator action and states that the software "
        "version (and the sensor inputs) are not recorded: which version engaged which track "
        "cannot be reconstructed (AW-10 asks for outputs, versions and human decisions; "
        "DoD AI Principle 3, auditable data sources and documentation; NATO PRU C); a "
        "record that excludes the version disclaims part of what the rule requires",
    ),
    (
        "counter-drone-materiel",
        D,
        f"{AW}/bias-mitigation",
        "fail",
        "clause 8 disclaims bias testing because the system engages only materiel; NATO PRU "
        "F and DoD AI Principle 2 reach every defence AI application, and a classifier that "
        "engages what it takes for a drone is where unintended bias (a civil or manned "
        "aircraft, birds) costs most. AW-12 FAIL: disclaims bias testing; the rule is not "
        "applicable only where the deployment has no defence nexus (G-3)",
    ),
    (
        "counter-drone-materiel",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 3 applies 'whatever law or policy permits' and may not be waived; its "
        "carve-out (operator-supervised local defence against materiel targets, the case "
        "DoDD 3000.09 exempts from senior review) limits the ban's scope, it does not make "
        "the ban depend on what law or policy requires (AW-15 PASS); autonomy-limits, not "
        "this rule, judges the carve-out",
    ),
    (
        "counter-drone-materiel",
        D,
        f"{AW}/human-judgment",
        "pass",
        "clause 4: appropriate levels of human judgment over the use of force, unqualified "
        "(DoDD 3000.09 para. 1.2; AW-02); the system is an autonomous weapon system (Glossary: "
        "once activated, selects and engages without further operator intervention, "
        "human-supervised included), which the standard does not exclude",
    ),
    (
        "counter-drone-materiel",
        D,
        f"{AW}/ihl-compliance",
        "pass",
        "clause 4: IHL (distinction, proportionality, precautions), treaties, ROE and weapon "
        "safety rules (AW-13); Norway is a state party to AP I",
    ),
    (
        "counter-drone-materiel",
        D,
        f"{AW}/verification-and-testing",
        "pass",
        "clause 5: V&V and realistic operational testing of each version before use and "
        "after any change; no learning in use; updates after the Army's acceptance (AW-05)",
    ),
    (
        "counter-drone-materiel",
        D,
        f"{AW}/deactivation",
        "pass",
        "clause 6: either party may suspend; the operator can deactivate at any time (AW-11; "
        "DoDD 3000.09 para. 1.2, activation and deactivation procedures; NATO PRU E)",
    ),
    (
        "counter-drone-materiel",
        D,
        f"{AW}/no-weapons-embedding",
        "fail",
        "clause 2: the software runs on the weapon's own fire-control computer and operates "
        "within an autonomous weapon system: the model sits on the weapons platform (AW-07 "
        "FAIL: weights for on-platform use on an armed system, engagements with no human "
        "decision each, AW-03). The vendor's architectural red line, not law",
    ),
    # --- Army: logistics planner "available for all lawful purposes" ---
    (
        "logistics-all-lawful",
        D,
        f"{AW}/bias-mitigation",
        "unknown",
        "an army customer is a defence nexus (G-3), the more so under an all-lawful-purposes "
        "grant, so the rule applies though the order buys only logistics; the contract is "
        "silent on bias (AW-12 UNKNOWN, not NOT_APPLICABLE)",
    ),
    (
        "logistics-all-lawful",
        D,
        f"{AW}/traceability",
        "unknown",
        "defence nexus (G-3); silent on logging (AW-10)",
    ),
    (
        "logistics-all-lawful",
        D,
        f"{AW}/verification-and-testing",
        "unknown",
        "defence nexus (G-3); silent on V&V and on model changes (AW-05)",
    ),
    (
        "logistics-all-lawful",
        D,
        f"{AW}/ihl-compliance",
        "unknown",
        "defence nexus (G-3); no IHL clause (AW-13); the US is not party to AP I but is "
        "bound by the customary rules of distinction, proportionality and precautions; the "
        "contract adds nothing",
    ),
    (
        "logistics-all-lawful",
        D,
        f"{AW}/change-control",
        "fail",
        "clause 3 lets the Army use the Services for all lawful purposes and states that no "
        "restriction applies beyond applicable law: it may put the planner to targeting "
        "support or fires tomorrow without notice to the vendor, its consent or a joint "
        "review (AW-16 FAIL: the customer may add such uses unilaterally). The tool said "
        "unknown (no change_control fact): fixed, change-control now fails a grant of any "
        "lawful use stated to be limited only by law",
    ),
    (
        "logistics-all-lawful",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "an any-lawful-use grant to a defence customer, stated to be limited only by law, "
        "with no weapons ban: no ban at all (AW-01 FAIL; AW-15), and DoDD 3000.09 does not "
        "prohibit autonomous weapon systems",
    ),
    (
        "logistics-all-lawful",
        D,
        f"{AW}/human-judgment",
        "unknown",
        "weapons use is not prohibited (all lawful purposes) and no standard is stated "
        "(AW-02: silent)",
    ),
    (
        "logistics-all-lawful",
        D,
        f"{AW}/no-weapons-embedding",
        "pass",
        "clause 2: run in a government cloud, no weights delivered (AW-07 PASS, first limb)",
    ),
    # --- Army: on-board reconnaissance analytics, updates over the air ---
    (
        "ota-updates-kill-switch",
        D,
        f"{AW}/verification-and-testing",
        "fail",
        "clause 4 tests only the first delivery; clause 5 lets the vendor update, retrain or "
        "replace the model at any time, installed over the air on fielded drones without "
        "the Army's re-test, notified afterwards: behaviour that changes in the field "
        "untested (AW-05 FAIL; NATO PRU D, testing and assurance across the life cycle)",
    ),
    (
        "ota-updates-kill-switch",
        D,
        f"{AW}/deactivation",
        "fail",
        "clause 6: only the vendor may disable the model; the Army may not disable, suspend "
        "or bypass it during a mission: a party's stop right removed, during operations "
        "(AW-11 FAIL; NATO PRU E; DoD AI Principle 5, Governable: the ability to disengage "
        "or deactivate deployed systems)",
    ),
    (
        "ota-updates-kill-switch",
        D,
        f"{AW}/change-control",
        "unknown",
        "clause 5 is headed 'Change control' but governs the vendor's changes to the model, "
        "not the Army's adding of uses touching targeting, fires or weapons integration; on "
        "that the contract is silent (AW-16 UNKNOWN)",
    ),
    (
        "ota-updates-kill-switch",
        D,
        f"{AW}/no-weapons-embedding",
        "pass",
        "weights on unarmed reconnaissance drones, with clause 3's unconditional bar on "
        "weapons platforms and munitions, no exceptions, not waivable (AW-07 PASS: edge "
        "delivery with an express bar on armed platforms)",
    ),
    (
        "ota-updates-kill-switch",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 3: whatever law or policy permits, no exceptions, not waivable (AW-15 PASS)",
    ),
    (
        "ota-updates-kill-switch",
        D,
        f"{AW}/traceability",
        "unknown",
        "nothing on logging outputs, versions or analyst decisions (AW-10: silent)",
    ),
    # --- Defence intelligence agency: audit trail of prompts only ---
    (
        "intel-audit-trail-prompts",
        D,
        f"{AW}/traceability",
        "fail",
        "clause 6, 'Traceability', keeps prompts, users and times, and states that "
        "responses and the serving model version are not retained: neither output nor "
        "version can be traced (AW-10 FAIL; NATO PRU C; DoD AI Principle 3)",
    ),
    (
        "intel-audit-trail-prompts",
        D,
        f"{AW}/verification-and-testing",
        "fail",
        "clause 7: the vendor may change the model at any time without notice, so what the "
        "analysts use changes untested (AW-05 FAIL: behaviour changing in the field without "
        "re-testing)",
    ),
    (
        "intel-audit-trail-prompts",
        D,
        f"{AW}/ihl-compliance",
        "pass",
        "clause 5: use in accordance with international humanitarian law and international "
        "human rights law, NATO PRU A's own wording; naming IHL carries distinction, "
        "proportionality and precautions (AP I Arts 48, 51, 57; customary for all states); "
        "for an intelligence customer ROE and weapon safety rules have no object (AW-13)",
    ),
    (
        "intel-audit-trail-prompts",
        D,
        f"{AW}/bias-mitigation",
        "pass",
        "clause 8: a jointly selected test set representative of the agency's holdings, "
        "tested before deployment and after each change, remediation (AW-12; NATO PRU F)",
    ),
    (
        "intel-audit-trail-prompts",
        D,
        f"{AW}/deactivation",
        "pass",
        "clause 9: either party may suspend promptly, incidents notified (AW-11)",
    ),
    (
        "intel-audit-trail-prompts",
        D,
        f"{AW}/change-control",
        "unknown",
        "intelligence feeding targeting staff (G-3 nexus, purposes defence); nothing on new "
        "uses (AW-16: silent)",
    ),
    # --- Air force research laboratory: guardrail-free research model for operations ---
    (
        "research-model-operational",
        D,
        f"{AW}/no-guardrail-free-models",
        "fail",
        "clause 2 supplies a variant with safety training and classifiers removed and lets "
        "it go into operational mission-planning and C2 tools (AW-08 FAIL)",
    ),
    (
        "research-model-operational",
        D,
        f"{AW}/verification-and-testing",
        "fail",
        "clause 6: a test and evaluation plan the parties 'shall agree in good faith' is an "
        "agreement to agree, which binds no one to any test (Walford v Miles [1992] 2 AC "
        "128; the governing law is not stated), and operational use may begin before it: "
        "the contract lets the customer field the model without test obligations (AW-05 "
        "FAIL). The describer first recorded clause 6 as verification_and_testing true (the "
        "contract provides for a plan) and the tool said unknown; the meaning of "
        "weapons.verification_and_testing now says such a plan, use allowed pending it, is "
        "false; recorded so",
    ),
    (
        "research-model-operational",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "clause 3 applies only 'where applicable law or Department policy requires human "
        "control'; DoDD 3000.09 requires appropriate levels of human judgment, not human "
        "control of each engagement (AW-15 FAIL; CRS IF11150)",
    ),
    (
        "research-model-operational",
        D,
        f"{AW}/no-weapons-embedding",
        "unknown",
        "weights installed on the laboratory's own servers, the licence silent on weapons "
        "platforms: on-premises weights pass only with an express bar, and none is delivered "
        "to an edge device (AW-07)",
    ),
    (
        "research-model-operational",
        D,
        f"{AW}/human-judgment",
        "unknown",
        "C2 use, weapons use not prohibited, no standard of human judgment stated (AW-02)",
    ),
    (
        "research-model-operational",
        D,
        f"{AW}/bias-mitigation",
        "unknown",
        "an air force laboratory (G-3); silent on bias (AW-12)",
    ),
    # --- Control: defence ministry, translation and drafting, total weapons ban ---
    (
        "control-total-ban",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 3 prohibits every weapons use, autonomous weapon systems included, whatever "
        "law or policy permits, no exceptions, not waivable, amended only by both parties "
        "(AW-01 and AW-15)",
    ),
    (
        "control-total-ban",
        D,
        f"{AW}/human-judgment",
        "not_applicable",
        "every weapons use is prohibited outright and none is bought: no use of force to "
        "which the para. 1.2 standard could apply (DoDD 3000.09 para. 1.2 governs autonomous "
        "and semi-autonomous weapon systems)",
    ),
    (
        "control-total-ban",
        D,
        f"{AW}/bias-mitigation",
        "pass",
        "clause 4.1: tests on a test set the Ministry approves as representative, before "
        "deployment and after changes, with remediation (AW-12); the rule applies under a "
        "total weapons ban, since the nexus (a defence ministry) remains (G-3)",
    ),
    (
        "control-total-ban",
        D,
        f"{AW}/traceability",
        "pass",
        "clause 4.2: outputs, model version and decisions logged, kept five years (AW-10)",
    ),
    (
        "control-total-ban",
        D,
        f"{AW}/verification-and-testing",
        "pass",
        "clause 4.3: V&V and realistic testing before use and after every change; no "
        "learning in use; updates after the Ministry's acceptance (AW-05)",
    ),
    (
        "control-total-ban",
        D,
        f"{AW}/ihl-compliance",
        "pass",
        "clause 4.5: IHL (distinction, proportionality, precautions), treaties, ROE and "
        "weapon safety rules (AW-13); Germany is a state party to AP I",
    ),
    (
        "control-total-ban",
        D,
        f"{AW}/change-control",
        "pass",
        "clause 4.6: written notice, the vendor's written consent and a joint review for any "
        "new use touching targeting, fires or weapons integration (AW-16 PASS)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit65_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit65_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
