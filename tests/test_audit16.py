"""Sixteenth legal-fidelity audit: the vocabulary added to close three gaps of audits 14 and
15, and the consistency of the two rules on transfers to an international organisation,
each contract the smallest that isolates one point, run through the real CLI
(tests/data/audit16/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

Systems that keep learning in use (AI Act Art. 43(4), second subparagraph, Art. 3(23),
Annex IV point 2(f), Recital 128): changes pre-determined at the initial conformity
assessment and documented, stated not to be, stated only in a press report, and stated by
an amendment from a later date; a model that does not learn; and the technical
documentation, which Annex IV point 2(f) asks to describe such changes only "where
relevant".

Biometric categorisation by sensitive traits (AI Act Art. 5(1)(g), last part, Recital 30):
a statement of work that buys it beside a ban whose carve-out is the labelling or filtering
of lawfully acquired biometric datasets, the bought use confined to that, going beyond it,
and confined only in a press report.

Roles (Art. 25(1)(b)-(c), 25(2)): a customer that substantially modifies the system or
turns a general assistant to ranking job candidates, left without the provider role while
the vendor alone commits to the provider duties (Arts 9-13, 15, 43, 49(1), 72, 73); the
customer made a provider; a customer that only rebrands the system (25(1)(a)).

Transfers to an international organisation (GDPR Art. 45(1); Commission Implementing
Decision (EU) 2025/1382 of 15 Jul 2025 for the European Patent Organisation, the only
adequacy decision for an international organisation): adequacy to that organisation, before
the decision, to an organisation the contract does not identify, and to another one.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit16"

EU = "eu-ai-act-high-risk"
MS = "no-mass-surveillance"
DR = "data-residency"
D = "2028-01-01"
LATER = "2028-09-01"
BEFORE_EPO = "2025-06-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- a system that keeps learning in use (Art. 43(4)) ---
    (
        "ol-changes-predetermined",
        D,
        f"{EU}/conformity-assessment",
        "pass",
        "AI Act Art. 43(4), second subparagraph: changes pre-determined by the provider at "
        "the initial conformity assessment and described in the technical documentation "
        "(Annex IV point 2(f)) are no substantial modification, so the assessment before "
        "use covers the learning system",
    ),
    (
        "ol-changes-not-predetermined",
        D,
        f"{EU}/conformity-assessment",
        "fail",
        "AI Act Art. 3(23), Art. 43(4) and Recital 128: changes learning makes that were not "
        "pre-determined and affect compliance are substantial modifications needing a new "
        "assessment; the contract requires one assessment before use only",
    ),
    (
        "ol-changes-not-predetermined",
        D,
        f"{EU}/technical-documentation",
        "pass",
        "AI Act Art. 11(1) and Annex IV point 2(f): the documentation describes pre-determined "
        "changes only 'where relevant'; that none were pre-determined breaches Art. 43, not "
        "Art. 11, and the documentation is committed and open to the authorities",
    ),
    (
        "ol-predetermined-press-only",
        D,
        f"{EU}/conformity-assessment",
        "unknown",
        "AI Act Art. 43(4), second subparagraph: only a press release says the changes were "
        "pre-determined; a press report binds no one, so the point is open",
    ),
    (
        "ol-predetermined-amendment-2028",
        D,
        f"{EU}/conformity-assessment",
        "unknown",
        "AI Act Art. 43(4), second subparagraph: on 1 Jan 2028 the contract is silent on "
        "pre-determined changes; the amendment that states them takes effect on 1 Jun 2028",
    ),
    (
        "ol-predetermined-amendment-2028",
        LATER,
        f"{EU}/conformity-assessment",
        "pass",
        "AI Act Art. 43(4), second subparagraph: from 1 Jun 2028 the amendment records the "
        "changes as pre-determined at the initial assessment and documented",
    ),
    (
        "ol-frozen-model",
        D,
        f"{EU}/conformity-assessment",
        "pass",
        "AI Act Art. 43(1)-(3): a model that does not learn in use raises no Art. 43(4) "
        "question; internal control before use is the route for Annex III point 4",
    ),
    # --- biometric categorisation by sensitive traits (Art. 5(1)(g)) ---
    (
        "bc-confined-to-dataset-labelling",
        D,
        f"{MS}/no-biometric-categorisation",
        "pass",
        "AI Act Art. 5(1)(g), last part, and Recital 30: labelling or filtering lawfully "
        "acquired biometric datasets is outside the ban, and the contract confines the bought "
        "use to it",
    ),
    (
        "bc-beyond-dataset-labelling",
        D,
        f"{MS}/no-biometric-categorisation",
        "fail",
        "AI Act Art. 5(1)(g): inferring the ethnicity and religion of people on camera is the "
        "prohibited practice; the labelling carve-out on the ban does not cover it, as the "
        "contract itself records",
    ),
    (
        "bc-beyond-dataset-labelling",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        "AI Act Art. 5(1)(g): the same purchase leaves a prohibited practice open whatever "
        "the ban's label",
    ),
    (
        "bc-confined-press-only",
        D,
        f"{MS}/no-biometric-categorisation",
        "unknown",
        "AI Act Art. 5(1)(g): only a press report says the bought categorisation is limited "
        "to labelling lawfully acquired datasets; the contract does not, so the verdict is "
        "open",
    ),
    # --- Art. 25: the party that becomes provider is left without the role ---
    (
        "r25-modified-vendor-keeps-duties",
        D,
        f"{EU}/technical-documentation",
        "fail",
        "AI Act Art. 25(1)(b) and 25(2): the customer that substantially modifies the system "
        "is its provider, bound by Arts 11 and 16(d); the vendor is no longer the provider "
        "of that system, so its commitment does not answer for the documentation",
    ),
    (
        "r25-modified-vendor-keeps-duties",
        D,
        f"{EU}/conformity-assessment",
        "fail",
        "AI Act Art. 25(1)(b), 25(2), Arts 16(f) and 43(4): the modified system's provider is "
        "the customer, which the contract does not make provider; the vendor's assessment "
        "before use is not that provider's",
    ),
    (
        "r25-modified-vendor-keeps-duties",
        D,
        f"{EU}/eu-database-registration",
        "fail",
        "AI Act Art. 25(2), Arts 16(i) and 49(1): registration is the provider's, and the "
        "provider of the modified system is the customer, left without the role",
    ),
    (
        "r25-modified-vendor-keeps-duties",
        D,
        f"{EU}/serious-incident-reporting",
        "fail",
        "AI Act Art. 25(2) and Art. 73(1): the provider reports serious incidents; the "
        "vendor's clock does not bind the customer, which is the provider of the modified "
        "system",
    ),
    (
        "r25-repurposed-assistant-vendor-keeps-duties",
        D,
        f"{EU}/data-governance",
        "fail",
        "AI Act Art. 25(1)(c) and 25(2): turning a general assistant to ranking candidates "
        "makes the customer the provider of a high-risk system, bound by Arts 10 and 16(a)",
    ),
    (
        "r25-modified-customer-made-provider",
        D,
        f"{EU}/technical-documentation",
        "pass",
        "AI Act Art. 25(1)(b): the contract makes the modifying customer a provider, and "
        "the documentation is committed and open to the authorities (Arts 11, 18, 21)",
    ),
    (
        "r25-rebranded-vendor-keeps-duties",
        D,
        f"{EU}/logging-and-retention",
        "pass",
        "AI Act Art. 25(1)(a): a customer that only puts its name on the system becomes "
        "provider without prejudice to contractual arrangements that allocate the duties "
        "otherwise; the contract keeps them with the vendor (Arts 12, 19, 26(6))",
    ),
    # --- adequacy for an international organisation (GDPR Art. 45(1)) ---
    (
        "io-epo-adequacy",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "GDPR Art. 45(1) and Implementing Decision (EU) 2025/1382, Art. 1: the European "
        "Patent Organisation ensures an adequate level of protection",
    ),
    (
        "io-epo-adequacy",
        BEFORE_EPO,
        f"{DR}/transfer-mechanism",
        "fail",
        "GDPR Arts 44-45: on 1 Jun 2025 no adequacy decision for any international "
        "organisation existed (the first was adopted on 15 Jul 2025)",
    ),
    (
        "io-unidentified-adequacy",
        D,
        f"{DR}/international-organisation-transfers",
        "unknown",
        "GDPR Art. 45(1), (3): an adequacy decision covers only the organisation it names; "
        "the contract does not say which organisation receives the data, so whether the one "
        "decision covers it is open",
    ),
    (
        "io-other-organisation-adequacy",
        D,
        f"{DR}/transfer-mechanism",
        "fail",
        "GDPR Arts 44-45: no adequacy decision covers an international organisation other "
        "than the European Patent Organisation (Implementing Decision (EU) 2025/1382)",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit16_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit16_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
