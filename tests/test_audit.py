"""Adversarial legal-fidelity cases: contracts written from the law, each aimed at a way a
verdict could be wrongly decided, run through the real CLI (tests/data/audit/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
why. A PASS here must be supported by terms in force on that date, binding in rank, and not
contradicted by what the contract buys; silence is unknown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from audits import assert_every_file_used, verdict_test
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
    (
        "ms-press-only",
        "2027-06-01",
        "no-mass-surveillance/ban-not-waivable",
        "unknown",
        "only the press report says the ban cannot be waived: a verdict rests on terms that bind",
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
        "aw-policy-conditioned",
        "2027-06-01",
        "no-autonomous-weapons/autonomous-weapons-ban",
        "fail",
        "a ban only where law or policy requires human control adds nothing to DoDD 3000.09, "
        "which does not require it, like a carve-out for lawful uses",
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
        "fail",
        "a mitigation claimed while the vendor holds the keys does not count (was pass), and "
        "no certification could take a vendor the contract states to be a US company subject "
        "to the CLOUD Act out of its reach (18 U.S.C. s.2713; SecNumCloud 3.2 s.19.6 asks for "
        "an EU seat), so the contract's silence on one decides nothing (was unknown)",
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
    # --- EU AI Act: scope (Art. 2) ---
    (
        "ai-defence-label-recruitment",
        "2028-01-15",
        "eu-ai-act-high-risk/scope-qualification-recorded",
        "fail",
        "Art. 2(3) exclusion claimed for recruitment screening: an employment use (Annex III 4(a))"
        " is not exclusively military by its label (Recital 24)",
    ),
    (
        "ai-military-logistics",
        "2028-01-15",
        "eu-ai-act-high-risk/scope-qualification-recorded",
        "pass",
        "exclusion claimed for purposes and uses all military, listed in full, with a dual-use "
        "clause",
    ),
    (
        "ai-military-logistics",
        "2028-01-15",
        "eu-ai-act-high-risk/risk-management",
        "not_applicable",
        "Art. 2(3): used exclusively for defence purposes, the Act does not apply",
    ),
    (
        "ai-defence-hr-dual",
        "2028-01-15",
        "eu-ai-act-high-risk/risk-management",
        "unknown",
        "defence and employment purposes: the employment use is in scope (Recital 24) and high-"
        "risk (Annex III 4(a)); the contract is silent on Art. 9",
    ),
    (
        "ai-research-only",
        "2027-06-01",
        "eu-ai-act-high-risk/no-prohibited-practice",
        "not_applicable",
        "Art. 2(6): developed and used for the sole purpose of scientific research",
    ),
    (
        "ai-us-vendor-eu-output",
        "2028-01-15",
        "eu-ai-act-high-risk/fundamental-rights-impact-assessment",
        "unknown",
        "Art. 2(1)(c): third-country provider and deployer whose output is used in the EU; Art. "
        "27(1) reaches credit scoring (Annex III 5(b)) by a private deployer",
    ),
    # --- EU AI Act: prohibited practices (Art. 5) and their dates ---
    (
        "ai-social-scoring-bought",
        "2027-06-01",
        "eu-ai-act-high-risk/no-prohibited-practice",
        "fail",
        "the contract buys social scoring (Art. 5(1)(c))",
    ),
    (
        "ai-scoring-term-2024",
        "2025-01-10",
        "eu-ai-act-high-risk/no-prohibited-practice",
        "not_applicable",
        "Art. 5 applies from 2 Feb 2025 (Art. 113(a)); the term ended on 31 Jan 2025",
    ),
    (
        "ai-ncii-term-before",
        "2026-10-01",
        "eu-ai-act-high-risk/no-intimate-imagery-practice",
        "not_applicable",
        "Art. 5(1)(ba) applies from 2 Dec 2026 (Reg. 2026/1744); the term ends on 30 Nov 2026",
    ),
    (
        "ai-ncii-generator",
        "2026-12-10",
        "eu-ai-act-high-risk/no-intimate-imagery-practice",
        "fail",
        "the contract buys non-consensual intimate imagery, prohibited since 2 Dec 2026 (Art. "
        "5(1)(ba))",
    ),
    (
        "ai-rbi-exceptions-conditions",
        "2027-06-01",
        "no-mass-surveillance/no-real-time-biometric-identification",
        "pass",
        "only the three Art. 5(1)(h) objectives, each confined to the words of Art. "
        "5(1)(h)(i)-(iii), with every Art. 5(2)-(5) condition",
    ),
    (
        "ai-rbi-no-authorisation",
        "2027-06-01",
        "no-mass-surveillance/no-real-time-biometric-identification",
        "fail",
        "Art. 5(3): each use needs prior judicial or independent administrative authorisation",
    ),
    (
        "ai-emotion-workplace-safety",
        "2027-06-01",
        "no-mass-surveillance/no-workplace-emotion-recognition",
        "pass",
        "Art. 5(1)(f) excepts emotion recognition at work for safety reasons",
    ),
    # --- EU AI Act: high-risk classification (Art. 6) and dates (Art. 113) ---
    (
        "ai-derogation-profiling",
        "2028-01-15",
        "eu-ai-act-high-risk/high-risk-classification",
        "fail",
        "Art. 6(3), last subparagraph: an Annex III system that profiles people is always high-"
        "risk",
    ),
    (
        "ai-derogation-valid",
        "2028-01-15",
        "eu-ai-act-high-risk/high-risk-classification",
        "pass",
        "Art. 6(3)(d) preparatory task, no profiling, assessment documented (Art. 6(4))",
    ),
    (
        "ai-derogation-valid",
        "2028-01-15",
        "eu-ai-act-high-risk/risk-management",
        "not_applicable",
        "a system validly derogated under Art. 6(3) is not high-risk",
    ),
    (
        "ai-derogation-valid",
        "2028-01-15",
        "eu-ai-act-high-risk/eu-database-registration",
        "unknown",
        "Art. 6(4) and 49(2): a derogated system must still be registered; the contract is silent",
    ),
    (
        "ai-crime-prediction-facts",
        "2028-01-15",
        "eu-ai-act-high-risk/high-risk-classification",
        "unknown",
        "re-offending risk assessment is not the Art. 5(1)(d) ban but Annex III 6(d) high-risk; "
        "classification not documented",
    ),
    (
        "ai-annex-i-term-before",
        "2028-01-15",
        "eu-ai-act-high-risk/annex-i-product-requirements",
        "not_applicable",
        "Annex I high-risk duties apply from 2 Aug 2028 (Art. 113(c)(ii) as amended); the term "
        "ends on 30 Jun 2028",
    ),
    (
        "ai-annex-i-product",
        "2028-09-01",
        "eu-ai-act-high-risk/annex-i-product-requirements",
        "fail",
        "from 2 Aug 2028 an Annex I safety component needs Art. 9 risk management; the contract "
        "disclaims it",
    ),
    # --- EU AI Act: deployers (Arts 26, 27) ---
    (
        "ai-private-recruiter",
        "2028-01-15",
        "eu-ai-act-high-risk/fundamental-rights-impact-assessment",
        "not_applicable",
        "Art. 27(1): a private deployer providing no public service, outside Annex III 5(b)-(c)",
    ),
    (
        "ai-bank-credit",
        "2028-01-15",
        "eu-ai-act-high-risk/fundamental-rights-impact-assessment",
        "unknown",
        "Art. 27(1) reaches private deployers of credit scoring (Annex III 5(b)); silent",
    ),
    (
        "ai-grid-public",
        "2028-01-15",
        "eu-ai-act-high-risk/fundamental-rights-impact-assessment",
        "not_applicable",
        "Art. 27(1) excepts Annex III point 2 (critical infrastructure), even for a public body",
    ),
    (
        "ai-worker-monitoring",
        "2027-06-01",
        "eu-ai-act-high-risk/workplace-information",
        "fail",
        "Art. 26(7): the employer does not inform workers; the term runs past 2 Dec 2027",
    ),
    (
        "ai-worker-monitoring",
        "2027-06-01",
        "eu-ai-act-high-risk/deployer-information",
        "unknown",
        "Art. 26(11): the system decides about the workers it monitors (Annex III 4(b)); the "
        "contract does not say they are told so",
    ),
    # --- EU AI Act: transparency (Art. 50) ---
    (
        "ai-chatbot-no-disclosure",
        "2026-09-01",
        "eu-ai-act-high-risk/transparency",
        "fail",
        "Art. 50(1) applies from 2 Aug 2026: no disclosure and no exception",
    ),
    (
        "ai-chatbot-term-before-art50",
        "2026-06-01",
        "eu-ai-act-high-risk/transparency",
        "not_applicable",
        "the term ends on 31 Jul 2026, before Art. 50 applies",
    ),
    (
        "ai-deepfake-editorial",
        "2026-09-01",
        "eu-ai-act-high-risk/transparency-deep-fakes",
        "fail",
        "Art. 50(4): the editorial-responsibility exception covers AI text, not deep fakes",
    ),
    (
        "ai-newsroom-editorial",
        "2026-09-01",
        "eu-ai-act-high-risk/transparency-deep-fakes",
        "pass",
        "Art. 50(4), second subparagraph: public-interest text under editorial responsibility",
    ),
    # --- GDPR Chapter V and Art. 28 ---
    (
        "dr-dpf-uncertified",
        "2027-06-01",
        "data-residency/transfer-mechanism",
        "fail",
        "Decision (EU) 2023/1795 covers only organisations certified under the DPF",
    ),
    (
        "dr-dpf-uncertified",
        "2027-06-01",
        "data-residency/dpf-fallback",
        "fail",
        "DPF relied on for an uncertified recipient, with no fallback",
    ),
    (
        "dr-dpf-certified",
        "2027-06-01",
        "data-residency/transfer-mechanism",
        "pass",
        "a DPF-certified US company (Art. 45; Decision (EU) 2023/1795)",
    ),
    (
        "dr-dpf-us-agency",
        "2027-06-01",
        "data-residency/transfer-mechanism",
        "fail",
        "a US government agency cannot self-certify under the DPF",
    ),
    (
        "dr-derogation-systematic",
        "2027-06-01",
        "data-residency/transfer-mechanism",
        "fail",
        "Art. 49 derogations are not for systematic, repetitive transfers",
    ),
    (
        "dr-public-instrument-private",
        "2027-06-01",
        "data-residency/transfer-mechanism",
        "fail",
        "Art. 46(2)(a) is for instruments between public authorities or bodies; the exporter is "
        "not one",
    ),
    (
        "dr-public-instrument-to-company",
        "2027-06-01",
        "data-residency/transfer-mechanism",
        "fail",
        "Art. 46(2)(a): the recipient company is not a public authority or body",
    ),
    (
        "dr-public-instrument-authorities",
        "2027-06-01",
        "data-residency/transfer-mechanism",
        "pass",
        "Art. 46(2)(a) instrument between a ministry and a third-country public authority",
    ),
    (
        "dr-old-scc",
        "2027-06-01",
        "data-residency/transfer-mechanism",
        "fail",
        "the 2010 SCCs were repealed by Decision (EU) 2021/914 and give no safeguard since 27 Dec "
        "2022",
    ),
    (
        "dr-adequacy-country",
        "2027-06-01",
        "data-residency/transfer-mechanism",
        "pass",
        "Japan has an adequacy decision (Art. 45) covering companies",
    ),
    (
        "dr-adequacy-wrong-country",
        "2027-06-01",
        "data-residency/transfer-mechanism",
        "fail",
        "India has no adequacy decision",
    ),
    (
        "dr-processor-terms-partial",
        "2027-06-01",
        "data-residency/processor-terms",
        "fail",
        "Art. 28(3)(g)-(h): deletion or return and audits missing from a complete list",
    ),
    (
        "dr-processor-terms-annex-expired",
        "2027-01-15",
        "data-residency/processor-terms",
        "pass",
        "the processing annex with every Art. 28(3) element is in force",
    ),
    (
        "dr-processor-terms-annex-expired",
        "2027-06-01",
        "data-residency/processor-terms",
        "unknown",
        "the annex expired on 31 Mar 2027; the contract is now silent on Art. 28(3)",
    ),
    # --- red lines: what the contract buys ---
    (
        "ms-buys-social-scoring",
        "2027-06-01",
        "no-mass-surveillance/no-social-scoring",
        "fail",
        "a ban on social scoring by label, while clause 2 buys it",
    ),
    (
        "aw-buys-autonomous",
        "2027-06-01",
        "no-autonomous-weapons/autonomous-weapons-ban",
        "fail",
        "the statement of work buys use in an autonomous weapon system",
    ),
    (
        "aw-buys-autonomous",
        "2027-06-01",
        "no-autonomous-weapons/unconditional-ban",
        "fail",
        "a red line called unconditional does not survive a term that buys the practice",
    ),
    (
        "dr-io-nato-derogation",
        "2027-06-01",
        "data-residency/transfer-mechanism",
        "fail",
        "Art. 44: a transfer to an international organisation is a Chapter V transfer whatever "
        "its seat; a derogation cannot carry systematic transfers",
    ),
    (
        "dr-io-nato-derogation",
        "2027-06-01",
        "data-residency/international-organisation-transfers",
        "fail",
        "systematic transfers to the alliance on an Art. 49 derogation",
    ),
    (
        "ai-biocat-labelling",
        "2027-06-01",
        "no-mass-surveillance/no-biometric-categorisation",
        "pass",
        "Art. 5(1)(g) excepts labelling or filtering lawfully acquired biometric datasets",
    ),
    (
        "ms-rbi-lawful",
        "2027-06-01",
        "no-mass-surveillance/no-real-time-biometric-identification",
        "fail",
        "a carve-out for any lawful use is not one of the three Art. 5(1)(h) objectives",
    ),
    (
        "ms-rbi-lawful",
        "2027-06-01",
        "eu-ai-act-high-risk/no-prohibited-practice",
        "fail",
        "real-time remote biometric identification for law enforcement bought outside the Art. "
        "5(1)(h) exceptions",
    ),
    (
        "dr-old-scc-transition",
        "2023-06-01",
        "data-residency/transfer-mechanism",
        "fail",
        "the transition of Decision (EU) 2021/914, Art. 4(4), for contracts signed before 27 Sep "
        "2021 ended on 27 Dec 2022",
    ),
    (
        "dr-dpf-certified",
        "2023-05-01",
        "data-residency/transfer-mechanism",
        "fail",
        "the DPF adequacy decision dates from 10 Jul 2023; before it no adequacy covered the US "
        "(Privacy Shield fell in Schrems II)",
    ),
    (
        "ai-fria-amendment-removes",
        "2028-01-15",
        "eu-ai-act-high-risk/fundamental-rights-impact-assessment",
        "unknown",
        "clause 9 commits the public deployer to an Art. 27 assessment only until amendment 1 "
        "takes effect (1 Mar 2028), and the assessment is due before first use (Art. 27(1)), "
        "which the contract does not date: deployed before March, clause 9 requires it; "
        "after, nothing does (effective.due; system.put_into_service missing)",
    ),
    (
        "ai-fria-amendment-removes",
        "2028-06-01",
        "eu-ai-act-high-risk/fundamental-rights-impact-assessment",
        "unknown",
        "amendment 1 replaced clause 9 as a whole from 1 Mar 2028: the contract is now silent on "
        "Art. 27",
    ),
    (
        "ai-rbi-private-mall",
        "2028-01-15",
        "eu-ai-act-high-risk/no-prohibited-practice",
        "pass",
        "Art. 5(1)(h) bans real-time remote identification only for law enforcement (Art. 3(46));"
        " every other practice is banned",
    ),
    (
        "ai-rbi-private-mall",
        "2028-01-15",
        "no-mass-surveillance/no-real-time-biometric-identification",
        "unknown",
        "the red line is wider than Art. 5(1)(h) (MS-07: non-law-enforcement security uses too); "
        "the contract is silent on it",
    ),
    (
        "ai-fria-press",
        "2028-01-15",
        "eu-ai-act-high-risk/fundamental-rights-impact-assessment",
        "unknown",
        "only a press report says an impact assessment will be made: no term binds the"
        " deployer, so the requirement is read from the terms alone",
    ),
    (
        "ai-gpai-legacy",
        "2026-06-01",
        "eu-ai-act-high-risk/gpai-provider-duties",
        "not_applicable",
        "Art. 111(3): a model placed on the market before 2 Aug 2025 must comply by 2 Aug 2027,"
        " after the term ends",
    ),
    (
        "ai-marking-legacy",
        "2026-10-01",
        "eu-ai-act-high-risk/transparency-marking",
        "not_applicable",
        "Art. 111(4) as inserted by Reg. 2026/1744: a generative system on the market before"
        " 2 Aug 2026 marks output from 2 Dec 2026, after the term ends",
    ),
    (
        "ai-legacy-public",
        "2028-01-15",
        "eu-ai-act-high-risk/risk-management",
        "not_applicable",
        "Art. 111(2): a high-risk system in service before 2 Aug 2026, unchanged, used by a"
        " public authority must comply by 2 Aug 2030, after the term ends",
    ),
    (
        "dr-old-scc-transition",
        "2022-06-01",
        "data-residency/transfer-mechanism",
        "pass",
        "Decision (EU) 2021/914, Art. 4(4): the 2010 SCCs in a contract signed before 27 Sep 2021"
        " stayed a safeguard until 27 Dec 2022",
    ),
    (
        "ai-third-country-police",
        "2028-01-15",
        "eu-ai-act-high-risk/risk-management",
        "unknown",
        "Art. 2(4): a third-country public authority using the system under a law-enforcement"
        " cooperation agreement with adequate safeguards is outside the Act; the contract does"
        " not say whether there is one",
    ),
]

# Verdicts the law gives that the tool does not reach yet, because the fix needs the engine or
# the vocabulary (not pack data): each is a strict xfail, so that it fails the suite the day
# the tool gets it right and the row can move to CASES.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

# A press report or blog post that states a fact differently from a clause changes nothing:
# the clause binds (docs/writing-contracts.md, "What outranks what"), the other is noted.
REFUSED = [
    ("ms-press-vs-clause", "a press report does not change a clause"),
    ("dr-training-blog-vs-clause", "a vendor's blog post does not change a clause"),
]


test_audit_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


@pytest.mark.parametrize(("name", "reason"), REFUSED, ids=[r[0] for r in REFUSED])
def test_non_binding_source_cannot_contradict_a_clause(name: str, reason: str) -> None:
    run = cli("check", str(DATA / f"{name}.yaml"), "--as-of", "2027-06-01")
    assert run.code != 2, reason
    assert "the clause binds" in run.out and "decides no verdict" in run.out, reason


def test_every_audit_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in KNOWN_WRONG),
        (row[0] for row in REFUSED),
    )
