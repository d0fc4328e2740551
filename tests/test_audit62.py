"""Sixty-second legal-fidelity audit: what the contract buys against its residency and
sovereignty labels. Eight descriptions (tests/data/audit62/*.yaml), seven contracts written
blind from the GDPR (Arts 4(2), 28(2)-(4), 44-46, 49), EDPB Guidelines 05/2021 on the
interplay between Art. 3 and Chapter V (access from a third country is a transfer), EDPB
Recommendations 01/2020, C-311/18 Schrems II, 18 U.S.C. §2713 (CLOUD Act), the Law
Enforcement Directive (Arts 22, 35-39) and the project's legal notes (DR-01, DR-02, DR-03,
DR-04, DR-05, DR-06, DR-08, DR-09, DR-10, DR-11, DR-12, DR-15), run through the real CLI and
read as counsel would.

Each contract's headline says "all data stays in the EU" (or "in France", "in Belgium",
"in the Netherlands", "in Spain"); what it buys says otherwise: 24/7 follow-the-sun support
from India and the US with standing access to a city's chatbot; root administration of a
health agency's Paris servers by the vendor's Seattle team, with a clause denying that this
is a transfer; prompts and telemetry exported to the vendor's US platform "for service
improvement" and trained on; a disaster-recovery site in Zurich; human review of flagged
police translations by a labelling subcontractor in Manila; fine-tuning "temporarily" in a
US region; and a control whose purchases keep every access in Austria. A label never
outweighs what is bought: each description records the purchase (the places of processing,
the staff who reach the data, the sub-processors, the transfers), and silence is unknown.

The blind answers were written (and committed, 6f21a2f) before the tool was run; 55 of 56
matched it (three matching rows were left out to keep the audit at 55 rows: the
telemetry export's impact assessment, not applicable on the DPF; the follow-the-sun
sub-processor authorisation, pass; and the Seattle contract's foreign-disclosure,
unknown). One blind answer was wrong, and the row says so: the follow-the-sun chatbot's
telemetry-location (blind: unknown, as the contract has no telemetry clause) fails, because
DR-15 covers prompts, outputs and logs as well as telemetry, and the support clause puts
them in Bangalore and Austin. Two rows were added after the run: the Zurich site's
foreign-law-exposure, and the eighth description, the police contract described as its
transfer clause labels it.

What the audit found lies in how a purchase is written down against its label: the fact
meanings did not say that access from a third country by an affiliate or subcontractor
(support, administration, human review) is a place of processing and a transfer (EDPB
Guidelines 05/2021), that a disaster-recovery or "temporary" site is a place of storage or
processing, that reviewers and labellers are staff with access, or that an affiliate
running the servers is a sub-processor whatever the contract calls it. A describer
following the label could record a complete, empty transfer list and EU-only places; the
GDPR rules still failed on the sub-processor or processing stated outside the EEA, but
led-transfers read only the listed transfers, so the police contract described as its
clause 12 labels it ("no data leave the Netherlands") beside a named Manila subcontractor
was not applicable (a wrong not-applicable hiding a fail). The meanings of data.storage,
data.processing, data.personnel.locations, data.sub_processors.list and data.transfers now
say how to record these, and led-transfers now fails a named sub-processor in a third
country that no listed transfer covers, as transfer-mechanism does under the GDPR.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit62"

DR = "data-residency"

#: The day most contracts are read: each in its term.
D = "2028-01-15"
#: The Spanish ministry's contract before Amendment No. 1 (in force 1 Mar - 31 Aug 2028).
BEFORE = "2028-01-15"
#: While Amendment No. 1 runs.
DURING = "2028-05-01"
#: After it expired.
AFTER = "2028-10-01"

#: Why access from a third country is a transfer, whatever the label says.
REMOTE = (
    "access from a third country to personal data held in the EEA, by another controller "
    "or processor there (an affiliate, a subcontractor), is a transfer (GDPR Art. 44; "
    "EDPB Guidelines 05/2021, section 2: the three criteria, remote access included)"
)

#: The customer's residency requirement (the pack's default: the EEA).
RESIDENCY = (
    "the customer requires its data, prompts, outputs, logs and support access to stay in "
    "the EEA (legal notes DR-01 FAIL: processing or support may occur elsewhere; the "
    "pack's default allowed jurisdictions, GDPR territory)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- City of Cologne: EU hosting, follow-the-sun support from Bangalore and Austin ---
    (
        "follow-the-sun",
        D,
        f"{DR}/data-locations",
        "fail",
        f"clause 5 says 'stored and processed exclusively in the EU', but clause 11 buys "
        f"standing access to conversations, prompts and logs from Bangalore and Austin; "
        f"{REMOTE}; {RESIDENCY}",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/personnel-location",
        "fail",
        "clause 11 and Annex 6: support engineers with access to the data sit in India and "
        "the US (legal notes DR-05 FAIL: follow-the-sun support from jurisdictions outside "
        "the allowed list with access to data)",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/vendor-access",
        "fail",
        "clause 11: the support engineers hold standing access to the production tenant, "
        "not sessions the City approves (legal notes DR-04 FAIL: standing vendor access)",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "clause 12: each transfer (to the Indian and the US affiliate, both processors of "
        "the Irish processor) rests on the 2021 standard contractual clauses, Module Three "
        "(GDPR Art. 46(2)(c); Decision (EU) 2021/914, Annex); the ground is named, whether "
        "it works is the impact assessment's question",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/transfer-impact-assessment",
        "fail",
        "clause 12 declines an impact assessment 'as the data remain in the Union', while "
        "the US affiliate reads the data in the clear: clauses used for a transfer to a "
        "country whose surveillance law may impinge need an assessment and, where needed, "
        "supplementary measures (C-311/18 Schrems II, paras 134-135; SCC Clause 14; EDPB "
        "Recommendations 01/2020; legal notes DR-11 FAIL)",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/foreign-law-exposure",
        "fail",
        "the processor is the Irish subsidiary of a US group, and the US affiliate has the "
        "data: the CLOUD Act reaches data in a provider's possession, custody or control "
        "'regardless of whether' it is located in the US (18 U.S.C. §2713); keys are the "
        "vendor's, no certification or architectural mitigation (legal notes DR-06 FAIL)",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/customer-held-keys",
        "fail",
        "clause 8: keys the Provider manages; the customer requires keys it holds (legal "
        "notes DR-03; EDPB Recommendations 01/2020, use case 1: keys under the exporter's "
        "control in the EEA)",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "Annex 4: the two sub-processors process the data in India and the US, outside the "
        "allowed jurisdictions (GDPR Art. 28(2), (4); legal notes DR-09)",
    ),
    (
        "follow-the-sun",
        D,
        f"{DR}/telemetry-location",
        "fail",
        "BLIND ANSWER WRONG (unknown: no telemetry clause). DR-15 covers prompts, outputs "
        "and logs, not only telemetry, and clause 11 states where they go: to support in "
        "India and the US, outside the allowed jurisdictions (GDPR Art. 28(3)(a); legal "
        "notes DR-15 FAIL: prompts and outputs exported where the profile requires "
        "residency)",
    ),
    # --- Health agency: 'data stay in France', root administration from Seattle ---
    (
        "us-remote-admin",
        D,
        f"{DR}/data-locations",
        "fail",
        f"clause 4 keeps storage in Paris, but clause 12 buys 24/7 administration with "
        f"standing root access from Seattle: {REMOTE}; {RESIDENCY}",
    ),
    (
        "us-remote-admin",
        D,
        f"{DR}/personnel-location",
        "fail",
        "clause 12: the administrators with root access sit in the US (legal notes DR-05)",
    ),
    (
        "us-remote-admin",
        D,
        f"{DR}/vendor-access",
        "fail",
        "clause 12: standing root access to the servers, their databases and logs (legal "
        "notes DR-04 FAIL)",
    ),
    (
        "us-remote-admin",
        D,
        f"{DR}/transfer-mechanism",
        "fail",
        f"clause 14 denies the transfer and concludes no clauses; {REMOTE}, so the Seattle "
        "team's access is a systematic transfer of health data with no Chapter V ground "
        "(GDPR Arts 44, 46; Art. 49 carries no systematic transfer, and not for a public "
        "authority on consent or contract, Art. 49(3); legal notes DR-10 FAIL)",
    ),
    (
        "us-remote-admin",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "Hexa AI Inc. administers the servers for the processor: a sub-processor in the US, "
        "whatever the contract calls it (GDPR Art. 28(2), (4); legal notes DR-09)",
    ),
    (
        "us-remote-admin",
        D,
        f"{DR}/foreign-law-exposure",
        "fail",
        "the processor's parent and the administering affiliate are US companies with root "
        "access: 18 U.S.C. §2713 reaches the data wherever they sit; no mitigation (legal "
        "notes DR-06 FAIL)",
    ),
    # --- FPS Finance: 'data stay in Belgium', service-improvement export to the US ---
    (
        "telemetry-export",
        D,
        f"{DR}/telemetry-location",
        "fail",
        "clause 9: prompts, outputs and telemetry go to the vendor's US analytics platform "
        "for 24 months (legal notes DR-15 FAIL: the vendor may export prompts and outputs "
        "to its global infrastructure where residency is required); 'de-identified' by "
        "removing account identifiers is pseudonymisation, still personal data (GDPR "
        "Art. 4(5), Recital 26)",
    ),
    (
        "telemetry-export",
        D,
        f"{DR}/training-on-customer-data",
        "fail",
        "clause 9 expressly lets the vendor train its models on the prompts and outputs: a "
        "processing for the vendor's own purposes, beyond the controller's instructions "
        "(GDPR Arts 28(3)(a), 28(10); legal notes DR-15)",
    ),
    (
        "telemetry-export",
        D,
        f"{DR}/data-locations",
        "fail",
        f"clause 3's 'all Customer Data stays in Belgium' yields to clause 9, which it "
        f"expressly saves: prompts and outputs are stored and processed in the US; "
        f"{RESIDENCY}",
    ),
    (
        "telemetry-export",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "clause 10: the export rests on the EU-US Data Privacy Framework, to a company "
        "stated to be certified (GDPR Art. 45; Decision (EU) 2023/1795, Art. 1; upheld by "
        "the General Court in Latombe, T-553/23, appeal C-703/25 P pending): a ground "
        "exists; that the export is the vendor's own purpose is the processor-terms row",
    ),
    (
        "telemetry-export",
        D,
        f"{DR}/dpf-fallback",
        "unknown",
        "the contract relies on the DPF and says nothing of a fallback if the decision "
        "falls: silence is unknown, always (legal notes DR-12)",
    ),
    (
        "telemetry-export",
        D,
        f"{DR}/processor-terms",
        "fail",
        "Annex 3 excepts 'Service Improvement', carried out for the vendor's own purposes, "
        "from the documented instructions: the Art. 28(3)(a) term is cut down, and a "
        "processor that determines purposes is a controller for that processing (GDPR "
        "Art. 28(10); legal notes DR-08 FAIL)",
    ),
    (
        "telemetry-export",
        D,
        f"{DR}/foreign-law-exposure",
        "fail",
        "a US-parented processor exporting to its US parent: 18 U.S.C. §2713 and FISA "
        "s.702 (50 U.S.C. §1881a) reach the data; no mitigation (legal notes DR-06)",
    ),
    # --- Aarhus: 'data stay in the EU', disaster recovery in Zurich ---
    (
        "dr-switzerland",
        D,
        f"{DR}/data-locations",
        "fail",
        "clause 9: hourly replicas, and on a disaster the live service, in Zurich. "
        "Switzerland is neither an EU nor an EEA state: the adequacy decision makes the "
        "transfer lawful (next row), but the data do not 'stay in the EU' as clause 5 and "
        f"the customer require; {RESIDENCY}",
    ),
    (
        "dr-switzerland",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "clause 10: Commission Decision 2000/518/EC on the adequate protection of personal "
        "data in Switzerland, kept in force by GDPR Art. 45(9) (GDPR Art. 45(1))",
    ),
    (
        "dr-switzerland",
        D,
        f"{DR}/transfer-impact-assessment",
        "not_applicable",
        "the transfer rests on an adequacy decision: no transfer impact assessment is "
        "needed (GDPR Art. 45(1): 'shall not require any specific authorisation'; legal "
        "notes DR-11 NOT_APPLICABLE)",
    ),
    (
        "dr-switzerland",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "the disaster-recovery operator is a sub-processor in Switzerland, outside the "
        "allowed jurisdictions (legal notes DR-09; GDPR Art. 28(2), (4))",
    ),
    (
        "dr-switzerland",
        D,
        f"{DR}/sub-processor-authorisation",
        "pass",
        "clause 8: the Municipality authorises Alpine Colo specifically, every other needs "
        "its prior specific written authorisation, the same obligations flow down (GDPR "
        "Art. 28(2), (4))",
    ),
    (
        "dr-switzerland",
        D,
        f"{DR}/personnel-location",
        "fail",
        "clause 9: Alpine Colo's Zurich staff operate the site that holds and, on failover, "
        "processes the case data (legal notes DR-05)",
    ),
    (
        "dr-switzerland",
        D,
        f"{DR}/foreign-law-exposure",
        "fail",
        "ADDED AFTER THE RUN. Immunity is required, and the data (live, in the clear, on "
        "failover) sit with a Swiss company subject to Swiss law, a third country's: the "
        "customer-held keys protect the replicas at rest, not the service Zurich runs "
        "(legal notes DR-06 FAIL: no architectural mitigation of customer-held keys on "
        "customer-operated infrastructure); counsel agrees with the tool",
    ),
    # --- Netherlands Police: 'police data never leave the Netherlands', review in Manila ---
    (
        "labelling-philippines",
        D,
        f"{DR}/led-transfers",
        "fail",
        "clause 10: the Manila reviewers see the source texts and drafts, a standing part of "
        "the service: a transfer by a competent authority's processor to a company in a "
        "third country with no adequacy decision (LED Art. 36), no Art. 37 safeguards "
        "named, and systematic, so neither Art. 38 (Recital 72) nor Art. 39 (individual "
        "and specific cases only) carries it; Art. 35(1)(b) otherwise wants a competent "
        "authority as recipient",
    ),
    (
        "labelling-philippines",
        D,
        f"{DR}/data-locations",
        "fail",
        "clause 4's 'never leave the Netherlands' yields to clause 10's review from Manila: "
        "the subcontractor's reviewers reach the data from the Philippines, a transfer to "
        "a third country (LED Art. 35(1); the EDPB reads remote access the same way under "
        f"the GDPR, Guidelines 05/2021); {RESIDENCY}",
    ),
    (
        "labelling-philippines",
        D,
        f"{DR}/personnel-location",
        "fail",
        "the reviewers who see the data are staff with access, in the Philippines (legal "
        "notes DR-05)",
    ),
    (
        "labelling-philippines",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "pass",
        "clause 11: the Police specifically authorises the Manila subcontractor in writing; "
        "any other needs its prior specific written authorisation (LED Art. 22(2))",
    ),
    (
        "labelling-philippines",
        D,
        f"{DR}/transfer-mechanism",
        "not_applicable",
        "processing by a competent authority for law-enforcement purposes is outside the "
        "GDPR (Art. 2(2)(d)); the LED row above reads the transfer",
    ),
    (
        "labelling-philippines",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "clause 2 names the LED, the only regime for a police force's criminal "
        "investigations (LED Arts 1(1), 3(7)(a); GDPR Art. 2(2)(d)), and the parties' roles",
    ),
    (
        "labelling-philippines-as-labelled",
        D,
        f"{DR}/led-transfers",
        "fail",
        "ADDED AFTER THE RUN. The same contract described as clause 12 labels it: no "
        "transfer listed, the Manila subcontractor named (clause 11). A label never "
        "outweighs what is bought: the review from Manila is a transfer, with no LED "
        "ground (Arts 35-39). Before this audit the rule read only the listed transfers "
        "and was not applicable (a wrong not-applicable hiding a fail); it now fails a "
        "named sub-processor in a third country that no listed transfer covers",
    ),
    # --- Ministry of Inclusion: 'data and models remain in Spain', fine-tuned in the US ---
    (
        "finetune-us-temporary",
        BEFORE,
        f"{DR}/data-locations",
        "pass",
        "before Amendment No. 1: every asset stored and processed on the Ministry's cloud "
        "in Madrid, elsewhere only with its prior written consent (legal notes DR-01 PASS)",
    ),
    (
        "finetune-us-temporary",
        DURING,
        f"{DR}/data-locations",
        "fail",
        f"Amendment No. 1 copies the fine-tuning data to a US region and trains there; "
        f"'temporarily' limits how long, not where; {RESIDENCY}",
    ),
    (
        "finetune-us-temporary",
        AFTER,
        f"{DR}/data-locations",
        "pass",
        "the amendment expired on 31 Aug 2028 and the US copies are to be deleted: clause 6 "
        "applies again (what happened during the six months is the DURING rows' question)",
    ),
    (
        "finetune-us-temporary",
        BEFORE,
        f"{DR}/weights-location",
        "pass",
        "clause 6: the model and its fine-tuned weights only on the government cloud the "
        "Ministry operates, in Spain (legal notes DR-02)",
    ),
    (
        "finetune-us-temporary",
        DURING,
        f"{DR}/weights-location",
        "fail",
        "Amendment No. 1: the customer-specific weights are produced on Cumulus Cloud's "
        "US infrastructure, outside government custody and the allowed jurisdictions "
        "(legal notes DR-02 FAIL)",
    ),
    (
        "finetune-us-temporary",
        BEFORE,
        f"{DR}/transfer-mechanism",
        "not_applicable",
        "clause 9 and the sub-processor clause: no transfer, no sub-processor (GDPR Art. 44 "
        "not engaged; legal notes DR-10 NOT_APPLICABLE)",
    ),
    (
        "finetune-us-temporary",
        DURING,
        f"{DR}/transfer-mechanism",
        "pass",
        "Amendment No. 1: the 2021 standard contractual clauses, Module Three, with the US "
        "cloud sub-processor (GDPR Art. 46(2)(c)); that they cannot work here is the next "
        "row",
    ),
    (
        "finetune-us-temporary",
        DURING,
        f"{DR}/transfer-impact-assessment",
        "fail",
        "the assessment finds FISA s.702 may reach Cumulus, and the only measure named is "
        "encryption at rest with Cumulus's own keys while training computes on the data in "
        "the clear: EDPB Recommendations 01/2020, use case 6 (no effective measure for a "
        "cloud provider that needs the data in the clear), so the transfer must not take "
        "place (C-311/18 Schrems II, paras 134-135; SCC Clause 14)",
    ),
    (
        "finetune-us-temporary",
        DURING,
        f"{DR}/sub-processor-locations",
        "fail",
        "Amendment No. 1 authorises a sub-processor processing in the US (legal notes DR-09)",
    ),
    (
        "finetune-us-temporary",
        DURING,
        f"{DR}/foreign-law-exposure",
        "fail",
        "the fine-tuning data and weights sit with a US cloud provider subject to the CLOUD "
        "Act and FISA s.702 (18 U.S.C. §2713; 50 U.S.C. §1881a); its own keys are no "
        "mitigation (legal notes DR-06 FAIL)",
    ),
    # --- Control: Austrian Federal Ministry of Finance, every access in Austria ---
    (
        "eu-only-control",
        D,
        f"{DR}/data-locations",
        "pass",
        "clause 4: every asset, support and human review in Austria, elsewhere only with "
        "prior written consent (legal notes DR-01 PASS)",
    ),
    (
        "eu-only-control",
        D,
        f"{DR}/personnel-location",
        "pass",
        "clause 5: vendor staff with access only in Vienna (legal notes DR-05 PASS)",
    ),
    (
        "eu-only-control",
        D,
        f"{DR}/vendor-access",
        "pass",
        "clause 5: no standing access; sessions approved by the Ministry and logged (legal "
        "notes DR-04 PASS)",
    ),
    (
        "eu-only-control",
        D,
        f"{DR}/identity-management",
        "pass",
        "clause 5: every user and administrator through the Ministry's identity provider "
        "(legal notes DR-04 PASS)",
    ),
    (
        "eu-only-control",
        D,
        f"{DR}/telemetry-location",
        "pass",
        "clause 7: prompts, outputs, telemetry and logs in Vienna, who reads them, 12 "
        "months, no export, no training (legal notes DR-15 PASS)",
    ),
    (
        "eu-only-control",
        D,
        f"{DR}/training-on-customer-data",
        "pass",
        "clause 7: training on customer data prohibited, no exception, not waivable, "
        "changed only by an amendment both sign (GDPR Art. 28(3)(a))",
    ),
    (
        "eu-only-control",
        D,
        f"{DR}/customer-held-keys",
        "pass",
        "clause 6: keys generated and held in the Ministry's HSM; the vendor cannot "
        "decrypt (legal notes DR-03 PASS)",
    ),
    (
        "eu-only-control",
        D,
        f"{DR}/foreign-law-exposure",
        "pass",
        "an Austrian vendor with an Austrian parent, subject to no third-country compulsion "
        "law, on the federal cloud of the Bundesrechenzentrum (legal notes DR-06 PASS: "
        "structurally outside the reach of 18 U.S.C. §2713 and like laws)",
    ),
    (
        "eu-only-control",
        D,
        f"{DR}/transfer-mechanism",
        "not_applicable",
        "clause 4: no transfer, and no sub-processor (clause 8): Chapter V is not engaged "
        "(GDPR Art. 44; legal notes DR-10 NOT_APPLICABLE)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit62_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit62_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
