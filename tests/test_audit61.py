"""Sixty-first legal-fidelity audit: whole contracts of the two kinds the tool exists for.
Five descriptions (tests/data/audit61/*.yaml), written blind from the AI Act (Art. 2(3),
Art. 5, Arts 53-55), the GDPR (Arts 3(1), 28, 44-46), Schrems II (C-311/18), the CLOUD
Act (18 U.S.C. §2713), DoD Directive 3000.09, NATO's Principles of Responsible Use and the
project's legal notes (gates G-1 to G-4, MS-01 to MS-18, AW-01 to AW-16, DR-02, DR-06,
DR-08 to DR-12), each read on two or three days (before signature, in force, after an
amendment or the lapse of a term), run through the real CLI and read as counsel would.

(a) Defence ministries running a vendor's model on classified networks: a US department
on its SECRET networks with weights in government custody, cleared staff, an air gap, an
"any lawful purpose" grant, surveillance and weapons limits that apply only "where law or
policy requires", a modification a year later that makes the weapons ban unconditional,
and a press report that claims a wider surveillance ban than clause 7.1 gives; a European
ministry whose fine-tuned targeting-support model the vendor may copy, whose human
decision per strike is qualified "where operationally feasible" until an amendment, and
which buys "force protection analytics" that are mass surveillance by another name; a
ministry outside the EU buying a reduced-safeguard model for any lawful use, whose later
red lines yield to the grant.

(b) A 32-nation alliance running a model on its unclassified networks for intelligence
analysis, logistics, cyber defence and translation: member-state personal data in Belgium
and backups with a US sub-processor under standard contractual clauses without a transfer
impact assessment, weights in the vendor's US cloud, a signed side letter (enforcement,
NATO principles) for one year, a draft annex on weights custody the alliance never signed,
a complete use-case list, and a surveillance ban with one carve-out (defence of its own
networks); and a sister contract whose ban carves out publicly available data, an
unsigned draft annex that would close the carve-out, a DPF transfer with no fallback, and
a press report that claims the carve-out is closed.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). The blind answers were written before the
tool was run; where one was wrong the row says so.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit61"

EU = "eu-ai-act-high-risk"
DR = "data-residency"
AW = "no-autonomous-weapons"
MS = "no-mass-surveillance"

#: Before the alliance signs (20 Jan 2027): no side letter, no draft annex yet.
PRE_ALLIANCE = "2026-12-01"
#: Before the US department signs (15 Mar 2027).
PRE_DOD = "2027-03-01"
#: Before the Dutch ministry signs (10 Jun 2027).
PRE_NL = "2027-05-01"
#: Every contract in force; the alliance's side letter in force (1 Jun 2027 - 31 May 2028).
IN = "2027-09-01"
#: After the amendments (US 1 Apr 2028, UK 15 Mar 2028, NL 1 Jun 2028), after the alliance's
#: side letter lapsed (31 May 2028) and after the OSINT contract's term ended (14 Apr 2028).
LATER = "2028-09-01"

#: Why a "where law or policy requires" qualifier empties a red line.
QUALIFIED = (
    "a restriction that applies only 'where law, regulation or Department policy requires' "
    "adds nothing to the law, and DoD policy does not require human control of autonomous "
    "weapons (DoDD 3000.09 (25 Jan 2023) §1.2 asks 'appropriate levels of human "
    "judgment' and permits autonomous weapon systems after senior review, §4; CRS IF11150)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- (a) US department, SECRET networks, any lawful purpose ---
    (
        "dod-secret-lawful-use",
        IN,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        f"clause 3 grants any lawful purpose to a defence customer; clause 7.2's ban is "
        f"qualified: {QUALIFIED}; no precedence over the grant is stated. Legal notes AW-01 "
        "FAIL: 'any lawful use' to a defence customer with no weapons carve-out",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{AW}/unconditional-ban",
        "fail",
        f"clause 7.2: {QUALIFIED} (legal notes AW-15 FAIL)",
    ),
    (
        "dod-secret-lawful-use",
        PRE_DOD,
        f"{AW}/unconditional-ban",
        "fail",
        "before signature the signed text is read as it will bind; Modification P00001 "
        "(20 Mar 2028) is not yet agreed and states nothing: clause 7.2 stays qualified "
        "(AW-15)",
    ),
    (
        "dod-secret-lawful-use",
        LATER,
        f"{AW}/unconditional-ban",
        "pass",
        "Modification P00001, signed by the Contracting Officer and the Contractor as clause "
        "12 requires (FAR 43.103(a)), in force from 1 Apr 2028, prevails over clause 7.2: "
        "unconditional, tied to the law at signing (legal notes AW-15 PASS)",
    ),
    (
        "dod-secret-lawful-use",
        LATER,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "P00001: unconditional ban, no exceptions, applies notwithstanding clause 3's grant "
        "(Restatement (Second) of Contracts §203(c): the specific term), so the grant no "
        "longer reaches autonomous weapons (AW-01 PASS)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{AW}/human-judgment",
        "pass",
        "clause 7.2: commanders exercise 'appropriate levels of human judgment over the use "
        "of force' (DoDD 3000.09 §1.2; legal notes AW-02 PASS)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{AW}/human-decision-per-engagement",
        "unknown",
        "the 3000.09 standard does not require a human decision for each engagement (legal "
        "notes AW-03: AW-02 PASS does not imply AW-03 PASS); the contract is otherwise silent",
    ),
    (
        "dod-secret-lawful-use",
        LATER,
        f"{AW}/human-decision-per-engagement",
        "pass",
        "P00001: each use of lethal force needs an affirmative decision by an identified "
        "human (CCW GGE guiding principle (b), 2019; AW-03 PASS)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{AW}/no-weapons-embedding",
        "unknown",
        "clause 2: air-gapped on the Department's networks, no edge delivery; but weights "
        "held on site can be moved, and nothing bars installing them on armed platforms "
        "(legal notes AW-07 note: on-premises weights pass only where installation on "
        "armed platforms is barred)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{AW}/no-guardrail-free-models",
        "pass",
        "clause 2: the standard model, its safety training and safeguards active (legal "
        "notes AW-08 PASS)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{AW}/deactivation",
        "unknown",
        "no suspension or stop right for either party is stated (NATO PRU E; DoD AI "
        "principle 'governable'; AW-11 UNKNOWN)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{MS}/explicit-ban",
        "fail",
        "clause 7.1 bans only intentional domestic surveillance of U.S. persons 'consistent "
        "with applicable law', save foreign intelligence, beside a grant of any lawful "
        "purpose: no ban on mass surveillance of people (legal notes MS-01 FAIL: 'any lawful "
        "use' to a customer with a surveillance nexus and no real carve-out)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{MS}/protected-population",
        "fail",
        "clause 7.1 protects U.S. persons only (EO 12333 §3.5(k)); intelligence analysis "
        "touches foreign persons, whom Schrems II (C-311/18, paras 180-184) found without "
        "equivalent protection (legal notes MS-02 FAIL)",
    ),
    (
        "dod-secret-lawful-use",
        LATER,
        f"{MS}/protected-population",
        "fail",
        "the June 2028 press report says every person is protected; a press report is no "
        "term of the contract and never overrides clause 7.1, which P00001 left as it was",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{MS}/not-intentional-only",
        "fail",
        "clause 7.1: 'intentionally used' (50 U.S.C. §1881a(b): incidental collection and "
        "queries stay open; legal notes MS-03 FAIL)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{MS}/red-lines-prevail",
        "fail",
        "clause 7.1 applies only 'consistent with applicable law' where law or policy "
        "requires, beside clause 3's any-lawful-purpose grant (legal notes MS-16 FAIL: "
        "restrictions only to the extent applicable law requires)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{MS}/no-domestic-law-enforcement",
        "unknown",
        "a US military customer, and the contract is silent on domestic law enforcement "
        "(18 U.S.C. §1385; legal notes MS-13 UNKNOWN)",
    ),
    (
        "dod-secret-lawful-use",
        LATER,
        f"{MS}/no-domestic-law-enforcement",
        "pass",
        "P00001 bars domestic law-enforcement use save what the Posse Comitatus Act allows "
        "(18 U.S.C. §1385; legal notes MS-13 PASS)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{MS}/foreign-intelligence-purpose",
        "unknown",
        "intelligence analysis is permitted, and foreign intelligence is carved out of clause "
        "7.1, but no documented purpose or approved procedures are required (EO 12333 §2.3; "
        "DoDM 5240.01): silent, unknown (MS-15)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{DR}/weights-custody",
        "pass",
        "clause 5: weights on Government-controlled servers, the Contractor keeps no copy "
        "(legal notes DR-02 PASS)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{DR}/classification-boundary",
        "pass",
        "clause 2: a SECRET network, nothing above SECRET allowed (legal notes DR-14)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "a US department, exclusively military purposes, no output used in the Union: "
        "outside the AI Act (Art. 2(1), 2(3))",
    ),
    # --- (a) Dutch ministry, targeting support on a national SECRET network ---
    (
        "nl-mod-targeting-support",
        IN,
        f"{MS}/explicit-ban",
        "fail",
        "clause 8 bans mass surveillance, but clause 2 buys 'force protection analytics', "
        "pattern-of-life analysis of the whole population around the bases: mass "
        "surveillance under another label (legal notes MS-01 FAIL: population-level "
        "monitoring expressly permitted); a ban does not pass by its label",
    ),
    (
        "nl-mod-targeting-support",
        IN,
        f"{MS}/protected-population",
        "fail",
        "the ban names all persons, but the contract's own permitted use monitors the whole "
        "population around the bases; those people are not protected (MS-02)",
    ),
    (
        "nl-mod-targeting-support",
        IN,
        f"{EU}/no-prohibited-practice",
        "not_applicable",
        "every purpose is defence (complete list): outside the AI Act (Art. 2(3), second "
        "subparagraph; Recital 24), whatever the practice",
    ),
    (
        "nl-mod-targeting-support",
        PRE_NL,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "before signature, the draft's clause 9 as it would bind: a commander decides each "
        "strike only 'where operationally feasible', so engagements may proceed without a "
        "human decision (legal notes AW-03 FAIL)",
    ),
    (
        "nl-mod-targeting-support",
        IN,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "clause 9: the human decision per strike is qualified 'where operationally feasible' "
        "(AW-03 FAIL; CCW GGE guiding principle (b))",
    ),
    (
        "nl-mod-targeting-support",
        LATER,
        f"{AW}/human-decision-per-engagement",
        "pass",
        "Amendment No. 1 (in force 1 Jun 2028) removes the qualification: each strike needs "
        "an identified commander's decision (AW-03 PASS)",
    ),
    (
        "nl-mod-targeting-support",
        IN,
        f"{AW}/autonomy-limits",
        "unknown",
        "counter-munition autonomy is carved out, limited to materiel targets, a bounded "
        "area and time and supervision, but nothing says no civilians are present (ICRC "
        "position of 12 May 2021, recommendation 3; legal notes AW-14 UNKNOWN)",
    ),
    (
        "nl-mod-targeting-support",
        LATER,
        f"{AW}/autonomy-limits",
        "pass",
        "Amendment No. 1 adds the fourth limit: only where no civilians are present (AW-14 "
        "PASS)",
    ),
    (
        "nl-mod-targeting-support",
        IN,
        f"{AW}/legal-weapons-review",
        "pass",
        "clause 9: any weapons use undergoes an Article 36 review (Additional Protocol I, "
        "Art. 36; the Netherlands is a party)",
    ),
    (
        "nl-mod-targeting-support",
        IN,
        f"{AW}/senior-review",
        "not_applicable",
        "DoDD 3000.09 senior review binds US DoD components only; the customer is the Dutch "
        "ministry",
    ),
    (
        "nl-mod-targeting-support",
        IN,
        f"{AW}/decision-support-advisory",
        "fail",
        "outputs are advisory, but the human approval of a strike is required only 'where "
        "operationally feasible', so a nominated target may be struck without it (legal "
        "notes AW-09: a named human role approves any decision on the use of force)",
    ),
    (
        "nl-mod-targeting-support",
        LATER,
        f"{AW}/decision-support-advisory",
        "pass",
        "clause 9 as amended: advisory outputs and an identified commander's decision on "
        "each strike; the August 2028 press report that targets enter the strike queue "
        "automatically is no contract term and decides nothing (AW-09 PASS)",
    ),
    (
        "nl-mod-targeting-support",
        IN,
        f"{AW}/ihl-compliance",
        "pass",
        "clause 9: any weapons use complies with international humanitarian law (NATO PRU "
        "A; AW-13 PASS)",
    ),
    (
        "nl-mod-targeting-support",
        IN,
        f"{AW}/verification-and-testing",
        "unknown",
        "targeting support is permitted; no verification, validation or testing duty is "
        "stated (DoDD 3000.09 §1.2(a); NATO PRU D; AW-05 UNKNOWN)",
    ),
    (
        "nl-mod-targeting-support",
        IN,
        f"{DR}/weights-custody",
        "fail",
        "clause 4: weights fine-tuned on Ministry data, and the Contractor may keep a copy "
        "(legal notes DR-02 FAIL: the vendor keeps customer-specific weights)",
    ),
    # --- (b) Alliance, unclassified networks, side letter, unsigned draft annex ---
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{MS}/explicit-ban",
        "pass",
        "clause 9: no mass or untargeted surveillance of any person, unconditional, not "
        "waivable; the one carve-out (defence of the alliance's own networks) is the "
        "monitoring NIS2 (Directive (EU) 2022/2555, Recital 121) recognises as network "
        "security, not surveillance of people (MS-01 PASS)",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{MS}/protected-population",
        "pass",
        "clause 9: any person, whatever their nationality (legal notes MS-02 PASS)",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{MS}/commercial-data-covered",
        "pass",
        "clause 9 covers commercially acquired data and carves out only network defence "
        "(MS-04 PASS)",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{MS}/enforcement-mechanisms",
        "pass",
        "the side letter, signed by both parties as clause 14 requires and in force from 1 "
        "Jun 2027: vendor monitoring, audit rights, violation reporting and termination for "
        "breach (legal notes MS-17 PASS)",
    ),
    (
        "alliance-unclassified-sidelet",
        LATER,
        f"{MS}/enforcement-mechanisms",
        "unknown",
        "the side letter lapsed on 31 May 2028; the contract itself states no enforcement "
        "(MS-17 UNKNOWN: only terms in force count)",
    ),
    (
        "alliance-unclassified-sidelet",
        PRE_ALLIANCE,
        f"{MS}/enforcement-mechanisms",
        "unknown",
        "before signature: the side letter (1 Jun 2027) does not exist yet (MS-17 UNKNOWN)",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{AW}/nato-principles",
        "pass",
        "the side letter makes NATO's Principles of Responsible Use (2021) contract terms",
    ),
    (
        "alliance-unclassified-sidelet",
        LATER,
        f"{AW}/nato-principles",
        "unknown",
        "the side letter has lapsed; the contract is silent on the principles",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{DR}/weights-custody",
        "fail",
        "clause 6: weights in the Provider's own cloud in the US; draft Annex W would put "
        "them in alliance custody, but it lacks the alliance's signature, which clause 14 "
        "requires, and binds no one (legal notes DR-02 FAIL)",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{DR}/transfer-impact-assessment",
        "fail",
        "systematic transfers of personal data to a US sub-processor on the 2021 SCCs with no "
        "transfer impact assessment (C-311/18 Schrems II, paras 134-135; SCC 2021/914 clause "
        "14; EDPB Recommendations 01/2020)",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{DR}/foreign-law-exposure",
        "fail",
        "the processor's US parent and the processor itself are within the CLOUD Act (18 "
        "U.S.C. §2713) and FISA s.702, with no certification or engineered mitigation "
        "(legal notes DR-06 FAIL)",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{DR}/processor-terms",
        "fail",
        "the processor terms, listed in full, lack audits and information (GDPR Art. "
        "28(3)(h)); the processor, established in Belgium, is bound by Art. 28 (Art. 3(1))",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{DR}/sub-processor-authorisation",
        "pass",
        "general written authorisation, its obligations flowed down (GDPR Art. 28(2), (4))",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 2: the complete list of permitted uses has no weapons use, and weapons "
        "targeting, fire control and autonomous weapons are expressly excluded (legal notes "
        "AW-01 PASS: all weapons use forbidden outright)",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{EU}/gpai-provider-duties",
        "unknown",
        "the Art. 2(3) exclusion is worded for AI systems; a general-purpose model placed on "
        "the Union market (1 May 2026) carries Arts 53-54 duties whatever one customer's use "
        "(legal notes G-1); the contract is silent on them",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{MS}/retention-and-query-logging",
        "unknown",
        "clause 9: minimisation and retention limits, but query logging is left open "
        "(legal notes MS-18)",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{DR}/classification-boundary",
        "unknown",
        "an unclassified network, but no ceiling on the information put on it is stated "
        "(legal notes DR-14)",
    ),
    # --- (b) Alliance, OSINT carve-out, unsigned draft annex, DPF without fallback ---
    (
        "alliance-osint-carveout",
        IN,
        f"{MS}/public-data-covered",
        "fail",
        "clause 7 carves publicly available information out of the ban (legal notes MS-05 "
        "FAIL); draft Annex S that would close the carve-out is signed by nobody, and clause "
        "15 requires both signatures; the June 2027 press report is no contract term",
    ),
    (
        "alliance-osint-carveout",
        LATER,
        f"{MS}/public-data-covered",
        "fail",
        "the term ended on 14 Apr 2028; the terms, read as they bound, still carve out public "
        "data and the annex is still unsigned",
    ),
    (
        "alliance-osint-carveout",
        IN,
        f"{MS}/explicit-ban",
        "pass",
        "clause 7: no mass surveillance of any person, unconditional, notwithstanding the "
        "any-lawful-purpose grant of clause 2 (MS-01 PASS; the public-data carve-out is "
        "MS-05's question)",
    ),
    (
        "alliance-osint-carveout",
        IN,
        f"{MS}/red-lines-prevail",
        "pass",
        "clause 7 applies notwithstanding clause 2 (legal notes MS-16 PASS)",
    ),
    (
        "alliance-osint-carveout",
        IN,
        f"{DR}/dpf-fallback",
        "fail",
        "systematic transfers to a DPF-certified US sub-processor with no fallback mechanism "
        "(Decision (EU) 2023/1795; T-553/23 Latombe, under appeal; legal notes DR-12 FAIL)",
    ),
    (
        "alliance-osint-carveout",
        IN,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "clause 2 grants any lawful purpose to a military alliance, with no weapons carve-out "
        "(legal notes AW-01 FAIL)",
    ),
    # --- (a) UK ministry, reduced safeguards, any lawful use ---
    (
        "uk-mod-guardrails-off",
        IN,
        f"{AW}/no-guardrail-free-models",
        "fail",
        "clause 2: a model variant with safety classifiers removed for a defence customer "
        "that may use it for weapons targeting (legal notes AW-08 FAIL)",
    ),
    (
        "uk-mod-guardrails-off",
        IN,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "any lawful purpose, limited only by law, to a defence customer (AW-01 FAIL)",
    ),
    (
        "uk-mod-guardrails-off",
        IN,
        f"{MS}/explicit-ban",
        "fail",
        "any lawful purpose, limited only by law, to a customer with intelligence analysis "
        "in scope (MS-01 FAIL)",
    ),
    (
        "uk-mod-guardrails-off",
        LATER,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "Amendment 1's ban yields to the grant of any lawful purpose (prevails_over_grants "
        "false): whatever the law permits stays permitted (AW-01 FAIL)",
    ),
    (
        "uk-mod-guardrails-off",
        LATER,
        f"{MS}/red-lines-prevail",
        "fail",
        "Amendment 1's surveillance ban is stated to yield to the lawful-use grant (MS-16 "
        "FAIL)",
    ),
    (
        "uk-mod-guardrails-off",
        LATER,
        f"{AW}/no-guardrail-free-models",
        "fail",
        "Amendment 1 leaves the reduced-safeguard model in place (AW-08 FAIL)",
    ),
    (
        "uk-mod-guardrails-off",
        IN,
        f"{AW}/senior-review",
        "not_applicable",
        "DoDD 3000.09 binds US DoD components only; the customer is the UK ministry",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit61_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit61_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
