"""Fourteenth legal-fidelity audit: the EU AI Act duties of providers and deployers of
high-risk systems that earlier audits barely touched (Arts 10-13, 15-17, 19, 25, 26(5)-(7),
43, 72, 73), in time, in rank, on the right party and against what the contract buys, each
contract the smallest that isolates one point, run through the real CLI
(tests/data/audit14/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on the
day the duty applies, binding in rank, given by the party the Act makes carry the duty and
not contradicted by what the contract buys; silence is unknown. Where the tool cannot yet
give that verdict, the row sits in KNOWN_WRONG as a strict xfail with the reason and where a
fix belongs.

Instrument: Regulation (EU) 2024/1689 (the AI Act) as amended by Regulation (EU) 2026/1744
(the AI omnibus, in force since 27 Jul 2026). Chapter III Sections 1-3 apply to Annex III
systems from 2 Dec 2027 (Art. 113(c)(i) as amended); the pack reads Arts 43, 72 and 73 as
biting from the same day (not settled, the rules say so). The audit reads verdicts on
1 Jan 2028 (D), before the duties apply (1 Jun 2027: a verdict is then read on the terms in
force while the duty applies) and later (1 Sep 2028).

Roles (Art. 25): a customer that substantially modifies the system (25(1)(b)) or repurposes
a general assistant to rank job candidates (25(1)(c)) is its provider subject to Art. 16,
and the initial provider is no longer the provider of that system (25(2)): the vendor's own
Art. 16-17 commitment does not cover it; one that only rebrands it (25(1)(a)) may leave the
duties with the vendor by contract. A non-EU provider's authorised representative (Art. 22)
named only in a press report.

Time: a log retention of three months that an amendment raises to twelve only from June
2028 (Arts 12, 19(1), 26(6)); incident reporting in a side letter that lapses before 2 Dec
2027 (Art. 73); a confidentiality amendment from March 2028 that keeps the technical
documentation from the authorities (Arts 11, 18, 21); instructions for use in a clause an
amendment replaces as a whole (Art. 13); a contract that ends before the duties apply
(Art. 113(c)(i)); a QMS undertaking in an amendment that expires a month after they apply
(Art. 17).

Rank: instructions for use only in a press report, post-market monitoring (Art. 72) in an
annex the contract says does not bind, Art. 15 in a usage policy the contract disowns, a
side letter a clause outranks (Art. 21), and the Art. 6(3) derogation claimed only in a
vendor's public statement.

Carve-outs and terms left open: an incident clock "to be agreed", and a 12-day clock for a
death beside a 2-day general one (Art. 73(3)-(4)).

What the contract buys: a statement of work that switches event logging off (Art. 12); a
clause that the parties do not notify each other of incidents (Art. 26(5), the first link
of the Art. 73 report); a system that keeps learning in use, against Art. 15(4) and against
a conformity assessment done once before use (Art. 43(4), Recital 128).

Scope: no Annex III use; the Art. 6(3) derogation claimed for candidate ranking, which
profiles (Art. 6(3), last subparagraph), and validly for a court's document sorting
(Art. 6(3)(a)); biometric identification used exclusively for military purposes
(Art. 2(3)); a private employer's legacy system, unchanged since before 2 Aug 2026
(Art. 111(2), first sentence), and a benefits agency's, bound from 2 Aug 2030 (second
sentence) while its logging side letter lapses in 2029; development and laboratory testing
before the market (Art. 2(8)); silence. Conformity assessment of police biometrics by a
private notified body (Art. 43(1), third subparagraph), and the works council informed only
under a side letter that lapses before Art. 26(7) applies.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit14"

EU = "eu-ai-act-high-risk"
D = "2028-01-01"
BEFORE = "2027-06-01"
LATER = "2028-09-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- who carries the provider's duties (Arts 16, 17, 22, 25) ---
    (
        "r-substantial-modification-vendor-keeps-duties",
        D,
        f"{EU}/provider-obligations",
        "fail",
        "AI Act Art. 25(1)(b) and 25(2): the customer that substantially modifies the system "
        "is its provider subject to Art. 16, and the vendor is no longer the provider of that "
        "system; the contract keeps the Art. 16-17 duties with the vendor alone, so the "
        "actual provider's are with no one (fixed: the rule reads the role shift)",
    ),
    (
        "r-substantial-modification-vendor-keeps-duties",
        D,
        f"{EU}/roles-allocated",
        "fail",
        "AI Act Art. 25(1)(b): the contract calls the modifying customer a deployer only",
    ),
    (
        "r-substantial-modification-customer-provider",
        D,
        f"{EU}/provider-obligations",
        "pass",
        "AI Act Arts 16, 17 and 25(1)(b): the contract makes the modifying customer a "
        "provider and commits the providers to Art. 16 and a QMS",
    ),
    (
        "r-own-name-vendor-keeps-duties",
        D,
        f"{EU}/provider-obligations",
        "pass",
        "AI Act Art. 25(1)(a): a customer that only puts its name on the system is provider "
        "'without prejudice to contractual arrangements stipulating that the obligations are "
        "otherwise allocated'; the contract keeps them with the committed vendor",
    ),
    (
        "r-own-name-vendor-keeps-duties",
        D,
        f"{EU}/roles-allocated",
        "pass",
        "AI Act Art. 25(1)(a): the rebranding is covered by the contract's allocation",
    ),
    (
        "r-changed-purpose-vendor-keeps-duties",
        D,
        f"{EU}/provider-obligations",
        "fail",
        "AI Act Art. 25(1)(c) and 25(2): the customer that repurposes a general assistant to "
        "rank job candidates (Annex III 4(a)) is the provider of the high-risk system; the "
        "vendor's Art. 16-17 commitment does not cover it (fixed: the rule reads the role "
        "shift)",
    ),
    (
        "r-non-eu-provider-rep-press-only",
        D,
        f"{EU}/provider-obligations",
        "unknown",
        "AI Act Art. 22(1): a US provider needs an EU authorised representative by written "
        "mandate; a press report is no contract term, and the contract is silent",
    ),
    # --- terms in time: the day the duty applies (Art. 113(c)(i) as amended) ---
    (
        "t-log-retention-amendment-2028",
        BEFORE,
        f"{EU}/logging-and-retention",
        "fail",
        "AI Act Arts 19(1) and 26(6): when the duty applies on 2 Dec 2027, clause 7 keeps "
        "logs for three months, under the six the Act requires, until the amendment of "
        "1 Jun 2028",
    ),
    (
        "t-log-retention-amendment-2028",
        D,
        f"{EU}/logging-and-retention",
        "fail",
        "AI Act Arts 19(1) and 26(6): clause 7 (three months) governs until 1 Jun 2028",
    ),
    (
        "t-log-retention-amendment-2028",
        LATER,
        f"{EU}/logging-and-retention",
        "pass",
        "AI Act Arts 12, 19(1) and 26(6): from 1 Jun 2028 the amendment keeps logs twelve months",
    ),
    (
        "t-incident-side-letter-lapses-before-duty",
        BEFORE,
        f"{EU}/serious-incident-reporting",
        "unknown",
        "AI Act Art. 73: the side letter lapses on 30 Nov 2027, before the duty applies; no "
        "term in force from 2 Dec 2027 provides for reporting",
    ),
    (
        "t-incident-side-letter-lapses-before-duty",
        D,
        f"{EU}/serious-incident-reporting",
        "unknown",
        "AI Act Art. 73: the side letter expired on 30 Nov 2027; silence",
    ),
    (
        "t-docs-confidentiality-amendment-2028",
        BEFORE,
        f"{EU}/technical-documentation",
        "fail",
        "AI Act Arts 18 and 21: the amendment, signed and in force from 1 Mar 2028 while the "
        "duty applies, forbids giving the documentation to the authorities",
    ),
    (
        "t-docs-confidentiality-amendment-2028",
        D,
        f"{EU}/technical-documentation",
        "pass",
        "AI Act Arts 11, 18 and 21: on 1 Jan 2028 clause 9 keeps the Annex IV documentation "
        "and gives it to the authorities",
    ),
    (
        "t-docs-confidentiality-amendment-2028",
        LATER,
        f"{EU}/technical-documentation",
        "fail",
        "AI Act Art. 21: from 1 Mar 2028 the amendment keeps the documentation from the "
        "authorities",
    ),
    (
        "t-ifu-clause-replaced",
        D,
        f"{EU}/instructions-for-use",
        "unknown",
        "AI Act Art. 13: the amendment replaces clause 8 as a whole and does not restate the "
        "instructions for use; silence",
    ),
    (
        "t-ifu-clause-replaced",
        D,
        f"{EU}/post-market-monitoring",
        "pass",
        "AI Act Art. 72: the amendment in force provides for post-market monitoring",
    ),
    (
        "t-term-ends-before-duty",
        BEFORE,
        f"{EU}/data-governance",
        "not_applicable",
        "AI Act Art. 113(c)(i) as amended by Regulation (EU) 2026/1744: Art. 10 applies to "
        "Annex III systems from 2 Dec 2027, after the contract ends on 30 Nov 2027",
    ),
    (
        "t-qms-amendment-expired",
        BEFORE,
        f"{EU}/provider-obligations",
        "fail",
        "AI Act Arts 16(c) and 17: the QMS amendment lapses on 31 Dec 2027, while the duty "
        "applies; clause 3 (no QMS) governs from 1 Jan 2028 until the term ends in 2029",
    ),
    (
        "t-qms-amendment-expired",
        "2027-12-15",
        f"{EU}/provider-obligations",
        "pass",
        "AI Act Arts 16(c) and 17: the amendment in force commits the provider to a QMS",
    ),
    (
        "t-qms-amendment-expired",
        LATER,
        f"{EU}/provider-obligations",
        "fail",
        "AI Act Arts 16(c) and 17: the amendment expired; clause 3 (no QMS) applies again",
    ),
    # --- rank: only contract terms bind ---
    (
        "k-ifu-press-report",
        D,
        f"{EU}/instructions-for-use",
        "unknown",
        "AI Act Art. 13: a press report is no contract term; silence",
    ),
    (
        "k-pmm-annex-not-binding",
        D,
        f"{EU}/post-market-monitoring",
        "unknown",
        "AI Act Art. 72: the monitoring sits only in an annex clause 20 says does not bind",
    ),
    (
        "k-accuracy-usage-policy-disowned",
        D,
        f"{EU}/accuracy-robustness-cybersecurity",
        "unknown",
        "AI Act Art. 15: a usage policy the contract says does not apply binds nothing",
    ),
    (
        "k-docs-side-letter-below-clause",
        D,
        f"{EU}/technical-documentation",
        "fail",
        "AI Act Art. 21: clause 11 keeps the documentation from the authorities and prevails "
        "over the side letter that allows disclosure",
    ),
    (
        "k-derogation-press-report",
        D,
        f"{EU}/data-governance",
        "fail",
        "AI Act Art. 6(2)-(4) and Art. 49(2): the derogation must be relied on, documented "
        "and registered by the provider; a public statement does not claim it, so the "
        "task-allocation system (Annex III 4(b)) is high-risk and clause 4 disclaims Art. 10",
    ),
    # --- carve-outs and terms left open ---
    (
        "a-incident-days-to-be-agreed",
        D,
        f"{EU}/serious-incident-reporting",
        "unknown",
        "AI Act Art. 73(2)-(4): a reporting period 'to be agreed' is no period",
    ),
    (
        "a-incident-death-carve-out",
        D,
        f"{EU}/serious-incident-reporting",
        "fail",
        "AI Act Art. 73(4): a death is reported within 10 days at the latest; the carve-out "
        "for deaths allows 12",
    ),
    # --- what the contract buys ---
    (
        "c-sow-disables-logging",
        D,
        f"{EU}/logging-and-retention",
        "fail",
        "AI Act Art. 12(1): the prevailing statement of work buys the system with automatic "
        "event logging switched off",
    ),
    (
        "c-incident-no-notification-between-parties",
        D,
        f"{EU}/serious-incident-reporting",
        "fail",
        "AI Act Arts 26(5) and 73(1): the deployer that identifies a serious incident "
        "informs the provider first, whose report rests on it; clause 13 rules that out "
        "(fixed: the rule reads safeguards.incident_notification where stated)",
    ),
    (
        "c-incident-no-notification-between-parties",
        D,
        f"{EU}/deployer-duties",
        "fail",
        "AI Act Art. 26(5): a deployer that may not inform the provider of incidents cannot "
        "meet its duty (fixed: the rule reads safeguards.incident_notification where stated)",
    ),
    (
        "c-online-learning-conformity",
        D,
        f"{EU}/accuracy-robustness-cybersecurity",
        "pass",
        "AI Act Art. 15(4), second subparagraph: a system that keeps learning must address "
        "feedback loops, which the Art. 15 commitment in full includes",
    ),
    # --- scope and the application dates ---
    (
        "s-not-high-risk-translation",
        D,
        f"{EU}/data-governance",
        "not_applicable",
        "AI Act Art. 6(2) and Annex III: translation is no Annex III use",
    ),
    (
        "s-derogation-claimed-for-candidate-ranking",
        D,
        f"{EU}/data-governance",
        "fail",
        "AI Act Art. 6(3), last subparagraph: an Annex III system that profiles natural "
        "persons (ranking candidates, 4(a)) is always high-risk; clause 4 disclaims Art. 10",
    ),
    (
        "s-derogation-valid-court-document-sorting",
        D,
        f"{EU}/accuracy-robustness-cybersecurity",
        "not_applicable",
        "AI Act Art. 6(3)(a) and 6(4): a narrow procedural task, the assessment documented, "
        "no profiling: the Annex III 8(a) system is not high-risk",
    ),
    (
        "s-military-only-biometric-identification",
        D,
        f"{EU}/logging-and-retention",
        "not_applicable",
        "AI Act Art. 2(3): a system used exclusively for military purposes is outside the Act",
    ),
    (
        "s-military-only-biometric-identification",
        D,
        f"{EU}/conformity-assessment",
        "not_applicable",
        "AI Act Art. 2(3): no conformity assessment for a system used exclusively for military "
        "purposes",
    ),
    (
        "s-legacy-private-unchanged",
        D,
        f"{EU}/instructions-for-use",
        "not_applicable",
        "AI Act Art. 111(2), first sentence, as amended by Regulation (EU) 2026/1744: a "
        "system in service before 2 Aug 2026 whose design has not changed significantly, "
        "used by no public authority, is outside the Regulation",
    ),
    (
        "s-legacy-public-logging-lapses-2029",
        D,
        f"{EU}/logging-and-retention",
        "unknown",
        "AI Act Art. 111(2), second sentence: the agency's legacy system complies by "
        "2 Aug 2030, when the logging side letter (expired 31 Dec 2029) no longer binds; "
        "nothing in force then provides for logging",
    ),
    (
        "s-pre-market-lab-testing",
        D,
        f"{EU}/technical-documentation",
        "not_applicable",
        "AI Act Art. 2(8): research, testing and development before the system is placed on "
        "the market, not in real-world conditions, is outside the Regulation",
    ),
    (
        "s-silent",
        D,
        f"{EU}/data-governance",
        "unknown",
        "AI Act Art. 10: the contract is silent",
    ),
    (
        "s-silent",
        D,
        f"{EU}/post-market-monitoring",
        "unknown",
        "AI Act Art. 72: the contract is silent",
    ),
    (
        "cf-police-biometric-notified-body",
        D,
        f"{EU}/conformity-assessment",
        "fail",
        "AI Act Art. 43(1), third subparagraph: for a biometric system put into service by a "
        "law-enforcement authority, the market-surveillance authority acts as notified body, "
        "not a private one",
    ),
    (
        "d-workers-informed-side-letter-lapses",
        D,
        f"{EU}/workplace-information",
        "unknown",
        "AI Act Art. 26(7): the employer informs workers' representatives and workers before "
        "use at the workplace; the side letter that provides for it lapsed on 31 Oct 2027, "
        "before the duty applies",
    ),
    (
        "d-workers-informed-side-letter-lapses",
        D,
        f"{EU}/deployer-information",
        "pass",
        "AI Act Art. 26(11): clause 9 informs the workers the system decides about",
    ),
    (
        "c-online-learning-conformity",
        D,
        f"{EU}/conformity-assessment",
        "unknown",
        "AI Act Art. 43(4), second subparagraph, Art. 3(23) and Recital 128: a system that "
        "keeps learning after it is put into service escapes a new conformity assessment "
        "only for changes the provider pre-determined at the initial assessment and "
        "described in the technical documentation (Annex IV point 2(f)); the contract buys "
        "learning in use and is silent on that, so whether the assessment done once before "
        "use still covers the system is open",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit14_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit14_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
