"""Thirty-ninth legal-fidelity audit: a group code that names an international organisation,
and US customers that may or may not be components of the Department of Defense, run
through the real CLI (tests/data/audit39/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). Where the tool cannot yet give that verdict,
the row sits in KNOWN_WRONG as a strict xfail with the reason and where a fix belongs.

Transfers to an international organisation: a transfer whose recipient is an international
organisation goes to the organisation (GDPR Art. 4(26); Chapter V treats a transfer "to an
international organisation" apart from one to a third country, Arts 44 to 46 and 49), so a
destination `NATO` there names the alliance, not each member state, and does not say where
the alliance keeps the data: the customer's residency requirement is then open, unless the
contract gives the organisation's site (fixed: since the every-member reading of groups,
such a transfer failed data-locations for each NATO nation outside the allowed places). The
transfer itself is read by the rules on international organisations. Transfers to the NATO
nations' own authorities keep the every-member reading.

US defence customers: DoD Directive 3000.09 (25 Jan 2023) applies to the DoD Components
(para 1.1: OSD, the Military Departments, the Office of the Chairman of the Joint Chiefs of
Staff and the Joint Staff, the Combatant Commands, the Office of the Inspector General of
the Department of Defense, the Defense Agencies, the DoD Field Activities and all other
organizational entities within the DoD). A US intelligence agency may be one (the NSA, the
DIA, the NGA and the NRO) or not (the CIA and the intelligence elements of other
departments, EO 12333 s.3.5(h)): senior-review is unknown on one the contract does not place
(fixed: it was not applicable to every intelligence agency). A contractor is not a DoD
component, and the Coast Guard is a service in the Department of Homeland Security except
when it operates as a service in the Navy (14 U.S.C. 103).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit39"

DR = "data-residency"
AW = "no-autonomous-weapons"
D = "2027-06-01"

LOC = f"{DR}/data-locations"
IOT = f"{DR}/international-organisation-transfers"
TM = f"{DR}/transfer-mechanism"
SR = f"{AW}/senior-review"

#: Where the customer's residency requirement (a parameter, EEA by default) is met.
RES = "customer's residency requirement (GDPR Art. 28(3)(a), Art. 44)"
#: The transfer goes to the organisation, not to its members.
IO = "GDPR Art. 4(26), Art. 44: a transfer to an international organisation"
#: Who DoDD 3000.09 applies to.
DODD = "DoDD 3000.09 (25 Jan 2023) para 1.1: the DoD Components"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- a group code that names an international organisation ---
    (
        "io-nato-site-open",
        D,
        LOC,
        "unknown",
        f"{RES}; {IO}: the data goes to NATO, the organisation, and the contract does not "
        "say where NATO keeps it (not a transfer to each NATO nation)",
    ),
    (
        "io-nato-site-open",
        D,
        IOT,
        "pass",
        "GDPR Art. 46(2)(a): an administrative arrangement between public bodies, the "
        "ministry exporting, carries the transfer to the organisation",
    ),
    (
        "io-nato-site-open",
        D,
        TM,
        "pass",
        f"{IO} is a Chapter V transfer whatever its seat, here on an Art. 46(2)(a) instrument",
    ),
    (
        "io-nato-recipient-silent",
        D,
        LOC,
        "unknown",
        f"{RES}: the contract does not say whether NATO, the organisation, or each NATO "
        "nation's authorities receive the data; on one reading the data goes to the US and "
        "Türkiye, on the other where NATO keeps it is not said",
    ),
    (
        "io-nato-site-belgium",
        D,
        LOC,
        "pass",
        f"{RES}: the contract says NATO receives and keeps the data at its headquarters in "
        "Brussels, inside the EEA",
    ),
    (
        "io-nato-site-belgium",
        D,
        IOT,
        "pass",
        "GDPR Art. 46(2)(a): a transfer to an international organisation whatever its seat, "
        "on an instrument between public bodies",
    ),
    (
        "io-site-new-york",
        D,
        LOC,
        "fail",
        f"{RES}: the organisation keeps the data at its seat in New York, outside the EEA",
    ),
    (
        "nato-nations-ministries",
        D,
        LOC,
        "fail",
        f"{RES}: the recipients are the authorities of each NATO nation, so the data goes to "
        "each member state, the US and the UK among them",
    ),
    (
        "nato-nations-ministries",
        D,
        IOT,
        "not_applicable",
        "GDPR Art. 4(26): the recipients are states' authorities, not an international "
        "organisation",
    ),
    (
        "io-nato-and-us-company",
        D,
        LOC,
        "fail",
        f"{RES}: the second transfer takes the data to a US company; the open question of "
        "where NATO keeps it does not save the contract",
    ),
    (
        "io-epo-munich",
        D,
        LOC,
        "pass",
        f"{RES}: the European Patent Office in Munich, inside the EEA",
    ),
    (
        "io-epo-munich",
        D,
        IOT,
        "pass",
        "GDPR Art. 45(1): Implementing Decision (EU) 2025/1382 (15 Jul 2025) finds the "
        "European Patent Organisation adequate",
    ),
    # --- US customers that may be DoD components ---
    (
        "aw-dia-no-review",
        D,
        SR,
        "fail",
        f"{DODD}; the DIA is a Defense Agency, and integration into weapon systems is "
        "permitted without the senior review of Section 4",
    ),
    (
        "aw-army-silent",
        D,
        SR,
        "fail",
        f"{DODD}; the Army is in a Military Department, which the contract need not say, "
        "and integration is permitted without senior review",
    ),
    (
        "aw-nsa-review",
        D,
        SR,
        "pass",
        f"{DODD}; the NSA is a DoD combat support agency, and integration is conditional on "
        "the senior-level approvals",
    ),
    (
        "aw-cia-no-review",
        D,
        SR,
        "not_applicable",
        f"{DODD}; the CIA is an independent agency outside the DoD (EO 12333 s.3.5(h)(1)), "
        "so the directive does not govern its weapon systems",
    ),
    (
        "aw-intel-agency-silent",
        D,
        SR,
        "unknown",
        f"{DODD}; a US intelligence agency may be a DoD component (NSA, DIA, NGA, NRO) or "
        "not (CIA, the elements of other departments, EO 12333 s.3.5(h)): the contract does "
        "not say which",
    ),
    (
        "aw-dod-field-activity",
        D,
        SR,
        "fail",
        f"{DODD}, the DoD Field Activities among them, whatever kind of body the contract "
        "calls it; integration permitted without senior review",
    ),
    (
        "aw-contractor-for-dod",
        D,
        SR,
        "not_applicable",
        f"{DODD}; a contractor is not one, though it develops a weapon system for the Army "
        "(the Army's own programme needs the review, not this contract's customer)",
    ),
    (
        "aw-coast-guard-dhs",
        D,
        SR,
        "not_applicable",
        f"{DODD}; the Coast Guard is a service in the Department of Homeland Security, not "
        "in the DoD, except when operating as a service in the Navy (14 U.S.C. 103)",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit39_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit39_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
