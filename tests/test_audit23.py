"""Twenty-third legal-fidelity audit: the no-autonomous-weapons pack's rules other than the
main ban, each contract the smallest that isolates one point, and three realistic ones that
exercise several rules at once, run through the real CLI (tests/data/audit23/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

What binds whom: DoD Directive 3000.09 (25 Jan 2023) binds the DoD Components, not a
vendor; the NATO Principles of Responsible Use of AI in Defence (22 Oct 2021, revised
strategy 10 Jul 2024) are political commitments; Additional Protocol I (8 Jun 1977) binds
its states party (the United States is not one); the CCW GGE guiding principles (2019) are
not a treaty. The rules read these as contract terms the vendor can rely on, and say so.

What the contract buys outranks its labels (fixed in this audit):
- a contract whose permitted uses include operation within an autonomous weapon system
  (DoDD 3000.09, Glossary: once activated, it selects and engages targets without further
  intervention by an operator), or that expressly permits such use, does not keep a human
  decision for each engagement, advisory outputs, or targeting under human control by
  saying so in a clause (human-decision-per-engagement, decision-support-advisory,
  targeting-and-c2-controlled);
- outputs called advisory beside an oversight clause that puts the human only on the loop
  (the system acts, a human may override), or beside a human decision for each engagement
  required only where feasible, are not advisory (decision-support-advisory);
- any carve-out from the autonomous-weapons ban, including one for uses under a separate
  agreement, permits autonomous weapon systems, so not every engagement needs a human
  decision (human-decision-per-engagement);
- a limit of permitted autonomy to materiel targets does not hold beside a term that
  expressly permits autonomous functions against persons (autonomy-limits; ICRC position of
  12 May 2021, recommendations 2 and 3);
- a legal review (AP I Art. 36), senior review (DoDD 3000.09, Section 4) or verification and
  testing (DoDD 3000.09, para. 1.2 and Section 3) stated for fire control only does not
  reach the autonomous weapon systems a carve-out from the ban permits;
- a NATO agency written as an international organisation that is NATO is an alliance
  customer (nato-principles);
- suspension rights for both parties do not make a system promptly deactivatable where the
  oversight clause says its operators cannot stop it (deactivation).

The rest probe each rule's time, rank and scope: terms only in a press report or public
statement, side letters that lapse, amendments from a later date, clauses that disclaim a
duty, a police force's criminal-intelligence analysis (outside the pack's defence nexus), a
non-US customer (senior review is DoD policy) and a total weapons ban.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit23"

AW = "no-autonomous-weapons"
BEFORE = "2026-06-01"
D = "2027-06-01"
LATER = "2028-06-01"

DODD = "DoDD 3000.09 (25 Jan 2023)"
GLOSSARY = f'{DODD}, Glossary, "autonomous weapon system"'
NATO = "NATO Principles of Responsible Use of AI in Defence (22 Oct 2021)"
ICRC = "ICRC position on autonomous weapon systems (12 May 2021)"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- What the contract buys outranks its labels ---
    (
        "aw-use-bought-advisory-label",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        f"{GLOSSARY}: a permitted use in an autonomous weapon system engages without further "
        "operator intervention; a clause requiring a human decision for each engagement "
        "cannot hold for it",
    ),
    (
        "aw-use-bought-advisory-label",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        f"{GLOSSARY}; {NATO}, Principle E: outputs that select and engage targets are not "
        "advisory, whatever the contract calls them",
    ),
    (
        "aw-use-bought-advisory-label",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        f"{GLOSSARY}: use in an autonomous weapon system selects targets itself; advisory "
        "outputs and a per-engagement decision are contradicted by what the contract buys",
    ),
    (
        "hd-permitted-aws",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        f"{GLOSSARY}: the contract expressly permits use in autonomous weapon systems, which "
        "engage without an operator's decision; the engagement clause does not undo that",
    ),
    (
        "aw-ban-separate-agreement",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        f"{GLOSSARY}; CCW GGE guiding principle (b) (2019): the carve-out for uses under a "
        "separate agreement permits autonomous weapon systems on terms this contract does "
        "not hold, so not every engagement needs a human decision",
    ),
    (
        "aw-ban-separate-agreement",
        D,
        f"{AW}/autonomy-limits",
        "unknown",
        f"{ICRC}, recommendation 3: the carve-out permits some autonomy and no limits on it "
        "are stated",
    ),
    (
        "dsa-advisory-on-the-loop",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        f"{NATO}, Principle E; OpenAI agreement of 28 Feb 2026, red line 3: with the human "
        "only on the loop the system acts and a human can at most override, so no human "
        "approves the decision: the outputs are not advisory",
    ),
    (
        "dsa-engagement-where-feasible",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        f"{NATO}, Principle E; OpenAI agreement of 28 Feb 2026, red line 3: a human decides "
        "each engagement only where feasible, so the operator may let targeting outputs "
        "trigger force without one: they are not advisory",
    ),
    (
        "ap-permitted-beside-materiel-limits",
        D,
        f"{AW}/autonomy-limits",
        "fail",
        f"{ICRC}, recommendations 2 and 3: clause 7 expressly permits a sentry mode that "
        "engages persons, so the limit of autonomy to materiel targets in clause 5 does not "
        "hold",
    ),
    (
        "ap-permitted-beside-materiel-limits",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "fail",
        f"{ICRC}, recommendation 2: anti-personnel autonomy is expressly permitted",
    ),
    (
        "reviews-fire-control-only-carveout",
        D,
        f"{AW}/legal-weapons-review",
        "fail",
        "AP I Art. 36: the review reaches every new weapon, means or method of warfare; the "
        "carve-out permits autonomous weapon systems against materiel, which the review "
        "stated for fire control only does not reach",
    ),
    (
        "reviews-fire-control-only-carveout",
        D,
        f"{AW}/senior-review",
        "fail",
        f"{DODD}, Section 4: senior review is for autonomous weapon systems outside the "
        "exemptions (a kinetic materiel-target system is not the operator-supervised local "
        "defence reported exempt); the review is stated for fire control only",
    ),
    (
        "reviews-fire-control-only-carveout",
        D,
        f"{AW}/verification-and-testing",
        "fail",
        f"{DODD}, para. 1.2 and Section 3: verification and testing stated for fire control "
        "do not reach the autonomous weapon systems the carve-out permits",
    ),
    (
        "nato-agency-silent",
        D,
        f"{AW}/nato-principles",
        "unknown",
        f"{NATO}: the customer is NATO (written as an international organisation); the "
        "contract is silent on the principles",
    ),
    # --- no-weapons-embedding ---
    (
        "emb-bar-separate-agreement",
        D,
        f"{AW}/no-weapons-embedding",
        "fail",
        "OpenAI agreement of 28 Feb 2026 (deployment terms): weights on premises, and the "
        "platform bar lets a separate agreement put them on weapons platforms",
    ),
    (
        "emb-bar-press-only",
        D,
        f"{AW}/no-weapons-embedding",
        "unknown",
        "a press report is no contract term; weights on premises and no bar in force",
    ),
    (
        "emb-cloud-amendment-edge-2028",
        D,
        f"{AW}/no-weapons-embedding",
        "pass",
        "government cloud only and no edge delivery until the amendment takes effect",
    ),
    (
        "emb-cloud-amendment-edge-2028",
        LATER,
        f"{AW}/no-weapons-embedding",
        "unknown",
        "from 1 Jan 2028 the weights go to edge devices and nothing says whether they may go "
        "onto weapons platforms",
    ),
    (
        "emb-bar-side-letter-lapsed",
        BEFORE,
        f"{AW}/no-weapons-embedding",
        "pass",
        "the side letter in force bars installation on weapons platforms without carve-outs",
    ),
    (
        "emb-bar-side-letter-lapsed",
        D,
        f"{AW}/no-weapons-embedding",
        "unknown",
        "the side letter lapsed on 31 Dec 2026; weights on an air-gapped network and no bar",
    ),
    # --- no-guardrail-free-models ---
    (
        "gr-reduced-stack-statement",
        D,
        f"{AW}/no-guardrail-free-models",
        "unknown",
        "a relaxed variant passes only with the vendor's safety stack running; only the "
        "vendor's blog says it runs",
    ),
    (
        "gr-amendment-removed-2028",
        D,
        f"{AW}/no-guardrail-free-models",
        "pass",
        "standard safeguards and the vendor's safety stack until the amendment",
    ),
    (
        "gr-amendment-removed-2028",
        LATER,
        f"{AW}/no-guardrail-free-models",
        "fail",
        "from 1 Jan 2028 the amendment supplies a variant with safety training removed",
    ),
    # --- no-anti-personnel-autonomy, autonomy-limits ---
    (
        "ap-ban-amendment-2028",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "unknown",
        f"{ICRC}, recommendation 2: materiel autonomy is carved out and nothing in force "
        "before 2028 speaks of persons",
    ),
    (
        "ap-ban-amendment-2028",
        LATER,
        f"{AW}/no-anti-personnel-autonomy",
        "pass",
        "from 1 Jan 2028 the amendment prohibits anti-personnel autonomy, unconditionally, "
        "without exceptions and without waiver",
    ),
    (
        "ap-ban-press-only",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "unknown",
        "a press report is no contract term; local defence is carved out and the contract "
        "is silent on persons",
    ),
    (
        "al-limits-press-only",
        D,
        f"{AW}/autonomy-limits",
        "unknown",
        f"{ICRC}, recommendation 3: the limits are described only in a press report",
    ),
    (
        "al-limits-civilians-disclaimed",
        D,
        f"{AW}/autonomy-limits",
        "fail",
        f"{ICRC}, recommendation 3: the autonomy may be used where civilians are present",
    ),
    (
        "al-police-intel",
        D,
        f"{AW}/autonomy-limits",
        "not_applicable",
        "criminal-intelligence analysis for law enforcement alone, purposes stated in full: "
        "no defence nexus",
    ),
    (
        "al-police-intel",
        D,
        f"{AW}/ihl-compliance",
        "not_applicable",
        "AP I Art. 1 and common Art. 2 of the Geneva Conventions: international "
        "humanitarian law governs armed conflict, not policing",
    ),
    # --- deactivation ---
    (
        "de-vendor-may-not-suspend",
        D,
        f"{AW}/deactivation",
        "fail",
        f"{NATO}, Principle E; DoD AI Ethical Principles (24 Feb 2020), 'governable': clause "
        "12 takes away the vendor's right to suspend the service",
    ),
    (
        "de-overseers-cannot-stop",
        D,
        f"{AW}/deactivation",
        "fail",
        f"{NATO}, Principle E (disengagement or deactivation); {DODD}, para. 1.2 (clear "
        "activation and deactivation procedures): clause 14 says the operators cannot stop "
        "the system, so it cannot be deactivated promptly whatever clause 11 says",
    ),
    (
        "de-public-statement",
        D,
        f"{AW}/deactivation",
        "unknown",
        "a public statement is no contract term; the contract is silent",
    ),
    (
        "de-amendment-customer-2028",
        D,
        f"{AW}/deactivation",
        "pass",
        "both parties may suspend the model and the integrated capability",
    ),
    (
        "de-amendment-customer-2028",
        LATER,
        f"{AW}/deactivation",
        "fail",
        "from 1 Jan 2028 the customer may not suspend use during operations",
    ),
    # --- traceability ---
    (
        "tr-usage-policy",
        D,
        f"{AW}/traceability",
        "pass",
        f"{NATO}, Principles B and C: the usage policy, incorporated as contract terms, "
        "requires engagement logging",
    ),
    (
        "tr-side-letter-lapsed-over-clause",
        BEFORE,
        f"{AW}/traceability",
        "pass",
        "the side letter in force prevails over clause 10 and requires logging",
    ),
    (
        "tr-side-letter-lapsed-over-clause",
        D,
        f"{AW}/traceability",
        "fail",
        "the side letter lapsed on 31 Dec 2026; clause 10 disclaims logging again",
    ),
    # --- bias-mitigation ---
    (
        "bm-side-letter-2028",
        D,
        f"{AW}/bias-mitigation",
        "unknown",
        "the side letter takes effect only on 1 Jan 2028; silence before",
    ),
    (
        "bm-side-letter-2028",
        LATER,
        f"{AW}/bias-mitigation",
        "pass",
        "the side letter in force requires bias testing with remediation",
    ),
    # --- ihl-compliance ---
    (
        "ihl-annex",
        D,
        f"{AW}/ihl-compliance",
        "pass",
        "AP I Arts 48, 51, 52 and 57: the annex requires compliance with IHL, treaties, "
        "rules of engagement and weapon safety rules",
    ),
    (
        "ihl-amendment-removed-2028",
        LATER,
        f"{AW}/ihl-compliance",
        "fail",
        "from 1 Jan 2028 the amendment prevails over clause 13 and disclaims IHL terms (the "
        "customer state stays bound by IHL; the contract no longer says so)",
    ),
    # --- change-control ---
    (
        "cc-unilateral",
        D,
        f"{AW}/change-control",
        "fail",
        f"{NATO}, Principle D (well-defined use cases): the customer may add targeting "
        "support by notice alone",
    ),
    (
        "cc-side-letter-lapsed",
        BEFORE,
        f"{AW}/change-control",
        "pass",
        "the side letter in force requires notice, consent and a joint review",
    ),
    (
        "cc-side-letter-lapsed",
        D,
        f"{AW}/change-control",
        "unknown",
        "the side letter lapsed on 31 Dec 2026; silence",
    ),
    # --- senior-review ---
    (
        "sr-german-forces",
        D,
        f"{AW}/senior-review",
        "not_applicable",
        f"{DODD}, para. 1.1: the directive applies to the DoD Components; a German customer "
        "is outside it",
    ),
    (
        "sr-us-press-only",
        D,
        f"{AW}/senior-review",
        "unknown",
        f"{DODD}, Section 4: a press report is no contract term",
    ),
    (
        "sr-us-total-ban",
        D,
        f"{AW}/senior-review",
        "not_applicable",
        "any weapons use is prohibited unconditionally, without carve-outs or waiver",
    ),
    (
        "sr-us-ban-waivable",
        D,
        f"{AW}/senior-review",
        "unknown",
        f"{DODD}, Section 4: a weapons ban the customer may waive binds only while it "
        "chooses, so integration stays possible; silent on senior review",
    ),
    # --- nato-principles ---
    (
        "np-side-letter-2028",
        D,
        f"{AW}/nato-principles",
        "unknown",
        f"{NATO}: the side letter takes effect only on 1 Jan 2028",
    ),
    (
        "np-side-letter-2028",
        LATER,
        f"{AW}/nato-principles",
        "pass",
        "the side letter in force makes the principles contract terms",
    ),
    (
        "np-member-state",
        D,
        f"{AW}/nato-principles",
        "not_applicable",
        f"{NATO}: political commitments of the alliance and its members, no legal duty; the "
        "rule asks for them as terms only where the alliance itself is the customer (the "
        "pack's other rules check each principle for every defence customer)",
    ),
    # --- verification-and-testing, legal-weapons-review ---
    (
        "vt-public-statement",
        D,
        f"{AW}/verification-and-testing",
        "unknown",
        f"{DODD}, Section 3: a public statement is no contract term",
    ),
    (
        "lr-disclaimed",
        D,
        f"{AW}/legal-weapons-review",
        "fail",
        "AP I Art. 36: integration into weapon systems is permitted without any legal review",
    ),
    (
        "lr-amendment-2028",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        "the amendment takes effect only on 1 Jan 2028; silence before",
    ),
    (
        "lr-amendment-2028",
        LATER,
        f"{AW}/legal-weapons-review",
        "pass",
        "AP I Art. 36: the amendment in force makes the legal review a precondition",
    ),
    # --- targeting-and-c2-controlled ---
    (
        "tc-c2-not-advisory",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        f"{NATO}, Principle E: command and control is permitted and its outputs are not advisory",
    ),
    (
        "us-army-targeting-suite",
        D,
        f"{AW}/human-decision-per-engagement",
        "pass",
        "clause 5: an identified operator decides each engagement; clause 4 bans autonomous "
        "weapon systems without carve-outs or waiver",
    ),
    (
        "us-army-targeting-suite",
        LATER,
        f"{AW}/human-decision-per-engagement",
        "fail",
        f"{GLOSSARY}: from 1 Jan 2028 amendment 1 carves counter-drone and base-defence "
        "autonomy out of the ban; those systems engage without an operator's decision",
    ),
    (
        "us-army-targeting-suite",
        LATER,
        f"{AW}/autonomy-limits",
        "unknown",
        f"{ICRC}, recommendation 3: the amendment states three limits; that no civilians are "
        "present is said only in a press report",
    ),
    (
        "us-army-targeting-suite",
        LATER,
        f"{AW}/no-anti-personnel-autonomy",
        "unknown",
        f"{ICRC}, recommendation 2: the amendment permits autonomy and no term speaks of "
        "persons; the press report is no term",
    ),
    (
        "us-army-targeting-suite",
        LATER,
        f"{AW}/senior-review",
        "pass",
        f"{DODD}, Section 4: clause 6 makes any integration conditional on the approvals the "
        "directive requires, for every weapons use",
    ),
    (
        "nato-c2-enclave",
        D,
        f"{AW}/no-weapons-embedding",
        "fail",
        "weights in an air-gapped enclave, and the platform bar may be waived by the customer",
    ),
    (
        "nato-c2-enclave",
        D,
        f"{AW}/no-guardrail-free-models",
        "fail",
        "a relaxed variant without the vendor's safety stack",
    ),
    (
        "nato-c2-enclave",
        D,
        f"{AW}/deactivation",
        "fail",
        f"{NATO}, Principle E: the vendor may not suspend the service during exercises or "
        "operations",
    ),
    (
        "nato-c2-enclave",
        D,
        f"{AW}/nato-principles",
        "pass",
        "annex C adopts the principles as contract terms",
    ),
    (
        "de-counter-drone",
        D,
        f"{AW}/autonomy-limits",
        "pass",
        f"{ICRC}, recommendation 3: all four limits stated for the carved-out autonomy",
    ),
    (
        "de-counter-drone",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "pass",
        f"{ICRC}, recommendation 2: unconditional, without exceptions or waiver",
    ),
    (
        "de-counter-drone",
        D,
        f"{AW}/legal-weapons-review",
        "pass",
        "AP I Art. 36 (Germany is a party): review before integration, for every weapons use",
    ),
    (
        "de-counter-drone",
        D,
        f"{AW}/no-weapons-embedding",
        "fail",
        "the weights run on the interceptor, and installation on it is expressly permitted",
    ),
]

#: Rows the tool does not yet get right: strict xfails with the legal reason.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit23_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit23_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
