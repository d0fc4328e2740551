"""Hundred-and-third legal-fidelity audit: which terms are in force and bind on the as-of
date. Nine descriptions (tests/data/audit103/*.yaml) recorded from docs/vocabulary.md and
docs/writing-contracts.md alone, each turning on which words bind when: a Dutch defence
ministry's Security Annex that awaits accreditation; a Bavarian police pilot whose
surveillance ban lapses at the end of the pilot phase and whose production phase keeps
logs 90 days; an alliance agency's order under the vendor's Public Sector Terms "as
amended from time to time", revised by the vendor, with a side letter fixing the training
ban and a press release that says more; a Danish intelligence service whose ban the
Minister's declared emergency suspends; a Polish defence ministry's renewal on the looser
terms of Schedule R, with a draft amendment initialled by the vendor alone; an Austrian
police office whose side letter ranks below the framework and whose minister told
Parliament more than the contract says; an alliance agency whose Task Order Special
Conditions rank above the framework for one year; an EU agency's draft under negotiation,
assessed before and after its expected signature; an Italian police body whose
amendment lets it lift the surveillance ban by notice.

Verdicts from the law: the AI Act (Regulation (EU) 2024/1689 as amended by Regulation
(EU) 2026/1744) Arts 6, 12, 19, 26(6), 113 and Annex III point 6; GDPR Arts 28, 44 and
the Law Enforcement Directive Art. 22; DoD Directive 3000.09 (25 Jan 2023) and the ICRC
position of 12 May 2021; the UNIDROIT Principles 2016 (Arts 2.1.18, 5.3.1) on conditions
and no-oral-modification clauses; the project's legal notes (MS-01, MS-02, MS-16, AW-01,
AW-03, AW-14, EUAI-07, DR-01, DR-05, DR-15). The data-residency rules are read under the
pack's default parameters (residency in the EEA and the Union territory).

Each row: file, as-of date, rule, the verdict counsel gives, and the reason. The blind
answers (43 rows) were written and committed before the tool was run on them. On the
first run 38 matched and five did not. What the tool got right that a naive reading of
the words gets wrong: an annex awaiting accreditation (fail while a register shows it
pending, unknown after), a ban that lapsed with a pilot, a log period shortened at
renewal, a side letter ranked below the framework, a task order ranked above it for a
year, a vendor's policy revised under its own right to amend, a draft amendment the
customer never signed, a minister's and a press office's words that are no terms, a
bracketed draft assessed after its expected signature.

One was a wrong PASS, fixed:

- autonomous-weapons-ban on the Polish ministry's renewal (Schedule R, from 1 Jan 2029):
  the contract buys target nomination for an air-defence fire unit, keeps the operator's
  decision "save where the time available does not permit it" and carves local defence
  out of the ban without saying the carved-out systems are operator-supervised. Two
  causes. The describer left system.capabilities out, so definition
  buys-autonomous-engagement could not fire: the meanings of the capability
  autonomous-action and of weapons.human_decision_qualified now say that a system whose
  nominations a weapon may act on with no human decision takes actions without a human
  step (compliance/facts/vocabulary.py, compliance/model/usefacts.py), and Schedule R
  records it. The tool still passed: the rule read buys-autonomous-engagement where
  stated, which turned a carve-out silent on supervision into one that covers the bought
  use, where the rule's own text ("a carve-out silent on supervision leaves the bought
  use's verdict unknown") and its fixture for a bought autonomous-weapons use say
  unknown. The rule now reads the engagement without a human decision where stated
  (new definition engages-without-human-decision) and the carve-out beside it as it
  stands (new definition autonomy-carve-out-counts, unknown where supervision is not
  stated); two fixtures. Every verdict the old rule decided with every fact stated is
  unchanged (stated is the identity there), so the Rego mirror in compliance/tools/bench,
  which reads every fact as stated, still agrees wherever the engine decides. The same
  reading sat in unconditional-ban (its buys-autonomous-engagement condition), which
  passed this contract on the same definition; after the merge the lead gave it the same
  reading (unknown beside a carve-out silent on supervision; two fixtures) and added its
  row, and buys-autonomous-engagement is now defined from the two new definitions.

Four blind answers were wrong, argued in their rows:

- explicit-ban on the Danish service outside the emergency (1 Sep 2027, 1 May 2028), and
  on the Guardia di Finanza after its amendment (1 Apr 2028): answered pass and unknown;
  the tool fails them, and is right: the legal notes' MS-01 PASS is a ban "with no
  customer-side override", and a ban the customer's own Minister suspends by declaring an
  emergency, or the customer ends by its own notice, is a default, not a red line.
- autonomous-weapons-ban on the alliance order after the vendor's version 2 (1 Jun 2028):
  answered unknown (a local-defence carve-out silent on supervision); the tool passes it,
  and is right: the order buys only drafting, translation and logistics (a complete list),
  so the carve-out covers no use it buys, and the carve-out's limits are for
  autonomy-limits (unknown on it).

One description corrected under its meaning as written: the Guardia di Finanza's lifting
of clause 7 on the customer's notice first replaced Amendment No. 1 too, dropping the
waiver on the notice reading (ban-not-waivable unknown where counsel fails); the meaning
of waivable_by_customer says to record the waiver on a term in force from the day the
amendment is agreed, so the lifting now replaces clause 7 alone, and the row matches.

Meanings found ambiguous though the verdict came out right:

- restrictions.in_contract: recorded as a complete empty list on the terms that suspend
  (the emergency) or lift (the notice) a surveillance ban, to say no restriction binds
  then; no surveillance rule reads it (only human-decision-per-engagement does), so on
  those readings the ban reads as silence, unknown (the legal notes' MS-01 UNKNOWN:
  silent), not as a known absence. The rows turned on waivable_by_customer instead.
- A suspension "for the duration of a national emergency" has no value of its own: it was
  recorded as a clause with effective_on/expires_on and the gazette's days that replaces
  the ban, beside waivable_by_customer true on the standing clause.
- status negotiating: the draft's verdicts read its terms as they would bind, before and
  after the expected signature alike; whether a lawyer would call an unsigned draft's
  agreed clause a pass is a matter of convention the rows avoid (only bracketed clauses
  are asked about).

No row is a known wrong. No earlier audit row moves: the 42 audits whose rows name
autonomous-weapons-ban, buys-autonomous-engagement or autonomous-action pass after the
fix, with test_bench (engine and Rego agree) and the rule fixtures.

Left undone: no rows on the
LED rules for the two police bodies, nor on telemetry-location for the accreditation
annex and the EU agency's draft (whose bracketed clause 6 may reach prompts processed in
Switzerland).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit103"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
EU = "eu-ai-act-high-risk"
DR = "data-residency"

#: The default allowed jurisdictions of the data-residency pack.
EEA = (
    "the pack's default allowed jurisdictions are the EEA and the Union territory with its "
    "own code (parameter allowed_jurisdictions)"
)

#: A term on a condition not shown met binds on neither reading (UNIDROIT Principles 2016,
#: Art. 5.3.1; BGB s. 158(1)): the effect begins only when the condition is fulfilled.
CONDITION = "UNIDROIT Principles 2016, Art. 5.3.1; BGB s. 158(1)"

#: Only contract terms bind: a press release or a minister's answer in parliament is no
#: term (UNIDROIT Principles 2016, Arts 2.1.1, 4.1; the project's writing-contracts.md,
#: "What outranks what").
NOT_A_TERM = "a statement outside the contract is no term and decides nothing"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Dutch MoD: Security Annex awaiting accreditation (register of 30 Sep 2027) ---
    (
        "accreditation-annex",
        "2027-06-01",
        f"{DR}/data-locations",
        "fail",
        "clause 8.1 lets the vendor's engineering centre in Austin, Texas reach the "
        "production data remotely; Annex S, which would move the service on premises, "
        "enters into force only on accreditation, which the NSA register of 30 Sep 2027 "
        f"shows had not taken place ({CONDITION}); {EEA} (legal notes DR-01 FAIL)",
    ),
    (
        "accreditation-annex",
        "2028-01-15",
        f"{DR}/data-locations",
        "unknown",
        "after 30 Sep 2027 nothing shows whether the NSA has accredited the system: clause "
        "8.1 (US support, fail) or Annex S (on premises in the Netherlands, pass) may bind; "
        f"silence about the event is no evidence it has not happened ({CONDITION})",
    ),
    (
        "accreditation-annex",
        "2027-06-01",
        f"{DR}/personnel-location",
        "fail",
        "support staff in the United States reach the data (clause 8.1), Annex S not yet "
        f"in force ({CONDITION}); {EEA} (legal notes DR-05 FAIL)",
    ),
    (
        "accreditation-annex",
        "2028-01-15",
        f"{DR}/personnel-location",
        "unknown",
        "whether Annex S (support only by staff resident in the Netherlands) has replaced "
        "clause 8.1's Austin support depends on an accreditation nothing dates (legal notes "
        f"DR-05; {CONDITION})",
    ),
    (
        "accreditation-annex",
        "2028-01-15",
        f"{DR}/weights-location",
        "pass",
        "on either reading the weights are stored and run only in the Netherlands (clause "
        "8.1: the vendor's Amsterdam data centre; Annex S: the ministry's premises): the "
        "condition decides nothing here",
    ),
    (
        "accreditation-annex",
        "2028-01-15",
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 11 bans use in a weapon system that engages without a human operator's "
        "decision for each engagement, no exception, not waivable; Annex S does not touch "
        "it (legal notes AW-01 PASS)",
    ),
    (
        "accreditation-annex",
        "2028-01-15",
        f"{AW}/human-decision-per-engagement",
        "pass",
        "clause 11 requires an affirmative decision by a human operator for each "
        "engagement, on either reading of the annex (legal notes AW-03 PASS)",
    ),
    # --- Bavarian police: the ban lapses at the end of the pilot phase ---
    (
        "pilot-ban-lapses",
        "2028-03-01",
        f"{MS}/explicit-ban",
        "pass",
        "during the Pilot Phase clause 7.1 forbids the bulk, mass or untargeted analysis or "
        "monitoring of persons, no exception (legal notes MS-01 PASS)",
    ),
    (
        "pilot-ban-lapses",
        "2028-09-01",
        f"{MS}/explicit-ban",
        "fail",
        "clause 7.1 lapsed on 30 Jun 2028 and clause 7.4 lets the police use the system "
        "for any purpose lawful under the Police Tasks Act with no other restriction: a "
        "lawful-use grant to a law-enforcement customer with no surveillance carve-out "
        "(legal notes MS-01 FAIL)",
    ),
    (
        "pilot-ban-lapses",
        "2028-03-01",
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 7.1: 'this clause may not be waived by the Police'; its end on 30 Jun 2028 "
        "is a fixed day agreed by both, not one the police choose",
    ),
    (
        "pilot-ban-lapses",
        "2028-09-01",
        f"{MS}/ban-not-waivable",
        "fail",
        "from 1 Jul 2028 no ban binds and the grant is limited only by law (clause 7.4): "
        "the police are free of any ban (legal notes MS-01 FAIL, MS-16)",
    ),
    (
        "pilot-ban-lapses",
        "2028-03-01",
        f"{EU}/logging-and-retention",
        "pass",
        "a system assessing the reliability of evidence for the police is high-risk (AI Act "
        "Annex III point 6(c), Art. 6(2)), put into service on 10 Jan 2028, after 2 Dec "
        "2027 (Art. 113 as amended by Regulation (EU) 2026/1744); clause 9.1 logs events "
        "automatically and keeps them twelve months (Arts 12, 19(1), 26(6); legal notes "
        "EUAI-07 PASS)",
    ),
    (
        "pilot-ban-lapses",
        "2028-09-01",
        f"{EU}/logging-and-retention",
        "fail",
        "from 1 Jul 2028 clause 9.2 keeps logs ninety days, less than the six months Arts "
        "19(1) and 26(6) require, and names no other law that provides otherwise (legal "
        "notes EUAI-07 FAIL)",
    ),
    # --- Alliance agency: vendor's terms "as amended from time to time" ---
    (
        "policy-as-amended",
        "2027-06-01",
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 5 incorporates the Public Sector Terms, whose 3.1 bans every weapons use "
        "and use in systems that engage without human intervention; the customer cannot "
        "waive it (legal notes AW-01 PASS: an incorporated usage policy the customer "
        "cannot waive); the press release adds nothing",
    ),
    (
        "policy-as-amended",
        "2028-06-01",
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "blind answer was unknown (version 2, posted on 1 Apr 2028 and binding as "
        "incorporated 'as amended from time to time', carves the defence of allied "
        "installations out of the ban without saying the carved-out systems are operator-"
        "supervised); the tool passes it, and is right: the ban stands (legal notes AW-01 "
        "PASS), the carve-out is the local defence DoD Directive 3000.09 recognises, the "
        "order buys only drafting, translation and logistics (a complete list), so no use "
        "it buys is one the carve-out could cover, and the carve-out's own limits are for "
        "autonomy-limits (legal notes AW-14), which is unknown on it; the press release's "
        f"'never in weapons' is no term ({NOT_A_TERM})",
    ),
    (
        "policy-as-amended",
        "2027-06-01",
        f"{DR}/training-on-customer-data",
        "fail",
        "the training ban sits only in terms the vendor may amend on its own by posting a "
        "new version (clause 5): a promise the promisor may withdraw at will secures "
        "nothing (legal notes DR-15 FAIL; GDPR Art. 28(3)(a), 28(10)); the side letter was "
        "not yet agreed",
    ),
    (
        "policy-as-amended",
        "2028-06-01",
        f"{DR}/training-on-customer-data",
        "pass",
        "Side Letter No. 1, signed by both on 15 Nov 2027 as clause 14 requires, makes the "
        "training ban a term the vendor may not change alone and prevails over the terms "
        "(legal notes DR-15 PASS)",
    ),
    (
        "policy-as-amended",
        "2027-06-01",
        f"{DR}/data-locations",
        "fail",
        "the EU-only locations are stated in terms the vendor may revise at will, so "
        "nothing stops processing elsewhere without the customer's consent (legal notes "
        "DR-01 FAIL; GDPR Art. 28(3)(a))",
    ),
    # --- Danish intelligence service: ban suspended in a declared emergency ---
    (
        "emergency-suspension",
        "2027-09-01",
        f"{MS}/explicit-ban",
        "fail",
        "blind answer was pass (clause 7.1 forbids bulk or untargeted surveillance of any "
        "person, no exception, the suspension left to the next row); the tool fails it, and "
        "is right: the legal notes' MS-01 PASS is a ban 'with no customer-side override', "
        "and clause 7.5 lets the service's own Minister set the ban aside by declaring an "
        "emergency, a default the customer's side ends at will, not a red line (the rule's "
        "text: a ban the customer can waive is no ban)",
    ),
    (
        "emergency-suspension",
        "2027-09-01",
        f"{MS}/ban-not-waivable",
        "fail",
        "clause 7.5 suspends the ban for a national emergency the Minister of Defence, the "
        "service's own minister, declares: the customer's side can set it aside on its own "
        "(legal notes MS-01: no customer-side override)",
    ),
    (
        "emergency-suspension",
        "2028-03-20",
        f"{MS}/explicit-ban",
        "fail",
        "the Minister declared an emergency on 10 Mar 2028 (Official Gazette): clause 7.1 "
        "is suspended until 9 Apr 2028 and the contract buys communications analysis with "
        "no ban (legal notes MS-01)",
    ),
    (
        "emergency-suspension",
        "2028-05-01",
        f"{MS}/explicit-ban",
        "fail",
        "blind answer was pass (the emergency ended on 9 Apr 2028 and clause 7.1 applies "
        "again); the tool fails it, and is right, as on 1 Sep 2027: clause 7.5 still lets "
        "the Minister suspend the ban by the next declaration (legal notes MS-01 PASS "
        "needs no customer-side override)",
    ),
    (
        "emergency-suspension",
        "2027-09-01",
        f"{MS}/protected-population",
        "pass",
        "clause 7.1 protects every natural person 'whatever their nationality' (legal "
        "notes MS-02 PASS; EO 14086 s.2(c)(iii)(A))",
    ),
    # --- Polish MoD: renewal on Schedule R; draft amendment initialled by the vendor ---
    (
        "renewal-schedule-r",
        "2028-06-01",
        f"{AW}/human-decision-per-engagement",
        "pass",
        "in the initial term clause 10 requires an affirmative operator decision for each "
        "engagement, unqualified (legal notes AW-03 PASS)",
    ),
    (
        "renewal-schedule-r",
        "2029-03-01",
        f"{AW}/human-decision-per-engagement",
        "fail",
        "the option was exercised on 12 Sep 2028, so Schedule R replaces clause 10 from 1 "
        "Jan 2029: an operator decision 'save where the time available does not permit it' "
        "lets engagements proceed without one (legal notes AW-03 FAIL); Draft Amendment 2 "
        "lacks the ministry's signature, which clause 25 requires, and binds no one "
        "(UNIDROIT Principles 2016, Art. 2.1.18; Rock Advertising v MWB [2018] UKSC 24)",
    ),
    (
        "renewal-schedule-r",
        "2028-06-01",
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 10 bans use in weapon systems that engage without an operator's decision, "
        "no exception, not waivable (legal notes AW-01 PASS)",
    ),
    (
        "renewal-schedule-r",
        "2029-03-01",
        f"{AW}/autonomous-weapons-ban",
        "unknown",
        "Schedule R.3 carves local defence of installations out of the ban without saying "
        "that the carved-out systems engage only under an operator who can intervene and "
        "deactivate (DoDD 3000.09, 25 Jan 2023; ICRC recommendation 3); the unsigned draft "
        "restoring clause 10 binds no one (the tool passed it on the first run: fixed, see "
        "the module docstring)",
    ),
    (
        "renewal-schedule-r",
        "2029-03-01",
        f"{AW}/unconditional-ban",
        "unknown",
        "clause 10's ban stays unconditional and not waivable under Schedule R, but the "
        "contract buys target nomination whose engagements may proceed without an "
        "operator's decision 'where the time available does not permit it', covered only by "
        "a local-defence carve-out silent on supervision: whether the red line is kept is "
        "open (legal notes AW-15; DoDD 3000.09; ICRC recommendation 3). Added by the lead "
        "after the merge: the rule passed it, as autonomous-weapons-ban did before this "
        "audit's fix, and now reads the carve-out the same way",
    ),
    # --- Austrian police: side letter ranked below the framework; minister's answer ---
    (
        "side-letter-ranks-below",
        "2028-03-01",
        f"{DR}/telemetry-location",
        "fail",
        "clause 10 lets the vendor send telemetry, prompts, outputs and logs to its global "
        "infrastructure; Side Letter No. 1 says they stay in Austria, but clause 1.4 ranks "
        "the framework above any side letter, and the minister's answer to Parliament is no "
        f"term ({NOT_A_TERM}) (legal notes DR-15 FAIL; LED Art. 22(3)(a))",
    ),
    (
        "side-letter-ranks-below",
        "2028-09-01",
        f"{DR}/telemetry-location",
        "pass",
        "Amendment No. 1, signed by both, replaces clause 10 from 1 Jul 2028: telemetry, "
        "prompts, outputs and logs stay in Vienna, no export (legal notes DR-15 PASS)",
    ),
    (
        "side-letter-ranks-below",
        "2028-03-01",
        f"{DR}/data-locations",
        "fail",
        "clause 10 (prevailing over the side letter under clause 1.4) lets the vendor "
        "process prompts and outputs on its global infrastructure without the customer's "
        "consent (legal notes DR-01 FAIL)",
    ),
    (
        "side-letter-ranks-below",
        "2028-09-01",
        f"{DR}/data-locations",
        "pass",
        "storage and processing only in Vienna (clause 8, complete), elsewhere only with "
        "the customer's prior written consent (Amendment No. 1) (legal notes DR-01 PASS)",
    ),
    # --- Alliance agency: Task Order Special Conditions rank above the framework ---
    (
        "task-order-ranks-above",
        "2027-10-01",
        f"{DR}/training-on-customer-data",
        "pass",
        "clause 9 bars training on customer content, no exception; Task Order 7 was not "
        "yet agreed (signed 1 Dec 2027) (legal notes DR-15)",
    ),
    (
        "task-order-ranks-above",
        "2028-06-01",
        f"{DR}/training-on-customer-data",
        "fail",
        "Task Order 7's Special Conditions, which clause 2.3 ranks above the framework, let "
        "the vendor use the exercise's prompts and outputs to improve its general models "
        "in 2028 (legal notes DR-15 FAIL)",
    ),
    (
        "task-order-ranks-above",
        "2029-03-01",
        f"{DR}/training-on-customer-data",
        "pass",
        "Task Order 7 expired on 31 Dec 2028; clause 9 binds again (legal notes DR-15)",
    ),
    # --- EU agency: draft under negotiation, before and after the expected signature ---
    (
        "draft-under-negotiation",
        "2027-12-01",
        f"{DR}/data-locations",
        "unknown",
        "clause 6 is bracketed: 'in the European Union [or in Switzerland]', the consent "
        "requirement in brackets too; the Executive Director's 'all data stays in the EU' "
        f"is no term ({NOT_A_TERM}) (legal notes DR-01 UNKNOWN)",
    ),
    (
        "draft-under-negotiation",
        "2028-03-01",
        f"{DR}/data-locations",
        "unknown",
        "after the expected signature the description is still the draft of 5 Nov 2027, "
        "its clause 6 open; a review of a draft reads its terms as they would bind, and "
        "they are not settled (legal notes DR-01 UNKNOWN)",
    ),
    (
        "draft-under-negotiation",
        "2027-12-01",
        f"{DR}/training-on-customer-data",
        "unknown",
        "clause 9 is 'under discussion'; the Executive Director's promise to the press "
        f"is no term ({NOT_A_TERM})",
    ),
    (
        "draft-under-negotiation",
        "2028-03-01",
        f"{DR}/training-on-customer-data",
        "unknown",
        "clause 9 still open in the draft; the expected signature date changes nothing "
        "the description records",
    ),
    # --- Guardia di Finanza: amendment lets the customer lift the ban by notice ---
    (
        "lifted-on-notice",
        "2027-12-01",
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 7: 'The Customer may not waive this clause'; Amendment No. 1 not yet agreed",
    ),
    (
        "lifted-on-notice",
        "2028-04-01",
        f"{MS}/ban-not-waivable",
        "fail",
        "from 15 Feb 2028 Amendment No. 1 lets the customer end clause 7 from a date its "
        "own notice states: the ban is waivable whether or not notice has been given "
        "(legal notes MS-01: no customer-side override; the vocabulary's meaning of "
        "waivable_by_customer: an agreed term that ends the ban from a day the customer "
        "chooses makes it waivable from the day it is agreed). The description first made "
        "the lifting replace Amendment No. 1 too, which dropped the waiver on the notice "
        "reading (tool: unknown); the meaning says to record it on a term in force from "
        "the day agreed, so the lifting now replaces clause 7 alone",
    ),
    (
        "lifted-on-notice",
        "2027-12-01",
        f"{MS}/explicit-ban",
        "pass",
        "clause 7 forbids bulk or untargeted surveillance of persons, no exception (legal "
        "notes MS-01 PASS)",
    ),
    (
        "lifted-on-notice",
        "2028-04-01",
        f"{MS}/explicit-ban",
        "fail",
        "blind answer was unknown (whether the customer has given notice is not shown, so "
        f"the ban may have ceased to apply: {CONDITION}); the tool fails it, and is right: "
        "on either reading there is no ban the customer cannot set aside, lifted already or "
        "liftable by its own notice (legal notes MS-01 PASS needs no customer-side "
        "override), as for the emergency suspension above",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit103_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit103_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
