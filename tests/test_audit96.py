"""Ninety-sixth legal-fidelity audit: the data-residency pack's hosting rules against HOW the
contract delivers the system, as its statement of work or service description buys it,
beside the label its residency, custody, key or access clause gives it. Six descriptions
(tests/data/audit96/*.yaml), each isolating one delivery model: a "sovereign cloud" that is
the vendor's public region run by a local partner for it; an "on-premises" appliance that
phones home for telemetry and updates with vendor administrator rights; an "air-gapped"
SECRET enclave whose model updates uncleared vendor engineers carry in and install through
standing administrator accounts; a hybrid whose inference is on-premises while fine-tuning
runs in the vendor's US training cloud; a "government cloud" whose "customer-managed" keys
sit in the vendor's key service; and a "customer-controlled" tenant in a hyperscaler
region under a US parent. Rows under the pack's default parameters (the empty profile) and
under the built-in profiles eu-public-sector and us-defence where the profile moves the
verdict.

Sources: the project's legal notes (DR-01 to DR-06, DR-15; section 6.1's six checkable
terms for government custody of weights); GDPR Arts 28(3)(a), 32, 44-46; 18 U.S.C. 2713
(the CLOUD Act: data in a provider's possession, custody or control, wherever stored);
FISA s.702 (50 U.S.C. 1881a); EDPB Recommendations 01/2020, Annex 2, use case 6 (no
effective technical measure where the provider processes the data in the clear); the DoD
Cloud Computing SRG (IL6: DoD PKI, SECRET); RAND RR-A2849-1 (those with access to the
weights' hosts among the attack vectors).

The blind answers (43 rows) were written and committed before the tool was run. On the
first run 37 matched and six did not, all of the kind the brief asked to look for, a label
the delivery contradicts, read on the label:

- foreign-law-exposure passed the "customer-controlled" tenant in the hyperscaler's own
  cloud, by default and under eu-public-sector (two wrong PASSes): its architectural route
  (customer-held keys on customer-operated infrastructure) read the control the contract
  states of the tenant, though the contract has the US-parented provider run the system in
  its own cloud and compute on the data in the clear (18 U.S.C. 2713; EDPB
  Recommendations 01/2020, Annex 2, use case 6). The route now also requires that the
  system is not stated to be run by the vendor in its own cloud (system.deployment_model
  vendor-cloud), as weights-custody does since audit 94's fix.
- customer-held-keys passed the on-premises appliance and the air-gapped enclave (two wrong
  PASSes), whose keys the customer holds while the vendor holds standing administrator
  rights on the nodes that use them: the vendor reads the data without the customer's
  action (legal notes DR-03). The rule now fails where the contract states vendor standing
  administrative access (a contract silent on access leaves the key clause to decide).
- telemetry-location said not_applicable for the air-gapped enclave (a wrong
  not_applicable): the definition air-gapped-without-vendor-telemetry (DR-15
  NOT_APPLICABLE, "fully air-gapped customer-operated") did not read vendor access, and
  vendor engineers with standing administrator accounts administer the deployment. The
  definition no longer holds where the contract states such access (exit-deletion, which
  uses it, moves the same way; no row here reads it).
- personnel-location passed the hybrid whose fine-tuning runs in a training cloud a US
  sub-processor operates in Virginia (a wrong PASS): the contract's personnel list, stated
  in full, names only the vendor's staff in Paris, and the training cloud is not recorded
  as a place of support access, while the operator's administrators reach the training
  documents and weights there (legal notes DR-05 FAIL). The rule now also fails a place
  outside the allowed jurisdictions where the contract has the data stored or processed
  and names as its operator a party other than the customer (no earlier audit row moved).

Moved in an earlier audit, argued in its row: audit 75's MOD logistics row of
customer-held-keys, unknown (key custody left to a blank annex) and now fail, as the vendor
processes the data on its own infrastructure with standing administrative access, so no
key clause the annex could hold meets DR-03.

No blind answer was wrong; no row is left as an xfail. Not checked by any rule, noted for
the lead: DR-05's clearance
and nationality limb (data.personnel.clearance_required) is read by no rule; the enclave's
uncleared vendor engineers pass personnel-location on their location, which is all that
rule and its parameter ask.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, profile_verdict_test

DATA = Path(__file__).parent / "data" / "audit96"

DR = "data-residency"
#: No profile: the pack's default parameters (EEA residency, government custody of the
#: weights, identity, immunity, customer-held keys and personnel location all required).
DEFAULT = ""
EU = "eu-public-sector"
US = "us-defence"
#: Every contract is read within its term.
D = "2027-06-01"

#: 18 U.S.C. 2713 and EDPB Recommendations 01/2020.
CLOUD_ACT = (
    "18 U.S.C. 2713 reaches data in the provider's possession, custody or control wherever "
    "it is stored, and FISA s.702 (50 U.S.C. 1881a) compels a US provider's assistance"
)
IN_THE_CLEAR = (
    "EDPB Recommendations 01/2020, Annex 2, use case 6: no effective technical measure "
    "where the provider processes the data in the clear on its own infrastructure"
)

CASES: list[tuple[str, str, str, str, str, str]] = [
    # --- a "sovereign cloud": the vendor's public region, run for it by a local partner ---
    (
        "sovereign-partner-region",
        D,
        f"{DR}/data-locations",
        DEFAULT,
        "pass",
        "storage and processing only in Frankfurt, a complete list, processing elsewhere on "
        "prior written consent, no transfer, the one sub-processor in Germany (DR-01 PASS; "
        "GDPR Art. 28(3)(a))",
    ),
    (
        "sovereign-partner-region",
        D,
        f"{DR}/weights-custody",
        DEFAULT,
        "fail",
        "the weights run in Nimbus's own public region (vendor-cloud, controlled by the "
        "vendor), operated for it by its cloud operator: neither the customer nor its "
        "government controls the infrastructure (DR-02 FAIL; 6.1 term 1); the local "
        "partner runs the hosts for the vendor, not for the Agency",
    ),
    (
        "sovereign-partner-region",
        D,
        f"{DR}/foreign-law-exposure",
        DEFAULT,
        "fail",
        f"the provider is a US company; {CLOUD_ACT}; a German operator running Nimbus's "
        "region for Nimbus leaves the data in Nimbus's control; BSI C5 and ISO 27001 do not "
        "certify immunity, and no architecture is claimed (DR-06 FAIL)",
    ),
    (
        "sovereign-partner-region",
        D,
        f"{DR}/customer-held-keys",
        DEFAULT,
        "fail",
        "keys in the region's key service, run for the vendor: the vendor can decrypt alone "
        "(DR-03 FAIL)",
    ),
    (
        "sovereign-partner-region",
        D,
        f"{DR}/personnel-location",
        DEFAULT,
        "pass",
        "support only by the operator's staff in Germany, a complete list, no support site "
        "elsewhere (DR-05 PASS on location)",
    ),
    (
        "sovereign-partner-region",
        D,
        f"{DR}/weights-custody",
        EU,
        "not_applicable",
        "the EU public-sector profile accepts vendor-hosted weights, and the contract states "
        "no customer-specific weights are created (DR-02 NOT_APPLICABLE)",
    ),
    (
        "sovereign-partner-region",
        D,
        f"{DR}/foreign-law-exposure",
        EU,
        "fail",
        f"the profile requires immunity; the provider is a US company ({CLOUD_ACT}); no "
        "certification or architecture (DR-06 FAIL)",
    ),
    # --- an "on-premises" appliance that phones home ---
    (
        "onprem-phone-home",
        D,
        f"{DR}/data-locations",
        DEFAULT,
        "fail",
        "the update service in Virginia administers the appliance and receives logs: a "
        "processing place in the US, and a transfer to the US (DR-01 FAIL: processing and "
        "support elsewhere; GDPR Art. 44)",
    ),
    (
        "onprem-phone-home",
        D,
        f"{DR}/telemetry-location",
        DEFAULT,
        "fail",
        "usage telemetry, safety-classifier events and diagnostic logs go to Ironclad's "
        "cloud in Virginia (DR-15 FAIL: vendor export)",
    ),
    (
        "onprem-phone-home",
        D,
        f"{DR}/weights-location",
        DEFAULT,
        "pass",
        "the weights are stored and run only on the appliance in Utrecht, a complete list; "
        "remote administration from Virginia neither stores nor runs them (who can reach "
        "them is weights-custody's question)",
    ),
    (
        "onprem-phone-home",
        D,
        f"{DR}/weights-custody",
        DEFAULT,
        "fail",
        "the vendor's update service holds standing administrator rights on the serving "
        "nodes, and the vendor may take logs out: 'on-premises' is not custody (DR-02 FAIL; "
        "6.1 terms 2 and 4: vendor access break-glass only, updates installed by the "
        "customer; RAND RR-A2849-1)",
    ),
    (
        "onprem-phone-home",
        D,
        f"{DR}/vendor-access",
        DEFAULT,
        "fail",
        "standing administrator access through a permanent connection, no per-session "
        "approval (DR-04 FAIL)",
    ),
    (
        "onprem-phone-home",
        D,
        f"{DR}/identity-management",
        DEFAULT,
        "fail",
        "the update service's administrator accounts are Ironclad's own, outside the city's "
        "identity provider (DR-04 FAIL: vendor-managed identities)",
    ),
    (
        "onprem-phone-home",
        D,
        f"{DR}/customer-held-keys",
        DEFAULT,
        "fail",
        "the keys are generated in the city's HSM, but the vendor holds standing "
        "administrator rights on the nodes that use them, so it can read the data without "
        "the customer's action (DR-03 PASS requires that the vendor cannot decrypt without "
        "customer action). The tool passed (a wrong PASS): it read the key clause alone. "
        "Fixed: customer-held-keys fails where the contract gives vendor staff standing "
        "administrative access",
    ),
    (
        "onprem-phone-home",
        D,
        f"{DR}/foreign-law-exposure",
        DEFAULT,
        "fail",
        f"US provider ({CLOUD_ACT}); the architecture claimed does not hold: the provider "
        "keeps standing administrator access and exports telemetry and logs to its own "
        "cloud (DR-06 FAIL)",
    ),
    # --- an "air-gapped" enclave whose updates vendor engineers carry in ---
    (
        "airgapped-enclave-couriers",
        D,
        f"{DR}/telemetry-location",
        US,
        "pass",
        "prompts, outputs, logs and telemetry stay in the enclave in Virginia, no export "
        "(DR-15 PASS); not the DR-15 NOT_APPLICABLE case, as vendor engineers administer the "
        "serving nodes through standing accounts: the deployment is not customer-operated "
        "only. The tool said not_applicable (a wrong not_applicable): the definition "
        "air-gapped-without-vendor-telemetry did not read vendor access. Fixed: it does not "
        "hold where the contract gives vendor staff standing administrative access",
    ),
    (
        "airgapped-enclave-couriers",
        D,
        f"{DR}/vendor-access",
        US,
        "fail",
        "standing vendor administrator accounts, installations on the vendor's schedule "
        "without per-session approval (DR-04 FAIL)",
    ),
    (
        "airgapped-enclave-couriers",
        D,
        f"{DR}/identity-management",
        US,
        "fail",
        "the vendor's administrator accounts are its own, not DoD PKI identities (DR-04 "
        "FAIL; DoD Cloud SRG: DoD PKI for privileged access)",
    ),
    (
        "airgapped-enclave-couriers",
        D,
        f"{DR}/personnel-location",
        US,
        "pass",
        "the engineers work on site at Fort Belvoir, in the US: the profile's requirement is "
        "location (personnel_location_required), which is met; that they need hold no "
        "clearance is outside this rule (DR-05's clearance limb is checked by no rule)",
    ),
    (
        "airgapped-enclave-couriers",
        D,
        f"{DR}/classification-boundary",
        US,
        "pass",
        "SECRET ceiling within the profile's SECRET limit, on an enclave accredited for "
        "SECRET, higher inputs forbidden (DR-14 PASS)",
    ),
    (
        "airgapped-enclave-couriers",
        D,
        f"{DR}/weights-custody",
        US,
        "not_applicable",
        "the US defence profile accepts a vendor-operated environment "
        "(government_weight_custody false) and no customer-specific weights are created "
        "(DR-02 NOT_APPLICABLE)",
    ),
    (
        "airgapped-enclave-couriers",
        D,
        f"{DR}/weights-custody",
        DEFAULT,
        "fail",
        "under government custody, vendor engineers with standing administrator accounts who "
        "install updates themselves hold the weights: 6.1 term 2 (vendor access break-glass "
        "only) and term 4 (updates installed by the customer after review) are not met "
        "(DR-02 FAIL; RAND RR-A2849-1)",
    ),
    (
        "airgapped-enclave-couriers",
        D,
        f"{DR}/customer-held-keys",
        DEFAULT,
        "fail",
        "the keys are in the Army's HSM, but vendor engineers hold standing administrator "
        "accounts on the nodes that use them and can read the data without the customer's "
        "action (DR-03). The tool passed (a wrong PASS), fixed as for onprem-phone-home",
    ),
    # --- a hybrid: inference on-premises, fine-tuning in the vendor's US training cloud ---
    (
        "hybrid-finetune-cloud",
        D,
        f"{DR}/data-locations",
        DEFAULT,
        "fail",
        "the training documents are stored and processed in Virginia, by a US sub-processor, "
        "under a transfer to the US (DR-01 FAIL)",
    ),
    (
        "hybrid-finetune-cloud",
        D,
        f"{DR}/weights-location",
        DEFAULT,
        "fail",
        "the fine-tuned weights are produced and held, for each cycle, in the Virginia "
        "training cloud, whatever the weights clause says of Paris",
    ),
    (
        "hybrid-finetune-cloud",
        D,
        f"{DR}/weights-custody",
        DEFAULT,
        "fail",
        "the fine-tuned weights are produced on infrastructure a third party controls and "
        "the vendor's sub-processor runs (DR-02 FAIL; 6.1 term 1 covers fine-tuned variants)",
    ),
    (
        "hybrid-finetune-cloud",
        D,
        f"{DR}/telemetry-location",
        DEFAULT,
        "pass",
        "prompts, outputs, logs and telemetry stay in Paris, no export; the training cloud "
        "holds training documents and weights only (DR-15 PASS)",
    ),
    (
        "hybrid-finetune-cloud",
        D,
        f"{DR}/foreign-law-exposure",
        DEFAULT,
        "fail",
        f"the training cloud is run by a US sub-processor ({CLOUD_ACT}); no certification, "
        "no architecture (DR-06 FAIL)",
    ),
    (
        "hybrid-finetune-cloud",
        D,
        f"{DR}/personnel-location",
        DEFAULT,
        "fail",
        "the training cloud holding the training documents and weights is operated by "
        "Stratus in Virginia, whose administrators reach them there (DR-05 FAIL: access to "
        "data or weights from outside the allowed jurisdictions), whatever the personnel "
        "list says of Paris. The tool passed (a wrong PASS): it read the personnel list "
        "and the support sites only. Fixed: personnel-location fails a place outside the "
        "allowed jurisdictions where the contract has the data stored or processed and "
        "names as its operator a party other than the customer",
    ),
    (
        "hybrid-finetune-cloud",
        D,
        f"{DR}/weights-custody",
        EU,
        "pass",
        "the profile accepts vendor-hosted weights; customer-specific weights are created, "
        "and the vendor keeps no copy beyond delivery (DR-02: fails only where the vendor "
        "retains copies of customer fine-tuned weights)",
    ),
    # --- a "government cloud" with "customer-managed" keys in the vendor's KMS ---
    (
        "govcloud-vendor-kms",
        D,
        f"{DR}/customer-held-keys",
        DEFAULT,
        "fail",
        "keys the customer creates and rotates in the vendor's key service, which decrypts "
        "on the service's request, are the vendor's (DR-03 FAIL: vendor-managed keys)",
    ),
    (
        "govcloud-vendor-kms",
        D,
        f"{DR}/foreign-law-exposure",
        DEFAULT,
        "fail",
        f"US parent ({CLOUD_ACT}); the claimed architecture does not hold: the provider "
        f"runs the region and holds the keys ({IN_THE_CLEAR}; DR-06 FAIL)",
    ),
    (
        "govcloud-vendor-kms",
        D,
        f"{DR}/weights-custody",
        DEFAULT,
        "fail",
        "a 'government cloud' run by the vendor is government-accredited, not "
        "government-controlled: the vendor controls and operates it (DR-02 FAIL)",
    ),
    (
        "govcloud-vendor-kms",
        D,
        f"{DR}/data-locations",
        DEFAULT,
        "pass",
        "storage and processing only in Madrid, a complete list, elsewhere on consent, no "
        "transfers (DR-01 PASS)",
    ),
    (
        "govcloud-vendor-kms",
        D,
        f"{DR}/weights-custody",
        EU,
        "pass",
        "the profile accepts vendor-hosted weights; the vendor keeps no copy of the "
        "fine-tuned weights beyond the one serving the Ministry (DR-02)",
    ),
    (
        "govcloud-vendor-kms",
        D,
        f"{DR}/customer-held-keys",
        EU,
        "fail",
        "the profile requires customer-held keys; the keys sit in the vendor's key service "
        "(DR-03 FAIL)",
    ),
    # --- a "customer-controlled" tenant in a hyperscaler under a US parent ---
    (
        "customer-tenant-hyperscaler",
        D,
        f"{DR}/foreign-law-exposure",
        DEFAULT,
        "fail",
        f"the provider has a US parent ({CLOUD_ACT}); the system is run by the vendor in its "
        "own cloud, so the 'Customer Tenant under the Customer's sole control' is not "
        "customer-operated infrastructure: the provider computes on the data in the clear "
        f"with keys its service obtains ({IN_THE_CLEAR}; DR-06 FAIL). The tool passed (a "
        "wrong PASS): the architectural route read the control the contract states of the "
        "tenant. Fixed: that route fails a system the contract has the vendor run in its own "
        "cloud (system.deployment_model vendor-cloud), as weights-custody does",
    ),
    (
        "customer-tenant-hyperscaler",
        D,
        f"{DR}/weights-custody",
        DEFAULT,
        "fail",
        "the vendor runs the system in its own cloud: the weights run on infrastructure it "
        "controls, whatever the tenant is called (DR-02 FAIL)",
    ),
    (
        "customer-tenant-hyperscaler",
        D,
        f"{DR}/data-locations",
        DEFAULT,
        "pass",
        "storage and processing only in Frankfurt, a complete list, elsewhere on consent, no "
        "transfers or sub-processors (DR-01 PASS)",
    ),
    (
        "customer-tenant-hyperscaler",
        D,
        f"{DR}/telemetry-location",
        DEFAULT,
        "pass",
        "prompts, outputs, logs and telemetry in Frankfurt, no export, support staff in "
        "Germany and Ireland (DR-15 PASS)",
    ),
    (
        "customer-tenant-hyperscaler",
        D,
        f"{DR}/customer-held-keys",
        DEFAULT,
        "pass",
        "keys generated and held in the Ministry's own HSM, which the customer can revoke; "
        "no standing vendor access (DR-03 PASS); that the service computes on the data in "
        "the clear is foreign-law-exposure's question",
    ),
    (
        "customer-tenant-hyperscaler",
        D,
        f"{DR}/foreign-law-exposure",
        EU,
        "fail",
        f"the profile requires immunity; US parent ({CLOUD_ACT}); a vendor-run cloud is no "
        f"customer-operated infrastructure ({IN_THE_CLEAR}; DR-06 FAIL). A wrong PASS on the "
        "first run, fixed as under the default parameters",
    ),
    (
        "customer-tenant-hyperscaler",
        D,
        f"{DR}/weights-custody",
        EU,
        "not_applicable",
        "the profile accepts vendor-hosted weights, and no customer-specific weights are "
        "created (DR-02 NOT_APPLICABLE)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str, str]] = []


test_audit96_verdict = profile_verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit96_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
