"""Adversarial legal-fidelity cases: contracts written from the law, each aimed at a way a
verdict could be wrongly decided, run through the real CLI (tests/data/audit/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
why. A PASS here must be supported by terms in force on that date, binding in rank, and not
contradicted by what the contract buys; silence is unknown.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from conftest import cli

DATA = Path(__file__).parent / "data" / "audit"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- mass surveillance ---
    (
        "ms-lawful-purposes-exception",
        "2027-06-01",
        "no-mass-surveillance/ban-independent-of-law",
        "fail",
        "a carve-out for any use the customer deems lawful makes the ban yield to the law",
    ),
    (
        "ms-lawful-purposes-exception",
        "2027-06-01",
        "no-mass-surveillance/protected-population",
        "fail",
        "a lawful-purposes carve-out lifts the protection from everyone",
    ),
    (
        "ms-lawful-purposes-exception",
        "2027-06-01",
        "no-mass-surveillance/explicit-ban",
        "fail",
        "a ban save for any lawful use is no ban (the law permits bulk collection)",
    ),
    (
        "ms-lawful-purposes-exception",
        "2027-06-01",
        "no-mass-surveillance/commercial-data-covered",
        "fail",
        "US law largely permits buying broker data, so the lawful-use carve-out reaches it",
    ),
    (
        "ms-press-only",
        "2027-06-01",
        "no-mass-surveillance/explicit-ban",
        "unknown",
        "the press report does not state the ban's carve-outs",
    ),
    (
        "ms-foreign-intelligence-exception",
        "2027-06-01",
        "no-mass-surveillance/protected-population",
        "fail",
        "'all persons' save foreign intelligence leaves foreign persons unprotected",
    ),
    (
        "ms-us-persons-open-subjects",
        "2027-06-01",
        "no-mass-surveillance/protected-population",
        "unknown",
        "the data may concern people other than US persons (open list)",
    ),
    (
        "ms-us-persons-foreign-data",
        "2027-06-01",
        "no-mass-surveillance/protected-population",
        "unknown",
        "the protected population is an open list; it may reach foreign persons",
    ),
    (
        "ms-ban-expired",
        "2026-06-01",
        "no-mass-surveillance/explicit-ban",
        "pass",
        "the ban is in force before its clause expires and the uses are a complete list",
    ),
    (
        "ms-ban-expired",
        "2027-06-01",
        "no-mass-surveillance/explicit-ban",
        "unknown",
        "the clause holding the ban expired on 2027-01-01; the contract is now silent",
    ),
    (
        "ms-side-letter-future",
        "2027-06-01",
        "no-mass-surveillance/explicit-ban",
        "unknown",
        "the side letter with the ban takes effect on 2028-01-01",
    ),
    (
        "ms-side-letter-future",
        "2028-06-01",
        "no-mass-surveillance/explicit-ban",
        "pass",
        "the side letter is in force",
    ),
    (
        "ms-amendment-replaces-ban",
        "2027-01-15",
        "no-mass-surveillance/explicit-ban",
        "pass",
        "clause 7 stands until amendment 2 takes effect",
    ),
    (
        "ms-amendment-replaces-ban",
        "2027-06-01",
        "no-mass-surveillance/explicit-ban",
        "unknown",
        "amendment 2 replaced clause 7 as a whole, ban included",
    ),
    (
        "ms-buys-mass-surveillance",
        "2027-06-01",
        "no-mass-surveillance/explicit-ban",
        "fail",
        "the contract buys mass surveillance; the ban's label does not save it",
    ),
    (
        "ms-waivable-by-policy",
        "2027-01-15",
        "no-mass-surveillance/ban-not-waivable",
        "pass",
        "before the usage policy takes effect, clause 7 says the ban cannot be waived",
    ),
    (
        "ms-waivable-by-policy",
        "2027-06-01",
        "no-mass-surveillance/ban-not-waivable",
        "fail",
        "the incorporated usage policy prevails over clause 7 and lets the customer waive the ban",
    ),
    (
        "ms-all-lawful-uses-grant",
        "2027-06-01",
        "no-mass-surveillance/red-lines-prevail",
        "fail",
        "the any-lawful-use grant prevails over the restrictions",
    ),
    (
        "ms-press-only",
        "2027-06-01",
        "no-mass-surveillance/protected-population",
        "unknown",
        "nobody states whom the ban protects",
    ),
    # --- autonomous weapons ---
    (
        "aw-lawful-purposes-exception",
        "2027-06-01",
        "no-autonomous-weapons/unconditional-ban",
        "fail",
        "a carve-out for any use the customer deems lawful conditions the ban on law",
    ),
    (
        "aw-lawful-purposes-exception",
        "2027-06-01",
        "no-autonomous-weapons/autonomous-weapons-ban",
        "fail",
        "a ban save for any lawful use leaves no ban (DoDD 3000.09 permits reviewed autonomy)",
    ),
    (
        "aw-policy-conditioned",
        "2027-06-01",
        "no-autonomous-weapons/unconditional-ban",
        "fail",
        "the ban applies only where law or policy requires human control (DoDD 3000.09 does not)",
    ),
    (
        "aw-buys-fire-control",
        "2027-06-01",
        "no-autonomous-weapons/human-judgment",
        "unknown",
        "fire control is a weapons use it buys, so the weapons ban does not moot it",
    ),
    (
        "aw-total-ban-expired",
        "2026-06-01",
        "no-autonomous-weapons/human-judgment",
        "not_applicable",
        "while the total weapons ban is in force no weapons use is permitted",
    ),
    (
        "aw-total-ban-expired",
        "2027-06-01",
        "no-autonomous-weapons/human-judgment",
        "unknown",
        "the total ban expired; weapons integration is possible again and no standard is stated",
    ),
    (
        "aw-open-use-list",
        "2027-06-01",
        "no-autonomous-weapons/human-judgment",
        "unknown",
        "an open list of uses does not show that no weapons use is bought",
    ),
    (
        "aw-anti-personnel-open-exceptions",
        "2027-06-01",
        "no-autonomous-weapons/no-anti-personnel-autonomy",
        "unknown",
        "the anti-personnel ban carves out local defence (moot only under a total weapons ban)",
    ),
    (
        "aw-time-critical-exception",
        "2027-06-01",
        "no-autonomous-weapons/human-decision-per-engagement",
        "fail",
        "a time-critical local-defence carve-out lets engagements go without a human decision",
    ),
    (
        "aw-time-critical-exception",
        "2027-06-01",
        "no-autonomous-weapons/autonomy-limits",
        "unknown",
        "the time-critical local-defence carve-out permits autonomy, whose limits are not stated",
    ),
    (
        "aw-no-weapons-embedding-unspecified",
        "2027-06-01",
        "no-autonomous-weapons/no-weapons-embedding",
        "unknown",
        "the platform ban's exceptions and the deployment model are to be agreed",
    ),
    (
        "aw-supervisory-override-standard",
        "2027-06-01",
        "no-autonomous-weapons/human-decision-per-engagement",
        "fail",
        "supervisory override is not an affirmative human decision per engagement",
    ),
    # --- data residency ---
    (
        "dr-keys-customer-managed-vendor-held",
        "2027-06-01",
        "data-residency/foreign-law-exposure",
        "unknown",
        "a mitigation claimed while the vendor holds the keys does not count (was pass)",
    ),
    (
        "dr-keys-customer-managed-vendor-held",
        "2027-06-01",
        "data-residency/customer-held-keys",
        "fail",
        "keys in the vendor's key service are not customer-held",
    ),
    (
        "dr-weights-custody-contradicted",
        "2027-06-01",
        "data-residency/weights-custody",
        "fail",
        "the only site holding the weights is run by the vendor, whatever the general clause says",
    ),
    (
        "dr-telemetry-open-locations",
        "2027-06-01",
        "data-residency/telemetry-location",
        "unknown",
        "telemetry may also go to places the open list does not name",
    ),
    (
        "aw-pinned-policy",
        "2027-06-01",
        "no-autonomous-weapons/unconditional-ban",
        "pass",
        "pinned to a named policy version with no carve-outs (the pack's reading; see report)",
    ),
    (
        "aw-pinned-policy",
        "2027-06-01",
        "no-autonomous-weapons/no-anti-personnel-autonomy",
        "unknown",
        "a ban pinned to DoDD 3000.09 is not total: the directive permits autonomy after review",
    ),
    (
        "dr-weights-eu-open-subprocessors",
        "2027-06-01",
        "data-residency/weights-location",
        "pass",
        "the weights' locations are a complete list inside the EEA (sub-processors: own rule)",
    ),
    (
        "dr-weights-eu-open-subprocessors",
        "2027-06-01",
        "data-residency/sub-processor-locations",
        "unknown",
        "the sub-processor list is open; an unlisted one may sit anywhere",
    ),
    (
        "dr-weights-open-locations",
        "2027-06-01",
        "data-residency/weights-location",
        "unknown",
        "the weight locations are an open list",
    ),
    (
        "dr-weights-open-locations",
        "2027-06-01",
        "data-residency/data-locations",
        "unknown",
        "storage locations are an open list",
    ),
    (
        "dr-unspecified-values",
        "2027-06-01",
        "data-residency/weights-location",
        "unknown",
        "one weight location is to be agreed",
    ),
    (
        "dr-unspecified-values",
        "2027-06-01",
        "data-residency/customer-held-keys",
        "unknown",
        "key custody is to be agreed",
    ),
    (
        "dr-storage-eu-processing-us",
        "2027-06-01",
        "data-residency/data-locations",
        "fail",
        "inference runs in the US, outside the EEA",
    ),
    (
        "dr-residency-clause-future",
        "2027-06-01",
        "data-residency/data-locations",
        "fail",
        "the amendment moving data to the EU is not yet in force",
    ),
    (
        "dr-residency-clause-future",
        "2028-06-01",
        "data-residency/data-locations",
        "pass",
        "the amendment is in force and prevails over clause 5",
    ),
    (
        "dr-term-ended",
        "2027-06-01",
        "data-residency/weights-location",
        "unknown",
        "the weights' location is not stated (the report also notes the term has ended)",
    ),
    (
        "dr-training-lawful-exception",
        "2027-06-01",
        "data-residency/training-on-customer-data",
        "fail",
        "a lawful-purposes carve-out swallows the training ban",
    ),
]

REFUSED = [
    ("ms-press-vs-clause", "a press report cannot contradict a clause"),
    ("dr-training-blog-vs-clause", "a vendor's blog post cannot contradict a clause"),
]


@cache
def verdicts(name: str, as_of: str) -> dict[str, str]:
    run = cli("check", str(DATA / f"{name}.yaml"), "--as-of", as_of, "--format", "json")
    assert run.code in (0, 1), run.err
    report = json.loads(run.out)
    return {r["id"]: r["status"] for r in report["contracts"][0]["results"]}


@pytest.mark.parametrize(
    ("name", "as_of", "rule", "expected", "reason"),
    CASES,
    ids=[f"{c[0]}@{c[1]}:{c[2]}" for c in CASES],
)
def test_audit_verdict(name: str, as_of: str, rule: str, expected: str, reason: str) -> None:
    assert verdicts(name, as_of)[rule] == expected, reason


@pytest.mark.parametrize(("name", "reason"), REFUSED, ids=[r[0] for r in REFUSED])
def test_non_binding_source_cannot_contradict_a_clause(name: str, reason: str) -> None:
    run = cli("check", str(DATA / f"{name}.yaml"), "--as-of", "2027-06-01")
    assert run.code == 2, reason
    assert "contradictory facts" in run.err and "clause" in run.err


def test_every_audit_file_is_used() -> None:
    used = {c[0] for c in CASES} | {r[0] for r in REFUSED}
    assert used == {p.stem for p in DATA.glob("*.yaml")}
