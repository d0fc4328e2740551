"""Forty-ninth legal-fidelity audit: data residency and sovereignty in realistic
sovereign-cloud contracts. Seven descriptions (tests/data/audit49/*.yaml), written blind
from the law (GDPR Chapter V and Art. 28, C-311/18 Schrems II, the EU-US adequacy decision
(EU) 2023/1795, the 2021 SCCs, the US CLOUD Act and FISA s.702, SecNumCloud's immunity
criteria) and from how such contracts are drafted, run through the real CLI under the
`data-residency` pack's defaults and under the `eu-public-sector` profile, and read as
counsel would.

The contracts: a French joint venture, owned by French groups, operating a US
hyperscaler's licensed stack with the customer's own keys; a US hyperscaler's Irish
subsidiary whose "EU Data Boundary" excludes service-generated telemetry, sent to the US
under the Data Privacy Framework; "customer-held keys" imported into an HSM the vendor
operates, with US support under the SCCs and an impact assessment whose only measure is
that encryption; a German vendor with follow-the-sun support from India and the US; a
fine-tuned model hosted "in the customer's region" with vendor copies kept in the US for
safety evaluation; an exit clause that returns the data but leaves the fine-tuned weights
with the vendor; backups in Switzerland (adequate, but outside an EEA residency
requirement) until an amendment moves them, beside a sub-processor list "available on
request".

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test, verdict_test

DATA = Path(__file__).parent / "data" / "audit49"

DR = "data-residency"
EPS = "eu-public-sector"
D = "2027-06-01"
#: The day Amendment No. 1 moves the Portuguese ministry's backups from Switzerland to
#: Germany.
JUL = "2027-07-01"

#: The customer's residency requirement (a parameter, the EEA by default).
RES = "customer's residency requirement (GDPR Art. 28(3)(a), Art. 44; EDPB Guidelines 05/2021)"
#: The US CLOUD Act's reach.
CLOUD = (
    "18 U.S.C. s.2713 (CLOUD Act): a US provider must disclose data in its possession, "
    "custody or control wherever stored, which reaches data its EU subsidiary holds; FISA "
    "s.702 (50 U.S.C. s.1881a) likewise reaches US electronic communication service "
    "providers (C-311/18 Schrems II, paras 180-184)"
)
#: Remote access as a transfer and as processing where the person sits.
REMOTE = (
    "remote access from a third country to data stored in the EEA is a transfer (EDPB "
    "Guidelines 05/2021 on the interplay of Art. 3 and Chapter V, para 16 and Example 8; "
    "EDPB Guidelines 07/2020) and processing in that country"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- French JV running a licensed US stack ---
    (
        "jv-sovereign-stack",
        D,
        f"{DR}/foreign-law-exposure",
        "pass",
        "the provider and its parent are French and subject to no third-country access law "
        "(parties; clause 5): the US licensor, which holds none of the roles of a provider, "
        "processor or sub-processor (clause 5: no access; the description first left its "
        "roles open, and the tool rightly said unknown), supplies software only, holds no "
        "data and has no access, so it has no 'possession, custody or control' the CLOUD "
        "Act (18 U.S.C. s.2713) could compel; immunity rests on ownership and operation, "
        "not on the SecNumCloud qualification still in progress (SecNumCloud 3.2, ch. 19.6, "
        "is one way to show it, not the only one)",
    ),
    (
        "jv-sovereign-stack",
        D,
        f"{DR}/customer-held-keys",
        "pass",
        "clause 6: keys generated and held in the Ministry's own key manager; the provider "
        "cannot decrypt without them (EDPB Recommendations 01/2020, Use Case 1 reasoning)",
    ),
    (
        "jv-sovereign-stack",
        D,
        f"{DR}/data-locations",
        "pass",
        f"{RES}: clause 5 keeps storage and processing in France, complete lists",
    ),
    (
        "jv-sovereign-stack",
        D,
        f"{DR}/sub-processor-locations",
        "pass",
        "clause 7 and Annex 3: the only sub-processor is a French data-centre operator with "
        "a French parent (GDPR Art. 28(2), (4))",
    ),
    (
        "jv-sovereign-stack",
        D,
        f"{DR}/personnel-location",
        "pass",
        "clause 6: privileged and support staff in France only, cleared",
    ),
    (
        "jv-sovereign-stack",
        D,
        f"{DR}/weights-custody",
        "fail",
        "under the pack's default (government custody of the weights required), the model "
        "runs on the provider's infrastructure (clause 5), not the Ministry's; the JV's "
        "sovereignty does not make its data centre the customer's",
    ),
    (
        "jv-sovereign-stack",
        D,
        f"{DR}/transfer-mechanism",
        "not_applicable",
        "clause 7: no personal data leaves the EEA (a complete empty list of transfers), so "
        "no Chapter V ground is needed (GDPR Art. 44)",
    ),
    (
        "jv-sovereign-stack",
        D,
        f"{DR}/exit-deletion",
        "pass",
        "clause 12: return and deletion within 30 days, backups included, certified, nothing "
        "derived kept (GDPR Art. 28(3)(g))",
    ),
    (
        "jv-sovereign-stack",
        D,
        f"{DR}/vendor-access",
        "pass",
        "clause 6: no standing access; each session approved by the Ministry and logged",
    ),
    # --- "EU Data Boundary" that excludes telemetry ---
    (
        "eu-boundary-telemetry",
        D,
        f"{DR}/telemetry-location",
        "fail",
        "clause 4 excludes service-generated data (telemetry, logs) from the boundary and "
        "lets the provider process it in the US: telemetry leaves the allowed places (GDPR "
        "Art. 44; the customer's residency requirement). The web page's 'your data stays in "
        "the EU' is no contract term and decides nothing",
    ),
    (
        "eu-boundary-telemetry",
        D,
        f"{DR}/data-locations",
        "fail",
        f"{RES}: customer data, prompts, outputs and backups stay in the EU (clause 4), but "
        "the boundary's carve-out sends service-generated data (security and service logs, "
        "which hold personal data) to the US parent, and clause 5 lists that transfer: the "
        "customer's data is then processed in the US (GDPR Arts 4(2), 44). Counsel's blind "
        "answer was pass, reading the telemetry as the telemetry rule's matter alone; the "
        "tool's fail, on the listed transfer, is right: the boundary is narrower than its "
        "name",
    ),
    (
        "eu-boundary-telemetry",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "clause 5: the transfer to the US parent rests on the EU-US adequacy decision "
        "(Commission Implementing Decision (EU) 2023/1795, Art. 1; GDPR Art. 45(1)), and the "
        "parent is certified under the Data Privacy Framework",
    ),
    (
        "eu-boundary-telemetry",
        D,
        f"{DR}/dpf-fallback",
        "pass",
        "clause 5: the recipient is certified, and the 2021 SCCs apply should the framework "
        "fall (Decision (EU) 2023/1795; the risk of a 'Schrems III')",
    ),
    (
        "eu-boundary-telemetry",
        D,
        f"{DR}/transfer-impact-assessment",
        "not_applicable",
        "the transfer rests on an adequacy decision (Art. 45), not on Art. 46 safeguards: "
        "the impact assessment C-311/18 Schrems II (paras 134-135) asks of SCC users is not "
        "needed for a certified DPF recipient (EDPB Recommendations 01/2020, para 18)",
    ),
    (
        "eu-boundary-telemetry",
        D,
        f"{DR}/customer-held-keys",
        "fail",
        "clause 6: keys managed by the provider",
    ),
    (
        "eu-boundary-telemetry",
        D,
        f"{DR}/foreign-law-exposure",
        "fail",
        f"the Irish provider's parent is American and subject to the CLOUD Act and FISA s.702 "
        f"({CLOUD}); no certification, no architectural mitigation (clause 6)",
    ),
    (
        "eu-boundary-telemetry",
        D,
        f"{DR}/vendor-access",
        "fail",
        "clause 6: the provider's engineers have standing administrative access",
    ),
    (
        "eu-boundary-telemetry",
        D,
        f"{DR}/foreign-request-handling",
        "fail",
        "clause 7: the provider notifies and challenges, but does not limit disclosure to "
        "requests made through an international agreement (GDPR Art. 48)",
    ),
    # --- "customer-held keys" in a vendor-operated HSM ---
    (
        "byok-vendor-hsm",
        D,
        f"{DR}/customer-held-keys",
        "fail",
        "clause 4: the customer generates its keys but imports them into HSMs the provider "
        "operates, and the service uses them to process the data: the provider can decrypt "
        "alone, so the keys are not held by the customer (EDPB Recommendations 01/2020, "
        "Use Case 6, para 94: keys must be retained solely under the exporter's control). "
        "The whitepaper's 'customer-held keys' is no contract term",
    ),
    (
        "byok-vendor-hsm",
        D,
        f"{DR}/foreign-law-exposure",
        "fail",
        f"the German provider's parent is American ({CLOUD}); the contract states no "
        "architectural mitigation (clause 4), and the whitepaper's claim that the keys keep "
        "data out of reach decides nothing",
    ),
    (
        "byok-vendor-hsm",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "clause 5: the support transfer to the US parent, a processor's sub-processor, rests "
        "on the 2021 SCCs, module 3 (GDPR Art. 46(2)(c); Decision (EU) 2021/914, Annex)",
    ),
    (
        "byok-vendor-hsm",
        D,
        f"{DR}/transfer-impact-assessment",
        "fail",
        "clause 5 and Annex 4: the assessment finds FISA s.702 may apply, and its only "
        "measure is encryption with keys the importer itself can use, while its engineers "
        "see the data in the clear: no effective supplementary measure (C-311/18 Schrems II, "
        "paras 134-135; EDPB Recommendations 01/2020, Use Cases 6 and 7, paras 94-97)",
    ),
    (
        "byok-vendor-hsm",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "clause 5: the US parent is a sub-processor in the US, outside the customer's EEA "
        "residency",
    ),
    (
        "byok-vendor-hsm",
        D,
        f"{DR}/personnel-location",
        "fail",
        "clause 5: support staff in the US",
    ),
    (
        "byok-vendor-hsm",
        D,
        f"{DR}/data-locations",
        "fail",
        f"{RES}: hosting is in Frankfurt (clause 3), but clause 5 lets the US parent access "
        f"Customer Data remotely in the clear: {REMOTE}",
    ),
    (
        "byok-vendor-hsm",
        D,
        f"{DR}/dpf-fallback",
        "not_applicable",
        "no transfer relies on the Data Privacy Framework (clause 5: SCCs)",
    ),
    # --- follow-the-sun support ---
    (
        "follow-the-sun",
        D,
        f"{DR}/personnel-location",
        "fail",
        "clause 6: support staff in India and the US, outside the allowed places",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/data-locations",
        "fail",
        f"{RES}: hosting in Germany (clause 3), but clause 6 gives the Indian and US "
        f"affiliates remote access to the tenant: {REMOTE}",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "clause 6 and Annex 2: sub-processors in India and the US",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "clause 6: India under the 2021 SCCs, module 3 (Art. 46(2)(c)); the US affiliate "
        "certified under the DPF (Decision (EU) 2023/1795): each transfer has a ground",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/transfer-impact-assessment",
        "pass",
        "the SCC transfer to India rests on a documented assessment (C-311/18, paras "
        "134-135; SCCs clause 14); whether its finding (no impinging law) is right is for "
        "the supervisory authority, not the contract's reader",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/dpf-fallback",
        "pass",
        "the US affiliate is certified and a fallback is agreed",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/foreign-law-exposure",
        "fail",
        f"the provider and its parent are German, but its US affiliate, a sub-processor with "
        f"remote access to the data in the clear, is subject to the CLOUD Act and FISA s.702 "
        f"({CLOUD}); customer keys do not help where support sees clear data (EDPB "
        f"Recommendations 01/2020, use case 6). The tool said unknown, waiting on a "
        f"certification the contract does not mention; no certification of the provider "
        f"takes a sub-processor out of reach of the law that binds it, and the rule now says "
        f"so (fixed in this audit)",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/customer-held-keys",
        "pass",
        "clause 3: keys in the authority's own HSM",
    ),
    # --- fine-tuned model "in region", vendor copies for safety evaluation ---
    (
        "weights-safety-copies",
        D,
        f"{DR}/weights-location",
        "fail",
        "the order form hosts the model in Ireland, but the incorporated service terms "
        "(s.9, a contract term) let the vendor keep copies of the customer's model in the "
        "US: the weights are stored outside the allowed places",
    ),
    (
        "weights-safety-copies",
        D,
        f"{DR}/weights-custody",
        "fail",
        "under the pack's default: vendor infrastructure, and vendor copies expressly "
        "allowed (service terms s.9)",
    ),
    (
        "weights-safety-copies",
        D,
        f"{DR}/telemetry-location",
        "fail",
        "service terms s.9: samples of prompts and outputs kept in the US for 24 months "
        "for safety evaluation (GDPR Art. 44)",
    ),
    (
        "weights-safety-copies",
        D,
        f"{DR}/training-on-customer-data",
        "pass",
        "clause 4 bans training on customer data, prompts and outputs without exception; "
        "keeping samples for safety evaluation is retention, not training (the telemetry "
        "and weights rules catch it)",
    ),
    (
        "weights-safety-copies",
        D,
        f"{DR}/transfer-mechanism",
        "unknown",
        "the US copies of prompts and outputs are a transfer (GDPR Art. 44), and the "
        "contract names no Chapter V ground for it: silence is unknown (the vendor's DPA, "
        "not before us, may contain one)",
    ),
    # --- exit returns data, keeps the fine-tuned weights ---
    (
        "exit-keeps-weights",
        D,
        f"{DR}/exit-deletion",
        "fail",
        "clause 14: data is returned and deleted, but the fine-tuned weights stay with the "
        "vendor, which may keep a copy: GDPR Art. 28(3)(g) requires deletion of all "
        "personal data at the end, and a model trained on personal data is not anonymous "
        "by default (EDPB Opinion 28/2024, paras 34-43); calling them the vendor's IP does "
        "not change what they hold",
    ),
    (
        "exit-keeps-weights",
        D,
        f"{DR}/weights-location",
        "pass",
        "clause 3: the model runs in Finland, on the Administration's infrastructure",
    ),
    (
        "exit-keeps-weights",
        D,
        f"{DR}/data-locations",
        "unknown",
        f"{RES}: clause 3 hosts everything in Finland, on the Administration's own "
        "infrastructure, but no term bars the vendor (which fine-tunes the model) from "
        "processing the data elsewhere or makes that subject to the customer's consent, and "
        "the contract is silent on transfers and sub-processors. Counsel's blind answer was "
        "pass, on the hosting clause alone; a description of where the system runs is not a "
        "restriction, and the tool's unknown is right",
    ),
    (
        "exit-keeps-weights",
        D,
        f"{DR}/foreign-law-exposure",
        "unknown",
        "a French provider with a French parent, subject to no third-country access law, "
        "but the contract is silent on sub-processors, and one under a US parent would be "
        "within 18 U.S.C. s.2713 whatever the provider's own status; customer-operated "
        "infrastructure is stated, but no immunity mitigation is claimed. Counsel's blind "
        "answer was pass, overlooking the silent sub-processor terms: silence is unknown",
    ),
    (
        "exit-keeps-weights",
        D,
        f"{DR}/training-on-customer-data",
        "unknown",
        "the contract neither bans nor permits training on customer data; the vendor "
        "keeping the fine-tuned weights is not a statement either way",
    ),
    (
        "exit-keeps-weights",
        D,
        f"{DR}/customer-held-keys",
        "unknown",
        "the contract is silent on encryption and keys",
    ),
    # --- backups in Switzerland, sub-processors "available on request" ---
    (
        "backups-on-request",
        D,
        f"{DR}/data-locations",
        "fail",
        f"{RES}: Annex B (prevailing over clause 4) puts the backups in Switzerland, outside "
        "the EEA. The transfer is lawful (adequacy), but residency is a stricter, "
        "contractual requirement: an adequate country is still not an allowed one",
    ),
    (
        "backups-on-request",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "Annex B: the transfer to Switzerland rests on Commission Decision 2000/518/EC, kept "
        "in force by GDPR Art. 45(9) and confirmed in the Commission's 2024 review (COM(2024) "
        "7)",
    ),
    (
        "backups-on-request",
        D,
        f"{DR}/transfer-impact-assessment",
        "not_applicable",
        "an adequacy transfer needs no Art. 46 impact assessment",
    ),
    (
        "backups-on-request",
        D,
        f"{DR}/sub-processor-authorisation",
        "fail",
        "clause 7 gives a general authorisation with the list 'available on request' and no "
        "notice of changes: GDPR Art. 28(2) requires the processor to inform the controller "
        "of any intended change, giving it the opportunity to object",
    ),
    (
        "backups-on-request",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "the list is not in the contract ('available on request'), but clause 7 lets the "
        "provider engage sub-processors with no say for the customer and no limit on where "
        "they process: the contract itself permits sub-processing outside the allowed "
        "places (GDPR Art. 28(2); the customer's residency requirement). Counsel's blind "
        "answer was unknown, reading only the missing list; what the clause permits is a "
        "term, not silence, and the tool's fail is right",
    ),
    (
        "backups-on-request",
        D,
        f"{DR}/processor-terms",
        "fail",
        "the contract does not set out the Art. 28(3) elements beyond flow-down, but the one "
        "it does set out decides: Art. 28(3)(d) requires the contract to bind the processor "
        "to the conditions of Art. 28(2) and (4), and clause 7 binds it to a general "
        "authorisation with no notice of changes and no opportunity to object (Art. 28(2), "
        "second sentence), so point (d) is not met whatever the other terms say. Was "
        "unknown; moved to fail in audit 64, when processor-terms (and led-processor-terms) "
        "began to read a stated authorisation short of Art. 28(2) as a missing point (d)",
    ),
    (
        "backups-on-request",
        JUL,
        f"{DR}/data-locations",
        "unknown",
        f"{RES}: Amendment No. 1, in force from 1 July 2027, moves the backups to Germany, "
        "so every place the contract names is in the EEA; but no term makes processing "
        "elsewhere subject to the customer's consent, and clause 7 leaves sub-processors "
        "free. Counsel's blind answer was pass; the enumerated places are not a "
        "restriction, and the tool's unknown is right (on 1 June it fails on Switzerland "
        "whatever the restriction)",
    ),
    (
        "backups-on-request",
        JUL,
        f"{DR}/transfer-mechanism",
        "not_applicable",
        "from 1 July 2027 no personal data leaves the EEA (Amendment No. 1: a complete "
        "empty list of transfers)",
    ),
    (
        "backups-on-request",
        JUL,
        f"{DR}/sub-processor-authorisation",
        "fail",
        "the amendment leaves clause 7 as it was (GDPR Art. 28(2))",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

PROFILE_CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        "jv-sovereign-stack",
        D,
        f"{DR}/weights-custody",
        EPS,
        "not_applicable",
        "the EU public-sector profile accepts a vendor-hosted model in the EEA "
        "(government_weight_custody false)",
    ),
    (
        "jv-sovereign-stack",
        D,
        f"{DR}/foreign-law-exposure",
        EPS,
        "pass",
        "immunity required by the profile: French provider and parent, no third-country "
        "law, the licensor holds nothing (18 U.S.C. s.2713)",
    ),
    (
        "eu-boundary-telemetry",
        D,
        f"{DR}/telemetry-location",
        EPS,
        "fail",
        "clause 4: telemetry to the US, outside the profile's EEA",
    ),
    (
        "eu-boundary-telemetry",
        D,
        f"{DR}/foreign-law-exposure",
        EPS,
        "fail",
        f"immunity required by the profile; US parent ({CLOUD})",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/personnel-location",
        EPS,
        "fail",
        "clause 6: support staff in India and the US",
    ),
    (
        "weights-safety-copies",
        D,
        f"{DR}/weights-custody",
        EPS,
        "fail",
        "the profile accepts a vendor-hosted model, but not that the vendor keeps copies of "
        "the customer's fine-tuned model beyond serving it: service terms s.9 let it keep "
        "them in the US for safety evaluation (legal notes DR-02: not applicable only where "
        "no customer-specific weights are created; FAIL where the vendor retains copies of "
        "customer fine-tuned weights). Was not_applicable, read as the weights-location "
        "rule's matter alone; moved when the rule came to apply to customer-specific "
        "weights under such a profile (audit 82's profile row); where the copies sit is "
        "still weights-location's",
    ),
    (
        "backups-on-request",
        D,
        f"{DR}/data-locations",
        EPS,
        "fail",
        "Annex B: backups in Switzerland, outside the profile's allowed places",
    ),
]


test_audit49_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)

test_audit49_profile_verdict = profile_verdict_test(DATA, PROFILE_CASES)


def test_every_audit49_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in KNOWN_WRONG),
        (row[0] for row in PROFILE_CASES),
    )
