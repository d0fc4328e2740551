"""Legal-fidelity audit of transfers under the Law Enforcement Directive (Directive (EU)
2016/680, LED): a police force or other competent authority processing personal data for
the prevention, investigation, detection or prosecution of criminal offences, public
security included (LED Arts 1(1), 3(7)(a)), is outside the GDPR (GDPR Art. 2(2)(d)), so its
transfers to a third country are read under LED Chapter V, not GDPR Chapter V. Each contract
is the smallest that isolates one point, run through the real CLI
(tests/data/audit_led/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

The grounds: an adequacy decision under LED Art. 36 (only the United Kingdom's, Implementing
Decision (EU) 2021/1773 of 28 Jun 2021, extended to 27 Dec 2025 by Implementing Decision
(EU) 2025/1225 and renewed on 19 Dec 2025 to 27 Dec 2031), appropriate safeguards
(Art. 37(1)(a)-(b)) and derogations (Art. 38), each to a competent authority
(Art. 35(1)(b)); and, for a recipient that is no competent authority, an individual and
specific case on every condition of Art. 39(1)-(4). The standard contractual clauses
(Decision (EU) 2021/914), the EU-US Data Privacy Framework (Decision (EU) 2023/1795) and the
GDPR's own adequacy decisions are no ground under the LED. The LED applies from 6 May 2018
(Art. 63(1); Framework Decision 2008/977/JHA repealed from that date, Art. 59); the United
Kingdom is no third country until 31 Dec 2020 (Withdrawal Agreement Art. 127) nor, for
transmission of personal data, until 27 Jun 2021 (EU-UK TCA Art. FINPROV.10A(1)). Two
points the law leaves open (a processor in a third country acting under Art. 22 terms; a
Schengen associated state, Recitals 101-104) come out unknown with the reason noted.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, before_first_day, verdict_test

DATA = Path(__file__).parent / "data" / "audit_led"

DR = "data-residency"
LED = f"{DR}/led-transfers"
TM = f"{DR}/transfer-mechanism"
D = "2027-06-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- standing arrangements with a private vendor on GDPR instruments ---
    (
        "police-us-scc",
        D,
        LED,
        "fail",
        "LED Art. 35(1)(d): only Arts 36-39 ground a transfer; the 2021 clauses (Decision (EU) "
        "2021/914) are a GDPR Art. 46(2)(c) instrument, and a standing hosting arrangement "
        "with a US company is no individual and specific case (Art. 39(1))",
    ),
    (
        "police-us-scc",
        D,
        TM,
        "not_applicable",
        "GDPR Art. 2(2)(d): a competent authority's processing for law-enforcement purposes "
        "is outside the GDPR, so GDPR Chapter V does not claim this transfer",
    ),
    (
        "police-us-scc",
        "2018-05-01",
        LED,
        "unknown",
        "before 6 May 2018 the LED's transposing rules did not apply (LED Art. 63(1)); "
        "Framework Decision 2008/977/JHA governed until its repeal (Art. 59)"
        + before_first_day(
            "the description does not say when its term ends, so whether it is ever bound is "
            "unknown (term.end missing)"
        ),
    ),
    (
        "police-us-dpf",
        D,
        LED,
        "fail",
        "the Data Privacy Framework is an adequacy decision under GDPR Art. 45 (Implementing "
        "Decision (EU) 2023/1795, Art. 1), not under LED Art. 36; a certified US company is "
        "no competent authority (Art. 35(1)(b))",
    ),
    (
        "police-names-gdpr",
        D,
        TM,
        "not_applicable",
        "naming the GDPR in the contract does not bring a competent authority's "
        "law-enforcement processing within it: GDPR Art. 2(2)(d), Recital 19 (fixed: "
        "gdpr-applies yielded to the named regime)",
    ),
    (
        "police-names-gdpr",
        D,
        LED,
        "fail",
        "LED Art. 2(1) governs whatever the contract names; the 2021 clauses are no ground "
        "under LED Arts 36-39",
    ),
    # --- rank: a press report does not decide ---
    (
        "press-adequate-safeguards",
        D,
        LED,
        "unknown",
        "the contract lists no transfer; a press report saying 'adequate safeguards' is no "
        "contract term and does not state an Art. 37(1) instrument or assessment that binds "
        "the parties",
    ),
    # --- Art. 39: individual and specific cases ---
    (
        "art39-individual-case",
        D,
        LED,
        "pass",
        "LED Art. 39(1)(a)-(e): strictly necessary, no overriding rights, a transfer to the "
        "US authority ineffective, that authority informed, purposes specified; documented "
        "(Art. 39(3)) and the supervisory authority informed (Art. 39(4)); one case, not "
        "systematic",
    ),
    (
        "art39-not-documented",
        D,
        LED,
        "fail",
        "LED Art. 39(3): the transfer must be documented; the complete list of conditions "
        "leaves it out",
    ),
    (
        "art39-standing-hosting",
        D,
        LED,
        "fail",
        "LED Art. 39(1) allows transfers to a non-competent recipient only 'in individual and "
        "specific cases'; a standing hosting and inference arrangement is systematic, "
        "whatever conditions it recites (Recital 72 on derogations to the same effect)",
    ),
    (
        "art39-side-letter-expired",
        "2026-06-01",
        LED,
        "pass",
        "while the side letter is in force it states every condition of LED Art. 39(1), (3) "
        "and (4) for the individual case clause 4 describes",
    ),
    (
        "art39-side-letter-expired",
        D,
        LED,
        "unknown",
        "the side letter expired on 31 Dec 2026; clause 4 alone names an Art. 39 case "
        "without its conditions, so whether Art. 39(1)-(4) is met is not stated",
    ),
    # --- Art. 36: the United Kingdom ---
    (
        "uk-police-adequacy",
        "2021-03-01",
        LED,
        "not_applicable",
        "EU-UK TCA Art. FINPROV.10A(1): until the adequacy decisions of 28 Jun 2021, "
        "transmission of personal data to the UK is no transfer to a third country under "
        "Union law",
    ),
    (
        "uk-police-adequacy",
        D,
        LED,
        "pass",
        "LED Art. 36: Implementing Decision (EU) 2021/1773 (renewed on 19 Dec 2025 to "
        "27 Dec 2031) covers transfers to the UK's competent authorities",
    ),
    (
        "uk-police-adequacy",
        "2032-01-01",
        LED,
        "fail",
        "the renewed UK decision applies to 27 Dec 2031; no LED adequacy decision covers a "
        "transfer after that date unless renewed again",
    ),
    # --- Art. 37 and dates ---
    (
        "us-authority-amendment-2028",
        D,
        LED,
        "pass",
        "LED Art. 37(1)(a): a legally binding instrument with a US competent authority "
        "(Art. 35(1)(b)) before the amendment takes effect",
    ),
    (
        "us-authority-amendment-2028",
        "2028-06-01",
        LED,
        "fail",
        "from 1 Jan 2028 the amendment prevails over clause 6 and moves the transfers to a "
        "US company on the 2021 clauses, no ground under LED Arts 36-39",
    ),
    (
        "interpol-safeguards",
        D,
        LED,
        "pass",
        "LED Art. 35(1)(b) covers an international organisation competent for the Art. 1(1) "
        "purposes wherever its seat; Art. 37(1)(a) instrument",
    ),
    (
        "japan-gdpr-adequacy",
        D,
        LED,
        "fail",
        "Japan's adequacy decision (Implementing Decision (EU) 2019/419) is under GDPR "
        "Art. 45 and covers private-sector recipients; no decision under LED Art. 36 covers "
        "Japan, and no Art. 37 or 38 ground is named",
    ),
    # --- points the law leaves open ---
    (
        "us-processor-safeguards",
        D,
        LED,
        "unknown",
        "LED Art. 35(1)(b) speaks of a controller in the third country; whether a processor "
        "there acting under Art. 22 terms can receive a transfer on Art. 37 safeguards is not "
        "settled (unsettled in law)",
    ),
    (
        "norway-vendor",
        D,
        LED,
        "unknown",
        "Norway applies the LED as a development of the Schengen acquis (LED Recitals "
        "101-104) but is no Member State; whether a transmission there is an Art. 35 "
        "transfer is not settled (unsettled in law)",
    ),
    # --- who governs: the GDPR or the LED ---
    (
        "private-security-scc",
        D,
        LED,
        "not_applicable",
        "a company is no competent authority (LED Art. 3(7)(a); Art. 3(7)(b) entrustment not "
        "stated), so GDPR Art. 2(2)(d) does not apply and the GDPR governs",
    ),
    (
        "private-security-scc",
        D,
        TM,
        "pass",
        "GDPR Art. 46(2)(c): the 2021 clauses, module two, to a US processor",
    ),
    (
        "mixed-purposes",
        D,
        LED,
        "fail",
        "the law-enforcement part is under the LED (GDPR Art. 2(2)(d)); the one listed "
        "transfer carries it to a US company on the 2021 clauses, no LED ground",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit_led_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit_led_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in KNOWN_WRONG),
    )
