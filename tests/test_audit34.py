"""Thirty-fourth legal-fidelity audit: who operates each place the data, weights and keys are
held (the ``party`` condition joins a site's ``operator`` to that party's roles, kind,
establishment and parent), each contract the smallest that isolates one point, and three
realistic contracts read under the built-in profiles, run through the real CLI
(tests/data/audit34/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

Weights custody (the customer's security policy: RAND RR-A2849-1; the profile's parameter): a
weights site "under the ministry's control" that the vendor's affiliate operates, and a
backup of the weights it keeps (fixed: weights-custody passed both on the control the
contract states); the ministry's own site, a federal IT centre (a public body) as operator, a
private customer's own site, no operator named (the control stated decides); a company of
unstated role as operator (fixed: passed, now unknown); an amendment from a later date that
hands operation to the affiliate; the affiliate in a press release only; copying the
weights allowed; an operator left to the provider's choice (fixed: passed, the engine
could not tell an operator left open from one not named; now unknown).

Exposure to third-country access laws (18 U.S.C. §2713; 50 U.S.C. §1881a; SecNumCloud 3.2
§19.6; EDPB Recommendations 01/2020, Annex 2, use cases 1 and 6; GDPR Art. 28(2), (4)): a
site in France run by a party named only as integrator under a US parent (fixed: passed, the
first route read only parties with provider-side roles); customer-held keys on infrastructure
"under the customer's control" that the provider's affiliate operates (fixed: the
architectural route passed); a SecNumCloud qualification beside a storage operator the
contract states to be under the CLOUD Act (fixed: the certification route passed), and the
same qualification claimed in a press release only; an EU sovereign host; an operator whose
establishment is not stated; the customer's own site where the customer has a US parent
(immunity protects against the provider side, not the customer's own group).

Sub-processors and residency (GDPR Art. 28(2), (4), Art. 44; the customer's residency
policy): a US replica "under the customer's control" run by the vendor's US affiliate as
sub-processor; the customer's own replica in Switzerland (no sub-processor: data-locations
fails it); a US replica in a side letter that lapses; the US affiliate running a German site
(location inside, exposure outside); a US backup with no operator named. Personnel and vendor
access (the customer's policy): support from an Indian affiliate's centre, support from a
German centre run by an affiliate established in India (where the operator is established is
not where its staff sit), and a vendor-operated customer site with break-glass access only.

Realistic contracts: a German ministry's drafting assistant (eu-public-sector: a US-parented
safety-monitoring sub-processor in Ireland breaks immunity, residency holds); an alliance's
translation service (alliance-unclassified: the weights in the agency's data centre run by
the provider's US affiliate are not in the alliance's custody; the US is inside the NATO
group); a US Army IL6 enclave (us-defence: a vendor-operated enclave on DoD premises is
acceptable, support from Germany is not).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test, verdict_test

DATA = Path(__file__).parent / "data" / "audit34"

DR = "data-residency"
WC = f"{DR}/weights-custody"
WL = f"{DR}/weights-location"
FLE = f"{DR}/foreign-law-exposure"
SPL = f"{DR}/sub-processor-locations"
DL = f"{DR}/data-locations"
PL = f"{DR}/personnel-location"
VA = f"{DR}/vendor-access"
CHK = f"{DR}/customer-held-keys"
D = "2026-12-01"
LATER = "2028-06-01"
SIDE = "2026-03-01"

CUSTODY = "the customer's custody policy (RAND RR-A2849-1; parameter government_weight_custody): "
CLOUD = "18 U.S.C. §2713 (possession, custody or control, wherever located): "

CASES: list[tuple[str, str, str, str, str]] = [
    # --- weights custody ---
    (
        "wc-affiliate-operates",
        D,
        WC,
        "fail",
        CUSTODY + "the weights site is said to be the ministry's, but the vendor's affiliate "
        "(a company acting as sub-processor) operates it: its staff administer the hosts and "
        "hold the weights, which is vendor hosting, not the customer's custody",
    ),
    (
        "wc-affiliate-operates",
        D,
        WL,
        "pass",
        "the customer's residency policy: the only place of the weights is in Germany; who "
        "operates it is weights-custody's question",
    ),
    (
        "wc-ministry-operates",
        D,
        WC,
        "pass",
        CUSTODY + "the ministry's own data centre, operated by the ministry, no vendor copies",
    ),
    (
        "wc-operator-unnamed",
        D,
        WC,
        "pass",
        CUSTODY + "government control and the ban on vendor copies are stated; naming no "
        "operator takes nothing from the control the contract states",
    ),
    (
        "wc-operator-roles-unstated",
        D,
        WC,
        "unknown",
        CUSTODY + "a company of unstated role runs the government site: whether it acts for "
        "the vendor (custody lost) or as the ministry's own contractor is open",
    ),
    (
        "wc-federal-it-centre",
        D,
        WC,
        "pass",
        CUSTODY + "the operator is a public body (the federal IT centre) acting as the "
        "ministry's processor: the weights stay in government hands",
    ),
    (
        "wc-affiliate-backup",
        D,
        WC,
        "fail",
        CUSTODY + "the storage clause has the vendor's affiliate keep a backup of the weights, "
        "whatever control it calls it: the weights clause does not hold every copy",
    ),
    (
        "wc-affiliate-backup",
        D,
        FLE,
        "fail",
        CLOUD + "the affiliate that stores the backup is a sub-processor under a US parent, "
        "subject to the CLOUD Act, and no certification or architecture is claimed",
    ),
    (
        "wc-affiliate-amendment-2028",
        D,
        WC,
        "pass",
        CUSTODY + "on this date clause 5 binds: the ministry operates the site; the amendment "
        "is in force only from 1 Jan 2028",
    ),
    (
        "wc-affiliate-amendment-2028",
        LATER,
        WC,
        "fail",
        CUSTODY + "from 1 Jan 2028 the amendment replaces clause 5 and the vendor's affiliate "
        "operates the weights site",
    ),
    (
        "wc-affiliate-press-only",
        D,
        WC,
        "pass",
        CUSTODY + "a press release is no term of the contract and cannot override clause 5, "
        "which keeps the weights on the ministry-run site",
    ),
    (
        "wc-private-customer-own-site",
        D,
        WC,
        "pass",
        CUSTODY + "the bank runs the weights in its own data centre: the customer as operator "
        "is custody",
    ),
    (
        "wc-affiliate-copies-waiver",
        D,
        WC,
        "fail",
        CUSTODY + "the vendor may copy the weights out of the environment; custody the vendor "
        "can copy around is not custody",
    ),
    # --- foreign-law exposure ---
    (
        "fle-eu-site-us-parented-integrator",
        D,
        FLE,
        "fail",
        CLOUD + "whoever runs the storage for the processor holds the data and is its "
        "sub-processor whatever the contract calls it (GDPR Art. 28(2), (4)); a US parent "
        "brings the operator within US process, and no certification or architecture is "
        "claimed",
    ),
    (
        "fle-eu-sovereign-host",
        D,
        FLE,
        "pass",
        "the provider and its only operator are French, with French parents, subject to no "
        "third-country access law (SecNumCloud 3.2 §19.6 as the profile's benchmark)",
    ),
    (
        "fle-host-country-unstated",
        D,
        FLE,
        "unknown",
        "the cloud operator's establishment and parent are not stated: whether a "
        "third-country law reaches it is open (silence is unknown)",
    ),
    (
        "fle-arch-affiliate-operates",
        D,
        FLE,
        "fail",
        CLOUD + "keys held by the customer do not protect data the provider's affiliate "
        "computes on in the clear (EDPB Recommendations 01/2020, Annex 2, use case 6); "
        "infrastructure it operates is not customer-operated, whatever control it is said to "
        "be under",
    ),
    (
        "fle-arch-affiliate-operates",
        D,
        CHK,
        "pass",
        "the customer generates and holds the keys and data is encrypted at rest and in "
        "transit (EDPB Recommendations 01/2020, Annex 2, use case 1); where the data is "
        "computed on is foreign-law-exposure's question",
    ),
    (
        "fle-arch-ministry-operates",
        D,
        FLE,
        "pass",
        "customer-held keys on infrastructure the ministry itself operates, no standing "
        "vendor access, no export: the US-parented provider holds nothing it can be compelled "
        "to disclose (18 U.S.C. §2713)",
    ),
    (
        "fle-cert-us-operator",
        D,
        FLE,
        "fail",
        "SecNumCloud 3.2 §19.6 requires the provider's EU seat and caps non-EU holdings: a "
        "qualification claimed for a service whose storage the contract has run by a CLOUD "
        "Act-bound sub-processor under a US parent does not outweigh that operator",
    ),
    (
        "fle-cert-press-only",
        D,
        FLE,
        "fail",
        CLOUD + "a qualification in a press release is no term; the storage operator is a "
        "CLOUD Act-bound sub-processor, and the contract states no architectural mitigation",
    ),
    (
        "fle-customer-own-site-us-parent",
        D,
        FLE,
        "pass",
        "immunity is asked of the provider side: the provider is French and exposed to no "
        "foreign law, and the only site is the customer's own, whose group is its own affair",
    ),
    # --- sub-processors and residency ---
    (
        "spl-customer-site-us-affiliate",
        D,
        SPL,
        "fail",
        "GDPR Art. 28(2), (4), Art. 44: the vendor's US affiliate, acting as sub-processor, "
        "keeps a replica in the US, outside the allowed places, whatever control the replica "
        "is said to be under and whatever the EEA-only list says",
    ),
    (
        "spl-customer-site-us-affiliate",
        D,
        DL,
        "fail",
        "the customer's residency requirement: the contract stores data in the US",
    ),
    (
        "spl-customer-own-site-ch",
        D,
        SPL,
        "pass",
        "GDPR Art. 28(2), (4): the ministry runs its Swiss replica itself; no sub-processor "
        "of the vendor processes outside the EEA, and the list is complete and EEA-only",
    ),
    (
        "spl-customer-own-site-ch",
        D,
        DL,
        "fail",
        "the customer's residency requirement: the storage list holds a site in Switzerland, "
        "outside the allowed jurisdictions, whoever runs it",
    ),
    (
        "spl-affiliate-side-letter-lapses",
        D,
        SPL,
        "pass",
        "the side letter that put processing in the US with the vendor's affiliate expired on "
        "30 Jun 2026; the binding terms keep processing with the listed EEA sub-processor",
    ),
    (
        "spl-affiliate-side-letter-lapses",
        SIDE,
        SPL,
        "fail",
        "GDPR Art. 28(2), (4), Art. 44: while the side letter runs, the vendor's US affiliate "
        "processes the data in the US as sub-processor",
    ),
    (
        "spl-affiliate-side-letter-lapses",
        SIDE,
        DL,
        "fail",
        "the customer's residency requirement: while the side letter runs, data is processed "
        "in the US",
    ),
    (
        "spl-eu-site-us-affiliate",
        D,
        SPL,
        "pass",
        "GDPR Art. 28(2), (4): the affiliate processes in Germany, as the complete list says; "
        "where it is established is the exposure rule's question",
    ),
    (
        "spl-eu-site-us-affiliate",
        D,
        FLE,
        "fail",
        CLOUD + "a German site run by a US company subject to the CLOUD Act is within US "
        "process: residency does not give immunity",
    ),
    (
        "spl-operator-unnamed-us",
        D,
        SPL,
        "pass",
        "GDPR Art. 28(2), (4): the complete list names one EEA sub-processor; nothing names a "
        "third party or a sub-processor at the US backup, which the vendor's own site rule "
        "(data-locations) decides",
    ),
    (
        "spl-operator-unnamed-us",
        D,
        DL,
        "fail",
        "the customer's residency requirement: a backup is stored in the US",
    ),
    # --- personnel and vendor access ---
    (
        "pl-support-site-in-india",
        D,
        PL,
        "fail",
        "the customer's personnel policy: remote support is performed from India, whatever "
        "the personnel clause lists",
    ),
    (
        "pl-support-site-in-india",
        D,
        SPL,
        "fail",
        "GDPR Art. 28(2), (4), Art. 44: the vendor's Indian affiliate, a sub-processor, "
        "reaches the data from India (remote access is processing there)",
    ),
    (
        "pl-support-site-de-indian-operator",
        D,
        PL,
        "pass",
        "the customer's personnel policy: support is performed in Germany and the personnel "
        "clause lists Germany only; where the operator is established is not where its staff "
        "sit",
    ),
    (
        "pl-support-site-de-indian-operator",
        D,
        FLE,
        "fail",
        "the customer's immunity requirement: a provider-side party established outside the "
        "allowed jurisdictions (India) runs the support site, and no certification or "
        "architecture is claimed",
    ),
    (
        "va-vendor-operates-customer-site",
        D,
        VA,
        "pass",
        "the customer's access policy: no standing vendor access and each session approved "
        "and logged; a vendor may operate a site through break-glass sessions only",
    ),
    (
        "va-vendor-operates-customer-site",
        D,
        PL,
        "pass",
        "the customer's personnel policy: the processing and the personnel are in Germany",
    ),
    (
        "wc-operator-provider-designates",
        D,
        WC,
        "unknown",
        CUSTODY + "the site is operated 'by the ministry or such operator as the Provider "
        "designates': the provider may hand the weights to its affiliate, so custody is open "
        "(fixed: passed, the operator left open read like one not named; the rule now reads "
        "it with stated's unspecified: unknown)",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

PROFILE_CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        "r-eu-ministry-assistant",
        D,
        WC,
        "eu-public-sector",
        "pass",
        "the profile accepts a vendor-hosted model (government_weight_custody: false) and asks "
        "only that the vendor keep no copy of customer-specific weights (DR-02), which clause 6 "
        "rules out: met whether or not any are created (was not_applicable until 7 Dec 2026, "
        "which read a contract silent on whether customer-specific weights (fine-tunes, "
        "adapters) are created as creating none; the legal notes' DR-02 make the rule not "
        "applicable only where none are created, and silence is unknown)",
    ),
    (
        "r-eu-ministry-assistant",
        D,
        WL,
        "eu-public-sector",
        "pass",
        "the weights run in Germany only, the storage and processing sites with them too",
    ),
    (
        "r-eu-ministry-assistant",
        D,
        FLE,
        "eu-public-sector",
        "fail",
        CLOUD + "SafetyCo, a sub-processor computing on prompts and outputs in Ireland, is "
        "subject to the CLOUD Act and FISA s.702 through its US parent; the profile requires "
        "immunity (SecNumCloud) and none is certified",
    ),
    (
        "r-eu-ministry-assistant",
        D,
        SPL,
        "eu-public-sector",
        "pass",
        "GDPR Art. 28(2), (4): every sub-processor and every operated site is in the EEA, the "
        "list is complete and changes need prior specific authorisation",
    ),
    (
        "r-eu-ministry-assistant",
        D,
        DL,
        "eu-public-sector",
        "pass",
        "every storage and processing site is in Germany, the Netherlands or Ireland, the "
        "lists complete, elsewhere only with prior written consent",
    ),
    (
        "r-eu-ministry-assistant",
        D,
        PL,
        "eu-public-sector",
        "pass",
        "support staff sit in Germany and the Netherlands only",
    ),
    (
        "r-eu-ministry-assistant",
        D,
        CHK,
        "eu-public-sector",
        "pass",
        "keys generated and held in the ministry's HSMs; encryption at rest and in transit "
        "(EDPB Recommendations 01/2020, Annex 2, use case 1)",
    ),
    (
        "r-alliance-translation",
        D,
        WC,
        "alliance-unclassified",
        "fail",
        CUSTODY + "the profile asks for infrastructure the alliance or a member government "
        "controls; the agency's data centre is run by the provider's US affiliate, whose "
        "staff hold the weights",
    ),
    (
        "r-alliance-translation",
        D,
        WL,
        "alliance-unclassified",
        "pass",
        "the weights are in Belgium, inside the NATO group",
    ),
    (
        "r-alliance-translation",
        D,
        FLE,
        "alliance-unclassified",
        "not_applicable",
        "the alliance profile does not require immunity: a member's laws may reach the provider",
    ),
    (
        "r-alliance-translation",
        D,
        SPL,
        "alliance-unclassified",
        "pass",
        "GDPR Art. 28(2), (4) as the alliance's policy: the only sub-processor processes in "
        "the United States, inside the NATO group, listed in full",
    ),
    (
        "r-alliance-translation",
        D,
        DL,
        "alliance-unclassified",
        "pass",
        "data in the Netherlands and the United States, both NATO members, the lists complete",
    ),
    (
        "r-us-army-il6",
        D,
        WC,
        "us-defence",
        "pass",
        "the us-defence profile accepts a vendor-operated environment inside the IL6 "
        "accreditation (government_weight_custody: false) and asks only that the vendor keep no "
        "copy of customer-specific weights (DR-02), which the contract rules out: met whether "
        "or not any are created (was not_applicable until 7 Dec 2026, which read a contract "
        "silent on whether customer-specific weights (fine-tunes, adapters) are created as "
        "creating none; the legal notes' DR-02 make the rule not applicable only where none are"
        " created, and silence is unknown)",
    ),
    (
        "r-us-army-il6",
        D,
        SPL,
        "us-defence",
        "fail",
        "the vendor's German affiliate, acting as sub-processor, reaches the data from "
        "Germany, outside the US and its outlying areas (DFARS 252.239-7010(b)(3) as the "
        "profile's policy)",
    ),
    (
        "r-us-army-il6",
        D,
        DL,
        "us-defence",
        "fail",
        "remote support is processing in Germany, outside the allowed places (DoD Cloud "
        "Computing SRG, impact levels: data in the US, its outlying areas or on DoD premises)",
    ),
    (
        "r-us-army-il6",
        D,
        PL,
        "us-defence",
        "fail",
        "the personnel clause lists the US only, but support runs from Wiesbaden",
    ),
]


test_audit34_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)

test_audit34_profile_verdict = profile_verdict_test(DATA, PROFILE_CASES)


def test_every_audit34_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in KNOWN_WRONG),
        (row[0] for row in PROFILE_CASES),
    )
