"""Fifty-eighth legal-fidelity audit: red lines a party can switch off. Eight descriptions
(tests/data/audit58/*.yaml), written blind from contract law (an illusory promise,
Restatement (Second) of Contracts §77 and comment a; the contracting officer as the
Government's agent, FAR 1.602-1, 43.102(a), 43.103; no oral modification clauses, Rock
Advertising Ltd v MWB Business Exchange Centres Ltd [2018] UKSC 24), the vendors' red lines
(OpenAI, 28 Feb / 2 Mar 2026; Anthropic, 26 Feb 2026), EO 14086 §2(c)(ii), DoD Directive
3000.09 (25 Jan 2023) and the project's legal notes (MS-01, MS-02, MS-16, MS-17, AW-01,
AW-15, AW-16), run through the real CLI and read as counsel would.

Each contract turns on whether one party can switch a red line off: a US Army licence whose
bans are suspended in any national emergency the Customer declares; a DoD licence for all
lawful purposes whose bans prevail over the grant "unless otherwise directed in writing by
the Contracting Officer"; a Marine Corps autonomous-weapons ban "subject to operational
requirements"; an Air Force subscription whose bans sit in the vendor's acceptable-use
policy, which the vendor may amend at will and (until a bilateral amendment deletes it) the
customer may waive by notice; a DoD licence whose bans reach only as far as "applicable
law, as amended from time to time" and DoD Directive 3000.09 "as amended" require; a Navy
licence whose bans end on a termination for convenience that leaves the delivered model
running under a perpetual licence; a Netherlands MoD ban the Ministry may lift for a named
operation after its own legal review; and the control, unconditional bans changed only by
an amendment both parties sign, against which a direction signed by the Government alone
changes nothing.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). The blind answers were written before the tool
was run. They disagreed with the tool on seven rows:

- a wrong PASS, fixed: no-mass-surveillance/explicit-ban passed a surveillance ban the
  customer may waive or suspend (five contracts: emergency, contracting officer, AUP waiver
  by notice, termination for convenience, named operation), where the weapons pack's ban
  rule already failed the same clause. A ban the customer may switch off at will binds it
  only while it chooses and leaves only the law, which permits much bulk collection (EO
  14086 §2(c)(ii)); the legal notes' MS-01 PASS asks for "no customer-side override". The
  rule now fails on restrictions.mass_surveillance.waivable_by_customer true (unknown on
  unspecified), with fixtures. The meaning of waivable_by_customer now names the ways a
  clause gives the customer the switch without the word "waive" (a contracting officer's
  direction, an emergency it declares, "subject to operational requirements" it alone
  judges, a named operation after its own review, a termination at will that leaves the
  system running), so that a describer following the clause's words does not record the
  ban as unwaivable, or leave it out and have the waiver rules read silence as "no";
- two blind answers were wrong: a surveillance ban "to the extent prohibited by applicable
  law, as amended" is not a mere comply-with-law clause (unknown) but a ban that permits
  whatever the law permits, and fails like a lawful-purposes carve-out; and the rule that
  laws the ban refers to are fixed at signing does not apply to an unconditional ban beside
  no lawful-use grant (MS-16 NOT_APPLICABLE), which counsel had passed;
- after the Navy's termination, counsel's fail on the weapons ban was too strong: the
  surviving licence is for decision support to targeting cells, and integration into an
  autonomous weapon system lies outside it, so silence keeps it unknown;
- two rows stayed known wrong (below, both since fixed).

Known wrong, both since fixed: (1) a ban in a usage policy the vendor may amend at will
passed the weapons pack's unconditional-ban rule (a wrong PASS; the format had no fact for a
party's power to amend a usage policy unilaterally); (2) after the Navy's termination, the
surviving licence for intelligence analysis limited only by the law left the surveillance
ban unknown where counsel fails it (the rule failed a use limited only by law only beside an
"any lawful use" grant; it now fails a named use such as intelligence analysis so limited,
definition grant-limited-only-by-law).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit58"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"

#: The day most contracts are read: each signed and in its term.
D = "2027-09-01"
#: After the Air Force's Amendment No. 1 (1 January 2028), the Government's lone direction
#: of 1 February 2028, and in the Dutch contract's term.
LATER = "2028-03-01"
#: After the Navy's termination for convenience took effect (30 June 2028).
TERMINATED = "2028-09-01"

#: Why a ban the customer may switch off at will is no ban.
AT_WILL = (
    "a prohibition the customer may set aside whenever it chooses binds it only while it "
    "chooses: a promise whose performance rests on the promisor's own will is no "
    "restraint (Restatement (Second) of Contracts §77 comment a, illusory promise); what is "
    "left is the law, which permits much bulk collection (EO 14086 §2(c)(ii)); legal notes "
    "MS-01 PASS: 'with no customer-side override'"
)

#: Why an autonomous-weapons ban the customer may switch off is no ban.
AW_AT_WILL = (
    "what is left when the customer lifts the ban is DoD Directive 3000.09 (25 Jan 2023), "
    "which permits autonomous weapon systems after senior review (CRS IF11150: US policy "
    "does not prohibit them); legal notes AW-01, AW-15"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- US Army: bans suspended in a national emergency the Customer declares ---
    (
        "emergency-suspension",
        D,
        f"{MS}/explicit-ban",
        "fail",
        f"clause 7.3 suspends the ban 'for the duration of any national emergency declared "
        f"by the Customer': the Customer alone declares it; {AT_WILL}. Wrong PASS before "
        "this audit (fixed)",
    ),
    (
        "emergency-suspension",
        D,
        f"{MS}/ban-not-waivable",
        "fail",
        "clause 7.3: the Customer switches the ban off by its own declaration, a waiver in "
        "all but name (legal notes MS-01: a usage restriction 'that the customer cannot "
        "waive')",
    ),
    (
        "emergency-suspension",
        D,
        f"{MS}/red-lines-prevail",
        "not_applicable",
        "clause 3 grants no lawful-use right, only two named uses: there is no grant for the "
        "ban to prevail over (legal notes MS-16 NOT_APPLICABLE)",
    ),
    (
        "emergency-suspension",
        D,
        f"{MS}/enforcement-mechanisms",
        "unknown",
        "no monitoring, audit, reporting or termination right for the red lines is stated: "
        "silence is unknown (legal notes MS-17 UNKNOWN)",
    ),
    (
        "emergency-suspension",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        f"clause 7.3 suspends clause 7.2 in any emergency the Customer declares; {AW_AT_WILL}",
    ),
    (
        "emergency-suspension",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "the ban applies only while the Customer does not declare an emergency: it does not "
        "apply regardless of what the Customer's policy requires (legal notes AW-15)",
    ),
    # --- US DoD: bans that yield to the Contracting Officer's written direction ---
    (
        "co-direction",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 9: 'unless otherwise directed in writing by the Contracting Officer'; the "
        "contracting officer binds the Government and acts for it (FAR 1.602-1), so the "
        f"Government lifts the ban by its own letter; {AT_WILL}. Wrong PASS before this "
        "audit (fixed)",
    ),
    (
        "co-direction",
        D,
        f"{MS}/ban-not-waivable",
        "fail",
        "a written direction of the Government's own contracting officer (FAR 1.602-1) sets "
        "the ban aside with no act of the vendor: the customer may waive it",
    ),
    (
        "co-direction",
        D,
        f"{MS}/red-lines-prevail",
        "pass",
        "clause 9 applies 'notwithstanding clause 3', the all-lawful-purposes grant (legal "
        "notes MS-16 PASS, first limb); that the customer may lift the ban is "
        "ban-not-waivable's question",
    ),
    (
        "co-direction",
        D,
        f"{MS}/law-fixed-at-signing",
        "unknown",
        "clause 3 grants 'all lawful purposes' and says nothing of which law: whether later "
        "changes of law widen the grant is not stated (legal notes MS-16 UNKNOWN)",
    ),
    (
        "co-direction",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        f"clause 9(b) yields to the contracting officer's written direction; {AW_AT_WILL}",
    ),
    (
        "co-direction",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "the ban applies only until the Government directs otherwise (legal notes AW-15 "
        "FAIL: the customer may add such uses unilaterally)",
    ),
    # --- US Marine Corps: an autonomous-weapons ban subject to operational requirements ---
    (
        "operational-requirements",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "clause 6 'subject to operational requirements': the Government alone judges them, "
        f"with no standard and no outside approver; {AW_AT_WILL}",
    ),
    (
        "operational-requirements",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "the ban yields to the Government's operational requirements: it is not unconditional "
        "(legal notes AW-15)",
    ),
    (
        "operational-requirements",
        D,
        f"{AW}/change-control",
        "fail",
        "clause 8: the Government may add uses touching fires or weapons on notice, with no "
        "consent of the vendor and no joint review (legal notes AW-16 FAIL)",
    ),
    (
        "operational-requirements",
        D,
        f"{AW}/human-decision-per-engagement",
        "pass",
        "clause 2: a human operator decides every engagement (CCW GGE guiding principle (b), "
        "2019; legal notes AW-03 PASS); clause 6's qualifier is on the ban, not on clause 2",
    ),
    (
        "operational-requirements",
        D,
        f"{AW}/deactivation",
        "unknown",
        "no suspension or deactivation right is stated: silence is unknown (legal notes "
        "AW-11; DoDD 3000.09 activation and deactivation procedures)",
    ),
    (
        "operational-requirements",
        D,
        f"{MS}/explicit-ban",
        "unknown",
        "a military customer (surveillance nexus, legal notes G-4) and no word on "
        "surveillance: silence is unknown, always (legal notes MS-01 UNKNOWN)",
    ),
    # --- US Air Force: red lines in an AUP the vendor may amend and the customer waive ---
    (
        "aup-vendor-amends",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 12: the Customer 'may waive any provision of the AUP by written notice'; "
        f"{AT_WILL}. Wrong PASS before this audit (fixed)",
    ),
    (
        "aup-vendor-amends",
        D,
        f"{MS}/ban-not-waivable",
        "fail",
        "clause 12 lets the Customer waive the AUP's ban by notice (legal notes MS-01: an "
        "incorporated usage policy 'that the customer cannot waive')",
    ),
    (
        "aup-vendor-amends",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        f"clause 12 lets the Customer waive the AUP's weapons ban by notice; {AW_AT_WILL}",
    ),
    (
        "aup-vendor-amends",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "a ban the Customer may waive by notice is not unconditional (legal notes AW-15)",
    ),
    (
        "aup-vendor-amends",
        LATER,
        f"{MS}/explicit-ban",
        "pass",
        "Amendment No. 1, signed by both parties as clause 20 requires, deletes the "
        "Customer's waiver from 1 Jan 2028; the AUP, incorporated (usage_policy_applies), "
        "bans mass surveillance of all persons with no carve-out. The vendor may still "
        "amend the AUP, but has not: the ban is in force and the Customer cannot lift it",
    ),
    (
        "aup-vendor-amends",
        LATER,
        f"{MS}/ban-not-waivable",
        "pass",
        "after Amendment No. 1 the Customer has no waiver; the vendor's power to amend its "
        "policy is not the customer's (the rule asks whether the customer can waive)",
    ),
    (
        "aup-vendor-amends",
        LATER,
        f"{MS}/ban-independent-of-law",
        "pass",
        "the AUP's ban is stated without a condition of law or policy (legal notes MS-16); "
        "the vendor's power to amend is not a reference to law",
    ),
    (
        "aup-vendor-amends",
        LATER,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "the AUP bans use in autonomous weapon systems with no carve-out, binding through "
        "clause 12, and the Customer can no longer waive it (legal notes AW-01 PASS)",
    ),
    # --- US DoD: red lines tied to applicable law and Directive 3000.09 as amended ---
    (
        "law-as-amended",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 8(a) bans mass surveillance only 'to the extent prohibited by applicable law, "
        "as amended': it permits whatever the law permits, and the law permits much bulk "
        "collection (EO 12333 §2.3; EO 14086 §2(c)(ii)); like a carve-out for lawful uses "
        "it is no ban. Counsel's blind answer was unknown (a generic comply-with-law clause, "
        "MS-01 UNKNOWN); the clause is more than silence: it states the ban's reach and "
        "that reach is the law's, so fail is right",
    ),
    (
        "law-as-amended",
        D,
        f"{MS}/ban-independent-of-law",
        "fail",
        "the ban applies only 'to the extent prohibited by applicable law' (legal notes "
        "MS-16 FAIL: restrictions only to the extent required by applicable law)",
    ),
    (
        "law-as-amended",
        D,
        f"{MS}/law-fixed-at-signing",
        "fail",
        "'as amended from time to time': a later relaxation of the law widens permitted use "
        "(legal notes MS-16 FAIL; DoW AI strategy memo of 9 Jan 2026, 'any lawful use')",
    ),
    (
        "law-as-amended",
        D,
        f"{MS}/ban-not-waivable",
        "pass",
        "the contract gives the Department no waiver of clause 8(a); that the law may "
        "change is the rules on law's question, not a waiver by the customer",
    ),
    (
        "law-as-amended",
        D,
        f"{MS}/protected-population",
        "unknown",
        "'persons' whom the law protects: the ban's personal scope is whatever applicable "
        "law gives, not stated (legal notes MS-02 UNKNOWN)",
    ),
    (
        "law-as-amended",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "clause 8(b) forbids directing autonomous weapons only 'where DoD Directive 3000.09 "
        "... requires human control'; the Directive asks for 'appropriate levels of human "
        "judgment' and permits autonomous weapon systems after senior review (CRS "
        "IF11150), so the clause forbids very little; and the Directive is the customer's "
        "own, to amend",
    ),
    (
        "law-as-amended",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "'where DoD Directive 3000.09, as amended from time to time, requires human "
        "control' (legal notes AW-15 FAIL, the OpenAI excerpt's wording)",
    ),
    # --- US Navy: red lines that end on a termination for convenience ---
    (
        "termination-convenience",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 14 lets the Navy terminate for convenience at any time, and clause 15 keeps "
        "the delivered model licensed for ever while clause 7 lapses: the Navy can end the "
        f"ban whenever it likes and keep the system running; {AT_WILL}. Wrong PASS before "
        "this audit (fixed)",
    ),
    (
        "termination-convenience",
        D,
        f"{MS}/ban-not-waivable",
        "fail",
        "the Navy may end the ban by its own notice under clause 14 and keep using the "
        "model under clause 15: a waiver by termination (FAR 52.249-2 style termination for "
        "convenience)",
    ),
    (
        "termination-convenience",
        D,
        f"{MS}/red-lines-prevail",
        "not_applicable",
        "clause 3 grants two named uses, no lawful-use right (legal notes MS-16 NOT_APPLICABLE)",
    ),
    (
        "termination-convenience",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        f"clause 7 lapses on a termination the Navy may give at will, the model running on; "
        f"{AW_AT_WILL}",
    ),
    (
        "termination-convenience",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "the ban lasts only as long as the Navy keeps the agreement alive (legal notes AW-15)",
    ),
    (
        "termination-convenience",
        TERMINATED,
        f"{AW}/autonomous-weapons-ban",
        "unknown",
        "after 30 June 2028 clause 7 has lapsed and the surviving licence (clauses 3 and 15) "
        "is for decision support to targeting cells, limited only by law; use inside an "
        "autonomous weapon system lies outside that licence, and no term speaks of it: "
        "unknown. Counsel's blind answer was fail; the licence's own scope makes it too "
        "strong",
    ),
    # --- Netherlands MoD: a ban lifted for a named operation after an internal review ---
    (
        "named-operation-review",
        LATER,
        f"{MS}/explicit-ban",
        "fail",
        "clause 5.3: the Ministry may disapply the ban for an operation it names after its "
        "own Directorate of Legal Affairs reviews it, telling the supplier afterwards; no "
        f"one outside the customer approves; {AT_WILL}. Wrong PASS before this audit "
        "(fixed)",
    ),
    (
        "named-operation-review",
        LATER,
        f"{MS}/ban-not-waivable",
        "fail",
        "an internal legal review is the customer's own step: the ban is the customer's to "
        "lift (legal notes MS-01)",
    ),
    (
        "named-operation-review",
        LATER,
        f"{MS}/commercial-data-covered",
        "pass",
        "clause 5.1 reaches data 'bought from data brokers' with no carve-out (legal notes "
        "MS-04 PASS)",
    ),
    (
        "named-operation-review",
        LATER,
        f"{MS}/public-data-covered",
        "pass",
        "clause 5.1 reaches 'aggregating publicly available information about individuals' "
        "(legal notes MS-05 PASS; GDPR Art. 4(1), Art. 14)",
    ),
    (
        "named-operation-review",
        LATER,
        f"{MS}/protected-population",
        "pass",
        "clause 5.1 protects 'any persons' (legal notes MS-02 PASS)",
    ),
    (
        "named-operation-review",
        LATER,
        f"{MS}/red-lines-prevail",
        "not_applicable",
        "clause 2 lists the uses in full and grants no lawful-use right (legal notes MS-16 "
        "NOT_APPLICABLE)",
    ),
    # --- Control: unconditional bans, changed only by an amendment both sign ---
    (
        "bilateral-only",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "clause 7(a): no mass, bulk or untargeted surveillance of any persons, whatever the "
        "law permits, with no exception or waiver (legal notes MS-01 PASS)",
    ),
    (
        "bilateral-only",
        LATER,
        f"{MS}/explicit-ban",
        "pass",
        "Customer Direction No. 1 (1 Feb 2028) is signed by the Government alone; clause 31 "
        "requires both parties' signatures, so it binds no one and clause 7 stands (Rock "
        "Advertising v MWB [2018] UKSC 24, paras 11-15; FAR 43.103(a): a bilateral "
        "modification is signed by the contractor and the contracting officer)",
    ),
    (
        "bilateral-only",
        LATER,
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 7: 'neither party may waive this clause'; the lone direction does not bind "
        "(clause 31)",
    ),
    (
        "bilateral-only",
        LATER,
        f"{MS}/ban-independent-of-law",
        "pass",
        "clause 7 applies 'whatever applicable law or Department policy permits from time "
        "to time' (legal notes MS-16 PASS)",
    ),
    (
        "bilateral-only",
        LATER,
        f"{MS}/law-fixed-at-signing",
        "not_applicable",
        "an unconditional ban beside no lawful-use grant refers to no law whose later "
        "version could widen use (legal notes MS-16 NOT_APPLICABLE: no lawful-use grant and "
        "restrictions unconditional). Counsel's blind answer was pass; the rule has nothing "
        "to apply to",
    ),
    (
        "bilateral-only",
        LATER,
        f"{MS}/red-lines-prevail",
        "not_applicable",
        "no lawful-use grant and unconditional restrictions (legal notes MS-16 NOT_APPLICABLE)",
    ),
    (
        "bilateral-only",
        LATER,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 7(b): no use in a weapon system that selects and engages targets without "
        "further human intervention, unconditionally and unwaivably (legal notes AW-01 PASS)",
    ),
    (
        "bilateral-only",
        LATER,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 7 applies whatever Department policy permits, no exception, no waiver, "
        "changed only by a bilateral amendment (legal notes AW-15 PASS)",
    ),
    (
        "aup-vendor-amends",
        LATER,
        f"{AW}/unconditional-ban",
        "fail",
        "the weapons ban sits only in the vendor's AUP, which clause 12 lets the vendor "
        "amend 'at any time by posting a revised version', binding from posting: the ban "
        "lasts at the vendor's pleasure, and a vendor under the customer's pressure (the "
        "DoW memo of 9 Jan 2026 wants models 'free from usage policy constraints') may drop "
        "it with no act of the Government, which a relaxation only benefits. A red line one "
        "party may switch off at will is not unconditional (legal notes AW-15 PASS: no "
        "automatic relaxation). Was a strict xfail (a wrong PASS: the format recorded only "
        "the customer's waiver); clause 12 now states "
        "restrictions.autonomous_weapons.amendable_by_provider, which the rule reads. "
        "Uncertain: in a GSA Schedule order a material change to a commercial supplier "
        "agreement needs a contract modification (GSAR 552.212-4(w)(1)(iv), GSAM 543.171), "
        "so the contracting officer's signature would be needed too; this contract is not "
        "stated to be one",
    ),
    (
        "termination-convenience",
        TERMINATED,
        f"{MS}/explicit-ban",
        "fail",
        "after 30 June 2028 clause 7 has lapsed; the Navy keeps a perpetual licence to use "
        "the model for intelligence analysis (clauses 3 and 15), and no term restricts that "
        "use beyond the law (limited_only_by_law). The law permits bulk collection and its "
        "analysis (EO 12333 §2.3; EO 14086 §2(c)(ii)), so the contract now permits what the "
        "red line forbade (legal notes MS-01 FAIL: a lawful-use right with no surveillance "
        "carve-out to a customer with a surveillance nexus). Was a strict xfail (unknown): "
        "the rule failed a use limited only by law only beside an 'any lawful use' grant; "
        "it now fails too a named use whose business is information about people "
        "(intelligence analysis, law enforcement) stated to be limited only by the law, "
        "with no ban in force (definition grant-limited-only-by-law)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit58_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit58_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
