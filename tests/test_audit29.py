"""Twenty-ninth legal-fidelity audit: the built-in profiles (us-defence,
alliance-unclassified, eu-public-sector) and the residency rules their parameters drive,
each contract the smallest that isolates one point, and three realistic contracts that
exercise several rules at once, run through the real CLI under a profile
(tests/data/audit29/*.yaml).

Each row: file, as-of date, rule, profile, the verdict a lawyer reading the contract would
give under that customer's policy, and the reason (instrument, provision). A PASS here must
rest on terms in force on that date, binding in rank and not contradicted by what the
contract buys; silence is unknown.

Parameters checked against the policy each profile cites: us-defence allowed the 50 States
and DC only, while DFARS 252.239-7010(b)(3) keeps Government data "within the 50 States, the
District of Columbia, or outlying areas of the United States" (FAR 2.101: the commonwealths,
territories and minor outlying islands) and the SRG table the rules cite says the same (fixed:
Guam and Puerto Rico failed; the US nation profile too). eu-public-sector allowed the EEA
group, which does not list the outermost regions with their own ISO codes (TFEU Arts 349,
355(1)) nor the Aland Islands (Art. 355(4)), Union territory where the GDPR applies (fixed:
Reunion failed). The alliance's NATO group is read on the as-of date (Sweden from 7 Mar
2024).

The classification boundary (NATO Security Policy C-M(2002)49-REV1; DoD Cloud SRG IL6): a
civilian ministry's deal whose ceiling is NATO RESTRICTED buys the processing of classified
information though no party, purpose, data category or network says so (fixed: the rule was
not applicable; the definition security-customer now reads a stated ceiling at restricted
or above); SECRET on SIPRNet under us-defence and under the unclassified profiles; TOP
SECRET; an unclassified management network under a SECRET ceiling; a RESTRICTED ceiling
from a later amendment; a ban on higher inputs only 'where practicable'.

The rest, each under the profile whose parameter turns it on: weights outside the alliance
in a peak-load region, a vendor-run weights backup beside a custody clause, the bar on
vendor copies in a lapsing side letter and in a blog post, a vendor-hosted API where the
profile does not require custody; telemetry the vendor may export unless the customer
objects, an amendment that ends export from a later date, a US safety stack beside an EEA
telemetry clause; support 'from any location', administration from India beside a US-only
personnel clause, an open personnel list; standing vendor access replaced from a later
date, identity management in a press report, vendor-managed support accounts; a vendor key
escrow, customer-held keys from a later side letter, encryption in transit unstated; IL5
without IL6, IL6 from a later amendment, an accreditation the vendor may let lapse;
third-country exposure through a hosting sub-processor, a claimed architectural mitigation
while the provider computes on the data and on a third country's government cloud (fixed:
foreign-law-exposure passed it, reading any government's infrastructure as the customer's),
immunity certified in a lapsing side letter; audit
logging that leaves out the vendor's administration.
"""

from __future__ import annotations

import json
from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test, verdict_test
from conftest import cli

DATA = Path(__file__).parent / "data" / "audit29"

DR = "data-residency"
D = "2027-06-01"
LATER = "2028-06-01"
US = "us-defence"
NATO = "alliance-unclassified"
EU = "eu-public-sector"

SRG = "DoD Cloud Computing SRG, IL6"
DFARS = "DFARS 252.239-7010(b)(3)"
NATO_POLICY = "NATO Security Policy C-M(2002)49-REV1"

#: Rows run with the packs' default parameters (no profile).
CASES: list[tuple[str, str, str, str, str]] = [
    (
        "cb-civil-ceiling-restricted",
        D,
        f"{DR}/classification-boundary",
        "fail",
        f"{NATO_POLICY}: a ceiling of NATO RESTRICTED buys the processing of classified "
        "information, above the default unclassified limit, though the parties, purposes and "
        "data categories are civilian (was not applicable)",
    ),
]

PROFILE_CASES: list[tuple[str, str, str, str, str, str]] = [
    # --- profile parameters against the policy they cite ---
    (
        "dl-dod-outlying-areas",
        D,
        f"{DR}/data-locations",
        US,
        "pass",
        f"{DFARS}: Government data may be kept in the outlying areas of the United States "
        "(FAR 2.101: Guam, Puerto Rico among them); the list is complete and other places "
        "need the contracting officer's consent (was fail)",
    ),
    (
        "dl-dod-outlying-areas",
        D,
        f"{DR}/personnel-location",
        US,
        "pass",
        "support staff in the US and Guam, both within the US and its outlying areas the "
        "profile allows (was fail)",
    ),
    (
        "dl-alliance-sweden",
        "2023-06-01",
        f"{DR}/data-locations",
        NATO,
        "fail",
        "North Atlantic Treaty, Art. 10: Sweden acceded on 7 Mar 2024; on 1 Jun 2023 data "
        "hosted there is outside the member states",
    ),
    (
        "dl-alliance-sweden",
        "2024-03-06",
        f"{DR}/data-locations",
        NATO,
        "fail",
        "the day before Sweden's accession (7 Mar 2024) it is not yet a member",
    ),
    (
        "dl-alliance-sweden",
        "2024-03-07",
        f"{DR}/data-locations",
        NATO,
        "pass",
        "from 7 Mar 2024 Sweden is a member state; storage and processing listed in full "
        "there, with the customer's consent needed elsewhere",
    ),
    (
        "dl-eu-reunion",
        D,
        f"{DR}/data-locations",
        EU,
        "pass",
        "TFEU Arts 349 and 355(1): Reunion is an outermost region, Union territory where the "
        "GDPR applies; storage there and processing in France, listed in full, with consent "
        "needed elsewhere (was fail)",
    ),
    (
        "dl-eu-reunion",
        D,
        f"{DR}/data-locations",
        US,
        "fail",
        f"{DFARS}: Reunion and France are outside the US",
    ),
    # --- data locations ---
    (
        "dl-vendor-may-relocate-on-notice",
        D,
        f"{DR}/data-locations",
        EU,
        "fail",
        "GDPR Art. 28(3)(a): clause 5 lets the vendor move processing to any region on notice, "
        "without the customer's instruction, whatever the location list says",
    ),
    (
        "dl-press-only",
        D,
        f"{DR}/data-locations",
        EU,
        "unknown",
        "the EEA-only hosting is stated only in the vendor's public statement, which binds no "
        "one; the contract is silent",
    ),
    (
        "dl-eu-list-us-transfer",
        D,
        f"{DR}/data-locations",
        EU,
        "fail",
        "GDPR Art. 44: the contract lists a transfer to the US, whose recipient processes the "
        "data there, outside the EEA the customer allows",
    ),
    (
        "dl-eu-list-us-transfer",
        D,
        f"{DR}/data-locations",
        NATO,
        "pass",
        "under the alliance profile the US is a member state: every listed place and the "
        "transfer destination lie within the allowed jurisdictions",
    ),
    # --- weights ---
    (
        "wl-alliance-burst-region-au",
        D,
        f"{DR}/weights-location",
        NATO,
        "fail",
        "clause 12 runs the weights in Australia at peak load, outside the member states, "
        "whatever the weights clause lists",
    ),
    (
        "wl-alliance-burst-region-au",
        D,
        f"{DR}/weights-custody",
        NATO,
        "fail",
        "the Australian inference region is the vendor's, not the alliance's or a member "
        "government's infrastructure",
    ),
    (
        "wc-alliance-vendor-backup",
        D,
        f"{DR}/weights-custody",
        NATO,
        "fail",
        "clause 13 keeps a backup of the customer-specific weights in the vendor's own data "
        "centre, which contradicts the custody clause and its bar on vendor copies",
    ),
    (
        "wc-alliance-vendor-backup",
        D,
        f"{DR}/weights-location",
        NATO,
        "pass",
        "Belgium and the Netherlands are both member states; location is met though custody is not",
    ),
    (
        "wc-copies-bar-side-letter-lapses",
        D,
        f"{DR}/weights-custody",
        NATO,
        "pass",
        "weights on alliance-controlled infrastructure, and the side letter in force until 31 "
        "Dec 2027 bars vendor copies",
    ),
    (
        "wc-copies-bar-side-letter-lapses",
        LATER,
        f"{DR}/weights-custody",
        NATO,
        "unknown",
        "the side letter lapsed on 31 Dec 2027; the contract no longer says whether the "
        "vendor may copy the weights",
    ),
    (
        "wc-custody-press-only",
        D,
        f"{DR}/weights-custody",
        NATO,
        "unknown",
        "who controls the infrastructure and the bar on copies are stated only in the vendor's "
        "blog post, not in the contract",
    ),
    (
        "wc-vendor-hosted-api",
        D,
        f"{DR}/weights-custody",
        NATO,
        "fail",
        "the alliance requires the weights on infrastructure it or a member government "
        "controls; a vendor-hosted API fails",
    ),
    (
        "wc-vendor-hosted-api",
        D,
        f"{DR}/weights-custody",
        EU,
        "unknown",
        "the EU public-sector profile accepts a vendor-hosted service in the EEA, but not a vendor "
        "copy of customer-specific weights (DR-02); this vendor may copy weights out and the "
        "contract does not say whether any customer-specific weights are created (was "
        "not_applicable until 7 Dec 2026, which read a contract silent on whether customer-"
        "specific weights (fine-tunes, adapters) are created as creating none; the legal notes'"
        " DR-02 make the rule not applicable only where none are created, and silence is "
        "unknown)",
    ),
    # --- telemetry ---
    (
        "tl-export-unless-customer-objects",
        D,
        f"{DR}/telemetry-location",
        EU,
        "fail",
        "the vendor may export safety telemetry unless the customer objects: export is the "
        "default, not barred",
    ),
    (
        "tl-amendment-ends-export",
        D,
        f"{DR}/telemetry-location",
        EU,
        "fail",
        "clause 8 in force on 1 Jun 2027 sends telemetry to the US and lets the vendor export "
        "it; the amendment applies only from 1 Jan 2028",
    ),
    (
        "tl-amendment-ends-export",
        LATER,
        f"{DR}/telemetry-location",
        EU,
        "pass",
        "from 1 Jan 2028 the amendment replaces clause 8: telemetry in Germany only, no export",
    ),
    (
        "tl-eu-clause-us-safety-stack",
        D,
        f"{DR}/telemetry-location",
        EU,
        "fail",
        "clause 11 has the vendor's safety service process prompts and outputs in the US, "
        "whatever the telemetry clause lists",
    ),
    # --- personnel ---
    (
        "pl-any-location-support",
        D,
        f"{DR}/personnel-location",
        US,
        "fail",
        "SRG IL5/IL6 personnel requirements as the customer's policy: support 'from any "
        "location' permits every country",
    ),
    (
        "pl-us-staff-india-support",
        D,
        f"{DR}/personnel-location",
        US,
        "fail",
        "clause 15 has administration performed from Bangalore, whatever the US-only "
        "personnel clause says",
    ),
    (
        "pl-list-not-complete",
        D,
        f"{DR}/personnel-location",
        US,
        "unknown",
        "staff 'including' in the US: the list is open, so staff may sit elsewhere",
    ),
    # --- vendor access and identity ---
    (
        "va-standing-until-amendment",
        D,
        f"{DR}/vendor-access",
        US,
        "fail",
        "NIST SP 800-53 AC-2(6), AC-6 as the customer's policy: clause 12 in force on 1 Jun "
        "2027 gives vendor engineers standing administrator rights",
    ),
    (
        "va-standing-until-amendment",
        LATER,
        f"{DR}/vendor-access",
        US,
        "pass",
        "from 1 Jan 2028 the amendment replaces clause 12 with per-session access the "
        "customer approves and logs",
    ),
    (
        "im-press-only",
        D,
        f"{DR}/identity-management",
        US,
        "unknown",
        f"{SRG} (DoD PKI): the federation is claimed only in a press report; the contract is "
        "silent",
    ),
    (
        "im-press-only",
        D,
        f"{DR}/audit-logging",
        US,
        "unknown",
        "logging is claimed only in a press report; the contract is silent",
    ),
    (
        "im-vendor-accounts-for-support",
        D,
        f"{DR}/identity-management",
        NATO,
        "fail",
        "the vendor keeps local support accounts it manages itself: not all access goes "
        "through the alliance's identity management",
    ),
    (
        "im-vendor-accounts-for-support",
        D,
        f"{DR}/vendor-access",
        NATO,
        "fail",
        "those support accounts are standing access, not approved per session",
    ),
    # --- keys ---
    (
        "chk-vendor-escrow",
        D,
        f"{DR}/customer-held-keys",
        NATO,
        "fail",
        "EDPB Recommendations 01/2020, Annex 2, use case 1: the vendor holds an escrow copy "
        "and may decrypt, so the keys are not under the customer's sole control",
    ),
    (
        "chk-side-letter-from-2028",
        D,
        f"{DR}/customer-held-keys",
        EU,
        "fail",
        "on 1 Jun 2027 clause 7's vendor-managed keys are in force; the side letter is dated "
        "1 Mar 2028",
    ),
    (
        "chk-side-letter-from-2028",
        LATER,
        f"{DR}/customer-held-keys",
        EU,
        "pass",
        "from 1 Mar 2028 the side letter prevails over clause 7: customer-held keys",
    ),
    (
        "chk-at-rest-only",
        D,
        f"{DR}/customer-held-keys",
        EU,
        "unknown",
        "encryption in transit is not stated",
    ),
    # --- certification ---
    (
        "cert-il5-only",
        D,
        f"{DR}/certification",
        US,
        "fail",
        f"{SRG} and DFARS PGI 239.7602-1: SECRET data needs an IL6 provisional "
        "authorisation; the complete list holds FedRAMP High and IL5 only",
    ),
    (
        "cert-il6-amendment-from-2028",
        D,
        f"{DR}/certification",
        US,
        "fail",
        "on 1 Jun 2027 clause 14 lists IL5 only; the IL6 amendment applies from 1 Jan 2028",
    ),
    (
        "cert-il6-amendment-from-2028",
        LATER,
        f"{DR}/certification",
        US,
        "pass",
        "from 1 Jan 2028 the amendment states IL6 and the duty to keep it",
    ),
    (
        "cert-nato-accredited-not-maintained",
        D,
        f"{DR}/certification",
        NATO,
        "fail",
        "the vendor may let the NATO accreditation lapse on notice: not maintained for the term",
    ),
    # --- classification boundary ---
    (
        "cb-civil-ceiling-restricted",
        D,
        f"{DR}/classification-boundary",
        EU,
        "fail",
        f"{NATO_POLICY}: a RESTRICTED ceiling for a civilian ministry whose profile allows "
        "unclassified only (was not applicable)",
    ),
    (
        "cb-dod-secret-siprnet",
        D,
        f"{DR}/classification-boundary",
        US,
        "pass",
        f"{SRG}: SECRET on SIPRNet, accredited to SECRET, higher inputs forbidden, within the "
        "profile's ceiling",
    ),
    (
        "cb-dod-secret-siprnet",
        D,
        f"{DR}/classification-boundary",
        NATO,
        "fail",
        f"{NATO_POLICY}: a SECRET deployment read under the alliance's unclassified profile "
        "exceeds its ceiling",
    ),
    (
        "cb-dod-top-secret",
        D,
        f"{DR}/classification-boundary",
        US,
        "fail",
        f"{SRG}: IL6 is for classified information up to SECRET; TOP SECRET exceeds the "
        "profile's ceiling",
    ),
    (
        "cb-secret-ceiling-unclass-network",
        D,
        f"{DR}/classification-boundary",
        US,
        "fail",
        f"{SRG}: SECRET information only on infrastructure accredited for it; the vendor's "
        "unclassified management network is not",
    ),
    (
        "cb-alliance-restricted-from-2028",
        D,
        f"{DR}/classification-boundary",
        NATO,
        "pass",
        "on 1 Jun 2027 the ceiling is NATO UNCLASSIFIED on an unclassified network, higher "
        "inputs forbidden",
    ),
    (
        "cb-alliance-restricted-from-2028",
        LATER,
        f"{DR}/classification-boundary",
        NATO,
        "fail",
        f"{NATO_POLICY}: from 1 Jan 2028 the amendment raises the ceiling to NATO RESTRICTED, "
        "above the profile's unclassified limit",
    ),
    (
        "cb-higher-inputs-where-practicable",
        D,
        f"{DR}/classification-boundary",
        NATO,
        "unknown",
        "higher-classified inputs are kept out only 'where practicable': no firm prohibition "
        "is stated",
    ),
    # --- foreign law ---
    (
        "fle-eu-provider-us-hosting-sub",
        D,
        f"{DR}/foreign-law-exposure",
        EU,
        "unknown",
        "18 U.S.C. 2713: the hosting sub-processor's US parent brings it within the CLOUD "
        "Act, so the first route fails; no certification or mitigation is stated (silence)",
    ),
    (
        "fle-eu-provider-us-hosting-sub",
        D,
        f"{DR}/foreign-law-exposure",
        NATO,
        "not_applicable",
        "the alliance does not require immunity from a member's access laws",
    ),
    (
        "fle-clean-eu-provider",
        D,
        f"{DR}/foreign-law-exposure",
        EU,
        "pass",
        "provider and parent established in Germany, subject to no third-country access "
        "law, and no sub-processors",
    ),
    (
        "fle-mitigation-vendor-computes",
        D,
        f"{DR}/foreign-law-exposure",
        EU,
        "fail",
        "EDPB Recommendations 01/2020, Annex 2, use case 6: the provider computes on the data "
        "in the clear on its own cloud, so the claimed mitigation does not count; and no "
        "certification could cover a provider the contract states to be under a US parent and "
        "subject to the CLOUD Act (SecNumCloud 3.2, s. 19.6: EU seat, non-EU holdings capped; "
        "18 U.S.C. s.2713), so the contract's silence on one decides nothing (was unknown)",
    ),
    (
        "fle-mitigation-foreign-government-cloud",
        D,
        f"{DR}/foreign-law-exposure",
        EU,
        "fail",
        "the data runs, with customer-held keys, on infrastructure the US government controls: "
        "a third country's government holds it without any access law, so the claimed "
        "mitigation does not count; the provider is within the CLOUD Act (18 U.S.C. 2713) and "
        "no immunity qualification is held (passed before)",
    ),
    (
        "fle-secnumcloud-side-letter-lapses",
        D,
        f"{DR}/foreign-law-exposure",
        EU,
        "unknown",
        "the side letter in force until 31 Dec 2027 claims a SecNumCloud qualification for a "
        "provider the contract states to be under a US parent and subject to the CLOUD Act: "
        "SecNumCloud 3.2, s. 19.6 asks for the provider's EU seat and caps non-EU holdings, so "
        "the contract contradicts the qualification it claims, and the law reaches what the "
        "provider holds whatever the label (18 U.S.C. s.2713); only an architectural "
        "mitigation, on which the contract is silent, could keep the data out of reach (was "
        "pass: a claimed certification no longer outweighs the exposure the contract states)",
    ),
    (
        "fle-secnumcloud-side-letter-lapses",
        LATER,
        f"{DR}/foreign-law-exposure",
        EU,
        "unknown",
        "the side letter lapsed; the provider's US parent exposes it to the CLOUD Act and "
        "the contract no longer states a certification",
    ),
    # --- audit logging ---
    (
        "al-vendor-actions-excluded",
        D,
        f"{DR}/audit-logging",
        NATO,
        "fail",
        "NIST SP 800-53 AU-2: the vendor's administration is excluded from logging",
    ),
    # --- realistic contracts ---
    (
        "r-dod-il6-intel-analysis",
        D,
        f"{DR}/classification-boundary",
        US,
        "pass",
        f"{SRG}: SECRET on SIPRNet only, higher inputs forbidden",
    ),
    (
        "r-dod-il6-intel-analysis",
        D,
        f"{DR}/weights-location",
        US,
        "pass",
        f"{DFARS}: weights in Virginia and Guam only, both within the US and its outlying "
        "areas (was fail)",
    ),
    (
        "r-dod-il6-intel-analysis",
        D,
        f"{DR}/certification",
        US,
        "pass",
        "IL6 provisional authorisation held and maintained for the term",
    ),
    (
        "r-dod-il6-intel-analysis",
        D,
        f"{DR}/personnel-location",
        US,
        "fail",
        "Annex S has model engineering done from London: support access from outside the US",
    ),
    (
        "r-dod-il6-intel-analysis",
        D,
        f"{DR}/vendor-access",
        US,
        "fail",
        "Annex S prevails over clause 12 and gives the London engineers standing access",
    ),
    (
        "r-alliance-translation",
        D,
        f"{DR}/weights-custody",
        NATO,
        "fail",
        "the vendor keeps a backup of the customer-specific weights in its own US region, "
        "whatever the custody clause says",
    ),
    (
        "r-alliance-translation",
        D,
        f"{DR}/certification",
        NATO,
        "unknown",
        "the NATO accreditation is claimed only in the vendor's press release",
    ),
    (
        "r-alliance-translation",
        D,
        f"{DR}/customer-held-keys",
        NATO,
        "pass",
        "encrypted at rest and in transit with keys the alliance holds",
    ),
    (
        "r-alliance-translation",
        D,
        f"{DR}/classification-boundary",
        EU,
        "pass",
        "NATO UNCLASSIFIED ceiling on an unclassified network, higher inputs forbidden",
    ),
    (
        "r-eu-ministry-sovereign",
        D,
        f"{DR}/data-locations",
        EU,
        "pass",
        "storage in Germany and Reunion, processing in Germany, listed in full with consent "
        "needed elsewhere: all Union territory (TFEU Art. 355(1)) (was fail)",
    ),
    (
        "r-eu-ministry-sovereign",
        D,
        f"{DR}/foreign-law-exposure",
        EU,
        "pass",
        "provider, parent and the only sub-processor established in Germany or France and "
        "subject to no third-country access law; the non-binding annex is not needed",
    ),
    (
        "r-eu-ministry-sovereign",
        D,
        f"{DR}/classification-boundary",
        EU,
        "not_applicable",
        "a civilian ministry's deal: no defence party or purpose, no classified data, no "
        "network and no classified ceiling",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

test_audit29_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)
test_audit29_verdict_under_profile = profile_verdict_test(DATA, PROFILE_CASES)


def test_us_nation_profile_allows_the_outlying_areas() -> None:
    """The US national profile reads DFARS 252.239-7010(b)(3) as us-defence does: data kept
    in Guam and Puerto Rico (outlying areas, FAR 2.101) meets its location rule."""
    run = cli(
        "nations", "check", str(DATA / "dl-dod-outlying-areas.yaml"), "--nations", "US",
        "--as-of", D, "--format", "json",
    )  # fmt: skip
    assert run.code in (0, 1), run.err
    nation = json.loads(run.out)["deals"][0]["nations"][0]
    location = next(f for f in nation["fields"] if f["field"] == "location")
    verdicts = {r["id"]: r["status"] for r in location["rules"]}
    assert verdicts[f"{DR}/data-locations"] == "pass", location


def test_every_audit29_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in PROFILE_CASES),
        (row[0] for row in KNOWN_WRONG),
    )
