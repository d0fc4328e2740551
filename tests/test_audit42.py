"""Forty-second legal-fidelity audit: a contract term outranks a press report without being
told (tests/data/audit42/*.yaml), run through the real CLI.

Only contract terms change contract terms (docs/writing-contracts.md, "What outranks
what"): where a clause in force and a press report, public statement, official record or a
usage policy the contract disowns state a fact differently, the clause's value stands
without ``prevails_over`` and the other is noted ("... the clause binds, the press-report
decides no verdict"). A clause that has lapsed or is not yet in force states nothing on the
day: the other source then only describes where the contract is silent, which decides no
verdict either. Two contract terms that contradict each other, or two sources that are not
contract terms, stay an error.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from audits import assert_every_file_used, verdict_test
from conftest import cli

DATA = Path(__file__).parent / "data" / "audit42"

D = "2027-06-01"
BAN = "no-autonomous-weapons/autonomous-weapons-ban"
SURV = "no-mass-surveillance/explicit-ban"
LOC = "data-residency/data-locations"

#: The red line against autonomous weapons (DoD Directive 3000.09, Glossary; ICRC position
#: of 12 May 2021) needs an express ban binding on the day.
AWS = "autonomous-weapons red line (DoD Directive 3000.09, Glossary; ICRC position, 2021)"
#: The surveillance red line: an express ban, since the law permits much bulk collection.
MSL = "surveillance red line (EO 14086 s.2(c)(ii); CJEU C-511/18 La Quadrature du Net)"
#: Where the customer's residency requirement (a parameter, EEA by default) is met.
RES = "customer's residency requirement (GDPR Art. 28(3)(a), Art. 44; DoD Cloud SRG)"

CASES: list[tuple[str, str, str, str, str]] = [
    (
        "ms-press-release-claims-ban",
        D,
        SURV,
        "fail",
        f"{MSL}: clause 7 restricts no surveillance use; the vendor's press release "
        "claiming a ban is no term of the contract",
    ),
    (
        "ms-blog-denies-ban",
        D,
        SURV,
        "pass",
        f"{MSL}: clause 7 bans it; a blog post denying the ban changes no term",
    ),
    (
        "aw-blog-denies-ban",
        D,
        BAN,
        "pass",
        f"{AWS}: clause 4's ban cannot be waived; a blog post saying it can changes nothing",
    ),
    (
        "aw-record-vs-lapsed-clause",
        "2027-03-01",
        BAN,
        "pass",
        f"{AWS}: clause 4's ban is in force on the day; the register entry saying there is "
        "none changes no term",
    ),
    (
        "aw-record-vs-lapsed-clause",
        D,
        BAN,
        "unknown",
        f"{AWS}: clause 4 lapsed on 2027-03-31; the contract is silent and the register "
        "entry, not a term, decides nothing",
    ),
    (
        "aw-record-vs-clause-not-yet",
        D,
        BAN,
        "unknown",
        f"{AWS}: clause 4's ban takes effect on 2027-09-01; before then the contract is "
        "silent and the register entry decides nothing",
    ),
    (
        "aw-record-vs-clause-not-yet",
        "2027-10-01",
        BAN,
        "pass",
        f"{AWS}: clause 4's ban is in force; the register entry changes no term",
    ),
    (
        "ms-disowned-aup-vs-clause",
        D,
        SURV,
        "fail",
        f"{MSL}: clause 2 restricts no surveillance use and disowns the usage policy, "
        "whose ban is read like a press report's",
    ),
    (
        "ms-press-corrected-by-statement",
        D,
        SURV,
        "pass",
        f"{MSL}: clause 7 bans it; the press report denying it and the correction decide nothing",
    ),
    (
        "ms-explicit-prevails-redundant",
        D,
        SURV,
        "pass",
        f"{MSL}: clause 7 bans it and says it prevails over the press report (redundant)",
    ),
    (
        "dr-press-region-vs-clause",
        D,
        LOC,
        "pass",
        f"{RES}: clause 5 keeps the data in Germany (a complete list); a press report "
        "naming a US region adds no location to the contract",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

#: Contradictions that stay errors: (file, why).
ERRORS = [
    (
        "ms-incorporated-aup-vs-clause",
        "clause 2 and the usage policy the contract incorporates are both contract terms",
    ),
    ("ms-two-press-reports", "two press reports, neither a contract term, contradict"),
    (
        "ms-two-press-reports-vs-clause",
        "two press reports contradict each other, though a clause settles the fact",
    ),
]

#: The note a disagreement leaves: (file, as-of date, the text the report shows).
NOTES = [
    (
        "ms-press-release-claims-ban",
        D,
        "public-statement 'press-release' (line 25) says "
        "restrictions.mass_surveillance.prohibited = True; clause 7 (line 18) says False: "
        "the clause binds, the public-statement decides no verdict",
    ),
    (
        "ms-disowned-aup-vs-clause",
        D,
        "usage-policy 'aup' (line 25) says restrictions.mass_surveillance.prohibited = True; "
        "clause 2 (line 18) says False: the clause binds",
    ),
    ("aw-blog-denies-ban", D, "autonomous_weapons.waivable_by_customer = True; clause 4"),
    ("dr-press-region-vs-clause", D, "press-report 'news' (line 26) says data.storage = "),
]


test_audit42_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


@pytest.mark.parametrize(("name", "reason"), ERRORS, ids=[row[0] for row in ERRORS])
def test_contradiction_stays_an_error(name: str, reason: str) -> None:
    run = cli("check", str(DATA / f"{name}.yaml"), "--as-of", D)
    assert run.code == 2, reason
    assert "contradictory facts" in run.err, reason


@pytest.mark.parametrize(("name", "as_of", "text"), NOTES, ids=[row[0] for row in NOTES])
def test_disagreement_is_noted(name: str, as_of: str, text: str) -> None:
    run = cli("check", str(DATA / f"{name}.yaml"), "--as-of", as_of)
    assert run.code in (0, 1), run.err
    assert text in run.out


def test_no_note_where_the_clause_is_not_in_force() -> None:
    run = cli("check", str(DATA / "aw-record-vs-lapsed-clause.yaml"), "--as-of", D)
    assert "binds" not in run.out


def test_every_audit42_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in KNOWN_WRONG),
        (row[0] for row in ERRORS),
    )
