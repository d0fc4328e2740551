"""Eighty-eighth legal-fidelity audit: promises that bind the wrong party, or no one.
Eight descriptions (tests/data/audit88/*.yaml), written blind from contract law (UNIDROIT
Principles of International Commercial Contracts 2016: Art. 1.3, a contract binds its
parties; Art. 3.2.5, fraud; Art. 5.2.1, rights conferred on third parties; Arts 7.1.1 and
7.1.6, non-performance and terms limiting its remedies; in English law the Contracts
(Rights of Third Parties) Act 1999, s. 1), GDPR Art. 28(2) and (4), the red lines' sources
and the project's legal notes (MS-01, MS-02, MS-03, MS-04, MS-05, MS-14, MS-17, AW-01,
AW-15, DR-09), run through the real CLI and read as counsel would.

Each contract asks who a red line binds, and whether that is the one who runs the system:
an interior ministry free under a grant of any lawful use while the only surveillance
promise is the provider's own covenant (and whose sub-processor flow-down leaves out the
provider's affiliates); a defence ministry whose surveillance term is a representation of
current intent and whose weapons term its warranty of future non-use; a police force's ban
whose only remedy is the provider's termination right, with no monitoring; a defence
ministry's red lines that bind "the Customer" while every authority of the state and their
contractors may use the platform, unbound; a model licence whose red lines bind an
integrator that may sublicense the model to a ministry on terms of its choosing, and one
that flows them down in substance with the licensor a third-party beneficiary; a ministry
that buys for an alliance agency and answers for the agency's use as for its own; and a
managed service run by the provider only on the customer's tasking, the ban on the
customer enforceable by the provider alone.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). The blind answers (48 rows) were written and
committed before the tool was run. On the first run 39 matched and nine did not:

- Four wrong PASSes, of the kind the audit looked for: the defence ministry whose red
  lines bind "the Customer" while any authority of the state and any contractor of theirs
  may use the platform as Authorised Users who are not parties (explicit-ban,
  autonomous-weapons-ban), and the model licence whose red lines bind an integrator that
  may sublicense the model to a ministry "on such terms as the Licensee determines" (the
  same two rules). A contract binds its parties (UNIDROIT Principles 2016, Art. 1.3): the
  users it admits unbound may do what the ban forbids its addressee. The vocabulary had
  no way to say whom a ban binds, so the describer recorded each ban as a prohibition and
  the tool passed it. New fact ``restrictions.<name>.binds_every_user``: false where the
  contract lets someone use the system whom the ban does not bind (no flow-down, no
  responsibility of the customer for them), true where the ban reaches every user by its
  words, a flow-down no less protective, or the customer's responsibility for their use
  as for its own; who may enforce it does not decide it. explicit-ban and
  autonomous-weapons-ban now fail a ban stated not to bind every user and are unknown
  where the point is left open (fixtures: fail, pass, unknown in each); the weapons pack's
  Rego translation follows. The four descriptions that turn on it record it now (the two
  above false; the licence that flows its red lines down in substance and the ministry
  that answers for the alliance agency true), each saying so in its comment. The meaning
  of ``restrictions.*.prohibited`` now says that a covenant of a party that does not use
  the system ("the Provider shall not use the Services for mass surveillance" while the
  customer runs them) prohibits nothing its user does (the interior ministry's contract,
  recorded so blind, fails as counsel said), and that of ``data.sub_processors.flow_down``
  that a flow-down whose definition of a sub-processor leaves the vendor's affiliates out
  is false (GDPR Art. 28(4)), which a describer could otherwise have recorded from the
  label.
- Five blind answers were wrong: not-intentional-only passes only a ban that covers
  queries of data already held and incidentally collected data (legal notes MS-03 PASS;
  50 U.S.C. §1881a(b), (f)); "whether or not intentionally", or a ban with no intent
  qualifier, closes the intent loophole alone, and the tool's unknown is right. Each row
  says so.

Whether a ban reaches every user is read by the rules on the ban itself (MS-01, AW-01);
the rules on its qualities (waiver, condition, protected persons) read the ban as it binds
its addressee, and their rows say so. A total weapons ban
(``restrictions.weapons_integration``, the pack's definition weapons-use-prohibited,
through which autonomous-weapons-ban can also pass and which makes the rules on permitted
weapons integration not applicable) is no longer total where it is stated not to bind
every user (fixture in autonomous-weapons-ban); no row here turns on it.

No row is a known wrong.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit88"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
DR = "data-residency"

#: Every contract is in force on this day.
D = "2027-09-01"

#: Why a promise binds only its parties.
PRIVITY = (
    "a contract binds its parties (UNIDROIT Principles 2016, Art. 1.3); a person the "
    "contract lets use the system without binding it, or making the customer answer for "
    "it, is limited by nothing in the contract"
)

#: Why a ban silent on queries and incidental data leaves MS-03 open (the blind answers
#: were pass, and wrong).
MS03 = (
    "blind answer pass was wrong: MS-03 PASS needs the ban to cover incidental or "
    "bulk-derived data and queries that search data already collected (50 U.S.C. "
    "§1881a(b), (f): intentional-targeting limits leave incidental data to be kept and "
    "queried); 'whether or not intentionally' closes only the intent loophole, and a ban "
    "whose query and incidental scope is unstated is unclear (legal notes MS-03 UNKNOWN)"
)

#: Why an affiliate left out of the flow-down fails Art. 28(4).
AFFILIATE = (
    "GDPR Art. 28(4): where a processor engages another processor, the same data-protection "
    "obligations shall be imposed on it by contract; an affiliate that gives support with "
    "access to the data processes it for the processor, whatever the contract calls it, and "
    "the schedule's definition leaves it out of the flow-down (legal notes DR-09: same "
    "obligations flowed down)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Interior ministry: the only surveillance promise is the provider's covenant ---
    (
        "vendor-covenant-only",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 3 grants any lawful use and says no term restricts it beyond the law; "
        "clause 9 binds the Provider, who does not use the system for the ministry: nothing "
        "forbids the ministry's own mass surveillance (legal notes MS-01 FAIL: any lawful "
        f"use with no surveillance carve-out); {PRIVITY}",
    ),
    (
        "vendor-covenant-only",
        D,
        f"{MS}/ban-not-waivable",
        "fail",
        "no ban binds the ministry, which is free under a grant limited only by the law; a "
        "covenant of the provider is no red line on the user (MS-01 FAIL, MS-16)",
    ),
    (
        "vendor-covenant-only",
        D,
        f"{MS}/enforcement-mechanisms",
        "fail",
        "clause 11: the Provider shall not monitor, inspect or audit the ministry's use "
        "(legal notes MS-17 FAIL: vendor waives monitoring)",
    ),
    (
        "vendor-covenant-only",
        D,
        f"{DR}/sub-processor-authorisation",
        "fail",
        AFFILIATE,
    ),
    # --- Defence ministry: a statement of intent, and a warranty ---
    (
        "intent-and-warranty",
        D,
        f"{MS}/explicit-ban",
        "unknown",
        "clause 8.1 represents the ministry's intention at signing: a statement of present "
        "fact that promises nothing about later use (its falsity may ground avoidance, "
        "UNIDROIT Principles 2016, Art. 3.2.5, not performance); no grant of lawful use "
        "either, so the contract is silent on a ban (legal notes MS-01 UNKNOWN)",
    ),
    (
        "intent-and-warranty",
        D,
        f"{MS}/ban-not-waivable",
        "unknown",
        "no surveillance prohibition to be waived or not; a representation of intent binds "
        "no future conduct (MS-01 UNKNOWN)",
    ),
    (
        "intent-and-warranty",
        D,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 8.2: the Customer warrants that neither it nor anyone acting for it will use "
        "the System in a weapon system that selects and engages targets without further "
        "human intervention; a warranty of future conduct is a promise whose breach is "
        "non-performance (UNIDROIT Principles 2016, Art. 7.1.1); no exception (legal notes "
        "AW-01 PASS; DoD Directive 3000.09, Glossary)",
    ),
    (
        "intent-and-warranty",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 8.2 admits no condition on law or policy, and clause 14 needs both "
        "signatures to vary it (legal notes AW-15 PASS)",
    ),
    # --- Police: a ban on the customer, the provider's termination its only remedy ---
    (
        "termination-sole-remedy",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "clause 6.1 forbids the force's mass, bulk or untargeted surveillance of any person; "
        "clause 6.2 limits the remedies for breach to termination, which does not unmake the "
        "promise (UNIDROIT Principles 2016, Arts 7.1.1, 7.1.6) (legal notes MS-01 PASS)",
    ),
    (
        "termination-sole-remedy",
        D,
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 15: variation only by a written amendment both parties sign; no waiver by "
        "the force (MS-01 PASS: no customer-side override)",
    ),
    (
        "termination-sole-remedy",
        D,
        f"{MS}/enforcement-mechanisms",
        "fail",
        "clause 6.3: no monitoring, inspection or audit, and no duty to report; termination "
        "is a remedy no one can trigger on evidence (legal notes MS-17 FAIL: vendor waives "
        "monitoring)",
    ),
    (
        "termination-sole-remedy",
        D,
        f"{MS}/not-intentional-only",
        "unknown",
        "'whether or not intentionally', but the ban says nothing of querying data already "
        f"held or of incidentally collected data; {MS03}",
    ),
    (
        "termination-sole-remedy",
        D,
        f"{MS}/protected-population",
        "pass",
        "'any person' (legal notes MS-02 PASS; EO 14086 §2(c)(iii)(A))",
    ),
    (
        "termination-sole-remedy",
        D,
        f"{MS}/intelligence-agencies-excluded",
        "not_applicable",
        "a police force, no defence customer with intelligence components (legal notes "
        "MS-14 NOT_APPLICABLE)",
    ),
    (
        "termination-sole-remedy",
        D,
        f"{AW}/autonomous-weapons-ban",
        "not_applicable",
        "a police force buying case analysis for law enforcement only, purposes and uses "
        "stated in full: no defence or weapons nexus (legal notes gate G-3, AW-01 "
        "NOT_APPLICABLE)",
    ),
    # --- Defence ministry: red lines on "the Customer", every agency and contractor free ---
    (
        "any-agency-may-use",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 3 lets every authority of the state and any contractor of theirs use the "
        "platform, 'not parties'; clause 7 binds only the Customer and nothing makes it answer "
        f"for them: the contract admits users free of any ban; {PRIVITY} (legal notes MS-01 "
        "FAIL: the use is open to those no surveillance carve-out binds)",
    ),
    (
        "any-agency-may-use",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "the same: a contractor of any authority may build the platform into a weapon system "
        "that selects and engages targets without human intervention and no term of the "
        f"contract forbids it; {PRIVITY} (legal notes AW-01 FAIL)",
    ),
    (
        "any-agency-may-use",
        D,
        f"{MS}/intelligence-agencies-excluded",
        "fail",
        "clause 3 names the Defence Intelligence Service among the Authorised Users with no "
        "component-specific terms (legal notes MS-14 FAIL)",
    ),
    (
        "any-agency-may-use",
        D,
        f"{MS}/ban-not-waivable",
        "pass",
        "the ministry may not set clause 7 aside: both signatures are needed to vary it "
        "(clause 16); whom the ban reaches is explicit-ban's question (MS-01)",
    ),
    (
        "any-agency-may-use",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 7(b) is conditioned on no law or policy and admits no exception (legal notes "
        "AW-15 PASS); whom it reaches is autonomous-weapons-ban's question (AW-01)",
    ),
    (
        "any-agency-may-use",
        D,
        f"{MS}/protected-population",
        "pass",
        "'any person' (legal notes MS-02 PASS)",
    ),
    (
        "any-agency-may-use",
        D,
        f"{MS}/not-intentional-only",
        "unknown",
        "clause 7(a) has no intent qualifier and says nothing of queries or incidental "
        f"data; {MS03}",
    ),
    # --- Model licence: red lines on the integrator, free sublicensing to the ministry ---
    (
        "licence-free-sublicensing",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "clause 5 binds the Licensee; clause 6 lets it sublicense the model to the ministry, "
        "which runs the product, 'on such terms as the Licensee determines', with no duty to "
        f"pass clause 5 on and no right of the licensor against the ministry; {PRIVITY} "
        "(legal notes AW-01 FAIL)",
    ),
    (
        "licence-free-sublicensing",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "the same for clause 5(b): the ministry that runs the intelligence-fusion product is "
        f"bound by no surveillance ban of this licence; {PRIVITY} (legal notes MS-01 FAIL)",
    ),
    (
        "licence-free-sublicensing",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "clause 5(a) is conditioned on no law or policy, with no exception, variable only by "
        "both parties (legal notes AW-15 PASS); its reach is autonomous-weapons-ban's question",
    ),
    (
        "licence-free-sublicensing",
        D,
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 12: the Licensee cannot vary clause 5 alone; its reach is explicit-ban's "
        "question (MS-01)",
    ),
    (
        "licence-free-sublicensing",
        D,
        f"{MS}/protected-population",
        "pass",
        "'any person' (legal notes MS-02 PASS)",
    ),
    # --- Model licence: flowed down in substance, licensor a third-party beneficiary ---
    (
        "licence-flowed-down",
        D,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 5(a) binds the Licensee and clause 6 lets the model reach the army only under "
        "a written prohibition no less protective, which the Licensee enforces and the "
        "licensor may enforce directly (UNIDROIT Principles 2016, Art. 5.2.1; Contracts "
        "(Rights of Third Parties) Act 1999, s. 1): the ban reaches the user in substance "
        "(legal notes AW-01 PASS)",
    ),
    (
        "licence-flowed-down",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "no condition on law or policy, no exception, variable only by both parties (legal "
        "notes AW-15 PASS)",
    ),
    (
        "licence-flowed-down",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "clause 5(b), flowed down in substance by clause 6 (legal notes MS-01 PASS)",
    ),
    (
        "licence-flowed-down",
        D,
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 12: variation only in writing signed by both (MS-01 PASS: no customer-side "
        "override)",
    ),
    (
        "licence-flowed-down",
        D,
        f"{MS}/not-intentional-only",
        "unknown",
        "clause 5(b) says nothing of intent, for or against (legal notes MS-03 UNKNOWN)",
    ),
    # --- Ministry buying for an alliance agency, answering for its use ---
    (
        "alliance-via-ministry",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "clause 7.1 forbids the ministry's use and its making the service available for mass "
        "surveillance; 7.2 obliges it to bind the agency and makes it responsible for the "
        "agency's use as for its own: the ban reaches the one who runs the system (legal "
        "notes MS-01 PASS)",
    ),
    (
        "alliance-via-ministry",
        D,
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 7.1(b), reaching the agency through 7.2 (legal notes AW-01 PASS)",
    ),
    (
        "alliance-via-ministry",
        D,
        f"{AW}/unconditional-ban",
        "pass",
        "7.3: no exception, not waivable; no condition on law or policy (legal notes AW-15 PASS)",
    ),
    (
        "alliance-via-ministry",
        D,
        f"{MS}/ban-not-waivable",
        "pass",
        "7.3: the Customer may not waive clause 7 (MS-01 PASS)",
    ),
    (
        "alliance-via-ministry",
        D,
        f"{MS}/not-intentional-only",
        "unknown",
        f"no intent qualifier, nothing of queries or incidental data; {MS03}",
    ),
    (
        "alliance-via-ministry",
        D,
        f"{MS}/intelligence-agencies-excluded",
        "unknown",
        "a defence customer; the contract neither lists the units entitled to use the "
        "service nor excludes intelligence agencies (legal notes MS-14 UNKNOWN: user "
        "population not defined)",
    ),
    (
        "alliance-via-ministry",
        D,
        f"{DR}/sub-processor-authorisation",
        "pass",
        "Schedule 4: general written authorisation with thirty days' notice and a right to "
        "object (GDPR Art. 28(2)); the same obligations imposed by contract, the vendor fully "
        "liable (Art. 28(4)) (legal notes DR-09 PASS)",
    ),
    # --- Managed service on the customer's tasking; the ban binds the customer ---
    (
        "managed-service-customer-ban",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "clause 7.1 binds the ministry, and clause 4 lets the Provider run the system only on "
        "the ministry's tasking, which 7.1 forbids for mass surveillance: every use of the "
        "system is bound; that only the Provider may enforce it (7.2) changes nothing that "
        "binds (UNIDROIT Principles 2016, Art. 5.2.1) (legal notes MS-01 PASS)",
    ),
    (
        "managed-service-customer-ban",
        D,
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 16: both signatures to vary (MS-01 PASS: no customer-side override)",
    ),
    (
        "managed-service-customer-ban",
        D,
        f"{MS}/enforcement-mechanisms",
        "pass",
        "clause 9: the Provider reviews every tasking, the ministry reports breaches, the "
        "Provider may suspend and terminate, safeguards stay on (legal notes MS-17 PASS)",
    ),
    (
        "managed-service-customer-ban",
        D,
        f"{MS}/intelligence-agencies-excluded",
        "pass",
        "7.3: only the Operational Command tasks the service; intelligence services only "
        "under a separate agreement with its own surveillance terms (legal notes MS-14 PASS)",
    ),
    (
        "managed-service-customer-ban",
        D,
        f"{MS}/public-data-covered",
        "pass",
        "7.1 covers the aggregation of publicly available data (legal notes MS-05 PASS)",
    ),
    (
        "managed-service-customer-ban",
        D,
        f"{MS}/commercial-data-covered",
        "pass",
        "7.1 covers commercially acquired data (legal notes MS-04 PASS)",
    ),
    (
        "managed-service-customer-ban",
        D,
        f"{MS}/not-intentional-only",
        "unknown",
        "'whether or not intentionally', and it covers collection, analysis and tracking, "
        f"but names neither querying nor incidental data; {MS03}",
    ),
    (
        "managed-service-customer-ban",
        D,
        f"{AW}/autonomous-weapons-ban",
        "unknown",
        "a defence customer; the contract is silent on weapons (legal notes AW-01 UNKNOWN)",
    ),
    (
        "managed-service-customer-ban",
        D,
        f"{DR}/sub-processor-authorisation",
        "unknown",
        "the vendor processes personal data as processor and the contract is silent on "
        "sub-processing (legal notes DR-09 UNKNOWN)",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit88_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit88_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
