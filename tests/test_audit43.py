"""Forty-third legal-fidelity audit: carve-outs real alliance contracts write into a
surveillance ban, and a classification ceiling set per network (tests/data/audit43/*.yaml),
run through the real CLI.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). Silence is unknown.

Carve-outs: "save where necessary for the defence of the Customer's networks and systems"
is narrow where it is confined to securing the customer's own networks and information
systems and leaves out the content of persons' communications (GDPR Recital 49; NIS2
Directive (EU) 2022/2555, Art. 21): the ban stands. Reaching the content of communications
for "network defence" is the general monitoring that La Quadrature du Net (CJEU, Joined
Cases C-511/18, C-512/18 and C-520/18) and Big Brother Watch v UK (ECtHR [GC], 2021) hold to
strict limits: a gap, and the ban fails; its reach unstated, unknown. "Except aggregated and
anonymised service metrics" takes nothing from the ban: anonymous data is not personal data
(GDPR Recital 26), though it does not save a ban that also carves out lawful uses.

Ceilings per network (networks[*].ceiling): the lower of a network's own ceiling and the
contract's applies there, the contract's alone where the network states none. A NATO
RESTRICTED network in an unclassified deployment fails only where the contract allows
information above the customer's limit on it.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit43"

D = "2027-06-01"
BAN = "no-mass-surveillance/explicit-ban"
UNC = "no-mass-surveillance/ban-independent-of-law"
CLS = "data-residency/classification-boundary"

#: Network and information security monitoring as a legitimate interest and a duty.
NIS = "GDPR Recital 49; NIS2 Directive (EU) 2022/2555, Art. 21(1)-(2)"
#: General monitoring of communications content and bulk interception held to strict limits.
LQN = (
    "CJEU C-511/18 La Quadrature du Net (6 Oct 2020), paras 134-139, 168-192; ECtHR Big "
    "Brother Watch v UK [GC] (25 May 2021), paras 350-364"
)
#: Classified information only on systems accredited for its level; the customer's limit.
SEC = "NATO Security Policy C-M(2002)49-REV1; customer's limit (max_classification, unclassified)"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- carve-outs from the surveillance ban ---
    (
        "ms-network-defence-confined",
        D,
        BAN,
        "pass",
        f"{NIS}: security monitoring confined to the customer's own networks and systems, "
        "never communications content, is a narrow carve-out; the ban stands",
    ),
    (
        "ms-network-defence-confined",
        D,
        UNC,
        "pass",
        f"{NIS}: the confined carve-out leaves the unconditional ban unconditional",
    ),
    (
        "ms-network-defence-content",
        D,
        BAN,
        "fail",
        f"{LQN}: inspecting the content of communications on the customer's and partners' "
        "networks 'for network defence' is general monitoring; the carve-out is a gap",
    ),
    (
        "ms-network-defence-content",
        D,
        UNC,
        "fail",
        f"{LQN}: the same gap; the ban is no longer independent of what the carve-out allows",
    ),
    (
        "ms-network-defence-reach-unstated",
        D,
        BAN,
        "unknown",
        f"{NIS}; {LQN}: whether 'network defence' reaches communications content decides "
        "whether the ban stands, and the clause does not say",
    ),
    (
        "ms-network-defence-reach-unstated",
        D,
        UNC,
        "unknown",
        f"{NIS}; {LQN}: the same, for the unconditional ban",
    ),
    (
        "ms-anonymised-metrics",
        D,
        BAN,
        "pass",
        "GDPR Recital 26: anonymised aggregate metrics are not personal data; carving them "
        "out takes nobody out of the ban",
    ),
    (
        "ms-anonymised-metrics",
        D,
        UNC,
        "pass",
        "GDPR Recital 26: the same, for the unconditional ban",
    ),
    (
        "ms-metrics-and-lawful-uses",
        D,
        BAN,
        "fail",
        "surveillance red line (EO 14086 s.2(c)(ii); C-511/18): the lawful-uses carve-out "
        "beside the metrics one leaves no ban; the metrics carve-out does not save it",
    ),
    (
        "ms-metrics-and-lawful-uses",
        D,
        UNC,
        "fail",
        "EO 12333 s.2.3; FISA s.702 (50 U.S.C. §1881a): a carve-out for lawful uses makes "
        "the ban depend on the law",
    ),
    # --- classification ceiling per network ---
    (
        "cl-both-networks-capped",
        D,
        CLS,
        "pass",
        f"{SEC}: the contract's ceiling is RESTRICTED, but each network in the full list "
        "is capped at unclassified, within the limit and its accreditation",
    ),
    (
        "cl-mission-network-restricted",
        D,
        CLS,
        "fail",
        f"{SEC}: the contract allows NATO RESTRICTED information on the mission network, "
        "above the customer's unclassified limit there",
    ),
    (
        "cl-mission-network-under-contract-ceiling",
        D,
        CLS,
        "fail",
        f"{SEC}: the mission network states no ceiling of its own, so the contract's "
        "RESTRICTED ceiling applies there, above the limit",
    ),
    (
        "cl-mission-network-ceiling-unstated",
        D,
        CLS,
        "unknown",
        f"{SEC}: neither the mission network nor the contract states a ceiling; what may "
        "go on the RESTRICTED network is open",
    ),
    (
        "cl-unclassified-contract-restricted-network",
        D,
        CLS,
        "pass",
        f"{SEC}: the contract's unclassified ceiling binds on every network, so the lower "
        "of it and the mission network's RESTRICTED ceiling applies there",
    ),
    (
        "cl-network-ceiling-above-accreditation",
        D,
        CLS,
        "fail",
        f"{SEC}: the office network may receive NATO RESTRICTED information but is "
        "accredited for unclassified information only",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit43_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit43_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
