"""Sixty-first legal-fidelity audit: whole contracts of the two kinds the tool exists for.
Six descriptions (tests/data/audit61/*.yaml), five written blind from the AI Act (Art. 2(3),
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
a press report that claims the carve-out is closed. A sixth (a Polish ministry whose
surveillance ban "prevails" over an any-lawful-use grant only "to the extent required by
applicable law") was written after the run, to show the wrong PASS the audit found.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). The blind answers were written before the
tool was run (commit "Audit 61: blind descriptions ..."); where one was wrong the row
says so.

What the audit found: nine of the 67 blind answers differed from the tool, and in each the
tool was right: a scope clause read as a ban, a carve-out's label read as its confinement,
the description's silence read as the contract's, a relaxed model read as guardrails off,
the pack's unclassified default limit, the AI Act's scope under an any-lawful-use grant, a
materiel-target carve-out that still lets a system use lethal force without a human
decision, and a ban "where law or policy requires" read as a restatement of the law (the
customer's policy can forbid lawful uses, so the ban's precedence still decides). Probing
that last one found a tool error: no-mass-surveillance/red-lines-prevail did not read the
ban's condition, so a ban that applies only "as required by applicable law", the law as
amended from time to time, passed wherever it claimed to prevail over an any-lawful-use
grant (a wrong PASS: such a ban forbids nothing a grant of every lawful use gives; legal
notes MS-16 FAIL). The rule now fails it, and is unknown where the contract does not say
whether the law is fixed at signing (a ban frozen at signing still forbids what a later
law permits, so its precedence decides); audit 27's DoD IL6 row moves from pass to
unknown with it.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test, verdict_test

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
        "unknown",
        "clause 3 grants any lawful purpose and clause 7.1 does not say whether it prevails "
        "(legal notes MS-16 UNKNOWN: a grant and restrictions with no precedence rule). The "
        "blind answer (fail) read 'where law or policy requires' as a restatement of the law; "
        "but the Department's policy may forbid lawful uses, so the qualified ban can still "
        "reach uses the grant gives, and its precedence decides (the qualifier fails "
        "ban-independent-of-law and explicit-ban). Found on the way: the same rule passed a "
        "ban that restates the law as amended wherever it claimed to prevail (pl-mod-restated-"
        "law below)",
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
        "fail",
        "clause 2 puts SECRET information on the network; the pack's customer limit "
        "(max_classification) is unclassified unless a profile says otherwise, as for an "
        "alliance's unclassified networks. The blind answer (pass) read the US department's "
        "own limit into the contract; under the us-defence profile (SECRET) it passes, "
        "PROFILE_CASES below (legal notes DR-14: a policy limit, not a statute)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{EU}/high-risk-classification",
        "unknown",
        "clause 2 names military purposes, but clause 3 grants any lawful purpose and the "
        "list of uses is open, so a civilian use (in scope, Recital 24) is not ruled out, nor "
        "is use of the output in the Union (Art. 2(1)(c)); legal notes G-1: UNKNOWN where the "
        "contract permits 'any lawful use'. The blind answer (not applicable) took the "
        "purposes clause alone",
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
        "fail",
        "Amendment No. 1 (in force 1 Jun 2028) removes the qualification from clause 9, but "
        "the ban still carves out autonomous defence against 'materiel targets', and a "
        "materiel target may be crewed (an aircraft, a vehicle): such a system uses lethal "
        "force without a human decision for that engagement (legal notes AW-03; CCW GGE "
        "guiding principle (b)). The blind answer (pass) read the carve-out as AW-14's "
        "question alone",
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
        "Amendment No. 1 adds the fourth limit: only where no civilians are present (AW-14 PASS)",
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
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 9 bans use in weapon systems that select and engage targets without human "
        "intervention, unconditionally, save counter-munition defence against materiel "
        "targets under operator supervision (ICRC position of 12 May 2021, recommendation 3; "
        "DoDD 3000.09 §4 exempts such supervised local defence from senior review). The "
        "model's outputs are advisory and it takes no action itself; the qualified human "
        "decision per strike fails AW-03 and AW-09, it buys no autonomous engagement",
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
        "unknown",
        "clause 9 bans mass surveillance of any person, unconditionally; its one carve-out, "
        "'monitoring needed to defend the alliance's own networks', does not say that it "
        "leaves out the content of persons' communications, so it may reach every message "
        "on the networks (C-511/18 La Quadrature du Net, paras 134-141: general monitoring of "
        "content is never proportionate). The blind answer (pass) took the carve-out's label "
        "for its confinement",
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
        f"{AW}/autonomous-weapons-ban",
        "unknown",
        "clause 2's complete list of uses has no weapons use and puts autonomous weapons out "
        "of scope, but a scope clause is no prohibition: a later statement of work can widen "
        "the scope without touching any red line (legal notes AW-01 asks the contract to "
        "forbid the use). The blind answer (pass) read the scope as a ban",
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
        "unknown",
        "clause 2 grants any lawful purpose to a military alliance and the description "
        "records no weapons clause; but it does not say that the contract has none (clause 7 "
        "restricts surveillance, so the grant is not 'limited only by law'): silence is "
        "unknown (legal notes AW-01 UNKNOWN: defence customer, silent). The blind answer "
        "(fail) read the description's silence as the contract's",
    ),
    # --- (a) UK ministry, reduced safeguards, any lawful use ---
    (
        "uk-mod-guardrails-off",
        IN,
        f"{AW}/no-guardrail-free-models",
        "unknown",
        "clause 2: a variant with some safety classifiers removed, for a defence customer "
        "that may use it for weapons targeting; a relaxed government variant is acceptable "
        "only while the vendor keeps running its safety stack (OpenAI, 28 Feb 2026; legal "
        "notes AW-08), and the contract does not say whether it does. The blind answer "
        "(fail) read 'some classifiers removed' as guardrails off",
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
        "Amendment 1's surveillance ban is stated to yield to the lawful-use grant (MS-16 FAIL)",
    ),
    (
        "uk-mod-guardrails-off",
        LATER,
        f"{AW}/no-guardrail-free-models",
        "unknown",
        "Amendment 1 leaves the relaxed model in place and says nothing of the vendor's "
        "safety stack (AW-08; the blind answer was fail, as on 1 Sep 2027)",
    ),
    # --- (a) Polish ministry: a ban that "prevails", as far as the law requires (written
    # after the run, to show the wrong PASS the audit found) ---
    (
        "pl-mod-restated-law",
        IN,
        f"{MS}/red-lines-prevail",
        "fail",
        "clause 7 applies 'notwithstanding clause 3', but only 'to the extent required by "
        "applicable law as amended from time to time': it forbids nothing the law permits, "
        "and clause 3 grants every lawful use, so the precedence is empty (legal notes MS-16 "
        "FAIL: restrictions only 'to the extent required by applicable law' as amended). The "
        "tool passed it on the precedence alone (a wrong PASS), fixed in this audit",
    ),
    (
        "pl-mod-restated-law",
        "2027-05-01",
        f"{MS}/red-lines-prevail",
        "fail",
        "before signature (20 May 2027) the draft is read as it would bind: the same empty "
        "precedence (MS-16)",
    ),
    (
        "pl-mod-restated-law",
        IN,
        f"{MS}/explicit-ban",
        "fail",
        "a ban that restates applicable law beside a grant of any lawful purpose bans "
        "nothing (legal notes MS-01 FAIL: only a generic 'comply with law' clause, with a "
        "lawful-use grant)",
    ),
    (
        "pl-mod-restated-law",
        IN,
        f"{MS}/ban-independent-of-law",
        "fail",
        "clause 7: 'to the extent required by applicable law as amended' (legal notes MS-16; "
        "EO 12333 and FISA s.702 permit much bulk and incidental collection)",
    ),
    (
        "pl-mod-restated-law",
        IN,
        f"{MS}/protected-population",
        "pass",
        "clause 7 names every person, whatever their nationality (MS-02 asks whom the ban "
        "protects; how far it reaches is asked by explicit-ban and ban-independent-of-law, "
        "which fail)",
    ),
]

#: Rows read under a built-in profile (the customer's own limits).
PROFILE_CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        "dod-secret-lawful-use",
        IN,
        f"{DR}/classification-boundary",
        "us-defence",
        "pass",
        "the US defence customer's limit is SECRET: clause 2's SECRET network and ceiling "
        "are within it, higher information is barred (legal notes DR-14)",
    ),
    (
        "dod-secret-lawful-use",
        IN,
        f"{DR}/personnel-location",
        "us-defence",
        "pass",
        "clause 6: cleared US citizens working in the US (legal notes DR-05)",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{DR}/weights-custody",
        "alliance-unclassified",
        "fail",
        "the alliance requires government custody of the weights; they stay in the vendor's "
        "US cloud, and draft Annex W, unsigned by the alliance, binds no one (DR-02)",
    ),
    (
        "alliance-unclassified-sidelet",
        IN,
        f"{DR}/sub-processor-locations",
        "alliance-unclassified",
        "pass",
        "the one sub-processor, listed in full, is in the US, a member of the alliance, "
        "which the profile allows (GDPR Art. 28(2), (4); the transfer itself is "
        "transfer-impact-assessment's question)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit61_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)
test_audit61_profile_verdict = profile_verdict_test(DATA, PROFILE_CASES)


def test_every_audit61_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
