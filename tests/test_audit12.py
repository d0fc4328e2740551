"""Twelfth legal-fidelity audit: control of data and model weights, and the AI Act's
transparency and general-purpose-model duties, in time and in rank, each contract the
smallest that isolates one point, run through the real CLI (tests/data/audit12/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

Data and weights: an architectural mitigation of foreign-law exposure (customer-held keys on
customer-run infrastructure) beside vendor staff with standing administrator access, or a
vendor that may export prompts, outputs and telemetry (18 U.S.C. §2713; EDPB
Recommendations 01/2020, Annex 2); customer-held keys promised in a side letter a clause
prevails over, in an amendment that has expired, or only in a press report; no standing
vendor access against a statement of work that prevails and buys it, or one the clause
prevails over, and a side letter that ends it until a date; weights custody in an annex a
clause outranks or in a public statement only; weights moved into the allowed jurisdictions
from a later date; foreign-request handling in an official record or a later side letter;
exit terms improved by an amendment that expires; a disclosure clause that outranks an
MLAT-only annex (GDPR Art. 48).

AI Act: the standard-editing exception of Art. 50(2) claimed for a drafting tool; marking
only in a press report; Art. 111(4) for a generative system placed on the market before
2 Aug 2026 and one an amendment replaces with a newer system; Art. 111(3) for a model
placed before 2 Aug 2025 and one an amendment replaces with a newer model; Art. 55 duties
in a public statement only; the criminal-offences exception of Art. 50(1) before and after
an amendment adds a public crime-reporting channel.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit12"

DR = "data-residency"
EU = "eu-ai-act-high-risk"
D = "2027-06-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- foreign-law exposure: a mitigation the contract's own terms do not bear out ---
    (
        "f-mitigation-vendor-standing-access",
        D,
        f"{DR}/foreign-law-exposure",
        "fail",
        "18 U.S.C. §2713 reaches data in the provider's possession, custody or control: "
        "standing administrator access to the infrastructure that computes on the data puts "
        "it in the clear within the CLOUD Act provider's control (EDPB Recommendations "
        "01/2020, Annex 2, use cases 6-7), so customer-held keys on customer-run "
        "infrastructure are no mitigation (fixed: the mitigation branch reads standing access)",
    ),
    (
        "f-mitigation-vendor-standing-access",
        D,
        f"{DR}/vendor-access",
        "fail",
        "NIST SP 800-53 AC-2(6), AC-6: clause 7 gives vendor staff standing access",
    ),
    (
        "f-mitigation-telemetry-export",
        D,
        f"{DR}/foreign-law-exposure",
        "fail",
        "18 U.S.C. §2713: prompts, outputs and telemetry the provider may export to its own "
        "infrastructure are in its possession in the clear, whatever the keys of the stored "
        "data (fixed: the mitigation branch reads telemetry export)",
    ),
    (
        "f-mitigation-telemetry-export",
        D,
        f"{DR}/telemetry-location",
        "fail",
        "the vendor may export prompts, outputs and telemetry to its global infrastructure",
    ),
    (
        "f-mitigation-jit-access",
        D,
        f"{DR}/foreign-law-exposure",
        "pass",
        "EDPB Recommendations 01/2020, Annex 2, use case 1: keys the customer holds, storage "
        "and processing on customer-run infrastructure, vendor access only per session the "
        "customer approves",
    ),
    (
        "f-mitigation-jit-access",
        D,
        f"{DR}/vendor-access",
        "pass",
        "NIST SP 800-53 AC-2(6), AC-17: no standing access, each session approved and logged",
    ),
    # --- customer-held keys in rank and time ---
    (
        "k-keys-side-letter-below-clause",
        D,
        f"{DR}/customer-held-keys",
        "fail",
        "EDPB Recommendations 01/2020, Annex 2, use case 1: clause 6 (vendor-managed keys) "
        "prevails over the side letter's customer-held keys",
    ),
    (
        "k-keys-amendment-expired",
        "2027-12-31",
        f"{DR}/customer-held-keys",
        "pass",
        "on its last day the amendment prevails over clause 6: keys the customer holds",
    ),
    (
        "k-keys-amendment-expired",
        "2028-01-01",
        f"{DR}/customer-held-keys",
        "fail",
        "the amendment expired on 31 Dec 2027 and clause 6 (vendor-managed keys) applies again",
    ),
    (
        "k-keys-press-only",
        D,
        f"{DR}/customer-held-keys",
        "unknown",
        "a press report is not contract terms: the contract is silent on who holds the keys",
    ),
    # --- vendor access against what is bought ---
    (
        "a-access-sow-buys-standing-admin",
        D,
        f"{DR}/vendor-access",
        "fail",
        "NIST SP 800-53 AC-6: the statement of work prevails over clause 7 and buys "
        "vendor-run operations with standing administrator access",
    ),
    (
        "a-access-clause-over-sow",
        D,
        f"{DR}/vendor-access",
        "pass",
        "clause 7 prevails over the statement of work: no standing access, per-session approval",
    ),
    (
        "a-access-side-letter-expired",
        "2027-03-31",
        f"{DR}/vendor-access",
        "pass",
        "on its last day the side letter prevails: no standing access, per-session approval",
    ),
    (
        "a-access-side-letter-expired",
        "2027-04-01",
        f"{DR}/vendor-access",
        "fail",
        "the side letter lapsed; clause 7 gives vendor staff standing access again",
    ),
    # --- weights custody and location ---
    (
        "w-custody-annex-below-clause",
        D,
        f"{DR}/weights-custody",
        "fail",
        "RAND RR-A2849-1, DISA SRG IL5-6: clause 4 puts the weights on vendor-run "
        "infrastructure and prevails over the annex's government custody",
    ),
    (
        "w-location-amendment-2028",
        "2027-12-31",
        f"{DR}/weights-location",
        "fail",
        "until the amendment takes effect the weights run in the US, outside the EEA",
    ),
    (
        "w-location-amendment-2028",
        "2028-01-01",
        f"{DR}/weights-location",
        "pass",
        "from 1 Jan 2028 the amendment prevails: the weights run only in Germany",
    ),
    (
        "w-custody-public-statement",
        D,
        f"{DR}/weights-custody",
        "unknown",
        "a vendor's public statement is not contract terms: the contract is silent on custody",
    ),
    (
        "w-custody-public-statement",
        D,
        f"{DR}/weights-location",
        "unknown",
        "the weights' locations are stated only in the public statement",
    ),
    # --- foreign requests and disclosure ---
    (
        "r-requests-official-record",
        D,
        f"{DR}/foreign-request-handling",
        "unknown",
        "Decision (EU) 2021/914, Clause 15: notice, challenge and MLAT routing stated only "
        "in an official record, not in the contract",
    ),
    (
        "r-requests-side-letter-2028",
        "2027-12-31",
        f"{DR}/foreign-request-handling",
        "unknown",
        "the side letter takes effect on 1 Jan 2028; until then the contract is silent",
    ),
    (
        "r-requests-side-letter-2028",
        "2028-01-01",
        f"{DR}/foreign-request-handling",
        "pass",
        "Decision (EU) 2021/914, Clause 15.1-15.2, GDPR Art. 48: the side letter binds",
    ),
    (
        "fd-disclose-clause-over-annex",
        D,
        f"{DR}/foreign-disclosure",
        "fail",
        "GDPR Art. 48 and 28(3)(a): clause 10 lets the vendor disclose to any authority that "
        "compels it and prevails over the MLAT-only annex",
    ),
    # --- exit ---
    (
        "x-exit-amendment-expired",
        "2027-12-31",
        f"{DR}/exit-deletion",
        "pass",
        "GDPR Art. 28(3)(g), SCC Clause 8.5: on its last day the amendment has the vendor "
        "keep nothing derived; deletion certified",
    ),
    (
        "x-exit-amendment-expired",
        "2028-01-01",
        f"{DR}/exit-deletion",
        "fail",
        "the amendment lapsed: clause 12 lets the vendor keep customer-derived weights",
    ),
    # --- AI Act Art. 50(2) ---
    (
        "m-drafting-standard-editing",
        "2027-01-15",
        f"{EU}/transparency-marking",
        "unknown",
        "Art. 50(2), second sentence, Recital 133: drafting documents writes new text from "
        "instructions, neither an assistive function for standard editing nor output that "
        "leaves the input substantially unaltered, so the exception does not reach the use "
        "bought, and the contract is silent on marking (fixed: document-drafting added to "
        "the uses the exception is not read for)",
    ),
    (
        "m-drafting-marked",
        "2027-01-15",
        f"{EU}/transparency-marking",
        "pass",
        "Art. 50(2): the provider marks the drafting tool's output",
    ),
    (
        "m-marking-press-only",
        "2027-01-15",
        f"{EU}/transparency-marking",
        "unknown",
        "Art. 50(2): marking stated only in a press report, which is not contract terms",
    ),
    (
        "t-marking-legacy-system",
        "2026-10-01",
        f"{EU}/transparency-marking",
        "pass",
        "Art. 111(4) as amended: a generative system placed on the market on 1 May 2026 "
        "marks by 2 Dec 2026, and the side letter commits marking from that day",
    ),
    (
        "t-marking-legacy-system",
        "2026-12-02",
        f"{EU}/transparency-marking",
        "pass",
        "Art. 50(2) applies to the system from 2 Dec 2026; the side letter binds that day",
    ),
    (
        "t-marking-new-system-by-amendment",
        "2026-10-01",
        f"{EU}/transparency-marking",
        "fail",
        "Art. 113, Art. 111(4): the amendment replaces the system with one placed on the "
        "market on 1 Sep 2026, after 2 Aug 2026, so the duty applies now, and clause 5 "
        "refuses marking until the side letter takes effect",
    ),
    # --- AI Act Arts 53-55 ---
    (
        "g-gpai-legacy-model",
        "2026-09-01",
        f"{EU}/gpai-provider-duties",
        "pass",
        "Art. 111(3): a model placed on the market on 1 Mar 2025 complies by 2 Aug 2027, "
        "when the side letter commits the Art. 53 documentation",
    ),
    (
        "g-gpai-new-model-by-amendment",
        "2026-09-01",
        f"{EU}/gpai-provider-duties",
        "fail",
        "Arts 53, 113(b): from 1 Jun 2026 the system runs on a model placed on the market on "
        "1 May 2026, bound from then, and clause 5 refuses the documentation",
    ),
    (
        "g-gpai-new-model-by-amendment",
        "2027-08-02",
        f"{EU}/gpai-provider-duties",
        "pass",
        "Art. 53(1)(a)-(d): the side letter commits the documentation from 2 Aug 2027; the "
        "provider is established in the EU (Art. 54)",
    ),
    (
        "g-systemic-public-statement",
        "2027-01-15",
        f"{EU}/gpai-systemic-risk-duties",
        "unknown",
        "Art. 55(1): the duties stated only in the provider's public statement",
    ),
    # --- AI Act Art. 50(1) ---
    (
        "c-chatbot-crime-reporting-2027",
        "2026-12-31",
        f"{EU}/transparency",
        "pass",
        "Art. 50(1), second sentence: a police system authorised by law for criminal "
        "offences, every purpose law enforcement, no public reporting channel",
    ),
    (
        "c-chatbot-crime-reporting-2027",
        "2027-01-01",
        f"{EU}/transparency",
        "unknown",
        "Art. 50(1): the exception does not reach a system available for the public to "
        "report a criminal offence, which the amendment buys, and disclosure is not stated",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit12_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit12_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
