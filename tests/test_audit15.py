"""Fifteenth legal-fidelity audit: the rules earlier audits barely touched, each contract the
smallest that isolates one point, run through the real CLI (tests/data/audit15/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs. The rows that need a profile's parameters (the
classification a US defence customer allows, the certification it requires) run under the
built-in profile they name (PROFILE_CASES).

Data residency: the classification boundary (NATO Security Policy C-M(2002)49-REV1: NATO
UNCLASSIFIED a marking, the levels from NATO RESTRICTED; DoD Cloud Computing SRG, IL6 up to
SECRET) against a network accredited below the ceiling, a ceiling raised by an amendment
from a later date, and a statement of work that buys classified material under an
unclassified ceiling; sub-processor locations against Switzerland (no EEA state), a list an
amendment replaces from a later date, and a processor free to add sub-processors anywhere
(GDPR Art. 28(2), (4), Art. 44); the transfer impact assessment (GDPR Art. 46(1); C-311/18
Schrems II, paras 134-135; EDPB Recommendations 01/2020, Annex 2, use case 6) against
measures a cloud computing on clear data defeats, and an assessment from a later date; the
DoD IL6 authorisation against IL5 and an amendment from a later date; the DPF (Implementing
Decision (EU) 2023/1795, Art. 1) for a company not on the List, a US government agency, and
a transfer before the decision existed; transfers to an international organisation (GDPR
Arts 44-46, 49(1)(d)) on adequacy before any such decision, on an Art. 46(2)(a) instrument
from a private exporter, and on a ground named only in an annex that does not bind;
personnel location against support access performed from the US and follow-the-sun support
from a later date; audit logging in a clause an amendment replaces; identity management in a
side letter a clause outranks and in an amendment that expired.

Surveillance: the enforcement mechanisms against a term that lets the customer demand the
removal of safeguards, and audit rights in an expired side letter; bulk processing "limited"
while the statement of work buys mass surveillance, purposes "to be agreed", and no
communications in scope; the foreign-intelligence purpose dropped by a statement of work,
agreed from a later date, and asked of a police force's criminal intelligence (EO 12333
§2.3); biometric categorisation by sensitive traits (AI Act Art. 5(1)(g)) bought by a
statement of work beside the ban, beside a labelling carve-out, banned from a later date,
and carved out for foreign intelligence.

Weapons: bias testing from a later date (NATO Principles, Bias Mitigation); international
humanitarian law (AP I Art. 57; DoDD 3000.09 para. 1.2) in an official record and an
expired side letter; guardrail-free models in a prevailing statement of work, a relaxed
variant whose safety stack only a press report mentions, and safeguards the customer may
have removed on demand.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test, verdict_test

DATA = Path(__file__).parent / "data" / "audit15"

DR = "data-residency"
MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
D = "2027-06-01"
BEFORE = "2026-06-01"
LATER = "2028-01-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- classification boundary ---
    (
        "cb-network-public-only",
        D,
        f"{DR}/classification-boundary",
        "fail",
        "NATO Security Policy C-M(2002)49-REV1: NATO UNCLASSIFIED is for official use only, "
        "not public; a network accredited for public information alone is below the "
        "NATO UNCLASSIFIED ceiling",
    ),
    (
        "cb-secret-on-il6",
        D,
        f"{DR}/classification-boundary",
        "fail",
        "a SECRET ceiling exceeds what the customer allows under the pack's default profile "
        "(unclassified only); the same contract passes under the US defence profile below",
    ),
    (
        "cb-sow-buys-classified",
        D,
        f"{DR}/classification-boundary",
        "fail",
        "C-M(2002)49-REV1: the classification levels run from NATO RESTRICTED; a statement of "
        "work that buys the processing of classified material contradicts the unclassified "
        "ceiling of clause 6, whatever its ban on higher inputs says (fixed: the rule reads "
        "the classified data category against an unclassified ceiling)",
    ),
    (
        "cb-ceiling-amendment-2028",
        D,
        f"{DR}/classification-boundary",
        "pass",
        "until 2028 clause 6 governs: NATO UNCLASSIFIED only, higher inputs forbidden, on an "
        "unclassified network",
    ),
    (
        "cb-ceiling-amendment-2028",
        LATER,
        f"{DR}/classification-boundary",
        "fail",
        "from 1 Jan 2028 the amendment raises the ceiling to NATO SECRET, above the customer's "
        "limit and above the unclassified network's accreditation",
    ),
    # --- sub-processor locations ---
    (
        "sp-switzerland",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "GDPR Arts 28(4), 44: a Swiss sub-processor is an onward transfer out of the EEA, and "
        "Switzerland is outside the allowed jurisdictions (EEA), adequacy or not",
    ),
    (
        "sp-free-engagement",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "GDPR Art. 28(2): the processor may engage further sub-processors freely, and nothing "
        "limits where they process, so today's complete list binds no future sub-processor "
        "to the EEA (fixed: the rule reads free engagement without a location limit)",
    ),
    (
        "sp-annex-replaced-2028",
        D,
        f"{DR}/sub-processor-locations",
        "pass",
        "until 2028 annex S lists one German sub-processor, in full",
    ),
    (
        "sp-annex-replaced-2028",
        LATER,
        f"{DR}/sub-processor-locations",
        "fail",
        "from 1 Jan 2028 the amendment replaces annex S with a list that adds a US "
        "sub-processor, outside the EEA",
    ),
    # --- transfer impact assessment ---
    (
        "tia-measures-clear-data",
        D,
        f"{DR}/transfer-impact-assessment",
        "fail",
        "C-311/18 Schrems II, paras 134-135; EDPB Recommendations 01/2020, Annex 2, use case 6: "
        "no supplementary measure works for an importer under FISA s.702 that computes on the "
        "data in the clear, whatever the assessment names",
    ),
    (
        "tia-amendment-2028",
        D,
        f"{DR}/transfer-impact-assessment",
        "fail",
        "GDPR Art. 46(1); SCC Clause 14 (Decision (EU) 2021/914): until 2028 clause 12 "
        "transfers to the US on standard clauses with no assessment",
    ),
    (
        "tia-amendment-2028",
        LATER,
        f"{DR}/transfer-impact-assessment",
        "pass",
        "from 1 Jan 2028 the amendment documents the assessment and encryption with keys the "
        "importer does not hold, on data it never sees in the clear (EDPB use case 1)",
    ),
    # --- the EU-US Data Privacy Framework ---
    (
        "dpf-recipient-not-on-list",
        D,
        f"{DR}/dpf-fallback",
        "fail",
        "Implementing Decision (EU) 2023/1795, Art. 1: adequacy only for organisations on the "
        "DPF List; the recipient is stated not to be on it",
    ),
    (
        "dpf-government-agency",
        D,
        f"{DR}/dpf-fallback",
        "fail",
        "Decision (EU) 2023/1795, Art. 1: a US government agency cannot be on the DPF List, so "
        "the contract's statement that it is certified verifies nothing (fixed: the rule "
        "reads the recipient's kind)",
    ),
    (
        "dpf-before-decision",
        "2022-06-01",
        f"{DR}/dpf-fallback",
        "fail",
        "Decision (EU) 2023/1795 dates from 10 Jul 2023 (Privacy Shield fell with C-311/18 on "
        "16 Jul 2020): in 2022 no recipient could be on a DPF List (fixed: the rule reads "
        "the decision's date)",
    ),
    (
        "dpf-before-decision",
        "2023-09-01",
        f"{DR}/dpf-fallback",
        "pass",
        "from 10 Jul 2023 the decision covers the certified US company, and the standard "
        "clauses are agreed as fallback",
    ),
    # --- transfers to an international organisation ---
    (
        "io-adequacy-before-first-decision",
        "2025-03-01",
        f"{DR}/international-organisation-transfers",
        "fail",
        "GDPR Arts 44, 45(1): the first adequacy decision for an international organisation "
        "(the European Patent Organisation's) is of 15 Jul 2025; before it no organisation "
        "had one (fixed: the rule reads that date)",
    ),
    (
        "io-instrument-private-exporter",
        D,
        f"{DR}/international-organisation-transfers",
        "fail",
        "GDPR Art. 46(2)(a): a legally binding instrument between public authorities or "
        "bodies; a company exporting to NATO cannot rely on one",
    ),
    (
        "io-ground-annex-not-binding",
        D,
        f"{DR}/international-organisation-transfers",
        "unknown",
        "GDPR Arts 44, 46(2)(a): the daily transfers to NATO need a ground; the arrangement "
        "is named only in an annex clause 20 says does not bind",
    ),
    # --- personnel location ---
    (
        "pl-support-access-us",
        D,
        f"{DR}/personnel-location",
        "fail",
        "DoD Cloud SRG / SecNumCloud personnel requirements as the customer's policy: clause "
        "17 has remote support access performed from the US, so staff with that access sit "
        "outside the EEA whatever clause 16 says (fixed: the rule reads where support access "
        "is performed)",
    ),
    (
        "pl-follow-the-sun-2028",
        D,
        f"{DR}/personnel-location",
        "pass",
        "until 2028 support staff sit in Germany only, listed in full",
    ),
    (
        "pl-follow-the-sun-2028",
        LATER,
        f"{DR}/personnel-location",
        "fail",
        "from 1 Jan 2028 the amendment adds follow-the-sun support from India",
    ),
    # --- audit logging and identity management ---
    (
        "al-clause-replaced-2028",
        D,
        f"{DR}/audit-logging",
        "pass",
        "NIST SP 800-53 AU-2, AU-11: clause 9 logs use and keeps the logs 24 months",
    ),
    (
        "al-clause-replaced-2028",
        LATER,
        f"{DR}/audit-logging",
        "unknown",
        "from 1 Jan 2028 the amendment replaces clause 9 as a whole and says nothing on logs; "
        "the old promise went with it",
    ),
    (
        "im-side-letter-below-clause",
        D,
        f"{DR}/identity-management",
        "fail",
        "clause 18 (vendor-managed accounts) prevails over the side letter that promises "
        "federation to the customer's identity provider",
    ),
    (
        "im-amendment-expired",
        BEFORE,
        f"{DR}/identity-management",
        "pass",
        "the amendment in force until 31 Dec 2026 federates all access and prevails over clause 18",
    ),
    (
        "im-amendment-expired",
        D,
        f"{DR}/identity-management",
        "fail",
        "the amendment expired on 31 Dec 2026: clause 18 (vendor-managed accounts) applies again",
    ),
    # --- surveillance: enforcement, bulk processing, foreign-intelligence purpose ---
    (
        "em-safeguard-removal-on-demand",
        D,
        f"{MS}/enforcement-mechanisms",
        "fail",
        "NATO Principles (governability); the OpenAI agreement of 28 Feb 2026 (vendor's "
        "safety stack): a term that lets the customer demand the removal of safeguards to "
        "keep the service makes the standard safeguards removable on demand (fixed)",
    ),
    (
        "em-safeguard-removal-on-demand",
        D,
        f"{AW}/no-guardrail-free-models",
        "fail",
        "the vendor keeps no discretion over its safeguards when the customer may demand "
        "their removal as a condition of continued service (fixed)",
    ),
    (
        "em-audit-side-letter-expired",
        BEFORE,
        f"{MS}/enforcement-mechanisms",
        "pass",
        "the side letter in force until 31 Dec 2026 gives audit rights; clause 10 gives "
        "reporting, termination and standard safeguards",
    ),
    (
        "em-audit-side-letter-expired",
        D,
        f"{MS}/enforcement-mechanisms",
        "unknown",
        "the side letter expired: nothing in force says how a breach would be detected",
    ),
    (
        "bk-sow-buys-mass-surveillance",
        D,
        f"{MS}/bulk-processing-limited",
        "fail",
        "EO 14086 §2(c)(ii)(A)-(B); C-511/18 La Quadrature du Net: the statement of work buys "
        "mass, untargeted surveillance as a use in its own right, which no selector or closed "
        "list of purposes confines (fixed: the rule reads what the contract buys)",
    ),
    (
        "bk-purposes-to-be-agreed",
        D,
        f"{MS}/bulk-processing-limited",
        "unknown",
        "EO 14086 §2(c)(ii)(B): the purposes for bulk-derived data are 'to be agreed', so no "
        "closed list exists yet",
    ),
    (
        "bk-no-communications",
        D,
        f"{MS}/bulk-processing-limited",
        "not_applicable",
        "translation of personnel files, use cases and data categories in full: no "
        "communications or intercepted signals are in scope",
    ),
    (
        "fi-sow-procedures-not-required",
        D,
        f"{MS}/foreign-intelligence-purpose",
        "fail",
        "EO 12333 §2.3 as benchmark: the prevailing statement of work drops the approved "
        "person-data procedures",
    ),
    (
        "fi-amendment-2028",
        D,
        f"{MS}/foreign-intelligence-purpose",
        "unknown",
        "until 2028 nothing in force requires a foreign-intelligence purpose or approved "
        "procedures",
    ),
    (
        "fi-amendment-2028",
        LATER,
        f"{MS}/foreign-intelligence-purpose",
        "pass",
        "from 1 Jan 2028 the amendment requires both",
    ),
    (
        "fi-police-criminal-intelligence",
        D,
        f"{MS}/foreign-intelligence-purpose",
        "not_applicable",
        "a police force's criminal-intelligence analysis for law enforcement only is "
        "policing under the LED (Directive (EU) 2016/680, Arts 1(1), 3(7)), not foreign "
        "intelligence (EO 12333 §2.3 governs the intelligence community): no foreign-"
        "intelligence purpose is owed (fixed: the rule's scope leaves it out)",
    ),
    # --- biometric categorisation (AI Act Art. 5(1)(g)) ---
    (
        "bc-sow-buys-political-categorisation",
        D,
        f"{MS}/no-biometric-categorisation",
        "fail",
        "AI Act Art. 5(1)(g): the statement of work buys categorisation by inferred political "
        "opinion, the practice clause 9 bans; what the contract buys outranks its label",
    ),
    (
        "bc-ban-amendment-2028",
        D,
        f"{MS}/no-biometric-categorisation",
        "unknown",
        "Art. 5(1)(g), applicable since 2 Feb 2025 (Art. 113(a)): biometric data in scope and "
        "no ban in force until the amendment of 2028",
    ),
    (
        "bc-ban-amendment-2028",
        LATER,
        f"{MS}/no-biometric-categorisation",
        "pass",
        "from 1 Jan 2028 the amendment bans it with no carve-out, and the complete list of "
        "uses buys no categorisation",
    ),
    (
        "bc-foreign-intel-carve-out",
        D,
        f"{MS}/no-biometric-categorisation",
        "fail",
        "Art. 5(1)(g) excepts only labelling or filtering of lawfully acquired datasets; a "
        "carve-out for foreign intelligence goes beyond it",
    ),
    # --- weapons: bias, IHL, guardrails ---
    (
        "bm-amendment-2028",
        D,
        f"{AW}/bias-mitigation",
        "fail",
        "NATO Principles (Bias Mitigation); DoD AI principle 'equitable': clause 12 disclaims "
        "bias testing until the amendment of 2028",
    ),
    (
        "bm-amendment-2028",
        LATER,
        f"{AW}/bias-mitigation",
        "pass",
        "from 1 Jan 2028 the amendment requires bias testing with remediation",
    ),
    (
        "ihl-official-record",
        D,
        f"{AW}/ihl-compliance",
        "unknown",
        "AP I binds the customer state, but a record of its ratification is no contract term: "
        "the contract is silent on IHL",
    ),
    (
        "ihl-side-letter-expired",
        BEFORE,
        f"{AW}/ihl-compliance",
        "pass",
        "AP I Art. 57; DoDD 3000.09 para. 1.2: the side letter in force until 31 Dec 2026 "
        "requires compliance with IHL",
    ),
    (
        "ihl-side-letter-expired",
        D,
        f"{AW}/ihl-compliance",
        "unknown",
        "the side letter expired; nothing in force states IHL compliance",
    ),
    (
        "gr-sow-removed",
        D,
        f"{AW}/no-guardrail-free-models",
        "fail",
        "the prevailing statement of work supplies a variant with its safeguards removed",
    ),
    (
        "gr-reduced-stack-press-only",
        D,
        f"{AW}/no-guardrail-free-models",
        "unknown",
        "a relaxed variant passes only with the vendor's safety stack running, and only a "
        "press report says it runs",
    ),
    (
        "bc-labelling-carve-out-buys-categorisation",
        D,
        f"{MS}/no-biometric-categorisation",
        "unknown",
        "AI Act Art. 5(1)(g): the carve-out covers only labelling or filtering of lawfully "
        "acquired biometric datasets; whether the categorisation by sensitive traits the "
        "statement of work buys is that is not stated, so the verdict is open, not pass",
    ),
]

#: Rows under a built-in profile: file, as-of date, rule, profile, expected verdict, reason.
PROFILE_CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        "cb-secret-on-il6",
        D,
        f"{DR}/classification-boundary",
        "us-defence",
        "pass",
        "DoD Cloud SRG IL6: SECRET on a SIPRNet enclave accredited for SECRET, higher inputs "
        "forbidden, within the US defence profile's limit",
    ),
    (
        "ce-il5-not-il6",
        D,
        f"{DR}/certification",
        "us-defence",
        "fail",
        "DoD Cloud SRG: the certifications, listed in full, stop at IL5; the profile requires "
        "the IL6 authorisation",
    ),
    (
        "ce-il6-amendment-2028",
        D,
        f"{DR}/certification",
        "us-defence",
        "fail",
        "until 2028 clause 15 lists FedRAMP High only, in full",
    ),
    (
        "ce-il6-amendment-2028",
        LATER,
        f"{DR}/certification",
        "us-defence",
        "pass",
        "from 1 Jan 2028 the amendment adds the IL6 authorisation; clause 15 requires maintenance",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit15_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


test_audit15_verdict_under_profile = profile_verdict_test(DATA, PROFILE_CASES)


def test_every_audit15_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in PROFILE_CASES),
        (row[0] for row in KNOWN_WRONG),
    )
