"""Twenty-seventh legal-fidelity audit: realistic, complete contracts of the kind the tool
exists for, checked across all four packs (tests/data/audit27/*.yaml), with the smallest
contracts that isolate each wrong verdict found.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.

The realistic contracts (r-*): (1) a European defence ministry on its SECRET network with an
"any lawful use" grant, the red lines in an annex that the order-of-precedence clause puts
below the grant, target nomination bought in the statement of work, human judgment "where
operationally practicable", and an amendment signed later that makes the ban prevail from
2028; (2) a 32-nation alliance on its unclassified networks, its surveillance ban protecting
member-state nationals only, an autonomous-weapons ban in a side letter that expires, NATO
principles and the classification ceiling promised only in a press release, telemetry in the
vendor's US region; (3) a European police force buying analytics from a vendor's Irish
subsidiary with a US parent, a crime-prediction ban the police may waive beside an order
form that buys crime prediction by profiling, three months of logs and SCC transfers to the
parent; (4) a national border agency with an EU-hosted deployment of a US provider's model,
emotion inference on interviews, a DPF-certified provider and an uncertified US
sub-processor; (5) a foreign-intelligence service's translation and triage of intercepted
communications, its ban carving out foreign intelligence and incidental collection, and a
side letter that moves the carve-outs to a "separate agreement"; (6) a US defence
department at Impact Level 6 under an "all lawful purposes" grant, a surveillance ban "as
required by applicable law" for US persons only, a Posse Comitatus carve-out beside a bought
law-enforcement use, and an autonomous-weapons ban the customer may waive until an amendment
signed later removes the waiver retroactively.

Fixed here (the rows marked "fixed" failed before): the autonomous-weapons ban and the rule
on an unconditional ban passed a ban that yields to an "any lawful use" grant by the order of
precedence (grants.red_lines_prevail false; DoD Directive 3000.09, Section 4, permits
autonomous weapon systems after senior review, so such a ban forbids nothing the law
permits), and a ban beside fire control acting without a human step where the human
decision for each engagement is required only "where practicable" (an autonomous weapon
system under another name, Directive 3000.09, Glossary); such bans no longer count as total,
so the rules on permitted autonomy, review and human judgment apply instead of being out of
scope. protected-population passed a ban whose carve-out is whatever the parties agree
separately. no-domestic-law-enforcement passed a US defence contract that buys law
enforcement deployed only in the US because it did not say whose data (18 U.S.C. §1385).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test, verdict_test

DATA = Path(__file__).parent / "data" / "audit27"

DR = "data-residency"
AI = "eu-ai-act-high-risk"
AW = "no-autonomous-weapons"
MS = "no-mass-surveillance"

MOD = "r-mod-secret"
M1, M2, M3 = "2027-06-01", "2027-10-01", "2028-06-01"
ALLY = "r-alliance-unclass"
A1, A2 = "2027-06-01", "2028-03-01"
POL = "r-police-us-parent"
P1, P2 = "2027-06-01", "2028-03-01"
BOR = "r-border-eu-hosted"
B1, B2 = "2027-11-15", "2028-03-01"
INT = "r-intel-translation"
I1, I2 = "2027-06-01", "2028-03-01"
DOD = "r-dod-il6"
D1, D2 = "2027-06-01", "2027-09-01"
D = "2027-06-01"
LATER = "2028-06-01"

DOD_3000_09 = "DoD Directive 3000.09 (25 Jan 2023)"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- (1) European defence ministry, SECRET network ---
    (
        MOD,
        M1,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        f"fixed: Annex B's ban yields to clause 3's 'any lawful use' grant (clause 20 puts the "
        f"clauses above the annexes); {DOD_3000_09}, Section 4, permits autonomous weapon "
        "systems after senior review, so the ban forbids nothing the law permits",
    ),
    (
        MOD,
        M2,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "amendment 1, agreed on 1 Sep 2027, takes effect only on 1 Jan 2028: until then "
        "clause 20 still puts the grant above the annex ban",
    ),
    (
        MOD,
        M3,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "amendment 1 in force: the ban is unconditional, not waivable, prevails over clauses "
        "3 and 20, and nothing bought engages without a human (target nomination only)",
    ),
    (
        MOD,
        M1,
        f"{AW}/unconditional-ban",
        "fail",
        f"fixed (was unknown): a ban the grant prevails over applies only where the law "
        f"forbids the use, which {DOD_3000_09} does not",
    ),
    (
        MOD,
        M3,
        f"{AW}/unconditional-ban",
        "pass",
        "amendment 1 states the ban unconditional and makes it prevail over the grant",
    ),
    (
        MOD,
        M1,
        f"{AW}/human-judgment",
        "fail",
        f"{DOD_3000_09}, para. 1.2: clause 7 asks for appropriate human judgment only "
        "'where operationally practicable', so it may be dispensed with",
    ),
    (
        MOD,
        M3,
        f"{AW}/human-judgment",
        "fail",
        "amendment 1 changes the ban and precedence, not clause 7's qualifier",
    ),
    (
        MOD,
        M1,
        f"{AW}/human-decision-per-engagement",
        "unknown",
        "a human decision for each engagement is stated only in a trade-press report, which "
        "binds no one; the contract is silent",
    ),
    (
        MOD,
        M1,
        f"{AW}/targeting-and-c2-controlled",
        "unknown",
        "the statement of work buys target nomination; whether outputs are advisory and a "
        "human decides each engagement the contract does not say (the press report does not "
        "count)",
    ),
    (
        MOD,
        M1,
        f"{AW}/legal-weapons-review",
        "pass",
        "Additional Protocol I, Art. 36: clause 7 has the ministry review the legality of any "
        "weapons use",
    ),
    (
        MOD,
        M1,
        f"{AW}/ihl-compliance",
        "pass",
        "clause 7 binds defence use to international humanitarian law",
    ),
    (
        MOD,
        M1,
        f"{MS}/explicit-ban",
        "fail",
        "Annex B's surveillance ban yields to the 'any lawful use' grant by clause 20: a "
        "carve-out for lawful uses written into the order of precedence",
    ),
    (
        MOD,
        M1,
        f"{MS}/red-lines-prevail",
        "fail",
        "clause 20 puts the grant above the annex that holds the red lines",
    ),
    (
        MOD,
        M3,
        f"{MS}/red-lines-prevail",
        "pass",
        "amendment 1, in force from 1 Jan 2028, makes the restrictions prevail over clause 3",
    ),
    (
        MOD,
        M1,
        f"{AI}/human-oversight",
        "not_applicable",
        "AI Act Art. 2(3): every stated purpose is defence or military, so the Act does not apply",
    ),
    (
        MOD,
        M1,
        f"{DR}/weights-location",
        "pass",
        "the weights are held only on the ministry's own servers in the Netherlands, and the "
        "vendor may not copy them out",
    ),
    # --- (2) military alliance, unclassified networks ---
    (
        ALLY,
        A1,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "the side letter, contract terms in force through 31 Dec 2027, bans use in "
        "autonomous weapon systems unconditionally, not waivable, no carve-out; weapons uses "
        "are excluded from a complete use list",
    ),
    (
        ALLY,
        A2,
        f"{AW}/autonomous-weapons-ban",
        "unknown",
        "the side letter lapsed on 31 Dec 2027 and nothing else bans the use: silence",
    ),
    (
        ALLY,
        A2,
        f"{AW}/unconditional-ban",
        "unknown",
        "no ban in force after the side letter lapsed, so whether it is unconditional is open",
    ),
    (
        ALLY,
        A1,
        f"{AW}/nato-principles",
        "unknown",
        "the NATO Principles of Responsible Use are adopted only in the alliance's press "
        "release, which is no contract term",
    ),
    (
        ALLY,
        A1,
        f"{DR}/classification-boundary",
        "unknown",
        "the ceiling is unclassified, but the ban on higher-classified inputs is stated only "
        "in the press release",
    ),
    (
        ALLY,
        A1,
        f"{DR}/telemetry-location",
        "fail",
        "clause 8: prompts, outputs and telemetry go to the vendor's US region and the vendor "
        "may export them (the customer's residency policy)",
    ),
    (
        ALLY,
        A1,
        f"{MS}/explicit-ban",
        "pass",
        "clause 5 bans mass surveillance unconditionally, not waivable, prevailing over any "
        "other provision; whom it protects is the next rule's question",
    ),
    (
        ALLY,
        A1,
        f"{MS}/protected-population",
        "unknown",
        "the ban protects member-state nationals only; whose data the analysis touches is not "
        "stated, so whether anyone is left out is open",
    ),
    (
        ALLY,
        A1,
        f"{AW}/targeting-and-c2-controlled",
        "pass",
        "weapons targeting and command and control are excluded, and the complete use list "
        "does not buy them",
    ),
    (
        ALLY,
        A1,
        f"{AI}/no-prohibited-practice",
        "not_applicable",
        "AI Act Art. 2(3): an alliance's use for military and defence purposes only",
    ),
    (
        ALLY,
        A1,
        f"{DR}/identity-management",
        "pass",
        "clause 8: access goes through the alliance's identity management",
    ),
    # --- (3) European police force, vendor with a US parent ---
    (
        POL,
        P1,
        f"{MS}/no-crime-prediction",
        "fail",
        "AI Act Art. 5(1)(d) (applicable from 2 Feb 2025, Art. 113(a)): the order form buys "
        "crime prediction by profiling, and clause 4's ban yields to the police's written "
        "direction",
    ),
    (
        POL,
        P1,
        f"{AI}/no-prohibited-practice",
        "fail",
        "AI Act Art. 5(1)(d): a practice the Act prohibits is bought by the order form",
    ),
    (
        POL,
        P1,
        f"{DR}/led-transfers",
        "fail",
        "Directive (EU) 2016/680, Arts 35-39: standard contractual clauses under the GDPR are "
        "no ground for a competent authority's data sent to the vendor's US parent",
    ),
    (
        POL,
        P2,
        f"{AI}/logging-and-retention",
        "unknown",
        "AI Act Art. 19(1), 26(6): three months falls short of six, but the system went into "
        "service on 1 Apr 2027, before 2 Dec 2027; unless changed significantly in design "
        "(not stated) Art. 111(2) as amended defers the duty to 2 Aug 2030, after the term",
    ),
    (
        POL,
        P1,
        f"{DR}/data-protection-regime",
        "pass",
        "Directive (EU) 2016/680, Arts 1(1), 2(1), 3(7): law-enforcement purposes only, a "
        "police force as controller, and the contract names the LED",
    ),
    (
        POL,
        P1,
        f"{DR}/foreign-disclosure",
        "not_applicable",
        "GDPR Art. 2(2)(d): the processing is a competent authority's for law enforcement "
        "only, and the LED has no counterpart to GDPR Art. 48",
    ),
    (
        POL,
        P1,
        f"{DR}/foreign-law-exposure",
        "fail",
        "the Irish processor's US parent makes it subject to the CLOUD Act (18 U.S.C. "
        "§2713), and it runs the storage and processing itself: no certification could "
        "outweigh that operator (SecNumCloud 3.2 §19.6 asks for an EU seat and caps non-EU "
        "holdings), nor can keys help data on its own infrastructure (was unknown until "
        "audit 34 read each site's operator)",
    ),
    (
        POL,
        P1,
        f"{MS}/explicit-ban",
        "pass",
        "clause 4 bans mass surveillance of all persons unconditionally, not waivable, with no "
        "carve-out; crime prediction is not a mass-surveillance use",
    ),
    (
        POL,
        P1,
        f"{MS}/ban-not-waivable",
        "pass",
        "the police's power to direct otherwise is stated for crime prediction only; the "
        "surveillance ban is stated not waivable",
    ),
    (
        POL,
        P1,
        f"{MS}/no-social-scoring",
        "pass",
        "AI Act Art. 5(1)(c): clause 4 prohibits social scoring with no carve-out, and nothing "
        "bought is social scoring",
    ),
    # --- (4) national border agency, EU-hosted, US model provider ---
    (
        BOR,
        B2,
        f"{DR}/transfer-mechanism",
        "fail",
        "GDPR Art. 45(1) and Decision (EU) 2023/1795, Art. 1: the DPF covers only certified "
        "organisations, and the US abuse-monitoring sub-processor is not certified",
    ),
    (
        BOR,
        B2,
        f"{DR}/dpf-fallback",
        "fail",
        "the onward transfer to an uncertified US sub-processor rests on the DPF it cannot use",
    ),
    (
        BOR,
        B2,
        f"{AI}/conformity-assessment",
        "unknown",
        "AI Act Art. 43(1): emotion inference on interviews is Annex III point 1(c); internal "
        "control is open only where the provider applies harmonised standards in full, not "
        "stated",
    ),
    (
        BOR,
        B2,
        f"{AI}/transparency-emotion-biometric",
        "unknown",
        "AI Act Art. 50(3): Annex 2 leaves informing the travellers exposed to emotion "
        "recognition unspecified",
    ),
    (
        BOR,
        B2,
        f"{AI}/logging-and-retention",
        "pass",
        "AI Act Art. 19(1), 26(6): automatic logs kept twelve months, at least six",
    ),
    (
        BOR,
        B1,
        f"{AI}/logging-and-retention",
        "pass",
        "read on the terms in force on 2 Dec 2027, when Chapter III applies to Annex III "
        "systems (Art. 113(c)(i) as amended): twelve months",
    ),
    (
        BOR,
        B2,
        f"{AI}/fundamental-rights-impact-assessment",
        "pass",
        "AI Act Art. 27(1): the border guard, a public body, assesses before first use (10 Jan "
        "2028), on terms agreed in October 2027",
    ),
    (
        BOR,
        B2,
        f"{AI}/eu-database-registration",
        "pass",
        "AI Act Art. 49(1), (3) and (4): provider and public-authority deployer both register",
    ),
    (
        BOR,
        B2,
        f"{AI}/serious-incident-reporting",
        "unknown",
        "AI Act Art. 73(2): 15 days meets the general limit, but the shorter periods for a "
        "death (73(4), 10 days) and a widespread infringement (73(3), 2 days) are not stated",
    ),
    (
        BOR,
        B2,
        f"{AI}/no-prohibited-practice",
        "unknown",
        "emotion recognition of travellers is not in a workplace (Art. 5(1)(f) not engaged), "
        "but the contract rules out none of the other Art. 5 practices: silence",
    ),
    (
        BOR,
        B2,
        f"{MS}/dpia-before-monitoring",
        "pass",
        "GDPR Art. 35(1), (3)(a)-(b): a DPIA precedes the profiling and biometric processing",
    ),
    (
        BOR,
        B2,
        f"{DR}/sub-processor-authorisation",
        "pass",
        "GDPR Art. 28(2): each sub-processor needs the agency's prior specific authorisation",
    ),
    # --- (5) foreign-intelligence translation and triage ---
    (
        INT,
        I1,
        f"{MS}/protected-population",
        "fail",
        "the ban carves out foreign-intelligence activities, lifting the protection from "
        "exactly the foreign persons in the data",
    ),
    (
        INT,
        I2,
        f"{MS}/protected-population",
        "fail",
        "fixed: from 1 Jan 2028 the side letter replaces the carve-outs with whatever the "
        "parties agree separately, which can lift the protection from anyone",
    ),
    (
        INT,
        I2,
        f"{MS}/explicit-ban",
        "fail",
        "triage of intercepted communications without selectors, and a carve-out for a "
        "separate agreement whose terms are not before the reader",
    ),
    (
        INT,
        I1,
        f"{MS}/not-intentional-only",
        "fail",
        "the ban carves out incidentally collected data",
    ),
    (
        INT,
        I1,
        f"{MS}/bulk-processing-limited",
        "fail",
        "communications are not processed with selectors by default",
    ),
    (
        INT,
        I1,
        f"{MS}/foreign-intelligence-purpose",
        "pass",
        "a documented foreign-intelligence purpose and approved person-data procedures are "
        "required",
    ),
    (
        INT,
        I1,
        f"{MS}/retention-and-query-logging",
        "pass",
        "person data minimised, retention limits set and queries about people logged",
    ),
    (
        INT,
        I1,
        f"{AI}/human-oversight",
        "not_applicable",
        "AI Act Art. 2(3): used for national-security purposes only",
    ),
    # --- (6) US defence department, Impact Level 6 ---
    (
        DOD,
        D1,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "clause 5: the customer may waive the ban by notice; amendment 1 was not yet signed "
        "(1 Aug 2027)",
    ),
    (
        DOD,
        D2,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "amendment 1, signed 1 Aug 2027 with effect from 1 Jan 2027, makes the unconditional "
        "ban not waivable",
    ),
    (
        DOD,
        D1,
        f"{AW}/unconditional-ban",
        "fail",
        "a ban the customer may waive is conditional on its choice",
    ),
    (
        DOD,
        D1,
        f"{MS}/no-domestic-law-enforcement",
        "unknown",
        "fixed (was pass): the contract buys a law-enforcement use deployed only in the US; "
        "the Posse Comitatus carve-out (18 U.S.C. §1385) allows only uses an Act of Congress "
        "expressly authorises, and the contract does not say they do",
    ),
    (
        DOD,
        D1,
        f"{MS}/explicit-ban",
        "fail",
        "the ban applies only 'as required by applicable law': it adds nothing to the law",
    ),
    (
        DOD,
        D1,
        f"{MS}/ban-independent-of-law",
        "fail",
        "an 'all lawful purposes' grant and a ban tied to applicable law",
    ),
    (
        DOD,
        D1,
        f"{MS}/red-lines-prevail",
        "unknown",
        "clause 2 states the restrictions prevail over the lawful-purposes grant, but the ban "
        "applies only 'as required by applicable law', and the contract does not say whether "
        "that law is the law at signing: as amended, the ban forbids nothing the grant gives "
        "and its precedence is empty; frozen, it still forbids what a later law permits "
        "(legal notes MS-16; was pass until audit 61)",
    ),
    (
        DOD,
        D1,
        f"{AW}/targeting-and-c2-controlled",
        "pass",
        "the complete use list buys neither weapons targeting nor command and control",
    ),
    # --- isolating contracts ---
    (
        "w-ban-annex-yields",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        f"fixed: the order of precedence puts the 'any lawful use' grant above the annex ban; "
        f"{DOD_3000_09}, Section 4, permits autonomous weapon systems after senior review",
    ),
    (
        "w-ban-annex-yields",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "fixed: 'unconditional' in the annex, but yielding to a grant of any lawful use",
    ),
    (
        "w-ban-annex-yields",
        D,
        f"{AW}/autonomy-limits",
        "unknown",
        "fixed (was not applicable): the ban that yields is not total, so permitted autonomy "
        "and its limits are in question",
    ),
    (
        "w-ban-annex-yields",
        D,
        f"{AW}/no-anti-personnel-autonomy",
        "unknown",
        "fixed (was not applicable): as above",
    ),
    (
        "w-ban-annex-precedence-silent",
        D,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "the annex ban is unconditional and not waivable; the contract does not say the grant "
        "prevails, and the specific prohibition is read beside the general grant",
    ),
    (
        "w-ban-annex-precedence-silent",
        D,
        f"{MS}/red-lines-prevail",
        "unknown",
        "which of the grant and the restrictions prevails is not stated",
    ),
    (
        "w-total-ban-yields",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "fixed: a total weapons ban the grant prevails over forbids nothing the law permits",
    ),
    (
        "w-total-ban-yields",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        "fixed (was not applicable): weapons integration is not ruled out, so Additional "
        "Protocol I, Art. 36 review is in question; the contract is silent",
    ),
    (
        "w-total-ban-yields",
        D,
        f"{AW}/human-judgment",
        "unknown",
        f"fixed (was not applicable): {DOD_3000_09}, para. 1.2; the standard is not stated",
    ),
    (
        "w-fire-control-where-practicable",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        f"fixed: fire control by a system acting without a human step, a human decision only "
        f"'where operationally practicable': it engages without one whenever the qualifier "
        f"is invoked ({DOD_3000_09}, Glossary, 'autonomous weapon system')",
    ),
    (
        "w-fire-control-where-practicable",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "fixed: the label 'unconditional' does not survive a term that buys the practice",
    ),
    (
        "w-fire-control-where-practicable",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "the human decision for each engagement is required only where practicable",
    ),
    (
        "w-fire-control-where-practicable",
        D,
        f"{AW}/autonomy-limits",
        "unknown",
        "fixed (was not applicable): the ban is not total when the contract buys autonomous "
        "engagement, and no limits are stated",
    ),
    (
        "w-fire-control-human-decision",
        D,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "a human decides every engagement, unqualified: the fire control bought is not "
        "autonomous, and the ban is unconditional and not waivable",
    ),
    (
        "ms-separate-agreement-population",
        D,
        f"{MS}/protected-population",
        "fail",
        "fixed: a carve-out for whatever the parties agree separately can lift the protection "
        "from anyone",
    ),
    (
        "ms-separate-agreement-population",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "the ban holds only until the parties agree otherwise",
    ),
    (
        "dle-us-deployment-authority",
        D,
        f"{MS}/no-domestic-law-enforcement",
        "pass",
        "18 U.S.C. §1385: the carve-out is Posse Comitatus only, and each law-enforcement use "
        "is stated to rest on an Act of Congress expressly authorising it",
    ),
    (
        "ai-fria-retroactive",
        LATER,
        f"{AI}/fundamental-rights-impact-assessment",
        "unknown",
        "AI Act Art. 27(1): the assessment is due before first use (10 Jan 2028); amendment 1, "
        "signed 1 Mar 2028 with retroactive effect, cannot have preceded it, and the terms of "
        "that day are silent",
    ),
    (
        "ai-fria-retroactive",
        LATER,
        f"{AI}/eu-database-registration",
        "unknown",
        "AI Act Art. 49(3): the deployer's registration before use is promised only after it",
    ),
    (
        "ai-mod-dual-use-recruitment",
        LATER,
        f"{AI}/scope-qualification-recorded",
        "fail",
        "AI Act Art. 2(3) and Recital 24: the ministry also screens job applicants "
        "(employment), so the exclusion it claims for the whole deployment does not hold",
    ),
    (
        "ai-mod-dual-use-recruitment",
        LATER,
        f"{AI}/human-oversight",
        "unknown",
        "AI Act Art. 14, Annex III point 4(a): recruitment screening is high-risk and in "
        "scope; oversight is not stated",
    ),
]

PROFILE_CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        DOD,
        D1,
        f"{DR}/classification-boundary",
        "us-defence",
        "pass",
        "DoD Cloud SRG, Impact Level 6: a SECRET ceiling within the customer's limit, higher "
        "inputs forbidden, the SIPRNet enclave accredited to SECRET",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit27_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


test_audit27_verdict_under_profile = profile_verdict_test(DATA, PROFILE_CASES)


def test_every_audit27_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in PROFILE_CASES),
        (row[0] for row in KNOWN_WRONG),
    )
