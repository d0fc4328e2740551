"""Thirty-sixth legal-fidelity audit: counsel's review of the bundled example contracts'
verdicts (contracts/*.yaml, contracts/README.md), each point isolated in the smallest
contract, run through the real CLI (tests/data/audit36/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here rests only on terms in force on
that date, binding in rank and not contradicted by what the contract buys; silence is
unknown. Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a
strict xfail with the reason and where a fix belongs.

Wrong verdicts found (fixed in the contract description, which stated terms its clause
text does not contain): eu-border-agency-2027 passed training-on-customer-data on a ban no
clause states (clause 3 restricts the Agency's uses; clause 10 makes the Provider a GDPR
Art. 28 processor, which is no stated prohibition), gpai-provider-duties on Art. 53 duties
no clause states (clause 5 names Arts 9, 16-17 and Annex IV, the high-risk system's
documentation, not the model's Annex XI and XII; clause 4's Art. 54 representative is no
commitment to Art. 53), and dpia-before-monitoring on a DPIA no clause states (clause 8's
Art. 27 assessment complements a DPIA, Art. 27(4), and is not one). Each is now unknown.
model-contract's clause texts now state the terms its facts record (no verdict changed).

Verdicts confirmed: the border draft's failures (logs kept three months, a 30-day
incident clock, documentation withheld from the authorities) and passes (impact
assessment, internal-control conformity assessment, a surveillance ban for all persons
whatever the law, an exclusion of intelligence agencies save by separate agreement), and
its not-applicable verdicts (workplace information, weapons rules, rules that read a
lawful-use grant).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit36"

AW = "no-autonomous-weapons"
MS = "no-mass-surveillance"
DR = "data-residency"
AI = "eu-ai-act-high-risk"
D = "2026-11-27"
#: After the Annex III duties apply (2 Dec 2027, Art. 113(c)(i) as amended by Regulation
#: (EU) 2026/1744) and after the system is put into service (1 Jan 2028).
H = "2028-03-01"

TRAIN = f"{DR}/training-on-customer-data"
GPAI = f"{AI}/gpai-provider-duties"
DPIA = f"{MS}/dpia-before-monitoring"
LOGS = f"{AI}/logging-and-retention"
INC = f"{AI}/serious-incident-reporting"
DOCS = f"{AI}/technical-documentation"
PROV = f"{AI}/provider-obligations"
FRIA = f"{AI}/fundamental-rights-impact-assessment"
CONF = f"{AI}/conformity-assessment"
WORK = f"{AI}/workplace-information"
SURV = f"{MS}/explicit-ban"
POP = f"{MS}/protected-population"
INDEP = f"{MS}/ban-independent-of-law"
LAW = f"{MS}/law-fixed-at-signing"
PREV = f"{MS}/red-lines-prevail"
INTEL = f"{MS}/intelligence-agencies-excluded"
BAN = f"{AW}/autonomous-weapons-ban"

#: The surveillance red line: an express ban, since the law permits much bulk collection.
MSL = "surveillance red line (EO 14086 s.2(c)(ii); CJEU C-511/18 La Quadrature du Net)"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- wrong verdicts of eu-border-agency-2027, fixed in its description ---
    (
        "tr-processor-clause-only",
        D,
        TRAIN,
        "unknown",
        "GDPR Art. 28(3)(a) and 28(10): a processor that trains its own models on personal "
        "data acts outside the controller's instructions, but the role is no stated "
        "prohibition and does not reach non-personal data; the contract is silent (fixed: "
        "eu-border-agency-2027 passed on a ban no clause states)",
    ),
    (
        "tr-processor-with-ban",
        D,
        TRAIN,
        "pass",
        "clause 11 prohibits training on customer data, prompts or outputs without "
        "exception (GDPR Art. 5(1)(b), 28(10); Commission Cloud Sovereignty Framework)",
    ),
    (
        "gpai-annex-iv-only",
        D,
        GPAI,
        "unknown",
        "AI Act Art. 53(1)(a)-(d), Annexes XI and XII: the provider's Annex IV documentation "
        "is the high-risk system's (Art. 11(1)), and an authorised representative under "
        "Art. 54(1) is no commitment to Art. 53; the model provider's duties are not stated "
        "(fixed: eu-border-agency-2027 passed)",
    ),
    (
        "gpai-art53-confirmed",
        D,
        GPAI,
        "pass",
        "AI Act Art. 53(1) and 54(1): the model provider confirms its Art. 53 duties and, "
        "established in the US, has an EU representative; Chapter V applies from 2 Aug "
        "2025 (Art. 113(b)) and the model was placed on 1 May 2026",
    ),
    (
        "dpia-fria-only",
        D,
        DPIA,
        "unknown",
        "GDPR Art. 35(1), 35(3)(b): large-scale special-category data needs a DPIA before "
        "processing; the AI Act Art. 27 impact assessment complements a DPIA (Art. 27(4)) "
        "and is not one; no clause commits to a DPIA (fixed: eu-border-agency-2027 passed)",
    ),
    (
        "dpia-committed",
        D,
        DPIA,
        "pass",
        "GDPR Art. 35(1): clause 10 commits the Agency to a DPIA before go-live",
    ),
    # --- the border draft's failures, confirmed (Annex III point 7(c), from 2 Dec 2027) ---
    (
        "hr-asylum-assistant",
        H,
        LOGS,
        "fail",
        "AI Act Art. 19(1) and 26(6): the logs of a high-risk system are kept for a period "
        "appropriate to its purpose of at least six months; clause 7 deletes them after three",
    ),
    (
        "hr-asylum-assistant",
        H,
        INC,
        "fail",
        "AI Act Art. 73(2): a serious incident is reported not later than 15 days after "
        "awareness (Art. 73(3)-(4): 2 and 10 days); clause 7 allows 30",
    ),
    (
        "hr-asylum-assistant",
        H,
        DOCS,
        "fail",
        "AI Act Art. 18(1)(a) and 21(1): the provider keeps the technical documentation at "
        "the authorities' disposal and gives it on a reasoned request; clause 6 bars "
        "disclosing it to any public authority without the provider's consent",
    ),
    (
        "hr-asylum-assistant",
        H,
        PROV,
        "fail",
        "AI Act Art. 16(k) and 21(1): the provider demonstrates conformity on a competent "
        "authority's reasoned request, which clause 6 rules out",
    ),
    (
        "hr-asylum-assistant",
        H,
        FRIA,
        "pass",
        "AI Act Art. 27(1): a deployer that is a body governed by public law assesses the "
        "impact on fundamental rights before first use of an Annex III system (point 7 is "
        "not excepted); clause 8 commits the Agency to do so",
    ),
    (
        "hr-asylum-assistant",
        H,
        CONF,
        "pass",
        "AI Act Art. 43(2): an Annex III point 2-8 system follows the internal-control "
        "procedure of Annex VI; clause 4 commits the provider to it",
    ),
    (
        "hr-asylum-assistant",
        H,
        WORK,
        "not_applicable",
        "AI Act Art. 26(7): the duty to inform workers concerns workers who will be subject "
        "to the system's use; the caseworkers use it on asylum files, they are not assessed "
        "by it (Annex III point 4 is not engaged). The rule's reading: whether staff who "
        "only operate a system are 'subject to' it is not settled",
    ),
    # --- surveillance and weapons on a civilian border draft, confirmed ---
    (
        "ms-ban-notwithstanding",
        D,
        SURV,
        "pass",
        f"{MSL}: clause 3 bans surveillance without exception notwithstanding any other "
        "provision, and no use the contract buys (translation, border control, drafting, "
        "decision support, a closed list) is itself mass surveillance",
    ),
    (
        "ms-ban-notwithstanding",
        D,
        POP,
        "pass",
        f"{MSL}: the ban protects all persons, not only a state's own nationals (contrast "
        "FISA s.702, 50 U.S.C. 1881a, which protects US persons only)",
    ),
    (
        "ms-ban-notwithstanding",
        D,
        INDEP,
        "pass",
        f"{MSL}: the ban is unconditional, not limited to what applicable law requires",
    ),
    (
        "ms-ban-notwithstanding",
        D,
        LAW,
        "not_applicable",
        "US DoW AI Strategy memorandum (9 Jan 2026): a reference to law as amended matters "
        "only beside a grant of any lawful use, which clause 3 rules out",
    ),
    (
        "ms-ban-notwithstanding",
        D,
        PREV,
        "not_applicable",
        "no grant of any lawful use for the red lines to prevail over (clause 3: only the "
        "purposes of clause 2)",
    ),
    (
        "ms-ban-notwithstanding",
        D,
        BAN,
        "not_applicable",
        "DoD Directive 3000.09, Glossary; ICRC position (12 May 2021): the purposes are "
        "civilian and border management only (a closed list) and no use is a weapons use",
    ),
    (
        "ms-intel-separate-agreement",
        D,
        INTEL,
        "pass",
        "the defence customer's intelligence agencies may not use the system save under a "
        "separate agreement with its own terms (the DoW's affirmation reported by Reuters, "
        "2-3 Mar 2026: no use by the NSA without a follow-on contract modification)",
    ),
    (
        "ms-intel-lawful-carveout",
        D,
        INTEL,
        "fail",
        "an exclusion that yields to any lawful intelligence purpose excludes nothing: no "
        "law bars a defence customer's intelligence components from using the system",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit36_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit36_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
