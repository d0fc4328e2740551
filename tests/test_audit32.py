"""Thirty-second legal-fidelity audit: the national sovereignty profiles other than US, FR
and IT (rules/nations/*.yaml, run through ``compliance nations check``) and the
data-residency pack's defaults: the places it allows, the Chapter V rules
(transfer-mechanism, dpf-fallback, international-organisation-transfers) and
sub-processor-locations, each contract the smallest that isolates one point, and two
realistic contracts that exercise several rules at once (tests/data/audit32/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, provision). A PASS here must rest on terms in force on that date,
binding in rank and not contradicted by what the contract buys; silence is unknown.

Territory. The pack's default allowed places were the EEA group, which lists states only, so
Union territory with its own ISO code was outside them: the outermost regions (French
Guiana, Guadeloupe, Martinique, Mayotte, Reunion, Saint-Martin; TFEU Arts 349, 355(1)) and
the Aland Islands (Art. 355(4)), where the GDPR applies as in the rest of their state. A
hand-over to a data centre in Reunion failed transfer-mechanism for want of a Chapter V
ground, and storage there failed data-locations (fixed: the default and the Chapter V rules'
reading of the EEA add GF, GP, MQ, YT, RE, MF and AX). The overseas countries and
territories (Art. 355(2), Annex II: New Caledonia, Greenland, Saint-Barthelemy since 1 Jan
2012) stay third countries, none with an adequacy decision; Iceland and Norway are EEA states
(no transfer), Switzerland has an adequacy decision but is outside the EEA's residency. The
GDPR reaches a controller or processor established in Iceland, Liechtenstein or Norway
through the EEA Agreement (Joint Committee Decision 154/2018, in force 20 Jul 2018): a
Norwegian directorate's contract that names no regime was read as reaching only an EU
establishment (fixed: the definition eu-operator reads a party of an EEA EFTA state).

Adequacy (Art. 45). The dated EU-ADEQUACY group did not list Brazil, whose decision the
Commission adopted on 26 Jan 2026 (Implementing Decision (EU) 2026/179; fixed). No decision
exists for the alliance members Turkiye, Albania, Montenegro and North Macedonia; Canada's
covers PIPEDA recipients only (Decision 2002/2/EC); the UK's, renewed in Dec 2025, runs
until 27 Dec 2031; the DPF (Decision (EU) 2023/1795) covers only organisations on its List
and only from 10 Jul 2023. The only adequacy decision for an international organisation is
the European Patent Organisation's (Decision (EU) 2025/1382, 15 Jul 2025).

Nation profiles, checked against their sources: Germany's certification field (the BSI
minimum standard for external cloud services: federal bodies ensure at least the C5 basic
criteria) passes a maintained C5 attestation and nothing weaker (a press release, a lapsed
side letter); the UK's location field reads the Cabinet Office guidance that OFFICIAL data
may be held overseas (no rule); Turkiye's (Presidential Circular 2019/12, items 1 and 3)
fails hosting outside Turkiye; Canada's location rule is unconfirmed (unknown, never pass),
Norway's is not checkable and Iceland's not researched. A NATO body binds the members on the
as-of date only (North Macedonia from 27 Mar 2020).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from audits import assert_every_file_used, nation_statuses, verdict_test

DATA = Path(__file__).parent / "data" / "audit32"

DR = "data-residency"
D = "2027-06-01"
LATER = "2028-06-01"
TM = f"{DR}/transfer-mechanism"
DPF = f"{DR}/dpf-fallback"
IO = f"{DR}/international-organisation-transfers"
DL = f"{DR}/data-locations"
SPL = f"{DR}/sub-processor-locations"

TFEU = "TFEU Arts 349, 355(1)"
GDPR44 = "GDPR Art. 44"
DEC_DPF = "Decision (EU) 2023/1795, Art. 1"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Union territory with its own ISO code, and the overseas countries and territories ---
    (
        "or-reunion-storage-transfer",
        D,
        TM,
        "not_applicable",
        f"{TFEU}: Reunion and Guadeloupe are Union territory where the GDPR applies; the "
        "hand-over to the Reunion operator is no transfer to a third country (was fail)",
    ),
    (
        "or-reunion-storage-transfer",
        D,
        DL,
        "pass",
        f"{TFEU}: storage in Reunion and processing in Guadeloupe are inside the default "
        "allowed places, the territory where the GDPR applies (was fail)",
    ),
    (
        "or-aland-processing",
        D,
        TM,
        "not_applicable",
        "TFEU Art. 355(4): the Treaties apply to the Aland Islands; no Chapter V transfer "
        "(was fail)",
    ),
    (
        "or-aland-processing",
        D,
        DL,
        "pass",
        "TFEU Art. 355(4): processing in the Aland Islands is Union territory (was fail)",
    ),
    (
        "or-mayotte-subprocessor",
        D,
        SPL,
        "pass",
        "TFEU Art. 349; European Council Decision 2012/419/EU: Mayotte is an outermost region "
        "from 1 Jan 2014, so the sub-processor processes in the Union (was fail)",
    ),
    (
        "or-mayotte-subprocessor",
        D,
        TM,
        "not_applicable",
        f"{GDPR44}, 28(4): a sub-processor in Mayotte receives no onward transfer to a third "
        "country (was fail)",
    ),
    (
        "oct-new-caledonia-adequacy",
        D,
        TM,
        "fail",
        "TFEU Art. 355(2), Annex II: New Caledonia is an overseas country and territory, not "
        "Union territory, and has no adequacy decision (GDPR Art. 45): 'French territory' is no "
        "ground",
    ),
    (
        "oct-new-caledonia-adequacy",
        D,
        DL,
        "fail",
        "TFEU Annex II: backups in New Caledonia are outside the EEA and the Union's territory",
    ),
    (
        "oct-greenland-subprocessor",
        D,
        SPL,
        "fail",
        "TFEU Annex II; EEA Agreement Art. 126(1): Greenland is outside the Union and the EEA",
    ),
    (
        "oct-greenland-subprocessor",
        D,
        TM,
        "fail",
        f"{GDPR44}, 28(4): the Greenland sub-processor receives an onward transfer that the "
        "complete, empty transfer list does not cover",
    ),
    (
        "oct-st-barthelemy-storage",
        D,
        DL,
        "fail",
        "European Council Decision 2010/718/EU: Saint-Barthelemy is an overseas country and "
        "territory from 1 Jan 2012, outside the Union",
    ),
    (
        "oct-st-barthelemy-storage",
        D,
        TM,
        "unknown",
        "the contract is silent on transfers and on who runs the Saint-Barthelemy storage "
        "(EDPB Guidelines 05/2021: a transfer needs another controller or processor there)",
    ),
    # --- EEA EFTA states and Switzerland ---
    (
        "eea-iceland-norway-transfers",
        D,
        TM,
        "not_applicable",
        "EEA Joint Committee Decision 154/2018: the GDPR applies in Iceland and Norway, EEA "
        "states, so data sent there needs no Chapter V ground",
    ),
    (
        "eea-switzerland-storage",
        D,
        DL,
        "fail",
        "Switzerland is in EFTA but not the EEA; its adequacy decision (2000/518/EC) is a "
        "transfer ground, not residency in the allowed places",
    ),
    (
        "eea-norway-controller-no-regime",
        D,
        TM,
        "fail",
        "EEA Joint Committee Decision 154/2018 (in force 20 Jul 2018): the GDPR applies in "
        "Norway, so Art. 3(1) reaches the Norwegian directorate and provider and the US "
        "transfer needs a Chapter V ground, which it lacks (was unknown: only an EU "
        "establishment was read)",
    ),
    # --- adequacy decisions ---
    (
        "adq-brazil",
        D,
        TM,
        "pass",
        "Commission Implementing Decision (EU) 2026/179 of 26 Jan 2026: adequacy for Brazil "
        "(was fail: the dated adequacy list did not hold it)",
    ),
    (
        "adq-brazil",
        "2025-12-01",
        TM,
        "fail",
        "GDPR Art. 45(1): before 26 Jan 2026 only a draft decision existed for Brazil",
    ),
    (
        "adq-turkiye",
        D,
        TM,
        "fail",
        "GDPR Art. 45(1): no adequacy decision for Turkiye, an alliance member",
    ),
    (
        "adq-albania-montenegro",
        D,
        TM,
        "fail",
        "GDPR Art. 45(1): no adequacy decision for Albania or Montenegro",
    ),
    (
        "adq-north-macedonia-scc",
        D,
        TM,
        "pass",
        "GDPR Art. 46(2)(c); Decision (EU) 2021/914, module two: North Macedonia has no "
        "adequacy decision, but the 2021 clauses are a ground",
    ),
    (
        "adq-north-macedonia-scc",
        D,
        f"{DR}/transfer-impact-assessment",
        "unknown",
        "CJEU C-311/18 Schrems II; EDPB Recommendations 01/2020: the clauses need an "
        "assessment of the destination's law, on which the contract is silent",
    ),
    (
        "adq-uk-public-authority",
        D,
        TM,
        "pass",
        "Decision (EU) 2021/1772, renewed in Dec 2025 until 27 Dec 2031: adequacy for the UK, "
        "public authorities included",
    ),
    (
        "adq-uk-public-authority",
        "2032-01-01",
        TM,
        "fail",
        "the renewed UK decision applies until 27 Dec 2031; no decision is in force after it "
        "unless renewed again",
    ),
    (
        "adq-canada-agency",
        D,
        TM,
        "fail",
        "Decision 2002/2/EC, Art. 1: the Canadian decision covers recipients subject to "
        "PIPEDA, not a federal agency",
    ),
    (
        "adq-canada-company",
        D,
        TM,
        "pass",
        "Decision 2002/2/EC, Art. 1: a Canadian company subject to PIPEDA",
    ),
    # --- the EU-US Data Privacy Framework ---
    (
        "dpf-certified-fallback",
        D,
        DPF,
        "pass",
        f"{DEC_DPF}: certification stated and a fallback to standard clauses agreed",
    ),
    (
        "dpf-certified-fallback",
        "2023-01-01",
        TM,
        "fail",
        "Decision (EU) 2023/1795 was adopted on 10 Jul 2023; before it no DPF existed",
    ),
    (
        "dpf-certified-fallback",
        "2023-01-01",
        DPF,
        "fail",
        "no adequacy decision covered the US on 1 Jan 2023 (Privacy Shield invalid since "
        "C-311/18, 16 Jul 2020)",
    ),
    (
        "dpf-certification-press-only",
        D,
        TM,
        "unknown",
        "a press release is no term of the contract; the contract is silent on transfers",
    ),
    (
        "dpf-certification-press-only",
        D,
        DPF,
        "unknown",
        "the DPF transfer and its certification are stated only in a press release",
    ),
    (
        "dpf-us-agency",
        D,
        TM,
        "fail",
        f"{DEC_DPF}: a US federal agency cannot be on the DPF List (only organisations under "
        "FTC or DoT jurisdiction self-certify)",
    ),
    (
        "dpf-us-agency",
        D,
        DPF,
        "fail",
        f"{DEC_DPF}: the stated certification of an agency cannot be true",
    ),
    (
        "dpf-fallback-side-letter-lapsed",
        "2026-06-01",
        DPF,
        "pass",
        "the side letter in force on that day states the fallback and the certification",
    ),
    (
        "dpf-fallback-side-letter-lapsed",
        D,
        DPF,
        "unknown",
        "the side letter lapsed on 31 Dec 2026; the clause in force is silent on a fallback",
    ),
    (
        "dpf-subprocessor-uncertified",
        D,
        TM,
        "fail",
        f"{DEC_DPF}; GDPR Art. 28(4): a second US sub-processor relying on the DPF is stated "
        "not to be on the List",
    ),
    (
        "dpf-subprocessor-uncertified",
        D,
        DPF,
        "fail",
        f"{DEC_DPF}: reliance on the DPF for an uncertified sub-processor",
    ),
    # --- international organisations ---
    (
        "io-nato-adequacy",
        D,
        IO,
        "fail",
        "GDPR Art. 45(1): the only adequacy decision for an international organisation is the "
        "European Patent Organisation's (Decision (EU) 2025/1382); none for NATO",
    ),
    (
        "io-public-instrument-private-exporter",
        D,
        IO,
        "fail",
        "GDPR Art. 46(2)(a): an instrument 'between public authorities or bodies'; the exporter "
        "is a company",
    ),
    (
        "io-epo-adequacy-before-decision",
        D,
        IO,
        "pass",
        "Decision (EU) 2025/1382, Art. 1: adequacy for the European Patent Organisation",
    ),
    (
        "io-epo-adequacy-before-decision",
        "2025-01-01",
        IO,
        "fail",
        "before 15 Jul 2025 no adequacy decision covered any international organisation",
    ),
    (
        "io-derogation-systematic",
        D,
        IO,
        "fail",
        "GDPR Art. 49(1)(d), Recital 111; EDPB Guidelines 2/2018: monthly transfers are "
        "systematic, which no derogation carries",
    ),
    # --- sub-processor locations ---
    (
        "sp-uk-adequacy-residency",
        D,
        SPL,
        "fail",
        "the UK is outside the EEA; its adequacy decision (2021/1772) is a transfer ground, "
        "not residency in the allowed places",
    ),
    (
        "sp-norway-list-open",
        D,
        SPL,
        "unknown",
        "the sub-processors named are in Norway and Ireland, but the list is not complete",
    ),
    (
        "sp-eea-amendment-adds-us",
        D,
        SPL,
        "pass",
        "before the amendment takes effect every sub-processor is in Germany",
    ),
    (
        "sp-eea-amendment-adds-us",
        LATER,
        SPL,
        "fail",
        "from 1 Jan 2028 the amendment adds a US sub-processor, outside the EEA",
    ),
    (
        "sp-eea-amendment-adds-us",
        LATER,
        TM,
        "fail",
        f"{GDPR44}, 28(4): the US sub-processor's onward transfer is not covered by the "
        "complete, empty transfer list",
    ),
    # --- realistic contracts ---
    (
        "r-de-federal-assistant",
        D,
        DL,
        "fail",
        "the transfer annex sends data to a US company, outside the default allowed places, "
        "though storage in Frankfurt and Reunion is inside them",
    ),
    (
        "r-de-federal-assistant",
        D,
        SPL,
        "fail",
        "the US model provider is a sub-processor outside the EEA",
    ),
    (
        "r-de-federal-assistant",
        D,
        TM,
        "pass",
        f"{DEC_DPF}: the US transfer to a certified company; Reunion is Union territory",
    ),
    ("r-de-federal-assistant", D, DPF, "pass", f"{DEC_DPF}: certification and a fallback stated"),
    (
        "r-de-federal-assistant",
        D,
        f"{DR}/foreign-law-exposure",
        "unknown",
        "the provider's parent is subject to the US CLOUD Act; no immunity route is stated, "
        "nor denied",
    ),
    (
        "r-no-directorate-support",
        D,
        TM,
        "fail",
        "GDPR Art. 45(1), 46: transfers to a Turkish affiliate 'where the Customer so directs' "
        "rest on no ground; Turkiye has no adequacy decision",
    ),
    (
        "r-no-directorate-support",
        D,
        SPL,
        "fail",
        "sub-processors in the UK and North Macedonia, outside the EEA",
    ),
    (
        "r-no-directorate-support",
        D,
        DL,
        "fail",
        "the transfer annex sends data to the UK, North Macedonia and Turkiye",
    ),
    (
        "adq-alliance-group",
        D,
        TM,
        "fail",
        "GDPR Art. 45(1): a transfer to 'the NATO nations' on adequacy authorises transfers to "
        "Turkiye, Albania, Montenegro and North Macedonia, which have no adequacy decision; a "
        "group destination is read as a transfer to each member (formerly a known-wrong "
        "unknown, when a group was read as 'somewhere among its members')",
    ),
    (
        "adq-alliance-group",
        D,
        DL,
        "fail",
        "the listed transfer to 'the NATO nations' lets the recipients hold the data in the US, "
        "Canada, Turkiye and other members outside the allowed EEA (was unknown under the "
        "'somewhere among' reading of a group)",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

test_audit32_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def _nation(name: str, nation: str, as_of: str) -> dict[str, str]:
    """The nation's status, its binding and each field's status for the deal ``name``."""
    return nation_statuses(DATA / f"{name}.yaml", nation, as_of)


#: Rows run through ``compliance nations check``: file, as-of date, nation, field (or
#: ``nation`` for the nation's verdict, ``binding`` for whether it binds), expected, reason.
NATION_CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        "nat-de-federal-c5",
        D,
        "DE",
        "certification",
        "pass",
        "BSI minimum standard for external cloud services (s. 8(1) BSIG): federal bodies "
        "ensure at least the C5 basic criteria; a maintained C5 attestation is stated",
    ),
    (
        "nat-de-federal-c5",
        D,
        "DE",
        "nation",
        "unknown",
        "the location, foreign-law, personnel and key-custody rules were not found, which is "
        "not confirmed absence: Germany is never met on C5 alone",
    ),
    (
        "nat-de-c5-press-only",
        D,
        "DE",
        "certification",
        "unknown",
        "a press release is no term of the contract",
    ),
    (
        "nat-de-c5-side-letter-lapsed",
        D,
        "DE",
        "certification",
        "unknown",
        "the side letter with the C5 duty lapsed on 31 Dec 2026",
    ),
    (
        "nat-de-c5-side-letter-lapsed",
        "2026-06-01",
        "DE",
        "certification",
        "pass",
        "the side letter is in force on that day",
    ),
    (
        "nat-gb-official-us-hosting",
        D,
        "GB",
        "location",
        "no-rule",
        "Cabinet Office, Multi-region cloud and SaaS (5 Feb 2025): OFFICIAL data may be stored "
        "and processed overseas",
    ),
    (
        "nat-tr-eu-hosting",
        D,
        "TR",
        "location",
        "fail",
        "Presidential Circular 2019/12, items 1 and 3: public institutions' data stored in "
        "Turkiye, in their own systems or with domestic providers",
    ),
    (
        "nat-tr-domestic-us-parent",
        D,
        "TR",
        "foreign_law",
        "unknown",
        "Circular 2019/12, item 3 (domestic provider under institutional control): the "
        "provider's parent is American and subject to the CLOUD Act; no mitigation is stated "
        "or denied, so not met",
    ),
    (
        "nat-ca-canada-hosting",
        D,
        "CA",
        "location",
        "unknown",
        "Policy on Service and Digital: the Canada-first rule was not read in its text "
        "(unconfirmed), so hosting in Canada cannot pass on it",
    ),
    (
        "nat-ca-canada-hosting",
        D,
        "CA",
        "foreign_law",
        "no-rule",
        "GC White Paper: Data Sovereignty and Public Cloud: residency is not immunity; a "
        "provider with a foreign parent is accepted",
    ),
    (
        "nat-no-iceland-hosting",
        D,
        "NO",
        "location",
        "unknown",
        "Archives Act s. 9(b): the complete archive stays in Norway, copies abroad allowed; "
        "whether the deal holds the archive is not checkable (not modelled)",
    ),
    (
        "nat-is-ministry",
        D,
        "IS",
        "nation",
        "unknown",
        "the Icelandic profile is not researched: nothing is asserted",
    ),
    (
        "nat-alliance-customer-2019",
        "2019-03-01",
        "MK",
        "binding",
        "no",
        "North Macedonia acceded to the North Atlantic Treaty on 27 Mar 2020",
    ),
    (
        "nat-alliance-customer-2019",
        D,
        "MK",
        "binding",
        "yes",
        "a NATO body acting for its members binds North Macedonia from 27 Mar 2020",
    ),
    (
        "r-de-federal-assistant",
        D,
        "DE",
        "certification",
        "pass",
        "a maintained C5 attestation (BSI minimum standard, s. 8(1) BSIG)",
    ),
]


@pytest.mark.parametrize(
    ("name", "as_of", "nation", "field", "expected", "reason"),
    [pytest.param(*row, id=f"{row[0]}@{row[1]}:{row[2]}.{row[3]}") for row in NATION_CASES],
)
def test_audit32_nation(
    name: str, as_of: str, nation: str, field: str, expected: str, reason: str
) -> None:
    assert _nation(name, nation, as_of)[field] == expected, reason


def test_every_audit32_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in KNOWN_WRONG),
        (row[0] for row in NATION_CASES),
    )
