"""Forty-seventh legal-fidelity audit: classified information under the ceiling that
applies on each network, and a total weapons ban's precedence over an "any lawful use"
grant (tests/data/audit47/*.yaml), run through the real CLI.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph or policy). Silence is unknown.

Classification (a matter of security policy, not statute): classified information (NATO
RESTRICTED and above; NATO UNCLASSIFIED is a marking, not a classification) may be handled
only on communication and information systems accredited for its level (NATO Security
Policy, C-M(2002)49-REV1, and the national rules applying it). A ceiling set on a network
(networks[*].ceiling) binds beside the contract's own: the lower of the two applies there.
A contract that processes classified information where the ceiling applying is
unclassified contradicts itself, whatever its contract-wide ceiling allows elsewhere: on
every network it lists in full, or on a network on which it says classified information is
processed (networks[*].processes_classified). A network that merely carries classified
information (networks[*].classified) may host a deployment capped at unclassified.

Weapons: a ban that yields to an "any lawful use" grant forbids nothing the law permits,
and DoD Directive 3000.09 (25 Jan 2023), Section 4, permits autonomous weapon systems after
senior review; but a prohibition of every weapons use that the contract states prevails
over the grant forbids use in autonomous weapon systems too (an autonomous weapon system is
a weapon system: the Directive's Glossary; the legal notes, AW-01: "or forbids all weapons
use outright"). Where the contract subordinates the autonomous-weapons ban to the grant and
says nothing of the total ban's precedence, which term prevails is open: unknown.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test, verdict_test

DATA = Path(__file__).parent / "data" / "audit47"

D = "2027-06-01"
CLS = "data-residency/classification-boundary"
AWS = "no-autonomous-weapons/autonomous-weapons-ban"
UNC = "no-autonomous-weapons/unconditional-ban"
USD = "us-defence"

#: Classified information only on systems accredited for its level; the customer's limit.
SEC = "NATO Security Policy C-M(2002)49-REV1 (policy, not statute)"
#: NATO UNCLASSIFIED is a marking; the levels run from NATO RESTRICTED up.
MARK = "nato.int, 'What's in a security classification?' (NATO UNCLASSIFIED is a marking)"
#: Autonomous weapon systems are permitted after senior review; AWS defined as weapon systems.
DIR = "DoD Directive 3000.09 (25 Jan 2023), Section 4 and Glossary"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- classified information under the ceiling that applies on each network ---
    (
        "cl-secret-contract-only-network-capped",
        D,
        CLS,
        "fail",
        f"{SEC}; {MARK}: the contract's SECRET ceiling is capped at unclassified on its only "
        "network, yet it inputs SECRET intelligence reports: classified information under "
        "an unclassified ceiling (was a wrong pass)",
    ),
    (
        "cl-secret-contract-only-network-capped-no-classified",
        D,
        CLS,
        "pass",
        f"{SEC}: control; the same caps with unclassified logistics records only, within the "
        "customer's unclassified limit on every network",
    ),
    (
        "cl-secret-contract-network-list-open",
        D,
        CLS,
        "unknown",
        f"{SEC}: SECRET reports are input and the one network listed is capped at "
        "unclassified, but the list is open: whether another network may take them is not "
        "stated",
    ),
    (
        "cl-classified-on-capped-network",
        D,
        CLS,
        "fail",
        f"{SEC}; {MARK}: classified reports are processed on the office network, where "
        "the contract allows NATO UNCLASSIFIED information only",
    ),
    (
        "cl-unclassified-contract-secret-network-classified-there",
        D,
        CLS,
        "fail",
        f"{SEC}: the contract's unclassified ceiling is the lower one on the mission network, "
        "whatever its own SECRET ceiling says, and classified reports are processed there",
    ),
    (
        "cl-classified-on-unclassified-accreditation",
        D,
        CLS,
        "fail",
        f"{SEC}: classified reports on a network accredited for unclassified information "
        "only (the legal notes, DR-14 FAIL)",
    ),
    (
        "cl-classified-on-network-ceiling-unstated",
        D,
        CLS,
        "unknown",
        f"{SEC}: classified reports on a SECRET-accredited network, but neither the network "
        "nor the contract states a ceiling: whether they stay within the limit is open "
        "(the legal notes, DR-14 UNKNOWN)",
    ),
    (
        "cl-civilian-network-restricted-ceiling",
        D,
        CLS,
        "fail",
        f"{SEC}: a civilian deal that allows NATO RESTRICTED information on its office "
        "network buys the processing of classified information there (the rule applies; "
        "was not applicable), on a network accredited for unclassified information only",
    ),
    (
        "cl-civilian-network-restricted-under-unclassified-contract",
        D,
        CLS,
        "not_applicable",
        f"{SEC}: control; the contract's unclassified ceiling is the lower one on the "
        "network, so no classified information is in play in a civilian deal",
    ),
    # --- a total weapons ban's precedence over an any-lawful-use grant ---
    (
        "aw-total-weapons-ban-prevails",
        D,
        AWS,
        "pass",
        f"{DIR}; legal notes AW-01: the autonomous-weapons ban yields to the grant, but the "
        "total weapons ban applies notwithstanding it and forbids autonomous weapons too "
        "(was a wrong fail)",
    ),
    (
        "aw-total-weapons-ban-prevails",
        D,
        UNC,
        "pass",
        f"{DIR}; legal notes AW-01, AW-15: the total ban prevailing over the grant is an "
        "unconditional ban on autonomous weapons (was a wrong fail)",
    ),
    (
        "aw-red-lines-yield-weapons-ban-prevails",
        D,
        AWS,
        "pass",
        f"{DIR}: the order of precedence puts the grant above the restrictions but the "
        "total weapons ban applies notwithstanding the grant (its own statement decides)",
    ),
    (
        "aw-red-lines-yield-weapons-ban-prevails",
        D,
        UNC,
        "pass",
        f"{DIR}: the same, for the unconditional ban",
    ),
    (
        "aw-both-bans-yield",
        D,
        AWS,
        "fail",
        f"{DIR}: both bans yield to the grant; they forbid nothing the law permits, and the "
        "Directive permits autonomous weapon systems after review",
    ),
    (
        "aw-both-bans-yield",
        D,
        UNC,
        "fail",
        f"{DIR}: a ban subject to the grant applies only where the law forbids the use",
    ),
    (
        "aw-weapons-ban-lawful-carveout",
        D,
        AWS,
        "fail",
        f"{DIR}: the weapons ban prevails over the grant but carves out lawful purposes, so "
        "it is no total ban, and the autonomous-weapons ban yields",
    ),
    (
        "aw-weapons-ban-precedence-unstated",
        D,
        AWS,
        "unknown",
        f"{DIR}: the contract subordinates the autonomous-weapons ban to the grant and is "
        "silent on the total ban's precedence; which term prevails is open",
    ),
    (
        "aw-weapons-ban-precedence-unstated",
        D,
        UNC,
        "unknown",
        f"{DIR}: the same, for the unconditional ban",
    ),
    (
        "aw-no-weapons-ban-red-lines-prevail",
        D,
        AWS,
        "unknown",
        f"{DIR}; legal notes AW-01: the autonomous-weapons ban yields to the grant, but every "
        "other restriction prevails over it, so a total weapons ban would still forbid "
        "autonomous weapons; the contract does not say whether it has one (was a fail)",
    ),
    (
        "aw-aws-ban-prevails-control",
        D,
        AWS,
        "pass",
        f"{DIR}: control; the autonomous-weapons ban itself applies notwithstanding the grant",
    ),
]

#: Rows run under the us-defence profile (the customer allows up to SECRET).
PROFILE_CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        "cl-us-classified-on-capped-network",
        D,
        CLS,
        USD,
        "fail",
        f"{SEC}: the SECRET-accredited enclave is capped at unclassified for this deployment, "
        "yet classified products are processed on it; SIPRNet's SECRET ceiling does not "
        "help there",
    ),
    (
        "cl-us-classified-on-siprnet-only",
        D,
        CLS,
        USD,
        "pass",
        f"{SEC}; DISA Cloud Computing SRG, IL6: classified products only on SIPRNet, none on "
        "the network capped at unclassified",
    ),
    (
        "cl-us-classified-network-unnamed",
        D,
        CLS,
        USD,
        "pass",
        f"{SEC}: classified products are processed, the clause naming no network; SIPRNet "
        "may take them, and the enterprise network's cap keeps them off it",
    ),
    (
        "cl-secret-contract-only-network-capped",
        D,
        CLS,
        USD,
        "fail",
        f"{SEC}: under a SECRET customer limit too, SECRET reports have nowhere to go but "
        "under the network's unclassified ceiling",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit47_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)

test_audit47_profile_verdict = profile_verdict_test(DATA, PROFILE_CASES)


def test_every_audit47_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in PROFILE_CASES),
        (row[0] for row in KNOWN_WRONG),
    )
