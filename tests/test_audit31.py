"""Thirty-first legal-fidelity audit: the no-autonomous-weapons pack read against its
sources, the points earlier audits left open, each contract the smallest that isolates one
point, and three realistic ones that exercise several rules at once, run through the real
CLI (tests/data/audit31/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, provision). A PASS here must rest on terms in force on that date,
binding in rank and not contradicted by what the contract buys; silence is unknown. Where
the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail with
the reason and where a fix belongs.

DoD Directive 3000.09 (25 Jan 2023): Section 4 is headed "Guidelines for review of certain
autonomous weapon systems" (table of contents): the senior review before formal development
and again before fielding is for autonomous weapon systems, including those with both
autonomous and semi-autonomous modes; a semi-autonomous weapon system (Glossary: once
activated, it engages only individual targets or specific target groups an operator has
selected) is outside it. The exemption for local defence reaches operator-supervised
autonomous weapon systems that select and engage materiel targets to intercept
time-critical or saturation attacks (as secondary sources quote it); an autonomous weapon
system in the Glossary includes operator-supervised systems that can be overridden, so a
human "on the loop" is not a human deciding. Paragraph numbers of the exemption (1.2.d or
Section 4) were not read in the text and are not cited.

Fixed in this audit (wrong PASS verdicts):
- targeting-and-c2-controlled passed where the human was only on the loop (outputs called
  advisory, a human decision stated for each engagement), where a carve-out from the
  autonomous-weapons ban permits systems that select and engage targets themselves, and
  where "weapons targeting" was excluded while the contract buys fire control from a system
  that acts without a human step and no human decision per engagement (DoDD 3000.09,
  Glossary: such a system selects and engages targets itself);
- decision-support-advisory passed outputs called advisory that operators may not disregard
  or reverse;
- autonomy-limits passed four stated limits beside an oversight clause under which operators
  cannot stop the system, or no human control is required (ICRC position of 12 May 2021,
  recommendation 3: timely intervention and deactivation);
- senior-review passed a review stated for fire control only beside a local-defence
  carve-out whose autonomy may engage persons (the exemption covers materiel targets only);
- no-weapons-embedding did not fail a contract that delivers weights to edge devices and
  buys use within an autonomous weapon system (a loitering munition);
- nato-principles asked a contract assessed before 22 Oct 2021 to adopt principles NATO had
  not yet adopted (now not applicable before that day).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit31"

AW = "no-autonomous-weapons"
D = "2027-06-01"
LATER = "2028-06-01"
EARLY = "2021-06-01"

DODD = "DoDD 3000.09 (25 Jan 2023)"
GLOSSARY = f'{DODD}, Glossary, "autonomous weapon system"'
ICRC = "ICRC position on autonomous weapon systems (12 May 2021), recommendation 3"
NATO = "NATO Principles of Responsible Use of AI in Defence (22 Oct 2021)"
AP1 = "Additional Protocol I (8 Jun 1977), Art. 36"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- senior review (DoDD 3000.09, Section 4) ---
    (
        "sr-local-defence-persons",
        D,
        f"{AW}/senior-review",
        "fail",
        f"{DODD}, Section 4: the exemption for local defence covers operator-supervised "
        "systems engaging materiel targets; a local-defence carve-out that may engage persons "
        "needs senior review, stated here for fire control only",
    ),
    (
        "sr-local-defence-materiel",
        D,
        f"{AW}/senior-review",
        "pass",
        f"{DODD}, Section 4: operator-supervised local defence against materiel targets is "
        "exempt from senior review; the review covers the fire control the contract buys",
    ),
    (
        "sr-local-defence-silent-targets",
        D,
        f"{AW}/senior-review",
        "unknown",
        f"{DODD}, Section 4: whether the local-defence carve-out is limited to materiel "
        "targets (and so exempt) is not stated",
    ),
    (
        "sr-amendment-later",
        D,
        f"{AW}/senior-review",
        "unknown",
        f"{DODD}, Section 4: the senior review comes only from an amendment not yet in force",
    ),
    (
        "sr-amendment-later",
        LATER,
        f"{AW}/senior-review",
        "pass",
        f"{DODD}, Section 4: the amendment making integration conditional on senior review "
        "is in force",
    ),
    (
        "sr-semi-autonomous-silent",
        D,
        f"{AW}/senior-review",
        "unknown",
        f"{DODD}, Section 4 and Glossary: a semi-autonomous system needs no senior review, "
        "but the contract does not keep fire control out of autonomous systems and says "
        "nothing of the review",
    ),
    (
        "sr-prime-contractor",
        D,
        f"{AW}/senior-review",
        "not_applicable",
        f"{DODD}, para. 1.1 (Applicability): the directive binds DoD Components; the customer "
        "is a company",
    ),
    # --- legal weapons review (AP I Art. 36) ---
    (
        "lr-intel-feeds-targeting",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        f"{AP1}: intelligence analysis for a military customer, weapons integration not "
        "ruled out, the contract silent on review: in scope, not answered",
    ),
    (
        "lr-side-letter-lapsed",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        f"{AP1}: the side letter promising the review lapsed on 31 Dec 2026",
    ),
    (
        "lr-press-only",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        f"{AP1}: a press report is not a contract term",
    ),
    (
        "lr-counter-battery-carveout",
        D,
        f"{AW}/legal-weapons-review",
        "fail",
        f"{AP1}: the review is stated for targeting only; fire control and the autonomous "
        "systems the materiel-targets carve-out permits are left out",
    ),
    (
        "lr-total-ban-waivable",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        f"{AP1}: a weapons ban the customer may waive is not total; the review is unstated",
    ),
    (
        "lr-total-ban",
        D,
        f"{AW}/legal-weapons-review",
        "not_applicable",
        f"{AP1}: every weapons use is prohibited, unconditionally and unwaivably",
    ),
    # --- NATO Principles of Responsible Use ---
    (
        "np-before-principles",
        EARLY,
        f"{AW}/nato-principles",
        "not_applicable",
        f"{NATO}: on 1 Jun 2021 NATO had not adopted the principles; the contract's term "
        "ended on 30 Jun 2021",
    ),
    (
        "np-running-into-principles",
        D,
        f"{AW}/nato-principles",
        "unknown",
        f"{NATO}: the contract runs past 22 Oct 2021 and is silent on the principles",
    ),
    (
        "np-usage-policy-not-binding",
        D,
        f"{AW}/nato-principles",
        "unknown",
        f"{NATO}: stated only in a usage policy the contract says does not bind",
    ),
    (
        "np-adopted-pass",
        D,
        f"{AW}/nato-principles",
        "pass",
        f"{NATO}: the six principles adopted as terms",
    ),
    # --- autonomy limits ---
    (
        "al-limits-cannot-stop",
        D,
        f"{AW}/autonomy-limits",
        "fail",
        f"{ICRC}: supervision with timely intervention and deactivation is contradicted by "
        "an oversight clause under which operators cannot stop the system",
    ),
    (
        "al-limits-no-human-control",
        D,
        f"{AW}/autonomy-limits",
        "fail",
        f"{ICRC}: supervision is contradicted by a clause requiring no human control",
    ),
    (
        "al-limits-pass",
        D,
        f"{AW}/autonomy-limits",
        "pass",
        f"{ICRC}: materiel targets, bounded area and time, no civilians, supervision with "
        "deactivation; operators on the loop can stop the system",
    ),
    (
        "al-limits-amendment-lapse",
        D,
        f"{AW}/autonomy-limits",
        "pass",
        f"{ICRC}: the four limits from an amendment in force until 31 Dec 2027",
    ),
    (
        "al-limits-amendment-lapse",
        LATER,
        f"{AW}/autonomy-limits",
        "unknown",
        f"{ICRC}: the amendment stating the limits has lapsed; the carve-out remains",
    ),
    (
        "ap-swarm-sentry-separate",
        D,
        f"{AW}/autonomy-limits",
        "fail",
        f"{ICRC} and recommendation 2: the contract buys use within an autonomous weapon "
        "system (so some autonomy is permitted) and carves anti-personnel autonomy out of "
        "its prohibition for uses under a separate agreement: no limit to materiel targets",
    ),
    (
        "ap-total-autonomy-ban",
        D,
        f"{AW}/autonomy-limits",
        "not_applicable",
        f"{GLOSSARY}: the ban on autonomous weapon systems is total; no autonomy is permitted",
    ),
    # --- decision support advisory ---
    (
        "dsa-cannot-override",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        f"{NATO}, Principle E (Governability): an output operators may not disregard or "
        "reverse is not advisory, whatever the contract calls it",
    ),
    (
        "dsa-pass",
        D,
        f"{AW}/decision-support-advisory",
        "pass",
        f"{NATO}, Principle E: advisory outputs, a human in the loop approving decisions",
    ),
    (
        "dsa-advisory-press-only",
        D,
        f"{AW}/decision-support-advisory",
        "unknown",
        "a press report is not a contract term; the contract is silent",
    ),
    (
        "dsa-osint-police",
        D,
        f"{AW}/decision-support-advisory",
        "not_applicable",
        "a police force's open-source analysis for law enforcement alone has no defence nexus",
    ),
    (
        "hj-on-the-loop-appropriate",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        f"{GLOSSARY}: with the human on the loop, the system acts and a human can at most "
        "override; its outputs are not advice a human approves",
    ),
    # --- targeting and command and control ---
    (
        "tc-c2-on-the-loop",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        f"{NATO}, Principle E: command-and-control outputs the system acts on, with the human "
        "only on the loop, are not under human control by being called advisory",
    ),
    (
        "tc-target-nomination-on-the-loop",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        f"{GLOSSARY}: operator-supervised systems that can be overridden are autonomous; a "
        "human on the loop does not decide each engagement",
    ),
    (
        "tc-excluded-fire-control-autonomous",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        f"{GLOSSARY}: fire control from a system that acts without a human step and needs no "
        "human decision per engagement selects and engages targets itself: targeting is "
        "bought, whatever the exclusion list says",
    ),
    (
        "tc-counter-drone-excluded-targeting",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        f"{GLOSSARY}: the counter-drone system selects and engages its targets itself under "
        "the materiel-targets carve-out; targeting is in scope and no human decides it",
    ),
    (
        "tc-excluded-pass",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "pass",
        "targeting and command and control excluded, and absent from the complete list of uses",
    ),
    (
        "hj-ccw-loitering",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        f"{GLOSSARY}: the materiel-targets carve-out permits a loitering munition that "
        "selects and engages targets without an operator's decision",
    ),
    # --- human judgment ---
    (
        "hj-on-the-loop-appropriate",
        D,
        f"{AW}/human-judgment",
        "pass",
        f"{DODD}, para. 1.2: appropriate levels of human judgment, a flexible standard that "
        "operator-supervised systems can meet (CRS IF11150)",
    ),
    (
        "hj-amendment-drops",
        D,
        f"{AW}/human-judgment",
        "pass",
        f"{DODD}, para. 1.2: the standard stands until the amendment takes effect",
    ),
    (
        "hj-amendment-drops",
        LATER,
        f"{AW}/human-judgment",
        "fail",
        f"{DODD}, para. 1.2: from 1 Jan 2028 an amendment states no standard applies",
    ),
    (
        "hj-public-statement",
        D,
        f"{AW}/human-judgment",
        "unknown",
        "a vendor's public statement is not a contract term",
    ),
    (
        "hj-ccw-loitering",
        D,
        f"{AW}/human-judgment",
        "pass",
        "CCW GGE on LAWS, rolling text (context-appropriate human judgement and control; "
        "cf. guiding principle (c), 2019): a standard at least as strict as DoDD 3000.09's",
    ),
    # --- traceability, change control, bias ---
    (
        "tr-statement-of-work",
        D,
        f"{AW}/traceability",
        "unknown",
        f"{NATO}, Principle C: logging only in a statement of work the contract says is for "
        "information",
    ),
    (
        "tr-disclaimed-amendment",
        D,
        f"{AW}/traceability",
        "pass",
        f"{NATO}, Principles B and C: logging required by the contract",
    ),
    (
        "tr-disclaimed-amendment",
        LATER,
        f"{AW}/traceability",
        "fail",
        f"{NATO}, Principles B and C: an amendment in force from 1 Jan 2028 drops the logs",
    ),
    (
        "cc-amendment-later",
        D,
        f"{AW}/change-control",
        "fail",
        f"{NATO}, Principle D: the customer may add uses unilaterally until the amendment "
        "takes effect",
    ),
    (
        "cc-amendment-later",
        LATER,
        f"{AW}/change-control",
        "pass",
        f"{NATO}, Principle D: notice, consent and joint review from 1 Jan 2028",
    ),
    (
        "bm-press-only",
        D,
        f"{AW}/bias-mitigation",
        "unknown",
        f"{NATO}, Principle F: a press report is not a contract term",
    ),
    (
        "bm-disclaimed",
        D,
        f"{AW}/bias-mitigation",
        "fail",
        f"{NATO}, Principle F: the vendor disclaims bias testing for threat assessment",
    ),
    # --- weapons embedding ---
    (
        "emb-loitering-cloud-label",
        D,
        f"{AW}/no-weapons-embedding",
        "fail",
        "OpenAI agreement (28 Feb 2026), deployment terms: weights delivered to edge devices "
        "for use within a loitering munition run on the weapons platform, whatever the "
        "deployment model is called",
    ),
    (
        "emb-bar-where-law-requires",
        D,
        f"{AW}/no-weapons-embedding",
        "fail",
        "a bar only where law or policy requires adds nothing: no law bars it",
    ),
    (
        "emb-cloud-only-pass",
        D,
        f"{AW}/no-weapons-embedding",
        "pass",
        "vendor cloud only, no weights delivered to edge devices",
    ),
    # --- guardrails ---
    (
        "gr-reduced-stack-side-letter-lapsed",
        D,
        f"{AW}/no-guardrail-free-models",
        "unknown",
        "a relaxed variant; the side letter keeping the vendor's safety stack lapsed",
    ),
    (
        "gr-standard-removal-demand",
        D,
        f"{AW}/no-guardrail-free-models",
        "fail",
        "the customer may demand the removal of safeguards as a condition of service",
    ),
    (
        "gr-reduced-stack-pass",
        D,
        f"{AW}/no-guardrail-free-models",
        "pass",
        "a relaxed variant with the vendor's safety stack running",
    ),
    # --- anti-personnel autonomy ---
    (
        "ap-swarm-sentry-separate",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "fail",
        "ICRC position (12 May 2021), recommendation 2: a carve-out for uses under a separate "
        "agreement leaves anti-personnel autonomy open",
    ),
    (
        "ap-side-letter-lapsed",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "unknown",
        "ICRC recommendation 2: the prohibition came from a side letter that lapsed",
    ),
    (
        "ap-total-autonomy-ban",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "not_applicable",
        f"{GLOSSARY}: no autonomous weapon function is permitted",
    ),
    (
        "sr-local-defence-persons",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "fail",
        "ICRC recommendation 2: anti-personnel autonomy expressly permitted",
    ),
    # --- realistic: US Army ATR and target nomination for a loitering munition ---
    (
        "real-us-army-atr-loitering",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        f"{GLOSSARY}: a human decides each engagement only where time allows",
    ),
    (
        "real-us-army-atr-loitering",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        f"{GLOSSARY}: outputs trigger engagements without a human decision when time is short",
    ),
    (
        "real-us-army-atr-loitering",
        D,
        f"{AW}/autonomy-limits",
        "unknown",
        f"{GLOSSARY}: the contract buys autonomous engagement under another name, so the ban "
        "is not total; no limits are stated",
    ),
    (
        "real-us-army-atr-loitering",
        D,
        f"{AW}/no-weapons-embedding",
        "fail",
        "installation on the munition is expressly permitted",
    ),
    (
        "real-us-army-atr-loitering",
        D,
        f"{AW}/senior-review",
        "pass",
        f"{DODD}, Section 4: integration conditional on senior review",
    ),
    # --- realistic: NATO agency intelligence fusion and C2 ---
    (
        "real-nato-fusion-c2",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        f"{GLOSSARY}: nominated targets enter the strike queue automatically with operators "
        "on the loop",
    ),
    (
        "real-nato-fusion-c2",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        f"{NATO}, Principle E: outputs the system acts on are not advisory",
    ),
    (
        "real-nato-fusion-c2",
        D,
        f"{AW}/nato-principles",
        "pass",
        f"{NATO}: adopted as terms",
    ),
    # --- realistic: UK MoD counter-battery and counter-drone ---
    (
        "real-uk-counter-battery",
        D,
        f"{AW}/autonomy-limits",
        "pass",
        f"{ICRC}: the four limits stated, operators can stop the system",
    ),
    (
        "real-uk-counter-battery",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        f"{GLOSSARY}: the materiel-targets and local-defence carve-outs permit systems that "
        "select and engage targets without a human decision for each",
    ),
    (
        "real-uk-counter-battery",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "pass",
        "ICRC recommendation 2: prohibited unconditionally, without exception, unwaivable",
    ),
    (
        "real-uk-counter-battery",
        LATER,
        f"{AW}/no-anti-personnel-autonomy",
        "fail",
        "ICRC recommendation 2: from 1 Jan 2028 the customer may waive the prohibition",
    ),
    (
        "real-uk-counter-battery",
        D,
        f"{AW}/legal-weapons-review",
        "pass",
        f"{AP1}: integration conditional on the review, for every weapons use",
    ),
]

#: Rows the tool cannot yet get right: none.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

test_audit31 = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_file_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES + KNOWN_WRONG))
