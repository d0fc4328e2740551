"""Hundred-and-second legal-fidelity audit: a new describer, second round. Residency,
transfer and AI Act clauses recorded from docs/vocabulary.md and docs/writing-contracts.md
alone (each fact's meaning, not the rules), nine descriptions (tests/data/audit102/*.yaml)
of the deployments the tool exists for: a civil-protection agency's residency "save for
Support Data" processed by a US affiliate under the DPF; a language office's training ban
with a carve-out for "de-identified" prompts and outputs; an alliance agency's "Bring Your
Own Key" imported into the vendor's key service; a cyber-security authority's
sub-processors "listed at the trust centre, as updated"; a defence materiel command's US
support access under SCCs that "apply where required"; an asylum office's interview
interpreting tool "to assist case officers", logs kept 30 days; a benefits agency that
fine-tunes a high-risk system under a clause that keeps the supplier "the provider"; an
alliance SOC whose derived threat intelligence goes to a global network; a defence
ministry's classified on-premises model supported from the UK.

Verdicts from the law: GDPR Arts 28, 44-49 (Regulation (EU) 2016/679), Decisions (EU)
2021/914 and 2023/1795, EDPB Recommendations 01/2020; the AI Act (Regulation (EU)
2024/1689 as amended by Regulation (EU) 2026/1744) Arts 3(23), 6, 12, 14, 19, 25-27, 43,
49, 50 and Annex III; the project's legal notes (DR-01 to DR-16, EUAI-01 to EUAI-16).
The guidance rules of the data-residency pack are read under its default parameters
(residency in the EEA and the Union territory, customer-held keys, immunity and
personnel location required).

Each row: file, as-of date, rule, the verdict counsel gives, and the reason. The blind
answers (43 rows) were written and committed before the tool was run on them. On the
first run 34 matched and nine did not.

Three were wrong PASSes from meanings that let the describer record a label:

- customer-held-keys passed the alliance agency's "Bring Your Own Key": the meaning of
  data.encryption.customer_held_keys opens with "keys are generated and held by the
  customer", which keys the customer generates in its own HSM meet, and its example
  (customer-managed keys created or rotated in the vendor's KMS) did not name keys
  generated outside and imported; the describer recorded true. The meaning now says
  imported keys the service decrypts with in the vendor's KMS or HSM are false, whoever
  generated them and though the customer may revoke them.
- telemetry-location and data-locations passed the alliance SOC whose "Threat
  Intelligence" derived from its telemetry goes to the vendor's global network: the
  meaning of data.telemetry.vendor_export named prompts, outputs and telemetry, and the
  contract said the derived data "contains no Customer Data"; the describer recorded
  false and kept France as the only place of processing. The meanings of vendor_export
  and data.locations_restricted now say data derived from the customer's data or
  telemetry counts, whatever the contract calls it: true, and false.

Six were blind answers, wrong, argued in their rows:

- The benefits agency that fine-tunes, outside the supplier's conformity assessment, a
  system whose contract keeps the supplier "the provider" (five rows answered unknown:
  conformity-assessment, eu-database-registration, technical-documentation,
  provider-obligations, risk-management). The tool fails them, and is right: the
  Authority becomes the provider of the modified system (Art. 25(1)(b)), the supplier is
  no longer its provider (Art. 25(2)), and clause 4's exclusion of the fine-tuned model is
  a term, not silence, so the contract assigns the duties for the system in use to no
  party that will perform them (legal notes EUAI-01 FAIL).
- classification-boundary on the alliance agency's NATO UNCLASSIFIED service (answered
  pass): the contract names no accreditation for the environment that holds the data, so
  whether any network holds information above its accreditation is open: unknown.

Meanings found ambiguous though the verdict came out right:

- RestrictionException anonymised-aggregate-metrics: the language office's carve-out for
  "De-identified Usage Data" (prompts and outputs with direct identifiers removed, said
  not to identify anyone) was first recorded as this value; the training rule fails any
  exception but a separate agreement, so the verdict was counsel's either way, but a
  surveillance ban read the same way would lose protection. The value's meaning now says
  de-identified (pseudonymised) data and the content of prompts and outputs are not it;
  the description records clause 6.2 as an express permission (prohibited false,
  prevailing over 6.1). The vocabulary has no exception value for such a carve-out.
- UseCase asylum-visa-examination ("examining asylum ... applications") reads as the
  examination itself, so the describer recorded the interview-interpreting tool as
  translation and border-control; the rules read border-control as an Annex III use and
  the verdicts came out as counsel's. Widening the meaning to interpreting was tried and
  withdrawn: recorded so, audit 75's interview transcription (a documented Art. 6(3)(a)
  derogation) moves from pass to fail on classification and registration, which reads
  the value as the examination; whether interpreting an asylum interview is within Annex
  III point 7(c) is left to the lead (the Commission's Art. 6(5) guidelines are a draft).
- ai_act.roles_allocated ("provider and deployer are identified ..., with Art. 25 role
  shifts"): recorded true for a contract that names both but provides nothing for the
  Authority's fine-tuning; the verdicts turned on parties[*].becomes_provider_by, so the
  ambiguity did not decide a row. The supplier's Chapter III commitments were recorded as
  stated, no meaning saying for which version of the system they hold.
- data.telemetry.vendor_export, customer_held_keys: fixed above.

No row is a known wrong; no earlier audit row moves.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit102"

DR = "data-residency"
EU = "eu-ai-act-high-risk"

#: Every contract in its term; after 2 Dec 2027, when Chapter III applies to Annex III
#: systems (Art. 113(c) as amended), each high-risk system put into service after it.
D = "2028-03-01"

#: The default allowed jurisdictions of the data-residency pack.
EEA = (
    "the pack's default allowed jurisdictions are the EEA and the Union territory with its "
    "own code (parameter allowed_jurisdictions)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Civil protection: EEA residency "save for Support Data" (US affiliate, DPF) ---
    (
        "support-data-us",
        D,
        f"{DR}/data-locations",
        "fail",
        "clause 3 lets Logis AI Inc. process Support Data (excerpts of prompts and outputs, "
        "screenshots, logs) in the United States: the residency clause covers the data "
        f"only save for what support reaches; {EEA} (legal notes DR-01 FAIL: processing "
        "or support elsewhere; GDPR Art. 44)",
    ),
    (
        "support-data-us",
        D,
        f"{DR}/telemetry-location",
        "fail",
        "prompts, outputs and logs attached to support requests go to the US affiliate "
        f"(clause 3); {EEA} (legal notes DR-15 FAIL: prompts, outputs and logs leave the "
        "allowed jurisdictions)",
    ),
    (
        "support-data-us",
        D,
        f"{DR}/personnel-location",
        "fail",
        "the US affiliate's support staff reach the data from the United States (clause "
        f"3); {EEA} (legal notes DR-05 FAIL: support from outside the allowed list)",
    ),
    (
        "support-data-us",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "the affiliate processes Support Data for the vendor in the US, a sub-processor "
        f"(GDPR Art. 28(2), (4)) outside the allowed jurisdictions; {EEA} (legal notes DR-09)",
    ),
    (
        "support-data-us",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "the only transfer (Support Data to Logis AI Inc.) rests on the EU-US Data Privacy "
        "Framework, and the recipient is certified (clause 4): Decision (EU) 2023/1795, "
        "Art. 1, GDPR Art. 45(1); the decision stands on the as-of date (Latombe, T-553/23, "
        "dismissed; appeal C-703/25 P pending) (legal notes DR-10 PASS)",
    ),
    (
        "support-data-us",
        D,
        f"{DR}/sub-processor-authorisation",
        "unknown",
        "clause 3, which the controller signed, names the affiliate, a specific written "
        "authorisation (GDPR Art. 28(2)); whether the same data-protection obligations are "
        "imposed on it (Art. 28(4)) the contract does not say: silence is unknown",
    ),
    # --- Language office: training ban, save "De-identified Usage Data" ---
    (
        "deidentified-usage",
        D,
        f"{DR}/training-on-customer-data",
        "fail",
        "clause 6.2 lets the vendor use the content of prompts and outputs, with direct "
        "identifiers removed, to develop its services 'including its models': data from "
        "which only direct identifiers are removed is pseudonymised, still personal data "
        "(GDPR Art. 4(5), Recital 26: anonymous only where no one is identifiable by any "
        "means reasonably likely to be used), and a processor using it for its own purposes "
        "acts beyond the controller's instructions (Arts 5(1)(b), 28(3)(a), 28(10)); "
        "'does not identify the Customer or any individual' is the contract's label, not "
        "anonymisation; nor are prompts and outputs aggregated metrics (legal notes DR-15 "
        "FAIL: used for training)",
    ),
    (
        "deidentified-usage",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "a federal office's translation of administrative documents is no activity outside "
        "Union law (GDPR Art. 2(2)(a) read strictly, C-439/19); the contract places the "
        "processing under the GDPR and nothing outside it (legal notes DR-00)",
    ),
    # --- Alliance agency: Bring Your Own Key into the vendor's KMS ---
    (
        "byok-keys",
        D,
        f"{DR}/customer-held-keys",
        "fail",
        "the keys the agency generates are imported into the vendor's key-management "
        "service, where the service decrypts with them on its own systems' request: the "
        "vendor can decrypt without the customer's action (EDPB Recommendations 01/2020, "
        "Annex 2, use case 1: keys retained solely under the exporter's control; legal "
        "notes DR-03 FAIL: vendor-managed keys where sovereignty is required); a right to "
        "revoke does not keep the vendor from decrypting until it is used",
    ),
    (
        "byok-keys",
        D,
        f"{DR}/foreign-law-exposure",
        "fail",
        "the vendor's parent is American and the vendor is subject to the CLOUD Act and "
        "FISA s.702 (18 U.S.C. §2713: data in its possession, custody or control, wherever "
        "held; 50 U.S.C. §1881a); no certification and no customer-operated infrastructure "
        "with customer-held keys; immunity is required by default (legal notes DR-06 FAIL)",
    ),
    (
        "byok-keys",
        D,
        f"{DR}/classification-boundary",
        "unknown",
        "blind answer pass was wrong: clause 2 keeps information to NATO UNCLASSIFIED (a "
        "marking, not a classification, C-M(2002)49-REV1) and forbids classified input, "
        "within the default ceiling; but the rule's other half, that no network holds "
        "information above its accreditation, needs the accreditation of the environment "
        "that holds it, and the contract names only a data centre in Amsterdam, not what "
        "it is accredited for: silence is unknown (legal notes DR-14: 'classified use only "
        "in an accredited classified enclave'; its question asks each network's level)",
    ),
    # --- Cyber-security authority: sub-processors "as updated", no objection ---
    (
        "trust-centre-subprocessors",
        D,
        f"{DR}/sub-processor-authorisation",
        "fail",
        "a general written authorisation needs the processor to inform the controller of "
        "intended changes, giving it the opportunity to object (GDPR Art. 28(2), second "
        "sentence); DPA 7 gives no right to object (legal notes DR-09)",
    ),
    (
        "trust-centre-subprocessors",
        D,
        f"{DR}/processor-terms",
        "fail",
        "Art. 28(3)(d) requires the processor to respect the conditions of Art. 28(2) and "
        "(4) for engaging another processor; DPA 7 lets it engage them without an "
        "opportunity to object, so that element is missing (legal notes DR-08 FAIL)",
    ),
    (
        "trust-centre-subprocessors",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "the vendor may add sub-processors in any country by posting them, the customer "
        "unable to object: the two named now are in the EEA, but the contract permits "
        f"sub-processing anywhere; {EEA} (legal notes DR-09; DR-01 FAIL: 'any country where "
        "it or its sub-processors operate')",
    ),
    (
        "trust-centre-subprocessors",
        D,
        f"{DR}/data-locations",
        "fail",
        "the data is hosted in Finland, but a sub-processor the vendor adds at will may "
        "process it anywhere, with no prior consent of the customer (legal notes DR-01 "
        "FAIL)",
    ),
    # --- Defence materiel command: US support; SCCs "apply where required" ---
    (
        "scc-where-required",
        D,
        f"{DR}/transfer-mechanism",
        "unknown",
        "remote access from the US parent for support is a transfer (EDPB Guidelines "
        "05/2021); clause 9 applies the 2021 clauses 'where required' but chooses no "
        "module and completes no annex (parties, description of the transfer, measures: "
        "Decision (EU) 2021/914, Annex, Annexes I-II): whether clauses binding this "
        "transfer were concluded the contract does not show (GDPR Art. 46(2)(c)); neither "
        "a ground that holds nor the absence of one",
    ),
    (
        "scc-where-required",
        D,
        f"{DR}/transfer-impact-assessment",
        "unknown",
        "a transfer to a US importer that sees the data in the clear rests on SCCs only "
        "with an assessment of the destination's law (Decision (EU) 2021/914, Annex, "
        "Clause 14; C-311/18 Schrems II); the contract is silent on one (legal notes DR-11 "
        "UNKNOWN)",
    ),
    (
        "scc-where-required",
        D,
        f"{DR}/personnel-location",
        "fail",
        f"the US parent's support staff reach the data remotely (clause 8); {EEA} "
        "(legal notes DR-05 FAIL: follow-the-sun support from outside the allowed list)",
    ),
    (
        "scc-where-required",
        D,
        f"{DR}/data-locations",
        "fail",
        "hosting in Frankfurt, but remote support access from the United States is "
        f"processing there (clause 8); {EEA} (legal notes DR-01 FAIL)",
    ),
    (
        "scc-where-required",
        D,
        f"{DR}/dpf-fallback",
        "not_applicable",
        "no transfer rests on the Data Privacy Framework (legal notes DR-12 NOT_APPLICABLE)",
    ),
    (
        "scc-where-required",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "maintenance logistics naming technicians is no activity intended to safeguard "
        "national security (GDPR Art. 2(2)(a) read strictly, C-439/19, paras 66-67); the "
        "contract places the processing under the GDPR (legal notes DR-00)",
    ),
    # --- Asylum office: interview interpreting "to assist case officers" ---
    (
        "asylum-interview-interpreting",
        D,
        f"{EU}/high-risk-classification",
        "unknown",
        "a tool intended for the asylum authority's interviews, producing the transcript "
        "the examination rests on, is intended 'to assist competent public authorities for "
        "the examination of applications for asylum' (Annex III point 7(c)): high-risk "
        "unless the provider documents an Art. 6(3) assessment (Art. 6(2)-(4)); the "
        "contract names no area and documents no classification: silent (legal notes "
        "EUAI-03 UNKNOWN); the Commission's Art. 6(5) guidelines are only a draft",
    ),
    (
        "asylum-interview-interpreting",
        D,
        f"{EU}/logging-and-retention",
        "fail",
        "a high-risk system (Annex III point 7(c)) whose logs are kept 30 days: provider "
        "and deployer keep the logs under their control for at least six months (Arts "
        "19(1), 26(6)); no Union or national law is cited for a shorter period (legal "
        "notes EUAI-07 FAIL)",
    ),
    (
        "asylum-interview-interpreting",
        D,
        f"{EU}/human-oversight",
        "unknown",
        "clause 5 lets the case officer correct or disregard the transcript (Art. "
        "14(4)(d)); whether the overseers can stop the system (14(4)(e)) and are competent "
        "and trained (Art. 26(2)) the contract does not say (legal notes EUAI-09)",
    ),
    (
        "asylum-interview-interpreting",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a public authority deploying an Annex III point 7 system assesses the impact on "
        "fundamental rights before first use (Art. 27(1)); the contract is silent",
    ),
    (
        "asylum-interview-interpreting",
        D,
        f"{EU}/deployer-information",
        "unknown",
        "the applicants are subject to decisions the system assists: the deployer informs "
        "them (Art. 26(11)); the contract is silent",
    ),
    (
        "asylum-interview-interpreting",
        D,
        f"{EU}/eu-database-registration",
        "unknown",
        "the provider registers the Annex III system before putting it into service "
        "(Art. 49(1)) and the office, a public authority, registers its use (Art. 49(3)); "
        "the contract is silent (legal notes EUAI-13)",
    ),
    (
        "asylum-interview-interpreting",
        D,
        f"{EU}/transparency",
        "unknown",
        "the applicant speaks to the system and hears its output: a natural person "
        "interacting with it, whom the provider must design it to inform (Art. 50(1), "
        "applicable since 2 Aug 2026); the contract is silent",
    ),
    # --- Benefits agency: fine-tuned by the Authority, "the Supplier is the provider" ---
    (
        "finetune-role-label",
        D,
        f"{EU}/roles-allocated",
        "fail",
        "the Authority fine-tunes the model on its own case files before go-live, a change "
        "the initial conformity assessment does not cover (clause 4) and that affects the "
        "system's accuracy and data governance (Arts 10, 15): a substantial modification "
        "(Art. 3(23)) that makes the Authority the provider of the system in service (Art. "
        "25(1)(b)); clause 2 names the Supplier provider of it all and provides for no "
        "Art. 25(2) cooperation: the allocation is wrong for the system in use (legal notes "
        "EUAI-01 FAIL)",
    ),
    (
        "finetune-role-label",
        D,
        f"{EU}/conformity-assessment",
        "fail",
        "blind answer unknown was wrong: the Supplier's assessment does not cover the "
        "fine-tuned model the Authority puts into service (clause 4), a term, not silence; a "
        "substantial modification calls for a new conformity assessment (Art. 43(4)) by "
        "the provider it makes (Arts 16(f), 25(1)(b)), and the initial provider is no longer "
        "the provider of that system (Art. 25(2)); clause 2 gives the provider role to the "
        "Supplier alone and leaves the Authority without it, so the contract assigns the "
        "assessment of the system in use to a party that by its own terms does not make it, "
        "and to no other (legal notes EUAI-01 FAIL: provider duties assigned to a party "
        "that cannot fulfil them; EUAI-12)",
    ),
    (
        "finetune-role-label",
        D,
        f"{EU}/eu-database-registration",
        "fail",
        "blind answer unknown was wrong: the Supplier registered the system it supplied; "
        "the fine-tuned system's provider (the Authority, Art. 25(1)(b)) registers it before "
        "putting it into service (Arts 16(i), 49(1)), and the contract, which keeps the "
        "provider role with the Supplier (clause 2) and leaves the fine-tuned model outside "
        "its assessment (clause 4), gives that duty to no one who will perform it for the "
        "system in use (Art. 25(2); legal notes EUAI-01 FAIL, EUAI-13)",
    ),
    (
        "finetune-role-label",
        D,
        f"{EU}/technical-documentation",
        "fail",
        "blind answer unknown was wrong: Annex IV documentation of the system as modified "
        "is the new provider's (Arts 11(1), 16(d)-(e), 25(1)(b)); the Supplier's covers the "
        "system it assessed, of which it is no longer the provider once it is modified "
        "(Art. 25(2)), and the contract leaves the Authority without the provider role "
        "(clause 2): the duty for the system in use rests on no party (legal notes EUAI-01 "
        "FAIL, EUAI-06)",
    ),
    (
        "finetune-role-label",
        D,
        f"{EU}/provider-obligations",
        "fail",
        "blind answer unknown was wrong: the Authority, provider of the modified system "
        "(Art. 25(1)(b)), bears the Art. 16 duties and a QMS (Art. 17); the contract states "
        "only the Supplier's, for the system its assessment covers (clause 4), and names "
        "the Supplier the provider of the system in use, a provider the Act no longer "
        "holds to it (Art. 25(2)): a misallocation, not silence (legal notes EUAI-01 FAIL, "
        "EUAI-11)",
    ),
    (
        "finetune-role-label",
        D,
        f"{EU}/risk-management",
        "fail",
        "blind answer unknown was wrong: Art. 9 risk management of the fine-tuned system is "
        "the new provider's (Arts 16(a), 25(1)(b)); the contract states only the Supplier's "
        "for the version its assessment covers and denies the Authority the provider role "
        "(clauses 2 and 4): the duty for the system in use is assigned to a party that is "
        "no longer its provider (Art. 25(2); legal notes EUAI-01 FAIL, EUAI-04)",
    ),
    (
        "finetune-role-label",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "pass",
        "clause 5: the Authority, a body governed by public law deploying an Annex III "
        "point 5(a) system, carries out a fundamental-rights impact assessment before "
        "first use (Art. 27(1))",
    ),
    (
        "finetune-role-label",
        D,
        f"{EU}/deployer-duties",
        "unknown",
        "clause 5 commits the Authority to use per the instructions, trained oversight, "
        "monitoring and log keeping (Art. 26(1), (2), (5), (6)); whether it may and will "
        "suspend use on a risk (Art. 26(5), first subparagraph) the contract does not say",
    ),
    # --- Alliance SOC: telemetry in France, derived threat intelligence shared globally ---
    (
        "derived-threat-intel",
        D,
        f"{DR}/telemetry-location",
        "fail",
        "clause 7 lets the vendor send indicators, attacker infrastructure and techniques "
        "observed on the agency's networks to its global network for other customers: "
        "data drawn from the agency's telemetry leaves the allowed jurisdictions and is "
        "used for the vendor's own purposes; 'contains no Customer Data' is a label (legal "
        "notes DR-15 FAIL: vendor may export telemetry; DR-14 note: NATO UNCLASSIFIED "
        "material is not released without authorisation)",
    ),
    (
        "derived-threat-intel",
        D,
        f"{DR}/data-locations",
        "fail",
        "the same export: what is derived from the agency's telemetry is processed on the "
        "vendor's global network, wherever its other customers are, without the agency's "
        "consent (legal notes DR-01 FAIL)",
    ),
    # --- Defence ministry: classified on-premises, remote support from the UK ---
    (
        "classified-uk-support",
        D,
        f"{DR}/personnel-location",
        "fail",
        "the vendor's cleared engineers reach the data from Cheltenham (clause 6); "
        f"{EEA}, which the UK has left (legal notes DR-05 FAIL)",
    ),
    (
        "classified-uk-support",
        D,
        f"{DR}/data-locations",
        "fail",
        "'no Customer data leaves the premises' is a label: remote support through the "
        "gateway processes the data from the UK (clause 6), outside the allowed "
        "jurisdictions (legal notes DR-01 FAIL)",
    ),
    (
        "classified-uk-support",
        D,
        f"{DR}/vendor-access",
        "pass",
        "no standing access; each session approved in advance by the ministry and logged "
        "(clause 6; legal notes DR-04)",
    ),
    (
        "classified-uk-support",
        D,
        f"{DR}/weights-custody",
        "pass",
        "the weights run on the ministry's own servers and the vendor keeps no copy "
        "(clause 2; legal notes DR-02 PASS)",
    ),
    (
        "classified-uk-support",
        D,
        f"{DR}/weights-location",
        "pass",
        "the weights are stored and run only in Germany (clause 2)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit102_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit102_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
