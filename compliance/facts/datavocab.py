"""Controlled vocabularies of the ``data`` section (where data lives, who controls it, how it
is transferred and to whom), each value with its meaning; part of
:data:`compliance.facts.vocabulary.VOCABULARIES`."""

from __future__ import annotations

CONTROLLER = {
    "customer": "The customer (or its government) controls it.",
    "government": "A government (the customer's or another) controls it.",
    "vendor": "The vendor controls it.",
    "third-party": "A third party (e.g. a cloud provider) controls it.",
}

ASSET = {
    "customer-data": "Data the customer supplies.",
    "prompts": "Inputs sent to the model.",
    "outputs": "Outputs of the model.",
    "logs": "Logs of use and administration.",
    "telemetry": "Safety-classifier and usage telemetry.",
    "backups": "Backups.",
    "fine-tuning-data": "Data used to fine-tune models.",
    "embeddings": "Embeddings or indexes of customer data.",
    "model-weights": "Model weights (base or customer-specific).",
    "support-access": "Remote support and administrative access.",
}

DATA_CATEGORY = {
    "personal": "Personal data (GDPR Art. 4(1)).",
    "special-category": "Special categories of personal data (GDPR Art. 9).",
    "biometric": "Biometric data (GDPR Art. 4(14)).",
    "criminal-offence": "Criminal-offence data (GDPR Art. 10).",
    "communications": "Communications content or metadata.",
    "location": "Location data.",
    "commercially-acquired": "Personal data bought or licensed from commercial sources.",
    "publicly-available": "Publicly available personal data (e.g. social media).",
    "classified": "Government classified information.",
    "non-personal": "Only non-personal data (e.g. equipment telemetry).",
}

DATA_REGIME = {
    "gdpr": "Regulation (EU) 2016/679.",
    "led": "Law Enforcement Directive (EU) 2016/680.",
    "eudpr": "Regulation (EU) 2018/1725 (EU institutions).",
    "national-security-law": "National-security law outside EU data-protection law.",
    "international-organisation-rules": "An international organisation's own data rules.",
    "us-federal-law": "US federal privacy law (e.g. the Privacy Act).",
    "other": "Another regime.",
}

PROCESSOR_TERM = {
    "documented-instructions": (
        "Acts only on documented instructions, incl. on transfers (28(3)(a))."
    ),
    "confidentiality": "Persons processing are bound to confidentiality (28(3)(b)).",
    "security": "Art. 32 security measures (28(3)(c)).",
    "sub-processor-conditions": (
        "Engages sub-processors only on the conditions of Art. 28(2) and (4): the"
        " controller's prior specific or general written authorisation, under a general one"
        " with notice of intended changes and the opportunity to object (28(3)(d); LED"
        " Art. 22(3)(f)). A clause that lets the processor engage them freely, or without"
        " notice and an opportunity to object, is not this term, however it is headed."
    ),
    "data-subject-rights": "Assists with data-subject rights (28(3)(e)).",
    "compliance-assistance": "Assists with Arts 32-36 (28(3)(f)).",
    "deletion-or-return": (
        "Deletes or returns all the personal data at the end and deletes existing copies,"
        " unless Union or Member State law requires their storage (28(3)(g)). A term that"
        " leaves copies in backups or archives to the processor's own retention schedule,"
        " or lets it keep personal data after the end, is not this term, however it is"
        " headed (record the retention as data.exit.vendor_retains_derived: true)."
    ),
    "audits": "Provides information and allows audits (28(3)(h)).",
    "information": (
        "Makes available the information needed to demonstrate compliance, without audit "
        "rights (LED Art. 22(3)(e); short of GDPR Art. 28(3)(h))."
    ),
}

TRANSFER_MECHANISM = {
    "adequacy": (
        "A Commission adequacy decision (GDPR Art. 45; for transfers by competent "
        "authorities under the Law Enforcement Directive, LED Art. 36)."
    ),
    "dpf": "The EU-US Data Privacy Framework (Decision (EU) 2023/1795).",
    "scc": "Standard contractual clauses (Decision (EU) 2021/914).",
    "bcr": "Binding corporate rules (GDPR Art. 47).",
    "public-body-instrument": (
        "A legally binding and enforceable instrument between public authorities or bodies "
        "(GDPR Art. 46(2)(a)): an international agreement, or an agreement that binds both. "
        "An administrative arrangement that binds neither party (a memorandum of "
        "understanding) is one only with the competent supervisory authority's "
        "authorisation (Art. 46(3)(b)): without that authorisation it is not this value "
        "(leave the mechanism out)."
    ),
    "derogation": "A derogation for a specific situation (GDPR Art. 49).",
    "led-safeguards": (
        "Appropriate safeguards under the Law Enforcement Directive (EU) 2016/680, Art. 37(1): "
        "a legally binding instrument, or the competent authority's own assessment."
    ),
    "led-derogation": (
        "A derogation for a specific situation under the Law Enforcement Directive, "
        "Art. 38(1)(a)-(e)."
    ),
    "led-individual-case": (
        "A transfer to a recipient that is not a competent authority, in an individual and "
        "specific case (Law Enforcement Directive, Art. 39)."
    ),
    "none": "No transfer mechanism.",
}

LED_INDIVIDUAL_CASE_CONDITION = {
    "strictly-necessary": (
        "Strictly necessary for a task of the transferring competent authority, as Union or "
        "Member State law provides, for the purposes of LED Art. 1(1) (Art. 39(1)(a))."
    ),
    "no-overriding-rights": (
        "The authority determined that no fundamental rights and freedoms of the data subject "
        "override the public interest in the transfer (Art. 39(1)(b))."
    ),
    "authority-transfer-ineffective": (
        "A transfer to the third country's competent authority is ineffective or "
        "inappropriate, notably because it cannot be achieved in good time (Art. 39(1)(c))."
    ),
    "authority-informed": (
        "The third country's competent authority is informed without undue delay, unless "
        "that is ineffective or inappropriate (Art. 39(1)(d))."
    ),
    "purposes-specified": (
        "The recipient is told the specified purposes for which alone it may process the "
        "data, where that processing is necessary (Art. 39(1)(e))."
    ),
    "documented": "The transfer is documented (Art. 39(3)).",
    "supervisory-authority-informed": (
        "The supervisory authority is informed about the transfer (Art. 39(4))."
    ),
}

TRANSFER_DEROGATION = {
    "explicit-consent": (
        "The data subject explicitly consented, informed of the risks (GDPR Art. 49(1)(a))."
    ),
    "contract-with-data-subject": (
        "Necessary for a contract with the data subject or pre-contractual steps at its "
        "request (Art. 49(1)(b))."
    ),
    "contract-in-data-subject-interest": (
        "Necessary for a contract concluded in the data subject's interest (Art. 49(1)(c))."
    ),
    "public-interest": (
        "Necessary for important reasons of public interest recognised in Union or Member "
        "State law (Art. 49(1)(d), (4))."
    ),
    "legal-claims": "Necessary for legal claims (Art. 49(1)(e)).",
    "vital-interests": (
        "Necessary to protect vital interests where the data subject cannot consent "
        "(Art. 49(1)(f))."
    ),
    "public-register": "From a public register, within its conditions (Art. 49(1)(g)).",
    "compelling-legitimate-interests": (
        "Compelling legitimate interests of the controller, for a transfer that is not "
        "repetitive and concerns a limited number of data subjects (Art. 49(1), second "
        "subparagraph)."
    ),
}

SCC_VERSION = {
    "2021-914": "Commission Implementing Decision (EU) 2021/914 (in force).",
    "2001-497": (
        "Decision 2001/497/EC (controller to controller, set I): repealed by Decision (EU) "
        "2021/914; no safeguard since 27 Dec 2022."
    ),
    "2004-915": (
        "Decision 2004/915/EC (controller to controller, set II): repealed by Decision (EU) "
        "2021/914; no safeguard since 27 Dec 2022."
    ),
    "2010-87": (
        "Decision 2010/87/EU (controller to processor): repealed by Decision (EU) 2021/914; "
        "no safeguard since 27 Dec 2022."
    ),
}

SCC_MODULE = {
    "module-1": "Module One: controller to controller.",
    "module-2": "Module Two: controller to processor.",
    "module-3": "Module Three: processor to processor.",
    "module-4": "Module Four: processor to controller.",
}

RECIPIENT_KIND = {
    "company": "A company.",
    "public-authority": "A public authority of a third country.",
    "international-organisation": (
        "An international organisation (GDPR Art. 4(26); Law Enforcement Directive"
        " Art. 3(16)): one governed by public international law, or a body set up by an"
        " agreement between countries (e.g. Interpol, NATO). Not a Union institution, body,"
        " office or agency (Europol, Eurojust, Frontex): sending data to one is no transfer,"
        " its own Union rules governing it (for Europol, Regulation (EU) 2016/794)."
    ),
}

INTERNATIONAL_ORGANISATION = {
    "european-patent-organisation": (
        "The European Patent Organisation (European Patent Convention): the only "
        "international organisation with a Commission adequacy decision (Implementing "
        "Decision (EU) 2025/1382 of 15 Jul 2025, GDPR Art. 45)."
    ),
    "nato": "The North Atlantic Treaty Organization (a military alliance).",
    "other": "Another international organisation (GDPR Art. 4(26)), not named in this list.",
}

SUB_PROCESSOR_AUTHORISATION = {
    "prior-specific": "Each sub-processor needs the controller's prior specific authorisation.",
    "prior-general": "General authorisation with notice of changes and a right to object.",
    "general-without-objection": (
        "General written authorisation without notice of intended changes or without a right "
        "to object to them (short of GDPR Art. 28(2), second sentence)."
    ),
    "none": (
        "The processor may engage sub-processors freely (also where it may assign, transfer "
        "or subcontract its obligations, in whole or in part, to an affiliate or another "
        "company without the controller's consent)."
    ),
}

CERTIFICATION = {
    "secnumcloud": "ANSSI SecNumCloud qualification (France).",
    "bsi-c5": "BSI C5 attestation (Germany).",
    "iso-27001": "ISO/IEC 27001 certification.",
    "fedramp-high": "FedRAMP High authorisation (US).",
    "dod-il4": "DoD Cloud SRG Impact Level 4 (US).",
    "dod-il5": "DoD Cloud SRG Impact Level 5 (US).",
    "dod-il6": "DoD Cloud SRG Impact Level 6 (US, SECRET).",
    "nato-accreditation": "Accreditation by a NATO security accreditation authority.",
    "national-accreditation": "Accreditation by a national security accreditation authority.",
    "eu-seal-2": "EU Cloud Sovereignty Framework SEAL-2 or higher.",
    "eu-seal-3": "EU Cloud Sovereignty Framework SEAL-3 or higher.",
    "eu-seal-4": "EU Cloud Sovereignty Framework SEAL-4.",
}

FOREIGN_ACCESS_LAW = {
    "us-cloud-act": "US CLOUD Act, 18 U.S.C. §2713.",
    "us-fisa-702": "FISA s.702, 50 U.S.C. §1881a.",
    "us-eo-12333": "US Executive Order 12333.",
    "cn-national-intelligence-law": "PRC National Intelligence Law (2017), Art. 7.",
    "other": "Another third-country compulsion law.",
}
