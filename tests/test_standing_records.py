"""A dated official record settles who a party is (its country, its parent's country, the
foreign laws it is subject to, its EU establishment, whether it is on the Data Privacy
Framework List) from its day, over what the contract said at signature; nothing else a
record says binds, and other sources settle nothing (docs/writing-contracts.md, "What
outranks what")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import cli

#: A German vendor with a German parent, data kept and run in its own German data centre
#: (audit 86), without its sources: each test adds its own.
BASE = Path(__file__).parent / "data" / "audit86" / "acquired-no-clause.yaml"
CONTRACT = BASE.read_text(encoding="utf-8").split("\nsources:\n")[0] + "\nsources:\n"


def verdict(tmp_path: Path, text: str, rule: str, as_of: str) -> str:
    """The verdict of ``data-residency/RULE`` on the contract ``text``, on ``as_of``."""
    path = tmp_path / "contract.yaml"
    path.write_text(text, encoding="utf-8")
    run = cli(
        "check", str(path), "--pack", "data-residency", "--format", "json",
        "--as-of", as_of, "--fail-on", "never",
    )  # fmt: skip
    assert run.code == 0, run.err
    results = json.loads(run.out)["contracts"][0]["results"]
    status: str = {r["id"]: r["status"] for r in results}[f"data-residency/{rule}"]
    return status


def source(ident: str, kind: str, effective: str | None, parent: str, laws: str) -> str:
    dated = f"    effective: {effective}\n" if effective else ""
    return (
        f"  - id: {ident}\n    kind: {kind}\n    title: {ident}\n{dated}"
        "    facts:\n      parties:\n        items:\n"
        f"          - {{id: vendor, parent_country: {parent}, "
        f"subject_to: {{items: [{laws}], complete: true}}, kind: company}}\n"
    )


US = source("register-2028", "official-record", "2028-03-01", "US", "us-cloud-act")


def standing(tmp_path: Path, sources: str, as_of: str) -> str:
    """foreign-law-exposure's verdict on the contract with ``sources``, on ``as_of``."""
    return verdict(tmp_path, CONTRACT + sources, "foreign-law-exposure", as_of)


def test_a_dated_register_entry_settles_the_owner_from_its_day(tmp_path: Path) -> None:
    assert standing(tmp_path, US, "2027-09-01") != "fail"
    assert standing(tmp_path, US, "2028-09-01") == "fail"
    path = tmp_path / "contract.yaml"  # written by verdict()
    run = cli("check", str(path), "--pack", "data-residency", "--as-of", "2028-09-01")
    assert "parent_country = US  (official-record 'register-2028'" in run.out, run.out
    assert standing(tmp_path, "  []\n", "2028-09-01") == "pass"  # no source at all


@pytest.mark.parametrize(
    "sources",
    [
        source("report", "press-report", "2028-03-01", "US", "us-cloud-act"),
        source("register", "official-record", None, "US", "us-cloud-act"),
        source("notice", "other", "2028-03-01", "US", "us-cloud-act"),
    ],
    ids=["press-report", "undated-record", "other"],
)
def test_nothing_else_settles_the_owner(tmp_path: Path, sources: str) -> None:
    assert standing(tmp_path, sources, "2028-09-01") != "fail"


def test_the_later_of_two_records_settles(tmp_path: Path) -> None:
    back = source("register-2029", "official-record", "2029-01-01", "DE", "")
    assert standing(tmp_path, US + back, "2028-09-01") == "fail"
    assert standing(tmp_path, US + back, "2029-06-01") != "fail"


def test_a_record_from_before_the_signing_settles_nothing(tmp_path: Path) -> None:
    # The contract was signed on 20 Nov 2026: what it said of its parties then is the
    # later word; an extract of the register from before it decides nothing.
    old = source("register-2025", "official-record", "2025-06-01", "US", "us-cloud-act")
    assert standing(tmp_path, old, "2028-09-01") == "pass"


@pytest.mark.parametrize(
    ("record", "expected"),
    [(US, "unknown"), (source("register-2028", "official-record", "2028-03-01", "DE", ""), "pass")],
    ids=["disagrees", "agrees"],
)
def test_a_record_leaves_open_where_the_signing_day_is_not_stated(
    tmp_path: Path, record: str, expected: str
) -> None:
    # Neither the record nor the contract's statement can be shown to be the later word:
    # what the record states otherwise than the contract is open (silence decides
    # nothing; it settled nothing before, so the contract's statement passed). A record
    # that states what the contract states leaves it as stated.
    unsigned = CONTRACT.replace("      signed_on: 2026-11-20\n", "")
    assert unsigned != CONTRACT
    assert verdict(tmp_path, unsigned + record, "foreign-law-exposure", "2028-09-01") == expected


def test_a_later_amendment_restating_the_owner_prevails_over_the_record(tmp_path: Path) -> None:
    # The register shows a US owner from 1 Mar 2028; an amendment of 1 Jan 2029 (a
    # contract term) states the vendor is German-owned again: from then, the later word.
    amendment = (
        "  - id: amendment-2029\n    kind: amendment\n    title: Amendment 1\n"
        "    effective: 2029-01-01\n    facts:\n      parties:\n        items:\n"
        "          - {id: vendor, parent_country: DE, subject_to: {items: [], complete: true}}\n"
    )
    assert standing(tmp_path, US + amendment, "2028-09-01") == "fail"
    assert standing(tmp_path, US + amendment, "2029-06-01") == "pass"


#: A department's DPF transfer to its US vendor, named as the transfer's recipient, with the
#: vendor's warranty of certification and a fallback (audit 95): without its sources.
DPF = Path(__file__).parent / "data" / "audit95" / "dpf-renewal.yaml"
DPF_CONTRACT = DPF.read_text(encoding="utf-8").split("  - id: dpf-list\n")[0]


def dpf_list(ident: str, kind: str, effective: str | None, certified: str) -> str:
    dated = f"    effective: {effective}\n" if effective else ""
    return (
        f"  - id: {ident}\n    kind: {kind}\n    title: {ident}\n{dated}"
        "    facts:\n      parties:\n        items:\n"
        f"          - {{id: vendor, dpf_certified: {certified}}}\n"
    )


def dpf_fallback(tmp_path: Path, sources: str, as_of: str, contract: str = DPF_CONTRACT) -> str:
    """dpf-fallback's verdict on the DPF contract with ``sources``, on ``as_of``."""
    return verdict(tmp_path, contract + sources, "dpf-fallback", as_of)


INACTIVE = dpf_list("dpf-list", "official-record", "2026-03-01", "false")


def test_the_dpf_list_settles_the_recipients_certification_from_its_day(tmp_path: Path) -> None:
    # Decision (EU) 2023/1795, Art. 1 covers only organisations on the List: the List
    # showing the vendor inactive ends the reliance, whatever amendment 2 warrants.
    assert dpf_fallback(tmp_path, "", "2026-06-01") == "pass"  # the warranty alone
    assert dpf_fallback(tmp_path, INACTIVE, "2025-10-01") == "pass"
    assert dpf_fallback(tmp_path, INACTIVE, "2026-06-01") == "fail"
    active = dpf_list("dpf-list-2027", "official-record", "2027-01-10", "true")
    assert dpf_fallback(tmp_path, INACTIVE + active, "2027-03-01") == "pass"  # re-certified


@pytest.mark.parametrize(
    "sources",
    [
        dpf_list("report", "press-report", "2026-03-01", "false"),
        dpf_list("statement", "public-statement", "2026-03-01", "false"),
        dpf_list("register", "official-record", None, "false"),
        dpf_list("old-list", "official-record", "2021-06-01", "false"),
    ],
    ids=["press-report", "public-statement", "undated-record", "before-the-signing"],
)
def test_nothing_else_settles_the_recipients_certification(tmp_path: Path, sources: str) -> None:
    assert dpf_fallback(tmp_path, sources, "2026-06-01") == "pass"


def test_a_transfer_recipient_that_is_no_party_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "typo.yaml"
    text = DPF_CONTRACT.replace("recipient: vendor,", "recipient: vendr,")
    path.write_text(text + INACTIVE, encoding="utf-8")
    run = cli("validate", str(path))
    assert run.code == 2, run.out + run.err
    assert "recipient 'vendr' is not the id of a party (parties: dept, vendor)" in run.err


def test_the_dpf_list_leaves_the_status_open_where_the_signing_day_is_not_stated(
    tmp_path: Path,
) -> None:
    # The warranty may be later than the List's extract, or not: unknown, not the warranty.
    unsigned = DPF_CONTRACT.replace("      signed_on: 2022-05-01\n", "")
    assert unsigned != DPF_CONTRACT
    assert dpf_fallback(tmp_path, INACTIVE, "2026-06-01", unsigned) == "unknown"
    assert dpf_fallback(tmp_path, "", "2026-06-01", unsigned) == "pass"


#: A ministry's SCC transfer to a processor in Canada, named as the transfer's recipient,
#: whose impact assessment found no foreign access law reaching it and which processes the
#: data in the clear: without its sources.
TIA_CONTRACT = """\
id: tia-acquired
title: Translation service, SCC transfer to a Canadian processor
status: in-force
signed_on: 2026-01-15
parties:
  items:
    - {id: ministry, roles: [customer, controller], kind: government, country: FR}
    - {id: mapleco, roles: [provider, processor], kind: company, country: CA,
       parent_country: CA, subject_to: {items: [], complete: true}}
  complete: true
purposes: {items: [civilian], complete: true}
data:
  categories: [personal]
  regimes: [gdpr]
  transfers:
    items:
      - {destination: CA, mechanism: scc, recipient: mapleco, impact_assessment: true,
         destination_law_impinges: true, supplementary_measures: true,
         importer_subject_to: {items: [], complete: true}, importer_holds_keys: false,
         importer_sees_clear_data: true}
    complete: true
sources:
"""


def acquired(ident: str, kind: str, effective: str | None) -> str:
    dated = f"    effective: {effective}\n" if effective else ""
    return (
        f"  - id: {ident}\n    kind: {kind}\n    title: {ident}\n{dated}"
        "    facts:\n      parties:\n        items:\n"
        "          - {id: mapleco, parent_country: US, "
        "subject_to: {items: [us-fisa-702, us-cloud-act], complete: true}}\n"
    )


def impact_assessment(tmp_path: Path, sources: str, as_of: str) -> str:
    """transfer-impact-assessment's verdict on the SCC contract with ``sources``."""
    text = TIA_CONTRACT + (sources or "  []\n")
    return verdict(tmp_path, text, "transfer-impact-assessment", as_of)


def test_a_record_of_the_recipients_new_parent_defeats_the_measures(tmp_path: Path) -> None:
    # EDPB Recommendations 01/2020, Annex 2, use case 6: no measure works where an importer
    # subject to FISA s.702 processes the data in the clear. The recipient's acquisition by
    # a US parent, shown by a dated register entry after the signing, is read from its day
    # whatever the assessment found before it; a press report of it settles nothing.
    record = acquired("register-2026", "official-record", "2026-09-01")
    assert impact_assessment(tmp_path, "", "2026-12-01") == "pass"
    assert impact_assessment(tmp_path, record, "2026-06-01") == "pass"
    assert impact_assessment(tmp_path, record, "2026-12-01") == "fail"
    report = acquired("report", "press-report", "2026-09-01")
    assert impact_assessment(tmp_path, report, "2026-12-01") == "pass"
