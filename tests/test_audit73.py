"""Seventy-third legal-fidelity audit: rank and time meet. Eight descriptions
(tests/data/audit73/*.yaml), written blind from general contract law as the project's legal
notes state it (an order-of-precedence clause decides conflicts between the contract's own
documents; a later amendment signed by both parties replaces what it amends from its
effective date; a document incorporated by reference binds as the contract incorporates
it, and one a party may change alone binds only as it stands while that party has not
changed it; a press release, a vendor blog or a usage policy not incorporated never binds)
and from the AI Act (Regulation (EU) 2024/1689, Arts 4, 5(1)(h) and 113(a); Regulation (EU)
2026/1744 moved neither date), each run on two or three as-of dates, across the four
built-in packs (eleven rules).

The cases: a statement of work that an order-of-precedence clause ranks above the general
terms and that buys live facial recognition the terms ban (read before it was agreed,
after it but before Art. 5 applies on 2 Feb 2025, and after); an amendment signed in 2027
that lifts the autonomous-weapons ban from 2028 (read before signing, between signing and
effect, and after); an amendment whose lifting of the surveillance ban takes effect "on the
customer's written notice"; a side letter narrowing the no-training ban and the data
locations, signed by the vendor alone under a clause requiring both signatures, and a
later one both signed; the vendor's acceptable-use policy incorporated "as updated from
time to time", whose 2027 version drops the weapons ban while a vendor blog says it
stands; a master agreement that expired while a task order under it runs on; a ban "for
the initial term" only, with the contract renewed on the same terms; and a termination for
convenience that ends the surveillance ban while the licence and the clauses stated to
survive run on.

Each row: file, as-of date, rule, the verdict counsel gives, and the reason (instrument,
article, paragraph, or the contract's clause that decides). The 58 answers were written
before the tool was run. On the first run 53 matched and five did not:

- The police contract read before its statement of work (1 Dec 2024): the blind answer
  pass for no-prohibited-practice was wrong; the tool's unknown is right (a general
  law-enforcement use reaches Art. 5(1)(d), and only one practice is banned: EUAI-02
  UNKNOWN). The row says so.
- The amendment that ends the surveillance ban on the customer's written notice: the tool
  said unknown for explicit-ban and ban-not-waivable (it read a term on an event whose
  day is unknown), where counsel fails both: the customer holds the switch from the day
  the amendment was signed. The meaning of waivable_by_customer now says that such an
  agreed term makes the ban waivable from that day, to be recorded on a term in force
  from then, and the description records Art. 1 of the amendment (the power) apart from
  Art. 2 (the lifting, on the notice).
- The termination for convenience, after it took effect: unknown for the same two rules,
  where counsel fails them (the perpetual licence for any lawful purpose survives, the ban
  does not). The meaning of grants.limited_only_by_law now says that a grant outliving
  every restriction is limited only by the law from the day they end, recorded on a term
  in force from then; the description records it on the survival clause.

Probing further for a wrong PASS, a letter the vendor alone signed, saying the
initial-term ban continues in the renewal term, was added to the renewal description
after the first run (its rows' answers, unknown, unchanged): with no term requiring a
modification to be signed the tool read it as binding and passed the ban. A variation is a
contract, made by the assent of both parties (UNIDROIT Principles 2016, Arts 2.1.1, 3.1.2),
which may be given in any form (Art. 1.2): such a letter is now read both ways
(compliance.contracts.terms.signatures), and the ban is unknown.

No row is a known wrong.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit73"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
EU = "eu-ai-act-high-risk"
DR = "data-residency"

#: Why only terms in force count.
IN_FORCE = (
    "a verdict rests on the terms in force on the day read: an amendment takes effect from "
    "its effective date and not before (UNIDROIT Principles 2016, Art. 3.1.2: a contract, "
    "and so its modification, binds as agreed), and what it amends binds until then"
)
#: Why a statement that is not a term decides nothing.
NOT_A_TERM = (
    "a press release or blog post of a party is no term of the contract and neither adds "
    "nor keeps a ban (legal notes, conventions: 'contract' means the main terms, annexes, "
    "an incorporated acceptable-use policy and statements of work)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- A. SOW 3 ranks above the general terms and buys live facial recognition ---
    (
        "sow-over-terms-rbi",
        "2024-12-01",
        f"{MS}/no-real-time-biometric-identification",
        "pass",
        "before SOW 3 was agreed (10 Jan 2025): clause 8 bans real-time remote biometric "
        "identification in publicly accessible spaces unconditionally, no exception, not "
        "waivable, and the complete list of uses (clause 2) buys none (legal notes MS-07)",
    ),
    (
        "sow-over-terms-rbi",
        "2025-01-20",
        f"{MS}/no-real-time-biometric-identification",
        "fail",
        "SOW 3, in force from 15 Jan 2025, buys live matching of every passer-by's face at "
        "Amsterdam Centraal against a watch list, and clause 1.3 ranks each statement of work "
        "above the general terms: the purchase prevails over clause 8's ban (UNIDROIT "
        "Principles 2016, Art. 4.4: terms read as the contract orders them); the vendor's "
        f"press release is no term ({NOT_A_TERM})",
    ),
    (
        "sow-over-terms-rbi",
        "2025-03-01",
        f"{MS}/no-real-time-biometric-identification",
        "fail",
        "as on 20 Jan 2025: SOW 3 outranks clause 8 by clause 1.3 and buys real-time remote "
        "biometric identification in a publicly accessible space (AI Act Art. 3(42), (44); "
        "legal notes MS-07 FAIL)",
    ),
    (
        "sow-over-terms-rbi",
        "2024-12-01",
        f"{EU}/no-prohibited-practice",
        "unknown",
        "Art. 5 applies from 2 Feb 2025 (Art. 113(a)); read on the terms agreed on 1 Dec "
        "2024 (SOW 3 was not yet agreed), no use bought is an Art. 5 practice, but clause 2 "
        "buys 'law-enforcement' at large, which reaches individual crime prediction based "
        "solely on profiling (Art. 5(1)(d)), and only clause 8's practice is banned: the "
        "uses are too broad to tell (legal notes EUAI-02 UNKNOWN; PASS needs each practice "
        "forbidden or the uses limited so none can occur). Blind answer pass was wrong: "
        "it read the complete list as confining the uses, which a general law-enforcement "
        "use does not",
    ),
    (
        "sow-over-terms-rbi",
        "2025-01-20",
        f"{EU}/no-prohibited-practice",
        "fail",
        "SOW 3, agreed and in force, runs past 2 Feb 2025, when Art. 5(1)(h) prohibits "
        "real-time remote biometric identification in publicly accessible spaces for law "
        "enforcement (Art. 113(a)); no Art. 5(1)(h)(i)-(iii) objective or Art. 5(3) "
        "authorisation is stated: the contract commits the police to a practice prohibited "
        "within two weeks (legal notes EUAI-02 FAIL)",
    ),
    (
        "sow-over-terms-rbi",
        "2025-03-01",
        f"{EU}/no-prohibited-practice",
        "fail",
        "Art. 5(1)(h) applies (Art. 113(a)) and SOW 3, which outranks the ban by clause 1.3, "
        "buys the practice with no Art. 5(1)(h)(i)-(iii) objective and no Art. 5(3) "
        "authorisation (legal notes EUAI-02 FAIL)",
    ),
    (
        "sow-over-terms-rbi",
        "2024-12-01",
        f"{EU}/ai-literacy",
        "pass",
        "Art. 4 applies from 2 Feb 2025 (Art. 113(a)); clause 11 (officers trained), in "
        "force then, meets it (legal notes EUAI-20)",
    ),
    (
        "sow-over-terms-rbi",
        "2025-01-20",
        f"{EU}/ai-literacy",
        "pass",
        "clause 11 trains every officer (Art. 4); SOW 3 prevails over clauses 2 and 8 only "
        "and says nothing of training",
    ),
    (
        "sow-over-terms-rbi",
        "2025-03-01",
        f"{EU}/ai-literacy",
        "pass",
        "clause 11 trains every officer (Art. 4; legal notes EUAI-20)",
    ),
    # --- B. Amendment 2, signed 15 Sep 2027, lifts the weapons ban from 1 Jan 2028 ---
    (
        "amendment-2028-lifts-ban",
        "2027-06-01",
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 6 bans use in weapon systems that select and engage targets without an "
        "operator, unconditionally, no exception, not waivable; amendment 2 was not yet "
        "agreed (legal notes AW-01 PASS)",
    ),
    (
        "amendment-2028-lifts-ban",
        "2027-11-01",
        f"{AW}/autonomous-weapons-ban",
        "pass",
        f"amendment 2 is signed but takes effect on 1 Jan 2028: {IN_FORCE}; clause 6 binds "
        "(legal notes AW-01 PASS)",
    ),
    (
        "amendment-2028-lifts-ban",
        "2028-03-01",
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "amendment 2, signed by both as clause 20 requires and in force from 1 Jan 2028, "
        "deletes clause 6 and buys the autonomous engagement mode of the air-defence system "
        "(DoD Directive 3000.09, Glossary, 'autonomous weapon system'; legal notes AW-01 "
        f"FAIL); the vendor's statement that its red lines stand is no term ({NOT_A_TERM})",
    ),
    (
        "amendment-2028-lifts-ban",
        "2027-06-01",
        f"{AW}/unconditional-ban",
        "pass",
        "clause 6 applies 'whatever law or departmental policy permits' and cannot be "
        "waived (legal notes AW-15 PASS)",
    ),
    (
        "amendment-2028-lifts-ban",
        "2027-11-01",
        f"{AW}/unconditional-ban",
        "pass",
        f"{IN_FORCE}; clause 6 binds unconditionally until 31 Dec 2027, and its ending is "
        "agreed by both parties, not an automatic relaxation (legal notes AW-15 PASS)",
    ),
    (
        "amendment-2028-lifts-ban",
        "2028-03-01",
        f"{AW}/unconditional-ban",
        "fail",
        "from 1 Jan 2028 no ban is in force and amendment 2 buys use in an autonomous weapon "
        "system: no unconditional ban survives a term that buys the practice (legal notes "
        "AW-15, AW-01 FAIL)",
    ),
    # --- C. Amendment 1 ends the surveillance ban on the customer's written notice ---
    (
        "notice-amendment-lifts-ban",
        "2027-01-15",
        f"{MS}/explicit-ban",
        "pass",
        "before amendment 1 (1 Feb 2027): clause 7 bans mass surveillance unconditionally, "
        "no exception, not waivable, and the complete list of uses buys none (legal notes "
        "MS-01 PASS)",
    ),
    (
        "notice-amendment-lifts-ban",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "fail",
        "amendment 1, signed by both, lets the agency end clause 7 from any day it states in "
        "a notice to the vendor: whether or not it has sent one, the ban binds the agency "
        "only while it chooses, a customer-side override (legal notes MS-01 PASS requires "
        "'no customer-side override'); a ban the customer may set aside by notice is no ban",
    ),
    (
        "notice-amendment-lifts-ban",
        "2027-01-15",
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 7: 'The Agency may not waive this clause', and nothing else lets it (legal "
        "notes MS-01, MS-16)",
    ),
    (
        "notice-amendment-lifts-ban",
        "2027-06-01",
        f"{MS}/ban-not-waivable",
        "fail",
        "amendment 1 gives the agency the power to end the ban by its own written notice: "
        "the customer can set the ban aside alone, whatever clause 7 still says about "
        "waiver (the later agreement prevails over the earlier term; UNIDROIT Principles "
        "2016, Art. 3.1.2)",
    ),
    (
        "notice-amendment-lifts-ban",
        "2027-01-15",
        f"{DR}/audit-logging",
        "pass",
        "clause 9 logs every query",
    ),
    (
        "notice-amendment-lifts-ban",
        "2027-06-01",
        f"{DR}/audit-logging",
        "pass",
        "clause 9 logs every query; amendment 1 touches clause 7 only",
    ),
    # --- D. Side letter 1 (vendor alone) and side letter 2 (both) ---
    (
        "vendor-side-letter",
        "2027-01-15",
        f"{DR}/training-on-customer-data",
        "pass",
        "clause 5 bans training on customer data, prompts or outputs with no carve-out",
    ),
    (
        "vendor-side-letter",
        "2027-06-01",
        f"{DR}/training-on-customer-data",
        "pass",
        "side letter 1 is signed by the vendor alone, and clause 20 makes a change bind only "
        "if both sign (Rock Advertising Ltd v MWB [2018] UKSC 24, paras 11-15; UNIDROIT "
        "Principles 2016, Art. 2.1.18): a party cannot narrow its own obligation without "
        "the other's assent, and clause 5 stands",
    ),
    (
        "vendor-side-letter",
        "2027-11-01",
        f"{DR}/training-on-customer-data",
        "fail",
        "side letter 2, signed by both and in force from 1 Oct 2027, prevails over clause 5 "
        "and carves out any purpose the law permits (GDPR Art. 28(3)(a), 28(10); the "
        "rule's carve-out for lawful purposes fails)",
    ),
    (
        "vendor-side-letter",
        "2027-01-15",
        f"{DR}/data-locations",
        "pass",
        "clause 4: storage and processing in Belgium only, elsewhere only with the "
        "customer's prior written consent (legal notes DR-01)",
    ),
    (
        "vendor-side-letter",
        "2027-06-01",
        f"{DR}/data-locations",
        "pass",
        "side letter 1's US processing binds no one: it lacks the customer's signature that "
        "clause 20 requires (Rock Advertising [2018] UKSC 24); clause 4 stands (legal notes "
        "DR-01)",
    ),
    (
        "vendor-side-letter",
        "2027-11-01",
        f"{DR}/data-locations",
        "pass",
        "side letter 2 prevails over clause 5 only; side letter 1 still binds no one; "
        "clause 4 stands (legal notes DR-01)",
    ),
    # --- E. The acceptable-use policy "as updated from time to time" ---
    (
        "aup-as-updated",
        "2027-03-01",
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 3 incorporates the policy as the vendor updates it; the version of 1 May "
        "2026 binds as it stands while the vendor has not changed it, and bans use in "
        "autonomous weapon systems unconditionally, not waivable by the customer (legal "
        "notes AW-01 PASS: the contract or an incorporated usage policy)",
    ),
    (
        "aup-as-updated",
        "2027-09-01",
        f"{AW}/autonomous-weapons-ban",
        "unknown",
        "the version of 1 Jul 2027 replaces the 2026 one and drops the weapons ban: the "
        "contract is silent on autonomous weapons for a defence customer (legal notes AW-01 "
        f"UNKNOWN); the vendor's blog post saying the ban stands is no term ({NOT_A_TERM})",
    ),
    (
        "aup-as-updated",
        "2027-03-01",
        f"{AW}/unconditional-ban",
        "fail",
        "the ban sits in a policy the vendor may amend at any time by posting: it relaxes "
        "with no act of the customer, the automatic relaxation legal notes AW-15 excludes "
        "(Paragon Finance v Nash [2001] EWCA Civ 1466 limits such a power only against "
        "dishonest or capricious use), as the vendor did on 1 Jul 2027",
    ),
    (
        "aup-as-updated",
        "2027-09-01",
        f"{AW}/unconditional-ban",
        "unknown",
        "no weapons ban is in force (the 2027 policy dropped it) and the contract is silent "
        "on weapons use: no quality of a ban to judge (legal notes AW-15; the blog binds "
        "nothing)",
    ),
    (
        "aup-as-updated",
        "2027-03-01",
        f"{MS}/explicit-ban",
        "pass",
        "the 2026 policy, incorporated by clause 3, bans mass surveillance unconditionally, "
        "not waivable by the customer, and the complete list of uses buys none (legal notes "
        "MS-01 PASS: 'or incorporated usage policy that the customer cannot waive')",
    ),
    (
        "aup-as-updated",
        "2027-09-01",
        f"{MS}/explicit-ban",
        "pass",
        "the 2027 policy keeps the surveillance ban unchanged and binds as it stands (legal "
        "notes MS-01 PASS)",
    ),
    (
        "aup-as-updated",
        "2027-03-01",
        f"{MS}/ban-not-waivable",
        "pass",
        "the customer cannot waive the policy's surveillance ban; the vendor's power to "
        "amend its policy is not a customer's waiver (legal notes MS-01 PASS)",
    ),
    (
        "aup-as-updated",
        "2027-09-01",
        f"{MS}/ban-not-waivable",
        "pass",
        "the 2027 policy keeps the ban, not waivable by the customer",
    ),
    # --- F. The master agreement expired; task order 7 runs on ---
    (
        "master-expired-task-order",
        "2026-11-01",
        f"{MS}/explicit-ban",
        "pass",
        "within the master's term, task order 7 buys translation and drafting only "
        "(complete list) and clause 8 bans mass surveillance unconditionally, not "
        "waivable (legal notes MS-01 PASS)",
    ),
    (
        "master-expired-task-order",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "pass",
        "the master expired on 31 Dec 2026, but clause 2.4 keeps it governing each task "
        "order issued during its term until completed: task order 7 (to 31 Dec 2027) runs "
        "under clause 8's ban (UNIDROIT Principles 2016, Art. 7.3.5(3): terms meant to "
        "operate after the end keep operating; cf. FAR 52.216-22(d))",
    ),
    (
        "master-expired-task-order",
        "2026-11-01",
        f"{DR}/data-locations",
        "pass",
        "clause 10: storage and processing in Poland only, restricted (legal notes DR-01)",
    ),
    (
        "master-expired-task-order",
        "2027-06-01",
        f"{DR}/data-locations",
        "pass",
        "clause 10 governs task order 7 by clause 2.4 after the master's expiry (legal notes "
        "DR-01)",
    ),
    (
        "master-expired-task-order",
        "2026-11-01",
        f"{DR}/audit-logging",
        "pass",
        "clause 10 logs every use",
    ),
    (
        "master-expired-task-order",
        "2027-06-01",
        f"{DR}/audit-logging",
        "pass",
        "clause 10 governs task order 7 by clause 2.4 after the master's expiry",
    ),
    # --- G. A ban for the initial term only; renewed on the same terms ---
    (
        "renewal-initial-term-ban",
        "2026-06-01",
        f"{MS}/explicit-ban",
        "pass",
        "in the initial term clause 6 bans mass surveillance unconditionally, not "
        "waivable, and the complete list of uses buys none (legal notes MS-01 PASS)",
    ),
    (
        "renewal-initial-term-ban",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "unknown",
        "clause 6 binds 'during the Initial Term', which ended on 31 Dec 2026; the renewal "
        "on the same terms renews clause 6 as written, confined to the initial term "
        "(UNIDROIT Principles 2016, Arts 4.1, 4.3: the parties' words read in context), so no "
        "ban is in force and the contract is silent (legal notes MS-01 UNKNOWN); a renewal "
        "read as carrying the ban on would be contested, not certain, so no pass",
    ),
    (
        "renewal-initial-term-ban",
        "2026-06-01",
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 6: the authority may not waive the ban",
    ),
    (
        "renewal-initial-term-ban",
        "2027-06-01",
        f"{MS}/ban-not-waivable",
        "unknown",
        "no surveillance ban is in force after the initial term: a quality of a ban that no "
        "longer binds protects nothing (legal notes MS-01, MS-16)",
    ),
    (
        "renewal-initial-term-ban",
        "2026-06-01",
        f"{DR}/audit-logging",
        "pass",
        "clause 9 logs every query and administrative action",
    ),
    (
        "renewal-initial-term-ban",
        "2027-06-01",
        f"{DR}/audit-logging",
        "pass",
        "the renewal letter, signed by both, renews the agreement on the same terms: "
        "clause 9, not limited to the initial term, runs on",
    ),
    (
        "renewal-initial-term-ban",
        "2026-06-01",
        f"{EU}/ai-literacy",
        "pass",
        "clause 10 trains every officer before first use (Art. 4, applicable since 2 Feb "
        "2025, Art. 113(a); legal notes EUAI-20)",
    ),
    (
        "renewal-initial-term-ban",
        "2027-06-01",
        f"{EU}/ai-literacy",
        "pass",
        "clause 10 runs on in the renewal term (Art. 4; legal notes EUAI-20)",
    ),
    # --- H. Termination for convenience; the licence and clauses 9, 14 survive ---
    (
        "termination-convenience",
        "2027-02-01",
        f"{MS}/explicit-ban",
        "fail",
        "the agency may terminate at will (clause 15) and keep running the model under a "
        "perpetual licence for any lawful purpose (clause 5) while the ban (clause 7) ends "
        "with the agreement (clause 16): the ban binds it only while it chooses, a "
        "customer-side override (legal notes MS-01)",
    ),
    (
        "termination-convenience",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "fail",
        "terminated on 30 Apr 2027: clause 7 does not survive (clause 16 lists the clauses "
        "that do; UNIDROIT Principles 2016, Art. 7.3.5(1), (3)), while the perpetual licence "
        "for any lawful purpose does: a lawful-use grant with no surveillance carve-out to "
        "an intelligence agency (legal notes MS-01 FAIL)",
    ),
    (
        "termination-convenience",
        "2027-02-01",
        f"{MS}/ban-not-waivable",
        "fail",
        "the agency can set clause 7 aside on its own by terminating for convenience while "
        "its licence survives (legal notes MS-01, MS-16)",
    ),
    (
        "termination-convenience",
        "2027-06-01",
        f"{MS}/ban-not-waivable",
        "fail",
        "the agency has set the ban aside: it runs the model for any lawful purpose under a "
        "surviving licence with no ban in force (legal notes MS-01 FAIL)",
    ),
    (
        "termination-convenience",
        "2027-02-01",
        f"{DR}/training-on-customer-data",
        "pass",
        "clause 9 bans training on agency data with no carve-out",
    ),
    (
        "termination-convenience",
        "2027-06-01",
        f"{DR}/training-on-customer-data",
        "pass",
        "clause 9 survives termination (clause 16; UNIDROIT Principles 2016, Art. 7.3.5(3))",
    ),
    (
        "termination-convenience",
        "2027-02-01",
        f"{DR}/exit-deletion",
        "pass",
        "clause 14: deletion or return, backups included, certified, nothing kept (GDPR "
        "Art. 28(3)(g); legal notes DR-16 PASS)",
    ),
    (
        "termination-convenience",
        "2027-06-01",
        f"{DR}/exit-deletion",
        "pass",
        "clause 14 is the term meant to operate at the end and survives termination "
        "(clause 16; UNIDROIT Principles 2016, Art. 7.3.5(3); GDPR Art. 28(3)(g))",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit73_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit73_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
