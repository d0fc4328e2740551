"""Forty-first legal-fidelity audit: terms left open (``unspecified``) in the rules the
first sweep (tests/test_audit37u.py) left for a legal decision. Each contract is a built-in
fixture that passes, with one fact the rule reads turned into ``unspecified`` (a point the
contract says is "to be agreed"; tests/data/audit41/*.yaml, the fact and the fixture named
in each file's first line), run through the real CLI.

For each, the question is the lawyer's: does the law need the point (then the open term may
be settled the way the requirement excludes, and the verdict is unknown), or is the
requirement met whichever way it is settled (then the contract passes)? The rows that were
PASS before this audit and are unknown now: the transfer chain's sub-processors
(data-residency/transfer-mechanism and transfer-impact-assessment), the sub-processor
authorisation behind a location limit (sub-processor-locations), incident notification to
the other party (eu-ai-act-high-risk/deployer-duties and serious-incident-reporting) and
the LED flow-down (led-sub-processor-authorisation). The rest pass, or were unknown
already, for the reason each row gives. Silence (the fact left out) still reads as before:
``tia-sub-country-silent`` is the control.

The LED flow-down is corrected, not confirmed: Directive (EU) 2016/680, Art. 22(3)(f) does
not require the flow-down by its text, but whether it does is unsettled, and the rule reads
a stated exclusion as unknown for that reason; an open flow-down may be settled as that
exclusion, so it cannot pass where the exclusion does not.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit41"

D = "2027-01-01"
LATER = "2028-01-10"
ONWARD = (
    "GDPR Arts 44 and 28(4): a sub-processor processing the data in a third country receives "
    "an onward transfer that needs a Chapter V ground; "
)
BAN = (
    "the express ban (OpenAI's agreement of 28 Feb 2026, red line 1: no mass domestic "
    "surveillance) is unconditional and has no exceptions; "
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- the transfer chain ---
    (
        "tm-dpf-subprocessors-open",
        D,
        "data-residency/transfer-mechanism",
        "unknown",
        ONWARD + "the only US ground listed is the DPF, which covers only organisations on "
        "the DPF List (Decision (EU) 2023/1795, Art. 1); the sub-processors are 'to be "
        "agreed', so an uncertified US one may receive the data, as with an incomplete list",
    ),
    (
        "tm-scc-subprocessors-open",
        D,
        "data-residency/transfer-mechanism",
        "unknown",
        ONWARD + "the sub-processors are 'to be agreed': the contract may yet name one in a "
        "third country no listed transfer covers, which the rule fails when stated",
    ),
    (
        "tm-sub-country-open",
        D,
        "data-residency/transfer-mechanism",
        "unknown",
        ONWARD + "where the named sub-processor processes is left open; settled as a third "
        "country the listed transfers do not reach, its transfer has no ground",
    ),
    (
        "tm-uncertified-sub-ground-open",
        D,
        "data-residency/transfer-mechanism",
        "unknown",
        ONWARD + "the US sub-processor is stated not to be on the DPF List and its own "
        "ground is left open; settled as the DPF, it has none (Decision (EU) 2023/1795, "
        "Art. 1)",
    ),
    (
        "tm-scc-destination-open",
        D,
        "data-residency/transfer-mechanism",
        "pass",
        "GDPR Art. 46(2)(c) and Decision (EU) 2021/914, Art. 1: the 2021 clauses with a "
        "module are an appropriate safeguard for a transfer to any third country, so the "
        "open destination does not defeat the ground (the assessment is "
        "transfer-impact-assessment's)",
    ),
    (
        "dpf-destination-open",
        D,
        "data-residency/dpf-fallback",
        "pass",
        "Decision (EU) 2023/1795, Art. 1: the recipient is stated to be on the DPF List, "
        "which only US organisations can join, and standard clauses stand behind the DPF "
        "(GDPR Art. 46(2)(c)); the open destination changes neither",
    ),
    (
        "iot-contract-ground-open",
        D,
        "data-residency/international-organisation-transfers",
        "pass",
        "GDPR Arts 44 and 49(1)(d): each transfer to the organisation states its own ground, "
        "a public-interest derogation for a transfer that is not systematic (EDPB Guidelines "
        "2/2018); the contract-wide ground left open does not take it away (audit 72: the "
        "description now names the public-interest derogation, as the fixture it copies "
        "does; a derogation left unnamed cannot be assessed, each of Art. 49(1)(a)-(g) and "
        "the second subparagraph having its own conditions and Art. 49(3) closing some to "
        "public exporters, and leaves the rule unknown)",
    ),
    (
        "iot-transfer-mechanism-open",
        D,
        "data-residency/international-organisation-transfers",
        "pass",
        "GDPR Art. 49(1)(d): the contract states the derogation as its ground for transfers "
        "to the organisation and that the transfer is not systematic; the transfer's own "
        "mechanism left open does not change the ground the contract states (audit 72: the "
        "description now names the public-interest derogation, as the fixture it copies "
        "does; an unnamed derogation leaves the rule unknown)",
    ),
    (
        "iot-epo-destination-open",
        D,
        "data-residency/international-organisation-transfers",
        "pass",
        "GDPR Art. 45(1) and Implementing Decision (EU) 2025/1382, Art. 1: the decision "
        "covers the European Patent Organisation, the stated recipient, wherever it receives "
        "the data",
    ),
    (
        "tia-impinges-open",
        D,
        "data-residency/transfer-impact-assessment",
        "pass",
        "SCC (Decision (EU) 2021/914) Clause 14 and C-311/18 Schrems II: the assessment is "
        "documented and effective supplementary measures are in place, which is enough "
        "whether or not the destination's law impinges",
    ),
    (
        "tia-importer-law-open",
        D,
        "data-residency/transfer-impact-assessment",
        "pass",
        "EDPB Recommendations 01/2020, Annex 2, use cases 6 and 7: measures fail against "
        "FISA s.702 or the CLOUD Act only where the importer holds the keys or sees the data "
        "in the clear, and it is stated to do neither, so the laws it is subject to may stay "
        "open",
    ),
    (
        "tia-sub-country-open",
        D,
        "data-residency/transfer-impact-assessment",
        "unknown",
        ONWARD + "the sub-processor relies on standard clauses, whose Clause 14 needs an "
        "assessment of its country's law; its country is left open, and the listed "
        "transfer's assessment covers only the United States",
    ),
    (
        "tia-sub-country-silent",
        D,
        "data-residency/transfer-impact-assessment",
        "pass",
        "the control: the same sub-processor with its country left out; silence is no "
        "statement that it processes outside the EEA (the rule's reading of silence)",
    ),
    # --- sub-processor authorisation ---
    (
        "spl-authorisation-open",
        D,
        "data-residency/sub-processor-locations",
        "unknown",
        "GDPR Art. 28(2): the authorisation to engage sub-processors is left open, and may "
        "be settled as none or as a general one without notice or objection; with no "
        "restriction on where they process, a list complete today then limits nothing",
    ),
    (
        "spl-authorisation-open-consent",
        D,
        "data-residency/sub-processor-locations",
        "pass",
        "GDPR Art. 28(2), (4): processing outside the allowed places needs the customer's "
        "consent, so however the authorisation is settled no sub-processor may process the "
        "data elsewhere",
    ),
    (
        "spa-authorisation-open",
        D,
        "data-residency/sub-processor-authorisation",
        "unknown",
        "GDPR Art. 28(2): prior specific or general written authorisation is what the law "
        "requires; left open, it is not shown (unknown already before this audit)",
    ),
    (
        "led-flow-down-open",
        D,
        "data-residency/led-sub-processor-authorisation",
        "unknown",
        "Directive (EU) 2016/680, Art. 22(2) and 22(3)(f): the text does not settle whether "
        "the sub-processor must be bound by terms of its own, and the rule reads an exclusion "
        "of the flow-down as unknown; a flow-down left open may be settled as that exclusion",
    ),
    # --- incident notification ---
    (
        "sir-notification-open",
        LATER,
        "eu-ai-act-high-risk/serious-incident-reporting",
        "unknown",
        "AI Act Art. 26(5) and 73(1): the provider reports serious incidents it learns of "
        "first from the deployer; whether incidents are notified to the other party is left "
        "open, and settled as 'not notified' it cuts that chain, which the rule fails",
    ),
    (
        "dd-notification-open",
        LATER,
        "eu-ai-act-high-risk/deployer-duties",
        "unknown",
        "AI Act Art. 26(5): the deployer informs the provider of a risk and, first, of a "
        "serious incident; the deployer's general commitment to Art. 26 does not stand "
        "against a clause settled as 'not notified', and the point is left open",
    ),
    # --- classification boundary ---
    (
        "cb-categories-open",
        D,
        "data-residency/classification-boundary",
        "pass",
        "the security ceiling (NATO Security Policy C-M(2002)49-REV1; the customer's "
        "max_classification): the contract sets an unclassified ceiling on an unclassified "
        "network and prohibits anything higher, so whatever data categories are agreed, "
        "classified information is excluded",
    ),
    (
        "cb-ceiling-open",
        D,
        "data-residency/classification-boundary",
        "unknown",
        "the ceiling itself is left open: whether the data stays within the network's "
        "accreditation is not shown (unknown already before this audit)",
    ),
    # --- what the contract buys, beside an express ban ---
    (
        "eb-targeted-open",
        D,
        "no-mass-surveillance/explicit-ban",
        "pass",
        BAN + "whether the processing is targeted by default is left open, but untargeted "
        "processing is the very thing the ban forbids, and the contract does not state that "
        "it buys it (La Quadrature du Net, C-511/18: general and indiscriminate processing)",
    ),
    (
        "eb-subjects-open",
        D,
        "no-mass-surveillance/explicit-ban",
        "pass",
        BAN + "whose data is processed is left open; an open group of data subjects is no "
        "purchase of untargeted processing of the population, and the ban binds whatever "
        "group is agreed",
    ),
    (
        "eb-data-open",
        D,
        "no-mass-surveillance/explicit-ban",
        "pass",
        BAN + "the data group left open (categories, subjects) is no stated purchase of "
        "mass surveillance under another label; the ban binds whatever data is agreed",
    ),
    (
        "eb-use-cases-open",
        D,
        "no-mass-surveillance/explicit-ban",
        "pass",
        BAN + "the uses are left open beside a grant of any lawful use, and the contract "
        "states that the ban prevails over that grant: the uses yet to be agreed are the "
        "grant's, and the ban reaches them",
    ),
    (
        "eb-grants-open",
        D,
        "no-mass-surveillance/explicit-ban",
        "unknown",
        "the grants are left open, and with them whether the ban prevails over an 'any "
        "lawful use' grant: a ban the grant prevails over forbids nothing the law permits, "
        "and the open list of uses may hold mass surveillance (unknown already)",
    ),
    (
        "eb-restrictions-open",
        D,
        "no-mass-surveillance/explicit-ban",
        "unknown",
        "the restrictions themselves are left open: no express ban is shown (unknown "
        "already before this audit)",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

test_audit41_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES))
