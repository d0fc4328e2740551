"""Twentieth legal-fidelity audit: the provisions earlier audits probed least, each contract
the smallest that isolates one point, run through the real CLI (tests/data/audit20/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

GDPR Chapter V derogations (Regulation (EU) 2016/679, Art. 49; EDPB Guidelines 2/2018 on
derogations of Article 49, section 1: exceptions read restrictively, not for systematic or
repetitive transfers): explicit consent (49(1)(a)) and a contract with the data subject
(49(1)(b)) relied on by a public authority, which Art. 49(3) closes to it; the legal-claims
derogation (49(1)(e)) for an occasional transfer, with its frequency unstated, and made a
monthly export by an amendment from a later date; a derogation that is not named; a US
hosting sub-processor whose own ground is a derogation (a stable relationship: fixed); the
compelling legitimate interests of the second subparagraph for daily exports; and the
public-interest derogation (49(1)(d), (4)), which Art. 49(3) leaves open to public bodies.

Model weights (the customer's residency and custody requirements, RAND RR-A2849-1; DoD Cloud
SRG): a weights clause that lists Germany alone beside a storage clause that keeps a
vendor-run backup of the weights in the US, and a processing clause that runs inference on
them in a vendor's US region (fixed: weights-location and weights-custody read the storage
and processing sites that hold the weights, not only the weights clause); an escrow copy in
Switzerland added by an amendment from a later date. Prompts, outputs, telemetry and logs
(CADA proposal COM(2026) 502, Annex II, as the customer's policy): a telemetry clause that
lists Germany alone beside a log store and a safety stack in the vendor's US region (fixed:
telemetry-location reads those sites too).

AI Act transparency (Regulation (EU) 2024/1689, Art. 50(3)-(4), applicable from 2 Aug 2026
under Art. 113): emotion recognition of shoppers without information, a retailer's claim to
the criminal-offences exception beside its commercial purpose, a police force's biometric
categorisation under it, information dropped by an amendment, and information promised only
in a press report; deep fakes under editorial control (the editorial exception is for text
only), news text under editorial responsibility, the same with an open use list, satire (the
artistic-work exception limits the disclosure, it does not lift it), and a contract that ends
before Art. 50 applies.

Registration (Art. 49(2)-(5), Art. 26(8)) and the fundamental-rights impact assessment
(Art. 27(1)), applying to Annex III systems from 2 Dec 2027 (Art. 113(c)(i) as amended by
Regulation (EU) 2026/1744): a municipality and a police contractor acting for the police that
do not register their use; a public water utility (point 2: national registration, no
deployer registration and no impact assessment; fixed: the impact-assessment rule read the
unrecorded Annex III area as open where the complete use list settles it); a system the
Art. 6(3) derogation takes out of high-risk that its provider does not register; a deployer's
registration in a press release only; a private employer (no Art. 49(3) or Art. 27 duty); a
bank's credit scoring and a health insurer's pricing (second limb of Art. 27(1)); a private
concession holder running public emergency dispatch; the derogation claimed for a system that
profiles (Art. 6(3), last subparagraph); and an assessment promised in a side letter that
lapses before the system's first use.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit20"

DR = "data-residency"
AI = "eu-ai-act-high-risk"
D = "2027-06-01"
LATER = "2028-06-01"
ART50 = "2026-09-01"
CH3 = "2028-03-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- GDPR Art. 49 derogations ---
    (
        "dr49-consent-public-exporter",
        D,
        f"{DR}/transfer-mechanism",
        "fail",
        "GDPR Art. 49(3): explicit consent (49(1)(a)) does not apply to activities carried out "
        "by public authorities in the exercise of their public powers; the ministry is the "
        "exporter",
    ),
    (
        "dr49-contract-public-exporter",
        D,
        f"{DR}/transfer-mechanism",
        "fail",
        "GDPR Art. 49(3): nor does the contract-with-the-data-subject derogation (49(1)(b)) "
        "for a public authority in its public powers",
    ),
    (
        "dr49-public-interest-ministry",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "GDPR Art. 49(1)(d), (4): important reasons of public interest recognised in Member "
        "State law, for a transfer that is not systematic; Art. 49(3) does not close point "
        "(d) to public authorities (EDPB Guidelines 2/2018, section 2.4)",
    ),
    (
        "dr49-legal-claims-occasional",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "GDPR Art. 49(1)(e): a transfer necessary for a legal claim, occasional (EDPB "
        "Guidelines 2/2018, sections 1 and 2.5)",
    ),
    (
        "dr49-legal-claims-occasional",
        D,
        f"{DR}/transfer-impact-assessment",
        "not_applicable",
        "C-311/18 Schrems II, paras 134-135; EDPB Recommendations 01/2020 (version 2.0), "
        "step 3: the assessment of the destination's law is of whether the Art. 46 transfer "
        "tool relied on is effective; a transfer on an Art. 49 derogation rests on no such "
        "tool",
    ),
    (
        "dr49-frequency-unstated",
        D,
        f"{DR}/transfer-mechanism",
        "unknown",
        "EDPB Guidelines 2/2018, section 1: a derogation cannot carry systematic or "
        "repetitive transfers; the contract does not say how often they occur",
    ),
    (
        "dr49-derogation-unnamed",
        D,
        f"{DR}/transfer-mechanism",
        "unknown",
        'GDPR Art. 49(1): each derogation has its own conditions; "the derogations of '
        'Art. 49" does not say which one the transfer meets',
    ),
    (
        "dr49-compelling-repetitive",
        D,
        f"{DR}/transfer-mechanism",
        "fail",
        "GDPR Art. 49(1), second subparagraph: compelling legitimate interests only for a "
        "transfer that is not repetitive and concerns a limited number of data subjects; a "
        "daily export of the customer base is neither",
    ),
    (
        "dr49-amendment-monthly",
        D,
        f"{DR}/transfer-mechanism",
        "pass",
        "until 2028 clause 9 carries occasional legal-claims transfers (Art. 49(1)(e))",
    ),
    (
        "dr49-amendment-monthly",
        LATER,
        f"{DR}/transfer-mechanism",
        "fail",
        "from 1 Jan 2028 the amendment makes them a monthly export of every file, systematic: "
        "no derogation carries it (EDPB Guidelines 2/2018, section 1); Art. 46 safeguards "
        "are needed",
    ),
    (
        "dr49-subprocessor-on-derogation",
        D,
        f"{DR}/transfer-mechanism",
        "fail",
        "GDPR Arts 28(4), 44, 49(1); Recital 111; EDPB Guidelines 2/2018, section 1: a US "
        "hosting sub-processor processes the data for the processor under a standing "
        "contract, a stable relationship whose transfers are systematic and repeated, which no "
        "derogation carries; the occasional legal-claims transfer to the US does not cover it "
        "(fixed: a sub-processor whose own ground is a derogation fails)",
    ),
    # --- model weights ---
    (
        "w-storage-backup-us",
        D,
        f"{DR}/weights-location",
        "fail",
        "the customer's residency requirement: clause 8 keeps a backup of the model weights in "
        "the US, so the weights clause listing Germany alone does not hold every copy (fixed: "
        "the rule reads storage sites that hold the weights)",
    ),
    (
        "w-storage-backup-us",
        D,
        f"{DR}/weights-custody",
        "fail",
        "the customer's custody requirement: the US backup of the weights sits on "
        "infrastructure the vendor controls, whatever clause 5 says of government control "
        "(fixed: the rule reads storage sites that hold the weights)",
    ),
    (
        "w-inference-us",
        D,
        f"{DR}/weights-location",
        "fail",
        "clause 7 runs inference on the model weights in the vendor's US region: the weights "
        "run outside the allowed jurisdictions (fixed: the rule reads processing sites)",
    ),
    (
        "w-inference-us",
        D,
        f"{DR}/weights-custody",
        "fail",
        "the weights run on vendor-controlled infrastructure in the US region (fixed: the "
        "rule reads processing sites)",
    ),
    (
        "w-clean",
        D,
        f"{DR}/weights-location",
        "pass",
        "the weights are stored and run in Germany only, in every clause",
    ),
    (
        "w-clean",
        D,
        f"{DR}/weights-custody",
        "pass",
        "on the ministry's infrastructure only, vendor copies prohibited",
    ),
    (
        "w-escrow-amendment-2028",
        D,
        f"{DR}/weights-location",
        "pass",
        "until 1 Mar 2028 clause 5 keeps the weights in Germany only",
    ),
    (
        "w-escrow-amendment-2028",
        LATER,
        f"{DR}/weights-location",
        "fail",
        "from 1 Mar 2028 the amendment adds an escrow copy in Switzerland, outside the EEA",
    ),
    (
        "w-escrow-amendment-2028",
        LATER,
        f"{DR}/weights-custody",
        "fail",
        "the escrow copy is vendor-run and the amendment lifts the ban on vendor copies",
    ),
    # --- prompts, outputs, telemetry and logs ---
    (
        "tl-logs-stored-us",
        D,
        f"{DR}/telemetry-location",
        "fail",
        "the customer's residency requirement (CADA proposal COM(2026) 502, Annex II, level 1, "
        "as policy): clause 8 stores the logs and telemetry in the vendor's US region, so the "
        "telemetry clause listing Germany alone is contradicted (fixed: the rule reads the "
        "storage and processing sites of prompts, outputs, telemetry and logs)",
    ),
    (
        "tl-prompts-processed-us",
        D,
        f"{DR}/telemetry-location",
        "fail",
        "clause 7 has the vendor's US safety stack process prompts and outputs: they leave the "
        "allowed jurisdictions whatever clause 10 says of telemetry (fixed as above)",
    ),
    (
        "tl-clean",
        D,
        f"{DR}/telemetry-location",
        "pass",
        "telemetry, logs, prompts and outputs stay in Germany in every clause, no vendor export",
    ),
    # --- AI Act Art. 50(3) ---
    (
        "t503-retail-no-information",
        ART50,
        f"{AI}/transparency-emotion-biometric",
        "fail",
        "AI Act Art. 50(3): the deployer of an emotion recognition system informs the natural "
        "persons exposed to it; clause 6 says shoppers are not told",
    ),
    (
        "t503-retail-shoplifting-exception",
        ART50,
        f"{AI}/transparency-emotion-biometric",
        "fail",
        "Art. 50(3), last sentence: the exception covers systems permitted by law to detect, "
        "prevent or investigate criminal offences; a retailer's marketing use beside "
        "shoplifting detection is no use a law permits for that, so shoppers must be told",
    ),
    (
        "t503-police-exception",
        ART50,
        f"{AI}/transparency-emotion-biometric",
        "pass",
        "Art. 50(3), last sentence: a police force's biometric categorisation in criminal "
        "investigations, permitted by law with safeguards, is outside the duty",
    ),
    (
        "t503-information-amendment-drops",
        ART50,
        f"{AI}/transparency-emotion-biometric",
        "pass",
        "until 1 Mar 2027 clause 6 has the bank inform the customers exposed (Art. 50(3))",
    ),
    (
        "t503-information-amendment-drops",
        D,
        f"{AI}/transparency-emotion-biometric",
        "fail",
        "from 1 Mar 2027 the amendment replaces clause 6 and the customers are no longer told",
    ),
    (
        "t503-information-press-only",
        ART50,
        f"{AI}/transparency-emotion-biometric",
        "unknown",
        "Art. 50(3): only a press report says spectators will be told; a press report is no "
        "contract term, and the contract is silent",
    ),
    # --- AI Act Art. 50(4) ---
    (
        "t504-deepfake-editorial",
        ART50,
        f"{AI}/transparency-deep-fakes",
        "fail",
        "Art. 50(4), first subparagraph: deep fakes are disclosed; human review and editorial "
        "responsibility lift the duty only for text published on matters of public interest "
        "(second subparagraph)",
    ),
    (
        "t504-text-editorial",
        ART50,
        f"{AI}/transparency-deep-fakes",
        "pass",
        "Art. 50(4), second subparagraph: text that has undergone human review or editorial "
        "control, with a person holding editorial responsibility for its publication",
    ),
    (
        "t504-text-editorial-open-uses",
        ART50,
        f"{AI}/transparency-deep-fakes",
        "unknown",
        "Art. 50(4): the editorial exception reaches text only, and the open list of uses "
        "does not rule out deep fakes",
    ),
    (
        "t504-satire",
        ART50,
        f"{AI}/transparency-deep-fakes",
        "fail",
        "Art. 50(4), first subparagraph: for evidently satirical work the disclosure is "
        "limited to a way that does not hamper the work, not lifted; the programme "
        "discloses nothing",
    ),
    (
        "t504-term-ends-before",
        "2026-06-01",
        f"{AI}/transparency-deep-fakes",
        "not_applicable",
        "Art. 113: Art. 50 applies from 2 Aug 2026; the contract ends on 31 Jul 2026",
    ),
    # --- registration (Art. 49, Art. 26(8)) ---
    (
        "reg-municipality-benefits",
        CH3,
        f"{AI}/eu-database-registration",
        "fail",
        "AI Act Art. 49(3), Art. 26(8): a public authority deploying an Annex III system "
        "(5(a)) registers itself, selects the system and registers its use before putting it "
        "into service; the municipality is stated not to",
    ),
    (
        "reg-police-contractor",
        CH3,
        f"{AI}/eu-database-registration",
        "fail",
        "Art. 49(3) binds public authorities and persons acting on their behalf; the "
        "contractor deploys criminal profiling (Annex III 6(e)) for the police, which "
        "registers in the secure non-public section (49(4)), and its use is not registered",
    ),
    (
        "reg-water-utility",
        CH3,
        f"{AI}/eu-database-registration",
        "pass",
        "Art. 49(5): an Annex III point 2 system is registered at national level by its "
        "provider; Art. 49(3) excepts point 2 from the deployer's registration",
    ),
    (
        "reg-water-utility",
        CH3,
        f"{AI}/fundamental-rights-impact-assessment",
        "not_applicable",
        "Art. 27(1): no impact assessment for high-risk systems intended to be used in the "
        "area of Annex III point 2 (fixed: the rule read the unrecorded Annex III area as "
        "open where the complete use list settles it)",
    ),
    (
        "reg-derogation-unregistered",
        CH3,
        f"{AI}/eu-database-registration",
        "fail",
        "Art. 49(2), Art. 6(4): a provider that concludes its Annex III system is not "
        "high-risk under Art. 6(3) registers itself and the system in the EU database before "
        "placing it on the market; it is stated not to",
    ),
    (
        "reg-derogation-unregistered",
        CH3,
        f"{AI}/fundamental-rights-impact-assessment",
        "not_applicable",
        "Art. 6(3)(a), (4): a narrow procedural task, documented, no profiling: not high-risk, "
        "so no Art. 27 assessment",
    ),
    (
        "reg-derogation-unregistered",
        CH3,
        f"{AI}/high-risk-classification",
        "pass",
        "Art. 6(3)-(4): the classification is documented and the derogation rests on a stated "
        "condition, for a system that does not profile",
    ),
    (
        "reg-use-registration-press",
        CH3,
        f"{AI}/eu-database-registration",
        "unknown",
        "Art. 49(3): only the ministry's press release says the job centre registers its use; "
        "a public statement is no contract term",
    ),
    (
        "reg-private-employer",
        CH3,
        f"{AI}/eu-database-registration",
        "pass",
        "Art. 49(1): the provider registers the system; Art. 49(3) asks only public "
        "authorities, Union bodies and those acting for them to register their use",
    ),
    (
        "reg-private-employer",
        CH3,
        f"{AI}/fundamental-rights-impact-assessment",
        "not_applicable",
        "Art. 27(1): a private employer that provides no public service, deploying a point "
        "4(a) system, is outside both limbs",
    ),
    # --- the fundamental-rights impact assessment (Art. 27) ---
    (
        "fria-bank-credit-scoring",
        CH3,
        f"{AI}/fundamental-rights-impact-assessment",
        "fail",
        "Art. 27(1): deployers of high-risk systems referred to in Annex III point 5(b) assess "
        "the impact before first use, private or public; the bank states it will not",
    ),
    (
        "fria-health-insurer",
        CH3,
        f"{AI}/fundamental-rights-impact-assessment",
        "pass",
        "Art. 27(1), point 5(c): the insurer assesses the impact before first use",
    ),
    (
        "fria-private-ambulance",
        CH3,
        f"{AI}/fundamental-rights-impact-assessment",
        "fail",
        "Art. 27(1): a private entity providing public services deploying an Annex III system "
        "(5(d), emergency triage) assesses the impact; it does not",
    ),
    (
        "fria-derogation-profiling",
        CH3,
        f"{AI}/fundamental-rights-impact-assessment",
        "fail",
        "Art. 6(3), last subparagraph: a system that profiles natural persons is always "
        "high-risk, whatever derogation is claimed; the municipality must assess the impact "
        "(Art. 27(1)) and does not",
    ),
    (
        "fria-derogation-profiling",
        CH3,
        f"{AI}/high-risk-classification",
        "fail",
        "Art. 6(3), last subparagraph: the derogation is relied on for benefits-eligibility "
        "scoring, which profiles",
    ),
    (
        "fria-side-letter-lapses",
        CH3,
        f"{AI}/fundamental-rights-impact-assessment",
        "fail",
        "Art. 27(1): from 1 Jan 2028 the side letter has lapsed and clause 14 rules out the "
        "assessment before the system goes into service on 1 Feb 2028",
    ),
    (
        "fria-side-letter-lapses",
        "2027-12-15",
        f"{AI}/fundamental-rights-impact-assessment",
        "fail",
        "Art. 27(1): the assessment is due before the deployer first uses the system (1 Feb "
        "2028); the side letter that promises it lapses on 31 Dec 2027, so on the day the "
        "duty must be performed clause 14 rules it out (read on the terms in force on the "
        "day the duty falls due, effective.due)",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit20_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit20_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
